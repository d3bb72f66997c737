"""Branch ex24tw (2026-12-03): principles the held-out table of Taiwan's rail and metro ridership reports showed,
restated on made-up sentences (a harbour city's ferries, light rail and buses), each beside a twin the rule must not
change.

1. A level and its change in one clause (…平均每日載客量為12萬人次，較上年增加8千人次(7.1%)): the change of an average
   is that average's change, so a question naming the average may ask it (`_averaged_values`); a percentage alone in
   brackets after a change restates the change as a rate (a change, not a level); a question asking 多少百分比 asks a
   value in %, so a count is another metric (`_zh_money_or_rate`, "percent"); and the period a change's base writes
   (較疫情前2019年增加…) is no period of the change: asked another year's level, the change is another metric (DG601),
   not another period's value.
2. The parts of an average (全線平均每日載客量約71萬人次，其中西線約61.6萬人次、東線約9.4萬人次) are averages of
   their parts (`_averaged_values`); 升幅 names a rate, as 增幅 and 漲幅 do (`_ZH_RATE_NOUN`).
3. 從X漲為Y states a change from one level to another as 由X調漲至Y does: asked 調漲後 the level after, asked 調漲前
   the level before, the other side the same item at another time (DG602) (`_ZH_FROM_LEVEL_RE`, `_zh_change_sides`)."""

import pytest

from conftest import binding_code as verdict

FERRY_AVG = "港灣渡輪去年平均每日載客量為12萬人次，較上年增加8千人次(7.1%)。"
FERRY_PLAIN = "港灣渡輪去年載客量為12萬人次，較上年增加8千人次(7.1%)。"
FERRY_TOTAL = "港灣渡輪去年平均每日載客量為12萬人次，全年總載客量較上年增加8千人次。"
BUS_BASE_YEAR = "市區公車去年每日平均運量達9萬人次,較疫情前2018年增加6千人次。"


@pytest.mark.parametrize("answer, cite, question, expected", [
    # an average's change asked by the average's name
    ("8千人次", FERRY_AVG, "港灣渡輪去年平均每日載客量較上年增加多少人次？", "grounded"),  # the fix
    ("12萬人次", FERRY_AVG, "港灣渡輪去年平均每日載客量較上年增加多少人次？", "DG601"),  # the level is another metric
    ("8千人次", FERRY_PLAIN, "港灣渡輪去年載客量較上年增加多少人次？", "grounded"),  # twin: no average, as before
    ("12萬人次", FERRY_AVG, "港灣渡輪去年平均每日載客量是多少？", "grounded"),  # twin: the level asked
    ("8千人次", FERRY_AVG, "港灣渡輪去年平均每日載客量是多少？", "DG601"),  # twin: the change is not the level
    # a total's change after an average is no change of the average
    ("8千人次", FERRY_TOTAL, "港灣渡輪去年平均每日載客量較上年增加多少人次？", "DG601"),
])
def test_average_level_and_its_change(answer, cite, question, expected):
    assert verdict("figure", answer, cite, question) == expected


@pytest.mark.parametrize("answer, cite, question, expected", [
    ("7.1%", FERRY_AVG, "港灣渡輪去年平均每日載客量較上年增加多少百分比？", "grounded"),  # the fix: the bracket is a change
    ("8千人次", FERRY_AVG, "港灣渡輪去年平均每日載客量較上年增加多少百分比？", "DG601"),  # the fix: a count for a %
    ("7.1%", FERRY_AVG, "港灣渡輪去年平均每日載客量較上年增加多少人次？", "DG601"),  # twin: a % for a count
    ("7.1%", FERRY_AVG, "港灣渡輪去年平均每日載客量是多少？", "DG601"),  # twin: a rate for the level
])
def test_bracketed_rate_of_a_change(answer, cite, question, expected):
    assert verdict("figure", answer, cite, question) == expected


