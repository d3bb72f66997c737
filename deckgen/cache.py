"""The check cache: what checking a deck found, kept in ``build/.cache/check/`` (never committed).

A course repository's pre-commit hook re-checks every deck on every commit.
With the cache an unchanged deck costs about what start-up costs, and an
edited one re-grounds only the cards that changed. A cached result is only
ever used where everything it depends on is the same, so a cache can never
change a verdict (``tests/test_cache.py`` holds cached and uncached reports
equal byte for byte across random edits). One JSON file per deck file, two
levels in it:

* the whole deck file, keyed by deckgen's code, the working folder, the deck
  file's bytes, its lock file's bytes and the check's options, with each
  source's text checked by its SHA-256: the deck as loaded, every card's
  findings and evidence, the note hashes the lock is compared with;
* each card, keyed by deckgen's code, the card's content (every field, its
  lines relative to the card's own), its source's text, the deck's sources and
  entities, and what the lock recorded of its cites: its grounding findings
  (lines relative to the card, so a card that moved needs no new grounding)
  and where its cites were found. Lint runs on every check, being cheap and
  depending on other cards (DG503).

Above both, ``deckgen check``'s whole output (``report_cache.ReportCache``, in
``build/.cache/report/``), keyed by the deck files a check names, the options,
and each file's bytes, its lock's bytes and its sources' texts (SHA-256): an
unchanged check prints what it printed, reading those files and nothing else.

deckgen's code is its version, the bytes of its own modules and tables, the
Python version and the installed text libraries (OpenCC, RapidFuzz, PyYAML).

A cache file is JSON, never pickle (in CI it sits in a checkout and is as
untrusted as a deck), and every value read from it is checked. Whatever is
wrong with one (unreadable, not JSON, truncated, written by another deckgen,
a folder in its place) it is ignored and rewritten; where it cannot be written
(a read-only ``build/``) it is not. No cache problem ever fails a check.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Callable, NamedTuple

from .decks import MAX_FILE_BYTES, Card, Deck, Exemption, Source, Translation, confined, display, read_limited, read_source
from .errors import DeckgenError
from .findings import CODES, Problem, problem
from .grounding import CardResult, Evidence, SourceIndex, check_card
from .lock import Lock, lock_bytes, lock_of_bytes, lock_path
from .report_cache import (  # noqa: F401 - the pieces every cache file shares; ReportCache importable from here as before
    FOLDER,
    FORMAT,
    MAX_CACHE_BYTES,
    ReportCache,
    _absolute,
    _bad,
    _Bad,
    _int,
    _list,
    _refuse,
    _str,
    code_key,
    digest,
    seal,
    unsealed,
    write_cache,
)
from .revisions import Recorded


class Hit(NamedTuple):
    """A deck file's check, as the cache kept it."""

    deck: Deck
    cards: tuple[CardResult, ...]
    problems: tuple[Problem, ...]
    lock: Lock | None
    hashes: dict[str, str] | None  # card id -> note hash; None where the check compared no lock


# -- reading values back, each checked ------------------------------------------------


def _bool(v) -> bool:
    if type(v) is not bool:
        raise _Bad
    return v


def _strs(v) -> tuple[str, ...]:
    out = tuple(_list(v))
    if out and set(map(type, out)) != {str}:
        raise _Bad
    return out


def _ints(v) -> tuple[int, ...]:
    out = tuple(_list(v))
    if out and set(map(type, out)) != {int}:
        raise _Bad
    return out


def _pairs(v) -> tuple[tuple[str, str], ...]:
    out = []
    for x in _list(v):
        a, b = _list(x) if len(_list(x)) == 2 else _bad()
        out.append((_str(a), _str(b)))
    return tuple(out)


def _translation(v) -> Translation | None:
    if v is None:
        return None
    q, a, line, col, lang = _list(v) if len(_list(v)) == 5 else _bad()
    return Translation(_str(q), _str(a), _int(line), _int(col), _str(lang))


