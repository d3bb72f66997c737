"""The deck format's one table (deckformat.py): every row is read by the loader and by the schema."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

from deckgen import deckformat, decks, schema
from deckgen.deckformat import CARD, FILE_VALUE, MESSAGES, Mapping, Value

ROOT = Path(__file__).resolve().parent.parent


def values(value: Value = FILE_VALUE):
    """Every Value reachable from ``value``, once each."""
    yield value
    if isinstance(value.of, Mapping):
        for key in value.of.keys:
            yield from values(key.value)
    elif isinstance(value.of, Value):
        yield from values(value.of)


def mappings() -> list[Value]:
    return [v for v in values() if isinstance(v.of, Mapping)]


def test_every_type_of_value_has_a_reader_and_a_schema():
    types = {v.type for v in values()}
    assert types == set(decks._READERS) == set(schema._FRAGMENTS)


@pytest.mark.parametrize("value", [v for v in values() if v.type != deckformat.MAPPING or v.name != "the file"], ids=lambda v: v.name)
def test_every_value_has_a_name_for_messages_and_a_place_in_the_schema(value):
    assert value.name
    assert value.words or value.type not in (deckformat.LIST, deckformat.MAPPING, deckformat.ENTITIES, deckformat.ALIASES)
    path = schema_path(value)
    assert path is not None, f"{value.name} is not in the schema"
    assert schema.value_at(path)[0] is value


def schema_path(target: Value, value: Value = FILE_VALUE, path: tuple = ()) -> tuple | None:
    """A path in a deck's data to a value ``target`` describes."""
    if value is target:
        return path
    if isinstance(value.of, Mapping):
        for key in value.of.keys:
            found = schema_path(target, key.value, (*path, key.key))
            if found is not None:
                return found
    elif isinstance(value.of, Value):
        step = "NVIDIA" if value.type == deckformat.ENTITIES else 0
        return schema_path(target, value.of, (*path, step))
    return None


def test_every_card_key_fills_a_field_of_card():
    fields = {f.name for f in dataclasses.fields(decks.Card)}
    assert {key.field for key in CARD.keys} <= fields
    for key in CARD.keys:
        if key.required:
            assert key.default is None, key.key


@pytest.mark.parametrize("value", mappings(), ids=lambda v: v.name)
def test_required_keys_are_required_by_both_readings(value):
    defined = schema.build_schema()
    schema_def = defined if value is FILE_VALUE else defined["$defs"][value.ref]
    assert schema_def["required"] == list(value.of.required)
    assert schema_def["additionalProperties"] is False
    assert list(schema_def["properties"]) == list(value.of.names)


def test_messages_are_filled_by_name():
    assert deckformat.say("blank", what="deck name") == "deck name is empty; write a value"
    assert deckformat.say("not a list", what="tags", words="words", kind="a mapping") == "tags must be a list of words, not a mapping"
    with pytest.raises(KeyError):
        deckformat.say("no such mistake")


@pytest.mark.parametrize("mistake", sorted(MESSAGES))
def test_every_message_is_said_by_the_loader_or_the_schema(mistake):
    # a template nobody uses is a rule that lives nowhere
    table = (ROOT / "deckgen" / "deckformat.py").read_text(encoding="utf-8")
    start = table.index("MESSAGES = {")
    table = table[:start] + table[table.index("\n}\n", start) :]
    code = table + "".join((ROOT / "deckgen" / name).read_text(encoding="utf-8") for name in ("decks.py", "schema.py"))
    assert f'"{mistake}"' in code


def run(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_imports_flow_one_way():
    # kinds <- deckformat <- schema <- (on a refused file) decks: no cycle, no module imports the loader back
    loaded = run("import sys, deckgen.deckformat as m; print(sorted(k for k in sys.modules if k.startswith('deckgen.')))")
    assert loaded == "['deckgen.deckformat', 'deckgen.errors', 'deckgen.findings', 'deckgen.fold', 'deckgen.kinds', 'deckgen.patterns']"
    assert run("import sys, deckgen.schema; print('deckgen.decks' in sys.modules)") == "False"


def test_a_valid_deck_loads_without_the_schema():
    # the JSON Schema (and jsonschema) run only once the streaming reading has refused a file
    code = (
        "import sys; from deckgen.decks import load_deck; load_deck('cards/h20-export.yaml');"
        "print('deckgen.schema' in sys.modules, 'jsonschema' in sys.modules)"
    )
    assert run(code) == "False False"
