"""The floor for ``deckgen check``: load the deck with libyaml, read and fold its source once.

    python benchmarks/floor_check.py DECK.yaml... [--gc]

Several deck files (a deck split in parts) are each loaded and their source folded,
as ``deckgen check`` does.

Python's cycle collector is off, as it is in deckgen (``decks.cycle_collector_paused``):
with it on, libyaml's node tree of a 100k-card deck costs about 10 s more, a floor
inflated by work deckgen does not do. ``--gc`` leaves it on (the old floor, reported
beside the new one).
"""

import gc
import sys
from pathlib import Path

import yaml

from deckgen.fold import fold


def main(deck_path: str) -> None:
    with open(deck_path, encoding="utf-8") as f:
        data = yaml.load(f, Loader=yaml.CSafeLoader)
    source = Path(deck_path).parent / data["deck"]["source"]["file"]
    fold(source.read_text(encoding="utf-8"))


if __name__ == "__main__":
    if "--gc" not in sys.argv[1:]:
        gc.disable()
    for deck in sys.argv[1:]:
        if deck != "--gc":
            main(deck)
