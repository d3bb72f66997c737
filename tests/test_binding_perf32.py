"""perf32: binding's fixed work a card, each change exact (docs/performance.md, "The twenty-third session (perf32)").

Each gate is held to its rule with the gate opened (on every binding-table row, and on made-up sentences the gated
rule fires on, each beside a twin it must leave grounded); each reading kept is held to a fresh reading, and to the
card it was read for (a second deck's card gets its own)."""

import random
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import binding_code as verdict
from deckgen import binding, people
from deckgen.fold import has_han, normalize
from test_patterns import _guard_holds

CASES = sorted((Path(__file__).parent / "binding_cases").glob("*.yaml"))


def _rows(kinds=("figure", "date")):
    """(kind, answer, cite, question) of every answer of every binding-table row of ``kinds``."""
    for path in CASES:
        data = yaml.safe_load(path.read_text("utf-8"))
        for case in data["cases"]:
            if case["kind"] not in kinds:
                continue
            for answer in [*(case.get("ok") or []), *(case.get("traps") or {})]:
                yield case["kind"], str(answer), case["cite"], case["q"]


# --- _lone_forecast: the cite's forecast and goal words first ------------------------------------------------------

def test_the_lone_forecast_words_are_held_by_every_match_of_its_pattern():
    pattern = binding._LONE_FORECAST_BEFORE_RE
    assert pattern.needs == binding._LONE_FORECAST_WORDS
    assert _guard_holds(pattern.pattern, pattern.flags, binding._LONE_FORECAST_WORDS)
    # (and the check can fail: without 将 a match takes none of the words)
    assert not _guard_holds(pattern.pattern, pattern.flags, tuple(w for w in binding._LONE_FORECAST_WORDS if w != "将"))


FIRES = [  # (kind, answer, cite the rule reads a forecast or goal in, its twin stating what happened, question)
    ("figure", "$3.8 billion", "The ferry operator expects fares of $3.8 billion this year.",
     "The ferry operator reported fares of $3.8 billion this year.", "What were the ferry operator's fares this year?"),
    ("figure", "9%", "港口集团预计今年吞吐量增长9%。", "港口集团今年吞吐量增长9%。", "港口集团今年吞吐量实际增长了多少?"),
    ("figure", "4%", "The port authority set a goal of 4% growth in cargo.",
     "The port authority saw 4% growth in cargo.", "How much did cargo grow?"),
    ("figure", "6%", "Cargo will grow 6% next year, the port authority said.",
     "Cargo grew 6% last year, the port authority said.", "How much did cargo grow?"),
    ("date", "May 9, 2033", "The harbour tunnel will open on May 9, 2033.",
     "The harbour tunnel opened on May 9, 2033.", "When did the harbour tunnel open?"),
]


@pytest.mark.parametrize("kind, answer, foreseen, happened, question", FIRES)
def test_a_lone_forecast_or_goal_is_still_found_and_its_twin_grounded(kind, answer, foreseen, happened, question):
    assert verdict(kind, answer, foreseen, question) == "DG603"
    assert verdict(kind, answer, happened, question) == "grounded"
    # (the finding is the gated rule's own: the twin's cite holds none of the words, the gate shuts)
    a, c, q = normalize(answer), normalize(foreseen), normalize(question)
    assert binding._lone_forecast(kind, a, c, q)[0].code == "DG603"
    assert not binding._LONE_FORECAST_BEFORE_RE.holds(normalize(happened))


def test_the_lone_forecast_gate_changes_no_rows_verdict(monkeypatch):
    rows = [(k, normalize(a), normalize(binding._row_ends(c)), normalize(q)) for k, a, c, q in _rows()]
    gated = [binding._lone_forecast(*row) for row in rows]
    pattern = binding._LONE_FORECAST_BEFORE_RE  # (its guard opened: "" is in every text, the pattern searched always)
    monkeypatch.setattr(pattern, "needs", ("",))
    monkeypatch.setattr(pattern, "_seen", None)
    assert [binding._lone_forecast(*row) for row in rows] == gated
    assert sum(bool(g) for g in gated) > 20  # (the rows hold lone forecasts the rule finds)


# --- the deck's spellings: hashed once, and each deck's own -------------------------------------------------------

def test_a_decks_spellings_hash_and_compare_as_the_tuple_they_are():
    entities = {"Harbor Transit": ["HT"], "港口集团": ("港口集團",)}
    spellings = binding._spellings(entities)
    assert spellings == ("Harbor Transit", "HT", "港口集团", "港口集團") and tuple(spellings) == spellings
    assert hash(spellings) == hash(tuple(spellings))
    assert {tuple(spellings): 1}[spellings] == 1


def test_a_cards_names_are_read_from_its_own_decks_spellings():
    cite = "海鸥航运和蓝鲸航运2019年各运送410万名旅客。"
    question = "海鸥2019年运送了多少旅客?"
    one = {"海鸥航运": ["海鸥"]}
    other = {"蓝鲸航运": ["蓝鲸"]}
    names_one = binding._question_names(question, cite, binding._spellings(one))
    names_other = binding._question_names(question, cite, binding._spellings(other))
    assert names_one == {"海鸥"} and names_other == frozenset()
    assert names_one == binding._question_names.__wrapped__(question, cite, binding._spellings(one))
    assert names_other == binding._question_names.__wrapped__(question, cite, binding._spellings(other))
    # (the same mapping changed in place between two cards: the second card reads the changed one)
    table = {"Harbor Transit": ["the operator"]}
    first = binding._spellings(table)
    table["Bay Ferries"] = ["ferries"]
    assert binding._spellings(table) != first and "Bay Ferries" in binding._spellings(table)


# --- _row_ends, kept per cite -------------------------------------------------------------------------------------

def test_a_cites_row_ends_kept_are_a_fresh_reading():
    cites = sorted({c for _, _, c, _ in _rows(("figure", "date", "fact"))})
    random.Random(32).shuffle(cites)
    for cite in cites[:3000]:
        assert binding._row_ends(cite) == binding._row_ends.__wrapped__(cite)
    table = "Area\nLand1,706.89 sq mi\nWater 239.5 sq mi"
    assert binding._row_ends(table) == binding._row_ends.__wrapped__(table) != table


# --- people: Han pairs read by range, a deed's clause scored by its pairs -----------------------------------------

def _pairs_by_search(text):
    return {text[i:i + 2] for i in range(len(text) - 1) if has_han(text[i]) and has_han(text[i + 1])}


@settings(max_examples=400)
@given(st.text(alphabet=st.sampled_from("港口集团的了,。a1 \u33ff\u3400\u9fff\ua000㐀鿿"), max_size=30))
def test_han_pairs_by_range_are_the_pairs_by_search(text):
    assert people._pairs(text) == _pairs_by_search(text)


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from("港口集团吞吐量的了,1a"), max_size=12),
       st.text(alphabet=st.sampled_from("港口集团吞吐量的了,1a"), max_size=30))
def test_a_deeds_pairs_counted_in_a_clause_are_the_pairs_it_shares(deed_text, clause):
    deed = people._pairs(deed_text)
    assert sum(p in clause for p in deed) == len(deed & people._pairs(clause))


def test_a_deeds_doer_is_still_told_from_the_name_in_its_object():
    cite = "2019年至2021年,韩立在担任港务局局长期间,利用职务便利,收受该公司董事、被告人孙涛给予的人民币60万元。"
    question = "谁在担任港务局局长期间收受了人民币60万元？"
    assert verdict("fact", "韩立", cite, question) == "grounded"
    assert verdict("fact", "孙涛", cite, question) == "DG601"
