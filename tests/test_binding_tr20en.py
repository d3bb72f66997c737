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


_OUTLOOK = "The agency revised its outlook on the port authority's bonds to positive from stable, citing higher tolls."


@pytest.mark.parametrize("question, answer, expect", [
    ("To what did the agency revise its outlook on the port authority's bonds?", "positive", "grounded"),
    ("To what did the agency revise its outlook on the port authority's bonds?", "stable", "DG602"),
    ("What was the outlook on the port authority's bonds before the revision?", "stable", "grounded"),
    ("What was the outlook on the port authority's bonds before the revision?", "positive", "DG602"),
    ("What was the agency's outlook on the bonds before May 4, 2031?", "stable", "grounded"),
    ("To what did the agency lower its outlook on the port authority's bonds?", "positive", "DG604"),
])
def test_outlooks_to_one_from_another_are_the_new_and_the_old(question, answer, expect):
    # "to positive from stable": the new outlook and the old, an outlook being what the action set (no forecast), and
    # its move up or down read by the outlooks' order (negative, stable, positive) whatever the verb (revised)
    assert verdict("fact", answer, _OUTLOOK, question) == expect


def test_an_outlook_changed_from_one_to_another():
    cite = "The agency said the decision to change the outlook from stable to negative reflects the risk that the city will miss its target."
    assert verdict("fact", "negative", cite, "To what did the agency change the city's outlook?") == "grounded"
    assert verdict("fact", "stable", cite, "To what did the agency change the city's outlook?") == "DG602"


@pytest.mark.parametrize("question, answer, expect", [
    ("On what outlook did the agency put the port's bonds?", "negative", "grounded"),
    ("On what outlook did the agency put the port's bonds?", "Ba1", "DG601"),
    ("What rating does the agency give the port's bonds?", "negative", "DG601"),
    ("To what was the outlook on the port's ratings changed?", "Ba1", "DG601"),
])
def test_an_outlook_and_a_rating_are_two_measures(question, answer, expect):
    # a rating given where only the outlook is asked (or the other way) is the other measure of one issuer: DG601;
    # the rating an outlook is on ("the outlook on the port's ratings") is whose outlook, not a rating asked
    cite = "The agency cut the port's bonds to Ba1 from Baa3 and put them on a negative outlook."
    assert verdict("fact", answer, cite, question) == expect
