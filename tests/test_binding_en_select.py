"""English selection: which of a cite's values a question asks about, on made-up cites (the held-out
tables measure the same rules on real texts)."""

import pytest

from deckgen.binding import check_binding


def code(kind, answer, cite, question, entities=None):
    found = check_binding(kind, answer, cite, question, entities or {})
    return found[0].code if found else "grounded"


RUNNERS = {"Maria Okafor": ["Okafor"], "Lena Hart": ["Hart"], "Tomas Reyes": ["Reyes"]}


@pytest.mark.parametrize("answer, question, expect", [
    # each clause's subject owns its figure: the question's subject selects it
    ("4:01.20", "In what time did Lena Hart finish the mile final?", "grounded"),
    ("4:02.75", "In what time did Lena Hart finish the mile final?", "DG601"),
    ("4:02.75", "What time did Tomas Reyes clock in the mile final?", "grounded"),
    ("4:01.20", "What time did Tomas Reyes clock in the mile final?", "DG601"),
])
def test_the_subject_of_a_clause_owns_its_figure(answer, question, expect):
    cite = ("Maria Okafor won the mile final in a meet record of 3:59.80. Hart crossed the line in 4:01.20 to take "
            "silver, and Reyes clocked 4:02.75 for the bronze.")
    assert code("figure", answer, cite, question, RUNNERS) == expect


def test_a_relative_clause_figure_is_its_antecedents():
    cite = "Lena Hart was fourth in 4:05.10, two seconds behind the winner Maria Okafor, who ran 4:03.10."
    q = "What winning time did Maria Okafor run?"
    assert code("figure", "4:03.10", cite, q, RUNNERS) == "grounded"
    assert code("figure", "4:05.10", cite, q, RUNNERS) == "DG601"


def test_a_name_owning_several_figures_does_not_choose():
    # Hart owns both times: which round is asked is another rule's, not the owner's
    cite = "Hart ran 4:01.20 in the heats and 4:00.05 in the final, and Reyes clocked 4:02.75."
    assert code("figure", "4:02.75", cite, "What time did Lena Hart run in the final?", RUNNERS) == "DG601"
    assert code("figure", "4:00.05", cite, "What time did Lena Hart run in the final?", RUNNERS) == "grounded"


def test_a_possessive_or_a_name_outside_the_subject_chooses_nothing():
    # "Hart's coach" is no subject Hart: the figure is not Hart's own act
    cite = "Hart crossed the line in 4:01.20, and Reyes clocked 4:02.75."
    assert code("figure", "4:02.75", cite, "What time did Hart's training partner Reyes clock?", RUNNERS) == "grounded"
