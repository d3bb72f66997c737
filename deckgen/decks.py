"""Loading deck files: YAML in, frozen ``Deck`` and ``Card`` values out.

The loader builds the YAML *node* tree itself from libyaml's parser events, never
PyYAML's constructed Python objects: a scalar is kept exactly as the author wrote
it (``0.10`` stays ``"0.10"``, ``no`` stays ``"no"``), every value keeps its line
and column, and duplicate keys, unknown keys and aliases are caught instead of
silently resolved. Every error is a ``DeckgenError`` at ``file:line:col``; the
classes of bad input and their messages are listed in ``docs/errors.md``.

What each mapping may hold and the words for each mistake are not here but in
``deckformat.py``, the table the JSON Schema is built from too; this module
reads values by it (``_READERS``: one reader per type of value).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from functools import cached_property
from pathlib import Path
from typing import Iterator, NamedTuple

import yaml

from .deckformat import (  # noqa: F401 - the format's names, importable from here as before
    ALIASES,
    BOOLEAN,
    BOOLEANS,
    CARD,
    CARD_KEYS,
    CONTROL,
    DECK_KEYS,
    ENTITIES,
    SILENCE,
    SILENCEABLE,
    LANG,
    LANG_TEXT,
    ANKI_NAME,
    SHAPES,
    ENTITY_NAME,
    EXEMPT_KEYS,
    FILE,
    FILE_VALUE,
    KIND,
    KINDS,
    LIST,
    MAPPING,
    MAX_FIELD_CHARS,
    MAY_BE_EMPTY,
    OPTIONAL,
    SLUG,
    SLUG_TEXT,
    SOURCE_KEYS,
    STRINGS,
    NOT_TAG,
    TAG_TEXT,
    TEXT,
    TRANSLATION_KEYS,
    URL,
    URL_TEXT,
    Value,
    kind_of,
    say,
    shown,
    suggest,
    unknown_key,
    unknown_kind,
)
from .collector import cycle_collector_paused  # noqa: F401 - importable from here as before
from .errors import DeckgenError
from .files import (  # noqa: F401 - reading files safely, importable from here as before
    DECK_SUFFIXES,
    MAX_FILE_BYTES,
    MAX_SOURCE_BYTES,
    confined,
    decode_utf8,
    display,
    find_deck_files,
    no_deck_files,
    read_limited,
    read_source,
    text_sha256,
    utf8_problem,
)
from .fold import has_han
from .patterns import lazy

try:  # libyaml is an order of magnitude faster on large decks
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

# Limits far above any real deck (a deck about one article has tens or hundreds
# of cards; 50,000 cards is ~15 MB and ~650,000 values). They bound the time and
# memory a hostile or generated file can take before it is refused.
MAX_NODES = 2_000_000  # YAML values (scalars, lists, mappings) in one deck file
MAX_DEPTH = 20  # a deck nests 5 deep; libyaml's composer recurses (and crashes) on deep nesting
_KEY_SLOT = {k: n for n, k in enumerate(CARD_KEYS)}
# Files a deck cannot cite as they are: their text is extracted first (``deckgen source add``, extract.READERS).
PAGE_SUFFIXES = (".htm", ".html", ".markdown", ".md")


@dataclass(frozen=True)
class Source:
    """A text the deck is about, with the metadata its cards' citations show."""

    file: Path
    text: str
    id: str = ""  # "" for the one-source form's source without an id
    title: str = ""
    publisher: str = ""
    author: str = ""
    published: str = ""
    url: str = ""
    notice: str = ""
    written: str = ""  # the file as the deck names it (relative to the deck file)
    line: int = field(default=0, compare=False)  # where its id (or its mapping) is in the deck file
    col: int = field(default=0, compare=False)

    @cached_property
    def sha256(self) -> str:
        """The SHA-256 of the text as read (UTF-8, CR-LF as LF): what the lock records of a revision."""
        return text_sha256(self.text)

    @property
    def label(self) -> str:
        """How messages name it: its id, or its file when it has none."""
        return self.id or self.written or self.file.name