# Every field of a Card, in order, with how its JSON value is read back
# (tests/test_cache.py holds this to ``dataclasses.fields(Card)``).
CARD_FIELDS: dict[str, Callable] = {
    "id": _str,
    "kind": _str,
    "q": _str,
    "a": _str,
    "cites": _strs,
    "tags": _strs,
    "line": _int,
    "col": _int,
    "translation": _translation,
    "cloze": _bool,
    "subdeck": _str,
    "source": _str,
    "silence": _pairs,
    "where": _ints,
}
_CARD_READS = tuple(CARD_FIELDS.values())
_LINE, _TRANSLATION = list(CARD_FIELDS).index("line"), list(CARD_FIELDS).index("translation")
# Every field of a Source but its text (read from its file again) and its file (resolved again).
SOURCE_FIELDS: dict[str, Callable] = {
    "id": _str,
    "title": _str,
    "publisher": _str,
    "author": _str,
    "published": _str,
    "url": _str,
    "notice": _str,
    "written": _str,
    "line": _int,
    "col": _int,
}


def card_row(card: Card) -> list:
    t = card.translation
    return [[t.q, t.a, t.line, t.col, t.lang] if name == "translation" and t is not None else getattr(card, name) for name in CARD_FIELDS]


def card_of(row) -> Card:
    values = _list(row)
    if len(values) != len(CARD_FIELDS):
        raise _Bad
    return Card(*[read(v) for read, v in zip(_CARD_READS, values)])


def _evidence_row(e: Evidence | None) -> list | None:
    return None if e is None else [e.start, e.end, e.line, e.paragraph]


def _evidence_of(v) -> Evidence | None:
    if v is None:
        return None
    start, end, line, paragraph = _list(v) if len(_list(v)) == 4 else _bad()
    return Evidence(_int(start), _int(end), _int(line), _int(paragraph))


def _problem_row(p: Problem, line: int = 0) -> list:
    """A finding as JSON; its line less ``line`` (a card's, for findings kept by the card's content)."""
    return [p.code, p.line - line, p.col, p.message, None if p.data is None else dict(p.data)]


def _problem_of(v, path: str, line: int = 0) -> Problem:
    code, dline, col, message, data = _list(v) if len(_list(v)) == 5 else _bad()
    if _str(code) not in CODES or data is not None and type(data) is not dict:
        raise _Bad
    return problem(code, path, line + _int(dline), _int(col), _str(message), data)


def _deck_row(deck: Deck) -> dict:
    return {
        "id": deck.id,
        "name": deck.name,
        "sources": [[str(s.file), s.sha256, *(getattr(s, name) for name in SOURCE_FIELDS)] for s in deck.sources],
        "entities": [[name, list(aliases)] for name, aliases in deck.entities.items()],
        "exempt": [[e.cite, e.reason, e.line, e.col] for e in deck.exempt],
        "math": deck.math,
        "cards": [card_row(c) for c in deck.cards],
    }


def _deck_of(v, path: Path) -> Deck:
    """The deck as loaded from ``path``, its sources read again (each must be the same text, resolved the same way)."""
    if type(v) is not dict:
        raise _Bad
    sources = []
    for row in _list(v["sources"]):
        file, sha, *rest = _list(row)
        if len(rest) != len(SOURCE_FIELDS):
            raise _Bad
        values = {name: read(x) for (name, read), x in zip(SOURCE_FIELDS.items(), rest)}
        resolved = confined(path.parent / values["written"], path.parent)
        if resolved is None or str(resolved) != _str(file):
            raise _Bad

        source = Source(resolved, read_source(resolved, _refuse), **values)
        if source.sha256 != sha:
            raise _Bad
        sources.append(source)
    if not sources:
        raise _Bad
    entities = {}
    for row in _list(v["entities"]):
        name, aliases = _list(row) if len(_list(row)) == 2 else _bad()
        entities[_str(name)] = _strs(aliases)
    exempt = []
    for row in _list(v["exempt"]):
        cite, reason, line, col = _list(row) if len(_list(row)) == 4 else _bad()
        exempt.append(Exemption(_str(cite), _str(reason), _int(line), _int(col)))
    cards = tuple(card_of(row) for row in _list(v["cards"]))
    deck = Deck(_str(v["id"]), _str(v["name"]), path, tuple(sources), cards, entities, tuple(exempt), _bool(v["math"]))
    if any(c.source not in deck._by_id for c in cards):
        raise _Bad
    return deck


