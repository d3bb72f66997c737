"""Card-quality warnings: reported, exit 0, and exit 1 only with --strict."""

import pytest
from click.testing import CliRunner

from deckgen.check import check_file
from deckgen.cli import main

from conftest import write_deck

SOURCE = (
    "甲公司於2024年3月5日發布新品，售價999美元，首批銷量超過10萬台。乙、丙、丁三家公司隨後跟進。\n"
    "甲公司稱這款新品是公司歷史上研發時間最長投入資金最多參與人員最廣也最受市場期待的一款旗艦產品。\n"
)


def warnings_of(tmp_path, cards: str) -> list[tuple[str, str]]:
    path = write_deck(tmp_path, "deck: {id: d, name: D, source: {file: sources/src.txt}}\ncards:\n" + cards, SOURCE)
    result = check_file(path, locked=False)
    assert not result.invalid, result.problems
    return [(p.code, p.message) for p in result.all_problems() if p.severity == "warning"]


def codes(tmp_path, cards):
    return [c for c, _ in warnings_of(tmp_path, cards)]


def test_a_good_card_has_no_warning(tmp_path):
    assert codes(tmp_path, "  - {id: a, kind: figure, q: 新品售價多少？, a: 999美元, cite: 售價999美元}\n") == []


def test_long_answer(tmp_path):
    cite = "這款新品是公司歷史上研發時間最長投入資金最多參與人員最廣也最受市場期待的一款旗艦產品"
    (w,) = warnings_of(tmp_path, f"  - {{id: a, q: 發生了什麼？, a: {cite}, cite: {cite}}}\n")
    assert w == ("DG501", f"answer is {len(cite)} characters (limit 40); ask for one fact")


def test_list_answer(tmp_path):
    assert codes(tmp_path, "  - {id: a, q: 哪些公司跟進？, a: 乙、丙、丁, cite: 乙、丙、丁三家公司隨後跟進}\n") == ["DG502"]
    assert codes(tmp_path, "  - {id: a, q: 哪兩家？, a: 乙、丙, cite: 乙、丙、丁三家公司隨後跟進}\n") == []


def test_a_number_with_thousands_separators_or_a_numeric_date_is_not_a_list(tmp_path):
    # "39,100,000 dollars" was three items to DG502, and "05/24/2017" three too
    source = "The city approved a $39.1 million budget. The hall opened 05/24/2017; it cost 1/2 of the plan.\n"
    path = write_deck(tmp_path, "deck: {id: d, name: D, source: {file: sources/src.txt}}\ncards:\n"
                      "  - {id: a, q: How large is the budget?, a: '39,100,000 dollars', cite: a $39.1 million budget}\n"
                      "  - {id: b, q: When did the hall open?, a: 05/24/2017, cite: The hall opened 05/24/2017}\n"
                      "  - {id: c, q: What share of the plan did it cost?, a: 1/2, cite: it cost 1/2 of the plan}\n"
                      "  - {id: d, q: Which numbers?, a: '1, 2 and 3', cite: The city approved}\n", source)
    result = check_file(path, locked=False)
    assert [(p.line, p.code) for p in result.all_problems() if p.code == "DG502"] == [(6, "DG502")]


def test_duplicate_question(tmp_path):
    found = warnings_of(
        tmp_path,
        "  - {id: a, kind: figure, q: 售價？, a: 999美元, cite: 售價999美元}\n"
        "  - {id: b, kind: figure, q: 售價?, a: 999美元, cite: 新品，售價999美元}\n",
    )
    assert found == [("DG503", "same question as card 'a' (line 3); make each question have one right answer")]


def test_answer_in_question(tmp_path):
    assert codes(tmp_path, "  - {id: a, q: 甲公司是哪家公司？, a: 甲公司, cite: 甲公司於2024年3月5日發布新品}\n") == ["DG504"]


