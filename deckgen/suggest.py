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
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from .fold import Folded, fold

MIN_SCORE = 50.0  # below this the "nearest" passage is noise, not a hint
CANDIDATE_LINES = 8  # lines like the cite, each widened to a passage and compared again
MIN_BLOCK = 4  # a shared run shorter than this (folded) far from the others is a chance match
MAX_GAP = 3  # ... and "far" is more than this many characters away
MAX_EXTEND = 40  # how far past its closest run a part may run to take in the rest of what it nearly is

# What the marks of ``mark`` mean, for the message that shows them.
INSERTED = ("{+", "+}")
DELETED = ("[-", "-]")
_LINE_BREAK = re.compile(r"[ \t\f\v]*(?:\r\n|\r|\n)\s*")
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
    text: str  # the passage as the source writes it (it may span lines)
    line: int  # 1-based line where it starts
    score: float  # similarity to the cite, 0-100
    marked: str  # the passage as written on one line, the differences marked (see ``mark``)
    start: int = 0  # original offsets of the passage in the source
    end: int = 0
    last_line: int = 0  # 1-based line where it ends
    note: str = ""  # why there is no passage: the search was over its budget

    @property
    def lines(self) -> str:
        """``line 4`` or ``lines 15-16``."""
        return f"line {self.line}" if self.last_line <= self.line else f"lines {self.line}-{self.last_line}"


def search_cost(query_chars: int, source_chars: int) -> int:
    """The budgeted cost of searching ``source_chars`` of source for a query of ``query_chars``."""
    return int(source_chars * max(1.0, query_chars / 64) ** 0.5)


def nearest(cite: str, source: str, limit: int = 1) -> Suggestion | None:
    """The nearest passage, as a hint in a message: the marked passage cut short.

    Over SEARCH_BUDGET, a Suggestion with only a ``note`` saying why there is none.
    """
    if search_cost(len(cite), len(source)) > SEARCH_BUDGET:
        return Suggestion("", 0, 0.0, "", note=f"no nearest passage suggested: a {len(cite):,}-character cite in a "
                          f"{len(source):,}-character source is over the search budget")
    found = nearest_passages(cite, source, limit)
    if not found:
        return None
    best = found[0]
    return best if len(best.marked) <= MAX_QUOTE else replace(best, marked=_around_first_mark(best.marked))


