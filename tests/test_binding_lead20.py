"""Rules the lead added in the twentieth session (2026-12-03), each on made-up sentences beside a twin it must not change.

A change and the level it reaches in one clause ("cut its output by A to B", "jumped X percent to $Y"): asked "to what
level" or "to what price", the level is the answer and the change another measure (DG601); asked "by how much" or "by
what percentage", the change. Found by round 21's OPEC table, whose question added the date the cut takes effect
("from January 1"), which the engine had read as the base of a change."""

import pytest

from conftest import binding_code as verdict

SMELTER = "The smelter will cut its daily output by 300 tonnes to 4,200 tonnes from March 1, its owner said."
GOLD = "Gold futures climbed over 3 percent to more than $2,100 an ounce after the central bank's decision."


@pytest.mark.parametrize("question", ["To what level will the smelter cut its daily output from March 1?",
                                      "To what level will the smelter cut its daily output?"])
def test_a_level_asked_to_what_with_its_start_date_is_the_level_not_the_cut(question):
    # "from March 1" says when the level holds, not a base the change is measured against
    assert verdict("figure", "4,200 tonnes", SMELTER, question) == "grounded"
    assert verdict("figure", "300 tonnes", SMELTER, question) == "DG601"


def test_the_cut_asked_by_how_much_with_its_start_date_is_the_cut():
    question = "By how much will the smelter cut its daily output from March 1?"
    assert verdict("figure", "300 tonnes", SMELTER, question) == "grounded"
    assert verdict("figure", "4,200 tonnes", SMELTER, question) == "DG601"


def test_a_level_asked_to_what_the_other_way_is_the_wrong_direction():
    question = "To what level will the smelter raise its daily output from March 1?"
    assert verdict("figure", "4,200 tonnes", SMELTER, question) == "DG604"


def test_a_price_asked_to_what_is_the_level_not_the_percent_change_before_it():
    question = "To what price did gold futures climb after the decision?"
    assert verdict("figure", "more than $2,100 an ounce", GOLD, question) == "grounded"
    assert verdict("figure", "over 3 percent", GOLD, question) == "DG601"


def test_the_percent_change_asked_by_what_percentage_is_the_change():
    question = "By what percentage did gold futures climb after the decision?"
    assert verdict("figure", "over 3 percent", GOLD, question) == "grounded"
    assert verdict("figure", "more than $2,100 an ounce", GOLD, question) == "DG601"


def test_a_change_over_a_named_period_is_still_a_change():
    # "rose over the year 4 percent": the period phrase before the value keeps it a change
    cite = "Copper output rose over the year 4 percent, the miner said, while its costs fell."
    assert verdict("figure", "4 percent", cite, "To what level did copper output rise?") == "grounded"


def test_the_level_a_move_of_a_stated_size_ends_at_has_the_move_s_direction():
    # "raised its price by 5 percent to 84 cents": 84 cents is where a rise ends; asked what it was cut to, DG604
    cite = "The bakery raised its bread price by 5 percent to 84 cents a loaf last week."
    assert verdict("figure", "84 cents", cite, "To what price did the bakery cut its bread price last week?") == "DG604"
    assert verdict("figure", "84 cents", cite, "To what price did the bakery raise its bread price last week?") == "grounded"
    # (with no "to", the value after the move's size is no level the move reached)
    twin = "The bakery raised its bread price by 5 percent last week; a loaf now costs 84 cents."
    assert verdict("figure", "84 cents", twin, "To what price did the bakery cut its bread price last week?") != "DG604"


DEAL = ("The exporters said that smaller producers had also agreed to cut 90,000 tonnes a year, including previously "
        "reluctant Norland, which will shed 40,000 tonnes.")
DEAL_EARLIER = "The smaller producers will now cut 90,000 tonnes, against a previously announced 40,000 tonnes."


def test_previously_before_an_adjective_says_what_a_name_was_not_when_a_value_was():
    asked = "How much will Norland shed under the deal?"
    assert verdict("figure", "40,000 tonnes", DEAL, asked) == "grounded"
    assert verdict("figure", "90,000 tonnes a year", DEAL, asked) == "DG601"
    group = "How much did the smaller producers agree to cut under the deal?"
    assert verdict("figure", "90,000 tonnes a year", DEAL, group) == "grounded"
    assert verdict("figure", "40,000 tonnes", DEAL, group) == "DG601"


