"""Branch tr20zh: rules read from the minimum-wage table's first run (heldout-minimum-wage-adjustments), each tested on
made-up sentences."""

import pytest

from conftest import binding_code as verdict


# A tier named by its ordinal (第二档, 三类) is the Nth value of a run joined by 、/和; the run whose own words fit the
# question (the monthly one against the hourly one; one region's paragraph against another's).
TIERS = ("甲省调整养老服务补贴标准,本次调整后设三个档,月补贴标准分别为980元、860元、740元,平均值为860元。"
         "护理小时补贴标准也相应设三个档,分别为31元、28元和25元。")
TWO_REGIONS = ("乙州:每月补贴分为三类1200元、1100元和1000元。\n\n丙州:每月补贴为1500元、1300元、900元,下月起执行。")


@pytest.mark.parametrize("answer, cite, question, expect", [
    ("860元", TIERS, "甲省第二档月补贴标准是多少?", "grounded"),
    ("980元", TIERS, "甲省第二档月补贴标准是多少?", "DG601"),
    ("740元", TIERS, "甲省第三档月补贴标准是多少?", "grounded"),
    ("25元", TIERS, "甲省第三档护理小时补贴标准是多少?", "grounded"),
    ("28元", TIERS, "甲省第三档护理小时补贴标准是多少?", "DG601"),
    ("1300元", TWO_REGIONS, "丙州第二档每月补贴是多少?", "grounded"),
    ("1100元", TWO_REGIONS, "乙州二类每月补贴是多少?", "grounded"),
    ("1000元", TWO_REGIONS, "乙州二类每月补贴是多少?", "DG601"),
    # (no tier named: the run the question fits holds several tiers' values and none is the one asked)
    ("980元", TIERS, "甲省月补贴标准是多少?", "DG605"),
    ("1100元", TWO_REGIONS, "乙州每月补贴是多少?", "DG605"),
])
def test_tier_named_by_its_ordinal(answer, cite, question, expect):
    assert verdict("figure", answer, cite, question) == expect


# A standard set anew (由A调整为B, 从A调整到B): A is the level before, B the level after; lists on both sides pair by
# position; among several, the question's words select one; a draft's proposal against the level in force is DG603;
# a rise asked as 下调 is DG604.
RESET = "自下月起,甲市公交月票价格将由每张不高于80元调整为每张不高于96元,增加16元。"
RESET_PAIRS = "乙县乡村教师补助将由每月不低于300元、每年不低于3600元,提高到每月不低于360元、每年不低于4320元。"
RESET_TWO = "丙市出租车起步价从9元调整到11元;夜间起步价从11元调整到13元。"
RESET_DRAFT = "丁省发布征求意见稿,拟将一类地区补贴由500元调整到560元,二类地区补贴由450元调整到500元。"


@pytest.mark.parametrize("answer, cite, question, expect", [
    ("96元", RESET, "甲市公交月票价格调整为每张不高于多少元?", "grounded"),
    ("80元", RESET, "甲市公交月票价格调整为每张不高于多少元?", "DG602"),
    ("80元", RESET, "调整前甲市公交月票价格每张不高于多少元?", "grounded"),
    ("96元", RESET, "调整前甲市公交月票价格每张不高于多少元?", "DG602"),
    ("96元", RESET, "甲市公交月票价格下调到每张不高于多少元?", "DG604"),
    ("4320元", RESET_PAIRS, "乙县乡村教师补助提高到每年不低于多少元?", "grounded"),
    ("360元", RESET_PAIRS, "乙县乡村教师补助提高到每年不低于多少元?", "DG601"),
    ("300元", RESET_PAIRS, "调整前乙县乡村教师补助每月不低于多少元?", "grounded"),
    ("13元", RESET_TWO, "丙市夜间起步价调整到多少?", "grounded"),
    ("11元", RESET_TWO, "调整前丙市夜间起步价是多少?", "grounded"),
    ("9元", RESET_TWO, "调整前丙市夜间起步价是多少?", "DG601"),
    ("500元", RESET_DRAFT, "丁省一类地区补贴拟调整到多少?", "DG603"),
    ("560元", RESET_DRAFT, "丁省一类地区补贴拟调整到多少?", "grounded"),
    ("560元", RESET_DRAFT, "丁省一类地区现行的补贴是多少?", "DG603"),
    ("500元", RESET_DRAFT, "丁省一类地区现行的补贴是多少?", "grounded"),
])
def test_standard_set_anew(answer, cite, question, expect):
    assert verdict("figure", answer, cite, question) == expect


