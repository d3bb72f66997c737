"""Round 21's Chinese held-out table (branch ex21zh): reports of changes to China's individual income tax
(tests/binding_cases/heldout-individual-income-tax.yaml). Each principle its table showed is restated here on made-up
sentences of the same shape (a city's parking fee and a province's property-tax allowance, not the table's rows), each
a pair: the case the rule fixes and a twin the rule must not change."""

import pytest

from conftest import binding_code as verdict

# 1. A standard set anew (由/从/拟由 … 提至/上调至 …): a question's 修改前 asks the level before; a draft's own sentence
# proposes, while a rise told beside it in another sentence (继2015年将…从…上调至…) is an actual, the same standard at
# another time (DG602, not another standard's DG601); a count of times after the level (再一次) is no value of it.
HEADLINE = "停车费标准拟由每小时8元提至12元\n\n本报讯 市发改委昨日召开听证会。"
MODIFIED = "一方面，免税额由3000元提高到4500元后，居民负担普遍减轻。"
DRAFT_BESIDE = ("3月5日，新的收费办法草案提交市人大常委会审议，明确停车费的基本收费标准(即俗称的“起步价”)从6元每小时上调至10元每小时，"
                "并扩大了免费时段。 这是继2015年将起步价从4元上调至6元后的再一次调整。")
ACTUAL_BESIDE = ("3月5日，市政府公布新的收费办法，明确停车费的基本收费标准(即俗称的“起步价”)从6元每小时上调至10元每小时，"
                 "并扩大了免费时段。 这是继2015年将起步价从4元上调至6元后的再一次调整。")

RESETS = [
    # a headline's 拟由 … 提至: the draft proposes 12元; the level in force is 8元
    ("figure", "12元", HEADLINE, "草案审议时,现行停车费标准是每小时多少元?", "DG603"),
    ("figure", "8元", HEADLINE, "草案审议时,现行停车费标准是每小时多少元?", "grounded"),
    ("figure", "8元", HEADLINE, "停车费标准拟提至每小时多少元?", "DG603"),
    ("figure", "12元", HEADLINE, "停车费标准拟提至每小时多少元?", "grounded"),
    ("figure", "12元", HEADLINE, "停车费标准拟降至每小时多少元?", "DG604"),
    # 修改前 asks the level before
    ("figure", "3000元", MODIFIED, "修改前免税额是多少元?", "grounded"),
    ("figure", "4500元", MODIFIED, "修改前免税额是多少元?", "DG602"),
    ("figure", "4500元", MODIFIED, "修改后免税额是多少元?", "grounded"),
    # the draft's sentence against the actual rise of 2015 told after it
    ("figure", "10元", DRAFT_BESIDE, "草案明确基本收费标准上调至每小时多少元?", "grounded"),
    ("figure", "6元", DRAFT_BESIDE, "草案明确基本收费标准上调至每小时多少元?", "DG603"),
    ("figure", "6元", DRAFT_BESIDE, "2015年起步价上调至多少元?", "grounded"),
    ("figure", "4元", DRAFT_BESIDE, "2015年起步价上调至多少元?", "DG602"),
    ("figure", "10元", DRAFT_BESIDE, "2015年起步价上调至多少元?", "DG602"),
    ("figure", "6元", DRAFT_BESIDE, "2015年起步价从4元下调至多少元?", "DG604"),
    # the twin without a draft: the new level is an actual, the old one the level before (DG602)
    ("figure", "6元", ACTUAL_BESIDE, "新的收费办法明确基本收费标准上调至每小时多少元?", "DG602"),
    ("figure", "10元", ACTUAL_BESIDE, "新的收费办法明确基本收费标准上调至每小时多少元?", "grounded"),
]


@pytest.mark.parametrize("kind,answer,cite,question,expect", RESETS)
def test_resets(kind, answer, cite, question, expect):
    assert verdict(kind, answer, cite, question) == expect


# 2. Amounts whose own words name their span before them (年平均工资 against 月平均工资; 每年可以少缴 against 每个月是少缴):
# the question's span selects; among those of its span, the metric after the span (少缴, 工资) first, then the item before
# it, where 非私营 in one label and 私营 in another go with the question's own form.
WAGES = ("按市统计局公布的数据，2022年某市城镇非私营单位就业人员年平均工资120000元，城镇私营单位就业人员年平均工资为72000元。"
         "换算下来，非私营的月平均工资10000元，私营的月平均工资是6000元。据此计算，对于工资处于平均线10000元的员工来说，"
         "每年应交的个税为900元左右，每年可以少缴800元，平均到每个月是少缴67元。")

SPANS = [
    ("figure", "10000元", WAGES, "某市非私营单位的月平均工资是多少元?", "grounded"),
    ("figure", "120000元", WAGES, "某市非私营单位的月平均工资是多少元?", "DG601"),
    ("figure", "6000元", WAGES, "某市私营单位的月平均工资是多少元?", "grounded"),
    ("figure", "72000元", WAGES, "某市私营单位的月平均工资是多少元?", "DG601"),
    ("figure", "120000元", WAGES, "2022年某市城镇非私营单位就业人员年平均工资是多少元?", "grounded"),
    ("figure", "800元", WAGES, "非私营单位平均工资员工每年可以少缴多少元?", "grounded"),
    ("figure", "67元", WAGES, "非私营单位平均工资员工每年可以少缴多少元?", "DG601"),
    ("figure", "67元", WAGES, "非私营单位平均工资员工平均每个月少缴多少元?", "grounded"),
    ("figure", "800元", WAGES, "非私营单位平均工资员工平均每个月少缴多少元?", "DG601"),
]


@pytest.mark.parametrize("kind,answer,cite,question,expect", SPANS)
def test_label_spans(kind, answer, cite, question, expect):
    assert verdict(kind, answer, cite, question) == expect


# 3. Thinking or hoping with a clause set off after it (X觉得,…; X希望在…/能…/继续…) reports the person's words, as 认为
# does; the same words with no such verb stay the narration's (DG402), and a hope that is a noun (的希望) is no verb.
THINKS = "市民刘女士觉得，这次调整增加了免费时段，“停车能省不少钱”。"
THINKS_NOT = "这次调整增加了免费时段，停车能省不少钱。刘女士住在城东。"
HOPES = "市民周先生希望在将来的方案中继续增加免费时段，减轻上班族的负担。"
HOPE_NOUN = "市民周先生的希望是将来继续增加免费时段。周先生住在城东。"

THINKING = [
    ("quote", "刘女士", THINKS, "谁觉得这次调整增加了免费时段?", "grounded"),
    ("quote", "刘女士", THINKS_NOT, "谁说这次调整增加了免费时段?", "DG402"),
    ("quote", "周先生", HOPES, "谁希望在将来的方案中继续增加免费时段?", "grounded"),
    ("quote", "周先生", HOPE_NOUN, "谁说将来继续增加免费时段?", "DG402"),
]


@pytest.mark.parametrize("kind,answer,cite,question,expect", THINKING)
def test_thinking_and_hoping(kind, answer, cite, question, expect):
    assert verdict(kind, answer, cite, question) == expect
