"""Performance, the twentieth session (branch perf29): binding's reads made fewer without changing a verdict.

``_level_of_base_year`` (the level of a year a change is measured against: 2019年产量是多少 where the cite gives 2020年产量X,
比上年增加Y) bound the cite's values of the answer's kind on every card asking one year's level, to read each value's
year and role. The change it reads is a value of the answer's kind after the answer's in its sentence: where the
sentence holds none, it finds nothing, bound or not, and now returns before binding (``_follows_in``). The tests hold
the rule's verdicts on made-up sentences of each shape it reads, the gated rule to the ungated one, and two cards on
one cite to their own readings in either order.

Measured and not taken (docs/performance.md, "The twentieth session (perf29)"): binding a figure card once where
``_check_direction`` and the main bind each bind it. The main bind reads the union of a bind without the holders and
one with them (a rise's words kept by the value the holder would take them from); one bind with the holders changed
85 table rows (36 codes)."""

import itertools

import pytest

from conftest import binding_code as verdict
import deckgen.binding as binding
from deckgen.fold import normalize

# A year's level with the change from the year before after it, in the answer's unit (12万吨) or in another (3.5%).
CHANGE_AFTER = "2020年全省稻谷产量为350万吨,比上年增加12万吨。"
RATE_AFTER = "2020年全省稻谷产量为350万吨,比上年增长3.5%。"
NEXT_SENTENCE = "2020年全省稻谷产量为350万吨。比上年增加12万吨。"
BASE_NAMED = "全省稻谷产量为350万吨,比2019年增加12万吨。"
FOLLOWED_BY_EXPORT = "2021年该厂汽车产量4.2万辆,比上年增加0.3万辆,出口1.1万辆。"


def rule(answer, cite, question):
    return [m.code for m in binding._level_of_base_year(normalize(answer), normalize(cite), normalize(question))]


@pytest.mark.parametrize("cite", [CHANGE_AFTER, BASE_NAMED])
def test_base_year_asked_of_a_level_with_its_change_after_it_is_another_period(cite):
    """Asked 2019's level, the cite's level is 2020's (or the year after the base it names): DG602."""
    assert rule("350万吨", cite, "2019年全省稻谷产量是多少?") == ["DG602"]
    assert verdict("figure", "350万吨", cite, "2019年全省稻谷产量是多少?") == "DG602"


def test_the_level_of_the_year_the_cite_states_is_grounded():
    """The twin: asked the year the cite states, the same level is the one asked."""
    assert rule("350万吨", CHANGE_AFTER, "2020年全省稻谷产量是多少?") == []
    assert verdict("figure", "350万吨", CHANGE_AFTER, "2020年全省稻谷产量是多少?") == "grounded"


def test_a_change_of_another_unit_after_the_level_is_not_read():
    """A change in per cent after a level in tonnes is no value of the answer's kind: nothing follows the answer, the
    rule returns before binding, as it returned after."""
    values, mine = binding._figures("350万吨", normalize(RATE_AFTER), "2019年全省稻谷产量是多少?")
    assert [v.text for v in values] == ["350万吨"]
    assert rule("350万吨", RATE_AFTER, "2019年全省稻谷产量是多少?") == []


def test_a_change_in_the_next_sentence_is_not_this_sentences():
    """The change the rule reads is in the level's own sentence (by full stops): one in the next is not read."""
    assert rule("350万吨", NEXT_SENTENCE, "2019年全省稻谷产量是多少?") == []


def test_another_value_after_the_change_does_not_hide_it():
    """A third value after the change (出口1.1万辆) leaves the change read: DG602."""
    assert rule("4.2万辆", FOLLOWED_BY_EXPORT, "2020年该厂汽车产量是多少?") == ["DG602"]


def _ungated(monkeypatch, answer, cite, question):
    with monkeypatch.context() as m:
        m.setattr(binding, "_follows_in", lambda values, v, home: True)
        return binding._level_of_base_year(normalize(answer), normalize(cite), normalize(question))


