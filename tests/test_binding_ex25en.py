"""Round 25, branch ex25en: weekly oil inventory reports (tests/binding_cases/heldout-oil-inventory-reports.yaml). Each
principle the table showed is restated here on made-up sentences of the same shape (a weekly report of a made-up
commodity's stocks: copper cathodes, grain silos), each a pair: the case the rule fixes and a twin it must not change."""

from conftest import binding_code as verdict

# 1. An expectation a comparison names with its own value (compared with analysts' expectations for an increase of X;
#    versus expectations for a X increase; compared with analysts forecast in a poll for a X rise) is a forecast, not the
#    outcome's base: the expectation given for the outcome, or the outcome for it, is DG603.
COMPARED = "Copper cathode stocks fell by 2.6 million tonnes last week, compared with traders' expectations for an increase of 410,000 tonnes."
POLLED = ("Silo stocks fell by 1.8 million tonnes in the week to June 7 to 96.2 million tonnes, the board said, compared with "
          "analysts forecast in a Bloomberg poll for a 0.9 million-tonne rise.")
ABOVE = "Copper cathode stocks fell by 2.6 million tonnes last week, more than the 410,000 tonnes traders had expected."


def test_expectation_compared_with_its_own_value_is_a_forecast():
    assert verdict("figure", "410,000 tonnes", COMPARED, "By how much did copper cathode stocks fall last week?") == "DG603"
    assert verdict("figure", "an increase of 410,000 tonnes", COMPARED, "What change in copper cathode stocks had traders expected?") == "grounded"
    assert verdict("figure", "2.6 million tonnes", COMPARED, "What change in copper cathode stocks had traders expected?") == "DG603"


def test_outcome_compared_with_its_expectation_stays_the_outcome():
    assert verdict("figure", "2.6 million tonnes", COMPARED, "By how much did copper cathode stocks fall last week?") == "grounded"
    assert verdict("figure", "2.6 million tonnes", ABOVE, "By how much did copper cathode stocks fall last week?") == "grounded"
    assert verdict("figure", "410,000 tonnes", ABOVE, "By how much did copper cathode stocks fall last week?") == "DG603"


def test_poll_forecast_in_a_comparison_is_no_earlier_period():
    assert verdict("figure", "1.8 million tonnes", POLLED, "What change in silo stocks had analysts in a Bloomberg poll forecast for the week to June 7?") == "DG603"
    assert verdict("figure", "0.9 million tonnes", POLLED, "By how much did silo stocks fall in the week to June 7?") == "DG603"
    assert verdict("figure", "1.8 million tonnes", POLLED, "By how much did silo stocks fall in the week to June 7?") == "grounded"


# 2. An expectation in the sentence right before or after an outcome of its unit, opening its sentence and naming no item
#    but its poll's (or the outcome's own), is what the outcome is set against: one item's, DG603 either way.
NEXT = ("After three weeks of draws, silo stocks rose 0.7 million tonnes in the week to Oct. 4. Analysts in a Bloomberg poll "
        "had forecast for a decrease of 1.5 million tonnes.")
NEXT_OTHER = ("After three weeks of draws, silo stocks rose 0.7 million tonnes in the week to Oct. 4. Port shipments fell "
              "1.5 million tonnes in the week.")
BEFORE = ("Traders were expecting a 0.6-million-tonne cathode stock build and a 300,000-tonne wire stock draw. The exchange "
          "reported a 1.204-million-tonne cathode stock draw to 88.5 million tonnes, and a 2.31-million-tonne wire stock draw "
          "to 41.2 million tonnes.")


def test_expectation_in_the_next_sentence_is_the_outcomes_forecast():
    assert verdict("figure", "0.7 million tonnes", NEXT, "What change in silo stocks had analysts in the Bloomberg poll forecast for the week to Oct. 4?") == "DG603"
    assert verdict("figure", "1.5 million tonnes", NEXT, "What change in silo stocks had analysts in the Bloomberg poll forecast for the week to Oct. 4?") == "grounded"


