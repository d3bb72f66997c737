"""The one exception type deckgen raises for input it cannot use.

``str(error)`` is the whole message a user sees: ``path:line:col: what to do``.
"""

from __future__ import annotations


class DeckgenError(Exception):
    """Input deckgen cannot use; the message says where and what to do."""

    def __init__(self, message: str, path: str | None = None, line: int = 0, col: int = 0):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.col = col

    def __str__(self) -> str:
        if self.path is None:
            return self.message
        if self.line:
            return f"{self.path}:{self.line}:{self.col}: {self.message}"
        return f"{self.path}: {self.message}"
