"""Regular expressions compiled the first time they are used.

Compiling deckgen's patterns is most of its start-up: a pattern that only a
rare card or a rare command needs is declared with :func:`lazy`, so a run that
never uses it never compiles it. The one way to defer a pattern, shared by
every module.
"""

from __future__ import annotations

import re

__all__ = ["LazyPattern", "lazy"]


class LazyPattern:
    """Stands in for ``re.compile(pattern, flags)``: compiles on first use, then
    forwards every attribute (``search``, ``finditer`` …) to the compiled pattern.
    ``pattern`` and ``flags`` are known without compiling."""

    __slots__ = ("pattern", "_flags", "_compiled")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self._flags)
        return self._compiled

    def __getattr__(self, name: str):
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """``re.compile(pattern, flags)``, compiled when first used."""
    return LazyPattern(pattern, flags)
