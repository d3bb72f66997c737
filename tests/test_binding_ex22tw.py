"""Round 22's held-out table on Taiwan's election results (branch ex22tw): the principles its first run showed,
each restated on made-up sentences of the same shape (a city council's and a county's elections), each a pair: the
case the rule fixes and a twin the rule must not change."""

import pytest

from conftest import binding_code as verdict

# --- 1. 本次/這次 against N年前: this term against the one that many years before ---------------------------------

SEATS = "綠島黨四年前拿下二十九席,本次雖下滑至二十四席,仍是議會第一大黨。"
SEATS_TWO = "藍海黨四年前拿下七席,本次僅靠政黨票分配到三席。"
# (本次 with no earlier period named is this event, not a period: 本次拍賣, 本次調整)
AUCTION = "本次拍賣共6宗土地產生競價溢價,其中,4宗住宅用地競價激烈。"


@pytest.mark.parametrize(("answer", "cite", "question", "expect"), [
    ("二十四席", SEATS, "綠島黨四年前拿下幾席？", "DG602"),  # this term's for four years ago's
    ("二十九席", SEATS, "綠島黨四年前拿下幾席？", "grounded"),
    ("三席", SEATS_TWO, "藍海黨四年前拿下幾席？", "DG602"),
    ("七席", SEATS_TWO, "藍海黨四年前拿下幾席？", "grounded"),
    # the twin: 本次 names the auction, and the question's 本次 asks its whole (6宗), not a period
    ("6宗", AUCTION, "本次拍賣中有幾宗土地產生了競價溢價？", "grounded"),
    ("4宗", AUCTION, "本次拍賣中有幾宗土地產生了競價溢價？", "DG601"),
])
def test_this_time_is_a_period_only_against_an_earlier_one_the_cite_names(answer, cite, question, expect):
    assert verdict("figure", answer, cite, question) == expect


# --- 2. 接近多少 asks with its qualifier; 破 before a figure is past it ---------------------------------------------

NEAR = "海濱縣的市長候選人在東區也有接近4成的得票率。"
PAST = "海濱縣的市長候選人在外島南嶼的得票率甚至破7成。"


@pytest.mark.parametrize(("answer", "cite", "question", "expect"), [
    ("4成", NEAR, "市長候選人在東區的得票率接近多少？", "grounded"),  # the question's 接近 is the answer's
    ("40%", NEAR, "市長候選人在東區的得票率接近多少？", "grounded"),
    ("4成", NEAR, "市長候選人在東區的得票率是多少？", "DG204"),  # asked with none, the bare figure drops it
    ("破7成", PAST, "市長候選人在南嶼的得票率是多少？", "grounded"),
    ("超過7成", PAST, "市長候選人在南嶼的得票率是多少？", "grounded"),  # 破 is past the figure: more than
    ("7成", PAST, "市長候選人在南嶼的得票率是多少？", "DG204"),
])
def test_a_near_question_and_a_figure_broken_past_keep_their_qualifiers(answer, cite, question, expect):
    assert verdict("figure", answer, cite, question) == expect


@pytest.mark.parametrize(("answer", "cite", "expect"), [
    ("2萬點", "加權指數盤中跌破2萬點,終場收在2萬點。", "grounded"),  # 跌破 is no qualifier: fell below
    ("3項", "他在賽會打破3項紀錄。", "grounded"),  # nor is 打破: broke three records
    ("超過3萬點", "指數升破3萬點。", "grounded"),
])
def test_broken_after_a_verb_of_falling_or_breaking_is_no_qualifier(answer, cite, expect):
    assert verdict("figure", answer, cite, "是多少？") == expect


@pytest.mark.parametrize(("answer", "question", "expect"), [
    ("8億", "兩天累計票房突破了多少？", "grounded"),  # the question's 突破 is the answer's bound
    ("8億", "兩天累計票房會破多少？", "grounded"),
    ("8億", "兩天累計票房是多少？", "DG204"),  # asked with none, the bare figure drops the cite's 破
    ("超過8億", "兩天累計票房是多少？", "grounded"),
])
def test_a_question_asking_past_what_figure_takes_the_cites_bound(answer, question, expect):
    assert verdict("figure", answer, "該片上映兩天累計票房已破8億。", question) == expect
