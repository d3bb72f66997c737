"""The lock file: per card, what it renders to and when that content first appeared.

Anki's importer updates an existing note only when the package's note
modification time is newer than the collection's. So a card whose content did
not change must keep its old time (Anki skips it and the learner's own edits
survive), and a changed card must get a strictly larger one (Anki updates it).
The lock, committed beside the deck, is where those times live; it also makes
builds reproducible, since nothing else in the package depends on the clock.
"""

from __future__ import annotations

import json
import os
import re
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Iterator, NamedTuple

from .deckformat import shown
from .decks import SLUG, Deck, display
from .errors import DeckgenError
from .files import FIX, MAX_LOCK_BYTES, lock_bytes, lock_path, stops_held  # noqa: F401 - importable from here as before
from .grounding import CardResult
from .patterns import lazy
from .render import NoteSpec, note_type_hash
from .revisions import Recorded, fingerprint

LOCK_VERSION = 1


class Entry(NamedTuple):  # a named tuple: @dataclass costs start-up time
    hash: str
    mod: int  # seconds since the epoch: when this content first appeared
    # Where each of the card's cites was found (a lock written before deckgen
    # recorded this has none: no revision of the source can be told then).
    cites: tuple[Recorded, ...] = ()
    source: str = ""  # the id of the source they were found in ("" : the one-source form's)

    def to_json(self) -> dict:
        out: dict = {"hash": self.hash, "mod": self.mod}
        if self.source:
            out["source"] = self.source
        if self.cites:
            out["cites"] = [str(r) for r in self.cites]
        return out


class SourceRecord(NamedTuple):  # a named tuple: @dataclass costs start-up time
    """A source as the lock last saw it: a different SHA-256 now is a revision not yet recorded."""

    id: str  # "" for the one-source form's source without an id
    file: str  # as the deck names it
    sha256: str

    def to_json(self) -> dict:
        return {**({"id": self.id} if self.id else {}), "file": self.file, "sha256": self.sha256}


@dataclass(frozen=True)
class Lock:
    deck: str
    note_type: str  # hash of fields, templates and CSS: a change is a deliberate step
    cards: dict[str, Entry] = field(default_factory=dict)
    # When the note type last changed. Anki updates a note type (its CSS and
    # templates) only when the package's is newer, as with notes.
    note_type_mod: int = 0
    sources: tuple[SourceRecord, ...] = ()  # none in a lock written before deckgen recorded them

    def to_json(self) -> str:
        return "".join(self._json_chunks())

    def write_json(self, out: BinaryIO) -> None:
        """Write ``to_json()`` to ``out`` as UTF-8, a piece at a time: the lock of 100,000
        cards as one string (and its encoding, and the pieces it was joined from) was the
        peak of a first build's memory."""
        piece: list[str] = []
        size = 0
        for chunk in self._json_chunks():
            piece.append(chunk)
            size += len(chunk)
            if size >= 1 << 16:
                out.write("".join(piece).encode("utf-8"))
                piece, size = [], 0
        out.write("".join(piece).encode("utf-8"))

    def _json_chunks(self) -> Iterator[str]:
        """The lock file's text in pieces: what ``json.dumps(data, ensure_ascii=False, indent=1)``
        joins (with an indent, ``json`` encodes in Python, through this same iterator)."""
        data: dict = {
            "version": LOCK_VERSION,
            "deck": self.deck,
            "note_type": self.note_type,
            "note_type_mod": self.note_type_mod,
        }
        if self.sources:
            data["sources"] = [s.to_json() for s in self.sources]
        data["cards"] = {cid: e.to_json() for cid, e in sorted(self.cards.items())}
        yield from json.JSONEncoder(ensure_ascii=False, indent=1, sort_keys=False).iterencode(data)
        yield "\n"

    def source(self, id: str) -> SourceRecord | None:
        return next((s for s in self.sources if s.id == id), None)