def test_a_next_sentence_that_is_no_expectation_is_another_item():
    assert verdict("figure", "1.5 million tonnes", NEXT_OTHER, "By how much did silo stocks rise in the week to Oct. 4?") == "DG601"
    assert verdict("figure", "0.7 million tonnes", NEXT_OTHER, "By how much did silo stocks rise in the week to Oct. 4?") == "grounded"


def test_expectation_in_the_sentence_before():
    assert verdict("figure", "2.31 million tonnes", BEFORE, "How large a wire stock draw were traders expecting?") == "DG603"
    assert verdict("figure", "300,000 tonnes", BEFORE, "How large a wire stock draw were traders expecting?") == "grounded"


# 3. A weekly report's week before (That followed a fall of X the week before; the prior week's) is the earlier period's.
WEEK_BEFORE = ("The board reported Wednesday that silo stocks rose by 2.4 million tonnes for the week ended May 9. That followed a "
               "fall of 3.3 million tonnes the week before.")
NEXT_WEEK = ("The board reported Wednesday that silo stocks rose by 2.4 million tonnes for the week ended May 9. That followed a "
             "fall of 3.3 million tonnes in port stocks.")


def test_the_week_before_is_an_earlier_period():
    assert verdict("figure", "3.3 million tonnes", WEEK_BEFORE, "By how much did silo stocks rise for the week ended May 9?") == "DG602"
    assert verdict("figure", "fell by 3.3 million tonnes", WEEK_BEFORE, "How did silo stocks change in the week before the week ended May 9?") == "grounded"


def test_a_fall_with_no_week_before_is_no_earlier_period():
    assert verdict("figure", "3.3 million tonnes", NEXT_WEEK, "By how much did silo stocks rise for the week ended May 9?") == "DG601"


# 4. A stock's build and draw are its rise and fall (a build of 0.4M tonnes, a 0.7M tonne build, a stock draw), and a
#    question whose wh-word leads the noun change (what wire stock change did the exchange report) asks a change.
BUILDS = ("Aside from the headline draw, the exchange noted a 0.7M tonne build at the Rotterdam warehouse.\n"
          "On the metals side, the exchange reported a cathode inventory build of 0.4M tonnes and a wire stock drop of 1.0M tonnes.")


def test_build_and_draw_are_changes_a_change_question_asks():
    assert verdict("figure", "1.0 million tonnes", BUILDS, "What wire stock change did the exchange report?") == "grounded"
    assert verdict("figure", "0.4 million tonnes", BUILDS, "What wire stock change did the exchange report?") == "DG601"
    assert verdict("figure", "a build of 1.0M tonnes", BUILDS, "What wire stock change did the exchange report?") == "DG604"



# 5. An earlier period's value a forecast is compared with (expect the board to report a drop of X versus the previous
#    week's draw of Y) is what happened then: asked it, it is right, and the forecast given for it is DG603.
VERSUS_PREVIOUS = ("For the week ended May 2, traders tracked by the exchange expect the board to report a silo stock drop of "
                   "1.300M tonnes versus the previous week’s draw of 4.120M.\nWith bunker stocks, the board is expected to report "
                   "a 1.250M tonne draw, against a decline of 0.610M in the prior week.")
VERSUS_FORECAST = VERSUS_PREVIOUS.replace("the previous week’s draw of", "their earlier forecast of")
FROM_PROJECTION = ("The board put the silo stock at 12.3 million tonnes, up from its July projection of 11.7 million tonnes.")


def test_earlier_value_beside_a_forecast_is_no_forecast():
    asked = "What silo stock draw had the board reported for the previous week?"
    assert verdict("figure", "4.120M", VERSUS_PREVIOUS, asked) != "DG603"
    assert verdict("figure", "4.120M", VERSUS_FORECAST, asked) == "DG603"


def test_an_earlier_projection_moved_from_stays_a_forecast_of_an_earlier_stage():
    assert verdict("figure", "11.7 million tonnes", FROM_PROJECTION, "What silo stock did the board put in its latest report?") == "DG602"
    assert verdict("figure", "12.3 million tonnes", FROM_PROJECTION, "What silo stock did the board project in July?") == "DG602"
