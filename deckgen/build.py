"""``deckgen build`` as a library call: check, then write one .apkg per deck and keep its lock."""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterator

from .check import CheckReport, FileResult, check_files, collisions
from .decks import Deck, cycle_collector_paused, find_deck_files
from .errors import DeckgenError
from .lock import Changes, Lock, Staged, staged
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
    # Nothing is put in place until every deck is checked and written: each
    # .apkg and lock is written beside its target as soon as its deck passes
    # (so that its notes are freed before the next deck is checked: decks built
    # together are never all held at once; nor are their folded sources, about
    # 7 bytes a source character, which a build does not keep at all), and only
    # when every deck passed and every file is written are they renamed into
    # place. A failure changes nothing.
    files = find_deck_files(paths)
    results: list[FileResult] = []
    built: list[Built] = []
    with folders_kept_only_if_built(out_dir) as written, staged() as stage:
        for f in check_files(files, locked, progress, True, cache, sources=False):
            results.append(f)
            if len(built) == len(results) - 1 and CheckReport((collisions(results)[-1],)).success(building=True):
                if progress:
                    progress(len(built), len(files), f"building {f.deck.id}.apkg")
                built.append(_write(stage, f, out_dir, now))
                results[-1] = replace(f)  # written: its notes need not wait for the next deck
        report = CheckReport(tuple(collisions(results)))
        if not report.success(building=True) or len(built) < len(results):
            stage.discard()
            return BuildReport(report, ())
        try:
            stage.commit()
        except OSError as e:
            raise DeckgenError(f"cannot put the built files in place: {e.strerror or e}") from None
        written.append(True)
    if progress:
        progress(len(built), len(built), "built")
    return BuildReport(report, tuple(built))


@contextmanager
def folders_kept_only_if_built(out_dir: Path) -> Iterator[list]:
    """The output folders a build creates, removed again (if still empty) unless it appends to the list it is given.

    Decks are written as they pass, so a build that fails on a later deck has
    made ``out_dir`` already: it must not stay behind when nothing was built.
    """
    made = [p for p in (out_dir, *out_dir.parents) if not p.exists()]  # deepest first
    done: list = []
    try:
        yield done
    finally:
        if not done:
            for p in made:
                try:
                    p.rmdir()
                except OSError:
                    break


def _write(stage: Staged, f: FileResult, out_dir: Path, now: int | None) -> Built:
    """Write ``f``'s .apkg (and its lock, if the build changes it) into ``stage``."""
    lock = f.lock.advance(now)
    if lock == f.lock.lock:  # the steady state: keep one of the two equal locks until the report, not both
        lock = f.lock.lock
    b = Built(f.deck, out_dir / f"{f.deck.id}.apkg", len(f.notes), f.lock.changes, lock)
    try:
        write_apkg(b.path, b.deck, list(f.notes), b.lock, opener=stage.file)
    except OSError as e:
        raise DeckgenError(f"cannot write {b.path}: {e.strerror or e}") from None
    if f.lock.lock != b.lock:
        try:
            with stage.file(f.lock.path) as out:
                b.lock.write_json(out)
        except OSError as e:
            raise DeckgenError(f"cannot write the lock file {f.lock.path}: {e.strerror or e}") from None
    return b