class Changes(NamedTuple):  # a named tuple: @dataclass costs start-up time
    added: tuple[str, ...]
    changed: tuple[str, ...]
    removed: tuple[str, ...]
    note_type_changed: bool

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.removed or self.note_type_changed)


# What a lock may hold, so that nothing read from one can crash a build or
# reach Anki out of range. Times are whole seconds from 1970 up to the last
# second of year 9999: the range Anki (and Python's datetime) can show as a
# date, and far inside SQLite's 64-bit integers even after genanki multiplies
# the package's time by 1000 for note and card ids.
MAX_MOD = 253_402_300_799
_HASH = lazy(r"[0-9A-Za-z]{1,64}\Z")
_SHA256 = lazy(r"[0-9a-f]{64}\Z")
# A line git's merge writes into a file both branches changed: the lock after two authors each built.
_CONFLICT_RE = lazy(r"^<{7}(?: |$)", re.MULTILINE)


def read_lock(path: Path) -> Lock | None:
    """The lock at ``path``, or None if there is none yet.

    Read as a deck is read: a regular file (never a FIFO or a device), within a
    size limit, inside the deck's folder or the working folder; every value
    checked. Errors are ``DeckgenError`` at ``path:1:1``.
    """
    data = lock_bytes(path)
    return None if data is None else lock_of_bytes(data, display(Path(path)))


def lock_of_bytes(data: bytes, name: str) -> Lock:
    """The lock in ``data`` (a lock file's bytes); errors name it ``name``."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise DeckgenError(f"lock file is unreadable (it is not UTF-8); {FIX}", name, 1, 1) from None
    return parse_lock(text, name)


def parse_lock(text: str, where: str) -> Lock:
    """A lock from its JSON text, every value checked; ``where`` names it in errors (a path, or REV:path)."""

    def error(message: str) -> DeckgenError:
        return DeckgenError(message, where, 1, 1)

    try:
        # NaN and Infinity are not JSON: refuse them rather than read a float
        value = json.loads(text, parse_constant=_not_json)
    except (ValueError, RecursionError):
        conflict = _CONFLICT_RE.search(text)
        if conflict:  # deleting it would give every card a new time, and Anki would replace learners' edits
            raise DeckgenError(
                "lock file has unresolved merge conflict markers (<<<<<<<); do not delete it: keep either side "
                f"(git checkout --ours {where}) and run 'deckgen build', which records the merged deck's cards "
                "and keeps the time of every card that neither side changed", where, text.count("\n", 0, conflict.start()) + 1, 1) from None
        raise error(f"lock file is unreadable (it is not valid JSON); {FIX}") from None
    try:
        return _lock_of(value)
    except _Malformed as e:
        raise error(f"lock file is malformed: {e}; {FIX}") from None


class _Malformed(Exception):
    """What is wrong with a parsed lock (the message, without the file)."""


def _not_json(constant: str):
    raise ValueError(constant)


def _lock_of(data: object) -> Lock:

    if not isinstance(data, dict):
        raise _Malformed("it is not a JSON object")
    if data.get("version", LOCK_VERSION) != LOCK_VERSION:
        raise _Malformed(f"it is version {_short(data.get('version'))}, this deckgen reads version {LOCK_VERSION}")
    for key in ("deck", "note_type", "cards"):
        if key not in data:
            raise _Malformed(f"'{key}' is missing")
    deck, note_type, raw = data["deck"], data["note_type"], data["cards"]
    if not (isinstance(deck, str) and SLUG.match(deck)):
        raise _Malformed("'deck' is not a deck id")
    if not (isinstance(note_type, str) and _HASH.match(note_type)):
        raise _Malformed("'note_type' is not a hash")
    if not isinstance(raw, dict):
        raise _Malformed("'cards' is not an object of card ids")
    cards = {}
    for cid, e in raw.items():
        if not SLUG.match(cid):
            raise _Malformed("a key of 'cards' is not a card id")
        if not isinstance(e, dict) or not isinstance(e.get("hash"), str) or not _HASH.match(e["hash"]):
            raise _Malformed(f"card '{cid}' has no hash")
        cards[cid] = Entry(e["hash"], _seconds(e.get("mod"), f"card '{cid}' mod"), *_evidence(cid, e))
    latest = max((e.mod for e in cards.values()), default=0)
    type_mod = _seconds(data["note_type_mod"], "'note_type_mod'") if "note_type_mod" in data else latest
    return Lock(deck, note_type, cards, type_mod, _sources(data.get("sources", [])))


def _evidence(cid: str, e: dict) -> tuple[tuple[Recorded, ...], str]:
    """Where a card's cites were found, and in which source (none in a lock from before deckgen recorded them)."""

    cites, source = e.get("cites", []), e.get("source", "")
    if not isinstance(cites, list) or not all(isinstance(c, str) for c in cites):
        raise _Malformed(f"card '{cid}' cites is not a list of records")
    if not isinstance(source, str) or source and not SLUG.match(source):
        raise _Malformed(f"card '{cid}' source is not a source id")
    try:
        return tuple(Recorded.parse(c) for c in cites), source
    except ValueError:
        raise _Malformed(f"card '{cid}' has a cite record that is not line:paragraph:start-end:fingerprint") from None


