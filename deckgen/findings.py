"""Findings are data: what a check says about a card, with a stable code.

Every code is documented in ``docs/findings.md`` with an example; the codes never
change meaning once released. Failures to read a deck at all are exceptions
(``deckgen.errors``), not findings.
"""

from __future__ import annotations

from typing import NamedTuple


class Mismatch(NamedTuple):
    """What a grounding rule found wrong with one card: a code and a sentence."""

    code: str
    message: str


class Problem(NamedTuple):
    """One finding, located in a deck file: ``path:line:col: CODE message``."""

    code: str
    path: str
    line: int
    col: int
    message: str
    severity: str = "error"  # "error" fails the check; "warning" only with --strict

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.code} {self.message}"


# code -> one-line title. Errors fail `deckgen check`; DG5xx are warnings.
CODES: dict[str, str] = {
    # deck files
    "DG001": "deck file is invalid",
    "DG002": "lock file is stale",
    # cites and plain facts
    "DG101": "cite not found in the source",
    "DG102": "answer not in cite",
    # figures
    "DG201": "answer has no quantity",
    "DG202": "quantity value not in cite",
    "DG203": "unit or currency mismatch",
    "DG204": "qualifier mismatch",
    "DG205": "ordinal is not a cardinal",
    "DG206": "number is part of a name",
    "DG207": "counter contradicts the cite",
    # dates
    "DG301": "answer has no date",
    "DG302": "date not in cite",
    "DG303": "year not in cite",
    "DG304": "month or day differs from the cite",
    # speakers
    "DG401": "speaker mismatch",
    "DG402": "no attributed speech in cite",
    # translations
    "DG450": "translation does not match the cite",
    # lint warnings
    "DG501": "answer too long",
    "DG502": "answer is a list",
    "DG503": "duplicate question",
    "DG504": "answer appears in the question",
    "DG505": "figure card without a quantity",
    "DG506": "date card without a date",
}