@pytest.mark.parametrize("answer, cite, question, expected", [
    ("6千人次", BUS_BASE_YEAR, "市區公車2023年每日平均運量是多少？", "DG601"),  # the fix: a change, not 2018's value
    ("9萬人次", BUS_BASE_YEAR, "市區公車2023年每日平均運量是多少？", "grounded"),  # twin: the level
    ("6千人次", BUS_BASE_YEAR, "市區公車去年每日平均運量較2018年增加多少？", "grounded"),  # twin: the change asked
])
def test_base_year_is_no_period_of_the_change(answer, cite, question, expected):
    assert verdict("figure", answer, cite, question) == expected


FERRY_PARTS = "渡輪公司指出，連假期間全線平均每日載客量約7萬人次，其中北線約5.1萬人次、南線約1.9萬人次。"
FERRY_PARTS_TOTAL = "渡輪公司指出，連假期間全線平均每日載客量約7萬人次，全年總載客量其中北線約5.1萬人次。"


@pytest.mark.parametrize("answer, cite, question, expected", [
    ("約5.1萬人次", FERRY_PARTS, "連假期間渡輪北線平均每日載客量約多少？", "grounded"),  # the fix: a part of an average
    ("約1.9萬人次", FERRY_PARTS, "連假期間渡輪南線平均每日載客量約多少？", "grounded"),  # the fix: the list's next part
    ("約5.1萬人次", FERRY_PARTS, "連假期間渡輪南線平均每日載客量約多少？", "DG601"),  # twin: the other part
    ("約5.1萬人次", FERRY_PARTS, "連假期間渡輪全線平均每日載客量約多少？", "DG601"),  # twin: a part for the whole
    ("約7萬人次", FERRY_PARTS, "連假期間渡輪全線平均每日載客量約多少？", "grounded"),  # twin: the whole
])
def test_parts_of_an_average(answer, cite, question, expected):
    assert verdict("figure", answer, cite, question) == expected


RESERVES = "某國外匯儲備規模為3238億美元，較上月上升66億美元，升幅為2.1%。"


@pytest.mark.parametrize("answer, question, expected", [
    ("66億美元", "某國外匯儲備的升幅是多少？", "DG601"),  # 升幅 names a rate, as 增幅 and 涨幅 do
    ("2.1%", "某國外匯儲備的升幅是多少？", "grounded"),  # twin: the rate
    ("66億美元", "某國外匯儲備較上月上升多少？", "grounded"),  # twin: the change in money
])
def test_rise_size_names_a_rate(answer, question, expected):
    assert verdict("figure", answer, RESERVES, question) == expected


FARES = ("渡輪票價調漲,主要航段調漲情形為:港口-島嶼從150元漲為165元(10%)、港口-燈塔從80元漲為90元(12.5%)、"
         "島嶼-燈塔從60元漲為65元(8.3%)。")
FARE_FROM_BY = "渡輪票價調漲,港口-島嶼單程票價由150元調漲至165元。"


@pytest.mark.parametrize("answer, cite, question, expected", [
    ("90元", FARES, "調漲後，渡輪港口-燈塔票價是多少？", "grounded"),  # the fix: 從X漲為Y, the segment's after
    ("80元", FARES, "調漲後，渡輪港口-燈塔票價是多少？", "DG602"),  # the fix: its before
    ("165元", FARES, "調漲後，渡輪港口-燈塔票價是多少？", "DG601"),  # another segment's after
    ("80元", FARES, "調漲前，渡輪港口-燈塔票價是多少？", "grounded"),  # the fix: the before asked
    ("60元", FARES, "調漲前，渡輪島嶼-燈塔票價是多少？", "grounded"),
    ("150元", FARE_FROM_BY, "調漲前，渡輪港口-島嶼單程票價是多少？", "grounded"),  # twin: 由…至, as before
    ("165元", FARE_FROM_BY, "調漲前，渡輪港口-島嶼單程票價是多少？", "DG602"),  # twin: as before
])
def test_from_to_sides_of_a_change(answer, cite, question, expected):
    assert verdict("figure", answer, cite, question) == expected