class _TranslationFields(NamedTuple):
    q: str
    a: str
    line: int
    col: int
    lang: str = ""  # as written, or the language its script tells


class Translation(_TranslationFields):  # a named tuple: @dataclass costs start-up time
    """A card's question and answer in another language, with where they stand in the deck file."""

    __slots__ = ()

    def __new__(cls, q: str, a: str, line: int, col: int, lang: str = ""):
        return super().__new__(cls, q, a, line, col, lang or script_language(q + a))


# Scripts that tell a language, in the order they decide it (kana before Han: Japanese).
_SCRIPTS = ((0x3040, 0x30FF, "ja"), (0xAC00, 0xD7AF, "ko"), (0x0400, 0x04FF, "ru"), (0x0370, 0x03FF, "el"),
            (0x0600, 0x06FF, "ar"), (0x0590, 0x05FF, "he"), (0x0E00, 0x0E7F, "th"), (0x3400, 0x9FFF, "zh"))
# One character class a script: a search in C, not a Python loop over every
# character of every translation (the loader runs this once a card); compiled
# only once a translation is not ASCII. Han is told by fold.has_han (stopping at
# the first Han character): its class costs a millisecond and a half to compile.
_SCRIPT_RES = tuple((chr(lo), None if lang == "zh" else lazy(f"[{chr(lo)}-{chr(hi)}]"), lang) for lo, hi, lang in _SCRIPTS)


def script_language(text: str) -> str:
    """The language a translation's script tells (kana: ja, hangul: ko, Han: zh; else en)."""
    if text.isascii():
        return "en"
    # A script that starts above the text's highest character is not in it: an English
    # translation with a dash or an accent never compiles the large Han and Hangul classes.
    top = max(text)
    for first, script, lang in _SCRIPT_RES:
        if first <= top and (has_han(text) if script is None else script.search(text)):
            return lang
    return "en"


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
    source: str = ""  # the id of the source it cites; "" for the deck's first
    silence: tuple[tuple[str, str], ...] = ()  # (warning code, reason): what the author means the card to have
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


class Exemption(NamedTuple):  # a named tuple: @dataclass costs start-up time
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
    sources: tuple[Source, ...]  # one or more; the first is every card's unless it names another
    cards: tuple[Card, ...]
    entities: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, hash=False)
    exempt: tuple[Exemption, ...] = ()
    math: bool = False  # card text may hold MathJax for Anki to typeset

    @cached_property
    def display_path(self) -> str:
        return display(self.path)

    @property
    def source(self) -> Source:
        """The deck's first source: its only one in the one-source form."""
        return self.sources[0]

    @cached_property
    def _by_id(self) -> dict[str, Source]:
        return {"": self.sources[0], **{s.id: s for s in self.sources if s.id}}

    def source_of(self, card: Card) -> Source:
        """The source ``card`` cites (the loader refused a card naming no source of the deck)."""
        return self._by_id[card.source]

    def cards_of(self, source: Source) -> tuple[Card, ...]:
        """The cards that cite ``source``."""
        return tuple(c for c in self.cards if self.source_of(c) is source)


def load_deck(path: Path | str) -> Deck:
    """Read, parse and validate one deck file and its source; raise DeckgenError."""
    with cycle_collector_paused():
        return _DeckReader(Path(path)).read()


# Characters a YAML stream may not hold (YAML 1.1 "printable", which libyaml enforces).
NOT_YAML_PRINTABLE = "[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"


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


_FULL_WIDTH_COLON = lazy(r"[ \u3000]*(?:-[ \u3000]+)?([A-Za-z_]+)[ \u3000]*：")


