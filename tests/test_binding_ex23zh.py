"""Round 23's held-out table on 国家统计局's releases of residents' income and consumption (branch ex23zh,
heldout-household-income-consumption): each principle its first run showed, restated on made-up sentences of the same
shape (a province's wages and a city's housing by district and ownership), each beside a twin the rule must not
change."""

from conftest import binding_code as verdict

# 1. A clause that opens with no item of its own (扣除价格因素,实际增长b%; 中位数是平均数的X%) goes on with the
# subject of the value before it, where the question names the clause's own words (_zh_chained_clauses).
WAGES = ("全省职工人均工资5200元,比上年名义增长6.0%,扣除价格因素,实际增长4.1%。其中,国有单位职工人均工资6100元,"
         "增长5.2%,扣除价格因素,实际增长3.3%;私营单位职工人均工资3900元,增长7.4%,扣除价格因素,实际增长5.5%。")
HOUSING = ("全市家庭人均住房面积中位数35平方米,增长1.8%,中位数是平均数的90.2%。其中,城区家庭人均住房面积中位数32平方米,增长2.1%,中位数是平均数的88.0%;"
           "郊区家庭人均住房面积中位数41平方米,增长1.5%,中位数是平均数的93.0%。")


def test_the_real_growth_after_a_subunits_own_growth_is_that_subunits():
    q = "私营单位职工人均工资扣除价格因素实际增长多少?"
    assert verdict("figure", "5.5%", WAGES, q) == "grounded"
    assert verdict("figure", "3.3%", WAGES, q) == "DG601"


def test_the_real_growth_of_the_whole_is_the_wholes():
    q = "全省职工人均工资扣除价格因素实际增长多少?"
    assert verdict("figure", "4.1%", WAGES, q) == "grounded"


def test_a_question_naming_no_real_growth_asks_the_subunits_plain_growth():
    # (twin: 比上年增长 names neither 实际 nor 扣除价格因素: the clause after it stays apart, the plain growth is chosen)
    q = "私营单位职工人均工资比上年增长多少?"
    assert verdict("figure", "7.4%", WAGES, q) == "grounded"


def test_the_medians_share_of_the_mean_after_a_districts_median_is_that_districts():
    q = "郊区家庭人均住房面积中位数是平均数的多少?"
    assert verdict("figure", "93.0%", HOUSING, q) == "grounded"
    assert verdict("figure", "88.0%", HOUSING, q) == "DG601"


def test_the_first_districts_share_stays_its_own():
    q = "城区家庭人均住房面积中位数是平均数的多少?"
    assert verdict("figure", "88.0%", HOUSING, q) == "grounded"
    assert verdict("figure", "93.0%", HOUSING, q) == "DG601"


def test_the_wholes_share_stays_the_wholes():
    q = "全市家庭人均住房面积中位数是平均数的多少?"
    assert verdict("figure", "90.2%", HOUSING, q) == "grounded"
    assert verdict("figure", "93.0%", HOUSING, q) == "DG601"


# 2. 缩小 is a fall's verb, as narrowed is (扩大 was already a rise's): a ratio's 比上年缩小0.06 is its change, asked
# by 缩小多少; the level is another measure, and 扩大 asked where the cite says 缩小 is the other direction.
RATIO = "全市城乡居民人均收入比值为2.10,比上年缩小0.06,城乡差距继续缩小。"


def test_a_ratios_narrowing_is_its_change():
    q = "全市城乡居民人均收入比值比上年缩小多少?"
    assert verdict("figure", "0.06", RATIO, q) == "grounded"
    assert verdict("figure", "2.10", RATIO, q) == "DG601"


def test_a_ratios_level_stays_its_level():
    q = "全市城乡居民人均收入比值是多少?"
    assert verdict("figure", "2.10", RATIO, q) == "grounded"
    assert verdict("figure", "0.06", RATIO, q) == "DG601"


def test_a_widening_asked_of_a_narrowing_is_the_other_direction():
    assert verdict("figure", "0.06", RATIO, "全市城乡居民人均收入比值比上年扩大多少?") == "DG604"


# 3. 中位数 written right after a name (人均工资中位数65000元) makes the median, another metric than the name's own value:
# a question with no 中位数 asks the mean (_unmedian).
MEDIAN = "2023年,全省城镇职工人均工资78000元,比上年增长5.0%,全年城镇职工人均工资中位数65000元。"


def test_a_question_without_median_asks_the_mean():
    q = "2023年城镇职工人均工资是多少?"
    assert verdict("figure", "78000元", MEDIAN, q) == "grounded"
    assert verdict("figure", "65000元", MEDIAN, q) == "DG601"


def test_a_question_naming_the_median_asks_it():
    q = "2023年城镇职工人均工资中位数是多少?"
    assert verdict("figure", "65000元", MEDIAN, q) == "grounded"
    assert verdict("figure", "78000元", MEDIAN, q) == "DG601"