# -- keys -----------------------------------------------------------------------------


def deck_context(deck: Deck) -> str:
    """What every card's grounding depends on beyond the card and its source's text: the
    deck's sources (ids and labels, which messages name) and entities, and where findings point."""
    return digest(
        json.dumps([code_key(), deck.display_path, [[s.id, s.label] for s in deck.sources], sorted(deck.entities.items())], ensure_ascii=False)
    )


def card_key(context: str, deck: Deck, card: Card, recorded: dict[str, Recorded] | None) -> str:
    """A card's content with its lines relative to its own (a card that moved keeps its key),
    its source's text (by SHA-256) and what the lock recorded of its cites."""
    row = card_row(card)
    row[_LINE] = 0
    t = card.translation
    if t is not None:
        row[_TRANSLATION] = [t.q, t.a, t.line - card.line, t.col, t.lang]
    seen = sorted(str(r) for r in recorded.values()) if recorded else None
    return digest(json.dumps([context, deck.source_of(card).sha256, row, seen], ensure_ascii=False))[:32]


# -- the cache --------------------------------------------------------------------------


class CheckCache:
    """The check cache of the working folder: one JSON file per deck file, under ``folder``."""

    def __init__(self, folder: Path = FOLDER):
        self.folder = Path(folder) / "check"
        self._files: dict[Path, dict] = {}  # deck file (absolute) -> its cache file as read (empty if none)
        self._cards: dict[Path, dict] = {}  # deck file (absolute) -> card entries used or made by this check

    def file_of(self, path: Path) -> Path:
        return self.folder / f"{digest(str(_absolute(path)))[:32]}.json"

    def _read(self, path: Path) -> dict:
        """The deck file's cache, or an empty one if it has none that this deckgen wrote for it."""
        key = _absolute(path)
        if key not in self._files:
            self._files[key] = {}
            try:
                data = read_limited(self.file_of(path), MAX_CACHE_BYTES, _refuse, "the cache", "")
                value = json.loads(unsealed(data).decode("utf-8"))
            except (_Bad, ValueError, RecursionError):
                return self._files[key]
            if type(value) is dict and value.get("format") == FORMAT and value.get("code") == code_key() and value.get("deck") == str(key):
                self._files[key] = value
        return self._files[key]

    @staticmethod
    def inputs(path: Path, locked: bool, render: bool) -> str | None:
        """The whole-file key: the deck file's bytes and its lock's, where and how it is checked."""
        try:
            deck = read_limited(Path(path), MAX_FILE_BYTES, _refuse, "the deck", "")
            lock = lock_bytes(lock_path(Path(path)))
        except (DeckgenError, _Bad, OSError):
            return None
        parts = [code_key(), os.getcwd(), display(Path(path)), str(_absolute(path)), digest(deck), lock and digest(lock), locked, render]
        return digest(json.dumps(parts, ensure_ascii=False))

    def lookup(self, path: Path, locked: bool, render: bool) -> Hit | None:
        """The deck file's check as the cache kept it, if nothing it depends on changed."""
        whole = self._read(path).get("whole")
        if type(whole) is not dict or whole.get("key") != self.inputs(path, locked, render):
            return None
        try:
            return self._hit(Path(path), whole)
        except (_Bad, DeckgenError, OSError, KeyError, TypeError, ValueError):
            return None

    def _hit(self, path: Path, whole: dict) -> Hit:
        deck = _deck_of(whole["deck"], path)
        name = deck.display_path
        rows = _list(whole["cards"])
        if len(rows) != len(deck.cards):
            raise _Bad
        cards = []
        for card, row in zip(deck.cards, rows):
            problems, silenced, evidence = _list(row) if len(_list(row)) == 3 else _bad()
            quiet = []
            for pair in _list(silenced):
                p, reason = _list(pair) if len(_list(pair)) == 2 else _bad()
                quiet.append((_problem_of(p, name), _str(reason)))
            cards.append(
                CardResult(deck, card, tuple(_problem_of(p, name) for p in _list(problems)), tuple(_evidence_of(e) for e in _list(evidence)), tuple(quiet))
            )
        problems = tuple(_problem_of(p, name) for p in _list(whole["problems"]))
        hashes = lock = None
        if whole["hashes"] is not None:
            hashes = dict(zip((c.id for c in deck.cards), _strs(whole["hashes"])))
            if len(hashes) != len(deck.cards):
                raise _Bad
            data = lock_bytes(lock_path(path))
            lock = None if data is None else lock_of_bytes(data, display(lock_path(path)))
            if lock is not None and lock.deck != deck.id:
                raise _Bad
        return Hit(deck, tuple(cards), problems, lock, hashes)

    def check_deck(self, deck: Deck, indexes: dict[str, SourceIndex], recorded: dict[str, dict[str, Recorded]]) -> list[CardResult]:
        """``grounding.check_deck``, taking each card's grounding from the cache where its key is there."""
        known = self._read(deck.path).get("cards")
        known = known if type(known) is dict else {}
        fresh = self._cards[_absolute(deck.path)] = {}
        context = deck_context(deck)
        out = []
        for card in deck.cards:
            seen = recorded.get(card.id)
            key = card_key(context, deck, card, seen)
            result = _grounded(deck, card, known.get(key))
            if result is None:
                result = check_card(deck, card, indexes[card.source], seen)
            fresh[key] = [[_problem_row(p, card.line) for p in result.problems], [_evidence_row(e) for e in result.evidence]]
            out.append(result)
        return out

    def store(self, path: Path, key: str | None, locked: bool, render: bool, result) -> None:
        """Keep ``result`` (a ``FileResult``) of checking ``path``, whose inputs had ``key``
        before it was checked; never raises. A deck that changed while it was checked
        keeps only its cards' entries, as does one whose lock could not be read."""
        deck = result.deck
        if deck is None:
            return
        whole = None
        compared = result.lock is not None or not any(p.code == "DG001" for p in result.problems)
        if key is not None and compared and key == self.inputs(path, locked, render):
            whole = {
                "key": key,
                "deck": _deck_row(deck),
                "cards": [
                    [[_problem_row(p) for p in r.problems], [[_problem_row(p), why] for p, why in r.silenced], [_evidence_row(e) for e in r.evidence]]
                    for r in result.cards
                ],
                "problems": [_problem_row(p) for p in result.problems],
                "hashes": None if result.lock is None else [result.lock.hashes[c.id] for c in deck.cards],
            }
        absolute = _absolute(path)
        value = {"format": FORMAT, "code": code_key(), "deck": str(absolute), "whole": whole, "cards": self._cards.pop(absolute, {})}
        self._files[absolute] = value
        try:
            data = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        except (TypeError, ValueError):  # a finding's data JSON cannot hold: keep nothing rather than fail
            return
        sealed = seal(data)
        if sealed is not None:
            write_cache(self.file_of(path), sealed)


def _grounded(deck: Deck, card: Card, entry) -> CardResult | None:
    """A card's grounding from its cache entry (None if there is none, or it is not one)."""
    if entry is None:
        return None
    try:
        problems, evidence = _list(entry) if len(_list(entry)) == 2 else _bad()
        found = tuple(_evidence_of(e) for e in _list(evidence))
        if len(found) != len(card.cites):
            raise _Bad
        return CardResult(deck, card, tuple(_problem_of(p, deck.display_path, card.line) for p in _list(problems)), found)
    except (_Bad, TypeError, ValueError):
        return None
