"""False rejects (fr27), on made-up cites: a right answer the engine refused because its value's words were read too
narrowly."""

from conftest import binding_code


STORM = "The storm flattened 12 barns, damaged nine others and cut power to the valley, the county said on Friday."


def test_a_count_writing_no_noun_counts_what_the_count_before_it_counts():
    # nine (others) counts barns, as 12 does: asked the barns damaged, nine is the answer and 12 another verb's count
    assert binding_code("figure", "nine", STORM, "How many barns were damaged?") == "grounded"
    assert binding_code("figure", "12", STORM, "How many barns were damaged?") == "DG601"
    assert binding_code("figure", "12", STORM, "How many barns were flattened?") == "grounded"


LEAGUE = "The striker started only 9 out of 38 matches in his debut season. He scored 7 goals."


def test_a_count_out_of_a_whole_counts_the_whole_s_noun():
    assert binding_code("figure", "9", LEAGUE, "How many matches did the striker start in his debut season?") == "grounded"
    assert binding_code("figure", "38 matches", LEAGUE, "How many matches did the striker start in his debut season?") == "DG601"


HARBOUR = ("In May the harbour handled 402,118 twenty-foot equivalent units (TEUs), its busiest May in a 95-year history. "
           "Empty containers came to 8,240 TEUs.")


def test_a_bracketed_abbreviation_names_the_unit_before_it():
    assert binding_code("figure", "402,118 TEUs", HARBOUR, "How many TEUs did the harbour handle in May?") == "grounded"


FRUIT = "今年上半年,甲市水果出口额为12.6亿元,同比下滑幅度达到8.4%;乙市水果出口额为9.1亿元,同比增长3.2%。"


def test_the_noun_of_a_change_s_size_names_a_change():
    # 下滑幅度达到8.4%: the fall's size is a change, the value a question asking how far exports fell asks
    assert binding_code("figure", "8.4%", FRUIT, "甲市上半年水果出口额同比下滑幅度是多少？") == "grounded"
    assert binding_code("figure", "3.2%", FRUIT, "甲市上半年水果出口额同比下滑幅度是多少？") == "DG601"


SHOPS = "3月份,全市200家门店中,销售额环比下降的门店有58家,比上月增加6家;销售额环比上涨的门店有121家。"


def test_a_direction_qualifying_the_counted_noun_asks_a_count():
    # 环比下降的门店有多少家 counts the shops that fell: 58家, a level; 6家 is that count's change on last month
    assert binding_code("figure", "58家", SHOPS, "3月份销售额环比下降的门店有多少家？") == "grounded"
    assert binding_code("figure", "6家", SHOPS, "3月份销售额环比下降的门店有多少家？") == "DG601"
