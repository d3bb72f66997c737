import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from deckgen.cli import main

from conftest import write_deck


@pytest.fixture
def run(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)

    def invoke(*args):
        return CliRunner().invoke(main, list(args), catch_exceptions=False)

    return invoke


def test_every_command_has_help_text():
    for name, command in main.commands.items():
        assert command.help, f"deckgen {name} has no help text"
        result = CliRunner().invoke(main, [name, "--help"])
        assert result.exit_code == 0 and "Usage:" in result.output


def test_check_of_a_deck_never_built_says_to_build(run, small_deck):
    result = run("check", str(small_deck))
    assert result.exit_code == 1
    assert "DG002" in result.output and "run 'deckgen build'" in result.output


def test_check_passes_on_a_grounded_deck(run, small_deck):
    assert run("build", str(small_deck), "-o", "out").exit_code == 0
    result = run("check", str(small_deck))
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "ok: 2 of 2 cards grounded in 1 deck file(s); 0 error(s), 0 warning(s)"


def test_check_fails_with_file_line_col_on_a_misquoted_cite(run, tmp_path):
    write_deck(
        tmp_path,
        """
        deck: {id: d, name: D, source: {file: sources/src.txt}}
        cards:
          - id: price
            q: 售價？
            a: 999美元
            cite: 售價899美元
        """,
    )
    result = run("check", "deck.yaml")
    assert result.exit_code == 1
    first = result.output.splitlines()[0]
    assert first.startswith("deck.yaml:6:11: DG101 cite not found in the source")
    # the source's passage as written, with the characters that differ from the cite marked
    assert "nearest passage, line 1: '售價[-8-]{+9+}99美元' ({+…+}: in the source, not in the cite; [-…-]: in the cite, not in the source)" in first
    assert result.output.splitlines()[-1].startswith("FAILED: 0 of 1 cards grounded")


def test_check_json_output(run, small_deck):
    result = run("check", "--format", "json", str(small_deck))
    data = json.loads(result.output)
    assert [c["id"] for c in data["cards"]] == ["price", "crowd"]
    card = data["cards"][0]
    assert card["status"] == "grounded" and card["deck"] == "small" and card["line"] == 8
    assert card["evidence"]["line"] == 1
    assert data["summary"]["cards"] == 2 and data["summary"]["grounded"] == 2


def test_check_reports_an_invalid_file_and_goes_on(run, tmp_path, small_deck):
    (tmp_path / "broken.yaml").write_text("deck: [\n", encoding="utf-8")
    result = run("check", "--format", "json", str(tmp_path))
    data = json.loads(result.output)
    statuses = {c["file"]: c["status"] for c in data["cards"]}
    assert statuses["broken.yaml"] == "invalid"
    assert result.exit_code == 1


def test_github_and_junit_formats(run, tmp_path):
    write_deck(tmp_path, "deck: {id: d, name: D, source: {file: sources/src.txt}}\ncards:\n  - {id: x, q: 'Q?', a: 'no', cite: 'not in it, no'}\n")
    gh = run("check", "--format", "github", "deck.yaml")
    assert gh.exit_code == 1
    assert gh.output.splitlines()[0].startswith("::error file=deck.yaml,line=3,col=")
    assert "DG101" in gh.output
    junit = run("check", "--format", "junit", "deck.yaml")
    import xml.etree.ElementTree as ET

    root = ET.fromstring(junit.output)
    case = root.find("testsuite/testcase")
    assert case.get("name") == "x" and case.find("failure").get("type") == "DG101"


def test_missing_path_is_a_one_line_error(run):
    result = run("check", "nowhere.yaml")
    assert result.exit_code == 1
    assert result.output.strip() == "error: nowhere.yaml: no such file or folder"


def test_build_refuses_a_failing_deck_and_writes_nothing(run, tmp_path):
    write_deck(tmp_path, "deck: {id: d, name: D, source: {file: sources/src.txt}}\ncards:\n  - {id: x, q: 'Q?', a: 'A', cite: 'not in the source'}\n")
    result = run("build", "deck.yaml", "-o", "out")
    assert result.exit_code == 1
    assert "DG101" in result.output and "not building" in result.output
    assert not (tmp_path / "out").exists()


def test_build_writes_one_apkg_per_deck_and_a_lock(run, small_deck, tmp_path):
    result = run("build", str(small_deck), "-o", "out")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "small.apkg").is_file()
    lock = json.loads((tmp_path / "deck.lock.json").read_text())
    assert sorted(lock["cards"]) == ["crowd", "price"]
    assert "2 added" in result.output


def test_build_with_no_arguments_builds_every_deck_in_cards(run, tmp_path):
    root = Path(__file__).resolve().parent.parent
    shutil.copytree(root / "cards", tmp_path / "cards")
    result = run("build")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "build" / "h20-export.apkg").is_file()


def test_an_unwritable_output_is_a_one_line_error(run, small_deck, tmp_path):
    (tmp_path / "file").write_text("not a folder")
    result = run("build", str(small_deck), "-o", "file/out")
    assert result.exit_code == 1
    assert result.output.startswith("error: cannot write file/out/small.apkg: ")
    assert "Traceback" not in result.output


def _build_stderr(deck: Path, out: Path, terminal: bool) -> str:
    """What a real `deckgen build` process writes to its stderr, a terminal (pty) or a pipe."""
    import os
    import pty
    import subprocess
    import sys

    args = [sys.executable, "-m", "deckgen", "build", str(deck), "-o", str(out)]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    if not terminal:
        return subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env, timeout=120).stderr
    master, slave = pty.openpty()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=slave, env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:  # the child closed its end
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=120)
    os.close(master)
    return b"".join(chunks).decode("utf-8", "replace")


def test_progress_bar_only_when_stderr_is_a_terminal(small_deck, tmp_path):
    on_terminal = _build_stderr(small_deck, tmp_path / "a", terminal=True)
    assert "built" in on_terminal and "100%" in on_terminal
    piped = _build_stderr(small_deck, tmp_path / "b", terminal=False)
    assert piped == ""


def test_every_format_of_the_output_layer_is_offered_by_its_command():
    from deckgen.report import FORMATS

    assert set(FORMATS) == {"check", "coverage", "diff", "find"}
    for command, formats in FORMATS.items():
        option = next(p for p in main.commands[command].params if p.name == "fmt")
        assert list(option.type.choices) == list(formats), command
