"""``deckgen source add``: an article's page in, a plain-text source beside the decks out.

The text (``extract.extract_source``) is written to ``<cards>/sources/<slug>.txt``
and the deck's ``source:`` block is printed with the metadata the page stated.
A file is never overwritten and never written through a symlink: it is written
under a temporary name and then hard-linked into place, which fails if anything,
even a dangling symlink, already has the name; readers never see half a file.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .decks import MAX_SOURCE_BYTES, display, read_limited
from .errors import DeckgenError
from .extract import META_FIELDS, Extracted, extract_source
from .find import yaml_quote
from .lock import _umask

MAX_SLUG = 60
FALLBACK_SLUG = "source"


@dataclass(frozen=True)
class AddedSource:
    page: Path
    path: Path  # the text file written (or found already there, identical)
    extracted: Extracted
    written: bool

    def source_block(self, deck_dir: Path, item: bool = False) -> str:
        """The deck's ``source:`` block, two spaces in as under ``deck:``; unstated fields as comments.

        ``item``: an item of a ``sources:`` list instead, with an id (the text file's name).
        """
        rel = os.path.relpath(self.path, deck_dir).replace(os.sep, "/")
        first, pad = (f"    - id: {self.path.stem}", "      ") if item else ("  source:", "    ")
        lines = [first, f"{pad}file: {yaml_quote(rel)}"]
        meta = self.extracted.metadata()
        for key in META_FIELDS:
            lines.append(f"{pad}{key}: {yaml_quote(meta[key])}" if key in meta else f"{pad}# {key}: not stated on the page; fill it in by hand")
        return "\n".join(lines)

    def report(self, deck: Path | None, deck_dir: Path) -> str:
        """What was done and the block to paste, for the command line.

        A deck that already has its source gets this one as a further item of ``sources:``:
        replacing its ``source:`` would leave every card it has citing the wrong text.
        """
        paragraphs = self.extracted.text.count("\n")
        done = f"wrote {display(self.path)}" if self.written else f"{display(self.path)} already holds this text"
        has = _source_keys(deck) if deck else set()
        cited = f"cards citing it say 'source: {self.path.stem}'"
        if "sources" in has:
            where = f"in {display(deck)}, add it to the list under sources: ({cited}):"
        elif "source" in has:
            where = (f"in {display(deck)}, which has a source: already, make it a list: rename source: to sources:, "
                     f"make its block an item with an id (- id: ...), and add this item after it ({cited}):")
        else:
            where = f"in {display(deck)}, replace the source: block under deck: with" if deck else "paste into your deck, under deck:"
        return "\n".join(
            [
                f"{done}: {paragraphs} paragraph{'s' if paragraphs != 1 else ''}, "
                f"{len(self.extracted.text):,} characters from {display(self.page)}",
                f"{where}",
                self.source_block(deck_dir, item=bool(has)),
            ]
        )


_SOURCE_KEY = re.compile(r"^[ \t]+(sources?)[ \t]*:", re.MULTILINE)


def _source_keys(deck: Path) -> set[str]:
    """Which of ``source:`` and ``sources:`` the deck file has (indented, as under ``deck:``); read as text,
    since a deck being written may not load yet."""
    try:
        text = deck.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return set()
    return set(_SOURCE_KEY.findall(text))


def add_source(page: Path | str, cards_dir: Path | str) -> AddedSource:
    """Extract ``page`` and write its text to ``cards_dir/sources/<slug>.txt`` (never overwriting)."""
    page, cards_dir = Path(page), Path(cards_dir)
    extracted = extract_source(page)
    target = cards_dir / "sources" / f"{source_slug(extracted, page)}.txt"
    written = write_new(target, extracted.text.encode("utf-8"))
    return AddedSource(page, target, extracted, written)


def source_slug(extracted: Extracted, page: Path) -> str:
    """A file name for the text: from the title when it is mostly Latin letters, else from the page's name.

    A Chinese title's figures and acronyms alone (上半年中国经济增长7.8% → ``7-8``) name nothing.
    """
    for name in (extracted.title if _mostly_latin(extracted.title) else "", page.stem):
        slug = _slug(name)
        if slug:
            return slug
    return FALLBACK_SLUG


def _mostly_latin(title: str) -> bool:
    """At least half the title's letters are Latin ones (accented or not)."""
    letters = [c for c in unicodedata.normalize("NFKD", title) if c.isalpha()]
    return 2 * sum(c.isascii() for c in letters) >= len(letters) > 0


def _slug(name: str) -> str:
    # accents go (é -> e); other scripts separate words like punctuation does
    kept = (c if c.isascii() else "-" for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    slug = re.sub(r"[^a-z0-9]+", "-", "".join(kept).lower()).strip("-")
    if len(slug) > MAX_SLUG:
        slug = slug[:MAX_SLUG].rsplit("-", 1)[0]
    return slug if len(slug) >= 3 else ""


def write_new(path: Path, data: bytes) -> bool:
    """Create ``path`` holding ``data``; False if an identical regular file is already there.

    Refuses a symlink, a folder or a different file in the way.
    """
    name = display(path)
    if path.is_symlink():
        raise DeckgenError("is a symlink; deckgen does not write through symlinks: remove it or choose another name", name)
    if path.exists():
        existing = read_limited(path, MAX_SOURCE_BYTES, lambda m: DeckgenError(m, name), "the file", "for a source")
        if existing == data:
            return False
        raise DeckgenError("already exists with other content; remove it, or rename the page, to add this one", name)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as e:
        raise DeckgenError(f"cannot create the file: {e.strerror or e}", name) from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the usual mode
        os.link(tmp, path)  # fails if the name was taken meanwhile, symlink or not
    except FileExistsError:
        raise DeckgenError("appeared while deckgen was writing it; nothing was overwritten, run the command again", name) from None
    except OSError as e:
        raise DeckgenError(f"cannot create the file: {e.strerror or e}", name) from None
    finally:
        os.unlink(tmp)
    return True
