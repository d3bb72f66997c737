"""Round 21's held-out table on OPEC and OPEC+ production decisions (branch ex21en): each principle its first run
missed, restated on made-up sentences of the same shape (a coffee growers' cartel and its export quotas, metals
futures), each a pair: the case the rule fixes and a twin it must not change."""

from conftest import binding_code as verdict

# An agreed cut asked as what was agreed: the decision itself, no goal against an outturn.
AGREED = "Member states, seeking to lift prices, agreed to cut exports by 400,000 bags a month."
PLEDGED_LEVEL = "Member states agreed to cut exports to 9 million bags, after shipping 9.4 million bags last year."


def test_agreed_cut_asked_as_agreed():
    assert verdict("figure", "400,000 bags a month", AGREED,
                   "By how much did the member states agree to cut exports?") == "grounded"


def test_agreed_level_still_no_outturn():
    # asked what was shipped, the agreed level stays a goal (DG603) and the shipment right
    assert verdict("figure", "9 million bags", PLEDGED_LEVEL,
                   "How many bags did the member states ship?") == "DG603"
    assert verdict("figure", "9.4 million bags", PLEDGED_LEVEL,
                   "How many bags did the member states ship last year?") == "grounded"


# A month naming a futures contract (for March delivery, with May delivery) is no period of the price.
CONTRACTS = ("At 1400 GMT copper for March delivery was up $41 at $8,120 a tonne. "
             "Aluminium was up $12 at $2,230 a tonne.")
MONTHS = ("Copper averaged $8,120 a tonne in March, up $41 from February. "
          "Aluminium averaged $2,230 a tonne, up $12.")


def test_delivery_month_is_no_period():
    q = "By how much was copper up at 1400 GMT on the day of the cartel's meeting in June?"
    assert verdict("figure", "$41", CONTRACTS, q) == "grounded"
    assert verdict("figure", "$12", CONTRACTS, q) == "DG601"
    assert verdict("figure", "$2,230", CONTRACTS, "What was aluminium at on the day of the meeting?") == "grounded"
    assert verdict("figure", "$8,120 a tonne", CONTRACTS, "What was aluminium at on the day of the meeting?") == "DG601"


def test_month_of_a_price_stays_its_period():
    # a month the price was stated for is still its period: asked February's, March's average is another period's
    assert verdict("figure", "$8,120 a tonne", MONTHS, "What did copper average in February?") == "DG602"


# Speech by a post and by a written text: "X tweeted", "an official communique read".
TWEETED = "Growers agreed in a video call on Monday to cut exports by 2 million bags, Veloria's Trade Minister Ana Ruiz tweeted."
UNSAID = "Growers agreed in a video call on Monday to cut exports by 2 million bags, and Ana Ruiz left the call early."
COMMUNIQUE = "Member states agreed to cut exports by 2 million bags on Monday, an official communique read."
READ_OUT = "The chairman read the communique to delegates on Monday after member states agreed to cut exports."


def test_tweeted_is_speech():
    q = "Who tweeted that growers agreed to cut exports by 2 million bags?"
    assert verdict("quote", "Ana Ruiz", TWEETED, q) == "grounded"
    assert verdict("quote", "Ana Ruiz", UNSAID, "Who said growers agreed to cut exports by 2 million bags?") == "DG402"


def test_communique_read_is_speech():
    assert verdict("quote", "an official communique", COMMUNIQUE,
                   "What said member states agreed to cut exports by 2 million bags?") == "grounded"
    assert verdict("quote", "The chairman", READ_OUT,
                   "Who said member states agreed to cut exports?") == "DG402"


# Values ranked after a change ("The next largest were A at X and B at Y") are changes of the same measure.
RANKED = ("Veloria agreed to cut 300,000 bags a month, or about 35% of the total. "
          "The next largest were Dorland at 120,000 and Ostia at 90,000")
NOT_RANKED = ("Veloria agreed to cut 300,000 bags a month, or about 35% of the total. "
              "Dorland exported 120,000 and Ostia 90,000")


def test_next_ranked_values_share_the_change():
    q = "How much did Dorland agree to cut?"
    assert verdict("figure", "120,000", RANKED, q) == "grounded"
    assert verdict("figure", "300,000 bags a month", RANKED, q) == "DG601"
    assert verdict("figure", "90,000", RANKED, q) == "DG601"


def test_unranked_level_is_no_cut():
    # Dorland's exports are a level, not its cut: asked the cut, the cut the cite states is Veloria's
    assert verdict("figure", "120,000", NOT_RANKED, "How much did Dorland agree to cut?") != "grounded"
