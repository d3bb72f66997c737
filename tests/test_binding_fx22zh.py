"""Branch fx22zh (session 20): sectors in long lists of a Chinese cite (heldout-industrial-profits). A sector's name
holds 和 between two activities of one sector (钢铁冶炼和轧制加工业): the words after 和 run on to 业, so it is one item,
not a list of two; a list opened after a colon (…情况如下:) starts its first item at the colon; a measure's noun after
the sector (…业利润, …业利润总额) is what is measured, not part of the name; a base of the year before (比上年增加)
between a name and its value leaves the name an item's. Made-up sentences, each with a twin the rules leave alone."""

from conftest import binding_code as verdict

SECTORS = ("前三季度,重点行业产量情况如下:钢铁冶炼和轧制加工业产量同比增长12.4%,纺织业增长8.3%,机械设备制造业增长6.1%,"
           "食品加工和包装业下降3.5%,化学原料和化学制品业下降9.2%。")
SECTORS_Q = "前三季度{}产量同比增长多少?"

PROFITS = ("在30个行业中,22个行业利润总额比上年增加。其中,增加较多的行业是,燃气生产和供应业利润总额比上年增加312.4亿元,"
           "船舶制造业增加208.6亿元,计算机和办公设备制造业增加150.2亿元。")
PROFITS_Q = "2019年{}利润总额比上年增加多少?"

CITIES = "前三季度,北京和上海分别增长6.1%和8.3%,广州增长5.2%。"


def test_sector_with_and_in_its_name_after_a_colon_is_its_own_item():
    assert verdict("figure", "6.1%", SECTORS, SECTORS_Q.format("机械设备制造业")) == "grounded"
    assert verdict("figure", "8.3%", SECTORS, SECTORS_Q.format("机械设备制造业")) == "DG601"
    assert verdict("figure", "12.4%", SECTORS, SECTORS_Q.format("钢铁冶炼和轧制加工业")) == "grounded"
    assert verdict("figure", "3.5%", SECTORS, SECTORS_Q.format("化学原料和化学制品业")) == "DG601"


def test_sector_falling_asked_as_rising_is_direction():
    assert verdict("figure", "9.2%", SECTORS, SECTORS_Q.format("化学原料和化学制品业")) == "DG604"


def test_sector_with_its_measure_and_base_before_its_value():
    assert verdict("figure", "312.4亿元", PROFITS, PROFITS_Q.format("燃气生产和供应业")) == "grounded"
    assert verdict("figure", "208.6亿元", PROFITS, PROFITS_Q.format("燃气生产和供应业")) == "DG601"


def test_twin_a_list_of_places_joined_by_and_stays_a_list():
    # (北京和上海: 和 between two names that do not run on to 业 is a list, which no one item heads)
    assert verdict("figure", "5.2%", CITIES, "前三季度北京增长多少?") != "grounded"
