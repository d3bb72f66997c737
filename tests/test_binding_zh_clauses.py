"""Chinese clause rules of binding, each on a made-up cite: what describes each value in a Chinese
cite (its subject, item, place, the frame a head sets for later clauses) and the DG601/DG605 call."""

import pytest

from deckgen.binding import check_binding
from deckgen.grounding import support
from conftest import binding_code


def verdict(kind, answer, cite, question):
    return binding_code(kind, answer, cite, question)


# A head ending in a colon (最高气温如下:) is every item's; each item's place is its own.
COLON_LIST = "昨日各地最高气温如下:甲市38.5度,乙县乙镇36度,丙岛33.5度;各地最低气温如下:甲市27度,乙县乙镇25度。"


@pytest.mark.parametrize("answer, question, expect", [
    ("36度", "昨日乙县乙镇的最高气温是多少？", "grounded"),
    ("38.5度", "昨日乙县乙镇的最高气温是多少？", "DG601"),
    ("33.5度", "昨日丙岛的最高气温是多少？", "grounded"),
    ("25度", "昨日乙县乙镇的最低气温是多少？", "grounded"),
    ("36度", "昨日乙县乙镇的最低气温是多少？", "DG601"),
    ("38.5度", "昨日各地最高气温是多少？", "DG605"),  # the head alone names every item
])
def test_a_colon_head_is_every_items(answer, question, expect):
    assert verdict("figure", answer, COLON_LIST, question) == expect


# The subject opening a Chinese clause is each of its values', the change's and the level's alike.
TWO_INDICES = "甲指数涨2.1%至1530.5点。乙指数跌0.6%至812.3点。"


@pytest.mark.parametrize("answer, question, expect", [
    ("812.3点", "乙指数收于多少点？", "grounded"),
    ("1530.5点", "乙指数收于多少点？", "DG601"),
    ("1530.5点", "甲指数收于多少点？", "grounded"),
    ("812.3点", "指数收于多少点？", "DG605"),  # a word both share names neither
])
def test_a_clauses_subject_is_its_change_and_its_level(answer, question, expect):
    assert verdict("figure", answer, TWO_INDICES, question) == expect


# 非 before a noun names its opposite: asked 工业品价格, the cite's 非工业品价格 is another item.
NON_ITEM = "其中,工业品价格上涨4.1%,非工业品价格上涨0.9%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("4.1%", "本月工业品价格上涨多少？", "grounded"),
    ("0.9%", "本月工业品价格上涨多少？", "DG601"),
    ("0.9%", "本月非工业品价格上涨多少？", "grounded"),
])
def test_a_noun_after_fei_is_its_opposite(answer, question, expect):
    assert verdict("figure", answer, NON_ITEM, question) == expect


# A head written once after a 分别 list's last item (粮食价格; 农村职工人均工资) is every item's.
HEAD_AFTER_LIST = "水产品、鸡蛋、粮食价格分别上涨5.8%、0.5%和0.4%。城镇职工、农村职工人均工资分别增长3.1%、4.2%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("0.5%", "鸡蛋价格上涨多少？", "grounded"),
    ("0.4%", "鸡蛋价格上涨多少？", "DG601"),
    ("3.1%", "城镇职工人均工资增长多少？", "grounded"),
    ("4.2%", "城镇职工人均工资增长多少？", "DG601"),
    ("3.1%", "职工人均工资增长多少？", "DG605"),  # the head alone names both items
])
def test_a_head_after_a_lists_last_item_is_every_items(answer, question, expect):
    assert verdict("figure", answer, HEAD_AFTER_LIST, question) == expect


# A name's code in brackets (甲科技(3081)) is part of a leading clause of words, which frames every value.
CODED_NAME = "甲科技(3081)公布第二季财报,第二季营收为82.4亿元,季减6.1%,年增3.3%,本季营业利益为9.6亿元,季减4.2%,年减1.8%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("4.2%", "甲科技第二季营业利益季减多少？", "grounded"),
    ("6.1%", "甲科技第二季营业利益季减多少？", "DG601"),
    ("6.1%", "甲科技第二季季减多少？", "DG605"),  # the name and the quarter are every value's
])
def test_a_names_code_is_part_of_its_leading_clause(answer, question, expect):
    assert verdict("figure", answer, CODED_NAME, question) == expect


# Names in a list, each after words of its own: the words the question names select the name.
NAMED_ITEMS = "本届获奖的东区王小明、西区李大同和南区赵一鸣均为首次参赛,原青年组的孙立及原少年组的周平则落选。"


@pytest.mark.parametrize("answer, question, expect", [
    ("李大同", "西区获奖的是谁？", "grounded"),
    ("王小明", "西区获奖的是谁？", "DG601"),
    ("周平", "原少年组的哪位选手落选？", "grounded"),
    ("孙立", "原少年组的哪位选手落选？", "DG601"),
])
def test_the_words_before_a_listed_name_are_its_items(answer, question, expect):
    assert verdict("fact", answer, NAMED_ITEMS, question) == expect


# A list of places each with its own range: the place the question names selects its range.
PLACE_RANGES = "今明两天累积雨量部分,甲县山区为300至500毫米,乙市、丙市为150至250毫米;平地部分,甲县为80至120毫米。"


@pytest.mark.parametrize("answer, question, expect", [
    ("150至250毫米", "乙市、丙市今明两天累积雨量为多少？", "grounded"),
    ("300至500毫米", "乙市、丙市今明两天累积雨量为多少？", "DG601"),
    ("300至500毫米", "甲县山区今明两天累积雨量为多少？", "grounded"),
    ("80至120毫米", "甲县山区今明两天累积雨量为多少？", "DG601"),
])
def test_the_place_a_question_names_selects_its_range(answer, question, expect):
    assert verdict("figure", answer, PLACE_RANGES, question) == expect


# A compound of one-character names with their count (中美两国) before 分别 is a list of its characters.
COMPOUND = "上月中美两国对该国出口继续增长,分别出口3.2万吨和1.8万吨,合计5万吨。"


@pytest.mark.parametrize("answer, question, expect", [
    ("1.8万吨", "上月美国对该国出口多少万吨？", "grounded"),
    ("3.2万吨", "上月美国对该国出口多少万吨？", "DG601"),
    ("3.2万吨", "上月中国对该国出口多少万吨？", "grounded"),
])
def test_a_compound_of_one_character_names_is_a_list(answer, question, expect):
    assert verdict("figure", answer, COMPOUND, question) == expect


# Latitude and longitude written together are one position: its words describe both coordinates.
POSITION = "轻度台风甲8时的中心位置在北纬 19.6 度,东经 121.3 度,以每小时15公里速度向西北进行。"


@pytest.mark.parametrize("answer, question, expect", [
    ("121.3度", "台风甲8时的中心位置在东经多少度？", "grounded"),
    ("19.6度", "台风甲8时的中心位置在东经多少度？", "DG601"),
    ("19.6度", "台风甲8时的中心位置在北纬多少度？", "grounded"),
])
def test_latitude_and_longitude_are_one_position(answer, question, expect):
    assert verdict("figure", answer, POSITION, question) == expect


# The parts after 其中, run on with ; to the full stop, are each of the total's: its words and its forecast
# are every part's, and the part the question names selects its own value.
PARTS_BY_SEMICOLON = "据主办方介绍,今年甲节预计全省旅客发送量将达到5.2亿人次、同比增长4%。其中,铁路1.1亿人次,增长9.5%;公路3.9亿人次,增长2.1%;航空2000万人次,增长6%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("3.9亿人次", "今年甲节公路旅客发送量预计是多少？", "grounded"),
    ("5.2亿人次", "今年甲节公路旅客发送量预计是多少？", "DG601"),
    ("2000万人次", "今年甲节航空旅客发送量预计是多少？", "grounded"),
    ("9.5%", "今年甲节铁路旅客发送量预计增长多少？", "grounded"),
    ("4%", "今年甲节铁路旅客发送量预计增长多少？", "DG601"),
    ("5.2亿人次", "今年甲节全省旅客发送量预计是多少？", "grounded"),
])
def test_parts_after_qizhong_run_on_past_semicolons(answer, question, expect):
    assert verdict("figure", answer, PARTS_BY_SEMICOLON, question) == expect


# Items of a list written alike, each its own words then its value: the first item's words before its own
# (浮动利率, 甲集团第2季) head the list and are every item's; each item's own word (五年期, 乙类产品) selects.
TERMS_LIST = "发行条件方面,浮动利率两年期2.15%、四年期2.3%、六年期2.45%。"
SHARES_LIST = "从营收结构来看,甲集团第2季甲类产品占比约44%,较第1季的40%上升,乙类产品占比31%,较第1季的35%下降,丙类产品占比约25%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("2.3%", "这次债券四年期的浮动利率是多少？", "grounded"),
    ("2.15%", "这次债券四年期的浮动利率是多少？", "DG601"),
    ("2.45%", "这次债券六年期的浮动利率是多少？", "grounded"),
    ("2.15%", "这次债券的浮动利率是多少？", "DG605"),  # the head alone names every item
])
def test_a_lists_head_before_the_first_items_own_words_is_every_items(answer, question, expect):
    assert verdict("figure", answer, TERMS_LIST, question) == expect


@pytest.mark.parametrize("answer, question, expect", [
    ("31%", "甲集团第2季乙类产品营收占比是多少？", "grounded"),
    ("约44%", "甲集团第2季乙类产品营收占比是多少？", "DG601"),
    ("约25%", "甲集团第2季丙类产品营收占比约多少？", "grounded"),
    ("31%", "甲集团第2季丙类产品营收占比约多少？", "DG601"),
])
def test_parallel_clauses_share_the_first_clauses_frame_not_a_bases_period(answer, question, expect):
    assert verdict("figure", answer, SHARES_LIST, question) == expect


# A ;-part opening with 在/于 names no subject of its own: it goes on with the part before it's subject.
PLACE_PARTS = "丙党在东区取得3席;在西区取得5席;于南区取得2席。丁党在北区取得4席。"


@pytest.mark.parametrize("answer, question, expect", [
    ("5席", "丙党取得多少席？", "DG605"),  # the subject alone names every part
    ("5席", "丙党在西区取得多少席？", "grounded"),
    ("2席", "丙党在西区取得多少席？", "DG601"),
    ("3席", "丁党取得多少席？", "DG601"),  # a part with a subject of its own is its own
])
def test_a_semicolon_part_led_by_zai_goes_on_with_the_subject(answer, question, expect):
    assert verdict("figure", answer, PLACE_PARTS, question) == expect


# Values the parser reads whole: 年半 is half a year more (one duration), a fraction 分之 is one share.
TERMS = "张三收10万判10年 李四收78万只判4年半?"
SHARE = "据村干部介绍,全村600多户2500多人口,三分之一姓王。"


@pytest.mark.parametrize("answer, question, expect", [
    ("4年半", "李四只被判了多少年？", "grounded"),
    ("10年", "李四只被判了多少年？", "DG601"),
])
def test_half_a_year_after_the_years_is_one_duration(answer, question, expect):
    assert verdict("figure", answer, TERMS, question) == expect


def test_half_a_year_is_no_whole_year():
    assert verdict("figure", "4年", TERMS, "李四只被判了多少年？") != "grounded"  # 4年半 is no 4年


def test_a_chinese_fraction_is_one_share_and_no_count():
    assert verdict("figure", "三分之一", SHARE, "全村有几分之几的人姓王？") == "grounded"
    assert verdict("figure", "四分之一", SHARE, "全村有几分之几的人姓王？") != "grounded"


# Two values joined as a range (3年至8年不等) after 分别 are its ends, not two items' values; a question's
# 最重/最长 (最轻/最短) asks its upper (lower) end.
RANGE_AFTER_LIST = "甲、乙、丙、丁等4人分别被判3年至8年不等的有期徒刑。"


@pytest.mark.parametrize("answer, question, expect", [
    ("8年", "甲、乙、丙、丁等4人中最重被判多少年？", "grounded"),
    ("3年", "甲、乙、丙、丁等4人中最重被判多少年？", "DG601"),
    ("3年", "甲、乙、丙、丁等4人中刑期最短的被判多少年？", "grounded"),
])
def test_a_range_after_fenbie_is_one_range_and_its_ends_are_asked_by_extremes(answer, question, expect):
    assert verdict("figure", answer, RANGE_AFTER_LIST, question) == expect


# The whole a first 占 names (全部游客) is every later share's with 占 and no whole of its own; a ;-part that
# speaks of what will be (将) under a sentence 预计 opens is part of that forecast.
SHARES_OF_ONE_WHOLE = ("从游客构成看,预计本地游客约占全部游客的62%,外地游客约占30%,入境游客约占8%;"
                       "自驾出行比例将继续提高,景区停车位日均使用量约为12万个,较去年同期增长5.4%。")


@pytest.mark.parametrize("answer, question, expect", [
    ("约30%", "预计外地游客约占全部游客的多少？", "grounded"),
    ("约8%", "预计外地游客约占全部游客的多少？", "DG601"),
    ("约8%", "预计入境游客约占全部游客的多少？", "grounded"),
    ("5.4%", "景区停车位日均使用量预计较去年同期增长多少？", "grounded"),
])
def test_shares_of_one_whole_and_a_forecasts_later_parts(answer, question, expect):
    assert verdict("figure", answer, SHARES_OF_ONE_WHOLE, question) == expect


# A Chinese base word right before its value (月增2.2%、年增31.8%) is that value's base, not the next one's
# (the English base is read after its value: up 1.0 percent from the previous month).
BASES_IN_A_LIST = "甲公司12月营收为812亿元,月增3.4%、年增27.5%;第四季营收达2400亿元,季增18.2%、年增20.6%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("3.4%", "甲公司12月营收月增多少？", "grounded"),
    ("27.5%", "甲公司12月营收月增多少？", "DG602"),
    ("27.5%", "甲公司12月营收年增多少？", "grounded"),
    ("20.6%", "甲公司第四季营收年增多少？", "grounded"),
    ("18.2%", "甲公司第四季营收年增多少？", "DG602"),
])
def test_a_chinese_base_word_before_its_value_is_its_own(answer, question, expect):
    assert verdict("figure", answer, BASES_IN_A_LIST, question) == expect


# A clause opening with a Chinese base (比2019年同期增长4.2%) names no subject: its date and 同期 are the
# base's, so the part's subject before it goes on to it.
BASE_CLAUSES = ("全省客运量5210万人次,比2019年同期下降6.1%。其中,城际铁路客运量1830万人次,环比下降2.5%,"
                "比2023年同期下降3.2%,比2019年同期增长7.4%;道路客运量3380万人次,比2019年同期下降12.6%。")


@pytest.mark.parametrize("answer, question, expect", [
    ("7.4%", "城际铁路客运量比2019年同期变化了多少？", "grounded"),
    ("6.1%", "城际铁路客运量比2019年同期变化了多少？", "DG601"),
    ("12.6%", "城际铁路客运量比2019年同期变化了多少？", "DG601"),
])
def test_a_clause_opening_with_a_base_goes_on_with_the_parts_subject(answer, question, expect):
    assert verdict("figure", answer, BASE_CLAUSES, question) == expect


# A verb opening the question's metric (获…净流入, 被判处有期徒刑) tells nothing when the answer's own
# sentence writes the metric's noun too: the name the question asks about chooses.
VERB_METRIC = ("甲公司获主力资金净流入最多,金额为3.1亿元;主力资金净流入居前的还有乙公司、丙公司,金额分别为2.2亿元、1.4亿元。"
               "丁某被判处有期徒刑6年。戊某先后收受财物,其有期徒刑9年。")


@pytest.mark.parametrize("answer, question, expect", [
    ("1.4亿元", "丙公司获主力资金净流入多少？", "grounded"),
    ("2.2亿元", "丙公司获主力资金净流入多少？", "DG601"),
    ("3.1亿元", "丙公司获主力资金净流入多少？", "DG601"),
    ("9年", "戊某被判处有期徒刑多少年？", "grounded"),
    ("6年", "戊某被判处有期徒刑多少年？", "DG601"),
    ("9年", "丁某被判处有期徒刑多少年？", "DG601"),
])
def test_a_verb_before_the_metric_tells_no_value_apart(answer, question, expect):
    assert verdict("figure", answer, VERB_METRIC, question) == expect


# A name written again outside a 分别 list (乙区甲某胜选, …甲某和乙某…分别) is the item that writes it,
# not every item's.
NAME_AGAIN = "甲区甲某和乙区乙某胜选,但全部「跌票」,其中上届「票王」、「票后」甲某和乙某上届各取9万多票,今届分别减少5万及4万多票。"


@pytest.mark.parametrize("answer, question, expect", [
    ("5万票", "甲某今届得票减少了多少？", "grounded"),
    ("4万多票", "甲某今届得票减少了多少？", "DG601"),
    ("4万多票", "乙某今届得票减少了多少？", "grounded"),
    ("5万票", "乙某今届得票减少了多少？", "DG601"),
])
def test_a_name_written_again_outside_a_list_is_its_items(answer, question, expect):
    assert verdict("figure", answer, NAME_AGAIN, question) == expect


# A relative period standing as a clause of its own (初步统计,去年,) frames each value after it in its full
# sentence, across semicolons: asked 去年, a later group's value is not "another period's".
FRONTED_PERIOD = "据初步统计,去年,甲省生产总值3.1万亿元,增长7.5%;城镇居民和农村居民人均收入分别增长6.4%和9.2%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("9.2%", "去年甲省农村居民人均收入增长多少？", "grounded"),
    ("6.4%", "去年甲省农村居民人均收入增长多少？", "DG601"),
    ("7.5%", "去年甲省农村居民人均收入增长多少？", "DG601"),
    ("7.5%", "去年甲省生产总值增长多少？", "grounded"),
])
def test_a_fronted_relative_period_frames_the_whole_sentence(answer, question, expect):
    assert verdict("figure", answer, FRONTED_PERIOD, question) == expect


# A question's month one year before the month the cite states (2020年11月 against 2021年11月) asks for the
# value compared as a year ago (较去年同期…), not the month before (较10月…) nor the month stated.
YEAR_AGO = "甲公司公布2021年11月营收320.5亿元,较10月301.2亿元成长6.4%、较去年同期350.8亿元减少8.6%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("350.8亿元", "甲公司2020年11月的营收是多少？", "grounded"),
    ("320.5亿元", "甲公司2021年11月的营收是多少？", "grounded"),
    ("320.5亿元", "甲公司2020年11月的营收是多少？", "DG602"),
])
def test_a_month_a_year_before_asks_for_the_year_ago_value(answer, question, expect):
    assert verdict("figure", answer, YEAR_AGO, question) == expect


# A change against the base the question names (季增, 比去年同期增加): the period its base writes (较第2季80亿元…,
# 比去年同期3.1%…) is the base value's, not the change's own nor another period than the question's.
HELD_BASE = ("甲公司第3季营收90亿元,较第2季80亿元季增12.5%、比去年同期75亿元增加20%;"
             "第3季毛利率3.3%,较第2季3.0%增加0.3个百分点,比去年同期3.1%增加0.2个百分点。")


@pytest.mark.parametrize("answer, question, expect", [
    ("12.5%", "甲公司第3季营收季增多少？", "grounded"),
    ("20%", "甲公司第3季营收季增多少？", "DG602"),
    ("0.2个百分点", "甲公司第3季毛利率比去年同期增加多少个百分点？", "grounded"),
    ("0.3个百分点", "甲公司第3季毛利率比去年同期增加多少个百分点？", "DG602"),
])
def test_a_period_inside_a_held_base_is_the_bases(answer, question, expect):
    assert verdict("figure", answer, HELD_BASE, question) == expect


# A clause stating a figure that the value's clause goes on from with 并 (甲某拿下28分,并送出7次抢断) is that subject's
# own clause, not a frame of the sentence: its subject is not carried past the semicolon to another player's clause.
SUBJECT_WITH_FIGURE = "本场比赛,主队后卫甲某拿下全队最高的28分,并送出7次抢断;客队的乙某送出全场最多的10次抢断,并得到12分。"


@pytest.mark.parametrize("answer, question, expect", [
    ("7次", "甲某本场比赛有多少次抢断？", "grounded"),
    ("10次", "甲某本场比赛有多少次抢断？", "DG601"),
    ("10次", "乙某本场比赛有多少次抢断？", "grounded"),
])
def test_a_clause_with_its_own_figure_frames_no_later_group(answer, question, expect):
    assert verdict("figure", answer, SUBJECT_WITH_FIGURE, question) == expect


# A counter written after a space (约 150 公里) is the value's counter as when written close (40公里): asked
# 多少公里…的海面上, the count of 公里 followed by 海面 is the one asked, not one with no counter read.
SPACED_COUNTER = "七级风暴风半径40公里(北侧50公里、南侧30公里)。\n预测明日8时的中心位置在北纬 20.5 度,即在甲市东南方约 150 公里海面上。"


@pytest.mark.parametrize("answer, question, expect", [
    ("约150公里", "预测明日8时台风中心位置在甲市东南方约多少公里的海面上？", "grounded"),
    ("40公里", "预测明日8时台风中心位置在甲市东南方约多少公里的海面上？", "DG601"),
])
def test_a_counter_after_a_space_is_the_values(answer, question, expect):
    assert verdict("figure", answer, SPACED_COUNTER, question) == expect


