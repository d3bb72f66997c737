"""``deckgen coverage``: every date, figure and attributed statement in a source, and who cites it.

The items are found by the same parsers ``check`` uses (dates, quantities,
speakers) run over the source folded with its word breaks kept, so every item
maps back to the real passage. An item is covered when a card's cite overlaps
it, or exempt when a deck exemption's passage does.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .check import FileResult, run_check
from .decks import Deck, Source, no_deck_files, shown
from .errors import DeckgenError
from .fold import fold, fold_text
from .kinds import KINDS


@dataclass(frozen=True)
class Item:
    kind: str  # "date" | "figure" | "quote"
    text: str  # as the source writes it
    start: int  # original offsets in the source
    end: int
    line: int
    cards: tuple[str, ...] = ()
    exempt: str = ""  # the exemption's reason, if one covers it

    @property
    def covered(self) -> bool:
        return bool(self.cards or self.exempt)


@dataclass(frozen=True)
class DeckCoverage:
    """The items of one source of a deck (a deck with several sources has one of these per source)."""

    deck: Deck
    items: tuple[Item, ...]
    source: Source | None = None  # None: the deck's first

    @property
    def label(self) -> str:
        """The deck, and the source when the deck has several."""
        name = f"{self.deck.display_path} ({self.deck.id})"
        return f"{name}, source {shown(self.source.label)}" if self.source is not None and len(self.deck.sources) > 1 else name

    @property
    def percent(self) -> float:
        return 100.0 * sum(i.covered for i in self.items) / len(self.items) if self.items else 100.0


@dataclass(frozen=True)
class CoverageReport:
    decks: tuple[DeckCoverage, ...]

    @property
    def items(self) -> list[Item]:
        return [i for d in self.decks for i in d.items]

    @property
    def percent(self) -> float:
        items = self.items
        return 100.0 * sum(i.covered for i in items) / len(items) if items else 100.0


def source_items(text: str) -> list[tuple[str, int, int]]:
    """(kind, start, end) of every value of every kind in ``text``: dates, figures, attributed words.

    Offsets are in the original text. Parsed line by line: no item in a news
    source spans a paragraph, and it keeps each parse small; a list of years
    that runs on to the next line is joined after.
    """
    finders = [(k.name, k.items) for k in KINDS.values() if k.items is not None]
    found: list[tuple[str, int, int]] = []
    offset = 0
    for line in text.split("\n"):
        f = fold(line, keep_spaces=True)
        for kind, items in finders:
            for a, b in items(f.text):
                if b > a:
                    oa, ob = f.span(a, b)
                    found.append((kind, offset + oa, offset + ob))
        offset += len(line) + 1
    return _join_year_lists(text, _outermost(sorted(set(found), key=lambda s: (s[1], -s[2], s[0]))))


def _outermost(found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Drop an item inside a longer one of its kind (the 5 and the 0 of a 5-0 vote): one value, one
    item. ``found`` is sorted by start, longest first; the result by start, then end."""
    out: list[tuple[str, int, int]] = []
    reach: dict[str, int] = {}
    for kind, a, b in found:
        if b <= reach.get(kind, -1):
            continue
        reach[kind] = max(reach.get(kind, -1), b)
        out.append((kind, a, b))
    return sorted(out, key=lambda s: (s[1], s[2], s[0]))


_YEARS = re.compile(r"\d{4}(?:\s*(?:[,\-–—]\s*(?:and\s+)?|(?:and|to|through|thru)\s+)\d{4})*")
_YEAR_LIST_GAP = re.compile(r"\s*(?:[,\-–—]\s*(?:and\s+)?|(?:and|to|through|thru)\s+)")


