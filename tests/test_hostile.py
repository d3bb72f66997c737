"""Text reaches the learner exactly as written, and hostile text stays inert, in real Anki.

Each deck in ``tests/examples/valid/`` is built with ``run_build`` and imported
with the official Anki backend; the note fields and ``card.render_output()`` are
what a learner's Anki shows.
"""

from __future__ import annotations

import html
import shutil
import textwrap
from html.parser import HTMLParser
from pathlib import Path

import pytest
from anki.collection import Collection, ImportAnkiPackageRequest

from deckgen.render import escape
from deckgen.build import run_build
from deckgen.decks import load_deck
from deckgen.errors import DeckgenError

HERE = Path(__file__).resolve().parent
VALID = HERE / "examples" / "valid"

# The plain scalars of verbatim.yaml: YAML 1.1 would make numbers, booleans,
# dates or null of every one of them.
VALUES = ["0.10", "no", "yes", "off", "2025-07-16", "007", "~", "null", "On", "1e3", "0x1F",
          ".inf", "-.inf", ".NaN", "0o17", "1_000", "+12", "12:30:45", "true", "False"]

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    "{{Question}}",
    "{{FrontSide}}",
    "{{c1::secret}}",
    "{{#Answer}}shown{{/Answer}}",
    "</div></blockquote><b>bold</b>",
    "&lt;already escaped&gt;",
    "javascript:alert(3)",
]


class Imported:
    """A deck built into an .apkg and imported into a fresh Anki collection."""

    def __init__(self, col: Collection, deck):
        self.col = col
        self.deck = deck

    def note(self, card_id: str):
        (nid,) = self.col.find_notes(f'"CardId:{card_id}"')
        return self.col.get_note(nid)

    def render(self, card_id: str):
        (card,) = self.note(card_id).cards()
        return card.render_output()


def build_and_import(tmp: Path, name: str, folder: Path = VALID) -> Imported:
    work = tmp / "work"
    shutil.copytree(folder, work)
    report = run_build([str(work / name)], tmp / "out")
    assert report.success, report.check.problems()
    (built,) = report.built
    col = Collection(str(tmp / "collection.anki2"))
    col.import_anki_package(ImportAnkiPackageRequest(package_path=str(built.path)))
    return Imported(col, load_deck(work / name))


@pytest.fixture(scope="module")
def verbatim(tmp_path_factory):
    imported = build_and_import(tmp_path_factory.mktemp("verbatim"), "verbatim.yaml")
    yield imported
    imported.col.close()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    imported = build_and_import(tmp_path_factory.mktemp("hostile"), "hostile.yaml")
    yield imported
    imported.col.close()


