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
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Iterator

from .decks import Deck
from .errors import DeckgenError
from .render import NoteSpec, note_type_hash

LOCK_VERSION = 1


@dataclass(frozen=True)
class Entry:
    hash: str
    mod: int  # seconds since the epoch: when this content first appeared


@dataclass(frozen=True)
class Lock:
    deck: str
    note_type: str  # hash of fields, templates and CSS: a change is a deliberate step
    cards: dict[str, Entry] = field(default_factory=dict)
    # When the note type last changed. Anki updates a note type (its CSS and
    # templates) only when the package's is newer, as with notes.
    note_type_mod: int = 0

    def to_json(self) -> str:
        data = {
            "version": LOCK_VERSION,
            "deck": self.deck,
            "note_type": self.note_type,
            "note_type_mod": self.note_type_mod,
            "cards": {cid: {"hash": e.hash, "mod": e.mod} for cid, e in sorted(self.cards.items())},
        }
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


@dataclass(frozen=True)
class Changes:
    added: tuple[str, ...]
    changed: tuple[str, ...]
    removed: tuple[str, ...]
    note_type_changed: bool

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.removed or self.note_type_changed)


def lock_path(deck_path: Path) -> Path:
    """``cards/h20.yaml`` -> ``cards/h20.lock.json``."""
    return deck_path.with_name(deck_path.stem + ".lock.json")


def read_lock(path: Path) -> Lock | None:
    """The lock at ``path``, or None if there is none yet."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as e:
        raise DeckgenError(f"lock file is unreadable ({e}); delete it and run 'deckgen build'", str(path)) from None
    return parse_lock(text, str(path))


def parse_lock(text: str, where: str) -> Lock:
    """A lock from its JSON text; ``where`` names it in errors (a path, or REV:path)."""
    try:
        data = json.loads(text)
    except ValueError as e:
        raise DeckgenError(f"lock file is unreadable ({e}); delete it and run 'deckgen build'", where) from None
    path = where
    try:
        cards = {cid: Entry(str(e["hash"]), int(e["mod"])) for cid, e in data["cards"].items()}
        latest = max((e.mod for e in cards.values()), default=0)
        return Lock(str(data["deck"]), str(data["note_type"]), cards, int(data.get("note_type_mod", latest)))
    except (KeyError, TypeError, ValueError, AttributeError):
        raise DeckgenError("lock file is malformed; delete it and run 'deckgen build'", str(path)) from None


def read_deck_lock(deck: Deck) -> Lock | None:
    """The deck's lock; refuse one written for another deck id.

    A changed deck id gives every note a new identity: learners would get a
    second copy of every card.
    """
    path = lock_path(deck.path)
    lock = read_lock(path)
    if lock is not None and lock.deck != deck.id:
        raise DeckgenError(
            f"deck id changed from '{lock.deck}' (in {path.name}) to '{deck.id}': learners would get a second copy "
            "of every card; restore the old id, or delete the lock file to start a new deck",
            deck.display_path,
            1,
            1,
        )
    return lock


@dataclass(frozen=True)
class LockState:
    """A deck's notes compared with its committed lock: what the next build records."""

    path: Path
    deck_id: str
    lock: Lock | None  # None: no lock file yet
    changes: Changes
    hashes: dict[str, str]  # card id -> hash of the note it renders to now

    @property
    def current(self) -> bool:
        return self.lock is not None and self.changes.empty

    def describe(self) -> str:
        """One wording for a missing lock and a stale one: what the next build records."""
        what = describe(self.changes)
        return f"lock file {self.path.name} is out of date ({'no lock file yet; ' if self.lock is None else ''}{what})"

    def advance(self, now: int | None = None) -> Lock:
        """The lock the next build writes."""
        return advance(self.lock, self.deck_id, note_type_hash(), self.hashes, now)


def lock_state(deck: Deck, notes: list[NoteSpec]) -> LockState:
    """``deck``'s notes compared with its committed lock (refused if written for another deck)."""
    return compare_notes(read_deck_lock(deck), deck, notes)


def compare_notes(lock: Lock | None, deck: Deck, notes: list[NoteSpec]) -> LockState:
    """The one comparison of rendered notes with a lock: check, build, diff and init use it."""
    hashes = {n.card.id: n.hash for n in notes}
    return LockState(lock_path(deck.path), deck.id, lock, compare(lock, note_type_hash(), hashes), hashes)


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


def advance(lock: Lock | None, deck_id: str, note_type: str, hashes: dict[str, str], now: int | None = None) -> Lock:
    """The lock after this build: unchanged cards keep their time, others get a newer one."""
    now = int(time.time()) if now is None else now
    old = lock.cards if lock else {}
    # Strictly newer than anything this deck has shipped, so Anki sees every
    # changed note as newer even if the clock went backwards.
    fresh = max([now, *(e.mod + 1 for e in old.values())])
    cards = {}
    for cid, h in hashes.items():
        prev = old.get(cid)
        cards[cid] = prev if prev is not None and prev.hash == h else Entry(h, fresh)
    same_type = lock is not None and lock.note_type == note_type
    type_mod = lock.note_type_mod if same_type and lock is not None else max(fresh, lock.note_type_mod + 1 if lock else 0)
    return Lock(deck_id, note_type, cards, type_mod)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new, never half."""
    with atomic_file(path) as f:
        f.write(data)


@contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """A file to write ``path`` through: it replaces ``path`` only when the block ends without error.

    Written beside the target, flushed to disk, then renamed over it; on any
    error (or Ctrl-C) it is removed and the old file stays as it was.
    """
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the usual mode
        with os.fdopen(fd, "w+b") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
