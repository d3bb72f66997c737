"""``deckgen init``: start a deck for a new article, checked from the first minute.

Copies the article into ``<cards>/sources/``, writes ``<cards>/<slug>.yaml``
with the metadata to fill in and one example card whose cite is the article's
first sentence, and writes the deck's lock, so ``deckgen check`` (even
``--strict``) passes before the author has changed anything. Nothing that
already exists is ever overwritten.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

from .decks import SLUG, display, load_deck, read_source
from .errors import DeckgenError
from .extract import extract_source, is_extractable
from .find import yaml_quote
from .lock import compare_notes, lock_path, write_atomic
from .render import note_specs
from .schema import SCHEMA_FILE as SCHEMA
from .sources import write_new
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
        out.append(m.group(0)[:MAX_EXAMPLE_ANSWER].strip())
    clause = _CLAUSE_END.split(cite)[0].strip()
    out.append(clause[:MAX_EXAMPLE_ANSWER].strip())
    out.append(cite[:MAX_EXAMPLE_ANSWER].strip())
    return [a for a in dict.fromkeys(out) if a]


def schema_reference(cards_dir: Path) -> str:
    """The schema's path as the deck's comment line should give it (relative, with /)."""
    try:
        rel = os.path.relpath(SCHEMA.resolve(), cards_dir.resolve())
    except ValueError:  # another drive on Windows
        return SCHEMA.resolve().as_uri()
    return rel.replace(os.sep, "/")


def _meta_line(meta: dict[str, str], key: str, todo: str) -> str:
    """A source field as the page stated it, or empty with what to fill in."""
    return f"{key}: {yaml_quote(meta[key])}  # as the page states it" if key in meta else f'{key}: ""  # TODO: {todo}'


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


def init_deck(slug: str, source: Path, cards_dir: Path) -> str:
    """Create ``cards_dir/<slug>.yaml`` and its lock for ``source``; return what to do next."""
    if not SLUG.match(slug):
        raise DeckgenError(f"deck id '{slug}' must be a lowercase slug: letters a-z, digits and single hyphens")
    source = Path(source)
    cards_dir = Path(cards_dir)
    data, meta, source_name = None, {}, source.name  # a text file is copied as it is
    if is_extractable(source):  # a web page or Markdown: its text is written instead
        page = extract_source(source)
        text, data, meta, source_name = page.text, page.text.encode("utf-8"), page.metadata(), f"{source.stem}.txt"
    else:
        text = read_source(source, lambda m: DeckgenError(m))
    cite = first_sentence(text)
    if not cite:
        raise DeckgenError("the source has no text to make cards from", display(source))

    deck_path = cards_dir / f"{slug}.yaml"
    lock = lock_path(deck_path)
    for existing in (deck_path, cards_dir / f"{slug}.yml", lock):
        if existing.exists():
            raise DeckgenError(f"{display(existing)} already exists; choose another deck id or edit that deck")
    target = cards_dir / "sources" / source_name
    copy = True
    if target.exists():
        if (data is None and target.resolve() == source.resolve()) or target.read_bytes() == (data if data is not None else source.read_bytes()):
            copy = False
        else:
            raise DeckgenError(
                f"{display(target)} already exists with other content; rename the source file or remove that one"
            )

    created: list[Path] = []
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if copy:
            if data is None:
                shutil.copyfile(source, target)
            else:
                write_new(target, data)
            created.append(target)
        checked = None
        for answer in example_answers(cite):
            body = deck_text(slug, source_name, schema_reference(cards_dir), EXAMPLE_QUESTION, answer, cite, meta)
            if deck_path in created:
                deck_path.write_text(body, encoding="utf-8")
            else:
                with open(deck_path, "x", encoding="utf-8", newline="\n") as f:  # never overwrite
                    f.write(body)
                created.append(deck_path)
            checked, problems = _check(deck_path)
            if not problems:
                break
        else:
            raise DeckgenError(f"could not write an example card that checks: {problems[0]}", display(deck_path))
        _write_lock(checked, lock)
        created.append(lock)
    except BaseException:
        for path in reversed(created):
            path.unlink(missing_ok=True)
        raise

    where = display(deck_path)
    copied = f"{'wrote the text of' if data is not None else 'copied'} the source to {display(target)}" if copy else f"using {display(target)}"
    return "\n".join(
        [
            f"created {where} with one example card, and its lock {display(lock)}; {copied}",
            "next:",
            f"  1. fill in the source's title, publisher, author, published and url in {where}",
            f'  2. find passages to cite:  deckgen find "words from the article" --deck {where}',
            f"  3. write cards, then check them:  deckgen check {where}",
            f"  4. build the Anki deck:  deckgen build {where}",
        ]
    )


def _check(deck_path: Path):
    """Load and check the new deck: its card's results and every finding, warnings included."""
    from .grounding import check_deck
    from .lint import lint_deck

    deck = load_deck(deck_path)
    results = check_deck(deck)
    problems = [p for r in results for p in r.problems] + [p for ps in lint_deck(deck).values() for p in ps]
    return (deck, results), problems


def _write_lock(checked, path: Path) -> None:
    deck, results = checked
    new = compare_notes(None, deck, note_specs(deck, list(results))).advance()
    write_atomic(path, new.to_json().encode("utf-8"))