def _sources(raw: object) -> tuple[SourceRecord, ...]:

    if not isinstance(raw, list):
        raise _Malformed("'sources' is not a list")
    out = []
    for s in raw:
        if not isinstance(s, dict) or not isinstance(s.get("file"), str) or not isinstance(s.get("sha256"), str):
            raise _Malformed("a source has no file or sha256")
        sid = s.get("id", "")
        if not isinstance(sid, str) or sid and not SLUG.match(sid) or not _SHA256.match(s["sha256"]):
            raise _Malformed("a source's id or sha256 is not one")
        out.append(SourceRecord(sid, s["file"], s["sha256"]))
    return tuple(out)


def _seconds(value: object, what: str) -> int:
    """A time in the lock: a JSON integer from 0 to MAX_MOD (not a float, a string or a bool)."""
    if type(value) is not int or not 0 <= value <= MAX_MOD:
        raise _Malformed(f"{what} is {_short(value)}, not a whole number of seconds from 0 to {MAX_MOD}")
    return value


def _short(value: object) -> str:
    """A value read from a lock, for a message: short, and only digits, letters and punctuation."""
    text = json.dumps(value) if type(value) in (int, float, str, bool) or value is None else type(value).__name__
    return text if len(text) <= 24 else text[:24] + "…"


def read_deck_lock(deck: Deck) -> Lock | None:
    """The deck's lock; refuse one written for another deck id.

    A changed deck id gives every note a new identity: learners would get a
    second copy of every card.
    """
    path = lock_path(deck.path)
    lock = read_lock(path)
    if lock is not None and lock.deck != deck.id:
        line, col = _id_written(deck)
        raise DeckgenError(
            f"deck id changed from '{lock.deck}' (in {path.name}) to '{deck.id}': learners would get a second copy "
            "of every card; restore the old id, or, if no one has the deck yet, delete the lock file to start a new deck",
            deck.display_path,
            line,
            col,
        )
    return lock


def _id_written(deck: Deck) -> tuple[int, int]:
    """Where the deck file writes the deck's id (its first ``id:`` line with that value), for the message; else 1:1."""
    try:
        text = deck.path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return 1, 1
    m = re.search(r"(?m)^[ \t]*id:[ \t]*([\"']?)" + re.escape(deck.id) + r"\1[ \t]*(?:#.*)?$", text)
    if m is None:
        return 1, 1
    return text.count("\n", 0, m.start()) + 1, m.start(1) - (text.rfind("\n", 0, m.start()) + 1) + 1


