"""``deckgen check`` as a library call: load every deck, ground every card, collect findings."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, NamedTuple

from .decks import Deck, cycle_collector_paused, display, find_deck_files, load_deck
from .errors import DeckgenError
from .findings import CODES, Problem, problem
from .grounding import CardResult, SourceIndex, check_deck, source_indexes
from .lint import lint_deck, lint_placeholders
from .lock import LockState, compare_hashes, compare_notes, lock_path, read_deck_lock, recorded_by_card
from .render import NoteSpec, note_specs

if TYPE_CHECKING:
    from .cache import CheckCache


@dataclass(frozen=True)
class FileResult:
    """What checking one deck file found: its cards' results, or why it could not be read."""

    path: str
    deck: Deck | None = None
    cards: tuple[CardResult, ...] = ()
    problems: tuple[Problem, ...] = ()  # about the file as a whole (invalid, stale lock, lint)
    # By source id ("" : the first); none in a result from the check cache, which folds no source.
    indexes: dict[str, SourceIndex] = field(default_factory=dict, compare=False, repr=False)
    # Once every card is grounded: their notes compared with the lock.
    lock: LockState | None = field(default=None, compare=False, repr=False)

    @cached_property
    def notes(self) -> tuple[NoteSpec, ...]:
        """The notes the cards render to, once they are compared with the lock (none before).

        The check renders them to compare them; a result from the check cache
        compared the hashes it kept, and renders them here when asked (a build).
        """
        if self.lock is None or self.deck is None:
            return ()
        return tuple(note_specs(self.deck, list(self.cards)))

    @property
    def index(self) -> SourceIndex | None:
        """The deck's first source, folded."""
        return self.indexes.get("")

    @property
    def invalid(self) -> bool:
        return self.deck is None

    def all_problems(self) -> list[Problem]:
        out = list(self.problems)
        for r in self.cards:
            out.extend(r.problems)
        return sorted(out, key=lambda p: (p.line, p.col, p.code))


class CheckReport(NamedTuple):  # a named tuple: @dataclass costs start-up time
    files: tuple[FileResult, ...]
    # The whole report, where ``only`` left some findings out: whether a card is grounded
    # is what the whole check found, whatever is shown.
    unfiltered: "CheckReport | None" = None

    def problems(self) -> list[Problem]:
        return [p for f in self.files for p in f.all_problems()]

    def errors(self) -> list[Problem]:
        return [p for p in self.problems() if p.severity == "error"]

    def warnings(self) -> list[Problem]:
        return [p for p in self.problems() if p.severity == "warning"]

    def success(self, strict: bool = False, building: bool = False) -> bool:
        """No errors; with ``strict`` no warnings; ``building``, none that stops a build (a placeholder)."""
        if self.errors() or (strict and self.warnings()):
            return False
        return not (building and any(CODES[p.code].blocks_build for p in self.warnings()))

    def silenced(self) -> list[tuple[Problem, str]]:
        """Warnings cards silence on purpose, each with the author's reason."""
        return [s for r in self.cards for s in r.silenced]

    def lock_updates(self) -> list[FileResult]:
        """The decks whose lock the next build will change (missing or out of date)."""
        return [f for f in self.files if f.lock is not None and not f.lock.current]

    @property
    def cards(self) -> list[CardResult]:
        return [r for f in self.files for r in f.cards]

    def only(self, select: tuple[str, ...] = (), ignore: tuple[str, ...] = ()) -> "CheckReport":
        """The report with only the findings whose code starts with a ``select`` prefix
        (all, if none) and none that start with an ``ignore`` prefix, as linters do.

        A deck file that cannot be read (DG001) is always reported: there is
        nothing to check in it, and passing it would hide every card."""
        if not select and not ignore:
            return self

        def keep(p: Problem) -> bool:
            return p.code == "DG001" or (not select or p.code.startswith(select)) and not p.code.startswith(ignore)

        files = []
        for f in self.files:
            cards = tuple(r._replace(problems=tuple(filter(keep, r.problems))) for r in f.cards)
            files.append(replace(f, cards=cards, problems=tuple(filter(keep, f.problems))))
        return CheckReport(tuple(files), self)


# Findings after which grounding did not parse the card's answer (its cite was not there to parse it against).
UNPARSED = frozenset(("DG101", "DG703", "DG704"))


def invalid(error: DeckgenError, path: Path) -> FileResult:
    name = error.path or display(path)
    return FileResult(display(path), problems=(problem("DG001", name, error.line or 1, error.col or 1, error.message),))


def settle(result: CardResult, warnings) -> CardResult:
    """The card's findings with its lint warnings, less the warnings the card silences (kept aside, with why)."""
    reasons = dict(result.card.silence)
    kept, silenced = [], []
    for p in (*result.problems, *warnings):
        if p.severity == "warning" and p.code in reasons:
            silenced.append((p, reasons[p.code]))
        else:
            kept.append(p)
    if not warnings and not silenced:
        return result
    return result._replace(problems=tuple(kept), silenced=tuple(silenced))


def check_file(path: Path, locked: bool = False, render: bool = True, cache: CheckCache | None = None, sources: bool = True) -> FileResult:
    """Check one deck file; never raises for bad input (it becomes a DG001 finding).

    Once every card is grounded the notes are rendered (unless ``render`` is
    off) and compared with the deck's lock, as cargo, npm and uv do: what the
    next build will record is reported (``FileResult.lock``), and only with
    ``locked`` (what CI runs) is a lock the build would change an error (DG002).

    With a ``cache`` (cache.py), an unchanged deck file's result is the one it
    kept, and only the cards whose content changed are grounded again.

    Without ``sources`` the result keeps no folded source (``FileResult.indexes``):
    a build needs none, and they are freed before the notes are rendered.
    """
    if cache is None:
        return _check_file(path, locked, render, check_deck, sources)
    hit = cache.lookup(path, locked, render)
    if hit is not None:
        state = None if hit.hashes is None else compare_hashes(hit.lock, hit.deck, hit.hashes, list(hit.cards))
        return FileResult(display(path), hit.deck, hit.cards, hit.problems, lock=state)
    key = cache.inputs(path, locked, render)
    result = _check_file(path, locked, render, cache.check_deck, sources)
    cache.store(path, key, locked, render, result)
    return result


