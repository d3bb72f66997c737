"""``deckgen build`` as a library call: check, then write one .apkg per deck and keep its lock."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .check import CheckReport, run_check
from .decks import Deck, cycle_collector_paused
from .errors import DeckgenError
from .lock import Changes, Lock, staged
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


def run_build(paths, out_dir: Path, now: int | None = None, progress=None, locked: bool = False, cache=None) -> BuildReport:
    """Check all decks; if every one passes, write each .apkg, then its lock.

    With ``locked`` a lock the build would change is an error (DG002) and nothing is written.
    ``cache``: the check's cache (``check.run_check``).
    """
    with cycle_collector_paused():
        return _build(paths, out_dir, now, progress, locked, cache)


def _build(paths, out_dir: Path, now: int | None, progress, locked: bool, cache) -> BuildReport:
    report = run_check(paths, locked=locked, progress=progress, cache=cache)
    if not report.success(building=True):
        return BuildReport(report, ())
    # Everything is decided before anything is written: every deck checked, every
    # lock advanced. Then every file is written beside its target, and only when
    # all are written are they renamed into place: a failure changes nothing.
    built = [Built(f.deck, out_dir / f"{f.deck.id}.apkg", len(f.notes), f.lock.changes, f.lock.advance(now)) for f in report.files]
    with staged() as stage:
        for n, (f, b) in enumerate(zip(report.files, built)):
            if progress:
                progress(n, len(built), f"building {b.path.name}")
            try:
                write_apkg(b.path, b.deck, list(f.notes), b.lock, opener=stage.file)
            except OSError as e:
                raise DeckgenError(f"cannot write {b.path}: {e.strerror or e}") from None
            if f.lock.lock != b.lock:
                try:
                    with stage.file(f.lock.path) as out:
                        out.write(b.lock.to_json().encode("utf-8"))
                except OSError as e:
                    raise DeckgenError(f"cannot write the lock file {f.lock.path}: {e.strerror or e}") from None
        try:
            stage.commit()
        except OSError as e:
            raise DeckgenError(f"cannot put the built files in place: {e.strerror or e}") from None
    if progress:
        progress(len(built), len(built), "built")
    return BuildReport(report, tuple(built))