def _join_year_lists(text: str, found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A list or range of years (2001, 2002, … 2019 across lines; 1991-1995) is one item, not one per year."""
    out: list[tuple[str, int, int]] = []
    for kind, a, b in found:
        if out and kind == "date" and out[-1][0] == "date" and _YEARS.fullmatch(text, a, b) and _YEARS.fullmatch(text, out[-1][1], out[-1][2]):
            if _YEAR_LIST_GAP.fullmatch(text, out[-1][2], a):
                out[-1] = ("date", out[-1][1], b)
                continue
        out.append((kind, a, b))
    return out


def deck_coverage(result: FileResult) -> list[DeckCoverage]:
    """The coverage of each of the deck's sources; an exemption counts in the first source that has its passage."""
    deck = result.deck
    assert deck is not None
    exempt: dict[str, list[tuple[int, int, str]]] = {s.id: [] for s in deck.sources}
    for ex in deck.exempt:
        folded = fold_text(ex.cite)
        for s in deck.sources:
            index = result.indexes[s.id]
            pos = index.locate(folded) if folded else -1
            if pos >= 0:
                a, b = index.folded.span(pos, pos + len(folded))
                exempt[s.id].append((a, b, ex.reason))
                break
        else:
            where = "the source" if len(deck.sources) == 1 else "any source of the deck"
            raise DeckgenError(f"exempt cite not found in {where}: {shown(ex.cite)}", deck.display_path, ex.line, ex.col)
    out = []
    for s in deck.sources:
        cited = [(e.start, e.end, r.card.id) for r in result.cards if deck.source_of(r.card) is s for e in r.located]
        out.append(source_coverage(deck, s, cited, exempt[s.id]))
    return out


def source_coverage(deck: Deck, source: Source, cited: list[tuple[int, int, str]], exempt: list[tuple[int, int, str]]) -> DeckCoverage:
    text = source.text
    covering = _Spans(cited)
    exempting = _Spans(exempt)
    line_starts = [0]
    nl = text.find("\n")
    while nl >= 0:
        line_starts.append(nl + 1)
        nl = text.find("\n", nl + 1)
    items = []
    for kind, a, b in source_items(text):
        cards = tuple(dict.fromkeys(cid for s, e, cid in covering.overlapping(a, b)))
        reason = next((r for s, e, r in exempting.overlapping(a, b) if s <= a and b <= e), "")
        line = bisect.bisect_right(line_starts, a)
        items.append(Item(kind, text[a:b], a, b, line, cards, reason))
    return DeckCoverage(deck, tuple(items), source)


class _Spans:
    """Spans of the source (start, end, label), to find those overlapping an item fast.

    Sorted by start; no span is longer than the longest one, so only those
    starting in (a - longest, b) can overlap [a, b). A deck of 50,000 cards
    costs what checking it costs, not 50,000 times the items.
    """

    def __init__(self, spans: list[tuple[int, int, str]]):
        order = sorted(range(len(spans)), key=lambda n: spans[n][0])
        self.spans = [spans[n] for n in order]
        self.rank = order  # deck order of each, so the first in the deck still wins
        self.starts = [s for s, _, _ in self.spans]
        self.longest = max((e - s for s, e, _ in spans), default=0)

    def window(self, a: int, b: int) -> range:
        """Positions (in start order) of the only spans that can overlap [a, b)."""
        return range(bisect.bisect_right(self.starts, a - self.longest - 1), bisect.bisect_left(self.starts, b))

    def overlapping(self, a: int, b: int) -> list[tuple[int, int, str]]:
        """Spans overlapping [a, b), in the order they were given."""
        hits = [n for n in self.window(a, b) if self.spans[n][1] > a]
        return [self.spans[n] for n in sorted(hits, key=self.rank.__getitem__)]


def run_coverage(paths) -> CoverageReport:
    """Coverage of every deck named by ``paths``; a deck that fails to load is an error."""
    report = run_check(paths, locked=False, render=False)
    if not report.files:
        raise no_deck_files(paths)
    decks = []
    for f in report.files:
        if f.invalid:
            p = f.problems[0]
            raise DeckgenError(p.message, p.path, p.line, p.col)
        decks.extend(deck_coverage(f))
    return CoverageReport(tuple(decks))
