"""Authors' texts that are not news: a software licence's history and an encyclopedia's history.

The expected results were written from reading the texts (tests/texts/README.md says where
they come from): what an author would cite, count and be told.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from deckgen.coverage import source_items
from deckgen.find import find_passages, similar_passages
from deckgen.grounding import SourceIndex, cite_not_found
from deckgen.kinds import check_fact
from deckgen.decks import load_deck

TEXTS = Path(__file__).resolve().parent / "texts"
LICENSE = (TEXTS / "license-python-history.en.txt").read_text(encoding="utf-8")
HISTORY = (TEXTS / "encyclopedia-history-of-python.en.txt").read_text(encoding="utf-8")


def unmarked(marked: str) -> str:
    """The source's passage from a marked one: drop [-cite only-], keep {+source only+}."""
    return re.sub(r"\[-.*?-\]", "", marked).replace("{+", "").replace("+}", "")


# -- DG101: the nearest passage as written --------------------------------------------


def test_nearest_passage_runs_across_line_breaks_as_written():
    cite = "In October of the same year, the team moved to Digital Creations, which became Zope Corporation"
    message = cite_not_found(cite, SourceIndex(LICENSE))
    assert message.endswith(
        "nearest passage, lines 15-17: 'In October of the same year, the {+PythonLabs+} team moved to "
        "Digital Creations, which became Zope Corporation' ({+…+}: in the source, not in the cite)"
    )


def test_typos_are_marked_character_by_character_in_the_sources_spelling():
    cite = "in 1995 guido continud his work on python at the corporation for national research initiatves"
    message = cite_not_found(cite, SourceIndex(LICENSE))
    marked = message.split("'")[1]
    assert marked == (
        "In 1995{+,+} Guido continu{+e+}d his work on Python at the Corporation for National Research Initiat{+i+}ves"
    )
    assert "lines 9-10" in message
    # the marks are all that differ from the source's own words
    assert " ".join(unmarked(marked).split()) == " ".join(LICENSE[LICENSE.index("In 1995") :].split())[: len(unmarked(marked))]


def test_a_changed_word_is_marked_as_a_word():
    message = cite_not_found("the year, the team moved to Digital Creations", SourceIndex(LICENSE))
    assert "'[-the-]{+same+} year, the {+PythonLabs+} team moved to Digital Creations'" in message
    assert message.endswith("({+…+}: in the source, not in the cite; [-…-]: in the cite, not in the source)")


# -- DG102: what part of the answer the cite lacks --------------------------------------


def test_fact_message_shows_what_the_cite_has_in_place_of_the_answer():
    cite = (
        "In 1995, Guido continued his work on Python at the Corporation for\n"
        "National Research Initiatives (CNRI, see http://www.cnri.reston.va.us)"
    )
    assert cite in LICENSE
    (m,) = check_fact("Corporation for National Research Initiatives (CNRI)", cite, "", {})
    assert m.code == "DG102"
    assert m.message == (
        "the answer 'Corporation for National Research Initiatives (CNRI)' does not occur in the cite: it has "
        "'Corporation for National Research Initiatives (CNRI{+, see http://www.cnri.reston.va.us+})' "
        "({+…+}: in the cite, not in the answer); cite the passage that states it"
    )


def test_fact_message_names_the_missing_word():
    (m,) = check_fact("Digital Creations Inc", "the PythonLabs team moved to Digital Creations, which became", "", {})
    assert "it has 'Digital Creations [-Inc-]' ([-…-]: in the answer, not in the cite)" in m.message
    (m,) = check_fact("Python Language Foundation", "In 2001, the Python Software Foundation (PSF) was formed", "", {})
    assert "'Python [-Language-]{+Software+} Foundation'" in m.message


def test_fact_message_without_a_near_passage_is_unchanged():
    (m,) = check_fact("Richard Stallman", "In 1995, Guido continued his work on Python", "", {})
    assert m.message == "the answer 'Richard Stallman' does not occur in the cite; cite the passage that states it"


# -- find: paraphrases ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, paraphrase, expected",
    [
        (
            LICENSE,
            "In 1995 Guido kept developing Python at CNRI in Reston, Virginia, and put out several releases of the software",
            "In 1995, Guido continued his work on Python at the Corporation for\nNational Research Initiatives "
            "(CNRI, see http://www.cnri.reston.va.us)\nin Reston, Virginia where he released several versions of the\nsoftware.",
        ),
        (
            LICENSE,
            "The PSF was founded in 2001 as a nonprofit to hold Python's intellectual property",
            "In 2001, the Python Software Foundation (PSF, see\nhttps://www.python.org/psf/) was formed, a non-profit "
            "organization\ncreated specifically to own Python-related Intellectual Property.",
        ),
        (
            LICENSE,
            "In May 2000 Guido and the core developers left for BeOpen.com",
            "In May 2000, Guido and the Python core development team moved to\nBeOpen.com to form the BeOpen PythonLabs team.",
        ),
        (
            HISTORY,
            "Van Rossum stepped down as leader in July 2018",
            "Van Rossum was\nPython's principal author and had a central role in deciding the\ndirection of Python (as "
            "reflected in the title given to him by the\nPython community, Benevolent Dictator for Life (BDFL)) until "
            "stepping\ndown as leader on July 12, 2018.",
        ),
        (
            HISTORY,
            "Python 3.0 appeared on 3 December 2008",
            "Python 3.0, a major, backwards-incompatible release, was released on\nDecember 3, 2008 after a long period of testing.",
        ),
    ],
)
def test_a_paraphrase_finds_its_whole_sentence_first(text, paraphrase, expected):
    (score, best), *_ = similar_passages(paraphrase, text, "t", 3)
    assert best.text == expected
    assert text[best.start : best.end] == best.text


