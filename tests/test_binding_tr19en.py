"""Rules found on the national climate summaries table (heldout-climate-summaries), each tested on a made-up sentence."""

import pytest

from deckgen.binding import check_binding
from deckgen.grounding import support


def verdict(kind, answer, cite, question, entities=None):
    found = support(kind, answer, cite, question, entities or {}) or check_binding(kind, answer, cite, question,
                                                                                   entities or {})
    return found[0].code if found else "grounded"


@pytest.mark.parametrize("answer, cite, expect", [
    ("21.4°C", "The lake town's mean temperature in June was 21.4C, its warmest June since 1990.", "grounded"),
    ("21.4C", "The lake town's mean temperature in June was 21.4C, its warmest June since 1990.", "grounded"),
    ("21.4°F", "The lake town's mean temperature in June was 21.4C, its warmest June since 1990.", "DG203"),
    ("70.5°F", "The lake town's mean temperature in June was 70.5 F, its warmest June since 1990.", "grounded"),
    ("70.5°C", "The lake town's mean temperature in June was 70.5 F, its warmest June since 1990.", "DG203"),
    ("35C", "The valley saw temperatures pass 35C for the first time on record.", "grounded"),
])
def test_the_scale_letter_alone_is_the_temperature_unit(answer, cite, expect):
    # 21.4C, 35C (glued) and 70.5 F (apart from a figure with tenths) are degrees Celsius and Fahrenheit, not names
    assert verdict("figure", answer, cite, "What was the lake town's mean temperature in June?") == expect


def test_the_scale_letter_is_no_unit_before_a_bracket_or_a_han_character():
    from deckgen.fold import normalize
    from deckgen.quantities import parse_quantities
    assert [q.unit for q in parse_quantities(normalize("see item 5 c) of the form"))] == [None]
    assert parse_quantities(normalize("hash 7137c05")) == []
