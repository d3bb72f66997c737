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
CRITICS = ("On Monday, the Harbor Gazette rated the Grand Hotel's kitchen 'A-minus'.\n"
           "In May, the Valley Herald cut the Grand Hotel kitchen's rating to \"B2\" from \"B1\".")
CRITICS_ENTITIES = {"Harbor Gazette": ["Gazette"], "Valley Herald": ["Herald"]}
HERALD_Q = "What rating did the Valley Herald give the Grand Hotel kitchen in May?"
GAZETTE_Q = "What rating did the Harbor Gazette give the Grand Hotel's kitchen on Monday?"


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

