"""Nearest real passage for a cite that is not in the source.

Only ever a hint: a cite is accepted by an exact match after folding, never by
a suggestion. rapidfuzz is imported here alone, so commands that find every
cite never pay for loading it.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from functools import lru_cache

from .fold import Folded, fold

if TYPE_CHECKING:
    from .grounding import SourceIndex

MIN_SCORE = 50.0  # below this the "nearest" passage is noise, not a hint
# How much searching one hint may cost, in source characters weighed by the
# cite's length: rapidfuzz compares 64 characters at a time, and its time grows
# with about the square root of the number of such blocks. 8,000,000 is a few
# seconds: an 8 MB source for a short cite, 1.4 MB for a 2,000-character one.
# Past it the hint is skipped with a note: a wrong cite is reported the same,
# only without the nearest passage. Deterministic, unlike a timer, so CI
# reports do not depend on the machine.
SEARCH_BUDGET = 8_000_000
MAX_QUOTE = 160  # characters of a passage or a diff quoted in a message


@dataclass(frozen=True)
class Suggestion:
    text: str  # the passage as the source writes it
    line: int  # 1-based line in the source
    score: float  # rapidfuzz partial ratio, 0-100
    diff: str  # what to change in the cite: [-removed-]{+added+}
    note: str = ""  # why there is no passage: the search was over its budget


def search_cost(query_chars: int, source_chars: int) -> int:
    """The budgeted cost of searching ``source_chars`` of source for a query of ``query_chars``."""
    return int(source_chars * max(1.0, query_chars / 64) ** 0.5)


def nearest(folded_cite: str, index: "SourceIndex", limit: int = 1) -> Suggestion | None:
    """The nearest passage, as a hint in a message: its text and diff cut short.

    Over SEARCH_BUDGET, a Suggestion with only a ``note`` saying why there is none.
    """
    source = index.folded.original
    if search_cost(len(folded_cite), len(source)) > SEARCH_BUDGET:
        return Suggestion("", 0, 0.0, "", f"no nearest passage suggested: a {len(folded_cite):,}-character cite in a "
                          f"{len(source):,}-character source is over the search budget")
    found = nearest_passages(folded_cite, source, limit)
    if not found:
        return None
    best = found[0]
    return Suggestion(_cut(best.text), best.line, best.score, _cut(best.diff))


def _cut(text: str) -> str:
    return text if len(text) <= MAX_QUOTE else text[: MAX_QUOTE - 1] + "…"


def nearest_passages(folded_query: str, source: str, limit: int = 3) -> list[Suggestion]:
    """The ``limit`` source passages closest to ``folded_query``, best first."""
    from rapidfuzz import fuzz, process

    if not folded_query:
        return []
    folded_lines, choices = _lines(source)
    best = process.extract(folded_query, choices, scorer=fuzz.partial_ratio, limit=limit, score_cutoff=MIN_SCORE)
    out = []
    for _, score, n in best:
        line = folded_lines[n]
        al = fuzz.partial_ratio_alignment(folded_query, line.text)
        a, b = line.span(al.dest_start, al.dest_end)
        out.append(Suggestion(line.original[a:b], n + 1, round(score, 1), diff(folded_query, line.text[al.dest_start : al.dest_end])))
    return out


@lru_cache(maxsize=4)
def _lines(source: str) -> tuple[list[Folded], dict[int, str]]:
    """Each line of ``source`` folded, once per source however many cites miss.

    (A str caches its hash, so looking the same source up again costs nothing.)
    """
    folded_lines = [fold(line) for line in source.split("\n")]
    return folded_lines, {n: f.text for n, f in enumerate(folded_lines) if f.text}


def diff(old: str, new: str) -> str:
    """A one-line character diff from ``old`` to ``new``: [-removed-]{+added+}."""
    parts = []
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if op == "equal":
            parts.append(old[a1:a2])
            continue
        if a2 > a1:
            parts.append(f"[-{old[a1:a2]}-]")
        if b2 > b1:
            parts.append(f"{{+{new[b1:b2]}+}}")
    return "".join(parts)