class Page(HTMLParser):
    """The elements, attributes and visible text of a rendered card side."""

    def __init__(self, markup: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.chunks: list[str] = []
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.chunks.append(data)

    @property
    def text(self) -> str:
        return "".join(self.chunks)


ALLOWED_TAGS = {"div", "blockquote", "mark", "span", "a", "hr", "br"}
ALLOWED_ATTRS = {"class", "lang", "id", "href", "data-cloze", "data-ordinal"}


def assert_inert(markup: str) -> Page:
    """Only deckgen's own markup: no script, no event handler, no link but https, no template left."""
    page = Page(markup)
    for tag, attrs in page.tags:
        assert tag in ALLOWED_TAGS, f"unexpected <{tag}> in {markup!r}"
        for name, value in attrs.items():
            assert name in ALLOWED_ATTRS, f"unexpected attribute {name}= in {markup!r}"
            if name == "href":
                assert value and value.startswith("https://"), value
    assert "{{" not in markup and "}}" not in markup, "template or cloze syntax left in the rendered card"
    return page


# -- text stays exactly what the author wrote ----------------------------------


def test_loader_keeps_every_scalar_as_written():
    deck = load_deck(VALID / "verbatim.yaml")
    assert deck.source.title == "2025-07-16"
    assert deck.source.published == "0.10"
    cards = {c.id: c for c in deck.cards}
    for i, value in enumerate(VALUES, 1):
        card = cards[f"value-{i}"]
        assert (card.q, card.a, card.tags) == (value, value, (value,))
        assert (card.translation.q, card.translation.a) == (value, value)
        assert card.cites == (f"holds the value {value} exactly",)
        assert all(isinstance(x, str) for x in (card.q, card.a, *card.tags))
    assert cards["007"].a == "007"


@pytest.mark.parametrize("value", VALUES)
def test_scalar_reaches_anki_exactly(verbatim, value):
    card_id = f"value-{VALUES.index(value) + 1}"
    note = verbatim.note(card_id)
    # Fields hold HTML: ':' and brackets are character references there (inert to Anki).
    assert html.unescape(note["Question"]) == value
    assert html.unescape(note["Answer"]) == value
    assert html.unescape(note["QuestionTranslation"]) == value
    assert html.unescape(note["AnswerTranslation"]) == value
    assert Page(note["Passage"]).text == f"holds the value {value} exactly"
    assert "<mark>" + escape(value) + "</mark>" in note["Passage"]
    assert value in note.tags
    out = verbatim.render(card_id)
    assert f'<div class="q">{escape(value)}</div>' in out.question_text
    assert f'<div class="tr" lang="en">{escape(value)}</div>' in out.question_text
    assert f'<div class="a">{escape(value)}</div>' in out.answer_text
    assert f'<div class="tr" lang="en">{escape(value)}</div>' in out.answer_text


def test_card_id_and_metadata_reach_anki_exactly(verbatim):
    note = verbatim.note("007")
    assert note["CardId"] == "007"
    assert note["Answer"] == "007"
    citation = Page(note["Citation"]).text
    assert citation.startswith("2025-07-16 · 0.10 · ")


def test_bom_and_crlf_deck_reaches_anki_without_carriage_returns(tmp_path):
    raw = (VALID / "bom-crlf.yaml").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\r\n") == raw.count(b"\n"), "keep the example BOM + CRLF (git must not convert it)"
    imported = build_and_import(tmp_path, "bom-crlf.yaml")
    try:
        note = imported.note("opened")
        assert note["QuestionTranslation"] == '<span lang="zh">大橋何時通車？<br>（年份）<br></span>'  # a Chinese translation says so
        assert note["AnswerTranslation"] == '<span lang="zh">1932年</span>'
        lanes = imported.note("lanes")
        assert lanes["Question"] == "How many lanes does it carry?"
        assert "\r" not in "".join(note.fields + lanes.fields)
        assert "\ufeff" not in "".join(note.fields + lanes.fields)
        assert imported.col.decks.by_name("港灣大橋") is not None
    finally:
        imported.col.close()


# -- hostile text is inert ------------------------------------------------------------


@pytest.mark.parametrize("n", range(1, len(HOSTILE) + 1))
def test_hostile_card_renders_as_literal_text(hostile, n):
    text = HOSTILE[n - 1]
    note = hostile.note(f"hostile-{n}")
    assert html.unescape(note["Answer"]) == text
    assert html.unescape(note["AnswerTranslation"]) == text
    out = hostile.render(f"hostile-{n}")
    front, back = assert_inert(out.question_text), assert_inert(out.answer_text)
    assert f"What does passage {n} quote? {text}" in front.text
    assert text in back.text
    assert f"quotes {text} verbatim" in back.text
    assert [t for t, _ in back.tags].count("mark") == 1
    assert not out.question_av_tags and not out.answer_av_tags


@pytest.mark.parametrize("n", range(1, len(HOSTILE) + 1))
def test_hostile_text_around_a_cloze_stays_literal(hostile, n):
    text = HOSTILE[n - 1]
    out = hostile.render(f"cloze-{n}")
    front, back = assert_inert(out.question_text), assert_inert(out.answer_text)
    assert f"[...] quotes {text} verbatim here." in front.text
    assert f"Passage {n} quotes {text} verbatim here." in back.text
    assert f"Passage {n}" not in front.text  # the blank is blank
    clozes = [a for t, a in back.tags if t == "span" and "cloze" in (a.get("class") or "")]
    assert len(clozes) == 1


def test_hostile_metadata_is_escaped(hostile):
    note = hostile.note("hostile-1")
    page = assert_inert(note["Citation"])
    assert "<script>alert('title')</script>{{Question}} <img src=x onerror=alert(4)>" in page.text
    assert "{{c1::author}} & <b>co</b>" in page.text
    (link,) = [a for t, a in page.tags if t == "a"]
    assert link["href"] == "https://example.com/article?a=1&b=2#top"


def test_hostile_deck_templates_are_intact(hostile):
    """Every card of the deck rendered: 9 basic and 9 cloze, none empty, none broken."""
    col = hostile.col
    assert col.card_count() == 2 * len(HOSTILE)
    for cid in col.find_cards(""):
        out = col.get_card(cid).render_output()
        assert '<div class="deckgen kind-fact">' in out.question_text
        assert '<div class="cite">' in out.answer_text


URL_DECK = """
deck:
  id: urls
  name: Urls
  source:
    file: src.txt
    url: {url}
cards:
  - id: opened
    q: When did the bridge open?
    a: "1932"
    cite: The bridge opened in 1932
"""


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        '" javascript:alert(1)"',
        '"java\\tscript:alert(1)"',
        '"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="',
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "ftp://example.com/a",
        "//evil.example.com/",
        "example.com",
        "'https://example.com/\" onmouseover=\"alert(1)'",
        "'https://example.com/<script>'",
        "'https://example.com/{{Question}}'",
        '"https://example.com/a\\nb"',
        "https://",
    ],
)
def test_url_that_is_not_http_is_refused(tmp_path, url):
    (tmp_path / "src.txt").write_text("The bridge opened in 1932.\n", encoding="utf-8")
    (tmp_path / "deck.yaml").write_text(textwrap.dedent(URL_DECK.format(url=url)).lstrip(), encoding="utf-8")
    with pytest.raises(DeckgenError, match=r"source url must be an http:// or https:// address"):
        load_deck(tmp_path / "deck.yaml")


