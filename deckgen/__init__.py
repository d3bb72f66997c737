"""deckgen: trustworthy spaced-repetition decks from a source text.

The library behind the ``deckgen`` command: each command is one call here,
returning data; ``deckgen.output`` formats it as the command would print it.

    import deckgen
    report = deckgen.run_check(["cards"])
    for problem in report.problems():
        print(problem)            # path:line:col: CODE message
    print(deckgen.output("check", "json", report))

Names are imported on first use, so ``import deckgen`` costs nothing at start-up.
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

# public name -> (module, attribute). The commands are run_* because deckgen.check,
# deckgen.build… are the modules themselves.
_API = {
    # commands
    "load_deck": ("decks", "load_deck"),
    "run_check": ("check", "run_check"),
    "run_build": ("build", "run_build"),
    "run_coverage": ("coverage", "run_coverage"),
    "run_diff": ("diff", "run_diff"),
    "run_find": ("find", "run_find"),
    "init_deck": ("scaffold", "init_deck"),
    "output": ("report", "output"),
    "FORMATS": ("report", "FORMATS"),
    # what they return
    "Deck": ("decks", "Deck"),
    "Card": ("decks", "Card"),
    "CheckReport": ("check", "CheckReport"),
    "FileResult": ("check", "FileResult"),
    "CardResult": ("grounding", "CardResult"),
    "Evidence": ("grounding", "Evidence"),
    "Problem": ("findings", "Problem"),
    "CODES": ("findings", "CODES"),
    "BuildReport": ("build", "BuildReport"),
    "CoverageReport": ("coverage", "CoverageReport"),
    "DeckDiff": ("diff", "DeckDiff"),
    "FoundPassages": ("find", "FoundPassages"),
    "Created": ("scaffold", "Created"),
    "DeckgenError": ("errors", "DeckgenError"),
}

__all__ = ["__version__", *_API]


def __getattr__(name: str):
    try:
        module, attribute = _API[name]
    except KeyError:
        raise AttributeError(f"module 'deckgen' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(f".{module}", __name__), attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
