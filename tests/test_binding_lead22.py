"""Rules the lead added in the twenty-second session (2026-12-03), each on made-up sentences beside a twin it must not
change. Found by round 22's mining table (a guidance cut to a range, set against the prior estimate in the next
sentence and against the last fiscal year's actual in one breath):

- a from-phrase whose "to" comes after a verb of its own (output from the mine would be X to Y) names where the item
  comes from; its "to" links a range's ends, no move from a base;
- a value the subject would now peak, stand or come in at is foreseen, like one it would rise to;
- the next sentence may set the estimate against its earlier one in the words that name it so (The revised forecast
  is below its prior estimate of Y);
- an actual coordinated after an estimate with a head of its own (… prior estimate of Y and fiscal 2023 output of Z)
  is no estimate."""

import pytest

from conftest import binding_code as verdict

CUT = ("The miner said full-year output from its Kambalda mine would now peak at about 41,000 ounces to 45,000 ounces "
       "because of lower grades.\nThe revised forecast is below its prior estimate of 50,000 ounces to 55,000 ounces "
       "and fiscal 2023 output of 61,250 ounces.")
NOW = "What full-year output does the miner now expect from Kambalda?"


@pytest.mark.parametrize(("answer", "code"), [("about 41,000 ounces to 45,000 ounces", "grounded"),
                                              ("50,000 ounces to 55,000 ounces", "DG602"),
                                              ("61,250 ounces", "DG603")])
def test_the_new_range_against_the_prior_estimate_and_the_last_actual(answer, code):
    assert verdict("figure", answer, CUT, NOW) == code


@pytest.mark.parametrize(("answer", "code"), [("61,250 ounces", "grounded"), ("50,000 ounces to 55,000 ounces", "DG603")])
def test_the_actual_after_and_is_no_estimate(answer, code):
    assert verdict("figure", answer, CUT, "How much gold did Kambalda produce in fiscal 2023?") == code


def test_the_range_cut_asked_as_raised_is_the_other_way():
    answer = "about 41,000 ounces to 45,000 ounces"
    assert verdict("figure", answer, CUT, "To what range did the miner raise its Kambalda output guidance?") == "DG604"
    assert verdict("figure", answer, CUT, "To what range did the miner cut its Kambalda output guidance?") == "grounded"


def test_a_from_phrase_before_a_verb_is_a_source_and_its_to_a_range():
    cite = ("Sales from the new store would be 5,000 units to 6,000 units in its first year, the chain said. The old "
            "store sold 4,200 units last year.")
    question = "How many units does the chain expect the new store to sell in its first year?"
    assert verdict("figure", "5,000 units to 6,000 units", cite, question) == "grounded"
    assert verdict("figure", "4,200 units", cite, question) == "DG602"


def test_a_from_phrase_after_a_verb_of_motion_is_still_a_base():
    cite = "Sales at the new store rose from 5,000 units to 6,000 units in its first year, the chain said."
    question = "To what level did sales at the new store rise?"
    assert verdict("figure", "6,000 units", cite, question) == "grounded"
    assert verdict("figure", "5,000 units", cite, question) == "DG602"


def test_a_level_the_subject_would_now_peak_at_is_foreseen():
    cite = "The council said the river would now peak at about 4.2 metres on Friday. It reached 3.9 metres on Tuesday."
    assert verdict("figure", "3.9 metres", cite, "What level does the council now expect the river to peak at?") == "DG603"
    assert verdict("figure", "about 4.2 metres", cite, "What level does the council now expect the river to peak at?") \
        == "grounded"
    assert verdict("figure", "3.9 metres", cite, "What level did the river reach on Tuesday?") == "grounded"


def test_the_next_sentence_names_the_earlier_estimate_only_in_its_words():
    question = "What wheat harvest does the agency now expect?"
    said = "The agency said the wheat harvest would now come in at 52 million tonnes. "
    assert verdict("figure", "55 million tonnes", said + "The new figure is below its previous estimate of 55 million "
                   "tonnes.", question) == "DG602"
    assert verdict("figure", "55 million tonnes", said + "The new figure is below last season's harvest of 55 million "
                   "tonnes.", question) == "DG601"


def test_a_sentence_wide_projection_stays_on_each_coordinated_figure():
    cite = ("Our projections for the year would be sales of about $2.1 billion, operating profit of about $310 million "
            "and earnings per share of about $1.45.")
    question = "What earnings per share would the company project for the year?"
    assert verdict("figure", "about $1.45", cite, question) == "grounded"
    assert verdict("figure", "about $310 million", cite, question) == "DG601"


# A table of lines under a header of named columns (found by round 23's stress-test table).
SCHOOLS = ("Table 2. Pupils and teachers, actual and projected\nNumber\n"
           "Measure Actual 2023 Projected 2026 Target set by the council\n"
           "Primary pupils 41,200 43,900 45,000\nSecondary pupils 36,100 37,400 38,000\nTeachers 5,310 5,620 5,800")


