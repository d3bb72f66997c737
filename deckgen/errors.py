"""The one exception type deckgen raises for input it cannot use, and the one
escaping of text on its way out to a terminal or a log.

``str(error)`` is the whole message a user sees: ``path:line:col: what to do``.
"""

from __future__ import annotations

import re

from .patterns import lazy

# What a terminal acts on instead of showing: C0 and C1 controls (ESC starts
# sequences that clear the screen or hide text; a line feed splits a finding
# over two lines), DEL, the line and paragraph separators, and the bidirectional
# overrides that reorder what is shown.
_UNPRINTABLE = lazy("[\x00-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_UNPRINTABLE_BUT_LINES = lazy("[\x00-\x09\x0b-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
# What JSON leaves raw inside strings (it escapes C0 itself, and a document's own line feeds are structure).
_JSON_RAW = lazy("[\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _plain(text: str, lines: bool) -> bool:
    """Whether ``text`` surely has none of the characters above (besides line feeds, with
    ``lines``): all are controls, format characters or separators, which ``str.isprintable``
    refuses. The common case, answered without compiling a pattern at start-up."""
    return all(line.isprintable() for line in text.split("\n")) if lines else text.isprintable()


def _visible(m: re.Match) -> str:
    c = m.group()
    return _NAMED.get(c) or (f"\\x{ord(c):02x}" if ord(c) <= 0xFF else f"\\u{ord(c):04x}")


def printable(text: str, lines: bool = False) -> str:
    """``text`` with every control character shown as an escape (``\\n``, ``\\x1b``).

    Applied to every message and report as it leaves the program; ``lines``
    keeps the line feeds of a whole report (each of its fields is escaped
    already, so a line feed there is one the report put).
    """
    if _plain(text, lines):
        return text
    pattern = _UNPRINTABLE_BUT_LINES if lines else _UNPRINTABLE
    return text if pattern.search(text) is None else pattern.sub(_visible, text)


def json_printable(text: str) -> str:
    """A JSON document with the controls JSON leaves raw (DEL, C1, separators) as ``\\u`` escapes.

    Outside strings a JSON document is ASCII, so this changes no value.
    """
    if _plain(text, lines=True):
        return text
    return text if _JSON_RAW.search(text) is None else _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class DeckgenError(Exception):
    """Input deckgen cannot use; the message says where and what to do."""

    def __init__(self, message: str, path: str | None = None, line: int = 0, col: int = 0):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.col = col

    def __str__(self) -> str:
        message = printable(self.message)
        if self.path is None:
            return message
        if self.line:
            return f"{printable(self.path)}:{self.line}:{self.col}: {message}"
        return f"{printable(self.path)}: {message}"
