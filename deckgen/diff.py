"""``deckgen diff``: what changed in each deck since what learners have, the data of release notes.

What learners have is a baseline: the committed lock (what the next build
changes), the lock as it was at a git revision (``--since v1``: the last
release), or a published ``.apkg`` itself. The comparison is the one
``deckgen build`` makes (``lock.compare_notes``: the rendered notes' hashes
against the baseline's). A removed card is known by its id alone; the notes
give learners an Anki search for it, because importing a deck never deletes notes.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from .check import run_check
from .decks import Deck, no_deck_files
from .errors import DeckgenError
from .files import temporary_folder
from .grounding import CardResult
from .lock import Changes, Entry, Lock, compare_notes, lock_path, parse_lock, read_lock
from .render import NOTE_TYPE_VERSION, NoteSpec, content_hash, escape, note_specs, note_type_hash, note_type_names
from . import render  # moved out of function bodies by move_imports.py

CARD_ID_FIELD = "CardId"  # every deckgen note, basic (render.FIELDS) or cloze (CLOZE_FIELDS), has it

_PLAIN_SEARCH = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*\Z")  # needs no quotes in an Anki search


@dataclass(frozen=True)
class DeckDiff:
    """One deck compared with a baseline: what learners have."""

    deck: Deck
    lock: Lock | None  # the baseline's lock; None: nothing released yet
    changes: Changes
    specs: dict[str, NoteSpec]
    ungrounded: int
    since: str = ""  # how the notes name the baseline ("" : the committed lock file)

    @property
    def lock_file(self) -> Path:
        return lock_path(self.deck.path)

    @property
    def removed_search(self) -> str:
        """The Anki search that finds the removed cards' notes ("" when none were removed)."""
        return removed_search(self.deck.name, self.deck.id, self.changes.removed) if self.changes.removed else ""


def deck_diff(deck: Deck, results: list[CardResult], since: str | None = None) -> DeckDiff:
    """Compare what ``deck`` renders to now with a baseline, as ``deckgen build`` would."""
    specs = note_specs(deck, results)
    if since is None:
        lock, name = read_lock(lock_path(deck.path)), ""
    elif since.endswith(".apkg"):
        if not Path(since).exists():
            raise DeckgenError("no such file or folder", since)
        lock, name = apkg_lock(Path(since), deck), Path(since).name
    elif Path(since).is_file():  # git would say "invalid object name", about a revision nobody meant
        raise DeckgenError("--since takes a git revision (a tag such as v1) or a published .apkg, not this file", since)
    else:
        lock, name = lock_at(since, lock_path(deck.path)), since
    state = compare_notes(lock, deck, specs)  # another deck id is warned about, not refused
    ungrounded = sum(r.status != "grounded" for r in results)
    return DeckDiff(deck, state.lock, state.changes, {s.card.id: s for s in specs}, ungrounded, name)


def lock_at(revision: str, path: Path) -> Lock | None:
    """The lock file at ``path`` as it was at git ``revision``; None if it did not exist then."""
    import subprocess

    if revision.startswith("-"):
        raise DeckgenError(f"--since {revision!r} is not a git revision")
    try:
        run = subprocess.run(
            ["git", "-C", str(path.parent), "show", f"{revision}:./{path.name}"],
            capture_output=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError) as e:
        raise DeckgenError(f"cannot run git to read {path.name} at {revision}: {e}") from None
    if run.returncode == 0:
        return parse_lock(run.stdout.decode("utf-8", "replace"), f"{revision}:{path.name}")
    err = run.stderr.decode("utf-8", "replace")
    if "exists on disk, but not in" in err or "does not exist in" in err:
        return None  # the deck had no lock then: every card is new to learners
    first = (err.strip().splitlines() or ["git failed"])[-1]
    raise DeckgenError(f"cannot read {path.name} at git revision {revision!r}: {first}")


def apkg_lock(apkg: Path, deck: Deck) -> Lock:
    """The notes a published ``.apkg`` of ``deck`` holds, as a lock: card id -> note hash.

    The hashes are computed as the build computes them, from the package's own
    fields and tags, so a card counts as changed exactly when learners would
    get new content.
    """
    import sqlite3
    import zipfile

    try:
        with zipfile.ZipFile(apkg) as z, temporary_folder() as tmp:
            z.extract("collection.anki2", tmp)
            conn = sqlite3.connect(Path(tmp) / "collection.anki2")
            try:
                (models,) = conn.execute("select models from col").fetchone()
                notes = conn.execute("select mid, flds, tags, mod from notes").fetchall()
            finally:
                conn.close()
    except (OSError, KeyError, zipfile.BadZipFile, sqlite3.Error, TypeError, ValueError) as e:
        raise DeckgenError(f"not a deck package deckgen can read ({e})", str(apkg)) from None
    import json

    models = {int(k): v for k, v in json.loads(models).items()}
    ours = set(note_type_names(deck.id))
    looks = {(tuple(f["name"] for f in m["flds"]), m["tmpls"][0]["qfmt"], m["tmpls"][0]["afmt"], m["css"]) for m in models.values() if m.get("name") in ours}
    now = {(render.FIELDS, render.FRONT, render.BACK, render.CSS), (render.CLOZE_FIELDS, render.CLOZE_FRONT, render.CLOZE_BACK, render.CSS)}
    cards = {}
    for mid, flds, tags, mod in notes:
        model = models.get(mid)
        if model is None or model.get("name") not in ours:
            continue
        names = [f["name"] for f in model["flds"]]
        fields = dict(zip(names, flds.split("\x1f")))
        cloze = model.get("type") == 1
        card_id = html.unescape(fields.get(CARD_ID_FIELD, ""))
        cards[card_id] = Entry(content_hash(NOTE_TYPE_VERSION, cloze, fields, tuple(tags.split())), mod)
    if not cards:
        raise DeckgenError(f"holds no notes of deck '{deck.id}'", str(apkg))
    # The package's note types as they are now, or another look: learners get the new one.
    return Lock(deck.id, note_type_hash() if looks <= now else f"{apkg.name} note types", cards)


def run_diff(paths, since: str | None = None) -> list[DeckDiff]:
    """Every deck named by ``paths`` (files or folders) compared with what learners have:
    the committed lock, or ``since`` (a git revision, or a published ``.apkg``)."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    report = run_check([str(p) for p in paths], locked=False, render=False)
    if not report.files:
        raise no_deck_files(paths)
    diffs = []
    for f in report.files:
        if f.deck is None:
            p = f.problems[0]
            raise DeckgenError(f"{p.message} (cannot compare a deck that does not load)", p.path, p.line, p.col)
        diffs.append(deck_diff(f.deck, list(f.cards), since))
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
