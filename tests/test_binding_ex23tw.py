"""Branch ex23tw (2026-12-03): principles the held-out table of Taiwanese reservoir and water-rationing reports
showed, restated on made-up sentences (a harbour's ferries, a county's schools, a dam's reservoirs), each beside a twin
the rule must not change.

1. A day of the month in brackets may be spaced, as texts that space their figures write it: 今 (17) 日 is today the
   17th, as 今(17)日 is, and (25 日) after a weekday is the 25th.
2. 里 and 村 after a count are counters (和美鎮6里, 花壇鄉2村: six boroughs, two villages of the township), not the
   tail of a name.
3. A scale word and unit in brackets right after a figure (45903(萬立方公尺)) are the figure's own, as a table's
   column heading gives them: the figure is 45903萬 of that unit.
4. ‧ between Chinese numerals is a decimal point (七十七‧五%).
5. A question naming a rate or an amount right before 多少 asks a value of that kind (`_named_measure_unit`)."""

import pytest

from conftest import binding_code as verdict

SPACED_TODAY = "港務局今 (12) 日召開第 3 次協調會,決定渡輪班次增加兩班。"
GLUED_TODAY = "港務局今(12)日召開第3次協調會,決定渡輪班次增加兩班。"
SPACED_DAY = "港務局表示,下周五 (20 日) 起渡輪班次增加兩班。"


@pytest.mark.parametrize("answer, cite, question, expected", [
    ("12日", SPACED_TODAY, "港務局在哪一天召開第3次協調會？", "grounded"),  # the fix: 今 (12) 日
    ("12日", GLUED_TODAY, "港務局在哪一天召開第3次協調會？", "grounded"),  # twin: as before
    ("13日", SPACED_TODAY, "港務局在哪一天召開第3次協調會？", "DG304"),  # another day than the cite's
    ("20日", SPACED_DAY, "渡輪班次從哪一天起增加兩班？", "grounded"),  # the fix: (20 日)
    ("21日", SPACED_DAY, "渡輪班次從哪一天起增加兩班？", "DG304"),  # twin: not the cite's day
])
def test_spaced_day_in_brackets(answer, cite, question, expected):
    assert verdict("date", answer, cite, question) == expected


BOROUGHS = "停水範圍為大林鎮5里以及溪口鄉3村,共約2萬戶。"


@pytest.mark.parametrize("answer, cite, question, expected", [
    ("5里", BOROUGHS, "大林鎮有幾里列入停水範圍？", "grounded"),  # the fix: 5里 counts boroughs
    ("3村", BOROUGHS, "大林鎮有幾里列入停水範圍？", "DG601"),  # the other township's villages
    ("3村", BOROUGHS, "溪口鄉有幾村列入停水範圍？", "grounded"),  # the fix: 3村
    ("4里", BOROUGHS, "大林鎮有幾里列入停水範圍？", "DG202"),  # twin: a count the cite does not have
])
def test_boroughs_and_villages_are_counted(answer, cite, question, expected):
    assert verdict("figure", answer, cite, question) == expected


BRACKETED = "甲水庫有效蓄水量8120(萬立方公尺),乙水庫有效蓄水量3050(萬立方公尺)。"
WRITTEN_ON = "甲水庫有效蓄水量8120萬立方公尺,乙水庫有效蓄水量3050萬立方公尺。"
BARE = "甲水庫水位標高8120,乙水庫水位標高3050。"


@pytest.mark.parametrize("answer, cite, question, expected", [
    ("8120萬立方公尺", BRACKETED, "甲水庫有效蓄水量是多少？", "grounded"),  # the fix: (萬立方公尺) is the figure's
    ("3050萬立方公尺", BRACKETED, "甲水庫有效蓄水量是多少？", "DG601"),  # another reservoir's, bound as such
    ("8120萬立方公尺", WRITTEN_ON, "甲水庫有效蓄水量是多少？", "grounded"),  # twin: written on, as before
    ("8120萬立方公尺", BARE, "甲水庫水位標高是多少？", "DG202"),  # twin: a bare 8120 is no 8120萬
])
def test_scale_and_unit_in_brackets(answer, cite, question, expected):
    assert verdict("figure", answer, cite, question) == expected


# 4. ‧ (the hyphenation point) between Chinese numerals is a decimal point: 七十七‧五% is 77.5%.
DOTTED = "甲水庫今天水位降至一百八十二‧三公尺,蓄水率六十四‧八%。"
DOTTED_NAME = "乙水庫蓄水率六十四%。"


@pytest.mark.parametrize("answer, cite, question, expected", [
    ("64.8%", DOTTED, "甲水庫蓄水率是多少？", "grounded"),  # the fix: 六十四‧八% is 64.8%
    ("六十四‧八%", DOTTED, "甲水庫蓄水率是多少？", "grounded"),  # as the cite writes it
    ("182.3公尺", DOTTED, "甲水庫水位降至多少？", "grounded"),  # the fix: 一百八十二‧三公尺
    ("8%", DOTTED, "甲水庫蓄水率是多少？", "DG202"),  # twin: the decimal part alone is no value of the cite
    ("64%", DOTTED_NAME, "乙水庫蓄水率是多少？", "grounded"),  # twin: a whole number as before
])
def test_hyphenation_point_is_a_decimal_point(answer, cite, question, expected):
    assert verdict("figure", answer, cite, question) == expected


# 5. A question naming a rate (蓄水率是多少) asks the % the cite writes after that rate, and one naming an amount
#    (有效蓄水量是多少, 進帳逾多少) the amount after it: an amount given for the rate, or a rate for the amount, is another
#    metric (DG601) even where the cite holds one value of each.
STORED = "丙水庫有效蓄水量8120萬噸,蓄水率64.8%。"
INFLOW = "丁水庫進帳逾2300萬噸,蓄水率也回升到41%。"


@pytest.mark.parametrize("answer, cite, question, expected", [
    ("8120萬噸", STORED, "丙水庫蓄水率是多少？", "DG601"),  # the fix: an amount for the rate
    ("64.8%", STORED, "丙水庫蓄水率是多少？", "grounded"),  # twin: the rate itself
    ("64.8%", STORED, "丙水庫有效蓄水量是多少？", "DG601"),  # the fix: a rate for the amount
    ("8120萬噸", STORED, "丙水庫有效蓄水量是多少？", "grounded"),  # twin
    ("41%", INFLOW, "丁水庫進帳逾多少？", "DG601"),  # the fix: the rate after it for the inflow
    ("逾2300萬噸", INFLOW, "丁水庫進帳逾多少？", "grounded"),  # twin
    ("41%", INFLOW, "丁水庫蓄水率回升到多少？", "grounded"),  # twin: the rate after its own word
    ("逾2300萬噸", INFLOW, "丁水庫蓄水率回升到多少？", "DG601"),  # the fix: the inflow for the rate
])
def test_named_rate_or_amount_asks_its_own_kind(answer, cite, question, expected):
    assert verdict("figure", answer, cite, question) == expected
