"""A trial on a fresh real text (2026-12-03, branch trial19): 第一专用车网's report of 国家统计局's 2017 statistical
communiqué (GDP, per-capita GDP and GNI; freight against ton-kilometres; ports with their foreign-trade part; rail
against road freight and passengers; post and express) and 央视网's report of 交通运输部's figures for January-August
2025 (a statistical communiqué's transport section and a ministry's eight-month figures, zh-Hans). The deck (45 cards,
tests/trials/trial19-deck.yaml) and 20 traps (tests/trials/trial19-expectations.yaml) were written and committed before
the run; 62 of 65 agreed (44 of 45 right answers grounded, 18 of 20 traps refused with the code expected). Each error of
the tool is restated here on a made-up sentence of the same shape (a country's 2030 communiqué), as a strict xfail
beside a twin that passes; fixed by principle on the same branch, where they now pass as plain rows. After the fixes
the trial's deck and traps agree on 65 of 65 (one row below, a lone part asked as the whole, stays a strict xfail).

The three errors:
- a right answer warned (DG605) and a trap let through as a warning: asked 国内生产总值's growth, the cite's
  人均国内生产总值 (a measure derived from it, 人均 glued before the table's metric word) was read as the same metric;
- a trap let through as a warning: asked the whole's 货物运输总量, a cite listing only its parts after 其中
  (铁路货物运输总量…;公路货物运输总量…) could not choose, where none of its values is the whole asked about.

And two messages that named the wrong thing (the verdicts right): a value after 比上年 was said to belong to '上年', and
a change whose clause names no question word to 'the change', where the sentence's own subject (旅客运输周转量) says
whose it is."""

import pytest

from conftest import binding_code as verdict
from deckgen.binding import check_binding


def gap(reason):
    return pytest.mark.xfail(strict=True, reason=f"known gap: {reason}")


GDP = ("2030年,国内生产总值951000亿元,比上年增长4.6%。全年人均国内生产总值67400元,比上年增长4.9%。"
       "全年国民总收入943000亿元,比上年增长4.4%。")
GDP_TWO = "2030年,国内生产总值951000亿元,比上年增长4.6%。全年人均国内生产总值67400元,比上年增长4.9%。"
PARTS = "其中内河货物运输总量21亿吨,同比增长3.5%;沿海货物运输总量64亿吨,同比增长2.2%。"
WHOLE_AND_PARTS = "全年货物运输总量85亿吨,同比增长2.5%。" + PARTS
TWO_METRICS = "2030全年旅客运输总量95亿人次,比上年增长3.3%。旅客运输周转量31000亿人公里,增长4.2%。"

DERIVED = ("a measure derived from the question's metric by a word glued before it (人均国内生产总值 for 国内生产总值) is "
           "another metric: asked the bare metric, the value the cite writes bare is the one asked")
WHOLE_UNSTATED = ("values a cite lists after 其中, each its own part of the question's metric (铁路…总量, 公路…总量), are not "
                  "the whole the question asks about when it names none of the parts: another item's (DG601)")


@pytest.mark.parametrize("answer, cite, question, expect", [
    # twins that pass
    ("4.9%", GDP, "2030年人均国内生产总值比上年增长多少？", "grounded"),
    ("4.6%", GDP, "2030年人均国内生产总值比上年增长多少？", "DG601"),
    ("67400元", GDP, "2030年人均国内生产总值是多少？", "grounded"),
    ("4.4%", GDP, "2030年国内生产总值比上年增长多少？", "DG601"),
    ("64亿吨", PARTS, "2030年沿海货物运输总量是多少？", "grounded"),
    ("21亿吨", PARTS, "2030年沿海货物运输总量是多少？", "DG601"),
    ("2.2%", PARTS, "2030年沿海货物运输总量同比增长多少？", "grounded"),
    ("85亿吨", WHOLE_AND_PARTS, "2030年货物运输总量是多少？", "grounded"),
    ("64亿吨", WHOLE_AND_PARTS, "2030年货物运输总量是多少？", "DG601"),
    # the trial's errors
    ("4.6%", GDP, "2030年国内生产总值比上年增长多少？", "grounded"),
    ("4.6%", GDP_TWO, "2030年国内生产总值比上年增长多少？", "grounded"),
    ("4.9%", GDP, "2030年国内生产总值比上年增长多少？", "DG601"),
    ("951000亿元", GDP, "2030年国内生产总值是多少？", "grounded"),
    ("67400元", GDP, "2030年国内生产总值是多少？", "DG601"),
    ("64亿吨", PARTS, "2030年货物运输总量是多少？", "DG601"),
    ("2.2%", PARTS, "2030年货物运输总量同比增长多少？", "DG601"),
    pytest.param("64亿吨", "其中沿海货物运输总量64亿吨,同比增长2.2%。", "2030年货物运输总量是多少？", "DG601",
                 marks=gap("a lone part after 其中 asked as the whole: one value has no rival the rule can weigh")),
])
def test_a_trial19_card(answer, cite, question, expect):
    assert verdict("figure", answer, cite, question) == expect


BASE_NO_ITEM = "a base (比上年) names no item: the message names the value's own metric, not '上年'"
SUBJECT_NAMES = "a change whose clause has no question word is named by its sentence's subject, not 'the change'"


@pytest.mark.parametrize("answer, question, named, not_named", [
    ("3.3%", "2030年旅客运输周转量增长了多少？", "'旅客运输总量'", "'上年'"),
    ("4.2%", "2030年旅客运输总量比上年增长多少？", "'旅客运输周转量'", "the change"),
])
def test_a_trial19_message_names_the_values_metric(answer, question, named, not_named):
    (found,) = check_binding("figure", answer, TWO_METRICS, question)
    assert found.code == "DG601"
    said = found.message.split(";")[0]
    assert named in said and not_named not in said
