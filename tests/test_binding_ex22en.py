"""Round 22's mining-production table (branch ex22en): the principles its first run showed, each on made-up sentences
of the same shape (a copper and zinc miner's quarter), a case the rule fixes beside a twin it must not change."""

from conftest import binding_code as verdict

# (1) Units glued to their numbers, as the Australian and British mining press writes them: 125,000t and 14.2MT are
# tonnes, 7pc is percent, $US960 and $A1,280 are currencies, 1.05g/t is a grade; a letter glued to a figure that is
# no unit (3t5, a model) stays a name, and t or mt apart from a bare figure is a word.
GLUED = ("The miner produced 52,400t of zinc in the quarter, 6pc higher on the quarter, and moved a record 9.8MT of "
         "material at an AISC of $US1,140 an ounce ($A1,720 an ounce) and a head grade of 2.35g/t.")


def test_glued_tonnes_ground_and_bind():
    q = "How much zinc did the miner produce in the quarter?"
    assert verdict("figure", "52,400t", GLUED, q) == "grounded"
    assert verdict("figure", "52,400 tonnes", GLUED, q) == "grounded"
    assert verdict("figure", "52,400 ounces", GLUED, q) != "grounded"  # tonnes are no ounces


def test_glued_pc_is_percent():
    q = "By how much was the miner's zinc output higher on the quarter?"
    assert verdict("figure", "6pc", GLUED, q) == "grounded"
    assert verdict("figure", "6%", GLUED, q) == "grounded"
    assert verdict("figure", "6 percent", GLUED, q) == "grounded"


def test_glued_million_tonnes_and_grade():
    assert verdict("figure", "9.8MT", GLUED, "What record amount of material did the miner move?") == "grounded"
    assert verdict("figure", "2.35g/t", GLUED, "What was the head grade?") == "grounded"
    assert verdict("figure", "2.35 g/t", GLUED, "What was the head grade?") == "grounded"


def test_currency_after_dollar_sign():
    q = "What was the miner's AISC in US dollars?"
    assert verdict("figure", "$US1,140 an ounce", GLUED, q) == "grounded"
    assert verdict("figure", "US$1,140 an ounce", GLUED, q) == "grounded"
    assert verdict("figure", "$A1,720 an ounce", GLUED, "What was the miner's AISC in Australian dollars?") == "grounded"
    assert verdict("figure", "A$1,720 an ounce", GLUED, "What was the miner's AISC in Australian dollars?") == "grounded"


def test_letters_that_are_no_unit_stay_names():
    # twins: a letter glued to a figure and followed by more (3t5), and mt apart from a bare year (2019 Mt Isa)
    cite = "The 3t5 loader was delivered to the 2019 Mt Isa expansion, which added 40 trucks."
    assert verdict("figure", "3 tonnes", cite, "How heavy was the loader?") != "grounded"
    assert verdict("figure", "2019 tonnes", cite, "How much did the expansion add?") != "grounded"
    assert verdict("figure", "40 trucks", cite, "How many trucks did the expansion add?") == "grounded"
    # a t one space apart from its figure is no tonne either
    assert verdict("figure", "5 tonnes", "Group 5 t shirts were sold out.", "How much was sold?") != "grounded"


# (2) Thousands grouped by a space (the South African and European press: 570 000 oz) are one number where a unit or a
# percent sign follows; a day after a month, a label's number and two numbers with no unit stay apart. A range written
# "between X and Y" is one value, as "X to Y" is.
SPACED = ("The miner raised its guidance for the year to between 410 000 oz and 430 000 oz, up from between 380 000 oz "
          "and 400 000 oz previously, after producing 212 485 oz in the first half.")


OUTPUT = "The Kestrel mine produced a total of 212 485 oz of gold in the half, at an average grade of 6.4 g/t."


def test_space_grouped_thousands_are_one_number():
    q = "How much gold did the Kestrel mine produce in the half?"
    assert verdict("figure", "212 485 oz", OUTPUT, q) == "grounded"
    assert verdict("figure", "212,485 oz", OUTPUT, q) == "grounded"
    assert verdict("figure", "485 oz", OUTPUT, q) != "grounded"  # a group alone is no value of the cite


def test_space_grouped_needs_a_unit_after_and_no_date_before():
    # twins: two numbers with no unit after them, and a day's number after a month, stay two numbers
    assert verdict("figure", "21,100", "The scores were 21 100 and 19 98.", "What was the first score?") != "grounded"
    cite = "On May 5 100 people were evacuated from the mine."
    assert verdict("figure", "100 people", cite, "How many people were evacuated?") == "grounded"
    assert verdict("figure", "5,100 people", cite, "How many people were evacuated?") != "grounded"


def test_between_range_is_one_value():
    q = "To what range did the miner raise its guidance for the year?"
    assert verdict("figure", "between 410 000 oz and 430 000 oz", SPACED, q) == "grounded"
    comma = SPACED.replace("410 000", "410,000").replace("430 000", "430,000")
    assert verdict("figure", "between 410,000 oz and 430,000 oz", comma, q) == "grounded"
    # twin: two values joined by "and" with no "between" before them are two values, and the question picks one
    two = "The miner produced 410,000 oz in 2020 and 430,000 oz in 2021."
    assert verdict("figure", "410,000 oz and 430,000 oz", two, "How much gold did the miner produce in 2021?") != "grounded"
