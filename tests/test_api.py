"""The library API: what a script uses, the same data the command line prints."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner

import deckgen
from deckgen.cli import main

from conftest import ROOT, write_deck

MISQUOTED = """
deck: {id: d, name: D, source: {file: sources/src.txt}}
cards:
  - id: price
    q: 售價？
    a: 999美元
    cite: 售價899美元
  - id: same
    q: How many people did the launch draw? 10,000 people
    a: 10,000 people
    cite: the launch drew 10,000 people
"""


def test_readme_example_runs(tmp_path, monkeypatch):
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    (example,) = re.findall(r"```python\n(.*?)```", text, re.S)
    import shutil

    shutil.copytree(ROOT / "cards", tmp_path / "cards")
    monkeypatch.chdir(tmp_path)
    out = subprocess.run([sys.executable, "-c", example], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "grounded" in out.stdout


def test_every_public_name_resolves_and_import_is_lazy():
    for name in deckgen.__all__:
        assert getattr(deckgen, name) is not None, name
    with pytest.raises(AttributeError):
        deckgen.no_such_thing  # noqa: B018
    # `import deckgen` loads no command module: start-up stays what it was
    code = "import sys, deckgen; print(sorted(m for m in sys.modules if m.startswith('deckgen.')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_commands_return_data_that_the_output_layer_prints(tmp_path):
    deck = write_deck(tmp_path, MISQUOTED)
    report = deckgen.run_check([str(deck)])
    assert isinstance(report, deckgen.CheckReport)
    assert sorted((p.code, p.line) for p in report.problems()) == [("DG101", 6), ("DG504", 9)]  # no lock compared while a card fails
    data = json.loads(deckgen.output("check", "json", report))
    assert {c["id"]: c["status"] for c in data["cards"]} == {"price": "ungrounded", "same": "grounded"}
    cli = CliRunner().invoke(main, ["check", "--format", "json", str(deck)])
    assert json.loads(cli.output) == data


def test_select_and_ignore_keep_findings_by_code_prefix(tmp_path):
    deck = write_deck(tmp_path, MISQUOTED)
    report = deckgen.run_check([str(deck)])
    assert sorted(p.code for p in report.problems()) == ["DG101", "DG504"]
    assert sorted(p.code for p in report.only(select=("DG1",)).problems()) == ["DG101"]
    assert sorted(p.code for p in report.only(ignore=("DG5",)).problems()) == ["DG101"]
    assert sorted(p.code for p in report.only(select=("DG1", "DG5"), ignore=("DG101",)).problems()) == ["DG504"]
    only_warning = report.only(select=("DG504",))
    assert only_warning.success() and not only_warning.success(strict=True)
    # ignoring the only error makes the card grounded in the report
    assert {r.card.id: r.status for r in report.only(ignore=("DG101",)).cards}["price"] == "grounded"


def test_an_unreadable_deck_cannot_be_ignored(tmp_path):
    (tmp_path / "broken.yaml").write_text("deck: [\n", encoding="utf-8")
    report = deckgen.run_check([str(tmp_path / "broken.yaml")]).only(ignore=("DG0",))
    assert [p.code for p in report.problems()] == ["DG001"] and not report.success()


def test_cli_select_ignore(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_deck(tmp_path, MISQUOTED)
    run = CliRunner().invoke
    result = run(main, ["check", "deck.yaml", "--ignore", "DG101"])
    assert result.exit_code == 0, result.output
    assert "DG504" in result.output and "DG101" not in result.output
    # a card is grounded by what the whole check found: --ignore hides the finding, it does not
    # ground the card, and the summary says how many findings it hid
    assert result.output.splitlines()[-1].startswith("ok: 1 of 2 cards grounded")
    assert result.output.splitlines()[-1].endswith(", 1 finding not shown (--select/--ignore)")
    assert run(main, ["check", "deck.yaml", "--ignore", "DG101", "--strict"]).exit_code == 1
    result = run(main, ["check", "deck.yaml", "--select", "dg1"])
    assert result.exit_code == 1 and "DG101" in result.output and "DG504" not in result.output
    bad = run(main, ["check", "deck.yaml", "--select", "DG9"])
    assert bad.exit_code == 2 and "no finding code starts with 'DG9'" in bad.output
    from deckgen.findings import CODES

    # the range named is the registry's, not a stale one (it said DG001-DG506 while DG702 existed)
    assert f"(codes: DG001-{max(CODES)}, see docs/findings.md)" in bad.output and max(CODES) >= "DG702"


def test_diff_and_find_have_json(tmp_path, small_deck, monkeypatch):
    monkeypatch.chdir(tmp_path)
    run = CliRunner().invoke
    data = json.loads(run(main, ["diff", "--format", "json", str(small_deck)]).output)
    (d,) = data["decks"]
    assert d["first_release"] and [a["id"] for a in d["added"]] == ["price", "crowd"] and d["removed"] == []
    found = json.loads(run(main, ["find", "--format", "json", "--deck", str(small_deck), "售價999美元"]).output)
    assert found["passages"][0]["text"] == "售價999美元" and found["passages"][0]["line"] == 1


def test_severity_comes_from_the_code_registry():
    from deckgen.findings import CODES, problem

    assert {CODES[c].severity for c in CODES} == {"error", "warning"}
    for code, entry in CODES.items():
        assert problem(code, "p", 1, 1, "m").severity == entry.severity
