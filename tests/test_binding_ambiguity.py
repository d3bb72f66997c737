"""Ambiguity (DG605) against selection (DG601), on made-up cites: a question's words that fit
every value alike tell nothing apart; words the answer's clause alone holds select it."""

from deckgen.binding import check_binding

DAM = ("The dam is expected to cost $300 million, not including land purchases. At a briefing on Monday, "
       "the project's chief engineer Ana Ruiz said she anticipates that the total dam cost will be about $450 million.")


def codes(kind, answer, cite, question):
    return [f.code for f in check_binding(kind, answer, cite, question, {})]


def test_a_modal_verb_names_no_item():
    # "will" stands beside one value only, but it is the question's tense, not an item: both are the dam's cost
    assert codes("figure", "$300 million", DAM, "How much will the dam cost?") == ["DG605"]
    assert codes("figure", "about $450 million", DAM, "How much will the dam cost?") == ["DG605"]
    # the item words still select, either way
    assert codes("figure", "$300 million", DAM, "How much will the dam cost, not including land purchases?") == []
    assert codes("figure", "about $450 million", DAM, "How much will the dam cost, not including land purchases?") == ["DG601"]
    assert codes("figure", "about $450 million", DAM, "What total dam cost does Ana Ruiz anticipate?") == []
    assert codes("figure", "$300 million", DAM, "What total dam cost does Ana Ruiz anticipate?") == ["DG601"]
