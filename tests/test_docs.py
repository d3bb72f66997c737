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
