import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from deckgen.cli import main

from conftest import FACT_DECK, SHIPPED, write_deck


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


def test_a_lock_out_of_date_is_a_notice_and_an_error_only_when_locked(run, small_deck):
    # as cargo, npm and uv do: a plain check reports what the next build records
    result = run("check", str(small_deck))
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == (
        "deck.yaml: notice: lock file deck.lock.json is out of date (no lock file yet; 2 added); "
        "'deckgen build' will update it (commit it; 'check --locked' fails until then)"
    )
    data = json.loads(run("check", "--format", "json", str(small_deck)).output)
    assert data["locks"] == [
        {"deck": "small", "file": "deck.yaml", "lock_file": "deck.lock.json", "current": False, "exists": False,
         "added": ["price", "crowd"], "changed": [], "removed": [], "note_type_changed": False, "revised_sources": []}
    ]
    assert "::notice file=deck.yaml,line=1,col=1,title=lock file::" in run("check", "--format", "github", str(small_deck)).output
    # CI runs --locked: the same sentence, as an error
    locked = run("check", "--locked", str(small_deck))
    assert locked.exit_code == 1
    assert locked.output.splitlines()[0] == (
        "deck.yaml:1:1: DG002 lock file deck.lock.json is out of date (no lock file yet; 2 added); "
        "run 'deckgen build' and commit the lock file"
    )
    # build --locked refuses to write a lock; a plain build writes it, then both pass
    refused = run("build", "--locked", str(small_deck), "-o", "out")
    assert refused.exit_code == 1 and "DG002" in refused.output and not (small_deck.parent / "deck.lock.json").exists()
    assert not (small_deck.parent / "out").exists()
    assert run("build", str(small_deck), "-o", "out").exit_code == 0
    assert run("check", "--locked", str(small_deck)).exit_code == 0
    assert run("build", "--locked", str(small_deck), "-o", "out").exit_code == 0


def test_check_passes_on_a_grounded_deck(run, small_deck):
    assert run("build", str(small_deck), "-o", "out").exit_code == 0
    result = run("check", str(small_deck))
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "ok: 2 of 2 cards grounded in 1 deck file; 0 errors, 0 warnings"


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
    assert result.output.splitlines()[-1].startswith("FAILED: 0 of 1 card grounded in 1 deck file; 1 error, 0 warnings")


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
    case = root.find("testsuite/testcase[@name='x']")
    assert case.find("failure").get("type") == "DG101"


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


def test_a_deck_in_a_subfolder_of_cards_is_checked_and_built(run, tmp_path):
    # cards/us/other.yaml was silently left out of 'deckgen check' and 'deckgen build' (0 errors, exit 0)
    write_deck(tmp_path / "cards", FACT_DECK)
    write_deck(tmp_path / "cards" / "us", FACT_DECK.replace("id: small", "id: other").replace("售價999美元", "售價998美元"), name="other.yaml")
    write_deck(tmp_path / "cards" / ".hidden", FACT_DECK.replace("id: small", "id: hidden"), name="h.yaml")
    result = run("check")
    assert result.exit_code == 1, result.output
    assert "cards/us/other.yaml:11:11: DG101 cite not found" in result.output
    assert "in 2 deck files" in result.output and ".hidden" not in result.output
    (tmp_path / "cards" / "us" / "other.yaml").write_text(FACT_DECK.replace("id: small", "id: other"), encoding="utf-8")
    result = run("build")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "build").glob("*.apkg")) == ["other.apkg", "small.apkg"]
    assert (tmp_path / "cards" / "us" / "other.lock.json").is_file()


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

    assert set(FORMATS) == {"check", "coverage", "diff", "find", "init"}
    for command, formats in FORMATS.items():
        if len(formats) == 1:  # nothing to choose: the command prints its one format
            continue
        option = next(p for p in main.commands[command].params if p.name == "fmt")
        assert list(option.type.choices) == list(formats), command


