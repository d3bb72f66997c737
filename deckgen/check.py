"""``deckgen check`` as a library call: load every deck, ground every card, collect findings."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .decks import Deck, cycle_collector_paused, display, find_deck_files, load_deck
from .errors import DeckgenError
from .findings import Problem
from .grounding import CardResult, SourceIndex, check_deck


@dataclass(frozen=True)
class FileResult:
    """What checking one deck file found: its cards' results, or why it could not be read."""

    path: str
    deck: Deck | None = None
    cards: tuple[CardResult, ...] = ()
    problems: tuple[Problem, ...] = ()  # about the file as a whole (invalid, stale lock, lint)
    index: SourceIndex | None = field(default=None, compare=False, repr=False)

    @property
    def invalid(self) -> bool:
        return self.deck is None

    def all_problems(self) -> list[Problem]:
        out = list(self.problems)
        for r in self.cards:
            out.extend(r.problems)
        return sorted(out, key=lambda p: (p.line, p.col, p.code))


@dataclass(frozen=True)
class CheckReport:
    files: tuple[FileResult, ...]

    def problems(self) -> list[Problem]:
        return [p for f in self.files for p in f.all_problems()]

    def errors(self) -> list[Problem]:
        return [p for p in self.problems() if p.severity == "error"]

    def warnings(self) -> list[Problem]:
        return [p for p in self.problems() if p.severity == "warning"]

    def success(self, strict: bool = False) -> bool:
        return not self.errors() and not (strict and self.warnings())

    @property
    def cards(self) -> list[CardResult]:
        return [r for f in self.files for r in f.cards]


def invalid(error: DeckgenError, path: Path) -> FileResult:
    name = error.path or display(path)
    problem = Problem("DG001", name, error.line or 1, error.col or 1, error.message)
    return FileResult(display(path), problems=(problem,))


def check_file(path: Path, lock: bool = True) -> FileResult:
    """Check one deck file; never raises for bad input (it becomes a DG001 finding)."""
    try:
        deck = load_deck(path)
        index = SourceIndex(deck.source.text)
        results = tuple(check_deck(deck, index))
        index.release()  # every cite is located: free the index before the notes are rendered
    except DeckgenError as e:
        return invalid(e, path)
    problems: list[Problem] = []
    from .lint import lint_deck

    # Cards whose cite was found had their answer parsed by grounding already.
    parsed = frozenset(r.card.id for r in results if not any(p.code == "DG101" for p in r.problems))
    problems.extend(lint_deck(deck, parsed))
    if lock and all(r.status == "grounded" for r in results):
        from .build import lock_problem

        try:
            stale = lock_problem(deck, list(results))
        except DeckgenError as e:
            return FileResult(display(path), deck, results, (Problem("DG001", e.path or deck.display_path, e.line or 1, e.col or 1, e.message),), index)
        if stale is not None:
            problems.append(stale)
    return FileResult(display(path), deck, results, tuple(problems), index)


def run_check(paths: list[str] | tuple[str, ...], lock: bool = True, progress=None) -> CheckReport:
    """Check every deck named by ``paths`` (files or folders).

    ``progress(done, total, label)``, if given, is told as each file is done.
    """
    files = find_deck_files(paths)
    results = []
    with cycle_collector_paused():
        for n, path in enumerate(files):
            if progress:
                progress(n, len(files), f"checking {display(path)}")
            results.append(check_file(path, lock))
    return CheckReport(tuple(results))