# A move in 个百分点 written against a base (比上季末高…, 比上年同期低…) is the change against THAT base:
# the question's base selects it (the other base's is DG602), its item among a list's rates (DG601),
# and 低/放缓/回落 are falls while 高/加快/提高 are rises (the other direction is DG604).
POINT_MOVES = ("一季度末,甲类贷款余额增长8.2%,增速比上季末高0.3个百分点,比上年同期低2.1个百分点;"
               "乙类贷款余额增长5.4%,增速比上季末放缓0.7个百分点,比上年同期加快1.9个百分点。")


@pytest.mark.parametrize("answer, question, expect", [
    ("0.3个百分点", "一季度末甲类贷款余额增速比上季末高多少个百分点？", "grounded"),
    ("2.1个百分点", "一季度末甲类贷款余额增速比上季末高多少个百分点？", "DG602"),  # the other base's
    ("0.7个百分点", "一季度末甲类贷款余额增速比上季末高多少个百分点？", "DG601"),  # the other item's
    ("2.1个百分点", "一季度末甲类贷款余额增速比去年同期低多少个百分点？", "grounded"),  # 去年同期 is 上年同期
    ("2.1个百分点", "一季度末甲类贷款余额增速比上年同期高多少个百分点？", "DG604"),  # 低 is a fall
    ("1.9个百分点", "一季度末乙类贷款余额增速比上年同期加快多少个百分点？", "grounded"),
    ("放缓0.7个百分点", "一季度末乙类贷款余额增速比上季末有何变化？", "grounded"),
    ("加快0.7个百分点", "一季度末乙类贷款余额增速比上季末有何变化？", "DG604"),  # the answer's own word
    ("0.3个百分点", "一季度末贷款余额增速比上季末变化多少个百分点？", "DG605"),  # names neither item
])
def test_a_point_move_is_its_bases(answer, question, expect):
    assert verdict("figure", answer, POINT_MOVES, question) == expect


# 同比多增/少增/少减 X is the year-on-year difference of a flow: a question that says 同比多增 asks for it
# (the flow itself is DG601), and the sentence's words choose among several (another period's is DG602).
YOY_DIFFERENCES = ("上半年甲类债券发行8.4万亿元,同比多增3120亿元。6月份,甲类债券发行1.9万亿元,同比多增870亿元。"
                   "上半年乙类债券发行2.2万亿元,同比少增460亿元。")


@pytest.mark.parametrize("answer, question, expect", [
    ("3120亿元", "上半年甲类债券发行同比多增多少？", "grounded"),
    ("8.4万亿元", "上半年甲类债券发行同比多增多少？", "DG601"),  # the flow, not its difference
    ("870亿元", "上半年甲类债券发行同比多增多少？", "DG602"),  # another period's
    ("870亿元", "6月份甲类债券发行同比多增多少？", "grounded"),
    ("460亿元", "上半年乙类债券发行同比少增多少？", "grounded"),
    ("2.2万亿元", "上半年乙类债券发行同比少增多少？", "DG601"),
])
def test_a_yoy_difference_is_its_own_figure(answer, question, expect):
    assert verdict("figure", answer, YOY_DIFFERENCES, question) == expect


# A ;-part with a 其中 of its own is another total, the first's sibling: the first total's parts stop
# before it, so each total's parts carry only their own total's words.
TWO_TOTALS = ("分地区看,甲省投资增长8.4万亿元,其中,东部地区增长5100亿元,西部地区增长3.3万亿元;"
              "乙省投资增长6.2万亿元,其中,东部地区增长4800亿元,西部地区增长1.6万亿元,南部地区增长9200亿元。")


@pytest.mark.parametrize("answer, question, expect", [
    ("3.3万亿元", "甲省西部地区投资增长多少？", "grounded"),
    ("1.6万亿元", "甲省西部地区投资增长多少？", "DG601"),  # the other total's part
    ("4800亿元", "乙省东部地区投资增长多少？", "grounded"),
    ("5100亿元", "乙省东部地区投资增长多少？", "DG601"),
    ("6.2万亿元", "乙省投资增长多少？", "grounded"),  # the total, not its parts
    ("4800亿元", "东部地区投资增长多少？", "DG605"),  # names neither total
])
def test_a_part_with_its_own_parts_is_a_new_total(answer, question, expect):
    assert verdict("figure", answer, TWO_TOTALS, question) == expect


# A total's words that list its parts (以甲、乙和丙方式合计…) name one part each: they tell the parts
# after 其中 apart, and do not describe every part.
LISTED_PARTS = ("上半年以铁路、公路和水运方式合计运输货物52.3亿吨,日均运输货物2870万吨,日均运输比上年同期增长3.5%。"
                "其中,铁路日均运输同比增长4.1%,公路日均运输同比增长2.7%,水运日均运输同比增长6.2%。")


@pytest.mark.parametrize("answer, question, expect", [
    ("2.7%", "上半年公路日均运输同比增长多少？", "grounded"),
    ("4.1%", "上半年公路日均运输同比增长多少？", "DG601"),
    ("6.2%", "上半年水运日均运输同比增长多少？", "grounded"),
])
def test_a_totals_listed_words_name_each_part(answer, question, expect):
    assert verdict("figure", answer, LISTED_PARTS, question) == expect


# A clause written in full with a copula (甲市人均绿地面积是12.5平方米) shares its predicate with the bare
# subjects after it (乙市仅8.3平方米), as one written with a change word does: each subject is its own.
COPULA_ELIDED = "今年甲市人均绿地面积是12.5平方米,乙市仅8.3平方米,丙市则为10.1平方米。"


@pytest.mark.parametrize("answer, question, expect", [
    ("8.3平方米", "今年乙市的人均绿地面积是多少？", "grounded"),
    ("12.5平方米", "今年乙市的人均绿地面积是多少？", "DG601"),
    ("10.1平方米", "今年丙市的人均绿地面积是多少？", "grounded"),
    ("12.5平方米", "今年人均绿地面积是多少？", "DG605"),  # names no city
])
def test_a_copula_clause_is_shared_by_bare_subjects(answer, question, expect):
    assert verdict("figure", answer, COPULA_ELIDED, question) == expect


# 日 is a day only after a numeral or a word that counts or asks days (5日, 昨日, 几日): opening a word
# (日系, 日均, 日韩) it is the word's own, so the question's 日系车 is not 系车.
DAY_OR_WORD = "今年日系车销量增长4.5%,美系车销量增长2.1%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("4.5%", "今年日系车销量增长多少？", "grounded"),
    ("2.1%", "今年日系车销量增长多少？", "DG601"),
])
def test_a_word_opening_with_ri_is_no_date(answer, question, expect):
    assert verdict("figure", answer, DAY_OR_WORD, question) == expect


# Moves in points go through the shared selection: 比上年末 (the level at the end of last year) and 比上年同期 (a
# year ago) are two bases, 高/低 the move's direction, and a clause opening with the rate (增速比…) goes on with
# the subject of the clause before it.
YEAR_END_AND_YEAR_AGO = ("3月末,甲类存款余额52.1万亿元,同比增长8.3%,增速比上年末高0.4个百分点,比上年同期低1.2个百分点;"
                         "乙类存款余额11.6万亿元,同比增长5.1%,增速比上年末低0.3个百分点,比上年同期高0.9个百分点。")


@pytest.mark.parametrize("answer, question, expect", [
    ("0.4个百分点", "3月末甲类存款余额增速比上年末高多少个百分点？", "grounded"),
    ("1.2个百分点", "3月末甲类存款余额增速比上年末高多少个百分点？", "DG602"),  # against a year ago
    ("0.3个百分点", "3月末甲类存款余额增速比上年末高多少个百分点？", "DG601"),  # the other item's
    ("1.2个百分点", "3月末甲类存款余额增速比上年同期低多少个百分点？", "grounded"),
    ("1.2个百分点", "3月末甲类存款余额增速比上年同期高多少个百分点？", "DG604"),
    ("0.9个百分点", "3月末乙类存款余额增速比上年同期高多少个百分点？", "grounded"),
])
def test_year_end_and_a_year_ago_are_two_bases(answer, question, expect):
    assert verdict("figure", answer, YEAR_END_AND_YEAR_AGO, question) == expect


# A period after 比/较/与 is a comparison's base (与上月持平, 比去年同期低1.5个百分点): it is no period of the value before it,
# even when the change is of another kind than the answer.
BASE_AFTER_LEVEL = "6月末,甲类贷款余额82.3万亿元,同比增长9%。乙类贷款余额12.6万亿元,同比增长11%,增速与上月持平,比去年同期低1.5个百分点。"


@pytest.mark.parametrize("answer, question, expect", [
    ("12.6万亿元", "6月末乙类贷款余额是多少？", "grounded"),
    ("82.3万亿元", "6月末乙类贷款余额是多少？", "DG601"),
    ("82.3万亿元", "6月末甲类贷款余额是多少？", "grounded"),
])
def test_a_base_period_after_a_level_is_not_its_period(answer, question, expect):
    assert verdict("figure", answer, BASE_AFTER_LEVEL, question) == expect


# The question's Han words are read as the pieces the cite writes, left and longest first, unless that leaves
# more of them unread: 增长速度最高 against …增长速度最低是6.7%,最高是7.8% is 增长速度 and 最高 (not 增长速度最 and a
# lone 高, which would leave the question naming neither value).
COVERING = "近十年甲省工业增长速度最低是4.2%,最高是9.6%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("9.6%", "近十年甲省工业增长速度最高是多少？", "grounded"),
    ("4.2%", "近十年甲省工业增长速度最高是多少？", "DG601"),
    ("4.2%", "近十年甲省工业增长速度最低是多少？", "grounded"),
])
def test_question_words_cover_the_most_of_the_question(answer, question, expect):
    assert verdict("figure", answer, COVERING, question) == expect


# 挫 (重挫) is a fall: the value after it is a change, as after 跌 or 降.
FELL_HARD = "上季甲类货品出口降6.2%,而乙类货品出口则挫21.5%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("21.5%", "上季乙类货品出口下跌多少？", "grounded"),
    ("6.2%", "上季乙类货品出口下跌多少？", "DG601"),
    ("升21.5%", "上季乙类货品出口变化多少？", "DG604"),
])
def test_cuo_is_a_fall(answer, question, expect):
    assert verdict("figure", answer, FELL_HARD, question) == expect


# The two ends of a range are one span's: what describes the span (在乙研究所工作) describes both ends, so the
# question's words choose the span, and its 开始 / 从…起 / 结束 the end.
CAREER = "张三1940年出生于甲县。1958-1963年在甲大学读书,1963年9月-1979年3月在乙研究所工作,1979年调至丙大学任教。"


@pytest.mark.parametrize("answer, question, expect", [
    ("1963年9月", "张三从哪一年开始在乙研究所工作？", "grounded"),
    ("1979年3月", "张三从哪一年开始在乙研究所工作？", "DG601"),  # the span's other end
    ("1958年", "张三从哪一年起在甲大学读书？", "grounded"),
    ("1963年", "张三从哪一年起在甲大学读书？", "DG601"),
])
def test_a_ranges_ends_share_its_words(answer, question, expect):
    assert verdict("date", answer, CAREER, question) == expect


# The stage of a match the question names (末节, 开局) selects the score stated for it (the other stage's is
# DG602), and the noun a question ends on after 什么 (什么比分) names the kind asked, not an item.
STAGES = "比赛中,甲队打出12:2的开局,紧紧咬住比分的乙队一度追近,甲队凭借末节30:14的表现锁定胜局。"


@pytest.mark.parametrize("answer, question, expect", [
    ("30:14", "甲队末节打出了什么比分？", "grounded"),
    ("12:2", "甲队末节打出了什么比分？", "DG602"),
    ("12:2", "甲队开局打出了什么比分？", "grounded"),
])
def test_the_stage_a_question_names_selects(answer, question, expect):
    assert verdict("figure", answer, STAGES, question) == expect


# A count's new cases and its total to date (新增 against 累计) are one count at two moments: asked the new
# cases, the total is DG602, though the question's 新增 reads as a change and the total as a level.
NEW_AND_TOTAL = "卫生局表示,上周新增41例登革热病例。本季累计386例病例。"


@pytest.mark.parametrize("answer, question, expect", [
    ("41例", "上周新增多少例登革热病例？", "grounded"),
    ("386例", "上周新增多少例登革热病例？", "DG602"),
])
def test_new_cases_and_the_total_are_two_moments(answer, question, expect):
    assert verdict("figure", answer, NEW_AND_TOTAL, question) == expect


# A figure the question quotes that names its item (60岁及以上人口) selects that item's value; a value whose own
# sentence names another figure of that measure (18—59岁人口) is another item's (DG601), not another moment's.
AGE_GROUPS = "0—17岁人口为2.98亿人,占21.1%;18—59岁人口为8.64亿人,占61.2%;60岁及以上人口为2.49亿人,占17.7%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("2.49亿人", "60岁及以上人口有多少？", "grounded"),
    ("2.98亿人", "60岁及以上人口有多少？", "DG601"),
    ("61.2%", "0—17岁人口所占比重是多少？", "DG601"),
    ("21.1%", "0—17岁人口所占比重是多少？", "grounded"),
])
def test_a_quoted_figure_naming_an_item_selects_it(answer, question, expect):
    assert verdict("figure", answer, AGE_GROUPS, question) == expect


# 包括 lists the parts of the total before it, as 其中 does: they take the total's words (甲党, 赢得), and a part
# with parts of its own is their total (asked in its words, the part, not its parts).
INCLUDING = "甲党则赢得9席,包括地区直选的5席和功能界别的4席。全年共发生事故120起,其中重大事故有7起,包括特大事故2起、较大事故5起。"


@pytest.mark.parametrize("answer, question, expect", [
    ("4席", "甲党在功能界别赢得多少席？", "grounded"),
    ("9席", "甲党在功能界别赢得多少席？", "DG601"),
    ("9席", "甲党赢得多少席？", "grounded"),
    ("7起", "全年重大事故有多少起？", "grounded"),
    ("5起", "全年重大事故有多少起？", "DG601"),
])
def test_baokuo_lists_parts(answer, question, expect):
    assert verdict("figure", answer, INCLUDING, question) == expect


# 多/少 closing a base (较上届再多取得两席, 比上届少1200票) make the value after them the change against that base,
# up with 多 and down with 少, in the cite, the answer and the question alike.
MORE_THAN_LAST = "甲党以18席居首,较上届再多取得两席。乙党得票比上届少1200票。"


@pytest.mark.parametrize("answer, question, expect", [
    ("两席", "甲党的议席较上届多了多少席？", "grounded"),
    ("18席", "甲党的议席较上届多了多少席？", "DG601"),  # the level, not the change
    ("少1200票", "乙党的得票比上届变化了多少？", "grounded"),
    ("多1200票", "乙党的得票比上届变化了多少？", "DG604"),
])
def test_more_or_less_than_a_base_is_a_change(answer, question, expect):
    assert verdict("figure", answer, MORE_THAN_LAST, question) == expect


# A question asking by a source marker (据哪家, 根据哪个机构的预估, 来自哪个, 哪个机构发布的, 谁预期) is
# answered by the name the cite ties to that marker; a marker the question writes with its name is given,
# and a figure the question names must lie in the marker's sentence, before another's words begin.
SOURCE_MARKS = ("据甲日报8月2日消息,乙市去年人口增长0.8%。丙处长回答,这个数字就是丁局所发布。"
                "委员戊指出,根据己署预估今年增长率为2.35%,但庚研究所说今年大概2%左右。辛行预期出口将增长6%。")


@pytest.mark.parametrize("answer, question, expect", [
    ("甲日报", "乙市去年人口增长的消息是据哪家媒体？", "grounded"),
    ("丁局", "这个数字是哪个机构发布的？", "grounded"),
    ("己署", "今年增长率2.35%是根据哪个机构的预估？", "grounded"),
    ("己署", "今年增长率2%左右是根据哪个机构的预估？", "DG401"),  # 庚研究所's words, not 己署's estimate
    ("辛行", "谁预期出口将增长6%？", "grounded"),
    ("丙处长", "谁回答说这个数字就是丁局所发布？", "grounded"),
    ("丁局", "谁回答说这个数字就是丁局所发布？", "DG401"),  # the marker is written with its name: given
])
def test_a_source_marker_the_question_asks_by_names_its_source(answer, question, expect):
    assert verdict("quote", answer, SOURCE_MARKS, question) == expect


# What stands between a speaker and the speech verb is how the words were said, no part of the name:
# a frequency adverb (经常说), a manner verb with 着 (笑着说), and 回忆 before 说 (回忆说).
@pytest.mark.parametrize("cite, answer, expect", [
    ("甲乙丙经常说:“我只是一个普通工人。”", "甲乙丙", "grounded"),
    ("丁戊的大哥丁己回忆说,小弟从小就爱画画。", "丁己", "grounded"),
    ("丁戊的大哥丁己回忆说,小弟从小就爱画画。", "丁戊", "DG401"),
    ("庚辛笑着说:“这是我最开心的一天。”", "庚辛", "grounded"),
    ("庚辛微笑着表示,这是最开心的一天。", "庚辛", "grounded"),
])
def test_how_words_were_said_is_no_part_of_the_speaker(cite, answer, expect):
    assert verdict("quote", answer, cite, "谁说的？") == expect


# A dateline (AGENCY PLACE DATE电, its reporters in brackets) names who filed the story, not who speaks:
# the speaker is the subject after it.
@pytest.mark.parametrize("answer, expect", [("甲省统计局", "grounded"), ("乙通讯社", "DG401"), ("丙丁", "DG401")])
def test_a_dateline_is_no_part_of_the_speaker(answer, expect):
    cite = "乙通讯社丙市3月8日电(记者丙丁)甲省统计局8日说,上月全省工业增加值增长5.1%。"
    assert verdict("quote", answer, cite, "谁说上月全省工业增加值增长5.1%？") == expect


# The one asked answers: after "A问B…", a pronoun that then speaks is B, not A who asked.
@pytest.mark.parametrize("answer, expect", [("乙丙丁", "grounded"), ("甲", "DG401")])
def test_after_a_question_put_to_someone_the_pronoun_who_speaks_is_the_one_asked(answer, expect):
    cite = "记者甲问乙丙丁是否满意这次结果时,他想了想说道:“还算满意吧。”"
    assert verdict("quote", answer, cite, "谁说“还算满意吧”？") == expect

# A word made of one character of each of two metrics (产销: 生产, 销售; 进出口: 进口, 出口) names both:
# the pairs of values after it map by position, with or without 分别, and so do their changes.
PAIR_WORD = ("甲省钢材产销分别完成820万吨和790万吨,同比分别增长3.5%和4.2%;"
             "乙省钢材产销610万吨和640万吨,同比下降1.1%和2.6%。本季度丙市进出口分别为120亿元和95亿元。")


@pytest.mark.parametrize("answer, question, expect", [
    ("790万吨", "甲省钢材销量是多少？", "grounded"),
    ("820万吨", "甲省钢材销量是多少？", "DG601"),
    ("820万吨", "甲省钢材产量是多少？", "grounded"),
    ("4.2%", "甲省钢材销量同比增长多少？", "grounded"),
    ("3.5%", "甲省钢材销量同比增长多少？", "DG601"),
    ("640万吨", "乙省钢材销量是多少？", "grounded"),
    ("610万吨", "乙省钢材销量是多少？", "DG601"),
    ("1.1%", "乙省钢材产量同比下降多少？", "grounded"),
    ("2.6%", "乙省钢材产量同比下降多少？", "DG601"),
    ("95亿元", "本季度丙市出口是多少？", "grounded"),
    ("120亿元", "本季度丙市出口是多少？", "DG601"),
])
def test_a_pair_word_maps_its_values_by_position(answer, question, expect):
    assert verdict("figure", answer, PAIR_WORD, question) == expect


# The first month of a span of months (1—11月, 1至8月) is part of the period, no figure that competes.
MONTH_SPAN = "今年1—9月甲县出生1250人,乙县出生980人。"


@pytest.mark.parametrize("answer, question, expect", [
    ("1250人", "今年1—9月甲县出生多少人？", "grounded"),
    ("980人", "今年1—9月乙县出生多少人？", "grounded"),
    ("1250人", "今年1—9月乙县出生多少人？", "DG601"),
])
def test_a_month_spans_first_month_is_no_figure(answer, question, expect):
    assert verdict("figure", answer, MONTH_SPAN, question) == expect


# Nor is the year written before the span (112年1至6月) a figure the question quotes to point at a value
# (a guard: with 1 read as no figure, 112 must not point at the level beside it either).
YEAR_SPAN = "112年1至6月甲市累計出生數為8,120人,較上年同期間減少312人。"


@pytest.mark.parametrize("answer, expect", [("312人", "grounded"), ("8,120人", "DG601")])
def test_a_year_before_a_month_span_is_no_quoted_figure(answer, expect):
    assert verdict("figure", answer, YEAR_SPAN, "112年1至6月甲市累計出生數較上年同期間減少多少人？") == expect


# A clause that opens with its verb and its figure (出口X) shares the subject of the first subject-verb
# clause (甲港进口): its verb alone tells it apart, and the clauses after it, to the next ;, are its own.
VERB_CLAUSE = "5月,甲省钢铁企业生产粗钢82.4万吨,环比增长6.1%,同比下降3.2%;销售79.9万吨,环比增长2.5%,同比增长9.8%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("79.9万吨", "5月，甲省钢铁企业销售了多少万吨？", "grounded"),
    ("82.4万吨", "5月，甲省钢铁企业销售了多少万吨？", "DG601"),
    ("9.8%", "5月，甲省钢铁企业销售同比增长多少？", "grounded"),
    ("3.2%", "5月，甲省钢铁企业销售同比增长多少？", "DG601"),
    ("2.5%", "5月，甲省钢铁企业销售同比增长多少？", "DG602"),
])
def test_a_verb_clause_shares_the_subject(answer, question, expect):
    assert verdict("figure", answer, VERB_CLAUSE, question) == expect