FINDING = re.compile(r"^(?P<path>[^\s:][^:\n]*):(?P<line>\d+):(?P<col>\d+): (?P<code>DG\d{3}) ", re.M)


def findings_in(fmt: str, out: str) -> set[tuple[str, int, int, str]]:
    """(path, line, col, code) of every finding a report in format ``fmt`` holds."""
    if fmt == "json":
        data = json.loads(out)
        found = {(c["file"], p["line"], p["col"], p["code"]) for c in data["cards"] for p in c["problems"]}
        return found | {(p["file"], p["line"], p["col"], p["code"]) for p in data["deck_problems"]}
    if fmt == "github":
        pattern = re.compile(r"::(?:error|warning) file=([^,]*),line=(\d+),col=(\d+),title=(DG\d{3})::")
        return {(m[1], int(m[2]), int(m[3]), m[4]) for m in pattern.finditer(out)}
    if fmt == "junit":
        import xml.etree.ElementTree as ET

        root = ET.fromstring(out)
        texts = [f.text for f in root.iter("failure")] + [s.text for s in root.iter("system-out")]
        out = "\n".join(t for t in texts if t)
    return {(m["path"], int(m["line"]), int(m["col"]), m["code"]) for m in FINDING.finditer(out)}


@pytest.mark.parametrize("strict", [False, True])
@pytest.mark.parametrize("locked", [False, True])
def test_every_format_reports_the_same_findings_as_text(run, tmp_path, strict, locked):
    """Card-level and deck-level findings, errors and warnings: none hidden by any reporter."""
    write_deck(
        tmp_path,
        """
        deck: {id: d, name: D, source: {file: sources/src.txt}}
        cards:
          - {id: ok, q: 新款手機售價多少？, a: 999美元, cite: 售價999美元}
          - {id: again, q: 新款手機售價多少？, a: 999美元, cite: 售價999美元}
          - {id: wrong, q: 'Q?', a: 'A', cite: 'not in it'}
        """,
    )
    (tmp_path / "broken.yaml").write_text("deck: [\n", encoding="utf-8")
    args = ["check", *(["--strict"] if strict else []), *(["--locked"] if locked else []), "deck.yaml", "broken.yaml"]
    text = findings_in("text", run(*args).output)
    assert {code for *_, code in text} == {"DG001", "DG101", "DG503"}
    for fmt in ("json", "github", "junit"):
        result = run(*args, "--format", fmt)
        assert result.exit_code == 1
        assert findings_in(fmt, result.output) == text, fmt


def test_junit_fails_a_deck_whose_lock_is_out_of_date_under_locked(run, small_deck):
    import xml.etree.ElementTree as ET

    result = run("check", "--locked", "--format", "junit", str(small_deck))
    assert result.exit_code == 1
    root = ET.fromstring(result.output)
    assert root.get("failures") == "1" and root.get("tests") == "3"
    (failure,) = root.iter("failure")
    assert failure.get("type") == "DG002"


@pytest.mark.parametrize("value", ["nan", "NaN", "-nan", "101", "-1"])
def test_coverage_fail_under_must_be_a_percentage(value):
    """NaN compares false with everything, so it passed the range and never failed: a usage error."""
    result = CliRunner().invoke(main, ["coverage", str(SHIPPED), "--fail-under", value])
    assert result.exit_code == 2, result.output
    assert "Invalid value for '--fail-under'" in result.output


def test_every_command_that_takes_paths_names_its_default():
    for name, command in main.commands.items():
        if any(p.name == "paths" for p in command.params):
            assert "(default: cards/)" in command.help, name


def test_one_card_is_one_card(run, tmp_path):
    write_deck(tmp_path, "deck: {id: d, name: D, source: {file: sources/src.txt}}\ncards:\n  - {id: x, q: 'Q?', a: '999美元', cite: '售價999美元'}\n")
    built = run("build", "deck.yaml", "-o", "out")
    assert built.output.startswith("built out/d.apkg with 1 card (1 added)"), built.output
    assert run("check", "deck.yaml").output.splitlines()[-1] == "ok: 1 of 1 card grounded in 1 deck file; 0 errors, 0 warnings"


