"""A review's fresh cards against the sixteenth session's rules (2026-12-02): cards written on made-up sentences
after the rules were merged, to see whether each holds as a principle beyond the wording it was made for. Those
that held are covered by the rules' own tests; those that did not are kept here, each beside a twin (so each can
fail both ways): fixed by principle later that session (counters that count the same things, 由上月X转为Y with two
figures, a citation per clause, "NAME, citing X, said"), or in the seventeenth session (N号 before the noun it
numbers, 'add' asking the change, 'a forecast of X' naming X alone, "we'll" as will): none is a gap now."""

import pytest

from conftest import binding_code


def verdict(kind, answer, cite, question):
    return binding_code(kind, answer, cite, question)


RELIEF = "本轮强降雨共引发地质灾害17起，转移群众3200人，出动救援人员860名，发布预警12次。"
TURNED = "8月份，二线城市新建商品住宅销售价格环比由上月下降0.3%转为上涨0.1%。"
HEAT = ("Urban heat islands raise night temperatures by up to 4 degrees (Okafor, 2015), although tree cover can "
        "offset much of the effect (Lindqvist and Moreau, 2019).")
NATARAJAN = "Priya Natarajan, citing estimates from the World Bank, said growth would slow to 2.4%."


@pytest.mark.parametrize("kind, answer, cite, question, expect", [
    ("figure", "12次", RELIEF, "共发布预警多少次？", "grounded"),
    ("figure", "860名", RELIEF, "共出动救援人员多少人？", "grounded"),
    ("figure", "3200人", RELIEF, "共出动救援人员多少人？", "DG601"),
    ("figure", "17次", RELIEF, "共引发地质灾害多少次？", "grounded"),
    ("figure", "上涨0.1%", TURNED, "8月份二线城市新建商品住宅销售价格环比变化多少？", "grounded"),
    ("figure", "下降0.3%", TURNED, "8月份二线城市新建商品住宅销售价格环比变化多少？", "DG602"),
    ("figure", "3.1亿元", "198号地块以底价2.3亿元成交；205号地块以3.1亿元成交。", "205号地块以多少成交？", "grounded"),
    ("figure", "3.1亿元", "8号地块以底价2.3亿元成交；19号地块以3.1亿元成交。", "19号地块以多少成交？", "grounded"),
    ("figure", "2.3亿元", "8号地块以底价2.3亿元成交；19号地块以3.1亿元成交。", "19号地块以多少成交？", "DG601"),
    # (a day's 号 before what follows a date stays a date: 15号晚上 and 19号晚上 are two evenings)
    ("figure", "3.1亿元", "15号晚上成交2.3亿元；19号晚上成交3.1亿元。", "19号晚上成交多少？", "grounded"),
    ("quote", "Okafor", HEAT, "According to whom can heat islands raise night temperatures by up to 4 degrees?", "grounded"),
    ("quote", "Lindqvist", HEAT, "According to whom can heat islands raise night temperatures by up to 4 degrees?", "DG401"),
    ("quote", "Priya Natarajan", NATARAJAN, "Who said growth would slow to 2.4%?", "grounded"),
])
def test_a_review_card(kind, answer, cite, question, expect):
    assert verdict(kind, answer, cite, question) == expect


# A trial on a fresh real text after the session's merges (a streaming company's quarterly letter to shareholders,
# 34 cards written before the run: 21 agreed), its errors restated on made-up sentences of the same shape.
# Fixed on branch lo25 by principle: "add" asks the change, not the level the sentence grows to; "a forecast of X and …
# Y" marks X alone a forecast; "we'll" is the modal "will".
GREW = ("In the second quarter, we added a record 2.41 million subscribers as our new films helped us grow the "
        "subscriber base to 38.6 million.")
COMPARED = "This 2.41 million compares to a forecast of 2.05 million and to prior year net additions of 1.87 million."
OUTLOOK = "We think we'll grow by over 3 million subscribers in Q3 given our launch in Brazil."


@pytest.mark.parametrize("answer, cite, question, expect", [
    ("38.6 million", GREW, "How large was the subscriber base at the end of the second quarter?", "grounded"),
    ("2.41 million", GREW, "How many subscribers did the company add in the second quarter?", "grounded"),
    ("38.6 million", GREW, "How many subscribers did the company add in the second quarter?", "DG601"),
    ("2.05 million", COMPARED, "How many net additions had the company forecast?", "grounded"),
    ("1.87 million", COMPARED, "How many net additions did the company have in the prior-year quarter?", "grounded"),
    ("over 3 million", OUTLOOK, "How many subscribers does the company expect to add in Q3?", "grounded"),
    ("over 3 million", OUTLOOK, "How many subscribers did the company add in Q3?", "DG603"),
])
def test_a_fresh_trial_card(answer, cite, question, expect):
    assert verdict("figure", answer, cite, question) == expect
