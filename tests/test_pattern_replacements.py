"""Regular expressions replaced by character tests or ``str`` methods, to compile less at
start-up: each replacement answers as the pattern it replaced, on random texts and on every
real text the project holds (tests/texts, the binding tables' cites and questions)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from deckgen import quantities, speakers
from deckgen.fold import fold_text

TESTS = Path(__file__).parent


@lru_cache(maxsize=1)
def real_texts() -> tuple[str, ...]:
    """Every text file of tests/texts and every cite and question of the binding tables, as
    written and folded."""
    texts = {p.read_text("utf-8") for p in (TESTS / "texts").glob("*.txt")}
    for path in sorted((TESTS / "binding_cases").glob("*.yaml")):
        for case in yaml.safe_load(path.read_text("utf-8")).get("cases") or ():
            for key in ("cite", "q"):
                if isinstance(case.get(key), str):
                    texts.update((case[key], fold_text(case[key])))
    assert len(texts) > 1000
    return tuple(sorted(texts))


HALF = re.compile(r"半(?![年月天日小个])")  # what quantities._half_at replaced
NAME_DOTS = re.compile(r"[·・•‧]")  # what speakers._NAME_DOTS replaced


@settings(max_examples=400, deadline=None)
@given(st.text(st.sampled_from("半年月天日小个5两 ,a"), max_size=8))
def test_half_at_is_the_pattern_at_every_position(text):
    for i in range(len(text) + 2):
        assert quantities._half_at(text, i) == bool(HALF.match(text, i)), (text, i)


def test_half_at_is_the_pattern_on_real_texts():
    seen = 0
    for text in real_texts():
        for i in (j for j, c in enumerate(text) if c == "半"):
            seen += 1
            assert quantities._half_at(text, i) == bool(HALF.match(text, i)), (text, i)
    assert seen > 10


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("·・•‧.-斯蒂芬 ab") , max_size=12) | st.text(max_size=12))
def test_name_dots_translate_is_the_pattern(text):
    assert text.translate(speakers._NAME_DOTS) == NAME_DOTS.sub("", text)


def test_name_dots_translate_is_the_pattern_on_real_texts():
    for text in real_texts():
        assert text.translate(speakers._NAME_DOTS) == NAME_DOTS.sub("", text)
