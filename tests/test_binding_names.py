"""A name the question gives (a person, party, place, company, product, title) outweighs common words.

The scorer lets the question's words choose which value of a cite it asks about; common words of another
value's clause (most seats in the regional elections) must not outvote the name the question gives (the Melby
party) where that other clause is another name's. Each cite here is made up."""

import pytest

from deckgen import binding
from deckgen.binding import _cite_names, _question_names, check_binding

PARTIES = ("The Torvan party, which won most seats in the regional elections, took 40 percent of the vote, "
           "and the Melby party took 12 percent.")
PARTIES_Q = "What share of the vote did the Melby party take in the regional elections?"

CITIES = "東林市今年新增就業人數達3,400人，較去年增加300人；西河市則有1,200人，年增80人。"
CITIES_Q = "西河市今年新增就業人數比去年增加多少？"
CITIES_ENTITIES = {"西河市": [], "東林市": []}


def codes(found):
    return [m.code for m in found]


@pytest.fixture
def no_names(monkeypatch):
    """The scorer as it was before names: the question gives none."""
    monkeypatch.setattr(binding, "_question_names", lambda *args: frozenset())


def test_the_named_party_outweighs_the_other_party_clause_words():
    assert check_binding("figure", "12 percent", PARTIES, PARTIES_Q) == []
    found = check_binding("figure", "40 percent", PARTIES, PARTIES_Q)
    assert codes(found) == ["DG601"] and "12 percent" in found[0].message


def test_without_the_name_the_other_clause_common_words_win(no_names):
    # what the rule changes: the words 'regional elections' of the Torvan clause chose its value
    assert codes(check_binding("figure", "12 percent", PARTIES, PARTIES_Q)) == ["DG601"]


def test_a_chinese_place_the_deck_names_chooses_its_own_part_of_the_sentence():
    assert check_binding("figure", "80人", CITIES, CITIES_Q, CITIES_ENTITIES) == []
    assert codes(check_binding("figure", "300人", CITIES, CITIES_Q, CITIES_ENTITIES)) == ["DG601"]


def test_the_chinese_place_decides_only_by_the_rule(no_names):
    assert codes(check_binding("figure", "80人", CITIES, CITIES_Q, CITIES_ENTITIES)) == ["DG601"]


def test_a_name_in_another_sentence_may_be_the_subject_carried_on():
    # the thriller is Marigold: its director's name in the next sentence is no other film
    cite = "“Marigold” added another $5 million. The Steven Keller thriller has amassed $34 million in just eight days."
    assert check_binding("figure", "$34 million", cite, "How much had Marigold amassed in its first eight days?") == []


def test_a_name_inside_an_aside_is_not_the_subject_of_the_value_after_it():
    cite = ("Halvorsen, the Brandt family trust which controls roughly 70 percent of Brandt, will own approximately "
            "53 percent of the merged group.")
    assert check_binding("figure", "53 percent", cite, "What share of the merged group will Halvorsen own?") == []


def test_names_are_read_from_the_question_as_written():
    names = _question_names("How many Grammys has Beyoncé won for OZ214 and BioNTech in June?", "", ())
    assert {"gramm", "biont", "oz214"} <= names and any(n.startswith("beyon") for n in names)
    assert not {"how", "june", "won"} & names  # a sentence's first word, the calendar, common words
    # a sentence's first word is a name where the cite writes it as one
    assert "marig" in _question_names("Marigold earned how much?", "The film “Marigold” earned $5 million.", ())
    assert "reven" not in _question_names("Revenue rose how much?", "The company said revenue rose 5%. Revenue fell.", ())
    # the deck's entities (folded to Simplified) and a title in 《》
    zh = _question_names("民進黨在《狂飆》播出後的支持率是多少？", "", ("民進黨",))
    assert {"民进党", "狂飙"} <= zh


def test_a_word_the_cite_writes_in_lower_case_is_no_name_of_it():
    cite = "The Centers for Disease Control said the vaccine was 100% effective against severe disease."
    rivals = _cite_names(cite, (), frozenset())
    assert "cente" in rivals and "disea" not in rivals


def test_a_chinese_place_named_by_its_kind_is_a_name_without_the_deck_naming_it():
    # 西河市 and 東林市: two names of one kind (市) in the cite, so each is the other's rival
    assert _question_names(CITIES_Q, CITIES, ()) == frozenset({"西河市"})
    assert _cite_names(CITIES, (), frozenset({"西河市"})) == frozenset({"东林市"})
    assert check_binding("figure", "80人", CITIES, CITIES_Q) == []
    assert codes(check_binding("figure", "300人", CITIES, CITIES_Q)) == ["DG601"]


def test_the_kind_word_alone_names_nothing():
    # 公司 / 本市 with no name of its own before it, or a name the cite does not write, is no name
    assert _question_names("本公司今年營收是多少？", "公司今年營收5億元，去年4億元。", ()) == frozenset()
    assert _question_names("西河市今年營收是多少？", "公司今年營收5億元，去年4億元。", ()) == frozenset()


def test_a_deictic_or_a_period_before_the_kind_word_is_no_name():
    # 112年本市 is "this city in 2023", not a city called 年本
    marriage = "112年本市結婚率為每千人口5.3對;以WHO2000年標準人口調整後之標準化結婚率為每千人口4.1對。"
    assert _question_names("112年本市結婚率是每千人口多少對？", marriage, ()) == frozenset()
    assert check_binding("figure", "5.3對", marriage, "112年本市結婚率是每千人口多少對？") == []
