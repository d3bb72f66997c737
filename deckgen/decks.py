"""Loading deck files: YAML in, frozen ``Deck`` and ``Card`` values out.

The loader reads the YAML *node* tree (libyaml's composer when available), never
PyYAML's constructed Python objects: a scalar is kept exactly as the author wrote
it (``0.10`` stays ``"0.10"``, ``no`` stays ``"no"``), every value keeps its line
and column, and duplicate keys, unknown keys and aliases are caught instead of
silently resolved.
"""

from __future__ import annotations

import difflib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import yaml

from .errors import DeckgenError

try:  # libyaml is an order of magnitude faster on large decks
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

KINDS = ("fact", "date", "figure", "quote")
DECK_SUFFIXES = (".yaml", ".yml")
MAX_FILE_BYTES = 64 * 1024 * 1024  # far above any real deck (100k cards is ~25 MB)
MAX_FIELD_CHARS = 20_000  # a cite longer than this is a chapter, not a passage
MAX_SOURCE_BYTES = 64 * 1024 * 1024
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
TAG = re.compile(r"[^\s\"]+\Z")

DECK_KEYS = ("id", "name", "source", "entities", "exempt")
SOURCE_KEYS = ("file", "title", "publisher", "author", "published", "url", "notice")
CARD_KEYS = ("id", "kind", "q", "a", "cite", "tags", "translation", "cloze", "subdeck")
TRANSLATION_KEYS = ("q", "a")
EXEMPT_KEYS = ("cite", "reason")


@dataclass(frozen=True)
class Source:
    """The text a deck is about, with the metadata every card's citation shows."""

    file: Path
    text: str
    title: str = ""
    publisher: str = ""
    author: str = ""
    published: str = ""
    url: str = ""
    notice: str = ""


@dataclass(frozen=True)
class Translation:
    q: str
    a: str
    line: int
    col: int


@dataclass(frozen=True)
class Card:
    """One question and answer with the passage of the source that supports it."""

    id: str
    kind: str
    q: str
    a: str
    cites: tuple[str, ...]
    tags: tuple[str, ...]
    line: int  # where the card's mapping starts
    col: int
    translation: Translation | None = None
    cloze: bool = False
    subdeck: str = ""
    # 1-based (line, col) of each key's value, for findings about that field
    where: dict[str, tuple[int, int]] = field(default_factory=dict, compare=False, hash=False)

    def at(self, key: str) -> tuple[int, int]:
        return self.where.get(key, (self.line, self.col))


@dataclass(frozen=True)
class Exemption:
    """A passage the deck deliberately does not cover, and why (coverage)."""

    cite: str
    reason: str
    line: int
    col: int


@dataclass(frozen=True)
class Deck:
    id: str
    name: str
    path: Path
    source: Source
    cards: tuple[Card, ...]
    entities: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, hash=False)
    exempt: tuple[Exemption, ...] = ()

    @property
    def display_path(self) -> str:
        return display(self.path)


def display(path: Path) -> str:
    """The path as a user should read it: relative to the working folder if inside."""
    try:
        return os.path.relpath(path) if not os.path.relpath(path).startswith("..") else str(path)
    except ValueError:  # another drive on Windows
        return str(path)


def find_deck_files(paths: list[str] | tuple[str, ...]) -> list[Path]:
    """Deck files named by ``paths``: files as given, folders searched (sorted)."""
    found: list[Path] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            found.extend(sorted(q for q in path.iterdir() if q.suffix in DECK_SUFFIXES and q.is_file()))
        elif path.exists():
            found.append(path)
        else:
            raise DeckgenError("no such file or folder", display(path))
    return found


def load_deck(path: Path | str) -> Deck:
    """Read, parse and validate one deck file and its source; raise DeckgenError."""
    path = Path(path)
    return _DeckReader(path).read()


