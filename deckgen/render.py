"""What a card shows: note fields, templates and CSS, shared by the .apkg and the preview.

Card text is data. Every field is HTML-escaped here, and braces are written as
character references so that text like ``{{Question}}`` or ``{{c1::x}}`` in a
card can never be read by Anki as template or cloze syntax.
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import NamedTuple

from .decks import Card, Deck, Source
from .files import sha256_hex
from .fold import find_span, fold
from .patterns import lazy
from .grounding import CardResult
from .kinds import aliases_of
from .quantities import parse_quantities

NOTE_TYPE_VERSION = 1  # bump deliberately when FIELDS or templates change: Anki sees a new note type

FIELDS = (
    "Question",
    "Answer",
    "Passage",
    "Citation",
    "QuestionTranslation",
    "AnswerTranslation",
    "Kind",
    "CardId",
)
CLOZE_FIELDS = ("Text", "Question", "Citation", "QuestionTranslation", "AnswerTranslation", "Kind", "CardId")

# Translations are English unless they say otherwise: a field in another language
# carries its own <span lang="…"> (see ``translated``).
FRONT = """<div class="deckgen kind-{{Kind}}">
<div class="q">{{Question}}</div>
{{#QuestionTranslation}}<div class="tr" lang="en">{{QuestionTranslation}}</div>{{/QuestionTranslation}}
</div>"""

BACK = """{{FrontSide}}
<hr id="answer">
<div class="deckgen kind-{{Kind}}">
<div class="a">{{Answer}}</div>
{{#AnswerTranslation}}<div class="tr" lang="en">{{AnswerTranslation}}</div>{{/AnswerTranslation}}
<blockquote class="passage">{{Passage}}</blockquote>
<div class="cite">{{Citation}}</div>
</div>"""

CLOZE_FRONT = """<div class="deckgen kind-{{Kind}}">
<div class="q">{{Question}}</div>
{{#QuestionTranslation}}<div class="tr" lang="en">{{QuestionTranslation}}</div>{{/QuestionTranslation}}
<blockquote class="passage">{{cloze:Text}}</blockquote>
</div>"""

# The back of a cloze card shows its answer as a basic card's back does (Anki's
# cloze-only filter: just the blanked words), then the passage it came from.
CLOZE_BACK = """<div class="deckgen kind-{{Kind}}">
<div class="q">{{Question}}</div>
{{#QuestionTranslation}}<div class="tr" lang="en">{{QuestionTranslation}}</div>{{/QuestionTranslation}}
<hr id="answer">
<div class="a">{{cloze-only:Text}}</div>
{{#AnswerTranslation}}<div class="tr" lang="en">{{AnswerTranslation}}</div>{{/AnswerTranslation}}
<blockquote class="passage">{{cloze:Text}}</blockquote>
<div class="cite">{{Citation}}</div>
</div>"""

CSS = """.card {
  font-family: "PingFang TC", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK TC",
    "Noto Sans CJK SC", "Source Han Sans TC", "Microsoft JhengHei", "Microsoft YaHei",
    system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  font-size: 20px;
  line-height: 1.6;
  text-align: left;
  color: #1d1d1f;
  background-color: #ffffff;
  padding: 0 4px;
  overflow-wrap: anywhere;
}
.deckgen { max-width: 40em; margin: 0 auto; }
.deckgen .q { font-size: 1.15em; font-weight: 600; }
.deckgen .a { font-size: 1.3em; font-weight: 700; color: #0b5cad; margin: 0.4em 0; }
.deckgen .tr { font-size: 0.85em; color: #555; margin-top: 0.25em; }
.deckgen .passage {
  margin: 0.8em 0; padding: 0.5em 0.8em;
  border-left: 4px solid #c9d6e3; background: #f5f8fb; font-size: 0.9em;
}
.deckgen mark, .deckgen .cloze { background: #ffe58a; color: inherit; padding: 0 0.1em; font-weight: 700; }
.deckgen .cite { font-size: 0.75em; color: #666; }
.deckgen .cite a { color: inherit; }
.deckgen .where { white-space: nowrap; }
.nightMode.card, .nightMode .card, .night_mode .card { color: #e6e6e6; background-color: #1e1e1e; }
.nightMode .deckgen .a, .night_mode .deckgen .a { color: #7fb8ff; }
.nightMode .deckgen .tr, .night_mode .deckgen .tr { color: #b0b0b0; }
.nightMode .deckgen .passage, .night_mode .deckgen .passage { background: #2a2d31; border-left-color: #4a5563; }
.nightMode .deckgen mark, .nightMode .deckgen .cloze,
.night_mode .deckgen mark, .night_mode .deckgen .cloze { background: #6b5a12; color: #fff4c2; }
.nightMode .deckgen .cite, .night_mode .deckgen .cite { color: #a0a0a0; }
@media (max-width: 480px) { .card { font-size: 18px; } }
"""


# HTML's special characters: all an attribute value (the source's URL) needs.
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"}
_ATTRIBUTE = str.maketrans(_HTML)
# Card text also escapes what Anki would read as syntax inside a field: {{…}}
# templates and clozes, "::" hints inside a cloze, [sound:…] tags. Written as
# references they display the same and mean nothing to Anki. A line break
# becomes <br>.
_ESCAPES = {**_HTML, "{": "&#123;", "}": "&#125;", "[": "&#91;", ":": "&#58;", "\n": "<br>"}
# ``str.translate`` with a dict is slow on text that is not all ASCII: every character the table
# lacks raises and clears a KeyError in C (15 million instructions to render the shipped deck's
# notes). The same result, character by character, from one ``str.replace`` per special character
# present (9 million instructions fewer, 1% of the shipped deck's check): "&" first (every other replacement writes one) and the line break
# last (its <br> holds "<" and ">"); no replacement writes another table key, so no character is
# replaced twice. tests/test_output_escaping.py holds it to ``translate``.
_ESCAPE_STEPS = tuple(_ESCAPES.items())


# MathJax (which Anki runs on every card) typesets \(…\) and \[…\], even from
# character references, and its \href can carry javascript:. It finds a
# delimiter only inside one run of text, so an empty element after the
# backslash keeps the text as written and on screen, but never math.
_MATH_DELIMITER = lazy(r"\\(?=[()\]]|&#91;)")
_MATH_BREAK = "\\<span></span>"


def escape(text: str, math: bool = False) -> str:
    """HTML-escape card text, keep line breaks, and defuse Anki's own syntax and (unless
    the deck opts in to ``math``) MathJax's."""
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    out = text
    for char, reference in _ESCAPE_STEPS:
        if char in out:
            out = out.replace(char, reference)
    if "\\" in out and not math:
        out = _MATH_DELIMITER.sub(_MATH_BREAK, out)
    if not unicodedata.is_normalized("NFC", out):
        # Anki's importer normalises fields to NFC; a reference survives it, so
        # the learner sees exactly the characters the author wrote (and a mark
        # that would combine with the '>' of a <br> cannot break the tag).
        out = "".join(c if _nfc_stable(c) else f"&#x{ord(c):x};" for c in out)
    return out


def _nfc_stable(c: str) -> bool:
    return not unicodedata.combining(c) and unicodedata.normalize("NFC", c) == c


class Where(NamedTuple):  # a named tuple: @dataclass costs start-up time
    """Where the card's passage stands in the source (from grounding)."""

    line: int
    paragraph: int


def passage_html(card: Card, spellings: list[str], cloze: bool = False, math: bool = False) -> str:
    """The cited passage(s), escaped, with the answer marked (or blanked for a cloze)."""
    parts = []
    marked = False
    for cite in card.cites:
        span = None if marked else find_span(spellings, cite)
        if span is None:
            parts.append(escape(cite, math))
            continue
        a, b = span
        inner = escape(cite[a:b], math)
        inner = f"{{{{c1::{inner}}}}}" if cloze else f"<mark>{inner}</mark>"
        parts.append(escape(cite[:a], math) + inner + escape(cite[b:], math))
        marked = True
    return " … ".join(parts)


def citation_html(source: Source, where: list[Where]) -> str:
    """Title, publisher, author, date and the place in the source, for the back of the card."""
    bits = []
    title = escape(source.title or source.file.name)
    bits.append(f'<a href="{source.url.translate(_ATTRIBUTE)}">{title}</a>' if source.url else title)
    for value in (source.publisher, source.author, source.published):
        if value:
            bits.append(escape(value))
    if where:  # a paragraph a reader can count to, not a line of the author's file
        bits.append(f'<span class="where">paragraph {where[0].paragraph}</span>')
    return " · ".join(bits)


def deck_description(deck: Deck) -> str:
    """What Anki shows about the deck: its source (or each of its sources), where it is, and its notice."""
    if len(deck.sources) == 1:
        return "<br>".join([*_source_lines(deck.source), "Every card cites the passage of this source that states its answer."])
    blocks = ["<br>".join(_source_lines(s)) for s in deck.sources]
    return "<br><br>".join([*blocks, "Every card cites the passage of one of these sources that states its answer."])


def _source_lines(source: Source) -> list[str]:
    lines = []
    title = escape(source.title or source.file.name)
    lines.append(f'<a href="{source.url.translate(_ATTRIBUTE)}">{title}</a>' if source.url else title)
    by = " · ".join(escape(v) for v in (source.publisher, source.author, source.published) if v)
    if by:
        lines.append(by)
    if source.url:
        lines.append(escape(source.url))
    if source.notice:
        lines.append(f'<small>{escape(source.notice)}</small>')
    return lines


def translated(text: str, lang: str, math: bool = False) -> str:
    """A translation field, escaped; marked with its language when that is not English."""
    if not text or lang.split("-")[0].lower() == "en":
        return escape(text, math)
    return f'<span lang="{lang.translate(_ATTRIBUTE)}">{escape(text, math)}</span>'


def content_hash(*parts: object) -> str:
    blob = json.dumps(parts, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return sha256_hex(blob.encode("utf-8"))[:16]


def note_type_hash() -> str:
    """What the lock records of the note type: a change is a deliberate step."""
    return content_hash(NOTE_TYPE_VERSION, FIELDS, FRONT, BACK, CLOZE_FIELDS, CLOZE_FRONT, CLOZE_BACK, CSS)


def note_type_names(deck_id: str) -> tuple[str, str]:
    """The names of the basic and cloze note types, as Anki shows them."""
    return f"deckgen {deck_id} v{NOTE_TYPE_VERSION}", f"deckgen {deck_id} cloze v{NOTE_TYPE_VERSION}"


class NoteSpec(NamedTuple):  # a named tuple: @dataclass costs start-up time
    """Everything one note will hold; its hash decides whether the note changed."""

    card: Card
    deck_name: str
    values: tuple[str, ...]  # the field values in the order of its note type's fields
    tags: tuple[str, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return CLOZE_FIELDS if self.card.cloze else FIELDS

    @property
    def fields(self) -> dict[str, str]:
        return dict(zip(self.names, self.values))

    @property
    def hash(self) -> str:
        # The deck name is left out: Anki never moves an existing card to another
        # deck on import, so re-sending every note after a rename would only
        # overwrite learners' edits. The note type version is in: after a
        # deliberate change of fields every note must be sent again.
        return content_hash(NOTE_TYPE_VERSION, self.card.cloze, self.fields, self.tags)


def note_spec(deck: Deck, card: Card, where: list[Where], spellings: list[str]) -> NoteSpec:
    """The note ``card`` becomes: fields, Anki deck (with subdeck) and tags."""
    fields = note_fields(deck, card, where, spellings)
    tags = tuple(dict.fromkeys((*card.tags, f"kind::{card.kind}")))
    name = f"{deck.name}::{card.subdeck}" if card.subdeck else deck.name
    return NoteSpec(card, name, tuple(fields[f] for f in (CLOZE_FIELDS if card.cloze else FIELDS)), tags)


def note_specs(deck: Deck, results: list[CardResult]) -> list[NoteSpec]:
    """The notes of ``results``' cards, each with the place its cites were found."""
    return [
        note_spec(deck, r.card, [Where(e.line, e.paragraph) for e in r.located],
                  [r.card.a, *aliases_of(r.card.a, deck.entities), *_value_spelling(r.card)])
        for r in results
    ]


def _value_spelling(card: Card) -> list[str]:
    """The cite's own spelling of a figure the answer writes otherwise (59千克 for 59kg, 158厘米 for 158.0厘米), so the
    passage marks the value the answer is: tried after the answer's own spelling, only when that is not in a cite."""
    if card.kind != "figure" or card.cloze or find_span([card.a], " ".join(card.cites)) is not None:
        return []
    answer = parse_quantities(fold(card.a, keep_spaces=True).text)
    if len(answer) != 1:
        return []
    a = answer[0]
    for cite in card.cites:
        folded = fold(cite, keep_spaces=True)
        for q in parse_quantities(folded.text):
            if (q.value, q.unit, q.ordinal) == (a.value, a.unit, a.ordinal):
                start, end = folded.span(q.start, q.end)
                return [cite[start:end]]
    return []


def note_fields(deck: Deck, card: Card, where: list[Where], spellings: list[str]) -> dict[str, str]:
    """The field values of ``card``'s note, in FIELDS (or CLOZE_FIELDS) order."""
    t, math = card.translation, deck.math
    common = {
        "Question": escape(card.q, math),
        "Citation": citation_html(deck.source_of(card), where),
        "QuestionTranslation": translated(t.q, t.lang, math) if t else "",
        "AnswerTranslation": translated(t.a, t.lang, math) if t else "",
        "Kind": card.kind,
        "CardId": escape(card.id),
    }
    if card.cloze:
        return {"Text": passage_html(card, spellings, cloze=True, math=math), **common}
    return {"Answer": escape(card.a, math), "Passage": passage_html(card, spellings, math=math), **common}


_SECTION = lazy(r"\{\{([#^/])([A-Za-z]+)\}\}(?:(.*?)\{\{/\2\}\})?", re.S)
_FIELD = lazy(r"\{\{(?:(cloze|cloze-only):)?([A-Za-z]+)\}\}")
_CLOZE = lazy(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}", re.S)


def render_template(template: str, fields: dict[str, str], front: str = "", side: str = "q") -> str:
    """Fill one of the templates above the way Anki does, for the HTML preview.

    Supports exactly what these templates use: ``{{Field}}``, ``{{#Field}}…{{/Field}}``,
    ``{{FrontSide}}``, ``{{cloze:Field}}`` and ``{{cloze-only:Field}}``. Field values are already escaped.
    """

    def section(m: re.Match) -> str:
        kind, name, body = m.group(1), m.group(2), m.group(3) or ""
        present = bool(fields.get(name, "").strip())
        return body if (present if kind == "#" else not present) else ""

    def field(m: re.Match) -> str:
        if m.group(2) == "FrontSide":
            return front
        value = fields.get(m.group(2), "")
        if m.group(1) == "cloze-only":  # the blanked words alone, as Anki shows them
            return ", ".join(c.group(2) for c in _CLOZE.finditer(value))
        if m.group(1) == "cloze":
            if side == "q":
                return _CLOZE.sub(lambda c: f'<span class="cloze">[{c.group(3) or "..."}]</span>', value)
            return _CLOZE.sub(lambda c: f'<span class="cloze">{c.group(2)}</span>', value)
        return value

    return _FIELD.sub(field, _SECTION.sub(section, template))
