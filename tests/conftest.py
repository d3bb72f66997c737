"""Shared helpers: write small decks into a temporary folder."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import textwrap
from pathlib import Path

import pytest

# The suite never writes to the user's cache folder (deckgen's compiled-pattern store, the check
# cache's key): set before any test module imports deckgen, inherited by every deckgen the tests
# start, and removed at the end. USER_CACHE_HOME is what the user had, for tests that only read it.
USER_CACHE_HOME = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
TEST_CACHE_HOME = tempfile.mkdtemp(prefix="deckgen-tests-cache-")
os.environ["XDG_CACHE_HOME"] = TEST_CACHE_HOME
atexit.register(shutil.rmtree, TEST_CACHE_HOME, True)

ROOT = Path(__file__).resolve().parent.parent
CARDS = ROOT / "cards"
SHIPPED = CARDS / "h20-export.yaml"
ARTICLE = CARDS / "sources" / "h20-article.txt"

SMALL_SOURCE = """第一段：蘋果公司於2024年發布了新款手機，售價999美元。
第二段：公司首席執行官表示，銷量超過預期。
The third paragraph says the launch drew 10,000 people.
"""


def write_deck(folder: Path, body: str, source: str | None = SMALL_SOURCE, name: str = "deck.yaml") -> Path:
    """Write ``body`` (YAML, dedented) as a deck file beside ``sources/src.txt`` (none if ``source`` is None)."""
    folder.mkdir(parents=True, exist_ok=True)
    if source is not None:
        (folder / "sources").mkdir(exist_ok=True)
        (folder / "sources" / "src.txt").write_text(source, encoding="utf-8")
    path = folder / name
    path.write_text(textwrap.dedent(body).lstrip("\n"), encoding="utf-8")
    return path


FACT_DECK = """
deck:
  id: small
  name: Small
  source:
    file: sources/src.txt
    title: A small source
cards:
  - id: price
    q: 新款手機售價多少？
    a: 999美元
    cite: 售價999美元
  - id: crowd
    q: How many people did the launch draw?
    a: 10,000 people
    cite: the launch drew 10,000 people
"""


@pytest.fixture
def small_deck(tmp_path: Path) -> Path:
    return write_deck(tmp_path, FACT_DECK)


@pytest.fixture(scope="session")
def shipped_in_anki(tmp_path_factory):
    """The shipped deck, built from a copy of cards/ (the repo's lock stays untouched) and
    imported into a fresh collection with the official Anki backend: (collection, deck)."""
    from anki.collection import Collection, ImportAnkiPackageRequest

    from deckgen.build import run_build
    from deckgen.decks import load_deck

    tmp = tmp_path_factory.mktemp("shipped")
    shutil.copytree(CARDS, tmp / "cards")
    report = run_build([str(tmp / "cards")], tmp / "build")
    assert report.success, report.check.problems()
    (built,) = report.built
    col = Collection(str(tmp / "collection.anki2"))
    col.import_anki_package(ImportAnkiPackageRequest(package_path=str(built.path)))
    yield col, load_deck(tmp / "cards" / "h20-export.yaml")
    col.close()


def binding_code(kind, answer, cite, question, entities=None):
    """What `deckgen check` says of one card, as a code: grounding's first finding, else binding's, else "grounded"
    (the one reading the binding rules' tests share; imported here on first use, so collecting costs nothing)."""
    found = binding_codes(kind, answer, cite, question, entities)
    return found[0] if found else "grounded"


def binding_codes(kind, answer, cite, question, entities=None):
    """Every code `deckgen check` gives one card: grounding's findings, else binding's (empty when grounded)."""
    from deckgen.binding import check_binding
    from deckgen.grounding import support

    found = support(kind, answer, cite, question, entities or {}) or check_binding(kind, answer, cite, question,
                                                                                  entities or {})
    return [finding.code for finding in found]
