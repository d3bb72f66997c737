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
