"""Rules found on the national climate summaries table (heldout-climate-summaries), each tested on a made-up sentence."""

import pytest

from conftest import binding_code as verdict
from deckgen.binding import check_binding
from deckgen.grounding import support


@pytest.mark.parametrize("answer, cite, expect", [
    ("21.4°C", "The lake town's mean temperature in June was 21.4C, its warmest June since 1990.", "grounded"),
    ("21.4C", "The lake town's mean temperature in June was 21.4C, its warmest June since 1990.", "grounded"),
    ("21.4°F", "The lake town's mean temperature in June was 21.4C, its warmest June since 1990.", "DG203"),
    ("70.5°F", "The lake town's mean temperature in June was 70.5 F, its warmest June since 1990.", "grounded"),
    ("70.5°C", "The lake town's mean temperature in June was 70.5 F, its warmest June since 1990.", "DG203"),
    ("35C", "The valley saw temperatures pass 35C for the first time on record.", "grounded"),
])
def test_the_scale_letter_alone_is_the_temperature_unit(answer, cite, expect):
    # 21.4C, 35C (glued) and 70.5 F (apart from a figure with tenths) are degrees Celsius and Fahrenheit, not names
    assert verdict("figure", answer, cite, "What was the lake town's mean temperature in June?") == expect


def test_the_scale_letter_is_no_unit_before_a_bracket_or_a_han_character():
    from deckgen.fold import normalize
    from deckgen.quantities import parse_quantities
    assert [q.unit for q in parse_quantities(normalize("see item 5 c) of the form"))] == [None]
    assert parse_quantities(normalize("hash 7137c05")) == []


@pytest.mark.parametrize("answer, expect", [
    ("1.7°F", "grounded"), ("1.7°F above", "grounded"), ("1.7°F below", "DG604"), ("1.7°F below average", "DG604"),
])
def test_the_answers_own_side_of_a_departure_from_a_named_average(answer, expect):
    # the departure from a named baseline decides the value; the answer's own "below" is still the other side
    cite = "The city's mean temperature in March was 48.2°F, 1.7°F above the 20th century average, its 12th warmest March."
    q = "How far above the 20th century average was the city's mean temperature in March?"
    assert verdict("figure", answer, cite, q) == expect


@pytest.mark.parametrize("answer, cite, expect", [
    ("0.8°F below", "The harbour's water averaged 61.3 °F, 0.8 °F above its long-term mean.", "DG604"),
    ("0.8°F above", "The harbour's water averaged 61.3 °F, 0.8 °F above its long-term mean.", "grounded"),
    ("0.8°F below", "The harbour's water averaged 61.3 F, 0.8 F above its long-term mean.", "DG604"),
    ("0.8°F above", "The harbour's water averaged 61.3 degrees Fahrenheit, 0.8 degrees Fahrenheit below its long-term "
                    "mean.", "DG604"),
])
def test_a_margin_written_otherwise_keeps_its_side(answer, cite, expect):
    # 0.8 °F, 0.8 F, 0.8 degrees Fahrenheit are the answer's 0.8°F: the side after the unit words is the margin's
    assert verdict("figure", answer, cite, "How far from its long-term mean was the harbour's water?") == expect


@pytest.mark.parametrize("answer, question, expect", [
    ("75.2°F", "What was the city's mean temperature in July?", "grounded"),
    ("73.9°F", "What was the city's mean temperature in July?", "DG602"),
    ("73.9°F", "What was the city's mean summer temperature?", "grounded"),
    ("75.2°F", "What was the city's mean summer temperature?", "DG602"),
])
def test_a_season_is_a_period_apart_from_its_months(answer, question, expect):
    # "the summer mean of 73.9°F" against July's 75.2°F: a season is three months, another period than one of them
    cite = ("The city's mean temperature in July was 75.2°F, its warmest July in a decade. The summer mean of 73.9°F "
            "was close to the long-term figure.")
    assert verdict("figure", answer, cite, question) == expect


@pytest.mark.parametrize("answer, question, expect", [
    ("5th wettest", "Where did March rank among the wettest Marches on record in the valley?", "grounded"),
    ("12th", "Where did March rank among the wettest Marches on record in the valley?", "DG601"),
    ("12th warmest", "Where did March rank among the warmest Marches on record in the valley?", "grounded"),
    ("5th", "Where did March rank among the warmest Marches on record in the valley?", "DG601"),
])
def test_a_ranks_superlative_is_its_metric(answer, question, expect):
    # "the 12th warmest March … and the 5th wettest": the question's superlative selects the rank by it
    cite = ("In the valley, March was the 12th warmest March on record, with 4.1 inches of rain making it the 5th wettest "
            "March since records began.")
    assert verdict("figure", answer, cite, question) == expect