class _DeckReader:
    def __init__(self, path: Path):
        self.path = path
        self.name = display(path)
        self.seen: set[int] = set()

    # -- errors ------------------------------------------------------------
    def error(self, node_or_mark, message: str) -> DeckgenError:
        mark = getattr(node_or_mark, "start_mark", node_or_mark)
        if mark is None:
            return DeckgenError(message, self.name)
        return DeckgenError(message, self.name, mark.line + 1, mark.column + 1)

    # -- reading -----------------------------------------------------------
    def read(self) -> Deck:
        text = self.decode()
        if not text.strip():
            raise DeckgenError("the file is empty; a deck needs a 'deck:' and a 'cards:' section", self.name, 1, 1)
        try:
            root = yaml.compose(text, Loader=_Loader)
        except yaml.MarkedYAMLError as e:
            raise self.yaml_error(e) from None
        except yaml.YAMLError as e:  # pragma: no cover - unmarked errors are rare
            raise DeckgenError(f"not valid YAML: {e}", self.name) from None
        if root is None:
            raise DeckgenError("the file has no YAML content", self.name, 1, 1)
        top = self.mapping(root, ("deck", "cards"), "the file", required=("deck", "cards"))
        deck_node = self.mapping(top["deck"][1], DECK_KEYS, "deck", required=("id", "name", "source"))
        deck_id = self.slug(deck_node["id"][1], "deck id")
        deck_name = self.string(deck_node["name"][1], "deck name")
        source = self.source(deck_node["source"][1])
        entities = self.entities(deck_node["entities"][1]) if "entities" in deck_node else {}
        exempt = self.exemptions(deck_node["exempt"][1]) if "exempt" in deck_node else ()
        cards = self.cards(top["cards"][1])
        return Deck(deck_id, deck_name, self.path, source, cards, entities, exempt)

    def decode(self) -> str:
        try:
            size = self.path.stat().st_size
            if size > MAX_FILE_BYTES:
                raise DeckgenError(
                    f"the file is {size:,} bytes, over the {MAX_FILE_BYTES:,}-byte limit for a deck; split it",
                    self.name,
                )
            data = self.path.read_bytes()
        except OSError as e:
            raise DeckgenError(f"cannot read the file: {e.strerror}", self.name) from None
        return decode_utf8(data, self.name)

    def yaml_error(self, e: yaml.MarkedYAMLError) -> DeckgenError:
        mark = e.problem_mark or e.context_mark
        problem = e.problem or "invalid YAML"
        if "'\\t'" in problem or "\\t" in problem:
            problem = "a tab character: YAML indents with spaces only; replace the tab with spaces"
        elif e.context:
            problem = f"{problem} ({e.context})"
        return self.error(mark, f"invalid YAML: {problem}")

    # -- node helpers ------------------------------------------------------
    def visit(self, node) -> None:
        # The composer hands back the same node object for an alias. Aliases are
        # refused, which also makes "billion laughs" files fail at once.
        if id(node) in self.seen:
            raise self.error(node, "YAML anchors and aliases (&name, *name) are not allowed in a deck; write the value out")
        self.seen.add(id(node))

    def mapping(self, node, allowed, what: str, required=()) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        self.visit(node)
        if not isinstance(node, yaml.MappingNode):
            raise self.error(node, f"{what} must be a mapping of keys to values, not {kind_of(node)}")
        out: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key, value in node.value:
            if not isinstance(key, yaml.ScalarNode):
                raise self.error(key, f"keys in {what} must be plain words")
            name = key.value
            if name == "<<":
                raise self.error(key, "YAML merge keys (<<) are not allowed in a deck; write the keys out")
            if name in out:
                first = out[name][0].start_mark
                raise self.error(key, f"duplicate key '{name}' in {what} (first at line {first.line + 1}); keep one")
            if name not in allowed:
                hint = difflib.get_close_matches(name, allowed, n=1, cutoff=0.5)
                also = f"; did you mean '{hint[0]}'?" if hint else f"; allowed: {', '.join(allowed)}"
                raise self.error(key, f"unknown key '{name}' in {what}{also}")
            out[name] = (key, value)
        for name in required:
            if name not in out:
                raise self.error(node, f"{what} is missing the required key '{name}'")
        return out

    def string(self, node, what: str, required: bool = True) -> str:
        self.visit(node)
        if not isinstance(node, yaml.ScalarNode):
            raise self.error(node, f"{what} must be a string, not {kind_of(node)}")
        value = node.value
        if required and not value.strip():
            raise self.error(node, f"{what} is empty; write a value")
        if len(value) > MAX_FIELD_CHARS:
            raise self.error(node, f"{what} is {len(value):,} characters, over the {MAX_FIELD_CHARS:,}-character limit")
        return value

    def strings(self, node, what: str) -> tuple[str, ...]:
        """A string or a non-empty list of strings."""
        if isinstance(node, yaml.SequenceNode):
            self.visit(node)
            if not node.value:
                raise self.error(node, f"{what} is an empty list; give at least one string")
            return tuple(self.string(item, what) for item in node.value)
        return (self.string(node, what),)

    def slug(self, node, what: str) -> str:
        value = self.string(node, what)
        if not SLUG.match(value):
            raise self.error(node, f"{what} '{value}' must be a lowercase slug: letters a-z, digits and single hyphens")
        return value

    def boolean(self, node, what: str) -> bool:
        value = self.string(node, what)
        if value in ("true", "yes", "True", "Yes"):
            return True
        if value in ("false", "no", "False", "No"):
            return False
        raise self.error(node, f"{what} must be true or false, not '{value}'")

    # -- sections ----------------------------------------------------------
    def source(self, node) -> Source:
        keys = self.mapping(node, SOURCE_KEYS, "deck source", required=("file",))
        meta = {k: self.string(v, f"source {k}", required=False) for k, (_, v) in keys.items() if k != "file"}
        file_node = keys["file"][1]
        rel = self.string(file_node, "source file")
        url = meta.get("url", "")
        if url and not re.match(r"https?://[^\s<>\"']+\Z", url):
            raise self.error(keys["url"][1], "source url must be an http:// or https:// address")
        path = self.confine(rel, file_node)
        text = read_source(path, lambda m: self.error(file_node, m))
        return Source(path, text, **meta)

    def confine(self, rel: str, node) -> Path:
        """Resolve a source path; refuse one outside the deck's folder and the working folder.

        Otherwise a deck in a pull request could point at any readable file and
        have CI print its lines through the nearest-passage suggestions.
        """
        target = (self.path.parent / rel).resolve()
        roots = (self.path.parent.resolve(), Path.cwd().resolve())
        if not any(target == root or root in target.parents for root in roots):
            raise self.error(node, f"source file '{rel}' is outside the deck's folder; keep sources beside the deck")
        return target

    def entities(self, node) -> dict[str, tuple[str, ...]]:
        self.visit(node)
        if not isinstance(node, yaml.MappingNode):
            raise self.error(node, f"deck entities must be a mapping of names to lists of aliases, not {kind_of(node)}")
        out: dict[str, tuple[str, ...]] = {}
        for key, value in node.value:
            name = self.string(key, "entity name")
            if name in out:
                raise self.error(key, f"duplicate entity '{name}'; keep one")
            if isinstance(value, yaml.ScalarNode) and value.value == "":
                out[name] = ()
                continue
            if not isinstance(value, yaml.SequenceNode):
                raise self.error(value, f"aliases of '{name}' must be a list of strings, not {kind_of(value)}")
            self.visit(value)
            out[name] = tuple(self.string(v, f"alias of '{name}'") for v in value.value)
        return out

    def exemptions(self, node) -> tuple[Exemption, ...]:
        self.visit(node)
        if not isinstance(node, yaml.SequenceNode):
            raise self.error(node, f"deck exempt must be a list of {{cite, reason}}, not {kind_of(node)}")
        out = []
        for item in node.value:
            keys = self.mapping(item, EXEMPT_KEYS, "an exemption", required=EXEMPT_KEYS)
            out.append(
                Exemption(
                    self.string(keys["cite"][1], "exempt cite"),
                    self.string(keys["reason"][1], "exempt reason"),
                    item.start_mark.line + 1,
                    item.start_mark.column + 1,
                )
            )
        return tuple(out)

    def cards(self, node) -> tuple[Card, ...]:
        self.visit(node)
        if isinstance(node, yaml.ScalarNode) and node.value == "":
            raise self.error(node, "the deck has no cards; add at least one under 'cards:'")
        if not isinstance(node, yaml.SequenceNode):
            raise self.error(node, f"cards must be a list of cards, not {kind_of(node)}")
        if not node.value:
            raise self.error(node, "the deck has no cards; add at least one under 'cards:'")
        cards: list[Card] = []
        ids: dict[str, int] = {}
        for item in node.value:
            card = self.card(item)
            if card.id in ids:
                raise self.error(item, f"duplicate card id '{card.id}' (first at line {ids[card.id]}); card ids must be unique")
            ids[card.id] = card.line
            cards.append(card)
        return tuple(cards)

    def card(self, node) -> Card:
        keys = self.mapping(node, CARD_KEYS, "a card", required=("id", "q", "a", "cite"))
        where = {k: (v.start_mark.line + 1, v.start_mark.column + 1) for k, (_, v) in keys.items()}
        card_id = self.slug(keys["id"][1], "card id")
        kind = "fact"
        if "kind" in keys:
            kind = self.string(keys["kind"][1], "card kind")
            if kind not in KINDS:
                hint = difflib.get_close_matches(kind, KINDS, n=1, cutoff=0.5)
                also = f"; did you mean '{hint[0]}'?" if hint else ""
                raise self.error(keys["kind"][1], f"unknown kind '{kind}': use one of {', '.join(KINDS)}{also}")
        tags: tuple[str, ...] = ()
        if "tags" in keys:
            tags = self.tags(keys["tags"][1])
        translation = None
        if "translation" in keys:
            t_node = keys["translation"][1]
            t = self.mapping(t_node, TRANSLATION_KEYS, "a translation", required=TRANSLATION_KEYS)
            translation = Translation(
                self.string(t["q"][1], "translated question"),
                self.string(t["a"][1], "translated answer"),
                t_node.start_mark.line + 1,
                t_node.start_mark.column + 1,
            )
        subdeck = ""
        if "subdeck" in keys:
            subdeck = self.string(keys["subdeck"][1], "subdeck")
        return Card(
            id=card_id,
            kind=kind,
            q=self.string(keys["q"][1], "question (q)"),
            a=self.string(keys["a"][1], "answer (a)"),
            cites=self.strings(keys["cite"][1], "cite"),
            tags=tags,
            line=node.start_mark.line + 1,
            col=node.start_mark.column + 1,
            translation=translation,
            cloze=self.boolean(keys["cloze"][1], "cloze") if "cloze" in keys else False,
            subdeck=subdeck,
            where=where,
        )

    def tags(self, node) -> tuple[str, ...]:
        self.visit(node)
        if not isinstance(node, yaml.SequenceNode):
            raise self.error(node, f"tags must be a list of words, not {kind_of(node)}")
        out = []
        for item in node.value:
            tag = self.string(item, "tag")
            if not TAG.match(tag):
                raise self.error(item, f"tag '{tag}' must be one word without spaces or quotes (Anki splits tags on spaces)")
            out.append(tag)
        return tuple(out)


