"""Round 24's PMI table (tests/binding_cases/heldout-pmi-releases.yaml, branch ex24zh): the principles its first run
missed, each restated on made-up sentences of the same shape (a logistics index, a port's freight index, a city's
consumer-confidence survey), a pair a rule fixes and a twin it must not change."""

import pytest

from conftest import binding_code as verdict

LOGISTICS = "3月份,全国物流业景气指数为52.4%,比上月回升1.6个百分点。"
STORAGE = "仓储指数下降0.7个百分点至48.1%,连续两个月低于临界点。"
PRICES = "3月份,居民消费价格指数同比上涨2.1%,涨幅比上月回落0.3个百分点。"


@pytest.mark.parametrize("kind, answer, cite, question, expect", [
    # an index is a level in %: asked plainly, its move in points is another metric
    ("figure", "1.6个百分点", LOGISTICS, "3月份全国物流业景气指数是多少?", "DG601"),
    ("figure", "52.4%", LOGISTICS, "3月份全国物流业景气指数是多少?", "grounded"),
    ("figure", "1.6个百分点", LOGISTICS, "3月份物流业景气指数比上月回升了多少?", "grounded"),
    # asked how it moved (下降了多少), the move in points is right; asked what it fell to (下降至多少), the level
    ("figure", "0.7个百分点", STORAGE, "仓储指数下降了多少?", "grounded"),
    ("figure", "0.7个百分点", STORAGE, "仓储指数下降至多少?", "DG601"),
    ("figure", "48.1%", STORAGE, "仓储指数下降至多少?", "grounded"),
    # a price index's 同比上涨 is a growth rate: its turn in points stays another metric
    ("figure", "0.3个百分点", PRICES, "3月份居民消费价格指数同比上涨多少?", "DG601"),
    ("figure", "2.1%", PRICES, "3月份居民消费价格指数同比上涨多少?", "grounded"),
])
def test_index_level_against_its_move_in_points(kind, answer, cite, question, expect):
    assert verdict(kind, answer, cite, question) == expect


MONTHLY = "8月份,全国物流业景气指数为51.2%,比上月上升0.9个百分点。"
NEW_YEAR = "2023年1月份,全国物流业景气指数为51.2%,比上月上升0.9个百分点。"
LAST_MONTH = "9月港口货运指数升至48.7,高于市场预估的47.9和上月的47.5。"


@pytest.mark.parametrize("answer, cite, question, expect", [
    # the month before a report's month is its 上月: asked of it, the report month's value is another period's
    ("51.2%", MONTHLY, "7月份全国物流业景气指数是多少?", "DG602"),
    ("51.2%", MONTHLY, "8月份全国物流业景气指数是多少?", "grounded"),
    ("51.2%", NEW_YEAR, "2022年12月全国物流业景气指数是多少?", "DG602"),
    ("51.2%", MONTHLY, "1-7月全国物流业景气指数是多少?", "grounded"),  # (a span, not the month before)
    # the value the cite marks as 上月's is the month before's; the forecast stays a forecast
    ("47.5", LAST_MONTH, "8月港口货运指数是多少?", "grounded"),
    ("48.7", LAST_MONTH, "8月港口货运指数是多少?", "DG602"),
    ("47.9", LAST_MONTH, "8月港口货运指数是多少?", "DG603"),
    ("48.7", LAST_MONTH, "9月港口货运指数是多少?", "grounded"),
])
def test_the_month_before_a_reports_month(answer, cite, question, expect):
    assert verdict("figure", answer, cite, question) == expect


REGIONS = "东部地区指数比上月下降0.6个百分点;中部地区指数比上月上升0.6个百分点;西部地区指数比上月下降0.6个百分点。"
ALIKE = "东部地区指数比上月下降0.6个百分点;中部地区指数比上月下降0.6个百分点。"


@pytest.mark.parametrize("answer, cite, question, expect", [
    # one number moving both ways: the item the question names decides the direction
    ("上升0.6个百分点", REGIONS, "东部地区指数比上月有何变化?", "DG604"),
    ("下降0.6个百分点", REGIONS, "东部地区指数比上月有何变化?", "grounded"),
    ("下降0.6个百分点", REGIONS, "中部地区指数比上月有何变化?", "DG604"),
    ("上升0.6个百分点", REGIONS, "中部地区指数比上月有何变化?", "grounded"),
    ("下降0.6个百分点", ALIKE, "中部地区指数比上月有何变化?", "grounded"),
    ("上升0.6个百分点", ALIKE, "中部地区指数比上月有何变化?", "DG604"),
])
def test_one_number_moving_both_ways(answer, cite, question, expect):
    assert verdict("figure", answer, cite, question) == expect
