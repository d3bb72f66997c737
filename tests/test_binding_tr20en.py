"""Rules found on the credit rating actions table (heldout-credit-rating-actions), each tested on a made-up sentence."""

import pytest

from conftest import binding_code as verdict

_LIST = ("- Ruritania: downgraded to B2 from B1, stable outlook\n"
         "- Freedonia: downgraded to Caa1 from B3, negative outlook")


@pytest.mark.parametrize("question, answer, expect", [
    ("What was Ruritania's rating before the March 2031 downgrade?", "B1", "grounded"),
    ("What was Ruritania's rating before the March 2031 downgrade?", "B2", "DG602"),
    ("What was Freedonia's rating before Moody's downgrade of March 2031?", "B3", "grounded"),
    ("What was Freedonia's rating before Moody's downgrade of March 2031?", "Caa1", "DG602"),
    ("What rating did Freedonia have before Moody's cut it?", "B3", "grounded"),
    ("What was Freedonia's rating before Moody's March 2031 action?", "B3", "grounded"),
])
def test_a_rating_asked_before_the_action_is_the_old_one(question, answer, expect):
    # "before the downgrade", "before Moody's downgrade", "before Moody's cut it" ask the rating the action started
    # from: the "from" grade of "downgraded to X from Y", and the new one is another period's
    assert verdict("fact", answer, _LIST, question) == expect


@pytest.mark.parametrize("question, answer, expect", [
    ("What was the agency's rating on the harbour bonds before the cut?", "BBB-plus", "grounded"),
    ("What was the agency's rating on the harbour bonds before the cut?", "BBB", "DG602"),
    ("To what did the agency cut its rating on the harbour bonds?", "BBB", "grounded"),
    ("To what did the agency cut its rating on the harbour bonds?", "BBB-plus", "DG602"),
])
def test_letter_grades_with_no_digit_are_ratings_like_a3(question, answer, expect):
    # 'BBB' and 'BBB-plus' are one scale's grades, as A3 and A2 are: the old of "to X from Y" is the earlier period's
    cite = "The agency also cut its rating on the harbour bonds to 'BBB' from 'BBB-plus', citing weak tolls."
    assert verdict("fact", answer, cite, question) == expect


def test_a_lone_letter_is_a_grade_only_where_it_stands_as_one():
    # the article "a" (a day earlier, by a notch) is no grade; "to A from A-minus" is
    cite = "A day earlier the agency upgraded the toll bonds by a notch to A from A-minus."
    assert verdict("fact", "A", cite, "To what did the agency upgrade the toll bonds?") == "grounded"
    assert verdict("fact", "A-minus", cite, "To what did the agency upgrade the toll bonds?") == "DG602"


@pytest.mark.parametrize("question, answer, expect", [
    ("To what did the agency upgrade Ruritania?", "B2", "DG604"),
    ("To what did the agency downgrade Ruritania?", "B2", "grounded"),
    ("To what did the agency raise the harbour bonds?", "BBB", "DG604"),
    ("To what did the agency lower the harbour bonds?", "BBB", "grounded"),
])
def test_a_rating_moved_one_way_asked_as_moved_the_other_is_dg604(question, answer, expect):
    # the rating action's direction (downgraded, cut) against the question's (upgrade, raise), as for a figure's change
    cite = ("The agency downgraded Ruritania to B2 from B1. The agency also cut the harbour bonds to 'BBB' from "
            "'BBB-plus'.")
    assert verdict("fact", answer, cite, question) == expect
