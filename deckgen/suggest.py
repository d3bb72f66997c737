"""Nearest real passage for a cite that is not in the source, shown as the source writes it.

Only ever a hint: a cite is accepted by an exact match after folding, never by
a suggestion. rapidfuzz is imported here alone, so commands that find every
cite never pay for loading it.

Texts are compared folded (script, width, case, white space), but the author
reads the passage as written: ``mark`` lays the folded difference back onto
the original characters, across line breaks.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache

from .fold import Folded, fold

MIN_SCORE = 50.0  # below this the "nearest" passage is noise, not a hint
CANDIDATE_LINES = 8  # lines like the cite, each widened to a passage and compared again
MIN_BLOCK = 4  # a shared run shorter than this (folded) far from the others is a chance match
MAX_GAP = 3  # ... and "far" is more than this many characters away

# What the marks of ``mark`` mean, for the message that shows them.
INSERTED = ("{+", "+}")
DELETED = ("[-", "-]")
_LINE_BREAK = re.compile(r"[ \t\f\v]*(?:\r\n|\r|\n)\s*")


@dataclass(frozen=True)
class Suggestion:
    text: str  # the passage as the source writes it (it may span lines)
    line: int  # 1-based line where it starts
    score: float  # similarity to the cite, 0-100
    marked: str  # the passage as written on one line, the differences marked (see ``mark``)
    start: int = 0  # original offsets of the passage in the source
    end: int = 0
    last_line: int = 0  # 1-based line where it ends

    @property
    def lines(self) -> str:
        """``line 4`` or ``lines 15-16``."""
        return f"line {self.line}" if self.last_line <= self.line else f"lines {self.line}-{self.last_line}"


def nearest(cite: str, source: str, limit: int = 1) -> Suggestion | None:
    found = nearest_passages(cite, source, limit)
    return found[0] if found else None


def nearest_passages(query: str, source: str, limit: int = 3) -> list[Suggestion]:
    """The ``limit`` source passages closest to ``query`` (as the author typed it), best first.

    Lines like the query are found first (a line wholly inside a cite that
    spans lines scores high); each is widened by the lines around it and the
    query aligned again in that window, so a passage runs across line breaks.
    """
    from rapidfuzz import fuzz, process

    q = fold(query).text
    if not q:
        return []
    folded_lines, choices = _lines(source)
    starts = _line_starts(source)
    candidates = process.extract(q, choices, scorer=fuzz.partial_ratio, limit=max(limit, CANDIDATE_LINES), score_cutoff=MIN_SCORE)
    found: list[Suggestion] = []
    for _, _, n in candidates:
        a, b = _window(folded_lines, n, len(q))
        w_start = starts[a]
        window = fold(source[w_start : starts[b] + len(folded_lines[b].original)])
        span = _align(q, window.text)
        if span is None:
            continue
        s, e = window.span(*span)
        s, e = s + w_start, e + w_start
        if any(x.start < e and s < x.end for x in found):
            continue
        text = source[s:e]
        score = round(fuzz.ratio(q, fold(text).text), 1)
        if score < MIN_SCORE:
            continue
        line = source.count("\n", 0, s) + 1
        found.append(Suggestion(text, line, score, mark(query, text), s, e, line + text.count("\n")))
    found.sort(key=lambda x: (-x.score, x.start))
    return found[:limit]


def _window(folded_lines: list[Folded], n: int, need: int) -> tuple[int, int]:
    """Lines ``a..b`` around line ``n`` holding at least ``need`` folded characters on each side."""
    a = n
    got = 0
    while a > 0 and got < need:
        a -= 1
        got += len(folded_lines[a].text)
    b = n
    got = 0
    while b + 1 < len(folded_lines) and got < need:
        b += 1
        got += len(folded_lines[b].text)
    return a, b


def _align(q: str, text: str) -> tuple[int, int] | None:
    """Folded span of the passage of ``text`` that ``q`` is closest to, from its first to its last shared run.

    Runs are taken outward from the longest; a short run far from the others
    (``tho`` of "although" for the ``tho`` of "Python") is a chance match and
    ends the passage.
    """
    from rapidfuzz import fuzz

    if len(text) > len(q):
        al = fuzz.partial_ratio_alignment(q, text)
        slack = max(8, len(q) // 2)  # the alignment has q's length; the passage may be longer or shorter
        lo, hi = max(0, al.dest_start - slack), min(len(text), al.dest_end + slack)
    else:
        lo, hi = 0, len(text)
    blocks = [m for m in difflib.SequenceMatcher(None, q, text[lo:hi], autojunk=False).get_matching_blocks() if m.size]
    if not blocks:
        return None
    k = max(range(len(blocks)), key=lambda i: blocks[i].size)
    first = last = k
    while first > 0 and _joins(blocks[first - 1], blocks[first]):
        first -= 1
    while last + 1 < len(blocks) and _joins(blocks[last], blocks[last + 1]):
        last += 1
    return lo + blocks[first].b, lo + blocks[last].b + blocks[last].size


def _joins(before, after) -> bool:
    """Do two matching runs belong to one passage? Long runs do; a short one only close to the other."""
    if min(before.size, after.size) >= MIN_BLOCK:
        return True
    return after.a - (before.a + before.size) <= MAX_GAP and after.b - (before.b + before.size) <= MAX_GAP


def _opcodes(a: str, b: str) -> list[tuple[str, int, int, int, int]]:
    """difflib's opcodes from ``a`` to ``b``, with chance matches inside a change folded into it.

    An equal run of one or two characters between two changes (the ``t`` of
    "author" and "although") says nothing: it is shown as part of the change.
    """
    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    merged: list[list] = []
    for n, (op, i1, i2, j1, j2) in enumerate(ops):
        inside = 0 < n < len(ops) - 1
        if op == "equal" and inside and max(i2 - i1, j2 - j1) <= MAX_GAP - 1:
            op = "replace"
        if op != "equal" and merged and merged[-1][0] != "equal":
            merged[-1][2], merged[-1][4] = i2, j2
            merged[-1][0] = "replace"
        else:
            merged.append([op, i1, i2, j1, j2])
    return [tuple(m) for m in merged]


@lru_cache(maxsize=4)
def _lines(source: str) -> tuple[list[Folded], dict[int, str]]:
    """Each line of ``source`` folded, once per source however many cites miss.

    (A str caches its hash, so looking the same source up again costs nothing.)
    """
    folded_lines = [fold(line) for line in source.split("\n")]
    return folded_lines, {n: f.text for n, f in enumerate(folded_lines) if f.text}


@lru_cache(maxsize=4)
def _line_starts(source: str) -> list[int]:
    starts = [0]
    for line in source.split("\n"):
        starts.append(starts[-1] + len(line) + 1)
    return starts


def mark(cite: str, passage: str) -> str:
    """``passage`` as written, on one line, with what differs from ``cite`` marked.

    Compared folded, shown in the original characters: ``{+…+}`` is in the
    passage but not the cite, ``[-…-]`` in the cite but not the passage. Each
    line break (with the spaces around it) is shown as one space.
    """
    c, p = fold(cite), fold(passage)
    out = []
    for op, i1, i2, j1, j2 in _opcodes(c.text, p.text):
        if i2 > i1 and op != "equal":
            out.append(_marked(_piece(c, i1, i2), DELETED))
        if j2 > j1:
            piece = _piece(p, j1, j2)
            out.append(piece if op == "equal" else _marked(piece, INSERTED))
    return _LINE_BREAK.sub(" ", "".join(out).strip())


def legend(marked: str) -> str:
    """What the marks used in ``marked`` mean, e.g. ``{+…+}: in the source, not in the cite``."""
    parts = []
    if INSERTED[0] in marked:
        parts.append(f"{INSERTED[0]}…{INSERTED[1]}: in the source, not in the cite")
    if DELETED[0] in marked:
        parts.append(f"{DELETED[0]}…{DELETED[1]}: in the cite, not in the source")
    return "; ".join(parts)


def _piece(f: Folded, a: int, b: int) -> str:
    """The original text of folded ``[a, b)``, with the white space that follows it up to the next character."""
    return f.original[f.to_original(a) if a else 0 : f.to_original(b) if b < len(f.text) else len(f.original)]


def _marked(piece: str, marks: tuple[str, str]) -> str:
    core = piece.strip()
    if not core:
        return piece
    lead = piece[: len(piece) - len(piece.lstrip())]
    trail = piece[len(piece.rstrip()) :]
    return f"{lead}{marks[0]}{core}{marks[1]}{trail}"
