"""Rules of binding found on a central bank's decisions (branch cb25), each on a made-up cite."""

import pytest

from conftest import binding_code as verdict


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


# A sentence naming a year in figures and a year counted from the report's (今年) dates by the figure year only the values
# it is the nearer year of: a value after 今年 is this year's, not the figure year's.
COUNTED_AND_FIGURE_YEAR = "研究机构预估本市今年人口增长率可达1.9%,前一次预估为1.2%,对2031年预估也从0.6%上调至0.8%;老龄化方面,今明年预估分别为12%及13%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("1.9%", "研究机构预估本市2030年人口增长率可达多少？", "grounded"),
    ("12%", "研究机构预估本市2030年人口增长率可达多少？", "DG601"),
])
def test_a_value_after_jinnian_is_no_value_of_the_sentences_figure_year(answer, question, expect):
    assert verdict("figure", answer, COUNTED_AND_FIGURE_YEAR, question) == expect


# A Chinese question asking the value before a change (上调之前, 调高前) asks its earlier stage: the base it moved from.
RAISED = "市府宣布将停车费率由每小时30元调高至40元,自下月起实施。"


@pytest.mark.parametrize("answer, question, expect", [
    ("30元", "调高前,停车费率是每小时多少？", "grounded"),
    ("40元", "调高前,停车费率是每小时多少？", "DG602"),
    ("40元", "停车费率调高至每小时多少？", "grounded"),
])
def test_a_question_before_the_change_asks_the_base(answer, question, expect):
    assert verdict("figure", answer, RAISED, question) == expect
