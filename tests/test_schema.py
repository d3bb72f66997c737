"""The JSON Schema of deck files agrees with the loader: same keys, same rules, same places.

Both are built from one table (deckformat.py); these tests hold the two readings of
it to the same verdicts and the same first error, on examples and on generated mistakes.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from deckgen import deckformat, decks, schema
from deckgen.cli import main
from deckgen.decks import load_deck
from deckgen.errors import DeckgenError

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = Path(__file__).resolve().parent / "schema_examples"
INVALID = sorted((EXAMPLES / "invalid").glob("*.yaml"))
VALID = sorted((EXAMPLES / "valid").glob("*.yaml"))
SHIPPED = ROOT / "cards" / "h20-export.yaml"


def expectation(path: Path) -> str:
    m = re.match(r"# expect: (.+)\n", path.read_text(encoding="utf-8"))
    assert m, f"{path.name} must start with '# expect: <part of the message>'"
    return m.group(1)


def loader_error(path: Path, tmp_path: Path) -> DeckgenError | None:
    """Load ``path`` as a deck beside the examples' source text; the error, if any."""
    shutil.copy(EXAMPLES / "source.txt", tmp_path / "source.txt")
    target = tmp_path / path.name
    shutil.copy(path, target)
    try:
        load_deck(target)
    except DeckgenError as e:
        return e
    return None


def test_schema_file_is_generated_from_the_loader():
    on_disk = (ROOT / "deckgen" / "deck.schema.json").read_text(encoding="utf-8")
    assert on_disk == schema.schema_text(), "deck.schema.json is stale: run 'deckgen schema > deckgen/deck.schema.json'"


def test_schema_is_valid_draft_2020_12():
    data = json.loads(schema.schema_text())
    assert data["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(data)


def test_schema_holds_every_mapping_of_the_table():
    # The schema is built from deckformat's rows: each mapping, its keys, the required ones, nothing else.
    data = schema.build_schema()
    defs = data["$defs"]
    mappings = {"deck": deckformat.DECK, "source": deckformat.SOURCE, "named-source": deckformat.NAMED_SOURCE, "card": deckformat.CARD, "translation": deckformat.TRANSLATION, "exemption": deckformat.EXEMPTION}
    for name, mapping in mappings.items():
        assert list(defs[name]["properties"]) == list(mapping.names)
        assert defs[name]["required"] == list(mapping.required)
        assert defs[name]["additionalProperties"] is False
    assert set(defs["card"]["required"]) == {"id", "q", "a", "cite"}
    assert set(defs["deck"]["required"]) == {"id", "name"}  # and one of source, sources:
    assert defs["deck"]["anyOf"] == [{"required": ["source"]}, {"required": ["sources"]}]
    assert defs["card"]["properties"]["kind"]["enum"] == ["fact", "date", "figure", "quote"]
    assert data["properties"]["cards"]["minItems"] == 1


def test_cli_prints_the_schema():
    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.output) == schema.build_schema()


def test_shipped_deck_points_at_the_schema():
    first = SHIPPED.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../deckgen/deck.schema.json"
    assert (SHIPPED.parent / "../deckgen/deck.schema.json").resolve() == (ROOT / "deckgen" / "deck.schema.json").resolve()


def test_shipped_deck_is_valid():
    text = SHIPPED.read_text(encoding="utf-8")
    # as the loader reads it: every scalar the string the author wrote
    assert schema.validate_text(text) == []
    assert schema.validate(schema.to_data(yaml.compose(text, Loader=yaml.SafeLoader))) == []
    # as an editor reads it (YAML typed values)
    assert schema.validate(yaml.safe_load(text)) == []


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_valid_examples_pass_schema_and_loader(path, tmp_path):
    text = path.read_text(encoding="utf-8")
    assert schema.validate_text(text) == []
    assert schema.validate(yaml.safe_load(text)) == []
    assert loader_error(path, tmp_path) is None


def test_there_are_invalid_examples():
    assert len(INVALID) >= 25


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_invalid_examples_are_rejected_where_the_loader_rejects_them(path, tmp_path):
    text = path.read_text(encoding="utf-8")
    errors = schema.validate_text(text)
    assert errors, f"{path.name}: the schema accepts it"
    line, col, message = errors[0]
    assert expectation(path) in message
    loaded = loader_error(path, tmp_path)
    assert loaded is not None, f"{path.name}: the loader accepts it"
    # the schema's first error is the loader's: same place, same words
    assert (line, col, message) == (loaded.line, loaded.col, loaded.message)