def test_a_paraphrase_never_ranks_a_common_word_or_heading_first(tmp_path):
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "license.txt").write_text(LICENSE, encoding="utf-8")
    deck = tmp_path / "lic.yaml"
    deck.write_text(
        "deck:\n  id: lic\n  name: L\n  source:\n    file: sources/license.txt\n"
        "cards:\n  - id: x\n    q: Who?\n    a: Guido\n    cite: Guido van Rossum\n",
        encoding="utf-8",
    )
    found = find_passages(
        "In 1995 Guido kept developing Python at CNRI in Reston, Virginia, and put out several releases of the software",
        [load_deck(deck)],
        3,
    )
    assert found[0].line == 9
    assert all(p.text not in ("software", "software.", "Footnotes:", "A. HISTORY OF THE SOFTWARE") for p in found)


def test_a_table_is_offered_row_by_row():
    found = similar_passages("Which release was derived from 2.0+1.6.1 in 2001 by the PSF and is not GPL-compatible", LICENSE, "t", 1)
    assert found[0][1].text == "2.1             2.0+1.6.1   2001        PSF         no"


# -- coverage on a licence -------------------------------------------------------------


def items(text: str) -> list[tuple[str, str]]:
    return [(kind, " ".join(text[a:b].split())) for kind, a, b in source_items(text)]


def test_a_value_inside_a_longer_one_is_not_a_second_item():
    # "a 5-0 vote" was three coverage items (5, 5-0 and 0), so one card citing it covered three
    text = "And in a 5-0 vote, they approved the City's $39.1 million budget.\nTurnout was 20-30% of voters."
    assert items(text) == [("figure", "5-0"), ("figure", "$39.1 million"), ("figure", "20"), ("figure", "30%")]


def test_licence_coverage_counts_facts_not_labels():
    found = items(LICENSE)
    texts = [t for _, t in found]
    # version numbers are one item each, never split into a decimal and a rest
    for version in ("0.9.0", "1.5.2", "1.6.1", "2.0.1", "2.1.1", "2.1.2", "2.1.3"):
        assert ("figure", version) in found, version
    assert not {"0.9", "1.5", "2.1+", "2.0+", "above 2.1"} & set(texts)
    # the list of copyright years is one item, and so is a range of years
    years = ", ".join(str(y) for y in range(2001, 2020))
    assert ("date", years) in found
    assert ("date", "1991-1995") in found and ("date", "1991 - 1995") in found
    assert texts.count("2019") == 0
    # list markers (1. … 8.), footnote markers ((1), (2)) and "THIRD PARTY" are not facts: the one bare
    # number left is the licence's own version, "PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2"
    bare = [(kind, a) for kind, a, b in source_items(LICENSE) if kind == "figure" and re.fullmatch(r"\d+", LICENSE[a:b])]
    assert [(kind, LICENSE.count("\n", 0, a) + 1) for kind, a in bare] == [("figure", 62)]
    assert not {"THIRD", "third", "(1)", "(2)"} & set(texts)
    # a decade is a date (created in the early 1990s)
    assert ("date", "1990s") in found
    # 49 dates and figures, where the parsers alone find many more (every year of the list, 0.9 and .0 apart)
    assert len([k for k, _ in found if k != "quote"]) == 49


def test_history_coverage_keeps_the_dates_and_versions():
    found = items(HISTORY)
    for item in [("date", "December 1989"), ("date", "July 12, 2018"), ("date", "October 16, 2000"), ("figure", "3.14.3"), ("figure", "2.0")]:
        assert item in found, item


def test_numbers_in_running_text_are_still_figures():
    from deckgen.fold import normalize
    from deckgen.kinds import _figure_items

    for text, expected in [
        ("Revenue rose 4.5% to 3.2 billion", ["4.5%", "3.2 billion"]),
        ("Python 3.8.6 was released; license version 2", ["3.8.6", "2"]),
        ("the team[3] grew 12% in 2001[4]", ["12%"]),
        ("See Paragraphs 4, 5, and 7 of this License Agreement", []),
        ("1. This LICENSE AGREEMENT is between", []),
        ("ZERO-CLAUSE BSD LICENSE; any third party rights", []),
        # the three sectors are names, a quarter is the period a figure is of; counts and ranks stay
        ("一季度增长8.1%，二季度增长7.6%", ["8.1%", "7.6%"]),
        ("第二产业增加值110950亿元，第三產業增长7.7%", ["110950亿元", "7.7%"]),
        ("连续三个季度增长，12个季度，中国是世界第二大经济体", ["三个", "12个", "第二"]),
    ]:
        t = normalize(text)
        assert [t[a:b] for a, b in _figure_items(t)] == [e.lower() for e in expected], text
