"""Branch fx22en (2026-12-03): an estimate stated against its earlier statement right after it (guidance of 40-45
million, compared to 45-50 million in the previous guidance) is the same estimate stated earlier: asked the new
guidance, the earlier range is DG602 (another period of one estimate), not another item. Made-up sentences of the
shape of the mining table's, each with a twin the rule must not change."""

from conftest import binding_code as verdict

Q = "What is Harbor Minerals' nickel sales guidance for 2030?"
PREVIOUS = "Harbor Minerals' nickel sales guidance for 2030 is at 40-45 million lb, compared to 45-50 million lb in the previous guidance."
# (the twin: the second range is another item's, no earlier statement of the guidance)
OTHER_ITEM = "Harbor Minerals' nickel sales guidance for 2030 is at 40-45 million lb, compared to 45-50 million lb for cobalt."


def test_an_earlier_statement_of_the_guidance_is_another_period():
    assert verdict("figure", "45-50 million lb", PREVIOUS, Q) == "DG602"


def test_the_new_guidance_still_passes():
    assert verdict("figure", "40-45 million lb", PREVIOUS, Q) == "grounded"


def test_twin_another_items_range_is_not_made_an_earlier_estimate():
    assert verdict("figure", "45-50 million lb", OTHER_ITEM, Q) != "DG602"


WINTER = "Farmers are expected to harvest 2.1 million tons of barley this year, up 3% from the previous forecast and up 8% from last year."


def test_twin_a_change_after_a_change_on_the_earlier_forecast_keeps_its_base():
    # (the earlier-forecast words belong to the first change's base, not to the value after them)
    assert verdict("figure", "8%", WINTER, "By what percentage is this year's barley harvest up from last year?") == "grounded"
