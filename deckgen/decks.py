"""Loading deck files: YAML in, frozen ``Deck`` and ``Card`` values out.

The loader builds the YAML *node* tree itself from libyaml's parser events, never
PyYAML's constructed Python objects: a scalar is kept exactly as the author wrote
it (``0.10`` stays ``"0.10"``, ``no`` stays ``"no"``), every value keeps its line
and column, and duplicate keys, unknown keys and aliases are caught instead of
silently resolved. Every error is a ``DeckgenError`` at ``file:line:col``; the
classes of bad input and their messages are listed in ``docs/errors.md``.
"""

from __future__ import annotations

import gc
import os
import re
import stat
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
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
# Limits far above any real deck (a deck about one article has tens or hundreds
# of cards; 50,000 cards is ~15 MB and ~650,000 values). They bound the time and
# memory a hostile or generated file can take before it is refused.
MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_NODES = 2_000_000  # YAML values (scalars, lists, mappings) in one deck file
MAX_DEPTH = 20  # a deck nests 5 deep; libyaml's composer recurses (and crashes) on deep nesting
MAX_FIELD_CHARS = 20_000  # a cite longer than this is a chapter, not a passage
MAX_SOURCE_BYTES = 64 * 1024 * 1024
URL = re.compile(r"https?://[^\s<>\"'{}\\^`|\x00-\x1f\x7f]+\Z", re.IGNORECASE)
# Control characters a field may not hold: all but tab, line feed and CR-LF. Anki
# splits note fields on U+001F and silently drops U+001E, a lone CR and others.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)")
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
TAG = re.compile(r"[^\s\"]+\Z")

DECK_KEYS = ("id", "name", "source", "entities", "exempt")
SOURCE_KEYS = ("file", "title", "publisher", "author", "published", "url", "notice")
CARD_KEYS = ("id", "kind", "q", "a", "cite", "tags", "translation", "cloze", "subdeck")
TRANSLATION_KEYS = ("q", "a")
EXEMPT_KEYS = ("cite", "reason")
_KEY_SLOT = {k: n for n, k in enumerate(CARD_KEYS)}


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


@dataclass(frozen=True, slots=True)
class Translation:
    q: str
    a: str
    line: int
    col: int


@dataclass(frozen=True, slots=True)
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
    # Where each key's value starts, for findings about that field: per key of
    # CARD_KEYS, its line less the card's line and its column (-1, -1 when the
    # key is absent). Small numbers, so 100,000 cards hold no int objects here.
    where: tuple[int, ...] = field(default=(), compare=False, hash=False)

    def at(self, key: str) -> tuple[int, int]:
        """1-based (line, col) of the value of ``key``; the card's own place if it has none."""
        i = 2 * _KEY_SLOT[key]
        if i + 1 < len(self.where) and self.where[i] >= 0:
            return self.line + self.where[i], self.where[i + 1]
        return self.line, self.col


@dataclass(frozen=True, slots=True)
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

    @cached_property
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
    with cycle_collector_paused():
        return _DeckReader(Path(path)).read()