@pytest.mark.parametrize(("answer", "code"), [("43,900", "grounded"), ("41,200", "DG602"), ("45,000", "DG601"),
                                              ("37,400", "DG601")])
def test_a_cell_under_a_named_column_is_chosen_by_the_columns_words(answer, code):
    assert verdict("figure", answer, SCHOOLS, "How many primary pupils are projected for 2026?") == code


@pytest.mark.parametrize(("answer", "code"), [("41,200", "grounded"), ("43,900", "DG603")])
def test_the_projection_given_for_the_actual_is_a_forecast(answer, code):
    assert verdict("figure", answer, SCHOOLS, "What was the actual number of primary pupils in 2023?") == code


def test_a_header_that_does_not_name_each_column_is_no_table_of_named_columns():
    from deckgen.binding import _header_table
    names, rows = _header_table(SCHOOLS)
    assert names == ["measure", "actual 2023", "projected 2026", "target set by the council"]
    assert rows[2] == ("teachers", ["5,310", "5,620", "5,800"])
    # (three names for three cells: the labels' column is not named, so no name can be told from the next)
    assert _header_table(SCHOOLS.replace("Measure Actual", "Actual")) is None
    assert _header_table(SCHOOLS.replace("Teachers 5,310 5,620 5,800", "Teachers 5,310 5,620")) is None


def test_a_comparative_joined_to_its_noun_names_a_kind_not_a_move():
    question = "By how much did sales of drinks fall?"
    assert verdict("figure", "12%", "Sales of higher-margin drinks were 12% of revenue.", question) != "DG604"
    assert verdict("figure", "12%", "Sales of drinks were 12% higher than a year earlier.", question) == "DG604"


# A finding asked by its own verb (who estimated, who judged): its source answers (found by the stress-test table).
ESTIMATE = ("Ticket sales slowed in the spring. The Audit Office estimates that the stadium's overrun could reach "
            "$40 million by 2027.")
JUDGED = ("After the review, the standards committee judged that no further action was needed against the club. The "
          "club's chairman, Ann Reyes, welcomed the decision.")


def test_who_estimated_is_answered_by_the_source_of_the_estimate():
    assert verdict("quote", "The Audit Office", ESTIMATE,
                   "Who estimated that the stadium's overrun could reach $40 million?") == "grounded"
    # (asked who said it, the estimate's source is still no speaker)
    assert verdict("quote", "The Audit Office", ESTIMATE, "Who said the stadium's overrun could reach $40 million?") \
        == "DG402"


@pytest.mark.parametrize(("answer", "code"), [("the standards committee", "grounded"), ("Ann Reyes", "DG401")])
def test_who_judged_is_answered_by_the_body_that_judged(answer, code):
    assert verdict("quote", answer, JUDGED, "Who judged that no further action was needed against the club?") == code


def test_a_judgement_is_no_speech():
    assert verdict("quote", "the standards committee", JUDGED, "Who said no further action was needed against the club?") \
        == "DG402"


# A credit line: a bare "By" (or "Reporting by") names who wrote the story, "Editing by" its editors (the mining table).
@pytest.mark.parametrize("credit", ["(By Tom Hale; Editing by Rosa Vint and Li Wen)", "(Reporting by Tom Hale; Editing by Rosa Vint)"])
def test_who_wrote_is_the_name_after_by_and_not_the_editor(credit):
    cite = "The council approved the budget on Tuesday.\n" + credit
    assert verdict("fact", "Tom Hale", cite, "Who wrote the story on the council's budget?") == "grounded"
    assert verdict("fact", "Rosa Vint", cite, "Who wrote the story on the council's budget?") == "DG601"
    # (the twin: asked who edited it, the editor)
    assert verdict("fact", "Rosa Vint", cite, "Who edited the story on the council's budget?") == "grounded"
    assert verdict("fact", "Tom Hale", cite, "Who edited the story on the council's budget?") == "DG601"


# The session's review: readings the round's new rules had narrowed too far, held here beside the cases they were for.
@pytest.mark.parametrize(("text", "expect"), [
    ("it delivered 25 777Xs", [("25", None)]),  # (a count before a model's number glued to its letters)
    ("highs of 10-15c on the coast", [("10", None), ("15", "°C")]),  # (a range of temperatures)
    ("two 747-8f freighters", [("2", None), ("747", None)]),  # (a model's number, no temperature)
    ("it signed over 300 new customers", [("300", None, "more than")]),
    ("it handed over 41 ships", [("41", None, None)]),
])
def test_spaced_thousands_ranges_and_over_read_as_written(text, expect):
    from deckgen.quantities import parse_quantities

    got = [(str(q.value), q.unit, q.qualifier)[:len(e)] for q, e in zip(parse_quantities(text), expect)]
    assert got == [tuple(e) for e in expect]
    assert len(parse_quantities(text)) >= len(expect)
