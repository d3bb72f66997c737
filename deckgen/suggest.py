"""Nearest real passage for a cite that is not in the source.

Only ever a hint: a cite is accepted by an exact match after folding, never by
a suggestion. rapidfuzz is imported here alone, so commands that find every
cite never pay for loading it.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from functools import lru_cache

from .fold import Folded, fold

MIN_SCORE = 50.0  # below this the "nearest" passage is noise, not a hint


@dataclass(frozen=True)
class Suggestion:
    text: str  # the passage as the source writes it
    line: int  # 1-based line in the source
    score: float  # rapidfuzz partial ratio, 0-100
    diff: str  # what to change in the cite: [-removed-]{+added+}


def nearest(folded_cite: str, source: str, limit: int = 1) -> Suggestion | None:
    found = nearest_passages(folded_cite, source, limit)
    return found[0] if found else None


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