# A ranking names its metric once, before its first 最高/最低: it is every ranked value's to the
# sentence's end (across ;), and each place owns the value after it.
RANKING = ("就各区言,与上年同月比较,就业人数增加率最高者为甲区千分之12.5,其次为乙区千分之9.1;"
           "至于丁区反而减少千分之3.2,其次为戊区减少千分之2.9。")


@pytest.mark.parametrize("answer, question, expect", [
    ("千分之2.9", "与上年同月比较，戊区就业人数减少千分之多少？", "grounded"),
    ("千分之3.2", "与上年同月比较，戊区就业人数减少千分之多少？", "DG601"),
    ("千分之9.1", "与上年同月比较，乙区就业人数增加率为多少？", "grounded"),
])
def test_a_rankings_metric_is_every_ranked_values(answer, question, expect):
    assert verdict("figure", answer, RANKING, question) == expect


# 此前 before a source and its verb (此前,X的数据显示) dates the report, not the figures: a figure stated
# for its own year is that year's, another country's figure another item's (DG601), no earlier period.
REPORT_TIME = "乙国统计局公布,2024年乙国粮食出口量1250万吨。此前,甲国农业部的数据显示,2024年甲国粮食出口1380万吨。"


@pytest.mark.parametrize("answer, question, expect", [
    ("1380万吨", "2024年，甲国粮食出口多少万吨？", "grounded"),
    ("1250万吨", "2024年，甲国粮食出口多少万吨？", "DG601"),
    ("1380万吨", "2024年，乙国粮食出口量是多少？", "DG601"),
])
def test_a_report_time_is_no_earlier_period(answer, question, expect):
    assert verdict("figure", answer, REPORT_TIME, question) == expect


# A base written with its comparison word after it (与上年同月比较, 与上月比较) is the change's base the
# question names, as 较上年同月 is: it selects the change against that base.
BASE_AFTER = "本月底甲市登记车辆为812,400辆,与上年同月比较增加21,350辆,与上月比较则增加1,920辆。"


@pytest.mark.parametrize("answer, question, expect", [
    ("21,350辆", "本月底甲市登记车辆与上年同月比较增加多少辆？", "grounded"),
    ("1,920辆", "本月底甲市登记车辆与上月比较增加多少辆？", "grounded"),
])
def test_a_base_before_its_comparison_word(answer, question, expect):
    assert verdict("figure", answer, BASE_AFTER, question) == expect


# A value an owner has in a comparison with the value before it (超过乙国的…) is the same metric, the
# owner's: asked the owner's metric, it is that value.
COMPARED_OWNER = "上半年,甲国造船企业新接订单1280万载重吨,同比增长12%,超过乙国的1150万载重吨。"


@pytest.mark.parametrize("answer, question, expect", [
    ("1150万载重吨", "上半年，乙国新接订单多少万载重吨？", "grounded"),
    ("1280万载重吨", "上半年，乙国新接订单多少万载重吨？", "DG601"),
    ("1280万载重吨", "上半年，甲国造船企业新接订单多少万载重吨？", "grounded"),
])
def test_a_compared_owners_value_shares_the_metric(answer, question, expect):
    assert verdict("figure", answer, COMPARED_OWNER, question) == expect


# A count of its own noun paired with its rate by 、 (减少126家、3.4%) keeps its noun: the unit after the pair
# is the rate's alone, so the count is no rival of a percentage and each pair answers for its base.
COUNT_RATE_PAIRS = "本季度末甲省登记企业为35,800家,与上年同期比较,减少412家、12.5%;与上季度末比较,则减少126家、3.4%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("3.4%", "本季度末甲省登记企业与上季度末比较减少百分之多少？", "grounded"),
    ("12.5%", "本季度末甲省登记企业与上年同期比较减少百分之多少？", "grounded"),
    ("增加3.4%", "本季度末甲省登记企业与上季度末比较减少百分之多少？", "DG604"),
    ("126家", "本季度末甲省登记企业与上季度末比较减少多少家？", "grounded"),
])
def test_a_count_keeps_its_noun_beside_its_rate(answer, question, expect):
    assert verdict("figure", answer, COUNT_RATE_PAIRS, question) == expect


# A ranking word names the first item it ranks, after it (最低为丙港…) or opening the clause it closes
# (丁港减少12%最多); 其次 ranks the next ones, so asked which ranks lowest, another ranked item is DG601.
RANKED = "各港口中,吞吐量增幅最高者为甲港18.2%,其次为乙港15.1%;最低为丙港2.3%,其次为戊港3.0%;丁港减少12%最多,其次为己港减少8%。"
PORTS = {"甲港": (), "乙港": (), "丙港": (), "丁港": (), "戊港": (), "己港": ()}


@pytest.mark.parametrize("answer, question, expect", [
    ("丙港", "吞吐量增幅最低的是哪个港口？", "grounded"),
    ("戊港", "吞吐量增幅最低的是哪个港口？", "DG601"),
    ("甲港", "吞吐量增幅最低的是哪个港口？", "DG601"),
    ("甲港", "吞吐量增幅最高的是哪个港口？", "grounded"),
    ("丁港", "吞吐量减少最多的是哪个港口？", "grounded"),
    ("己港", "吞吐量减少最多的是哪个港口？", "DG601"),
])
def test_a_ranking_word_names_the_first_item_it_ranks(answer, question, expect):
    found = support("fact", answer, RANKED, question, PORTS) or check_binding("fact", answer, RANKED, question, PORTS)
    assert (found[0].code if found else "grounded") == expect


# A date in brackets right after a name in a list (甲社(1998年)、乙社(2003年)…) is that name's, and the verb
# the list shares (获评…) describes every one of them, so the name the question gives selects its date.
BRACKETED_YEARS = "2020年,全省共有12家出版社获评全国百佳出版单位,包括甲社(1998年)、乙社(2003年)、丙社(2011年)等。"


@pytest.mark.parametrize("answer, question, expect", [
    ("1998年", "甲社在哪一年获评全国百佳出版单位？", "grounded"),
    ("2003年", "乙社在哪一年获评全国百佳出版单位？", "grounded"),
    ("2003年", "甲社在哪一年获评全国百佳出版单位？", "DG601"),
    ("2020年", "丙社在哪一年获评全国百佳出版单位？", "DG601"),
])
def test_a_bracketed_date_is_its_names(answer, question, expect):
    assert verdict("date", answer, BRACKETED_YEARS, question) == expect


# A range of months heading a 分别 list (3月至6月…分别为A、B、C、D) maps its months to the values by position: each
# value is its own month's, and another month's value is another period's (DG602).
MONTH_LIST = "今年3月至6月甲市新登记汽车分别为2,410辆、2,655辆、3,018辆、2,876辆,7月为3,102辆。"


@pytest.mark.parametrize("answer, question, expect", [
    ("3,018辆", "今年5月甲市新登记汽车多少辆？", "grounded"),
    ("2,410辆", "今年3月甲市新登记汽车多少辆？", "grounded"),
    ("2,876辆", "今年5月甲市新登记汽车多少辆？", "DG602"),
    ("3,102辆", "今年6月甲市新登记汽车多少辆？", "DG602"),
])
def test_a_month_range_maps_a_respectively_list(answer, question, expect):
    assert verdict("figure", answer, MONTH_LIST, question) == expect


# A rate of increase opening its own clause after a change (较上月减少36家,增加率为-4.1%) is that change in percent:
# the change's base is its base, and a minus sign on it is a fall; a rate with no change before it is a rate.
RATE_AFTER_CHANGE = "本月甲区新开餐馆845家,较上年同月减少120家,增加率为-12.4%,较上月减少36家,增加率为-4.1%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("4.1%", "本月甲区新开餐馆较上月减少百分之多少？", "grounded"),
    ("12.4%", "本月甲区新开餐馆较上年同月减少百分之多少？", "grounded"),
    ("12.4%", "本月甲区新开餐馆较上月减少百分之多少？", "DG602"),
    ("增加4.1%", "本月甲区新开餐馆较上月减少百分之多少？", "DG604"),
])
def test_a_rate_clause_after_a_change_is_that_change(answer, question, expect):
    assert verdict("figure", answer, RATE_AFTER_CHANGE, question) == expect


# An increase stated below zero (净增加为负312户) is a fall: answered as a rise, it is DG604.
NEGATIVE_RISE = "本季度甲镇常住户数净增加为负312户,乙镇净增加为1,045户。"


@pytest.mark.parametrize("answer, question, expect", [
    ("增加312户", "本季度甲镇常住户数净增加为多少？", "DG604"),
    ("减少312户", "本季度甲镇常住户数净增加为多少？", "grounded"),
])
def test_an_increase_below_zero_is_a_fall(answer, question, expect):
    assert verdict("figure", answer, NEGATIVE_RISE, question) == expect


# An average per day (平均每天…, 日均) is another measure than the total beside it: a question naming an average
# asks for it, one naming none asks the total.
DAILY_AVERAGE = "上月底甲市登记会员为86万人,与上年同月比较增加2万4120人,平均每天增加66.08人,与前月比较则减少310人。"


@pytest.mark.parametrize("answer, question, expect", [
    ("2万4120人", "上月底甲市登记会员与上年同月比较增加多少人？", "grounded"),
    ("66.08人", "上月底甲市登记会员与上年同月比较增加多少人？", "DG601"),
    ("66.08人", "上月甲市登记会员平均每天增加多少人？", "grounded"),
    ("2万4120人", "上月甲市登记会员平均每天增加多少人？", "DG601"),
])
def test_an_average_is_asked_only_by_name(answer, question, expect):
    assert verdict("figure", answer, DAILY_AVERAGE, question) == expect


# A net flow (净迁入, 净流入) is the balance of two flows, not either of them: asked the inflow, the cite's
# 净迁入 does not hold the question's 迁入 word.
NET_FLOW = "4月迁入人口数为5万2310人,较3月减少2100人;迁出人口数为4万1125人,较3月减少1800人,净迁入人口数为1万1185人。"


@pytest.mark.parametrize("answer, question, expect", [
    ("5万2310人", "4月迁入人口数为多少？", "grounded"),
    ("1万1185人", "4月迁入人口数为多少？", "DG601"),
    ("1万1185人", "4月净迁入人口数为多少？", "grounded"),
])
def test_a_net_flow_is_no_flow(answer, question, expect):
    assert verdict("figure", answer, NET_FLOW, question) == expect


# A change against another base than the question's, in the sentence that states the change against the question's
# base for the same item (与上年同月比较增加…,与上月比较则增加…), is that item's change over another period: DG602.
TWO_BASES = "本月底甲市登记志愿者为3,460人,与上年同月比较增加215人,与上月比较则增加18人。"


@pytest.mark.parametrize("answer, question, expect", [
    ("215人", "本月底甲市登记志愿者与上年同月比较增加多少人？", "grounded"),
    ("18人", "本月底甲市登记志愿者与上年同月比较增加多少人？", "DG602"),
    ("215人", "本月底甲市登记志愿者与上月比较增加多少人？", "DG602"),
])
def test_a_change_against_another_base_is_another_period(answer, question, expect):
    assert verdict("figure", answer, TWO_BASES, question) == expect


# An earlier period after a comparative with no value of its own (继续高于上月) is what the level is compared with:
# no value after it in the sentence is that earlier period's.
COMPARED_WITH_PRIOR = "9月甲省光伏发电占比21.4%,继续高于上月,其中分布式光伏发电占比达到12.6%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("12.6%", "9月，甲省分布式光伏发电占比是多少？", "grounded"),
    ("21.4%", "9月，甲省分布式光伏发电占比是多少？", "DG601"),
    ("21.4%", "9月，甲省光伏发电占比是多少？", "grounded"),
])
def test_a_compared_prior_dates_no_later_value(answer, question, expect):
    assert verdict("figure", answer, COMPARED_WITH_PRIOR, question) == expect


# Asked when a report itself appeared (这则报道刊于哪一天), the dateline's date is meant, not a date the story tells.
@pytest.mark.parametrize("answer, cite, question, expect", [
    ("3月2日", "据甲市晚报3月2日晚间消息,甲市图书馆于2021年2月28日闭馆整修,预计6月重新开放。",
     "甲市晚报在哪一天发布了图书馆闭馆的消息？", "grounded"),
    ("2021年2月28日", "据甲市晚报3月2日晚间消息,甲市图书馆于2021年2月28日闭馆整修,预计6月重新开放。",
     "甲市晚报在哪一天发布了图书馆闭馆的消息？", "DG601"),
    ("2019年5月6日", "2019-05-06【本报讯】截至4月底止,乙县登记渔船共有312艘。", "这则渔船统计报道刊于哪一天？", "grounded"),
    ("4月底", "2019-05-06【本报讯】截至4月底止,乙县登记渔船共有312艘。", "这则渔船统计报道刊于哪一天？", "DG601"),
    # a question about the story's own event is no question about the report's date
    ("2021年2月28日", "据甲市晚报3月2日晚间消息,甲市图书馆于2021年2月28日闭馆整修,预计6月重新开放。",
     "甲市图书馆在哪一天闭馆整修？", "grounded"),
])
def test_the_dateline_dates_the_report(answer, cite, question, expect):
    assert verdict("date", answer, cite, question) == expect


# A question's noun run on into its verb of change (旅游总收入增长), which the cite writes whole only where a target
# restates it, is the noun: the level's clause before its change (旅游总收入26亿元,增长12.4%) is the item asked.
GOALS_AFTER_RESULTS = ("去年,全县接待游客312万人次,增长9.1%;旅游总收入26亿元,增长12.4%;城镇居民和农村居民人均可支配收入"
                       "分别增长5.2%和6.3%。今年的主要预期目标是:接待游客增长6%,旅游总收入增长8%。")


@pytest.mark.parametrize("answer, question, expect", [
    ("12.4%", "去年该县旅游总收入增长了多少？", "grounded"),
    ("6.3%", "去年该县旅游总收入增长了多少？", "DG601"),
    ("8%", "去年该县旅游总收入增长了多少？", "DG603"),
    ("8%", "今年该县旅游总收入的预期目标是增长多少？", "grounded"),
])
def test_a_questions_noun_is_no_part_of_its_verb(answer, question, expect):
    assert verdict("figure", answer, GOALS_AFTER_RESULTS, question) == expect


# … and a base word run on into its verb (同比增长) names no item: asked 产量同比增长, the 产 of a 产销 pair is meant,
# not the part under 其中 whose clause alone writes 同比增长 whole.
@pytest.mark.parametrize("answer, expect", [("3.5%", "grounded"), ("21.4%", "DG601"), ("2.8%", "DG601")])
def test_a_base_and_its_verb_name_no_item(answer, expect):
    cite = "2024年,全省钢材产销分别完成1.2亿吨和1.1亿吨,同比分别增长3.5%和2.8%,其中钢材出口900万吨,同比增长21.4%。"
    assert verdict("figure", answer, cite, "2024年，全省钢材产量同比增长多少？") == expect


# A verb of saying after 并/还/同时 (…,并说…) goes on with the speaker of the sentence's verb of saying before it, not
# with the clause of his words just before it.
@pytest.mark.parametrize("answer, expect", [("林美玲", "grounded"), ("陈志明", "DG401")])
def test_a_speaker_goes_on_after_bing(answer, expect):
    cite = ("市交通局科长林美玲表示,若只看平日的车流,虽然今年3月车流比去年多,但若看假日,其实车流差不多,并表示评估交通改善"
            "必须看一整年的资料。陈志明说,过去几年的数字显示,冬天的车流会比夏天少。")
    assert verdict("quote", answer, cite, "谁表示评估交通改善必须看一整年的资料？") == expect


# Words inside words: a speaker the question writes with its verb (谁…指出乙研究所说…) is inside the words asked, so
# the one asked is the speaker around them; a figure the question quotes (谁说…约2%) is in the words of the one asked.
NESTED_SPEECH = "市议员王大同答询时指出,根据市府估计今年观光人数成长率为3.5%,但乙研究所说今年大约2%左右。"


@pytest.mark.parametrize("answer, question, expect", [
    ("王大同", "谁答询时指出乙研究所说今年大约2%左右？", "grounded"),
    ("乙研究所", "谁答询时指出乙研究所说今年大约2%左右？", "DG401"),
    ("乙研究所", "谁说今年观光人数成长率大约2%左右？", "grounded"),
    ("王大同", "谁说今年观光人数成长率大约2%左右？", "DG401"),
])
def test_words_inside_words(answer, question, expect):
    assert verdict("quote", answer, NESTED_SPEECH, question) == expect


# The whole a question names and the cite does not write (全国) is the value no place owns: a city's value in a clause
# the city opens (乙市入境旅客…、出境旅客…) is a narrower item's.
@pytest.mark.parametrize("answer, expect", [("52万人次", "grounded"), ("8万1200人次", "DG601"), ("49万人次", "DG601")])
def test_the_whole_asked_is_no_places(answer, expect):
    cite = ("据移民署统计,今年第一季入境旅客49万人次,出境旅客52万人次。各县市中,乙市入境旅客7万300人次、出境旅客8万1200人次,"
            "丙县入境旅客2万人次、出境旅客2万4000人次。")
    assert verdict("figure", answer, cite, "今年第一季全国出境旅客有多少人次？") == expect


# A period opening a sentence (主管部门公布,去年…) frames every clause and selects none by itself: the metric
# words decide; a later subject writing the head's noun with its own qualifier (基本票价 against 平均票价) names
# its own metric; 月 in a monthly payment (月票) is no date.
FRAMED_YEAR = ("交通局5日公布,去年全市地铁基本票价平均为3.2元,年增2.5%,创十年来最大增幅;若计入优惠折扣,"
               "全年实付票价平均为2.7元,年增率1.8%。另去年月票调升6%、次票调升4%。")


@pytest.mark.parametrize("answer, question, expect", [
    ("2.7元", "去年全年实付票价平均是多少？", "grounded"),
    ("3.2元", "去年全年实付票价平均是多少？", "DG601"),
    ("3.2元", "去年全市地铁基本票价平均是多少？", "grounded"),
    ("2.7元", "去年全市地铁基本票价平均是多少？", "DG601"),
    ("1.8%", "去年实付票价平均年增率是多少？", "grounded"),
    ("2.5%", "去年实付票价平均年增率是多少？", "DG601"),
    ("6%", "去年月票调升多少？", "grounded"),
    ("4%", "去年月票调升多少？", "DG601"),
    ("4%", "去年次票调升多少？", "grounded"),
])
def test_a_period_opening_a_sentence_frames_every_clause(answer, question, expect):
    assert verdict("figure", answer, FRAMED_YEAR, question) == expect


# A total written as a level and its change (…1200万千瓦,比上年增加80万千瓦), then parts under 其中 each with its
# level and a bare change: the bare change is the part's change against the total's base, its level a level; a
# question with a direction word asks the change.
PARTS_WITH_CHANGES = ("全年新增装机容量1200万千瓦,比上年增加80万千瓦。其中,风电装机容量500万千瓦,减少20万千瓦;"
                      "光伏装机容量450万千瓦,增加90万千瓦;水电装机容量250万千瓦,增加10万千瓦。")


@pytest.mark.parametrize("answer, question, expect", [
    ("20万千瓦", "风电装机容量比上年减少了多少？", "grounded"),
    ("减少20万千瓦", "风电装机容量比上年如何变化？", "grounded"),
    ("20万千瓦", "风电装机容量比上年增加了多少？", "DG604"),
    ("90万千瓦", "光伏装机容量比上年增加了多少？", "grounded"),
    ("10万千瓦", "光伏装机容量比上年增加了多少？", "DG601"),
    ("80万千瓦", "光伏装机容量比上年增加了多少？", "DG601"),
    ("450万千瓦", "光伏装机容量是多少？", "grounded"),
])
def test_a_parts_bare_change_shares_the_totals_base(answer, question, expect):
    assert verdict("figure", answer, PARTS_WITH_CHANGES, question) == expect


# A value restated in brackets in another unit (360万吨(72亿斤)) is that value, no rival: the bracket's figure
# answers as the value before it does, with its words.
RESTATED = "全市蔬菜总产量360万吨(72亿斤),比上年增加12万吨(2.4亿斤),增长3.4%。其中叶菜产量150万吨(30亿斤)。"


@pytest.mark.parametrize("answer, question, expect", [
    ("72亿斤", "全市蔬菜总产量是多少？", "grounded"),
    ("360万吨", "全市蔬菜总产量是多少？", "grounded"),
    ("2.4亿斤", "全市蔬菜总产量比上年增加了多少？", "grounded"),
    ("12万吨", "全市蔬菜总产量比上年增加了多少？", "grounded"),
    ("30亿斤", "全市蔬菜总产量是多少？", "DG601"),
])
def test_a_value_restated_in_brackets_in_another_unit_is_that_value(answer, question, expect):
    assert verdict("figure", answer, RESTATED, question) == expect


# 延长 / 缩短 are a duration's rise and fall: the value after them is a change, which a question asking how much
# it lengthened asks; the level is another metric.
DURATIONS = "8月旅客平均候车时间为42分钟,较上月延长6分钟,其中团体旅客为35分钟,较7月缩短2分钟;散客为47分钟,亦较7月延长9分钟。"


