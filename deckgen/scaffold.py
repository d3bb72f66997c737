"""``deckgen init``: start a deck for a new article, checked from the first minute.

Copies the article into ``<cards>/sources/``, writes ``<cards>/<slug>.yaml``
with the metadata to fill in and one example card whose cite is the article's
first sentence, and writes the deck's lock, so ``deckgen check`` passes before
the author has changed anything; ``check --strict`` and ``build`` name what is
still a placeholder (DG507) until the author has replaced it. Nothing that
already exists is ever overwritten.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from .decks import MAX_SOURCE_BYTES, SLUG, display, load_deck, read_limited, read_source, shown
from .errors import DeckgenError
from .extract import extract_source, is_extractable
from .find import yaml_quote
from .lock import compare_notes, lock_path
from .render import note_specs
from .schema import SCHEMA_FILE as SCHEMA
from .schema import schema_text
from .grounding import check_deck  # moved out of function bodies by move_imports.py
MAX_EXAMPLE_CITE = 200
MAX_EXAMPLE_ANSWER = 20
EXAMPLE_QUESTION = "TODO: ask a question that the cite below answers"
_SENTENCE_END = re.compile(r"[。！？!?]|\.(?=\s|$)")
_CLAUSE_END = re.compile(r"[，,；;：:、]")
# A run of word characters without separators a list check would split on.
_ANSWER = re.compile(r"[^\s、,;/，；。：:!?！？()（）\"“”「」『』']+(?: [^\s、,;/，；。：:!?！？()（）\"“”「」『』']+){0,2}")


def first_sentence(text: str) -> str:
    """The first sentence of the first non-blank line, without its full stop."""
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    m = _SENTENCE_END.search(line)
    sentence = (line[: m.start()] if m and m.start() > 0 else line).strip()
    if len(sentence) > MAX_EXAMPLE_CITE:
        cut = [c.start() for c in _CLAUSE_END.finditer(sentence, 0, MAX_EXAMPLE_CITE)]
        sentence = sentence[: cut[-1] if cut else MAX_EXAMPLE_CITE].strip()
    return sentence


def example_answers(cite: str) -> list[str]:
    """Answers for the example card, best first: each occurs verbatim in ``cite``."""
    out = []
    m = _ANSWER.search(cite)
    if m:
        out.append(_cut(m.group(0)))
    clause = _CLAUSE_END.split(cite)[0].strip()
    out.append(_cut(clause))
    out.append(_cut(cite))
    return [a for a in dict.fromkeys(out) if a]


def _cut(text: str) -> str:
    """``text`` cut to MAX_EXAMPLE_ANSWER characters, never inside a Latin word: a fact answer
    must be whole words of its cite ("approve" is not in "approves")."""
    cut = text[:MAX_EXAMPLE_ANSWER]
    latin = lambda c: c.isascii() and c.isalnum()  # noqa: E731
    if len(text) > len(cut) and latin(text[len(cut)]) and latin(cut[-1]):
        cut = cut[: cut.rfind(" ")] if " " in cut else ""
    return cut.strip()


# The editors' schema, kept beside the decks: the deck's comment line names it
# there, so it works wherever deckgen is installed (and in every clone).
SCHEMA_NAME = SCHEMA.name


def _meta_line(meta: dict[str, str], key: str, todo: str) -> str:
    """A source field as the page stated it, or empty with what to fill in."""
    if key in meta:
        return f"{key}: {yaml_quote(meta[key])}  # as the page states it"
    if key == "url":  # an address must be one: empty until the author has it
        return f'{key}: ""  # TODO: {todo}'
    return f"{key}: {yaml_quote('TODO: ' + todo)}  # fill in, or empty it: build refuses a placeholder"


def deck_text(slug: str, source_name: str, schema_ref: str, question: str, answer: str, cite: str, meta: dict[str, str] | None = None) -> str:
    meta = meta or {}
    return f"""\
# yaml-language-server: $schema={schema_ref}
# Cards about {source_name}. Every cite is copied verbatim from sources/{source_name};
# `deckgen check` proves it. Find a passage to cite with:
#   deckgen find "words you remember" --deck <this file>
deck:
  id: {slug}  # permanent: Anki knows the deck by it; never change it once shipped
  name: {slug}  # the deck's name in Anki
  source:
    file: {yaml_quote("sources/" + source_name)}
    {_meta_line(meta, "title", "the article's title, shown on the back of every card")}
    {_meta_line(meta, "publisher", "who published it")}
    {_meta_line(meta, "author", "who wrote it")}
    {_meta_line(meta, "published", "when, as it should be shown (e.g. 2025年7月)")}
    {_meta_line(meta, "url", "where it is online (http:// or https://), or leave it empty")}
  # entities:  # names and their other spellings; an answer may use any of them
  #   英偉達: [英伟达, NVIDIA]

cards:
  # An example to replace with your own. kind: fact (default), date, figure or quote.
  - id: example
    kind: fact
    q: {yaml_quote(question)}
    a: {yaml_quote(answer)}
    cite: {yaml_quote(cite)}
    tags: [todo]
    # translation:
    #   q: the question in English
    #   a: the answer in English
