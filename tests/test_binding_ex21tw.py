"""Round 21's held-out table on Taiwan's agricultural disaster-loss reports (branch ex21tw,
tests/binding_cases/heldout-agricultural-disaster-losses.yaml): each principle its first run showed
missing, restated on made-up sentences of the same shape (a county's hail, frost and flood losses),
each case beside a twin the rule must not change."""

import pytest

from conftest import binding_code as verdict


# 1. A loss estimated after the event is what happened, not a forecast: 估計 there counts damage done.
HAIL = "這次冰雹估計損失金額820萬元，果樹被害面積96公頃，換算無收穫面積31公頃。"
HAIL_AHEAD = "估計果樹損失可能達820萬元，果樹被害面積96公頃，換算無收穫面積31公頃。"
SO_FAR = "全縣累計農損目前估計約2410萬元，若以作物區分，果樹被害面積96公頃，換算無收穫面積31公頃。"
TO_COME = "全縣農損未來估計約2410萬元，若以作物區分，果樹被害面積96公頃，換算無收穫面積31公頃。"
FACILITY = "農業設施估計損失共計63萬元，主因網室受損；漁業設施估計金額12萬元，主因膠筏毀損。"
FACILITY_AHEAD = "農業設施估計損失共計63萬元，主因網室受損；漁業設施估計金額將達12萬元，主因膠筏老舊。"
REVENUE = "台糖估計砂糖營收95億元，獲利12億元。"


@pytest.mark.parametrize("answer, cite, question, expect", [
    ("96公頃", HAIL, "這次冰雹的果樹被害面積是多少？", "grounded"),
    ("31公頃", HAIL, "這次冰雹的果樹被害面積是多少？", "DG601"),
    ("31公頃", SO_FAR, "果樹換算無收穫面積是多少？", "grounded"),
    ("12萬元", FACILITY, "漁業設施損失多少？", "grounded"),
    # twins: a loss foreseen (可能, 未來, 將) and an estimate of no loss stay forecasts
    ("96公頃", HAIL_AHEAD, "果樹被害面積是多少？", "DG603"),
    ("31公頃", TO_COME, "果樹換算無收穫面積是多少？", "DG603"),
    ("12萬元", FACILITY_AHEAD, "漁業設施損失多少？", "DG603"),
    ("95億元", REVENUE, "台糖砂糖營收是多少？", "DG603"),
])
def test_a_loss_estimated_after_the_event_is_no_forecast(answer, cite, question, expect):
    assert verdict("figure", answer, cite, question) == expect


# 2. A question asking a disaster's 損失 (or 災損) asks an amount of money: a share of the whole is another metric.
RANKED = "縣府統計，這次寒害以甲鄉損失420萬元、占總損失35%最多，其次是乙鄉損失210萬元、占18%。"
OVER = "農業處表示，冰雹造成的農業損失已逾新台幣3.1億元，其中甲鄉占72%最嚴重。"
OUTPUT = "農業處表示，冰雹造成梨的產量損失12%，損失金額3.1億元。"


@pytest.mark.parametrize("answer, cite, question, expect", [
    ("35%", RANKED, "這次寒害造成甲鄉損失多少？", "DG601"),
    ("72%", OVER, "冰雹造成的農業損失已逾多少？", "DG601"),
    # twins: the loss's amount, a share asked by 占, and a loss the cite writes as a rate itself
    ("420萬元", RANKED, "這次寒害造成甲鄉損失多少？", "grounded"),
    ("35%", RANKED, "這次寒害的損失中，甲鄉占多少？", "grounded"),
    ("72%", OVER, "冰雹造成的農業損失中，甲鄉占多少？", "grounded"),
    ("12%", OUTPUT, "冰雹造成梨的產量損失多少？", "grounded"),
])
def test_a_loss_asked_is_an_amount_of_money_not_a_share(answer, cite, question, expect):
    assert verdict("figure", answer, cite, question) == expect