@pytest.mark.parametrize("answer, question, expect", [
    ("6分钟", "8月旅客平均候车时间较上月延长多少？", "grounded"),
    ("42分钟", "8月旅客平均候车时间较上月延长多少？", "DG601"),
    ("35分钟", "8月散客平均候车时间是多少？", "DG601"),
    ("47分钟", "8月散客平均候车时间是多少？", "grounded"),
    ("2分钟", "8月团体旅客平均候车时间较7月延长多少？", "DG604"),
])
def test_lengthened_and_shortened_are_a_durations_changes(answer, question, expect):
    assert verdict("figure", answer, DURATIONS, question) == expect


# A time's or pace's own verb of change states its direction: 快 after a base (较去年41小时快3小时), 加速 and 延后 are
# rises of the change asked, 慢, 减慢 and 提前 its falls; the value after them is the change, not a level.
PACES = ("今年快递平均送达时间为38小时,较去年41小时快3小时。地铁末班车发车时间较去年延后20分钟,"
         "首班车则较去年提前10分钟。窗口平均办理时间为12分钟,比上年加速2分钟。")


@pytest.mark.parametrize("answer, question, expect", [
    ("3小时", "今年快递平均送达时间较去年快了多少？", "grounded"),
    ("慢3小时", "今年快递平均送达时间较去年快了多少？", "DG604"),
    ("41小时", "今年快递平均送达时间是多少？", "DG602"),
    ("延后20分钟", "地铁末班车发车时间较去年如何变化？", "grounded"),
    ("提前20分钟", "地铁末班车发车时间较去年如何变化？", "DG604"),
    ("2分钟", "窗口平均办理时间比上年加速多少？", "grounded"),
    ("减慢2分钟", "窗口平均办理时间比上年加速多少？", "DG604"),
])
def test_a_pace_or_times_verb_of_change_is_its_direction(answer, question, expect):
    assert verdict("figure", answer, PACES, question) == expect


# A value its clause states for several periods alike (2019年与2020年持平,皆为…; in 2019 and 2020 … both at …) holds for
# each of them: a question asking one of those periods asks it, and a value of another period is DG602.
ALIKE_ZH = "全市人均公园绿地面积再创新高,2022年达15.1平方米。2019年与2020年持平,皆为14.2平方米,2021年为14.8平方米。"
ALIKE_EN = ("The city's park area per resident reached 15.1 square meters in 2022. In 2019 and 2020 it was flat, "
            "both at 14.2 square meters.")


@pytest.mark.parametrize("answer, cite, question, expect", [
    ("14.2平方米", ALIKE_ZH, "2020年全市人均公园绿地面积是多少？", "grounded"),
    ("14.2平方米", ALIKE_ZH, "2019年全市人均公园绿地面积是多少？", "grounded"),
    ("15.1平方米", ALIKE_ZH, "2020年全市人均公园绿地面积是多少？", "DG602"),
    ("14.2 square meters", ALIKE_EN, "What was the city's park area per resident in 2020?", "grounded"),
    ("15.1 square meters", ALIKE_EN, "What was the city's park area per resident in 2020?", "DG602"),
])
def test_a_value_stated_for_periods_alike_holds_for_each(answer, cite, question, expect):
    assert verdict("figure", answer, cite, question) == expect


# A seasonally adjusted measure (季调, 经季节调整后) is another metric than the plain one: a question naming only
# the measure asks the plain one, one saying 季调 the adjusted; a bare change after the adjusted level is its.
ADJUSTED = ("统计局公布,3月零售销售额月增1.2%;经季节调整后,零售销售额月增0.8%。"
            "4月零售销售额月增0.6%,经季节调整后零售销售额月增0.9%,较上月加快0.1个百分点。")


@pytest.mark.parametrize("answer, question, expect", [
    ("1.2%", "3月零售销售额月增多少？", "grounded"),
    ("0.8%", "3月零售销售额月增多少？", "DG601"),
    ("0.8%", "经季节调整后,3月零售销售额月增多少？", "grounded"),
    ("1.2%", "经季节调整后,3月零售销售额月增多少？", "DG601"),
    ("0.9%", "4月季调零售销售额月增多少？", "grounded"),
    ("0.6%", "4月季调零售销售额月增多少？", "DG601"),
])
def test_a_seasonally_adjusted_measure_is_another_metric(answer, question, expect):
    assert verdict("figure", answer, ADJUSTED, question) == expect


# The verb inside a value's qualifier gap (约增长12%, 大约减少3%) is its clause's: the value is that verb's change.
QUALIFIER_GAP = "出口订单约增长15%,内销订单增长6%,库存大约减少3%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("约15%", "出口订单增长多少？", "grounded"),
    ("6%", "出口订单增长多少？", "DG601"),
    ("6%", "内销订单增长多少？", "grounded"),
    ("约15%", "内销订单增长多少？", "DG601"),
    ("约15%", "出口订单减少多少？", "DG604"),
])
def test_the_verb_in_a_values_qualifier_gap_is_its_clauses(answer, question, expect):
    assert verdict("figure", answer, QUALIFIER_GAP, question) == expect


# Asked the level of the year a change is measured against, where the cite gives only this year's level and the
# change from it: this year's level is the same item at another period (DG602), whether the year is written
# (2021年…比上年增加) or only the base's (…比2020年增加); 增产/减产 are output's changes.
BASE_YEAR_LEVEL = "市统计局发布数据,2021年全市茶叶产量为8.6万吨,比上年增产0.4万吨,增长4.9%。"
BASE_YEAR_ONLY = "二、全市茶叶采摘面积52.3千公顷,比2020年增加1.1千公顷,增长2.1%。"


@pytest.mark.parametrize("cite, answer, question, expect", [
    (BASE_YEAR_LEVEL, "8.6万吨", "2020年全市茶叶产量是多少？", "DG602"),
    (BASE_YEAR_LEVEL, "8.6万吨", "2021年全市茶叶产量是多少？", "grounded"),
    (BASE_YEAR_LEVEL, "0.4万吨", "2021年全市茶叶产量比上年增产多少？", "grounded"),
    (BASE_YEAR_LEVEL, "0.4万吨", "2021年全市茶叶产量比上年减产多少？", "DG604"),
    (BASE_YEAR_ONLY, "52.3千公顷", "2020年全市茶叶采摘面积是多少？", "DG602"),
    (BASE_YEAR_ONLY, "52.3千公顷", "2021年全市茶叶采摘面积是多少？", "grounded"),
])
def test_this_years_level_is_no_answer_for_the_base_year(cite, answer, question, expect):
    assert verdict("figure", answer, cite, question) == expect


# A month is not the span of months ending in it (9月 against 1至9月), and a value stated for the question's month
# keeps it whatever report day (a dateline, 12日公布) also dates it.
MONTH_AND_SPAN = "本报11月13日电 市交通局12日公布10月地铁日均客运量为412万人次,较去年同期增加18万人次,另1至10月地铁日均客运量为396万人次,较去年同期增加25万人次。"


@pytest.mark.parametrize("answer, question, expect", [
    ("412万人次", "10月地铁日均客运量是多少？", "grounded"),
    ("396万人次", "10月地铁日均客运量是多少？", "DG602"),
    ("396万人次", "1至10月地铁日均客运量是多少？", "grounded"),
])
def test_a_month_is_not_the_span_ending_in_it(answer, question, expect):
    assert verdict("figure", answer, MONTH_AND_SPAN, question) == expect


def test_a_month_range_before_fenbie_starts_at_a_month_not_inside_a_year() -> None:
    """2001-5月 is May 2001 after a year, no range of months 01 to 5 (the reviewer's case)."""
    from deckgen.binding import _MONTH_RANGE_LIST_RE

    assert _MONTH_RANGE_LIST_RE.search("2001-5月出生数分别为1万人、2万人、3万人、4万人、5万人。") is None
    assert _MONTH_RANGE_LIST_RE.search("今年1-5月出生数分别为1万人、2万人、3万人、4万人、5万人。").groups() == ("1", "5")


@pytest.mark.parametrize("answer, question, expect", [
    # 均超过去年…: both values are compared with last year's; neither is last year's (超过 + 去年, not 超 + 过去)
    ("超310万", "2025年灯会入园人次超过多少？", "grounded"),
    ("4.2亿", "2025年灯会入园人次超过多少？", "DG601"),
    ("4.2亿", "2025年灯会门票收入达多少？", "grounded"),
])
def test_a_comparison_with_last_year_after_the_values_is_no_period_of_theirs(answer, question, expect):
    cite = "灯会门票收入达4.2亿,入园人次超310万,均超过去年成绩。"
    assert verdict("figure", answer, cite, question) == expect


@pytest.mark.parametrize("answer, question, expect", [
    # the question's title in book-title marks is its item: the value of a sentence naming only another title is another work's
    ("约9.6亿元", "截至3月2日,《山海长歌》的票房约为多少？", "grounded"),
    ("12亿元", "截至3月2日,《山海长歌》的票房约为多少？", "DG601"),
    ("12亿元", "截至3月2日,《星河往事》票房突破了多少？", "grounded"),
])
def test_a_title_the_question_names_selects_its_sentence(answer, question, expect):
    cite = "数据显示,截至3月2日18时,影片《星河往事》票房突破12亿元,领跑票房榜。《山海长歌》以约9.6亿元暂居第二。"
    assert verdict("figure", answer, cite, question) == expect
# A question naming a projection (推估) or a forecast's revision (上修至) asks for the forecast: the forecast is its
# answer, not DG603; asked what happened, the same value is still a forecast.
REVISED = "乙局上周公布,甲省去年经济成长率为3.2%,并将今年经济成长率预测由3.8%上修至4.1%。"
PROJECTED = "预估未来甲市总人口将由2024年之300万人,减少至2050年之250万人。"


@pytest.mark.parametrize("answer, cite, question, expect", [
    ("4.1%", REVISED, "乙局将今年甲省经济成长率上修至多少？", "grounded"),
    ("3.2%", REVISED, "乙局将今年甲省经济成长率上修至多少？", "DG603"),
    ("4.1%", REVISED, "今年甲省经济成长率实际是多少？", "DG603"),
    ("4.1%", REVISED, "今年甲省经济成长率是多少？", "DG603"),
    ("300万人", PROJECTED, "乙会推估中，2024年甲市总人口为多少？", "grounded"),
    ("250万人", PROJECTED, "乙会推估中，2024年甲市总人口为多少？", "DG601"),
    ("300万人", PROJECTED, "2024年甲市总人口为多少？", "DG603"),
])
def test_a_question_naming_a_projection_or_a_revision_asks_the_forecast(answer, cite, question, expect):
    assert verdict("figure", answer, cite, question) == expect


# A question's base and its verb of change (比上年增产) name no item: the item words (苹果产量) choose, so a part that
# writes no base of its own (其中,苹果产量…,增产2.4%) is not beaten by another item whose clause writes 比上年.
PARTS_UNBASED = "全年水果产量5200万吨,比上年增加80万吨,增产1.6%。其中,苹果产量800万吨,增产2.4%;梨产量300万吨,增产0.5%。全年蔬菜产量7000万吨,比上年增产0.8%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("2.4%", "苹果产量比上年增产了多少？", "grounded"),
    ("0.8%", "苹果产量比上年增产了多少？", "DG601"),
    ("0.5%", "梨产量比上年增产了多少？", "grounded"),
    ("2.4%", "梨产量比上年增产了多少？", "DG601"),
    ("0.8%", "蔬菜产量比上年增产了多少？", "grounded"),
    ("2.4%", "蔬菜产量比上年增产了多少？", "DG601"),
])
def test_a_questions_base_and_verb_name_no_item(answer, question, expect):
    assert verdict("figure", answer, PARTS_UNBASED, question) == expect


# A ;-part revising figures (向下调整为) under a sentence that revises a forecast (调整经济预测,将…上修至) revises that
# forecast too: asked the forecast, its values are forecasts; asked what happened, DG603.
REVISED_PARTS = "乙行同时调整经济预测,将今年甲国经济成长率上修至4.2%;物价方面,今年CPI年增率向下调整为1.8%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("1.8%", "乙行预测今年CPI年增率为多少？", "grounded"),
    ("4.2%", "乙行预测今年CPI年增率为多少？", "DG601"),
    ("1.8%", "今年CPI年增率实际是多少？", "DG603"),
])
def test_a_revising_part_under_a_revised_forecast_is_a_forecast(answer, question, expect):
    assert verdict("figure", answer, REVISED_PARTS, question) == expect


# 年增率, 月增率, 季增率 name a rate, as 增长率 does: no rise the question says (asked 出口年增率, a fall of exports is
# its value, a rise of imports another item's).
@pytest.mark.parametrize("answer, question, expect", [
    ("3.5%", "甲国3月出口年增率为多少？", "grounded"),
    ("2.1%", "甲国3月出口年增率为多少？", "DG601"),
    ("3.5%", "甲国3月出口月增率为多少？", "grounded"),
])
def test_a_rate_named_with_zeng_is_no_direction(answer, question, expect):
    assert verdict("figure", answer, "甲国3月出口减少3.5%,进口增加2.1%。", question) == expect


# A bracketed abbreviation (消费者物价指数(CPI)) ends its item as the noun would, so 及 after it splits a 分别 list; and a
# 分别 run followed by another value of its kind (…,明年同步下修至1.5%) still pairs its own items by position, each value
# keeping the words heading the sentence (乙行, 物价方面: the topic leaves the sentence's agent the figures' own).
BRACKETED_PAIR = "今年消费者物价指数(CPI)及核心CPI年增率分别调整为1.8%与1.6%。"
PAIR_THEN_NEXT = ("乙行将今年甲国经济成长率上修至4.2%;物价方面,今年消费者物价指数(CPI)及核心CPI年增率,分别向下调整为1.8%与1.6%,"
                  "明年同步下修至1.5%。")


@pytest.mark.parametrize("answer, cite, question, expect", [
    ("1.8%", BRACKETED_PAIR, "乙行预测今年消费者物价指数(CPI)年增率为多少？", "grounded"),
    ("1.6%", BRACKETED_PAIR, "乙行预测今年消费者物价指数(CPI)年增率为多少？", "DG601"),
    ("1.6%", BRACKETED_PAIR, "乙行预测今年核心CPI年增率为多少？", "grounded"),
    ("1.8%", BRACKETED_PAIR, "乙行预测今年核心CPI年增率为多少？", "DG601"),
    ("1.8%", PAIR_THEN_NEXT, "乙行预测今年消费者物价指数(CPI)年增率为多少？", "grounded"),
    ("1.6%", PAIR_THEN_NEXT, "乙行预测今年消费者物价指数(CPI)年增率为多少？", "DG601"),
    ("1.8%", PAIR_THEN_NEXT, "乙行预测今年核心CPI年增率为多少？", "DG601"),
])
def test_a_respectively_pair_with_bracketed_abbreviations(answer, cite, question, expect):
    assert verdict("figure", answer, cite, question) == expect


# A rate of increase in 千分之 opening its clause right after a count's change (与上月比较则增加500人,增加率为千分之0.42) is
# that change restated: it has the change's base, which the question's 与上月比较 selects; the count before it is no
# rival of its kind.
PER_MILLE = "甲市6月底人口为120万人,与上年同月比较增加3,000人,人口增加率为千分之2.50,与上月比较则增加500人,增加率为千分之0.42。"


@pytest.mark.parametrize("answer, question, expect", [
    ("千分之0.42", "甲市6月底人口与上月比较的增加率为多少？", "grounded"),
    ("千分之2.50", "甲市6月底人口与上月比较的增加率为多少？", "DG601"),
])
def test_a_per_mille_rate_after_a_counts_change_is_that_change(answer, question, expect):
    assert verdict("figure", answer, PER_MILLE, question) == expect


# A later bare clause ending in the head noun of the metric before (劳动力参与率 after 失业率, both …率) names a metric of
# that kind of its own: the clause before's metric is not carried to it.
RATES = "5月失业率为3.62%,季调失业率为3.75%,劳动力参与率为58.52%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("3.62%", "5月失业率是多少？", "grounded"),
    ("58.52%", "5月失业率是多少？", "DG601"),
    ("58.52%", "5月劳动力参与率是多少？", "grounded"),
])
def test_a_rate_noun_of_its_own_is_no_elided_clause(answer, question, expect):
    assert verdict("figure", answer, RATES, question) == expect


# The general counter 个 before a two-character noun (8个议席) counts what the noun's last character counts: 8席 is that
# count, not one with a contradicting counter (DG207); 8票 still contradicts it.
@pytest.mark.parametrize("answer, expect", [("8席", "grounded"), ("8个议席", "grounded"), ("8票", "DG207")])
def test_a_general_counter_before_its_noun_counts_the_nouns_counter(answer, expect):
    assert verdict("figure", answer, "甲党获8个议席,位居第二。", "甲党获多少个议席？") == expect


@pytest.mark.parametrize("answer, question, expect", [
    # 在…部分 / …方面 names what every value after it is about: the place or party each clause names selects
    ("61.4%", "丙县的出席率是多少？", "grounded"),
    ("73.5%", "丙县的出席率是多少？", "DG601"),
    ("68.2%", "丙县的出席率是多少？", "DG601"),
    ("2万1,300票", "乙党在议员选举获得多少票？", "grounded"),
    ("3万4,020票", "乙党在议员选举获得多少票？", "DG601"),
])
def test_a_topic_part_frames_every_value_after_it(answer, question, expect):
    cite = ("在出席率部分,全区出席率为68.2%,最高是甲县达73.5%;最低是丙县61.4%。"
            if "出席率" in question else "甲党在议员选举部分拿下3万4,020票,乙党则是2万1,300票。")
    assert verdict("figure", answer, cite, question) == expect
# A text dated in ROC years writes a year alone as N年 (繼98年以來): it is a year there, as 105年3月 is; in another text
# 99年 is a count of years (已有99年歷史), no date.
ROC_VISITORS = "105年全縣遊客人數達120萬人次,較上年增加8%,為繼98年以來新高。"


@pytest.mark.parametrize("answer, question, cite, expect", [
    ("98年", "全縣遊客人數是繼哪一年以來的新高？", ROC_VISITORS, "grounded"),
    ("105年", "全縣遊客人數是繼哪一年以來的新高？", ROC_VISITORS, "DG601"),
    ("105年", "全縣遊客人數達120萬人次是哪一年？", ROC_VISITORS, "grounded"),
    ("99年", "這座橋是哪一年建成的？", "這座橋已有99年歷史,2019年整修。", "DG301"),
    # 〇 written as the letter O is still a year digit
    ("2019年10月8日", "新館哪一天開幕？", "二O一九年十月八日,新館開幕。", "grounded"),
])
def test_an_roc_year_alone_is_a_year_of_a_text_dated_in_roc_years(answer, question, cite, expect):
    assert verdict("date", answer, cite, question) == expect


def test_a_count_of_years_in_an_roc_text_and_a_year_glued_to_a_name_are_no_dates():
    from deckgen.dates import parse_dates
    from deckgen.fold import normalize
    text = normalize("110年本會會員達1,200人,近50年來首見;以ISO2015年版標準認證。")
    assert [d.year for d in parse_dates(text)] == [2021]


# A metric the question writes bare (結婚率) is the clause's that writes it bare; a clause writing it only inside a longer
# word (標準化結婚率) names another metric, which the question must write whole to ask.
MARRIAGE = "112年本市結婚率為每千人口5.3對,較上年上升0.2;以WHO2000年標準人口調整後之標準化結婚率為每千人口4.1對。"


@pytest.mark.parametrize("answer, question, expect", [
    ("5.3對", "112年本市結婚率是每千人口多少對？", "grounded"),
    ("4.1對", "112年本市結婚率是每千人口多少對？", "DG601"),
    ("4.1對", "112年本市標準化結婚率是每千人口多少對？", "grounded"),
    ("5.3對", "112年本市標準化結婚率是每千人口多少對？", "DG601"),
])
def test_a_bare_metric_is_not_the_one_a_longer_word_holds(answer, question, expect):
    assert verdict("figure", answer, MARRIAGE, question) == expect


# A span A至B: a question asking 截至哪一天 asks its end, 从哪一天开始 its start; the other end is another date.
FAIR = "本届展会展期:2024年5月10日至2024年5月14日。"


@pytest.mark.parametrize("answer, question, expect", [
    ("2024年5月14日", "本届展会展期截至哪一天？", "grounded"),
    ("2024年5月10日", "本届展会展期截至哪一天？", "DG601"),
    ("2024年5月10日", "本届展会从哪一天开始？", "grounded"),
])
def test_jiezhi_before_the_question_word_asks_a_spans_end(answer, question, expect):
    assert verdict("date", answer, FAIR, question) == expect


# A date range in brackets after an event (元宵灯会(2月20日—2月26日)) answers 从哪天开始 by its start; a dateline
# (北京3月2日电) and an as-of time (截至3月2日18时) are no date of the event.
LANTERNS = "新华社北京3月2日电 截至3月2日18时,今年元宵灯会(2月20日—2月26日)累计接待游客120万人次。"


@pytest.mark.parametrize("answer, expect", [("2月20日", "grounded"), ("2月26日", "DG601"), ("3月2日", "DG601")])
def test_a_bracketed_span_after_an_event_gives_its_start(answer, expect):
    assert verdict("date", answer, LANTERNS, "今年元宵灯会从哪天开始？") == expect


# A rate answered with its base (每千人口5.3對) answers with its figure: the base after 每 is what it counts against,
# neither the answer's value nor a rival of it.
@pytest.mark.parametrize("answer, question, expect", [
    ("每千人口5.3對", "112年本市結婚率是每千人口多少對？", "grounded"),
    ("每千人口4.1對", "112年本市標準化結婚率是每千人口多少對？", "grounded"),
    ("每千人口4.1對", "112年本市結婚率是每千人口多少對？", "DG601"),
])
def test_a_rates_base_in_the_answer_is_no_value_of_it(answer, question, expect):
    assert verdict("figure", answer, MARRIAGE, question) == expect


