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


# The eighth session's Han-class patterns of binding.py and people.py, each as it stood, and the function that
# replaced it (each compiled a two-level bitmap of 27,000 characters, 0.75-1.6 ms at start-up).
OWNED_ROLE = re.compile(r"(?:([\u3400-\u9fff]{2,6}?)的)?([\u3400-\u9fff]{2,6})(?:是|为)(?:谁|哪位|何人)")
DOER = re.compile(r"([\u3400-\u9fff]{3,16})的(?:是|为)(?:谁|哪位|何人)")
MIXED_TERM = re.compile(r"(?<![a-z0-9])[a-z0-9]{1,4}(?=[\u3400-\u9fff])")
SUBJECT_ONLY = re.compile(r"[\s,;、]*[\u3400-\u9fff]{2,12}\s?")
OWN_WORDS = re.compile(r"\s?(?!(?:和|与|及|以及|and|or|&)(?![a-z]))(?:[a-z]|[\u3400-\u9fff])")
SPACED_COUNTER = re.compile(r"\d\s([\u3400-\u9fff]{1,3})\Z")
LINE_WORDS = re.compile(r"[a-z]+|[\u3400-\u9fff]")
ITEM_PREFIX = re.compile(r"[\u3400-\u9fff]{2,12}\Z")
WHO_DESCRIBED = re.compile(r"\s*(?:谁的([\u3400-\u9fff]{2,10})|([\u3400-\u9fff]{2,10})的(?:人)?是谁)\s*[?？]?\s*\Z")
ASKED_NOUN = re.compile(r"(?<=什么)[\u3400-\u9fff]{1,3}(?=[?？]?\s*\Z)")
COMPARED_OWNER = re.compile(r"(?:超过|超越|高于|低于|多于|少于|不及)[\u3400-\u9fff]{1,8}的\s?\Z")

# every character the patterns tell apart, the Han range's edges and characters beside them
EDGES = "的是为谁哪何位人和与及以队员球星什么超过不及?？" "\u3400\u33ff\u9fff\ua000" "andorx&bg5Z" " \u3000\n,;、١"
edgy = st.text(st.sampled_from(EDGES), max_size=24) | st.text(max_size=12)


class _Span:
    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end


def same_answers(text: str, start: int = 0, end: int | None = None) -> None:
    """Every replaced pattern against its function on ``text`` (and on ``text[start:end]`` where it takes a span)."""
    from deckgen import binding, people

    end = len(text) if end is None else end
    m = OWNED_ROLE.search(text)
    assert people._owned_role_asked(text) == ((m[1], m[2], m.end(2)) if m else None), text
    m = DOER.search(text)
    assert people._doer_asked(text) == (m[1] if m else None), text
    assert binding._mixed_terms(text) == [m.span() for m in MIXED_TERM.finditer(text)], text
    assert binding._subject_only(text, start, end) == bool(SUBJECT_ONLY.fullmatch(text, start, end)), (text, start, end)
    m = SPACED_COUNTER.search(text, start, end)
    assert binding._spaced_counter(text, _Span(start, end)) == (m[1] if m else ""), (text, start, end)
    n = len(LINE_WORDS.findall(text))
    assert binding._line_words(text, 3) == min(n, 4) and binding._line_words(text, 10**9) == n, text
    assert binding._item_prefix_words(text) == bool(ITEM_PREFIX.fullmatch(text)), text
    m = WHO_DESCRIBED.match(text)
    assert people._who_described(text) == ((m[1] or m[2]) if m else None), text
    assert binding._without_asked_noun(text) == ASKED_NOUN.sub(" ", text), text
    assert binding._compared_owner_before(text, start, end) == bool(COMPARED_OWNER.search(text, start, end)), (text, start, end)


@settings(max_examples=1500, deadline=None)
@given(edgy, st.data())
def test_han_class_replacements_are_their_patterns(text, data):
    start = data.draw(st.integers(0, len(text)))
    same_answers(text, start, data.draw(st.integers(start, len(text))))
    from deckgen import binding

    for i in range(len(text) + 1):
        assert binding._own_words_at(text, i) == bool(OWN_WORDS.match(text, i)), (text, i)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["小牛队", "的", "当家球星", "是", "为", "谁", "哪位", "何人", "回答记者提问", "a", " ", "什么", "比分",
                                  "？", "?", "人", "超过", "日本", "的 "]), max_size=9))
def test_who_questions_are_their_patterns(words):
    same_answers("".join(words))


def test_han_class_replacements_are_their_patterns_on_real_texts():
    from deckgen import binding

    for text in real_texts():
        same_answers(text)
        for i in range(len(text) + 1):
            assert binding._own_words_at(text, i) == bool(OWN_WORDS.match(text, i)), (text, i)
    for text in real_texts():  # every span a value could take: each end, from a few starts
        if len(text) > 400:
            continue
        for end in range(len(text) + 1):
            for start in {0, max(0, end - 3), max(0, end - 5), max(0, end - 11), max(0, end - 14)}:
                assert binding._subject_only(text, start, end) == bool(SUBJECT_ONLY.fullmatch(text, start, end))
                m = SPACED_COUNTER.search(text, start, end)
                assert binding._spaced_counter(text, _Span(start, end)) == (m[1] if m else ""), (text, start, end)
                assert binding._compared_owner_before(text, start, end) == bool(COMPARED_OWNER.search(text, start, end))
