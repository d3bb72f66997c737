"""Property tests: whatever the input, deckgen answers with a finding or a DeckgenError.

Arbitrary text in any field, arbitrary (even invalid) YAML documents, and
arbitrary bytes as a deck file or a source never raise anything else; text that
loads is the text that was written; the fold map always points back into the
original text.
"""

from __future__ import annotations

import tempfile
import textwrap
import unicodedata
from pathlib import Path

import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from deckgen.check import FileResult, check_file
from deckgen.decks import CARD_KEYS, CONTROL, MAX_FIELD_CHARS, load_deck
from deckgen.errors import DeckgenError
from deckgen.fold import fold, fold_text
from deckgen.render import escape

SETTINGS = settings(
    max_examples=60,
    deadline=None,
    database=None,  # nothing written into the repository
    suppress_health_check=[HealthCheck.too_slow],
)

SOURCE = "The bridge opened in 1932 after eight years of work.\nIt carries eight lanes.\n"
DECK = """\
deck:
  id: {deck_id}
  name: {name}
  source:
    file: {file}
    title: {title}
    author: {author}
cards:
  - id: {card_id}
    kind: {kind}
    q: {q}
    a: {a}
    cite: {cite}
    tags: [{tag}]
    subdeck: {subdeck}
    translation:
      q: {tq}
      a: {ta}
"""
DEFAULTS = {
    "deck_id": "bridge",
    "name": "Bridge",
    "file": "src.txt",
    "title": "The bridge",
    "author": "A reporter",
    "card_id": "opened",
    "kind": "fact",
    "q": "When did the bridge open?",
    "a": "1932",
    "cite": "The bridge opened in 1932",
    "tag": "history",
    "subdeck": "Dates",
    "tq": "橋何時通車？",
    "ta": "1932年",
}
# Fields any non-blank text is valid in (up to the length limit), and where it ends up.
FREE_TEXT = {
    "name": lambda d: d.name,
    "title": lambda d: d.source.title,
    "author": lambda d: d.source.author,
    "q": lambda d: d.cards[0].q,
    "a": lambda d: d.cards[0].a,
    "cite": lambda d: d.cards[0].cites[0],
    "subdeck": lambda d: d.cards[0].subdeck,
    "tq": lambda d: d.cards[0].translation.q,
    "ta": lambda d: d.cards[0].translation.a,
}
OPTIONAL = {"title", "author"}
OTHER = {
    "deck_id": lambda d: d.id,
    "card_id": lambda d: d.cards[0].id,
    "kind": lambda d: d.cards[0].kind,
    "tag": lambda d: d.cards[0].tags[0],
    "file": None,
}


def quoted(text: str) -> str:
    """``text`` as a one-line double-quoted YAML scalar (every character escaped as needed)."""
    out = yaml.dump(text, default_style='"', allow_unicode=True, width=10**9).rstrip("\n")
    assert "\n" not in out
    return out


def deck_text(**fields: str) -> str:
    values = {k: (quoted(v) if k in fields else v) for k, v in {**DEFAULTS, **fields}.items()}
    return DECK.format(**values)


def check_in_folder(deck: bytes | str, source: bytes | str = SOURCE) -> FileResult:
    """``check_file`` on ``deck`` beside ``src.txt``; it must not raise (that is the property)."""
    with tempfile.TemporaryDirectory(prefix="deckgen-prop-") as tmp:
        folder = Path(tmp)
        src = folder / "src.txt"
        src.write_bytes(source if isinstance(source, bytes) else source.encode("utf-8"))
        path = folder / "deck.yaml"
        path.write_bytes(deck if isinstance(deck, bytes) else deck.encode("utf-8"))
        result = check_file(path)
        assert_well_formed(result)
        return result


def assert_well_formed(result: FileResult) -> None:
    for p in result.all_problems():
        assert p.line >= 1 and p.col >= 1
        assert p.code.startswith("DG")
        assert p.message and "Traceback" not in p.message
    if result.invalid:
        (problem,) = result.problems
        assert problem.code == "DG001"


texts = st.text(max_size=120) | st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=40)


