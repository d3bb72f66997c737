"""``deckgen diff``: what changed in each deck since its lock, the data of release notes.

The comparison is the one ``deckgen build`` makes (``lock.compare`` of the
rendered notes' hashes with the committed lock), so the notes describe exactly
what the next build will ship. The lock keeps only hashes, so a removed card is
known by its id alone; the notes give learners an Anki search for it, because
importing a deck never deletes notes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .check import run_check
from .decks import Deck
from .errors import DeckgenError
from .grounding import CardResult
from .lock import Changes, Lock, compare_notes, lock_path, read_lock
from .render import NoteSpec, escape, note_specs, note_type_names

CARD_ID_FIELD = "CardId"  # every deckgen note, basic (render.FIELDS) or cloze (CLOZE_FIELDS), has it

_PLAIN_SEARCH = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*\Z")  # needs no quotes in an Anki search


@dataclass(frozen=True)
class DeckDiff:
    """One deck compared with its lock."""

    deck: Deck
    lock: Lock | None
    changes: Changes
    specs: dict[str, NoteSpec]
    ungrounded: int

    @property
    def lock_file(self) -> Path:
        return lock_path(self.deck.path)

    @property
    def removed_search(self) -> str:
        """The Anki search that finds the removed cards' notes ("" when none were removed)."""
        return removed_search(self.deck.name, self.deck.id, self.changes.removed) if self.changes.removed else ""


def deck_diff(deck: Deck, results: list[CardResult]) -> DeckDiff:
    """Compare what ``deck`` renders to now with its lock, as ``deckgen build`` would."""
    specs = note_specs(deck, results)
    state = compare_notes(read_lock(lock_path(deck.path)), deck, specs)  # another deck id is warned about, not refused
    ungrounded = sum(r.status != "grounded" for r in results)
    return DeckDiff(deck, state.lock, state.changes, {s.card.id: s for s in specs}, ungrounded)


def run_diff(paths) -> list[DeckDiff]:
    """Every deck named by ``paths`` (files or folders) compared with its lock."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    report = run_check([str(p) for p in paths], locked=False, render=False)
    if not report.files:
        raise DeckgenError(f"no deck files found in {', '.join(str(p) for p in paths) or 'the given paths'}")
    diffs = []
    for f in report.files:
        if f.deck is None:
            p = f.problems[0]
            raise DeckgenError(f"{p.message} (cannot compare a deck that does not load)", p.path, p.line, p.col)
        diffs.append(deck_diff(f.deck, list(f.cards)))
    return diffs


# -- Anki searches --------------------------------------------------------------


def search_text(text: str) -> str:
    """``text`` as a literal in an Anki search: backslash, quote and wildcards escaped."""
    return re.sub(r'([\\"*_])', r"\\\1", text)


def search_term(key: str, value: str) -> str:
    """``key:value`` as one Anki search term, quoted when it has to be."""
    term = f"{key}:{search_text(value)}"
    return term if _PLAIN_SEARCH.match(value) else f'"{term}"'


def removed_search(deck_name: str, deck_id: str, card_ids) -> str:
    """An Anki search that finds the notes of ``card_ids`` from this deck.

    A note is looked for in the deck (``deck:`` includes its subdecks) or by
    this deck's note types, so it is found even if the learner moved its cards
    to another deck or the author renamed the deck (importing never moves
    existing cards). ``CardId`` is the field every deckgen note carries.
    """
    ids = list(card_ids)
    if not ids:
        raise ValueError("no card ids to search for")
    where = [f'"deck:{search_text(deck_name)}"', *(f'"note:{search_text(n)}"' for n in note_type_names(deck_id))]
    terms = [search_term(CARD_ID_FIELD, escape(cid)) for cid in ids]
    which = terms[0] if len(terms) == 1 else f"({' OR '.join(terms)})"
    return f"({' OR '.join(where)}) {which}"
