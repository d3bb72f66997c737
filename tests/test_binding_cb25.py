"""Rules of binding found on a central bank's decisions (branch cb25), each on a made-up cite."""

import pytest

from deckgen.binding import check_binding
from deckgen.grounding import support


def verdict(kind, answer, cite, question):
    found = support(kind, answer, cite, question, {}) or check_binding(kind, answer, cite, question, {})
    return found[0].code if found else "grounded"


# A question dating its value by the day asks that day's value: one dated only by the wider year holding it (a running
# total since that year) is another period's.
DATED_STEPS = "基金会自2019年起累计发放补助金12亿元,发放时间与金额依序是2019年5月8日发放3亿元、2020年7月1日发放4亿元、2021年9月9日发放5亿元。"


@pytest.mark.parametrize("answer, question, expect", [
    ("3亿元", "2019年5月8日基金会发放补助金多少？", "grounded"),
    ("12亿元", "2019年5月8日基金会发放补助金多少？", "DG602"),
    ("4亿元", "2020年7月1日基金会发放补助金多少？", "grounded"),
])
def test_a_day_asked_selects_its_own_value_over_a_wider_periods(answer, question, expect):
    assert verdict("figure", answer, DATED_STEPS, question) == expect
