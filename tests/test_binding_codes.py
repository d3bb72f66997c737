"""Binding's codes: once the answer's value is not the one the question selects, the code says in
which way the two differ (DG601 another item, DG602 another period or base, DG603 forecast against
actual, DG604 direction) or, when the question's words fit several values alike, DG605. Made-up cites."""

import pytest

from deckgen.binding import check_binding


from conftest import binding_code as _code


_BASES_ZH = "货运量812.4万吨,环比下降3.1%,比2021年同期增长18.6%,比2018年同期增长7.2%。"
_BASES_EN = ("Freight volumes fell 1.4 percent to 3.2 million in March from a revised 3.25 million in February. "
             "With that decline, volumes are now 4.8 percent below a year ago.")
_TWO_ITEMS_EN = "Exports rose 5.2 percent from a year ago, while imports rose 3.9 percent from the prior month."


@pytest.mark.parametrize("answer, cite, question, expect", [
    ("18.6%", _BASES_ZH, "货运量比2021年同期增长了多少？", "grounded"),
    # the same item's change against another base is the change over another period
    ("7.2%", _BASES_ZH, "货运量比2021年同期增长了多少？", "DG602"),
    ("18.6%", _BASES_ZH, "货运量比2018年同期增长了多少？", "DG602"),
    ("1.4 percent", _BASES_EN, "By what percentage did freight volumes fall in March from February?", "grounded"),
    ("4.8 percent", _BASES_EN, "By what percentage did freight volumes fall in March from February?", "DG602"),
    # another item's change against another base is another item's (exports are not imports)
    ("5.2 percent", _TWO_ITEMS_EN, "By what percentage did imports rise from the prior month?", "DG601"),
])
def test_the_same_items_change_against_another_base_is_another_periods(answer, cite, question, expect):
    assert _code("figure", answer, cite, question) == expect


def test_the_message_names_both_bases():
    [m] = check_binding("figure", "7.2%", _BASES_ZH, "货运量比2021年同期增长了多少？")
    assert m.code == "DG602"
    assert "change against 2018年" in m.message and "change against 2021年" in m.message and "(18.6%)" in m.message


_ONE_SENTENCE_ZH = "《年度报告》显示,初步统计,去年全市工业增加值3120亿元、增长7.4%,今年全市工业增加值预期增长6%。"
_TARGETS_ZH = ("初步统计,去年全省地区生产总值52300亿元、增长6.1%,一般公共预算收入4120亿元、增长7.2%。今年主要预期目标是:"
               "全省地区生产总值增长5.5%左右,一般公共预算收入增长4%,出口增长6.1%。")


@pytest.mark.parametrize("answer, cite, question, expect", [
    ("6%", _ONE_SENTENCE_ZH, "今年全市工业增加值预期增长多少？", "grounded"),
    # last year's actual of the item a target is set for is no forecast (the periods differ only by 去年/今年)
    ("7.4%", _ONE_SENTENCE_ZH, "今年全市工业增加值预期增长多少？", "DG603"),
    ("5.5%左右", _TARGETS_ZH, "今年全省地区生产总值的预期增长目标是多少？", "grounded"),
    # the answer's value also written as another item's target (出口增长6.1%) does not hide the asked item's actual
    ("6.1%", _TARGETS_ZH, "今年全省地区生产总值的预期增长目标是多少？", "DG603"),
    ("6.1%", _TARGETS_ZH, "去年全省地区生产总值增长多少？", "grounded"),
])
def test_an_actual_of_last_year_for_this_years_target_is_dg603(answer, cite, question, expect):
    assert _code("figure", answer, cite, question) == expect


_ROUNDS = "Moreno ran 10.02 in the heats and 9.95 in the semi-final. Adeyemi ran 10.08 in both rounds."
_RECORDS = ("Okafor set a new world record of 3:41.20 in the women's 1500m final. Okafor lowered the previous record of "
            "3:42.05 set in 2016 by Haas.")
_STAGES_ZH = "在与丙队的比赛中,甲队打出10:2的开局,但丙队紧紧咬住比分。易边再战,甲队凭借末节30:15的表现最终大胜对手。"
_AGAINST_LAST_TERM = "本届甲会派8人出战直选,全部当选,惟其中2人得票均较上届少。"