"""


def init_deck(slug: str, source: Path, cards_dir: Path) -> Created:
    """Create ``cards_dir/<slug>.yaml`` and its lock for ``source``; return what it made.

    Every file is created new (``O_EXCL``), never through a link (``O_NOFOLLOW``),
    so a file, folder, FIFO or planted symlink already at a name is refused, not
    written through or waited on. Any operating-system error is one line; what
    was created before it is removed again.
    """
    if not SLUG.match(slug):
        raise DeckgenError(f"deck id {shown(slug)} must be a lowercase slug: letters a-z, digits and single hyphens")
    source = Path(source)
    cards_dir = Path(cards_dir)
    meta, source_name = {}, source.name  # a text file is copied as it is
    if is_extractable(source):  # a web page or Markdown: its text is written instead
        page = extract_source(source)
        text, data, meta, source_name = page.text, page.text.encode("utf-8"), page.metadata(), f"{source.stem}.txt"
    else:
        data = read_limited(source, MAX_SOURCE_BYTES, DeckgenError, f"source file {display(source)}", "for a source")
        text = read_source(source, lambda m: DeckgenError(m))
    cite = first_sentence(text)
    if not cite:
        raise DeckgenError("the source has no text to make cards from", display(source))

    deck_path = cards_dir / f"{slug}.yaml"
    lock = lock_path(deck_path)
    sources = cards_dir / "sources"
    target = sources / source_name
    created: list[Path] = []  # files and folders this call made, removed again on any error
    try:
        for existing in (deck_path, cards_dir / f"{slug}.yml", lock):
            if os.path.lexists(existing):
                raise DeckgenError(f"{display(existing)} already exists; choose another deck id or edit that deck")
        copy = _needs_copy(target, data)
        _make_folder(cards_dir, created)
        _make_folder(sources, created)
        if copy:
            _create(target, data, created)
        if not os.path.lexists(cards_dir / SCHEMA_NAME):  # one there already (perhaps older) is the author's to refresh
            _create(cards_dir / SCHEMA_NAME, schema_text().encode("utf-8"), created)
        checked = None
        for answer in example_answers(cite):
            body = deck_text(slug, source_name, SCHEMA_NAME, EXAMPLE_QUESTION, answer, cite, meta).encode("utf-8")
            if deck_path in created:
                _rewrite(deck_path, body)
            else:
                _create(deck_path, body, created)
            checked, problems = _check(deck_path)
            # The placeholders (DG507) are the author's to fill in; build refuses them until then.
            if not [p for p in problems if p.code != "DG507"]:
                break
        else:
            raise DeckgenError(f"could not write an example card that checks: {problems[0]}", display(deck_path))
        _create(lock, _lock_json(checked), created)
    except OSError as e:
        _remove(created)
        where = display(Path(e.filename)) if e.filename else display(cards_dir)
        raise DeckgenError(f"cannot create {where}: {e.strerror or e}") from None
    except BaseException:
        _remove(created)
        raise

    return Created(deck_path, lock, target, copy)


@dataclass(frozen=True)
class Created:
    """What ``deckgen init`` made: the deck, its lock, and the source it uses."""

    deck: Path
    lock: Path
    source: Path
    copied: bool  # False: the same text was already there


def _needs_copy(target: Path, data: bytes) -> bool:
    """Whether the source must be copied to ``target``: no if the same bytes are already
    there; refuse anything else at that name (another file, a folder, a FIFO, a link)."""
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return True
    except NotADirectoryError:
        return True  # a file where the sources folder should be: making the folder says so
    if stat.S_ISLNK(info.st_mode):
        raise DeckgenError(f"{display(target)} is a link; deckgen init never writes through one: remove it or rename the source file")
    if not stat.S_ISREG(info.st_mode):
        raise DeckgenError(f"{display(target)} already exists and is not a regular file; remove it or rename the source file")
    try:
        same = read_limited(target, len(data), DeckgenError, display(target), "") == data
    except DeckgenError:  # larger than the source, or unreadable: not the same file
        same = False
    if not same:
        raise DeckgenError(f"{display(target)} already exists with other content; rename the source file or remove that one")
    return False


def _make_folder(path: Path, created: list[Path]) -> None:
    """Make the folder ``path`` if it is not there; never accept a link in its place."""
    try:
        path.mkdir(parents=True)
        created.append(path)
    except FileExistsError:
        if os.path.islink(path) and path.name == "sources":
            raise DeckgenError(f"{display(path)} is a link; deckgen init never writes through one: make it a folder") from None
        if not path.is_dir():
            raise DeckgenError(f"cannot create {display(path)}: a file of that name is in the way") from None


_NEW = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)


def _create(path: Path, data: bytes, created: list[Path]) -> None:
    """Write a new file: fails if anything, even a dangling link, has the name."""
    try:
        fd = os.open(path, _NEW, 0o666)
    except FileExistsError:
        raise DeckgenError(f"{display(path)} already exists; deckgen init never overwrites a file or writes through a link") from None
    created.append(path)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def _rewrite(path: Path, data: bytes) -> None:
    """Replace the content of a file this call created."""
    fd = os.open(path, os.O_WRONLY | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(fd, "wb") as f:
        f.write(data)


def _remove(created: list[Path]) -> None:
    for path in reversed(created):
        try:
            path.rmdir() if path.is_dir() and not path.is_symlink() else path.unlink()
        except OSError:
            pass  # a folder someone else filled meanwhile stays


def _check(deck_path: Path):
    """Load and check the new deck: its card's results and every finding, warnings included."""
    from .lint import lint_deck

    deck = load_deck(deck_path)
    results = check_deck(deck)
    problems = [p for r in results for p in r.problems] + [p for ps in lint_deck(deck).values() for p in ps]
    return (deck, results), problems


def _lock_json(checked) -> bytes:
    deck, results = checked
    return compare_notes(None, deck, note_specs(deck, list(results))).advance().to_json().encode("utf-8")