# An amount written per a span of time (元/月, 元/小时): the question's 月 or 小时 selects; among amounts of its span
# the item before each; a question naming none cannot choose.
PER_SPAN = "甲县保洁员工资调整为3100元/月,乙县保洁员工资调整为3300元/月,两县临时工工资均为19.5元/小时。"


@pytest.mark.parametrize("answer, question, expect", [
    ("3300元/月", "乙县保洁员月工资调整为多少?", "grounded"),
    ("3300元", "乙县保洁员月工资调整为多少?", "grounded"),
    ("3100元/月", "乙县保洁员月工资调整为多少?", "DG601"),
    ("19.5元/小时", "乙县保洁员月工资调整为多少?", "DG601"),
    ("19.5元", "甲县临时工每小时工资是多少?", "grounded"),
    ("3100元/月", "甲县临时工每小时工资是多少?", "DG601"),
    ("3100元/月", "保洁员月工资调整为多少?", "DG605"),
])
def test_amount_per_span_of_time(answer, question, expect):
    assert verdict("figure", answer, PER_SPAN, question) == expect


# Chinese dates told apart by the words beside them: 起 (in effect), 截至 (cut-off), 发布 (issued), 时间: (dateline).
DATED = "时间:2024-05-06 09:12:30 来源: 某日报\n\n按照《关于调整某市公交票价的通知》规定,从6月1日起,某市公交票价将调整为每次2元。"
ISSUED = "某市交通局5日发布了全市公交线路运营情况(截至2024年4月30日)。数据显示,目前有120条线路。"


@pytest.mark.parametrize("answer, cite, question, expect", [
    ("6月1日", DATED, "某市公交票价从哪天起调整?", "grounded"),
    ("2024-05-06", DATED, "某市公交票价从哪天起调整?", "DG601"),
    ("2024年4月30日", ISSUED, "这次发布的运营情况截至哪一天?", "grounded"),
    ("5日", ISSUED, "这次发布的运营情况截至哪一天?", "DG601"),
])
def test_zh_date_roles(answer, cite, question, expect):
    assert verdict("date", answer, cite, question) == expect


# A 从X来看 frame names the measure of the clause after it.
FRAMED = ("从日均客流来看,甲站为3.2万人次,居全市首位;从高峰小时客流来看,乙站为0.9万人次,居全市最高。"
          "丙站日均客流为2.1万人次,高峰小时客流为0.5万人次。")


@pytest.mark.parametrize("answer, question, expect", [
    ("0.9万人次", "乙站高峰小时客流是多少?", "grounded"),
    ("0.5万人次", "乙站高峰小时客流是多少?", "DG601"),
    ("3.2万人次", "甲站日均客流是多少?", "grounded"),
])
def test_zh_framed_measure(answer, question, expect):
    assert verdict("figure", answer, FRAMED, question) == expect


# Sentences saying the same words before their values go on from the sentence before each.
REPEATED = ("甲市今年调整出租车运价。日间起步价分为三档,分别为10元、12元、14元。各档平均涨幅8.5%。"
            "夜间起步价也相应分为三档,分别为12元、14元、16元。各档平均涨幅6.2%。")


@pytest.mark.parametrize("answer, question, expect", [
    ("6.2%", "甲市夜间起步价各档平均涨幅是多少?", "grounded"),
    ("8.5%", "甲市夜间起步价各档平均涨幅是多少?", "DG601"),
    ("8.5%", "甲市日间起步价各档平均涨幅是多少?", "grounded"),
])
def test_repeated_sentence_goes_on_from_the_one_before(answer, question, expect):
    assert verdict("figure", answer, REPEATED, question) == expect


# A question quoting the words right before a value asks that value: a rate for an amount is another measure.
LEVEL_RISE = "乙省在调整后,护理补贴第一档为980元,涨幅达12.5%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("12.5%", "乙省护理补贴第一档为多少?", "DG601"),
    ("980元", "乙省护理补贴第一档涨幅达多少?", "DG601"),
    ("12.5%", "乙省护理补贴第一档涨幅达多少?", "grounded"),
])
def test_quoted_lead_rate(answer, question, expect):
    assert verdict("figure", answer, LEVEL_RISE, question) == expect


# Asked after whom a report is told (据哪家…), the name after 据 answers; the relaying outlet is another entity.
ACCORDING = "来源:某晚报客户端\n\n据某某新闻社5月3日报道,近日,多地调整公交票价。"


@pytest.mark.parametrize("answer, expect", [
    ("某某新闻社", "grounded"),
    ("某晚报客户端", "DG601"),
])
def test_zh_according_to(answer, expect):
    assert verdict("fact", answer, ACCORDING, "近日多地调整公交票价,这是据哪家媒体报道的?") == expect