@pytest.mark.parametrize("answer, cite, question, expect", [
    ("9.95", _ROUNDS, "What time did Moreno run in the semi-final?", "grounded"),
    # the same runner's time in another round: each value's own round is the one beside it in the clause
    ("10.02", _ROUNDS, "What time did Moreno run in the semi-final?", "DG602"),
    ("3:41.20", _RECORDS, "What world record did Okafor set in the women's 1500m final?", "grounded"),
    # the record the new one replaced is the record at an earlier moment
    ("3:42.05", _RECORDS, "What world record did Okafor set in the women's 1500m final?", "DG602"),
    ("10:2", _STAGES_ZH, "甲队以什么比分开局？", "grounded"),
    # the same team's score at another stage of the match (末节 against 开局)
    ("30:15", _STAGES_ZH, "甲队以什么比分开局？", "DG602"),
    ("8人", _AGAINST_LAST_TERM, "本届甲会派多少人出战直选？", "grounded"),
    # 上届 after 较 is the base of a comparison, not the moment of the 2人: another count, DG601
    ("2人", _AGAINST_LAST_TERM, "本届甲会派多少人出战直选？", "DG601"),
])
def test_the_same_items_value_at_another_stage_of_an_event_is_another_periods(answer, cite, question, expect):
    assert _code("figure", answer, cite, question) == expect


_SPANS_ZH = "悲痛!五天连失2位老艺术家 今年已有15位老艺术家离世"


@pytest.mark.parametrize("answer, question, expect", [
    ("15位", "今年已有多少位老艺术家离世？", "grounded"),
    # one count over two spans (五天 against 今年): the other span's count is another period's
    ("2位", "今年已有多少位老艺术家离世？", "DG602"),
    ("15位", "五天内连失几位老艺术家？", "DG602"),
])
def test_one_count_over_another_span_is_another_periods(answer, question, expect):
    assert _code("figure", answer, _SPANS_ZH, question) == expect


_GARRISONS = ("The northern garrison of about 9,000 consisted of 6,000 infantry, 2,000 cavalry and 1,000 gunners with 40 guns. "
              "The southern garrison counted 7,500 men: 5,000 infantry, 1,800 cavalry and 700 gunners with 30 guns.")
_GOES_ON_ZH = ("国庆假期7天,全市接待游客412万人次,同比增长8.2%,恢复至2019年同期的91.3%。"
               "实现旅游收入38.6亿元,同比增长5.1%,恢复至2019年同期的87.4%。")


@pytest.mark.parametrize("answer, cite, question, expect", [
    # the question's words fit one value of each sentence alike; the subject it names is one sentence's
    ("1,800", _GARRISONS, "How many cavalry did the southern garrison have?", "grounded"),
    ("2,000", _GARRISONS, "How many cavalry did the southern garrison have?", "DG601"),
    ("40 guns", _GARRISONS, "How many guns did the northern garrison have?", "grounded"),
    ("30 guns", _GARRISONS, "How many guns did the northern garrison have?", "DG601"),
    # a sentence with no subject of its own (实现…) goes on about the one before: nothing tells the two apart
    ("91.3%", _GOES_ON_ZH, "国庆假期恢复至2019年同期的多少？", "DG605"),
])
def test_the_subject_a_question_names_chooses_between_sentences_its_words_fit_alike(answer, cite, question, expect):
    assert _code("figure", answer, cite, question) == expect


_LISTED_BASES_ZH = "乙公司表示,2030年3月营收为412亿元,月增5.4%、年增12.6%;第一季营收达1180亿元,季增3.2%、年增9.9%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("5.4%", "乙公司2030年3月营收月增多少？", "grounded"),
    ("12.6%", "乙公司2030年3月营收年增多少？", "grounded"),
    ("9.9%", "乙公司第一季营收年增多少？", "grounded"),
    # Chinese writes each change's base before it: the 年增 after 月增5.4% is the next change's
    ("12.6%", "乙公司2030年3月营收月增多少？", "DG602"),
    ("3.2%", "乙公司第一季营收年增多少？", "DG602"),
])
def test_a_chinese_changes_base_is_the_one_written_before_it(answer, question, expect):
    assert _code("figure", answer, _LISTED_BASES_ZH, question) == expect