def test_a_build_refused_for_a_placeholder_says_failed(run, tmp_path):
    write_deck(tmp_path, "deck: {id: d, name: D, source: {file: sources/src.txt}}\ncards:\n  - {id: x, q: 'TODO: ask', a: '999美元', cite: '售價999美元'}\n")
    assert run("check", "deck.yaml").exit_code == 0  # a warning while editing
    built = run("build", "deck.yaml", "-o", "out")
    assert built.exit_code == 1 and not (tmp_path / "out").exists()
    lines = built.output.splitlines()
    assert lines[0].endswith("(warning, refused by build)")
    assert lines[-2].startswith("FAILED: 1 of 1 card grounded") and lines[-1] == "error: not building: fix the findings above first"


def test_the_process_exits_as_sys_exit_would(tmp_path):
    """``python -m deckgen`` (``cli.run``) skips the interpreter's teardown: its output, exit status and exit
    functions (the pattern store is written by one) are what ``main`` under ``sys.exit`` gives."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "user-cache"))

    def deckgen(*args: str, code: str = "") -> subprocess.CompletedProcess:
        command = ["-c", code, *args] if code else ["-m", "deckgen", *args]
        return subprocess.run([sys.executable, *command], cwd=root, env=env, capture_output=True, text=True, timeout=300)

    plain = "from deckgen.cli import main\nmain(prog_name='python -m deckgen')\n"  # sys.exit and the teardown
    for args, status in ((["check", "--no-cache", "cards/h20-export.yaml"], 0), (["check", "--no-cache", "no-such.yaml"], 1), (["--bogus"], 2)):
        fast, slow = deckgen(*args), deckgen(*args, code=plain)
        assert (fast.returncode, fast.stdout, fast.stderr) == (slow.returncode, slow.stdout, slow.stderr)
        assert fast.returncode == status
    kept = os.listdir(tmp_path / "user-cache" / "deckgen")
    assert len([n for n in kept if n.startswith("patterns-")]) == 1  # the pattern store, written at exit
    said = deckgen(code="import sys\nfrom deckgen import cli\ncli.main = lambda: sys.exit('stopped: no deck')\ncli.run()\n")
    assert (said.returncode, said.stdout, said.stderr) == (1, "", "stopped: no deck\n")
    torn = "import sys\nfrom deckgen import cli\nclass Torn:\n    def __del__(self):\n        sys.stderr.write('torn down')\nkept = Torn()\ncli.main = lambda: None\ncli.run()\n"
    assert deckgen(code=torn).stderr == ""  # no teardown: nothing is freed one by one
    assert deckgen(code=torn.replace("cli.run()", "raise SystemExit(0)")).stderr == "torn down"


def test_check_of_the_shipped_deck_imports_no_writer_schema_or_fuzzy_matcher():
    """What ``deckgen check`` must not pay for at start-up (issue 16): the .apkg writer and its SQLite,
    the JSON Schema (only a refused file needs it), the fuzzy matcher of suggestions, OpenSSL's hashlib,
    the check cache under --no-cache. Listed as the process ends, after the command's exit functions."""
    import subprocess
    import sys

    heavy = (
        "genanki", "sqlite3", "jsonschema", "rapidfuzz", "_hashlib", "importlib.metadata",
        "deckgen.package", "deckgen.build", "deckgen.schema", "deckgen.suggest", "deckgen.cache", "deckgen.preview",
    )
    code = (
        "import atexit, sys\n"
        f"atexit.register(lambda: print('loaded:', sorted(m for m in sys.modules if m in {heavy!r})))\n"
        f"sys.argv = ['deckgen', 'check', '--no-cache', {str(SHIPPED)!r}]\n"
        "from deckgen.__main__ import run\nrun()\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "loaded: []"
