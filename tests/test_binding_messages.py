"""What binding messages quote: each label is a whole-word run of the cite as the author wrote it
(its own script and case), so the author can find it there."""

import re

from deckgen.fold import normalize

# A label in '…': the quote marks are not an apostrophe inside a word (Wellington's).
_QUOTED_RE = re.compile(r"(?<![A-Za-z])'(.+?)'(?![A-Za-z])")
_BINDING = ("DG4", "DG6")


def quoted_labels(code: str, message: str) -> list[str]:
    """The labels a binding finding's message quotes."""
    return _QUOTED_RE.findall(message) if code.startswith(_BINDING) else []


def _spaced(text: str) -> str:
    return " ".join(text.split())


def _alnum(c: str) -> bool:
    return c.isascii() and c.isalnum()


def as_written(label: str, cite: str) -> bool:
    """Whether ``label`` is a run of ``cite`` as written that starts and ends on whole words."""
    label, cite = _spaced(label), _spaced(cite)
    if not label:
        return False
    at = cite.find(label)
    while at >= 0:
        end = at + len(label)
        if not (_alnum(label[0]) and at and _alnum(cite[at - 1])) and not (_alnum(label[-1]) and end < len(cite) and _alnum(cite[end])):
            return True
        at = cite.find(label, at + 1)
    return False


def folded_only(label: str, cite: str) -> bool:
    """Whether ``label`` is the cite's words only once both are folded (script, case, width)."""
    return not as_written(label, cite) and as_written(normalize(label), normalize(cite))