@pytest.mark.parametrize("path", [p for p in INVALID if p.stem not in ("alias", "duplicate-key", "merge-key")], ids=lambda p: p.stem)
def test_invalid_examples_are_rejected_as_editors_see_them(path):
    # An editor validates YAML's typed values; structure errors show there too.
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    errors = schema.validate(data)
    assert errors
    json_path, message = errors[0]
    assert json_path.startswith("$")


def test_errors_carry_json_paths():
    data = yaml.safe_load((EXAMPLES / "valid" / "minimal.yaml").read_text(encoding="utf-8"))
    data["cards"][0]["kind"] = "figures"
    data["cards"][0]["tags"] = ["ok", "two words"]
    data["deck"]["source"]["url"] = "mailto:x@example.com"
    found = dict(schema.validate(data))
    assert "did you mean 'figure'" in found["$.cards[0].kind"]
    assert "one word" in found["$.cards[0].tags[1]"]
    assert "http" in found["$.deck.source.url"]


def test_editor_typed_values_are_accepted():
    # YAML 1.2 makes these numbers and booleans; the loader reads them as the strings written.
    text = (EXAMPLES / "valid" / "minimal.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    data["cards"][0].update({"id": 2023, "a": 2023, "q": 1.5, "cloze": True, "tags": [2023]})
    data["deck"]["source"]["published"] = 2025
    data["deck"]["source"]["title"] = None
    assert schema.validate(data) == []


def test_aliases_are_refused_without_expanding_them():
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n" for p, c in zip("abcdefgh", "bcdefghi")
    )
    errors = schema.validate_text(bomb)
    assert errors and "aliases" in errors[0][2]


def test_long_fields_are_refused():
    data = yaml.safe_load((EXAMPLES / "valid" / "minimal.yaml").read_text(encoding="utf-8"))
    data["cards"][0]["cite"] = "x" * (deckformat.MAX_FIELD_CHARS + 1)
    ((path, message),) = schema.validate(data)
    assert path == "$.cards[0].cite" and "limit" in message


def test_patterns_compile_in_ecma_262_unicode_mode():
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed; cannot check the patterns as editors compile them")
    script = (
        "const s=JSON.parse(require('fs').readFileSync(0,'utf8'));const ps=[];"
        "(function w(o){if(o&&typeof o=='object')for(const[k,v]of Object.entries(o)){if(k=='pattern')ps.push(v);else w(v)}})(s);"
        "for(const p of ps)new RegExp(p,'u');"
        "const slug=new RegExp(s.$defs.slug.pattern,'u');"
        "if(!slug.test('h20-export')||slug.test('h20\\n')||slug.test('a--b'))throw new Error('slug');"
        "console.log(ps.length)"
    )
    out = subprocess.run([node, "-e", script], input=schema.schema_text(), capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout) >= 4


# -- each type of value: the loader's reader and the schema's fragment agree --


def schema_accepts(definition: dict, value: str) -> bool:
    return Draft202012Validator({**definition, "$defs": schema.build_schema()["$defs"]}).is_valid(value)


def loader_accepts(spec: deckformat.Value, value: str) -> bool:
    """Whether the loader's reader for ``spec`` takes ``value``, written as a plain scalar.

    Control characters are the loader's alone (YAML lets them in only through a
    double-quoted escape); the schema does not look for them.
    """
    assume(not deckformat.CONTROL.search(value))
    node = yaml.ScalarNode("tag:yaml.org,2002:str", value, yaml.Mark("t", 0, 0, 0, None, None))
    try:
        decks._READERS[spec.type](decks._DeckReader(Path("t.yaml")), node, spec)
    except DeckgenError:
        return False
    return True


def fragment(spec: deckformat.Value) -> dict:
    return schema._FRAGMENTS[spec.type](spec, {})


CARD_ID = deckformat.CARD.by_key["id"].value
TAG = deckformat.CARD.by_key["tags"].value.of
URL = deckformat.SOURCE.by_key["url"].value
QUESTION = deckformat.CARD.by_key["q"].value


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab0-_Z \n", max_size=8))
def test_slug_reader_and_schema_agree(value):
    assert schema_accepts(fragment(CARD_ID), value) == loader_accepts(CARD_ID, value)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='ab:"\' \t\n\u3000', max_size=6))
