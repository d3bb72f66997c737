"""The deck file format as data: each mapping's keys, which are required, what each value must be, and the words for each mistake.

A deck is read two ways: by the streaming loader (``decks.py``), and by the JSON
Schema built from these tables (``schema.py``), which editors use and which the
loader runs once it has refused a file. Neither holds a rule or a message of
its own; both read this module, and it imports neither.

Adding a card key is one ``Key`` row in ``CARD`` (and the field of
``decks.Card`` it fills).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, NamedTuple

import yaml

from .findings import CODES
from .kinds import KINDS as CARD_KINDS
from .patterns import lazy

KINDS = tuple(CARD_KINDS)  # the kinds of card the grounding table (kinds.py) knows
# Findings a card may silence, with a reason: warnings only. An error means the
# card would teach something false; no reason makes that acceptable.
SILENCEABLE = tuple(sorted(code for code, c in CODES.items() if c.severity == "warning"))
MAX_FIELD_CHARS = 20_000  # a cite longer than this is a chapter, not a passage
SLUG = lazy(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
LANG = lazy(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*\Z")  # a BCP 47 tag: en, zh-Hant, pt-BR
# A blank part of an Anki deck name: Anki splits names on "::" ("a::::b", "::", " :: "
# would file cards under decks with no name).
EMPTY_PART = lazy(r"(?:^|::)\s*(?:::|(?![\s\S]))")
# A tag is one word: Anki splits tags on spaces. A Chinese comma in one ([经济，GDP]) is two
# tags typed with an input method's comma, which YAML does not split on.
NOT_TAG = lazy(r'[\s"，、]')
NONBLANK = lazy(r"\S")  # what ``str.strip()`` keeps: the same white space
URL = lazy(r"https?://[^\s<>\"'{}\\^`|\x00-\x1f\x7f]+\Z", re.IGNORECASE)
# Control characters a field may not hold: all but tab, line feed and CR-LF. Anki
# splits note fields on U+001F and silently drops U+001E, a lone CR and others.
CONTROL = lazy("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)")
# What a boolean may be written as; every scalar is read as the string written.
BOOLEANS = {"true": True, "yes": True, "True": True, "Yes": True, "false": False, "no": False, "False": False, "No": False}

# -- the words for each mistake ----------------------------------------------

MESSAGES = {
    "not a string": "{what} must be a string, not {kind}",
    "blank": "{what} is empty; write a value",
    "too long": "{what} is {length:,} characters, over the {limit:,}-character limit",
    "control character": "{what} contains the control character U+{code:04X}; remove it",
    "empty list": "{what} is an empty list; give at least one string",
    "not a slug": "{what} {value} must be a lowercase slug: letters a-z, digits and single hyphens",
    "not a lang": "{what} {value} must be a language tag such as en, ja, zh-Hant or pt-BR",
    "empty part": "{what} {value} has an empty part between '::' (Anki makes '::' a subdeck); name every part",
    "not a boolean": "{what} must be true or false, not {value}",
    "not a url": "{what} must be an http:// or https:// address without spaces, quotes, <, > or braces",
    "not a kind": "unknown kind {value}: use one of {kinds}{hint}",
    "not a tag": "{what} {value} must be one word without spaces, quotes or Chinese commas (Anki splits tags on spaces; separate tags with ', ')",
    "not a mapping": "{what} must be a mapping of {words}, not {kind}",
    "not a list": "{what} must be a list of {words}, not {kind}",
    "no cards": "the deck has no cards; add at least one under 'cards:'",
    "empty sources": "deck sources is an empty list; give at least one source",
    "key not a word": "keys in {what} must be plain words",
    "merge key": "YAML merge keys (<<) are not allowed in a deck; write the keys out",
    "duplicate key": "duplicate key {key} in {what} (first at line {line}); keep one",
    "unknown key": "unknown key {key} in {what}{hint}",
    "missing key": "{what} is missing the required key '{key}'",
    "duplicate entity": "duplicate entity {key}; keep one",
    "duplicate card id": "duplicate card id {value} (first at line {line}); card ids must be unique",
    "anchor": "YAML anchors and aliases (&name, *name) are not allowed in a deck; write the value out",
    "not silenceable": "{what} cannot silence {value}: only warnings ({codes}) can be silenced; an error means the card is wrong",
    "no source": "{what} is missing the required key 'source' (or 'sources', a list of sources each with an id)",
    "both sources": "{what} has both 'source' and 'sources'; keep one: 'source' for one text, 'sources' for several",
    "duplicate source id": "duplicate source id {value} (first at line {line}); source ids must be unique",
    "unknown source": "card source {value} is not a source of this deck; {known}",
}


def say(mistake: str, **values: Any) -> str:
    """The message for ``mistake`` (a key of MESSAGES) with its blanks filled."""
    return MESSAGES[mistake].format(**values)


def unknown_key(name: str, what: str, allowed) -> str:
    """The message for a key ``allowed`` does not hold, with the key probably meant."""
    if name == "<<":
        return say("merge key")
    hint = suggest(name, allowed)
    also = f"; did you mean '{hint}'?" if hint else f"; allowed: {', '.join(allowed)}"
    return say("unknown key", key=shown(name), what=what, hint=also)


def unknown_kind(value: str) -> str:
    hint = suggest(value, KINDS)
    return say("not a kind", value=shown(value), kinds=", ".join(KINDS), hint=f"; did you mean '{hint}'?" if hint else "")


def kind_of(value) -> str:
    """What a value is, in a message: a YAML node as the loader reads it, or typed data as an editor does."""
    if isinstance(value, (dict, yaml.MappingNode)):
        return "a mapping"
    if isinstance(value, (list, yaml.SequenceNode)):
        return "a list"
    if isinstance(value, yaml.ScalarNode):
        value = value.value
    if value is None or value == "":
        return "empty"
    if isinstance(value, bool):  # YAML 1.2 booleans, as an editor sees them
        value = "true" if value else "false"
    return f"the value {shown(str(value))}"


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
    import difflib  # only a mistake needs it

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


# -- the tables ---------------------------------------------------------------

# What a value may be (Value.type):
TEXT = "text"  # a string, not blank, at most MAX_FIELD_CHARS, no control characters
OPTIONAL = "optional text"  # the same, and may be empty
SLUG_TEXT = "slug"  # text matching SLUG
URL_TEXT = "url"  # optional text matching URL
KIND = "kind"  # one of KINDS; absent means "fact"
BOOLEAN = "boolean"  # one of BOOLEANS
TAG_TEXT = "tag"  # text without NOT_TAG
STRINGS = "strings"  # one text, or a non-empty list of them (``of``)
LIST = "list"  # a list of ``of``
MAPPING = "mapping"  # a mapping with the keys of ``of`` (a Mapping)
ENTITIES = "entities"  # names (any text) to their aliases (``of``)
ALIASES = "aliases"  # a list of ``of``, or empty
LANG_TEXT = "lang"  # text matching LANG, a BCP 47 language tag
ANKI_NAME = "anki name"  # text whose "::"-separated parts are none of them blank (EMPTY_PART)
SILENCE = "silence"  # warning codes (SILENCEABLE) to the reason each is silenced (``of``)


# Rows are NamedTuples, not dataclasses: read once per run, they are part of
# every command's start-up, and a NamedTuple class costs a tenth of the time to make.
class Value(NamedTuple):
    """What one value must be, what messages call it, and what editors show for it."""

    type: str
    name: str  # in messages: "card id", "question (q)"; "{entity}" is filled with the entity's name
    description: str = ""
    of: Value | Mapping | None = None  # a list's items; a mapping's keys
    words: str = ""  # what a list or mapping holds: "must be a list of <words>"
    empty: str = ""  # the mistake (a key of MESSAGES) an empty value is, if it has its own
    min_items: int = 0
    ref: str = ""  # its name among the schema's $defs, if defined once there


class Key(NamedTuple):
    """One key of a mapping: its value, whether it must be there, and what it means when it is not."""

    key: str
    value: Value
    required: bool = False
    default: Any = None  # the loaded value when the key is absent
    attr: str = ""  # the field of the loaded object it fills, when not named ``key``

    @property
    def field(self) -> str:
        return self.attr or self.key


class Mapping:
    """The keys a mapping takes, in the order editors and messages list them."""

    __slots__ = ("keys", "by_key", "names", "required", "one_of")

    def __init__(self, keys: tuple[Key, ...], one_of: tuple[str, ...] = ()):
        self.keys = keys
        self.one_of = one_of  # exactly one of these keys must be there (none of them is ``required``)
        # worked out once: the loader asks for them on every card
        self.by_key = {k.key: k for k in keys}
        self.names = tuple(k.key for k in keys)
        self.required = tuple(k.key for k in keys if k.required)


# Text with a shape of its own: the type -> (does the value fit, the mistake if not).
SHAPES = {
    SLUG_TEXT: (lambda v: SLUG.match(v) is not None, "not a slug"),
    URL_TEXT: (lambda v: not v or URL.match(v) is not None, "not a url"),
    TAG_TEXT: (lambda v: NOT_TAG.search(v) is None, "not a tag"),
    LANG_TEXT: (lambda v: LANG.match(v) is not None, "not a lang"),
    ANKI_NAME: (lambda v: EMPTY_PART.search(v) is None, "empty part"),
}

# Types of text that may be empty (the loader's ``string`` asks on every value).
MAY_BE_EMPTY = frozenset((OPTIONAL, URL_TEXT))


TRANSLATION = Mapping(
    (
        Key("q", Value(TEXT, "translated question", "The question, translated."), required=True),
        Key("a", Value(TEXT, "translated answer", "The answer, translated; figures and dates are checked against the cite too."), required=True),
        Key(
            "lang",
            Value(LANG_TEXT, "translation lang", "The translation's language as a BCP 47 tag (en, ja, fr, pt-BR); default: told from its script, Latin script as English."),
            default="",
        ),
    )
)

CARD = Mapping(
    (
        Key("id", Value(SLUG_TEXT, "card id", "The card's permanent id within the deck: a lowercase slug."), required=True),
        Key("kind", Value(KIND, "card kind", "How the answer is checked against the cite (default: fact)."), default="fact"),
        Key("q", Value(TEXT, "question (q)", "The question."), required=True),
        Key("a", Value(TEXT, "answer (a)", "The answer, as short as possible; it must be supported by the cite."), required=True),
        Key(
            "cite",
            Value(
                STRINGS,
                "cite",
                "The passage of the source that supports the answer, verbatim; or a list of passages.",
                of=Value(TEXT, "cite", "A passage of the source, verbatim."),
                ref="cite",
            ),
            required=True,
            attr="cites",
        ),
        Key(
            "tags",
            Value(
                LIST,
                "tags",
                "Anki tags: single words.",
                of=Value(TAG_TEXT, "tag", "One word without spaces, quotes or Chinese commas (Anki splits tags on spaces).", ref="tag"),
                words="words",
            ),
            default=(),
        ),
        Key(
            "translation",
            Value(MAPPING, "a translation", "The question and answer in another language (shown under the original).", of=TRANSLATION, words="keys to values", ref="translation"),
        ),
        Key("cloze", Value(BOOLEAN, "cloze", "Make this card a cloze card instead: its front shows the question and the cited passage with the answer blanked (one card, not an extra one)."), default=False),
        Key("subdeck", Value(ANKI_NAME, "subdeck", "A subdeck of the deck, for this card (Anki shows Deck::Subdeck)."), default=""),
        Key(
            "silence",
            Value(
                SILENCE,
                "silence",
                "Warnings this card is meant to have, each with the reason (as a linter's noqa): reports list them as silenced.",
                of=Value(TEXT, "reason for silencing", "Why the warning does not apply to this card."),
                words="warning codes to reasons",
            ),
            default=(),
        ),
        Key(
            "source",
            Value(SLUG_TEXT, "card source", "The id of the source this card cites, among the deck's 'sources' (default: the first)."),
            default="",
        ),
    )
)

# The fields of a source, after its id (SOURCE: the one-source form, id optional;
# NAMED_SOURCE: an item of 'sources', id required).
_SOURCE_FIELDS = (
        Key("file", Value(TEXT, "source file", "The source text, a UTF-8 file, relative to the deck file (keep it beside the deck)."), required=True),
        Key("title", Value(OPTIONAL, "source title", "The article's title, shown on the back of every card."), default=""),
        Key("publisher", Value(OPTIONAL, "source publisher", "Who published the article."), default=""),
        Key("author", Value(OPTIONAL, "source author", "Who wrote it."), default=""),
        Key("published", Value(OPTIONAL, "source published", "When it was published, as you want it shown."), default=""),
        Key("url", Value(URL_TEXT, "source url", "Where the article is online: an http:// or https:// address, or empty."), default=""),
        Key("notice", Value(OPTIONAL, "source notice", "A copyright or platform notice to keep with the text."), default=""),
)
_SOURCE_ID = "The source's id, which a card names with 'source: ID': a lowercase slug."
SOURCE = Mapping((Key("id", Value(SLUG_TEXT, "source id", _SOURCE_ID), default=""), *_SOURCE_FIELDS))
NAMED_SOURCE = Mapping((Key("id", Value(SLUG_TEXT, "source id", _SOURCE_ID), required=True), *_SOURCE_FIELDS))

EXEMPTION = Mapping(
    (
        Key("cite", Value(TEXT, "exempt cite", "The passage, verbatim from the source."), required=True),
        Key("reason", Value(TEXT, "exempt reason", "Why no card covers it."), required=True),
    )
)

ENTITY_NAME = Value(TEXT, "entity name")

DECK = Mapping(
    (
        Key("id", Value(SLUG_TEXT, "deck id", "The deck's permanent id: a lowercase slug. Never change it once shipped."), required=True),
        Key("name", Value(ANKI_NAME, "deck name", "The deck's name in Anki ('::' makes subdecks)."), required=True),
        Key(
            "math",
            Value(BOOLEAN, "deck math", "Let Anki typeset \\(…\\) and \\[…\\] in card text as math (MathJax); by default they show as written."),
            default=False,
        ),
        Key(
            "source",
            Value(MAPPING, "deck source", "The text the deck is about, with the metadata every card's citation shows.", of=SOURCE, words="keys to values", ref="source"),
        ),
        Key(
            "sources",
            Value(
                LIST,
                "deck sources",
                "Several texts the deck is about, each with an id; a card names its own with 'source: ID' (default: the first).",
                of=Value(MAPPING, "a source", "One text with its id and the metadata its cards' citations show.", of=NAMED_SOURCE, words="keys to values", ref="named-source"),
                words="sources",
                empty="empty sources",
                min_items=1,
            ),
            default=(),
        ),
        Key(
            "entities",
            Value(
                ENTITIES,
                "deck entities",
                "Names and their other spellings; an answer may use any of them.",
                of=Value(ALIASES, "aliases of {entity}", "Other spellings of the name (may be empty).", of=Value(TEXT, "alias of {entity}", "Another spelling of the name."), words="strings"),
                words="names to lists of aliases",
                ref="entities",
            ),
            default={},
        ),
        Key(
            "exempt",
            Value(
                LIST,
                "deck exempt",
                "Passages the deck deliberately does not cover, and why (for 'deckgen coverage').",
                of=Value(MAPPING, "an exemption", of=EXEMPTION, words="keys to values", ref="exemption"),
                words="{cite, reason}",
            ),
            default=(),
        ),
    ),
    one_of=("source", "sources"),
)

CARD_VALUE = Value(
    MAPPING, "a card", "One question and answer with the passage of the source that supports it.", of=CARD, words="keys to values", ref="card"
)

FILE = Mapping(
    (
        Key("deck", Value(MAPPING, "deck", "What the deck is and which source it is about.", of=DECK, words="keys to values", ref="deck"), required=True),
        Key("cards", Value(LIST, "cards", "The cards; at least one.", of=CARD_VALUE, words="cards", empty="no cards", min_items=1), required=True),
    )
)

FILE_VALUE = Value(
    MAPPING,
    "the file",
    "Question-and-answer cards about one source text. Every cite must be verbatim in the source "
    "(after folding script, width and white space); 'deckgen check' proves it.",
    of=FILE,
    words="keys to values",
)

# The keys of each mapping, by name (for the modules that list them).
DECK_KEYS = DECK.names
SOURCE_KEYS = SOURCE.names
NAMED_SOURCE_KEYS = NAMED_SOURCE.names
CARD_KEYS = CARD.names
TRANSLATION_KEYS = TRANSLATION.names
EXEMPT_KEYS = EXEMPTION.names
