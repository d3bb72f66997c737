"""Branch fx22tw (2026-12-03): a principle the held-out table of Taiwanese election results showed, restated on
made-up sentences (a fishing cooperative's catch and a harbour's ferries), each beside a twin the rule must not change.

A qualifier before a verb of winning (約斬獲610萬票, 約拿下489萬票) qualifies the value after the verb, as 約有, 約增加
already did: an answer that keeps it (約N) is grounded, a bare answer the question does not qualify is DG204; with no
約 before the verb, an answer that adds one is DG204."""

import pytest

from conftest import binding_code as verdict

WON = "今年漁會約斬獲320萬斤漁獲,合作社拿下約150萬斤。"
WON_BARE = "今年漁會斬獲320萬斤漁獲,合作社拿下約150萬斤。"
TAKEN = "這次渡輪公司約取得45萬張船票,客運則獲得12萬張。"
TAKEN_BARE = "這次渡輪公司取得45萬張船票,客運則獲得12萬張。"


@pytest.mark.parametrize("answer, cite, question, expected", [
    ("約320萬斤", WON, "今年漁會約斬獲多少斤漁獲？", "grounded"),  # the fix: 約 reaches across 斬獲
    ("約320萬斤", WON_BARE, "今年漁會斬獲多少斤漁獲？", "DG204"),  # twin: no 約 in the cite, none in the answer
    ("320萬斤", WON, "今年漁會斬獲多少斤漁獲？", "DG204"),  # twin: the cite's 約 may not be left off unasked
    ("約150萬斤", WON, "今年合作社拿下多少斤漁獲？", "grounded"),  # 約 after the verb, as before
    ("約45萬張", TAKEN, "這次渡輪公司取得多少張船票？", "grounded"),  # the fix: 約取得
    ("約45萬張", TAKEN_BARE, "這次渡輪公司取得多少張船票？", "DG204"),  # twin
    ("45萬張", TAKEN, "這次渡輪公司約取得多少張船票？", "grounded"),  # a qualifier the question states
])
def test_qualifier_before_a_verb_of_winning(answer, cite, question, expected):
    assert verdict("figure", answer, cite, question) == expected