def test_tag_reader_and_schema_agree(value):
    assert schema_accepts({"$ref": "#/$defs/tag"}, value) == loader_accepts(TAG, value)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=12), st.builds(lambda s: "https://" + s, st.text(max_size=10)), st.builds(lambda s: "HTTP://x" + s, st.text(max_size=4))))
def test_url_reader_and_schema_agree(value):
    assert schema_accepts(fragment(URL), value) == loader_accepts(URL, value)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \t\n\u3000\u00a0x", max_size=5))
def test_text_reader_and_schema_agree(value):
    assert schema_accepts(fragment(QUESTION), value) == loader_accepts(QUESTION, value)


# -- differential: one mistake anywhere, the same error from both -----------

BASE = {
    "deck": {
        "id": "h20",
        "name": "H20",
        "source": {"file": "source.txt", "title": "The H20", "url": "https://example.com/h20", "notice": "n"},
        "entities": {"NVIDIA": ["Nvidia"], "H20": ""},
        "exempt": [{"cite": "It is sold in China", "reason": "context"}],
    },
    "cards": [
        {
            "id": "release",
            "kind": "date",
            "q": "When?",
            "a": "November 2023",
            "cite": ["The H20 was released", "in November 2023"],
            "tags": ["h20", "dates"],
            "translation": {"q": "何時？", "a": "2023年11月"},
            "cloze": "false",
            "subdeck": "Chips",
        },
        {"id": "maker", "q": "Who?", "a": "NVIDIA", "cite": "by NVIDIA"},
    ],
}
REPLACEMENTS = ["", " ", "ok", "Bad_Slug", "two words", 'quo"te', "factz", "maybe", "yes", "ftp://x", "x" * 41, [], ["x"], [""], {}, {"k": "v"}, {"q": "x"}]


def _paths(value, path=()):
    yield path
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, (*path, i))


ALL_PATHS = [p for p in _paths(BASE) if p]


def _mutate(data, path, op, replacement):
    import copy

    data = copy.deepcopy(data)
    parent = data
    for part in path[:-1]:
        parent = parent[part]
    last = path[-1]
    if op == "delete" and isinstance(parent, dict):
        del parent[last]
    elif op == "add" and isinstance(parent, dict):
        parent[replacement if isinstance(replacement, str) and replacement.strip() else "extra"] = "v"
    else:
        parent[last] = replacement
    return data


@settings(max_examples=250, deadline=None)
@given(st.sampled_from(ALL_PATHS), st.sampled_from(["set", "set", "delete", "add"]), st.sampled_from(REPLACEMENTS))
def test_one_mistake_gives_the_loaders_error(path, op, replacement):
    import tempfile

    data = _mutate(BASE, path, op, replacement)
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    errors = schema.validate_text(text)
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(EXAMPLES / "source.txt", Path(tmp) / "source.txt")
        (Path(tmp) / "deck.yaml").write_text(text, encoding="utf-8")
        try:
            load_deck(Path(tmp) / "deck.yaml")
            loaded = None
        except DeckgenError as e:
            loaded = (e.line, e.col, e.message)
    if errors:
        assert loaded == errors[0], text
    elif loaded is not None:
        # what no schema can see: ids unique across cards, the source file itself
        assert "duplicate card id" in loaded[2] or "source file" in loaded[2], (loaded, text)


def test_cards_of_one_shape_are_checked_once_but_errors_are_all_found():
    card = "  - id: card-{i}\n    q: Question {i}?\n    a: Answer {i}\n    cite: The H20 was released\n    translation: {{q: x, a: y}}\n"
    text = "deck:\n  id: big\n  name: Big\n  source:\n    file: source.txt\ncards:\n" + "".join(card.format(i=i) for i in range(600))
    assert schema.validate_text(text) == []
    broken = text.replace("  - id: card-450\n    q: Question 450?", "  - id: card-450\n    q: ' '").replace("id: card-599", "id: Card-599")
    errors = schema.validate_text(broken)
    assert [(line, message) for line, _, message in errors] == [
        (7 + 450 * 5 + 1, "question (q) is empty; write a value"),
        (7 + 599 * 5, "card id 'Card-599' must be a lowercase slug: letters a-z, digits and single hyphens"),
    ]
    data = yaml.safe_load(broken)
    assert [p for p, _ in schema.validate(data)] == ["$.cards[450].q", "$.cards[599].id"]