@contextmanager
def cycle_collector_paused() -> Iterator[None]:
    """Run a block without Python's cycle collector; restore it after.

    A large deck is millions of objects without cycles (nodes, cards, findings,
    rendered fields); letting the collector walk them again and again while
    they are built doubles the time of a check. Reference counting frees them
    all the same.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


# Characters a YAML stream may not hold (YAML 1.1 "printable", which libyaml enforces).
NOT_YAML_PRINTABLE = "[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
ANCHORS = "YAML anchors and aliases (&name, *name) are not allowed in a deck; write the value out"


def _tab_near(text: str, index: int) -> tuple[int, int] | None:
    """(line, col) of the tab an error at ``index`` is about, if it is about one.

    libyaml reports a tab used for indentation in several ways; the error lands
    on the tab or on the line it indents.
    """
    if not 0 <= index <= len(text):
        return None
    start = text.rfind("\n", 0, index) + 1
    if index < len(text) and text[index] == "\t":
        return text.count("\n", 0, index) + 1, index - start + 1
    end = start
    while end < len(text) and end - start < 200 and text[end] in " \t":
        end += 1
    tab = text.find("\t", start, end)
    if tab < 0:
        return None
    return text.count("\n", 0, tab) + 1, tab - start + 1


class _DeckReader:
    def __init__(self, path: Path):
        self.path = path
        self.name = display(path)
        self.read_cards: list[Card] = []
        self.card_lines: dict[str, int] = {}  # card id -> line of its first card

    # -- errors ------------------------------------------------------------
    def error(self, node_or_mark, message: str) -> DeckgenError:
        mark = getattr(node_or_mark, "start_mark", node_or_mark)
        if mark is None:
            return DeckgenError(message, self.name, 1, 1)
        return DeckgenError(message, self.name, mark.line + 1, mark.column + 1)

    # -- reading -----------------------------------------------------------
    def read(self) -> Deck:
        text = self.decode()
        try:
            # The usual case, a valid deck: each card is read as soon as its
            # mapping ends and its nodes are dropped, so a deck of 100,000 cards
            # never holds its whole node tree.
            return self.deck(text, streaming=True)
        except DeckgenError as first:
            # A mistake is reported as reading the whole file finds it: the JSON
            # Schema editors use first (deckgen/deck.schema.json: the same keys,
            # kinds and patterns, the same messages, at the node's line:col),
            # then what no schema can see (duplicate ids, the source file).
            # The schema never accepts what this reader refuses, nor the reverse
            # (tests/test_schema.py), so it only has to run on this path.
            _DeckReader(self.path).deck(text, streaming=False)
            raise first  # pragma: no cover - the whole-file reading refuses it too

    def deck(self, text: str, streaming: bool) -> Deck:
        root = self.compose(text, streaming) if text.strip() else None
        if root is None or (isinstance(root, yaml.ScalarNode) and not root.value.strip()):
            raise DeckgenError("the file is empty; a deck needs a 'deck:' and a 'cards:' section", self.name, 1, 1)
        if not streaming:
            from .schema import validate_node

            structure = validate_node(root)
            if structure:
                line, col, message = structure[0]
                raise DeckgenError(message, self.name, line, col)
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
            inside = confined(self.path)
        except (OSError, ValueError) as e:
            raise DeckgenError(f"cannot read the file: {getattr(e, 'strerror', None) or e}", self.name, 1, 1) from None
        if inside is None:  # a link to a file elsewhere: never read it, never quote it
            raise DeckgenError(
                "the file is a link to a file outside its folder and the working folder (symlinks are followed); "
                "keep deck files in the repository",
                self.name,
                1,
                1,
            )
        data = read_limited(self.path, MAX_FILE_BYTES, lambda m: DeckgenError(m, self.name, 1, 1), "the file", "for a deck; split it")
        return decode_utf8(data, self.name)

    def compose(self, text: str, streaming: bool = False) -> yaml.Node | None:
        """The YAML node tree of ``text``, built from libyaml's events.

        Building the tree here, not with ``yaml.compose``, refuses anchors and
        aliases at the first one (a "billion laughs" file costs nothing), bounds
        nesting (libyaml's composer recurses and crashes the interpreter on a
        file of 100,000 '['), bounds the number of values, and keeps only what
        the reader needs (no end marks). When ``streaming``, each item of the
        top-level ``cards`` list is read into a Card as soon as it ends and is
        left out of the tree.
        """
        root = None
        stack: list[list] = []  # [collection node, pending mapping key or None, is a card item]
        cards_list = None  # the top-level 'cards' sequence, when streaming
        nodes = documents = 0
        scalar_event, alias_event = yaml.ScalarEvent, yaml.AliasEvent
        starts = {yaml.MappingStartEvent: yaml.MappingNode, yaml.SequenceStartEvent: yaml.SequenceNode}
        ends = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
        try:
            for event in yaml.parse(text, Loader=_Loader):
                cls = type(event)
                if cls is scalar_event or cls in starts:
                    if event.anchor is not None:
                        raise self.error(event, ANCHORS)
                    nodes += 1
                    if nodes > MAX_NODES:
                        raise self.error(event, f"the file holds over {MAX_NODES:,} values, far more than any deck; split it")
                    if cls is scalar_event:
                        node = yaml.ScalarNode(event.tag, event.value, event.start_mark, None, event.style)
                    else:
                        node = starts[cls](event.tag, [], event.start_mark, None, event.flow_style)
                    item = False
                    if stack:
                        frame = stack[-1]
                        if isinstance(frame[0], yaml.MappingNode):
                            if frame[1] is None:
                                frame[1] = node
                            else:
                                frame[0].value.append((frame[1], node))
                                if streaming and len(stack) == 1 and frame[1].value == "cards" and cls is not scalar_event:
                                    cards_list = node
                                frame[1] = None
                        elif frame[0] is cards_list:
                            item = True
                            if cls is scalar_event:
                                self.add_card(node)
                        else:
                            frame[0].value.append(node)
                    else:
                        root = node
                    if cls is not scalar_event:
                        if len(stack) >= MAX_DEPTH:
                            raise self.error(event, f"values nested more than {MAX_DEPTH} levels deep; a deck needs 5 at most")
                        stack.append([node, None, item])
                elif cls in ends:
                    done = stack.pop()
                    if done[2]:
                        self.add_card(done[0])
                elif cls is alias_event:
                    raise self.error(event, ANCHORS)
                elif cls is yaml.DocumentStartEvent:
                    documents += 1
                    if documents > 1:
                        raise self.error(event, "the file holds more than one YAML document (a second '---'); a deck file is one document")
        except yaml.MarkedYAMLError as e:
            raise self.yaml_error(e, text) from None
        except yaml.reader.ReaderError as e:
            raise self.reader_error(e, text) from None
        except yaml.YAMLError as e:  # pragma: no cover - libyaml marks its errors
            raise DeckgenError(f"invalid YAML: {e}", self.name, 1, 1) from None
        return root

    def yaml_error(self, e: yaml.MarkedYAMLError, text: str) -> DeckgenError:
        mark = e.problem_mark or e.context_mark
        if mark is None:  # pragma: no cover - libyaml marks its errors
            return DeckgenError(f"invalid YAML: {e.problem or e}", self.name, 1, 1)
        if "maximum nesting depth" in (e.problem or ""):
            # PyYAML 6.0.4's libyaml stops deep nesting itself, scanning ahead of
            # the events this reader counts: same refusal, libyaml's position.
            return DeckgenError(
                f"values nested more than {MAX_DEPTH} levels deep; a deck needs 5 at most", self.name, mark.line + 1, mark.column + 1
            )
        tab = _tab_near(text, mark.index)
        if tab is not None:
            line, col = tab
            return DeckgenError(
                "invalid YAML: a tab character; YAML indents with spaces only, replace the tab with spaces",
                self.name,
                line,
                col,
            )
        problem = e.problem or "invalid YAML"
        context = e.context_mark
        if e.context and context is not None and (context.line, context.column) != (mark.line, mark.column):
            problem = f"{problem} ({e.context} at line {context.line + 1}, column {context.column + 1})"
        elif e.context:
            problem = f"{problem} ({e.context})"
        char = text[mark.index] if 0 <= mark.index < len(text) else ""
        if "mapping values are not allowed" in problem:
            problem += "; put a value that contains ': ' in quotes"
        elif "did not find expected key" in problem or "'-' indicator" in problem or "expected <block end>" in problem:
            problem += "; check the indentation of this line"
        elif "cannot start any token" in problem and char:
            problem += f"; put a value that starts with {char!r} in quotes"
        return self.error(mark, f"invalid YAML: {problem}")

    def reader_error(self, e, text: str) -> DeckgenError:
        """A character YAML does not allow in a file (control characters and the like)."""
        bad = re.search(NOT_YAML_PRINTABLE, text)  # compiled on this error path only
        pos = bad.start() if bad else 0  # libyaml reports a byte offset; find the character instead
        before = text[:pos]
        line = before.count("\n") + 1
        col = pos - (before.rfind("\n") + 1) + 1
        char = ord(text[pos]) if bad else e.character if isinstance(e.character, int) else 0
        return DeckgenError(
            f"invalid YAML: the unprintable character U+{char:04X} is not allowed in a YAML file; remove it",
            self.name,
            line,
            col,
        )

    # -- node helpers ------------------------------------------------------
    def mapping(self, node, allowed, what: str, required=()) -> dict[str, tuple[yaml.Node, yaml.Node]]:
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
                raise self.error(key, f"duplicate key {shown(name)} in {what} (first at line {first.line + 1}); keep one")
            if name not in allowed:
                hint = suggest(name, allowed)
                also = f"; did you mean '{hint}'?" if hint else f"; allowed: {', '.join(allowed)}"
                raise self.error(key, f"unknown key {shown(name)} in {what}{also}")
            out[name] = (key, value)
        for name in required:
            if name not in out:
                raise self.error(node, f"{what} is missing the required key '{name}'")
        return out

    def string(self, node, what: str, required: bool = True) -> str:
        if not isinstance(node, yaml.ScalarNode):
            raise self.error(node, f"{what} must be a string, not {kind_of(node)}")
        value = node.value
        if required and not value.strip():
            raise self.error(node, f"{what} is empty; write a value")
        if len(value) > MAX_FIELD_CHARS:
            raise self.error(node, f"{what} is {len(value):,} characters, over the {MAX_FIELD_CHARS:,}-character limit")
        bad = CONTROL.search(value)
        if bad:
            # only possible through an escape ("\x1f") in a double-quoted string
            raise self.error(node, f"{what} contains the control character U+{ord(bad.group()):04X}; remove it")
        return value

    def strings(self, node, what: str) -> tuple[str, ...]:
        """A string or a non-empty list of strings."""
        if isinstance(node, yaml.SequenceNode):
            if not node.value:
                raise self.error(node, f"{what} is an empty list; give at least one string")
            return tuple(self.string(item, what) for item in node.value)
        return (self.string(node, what),)

    def slug(self, node, what: str) -> str:
        value = self.string(node, what)
        if not SLUG.match(value):
            raise self.error(node, f"{what} {shown(value)} must be a lowercase slug: letters a-z, digits and single hyphens")
        return value

    def boolean(self, node, what: str) -> bool:
        value = self.string(node, what)
        if value in ("true", "yes", "True", "Yes"):
            return True
        if value in ("false", "no", "False", "No"):
            return False
        raise self.error(node, f"{what} must be true or false, not {shown(value)}")

    # -- sections ----------------------------------------------------------
    def source(self, node) -> Source:
        keys = self.mapping(node, SOURCE_KEYS, "deck source", required=("file",))
        meta = {k: self.string(v, f"source {k}", required=False) for k, (_, v) in keys.items() if k != "file"}
        file_node = keys["file"][1]
        rel = self.string(file_node, "source file")
        url = meta.get("url", "")
        if url and not URL.match(url):
            raise self.error(
                keys["url"][1],
                "source url must be an http:// or https:// address without spaces, quotes, <, > or braces",
            )
        path = self.confine(rel, file_node)
        text = read_source(path, lambda m: self.error(file_node, m))
        return Source(path, text, **meta)

    def confine(self, rel: str, node) -> Path:
        """Resolve a source path; refuse one outside the deck's folder and the working folder.

        Otherwise a deck in a pull request could point at any readable file and
        have CI print its lines through the nearest-passage suggestions.
        """
        try:
            target = confined(self.path.parent / rel, self.path.parent)
        except (OSError, RuntimeError, ValueError) as e:
            raise self.error(node, f"source file {shown(rel)} cannot be resolved: {getattr(e, 'strerror', None) or e}") from None
        if target is None:
            raise self.error(
                node,
                f"source file {shown(rel)} is outside the deck's folder and the working folder "
                "(symlinks are followed); keep sources beside the deck",
            )
        return target

    def entities(self, node) -> dict[str, tuple[str, ...]]:
        if not isinstance(node, yaml.MappingNode):
            raise self.error(node, f"deck entities must be a mapping of names to lists of aliases, not {kind_of(node)}")
        out: dict[str, tuple[str, ...]] = {}
        for key, value in node.value:
            name = self.string(key, "entity name")
            if name in out:
                raise self.error(key, f"duplicate entity {shown(name)}; keep one")
            if isinstance(value, yaml.ScalarNode) and value.value == "":
                out[name] = ()
                continue
            if not isinstance(value, yaml.SequenceNode):
                raise self.error(value, f"aliases of {shown(name)} must be a list of strings, not {kind_of(value)}")
            out[name] = tuple(self.string(v, f"alias of {shown(name)}") for v in value.value)
        return out

    def exemptions(self, node) -> tuple[Exemption, ...]:
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
        """The cards under 'cards:'; those read while streaming are already in."""
        if isinstance(node, yaml.ScalarNode) and node.value == "":
            raise self.error(node, "the deck has no cards; add at least one under 'cards:'")
        if not isinstance(node, yaml.SequenceNode):
            raise self.error(node, f"cards must be a list of cards, not {kind_of(node)}")
        for item in node.value:
            self.add_card(item)
        if not self.read_cards:
            raise self.error(node, "the deck has no cards; add at least one under 'cards:'")
        return tuple(self.read_cards)

    def add_card(self, node) -> None:
        card = self.card(node)
        if card.id in self.card_lines:
            raise self.error(node, f"duplicate card id {shown(card.id)} (first at line {self.card_lines[card.id]}); card ids must be unique")
        self.card_lines[card.id] = card.line
        self.read_cards.append(card)

    def card(self, node) -> Card:
        keys = self.mapping(node, CARD_KEYS, "a card", required=("id", "q", "a", "cite"))
        where = [-1] * (2 * len(CARD_KEYS))
        for k, (_, v) in keys.items():
            where[2 * _KEY_SLOT[k]] = v.start_mark.line - node.start_mark.line
            where[2 * _KEY_SLOT[k] + 1] = v.start_mark.column + 1
        card_id = self.slug(keys["id"][1], "card id")
        kind = "fact"
        if "kind" in keys:
            kind = self.string(keys["kind"][1], "card kind")
            if kind not in KINDS:
                hint = suggest(kind, KINDS)
                also = f"; did you mean '{hint}'?" if hint else ""
                raise self.error(keys["kind"][1], f"unknown kind {shown(kind)}: use one of {', '.join(KINDS)}{also}")
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
            where=tuple(where),
        )

    def tags(self, node) -> tuple[str, ...]:
        if not isinstance(node, yaml.SequenceNode):
            raise self.error(node, f"tags must be a list of words, not {kind_of(node)}")
        out = []
        for item in node.value:
            tag = self.string(item, "tag")
            if not TAG.match(tag):
                raise self.error(item, f"tag {shown(tag)} must be one word without spaces or quotes (Anki splits tags on spaces)")
            out.append(tag)
        return tuple(out)


def kind_of(node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if isinstance(node, yaml.ScalarNode) and node.value == "":
        return "empty"
    return f"the value {shown(str(getattr(node, 'value', '')))}"


# Words authors reach for, and the key deckgen calls it.
KEY_SYNONYMS = {
    "question": "q",
    "answer": "a",
    "citation": "cite",
    "cites": "cite",
    "passage": "cite",
    "tag": "tags",
    "type": "kind",
    "path": "file",
    "link": "url",
    "date": "published",
}


def suggest(name: str, allowed) -> str | None:
    """The allowed word ``name`` was probably meant to be, if any."""
    low = name.strip().lower()
    for word in allowed:
        if word.lower() == low:
            return word
    if KEY_SYNONYMS.get(low) in allowed:
        return KEY_SYNONYMS[low]
    import difflib

    hint = difflib.get_close_matches(low, list(allowed), n=1, cutoff=0.5)
    return hint[0] if hint else None


def shown(value: str, limit: int = 40) -> str:
    """``value`` quoted for a message: shortened, with control characters escaped."""
    cut = value if len(value) <= limit else value[:limit] + "…"
    out = []
    for ch in cut:
        if ch == "'" or ch == "\\":
            out.append("\\" + ch)
        elif unicodedata.category(ch)[0] in "CZ" and ch != " ":
            out.append(f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}")
        else:
            out.append(ch)
    return "'" + "".join(out) + "'"


def confined(path: Path, folder: Path | None = None) -> Path | None:
    """``path`` with symlinks followed, if it lies inside ``folder`` (default: the
    folder it is named in) or the working folder; None if it lies elsewhere.

    Deck files, their sources and their locks are all held to this, so a file
    in a pull request cannot be a link that makes CI read and quote a file from
    elsewhere. A symlink loop is left for the read to report.
    """
    base = path.parent if folder is None else folder
    target = Path(os.path.realpath(path))
    roots = (Path(os.path.realpath(base)), Path(os.path.realpath(Path.cwd())))
    return target if any(target == root or root in target.parents for root in roots) else None


def read_limited(path: Path, limit: int, error, what: str, advice: str) -> bytes:
    """The bytes of regular file ``path``, refusing more than ``limit``.

    ``what`` names the file in messages ("the file", "source file x.txt");
    ``error(msg)`` builds the exception. Never opens a folder, FIFO or device.
    """
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a folder, a FIFO, /dev/zero: never read those
            raise error(f"{what} is not a regular file")
        if info.st_size > limit:
            raise error(f"{what} is {info.st_size:,} bytes, over the {limit:,}-byte limit {advice}")
        with open(path, "rb") as f:
            # read what stat promised (never a limit-sized buffer), then check it did not grow
            chunks = [f.read(info.st_size)]
            total = len(chunks[0])
            while total <= limit:
                chunk = f.read(min(1 << 16, limit + 1 - total))
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
        data = b"".join(chunks)
    except FileNotFoundError:
        raise error(f"{what} does not exist") from None
    except OSError as e:
        raise error(f"cannot read {what}: {e.strerror or e}") from None
    except ValueError as e:  # an embedded NUL in the name
        raise error(f"cannot read {what}: {e}") from None
    if len(data) > limit:  # it grew while being read
        raise error(f"{what} is over the {limit:,}-byte limit {advice}")
    return data


def utf8_problem(data: bytes) -> tuple[str, int, int] | None:
    """Why ``data`` (BOM removed) is not UTF-8, and the 1-based line and column where; None if it is."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16 (it starts with a UTF-16 byte-order mark), not UTF-8", 1, 1
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        before = data[: e.start]
        line = before.count(b"\n") + 1
        col = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        return f"not UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start})", line, col
    return None