def test_figure_and_date_cards_without_values_warn_when_the_cite_is_missing(tmp_path):
    # With the cite found, grounding already fails them (DG201, DG301) and they are not parsed twice.
    assert codes(tmp_path, "  - {id: a, kind: figure, q: 誰發布？, a: 甲公司, cite: 不在原文}\n") == ["DG505"]
    assert codes(tmp_path, "  - {id: a, kind: date, q: 誰發布？, a: 甲公司, cite: 不在原文}\n") == ["DG506"]
    path = write_deck(tmp_path, "deck: {id: d, name: D, source: {file: sources/src.txt}}\ncards:\n  - {id: a, kind: figure, q: 誰？, a: 甲公司, cite: 甲公司於2024年3月5日發布新品}\n", SOURCE)
    assert [p.code for p in check_file(path, locked=False).all_problems()] == ["DG201"]


@pytest.mark.parametrize("strict, code", [([], 0), (["--strict"], 1)])
def test_warnings_fail_only_with_strict(tmp_path, monkeypatch, strict, code):
    monkeypatch.chdir(tmp_path)
    write_deck(tmp_path, "deck: {id: d, name: D, source: {file: sources/src.txt}}\ncards:\n  - {id: a, q: 哪兩家？, a: 乙、丙、丁, cite: 乙、丙、丁三家公司隨後跟進}\n", SOURCE)
    assert CliRunner().invoke(main, ["build", "deck.yaml", "-o", "out"]).exit_code == 0
    result = CliRunner().invoke(main, ["check", *strict, "deck.yaml"])
    assert result.exit_code == code, result.output
    assert "DG502 answer lists 3 items; make one card per item, or a cloze (warning)" in result.output


SILENCED = """
deck: {id: d, name: D, source: {file: sources/src.txt}}
cards:
  - id: price
    q: 新款手機售價999美元嗎？
    a: 999美元
    cite: 售價999美元
    silence: {DG504: "a yes-or-no question that names the price on purpose"}
  - id: again
    q: 新款手機售價999美元嗎？
    a: 999美元
    cite: 售價999美元
"""


def test_a_card_silences_a_warning_with_a_reason_and_reports_show_it(tmp_path):
    import json

    from click.testing import CliRunner

    from deckgen.cli import main
    from deckgen.report import output

    path = write_deck(tmp_path, SILENCED)
    result = check_file(path)
    price, again = result.cards
    assert [p.code for p in price.problems] == []
    assert [(p.code, reason) for p, reason in price.silenced] == [("DG504", "a yes-or-no question that names the price on purpose")]
    assert sorted(p.code for p in again.problems) == ["DG503", "DG504"]  # only the card that says so is silenced
    from deckgen.check import CheckReport

    report = CheckReport((result,))
    text = output("check", "text", report)
    assert "silenced: " in text and "DG504 the answer appears verbatim in the question (reason: a yes-or-no" in text
    assert text.splitlines()[-1].endswith("0 errors, 2 warnings, 1 silenced")
    card = json.loads(output("check", "json", report))["cards"][0]
    assert card["problems"] == [] and card["silenced"][0]["reason"].startswith("a yes-or-no")
    assert "silenced: " in output("check", "junit", report)
    # --strict fails on the other card's warnings, not on the silenced one
    (tmp_path / "only.yaml").write_text(SILENCED.split("  - id: again")[0], encoding="utf-8")
    assert CliRunner().invoke(main, ["check", "--strict", str(tmp_path / "only.yaml")]).exit_code == 0


def test_only_warnings_can_be_silenced(tmp_path):
    import pytest

    from deckgen.decks import load_deck
    from deckgen.errors import DeckgenError

    path = write_deck(tmp_path, SILENCED.replace("DG504:", "DG202:"))
    with pytest.raises(DeckgenError, match=r"silence cannot silence 'DG202': only warnings \(DG501.*can be silenced") as e:
        load_deck(path)
    assert (e.value.line, e.value.col) == (7, 15)


def test_an_answer_inside_a_longer_word_of_the_question_is_not_in_it(tmp_path):
    from deckgen.lint import _occurs
    from deckgen.fold import normalize

    q = normalize('Who said "The Americans wanted to raid a mujahideen base"?')
    assert not _occurs(normalize("Mujahid"), q)
    assert _occurs(normalize("mujahideen base"), q)
    assert _occurs(normalize("美國"), normalize("美國自哪一天起"))  # no word breaks in Chinese
    assert _occurs(normalize("999美元"), normalize("新款手機售價999美元嗎？"))
