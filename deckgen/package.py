"""Building the .apkg: stable ids, per-note times from the lock, identical bytes every run.

genanki writes the collection; deckgen zips it itself, with fixed entry times
and order, so that the same deck and lock give the same bytes on every machine.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from .decks import Card, Deck
from .errors import DeckgenError
from .grounding import CardResult, aliases_of
from .lock import Lock, content_hash, write_atomic
from .render import (
    BACK,
    CLOZE_BACK,
    CLOZE_FIELDS,
    CLOZE_FRONT,
    CSS,
    FIELDS,
    FRONT,
    NOTE_TYPE_VERSION,
    Where,
    note_fields,
)

ZIP_TIME = (2020, 1, 1, 0, 0, 0)  # zip entries need a date; a fixed one keeps bytes stable


def stable_id(*parts: str) -> int:
    """A 52-bit id from ``parts``: the same everywhere, below 2**53 for JavaScript clients."""
    digest = hashlib.sha256("\x1f".join(("deckgen", *parts)).encode("utf-8")).digest()
    return (int.from_bytes(digest[:7], "big") >> 4) | (1 << 40)


def note_guid(deck_id: str, card_id: str) -> str:
    """A note's identity in Anki: from the deck and card ids only, never the card's text."""
    import genanki

    return genanki.guid_for(deck_id, card_id)


def note_type_hash() -> str:
    return content_hash(NOTE_TYPE_VERSION, FIELDS, FRONT, BACK, CLOZE_FIELDS, CLOZE_FRONT, CLOZE_BACK, CSS)


@dataclass(frozen=True)
class NoteSpec:
    """Everything one note will hold; its hash decides whether the note changed."""

    card: Card
    deck_name: str
    fields: dict[str, str]
    tags: tuple[str, ...]

    @property
    def hash(self) -> str:
        # The deck name is left out: Anki never moves an existing card to another
        # deck on import, so re-sending every note after a rename would only
        # overwrite learners' edits. The note type version is in: after a
        # deliberate change of fields every note must be sent again.
        return content_hash(NOTE_TYPE_VERSION, self.card.cloze, self.fields, self.tags)


def note_specs(deck: Deck, results: list[CardResult]) -> list[NoteSpec]:
    specs = []
    for r in results:
        card = r.card
        where = [Where(e.line, e.paragraph) for e in r.evidence]
        spellings = [card.a, *aliases_of(card.a, deck.entities)]
        fields = note_fields(deck, card, where, spellings)
        if card.cloze and "{{c1::" not in fields["Text"]:
            raise DeckgenError(
                f"cloze card '{card.id}': the answer does not occur in its cite, so there is nothing to blank; "
                "quote the answer exactly in the cite or drop 'cloze: true'",
                deck.display_path,
                *card.at("cloze"),
            )
        tags = tuple(dict.fromkeys((*card.tags, f"kind::{card.kind}")))
        name = f"{deck.name}::{card.subdeck}" if card.subdeck else deck.name
        specs.append(NoteSpec(card, name, fields, tags))
    return specs


def note_type_names(deck_id: str) -> tuple[str, str]:
    """The names of the basic and cloze note types, as Anki shows them."""
    return f"deckgen {deck_id} v{NOTE_TYPE_VERSION}", f"deckgen {deck_id} cloze v{NOTE_TYPE_VERSION}"


def _models(deck_id: str):
    import genanki

    basic = genanki.Model(
        stable_id(deck_id, "model", str(NOTE_TYPE_VERSION)),
        note_type_names(deck_id)[0],
        fields=[{"name": f} for f in FIELDS],
        templates=[{"name": "Card", "qfmt": FRONT, "afmt": BACK}],
        css=CSS,
    )
    cloze = genanki.Model(
        stable_id(deck_id, "cloze-model", str(NOTE_TYPE_VERSION)),
        note_type_names(deck_id)[1],
        fields=[{"name": f} for f in CLOZE_FIELDS],
        templates=[{"name": "Cloze", "qfmt": CLOZE_FRONT, "afmt": CLOZE_BACK}],
        css=CSS,
        model_type=genanki.Model.CLOZE,
    )
    return basic, cloze


def apkg_bytes(deck: Deck, specs: list[NoteSpec], lock: Lock) -> bytes:
    """The .apkg for ``specs``, with each note's time taken from ``lock``."""
    import genanki

    class TimedNote(genanki.Note):
        """A note that carries its own modification time instead of the package's."""

        mod = 0

        def write_to_db(self, cursor, timestamp, deck_id, id_gen):
            super().write_to_db(cursor, self.mod, deck_id, id_gen)

    basic, cloze = _models(deck.id)
    decks: dict[str, genanki.Deck] = {}
    for due, spec in enumerate(specs):
        if spec.deck_name not in decks:
            decks[spec.deck_name] = genanki.Deck(stable_id(deck.id, "deck", spec.deck_name), spec.deck_name)
        model, order = (cloze, CLOZE_FIELDS) if spec.card.cloze else (basic, FIELDS)
        note = TimedNote(
            model=model,
            fields=[spec.fields[f] for f in order],
            tags=list(spec.tags),
            guid=note_guid(deck.id, spec.card.id),
            due=due,
        )
        note.mod = lock.cards[spec.card.id].mod
        decks[spec.deck_name].add_note(note)
    # The package's time is also the note types' time: newer than the
    # collection's only when the note type itself changed.
    stamp = max(lock.note_type_mod, *(e.mod for e in lock.cards.values()))
    package = genanki.Package(list(decks.values()))
    with tempfile.TemporaryDirectory(prefix="deckgen-") as tmp:
        db = Path(tmp) / "collection.anki2"
        conn = sqlite3.connect(db)
        try:
            package.write_to_db(conn.cursor(), stamp, itertools.count(stamp * 1000))
            conn.commit()
        finally:
            conn.close()
        collection = db.read_bytes()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in (("collection.anki2", collection), ("media", b"{}")):
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data, compresslevel=6)
    return out.getvalue()


def write_apkg(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, data)
