"""Branch sp27: speakers and people across the tables. Made-up sentences, each failing without its rule."""

import pytest

from conftest import binding_code as verdict

MONTH = "The weather office also said that the season that ended Sept. 30 was the wettest on record for the valley."
TIME_AFTER = "The Pine Ridge blaze is now fully contained, the forest agency said Tuesday morning. The county sheriff said roads would reopen."
REPORTS = "A second outbreak in Ohio has been linked to 40 cases since March, the Daily Ledger reports."
REPORTED_FROM = "Judge Ann Roe sentenced the trader to ten years in prison, the Harbor Times reported from the courtroom."
POSSESSOR = ("Nadia Brook won the top prize for her debut album. Brook, 29, also spoke of Carla Mint's influence: "
             '"You showed me the way," she said while holding the trophy.')
POSSESSOR_TOPIC = "Nadia Brook's debut album won the top prize. She dedicated the award to Carla Mint, saying the singer had shown her the way."
QUOTE_ON = ('Mr Vale said the storms in the north were not the only surprise of the year. "However, the mean rainfall for 2011 '
            'exceeded the old record by 12 per cent across the south."')
QUOTE_ON_ZH = "在王明看来,今年多数城市的目标比较审慎。\u201c上年多数城市目标在6.0%以上,而今年绍兴目标为5%左右。\u201d"
ENTITIES = {"Nadia Brook": ["Brook"], "Carla Mint": ["Mint"], "Weather Office": ["the Weather Office"]}


@pytest.mark.parametrize("answer, cite, question, expect", [
    # a month's abbreviation before a day's figure ends no sentence: the reported clause runs on past it
    ("The weather office", MONTH, "Who said the season was the wettest on record for the valley?", "grounded"),
    # a time word after a verb that closes its sentence leaves the words before it
    ("the forest agency", TIME_AFTER, "Who said the Pine Ridge blaze was fully contained?", "grounded"),
    ("The county sheriff", TIME_AFTER, "Who said the Pine Ridge blaze was fully contained?", "DG401"),
    # X reports. / X reported from Y. closing a sentence: X said the clause before
    ("the Daily Ledger", REPORTS, "Who reports that the outbreak in Ohio has been linked to 40 cases?", "grounded"),
    ("the Harbor Times", REPORTED_FROM, "Who reported from the courtroom that Roe sentenced the trader to ten years?", "grounded"),
    ("Ann Roe", REPORTED_FROM, "Who reported from the courtroom that Roe sentenced the trader to ten years?", "DG401"),
    # a possessor inside another's clause is no antecedent of the pronoun; one opening its sentence is
    ("Nadia Brook", POSSESSOR, "Who said \u201cYou showed me the way\u201d?", "grounded"),
    ("Carla Mint", POSSESSOR, "Who said \u201cYou showed me the way\u201d?", "DG401"),
    ("Nadia Brook", POSSESSOR_TOPIC, "Who said Carla Mint had shown her the way?", "grounded"),
    # a quote opening the next sentence with no speaker of its own goes on with the reported words before it
    ("Mr Vale", QUOTE_ON, "Who said the mean rainfall for 2011 exceeded the old record by 12 per cent?", "grounded"),
    ("王明", QUOTE_ON_ZH, "谁说今年绍兴目标为5%左右？", "grounded"),
])
def test_sp27_speakers(answer, cite, question, expect):
    assert verdict("quote", answer, cite, question, ENTITIES) == expect
