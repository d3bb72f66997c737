"""Rules found on a held-out table of electricity-tariff reviews (Traditional Chinese), each tested on a
made-up cite: what the engine lacked on its first run, stated as a principle."""

import pytest

from conftest import binding_code as verdict
from deckgen.fold import normalize
from deckgen.quantities import parse_quantities


# A circle (○) opens a Chinese-numeral number before its decimal point: ○．七一％ is 0.71%, ○．四元 is 0.4 元.
@pytest.mark.parametrize("text, value, unit", [
    ("○．七一％", "0.71", "%"),
    ("每度漲○．三元", "0.3", "CNY"),
    ("約○．○四二個百分點", "0.042", "pp"),
])
def test_a_circle_zero_opens_a_decimal(text, value, unit):
    qs = parse_quantities(normalize(text))
    assert [(str(q.value), q.unit) for q in qs] == [(value, unit)]


def test_a_circle_alone_is_no_number():
    assert parse_quantities(normalize("○○公司表示")) == []


CIRCLES = "水費審議會昨拍板，家庭用水平均漲幅二．四五％，整體平均漲幅○．八二％。"


@pytest.mark.parametrize("answer, question, expect", [
    ("○．八二％", "整體平均漲幅是多少？", "grounded"),
    ("0.82%", "整體平均漲幅是多少？", "grounded"),
    ("○．八二％", "家庭用水平均漲幅是多少？", "DG601"),
])
def test_circle_zero_decimals_bind(answer, question, expect):
    assert verdict("figure", answer, CIRCLES, question) == expect


# What a question asks by its noun: an amount of money (电费, 收入, 亏损; 多少电费) or a rate (调幅, 涨幅, 占…多少).
# An answer the cite writes as the other kind (or as a count of households) is another metric's value (DG601).
MONEY_OR_RATE = "瓦斯費本月起調整，整體平均調幅2.6%，以一般家庭估算，每月將增加45元瓦斯費。"
INCOME = "公司估計，這次調整一年可增加18億元收入，影響約320萬戶。"


@pytest.mark.parametrize("answer, question, cite, expect", [
    ("2.6%", "瓦斯費整體平均調幅是多少？", MONEY_OR_RATE, "grounded"),
    ("45元", "瓦斯費整體平均調幅是多少？", MONEY_OR_RATE, "DG601"),
    ("45元", "一般家庭每月將增加多少瓦斯費？", MONEY_OR_RATE, "grounded"),
    ("2.6%", "一般家庭每月將增加多少瓦斯費？", MONEY_OR_RATE, "DG601"),
    ("18億元", "公司估計一年可增加多少收入？", INCOME, "grounded"),
    ("320萬戶", "公司估計一年可增加多少收入？", INCOME, "DG601"),
])
def test_money_asked_against_a_rate(answer, question, cite, expect):
    assert verdict("figure", answer, cite, question) == expect


# A money noun with a verb before the interrogative (收入恢復至…的多少, 營收年增多少) may ask a share or a rate.
def test_a_share_of_an_income_is_no_amount():
    cite = "全年旅遊收入320億元，恢復至前年同期的71.5%。"
    assert verdict("figure", "71.5%", cite, "全年旅遊收入恢復至前年同期的多少？") == "grounded"


# The cite's own words after the value (漲4%瓦斯費) asked as 漲多少瓦斯費 are the bill's rise as a rate.
def test_a_rate_of_the_bill_in_the_cites_words():
    cite = "部長表示，小家庭最多漲3%瓦斯費，每月約增加20元。"
    assert verdict("figure", "3%", cite, "小家庭最多漲多少瓦斯費？") == "grounded"


# 由X,提高至Y: X is the level before the change, Y the level after it. Asked the level after the change (調整後), X is
# the same item at another time (DG602), and no rival of Y.
FROM_TO = "水公司表示，家庭水價平均由每度11.5元，提高至每度12.3元，調幅7%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("12.3元", "調整後，家庭水價平均每度多少元？", "grounded"),
    ("11.5元", "調整後，家庭水價平均每度多少元？", "DG602"),
    ("11.5元", "調整前，家庭水價平均每度多少元？", "grounded"),
])
def test_from_one_level_to_another(answer, question, expect):
    assert verdict("figure", answer, FROM_TO, question) == expect


# A space between a figure and its unit per measure (3.96 元/度) is no break: the unit is the figure's, and the value
# in brackets after a name (日本（6.8 元/度）) is that name's.
SPACED = "調整後水價（12.5元/度）仍比鄰近城市如甲市（15.2 元/度）、乙市（18.4元/度）、丙市（21.7 元/度）等城市的水價低。"


@pytest.mark.parametrize("answer, question, expect", [
    ("18.4元/度", "乙市水價每度多少元？", "grounded"),
    ("15.2 元/度", "乙市水價每度多少元？", "DG601"),
    ("12.5元/度", "調整後水價每度多少元？", "grounded"),
    ("15.2 元/度", "調整後水價每度多少元？", "DG601"),
])
def test_a_space_before_a_unit_per_measure(answer, question, expect):
    assert verdict("figure", answer, SPACED, question) == expect