@SETTINGS
@given(field=st.sampled_from(sorted(FREE_TEXT)), text=texts)
def test_any_text_in_a_free_text_field_loads_exactly_or_is_refused_as_empty(field, text):
    result = check_in_folder(deck_text(**{field: text}))
    if not text.strip() and field not in OPTIONAL:
        assert result.invalid
        assert "is empty; write a value" in result.problems[0].message
    elif CONTROL.search(text):
        assert result.invalid
        assert "contains the control character U+" in result.problems[0].message
    else:
        assert not result.invalid, result.problems
        assert FREE_TEXT[field](result.deck) == text


@SETTINGS
@given(field=st.sampled_from(sorted(OTHER)), text=texts)
def test_any_text_in_any_other_field_is_a_value_or_a_finding(field, text):
    result = check_in_folder(deck_text(**{field: text}))
    if not result.invalid and OTHER[field] is not None:
        assert OTHER[field](result.deck) == text


@settings(SETTINGS, max_examples=15)
@given(text=st.text(min_size=1, max_size=60))
def test_any_text_reaches_anki_as_written(text):
    """What deckgen writes into the note is what Anki holds (for NFC text; see test_hostile)."""
    assume(text.strip() and unicodedata.is_normalized("NFC", text) and not CONTROL.search(text))
    from anki.collection import Collection, ImportAnkiPackageRequest

    from deckgen.build import run_build

    with tempfile.TemporaryDirectory(prefix="deckgen-prop-") as tmp:
        folder = Path(tmp)
        (folder / "src.txt").write_text(SOURCE, encoding="utf-8")
        (folder / "deck.yaml").write_text(deck_text(q=text, tq=text), encoding="utf-8")
        report = run_build([str(folder / "deck.yaml")], folder / "out")
        assert report.success, report.check.problems()
        col = Collection(str(folder / "c.anki2"))
        try:
            col.import_anki_package(ImportAnkiPackageRequest(package_path=str(report.built[0].path)))
            (nid,) = col.find_notes("")
            note = col.get_note(nid)
            assert note["Question"] == escape(text)
            # the translation's answer is 1932年: Chinese unless the text's script says otherwise; its field says so around the text
            from deckgen.decks import script_language

            lang = script_language(text + DEFAULTS["ta"])
            assert lang != "en" and note["QuestionTranslation"] == f'<span lang="{lang}">{escape(text)}</span>'
            rendered = note.cards()[0].render_output().question_text
            assert f'<div class="q">{escape(text)}</div>' in rendered
        finally:
            col.close()


# -- arbitrary YAML documents ---------------------------------------------------------

scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30)
documents = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10) | st.integers(), inner, max_size=4), max_leaves=20)
card_keys = st.sampled_from(CARD_KEYS + ("cards", "deck", "question", "Q", "<<", ""))
cards = st.dictionaries(card_keys, documents | st.sampled_from(["fact", "1932", "opened", "The bridge opened in 1932"]), max_size=9)
deck_shaped = st.fixed_dictionaries(
    {
        "deck": st.fixed_dictionaries(
            {"id": st.sampled_from(["bridge", "Bridge", ""]) | documents, "name": documents, "source": st.fixed_dictionaries({"file": st.sampled_from(["src.txt", "../src.txt", "/etc/passwd", "."]) | documents}) | documents},
            optional={"entities": documents, "exempt": documents, "extra": documents},
        ),
        "cards": st.lists(cards, max_size=4) | documents,
    }
)


@SETTINGS
@given(document=documents | deck_shaped)
def test_any_yaml_document_is_a_deck_or_a_finding(document):
    check_in_folder(yaml.safe_dump(document, allow_unicode=True))


@SETTINGS
@given(document=deck_shaped, flow=st.booleans(), style=st.sampled_from([None, '"', "'", "|", ">"]))
def test_any_yaml_styling_is_a_deck_or_a_finding(document, flow, style):
    check_in_folder(yaml.dump(document, default_flow_style=flow, default_style=style, allow_unicode=True))