def _full_width_near(text: str, line: int, context_line: int) -> tuple[int, int, str] | None:
    """(line, col, message) of a full-width character in YAML's syntax near an error, if there is one.

    Chinese input methods type '：' for ':' and U+3000 for a space: libyaml then reports a
    missing ':' a line later, or a value with ': ' in it, and neither says what to retype.
    ``line`` and ``context_line`` are libyaml's 0-based marks; the lines between them and the
    one before are looked at, first to last.
    """
    lines = text.split("\n")
    for n in range(max(0, min(line - 1, context_line)), min(len(lines), max(line, context_line) + 1)):
        row = lines[n]
        indent = len(row) - len(row.lstrip(" \u3000"))
        wide_space = row.find("\u3000", 0, indent)
        if wide_space >= 0 and indent < len(row):
            return n + 1, wide_space + 1, "a full-width space (U+3000) in the indentation; YAML indents with ASCII spaces only, retype it as spaces"
        colon = _FULL_WIDTH_COLON.match(row)
        if colon:
            return (n + 1, colon.end(), f"a full-width colon '：' after the key '{colon.group(1)}'; "
                    "YAML needs an ASCII colon and a space, ': '")
    return None


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
            # Schema editors use first (deckgen/deck.schema.json, built from the
            # same table as this reader, deckformat.py: the same messages at the
            # node's line:col), then what no schema can see (duplicate ids, the
            # source file, control characters).
            # The schema never accepts what this reader refuses, nor the reverse
            # (tests/test_schema.py), so it only has to run on this path.
            _DeckReader(self.path).deck(text, streaming=False)
            raise first  # pragma: no cover - the whole-file reading refuses it too

    def deck(self, text: str, streaming: bool) -> Deck:
        root = self.compose(text, streaming) if text.strip() else None
        if root is None or (isinstance(root, yaml.ScalarNode) and not root.value.strip()):
            raise DeckgenError("the file is empty; a deck needs a 'deck:' and a 'cards:' section", self.name, 1, 1)
        if not streaming:
            from .schema import validate_node  # jsonschema and the schema load only for a refused file

            structure = validate_node(root)
            if structure:
                line, col, message = structure[0]
                raise DeckgenError(message, self.name, line, col)
        top = self.mapping(root, FILE_VALUE)
        deck = self.fields(top["deck"][1], FILE.by_key["deck"].value)
        deck["entities"] = dict(deck["entities"])  # its own, not the table's default
        one, several = deck.pop("source"), deck.pop("sources")
        sources = (one,) if one is not None else several
        self.unique_sources(sources)
        cards = self.cards(top["cards"][1])
        self.card_sources(cards, sources)
        return Deck(path=self.path, sources=sources, cards=cards, **deck)

    def unique_sources(self, sources: tuple[Source, ...]) -> None:
        first: dict[str, Source] = {}
        for s in sources:
            if s.id in first:
                raise DeckgenError(say("duplicate source id", value=shown(s.id), line=first[s.id].line), self.name, s.line, s.col)
            first[s.id] = s

    def card_sources(self, cards: tuple[Card, ...], sources: tuple[Source, ...]) -> None:
        """Refuse a card naming a source the deck does not have."""
        ids = {s.id for s in sources if s.id}
        for card in cards:
            if card.source and card.source not in ids:
                if ids:
                    known = "its sources are " + ", ".join(s.id for s in sources)
                else:
                    known = "its one source has no id (give it one with 'id:', or leave out the card's 'source')"
                line, col = card.at("source")
                raise DeckgenError(say("unknown source", value=shown(card.source), known=known), self.name, line, col)

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
            # libyaml's events as its parser hands them out (``yaml.parse`` wraps the same calls in a generator
            # that asks twice for each event: 2,500 events in the shipped deck)
            for event in iter(_Loader(text).get_event, None):
                cls = type(event)
                if cls is scalar_event or cls in starts:
                    if event.anchor is not None:
                        raise self.error(event, say("anchor"))
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
                    raise self.error(event, say("anchor"))
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
        wide = _full_width_near(text, mark.line, e.context_mark.line if e.context_mark else mark.line)
        if wide is not None:
            line, col, message = wide
            return DeckgenError(f"invalid YAML: {message}", self.name, line, col)
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

    # -- values, as deckformat's tables say --------------------------------
    def mapping(self, node, spec: Value) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        """The keys of a mapping node, refused if one is not among ``spec``'s or a required one is missing."""
        what = spec.name
        if not isinstance(node, yaml.MappingNode):
            raise self.error(node, say("not a mapping", what=what, words=spec.words, kind=kind_of(node)))
        allowed = spec.of.by_key
        out: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key, value in node.value:
            if not isinstance(key, yaml.ScalarNode):
                raise self.error(key, say("key not a word", what=what))
            name = key.value
            if name in out:
                first = out[name][0].start_mark
                raise self.error(key, say("duplicate key", key=shown(name), what=what, line=first.line + 1))
            if name not in allowed:
                raise self.error(key, unknown_key(name, what, spec.of.names))
            out[name] = (key, value)
        for name in spec.of.required:
            if name not in out:
                raise self.error(node, say("missing key", what=what, key=name))
        if spec.of.one_of:
            present = [name for name in spec.of.one_of if name in out]
            if len(present) != 1:
                raise self.error(node, say("both sources" if present else "no source", what=what))
        return out

    def fields(self, node, spec: Value, keys=None) -> dict:
        """A mapping node read by its table: each key's value under its field name, defaults for absent keys."""
        out = {k.field: k.default for k in spec.of.keys if not k.required}
        by_key = spec.of.by_key
        for name, (_, v) in (keys or self.mapping(node, spec)).items():
            key = by_key[name]
            out[key.field] = self.value(v, key.value)
        return out

    def value(self, node, spec: Value):
        return _READERS[spec.type](self, node, spec)

    def string(self, node, spec: Value) -> str:
        """Text, as every text-like value is read first (TEXT and OPTIONAL are just this)."""
        if not isinstance(node, yaml.ScalarNode):
            raise self.error(node, say("not a string", what=spec.name, kind=kind_of(node)))
        value = node.value
        if not value.strip() and spec.type not in MAY_BE_EMPTY:
            raise self.error(node, say("blank", what=spec.name))
        if len(value) > MAX_FIELD_CHARS:
            raise self.error(node, say("too long", what=spec.name, length=len(value), limit=MAX_FIELD_CHARS))
        bad = CONTROL.search(value)
        if bad:
            # only possible through an escape ("\x1f") in a double-quoted string
            raise self.error(node, say("control character", what=spec.name, code=ord(bad.group())))
        return value

    def strings(self, node, spec: Value) -> tuple[str, ...]:
        """A string or a non-empty list of strings."""
        if isinstance(node, yaml.SequenceNode):
            if not node.value:
                raise self.error(node, say("empty list", what=spec.name))
            of = spec.of
            return tuple([self.string(item, of) for item in node.value])
        return (self.string(node, spec),)

    def items(self, node, spec: Value) -> tuple:
        if spec.empty and (isinstance(node, yaml.ScalarNode) and node.value == "" or isinstance(node, yaml.SequenceNode) and not node.value):
            raise self.error(node, say(spec.empty))
        if not isinstance(node, yaml.SequenceNode):
            raise self.error(node, say("not a list", what=spec.name, words=spec.words, kind=kind_of(node)))
        of = spec.of
        read = _READERS[of.type]
        return tuple([read(self, item, of) for item in node.value])

    def shaped(self, node, spec: Value) -> str:
        """Text with a shape of its own (a slug, a tag, a URL…): the rule and its mistake are
        in deckformat.SHAPES."""
        value = self.string(node, spec)
        fits, mistake = SHAPES[spec.type]
        if not fits(value):
            raise self.error(node, say(mistake, what=spec.name, value=shown(value)))
        return value

    def kind(self, node, spec: Value) -> str:
        value = self.string(node, spec)
        if value not in KINDS:
            raise self.error(node, unknown_kind(value))
        return value

    def boolean(self, node, spec: Value) -> bool:
        value = self.string(node, spec)
        try:
            return BOOLEANS[value]
        except KeyError:
            raise self.error(node, say("not a boolean", what=spec.name, value=shown(value))) from None

    def record(self, node, spec: Value):
        """A mapping read into the object named by its table row (its ``ref``), with where it starts."""
        if spec.ref in ("source", "named-source"):
            return self.source(node, spec)
        mark = node.start_mark
        return _RECORDS[spec.ref](**self.fields(node, spec), line=mark.line + 1, col=mark.column + 1)

    # -- sections ----------------------------------------------------------
    def source(self, node, spec: Value) -> Source:
        keys = self.mapping(node, spec)
        values = self.fields(node, spec, keys)
        file_node = keys["file"][1]
        values["written"] = written = values["file"]
        if Path(written).suffix.lower() in PAGE_SUFFIXES:
            raise self.error(
                file_node,
                f"source file {shown(written)} is a web page or Markdown, not a text file; "
                f"extract its text with 'deckgen source add {written}' and name the .txt file it writes",
            )
        values["file"] = path = self.confine(written, file_node)
        missing = lambda m: self.error(file_node, m + (missing_source_hint(self.path.parent, written) if m.endswith("does not exist") else ""))
        values["text"] = read_source(path, missing)
        at = keys["id"][1].start_mark if "id" in keys else node.start_mark
        return Source(**values, line=at.line + 1, col=at.column + 1)

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

    def entities(self, node, spec: Value) -> dict[str, tuple[str, ...]]:
        if not isinstance(node, yaml.MappingNode):
            raise self.error(node, say("not a mapping", what=spec.name, words=spec.words, kind=kind_of(node)))
        out: dict[str, tuple[str, ...]] = {}
        for key, value in node.value:
            name = self.string(key, ENTITY_NAME)
            if name in out:
                raise self.error(key, say("duplicate entity", key=shown(name)))
            out[name] = self.aliases(value, spec.of, name=name)
        return out

    def silence(self, node, spec: Value) -> tuple[tuple[str, str], ...]:
        """(code, reason) pairs: the warnings a card silences, and why."""
        if not isinstance(node, yaml.MappingNode):
            raise self.error(node, say("not a mapping", what=spec.name, words=spec.words, kind=kind_of(node)))
        out: dict[str, str] = {}
        for key, value in node.value:
            code = self.string(key, spec)
            if code not in SILENCEABLE:
                raise self.error(key, say("not silenceable", what=spec.name, value=shown(code), codes=", ".join(SILENCEABLE)))
            if code in out:
                raise self.error(key, say("duplicate key", key=shown(code), what=spec.name, line=key.start_mark.line + 1))
            out[code] = self.string(value, spec.of)
        return tuple(out.items())

    def aliases(self, node, spec: Value, entity: str = "", name: str | None = None) -> tuple[str, ...]:
        """An entity's other spellings: a list, or nothing. ``entity``: the entity as messages show it, or its
        ``name``, shown only in a mistake's message (each alias is read against the table's row first, and only a
        refused one is read again under the entity's name: the same alias refused, with the same message)."""
        if isinstance(node, yaml.ScalarNode) and node.value == "":
            return ()
        if not isinstance(node, yaml.SequenceNode):
            entity = shown(name) if name is not None else entity
            raise self.error(node, say("not a list", what=spec.name.format(entity=entity), words=spec.words, kind=kind_of(node)))
        try:
            return tuple([self.string(v, spec.of) for v in node.value])
        except DeckgenError:
            entity = shown(name) if name is not None else entity
            alias = spec.of._replace(name=spec.of.name.format(entity=entity))
            return tuple([self.string(v, alias) for v in node.value])

    def cards(self, node) -> tuple[Card, ...]:
        """The cards under 'cards:'; those read while streaming are already in."""
        if isinstance(node, yaml.ScalarNode) and node.value == "":
            raise self.error(node, say(CARDS.empty))
        if not isinstance(node, yaml.SequenceNode):
            raise self.error(node, say("not a list", what=CARDS.name, words=CARDS.words, kind=kind_of(node)))
        for item in node.value:
            self.add_card(item)
        if not self.read_cards:
            raise self.error(node, say(CARDS.empty))
        return tuple(self.read_cards)

    def add_card(self, node) -> None:
        card = self.card(node)
        if card.id in self.card_lines:
            raise self.error(node, say("duplicate card id", value=shown(card.id), line=self.card_lines[card.id]))
        self.card_lines[card.id] = card.line
        self.read_cards.append(card)

    def card(self, node) -> Card:
        """One card, read by the table deckformat.CARD (this runs once per card: kept lean)."""
        args = _CARD_ARGS.copy()  # Card's fields in order, absent keys' defaults filled in
        where = [-1] * _CARD_WHERE
        mark = node.start_mark
        top = mark.line
        for name, (_, v) in self.mapping(node, _CARD).items():
            slot, arg, read, spec = _CARD_READS[name]
            at = v.start_mark
            where[slot] = at.line - top
            where[slot + 1] = at.column + 1
            args[arg] = read(self, v, spec)
        args[_CARD_LINE] = top + 1
        args[_CARD_COL] = mark.column + 1
        args[_CARD_AT] = tuple(where)
        return Card(*args)