def test_previously_before_a_participle_still_dates_the_value_it_states():
    # (a previously announced cut is an earlier statement: asked the cut agreed now, it is another period's)
    asked = "How much will the smaller producers now cut?"
    assert verdict("figure", "40,000 tonnes", DEAL_EARLIER, asked) == "DG602"
    assert verdict("figure", "90,000 tonnes", DEAL_EARLIER, asked) == "grounded"


def test_a_commitment_its_own_clause_foresees_is_no_outcome_against_an_agreed_cut():
    # "agreed to cut 90,000 tonnes" reads as the deal's goal; Norland's "will shed 40,000 tonnes" is a commitment of its
    # own, not what happened: asked what Norland will shed, it is right (it had been DG603)
    assert verdict("figure", "40,000 tonnes", DEAL, "How much will Norland shed?") == "grounded"
    # (an outcome against the goal still is DG603: asked what was agreed, what was shed)
    done = "Smaller producers had agreed to cut 90,000 tonnes a year; in the event they shed 40,000 tonnes."
    assert verdict("figure", "40,000 tonnes", done, "How much had smaller producers agreed to cut?") == "DG603"


# An English cite is one with no Chinese in it, whatever dashes and curly quotes it writes: the rules read for English
# (a count a determiner makes part of a group's name, the 12 member mills, competes with nothing) ran only where the
# whole cite was ASCII, so an em dash anywhere in it switched them off.
SPLIT = ("The union said the total {0} equivalent to about a tenth of the region's output {0} would comprise a 60,000 "
         "tonne cut by the 12 member mills and 25,000 by the 7 outside firms, including Kestrel.")


@pytest.mark.parametrize("aside", ["—", ","])
def test_a_group_count_competes_with_nothing_in_an_english_cite_with_dashes(aside):
    cite = SPLIT.format(aside)
    mills = "How big a cut will the union's 12 member mills make?"
    assert verdict("figure", "60,000 tonne", cite, mills) == "grounded"
    assert verdict("figure", "25,000", cite, mills) == "DG601"
    outside = "How much will the 7 outside firms cut?"
    assert verdict("figure", "25,000", cite, outside) == "grounded"


# A clause naming the main part of what a sentence measured (受损鱼种主要为石斑鱼), then the same metrics again: those
# after it are the part's, those before it the whole's (round 21's Taiwan farm-loss table, 25 rows).
FISH = ("渔业署指出,本次渔损估计损失金额820万元,养殖被害面积64公顷,受损鱼种主要为石斑鱼,被害面积31公顷,损失金额410万元,"
        "其次为虱目鱼、文蛤等。")
FISH_HANT = ("漁業署指出，本次漁損估計損失金額820萬元，養殖被害面積64公頃，受損魚種主要為龍膽石斑（石斑魚），被害面積31公頃，"
             "損失金額410萬元，其次為虱目魚、文蛤等。")


def test_the_metrics_after_the_main_part_are_the_part_s():
    assert verdict("figure", "31公顷", FISH, "石斑鱼被害面积多少？") == "grounded"
    assert verdict("figure", "64公顷", FISH, "石斑鱼被害面积多少？") == "DG601"
    assert verdict("figure", "410万元", FISH, "石斑鱼的损失金额是多少？") == "grounded"
    # (the part named by either of its names, and in Traditional characters)
    assert verdict("figure", "31公頃", FISH_HANT, "石斑魚被害面積多少？") == "grounded"
    assert verdict("figure", "64公頃", FISH_HANT, "龍膽石斑被害面積多少？") == "DG601"


def test_the_metrics_before_the_main_part_are_the_whole_s():
    assert verdict("figure", "64公顷", FISH, "本次养殖被害面积多少？") == "grounded"
    assert verdict("figure", "31公顷", FISH, "本次养殖被害面积多少？") == "DG601"
    assert verdict("figure", "410万元", FISH, "本次渔损估计损失金额是多少？") == "DG601"



@pytest.mark.parametrize("text, counted", [("七胜二败", [("7", "胜"), ("2", "败")]), ("55胜60败", [("55", "胜"), ("60", "败")]),
                                           ("两败俱伤", []), ("一败涂地", []), ("百胜中国的营收", []), ("三胜利", [])])
def test_wins_and_losses_count_but_idioms_and_names_do_not(text, counted):
    from deckgen.quantities import parse_quantities

    assert [(str(q.value), q.counter) for q in parse_quantities(text)] == counted