class LockState(NamedTuple):  # a named tuple: @dataclass costs start-up time
    """A deck's notes compared with its committed lock: what the next build records."""

    path: Path
    deck_id: str
    lock: Lock | None  # None: no lock file yet
    changes: Changes
    hashes: dict[str, str]  # card id -> hash of the note it renders to now
    sources: tuple[SourceRecord, ...]  # the deck's sources as they are now
    cites: dict[str, tuple[str, tuple[Recorded, ...]]]  # card id -> (source id, where its cites are now)
    revised: tuple[str, ...]  # the sources whose text differs from the lock's record, as messages name them

    @property
    def current(self) -> bool:
        return self.lock is not None and self.changes.empty and not self.revised

    def describe(self) -> str:
        """One wording for a missing lock and a stale one: what the next build records."""
        what = describe(self.changes)
        if self.revised:
            revised = f"source {', '.join(self.revised)} revised since the lock"
            what = revised if what == "up to date" else f"{what}, {revised}"
        return f"lock file {self.path.name} is out of date ({'no lock file yet; ' if self.lock is None else ''}{what})"

    def advance(self, now: int | None = None) -> Lock:
        """The lock the next build writes."""
        return advance(self.lock, self.deck_id, note_type_hash(), self.hashes, now, self.sources, self.cites)


def lock_state(deck: Deck, notes: list[NoteSpec], results=None) -> LockState:
    """``deck``'s notes compared with its committed lock (refused if written for another deck)."""
    return compare_notes(read_deck_lock(deck), deck, notes, results)


def compare_notes(lock: Lock | None, deck: Deck, notes: list[NoteSpec], results: list[CardResult] | None = None) -> LockState:
    """The one comparison of rendered notes with a lock: check, build, diff and init use it.

    With the cards' grounding ``results``, the sources are compared too: one
    whose SHA-256 differs from the lock's is a revision the next build records
    (a lock without source records, written before deckgen kept them, has no
    revision to tell: it stays current).
    """
    return compare_hashes(lock, deck, {n.card.id: n.hash for n in notes}, results)


def compare_hashes(lock: Lock | None, deck: Deck, hashes: dict[str, str], results: list[CardResult] | None = None) -> LockState:
    """``compare_notes`` with each card's note hash already known (the check cache keeps them, not the notes)."""
    sources: tuple[SourceRecord, ...] = ()
    cites: dict[str, tuple[str, tuple[Recorded, ...]]] = {}
    revised: list[str] = []
    if results is not None:
        sources = tuple(SourceRecord(s.id, s.written, s.sha256) for s in deck.sources)
        for s, now in zip(deck.sources, sources):
            was = lock.source(s.id) if lock is not None else None
            if was is not None and was.sha256 != now.sha256:
                revised.append(shown(s.label))
        cites = {r.card.id: recorded(r) for r in results}
    changes = compare(lock, note_type_hash(), hashes)
    return LockState(lock_path(deck.path), deck.id, lock, changes, hashes, sources, cites, tuple(revised))


def recorded(result: CardResult) -> tuple[str, tuple[Recorded, ...]]:
    """What the lock records of where a card's cites were found: its source's id and each cite's place."""
    card = result.card
    found = tuple(
        Recorded(fingerprint(cite), e.line, e.paragraph, e.start, e.end) for cite, e in zip(card.cites, result.evidence) if e is not None
    )
    return result.deck.source_of(card).id, found


def recorded_by_card(lock: Lock | None, deck: Deck) -> dict[str, dict[str, Recorded]]:
    """Card id -> the lock's records of its cites, by fingerprint, where they are of the card's source now."""
    if lock is None:
        return {}
    out = {}
    for card in deck.cards:
        entry = lock.cards.get(card.id)
        if entry is not None and entry.cites and entry.source == deck.source_of(card).id:
            out[card.id] = {r.fingerprint: r for r in entry.cites}
    return out


