"""The loader reads cards as their YAML ends (streaming) and the whole file only on a mistake.

Both readings must agree: the same deck from a valid file, the same first error
from an invalid one. (Error messages themselves are pinned by test_bad_input.py
and test_schema.py.)
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from deckgen.decks import CARD_KEYS, _DeckReader, load_deck
from deckgen.errors import DeckgenError

from conftest import write_deck

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
VALID = [ROOT / "cards" / "h20-export.yaml", *sorted((HERE / "examples" / "valid").glob("*.yaml"))]
SCHEMA_VALID = sorted((HERE / "schema_examples" / "valid").glob("*.yaml"))
INVALID = sorted((HERE / "examples" / "invalid").glob("*.yaml")) + sorted((HERE / "schema_examples" / "invalid").glob("*.yaml"))


HEAD = """
        deck:
          id: d
          name: D
          source:
            file: sources/src.txt"""


def read(path: Path, streaming: bool):
    reader = _DeckReader(path)
    return reader.deck(reader.decode(), streaming=streaming)


def positions(deck) -> list[tuple]:
    return [(c.id, c.line, c.col, *(c.at(k) for k in CARD_KEYS)) for c in deck.cards]


def schema_example(path: Path, tmp_path: Path) -> Path:
    shutil.copy(HERE / "schema_examples" / "source.txt", tmp_path / "source.txt")
    return Path(shutil.copy(path, tmp_path / path.name))


@pytest.mark.parametrize("path", VALID + SCHEMA_VALID, ids=lambda p: p.stem)
def test_streaming_and_whole_file_readings_give_the_same_deck(path, tmp_path):
    if path in SCHEMA_VALID:
        path = schema_example(path, tmp_path)
    streamed, whole = read(path, True), read(path, False)
    assert streamed == whole
    assert streamed.entities == whole.entities
    assert positions(streamed) == positions(whole)
    assert load_deck(path) == whole


def test_every_field_keeps_its_line_and_column(tmp_path):
    path = write_deck(
        tmp_path,
        HEAD
        + """
        cards:
          - id: c1
            kind: figure
            q: >-
              How much
              did it cost?
            a: "999美元"
            cite: [售價999美元]
            tags: [a, b]
            translation: {q: How much?, a: $999}
            cloze: false
            subdeck: S
            silence: {DG504: the year is the point of the card}
          -   id: c2
              q: Q
              a: "999美元"
              cite: 售價999美元
        """,
        source="售價999美元。\n",
    )
    first, second = load_deck(path).cards
    assert [first.at(k) for k in CARD_KEYS] == [(7, 9), (8, 11), (9, 8), (12, 8), (13, 11), (14, 11), (15, 18), (16, 12), (17, 14), (18, 14), (7, 5)]
    assert (first.line, first.col) == (7, 5)
    assert first.silence == (("DG504", "the year is the point of the card"),)
    assert second.at("kind") == (second.line, second.col) == (19, 7)  # a key it does not have: the card itself
    assert second.at("cite") == (22, 13)


@pytest.mark.parametrize("path", INVALID, ids=lambda p: f"{p.parent.parent.name}/{p.stem}")
def test_the_streaming_reading_refuses_every_invalid_example_by_itself(path, tmp_path):
    # The JSON Schema runs only once the streaming reading has refused a file;
    # this is what makes that safe: nothing invalid gets past the reader alone.
    if "schema_examples" in path.parts:
        path = schema_example(path, tmp_path)
    try:
        reader = _DeckReader(path)
        text = reader.decode()
    except DeckgenError:
        return  # refused before any YAML is read (size, encoding)
    with pytest.raises(DeckgenError):
        reader.deck(text, streaming=True)


def test_a_card_mistake_before_a_yaml_error_reports_the_yaml_error(tmp_path):
    # Reading the whole file finds the broken YAML first; streaming must not
    # report the card it met on the way instead.
    path = write_deck(
        tmp_path,
        HEAD
        + """
        cards:
          - id: c1
            question: misspelt key
            a: x
            cite: y
          - id: c2
            q: "unclosed
        """,
    )
    with pytest.raises(DeckgenError) as caught:
        load_deck(path)
    assert "invalid YAML" in caught.value.message
    assert caught.value.line > 8


def test_a_later_deck_section_mistake_is_reported_before_the_cards(tmp_path):
    path = write_deck(
        tmp_path,
        """
        cards:
          - id: c1
            q: Q
            a: x
            cite: y
          - id: Bad_Id
            q: Q
            a: x
            cite: y
        deck:
          id: d
          name: D
          source:
            file: sources/src.txt
          colour: blue
        """,
    )
    with pytest.raises(DeckgenError) as caught:
        load_deck(path)
    # the schema walks the file in order; this is the loader's first error as before streaming
    assert (caught.value.line, caught.value.message) == (6, "card id 'Bad_Id' must be a lowercase slug: letters a-z, digits and single hyphens")


@pytest.mark.parametrize(
    "aliases, mistake, line",
    [('["ok", "  "]', "blank", 7), ('["ok", "a\\x1fb"]', "control character", 7), ('"just one"', "not a list", 7)],
)
def test_an_entitys_refused_alias_names_the_entity_as_before(tmp_path, aliases, mistake, line):
    """Each alias is read against the table's row first and the entity's name is shown only for a refused one (read
    again under it): the message names the entity exactly as when every alias was read under its name."""
    from deckgen.deckformat import DECK, kind_of, say, shown

    name = "Nvidia's \"H20\"\\chip"
    body = HEAD + f"""
          entities:
            {json_quoted(name)}: {aliases}
        cards:
          - id: c1
            kind: fact
            q: Who?
            a: Apple
            cite: 蘋果公司於2024年發布了新款手機
        """
    path = write_deck(tmp_path, body)
    for streaming in (True, False):
        with pytest.raises(DeckgenError) as refused:
            read(path, streaming)
        spec = DECK.by_key["entities"].value.of
        if mistake == "not a list":
            expected = say(mistake, what=spec.name.format(entity=shown(name)), words=spec.words, kind=kind_of("just one"))
        elif mistake == "blank":
            expected = say(mistake, what=spec.of.name.format(entity=shown(name)))
        else:
            expected = say(mistake, what=spec.of.name.format(entity=shown(name)), code=0x1F)
        assert (refused.value.message, refused.value.line) == (expected, line)


def json_quoted(text: str) -> str:
    import json

    return json.dumps(text)


def test_an_entitys_aliases_are_read_as_written(tmp_path):
    body = HEAD + """
          entities:
            Nvidia: [英伟达, 輝達]
            Apple: []
        cards:
          - id: c1
            kind: fact
            q: Who?
            a: Apple
            cite: 蘋果公司於2024年發布了新款手機
        """
    deck = load_deck(write_deck(tmp_path, body))
    assert deck.entities == {"Nvidia": ("英伟达", "輝達"), "Apple": ()}
