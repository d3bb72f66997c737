"""Branch fx25: the biggest clusters two older English held-out tables left (heldout-credit-rating-actions,
heldout-crop-reports), fixed by principle. Each principle is stated as a rule about English sentences and held here on
made-up sentences of other subjects (critics rating hotels, a school board grading departments, …), each case beside a
twin the rule must not change."""

import pytest

from conftest import binding_code as verdict

# (1) Grades of every shape in a cite that rates are values of one kind (A2 beside 'A-minus'), and the subject that
# opens each value's sentence owns it: a name the question gives that every value's clause holds (the hotel both
# critics rate) tells them apart no more than a common word, so the question's critic selects its own sentence's grade
# and another critic's grade is another item (DG601).
CRITICS = ("On Monday, Harbor Gazette rated the Grand Hotel's kitchen 'A-minus'.\n"
           "In May, Valley Herald cut the Grand Hotel kitchen's rating to \"B2\" from \"B1\".")
CRITICS_ENTITIES = {"Harbor Gazette": ["Gazette"], "Valley Herald": ["Herald"]}
HERALD_Q = "What rating did Valley Herald give the Grand Hotel kitchen in May?"
GAZETTE_Q = "What rating did Harbor Gazette give the Grand Hotel's kitchen on Monday?"


@pytest.mark.parametrize("answer,question,expect", [
    ("B2", HERALD_Q, "grounded"),
    ("A-minus", HERALD_Q, "DG601"),  # (the other critic's grade, though it names the same hotel)
    ("A-minus", GAZETTE_Q, "grounded"),
    ("B2", GAZETTE_Q, "DG601"),
    ("B1", HERALD_Q, "DG602"),  # (the twin: the old grade of "to X from Y" stays the earlier period's)
])
def test_each_subject_owns_its_sentence_grade(answer, question, expect):
    assert verdict("fact", answer, CRITICS, question, CRITICS_ENTITIES) == expect


# (2) A list of bulleted lines each opened by its label and a colon binds each line's values to its label: asked of one
# label, another line's value is DG601; a question naming none of the labels does not say which line it asks (DG605).
BOARD = ("The board's ratings of each department:\n"
         "- Music: downgraded to Ba2 from Ba1, under review\n"
         "- History: downgraded to A3 from A2, under review\n"
         "- Science: downgraded to A3 from A1, under review")


@pytest.mark.parametrize("answer,question,expect", [
    ("Ba2", "To what rating was the Music department downgraded?", "grounded"),
    ("A3", "To what rating was the Music department downgraded?", "DG601"),
    ("Ba2", "To what rating was the History department downgraded?", "DG601"),
    ("Ba2", "To what rating was the department downgraded?", "DG605"),  # (no line's label named)
    ("A3", "To what rating was the History department downgraded?", "grounded"),  # (twin: the line named)
])
def test_bulleted_line_owns_its_values(answer, question, expect):
    assert verdict("fact", answer, BOARD, question) == expect


# (3) What others expect a source to report (analysts', the trade's, a survey's expectations) is the forecast of the
# source's figure; the source's own figure is what happened against it, though the source calls it an estimate ("Acme's
# March estimate of 2024 sales"): given for the others' expectation it is DG603, and a question naming the source's
# estimate asks the source's figure, the others' expectation DG603. "Expectation" in the singular names a forecast as
# "expectations" does.
FIRM = ("Analyst expectations for 2025 sales average 4.2 million units. Trade expectations for 2024 sales average 3.7 "
        "million units, compared with Acme's March estimate of 2024 sales at 3.9 million units.")
PASS_RATE = ("The school's pass rate was below expectations, which averaged 81 percent in a range from 76 to 85 percent, "
             "according to a survey of teachers.")


@pytest.mark.parametrize("answer,question,expect", [
    ("3.7 million units", "What is the average trade expectation for 2024 sales?", "grounded"),
    ("3.9 million units", "What is the average trade expectation for 2024 sales?", "DG603"),
    ("3.9 million units", "What was Acme's March estimate of 2024 sales?", "grounded"),
    ("3.7 million units", "What was Acme's March estimate of 2024 sales?", "DG603"),
    ("4.2 million units", "What was Acme's March estimate of 2024 sales?", "DG602"),  # (twin: another year's)
    ("4.2 million units", "What do analysts expect 2025 sales to average?", "grounded"),  # (twin)
])
def test_source_figure_against_others_expectation(answer, question, expect):
    assert verdict("figure", answer, FIRM, question) == expect


@pytest.mark.parametrize("answer,question,expect", [
    ("81 percent", "What was the average expectation for the school's pass rate?", "grounded"),
    ("81 percent", "What were expectations for the school's pass rate on average?", "grounded"),  # (twin: plural)
    ("81 percent", "What was the school's pass rate?", "DG603"),  # (twin: asked what happened)
])
def test_expectation_in_the_singular_is_a_forecast(answer, question, expect):
    assert verdict("figure", answer, PASS_RATE, question) == expect


# (4) Intentions are a forecast of what is then done (farmers' March planting intentions against the acres planted): the
# intended number given for the number done is DG603, and the number done given for the intention DG603, not another
# period's value (DG602).
ENROLLED = ("The district enrolled 4,050 pupils in September, short of its January intentions of 4,200 pupils and up "
            "from 3,900 pupils in 2023.")


@pytest.mark.parametrize("answer,question,expect", [
    ("4,050 pupils", "How many pupils did the district enrol in September?", "grounded"),
    ("4,200 pupils", "How many pupils did the district enrol in September?", "DG603"),
    ("4,200 pupils", "How many pupils did the district intend in January to enrol?", "grounded"),
    ("4,050 pupils", "How many pupils did the district intend in January to enrol?", "DG603"),
    ("3,900 pupils", "How many pupils did the district enrol in September?", "DG602"),  # (twin: last year's, no intention)
])
def test_intentions_are_a_forecast(answer, question, expect):
    assert verdict("figure", answer, ENROLLED, question) == expect


# (5) A question asking what a source estimated of a past figure (how many visitors who came … did the office estimate?)
# asks that measurement, as "the office estimates that 61,200 visitors came" states one: no forecast is asked, and the
# number others had expected is DG603.
FAIR = "The survey office estimates that 61,200 visitors came to the fair in 2024, short of the 65,000 visitors the organisers had expected."


@pytest.mark.parametrize("answer,question,expect", [
    ("61,200 visitors", "How many visitors who came to the fair in 2024 did the survey office estimate?", "grounded"),
    ("65,000 visitors", "How many visitors who came to the fair in 2024 did the survey office estimate?", "DG603"),
    ("65,000 visitors", "How many visitors did the organisers expect?", "grounded"),  # (twin: the expectation asked)
    ("65,000 visitors", "How many visitors will the survey office estimate for 2025?", "grounded"),  # (twin: ahead)
])
def test_question_estimate_of_past_asks_the_measurement(answer, question, expect):
    assert verdict("figure", answer, FAIR, question) == expect
