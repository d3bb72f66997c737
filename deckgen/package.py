"""Building the .apkg: stable ids, per-note times from the lock, identical bytes every run.

genanki writes the collection; deckgen zips it itself, with fixed entry times
and order, so that the same deck and lock give the same bytes on every machine.
"""

from __future__ import annotations

import hashlib
import itertools
from pathlib import Path

from .decks import Deck
from .errors import DeckgenError
from .files import temporary_folder
from .lock import Lock, atomic_file
from . import render  # the note types as render defines them now (tests restyle them)
from .render import NOTE_TYPE_VERSION, NoteSpec, note_type_names

ZIP_TIME = (2020, 1, 1, 0, 0, 0)  # zip entries need a date; a fixed one keeps bytes stable


def stable_id(*parts: str) -> int:
    """A 52-bit id from ``parts``: the same everywhere, below 2**53 for JavaScript clients."""
    digest = hashlib.sha256("\x1f".join(("deckgen", *parts)).encode("utf-8")).digest()
    return (int.from_bytes(digest[:7], "big") >> 4) | (1 << 40)


def note_guid(deck_id: str, card_id: str) -> str:
    """A note's identity in Anki: from the deck and card ids only, never the card's text."""
    import genanki

    return genanki.guid_for(deck_id, card_id)


def _models(deck_id: str):
    import genanki

    basic = genanki.Model(
        stable_id(deck_id, "model", str(NOTE_TYPE_VERSION)),
        note_type_names(deck_id)[0],
        fields=[{"name": f} for f in render.FIELDS],
        templates=[{"name": "Card", "qfmt": render.FRONT, "afmt": render.BACK}],
        css=render.CSS,
    )
    cloze = genanki.Model(
        stable_id(deck_id, "cloze-model", str(NOTE_TYPE_VERSION)),
        note_type_names(deck_id)[1],
        fields=[{"name": f} for f in render.CLOZE_FIELDS],
        templates=[{"name": "Cloze", "qfmt": render.CLOZE_FRONT, "afmt": render.CLOZE_BACK}],
        css=render.CSS,
        model_type=genanki.Model.CLOZE,
    )
    return basic, cloze


def write_apkg(path: Path, deck: Deck, specs: list[NoteSpec], lock: Lock, opener=atomic_file) -> None:
    """Write the .apkg for ``specs`` to ``path`` through ``opener`` (atomically by default),
    each note's time taken from ``lock``.

    Notes go into the collection one at a time and the collection is zipped
    from its file: a deck of 100,000 cards is never held twice in memory.
    """
    import shutil
    import sqlite3
    import zipfile

    import genanki

    basic, cloze = _models(deck.id)
    description = render.deck_description(deck)
    # Anki's decks in order of first use, each with the notes it holds, as
    # genanki would write them: the note and card ids come from one counter.
    decks: dict[str, tuple[genanki.Deck, list[tuple[int, NoteSpec]]]] = {}
    for due, spec in enumerate(specs):  # due: the order new cards are shown in, across subdecks
        if spec.deck_name not in decks:
            anki_deck = genanki.Deck(stable_id(deck.id, "deck", spec.deck_name), spec.deck_name, description=description)
            decks[spec.deck_name] = (anki_deck, [])
        anki_deck, held = decks[spec.deck_name]
        held.append((due, spec))
        anki_deck.add_model(cloze if spec.card.cloze else basic)
    # The package's time is also the note types' time: newer than the
    # collection's only when the note type itself changed.
    stamp = max(lock.note_type_mod, *(e.mod for e in lock.cards.values()))
    ids = itertools.count(stamp * 1000)
    path.parent.mkdir(parents=True, exist_ok=True)
    with temporary_folder() as tmp:
        db = Path(tmp) / "collection.anki2"
        conn = sqlite3.connect(db)
        try:
            cursor = conn.cursor()
            genanki.Package([]).write_to_db(cursor, stamp, ids)  # the schema and the collection row
            for anki_deck, held in decks.values():
                anki_deck.write_to_db(cursor, stamp, ids)  # the deck and its note types; no notes held
                for due, spec in held:
                    note = genanki.Note(
                        model=cloze if spec.card.cloze else basic,
                        fields=list(spec.values),
                        tags=list(spec.tags),
                        guid=note_guid(deck.id, spec.card.id),
                        due=due,
                    )
                    note.write_to_db(cursor, lock.cards[spec.card.id].mod, anki_deck.deck_id, ids)
            conn.commit()
        except sqlite3.Error as e:  # "database or disk is full" in a nearly full temporary folder
            raise DeckgenError(f"cannot write the collection of {path.name} in the temporary folder {tmp}: {e}") from None
        finally:
            conn.close()
        with opener(path) as out, zipfile.ZipFile(out, "w") as z:
            for name, source in (("collection.anki2", db), ("media", None)):
                info = zipfile.ZipInfo(name, ZIP_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                with z.open(info, "w") as entry:
                    if source is None:
                        entry.write(b"{}")
                    else:
                        with open(source, "rb") as f:
                            shutil.copyfileobj(f, entry, 1 << 20)
