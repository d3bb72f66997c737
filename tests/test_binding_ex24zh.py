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
