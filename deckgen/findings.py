"""Findings are data: what a check says about a card, with a stable code.

Every code is documented in ``docs/findings.md`` with an example; the codes never
change meaning once released. Failures to read a deck at all are exceptions
(``deckgen.errors``), not findings.
"""

from __future__ import annotations

from typing import Any, Mapping, NamedTuple

from .errors import printable


class Code(NamedTuple):
    """A finding code's one-line title and its severity.

    "error" fails ``deckgen check``; "warning" fails it only with ``--strict``,
    and ``build`` too when ``blocks_build`` (a deck that is not finished yet).
    """

    title: str
    severity: str = "error"
    blocks_build: bool = False


# code -> what it means and how much it matters: the one place severity is decided.
CODES: dict[str, Code] = {
    # deck files
    "DG001": Code("deck file is invalid"),
    "DG002": Code("lock file is stale"),
    "DG003": Code("two deck files collide"),
    # cites and plain facts
    "DG101": Code("cite not found in the source"),
    "DG102": Code("answer not in cite"),
    "DG103": Code("cloze card has nothing to blank"),
    # figures
    "DG201": Code("answer has no quantity"),
    "DG202": Code("quantity value not in cite"),
    "DG203": Code("unit or currency mismatch"),
    "DG204": Code("qualifier mismatch"),
    "DG205": Code("ordinal is not a cardinal"),
    "DG206": Code("number is part of a name"),
    "DG207": Code("counter contradicts the cite"),
    # dates
    "DG301": Code("answer has no date"),
    "DG302": Code("date not in cite"),
    "DG303": Code("year not in cite"),
    "DG304": Code("month or day differs from the cite"),
    # speakers
    "DG401": Code("speaker mismatch"),
    "DG402": Code("no attributed speech in cite"),
    # translations
    "DG450": Code("translation does not match the cite"),
    # binding: the answer is the value the question asks about
    "DG601": Code("answer is the value of another item or metric"),
    "DG602": Code("answer is the value of another period"),
    "DG603": Code("forecast answered as actual"),
    "DG604": Code("direction contradicts the cite"),
    "DG605": Code("several values and the question selects none", "warning"),
    # revisions: the source changed since the lock recorded where each cite was
    "DG701": Code("cited passage moved in a revised source", "warning"),
    "DG702": Code("cited passage reworded in a revised source", "warning"),
    "DG703": Code("figure or date changed in a revised source"),
    "DG704": Code("cited passage gone from a revised source"),
    # lint warnings
    "DG501": Code("answer too long", "warning"),
    "DG502": Code("answer is a list", "warning"),
    "DG503": Code("duplicate question", "warning"),
    "DG504": Code("answer appears in the question", "warning"),
    "DG505": Code("figure card without a quantity", "warning"),
    "DG506": Code("date card without a date", "warning"),
    "DG507": Code("placeholder left in the deck", "warning", blocks_build=True),
}


def severity(code: str) -> str:
    return CODES[code].severity


class Mismatch(NamedTuple):
    """What a grounding rule found wrong with one card: a code, a sentence and,
    where the rule has them, the values it compared (for the JSON report)."""

    code: str
    message: str
    data: Mapping[str, Any] | None = None


class Problem(NamedTuple):
    """One finding, located in a deck file: ``path:line:col: CODE message``."""

    code: str
    path: str
    line: int
    col: int
    message: str
    severity: str = "error"  # from CODES; see ``problem``
    data: Mapping[str, Any] | None = None

    def __str__(self) -> str:
        return f"{printable(self.path)}:{self.line}:{self.col}: {self.code} {printable(self.message)}"


def problem(code: str, path: str, line: int, col: int, message: str, data: Mapping[str, Any] | None = None) -> Problem:
    """A finding with the severity its code has in CODES."""
    return Problem(code, path, line, col, message, CODES[code].severity, data)
