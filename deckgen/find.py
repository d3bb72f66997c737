"""``deckgen find``: from a fragment an author remembers to a cite that will check.

The fragment is folded like every cite (script, width, quotes, white space), so
typing Simplified Chinese with full-width punctuation finds a Traditional source
with ASCII commas. Exact hits come first, each as the verbatim text it matched
and as the whole clause around it; if there are too few, the nearest passages
(``suggest.nearest_passages``) fill the list. Each result is one YAML line,
quoted so that pasting it into a deck gives back the source's characters exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .deckformat import shown
from .decks import Deck, Source, display, find_deck_files, load_deck
from .errors import DeckgenError
from .fold import Folded, STOP_WORDS, fold, fold_text, normalize

DEFAULT_DECKS = Path("cards")
MIN_BARE_MATCH = 6  # a hit shorter than this (folded) is shown only as its clause
MAX_CLAUSE = 160  # a "clause" longer than this is a paragraph; keep the bare hit instead
MIN_SCORE_AFTER_EXACT = 75.0  # with exact hits, only strong near passages are worth adding
MAX_HITS = 1000  # per source: a one-character fragment should not walk the whole book

# Characters that end a clause. ASCII ',' and '.' only count when they are not
# inside a number (1,000 / 4.22) and '.' only before white space or the end.
_CLAUSE_END = set("。！？!?；;：:，,.\n\r")


@dataclass(frozen=True)
class Passage:
    text: str  # verbatim from the source
    start: int  # original offsets
    end: int
    line: int  # 1-based
    source: str  # display name of the source file


# -- YAML quoting ----------------------------------------------------------

_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\0": "\\0",
    "\a": "\\a",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\v": "\\v",
    "\f": "\\f",
    "\r": "\\r",
    "\x1b": "\\e",
    "\x85": "\\N",
    "\xa0": "\\_",
    "\u2028": "\\L",
    "\u2029": "\\P",
}


def _printable(c: str) -> bool:
    """YAML 1.1/1.2 c-printable, minus the characters we always escape."""
    o = ord(c)
    return (
        0x20 <= o <= 0x7E
        or 0xA0 <= o <= 0xD7FF
        or 0xE000 <= o <= 0xFFFD
        or 0x10000 <= o <= 0x10FFFF
    ) and o != 0xFEFF


def yaml_quote(text: str) -> str:
    """``text`` as a YAML double-quoted scalar that reads back as exactly ``text``.

    Line breaks, tabs and every non-printable character are escaped, so the
    result is always one line and no YAML parser folds or trims anything.
    """
    out = []
    for c in text:
        if c in _ESCAPES:
            out.append(_ESCAPES[c])
        elif _printable(c):
            out.append(c)
        elif ord(c) <= 0xFF:
            out.append(f"\\x{ord(c):02x}")
        elif ord(c) <= 0xFFFF:
            out.append(f"\\u{ord(c):04x}")
        else:
            out.append(f"\\U{ord(c):08x}")
    return '"' + "".join(out) + '"'


# -- finding ---------------------------------------------------------------


def _is_end(text: str, i: int) -> bool:
    """Does ``text[i]`` end a clause?"""
    c = text[i]
    if c in (",", "."):
        before = text[i - 1] if i > 0 else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        if before.isdigit() and after.isdigit():
            return False
        return c == "," or not after or after.isspace()
    if c == ":":
        before = text[i - 1] if i > 0 else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        if before.isdigit() and after.isdigit():  # 13:00
            return False
        return not after.startswith("/")  # https://
    return c in _CLAUSE_END


def clause(text: str, start: int, end: int, limit: int | None = None) -> tuple[int, int] | None:
    """The clause(s) around ``text[start:end]``: out to the nearest clause ends, which stay outside.

    With ``limit``, None when the clause would be longer than that (a paragraph
    without punctuation is not a clause, and is not scanned to its end).
    """
    budget = len(text) if limit is None else limit
    a = start
    while a > 0 and not _is_end(text, a - 1):
        a -= 1
        if start - a > budget:
            return None
    b = end
    if b <= start or not _is_end(text, b - 1):
        while b < len(text) and not _is_end(text, b):
            b += 1
            if b - a > budget:
                return None
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def exact_passages(query: str, folded: Folded, source_name: str, limit: int) -> list[Passage]:
    """Up to ``limit`` passages where folded ``query`` occurs: the matched text, then its clause if that differs."""
    out: list[Passage] = []
    text = folded.original
    i = folded.text.find(query)
    hits = 0
    while i >= 0 and hits < MAX_HITS and len(out) < limit:
        hits += 1
        a, b = folded.span(i, i + len(query))
        whole = clause(text, a, b, MAX_CLAUSE)
        found = []
        if len(query) >= MIN_BARE_MATCH or whole is None:
            found.append((a, b))
        if whole is not None and whole != (a, b) and whole[0] < whole[1]:
            found.append(whole)
        for s, e in found:
            out.append(Passage(text[s:e], s, e, folded.line_of(s), source_name))
        i = folded.text.find(query, i + 1)
    return out[:limit]


# -- passages that say the same in other words --------------------------------------

MIN_SHARE = 0.3  # a sentence must hold this share of the query's weight to be offered
MAX_SENTENCE = 600  # a longer "sentence" (a list without stops) is offered line by line, as a table is
_STOP = STOP_WORDS
_TOKEN = re.compile(r"[a-z0-9]+(?:[.'+][a-z0-9]+)*|[\u3400-\u9fff]+")
_SENTENCE_END = re.compile(r"(?<=[.!?。！？；;])[\"'”’)\]]*(?=\s|$)|\n\s*\n|\n(?=\s*[=\-]{3,})|(?<=[=\-]{3})\n")


_COLUMNS = re.compile(r"\S {3,}\S")


def _tokens(text: str) -> list[str]:
    """Content words of normalized ``text``: English words (light stemming), numbers, CJK character pairs."""
    out = []
    for m in _TOKEN.finditer(text):
        t = m.group()
        if "\u3400" <= t[0] <= "\u9fff":
            out.extend(t[i : i + 2] for i in range(max(len(t) - 1, 1)))
        elif t not in _STOP:
            out.append(_stem(t.rstrip(".'")))
    return out


def _stem(word: str) -> str:
    if any(c.isdigit() for c in word) or len(word) <= 4:
        return word
    for suffix in ("ing", "ed", "es", "s", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def sentences(text: str) -> list[tuple[int, int]]:
    """Spans of ``text``'s sentences, across line breaks: ended by . ! ? 。 ！ ？ ；, a blank line or a heading rule.

    A table (lines laid out in columns) or a "sentence" longer than
    ``MAX_SENTENCE`` (a list without stops) is cut at its line breaks.
    """
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for a, b in spans:
        pieces = [(a, b)]
        if b - a > MAX_SENTENCE or _COLUMNS.search(text, a, b):
            pieces, i = [], a
            for line in text[a:b].split("\n"):
                pieces.append((i, i + len(line)))
                i += len(line) + 1
        for x, y in pieces:
            while x < y and text[x].isspace():
                x += 1
            while y > x and text[y - 1].isspace():
                y -= 1
            if y > x:
                out.append((x, y))
    return out


def similar_passages(query: str, source: str, source_name: str, limit: int) -> list[tuple[float, Passage]]:
    """The sentences of ``source`` that share the most of ``query``'s content, best first.

    For a paraphrase: the same names and numbers in other words. Each shared
    word counts by how rare it is in the source (a word in every sentence
    tells nothing), numbers three times and names (capitalised in the query)
    twice; a sentence scores the share of the query's weight it holds, and
    of two equal the shorter wins.
    """
    import math

    wanted = list(dict.fromkeys(_tokens(normalize(query))))
    if not wanted:
        return []
    names = {_stem(w.lower()) for w in re.findall(r"(?<![.!?]\s)\b[A-Z][A-Za-z]+", query)}
    spans = sentences(source)
    token_sets = [set(_tokens(normalize(source[a:b]))) for a, b in spans]
    df = {t: sum(t in ts for ts in token_sets) for t in wanted}
    n = len(spans)
    weight = {
        t: math.log(1 + n / df[t]) * (3 if any(c.isdigit() for c in t) else 2 if t in names else 1) if df[t] else 1.0
        for t in wanted
    }
    total = sum(weight.values())
    scored = []
    for (a, b), ts in zip(spans, token_sets):
        share = sum(weight[t] for t in wanted if t in ts) / total
        if share >= MIN_SHARE:
            scored.append((share, -len(ts), a, b))
    scored.sort(reverse=True)
    out = []
    for share, _, a, b in scored[:limit]:
        out.append((round(100 * share, 1), Passage(source[a:b], a, b, source.count("\n", 0, a) + 1, source_name)))
    return out


def nearest(query: str, folded: Folded, source_name: str, limit: int) -> list[tuple[float, Passage]]:
    """Passages close to ``query`` that do not contain it: sentences sharing its content, else near spellings."""
    text = folded.original
    found = similar_passages(query, text, source_name, limit)
    if found:
        return found
    from .suggest import nearest_passages

    out = []
    for s in nearest_passages(query, text, limit):
        a, b = s.start, s.end
        # the alignment can start or stop mid-clause: widen it to whole clauses
        while a < b and (_is_end(text, a) or text[a].isspace()):
            a += 1
        while b > a and (_is_end(text, b - 1) or text[b - 1].isspace()):
            b -= 1
        if a == b:
            continue
        whole = clause(text, a, b, MAX_CLAUSE)
        if whole is not None:
            a, b = whole
        out.append((s.score, Passage(text[a:b], a, b, folded.line_of(a), source_name)))
    return out


def _decks(deck_path: Path | None) -> list[Deck]:
    if deck_path is not None:
        return [load_deck(deck_path)]
    if not DEFAULT_DECKS.is_dir():
        raise DeckgenError(f"no {DEFAULT_DECKS}/ folder here; name a deck with --deck")
    decks, errors = [], []
    for path in find_deck_files([str(DEFAULT_DECKS)]):
        try:
            decks.append(load_deck(path))
        except DeckgenError as e:
            errors.append(e)
    if not decks:
        if errors:
            raise errors[0]
        raise DeckgenError(f"no decks in {DEFAULT_DECKS}/; start one with 'deckgen init'")
    return decks


def searched_sources(decks: list[Deck], source: str | None = None) -> dict[Path, Source]:
    """The sources to search, by file: every source of ``decks``, or those with the id ``source``."""
    found: dict[Path, Source] = {}
    for deck in decks:  # decks about the same source share it
        for s in deck.sources:
            if (source is None or s.id == source) and s.file not in found:
                found[s.file] = s
    if not found:
        ids = sorted({s.id for d in decks for s in d.sources if s.id})
        known = f"the sources' ids are {', '.join(ids)}" if ids else "no source has an id"
        raise DeckgenError(f"no source with the id {shown(source or '')}: {known}")
    return found


def find_passages(text: str, decks: list[Deck], limit: int, source: str | None = None) -> list[Passage]:
    """The ``limit`` passages of the decks' sources (or of those with the id ``source``) that best match ``text``."""
    query = fold_text(text)
    if not query:
        raise DeckgenError("nothing to search for: the text is empty after folding white space")
    folded = {path: fold(s.text) for path, s in searched_sources(decks, source).items()}
    names = {path: display(path) for path in folded}

    chosen: list[Passage] = []
    for path, f in folded.items():
        chosen.extend(exact_passages(query, f, names[path], limit - len(chosen)))
    if len(chosen) < limit:
        exact = list(chosen)
        candidates: list[tuple[float, Passage]] = []
        for path, f in folded.items():
            candidates.extend(nearest(text, f, names[path], limit))
        candidates.sort(key=lambda t: -t[0])
        for score, p in candidates:
            if len(chosen) >= limit:
                break
            if exact and score < MIN_SCORE_AFTER_EXACT:
                continue
            # a near passage overlapping an exact hit adds nothing to it
            if any(q.source == p.source and q.start < p.end and p.start < q.end for q in exact):
                continue
            chosen.append(p)
    return chosen


@dataclass(frozen=True)
class FoundPassages:
    passages: list[Passage]
    several_sources: bool  # the decks searched have more than one source: say which each is from


def run_find(text: str, deck_path: Path | None, limit: int, source: str | None = None) -> FoundPassages:
    """The passages that best match ``text`` in the sources of ``deck_path`` (default: every deck in cards/),
    or in its source with the id ``source``."""
    decks = _decks(deck_path)
    several = len(searched_sources(decks, source)) > 1
    return FoundPassages(find_passages(text, decks, limit, source), several)
