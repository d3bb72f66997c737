"""A review's fresh cards against the sixteenth session's rules (2026-12-02): cards written on made-up sentences
after the rules were merged, to see whether each holds as a principle beyond the wording it was made for. Those
that held are covered by the rules' own tests; those that did not are kept here as strict-xfail gaps, each with
the principle it needs, beside a twin the engine gets right (so each row can fail both ways)."""

import pytest

from deckgen.binding import check_binding
from deckgen.grounding import support


def verdict(kind, answer, cite, question):
    found = support(kind, answer, cite, question, {}) or check_binding(kind, answer, cite, question, {})
    return found[0].code if found else "grounded"


def gap(reason):
    return pytest.mark.xfail(strict=True, reason=f"known gap: {reason}")


SYNONYMS = "counters that count the same things (名 and 人, 次 and 起) are one measure, so the item words choose"
RELIEF = "本轮强降雨共引发地质灾害17起，转移群众3200人，出动救援人员860名，发布预警12次。"
TURNED = "8月份，二线城市新建商品住宅销售价格环比由上月下降0.3%转为上涨0.1%。"
LOTS = "N号 before the noun it numbers (19号地块) is a serial number whatever N, not a day"
CITED = "a bracketed citation credits its own clause, not the whole sentence"
HEAT = ("Urban heat islands raise night temperatures by up to 4 degrees (Okafor, 2015), although tree cover can "
        "offset much of the effect (Lindqvist and Moreau, 2019).")
CITING = "'NAME, citing X, said': the participle phrase is an aside, the name speaks"
NATARAJAN = "Priya Natarajan, citing estimates from the World Bank, said growth would slow to 2.4%."


@pytest.mark.parametrize("kind, answer, cite, question, expect", [
    ("figure", "12次", RELIEF, "共发布预警多少次？", "grounded"),
    pytest.param("figure", "860名", RELIEF, "共出动救援人员多少人？", "grounded", marks=gap(SYNONYMS)),
    pytest.param("figure", "3200人", RELIEF, "共出动救援人员多少人？", "DG601", marks=gap(SYNONYMS)),
    pytest.param("figure", "17次", RELIEF, "共引发地质灾害多少次？", "grounded", marks=gap(SYNONYMS)),
    ("figure", "上涨0.1%", TURNED, "8月份二线城市新建商品住宅销售价格环比变化多少？", "grounded"),
    ("figure", "下降0.3%", TURNED, "8月份二线城市新建商品住宅销售价格环比变化多少？", "DG602"),
    ("figure", "3.1亿元", "198号地块以底价2.3亿元成交；205号地块以3.1亿元成交。", "205号地块以多少成交？", "grounded"),
    pytest.param("figure", "3.1亿元", "8号地块以底价2.3亿元成交；19号地块以3.1亿元成交。", "19号地块以多少成交？", "grounded",
                 marks=gap(LOTS)),
    ("quote", "Okafor", HEAT, "According to whom can heat islands raise night temperatures by up to 4 degrees?", "grounded"),
    pytest.param("quote", "Lindqvist", HEAT, "According to whom can heat islands raise night temperatures by up to 4 degrees?",
                 "DG401", marks=gap(CITED)),
    pytest.param("quote", "Priya Natarajan", NATARAJAN, "Who said growth would slow to 2.4%?", "grounded", marks=gap(CITING)),
])
def test_a_review_card(kind, answer, cite, question, expect):
    assert verdict(kind, answer, cite, question) == expect