def _around_first_mark(marked: str) -> str:
    """At most MAX_QUOTE characters of a long marked passage, from a little before its first difference."""
    marks = [i for i in (marked.find(INSERTED[0]), marked.find(DELETED[0])) if i >= 0]
    start = max(0, min(marks, default=0) - MAX_QUOTE // 4)
    end = start + MAX_QUOTE
    for opening, closing in (INSERTED, DELETED):  # never cut a mark in two
        o = marked.rfind(opening, start, end)
        if o >= 0 and marked.find(closing, o) >= end:
            end = marked.find(closing, o) + len(closing)
    return ("…" if start else "") + marked[start:end] + ("…" if end < len(marked) else "")


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
        aligned = _align(q, window.text)
        if aligned is None:
            continue
        s, e = window.span(*_cover_ends(window.text, q, *aligned[:4]))
        s, e = _whole_words(source, s + w_start, e + w_start)
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


def _cover_ends(text: str, q: str, a: int, b: int, qa: int, qb: int) -> tuple[int, int]:
    """Widen the aligned span ``[a, b)`` of ``text`` over what stands where ``q``'s unmatched ends are.

    A cite that differs in its last (or first) characters (下跌 for the source's 下降) aligns
    only up to the last shared run; the passage must still hold the source's own ending, or
    copying the suggestion would give a cut-short cite. As many characters as the cite has
    unmatched, never past punctuation or a space, where the source's sentence or clause ends.
    """
    def stop(ch: str) -> bool:
        return ch.isspace() or unicodedata.category(ch)[0] in "PZ"

    for _ in range(len(q) - qb):
        if b >= len(text) or stop(text[b]):
            break
        b += 1
    for _ in range(qa):
        if a <= 0 or stop(text[a - 1]):
            break
        a -= 1
    return a, b


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


def _align(q: str, text: str) -> tuple[int, int, int, int, int] | None:
    """The passage of ``text`` that ``q`` is closest to, from its first to its last shared run.

    Returns its folded span ``(a, b)``, the span ``(qa, qb)`` of ``q`` those
    runs cover, and how many characters they share.

    Runs are taken outward from the longest; a short run far from the others
    (``tho`` of "although" for the ``tho`` of "Python") is a chance match and
    ends the passage (``_joins``).
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
    runs = [blocks[k]]
    for m in reversed(blocks[:k]):
        if _joins(m, runs[0]):
            runs.insert(0, m)
    for m in blocks[k + 1 :]:
        if _joins(runs[-1], m):
            runs.append(m)
    return lo + runs[0].b, lo + runs[-1].b + runs[-1].size, runs[0].a, runs[-1].a + runs[-1].size, sum(m.size for m in runs)


def _joins(before, after) -> bool:
    """Do two neighbouring shared runs belong to one passage?

    A long run does; a short one only if it is at least as long as the gaps
    it bridges (``d`` of "continu-e-d" does, ``i`` of "Inc" / "which" does not).
    """
    gap = max(after.a - (before.a + before.size), after.b - (before.b + before.size))
    return min(before.size, after.size) >= MIN_BLOCK or min(before.size, after.size) >= gap


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


def closest_part(query: str, text: str) -> str | None:
    """The part of ``text`` that ``query`` nearly is, as written; None if they share under half of ``query``.

    An end of ``query`` that the closest run of ``text`` lacks may stand a
    little further on (``(ARI`` … ``)`` in ``(ARI, see https://…)``): the part
    then runs to it, so that the marks show what stands in between.
    """
    q, t = fold(query).text, fold(text)
    aligned = _align(q, t.text) if q else None
    if aligned is None or 2 * aligned[4] < len(q):
        return None
    a, b, qa, qb, _ = aligned
    if qb < len(q):
        k = t.text.find(q[qb:], b, b + len(q) + MAX_EXTEND)
        b = k + len(q) - qb if k >= 0 else b
    if qa > 0:
        k = t.text.rfind(q[:qa], max(0, a - len(q) - MAX_EXTEND), a)
        a = k if k >= 0 else a
    s, e = _whole_words(text, *t.span(a, b))
    return text[s:e]


def _latin(ch: str) -> bool:
    return ch.isalnum() and ord(ch) < 0x2E80


def _whole_words(text: str, s: int, e: int) -> tuple[int, int]:
    """Widen ``[s, e)`` so that it neither starts nor ends inside a Latin word."""
    while 0 < s < len(text) and _latin(text[s - 1]) and _latin(text[s]):
        s -= 1
    while 0 < e < len(text) and _latin(text[e - 1]) and _latin(text[e]):
        e += 1
    return s, e


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
    passage but not the cite, ``[-…-]`` in the cite but not the passage. A
    change that is most of a word takes the whole word (``[-Software-]{+Language+}``,
    not ``[-Softwar-]{+Languag+}e``); a typo stays one character (``continu{+e+}d``).
    Each line break (with the spaces around it) is shown as one space.
    """
    c, p = fold(cite), fold(passage)
    out: list[str] = []
    for op, i1, i2, j1, j2 in _words(_opcodes(c.text, p.text), c, p):
        if i2 > i1 and op != "equal":
            piece = _piece(c, i1, i2, lead=not (out and out[-1][-1:].isspace()))
            out.append(_marked(piece.rstrip() if j2 > j1 else piece, DELETED))
        if j2 > j1:
            piece = _piece(p, j1, j2)
            out.append(piece if op == "equal" else _marked(piece, INSERTED))
    return _LINE_BREAK.sub(" ", "".join(out).strip())


def _slide(before: list, o: list, after: list, f: Folded, k: int) -> None:
    """Move a pure insertion or deletion (``o[k:k+2]`` in ``f``) along equal text to word breaks, if it can.

    ``remain{+s Python'+}s`` and ``remains {+Python's+}`` say the same; the second reads.
    """
    t = f.text
    lo, hi = o[k], o[k + 1]
    shifts = [0]
    d = 0
    while lo - d - 1 >= before[k] and t[lo - d - 1] == t[hi - d - 1]:
        d += 1
        shifts.append(-d)
    d = 0
    while hi + d < after[k + 1] and t[lo + d] == t[hi + d]:
        d += 1
        shifts.append(d)
    good = [x for x in shifts if not _in_word(f, lo + x) and not _in_word(f, hi + x)]
    if not good or 0 in good:
        return
    x = min(good, key=abs)
    before[2] += x
    before[4] += x
    o[1] += x
    o[2] += x
    o[3] += x
    o[4] += x
    after[1] += x
    after[3] += x


def _in_word(f: Folded, j: int) -> bool:
    """Is folded offset ``j`` inside a Latin word of ``f``'s original (letters on both sides, no space)?"""
    if not 0 < j < len(f.text):
        return False
    x, y = f.to_original(j - 1), f.to_original(j)
    return y == x + 1 and all(_latin(ch) for ch in f.original[x : y + 1])


def _words(ops: list[tuple], c: Folded, p: Folded) -> list[tuple]:
    """Widen a change to the whole words it cuts when it is most of them."""
    ops = [list(o) for o in ops]
    for n, o in enumerate(ops):
        if o[0] == "equal":
            continue
        if 0 < n < len(ops) - 1 and (o[1] == o[2] or o[3] == o[4]):
            _slide(ops[n - 1], o, ops[n + 1], p if o[1] == o[2] else c, 3 if o[1] == o[2] else 1)
        left = right = 0
        if n > 0:
            e = ops[n - 1]
            while left < e[2] - e[1] and (_in_word(c, o[1] - left) or _in_word(p, o[3] - left)):
                left += 1
        if n + 1 < len(ops):
            e = ops[n + 1]
            while right < e[2] - e[1] and (_in_word(c, o[2] + right) or _in_word(p, o[4] + right)):
                right += 1
        if (left or right) and left + right < max(o[2] - o[1], o[4] - o[3]):
            ops[n - 1][2] -= left
            ops[n - 1][4] -= left
            o[1] -= left
            o[3] -= left
            o[2] += right
            o[4] += right
            o[0] = "replace"
            if n + 1 < len(ops):
                ops[n + 1][1] += right
                ops[n + 1][3] += right
    return [tuple(o) for o in ops if o[2] > o[1] or o[4] > o[3]]


def legend(marked: str, shown: str = "the source", compared: str = "the cite") -> str:
    """What the marks used in ``marked`` mean, e.g. ``{+…+}: in the source, not in the cite``."""
    parts = []
    if INSERTED[0] in marked:
        parts.append(f"{INSERTED[0]}…{INSERTED[1]}: in {shown}, not in {compared}")
    if DELETED[0] in marked:
        parts.append(f"{DELETED[0]}…{DELETED[1]}: in {compared}, not in {shown}")
    return "; ".join(parts)


def _piece(f: Folded, a: int, b: int, lead: bool = False) -> str:
    """The original text of folded ``[a, b)``, with the white space after it (and, with ``lead``, before it)."""
    start = 0 if a == 0 else (f.to_original(a - 1) + 1 if lead else f.to_original(a))
    return f.original[start : f.to_original(b) if b < len(f.text) else len(f.original)]


def _marked(piece: str, marks: tuple[str, str]) -> str:
    core = piece.strip()
    if not core:
        return piece
    lead = piece[: len(piece) - len(piece.lstrip())]
    trail = piece[len(piece.rstrip()) :]
    return f"{lead}{marks[0]}{core}{marks[1]}{trail}"