_RANGE_ZH = "宣判当天,甲、乙、丙3名被告被以挪用公款罪判处2年到5年有期徒刑不等。"


@pytest.mark.parametrize("answer, question, expect", [
    # 最长/最短 name an end of the range, as 上限/下限 do: the other end is another value, not an ambiguity
    ("5年", "3名被告被判处的有期徒刑最长是多少年？", "grounded"),
    ("2年", "3名被告被判处的有期徒刑最长是多少年？", "DG601"),
    ("2年", "3名被告被判处的有期徒刑最短是多少年？", "grounded"),
    ("5年", "3名被告被判处的有期徒刑最短是多少年？", "DG601"),
])
def test_a_superlative_names_an_end_of_a_range(answer, question, expect):
    assert _code("figure", answer, _RANGE_ZH, question) == expect


_LEAD_ZH = "甲队101:95战胜乙队,取得三连胜。甲队与乙队的上半场比赛,双方互有攻防,甲队以48:40获得领先。"


@pytest.mark.parametrize("answer, question, expect", [
    ("48:40", "上半场比赛甲队以什么比分领先乙队？", "grounded"),
    ("101:95", "甲队最终以什么比分战胜乙队？", "grounded"),
    # a lead on the way (以48:40获得领先) is the match's score at an earlier moment than the result
    ("101:95", "上半场比赛甲队以什么比分领先乙队？", "DG602"),
    ("48:40", "甲队最终以什么比分战胜乙队？", "DG602"),
])
def test_a_lead_taken_on_the_way_is_an_earlier_moments_score(answer, question, expect):
    assert _code("figure", answer, _LEAD_ZH, question) == expect


_SEASON_ZH = "今年的暑运将从7月1日开始至8月31日,共计62天。"


@pytest.mark.parametrize("answer, question, expect", [
    # 从X开始至Y is a range: asked where it ends, its start is another date (and the reverse)
    ("8月31日", "今年暑运到哪一天结束？", "grounded"),
    ("7月1日", "今年暑运到哪一天结束？", "DG601"),
    ("7月1日", "今年暑运从哪一天开始？", "grounded"),
    ("8月31日", "今年暑运从哪一天开始？", "DG601"),
])
def test_a_range_written_from_start_to_end_gives_each_end_its_side(answer, question, expect):
    assert _code("date", answer, _SEASON_ZH, question) == expect


_ORDERS = "Orders rose 3.1 percent from the prior month and were up 8.4 percent from a year ago."


@pytest.mark.parametrize("answer, cite, question, expect", [
    ("年增12.6%", _LISTED_BASES_ZH, "乙公司2030年3月营收年增多少？", "grounded"),
    # the answer's own base word must be its value's, as its own direction word must
    ("月增12.6%", _LISTED_BASES_ZH, "乙公司2030年3月营收年增多少？", "DG602"),
    ("up 8.4 percent from the prior month", _ORDERS, "By how much did orders rise?", "DG602"),
])
def test_the_answers_own_base_must_be_its_values(answer, cite, question, expect):
    assert _code("figure", answer, cite, question) == expect


def test_a_base_finding_names_both_bases():
    [m] = check_binding("figure", "月增12.6%", _LISTED_BASES_ZH, "乙公司2030年3月营收年增多少？")
    assert "月增" in m.message and "年增" in m.message and m.data["bound_to"] and "selected" in m.data


_SESSION_ZH = "当日甲指数以2210.40点高开,全天震荡走低。盘中甲指数跌破2200点,下探2186.52点后企稳,尾盘收报2195.03点。"


@pytest.mark.parametrize("answer, question, expect", [
    ("2195.03点", "甲指数尾盘收报多少点？", "grounded"),
    # a clause with no moment of its own (下探…) goes on in the 盘中 of the clause before it: another moment
    ("2186.52点", "甲指数尾盘收报多少点？", "DG602"),
])
def test_a_clause_goes_on_in_the_moment_of_the_clause_before_it(answer, question, expect):
    assert _code("figure", answer, _SESSION_ZH, question) == expect


# A figure given as an estimate measures a present or past state (an estimated 4.1 million people live, was estimated
# at 9,200): an actual, unless its sentence looks ahead or the cite sets it against what then happened (a sale).
_HERONS = ("An estimated 4,200 herons nest on the island this spring, second only to the delta, which has just under "
           "9,000 birds.")
