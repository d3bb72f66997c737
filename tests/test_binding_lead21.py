"""Rules the lead added in the twenty-first session (2026-12-03), each on made-up sentences beside a twin it must not change.

A range answered whole (5,000 t to 6,000 t) that the cite writes whole is one value even where one of its ends is
written again elsewhere in the cite: a raised range "up from" an earlier one that shares an end. The range is bound by
the end written only once (the upper, or the lower where the upper is the shared one); the question selecting the range
itself (both its ends the values it leaves) is no finding. Found by round 22's mining table."""

import pytest

from conftest import binding_code as verdict

RAISED = ("The miner raised its copper guidance for the year to between 210,000 t and 230,000 t, up from between "
          "190,000 t and 210,000 t previously, after a strong second quarter.")
CUT = ("The miner cut its copper guidance for the year to between 170,000 t and 190,000 t, down from between "
       "190,000 t and 210,000 t previously, after a flood at its main pit.")
ASKED = "To what range did the miner raise its copper guidance for the year?"
ASKED_CUT = "To what range did the miner cut its copper guidance for the year?"


@pytest.mark.parametrize("answer", ["210,000 t to 230,000 t", "between 210,000 t and 230,000 t", "210,000 to 230,000 t"])
def test_the_raised_range_answered_whole_is_grounded_though_its_lower_end_repeats(answer):
    assert verdict("figure", answer, RAISED, ASKED) == "grounded"


@pytest.mark.parametrize("answer", ["between 190,000 t and 210,000 t", "190,000 to 210,000 t"])
def test_the_earlier_range_is_told_by_its_own_lower_end(answer):
    assert verdict("figure", answer, RAISED, ASKED) == "DG602"


def test_a_cut_range_whose_upper_end_repeats_is_told_by_its_lower_end():
    # (the new range's upper end is the old range's lower: the new range's 170,000 tells it)
    assert verdict("figure", "170,000 t to 190,000 t", CUT, ASKED_CUT) == "grounded"
    assert verdict("figure", "190,000 t to 210,000 t", CUT, ASKED_CUT) == "DG602"


def test_ranges_with_no_shared_end_are_bound_as_before():
    cite = ("The miner raised its copper guidance for the year to between 215,000 t and 230,000 t, up from between "
            "190,000 t and 205,000 t previously.")
    assert verdict("figure", "215,000 t to 230,000 t", cite, ASKED) == "grounded"
    assert verdict("figure", "190,000 t to 205,000 t", cite, ASKED) == "DG602"
