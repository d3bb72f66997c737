"""Rules found on a held-out table of trade statistics (Traditional Chinese), each tested on a
made-up cite: what the engine lacked on its first run, stated as a principle."""

import pytest

from conftest import binding_code as verdict


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


# Taiwan's 前N月 (累計前九月, 个 left out) in Chinese numerals is the year to date, not the month: 九月 against 前九月.
MONTHS = "部裡昨公布九月出口三二一．五億美元、年增十二％；累計前九月出口二八七六．四億美元、年增八．五％。"


@pytest.mark.parametrize("answer, question, expect", [
    ("321.5億美元", "今年9月出口金額是多少？", "grounded"),
    ("2876.4億美元", "今年前9月出口金額是多少？", "grounded"),
    ("2876.4億美元", "今年9月出口金額是多少？", "DG602"),
    ("8.5%", "今年前九月出口年增多少？", "grounded"),
    ("12%", "今年前九月出口年增多少？", "DG602"),
])
def test_first_n_months_in_chinese_numerals_is_the_year_to_date(answer, question, expect):
    assert verdict("figure", answer, MONTHS, question) == expect


# A value none of the question's item words describe (出超), beside one they do (對德國出口), is another item (DG601),
# even where its span (累計前5月) also differs from the question's month.
ITEM_OVER_SPAN = ("部裡昨（9）日公布5月對德國出口41.2億美元，續創單月新高，年增12.4%。累計前5月對德出超77.9億美元，"
                  "從目前看來，預估全年對德出超將有機會超過150億美元。")


@pytest.mark.parametrize("answer, question, expect", [
    ("77.9億美元", "2024年5月對德國出口金額是多少？", "DG601"),
    ("41.2億美元", "2024年累計前5月對德出超多少？", "DG601"),
])
def test_another_item_before_another_span(answer, question, expect):
    assert verdict("figure", answer, ITEM_OVER_SPAN, question) == expect


IMPORTS_FOR_EXPORTS = "5月進口則為279.7億美元、月增12.3%、年增15%；前5月進口1406億美元、年增13.5%。處長表示，預估6月出口410億至432億美元、年增10%至15%。"


BALANCE_TO_DATE = ("部裡今天公布7月出口318億美元，創歷年單月新高，年增19.7%，連續14個月正成長；出口與進口互抵後，7月出超125.8億美元，"
                   "為歷年單月新高，累計前7月出超618.2億美元。")


@pytest.mark.parametrize("answer, question", [
    ("618.2億美元", "2024年7月出口金額是多少？"),
    ("318億美元", "2024年累計前7月出超多少？"),
])
def test_the_balance_to_date_against_the_months_exports_is_another_item(answer, question):
    assert verdict("figure", answer, BALANCE_TO_DATE, question) == "DG601"


def test_imports_year_to_date_for_the_export_forecast_is_another_item():
    assert verdict("figure", "13.5%", IMPORTS_FOR_EXPORTS, "預估6月出口年增多少？") == "DG601"


# Trade asked as a level (出口多少) or a question naming its currency (增加多少億美元) asks an amount of money: a
# growth rate is another measure; a range with its unit once at its end (410億至432億美元) is an amount.
AMOUNTS = "處長表示，預估9月出口410億至432億美元、年增10%至15%；8月出超88億美元、年增21億美元，進口年增7.5%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("410億至432億美元", "預估9月出口多少？", "grounded"),
    ("10%至15%", "預估9月出口多少？", "DG601"),
    ("7.5%", "8月出超比上年增加多少億美元？", "DG601"),
])
def test_an_amount_asked_is_money(answer, question, expect):
    assert verdict("figure", answer, AMOUNTS, question) == expect


# 仍有 between a change's word and its value (但年增仍有20.6%: still a rise of) keeps the value the change's, against
# its own base; the other base's change beside it is another base's (DG602).
STILL = "今日公布2月出口398億美元、創下歷年同月最高，但碰到春節連假，因此月減14.3%，但年增仍有10.6%，連續18個月成長。"


@pytest.mark.parametrize("answer, question, expect", [
    ("10.6%", "2月出口年增多少？", "grounded"),
    ("14.3%", "2月出口年增多少？", "DG602"),
    ("14.3%", "2月出口月減多少？", "grounded"),
])
def test_still_between_a_change_and_its_value(answer, question, expect):
    assert verdict("figure", answer, STILL, question) == expect


# A clause opening with 同时 goes on with the subject before it, but not one that names a market of its own trade
# (同时對美出口占比為29.5%): exports to a place are an item of their own.
SHARES = "處長補充，前10月對日本出口占比為27%，為近24年來同期最低點，同時對美出口占比為29.5%，穩居第一大市場。"