YAML_NOISE = st.lists(
    st.sampled_from(list(":-[]{}&*!|>'\"#%@`\t\n ,?~\\\r\ufeff\x00\x85") + ["  ", "\n  - ", ": ", "---\n", "&a ", "*a", "\\x1f"]),
    max_size=6,
).map("".join)


@SETTINGS
@given(data=st.data())
def test_a_mangled_valid_deck_is_a_deck_or_a_finding(data):
    text = deck_text()
    for _ in range(data.draw(st.integers(1, 4))):
        i = data.draw(st.integers(0, len(text)))
        j = data.draw(st.integers(i, min(len(text), i + 20)))
        text = text[:i] + data.draw(YAML_NOISE) + text[j:]
    check_in_folder(text)


# -- arbitrary bytes --------------------------------------------------------------------


@SETTINGS
@given(data=st.binary(max_size=400))
def test_any_bytes_as_a_deck_file_are_a_finding(data):
    result = check_in_folder(data)
    assert result.invalid or data.lstrip(b"\xef\xbb\xbf").decode("utf-8", "strict")


@SETTINGS
@given(prefix_len=st.integers(0, 400), noise=st.binary(min_size=1, max_size=8))
def test_a_valid_deck_with_random_bytes_spliced_in_is_a_deck_or_a_finding(prefix_len, noise):
    data = deck_text().encode("utf-8")
    i = min(prefix_len, len(data))
    check_in_folder(data[:i] + noise + data[i:])


@SETTINGS
@given(source=st.binary(max_size=400) | st.text(max_size=200).map(lambda t: t.encode("utf-8")))
def test_any_bytes_as_a_source_are_a_finding_or_grounded(source):
    result = check_in_folder(deck_text(), source)
    text = source.removeprefix(b"\xef\xbb\xbf")
    try:
        decodable = b"\x00" not in text[:8192] and not text.startswith((b"\xff\xfe", b"\xfe\xff")) and text.decode("utf-8") is not None
    except UnicodeDecodeError:
        decodable = False
    assert result.invalid == (not decodable)
    if result.invalid:
        message = result.problems[0].message
        assert message.startswith("source file ") and "src.txt is " in message


@settings(SETTINGS, max_examples=20)
@given(text=texts)
def test_load_deck_raises_only_deckgen_error(text):
    with tempfile.TemporaryDirectory(prefix="deckgen-prop-") as tmp:
        path = Path(tmp) / "deck.yaml"
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        try:
            load_deck(path)
        except DeckgenError as e:
            assert e.line >= 1 and e.col >= 1


def test_longest_allowed_field_round_trips():
    text = "橋" * MAX_FIELD_CHARS
    result = check_in_folder(deck_text(q=text))
    assert not result.invalid and result.deck.cards[0].q == text


# -- the fold map --------------------------------------------------------------------


@settings(SETTINGS, max_examples=200)
@given(text=st.text(max_size=60) | st.text(alphabet=st.sampled_from("黃仁勛 \n\t\u3000（）％ﬁ㎏①İßabcAB1２“”「」\u0301\u00a8\ufdfa\u2028"), max_size=40))
def test_fold_map_points_back_inside_the_original(text):
    f = fold(text)
    assert f.text == fold_text(text)
    previous = 0
    for pos, ch in enumerate(f.text):
        o = f.to_original(pos)
        assert 0 <= o < len(text)
        assert o >= previous  # the map never goes backwards
        previous = o
        assert ch in fold_text(text[o]), (pos, ch, o, text[o])
    assert f.to_original(len(f.text)) == len(text)


@settings(SETTINGS, max_examples=200)
@given(data=st.data(), text=st.text(min_size=1, max_size=60))
def test_fold_span_covers_exactly_the_folded_characters(data, text):
    f = fold(text)
    start = data.draw(st.integers(0, len(f.text)))
    end = data.draw(st.integers(start, len(f.text)))
    a, b = f.span(start, end)
    assert 0 <= a <= b <= len(text)
    assert f.text[start:end] in fold_text(text[a:b])
    if end > start:  # tight: it starts and ends on characters that fold to something
        assert fold_text(text[a]) and fold_text(text[b - 1])
