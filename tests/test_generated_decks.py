"""The benchmark's generated decks are cards a careful author writes (each answer is the value
its question names): every one must check clean, or binding rejects right answers. A rule
that caught a held-out trap once rejected thousands of these; this holds the line."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from deckgen.check import run_check

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from gen import write_case  # noqa: E402


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("style", ["dense", "news"])
def test_a_generated_deck_checks_clean(tmp_path, lang, style):
    decks = write_case(tmp_path, lang, 1500, 60_000, style=style)
    report = run_check([str(d) for d in decks])
    found = [(r.card.id, m.code, m.message) for f in report.files for r in f.cards for m in r.problems]
    assert report.files and not found, found[:5]