_TOWN = "The town's population in 2024 was estimated at 58,310, an increase of 612 over 2023."
_VASE = "The vase sold for $2.3 million on Tuesday. It was estimated at $1.5 million."
_MERGER = "The merged airline would carry an estimated 41 million passengers a year, against 26 million today."


@pytest.mark.parametrize("answer, cite, question, expect", [
    ("4,200", _HERONS, "How many herons nest on the island this spring?", "grounded"),
    ("just under 9,000", _HERONS, "How many herons nest on the island this spring?", "DG601"),
    ("58,310", _TOWN, "What was the town's population in 2024?", "grounded"),
    ("612", _TOWN, "By how many people did the town's population increase over 2023?", "grounded"),
    # set against the sale's outcome, the estimate is a forecast
    ("$1.5 million", _VASE, "What did the vase sell for on Tuesday?", "DG603"),
    ("$1.5 million", _VASE, "What was the vase estimated at?", "grounded"),
    # looking ahead (would carry), an estimated figure is a forecast
    ("an estimated 41 million", _MERGER, "How many passengers a year does the airline carry today?", "DG603"),
])
def test_an_estimated_figure_is_an_actual_unless_set_against_an_outcome_or_ahead(answer, cite, question, expect):
    assert _code("figure", answer, cite, question) == expect


# Left out for its period, the answer's value is the same item at another period (DG602) when the question's item words
# bound to it and to the selected value agree: they share one, or the selected value, stated for the question's period,
# has none the answer's lacks. Another item's value of another period stays another item's (DG601).
_LEVY = ("The library levy of 2024 passed the council with 31 votes. In 2009, in a council led by the mayor's party, "
         "the library levy got 12 nays. This time there were only 9 nays.")
_PLAN = "规划预计本市常住人口将由2025年之180万人,增加至2040年之215万人,增加35万人。"
_SHARE = "每股盈余：新台币2.10元（2021年） 每股净值：新台币18.40元（2022年Q2）"


@pytest.mark.parametrize("answer, cite, question, expect", [
    ("9", _LEVY, "How many nays did the library levy get in the council in 2024?", "grounded"),
    ("12", _LEVY, "How many nays did the library levy get in the council in 2024?", "DG602"),
    ("215万人", _PLAN, "规划预计2040年本市常住人口为多少？", "grounded"),
    ("180万人", _PLAN, "规划预计2040年本市常住人口为多少？", "DG602"),
    ("新台币18.40元", _SHARE, "甲公司2021年的每股盈余是多少？", "DG601"),
])
def test_a_value_left_out_for_its_period_is_the_same_items_when_the_item_words_agree(answer, cite, question, expect):
    assert _code("figure", answer, cite, question) == expect


# The words that chose another value than the answer naming only a year counted from the report's (明年): the answer,
# whose words do not say it, is another year's value (DG602), not another item's.
_OUTLOOK_ZH = "研究院同時調整出口預測，將今年全省出口成長率（以美元計）上修至5.4%，明年上修至4.9%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("4.9%", "研究院將明年全省出口成長率上修至多少？", "grounded"),
    ("5.4%", "研究院將明年全省出口成長率上修至多少？", "DG602"),
    ("4.9%", "研究院將今年全省出口成長率上修至多少？", "DG602"),
])
def test_words_naming_only_a_relative_year_choose_by_period(answer, question, expect):
    assert _code("figure", answer, _OUTLOOK_ZH, question) == expect


_BALANCE_ZH = "截至6月末,某市住房公积金缴存余额为812.4亿元,较5月末增加9.6亿元。"
_STORAGE_ZH = "某水库9月底蓄水量为3.2亿立方米,比8月底减少0.4亿立方米,降幅为11.1%。"
_THROUGHPUT_ZH = "港务局公布,今年10月某港口集装箱吞吐量286.4万标箱,较9月的270.1万标箱增加16.3万标箱。"
_THROUGHPUT_EN = "The port handled 2.86 million containers in October, up 163,000 containers from September's 2.70 million containers."


