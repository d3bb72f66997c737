"""Round 24's English held-out table (branch ex24en): aircraft makers' orders and deliveries
(tests/binding_cases/heldout-aircraft-orders-deliveries.yaml). Each principle the table showed is restated
here on made-up sentences of the same shape (a railcar maker's and a shipyard's orders, models and targets),
each a pair: the case the rule fixes and a twin it must not change."""

import pytest

from conftest import binding_code as verdict
from deckgen.quantities import parse_quantities


# --- a count before a model's number is two numbers, not thousands grouped by a space --------------------------

def values(text):
    return [format(q.value, "f") for q in parse_quantities(text.lower())]


@pytest.mark.parametrize("text, count", [
    ("The yard delivered 14 820 Tugs to the navy.", "14"),          # a model after the count, a word after it
    ("The maker shipped 31 440s and two 460s last month.", "31"),   # the model's plural glued to its number
    ("The order covers 12 900 Max units for the port.", "12"),
])
def test_a_count_before_a_model_number_is_no_thousands(text, count):
    assert values(text)[0] == count


@pytest.mark.parametrize("text, value", [
    ("The mine produced 570 000 oz of gold.", "570000"),            # a unit after the group: one number
    ("Output reached 285 273 t in the quarter.", "285273"),
    ("The fund holds 12 500 million in bonds.", "12500000000"),      # a scale word
    ("Costs rose 10 500% over the decade.", "10500"),
])
def test_spaced_thousands_before_a_unit_stay_one_number(text, value):
    assert values(text)[0] == value


def test_a_freighter_model_is_no_temperature():
    assert "8" not in values("The carrier took one 747-8F and two 767-300F jets.")
    assert values("Overnight it fell to 8F in the valley.") == ["8"]      # the twin: a reading glued to its scale


MODELS = "The maker delivered 26 locomotives in May, including 23 440 Max units and three 460 switchers."
MODELS_Q = "How many 440 Max units did the maker deliver in May?"


def test_a_count_of_a_model_is_grounded_and_bound():
    assert verdict("figure", "23", MODELS, MODELS_Q) == "grounded"
    assert verdict("figure", "three", MODELS, MODELS_Q) == "DG601"       # another model's count


def test_a_model_number_after_its_count_is_no_value():
    # the model's own number (440) is no rival value: asked the whole month, the whole is bound
    assert verdict("figure", "26", MODELS, "How many locomotives did the maker deliver in May?") == "grounded"
    q = "How many 440 Max units did the maker sell in May?"
    sold = "In May the maker sold 40 440 MAXs, and it delivered 12 of the type."
    assert verdict("figure", "40", sold, q) == "grounded"
    # the twin: a day's number after a month is no count of a model (May 5 100 people: a day, then a count)
    assert verdict("figure", "100", "On May 5 100 people rode the first train.",
                   "How many people rode the first train?") == "grounded"


# --- a value named as a goal is a forecast: DG603 both ways ----------------------------------------------------------

TARGET = "The yard handed over 41 ships in 2024, beating its delivery target of 36 ships."
GOALS = ("It delivered 212 railcars last year, meeting its revised goal of at least 200 cars but falling short of the "
         "initial target of 230 to 250 cars.")
AIMED = "The yard had aimed to deliver between 40 and 44 ships in 2024. The shortfall of two ships surprised no one."
TARGETING = "Deliveries: 31, up from 27 a year earlier;\nThe yard is targeting approximately 150 deliveries in 2025;"
PROJECTED = "Net orders totalled 83 ships, well ahead of the projected 65 units."


@pytest.mark.parametrize("answer, cite, question, code", [
    ("36 ships", TARGET, "How many ships did the yard hand over in 2024?", "DG603"),       # the goal for what happened
    ("41 ships", TARGET, "How many ships did the yard hand over in 2024?", "grounded"),    # twin: what happened
    ("41 ships", TARGET, "What was the yard's delivery target for 2024?", "DG603"),        # what happened for the goal
    ("36 ships", TARGET, "What was the yard's delivery target for 2024?", "grounded"),
    ("at least 200", GOALS, "What was the maker's revised goal for last year?", "grounded"),
    ("230 to 250", GOALS, "What was the maker's revised goal for last year?", "DG602"),    # the other version
    ("212", GOALS, "What was the maker's initial target for last year?", "DG603"),
    ("at least 200", GOALS, "How many railcars did the maker deliver last year?", "DG603"),
    ("between 40 and 44 ships", AIMED, "How many ships had the yard aimed to deliver in 2024?", "grounded"),
    ("approximately 150", TARGETING, "How many deliveries did the yard make in 2025?", "DG603"),
    ("31", TARGETING, "How many deliveries is the yard targeting for 2025?", "DG603"),
    ("65 units", PROJECTED, "How many net orders did the yard take?", "DG603"),
    ("83 ships", PROJECTED, "How many net orders had been projected for the yard?", "DG603"),
])
def test_a_named_goal_against_what_happened(answer, cite, question, code):
    assert verdict("figure", answer, cite, question) == code


