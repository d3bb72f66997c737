"""deckgen: trustworthy spaced-repetition decks from a source text."""

__version__ = "0.1.0"