def _check_file(path: Path, locked: bool, render: bool, ground, sources: bool = True) -> FileResult:
    """``check_file`` with ``ground(deck, indexes, recorded)`` grounding the deck's cards."""
    try:
        deck = shared_sources(load_deck(path))
    except DeckgenError as e:
        return invalid(e, path)
    try:
        lock, lock_error = read_deck_lock(deck), None
    except DeckgenError as e:  # reported once the cards are grounded, where a stale lock is
        lock, lock_error = None, e
    indexes = source_indexes(deck)
    results = tuple(ground(deck, indexes, recorded_by_card(lock, deck)))
    for index in indexes.values():
        index.release()  # every cite is located: free the index before the notes are rendered
    if not sources:
        indexes = {}
    # Cards whose cites were found (or whose revision changed no value) had their answer parsed by grounding already.
    parsed = frozenset(r.card.id for r in results if not any(p.code in UNPARSED for p in r.problems))
    warnings = lint_deck(deck, parsed)
    results = tuple(settle(r, warnings.get(r.card.id, ())) for r in results)
    problems: list[Problem] = lint_placeholders(deck)
    if not render or not all(r.status == "grounded" for r in results):
        return FileResult(display(path), deck, results, tuple(problems), indexes)
    notes = tuple(note_specs(deck, list(results)))
    if lock_error is not None:
        e = lock_error
        problems.append(problem("DG001", e.path or deck.display_path, e.line or 1, e.col or 1, e.message))
        return FileResult(display(path), deck, results, tuple(problems), indexes)
    state = compare_notes(lock, deck, list(notes), list(results))
    if locked and not state.current:
        problems.append(problem("DG002", deck.display_path, 1, 1, f"{state.describe()}; run 'deckgen build' and commit the lock file"))
    result = FileResult(display(path), deck, results, tuple(problems), indexes, state)
    result.__dict__["notes"] = notes  # rendered already: the cached property need not render them again
    return result


# Large source texts read by the decks checked lately, each kept once: a deck split
# in files cites one source from every file, and each file read its own copy
# (10 MB each, held by every deck a build or check keeps for its report).
_SHARED_TEXTS: dict[str, str] = {}
SHARED_MIN_CHARS = 1 << 16
SHARED_MAX = 4


def shared_sources(deck: Deck) -> Deck:
    """``deck`` with each large source text that equals one read before replaced by that one."""
    texts = []
    for s in deck.sources:
        text = s.text
        if len(text) >= SHARED_MIN_CHARS:
            text = _SHARED_TEXTS.get(text, text)
            _SHARED_TEXTS.pop(text, None)  # the latest last: the oldest is dropped first
            _SHARED_TEXTS[text] = text
            while len(_SHARED_TEXTS) > SHARED_MAX:
                del _SHARED_TEXTS[next(iter(_SHARED_TEXTS))]
        texts.append(text)
    if all(t is s.text for t, s in zip(texts, deck.sources)):
        return deck
    return replace(deck, sources=tuple(s if t is s.text else replace(s, text=t) for t, s in zip(texts, deck.sources)))


def run_check(
    paths: list[str] | tuple[str, ...], locked: bool = False, progress=None, render: bool = True, cache: CheckCache | None = None
) -> CheckReport:
    """Check every deck named by ``paths`` (files or folders).

    ``progress(done, total, label)``, if given, is told as each file is done.
    ``cache``: a ``cache.CheckCache`` to take unchanged results from and keep new ones in.
    """
    with cycle_collector_paused():
        results = list(check_files(find_deck_files(paths), locked, progress, render, cache))
    return CheckReport(tuple(collisions(results)))


def check_files(
    files: list[Path], locked: bool = False, progress=None, render: bool = True, cache: CheckCache | None = None, sources: bool = True
) -> Iterator[FileResult]:
    """Each file's ``check_file`` result in turn, so that a build can write one deck before the next is checked."""
    for n, path in enumerate(files):
        if progress:
            progress(n, len(files), f"checking {display(path)}")
        yield check_file(path, locked, render, cache, sources)


def collisions(files: list[FileResult]) -> list[FileResult]:
    """Decks that would overwrite each other's output (DG003): the same deck id gives the
    same .apkg and the same note GUIDs; ``x.yaml`` and ``x.yml`` share ``x.lock.json``."""
    by_id: dict[str, FileResult] = {}
    by_lock: dict[Path, FileResult] = {}
    out = []
    for f in files:
        if f.deck is None:
            out.append(f)
            continue
        found = []
        first = by_id.setdefault(f.deck.id, f)
        if first is not f:
            found.append(
                f"deck id '{f.deck.id}' is also the id of {first.path}: both would build {f.deck.id}.apkg and their "
                "cards would share Anki's note ids; give this deck its own id"
            )
        lock = lock_path(f.deck.path)
        other = by_lock.setdefault(lock, f)
        if other is not f:
            found.append(f"{f.path} and {other.path} would share the lock file {lock.name}; rename one of them")
        if found:
            f = replace(f, problems=(*f.problems, *(problem("DG003", f.deck.display_path, 1, 1, m) for m in found)))
        out.append(f)
    return out