@pytest.mark.parametrize("answer, question, expect", [
    ("三成二", "第三季，该港货柜吞吐量按季升多少？", "grounded"),
    ("五成", "第三季，该港货柜吞吐量按季升多少？", "DG602"),
    ("五成", "第三季，该港货柜吞吐量按年升多少？", "grounded"),
])
def test_an_ji_and_an_nian_are_bases_as_huanbi_and_tongbi_are(answer, question, expect):
    # 按季 (quarter on quarter) and 按年 (year on year), as Hong Kong reports write them, are two bases of one figure
    cite = "单计第三季,该港货柜吞吐量按年增长五成,达四百二十万个标准箱,按季也升三成二。"
    assert verdict("figure", answer, cite, question) == expect


@pytest.mark.parametrize("answer, question, expect", [
    ("2140名", "2019年年底，该校有多少名教师？", "grounded"),
    ("2890名", "2019年年底，该校有多少名教师？", "DG602"),
])
def test_a_count_followed_by_its_change_counts_what_the_count_it_is_compared_with_counts(answer, question, expect):
    # 比2019年年底2140名增长了35%: the count with no noun of its own counts 教师, as 2890名教师 does
    cite = "该校目前共有2890名教师,比2019年年底2140名增长了35%,而博士学位教师占比接近六成。"
# A rate's base (每万人口, 每十万人口) says what the rate counts against: it is no value beside the rates, and a
# question asking per 万人口 asks a rate, so the count in the same counter is another measure than the rate answered.
PER_POPULATION = "甲市去年医师数为每万人口32.5人,护士数为每万人口41.2人,床位数为每万人口60张。"
RATE_AND_COUNT = "乙县去年执业医师共有3,150人,每十万人口325人。"


@pytest.mark.parametrize("cite, answer, question, expect", [
    (PER_POPULATION, "41.2人", "甲市去年护士数是每万人口多少人？", "grounded"),
    (PER_POPULATION, "32.5人", "甲市去年护士数是每万人口多少人？", "DG601"),
    (PER_POPULATION, "32.5人", "甲市去年医师数是每万人口多少人？", "grounded"),
    (RATE_AND_COUNT, "325人", "乙县去年每十万人口有多少名执业医师？", "grounded"),
    (RATE_AND_COUNT, "3,150人", "乙县去年共有多少名执业医师？", "grounded"),
])
def test_a_rates_base_is_no_value_beside_the_rates(cite, answer, question, expect):
    assert verdict("figure", answer, cite, question) == expect


# A year naming the basis a value is computed on (按2015年不变价格计算, 以2000年人口结构调整后) is the basis's,
# not the period of the values after it.
BASIS_YEAR = "按2015年不变价格计算,2024年甲省地区生产总值为5.2万亿元,比上年增长5.1%;2023年为4.9万亿元。"
STANDARDIZED = "丙县2024年粗发病率为每十万人口512.3人;以2010年人口结构调整后之标准化发病率为每十万人口298.7人。"


@pytest.mark.parametrize("cite, answer, question, expect", [
    (BASIS_YEAR, "5.2万亿元", "2024年甲省地区生产总值是多少？", "grounded"),
    (BASIS_YEAR, "4.9万亿元", "2023年甲省地区生产总值是多少？", "grounded"),
    (STANDARDIZED, "298.7人", "丙县2024年标准化发病率是每十万人口多少人？", "grounded"),
    (STANDARDIZED, "512.3人", "丙县2024年标准化发病率是每十万人口多少人？", "DG601"),
])
def test_a_basis_year_is_no_period_of_the_values(cite, answer, question, expect):
    assert verdict("figure", answer, cite, question) == expect


# A duration in minutes and seconds (2分15秒) is one value, and the year before it is its period: the same clock of
# another year (较2023年2分40秒, 2021年为每3分5秒) is another period's value, DG602.
CLOCK = "某市2024年平均每2分15秒就有1起火警,较2023年2分40秒快25秒。"
CLOCKS = "某市火警时钟再加快,2024年平均每2分15秒有1起火警。2022年与2023年火警时钟持平,皆为2分40秒,2021年为每3分5秒就有1起火警。"


@pytest.mark.parametrize("cite, answer, question, expect", [
    (CLOCK, "2分40秒", "2023年某市平均每多久就有1起火警？", "grounded"),
    (CLOCK, "2分15秒", "2023年某市平均每多久就有1起火警？", "DG602"),
    (CLOCK, "2分15秒", "2024年某市平均每多久就有1起火警？", "grounded"),
    (CLOCKS, "3分5秒", "2021年某市火警时钟是每多久有1起火警？", "grounded"),
])
def test_a_duration_in_minutes_and_seconds_is_one_value_of_its_year(cite, answer, question, expect):
    assert verdict("figure", answer, cite, question) == expect


# An ROC year after a clause's comma (…,105年本市…) is a year of a text dated in ROC years, as it is elsewhere; and a
# sentence naming that one year dates its values that name none (…占全市總銷量61.5%,與上年相較,113年…).
ROC_AFTER_COMMA = "據統計,105年本市新生兒人數為1萬2,345人,較上年減少5.1%。"
ONE_YEAR = "十大品牌銷量合計8,250輛,占全市總銷量61.5%,與上年相較,113年銷量以甲牌、乙牌分別增加12.4%、8.8%較為明顯。"


def test_an_roc_year_after_a_comma_is_a_year():
    assert verdict("date", "105年", ROC_AFTER_COMMA, "本市新生兒人數在哪一年為1萬2,345人？") == "grounded"
    assert verdict("date", "104年", ROC_AFTER_COMMA, "本市新生兒人數在哪一年為1萬2,345人？") != "grounded"


def test_a_sentence_naming_one_year_dates_its_values():
    assert verdict("figure", "61.5%", ONE_YEAR, "113年十大品牌銷量占全市總銷量多少？") == "grounded"


# The one of a wh-word (哪一個) asks: it is no figure the question quotes to point at a list's item.
BRANDS_RANKED = "依銷售額排序,十大品牌依序為(1)甲牌(2)乙牌(3)丙牌(4)丁牌(5)戊牌(6)己牌。"


def test_the_one_of_a_wh_word_quotes_no_figure():
    assert verdict("fact", "戊牌", BRANDS_RANKED, "依銷售額排序，十大品牌的第5名是哪一個品牌？") == "grounded"


# A clause of its own comparing with an earlier period (與上年相較, …) names the base the changes after it are measured
# against: its 上年 is no period of those changes, so a question comparing with the same base selects among them.
FRONTED_BASE = ("前五大品牌合計出貨1,250萬台,占市場總量68.2%,與上年相較,113年出貨量以甲牌、乙牌、丙牌分別增加9.1%、7.4%、3.3%"
                "較為明顯,丁牌、戊牌則分別減少4.2%、2.8%較為顯著。")


@pytest.mark.parametrize("answer, question, expect", [
    ("4.2%", "113年丁牌出貨量較上年減少多少？", "grounded"),
    ("2.8%", "113年丁牌出貨量較上年減少多少？", "DG601"),
    ("7.4%", "113年乙牌較上年增加多少？", "grounded"),
    ("3.3%", "113年乙牌較上年增加多少？", "DG601"),
])
def test_a_fronted_comparison_clause_names_the_base_of_the_changes_after_it(answer, question, expect):
    assert verdict("figure", answer, FRONTED_BASE, question) == expect


# Ranges answered whole, each end with its unit (12亿元-14亿元): the period (前三季度 against 第三季度) and the base
# (同比 against 环比) the words before each range name select it; the same words of another period or base are DG602.
QUARTER_RANGES = ("甲公司公告,预计前三季度营收12亿元-14亿元,同比增长35%-48%。注:上半年营收7.1亿元,据此计算,"
                  "预计第三季度营收4.9亿元-6.9亿元,环比增长12%-30%。")


@pytest.mark.parametrize("answer, question, expect", [
    ("12亿元至14亿元", "甲公司预计前三季度营收是多少？", "grounded"),
    ("4.9亿元至6.9亿元", "甲公司预计前三季度营收是多少？", "DG602"),
    ("4.9亿元至6.9亿元", "甲公司预计第三季度营收是多少？", "grounded"),
    ("12亿元至14亿元", "甲公司预计第三季度营收是多少？", "DG602"),
    ("12%至30%", "甲公司预计第三季度营收环比增长多少？", "grounded"),
    ("35%至48%", "甲公司预计第三季度营收环比增长多少？", "DG602"),
    ("35%至48%", "甲公司预计前三季度营收同比增长多少？", "grounded"),
    ("12%至30%", "甲公司预计前三季度营收同比增长多少？", "DG602"),
])
def test_a_ranges_period_and_base_select_it(answer, question, expect):
    assert verdict("figure", answer, QUARTER_RANGES, question) == expect


# A clause naming nothing but its range (…营业利润同比增长30%至50%,为0.8亿元至0.92亿元) restates the subject of the
# clause before it, up to that clause's change: the metric the question names selects the range.
RESTATED_RANGES = ("乙公司预计2024年前三季度实现营业收入同比增长10%至20%,为5.5亿元至6.0亿元;营业利润同比增长30%至50%,"
                   "为0.8亿元至0.92亿元。")


@pytest.mark.parametrize("answer, question, expect", [
    ("0.8亿元至0.92亿元", "乙公司预计2024年前三季度营业利润为多少？", "grounded"),
    ("5.5亿元至6.0亿元", "乙公司预计2024年前三季度营业利润为多少？", "DG601"),
    ("5.5亿元至6.0亿元", "乙公司预计2024年前三季度营业收入为多少？", "grounded"),
    ("0.8亿元至0.92亿元", "乙公司预计2024年前三季度营业收入为多少？", "DG601"),
])
def test_a_range_restating_the_clause_before_takes_its_subject(answer, question, expect):
    assert verdict("figure", answer, RESTATED_RANGES, question) == expect


# 扣非 and 归母 are a question's short forms of an A-share report's metrics (扣除非经常性损益的, 归属于上市公司股东的):
# written short, they select the metric the cite writes whole.
SHORT_METRICS = "丙公司2024年归属于上市公司股东的净利润为3.3亿元,归属于上市公司股东的扣除非经常性损益的净利润为2.8亿元。"
SHORT_METRIC_RANGES = ("丙公司预计2024年度实现归属于上市公司股东的净利润3.1亿元至3.5亿元;"
                       "归属于上市公司股东的扣除非经常性损益的净利润2.6亿元至3.0亿元。")


@pytest.mark.parametrize("cite, answer, question, expect", [
    (SHORT_METRICS, "2.8亿元", "丙公司2024年扣非净利润为多少？", "grounded"),
    (SHORT_METRICS, "3.3亿元", "丙公司2024年扣非净利润为多少？", "DG601"),
    (SHORT_METRIC_RANGES, "2.6亿元至3.0亿元", "丙公司预计2024年度扣非净利润为多少？", "grounded"),
    (SHORT_METRIC_RANGES, "3.1亿元至3.5亿元", "丙公司预计2024年度扣非净利润为多少？", "DG601"),
    (SHORT_METRIC_RANGES, "3.1亿元至3.5亿元", "丙公司预计2024年度归母净利润为多少？", "grounded"),
    (SHORT_METRIC_RANGES, "2.6亿元至3.0亿元", "丙公司预计2024年度归母净利润为多少？", "DG601"),
])
def test_short_forms_of_report_metrics_select_the_whole_metric(cite, answer, question, expect):
    assert verdict("figure", answer, cite, question) == expect


@pytest.mark.parametrize("answer, question, expect", [
    ("41%", "该行公司及零售银行业务的收入占比是多少？", "grounded"),
    ("9%", "该行其他业务的收入占比是多少？", "grounded"),
    ("41%", "该行其他业务的收入占比是多少？", "DG601"),
    ("17%", "该行投资银行业务的收入占比是多少？", "grounded"),
])
def test_ji_qi_ta_joins_one_more_item_and_only_the_last_join_makes_the_count(answer, question, expect):
    # 及其他 (and the other …) joins an item, as 及其 (and its …) does not; with four values, the 及 inside
    # 公司及零售银行业务 stays inside its item and only the last 及 joins the last two
    cite = "该行财富管理、投资银行、公司及零售银行业务及其他业务的收入占比分别为33%、17%、41%、9%。"
    assert verdict("figure", answer, cite, question) == expect
# A verb ending in 对 (反对, 针对) is one word of the question, not 反 and a dropped 对: 有多少反对 selects the share
# of the clause that opposes. A negated predicate the question gives (不应让步, 未接种) names the group of its own
# clause against a clause writing the same words unnegated, over the words both groups share.
OPPOSED = "丁市民调显示,自称中间派的受访者,六成反对新规,只有两成支持新规。"
NEGATED = "调查发现,四成二受访者认为政府应当暂停工程,较上月升1.2个百分点;认为不应暂停的则有三成五。"


@pytest.mark.parametrize("cite, answer, question, expect", [
    (OPPOSED, "六成", "自称中间派的受访者中，有多少反对新规？", "grounded"),
    (OPPOSED, "两成", "自称中间派的受访者中，有多少反对新规？", "DG601"),
    (OPPOSED, "两成", "自称中间派的受访者中，有多少支持新规？", "grounded"),
    (NEGATED, "三成五", "认为政府不应暂停工程的受访者有多少？", "grounded"),
    (NEGATED, "四成二", "认为政府不应暂停工程的受访者有多少？", "DG601"),
    (NEGATED, "四成二", "认为政府应当暂停工程的受访者有多少？", "grounded"),
])
def test_a_verb_in_dui_and_a_negated_predicate_select_their_clause(cite, answer, question, expect):
    assert verdict("figure", answer, cite, question) == expect


# A ranking run after its first value (以甲下降9.5%最多,其次为乙7.8%,再次为丙5.9%) ranks values of one measure: the
# metric written before 以 and the first value's change are every ranked value's; each value's item is the one right
# before it.
RANK_RUN = "今年各区空置率与上年比较均出现下降,其中以东区下降4.2%最多,其次为西区3.1%,再次为北区2.6%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("3.1%", "今年西区空置率较上年下降多少？", "grounded"),
    ("4.2%", "今年西区空置率较上年下降多少？", "DG601"),
    ("2.6%", "今年北区空置率较上年下降多少？", "grounded"),
    ("3.1%", "今年北区空置率较上年下降多少？", "DG601"),
    ("上升3.1%", "今年西区空置率较上年如何变化？", "DG604"),
])
def test_a_ranking_run_shares_its_metric_and_change(answer, question, expect):
    assert verdict("figure", answer, RANK_RUN, question) == expect


# 明年 opening a value's own clause is a later period than the question's 今年 (the period flags know only this year
# and earlier ones), and the verb between 分别 and its run (分别下调为a与b) is every value's of the run.
NEXT_YEAR = "戊行同时调整预测,将今年出口增长率上修至5.2%,明年上修至4.1%;今年进口及转口增长率,分别下调为2.4%与1.9%,明年同步下修至1.7%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("1.9%", "戊行预测今年转口增长率为多少？", "grounded"),
    ("1.7%", "戊行预测今年转口增长率为多少？", "DG602"),
    ("2.4%", "戊行预测今年转口增长率为多少？", "DG601"),
    ("1.7%", "戊行预测明年转口增长率为多少？", "grounded"),
    ("下调为1.9%", "戊行将今年转口增长率的预测如何调整？", "grounded"),
    ("下调为2.4%", "戊行将今年转口增长率的预测如何调整？", "DG601"),
])
def test_next_year_is_its_own_period_and_a_respective_runs_verb_is_shared(answer, question, expect):
    assert verdict("figure", answer, NEXT_YEAR, question) == expect


# A Chinese clause opens with its subject: the subject the question names (飞燕) outweighs the words it shares with
# another subject's clause (海鸥…电动车销量同比), and a figure the question writes with the noun after it (零歲平均餘命,
# life expectancy at birth) is part of the metric's name, no value beside the levels. A word of scope (全市) names no subject.
SUBJECTS = "今年上半年,海鸥电动车销量同比大增35%,白鹭和青鸾销量同比均上升20%。另一方面,飞燕上半年电动车销量骤减18%。"
AT_BIRTH = "甲縣2020年零歲平均餘命為85.2歲,男性80.7歲,女性87.9歲。"
SCOPE = "全市去年用水总量12.5亿吨,其中工业用水中冷却用水量3.1亿吨。"


@pytest.mark.parametrize("cite, answer, question, expect", [
    (SUBJECTS, "18%", "今年上半年,飞燕电动车销量同比变化多少？", "grounded"),
    (SUBJECTS, "35%", "今年上半年,飞燕电动车销量同比变化多少？", "DG601"),
    (SUBJECTS, "35%", "今年上半年,海鸥电动车销量同比增长多少？", "grounded"),
    (AT_BIRTH, "80.7歲", "2020年男性零歲平均餘命是多少歲？", "grounded"),
    (AT_BIRTH, "87.9歲", "2020年女性零歲平均餘命是多少歲？", "grounded"),
    (AT_BIRTH, "85.2歲", "2020年男性零歲平均餘命是多少歲？", "DG601"),
    (SCOPE, "3.1亿吨", "全市去年冷却用水量是多少？", "grounded"),
])
def test_a_clause_subject_the_question_names_selects_its_values(cite, answer, question, expect):
    assert verdict("figure", answer, cite, question) == expect


# A word that only compares (相較, 相比) is no item: the base after it is read as a base, and the clause keeps the
# subject its ;-part names (河濱體育館站 … 相較112年增加近500人次 is that station's rise).
def test_a_comparing_word_names_no_item():
    from deckgen.binding import check_binding

    cite = ("據統計,中山紀念堂站元宵進站約7300人次,相較112年增加約1800多人次;河濱體育館站進站約3900人次,"
            "相較112年增加近500人次,分流效果明顯。")
    q = "河濱體育館站元宵進站人次相較112年增加多少？"
    assert not check_binding("figure", "近500人次", cite, q, {})
    assert [m.code for m in check_binding("figure", "約1800多人次", cite, q, {})] == ["DG601"]


# A year across two calendar years (2023/24年度, 2024/2025) is a period, no amount: it neither stands for what the
# question asks about nor competes with the cite's values.
SCHOOL_YEAR = "丁大学2023/24年度科研经费4.2亿元,教学经费3.1亿元,学生人数为1.8万人。"


@pytest.mark.parametrize("answer, question, expect", [
    ("3.1亿元", "丁大学2023/24年度教学经费是多少？", "grounded"),
    ("4.2亿元", "丁大学2023/24年度教学经费是多少？", "DG601"),
    ("4.2亿元", "丁大学2023/2024年度科研经费是多少？", "grounded"),
    ("1.8万人", "丁大学2023/24年度学生人数是多少？", "grounded"),
])
def test_a_year_across_two_is_a_period_no_amount(answer, question, expect):
    assert verdict("figure", answer, SCHOOL_YEAR, question) == expect


# A sentence that names its subject once and sets metrics side by side, each a clause of a bare noun and its value,
# is about that subject in each (乙厂产量8万吨,销量7万吨); a clause repeating the first one's noun sets another
# subject beside it (甲村户数50,乙村户数38).
SIDE_BY_SIDE = "甲厂产量12万吨,销量11万吨,录得库存1万吨。乙厂产量8万吨,销量7万吨。甲村户数520户,乙村户数380户。"


@pytest.mark.parametrize("answer, question, expect", [
    ("7万吨", "乙厂销量是多少？", "grounded"),
    ("8万吨", "乙厂销量是多少？", "DG601"),
    ("11万吨", "甲厂销量是多少？", "grounded"),
    ("7万吨", "甲厂销量是多少？", "DG601"),
    ("1万吨", "甲厂库存是多少？", "grounded"),
    ("520户", "甲村户数是多少？", "grounded"),
    ("380户", "甲村户数是多少？", "DG601"),
])
def test_metrics_side_by_side_share_the_subject(answer, question, expect):
    assert verdict("figure", answer, SIDE_BY_SIDE, question) == expect


# A number inside a title (《远航3》) is part of the work's name, and a count of days (连映三天) is a span of time:
# neither competes with an amount written in ten thousands or more, which counts no days.
STAGE_RUN = "《远航3》与《远航2》的票房差距缩小至3800万左右,《远航3》连映三天累计票房突破5亿。"


@pytest.mark.parametrize("answer, question, expect", [
    ("5亿", "《远航3》连映三天累计票房突破了多少？", "grounded"),
    ("3800万左右", "《远航3》与《远航2》的票房差距缩小至多少？", "grounded"),
    ("5亿", "《远航3》与《远航2》的票房差距缩小至多少？", "DG601"),
])
def test_a_titles_number_and_a_span_of_days_are_no_amounts(answer, question, expect):
    assert verdict("figure", answer, STAGE_RUN, question) == expect


# A fiscal year heading a 分别 list (在2025/26年度,) is no figure between the items and 分别: the items still pair with
# the values by position.
GRANTS = "在2025/26年度,甲区新医院、乙区医院扩建、丙区医院重建以及丁区医院扩建计划,分别拨款7亿、5亿、4亿及2亿,另拨1亿元。"


@pytest.mark.parametrize("answer, question, expect", [
    ("4亿", "2025/26年度丙区医院重建拨款多少？", "grounded"),
    ("7亿", "2025/26年度医院扩建计划拨款多少？", "DG601"),
])
def test_a_fiscal_year_heading_a_respective_list(answer, question, expect):
    assert verdict("figure", answer, GRANTS, question) == expect


