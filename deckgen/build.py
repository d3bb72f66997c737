"""``deckgen build`` as a library call: check, then write one .apkg per deck and keep its lock."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .check import CheckReport, run_check
from .decks import Deck, cycle_collector_paused
from .errors import DeckgenError
from .findings import Problem
from .grounding import CardResult
from .lock import Changes, Lock, advance, compare, lock_path, read_lock, write_atomic
from .package import note_specs, note_type_hash, write_apkg


@dataclass(frozen=True)
class Built:
    deck: Deck
    path: Path
    cards: int
    changes: Changes
    lock: Lock


@dataclass(frozen=True)
class BuildReport:
    check: CheckReport
    built: tuple[Built, ...]

    @property
    def success(self) -> bool:
        return self.check.success() and bool(self.built or not self.check.files)


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


def lock_problem(deck: Deck, results: list[CardResult]) -> Problem | None:
    """DG002 when the committed lock does not match what the deck renders to."""
    specs = note_specs(deck, results)
    path = lock_path(deck.path)
    lock = read_deck_lock(deck)
    changes = compare(lock, note_type_hash(), {s.card.id: s.hash for s in specs})
    if lock is not None and changes.empty:
        return None
    what = describe(changes) if lock is not None else "missing"
    return Problem(
        "DG002",
        deck.display_path,
        1,
        1,
        f"lock file {path.name} is {'stale' if what != 'missing' else 'missing'} ({what}); "
        "run 'deckgen build' and commit the lock file",
    )


def describe(changes: Changes) -> str:
    parts = [f"{len(v)} {k}" for k, v in (("added", changes.added), ("changed", changes.changed), ("removed", changes.removed)) if v]
    if changes.note_type_changed:
        parts.append("note type changed")
    return ", ".join(parts) or "up to date"


def run_build(paths, out_dir: Path, now: int | None = None, progress=None) -> BuildReport:
    """Check all decks; if every one passes, write each .apkg, then its lock."""
    with cycle_collector_paused():
        return _build(paths, out_dir, now, progress)


def _build(paths, out_dir: Path, now: int | None, progress) -> BuildReport:
    report = run_check(paths, lock=False, progress=progress)
    if not report.success():
        return BuildReport(report, ())
    built = []
    for f in report.files:
        assert f.deck is not None
        deck = f.deck
        if progress:
            progress(len(built), len(report.files), f"building {deck.id}.apkg")
        specs = note_specs(deck, list(f.cards))
        path = lock_path(deck.path)
        old = read_deck_lock(deck)
        hashes = {s.card.id: s.hash for s in specs}
        changes = compare(old, note_type_hash(), hashes)
        lock = advance(old, deck.id, note_type_hash(), hashes, now)
        target = out_dir / f"{deck.id}.apkg"
        try:
            write_apkg(target, deck, specs, lock)
        except OSError as e:
            raise DeckgenError(f"cannot write {target}: {e.strerror or e}") from None
        if old != lock:
            try:
                write_atomic(path, lock.to_json().encode("utf-8"))
            except OSError as e:
                raise DeckgenError(f"cannot write the lock file {path}: {e.strerror or e}") from None
        built.append(Built(deck, target, len(specs), changes, lock))
    if progress:
        progress(len(built), len(report.files), "built")
    return BuildReport(report, tuple(built))
