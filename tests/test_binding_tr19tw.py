"""Rules found on a held-out table of trade statistics (Traditional Chinese), each tested on a
made-up cite: what the engine lacked on its first run, stated as a principle."""

import pytest

from deckgen.binding import check_binding
from deckgen.grounding import support


def verdict(kind, answer, cite, question):
    found = support(kind, answer, cite, question, {}) or check_binding(kind, answer, cite, question, {})
    return found[0].code if found else "grounded"


# 出超 / 入超 are the trade balance (a noun), not 出 + 超 "more than"; 支出超 / 收入超 stay "more than".
SURPLUS = "海關統計顯示，上半年出口812億美元，進口640億美元，上半年出超172億美元、年增35億美元。"


@pytest.mark.parametrize("answer, question, expect", [
    ("172億美元", "上半年出超多少？", "grounded"),
    ("812億美元", "上半年出超多少？", "DG601"),
    ("35億美元", "上半年出超多少？", "DG601"),
])
def test_a_trade_balance_is_a_noun_not_more_than(answer, question, expect):
    assert verdict("figure", answer, SURPLUS, question) == expect


def test_spending_more_than_keeps_its_qualifier():
    assert verdict("figure", "100億元", "公司去年支出超100億元。", "公司去年支出多少？") == "DG204"