def kind_of(node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if isinstance(node, yaml.ScalarNode) and node.value == "":
        return "empty"
    return f"the value '{getattr(node, 'value', '')}'"


def decode_utf8(data: bytes, name: str) -> str:
    """Decode UTF-8 (a BOM is fine; CRLF is fine); name the line, column and byte if not."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        before = data[: e.start]
        line = before.count(b"\n") + 1
        col = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        raise DeckgenError(
            f"not UTF-8: byte 0x{data[e.start]:02x} at offset {e.start}; save the file as UTF-8", name, line, col
        ) from None


def read_source(path: Path, error) -> str:
    """Read a source text: UTF-8 text, not binary, not huge. ``error(msg)`` builds the exception."""
    try:
        if not path.is_file():
            raise error(f"source file {display(path)} does not exist" if not path.exists() else f"source {display(path)} is not a file")
        size = path.stat().st_size
        if size > MAX_SOURCE_BYTES:
            raise error(f"source file {display(path)} is {size:,} bytes, over the {MAX_SOURCE_BYTES:,}-byte limit")
        data = path.read_bytes()
    except OSError as e:
        raise error(f"cannot read source file {display(path)}: {e.strerror}") from None
    if b"\x00" in data[:8192]:
        raise error(f"source file {display(path)} is binary, not text; give a UTF-8 text file")
    try:
        text = decode_utf8(data, display(path))
    except DeckgenError as e:
        raise error(f"source file {display(path)} is {e.message[0].lower()}{e.message[1:]} (line {e.line}, column {e.col})") from None
    return text.replace("\r\n", "\n")


def iter_decks(paths) -> Iterator[Deck | DeckgenError]:
    """Each deck named by ``paths``, or the error that kept it from loading."""
    for path in find_deck_files(list(paths)):
        try:
            yield load_deck(path)
        except DeckgenError as e:
            yield e