# A question that itself foresees (将减少, 每年可为学校节省) asks a forecast: the value the cite foresees answers it; a
# question asking what happened (实际节省了) is still answered by an outcome only.
SAVINGS = "丁市推出节能计划,以每所学校200万元为上限,预计每年节省电费约2亿元,全市学校用电量将减少约8%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("约2亿元", "节能计划每年可为学校节省多少电费？", "grounded"),
    ("约2亿元", "丁市学校的电费支出将减少多少？", "grounded"),
    ("约2亿元", "丁市学校去年实际节省了多少电费？", "DG603"),
])
def test_a_question_that_foresees_asks_a_forecast(answer, question, expect):
    assert verdict("figure", answer, SAVINGS, question) == expect


# A clause that opens with 分别 (or with its verb) has no subject of its own: it goes on from its sentence's, so the
# actor who opens the sentence (市府同時調整…) is no rival subject of the values the question's metric words choose.
def test_a_clause_opening_with_fenbie_has_no_subject_of_its_own():
    from deckgen.binding import check_binding

    cite = ("市府同時調整財政預測，將今年稅收成長率上修至5.2%，明年上修至4.1%；支出方面，今年人事費及資本支出增長率，"
            "分別向下調整為2.3%與1.9%，明年同步下修至1.5%。")
    q = "市府將今年資本支出增長率的預測如何調整？"
    assert not check_binding("figure", "向下調整為1.9%", cite, q, {})
    assert [m.code for m in check_binding("figure", "向下調整為2.3%", cite, q, {})] == ["DG601"]


# 买超 / 卖超 (net buying, net selling) are verbs: the figure after them is stated exactly (no 超 "more than"), and
# their sign is the figure's direction, its own over a direction its clause carries (扩大卖超…, 其中…卖超).
NET_TRADES = ("本周境外机构卖超国债38.6亿元,保险公司买超12.4亿元;券商扩大卖超(合计)20.5亿元,"
              "其中券商自营卖超15.1亿元、券商资管卖超5.4亿元。")


@pytest.mark.parametrize("answer, question, expect", [
    ("38.6亿元", "本周境外机构卖超国债多少？", "grounded"),
    ("12.4亿元", "本周保险公司买超多少？", "grounded"),
    ("38.6亿元", "本周境外机构买超国债多少？", "DG604"),
    ("5.4亿元", "本周券商资管卖超多少？", "grounded"),
])
def test_net_buying_and_selling_are_verbs_with_a_sign(answer, question, expect):
    assert verdict("figure", answer, NET_TRADES, question) == expect


# A code in brackets right after a name (甲光电(3091)) is the name's gloss: no clause of its own, no distance between the
# name and the figure after it, and no digits in the item's words, so each name of a 、 list owns the figure after its code.
MARGIN_CODES = "昨日融资买入前四名分别为甲光电（3091）1万2840张、乙材料（6604）9875张、丙精密（5812）8120张及丁电子（8046）7655张。"


@pytest.mark.parametrize("answer, question, expect", [
    ("9875张", "昨日乙材料融资买入多少张？", "grounded"),
    ("1万2840张", "昨日乙材料融资买入多少张？", "DG601"),
    ("8120张", "昨日丙精密融资买入多少张？", "grounded"),
    ("9875张", "昨日丙精密融资买入多少张？", "DG601"),
])
def test_a_code_in_brackets_glosses_its_name(answer, question, expect):
    assert verdict("figure", answer, MARGIN_CODES, question) == expect


# The moments of a trading day written as verbs: 以…开出 is the open, 一度 the session's high or low, 以…作收 / 收在 the
# close. The question's moment selects its level, and another moment's level is the same item at another moment (DG602).
GOLD_DAY = "沪金主力合约今日以612.5元开出,随后一度升至618.3元,不过买盘后继乏力,最终以615.2元作收。"


@pytest.mark.parametrize("answer, question, expect", [
    ("615.2元", "沪金主力合约今日以多少元作收？", "grounded"),
    ("618.3元", "沪金主力合约今日以多少元作收？", "DG602"),
    ("612.5元", "沪金主力合约今日以多少元开出？", "grounded"),
    ("615.2元", "沪金主力合约今日以多少元开出？", "DG602"),
    ("618.3元", "沪金主力合约今日一度升至多少元？", "grounded"),
])
def test_the_moments_of_a_trading_day_written_as_verbs(answer, question, expect):
    assert verdict("figure", answer, GOLD_DAY, question) == expect


# 分别 after a leading item with a value of its own (以数学进步最多,提高4.5分,其次是物理及化学,分别…): its run of values
# pairs by position with the items written since the value before it, as it does where it holds the whole sentence.
EXAM_GAINS = "今年各科均分以数学进步最多,提高4.5分,其次是物理及化学,分别提高3.2分及2.8分。"


@pytest.mark.parametrize("answer, question, expect", [
    ("2.8分", "今年化学提高了多少分？", "grounded"),
    ("3.2分", "今年化学提高了多少分？", "DG601"),
    ("3.2分", "今年物理提高了多少分？", "grounded"),
])
def test_a_fenbie_run_after_a_leading_item(answer, question, expect):
    assert verdict("figure", answer, EXAM_GAINS, question) == expect


@pytest.mark.parametrize("answer, question, expect", [
    ("2人", "车祸造成多少人死亡？", "grounded"),
    ("2死", "车祸造成多少人死亡？", "grounded"),
    ("17人", "车祸造成多少人受伤？", "grounded"),
    ("17人", "车祸造成多少人死亡？", "DG601"),
    ("2人", "车祸造成多少人受伤？", "DG601"),
    ("3人", "车祸造成多少人受伤？", "DG601"),
    ("3人", "车祸有多少人失联？", "grounded"),
])
def test_a_count_glued_to_its_outcome_counts_the_dead_or_the_injured(answer, question, expect):
    # 2死17伤: counts of people, each of its outcome (no model name like 思元590芯片); 3人失联 is of the missing,
    # not of 受伤 though both begin with a character of the question's noun
    cite = "高速公路连环车祸截至昨晚共造成2死17伤,另有3人受困、3人失联。"
    found = support("figure", answer, cite, question, {}) or check_binding("figure", answer, cite, question, {})
    assert (found[0].code if found else "grounded") == expect


# A line 'YEAR:VALUE' is a table row: the value is its own line's year's, not the next line's (whose year a value
# with its Han unit before the line break used to take), and with no item words bound the other lines' values are the
# same measure in other years (DG602).
HARVEST_LINES = "2019年:412万吨\n2020年:436万吨\n2021年:451万吨\n2022年:447万吨"


@pytest.mark.parametrize("answer, question, expect", [
    ("436万吨", "2020年戊省粮食产量是多少？", "grounded"),
    ("451万吨", "2020年戊省粮食产量是多少？", "DG602"),
    ("412万吨", "2020年戊省粮食产量是多少？", "DG602"),
])
def test_a_year_line_is_a_table_row(answer, question, expect):
    assert verdict("figure", answer, HARVEST_LINES, question) == expect


# A table's line ending in its last cell's bar is a row: each cell is its own row's item's.
AIR_TABLE = ("序号 | 城市 | 人口(万) | 达标率 |\n1 | 南溪市 | 120 | 81.5% |\n2 | 北岭市 | 95 | 77.2% |\n"
             "3 | 东港市 | 60 | 90.4% |")


@pytest.mark.parametrize("answer, question, expect", [
    ("77.2%", "北岭市的空气质量达标率是多少？", "grounded"),
    ("81.5%", "北岭市的空气质量达标率是多少？", "DG601"),
])
def test_a_table_line_ending_in_a_bar_is_a_row(answer, question, expect):
    assert verdict("figure", answer, AIR_TABLE, question) == expect


# A text that compares two-digit years (19年较之18年) writes its years so: 19年 is 2019, and 较之 takes up the base as 较
# does, so each year's change is told apart by the years the question names.
VISITORS = "近三年,19年较之18年游客人数增长12.5%,20年较19年下降40.2%,21年较20年回升18.8%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("下降40.2%", "2020年游客人数较2019年变化了多少？", "grounded"),
    ("12.5%", "2020年游客人数较2019年变化了多少？", "DG602"),
    ("18.8%", "2021年游客人数较2020年回升了多少？", "grounded"),
    ("12.5%", "2021年游客人数较2020年回升了多少？", "DG602"),
])
def test_two_digit_years_compared_are_years(answer, question, expect):
    assert verdict("figure", answer, VISITORS, question) == expect


# A forecast for a moment to come (预计最终) and the same item's value so far (上映七天累计, 已) are forecast and actual of
# one item (DG603 both ways), not two moments' values.
CONCERT_RUN = "巡演开票七天累计售出门票32万张,主办方预计最终可能售出80万张。"


@pytest.mark.parametrize("answer, question, expect", [
    ("32万张", "巡演开票七天累计售出门票多少张？", "grounded"),
    ("80万张", "巡演开票七天累计售出门票多少张？", "DG603"),
    ("80万张", "主办方预计巡演最终可能售出多少张门票？", "grounded"),
    ("32万张", "主办方预计巡演最终可能售出多少张门票？", "DG603"),
])
def test_a_final_forecast_against_the_total_so_far(answer, question, expect):
    assert verdict("figure", answer, CONCERT_RUN, question) == expect


# Titles written side by side (《A》《B》《C》) are a list's items with no mark between, and 以及 before a list's last value
# joins it (…、1.2亿元以及3600万元) as 、 does: a 分别 list pairs each title with its value by position.
BESTSELLERS = ("年度畅销榜前四的图书为《山海札记》《北方的河》《灯下黑》《远行》,四部图书销售额分别为2.6亿元、2.1亿元、"
               "1.2亿元以及3600万元。")


@pytest.mark.parametrize("answer, question, expect", [
    ("2.1亿元", "《北方的河》的年度销售额是多少？", "grounded"),
    ("2.6亿元", "《北方的河》的年度销售额是多少？", "DG601"),
    ("3600万元", "《远行》的年度销售额是多少？", "grounded"),
    ("1.2亿元", "《远行》的年度销售额是多少？", "DG601"),
])
def test_titles_side_by_side_pair_with_a_respective_list(answer, question, expect):
    assert verdict("figure", answer, BESTSELLERS, question) == expect


# Periods written side by side and as many values side by side after them pair by position without 分别 (与2019年、
# 2020年的A和B相比); a bare number before 及 takes the scale and unit written once after the last (512及498亿元 states
# 512亿元).
FUND_YEARS = "2023年基金回报为430亿元,低于2019年、2020年的610亿元和575亿元。在其后的2021/22及2022/23年度,基金回报亦达到512及498亿元。"


@pytest.mark.parametrize("answer, question, expect", [
    ("575亿元", "2020年基金回报是多少？", "grounded"),
    ("610亿元", "2020年基金回报是多少？", "DG602"),
    ("498亿元", "2022/23年度基金回报是多少？", "grounded"),
    ("512亿元", "2022/23年度基金回报是多少？", "DG602"),
    ("512亿元", "2021/22年度基金回报是多少？", "grounded"),
])
def test_periods_side_by_side_pair_with_values_by_position(answer, question, expect):
    assert verdict("figure", answer, FUND_YEARS, question) == expect


# Titles written in order beside the words that say they hold the first places (《A》《B》《C》分列…前三名; 前四的专辑为…)
# hold them by position, and 位列二三位的分别是《A》和《B》 gives each its place: asked which title holds a place, another
# title of the list is DG601.
CHARTS = ("年度唱片销量榜上,《潮汐》《白夜》《归途》分列前三名。流媒体播放榜位列二三位的分别是《晚风》和《灯塔》。")


@pytest.mark.parametrize("answer, question, expect", [
    ("白夜", "年度唱片销量榜排名第二的是哪张专辑？", "grounded"),
    ("潮汐", "年度唱片销量榜排名第二的是哪张专辑？", "DG601"),
    ("归途", "年度唱片销量榜排名第三的是哪张专辑？", "grounded"),
    ("灯塔", "流媒体播放榜位列第三的是哪张专辑？", "grounded"),
    ("晚风", "流媒体播放榜位列第三的是哪张专辑？", "DG601"),
])
def test_titles_in_rank_order_hold_their_places(answer, question, expect):
    assert verdict("fact", answer, CHARTS, question) == expect


# A table whose first column is 排名 gives each row's holder its place.
PORT_TABLE = "排名 | 港口 | 吞吐量(万标箱) |\n1 | 东湾港 | 4730 |\n2 | 北礁港 | 3520 |\n3 | 南屿港 | 2910 |"


@pytest.mark.parametrize("answer, question, expect", [
    ("北礁港", "吞吐量排名第2的是哪个港口？", "grounded"),
    ("南屿港", "吞吐量排名第2的是哪个港口？", "DG601"),
])
def test_a_rank_column_places_its_rows(answer, question, expect):
    assert verdict("fact", answer, PORT_TABLE, question) == expect


# 同比 and 两年平均 are two bases of one item's growth (against last year, against the year before it, averaged):
# the question's base word selects, the other base's figure is the same item at another base (DG602).
TWO_YEAR_BASES = ("上半年,某市港口货物吞吐量2.4亿吨,同比增长18.3%,两年平均增长6.5%。其中,外贸货物吞吐量0.9亿吨,同比增长9.7%,两年平均增长4.2%;"
             "内贸货物吞吐量1.5亿吨,同比增长24.1%,两年平均增长8.0%。")


@pytest.mark.parametrize("answer, question, expect", [
    ("18.3%", "上半年某市港口货物吞吐量同比增长多少？", "grounded"),
    ("6.5%", "上半年某市港口货物吞吐量同比增长多少？", "DG602"),
    ("6.5%", "上半年某市港口货物吞吐量两年平均增长多少？", "grounded"),
    ("18.3%", "上半年某市港口货物吞吐量两年平均增长多少？", "DG602"),
    ("4.2%", "上半年某市外贸货物吞吐量两年平均增长多少？", "grounded"),
    ("9.7%", "上半年某市外贸货物吞吐量两年平均增长多少？", "DG602"),
    ("6.5%", "上半年某市外贸货物吞吐量两年平均增长多少？", "DG601"),  # the whole's, of the same base
    ("8.0%", "上半年某市内贸货物吞吐量两年平均增长多少？", "grounded"),  # (the subject shared over the base of its own)
    ("24.1%", "上半年某市内贸货物吞吐量两年平均增长多少？", "DG602"),
])
def test_two_year_average_is_a_base_of_its_own(answer, question, expect):
    assert verdict("figure", answer, TWO_YEAR_BASES, question) == expect


# A unit written once after a slash list of numbers (180 / 380 / 680元) is every number's: each is in the cite.
def test_a_unit_after_a_slash_list_is_every_items():
    from deckgen.grounding import shared_units

    assert shared_units("新演出季票价为180 / 380 / 680元。") == "新演出季票价为180元 / 380元 / 680元。"
    assert shared_units("两档会员年费为98/198港元。") == "两档会员年费为98港元/198港元。"
    # (found in the cite, 380元 is one of three prices a question naming none cannot choose among)
    assert verdict("figure", "380元", "新演出季票价为180 / 380 / 680元。", "新演出季票价是多少？") == "DG605"


# Versions written side by side (8+128GB和12+256GB) and as many prices side by side after them (2499/2999元) pair by
# position; a version heading a price's clause (8GB+256GB版本售价为2299元), or glossing a price in brackets after it
# (起售价1999元(6GB+128GB)), is that price's. A question naming a version picks its price; another version's is DG601.
TABLETS = ("甲款平板电脑有8+128GB和12+256GB两个版本可选,售价2499/2999元。"
           "乙款平板电脑起售价1999元(6GB+128GB),此外,8GB+256GB版本售价为2299元,16GB+256GB版本售价为2699元。")


@pytest.mark.parametrize("answer, question, expect", [
    ("2999元", "甲款平板电脑12+256GB版本的售价是多少？", "grounded"),
    ("2499元", "甲款平板电脑12+256GB版本的售价是多少？", "DG601"),
    ("2299元", "乙款平板电脑8GB+256GB版本的售价是多少？", "grounded"),
    ("1999元", "乙款平板电脑8GB+256GB版本的售价是多少？", "DG601"),
    ("2699元", "乙款平板电脑8GB+256GB版本的售价是多少？", "DG601"),
    ("2699元", "乙款平板电脑16GB+256GB版本的售价是多少？", "grounded"),
    ("2299元", "乙款平板电脑16GB+256GB版本的售价是多少？", "DG601"),
    ("1999元", "乙款平板电脑6GB+128GB版本的售价是多少？", "grounded"),
])
def test_a_version_owns_its_price(answer, question, expect):
    assert verdict("figure", answer, TABLETS, question) == expect


# A question asking the size of a fall (跌幅, 降幅) takes a signed change's minus sign into its noun: the fall written
# -18.3% is a 跌幅 of 18.3%, no level whose sign the answer dropped (DG202).
SIGNED_FALLS = "一季度甲品牌空调销量环比下跌12.5%,跌幅小于去年同期(-18.3%)。"


@pytest.mark.parametrize("answer, question, expect", [
    ("18.3%", "去年同期甲品牌空调销量的跌幅是多少？", "grounded"),
    ("12.5%", "去年同期甲品牌空调销量的跌幅是多少？", "DG602"),
    ("18.3%", "今年一季度甲品牌空调销量的跌幅是多少？", "DG602"),
])
def test_a_fall_asked_by_its_size_takes_the_minus_sign(answer, question, expect):
    assert verdict("figure", answer, SIGNED_FALLS, question) == expect


# Values each named by the bracket right after it (3200平方米(北厅)、2800平方米(东北厅)) are things of one kind: a question
# naming one bracket's word picks its value, another bracket's value is DG601; the longest word written wins (东北厅
# holds 北厅 but names another hall).
HALLS = "新馆展厅面积为3200平方米(北厅)、2800平方米(东北厅)和4100平方米(南厅),可同时举办三场展览。"


@pytest.mark.parametrize("answer, question, expect", [
    ("4100平方米", "新馆南厅的展厅面积是多少？", "grounded"),
    ("3200平方米", "新馆南厅的展厅面积是多少？", "DG601"),
    ("2800平方米", "新馆东北厅的展厅面积是多少？", "grounded"),
    ("3200平方米", "新馆东北厅的展厅面积是多少？", "DG601"),
    ("3200平方米", "新馆北厅的展厅面积是多少？", "grounded"),
    ("2800平方米", "新馆北厅的展厅面积是多少？", "DG601"),
])
def test_a_bracket_after_a_value_names_its_item(answer, question, expect):
    assert verdict("figure", answer, HALLS, question) == expect


# A first clause of a subject, its verb of a move and its value (白菜涨0.5元) heads the clauses after it that set bare
# words and values beside it (,收3.2元,成交额12.4万元): each is that subject's; a sentence's head (前三大成交额品种) framing
# every value leaves the word written in a value's own clause (成交额12.4万元) to name it.
MARKET_PARTS = ("前三大成交额品种涨跌互见,白菜涨0.5元,收3.2元,成交额12.4万元;土豆跌0.3元,收2.1元,成交额10.8万元;"
                "萝卜涨0.2元,收1.6元,成交额9.5万元。")


@pytest.mark.parametrize("answer, question, expect", [
    ("10.8万元", "土豆的成交额是多少？", "grounded"),
    ("12.4万元", "土豆的成交额是多少？", "DG601"),
    ("9.5万元", "萝卜的成交额是多少？", "grounded"),
    ("3.2元", "土豆收多少元？", "DG601"),
])
def test_a_moving_subject_heads_its_bare_clauses(answer, question, expect):
    assert verdict("figure", answer, MARKET_PARTS, question) == expect


# What a figure leaves out (陆路及水路口岸(不含陆路大桥口岸)) is not its item, and a name with its bracketed gloss right
# before its value's clause is that clause's own subject, no frame of the later ;-parts.
PORT_PARTS = ("观察三大口岸客流动向,陆路及水路口岸(不含陆路大桥口岸)今天入境12.3万人次;机场入境5.6万人次,创单日新高;"
              "大桥口岸今天同步入境3.1万人次。")


@pytest.mark.parametrize("answer, question, expect", [
    ("3.1万人次", "1月5日大桥口岸入境多少人次？", "grounded"),
    ("12.3万人次", "1月5日大桥口岸入境多少人次？", "DG601"),
    ("12.3万人次", "1月5日陆路及水路口岸入境多少人次？", "grounded"),
    ("5.6万人次", "1月5日陆路及水路口岸入境多少人次？", "DG601"),
])
def test_what_a_figure_excludes_is_not_its_item(answer, question, expect):
    assert verdict("figure", answer, PORT_PARTS, question) == expect


# 收 glued to a level (收825点) is the close, a moment of the day as 开出 and 一度 are: asked the open or the session's
# high, the close is another moment's value (DG602); asked the day's move, the level is another measure (DG601); 终场
# and 收 are one moment. 收 before an amount with a scale (首日收3.2亿元) is takings, no close.
INDEX_DAY = "大宗商品指数今日以812点开出,涨5点,一度来到830点,其后涨势收敛,终场涨13点,收825点。"
TWO_CLOSES = "甲指数终场收1530.5点,涨2.1%;乙指数收812.3点,跌0.6%。"


