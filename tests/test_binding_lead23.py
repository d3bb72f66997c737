"""The lead's rules of the twenty-third session, each on made-up sentences beside a twin it must not change."""

from conftest import binding_code as verdict


def test_a_rate_cut_is_a_move_down_against_a_rate_rise():
    """降息 (a rate cut) moves a rate down as 升息 moves it up: asked how much a bank cut, the size of its rise is the
    other direction (DG604); asked the rise, the same answer is right."""
    cite = "該行自去年起連續三度降息,累計降息三碼,上週理事會決議升息半碼,出乎市場預期。"
    assert verdict("figure", "半碼", cite, "上週理事會降息多少?") == "DG604"
    assert verdict("figure", "半碼", cite, "上週理事會升息多少?") == "grounded"


def test_a_rate_cut_in_simplified_chinese_and_its_twin():
    cite = "这家银行上月宣布降息1码,本月又宣布加息2码。"
    assert verdict("figure", "2码", cite, "这家银行本月降息多少?") == "DG604"
    assert verdict("figure", "1码", cite, "这家银行上月降息多少?") == "grounded"