@pytest.mark.parametrize("url", ["https://example.com/article?a=1&b=2#top", "http://example.com", "HTTPS://EXAMPLE.COM/X"])
def test_http_urls_are_accepted(tmp_path, url):
    (tmp_path / "src.txt").write_text("The bridge opened in 1932.\n", encoding="utf-8")
    (tmp_path / "deck.yaml").write_text(textwrap.dedent(URL_DECK.format(url=url)).lstrip(), encoding="utf-8")
    assert load_deck(tmp_path / "deck.yaml").source.url == url


# -- Anki syntax and normalisation inside card text: sound tags, cloze hints, NFC --

GAP_SOURCE = "Play [sound:evil.mp3] now.\nThe key a::b opens it.\nCafe\u0301 and \uf900 here.\n"
GAP_DECK = """
deck:
  id: gaps
  name: Gaps
  source:
    file: src.txt
cards:
  - id: sound
    q: What does the passage play?
    a: "[sound:evil.mp3]"
    cite: "Play [sound:evil.mp3] now."
  - id: colons
    q: Which key opens it?
    a: "a::b"
    cite: "The key a::b opens it."
    cloze: true
  - id: nfc
    q: "Which words? Cafe\\u0301 \\uf900"
    a: "Cafe\\u0301"
    cite: "Cafe\\u0301 and \\uf900 here."
  - id: mark-after-break
    q: "Which mark?\\n\\u0338 starts this line"
    a: "Cafe\\u0301"
    cite: "Cafe\\u0301 and \\uf900 here."
"""


@pytest.fixture(scope="module")
def gaps(tmp_path_factory):
    folder = tmp_path_factory.mktemp("gaps-src")
    (folder / "src.txt").write_text(GAP_SOURCE, encoding="utf-8")
    (folder / "gaps.yaml").write_text(textwrap.dedent(GAP_DECK).lstrip(), encoding="utf-8")
    imported = build_and_import(tmp_path_factory.mktemp("gaps"), "gaps.yaml", folder)
    yield imported
    imported.col.close()


def test_sound_tag_text_stays_literal(gaps):
    out = gaps.render("sound")
    assert not out.question_av_tags and not out.answer_av_tags
    assert "[sound:evil.mp3]" in Page(out.answer_text).text


def test_cloze_answer_with_double_colon_stays_whole(gaps):
    out = gaps.render("colons")
    assert "The key a::b opens it." in Page(out.answer_text).text


def test_text_that_is_not_nfc_reaches_anki_exactly(gaps):
    note = gaps.note("nfc")
    assert html.unescape(note["Answer"]) == "Cafe\u0301"
    assert html.unescape(note["Question"]) == "Which words? Cafe\u0301 \uf900"


def test_combining_mark_after_a_line_break_leaves_the_break_a_tag(gaps):
    # NFC would compose '>' + U+0338 into '≯' and turn <br> into '<br≯'.
    note = gaps.note("mark-after-break")
    assert note["Question"].count("<br>") == 1
    assert html.unescape(note["Question"].replace("<br>", "\n")) == "Which mark?\n\u0338 starts this line"


# -- MathJax delimiters stay text -------------------------------------------------------