@pytest.mark.parametrize("cite, answer, question, expect", [
    (INDEX_DAY, "825点", "大宗商品指数今日以多少点开出？", "DG602"),
    (INDEX_DAY, "812点", "大宗商品指数今日以多少点开出？", "grounded"),
    (INDEX_DAY, "825点", "大宗商品指数一度来到多少点？", "DG602"),
    (INDEX_DAY, "825点", "大宗商品指数终场上涨多少点？", "DG601"),
    (TWO_CLOSES, "812.3点", "甲指数终场收多少点？", "DG601"),
    (TWO_CLOSES, "1530.5点", "甲指数终场收多少点？", "grounded"),
])
def test_a_bare_close_is_a_moment_of_the_day(cite, answer, question, expect):
    assert verdict("figure", answer, cite, question) == expect


# 收支结果 (what revenue and spending come to) asks their balance: the value stated as a surplus or a deficit, not the
# revenue or the spending beside it; a balance's sign is its direction, read against the word the cite writes beside
# the value (the one right after it first: 预计盈余会录得0.9亿元赤字), so an answer calling a deficit a surplus is DG604.
CLUB_ACCOUNTS = "2024年度,营运部门收入8.2亿元,支出7.5亿元,录得盈余0.7亿元。青训部门收入0.3亿元,支出1.1亿元,录得亏损0.8亿元。"
CLUB_ESTIMATES = "球会原预计赤字1.2亿元,最终实际盈余却达0.4亿元;次年再预计盈余会录得0.9亿元赤字。"


@pytest.mark.parametrize("cite, answer, question, expect", [
    (CLUB_ACCOUNTS, "亏损0.8亿元", "2024年度青训部门的收支结果是多少？", "grounded"),
    (CLUB_ACCOUNTS, "1.1亿元", "2024年度青训部门的收支结果是多少？", "DG601"),
    (CLUB_ACCOUNTS, "盈余0.8亿元", "2024年度青训部门的收支结果是多少？", "DG604"),
    (CLUB_ACCOUNTS, "盈余0.7亿元", "2024年度营运部门的收支结果是多少？", "grounded"),
    (CLUB_ACCOUNTS, "赤字0.7亿元", "2024年度营运部门的收支结果是多少？", "DG604"),
    (CLUB_ESTIMATES, "赤字0.4亿元", "球会最终录得多少？", "DG604"),
    (CLUB_ESTIMATES, "0.9亿元盈余", "球会次年预计录得多少？", "DG604"),
    (CLUB_ESTIMATES, "0.9亿元赤字", "球会次年预计录得多少？", "grounded"),
])
def test_a_balance_asked_and_its_sign(cite, answer, question, expect):
    assert verdict("figure", answer, cite, question) == expect


# A day (昨日) and a clock time (17时30分) are moments of two kinds: the time may be that day's, so a value stated for
# the one is no other moment's value against the other; another metric of that day is another item (DG601).
BRIDGE_DAY = "连日车流创新高,继4日高峰车流5,020辆后,昨(5)日大桥车流高峰出现在17时30分达5,200辆,再创纪录,昨日停车场空位1,300辆,空位率约8%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("1,300辆", "5日大桥车流高峰是多少辆？", "DG601"),
    ("5,200辆", "5日停车场空位是多少辆？", "DG601"),
    ("5,200辆", "5日大桥车流高峰是多少辆？", "grounded"),
])
def test_a_day_and_a_clock_time_are_no_two_moments(answer, question, expect):
    assert verdict("figure", answer, BRIDGE_DAY, question) == expect


# 今(3)天 and 明(4)天 are lone days, as 今(3)日 is (from r16zh, picked by the lead).
MILK_PRICE_DAYS = "乳品公司今(3)天宣布,自明(4)天起鲜奶每公升下调0.5元,调整后鲜奶每公升38.5元,豆奶每公升26元。"


@pytest.mark.parametrize("answer, expect", [("3日", "grounded"), ("4日", "DG601")])
def test_bracketed_days_with_tian_are_days(answer, expect):
    assert verdict("date", answer, MILK_PRICE_DAYS, "乳品公司在哪一天宣布调价？") == expect


# A period standing as a clause of its own after 截至 (截至上月末,) frames every ;-part after it, as one without 截至
# does: asked the second part's item for that period, its own value is right and the first part's another item's.
PORTS_TO_DATE = "截至上月末,甲港集装箱吞吐量为120万标箱,同比增长3%;乙港吞吐量为95万标箱,同比增长5%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("95万标箱", "上月末乙港吞吐量为多少万标箱？", "grounded"),
    ("120万标箱", "上月末乙港吞吐量为多少万标箱？", "DG601"),
    ("5%", "上月末乙港吞吐量同比增长多少？", "grounded"),
])
def test_a_fronted_period_after_jiezhi_frames_every_part(answer, question, expect):
    assert verdict("figure", answer, PORTS_TO_DATE, question) == expect


# 升 in 公升 (a litre) is a unit, no rise; a verb of change before 后 (调涨后, 调整后) dates a level after the change and
# asks no change; a verb, its object and a per-unit phrase before a value (调降工业用水价格每吨0.3元) state the change.
MILK_PRICES = "乳品公司宣布自下月起鲜奶每公升调涨3元,调涨后全脂鲜奶每公升售价92元,低脂鲜奶每公升售价88元,羊奶每公升售价120元。"
WATER_PRICES = "自来水公司宣布自7月起调降工业用水价格每吨0.3元、民生用水调降0.1元,调整后工业用水每吨6.2元,民生用水每吨4.5元。"


@pytest.mark.parametrize("cite, answer, question, expect", [
    (MILK_PRICES, "92元", "全脂鲜奶每公升售价多少元？", "grounded"),  # (no 升 before 92元 makes it a rise)
    (MILK_PRICES, "88元", "全脂鲜奶每公升售价多少元？", "DG601"),
    (MILK_PRICES, "92元", "鲜奶每公升调涨多少元？", "DG601"),  # a price is no change
    (MILK_PRICES, "88元", "调涨后鲜奶每公升售价是多少元？", "DG605"),  # 调涨后 asks no rise: every price fits
    (MILK_PRICES, "120元", "調漲後羊奶每公升售價是多少元？", "grounded"),
    (WATER_PRICES, "0.3元", "工业用水价格每吨调降多少？", "grounded"),
    (WATER_PRICES, "0.1元", "工业用水价格每吨调降多少？", "DG601"),
    (WATER_PRICES, "调降0.3元", "工业用水价格每吨变动多少？", "grounded"),
    (WATER_PRICES, "调涨0.3元", "工业用水价格每吨变动多少？", "DG604"),
    (WATER_PRICES, "6.2元", "调整后工业用水每吨多少元？", "grounded"),
])
def test_a_litre_a_level_after_a_change_and_a_change_per_unit(cite, answer, question, expect):
    assert verdict("figure", answer, cite, question) == expect


# A per-unit phrase the cite writes before several values (每公升) is their measure, no item: the item the question
# names (豆浆) chooses first, though the cite writes the per-unit phrase only in the other item's clause.
DRINK_PRICES = "饮品公司宣布调降牛奶售价每公升3元、豆浆调降2元,调整后牛奶售价每公升89元、果汁售价每公升130元。"


@pytest.mark.parametrize("answer, question, expect", [
    ("2元", "豆浆每公升调降多少？", "grounded"),
    ("3元", "豆浆每公升调降多少？", "DG601"),
    ("3元", "牛奶每公升调降多少？", "grounded"),
])
def test_a_per_unit_phrase_written_often_names_no_item(answer, question, expect):
    assert verdict("figure", answer, DRINK_PRICES, question) == expect


# 点 after a bare number counts an index's points (均线2045点), no tail of a model name: the value is a figure to bind.
DRY_BULK = "波罗的海干散货指数周五收于1920.5点,跌破30日均线2045点,其中海岬型船拖累指数约60点。"


@pytest.mark.parametrize("answer, question, expect", [
    ("2045点", "干散货指数跌破的30日均线在多少点？", "grounded"),
    ("1920.5点", "干散货指数跌破的30日均线在多少点？", "DG601"),
    ("2045点", "干散货指数周五收于多少点？", "DG601"),
])
def test_points_after_a_bare_number_are_a_figure(answer, question, expect):
    assert verdict("figure", answer, DRY_BULK, question) == expect


# A part of the day the question writes after its interrogative (哪一天凌晨) picks the one date the cite writes with it
# (明(6)天凌晨零时起); a date written without it (今(5)天宣布) or with another part (12日上午) is another event's.
RAIL_TIMETABLE = "铁路公司今(5)天宣布,新时刻表自明(6)天凌晨零时起实施,票价则自12日上午8时起调整。"


@pytest.mark.parametrize("answer, question, expect", [
    ("6日", "这次改动是从哪一天凌晨开始生效的？", "grounded"),
    ("5日", "这次改动是从哪一天凌晨开始生效的？", "DG601"),
    ("12日", "这次改动是从哪一天凌晨开始生效的？", "DG601"),
    ("12日", "票价从哪一天上午起变动？", "grounded"),
])
def test_a_part_of_the_day_asked_picks_its_date(answer, question, expect):
    assert verdict("date", answer, RAIL_TIMETABLE, question) == expect


# A month glued to a futures contract's kind (12月期金, 3月期铜) names the contract, no period: another contract's price is
# another item's (DG601), not another month's (DG602).
METAL_FUTURES = "纽约商品交易所12月期金收在每盎司2015美元,创2023年5月以来新高;3月期铜收在每磅3.85美元;伦敦现货白银报价23.4美元。"


@pytest.mark.parametrize("kind, answer, question, expect", [
    ("figure", "3.85美元", "3月期铜收在多少美元？", "grounded"),
    ("figure", "2015美元", "3月期铜收在多少美元？", "DG601"),
    ("figure", "23.4美元", "3月期铜收在多少美元？", "DG601"),
    ("figure", "3.85美元", "12月期金收在每盎司多少美元？", "DG601"),
])
def test_a_contract_month_is_no_period(kind, answer, question, expect):
    assert verdict(kind, answer, METAL_FUTURES, question) == expect


# A change written with the span it is over (单周上涨, 周涨幅, 全周上扬) is that span's: two items' weekly changes are two
# items (DG601), whatever moment of the day (作收, 收在) the price clauses before them name.
WEEKLY_INDICES = "上周甲国股指以38500点作收,单周上涨1.2%;乙国股指收在15800点,周涨幅2.1%;丙国股指报5050点,全周上扬1.6%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("2.1%", "乙国股指周涨幅是多少？", "grounded"),
    ("1.2%", "乙国股指周涨幅是多少？", "DG601"),
    ("2.1%", "甲国股指单周上涨多少？", "DG601"),
])
def test_changes_over_one_span_are_no_two_moments(answer, question, expect):
    assert verdict("figure", answer, WEEKLY_INDICES, question) == expect


# Two one-character modifiers sharing the head written once (中、小学 for 中学、小学): asked 中学, the first item of the
# list is meant, and 各 pairs it with the first value.
SCHOOL_FEES = "教育局宣布,新学年公立中、小学学费各调涨5%及3%,私立学校学费平均调涨8%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("5%", "新学年公立中学学费调涨多少？", "grounded"),
    ("3%", "新学年公立中学学费调涨多少？", "DG601"),
    ("3%", "新学年公立小学学费调涨多少？", "grounded"),
])
def test_a_head_shared_by_a_list_names_each_item(answer, question, expect):
    assert verdict("figure", answer, SCHOOL_FEES, question) == expect


# 碼 (码) after a numeral is a unit: a step of a policy rate (a quarter point), a yard; 半碼 is half a step and
# 兩碼半 two and a half, as 5年半 is five and a half years. Before, 半碼 had no quantity (DG201) and 1碼 glued to
# 降息 was a name's digit (DG206). Cites of other subjects than the Taiwan table's.
HK_PRIME = "本港多家銀行今日宣布下調最優惠利率半碼,至5.25厘;金管局去年累計加息兩碼半。"
GRIDIRON = "四分衛傳球推進35碼,跑鋒再衝12碼完成達陣,全場共推進1碼以上的進攻有41次。"


@pytest.mark.parametrize("cite, answer, question, expect", [
    (HK_PRIME, "半碼", "本港銀行今日下調最優惠利率多少？", "grounded"),
    (HK_PRIME, "兩碼半", "金管局去年累計加息多少？", "grounded"),
    (HK_PRIME, "兩碼", "金管局去年累計加息多少？", "DG202"),
    (GRIDIRON, "35碼", "四分衛傳球推進多少碼？", "grounded"),
    (GRIDIRON, "12碼", "四分衛傳球推進多少碼？", "DG601"),
])
def test_ma_after_a_numeral_is_a_unit_and_half_is_half_a_step(cite, answer, question, expect):
    assert verdict("figure", answer, cite, question) == expect


@pytest.mark.parametrize("text", ["貨櫃停靠3號碼頭", "輸入6位數密碼", "碼頭工人"])
def test_ma_in_other_words_is_no_unit(text):
    from deckgen.fold import normalize
    from deckgen.quantities import parse_quantities
    assert all(q.counter != "码" for q in parse_quantities(normalize(text)))


# A word of growth before the forecast it names (出口成長預測) and a direction inside a fronted comparison (相較上修後…,)
# are no direction of the change asked: the question's own revision word is (下修, 縮減).
EXPORT_OUTLOOK = "經濟部將今年出口成長預測由3.5%下修至2.8%,進口成長預測則維持4%。"
TOURISM_OUTLOOK = "相較上修後的2024年來台旅客年增率18.4%,2025年旅客預估增幅縮減6.2個百分點。"


@pytest.mark.parametrize("cite, answer, question, expect", [
    (EXPORT_OUTLOOK, "2.8%", "經濟部將今年出口成長預測下修至多少？", "grounded"),
    (TOURISM_OUTLOOK, "6.2個百分點", "相較上修後2024年來台旅客年增率，2025年旅客預估增幅縮減多少？", "grounded"),
])
def test_growth_naming_a_forecast_and_a_fronted_base_state_no_direction(cite, answer, question, expect):
    assert verdict("figure", answer, cite, question) == expect


# Speech beyond 表示/說: 喊出 before words in quotes, an account a medium relays (《X》引述Y說法: Y speaks, X relays), and a
# body's report as the place it speaks in (衛福部報告中指出: the body).
HARVEST = "「今年的秋收會比去年好得多，」《路透》引述農業部首席分析師王明說法。"
STANDS = "比賽進入延長賽，場邊球迷喊出「再來一球！」，讓教練也笑了。"
CARE = "另看到長照需求,衛福部報告中也指出,全台長照需求將在2030年突破百萬人。"


@pytest.mark.parametrize("cite, answer, question, expect", [
    (HARVEST, "王明", "誰說今年的秋收會比去年好得多？", "grounded"),
    (HARVEST, "路透", "誰說今年的秋收會比去年好得多？", "DG401"),
    (STANDS, "球迷", "誰喊出「再來一球！」？", "grounded"),
    (STANDS, "教練", "誰喊出「再來一球！」？", "DG401"),
    (CARE, "衛福部", "誰指出全台長照需求將在2030年突破百萬人？", "grounded"),
])
def test_speech_verbs_beyond_saying(cite, answer, question, expect):
    assert verdict("quote", answer, cite, question) == expect


@pytest.mark.parametrize("text", ["這是他的說法。", "各界對此有不同看法。"])
def test_an_account_without_a_relay_is_a_noun(text):
    from deckgen.speakers import attributions
    assert attributions(text) == []


# 解读 with the figures it reads as its object (X解读…统计数据,reading): the reading after the comma is X's words, and the
# outlet carrying it (央广网讯,) is no speaker.
BUS_READING = "央广网讯,交通运输部规划研究院研究员李华解读2024年全国公路客运量统计数据,今年公路客运总体回暖,长途客运恢复较快。"


@pytest.mark.parametrize("answer, expect", [("李华", "grounded"), ("交通运输部规划研究院研究员李华", "grounded"), ("央广网", "DG401")])
def test_jiedu_with_its_figures_credits_the_reading(answer, expect):
    assert verdict("quote", answer, BUS_READING, "谁说今年公路客运总体回暖？") == expect


# A Latin-script name a Chinese cite writes bare for one value and inside a longer name for another (基础M2 against M2,
# 生产资料 PPI against PPI, 跨境ETF against ETF): two items. Asked the bare name, the longer one is another item's; asked
# the longer, the bare one is.
MONEY = "人民银行数据显示,今年6月末M2余额同比增长8.1%,基础M2余额同比增长6.4%。"
PRICES = "国家统计局称,5月份PPI同比下降1.4%,生产资料 PPI同比下降1.9%。"
FUNDS = "展会期间,ETF成交额达到3.2亿元,跨境ETF成交额达到1.1亿元。"


@pytest.mark.parametrize("cite, answer, question, expect", [
    (MONEY, "8.1%", "今年6月末M2余额同比增长多少？", "grounded"),
    (MONEY, "6.4%", "今年6月末M2余额同比增长多少？", "DG601"),
    (MONEY, "6.4%", "今年6月末基础M2余额同比增长多少？", "grounded"),
    (MONEY, "8.1%", "今年6月末基础M2余额同比增长多少？", "DG601"),
    (PRICES, "1.4%", "5月份PPI同比下降多少？", "grounded"),
    (PRICES, "1.9%", "5月份PPI同比下降多少？", "DG601"),
    (PRICES, "1.9%", "5月份生产资料PPI同比下降多少？", "grounded"),
    (FUNDS, "3.2亿元", "展会期间ETF成交额达到多少？", "grounded"),
    (FUNDS, "1.1亿元", "展会期间ETF成交额达到多少？", "DG601"),
    (FUNDS, "1.1亿元", "展会期间跨境ETF成交额达到多少？", "grounded"),
])
def test_a_bare_latin_name_is_not_its_longer_names(cite, answer, question, expect):
    assert verdict("figure", answer, cite, question) == expect


# A list of items sharing one head noun (大型、中型、小型企业…分别A、B和C) pairs each value with its own item, even where an
# earlier sentence names one item with another metric: the item the question names selects its value, another's is DG601.
POWER = "从环比看,12个中型企业商业用电量环比增长0.9%。大型、中型、小型企业工业用电量分别增长3.2%、2.5%和1.1%。"
CLINICS = "本月,8家二级医院住院人次环比增长0.6%。一级、二级、三级医院门诊人次分别增长4.4%、2.6%和1.3%。"


@pytest.mark.parametrize("cite, answer, question, expect", [
    (POWER, "2.5%", "中型企业工业用电量增长多少？", "grounded"),
    (POWER, "3.2%", "中型企业工业用电量增长多少？", "DG601"),
    (POWER, "1.1%", "小型企业工业用电量增长多少？", "grounded"),
    (CLINICS, "2.6%", "本月二级医院门诊人次增长多少？", "grounded"),
    (CLINICS, "1.3%", "本月二级医院门诊人次增长多少？", "DG601"),
])
def test_a_list_item_before_a_shared_head_selects_its_value(cite, answer, question, expect):
    assert verdict("figure", answer, cite, question) == expect


# 各 before a move every listed item shares (甲、乙及丙各调升X) splits no list from the 分别 run after it: the run pairs
# with the items by position, and a question asking the level after the move (调升后) asks a level, not the move.
EACH_MOVE = "本月董事会决议升息2码(0.5个百分点),甲利率、乙利率及丙利率各调升0.5个百分点,分别调整为2.5%、3.25%及4.75%,下月起生效。"


@pytest.mark.parametrize("answer, question, expect", [
    ("3.25%", "本月升息后乙利率是多少？", "grounded"),
    ("2.5%", "本月升息后乙利率是多少？", "DG601"),
    ("4.75%", "本月升息后，丙利率调整为多少？", "grounded"),
])
def test_a_move_each_item_shares_splits_no_list_from_its_run(answer, question, expect):
    assert verdict("figure", answer, EACH_MOVE, question) == expect


# A Latin word set off by spaces (cpi 及核心 cpi) is a list item as it is written without them.
SPACED_LIST = "研究院预测,CPI 及核心 CPI 年增率分别回落至 1.6%、1.4%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("1.4%", "研究院预测核心CPI年增率是多少？", "grounded"),
    ("1.6%", "研究院预测核心CPI年增率是多少？", "DG601"),
])
def test_a_spaced_latin_item_is_a_list_item(answer, question, expect):
    assert verdict("figure", answer, SPACED_LIST, question) == expect


# A question dating the report (2019年6月) counts its asked years as the cite does from the report's (今、明两年): 2020 is
# 明年, and the other year of the pair is another period's value (DG602).
TWO_YEARS = "某研究院昨日发布展望,今、明两年出口增幅各为3.4%、2.9%,院长认为明年仍有变数。"


@pytest.mark.parametrize("answer, question, expect", [
    ("2.9%", "某研究院2019年6月预测2020年出口增幅为多少？", "grounded"),
    ("3.4%", "某研究院2019年6月预测2020年出口增幅为多少？", "DG602"),
    ("3.4%", "某研究院2019年6月发布的展望中，2019年出口增幅是多少？", "grounded"),
])
def test_a_dated_question_counts_years_from_the_reports(answer, question, expect):
    assert verdict("figure", answer, TWO_YEARS, question) == expect


# A period right after 较/比 before a revision verb (较三月上修为X) is the revised forecast's base, not the new level's
# period; and a value a clause revises, set against the earlier forecast after it (高于先前预期的Y), is the new forecast.
FROM_MARCH = "研究院将全年出口增幅预测值较三月略上修为 4.2%;进口增幅预测值则略下修为 3.1%。"
OVER_EARLIER = "研究院并上修今年投资增幅 2.8%,高于先前预期的 2.5%,明年则是 2.2%。"


