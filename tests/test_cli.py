import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from deckgen.cli import main

from conftest import SHIPPED, write_deck


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


def test_check_passes_on_a_grounded_deck(run, small_deck):
    result = run("check", str(small_deck))
    # a deck that was never built has no lock yet: DG002 says to build
    assert result.exit_code == 1
    assert "DG002" in result.output and "run 'deckgen build'" in result.output
    assert run("build", str(small_deck), "-o", "out").exit_code == 0
    result = run("check", str(small_deck))
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "ok: 2 of 2 cards grounded in 1 deck file(s); 0 error(s), 0 warning(s)"


def test_check_fails_with_file_line_col_on_a_misquoted_cite(run, tmp_path):
    path = write_deck(
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
    assert "售價999美元" in first
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


def test_usage_errors_exit_2(run):
    assert run("check", "--format", "yaml").exit_code == 2
    assert run("nonsense").exit_code == 2


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


def test_no_progress_bar_when_stderr_is_not_a_terminal(run, small_deck):
    result = run("build", str(small_deck), "-o", "out")
    assert "%" not in result.output and "[" not in result.output


def test_every_reporter_is_offered_by_check():
    from deckgen.report import REPORTERS

    option = next(p for p in main.commands["check"].params if p.name == "fmt")
    assert set(option.type.choices) == set(REPORTERS)


@pytest.mark.parametrize("value", ["nan", "NaN", "-nan", "101", "-1"])
def test_coverage_fail_under_must_be_a_percentage(value):
    """NaN compares false with everything, so it passed the range and never failed: a usage error."""
    result = CliRunner().invoke(main, ["coverage", str(SHIPPED), "--fail-under", value])
    assert result.exit_code == 2, result.output
    assert "Invalid value for '--fail-under'" in result.output