MATH = [r"\(x^2\)", r"\[\sum_i i\]", r"\(\href{javascript:alert(5)}{click}\)", r"a \\( b", r"\]\)"]


class Runs(HTMLParser):
    """The runs of text between elements: MathJax looks for a delimiter within one run."""

    def __init__(self, markup: str):
        super().__init__(convert_charrefs=True)
        self.runs: list[str] = [""]
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.runs.append("")

    def handle_endtag(self, tag):
        self.runs.append("")

    def handle_data(self, data):
        self.runs[-1] += data


def test_mathjax_delimiters_reach_anki_as_text_not_math(tmp_path):
    source = "".join(f"Formula {n} reads {m} in the paper.\n" for n, m in enumerate(MATH, 1))
    cards = "".join(
        f"  - id: math-{n}\n    q: {escape_yaml(f'What is formula {n}? {m}')}\n    a: {escape_yaml(m)}\n"
        f"    cite: {escape_yaml(f'Formula {n} reads {m} in the paper')}\n"
        f"    translation:\n      q: {escape_yaml(m)}\n      a: {escape_yaml(m)}\n"
        for n, m in enumerate(MATH, 1)
    )
    folder = tmp_path / "math"
    (folder / "sources").mkdir(parents=True)
    (folder / "sources" / "paper.txt").write_text(source, encoding="utf-8")
    (folder / "math.yaml").write_text(
        "deck:\n  id: math\n  name: Math\n  source:\n    file: sources/paper.txt\ncards:\n" + cards, encoding="utf-8"
    )
    imported = build_and_import(tmp_path / "run", "math.yaml", folder)
    try:
        for n, m in enumerate(MATH, 1):
            out = imported.render(f"math-{n}")
            for side in (out.question_text, out.answer_text):
                runs = Runs(side).runs
                for delimiter in ("\\(", "\\)", "\\[", "\\]"):
                    assert not any(delimiter in run for run in runs), (delimiter, side)
                assert m in "".join(runs)  # the learner still reads exactly what was written
            assert f"What is formula {n}? {m}" in "".join(Runs(out.question_text).runs)
    finally:
        imported.col.close()


def escape_yaml(text: str) -> str:
    from deckgen.find import yaml_quote

    return yaml_quote(text)


@pytest.mark.parametrize("name", ["::", "a::::b", " :: ", "Deck::", "::Deck", "a:: ::b"])
def test_deck_names_and_subdecks_with_an_empty_part_are_refused(tmp_path, name):
    from deckgen.decks import load_deck
    from deckgen.errors import DeckgenError
    from deckgen.schema import validate_text

    from conftest import write_deck

    quoted = name.replace('"', '\\"')
    for body in (
        f'deck: {{id: d, name: "{quoted}", source: {{file: sources/src.txt}}}}\ncards:\n  - {{id: x, q: Q, a: 999美元, cite: 售價999美元}}\n',
        f'deck: {{id: d, name: D, source: {{file: sources/src.txt}}}}\ncards:\n  - {{id: x, q: Q, a: 999美元, cite: 售價999美元, subdeck: "{quoted}"}}\n',
    ):
        path = write_deck(tmp_path, body)
        with pytest.raises(DeckgenError, match=r"has an empty part between '::'") as e:
            load_deck(path)
        # the editors' schema refuses it at the same place with the same words
        assert [(line, col, message) for line, col, message in validate_text(path.read_text(encoding="utf-8"))][0] == (e.value.line, e.value.col, e.value.message)


def test_a_deck_that_opts_in_to_math_keeps_mathjax_delimiters(tmp_path):
    from deckgen.decks import load_deck
    from deckgen.grounding import check_deck
    from deckgen.render import note_specs

    from conftest import write_deck

    source = "Euler wrote \\(e^{i\\pi} + 1 = 0\\) in 1748.\n"
    body = 'deck: {{id: m, name: M, math: {math}, source: {{file: sources/src.txt}}}}\ncards:\n  - {{id: x, q: "Which identity, \\\\(e^{{i\\\\pi}}\\\\)?", a: "1748", cite: "in 1748"}}\n'
    for math, kept in (("true", True), ("false", False)):
        path = write_deck(tmp_path / math, body.format(math=math), source=source)
        deck = load_deck(path)
        (spec,) = note_specs(deck, check_deck(deck))
        assert ("\\(e^&#123;i\\pi&#125;\\)" in spec.fields["Question"]) is kept, spec.fields["Question"]