@pytest.mark.parametrize("cite, answer, question, expect", [
    (FROM_MARCH, "4.2%", "研究院2019年6月将全年出口增幅预测值上修为多少？", "grounded"),
    (OVER_EARLIER, "2.8%", "研究院2019年6月将2019年投资增幅上修至多少？", "grounded"),
    (OVER_EARLIER, "2.5%", "研究院2019年6月将2019年投资增幅上修至多少？", "DG602"),
])
def test_a_revision_from_a_period_and_over_an_earlier_forecast(cite, answer, question, expect):
    assert verdict("figure", answer, cite, question) == expect


# 连 (in a row) before a number counts a run (连5冻, 连3涨): the answer has a quantity, no name.
def test_lian_before_a_number_counts_a_run():
    assert verdict("figure", "连4冻", "理事会决议利率连4冻", "利率连几冻？") == "grounded"


# A sentence opened by the whole its clauses break down (明年出口当中,机电贡献…,化工贡献…) heads each part alike: the part
# the question names selects, not the clause nearest the frame.
PARTS_OF_WHOLE = "这次会议研究院将甲国出口增幅预估值上修到3.5%。预估明年甲国出口当中,机电贡献2.4%,化工贡献1.2%,机电当中电子贡献0.9%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("1.2%", "研究院预估明年甲国出口当中化工贡献多少？", "grounded"),
    ("2.4%", "研究院预估明年甲国出口当中化工贡献多少？", "DG601"),
])
def test_a_frame_of_the_whole_heads_each_part(answer, question, expect):
    assert verdict("figure", answer, PARTS_OF_WHOLE, question) == expect


# (the sentence before the frame states the whole's own forecast, its bases and its changes in the question's words:
# without the frame heading each part, the part nearest those words is chosen; the cite above binds right either way)
PARTS_AFTER_FORECAST = ("这次会议研究院将甲国2025年出口成长率预估值上修到3.5%,相较去年9月的预估值3.2%,调升0.3%;相较2024年出口"
                        "成长率1.1%,涨幅扩大2.4%。预估2025年甲国出口当中,机电贡献2.2%,化工贡献1.3%,机电当中电子贡献0.9%。")


@pytest.mark.parametrize("answer, expect", [("1.3%", "grounded"), ("2.2%", "DG601")])
def test_a_frame_of_the_whole_heads_each_part_after_a_sentence_in_the_questions_words(answer, expect):
    assert verdict("figure", answer, PARTS_AFTER_FORECAST, "研究院预估2025年甲国出口当中化工贡献多少？") == expect


# Parts set off by semicolons, each opened by its item and closed by its rank (甲涨1元,…,排名第1;乙…,排名第2): asked which
# item ranked N, the part holding that rank names it (第1 is not 第10).
RANKED_PARTS = "成交额前三名如下:甲电子涨1元,收50元,成交额30亿元,排名第1;乙光电跌2元,收40元,成交额20亿元,排名第2;丙化工涨3元,收30元,成交额10亿元,排名第3。"


@pytest.mark.parametrize("answer, question, expect", [
    ("乙光电", "成交额排名第2的是哪家公司？", "grounded"),
    ("丙化工", "成交额排名第2的是哪家公司？", "DG601"),
    ("甲电子", "成交额排名第1的是哪家公司？", "grounded"),
])
def test_a_quoted_rank_picks_the_part_holding_it(answer, question, expect):
    assert verdict("fact", answer, RANKED_PARTS, question) == expect


# 号 after a number no month has as a day (117号, 305号) is a serial number naming an item, not a date.
NUMBERED_LOTS = "本场共推出两宗仓储用地:117号地块经4家企业竞价,以3.2亿元成交,溢价率为12.5%;305号地块以底价1.8亿元成交,溢价率为0%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("12.5%", "117号地块的溢价率是多少？", "grounded"),
    ("0%", "117号地块的溢价率是多少？", "DG601"),
    ("1.8亿元", "305号地块以多少钱成交？", "grounded"),
    ("3.2亿元", "305号地块以多少钱成交？", "DG601"),
])
def test_a_serial_number_names_its_item(answer, question, expect):
    assert verdict("figure", answer, NUMBERED_LOTS, question) == expect


# The serial number itself (408号) is the item's label, no value of its own: a plot's rounds and bidders after it,
# with a word (住宅, 商业) between its number and 地块, are that plot's.
LABELLED_PLOTS = "本月共拍出两宗地:408号商业地块经6家企业竞价22轮后成交;512号住宅地块经3家企业竞价9轮后成交。"


@pytest.mark.parametrize("answer, question, expect", [
    ("22轮", "408号地块竞价了多少轮？", "grounded"),
    ("9轮", "408号地块竞价了多少轮？", "DG601"),
    ("3家", "512号地块有几家企业参与竞价？", "grounded"),
    ("6家", "512号地块有几家企业参与竞价？", "DG601"),
])
def test_a_serial_number_is_no_value(answer, question, expect):
    assert verdict("figure", answer, LABELLED_PLOTS, question) == expect


# A price restated in brackets over another denominator (元/平方米(万元/亩)) is the price before it, no rival.
PER_MU = "今年以来,甲县工业用地均价320元/平方米(21.33万元/亩),商业用地均价850元/平方米(56.67万元/亩)。"


@pytest.mark.parametrize("answer, question, expect", [
    ("21.33万元/亩", "甲县工业用地均价是多少？", "grounded"),
    ("56.67万元/亩", "甲县工业用地均价是多少？", "DG601"),
    ("56.67万元/亩", "甲县商业用地均价每亩多少万元？", "grounded"),
    ("21.33万元/亩", "甲县商业用地均价每亩多少万元？", "DG601"),
])
def test_a_bracketed_price_per_another_measure_restates_it(answer, question, expect):
    assert verdict("figure", answer, PER_MU, question) == expect


# A seismic intensity written as a half level (5弱, 6强, 6强级) is a level beside the whole ones (4级): the place before each is its own, and a level of another place is DG601, not a numeral inside a name.
SHAKING = "各地最大震度部分,屏東縣6強、高雄、台南5弱、嘉義、雲林4級,本島其餘縣市都至少3級。"


@pytest.mark.parametrize("answer, question, expect", [
    ("6強", "屏東縣的最大震度是多少？", "grounded"),
    ("6強級", "屏東縣的最大震度是多少？", "grounded"),
    ("5弱", "屏東縣的最大震度是多少？", "DG601"),
    ("4級", "屏東縣的最大震度是多少？", "DG601"),
    ("5弱", "台南的最大震度是多少？", "grounded"),
    ("6強", "台南的最大震度是多少？", "DG601"),
    ("4級", "雲林的震度是多少？", "grounded"),
    ("5弱", "雲林的震度是多少？", "DG601"),
    ("5強", "台南的最大震度是多少？", "DG207"),
])
def test_a_half_intensity_level_is_a_level_of_its_place(answer, question, expect):
    assert verdict("figure", answer, SHAKING, question) == expect


# A qualifier heading a clause's subject (东部地区 before 乘用车) is the later clauses' that name only a parallel noun
# (;商用车…), through its sentence, until a subject names a qualifier of its own (西部地区…).
CARRIED_REGION = ("东部地区乘用车销量同比增长5.2%,增速比上月加快0.4个百分点;商用车销量同比增长3.1%。"
                  "西部地区乘用车销量同比增长7.4%;商用车销量同比增长2.6%。")


@pytest.mark.parametrize("answer, question, expect", [
    ("2.6%", "西部地区商用车销量同比增长多少？", "grounded"),
    ("3.1%", "西部地区商用车销量同比增长多少？", "DG601"),
    ("3.1%", "东部地区商用车销量同比增长多少？", "grounded"),
    ("2.6%", "东部地区商用车销量同比增长多少？", "DG601"),
])
def test_a_clause_qualifier_carries_to_parallel_subjects(answer, question, expect):
    assert verdict("figure", answer, CARRIED_REGION, question) == expect


# A base written before 分别 (环比分别上涨a和b) is every listed value's: the list's items are its subject's nouns.
BASE_BEFORE_LIST = "甲市住宅和商铺租金环比分别上涨0.8%和0.5%;住宅和商铺租金同比分别上涨3.2%和2.9%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("2.9%", "甲市商铺租金同比上涨多少？", "grounded"),
    ("0.5%", "甲市商铺租金同比上涨多少？", "DG602"),
    ("0.5%", "甲市商铺租金环比上涨多少？", "grounded"),
    ("2.9%", "甲市商铺租金环比上涨多少？", "DG602"),
])
def test_a_base_before_respectively_is_every_values(answer, question, expect):
    assert verdict("figure", answer, BASE_BEFORE_LIST, question) == expect


# 同比涨幅比上月扩大: the base before a rate (同比涨幅) is the rate's own; the question asks that rate's change on last
# month, the value in 个百分点 of the clause whose item it names.
RATE_OF_BASE = "乙城汽油价格同比上涨4.1%,同比涨幅比上月扩大0.6个百分点;柴油价格同比上涨2.2%,同比涨幅比上月回落0.3个百分点。"


@pytest.mark.parametrize("answer, question, expect", [
    ("0.6个百分点", "乙城汽油价格同比涨幅比上月扩大多少？", "grounded"),
    ("0.3个百分点", "乙城汽油价格同比涨幅比上月扩大多少？", "DG601"),
    ("4.1%", "乙城汽油价格同比上涨多少？", "grounded"),
])
def test_a_base_before_a_rate_names_the_rate(answer, question, expect):
    assert verdict("figure", answer, RATE_OF_BASE, question) == expect


# A forecast asked (预计…将上涨多少) of a cite that gives its figure as measured (据测算) and foresees nothing is
# answered with what happened: DG603; asked what happened, the same figure is grounded.
MEASURED_ONLY = "据测算,3月份,甲市二手车成交均价环比上涨1.4%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("1.4%", "3月份甲市二手车成交均价环比上涨多少？", "grounded"),
    ("1.4%", "某机构预计3月份甲市二手车成交均价环比将上涨多少？", "DG603"),
])
def test_a_forecast_asked_of_a_measured_figure(answer, question, expect):
    assert verdict("figure", answer, MEASURED_ONLY, question) == expect


# 由上月X转为Y: X is last month's value; asked of the month the cite reports, it is another period's (DG602).
TURNED_FROM = "8月份,甲市新建商品住宅成交价环比由上月下降0.4%转为上涨0.2%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("0.4%", "8月甲市新建商品住宅成交价环比下降多少？", "DG602"),
    ("0.4%", "7月甲市新建商品住宅成交价环比下降多少？", "grounded"),
    ("0.2%", "8月甲市新建商品住宅成交价环比上涨多少？", "grounded"),
])
def test_the_value_a_change_turned_from_is_last_months(answer, question, expect):
    assert verdict("figure", answer, TURNED_FROM, question) == expect


# One list before 分别 and several runs after it, each opened by 分别 of its own (and a ;-part's runs with no list of
# their own): every run maps to that list by position, not only the first.
REPEATED_RUNS = ("上周,甲省的汽车厂和电池厂新增订单的企业分别有12家和18家,分别比前一周多3家和7家;"
                 "减少订单的企业分别有30家和25家,分别比前一周少4家和6家。")


@pytest.mark.parametrize("answer, question, expect", [
    ("7家", "上周甲省电池厂新增订单的企业比前一周多几家？", "grounded"),
    ("3家", "上周甲省电池厂新增订单的企业比前一周多几家？", "DG601"),
    ("6家", "上周甲省电池厂减少订单的企业比前一周少几家？", "grounded"),
    ("4家", "上周甲省电池厂减少订单的企业比前一周少几家？", "DG601"),
])
def test_every_fenbie_run_maps_to_the_one_list(answer, question, expect):
    assert verdict("figure", answer, REPEATED_RUNS, question) == expect


# Two consecutive whole numbers joined by 、 before one unit (3、4天) are 'three or four': one value, bound as a whole
# (not as its lower end, which the question's words right before the span would leave unchosen).
SPAN_OF_TWO = "甲站表示,新系统可减少2、3分钟等候时间,而列车进站前约有6、7分钟的广播。"


@pytest.mark.parametrize("answer, question, expect", [
    ("2、3分钟", "新系统可减少几分钟等候时间？", "grounded"),
    ("6、7分钟", "列车进站前约有几分钟的广播？", "grounded"),
    ("约6、7分钟", "列车进站前约有几分钟的广播？", "grounded"),
    ("6、7分钟", "新系统可减少几分钟等候时间？", "DG601"),
    ("2、3分钟", "列车进站前约有几分钟的广播？", "DG601"),
])
def test_a_span_of_two_consecutive_numbers_is_one_value(answer, question, expect):
    assert verdict("figure", answer, SPAN_OF_TWO, question) == expect


# A Chinese ; parts the parallel clauses of one sentence: a figure the question quotes from the sentence's opening frame
# (规模4.8的余震) selects every clause after it, and the place the question names then picks the clause.
SEMICOLON_FRAME = "监测资料指出,当晚共发生多起余震,其中晚间9时15分规模4.8的余震,甲市约有4级;乙县、丙县等地约有3级;丁镇、戊村等地约有2级。"


@pytest.mark.parametrize("answer, question, expect", [
    ("2级", "规模4.8那次戊村约有几级？", "grounded"),
    ("约3级", "丙县在规模4.8那次约有几级？", "grounded"),
    ("4级", "规模4.8那次甲市约有几级？", "grounded"),
    ("4级", "规模4.8那次戊村约有几级？", "DG601"),
    ("2级", "丙县在规模4.8那次约有几级？", "DG601"),
])
def test_a_semicolon_keeps_the_sentences_frame(answer, question, expect):
    assert verdict("figure", answer, SEMICOLON_FRAME, question) == expect


# One item averaged over a span of years (2028年至2031年间…平均每年) against the same item's one-year value (今年):
# another period of the item, DG602, not another item.
SPAN_OF_YEARS = "甲市统计局表示,今年甲市出口预计增长4%。局长预测,在2028年至2031年间,甲市出口平均每年增长6%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("4%", "今年甲市出口预计增长多少？", "grounded"),
    ("6%", "局长预测2028年至2031年间甲市出口平均每年增长多少？", "grounded"),
    ("6%", "今年甲市出口预计增长多少？", "DG602"),
    ("4%", "局长预测2028年至2031年间甲市出口平均每年增长多少？", "DG602"),
])
def test_a_span_of_years_is_another_period_of_one_item(answer, question, expect):
    assert verdict("figure", answer, SPAN_OF_YEARS, question) == expect


# … and so is a range answered whole for the span's value (3%至5% this year, asked the years' average).
SPAN_OF_YEARS_RANGE = "甲市统计局表示,今年甲市出口预计增长3%至5%。局长预测,在2028年至2031年间,甲市出口平均每年增长6%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("3%至5%", "今年甲市出口预计增长多少？", "grounded"),
    ("3%至5%", "局长预测2028年至2031年间甲市出口平均每年增长多少？", "DG602"),
])
def test_a_range_for_one_year_against_a_span_of_years(answer, question, expect):
    assert verdict("figure", answer, SPAN_OF_YEARS_RANGE, question) == expect


# Counters that count the same things (名 and 人, 次 and 起) are one measure: asked 多少人, a count written 名 is a
# candidate where the question names the noun beside it more than the nouns beside the values counted 人 (where it
# names a value counted 次 as well, 其中中暑有多少次, that value alone is asked).
MARATHON = "今年马拉松共接待参赛选手2.6万人，招募志愿者1800名，处置突发伤病45起，组织安全演练6次。"
REPEATS = "今年赛事共处置突发伤病45起，其中9次为中暑，其余为扭伤。"


@pytest.mark.parametrize("cite, answer, question, expect", [
    (MARATHON, "1800名", "今年马拉松招募志愿者多少人？", "grounded"),
    (MARATHON, "2.6万人", "今年马拉松招募志愿者多少人？", "DG601"),
    (MARATHON, "45次", "今年马拉松处置突发伤病多少次？", "grounded"),
    (MARATHON, "6次", "今年马拉松处置突发伤病多少次？", "DG601"),
    (REPEATS, "9次", "其中中暑有多少次？", "grounded"),
    (REPEATS, "45起", "其中中暑有多少次？", "DG601"),
])
def test_a_synonym_counter_counts_the_questions_measure(cite, answer, question, expect):
    assert verdict("figure", answer, cite, question) == expect


# 由[period]X转为Y: X is the earlier period's value, Y the clause's own; the base (同比/环比) is the clause's.
FARES = "5月份，全市出租车日均客运量环比由上月减少2.4%转为增加1.6%。"
FARES_BASES = "5月份，全市出租车日均客运量同比由上月减少2.4%转为增加1.6%；环比增加2.4%。"


@pytest.mark.parametrize("cite, answer, question, expect", [
    (FARES, "增加1.6%", "5月份全市出租车日均客运量环比变化多少？", "grounded"),
    (FARES, "减少2.4%", "5月份全市出租车日均客运量环比变化多少？", "DG602"),  # last month's value
    (FARES, "减少2.4%", "上月全市出租车日均客运量环比变化多少？", "grounded"),
    (FARES, "2.4%", "5月份全市出租车日均客运量环比减少多少？", "DG602"),  # a bare figure takes either direction
    (FARES, "增加1.6%", "上月全市出租车日均客运量环比变化多少？", "DG602"),
    (FARES_BASES, "增加2.4%", "5月份全市出租车日均客运量环比变化多少？", "grounded"),  # not 由上月减少2.4%
    (FARES_BASES, "增加1.6%", "5月份全市出租车日均客运量环比变化多少？", "DG602"),  # the 同比 value
    (FARES_BASES, "增加1.6%", "5月份全市出租车日均客运量同比变化多少？", "grounded"),
])
def test_a_turn_gives_each_period_its_value(cite, answer, question, expect):
    assert verdict("figure", answer, cite, question) == expect


# Clauses each opened by an item's name and its value (全市工业投资增长6.2%, 全市外贸总额520.3亿元, 其中进口…): every
# value after it is that item's, up to the next item; what it measures is in its own words (its level, growth, the
# change against the base after 比, its rank). The question's item and measure select: another item's value is DG601,
# the same item's change against another base DG602.
ITEM_CLAUSES = ("上半年,全市工业投资增长6.2%,增速比一季度加快1.5个百分点,比全省高2.4个百分点。全市外贸总额520.3亿元,"
                "增长9.1%,增幅比一季度回落0.8个百分点,比全省高3.6个百分点,居全省第三位,其中进口210.5亿元,增长4.4%,"
                "比全省高1.2个百分点。")


@pytest.mark.parametrize("answer, question, expect", [
    ("2.4个百分点", "上半年全市工业投资增速比全省高多少？", "grounded"),
    ("1.5个百分点", "上半年全市工业投资增速比全省高多少？", "DG602"),  # the same item against another base
    ("3.6个百分点", "上半年全市工业投资增速比全省高多少？", "DG601"),  # another item against the same base
    ("1.5个百分点", "上半年全市工业投资增速比一季度加快多少？", "grounded"),
    ("3.6个百分点", "上半年全市外贸总额增幅比全省高多少？", "grounded"),
    ("1.2个百分点", "上半年全市外贸总额增幅比全省高多少？", "DG601"),  # 其中进口: a part, another item
    ("520.3亿元", "上半年全市外贸总额是多少？", "grounded"),
    ("210.5亿元", "上半年全市外贸总额是多少？", "DG601"),
    ("210.5亿元", "上半年全市进口额是多少？", "grounded"),
    ("520.3亿元", "上半年全市进口额是多少？", "DG601"),
    ("4.4%", "上半年全市进口增长多少？", "grounded"),
    ("下降4.4%", "上半年全市进口变化了多少？", "DG604"),
    ("第三位", "上半年全市外贸总额增幅居全省第几位？", "grounded"),
])
def test_each_clause_item_owns_its_values(answer, question, expect):
    assert verdict("figure", answer, ITEM_CLAUSES, question) == expect


# Two places each with its value in brackets and joined by 和 pair with every two-value list after them by position; the
# list whose words (before it, after its last word of comparison, and the noun right after it) the question shares
# selects: another place's value is DG601, the same place's goal for its outturn DG603.
BRACKET_PAIR = ("收入垫底的甲县(3.2%)和乙县(1.9%)财政收入增幅远低于年初制定的6%和5%左右的增长目标,"
                "目标完成率仅为53%和38%。")


@pytest.mark.parametrize("answer, question, expect", [
    ("6%", "甲县年初制定的财政收入增长目标是多少？", "grounded"),
    ("5%左右", "甲县年初制定的财政收入增长目标是多少？", "DG601"),  # 乙县's, by position
    ("3.2%", "甲县年初制定的财政收入增长目标是多少？", "DG603"),  # 甲县's outturn, asked its goal
    ("38%", "乙县的目标完成率是多少？", "grounded"),
    ("53%", "乙县的目标完成率是多少？", "DG601"),
    ("1.9%", "乙县的财政收入增幅是多少？", "grounded"),
    ("3.2%", "乙县的财政收入增幅是多少？", "DG601"),
])
def test_bracketed_pair_pairs_lists_by_position(answer, question, expect):
    assert verdict("figure", answer, BRACKET_PAIR, question) == expect


_SLIGHT = "甲县粮食产量120万吨,比上年增加3万吨,增长2.6%。乙县粮食产量80万吨,比上年增加1万吨,略增1.3%。"


@pytest.mark.parametrize("answer, expect", [("1.3%", "grounded"), ("1万吨", "grounded"), ("2.6%", "DG601")])
def test_a_changes_degree_before_its_verb_is_no_item(answer, expect):
    """略增1.3% (微降, 小幅上涨): how much the item changed, said in the clause that goes on with it; 略增 names no item."""
    assert verdict("figure", answer, _SLIGHT, "乙县粮食产量比上年增长多少？") == expect
