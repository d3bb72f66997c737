"""People and bodies told apart by their own words (deckgen/people.py), on made-up cites: each
test names the principle, not a table's row."""

from deckgen.binding import check_binding


def codes(answer, cite, question, entities):
    return [m.code for m in check_binding("fact", answer, cite, question, entities)]


def test_a_title_inside_the_decks_spelling_of_a_name_is_that_names_own():
    """The deck spells a person with the title the cite gives him (Energy Secretary Jane Roe):
    the title's words are that person's, so asked who the secretary is, another name is DG601."""
    cite = "At the briefing, Energy Secretary Jane Roe said the plan meets Governor Tom Lee's goal."
    entities = {"Jane Roe": ("Roe", "Energy Secretary Jane Roe"), "Tom Lee": ("Lee",)}
    assert codes("Tom Lee", cite, "Who is the Energy Secretary?", entities) == ["DG601"]
    assert codes("Jane Roe", cite, "Who is the Energy Secretary?", entities) == []
    assert codes("Roe", cite, "Who is the Energy Secretary?", entities) == []
