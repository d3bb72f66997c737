"""One place per rule (issue 12): the tables that several rules read — where a clause starts, forecast words,
body nouns — are read by every rule of their kind, and no reader keeps a list of its own beside them."""

import re
from pathlib import Path

import pytest

from deckgen import binding, people, speakers
from deckgen.binding import CLAUSE_MARKS, CLAUSE_STRENGTHS, FORECAST_WORDS, FORESEE_VERBS, clause_marks, forecast_words


def test_each_clause_strength_stops_at_every_mark_of_the_weaker_ones():
    order = list(CLAUSE_STRENGTHS)
    for weak, strong in zip(order, order[1:]):
        assert set(CLAUSE_STRENGTHS[weak]) < set(CLAUSE_STRENGTHS[strong])
    assert set(CLAUSE_STRENGTHS["line"]) == set(CLAUSE_MARKS)
    assert clause_marks("clause", "comma") == ":;。"


@pytest.mark.parametrize("reader, strength, without", [
    (binding._CLAUSE_MARKS_RE, "clause", ()),
    (binding._CLAUSE_RE, "item", ()),
    (people._CLAUSE_MARK_RE, "line", ()),
    (people._ZH_CLAUSE_END_RE, "line", ("colon",)),
])
def test_clause_readers_stop_at_the_marks_of_their_strength(reader, strength, without):
    stops = {c for c in ",:;。!?\n、.，" if reader.search(f"a{c}b")}
    assert stops == set(clause_marks(strength, *without))


def test_the_clause_marks_are_written_only_in_the_table():
    """No clause reader of binding.py or people.py spells the marks' class itself."""
    for module in (binding, people):
        source = Path(module.__file__).read_text("utf-8")
        for spelled in ('r"[,;:。]', 'r"[,;:。!?\\n]', 'r"[^,;:。!?]', 'for c in ",;:。', 'for c in ",:;。'):
            assert spelled not in source, (module.__name__, spelled)


@pytest.mark.parametrize("text, reader, foresees", [
    ("sales will rise", binding._FUTURE_MARK_RE, True),
    ("sales may rise", binding._FUTURE_MARK_RE, True),
    ("sales rose", binding._FUTURE_MARK_RE, False),
    ("明年增长", binding._LONE_FORECAST_BEFORE_RE, True),
    ("the company expected", binding._LONE_FORECAST_BEFORE_RE, True),
    ("the company predicted", binding._LONE_FORECAST_BEFORE_RE, False),  # (a participle only of the verbs it reads)
    (", as analysts anticipate", binding._HEDGE_RE, True),
    (", as analysts noted", binding._HEDGE_RE, False),
])
def test_forecast_rules_read_the_table(text, reader, foresees):
    assert (reader.search(text) is not None) == foresees


def test_every_forecast_word_is_read_by_some_rule():
    readers = [binding._FUTURE_MARK_RE, binding._FUTURE_VERB_RE, binding._FUTURE_QUESTION_RE, binding._FORESEEING_RE,
               binding._LONE_FORECAST_BEFORE_RE, binding._HEDGE_RE, binding._FORESEEN_RE]
    words = [w for ws in FORECAST_WORDS.values() for w in ws] + [f for fs in FORESEE_VERBS.values() for f in fs[:2]]
    for w in words:
        assert any(r.search(w) or r.search(f", as they {w}") for r in readers), w
    # (the modal's words, will's contractions after a pronoun among them, as one alternation in the table's order)
    assert forecast_words("modal") == "|".join(FORECAST_WORDS["modal"])
    assert forecast_words("modal").startswith("will|would|") and "we'll" in FORECAST_WORDS["modal"]


def test_body_nouns_are_one_list_each_with_a_reading():
    for noun, readings in speakers._BODY_NOUNS.items():
        assert readings and set(readings) <= {"part", "anaphor"}
        assert bool(speakers._BODY_RE.search(noun)) == ("part" in readings)
        assert bool(speakers._BODY_ANAPHOR_RE.fullmatch(f"the {noun}")) == ("anaphor" in readings)
    source = Path(speakers.__file__).read_text("utf-8")
    assert len(re.findall(r"\bchipmaker\b", source)) == 1