# How each type of value in deckformat's tables is read.
_READERS = {
    TEXT: _DeckReader.string,
    OPTIONAL: _DeckReader.string,
    SLUG_TEXT: _DeckReader.shaped,
    URL_TEXT: _DeckReader.shaped,
    KIND: _DeckReader.kind,
    BOOLEAN: _DeckReader.boolean,
    TAG_TEXT: _DeckReader.shaped,
    STRINGS: _DeckReader.strings,
    LIST: _DeckReader.items,
    MAPPING: _DeckReader.record,
    ENTITIES: _DeckReader.entities,
    ALIASES: _DeckReader.aliases,
    SILENCE: _DeckReader.silence,
    LANG_TEXT: _DeckReader.shaped,
    ANKI_NAME: _DeckReader.shaped,
}
# The object each kind of mapping is read into (the deck, the source and cards have their own readers).
_RECORDS = {"translation": Translation, "exemption": Exemption}
CARDS = FILE.by_key["cards"].value
# Card is made positionally, its fields in order: the fastest call for the one object made per card.
_CARD = CARDS.of
_CARD_FIELDS = [f.name for f in dataclass_fields(Card)]
_CARD_READS = {k.key: (2 * n, _CARD_FIELDS.index(k.field), _READERS[k.value.type], k.value) for n, k in enumerate(CARD.keys)}
_CARD_ARGS = [next((k.default for k in CARD.keys if k.field == f), None) for f in _CARD_FIELDS]
_CARD_LINE, _CARD_COL, _CARD_AT = (_CARD_FIELDS.index(f) for f in ("line", "col", "where"))
_CARD_WHERE = 2 * len(CARD.keys)


def missing_source_hint(deck_folder: Path, written: str) -> str:
    """"; did you mean …?" for a source path that names no file: a near name in the folder it
    names (a typo), or the same path one or two folders up (a deck moved into a subfolder, whose
    ``file:`` is still relative to its old folder). Only files deckgen would read are named."""
    import difflib  # only a mistake needs it

    want = Path(written)
    folder = (deck_folder / written).parent
    try:
        names = sorted(p.name for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []
    except OSError:
        names = []
    for name in difflib.get_close_matches(want.name, names, n=1, cutoff=0.75):
        if confined(folder / name, deck_folder) is not None:
            return f"; did you mean '{(want.parent / name).as_posix()}'?"
    for up in ("..", "../.."):
        moved = deck_folder / up / written
        if moved.is_file() and confined(moved, deck_folder) is not None:
            return f"; did you mean '{up}/{want.as_posix()}'? (file: is relative to the deck file's folder)"
    return ""


def iter_decks(paths) -> Iterator[Deck | DeckgenError]:
    """Each deck named by ``paths``, or the error that kept it from loading."""
    for path in find_deck_files(list(paths)):
        try:
            yield load_deck(path)
        except DeckgenError as e:
            yield e