def test_an_ordinal_century_is_no_rank():
    # "the 20th century average" names an era: the answer's 20th is the 20th warmest July, another period's rank
    cite = ("The July mean of 75.2°F was 1.8°F above the 20th century average, making it the 20th warmest July. The summer "
            "mean of 73.9°F was the 9th warmest summer.")
    found = check_binding("figure", "20th warmest", cite, "Where did the summer rank among the warmest summers?", {})
    assert found and found[0].code == "DG602" and "century" not in found[0].message and "July" in found[0].message


@pytest.mark.parametrize("answer, question, expect", [
    ("3.2 inches", "How far below the long-term average was the county's rainfall in spring?", "grounded"),
    ("3.2 inches below average", "How far below the long-term average was the county's rainfall in spring?", "grounded"),
    ("3.2 inches above average", "How far below the long-term average was the county's rainfall in spring?", "DG604"),
    ("6.45 inches", "How far below the long-term average was the county's rainfall in spring?", "DG601"),
    ("6.45 inches", "How much rain fell in the county in spring?", "grounded"),
])
def test_a_margin_asked_is_no_level(answer, question, expect):
    # "how far below the long-term average" asks the margin (3.2 inches below average), not the level (6.45 inches)
    cite = "The county's rainfall in spring totalled 6.45 inches, 3.2 inches below average, its driest spring since 1976."
    assert verdict("figure", answer, cite, question) == expect


@pytest.mark.parametrize("answer, question, expect", [
    ("412mm", "How much snow fell on the pass this winter?", "grounded"),
    ("388mm", "How much snow fell on the pass this winter?", "DG602"),
    ("388mm", "What is the pass's long-term average winter snowfall?", "grounded"),
    ("412mm", "What is the pass's long-term average winter snowfall?", "DG602"),
])
def test_a_bases_own_level_is_the_base(answer, question, expect):
    # "412mm … just above the long-term average of 388mm": the average's own level is the base, not the amount seen
    cite = "Snowfall on the pass this winter reached 412mm, which is just above the long-term average of 388mm."
    assert verdict("figure", answer, cite, question) == expect


@pytest.mark.parametrize("answer, expect", [("May 30", "grounded"), ("August 29", "DG601")])
def test_a_season_before_a_noun_of_an_event_names_a_kind(answer, expect):
    # "the spring term … the summer term": the season names which term (an item), no period the dates differ by
    cite = "The spring term ran from March 2 to May 30, and the summer term from June 15 to August 29."
    assert verdict("date", answer, cite, "On what date did the spring term end?") == expect


def said(answer, cite, question, entities=None):
    found = support("quote", answer, cite, question, entities or {})
    return found[0].code if found else "grounded"


HARBOUR = {"Nadia Osei": ["Osei"], "Port Authority": ["the Port Authority"]}


@pytest.mark.parametrize("question, answer, expect", [
    ("Who said the dredging would take three winters?", "Nadia Osei", "grounded"),
    ("Who said the dredging would take three winters?", "Port Authority", "DG401"),
    ("Who said the berths would open to larger ships by 2031?", "Nadia Osei", "grounded"),
])
def test_a_quote_running_over_paragraphs_stays_its_speakers(question, answer, expect):
    # each paragraph of the quote reopens with a quote mark and only the last closes: all of it is Osei's
    cite = ("Port Authority engineer Nadia Osei said: \u201cThe channel is silting faster than we planned for.\n"
            "\u201cThe dredging will take three winters, and the harbour stays open through all of it.\n"
            "\u201cBy 2031 the berths will open to larger ships.\u201d")
    assert said(answer, cite, question, HARBOUR) == expect


@pytest.mark.parametrize("answer, expect", [("Nadia Osei", "grounded"), ("Port Authority", "DG401")])
def test_a_reopened_quote_is_the_speakers_who_closes_it(answer, expect):
    # "… planned for. "The dredging …," she added: the first paragraph runs on into the one her verb closes
    cite = ("Nadia Osei, an engineer at the Port Authority, spoke at the quay.\n"
            "\u201cThe channel is silting faster than we planned for.\n"
            "\u201cThe dredging will take three winters,\u201d Osei added.")
    assert said(answer, cite, "Who said the channel is silting faster than planned?", HARBOUR) == expect


@pytest.mark.parametrize("answer, question, expect", [
    ("412mm", "How much rain fell on the island in 2021?", "grounded"),
    ("455mm", "How much rain fell on the island in 2021?", "DG602"),
    ("455mm", "How much rain fell on the island, according to the provisional figures?", "DG602"),
])
def test_a_years_own_figure_is_that_years_value(answer, question, expect):
    # "2019's figure of 455mm": a generic noun names no item; the possessive year names the value's period
    cite = "Provisional figures show the island had 412mm of rain in 2021, well short of 2019's figure of 455mm."
    assert verdict("figure", answer, cite, question) == expect