LEVELS = ["2020年全省稻谷产量为350万吨", "全省稻谷产量为350万吨", "2020年全省稻谷产量350万吨"]
CHANGES = ["比上年增加12万吨", "比2019年增加12万吨", "比上年增长3.5%", "较2019年减少8万吨", "同比增长3.5%", ""]
TAILS = ["", ",其中早稻产量120万吨", "。2019年全省稻谷产量为338万吨", "。比上年增加12万吨"]
QUESTIONS = ["2019年全省稻谷产量是多少?", "2020年全省稻谷产量是多少?", "2018年全省稻谷产量是多少?"]


def test_the_gate_changes_no_verdict_of_the_rule(monkeypatch):
    """On every sentence built of a level, a change (or none) and a tail, asked one year's level: the rule with the
    gate gives what it gives bound whatever (the finding whole, its message and data)."""
    seen = 0
    for level, change, tail, question in itertools.product(LEVELS, CHANGES, TAILS, QUESTIONS):
        cite = level + ("," + change if change else "") + tail + "。"
        got = binding._level_of_base_year(normalize("350万吨"), normalize(cite), normalize(question))
        assert got == _ungated(monkeypatch, "350万吨", cite, question), cite + " / " + question
        seen += bool(got)
    assert seen  # (the rule fires on some of them: the comparison is not of empty readings only)


def test_two_cards_on_one_cite_keep_their_own_readings():
    """A level card and a change card on one cite, in either order: each its own verdict (what one card bound is not
    read by the other's rules)."""
    level = ("figure", "350万吨", CHANGE_AFTER, "2019年全省稻谷产量是多少?")
    change = ("figure", "12万吨", CHANGE_AFTER, "2020年全省稻谷产量比上年增加多少?")
    first = [verdict(*level), verdict(*change)]
    second = [verdict(*change), verdict(*level)][::-1]
    assert first == second == ["DG602", "grounded"]


# A tier the question names by its ordinal is read from a run of values joined by 、/和/及/与 (``_tier_of_run``): a cite
# with none of those marks holds no run, and the rule returns before parsing it.
TIERS = "月最低工资标准分别为2200元{}2000元{}1800元。"


@pytest.mark.parametrize("one, two", [("、", "和"), ("和", "和"), ("、", "、"), ("及", "及")])
def test_a_tier_is_read_from_a_run_joined_by_its_marks(one, two):
    cite = TIERS.format(one, two)
    assert verdict("figure", "2000元", cite, "第二档月最低工资标准是多少?") == "grounded"
    assert verdict("figure", "2200元", cite, "第二档月最低工资标准是多少?") == "DG601"


def test_values_set_apart_by_commas_are_no_run_of_tiers():
    """The twin: 2200元,2000元,1800元 is no run the rule reads (the tier rule says nothing of it)."""
    cite = normalize(TIERS.format(",", ","))
    assert binding._tier_of_run(normalize("2200元"), cite, normalize("第二档月最低工资标准是多少?")) is None


def test_the_tier_gate_changes_no_verdict_of_the_rule(monkeypatch):
    """Every joiner (and none), every tier asked (and none): the gated rule gives what the ungated one gives."""
    real = binding._TIER_ITEMS_RE

    class Open:  # (the gate's search, over the whole cite, always passes; the rule's own searches are the pattern's)
        def search(self, text, *span):
            return real.search(text, *span) if span else True

    seen = 0
    for one, two in itertools.product(["、", "和", ",", ";", " ", "及"], repeat=2):
        cite = normalize(TIERS.format(one, two))
        for question in ("第一档月最低工资标准是多少?", "第二档月最低工资标准是多少?", "三类月最低工资标准是多少?",
                         "月最低工资标准是多少?"):
            for answer in ("2200元", "2000元", "1800元"):
                args = (normalize(answer), cite, normalize(question))
                got = binding._tier_of_run(*args)
                with monkeypatch.context() as m:
                    m.setattr(binding, "_TIER_ITEMS_RE", Open())
                    assert got == binding._tier_of_run(*args), (cite, question, answer)
                seen += bool(got)
    assert seen
