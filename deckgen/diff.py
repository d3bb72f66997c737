"""``deckgen diff``: what changed in each deck since its lock, as Markdown release notes.

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
from .decks import Deck, display
from .errors import DeckgenError, printable
from .grounding import CardResult
from .lock import Changes, Lock, compare, lock_path, read_lock
from .package import NoteSpec, note_specs, note_type_hash, note_type_names
from .render import escape

CARD_ID_FIELD = "CardId"  # every deckgen note, basic (render.FIELDS) or cloze (CLOZE_FIELDS), has it

_PLAIN_SEARCH = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*\Z")  # needs no quotes in an Anki search
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~&])")


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


def deck_diff(deck: Deck, results: list[CardResult]) -> DeckDiff:
    """Compare what ``deck`` renders to now with its lock, as ``deckgen build`` would."""
    specs = note_specs(deck, results)
    lock = read_lock(lock_path(deck.path))
    changes = compare(lock, note_type_hash(), {s.card.id: s.hash for s in specs})
    ungrounded = sum(r.status != "grounded" for r in results)
    return DeckDiff(deck, lock, changes, {s.card.id: s for s in specs}, ungrounded)


def diff_report(paths) -> str:
    """Markdown release notes for every deck named by ``paths`` (files or folders)."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    report = run_check([str(p) for p in paths], lock=False)
    if not report.files:
        raise DeckgenError(f"no deck files found in {', '.join(str(p) for p in paths) or 'the given paths'}")
    sections = []
    for f in report.files:
        if f.deck is None:
            p = f.problems[0]
            raise DeckgenError(f"{p.message} (cannot compare a deck that does not load)", p.path, p.line, p.col)
        sections.append(render_diff(deck_diff(f.deck, list(f.cards))))
    return "\n\n".join(sections)


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


# -- Markdown --------------------------------------------------------------------


def md(text: str) -> str:
    """Card text as one line of Markdown that renders as itself."""
    return _MARKDOWN.sub(r"\\\1", " ".join(text.split()))


def code(text: str) -> str:
    """Inline code that survives backticks inside ``text``, on one line whatever it holds."""
    text = printable(text)
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def block(text: str) -> list[str]:
    """A fenced code block, so the search can be copied as it is."""
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return [fence, text, fence]


def _count(n: int, what: str) -> str:
    return f"{n} {what}" if n == 1 else f"{n} {what}s"


def render_diff(d: DeckDiff) -> str:
    deck, changes = d.deck, d.changes
    lock_name = code(display(d.lock_file))
    out = [f"## {md(deck.name)}", ""]
    if d.lock is None:
        out.append(
            f"First release of {code(deck.display_path)}: there is no lock file ({lock_name}) yet, "
            f"so every card is new ({len(changes.added)})."
        )
    elif changes.empty:
        out.append(f"No changes: {code(deck.display_path)} renders exactly as recorded in {lock_name}.")
    else:
        counts = [
            _count(len(v), "card") + " " + k
            for k, v in (("added", changes.added), ("changed", changes.changed), ("removed", changes.removed))
            if v
        ]
        if changes.note_type_changed:
            counts.append("note type changed")
        out.append(f"{code(deck.display_path)} compared with {lock_name}: {', '.join(counts)}.")

    if d.ungrounded:
        out += [
            "",
            f"> **Warning:** {_count(d.ungrounded, 'card')} of this deck "
            f"{'does' if d.ungrounded == 1 else 'do'} not pass `deckgen check`; "
            "`deckgen build` will not build it until they do.",
        ]
    if d.lock is not None and d.lock.deck != deck.id:
        out += [
            "",
            f"> **Warning:** the deck id changed from {code(d.lock.deck)} to {code(deck.id)}. "
            "Anki identifies notes by deck id and card id, so learners who import this version get a "
            "second copy of every card. Change the id back unless that is what you want.",
        ]

    if changes.added:
        out += ["", f"### Added ({len(changes.added)})", ""]
        out += [f"- {code(cid)} {md(d.specs[cid].card.q)}" for cid in changes.added]
    if changes.changed:
        out += [
            "",
            f"### Changed ({len(changes.changed)})",
            "",
            "Importing updates these notes in place and keeps their review history, scheduling, flags and "
            "suspensions; your own edits to these notes (text and tags) are replaced by this version's.",
            "",
        ]
        out += [f"- {code(cid)} {md(d.specs[cid].card.q)}" for cid in changes.changed]
    if changes.removed:
        out += [
            "",
            f"### Removed ({len(changes.removed)})",
            "",
            "Importing never deletes notes, so these stay in your collection (with their review history) "
            "until you delete them. In Anki, open **Browse**, paste the search below into the search bar, "
            "select the notes it finds and delete them (**Notes → Delete**).",
            "",
        ]
        out += [f"- {code(cid)}" for cid in changes.removed]
        out += [""]
        out += block(removed_search(deck.name, deck.id, changes.removed))
    if changes.note_type_changed:
        out += [
            "",
            "### Note type changed",
            "",
            "The note type (fields, card templates or styling) changed since the lock was written. "
            "If its fields changed, learners who already have this deck must tick **Merge note types** "
            "when importing; otherwise Anki reports every note as conflicting and updates none of them.",
        ]
    return "\n".join(out)