def test_a_goal_the_question_measures_against_is_not_asked():
    # "fall short of its target" names the target as the mark, not as what is asked: the target is no answer
    assert verdict("figure", "40", AIMED, "By how many ships did the yard fall short of its 2024 target?") == "DG603"


# --- "over" as a verb's particle is no qualifier ---------------------------------------------------------------------

def test_handed_over_is_no_more_than():
    assert verdict("figure", "41 ships", "The yard handed over 41 ships in 2024.", "How many ships did the yard hand over?") \
        == "grounded"
    # the twin: "over" alone before the number is "more than"
    assert verdict("figure", "41 ships", "The yard built over 41 ships in 2024.", "How many ships did the yard build?") \
        == "DG204"


# --- orders booked and orders cancelled are metrics a question's verb names --------------------------------------

YEAR = ("The yard built and delivered 41 vessels last year, up from the previous record of 36 vessels a year earlier. "
        "And the shipbuilder won net new orders for 58 vessels.")
MONTH = ("The yard landed new orders for 52 vessels in May, most of which were tugs, with four cancellations.\n"
         "The 52 new orders included 40 tugs – 30 of which will go to a port and ten to a lessor, the yard said on 9 June.\n"
         "In addition, the yard landed orders for three ferries: one for a city and two for an island.\n"
         "Offsetting those new deals were four cancellations: one tug for an unnamed lessor, and three ferries for a port.\n"
         "The changes left the yard's net new orders for May at 48 vessels.")


@pytest.mark.parametrize("answer, question, code", [
    ("58", "How many vessels did the yard deliver in 2018?", "DG601"),        # orders for deliveries
    ("41 vessels", "How many vessels did the yard deliver in 2018?", "grounded"),
    ("41 vessels", "How many net new orders did the yard win in 2018?", "DG601"),   # deliveries for orders
    ("58", "How many net new orders did the yard win in 2018?", "grounded"),
])
def test_orders_against_deliveries(answer, question, code):
    assert verdict("figure", answer, YEAR, question) == code


def test_cancelled_asks_the_cancellations_not_the_orders():
    q = "How many orders were cancelled at the yard in May?"
    assert verdict("figure", "four", MONTH, q) == "grounded"
    assert verdict("figure", "52", MONTH, q) == "DG601"
    assert verdict("figure", "52", MONTH, "How many new orders did the yard land in May?") == "grounded"   # the twin


SOLD = "The yard's chief defended the slow-selling ferry by saying that 30 had been delivered in 2012 despite only nine being sold."


def test_a_participle_after_the_value_states_its_metric():
    # "slow-selling" describes the ferry and states no metric; "nine being sold" and "30 had been delivered" do
    assert verdict("figure", "nine", SOLD, "How many ferries did the yard sell in 2012?") == "grounded"
    assert verdict("figure", "30", SOLD, "How many ferries did the yard sell in 2012?") == "DG601"
    assert verdict("figure", "30", SOLD, "How many ferries did the yard deliver in 2012?") == "grounded"


def test_a_goal_is_no_rival_of_what_happened():
    cite = ("Deliveries: 31, up from 27 in 1Q2024, comprising: T20: 4; F30 Family: 19; B10: Eight;\n"
            "The yard is targeting approximately 150 commercial vessel deliveries in 2025;")
    assert verdict("figure", "19", cite, "How many F30 Family vessels did the yard deliver in 1Q2025?") == "grounded"
    assert verdict("figure", "31", cite, "How many vessels did the yard deliver in 1Q2025?") == "grounded"
    # the twin: a sentence that states what happened beside the goal stays whole
    both = "The yard delivered 40 vessels in May. Net orders totalled 83 vessels, well ahead of the projected 65 units."
    assert verdict("figure", "83", both, "How many net orders did the yard take?") == "grounded"
    assert verdict("figure", "40", both, "How many net orders did the yard take?") == "DG601"
    assert verdict("figure", "65 units", both, "How many net orders did the yard take?") == "DG603"


def test_asked_the_goal_another_measure_or_commitment_is_not_what_happened():
    per_share = ("After a rival bought the dock for $7.4 billion last Monday, the yard said it is ahead of pace to meet "
                 "its profit goal of $10 to $11 per share by the end of 2010.")
    q = "What per-share profit goal did the yard say it was ahead of pace to meet?"
    assert verdict("figure", "$7.4 billion", per_share, q) == "DG601"      # a total, not a per-share actual
    assert verdict("figure", "$10 to $11 per share", per_share, q) == "grounded"
    pledged = ("The port has joined the plan to cut 90,000 tonnes.\n"
               "The mayor said the other ports have also agreed to reduce freight by 600,000 tonnes with the largest "
               "taking a cut of 300,000 alone.")
    q = "How much did the port join the plan to cut?"
    assert verdict("figure", "600,000 tonnes", pledged, q) == "DG601"     # another party's commitment, no actual
    assert verdict("figure", "90,000 tonnes", pledged, q) == "grounded"
