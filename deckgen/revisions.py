"""What a revision of a source did to a cite that was once found in it.

The lock records, per card, where each of its cites was found (``Recorded``)
and a fingerprint of the cite. When the source file changes, a cite the lock
holds is looked for again: found where it was, it is unchanged; found
elsewhere, moved; not found, the nearest passage of the new text decides
between reworded (the same figures and dates, other words), changed in value
(a figure or date now differs) and gone (nothing near it). Values are compared
by the parsers that ground cards (``quantities``, ``dates``), never by text.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from .files import sha256_hex
from .fold import normalize
from .patterns import lazy

if TYPE_CHECKING:  # the parsers load only once a source has changed under a cite
    from .suggest import Suggestion

# The nearest passage must be at least this similar (0-100, rapidfuzz ratio of
# the folded texts) to be the cite reworded; below it the cited words are gone.
# A passage that shares only a topic with the cite scores 40-60.
REWORDED_MIN_SCORE = 70.0


class Recorded(NamedTuple):
    """Where the lock saw one cite: its fingerprint, line, paragraph and original offsets."""

    fingerprint: str
    line: int
    paragraph: int
    start: int
    end: int

    def __str__(self) -> str:
        """The lock's compact form: ``line:paragraph:start-end:fingerprint``."""
        return f"{self.line}:{self.paragraph}:{self.start}-{self.end}:{self.fingerprint}"

    @classmethod
    def parse(cls, text: str) -> Recorded:
        """The record of ``str(record)``; ValueError if it is not one."""
        line, paragraph, span, fingerprint = text.split(":")
        start, end = span.split("-")
        numbers = [int(n) for n in (line, paragraph, start, end)]
        if any(n < 0 for n in numbers) or numbers[2] > numbers[3] or len(fingerprint) != 16 or not _hex(fingerprint):
            raise ValueError(f"not a cite record: {text!r}")
        return cls(fingerprint, *numbers)


def _hex(text: str) -> bool:
    return all(c in "0123456789abcdef" for c in text)


def fingerprint(cite: str) -> str:
    """A short hash of a cite as the author wrote it: the lock's record is of this cite, not one edited since."""
    return sha256_hex(cite.encode("utf-8"))[:16]


class Revision(NamedTuple):
    """What became of a cite the lock holds that is no longer in its source."""

    code: str  # DG702 reworded, DG703 changed in value, DG704 gone
    message: str
    start: int = -1  # the nearest passage's original offsets (-1: none)
    end: int = -1
    data: dict | None = None


def values(text: str) -> Counter:
    """The figures and dates ``text`` states, as the parsers read them (a multiset, by value)."""
    t = normalize(text)
    found: Counter = Counter()
    from .dates import parse_dates
    from .quantities import _describe as describe_quantity
    from .quantities import parse_quantities

    for q in parse_quantities(t):
        found[("figure", describe_quantity(q))] += 1
    for d in parse_dates(t):
        found[("date", d.parts())] += 1
    return found


# The rest of a figure a passage ends inside of: "14" of "14.2%", "+166" of "+166,000".
_FIGURE_TAIL = lazy(r"(?:[.,．，]?[0-9０-９])*(?:%|％| ?percent\b)?")
_FIGURE_HEAD = lazy(r"[0-9０-９+\-$]*\Z")


def _whole_values(hint: Suggestion, cite: str, text: str) -> Suggestion:
    """The passage widened to the whole figures at its ends, so its values are read whole."""
    from .suggest import mark

    start = _FIGURE_HEAD.search(text, 0, hint.start).start() if hint.start and text[hint.start - 1 : hint.start].isdigit() else hint.start
    end = _FIGURE_TAIL.match(text, hint.end).end() if hint.end and text[hint.end - 1 : hint.end].isdigit() else hint.end
    if (start, end) == (hint.start, hint.end):
        return hint
    passage = text[start:end]
    return replace(hint, text=passage, marked=mark(cite, passage), start=start, end=end)


def _listed(counter: Counter) -> str:
    return ", ".join(v for (_, v), n in sorted(counter.items()) for _ in range(n))


def revision(cite: str, text: str, source: str) -> Revision:
    """What became of ``cite``, once found in the source named ``source``, in its new ``text``."""
    from .suggest import legend, nearest

    hint = nearest(cite, text)
    if hint is None or hint.score < REWORDED_MIN_SCORE:
        message = f"the cited passage is gone from {source} (revised since the lock): no passage like it remains"
        if hint is not None:
            message += f" (the closest, {hint.lines}, shares little: '{hint.marked}')"
        return Revision("DG704", message + "; rewrite or remove the card")
    hint = _whole_values(hint, cite, text)
    before, after = values(cite), values(hint.text)
    where = f"{hint.lines}: '{hint.marked}' ({legend(hint.marked)})"
    if before != after:
        was, now = before - after, after - before
        change = f"{_listed(was) or 'nothing'} → {_listed(now) or 'nothing'}"
        return Revision(
            "DG703",
            f"a figure or date in the cited passage changed in {source} (revised since the lock): {change}; "
            f"the passage now, {where}; check the answer and update the card",
            hint.start,
            hint.end,
            {"was": sorted(v for _, v in was.elements()), "now": sorted(v for _, v in now.elements())},
        )
    return Revision(
        "DG702",
        f"the cited passage was reworded in {source} (revised since the lock), its figures and dates the same; "
        f"the passage now, {where}; copy it into the cite",
        hint.start,
        hint.end,
    )
