"""The floor for ``deckgen build``: load the deck with libyaml, write the same notes with bare genanki.

    python benchmarks/floor_build.py OUTDIR DECK.yaml... [--gc]

One OUTDIR/floor-<deck>.apkg per deck file (a deck split in parts writes several),
as ``deckgen build`` writes one .apkg per deck.

Same number of notes, each with the eight fields of deckgen's note type and the
card's tags; plain ``genanki.Package.write_to_file``. No checking, no lock.
The cycle collector is off, as in deckgen; ``--gc`` leaves it on (see floor_check.py).
"""

import gc
import sys
from pathlib import Path

import genanki
import yaml

FIELDS = ("Question", "Answer", "Passage", "Citation", "QuestionTranslation", "AnswerTranslation", "Kind", "CardId")


def main(deck_path: str, out: str) -> None:
    with open(deck_path, encoding="utf-8") as f:
        data = yaml.load(f, Loader=yaml.CSafeLoader)
    meta = data["deck"]
    title = str(meta["source"].get("title", ""))
    model = genanki.Model(
        1607392319,
        "floor",
        fields=[{"name": n} for n in FIELDS],
        templates=[{"name": "Card", "qfmt": "{{Question}}", "afmt": "{{FrontSide}}<hr id=answer>{{Answer}}<br>{{Passage}}"}],
    )
    deck = genanki.Deck(2059400110, str(meta["name"]))
    for c in data["cards"]:
        t = c.get("translation") or {}
        cite = c["cite"]
        fields = [
            str(c["q"]),
            str(c["a"]),
            " … ".join(map(str, cite)) if isinstance(cite, list) else str(cite),
            title,
            str(t.get("q", "")),
            str(t.get("a", "")),
            str(c.get("kind", "fact")),
            str(c["id"]),
        ]
        deck.add_note(genanki.Note(model=model, fields=fields, tags=[str(x) for x in c.get("tags", [])], guid=genanki.guid_for(meta["id"], c["id"])))
    genanki.Package(deck).write_to_file(out)


if __name__ == "__main__":
    if "--gc" not in sys.argv[2:]:
        gc.disable()
    for deck in sys.argv[2:]:
        if deck != "--gc":
            main(deck, str(Path(sys.argv[1]) / f"floor-{Path(deck).stem}.apkg"))
