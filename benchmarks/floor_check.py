"""The floor for ``deckgen check``: load the deck with libyaml, read and fold its source once.

    python benchmarks/floor_check.py DECK.yaml
"""

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
    main(sys.argv[1])