def decode_utf8(data: bytes, name: str) -> str:
    """Decode UTF-8 (a BOM is fine; CRLF is fine); name the line, column and byte if not."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    problem = utf8_problem(data)
    if problem is not None:
        message, line, col = problem
        raise DeckgenError(f"the file is {message}; save it as UTF-8", name, line, col)
    return data.decode("utf-8")


def read_source(path: Path, error) -> str:
    """Read a source text: UTF-8 text, not binary, not huge. ``error(msg)`` builds the exception."""
    name = display(path)
    data = read_limited(path, MAX_SOURCE_BYTES, error, f"source file {name}", "for a source")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    problem = utf8_problem(data)
    if problem is not None and problem[0].startswith("UTF-16"):
        raise error(f"source file {name} is {problem[0]}; save it as UTF-8")
    if b"\x00" in data[:8192]:
        raise error(f"source file {name} is binary, not text; give a UTF-8 text file")
    if problem is not None:
        message, line, col = problem
        raise error(f"source file {name} is {message} at line {line}, column {col}; save it as UTF-8")
    return data.decode("utf-8").replace("\r\n", "\n")


def iter_decks(paths) -> Iterator[Deck | DeckgenError]:
    """Each deck named by ``paths``, or the error that kept it from loading."""
    for path in find_deck_files(list(paths)):
        try:
            yield load_deck(path)
        except DeckgenError as e:
            yield e