@pytest.mark.parametrize("answer, cite, question, expect", [
    ("812.4亿元", _BALANCE_ZH, "6月末某市住房公积金缴存余额是多少？", "grounded"),
    # a level and its change over the month are two metrics: the change is no value of the month it is measured from
    ("9.6亿元", _BALANCE_ZH, "6月末某市住房公积金缴存余额是多少？", "DG601"),
    ("0.4亿立方米", _STORAGE_ZH, "某水库9月底蓄水量是多少？", "DG601"),
    ("0.4亿立方米", _STORAGE_ZH, "某水库9月底蓄水量的降幅是多少？", "DG601"),
    ("11.1%", _STORAGE_ZH, "某水库9月底蓄水量的降幅是多少？", "grounded"),
    # only the level the change is measured from (较9月的270.1万标箱) is the earlier period's
    ("270.1万标箱", _THROUGHPUT_ZH, "2031年10月某港口集装箱吞吐量是多少？", "DG602"),
    ("16.3万标箱", _THROUGHPUT_ZH, "2031年10月某港口集装箱吞吐量是多少？", "DG601"),
    # (English cites were read so already: rose by X from one month to Y)
    ("1,300 books", "The library's holdings rose by 1,300 books from September to 48,200 books at the end of October.",
     "How many books did the library hold at the end of October?", "DG601"),
])
def test_a_level_and_its_change_over_a_period_are_two_metrics(answer, cite, question, expect):
    assert _code("figure", answer, cite, question) == expect


@pytest.mark.parametrize("answer, cite, question, expect", [
    # the period a question compares with (较9月, compared with September) is the base of the change it asks
    ("16.3万标箱", _THROUGHPUT_ZH, "2031年10月某港口集装箱吞吐量较9月增加多少？", "grounded"),
    ("增加16.3万标箱", _THROUGHPUT_ZH, "2031年10月某港口集装箱吞吐量较9月有何变化？", "grounded"),
    ("16.3万标箱", _THROUGHPUT_ZH, "2031年10月某港口集装箱吞吐量较9月减少多少？", "DG604"),
    ("286.4万标箱", _THROUGHPUT_ZH, "2031年10月某港口集装箱吞吐量较9月增加多少？", "DG601"),
    ("163,000 containers", _THROUGHPUT_EN,
     "By how many containers did the port's traffic in October 2031 rise compared with September?", "grounded"),
    ("2.70 million containers", _THROUGHPUT_EN,
     "By how many containers did the port's traffic in October 2031 rise compared with September?", "DG601"),
])
def test_the_period_a_question_compares_with_is_the_base_of_the_change_it_asks(answer, cite, question, expect):
    assert _code("figure", answer, cite, question) == expect


_VISITS_ZH = ("具体来看,某图书馆3月份共接待读者2.1万人次,同比增长12%;第一季度累计接待5.8万人次;"
              "开馆以来累计接待量为61.4万人次。")
_TWO_HALLS_ZH = "数据显示,甲馆3月接待读者1.2万人次,乙馆3月接待读者0.9万人次。截至3月底,甲馆历史累计接待量已突破40万人次。"


@pytest.mark.parametrize("answer, cite, question, expect", [
    ("2.1万人次", _VISITS_ZH, "某图书馆3月份共接待读者多少人次？", "grounded"),
    # one owner's count to date (累计, 开馆以来累计) where a month's is asked, or the reverse, is another period's
    ("61.4万人次", _VISITS_ZH, "某图书馆3月份共接待读者多少人次？", "DG602"),
    ("1.2万人次", _TWO_HALLS_ZH, "截至3月底,甲馆历史累计接待量是多少？", "DG602"),
    ("突破40万人次", _TWO_HALLS_ZH, "甲馆3月接待读者多少人次？", "DG602"),
    # … and another owner's is another item's, as a part under 其中 is another item than the whole's total
    ("0.9万人次", _TWO_HALLS_ZH, "截至3月底,甲馆历史累计接待量是多少？", "DG601"),
    ("突破40万人次", _TWO_HALLS_ZH, "乙馆3月接待读者多少人次？", "DG601"),
    ("181家", "2031年1-5月,某市新开餐馆累计181家,同比增长8.4%,其中4S火锅店78家。", "2031年1-5月某市新开4S火锅店多少家？", "DG601"),
])
def test_one_owners_count_to_date_against_a_periods_count_is_another_periods(answer, cite, question, expect):
    assert _code("figure", answer, cite, question) == expect