def describe(changes: Changes) -> str:
    parts = [f"{len(v)} {k}" for k, v in (("added", changes.added), ("changed", changes.changed), ("removed", changes.removed)) if v]
    if changes.note_type_changed:
        parts.append("note type changed")
    return ", ".join(parts) or "up to date"


def compare(lock: Lock | None, note_type: str, hashes: dict[str, str]) -> Changes:
    old = lock.cards if lock else {}
    return Changes(
        added=tuple(c for c in hashes if c not in old),
        changed=tuple(c for c in hashes if c in old and old[c].hash != hashes[c]),
        removed=tuple(c for c in old if c not in hashes),
        note_type_changed=lock is not None and lock.note_type != note_type,
    )


def advance(
    lock: Lock | None,
    deck_id: str,
    note_type: str,
    hashes: dict[str, str],
    now: int | None = None,
    sources: tuple[SourceRecord, ...] = (),
    cites: dict[str, tuple[str, tuple[Recorded, ...]]] | None = None,
) -> Lock:
    """The lock after this build: unchanged cards keep their time, others get a newer one;
    the sources and where each card's cites are, as they are now."""
    now = int(time.time()) if now is None else now
    old = lock.cards if lock else {}
    # Strictly newer than anything this deck has shipped, so Anki sees every
    # changed note as newer even if the clock went backwards.
    fresh = max([now, *(e.mod + 1 for e in old.values())])
    cards = {}
    where = cites or {}
    for cid, h in hashes.items():
        prev = old.get(cid)
        source, found = where.get(cid, ("", ()))
        cards[cid] = Entry(h, prev.mod if prev is not None and prev.hash == h else fresh, found, source)
    same_type = lock is not None and lock.note_type == note_type
    type_mod = lock.note_type_mod if same_type and lock is not None else max(fresh, lock.note_type_mod + 1 if lock else 0)
    return Lock(deck_id, note_type, cards, type_mod, tuple(sources))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: bytes, durable: bool = True) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new, never half.

    ``durable``: on disk before it is renamed into place (a cache, rebuilt if lost, need not wait for that)."""
    with atomic_file(path, durable) as f:
        f.write(data)


class Staged:
    """Files written beside their targets first, then all renamed over them at once.

    A build writes every deck's .apkg and lock: any failure before the renames
    (a full disk, an error in a later deck, Ctrl-C, SIGTERM) removes every
    temporary file and leaves every old file as it was.
    """

    def __init__(self) -> None:
        self.pending: list[tuple[str, Path]] = []  # (temporary file, target)

    @contextmanager
    def file(self, path: Path, durable: bool = True) -> Iterator[BinaryIO]:
        """A new file for ``path``, renamed over it when the whole set is committed
        (flushed to disk first, unless not ``durable``: a cache)."""
        import tempfile

        with stops_held():  # (made and recorded for discard() as one step)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            self.pending.append((tmp, path))
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the usual mode
        with os.fdopen(fd, "w+b") as f:
            yield f
            f.flush()
            if durable:
                os.fsync(f.fileno())

    def commit(self) -> None:
        for tmp, path in self.pending:
            os.replace(tmp, path)
        self.pending.clear()

    def discard(self) -> None:
        for tmp, _ in self.pending:
            try:
                os.unlink(tmp)
            except FileNotFoundError:
                pass
        self.pending.clear()


@contextmanager
def staged() -> Iterator[Staged]:
    """All-or-nothing writes: every file of the block replaces its target at the end, or none does."""
    stage = Staged()
    try:
        yield stage
        stage.commit()
    except BaseException:
        stage.discard()
        raise


@contextmanager
def atomic_file(path: Path, durable: bool = True) -> Iterator[BinaryIO]:
    """A file to write ``path`` through: it replaces ``path`` only when the block ends without error.

    Written beside the target, flushed to disk, then renamed over it; on any
    error (or Ctrl-C) it is removed and the old file stays as it was. A set of
    one file, written as ``staged`` writes a build's.
    """
    with staged() as stage, stage.file(path, durable) as f:
        yield f
