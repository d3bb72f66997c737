"""Rules from the second grain-output table's first run (heldout-grain-output-nbs), each on a made-up cite."""

import pytest

from deckgen.binding import check_binding
from deckgen.grounding import support


def verdict(kind, answer, cite, question):
    found = support(kind, answer, cite, question, {}) or check_binding(kind, answer, cite, question, {})
    return found[0].code if found else "grounded"


# A value restated in brackets in another unit carries the direction word of the value it restates.
BRACKETED = "某县棉花产量5200吨(1040万斤),比上年减少300吨(60万斤),下降5.5%。"


@pytest.mark.parametrize("answer, expect", [
    ("减少60万斤", "grounded"),
    ("增加60万斤", "DG604"),
    ("60万斤", "grounded"),
    ("增加300吨", "DG604"),
])
def test_a_bracketed_restatement_carries_its_values_direction(answer, expect):
    assert verdict("figure", answer, BRACKETED, "某县棉花产量比上年如何变化？") == expect
