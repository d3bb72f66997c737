"""``deckgen build`` as a library call: check, then write one .apkg per deck and keep its lock."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .check import CheckReport, run_check
from .decks import Deck, cycle_collector_paused
from .errors import DeckgenError
from .lock import Changes, Lock, write_atomic
from .package import write_apkg


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
        return self.check.success(building=True) and bool(self.built or not self.check.files)


def run_build(paths, out_dir: Path, now: int | None = None, progress=None, locked: bool = False) -> BuildReport:
    """Check all decks; if every one passes, write each .apkg, then its lock.

    With ``locked`` a lock the build would change is an error (DG002) and nothing is written.
    """
    with cycle_collector_paused():
        return _build(paths, out_dir, now, progress, locked)


def _build(paths, out_dir: Path, now: int | None, progress, locked: bool) -> BuildReport:
    report = run_check(paths, locked=locked, progress=progress)
    if not report.success(building=True):
        return BuildReport(report, ())
    built = []
    for f in report.files:
        assert f.deck is not None and f.lock is not None
        deck, state = f.deck, f.lock
        if progress:
            progress(len(built), len(report.files), f"building {deck.id}.apkg")
        lock = state.advance(now)
        target = out_dir / f"{deck.id}.apkg"
        try:
            write_apkg(target, deck, list(f.notes), lock)
        except OSError as e:
            raise DeckgenError(f"cannot write {target}: {e.strerror or e}") from None
        if state.lock != lock:
            try:
                write_atomic(state.path, lock.to_json().encode("utf-8"))
            except OSError as e:
                raise DeckgenError(f"cannot write the lock file {state.path}: {e.strerror or e}") from None
        built.append(Built(deck, target, len(f.notes), state.changes, lock))
    if progress:
        progress(len(built), len(report.files), "built")
    return BuildReport(report, tuple(built))
