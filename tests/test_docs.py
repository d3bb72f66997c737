"""The docs name every finding code, and every code the checks can emit is documented."""

import re
from pathlib import Path

from deckgen.findings import CODES

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_every_code_is_documented_with_an_example():
    text = (DOCS / "findings.md").read_text("utf-8")
    documented = set(re.findall(r"^\| (DG\d{3}) \|", text, re.M))
    assert documented == set(CODES)


def test_every_code_used_in_the_package_is_registered():
    package = Path(__file__).resolve().parent.parent / "deckgen"
    used = set()
    for path in package.glob("*.py"):
        used |= set(re.findall(r"\"(DG\d{3})\"", path.read_text("utf-8")))
    assert used <= set(CODES), used - set(CODES)


def test_ci_docs_say_what_the_pre_commit_hook_runs():
    """The hook runs `deckgen check --locked`: a commit of a deck without its rebuilt lock is blocked.
    The page must say so, and its local-hook example must run the same command."""
    import yaml

    (hook,) = yaml.safe_load((DOCS.parent / ".pre-commit-hooks.yaml").read_text("utf-8"))
    text = (DOCS / "ci.md").read_text("utf-8")
    section = text[text.index("## pre-commit"):text.index("## Editors")]
    assert f"It runs `{hook['entry']}` once" in section
    local = re.search(r"entry: (.+)", section[section.index("repo: local"):])[1].strip()
    assert local == hook["entry"]
    assert "DG002" in section  # what a stale lock does to a commit


def test_ci_workflows_report_what_fails_the_job():
    """In each CI example the JUnit report and the step that fails the job run the check with the
    same --strict: a job failed by a warning must not show a test report with no failure."""
    text = (DOCS / "ci.md").read_text("utf-8")
    for block in re.findall(r"```yaml\n(.*?)```", text, re.S):
        checks = re.findall(r"deckgen check [^\n|>]*", block)
        if any("--format junit" in c for c in checks):
            assert len({"--strict" in c for c in checks}) == 1, checks