@pytest.mark.parametrize("answer, question, expect", [
    ("27%", "前10月對日本出口占比是多少？", "grounded"),
    ("29.5%", "前10月對美出口占比是多少？", "grounded"),
    ("27%", "前10月對美出口占比是多少？", "DG601"),
])
def test_at_the_same_time_a_market_of_its_own(answer, question, expect):
    assert verdict("figure", answer, SHARES, question) == expect


# 衰退 is a fall as 成長 is a rise (Taiwan's 年減 / 年增 in words): an answer or a question saying the opposite of the
# cite's word is DG604.
RECESSION = "部裡統計，去年全年進口兩千一百億美元，比上年衰退百分之四點二，為三年來首見。"


@pytest.mark.parametrize("answer, question, expect", [
    ("衰退4.2%", "去年全年進口衰退多少？", "grounded"),
    ("4.2%", "去年全年進口衰退多少？", "grounded"),
    ("成長4.2%", "去年全年進口衰退多少？", "DG604"),
    ("4.2%", "去年全年進口成長多少？", "DG604"),
])
def test_a_recession_word_is_a_fall(answer, question, expect):
    assert verdict("figure", answer, RECESSION, question) == expect


# 比上一年 is the full form of 比上年 (so 上一季 of 上季, 上个月 of 上月): one base, which frames each change of a cite
# writing both and names the period of none, so the item (出口 against 進口) still selects.
FULL_BASE = "去年全年出口兩千零五億美元，比上一年衰退百分之五點一；全年進口一千八百億美元，比上年衰退百分之二點七。"


@pytest.mark.parametrize("answer, question, expect", [
    ("5.1%", "2019年全年出口比上一年衰退多少？", "grounded"),
    ("2.7%", "2019年全年出口比上一年衰退多少？", "DG601"),
    ("2.7%", "去年全年進口比上年衰退多少？", "grounded"),
    ("5.1%", "去年全年進口比上年衰退多少？", "DG601"),
])
def test_the_full_form_of_last_year_is_the_same_base(answer, question, expect):
    assert verdict("figure", answer, FULL_BASE, question) == expect


# Exports to a market (對美國出口…) are that market's trade: a question on exports naming no market asks the total, and
# a market's value is another item's (DG601).
MARKET_TOTAL = ("受需求帶動，3月對美國出口金額逾92.4億美元，年增18.6%，美國仍居第二大市場。\n\n"
                "部裡今天公布3月出口401.7億美元，年增9.2%，連續五個月正成長。")


@pytest.mark.parametrize("answer, question, expect", [
    ("401.7億美元", "3月出口金額是多少？", "grounded"),
    ("92.4億美元", "3月出口金額是多少？", "DG601"),
    ("9.2%", "3月出口年增率是多少？", "grounded"),
    ("18.6%", "3月出口年增率是多少？", "DG601"),
    ("18.6%", "3月對美國出口年增率是多少？", "grounded"),
])
def test_a_markets_trade_is_not_the_total(answer, question, expect):
    assert verdict("figure", answer, MARKET_TOTAL, question) == expect


# A change named by its base whose pace moves to the value (年增收斂至2.9%, 月減擴大至5%) is still that change at its new
# size, what a question asking the change (年增多少) asks, not a level of the item.
NARROWED = "部裡指出，5月對日本出口31.6億美元，年增7.4%；對歐洲出口52.8億美元，年增收斂至2.9%，為今年最低。"


@pytest.mark.parametrize("answer, question, expect", [
    ("2.9%", "5月對歐洲出口年增多少？", "grounded"),
    ("7.4%", "5月對歐洲出口年增多少？", "DG601"),
    ("7.4%", "5月對日本出口年增多少？", "grounded"),
])
def test_a_based_change_narrowed_to_a_value_is_still_the_change(answer, question, expect):
    assert verdict("figure", answer, NARROWED, question) == expect


# A rate of change named with its base and no sign (年增率12.4%) is a rise, 年減率 a fall: an answer saying the other
# (衰退12.4%, 年減12.4%) is DG604; a signed rate (年增率為-4.2%) names no rise.
GROWTH_RATE = "部裡公布，今年前7月出口1,904.6億美元，年增率12.4%，創同期新高。"


@pytest.mark.parametrize("answer, question, expect", [
    ("12.4%", "今年前7月出口年增率多少？", "grounded"),
    ("年增12.4%", "今年前7月出口年增率多少？", "grounded"),
    ("衰退12.4%", "今年前7月出口年增率多少？", "DG604"),
    ("年減12.4%", "今年前7月出口年增率多少？", "DG604"),
])
def test_an_unsigned_growth_rate_is_a_rise(answer, question, expect):
    assert verdict("figure", answer, GROWTH_RATE, question) == expect
