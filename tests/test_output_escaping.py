"""Output to a terminal is text, not control codes: a file name or a source holding a
line feed or an ESC sequence shows as ``\\n`` / ``\\x1b``, one finding stays one line,
in every output format."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from deckgen.cli import main
from deckgen.errors import DeckgenError, json_printable, printable
from deckgen.findings import problem

from conftest import write_deck

# ESC[2J clears the screen, ESC[8m hides what follows, U+009B is a one-byte CSI,
# U+202E reverses the text after it, U+2028 is a line separator.
SOURCE = "The bridge opened in 1932 and \x1b[8mthe toll was \x9b2J ten cents\u202e.\nSecond line.\n"
NAME = "a\nb\x1b[2J.yaml"
DECK = """
deck:
  id: bridge
  name: Bridge
  source:
    file: sources/src.txt
cards:
  - id: toll
    q: What was the toll?
    a: ten cents
    cite: the toll was ten cents
"""
CONTROLS = ("\x1b", "\x9b", "\u202e", "\u2028", "\r")


@pytest.fixture
def hostile_names(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_deck(tmp_path / "cards", DECK, SOURCE, name=NAME)
    return tmp_path


def run(*args):
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.output
    return result


def raw_controls(text: str) -> list[str]:
    return [c for c in CONTROLS if c in text]


@pytest.mark.parametrize("fmt", ["text", "json", "github", "junit"])
def test_check_output_holds_no_control_codes_in_any_format(hostile_names, fmt):
    result = run("check", "cards", "--format", fmt)
    assert result.exit_code == 1
    out = result.output
    assert raw_controls(out) == []
    if fmt == "text":
        finding, verdict = out.rstrip("\n").split("\n")  # the finding is one line, then the summary
        assert finding.startswith("cards/a\\nb\\x1b[2J.yaml:10:11: DG101 cite not found")
        assert "\\x9b2J" in finding  # the nearest passage, quoted from the source
    elif fmt == "json":
        data = json.loads(out)
        (card,) = data["cards"]
        assert card["file"] == "cards/" + NAME  # the values are the real ones, escaped as JSON
        assert "\x9b" in card["problems"][0]["message"]  # the value itself, which JSON escapes
    elif fmt == "github":
        annotation, verdict = out.rstrip("\n").split("\n")
        assert annotation.startswith("::error file=cards/a\\nb\\x1b[2J.yaml,line=10,col=11,title=DG101::")
    else:
        root = ET.fromstring(out.split("\n", 1)[1])  # XML 1.0 cannot hold ESC: it must parse
        assert "\\x9b2J" in root.find(".//failure").get("message")


def test_an_invalid_deck_with_such_a_name_is_one_line(hostile_names):
    (hostile_names / "cards" / NAME).write_text("cards: [\n", encoding="utf-8")
    for args in (("check", "cards"), ("build", "cards", "-o", "out")):
        result = run(*args)
        lines = [ln for ln in result.output.splitlines() if "DG001" in ln]
        assert len(lines) == 1 and lines[0].startswith("cards/a\\nb\\x1b[2J.yaml:"), result.output
        assert raw_controls(result.output) == []


def test_coverage_diff_and_error_lines_hold_no_control_codes(hostile_names):
    for args in (("coverage", "cards"), ("coverage", "cards", "--format", "json"), ("diff", "cards")):
        result = run(*args)
        assert raw_controls(result.output) == [], (args, result.output)
        assert "\n\x1b" not in result.output and "a\nb" not in result.output
    assert json.loads(run("coverage", "cards", "--format", "json").output)["decks"][0]["file"] == "cards/" + NAME


def test_the_error_of_a_missing_path_is_escaped(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("check", "no\x1b[2Jsuch\nfile")
    assert result.exit_code == 1
    assert result.output == "error: no\\x1b[2Jsuch\\nfile: no such file or folder\n"


def test_messages_escape_controls_but_keep_their_data():
    e = DeckgenError("bad \x1b[8m value\n", "x\ny.yaml", 1, 1)
    assert str(e) == "x\\ny.yaml:1:1: bad \\x1b[8m value\\n"
    assert e.message == "bad \x1b[8m value\n"
    p = problem("DG101", "a\tb", 2, 3, "cite \u2028 here")
    assert str(p) == "a\\tb:2:3: DG101 cite \\u2028 here"
    assert printable("one\ntwo\x07", lines=True) == "one\ntwo\\x07"
    assert printable("plain 中文 text") == "plain 中文 text"
    assert json.loads(json_printable(json.dumps({"k": "\x9b\u202e"}, ensure_ascii=False))) == {"k": "\x9b\u202e"}
