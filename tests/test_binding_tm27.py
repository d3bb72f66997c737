"""Branch tm27: traps the engine let pass. A question asking a rate or a share (年增率, 占…比重, what percentage) is
answered by a percent, points or a multiple, not by the amount or the count the rate is of. Made-up sentences."""

import pytest

from conftest import binding_code as verdict


RATE = "上月本市零售额为318.6亿元,年增率为12.4%;其中网络零售额97.2亿元,占零售额比重为30.5%。"
SHARE_EN = "Exports of machinery reached $42.7 billion, or 18.3 percent of all exports, the agency said."


@pytest.mark.parametrize("kind, answer, cite, question, expect", [
    ("figure", "12.4%", RATE, "上月本市零售额年增率是多少？", "grounded"),
    ("figure", "318.6亿元", RATE, "上月本市零售额年增率是多少？", "DG601"),
    ("figure", "30.5%", RATE, "上月网络零售额占零售额比重是多少？", "grounded"),
    ("figure", "97.2亿元", RATE, "上月网络零售额占零售额比重是多少？", "DG601"),
    ("figure", "18.3 percent", SHARE_EN, "What percentage of all exports did machinery make up?", "grounded"),
    ("figure", "$42.7 billion", SHARE_EN, "What percentage of all exports did machinery make up?", "DG601"),
])
def test_rate_asked(kind, answer, cite, question, expect):
    assert verdict(kind, answer, cite, question) == expect


UNITS = "本场拍卖共成交土地18宗,成交土地总面积56.3公顷,规划建筑总面积127.4万平方米,成交总价86.2亿元。"
MONEY = "新台币收盘报30.115元,升值5.2分,外汇市场总成交金额为12.85亿美元。"


@pytest.mark.parametrize("kind, answer, cite, question, expect", [
    ("figure", "56.3公顷", UNITS, "本场拍卖成交土地总面积是多少？", "grounded"),
    ("figure", "127.4万平方米", UNITS, "本场拍卖成交土地总面积是多少？", "DG601"),
    ("figure", "127.4万平方米", UNITS, "本场拍卖规划建筑总面积有多大？", "grounded"),
    ("figure", "56.3公顷", UNITS, "本场拍卖规划建筑总面积有多大？", "DG601"),
    ("figure", "12.85亿美元", MONEY, "当天外汇市场总成交金额是多少？", "grounded"),
    ("figure", "30.115元", MONEY, "当天外汇市场总成交金额是多少？", "DG601"),
    ("figure", "30.115元", MONEY, "当天新台币收盘报多少元？", "grounded"),
])
def test_level_named_in_another_unit(kind, answer, cite, question, expect):
    assert verdict(kind, answer, cite, question) == expect


FORESEEN = "统计局预料本月出口增长6%至8%,进口增长4%左右。"
LISTED = ("对于第四季展望,公司预期甲产品将季增逾12%、但年减逾12%,乙产品季增5~12%、与去年同期约略持平。"
          "丙产品将较第三季约略持平、年减5~12%。")


@pytest.mark.parametrize("kind, answer, cite, question, expect", [
    # 预料 foresees as 预计 and 预测 do: a value it governs is no outcome
    ("figure", "6%至8%", FORESEEN, "本月出口实际增长了多少？", "DG603"),
    ("figure", "6%至8%", FORESEEN, "统计局预料本月出口增长多少？", "grounded"),
    # the end of another item's range (the 12% of 5~12%) is not the lone value answered (逾12%)
    ("figure", "逾12%", LISTED, "公司第四季甲产品实际季增多少？", "DG603"),
])
def test_lone_forecast(kind, answer, cite, question, expect):
    assert verdict(kind, answer, cite, question) == expect


MOVED = "The agency's wheat stocks estimate rose from 610 million bushels to 655 million bushels, above trade guesses."
SLOWED = "Economists expect consumer spending growth to slow down from last year's 3.1% to 2.4% this year."


@pytest.mark.parametrize("kind, answer, cite, question, expect", [
    # a level after "to" is reached by the move before it, across the "from" value that starts the move
    ("figure", "rose to 655 million bushels", MOVED, "Where did the wheat stocks estimate end up?", "grounded"),
    ("figure", "fell to 655 million bushels", MOVED, "Where did the wheat stocks estimate end up?", "DG604"),
    ("figure", "slow to 2.4%", SLOWED, "How do economists expect consumer spending growth to change this year?", "grounded"),
    ("figure", "rise to 2.4%", SLOWED, "How do economists expect consumer spending growth to change this year?", "DG604"),
])
def test_level_reached_by_move(kind, answer, cite, question, expect):
    assert verdict(kind, answer, cite, question) == expect


BASE_ZH = "其中,一线城市累计签约12.4万套,较2019年同期上涨了18.2%,二线城市也上涨了9.6%。"
BASE_EN = ("Overall, the airport has handled 2,418,300 passengers the first six months of 2024, a 9% increase over the 2023 "
           "mark of 2,218,600 passengers.")
ASKED_2023 = "How many passengers did the airport handle in the first six months of 2023?"


@pytest.mark.parametrize("kind, answer, cite, question, expect", [
    # a year the cite names only as a base of comparison: asked that year, the base is the answer, the sentence's own
    # value is the other period's
    ("figure", "12.4万套", BASE_ZH, "2019年上半年一线城市累计签约多少套？", "DG602"),
    ("figure", "2,418,300 passengers", BASE_EN, ASKED_2023, "DG602"),
    ("figure", "2,218,600 passengers", BASE_EN, ASKED_2023, "grounded"),
    ("figure", "2,418,300 passengers", BASE_EN, ASKED_2023.replace("2023", "2024"), "grounded"),
])
def test_year_named_as_base(kind, answer, cite, question, expect):
    assert verdict(kind, answer, cite, question) == expect


TITLES = ("\"We like where the roster is,\" general manager Tom Fenwick said after practice. \"It is a group that coach (Alan) "
          "Pryce trusts.\" Harbor County Commissioner Rita Osei and Fire Capt. Dan Morrow also spoke.")


@pytest.mark.parametrize("kind, answer, cite, question, expect", [
    # a title written right before a name is that name's: another title's holder is another person
    ("fact", "Pryce", TITLES, "Who is the team's coach?", "grounded"),
    ("fact", "Tom Fenwick", TITLES, "Who is the team's coach?", "DG601"),
    ("fact", "Rita Osei", TITLES, "Who is the Harbor County Commissioner quoted here?", "grounded"),
    ("fact", "Dan Morrow", TITLES, "Who is the Harbor County Commissioner quoted here?", "DG601"),
    ("fact", "Dan Morrow", TITLES, "Which fire captain was quoted?", "grounded"),
    ("fact", "Rita Osei", TITLES, "Which fire captain was quoted?", "DG601"),
])
def test_title_before_name(kind, answer, cite, question, expect):
    assert verdict(kind, answer, cite, question) == expect


SHARE = ("Harlow Corp. agreed to buy Venn Labs in a deal valued at $4.2 billion, or $38 per share. Harlow also approved a "
         "new $500 million share-repurchase program. AFFO was $120 million or $0.44 on a per share basis.")


@pytest.mark.parametrize("kind, answer, cite, question, expect", [
    # a deal's value, a buyback program's size and AFFO are totals: a per-share amount beside them is another measure
    ("figure", "$4.2 billion", SHARE, "At what value is Harlow's deal for Venn Labs valued?", "grounded"),
    ("figure", "$38 per share", SHARE, "At what value is Harlow's deal for Venn Labs valued?", "DG601"),
    ("figure", "$500 million", SHARE, "How large a share-repurchase program did Harlow approve?", "grounded"),
    ("figure", "$120 million", SHARE, "What was Harlow's AFFO?", "grounded"),
    ("figure", "$0.44", SHARE, "What was Harlow's AFFO?", "DG601"),
    ("figure", "$0.44", SHARE, "What was Harlow's AFFO per share?", "grounded"),
])
def test_total_not_per_share(kind, answer, cite, question, expect):
    assert verdict(kind, answer, cite, question) == expect


WORKS = "今年暑期档共有4部新片上映,其中包括科幻冒险电影《星河彼岸》、青春爱情电影《夏日来信》、悬疑犯罪片《无声证人》以及亲子动画电影《小熊回家》。"
RECORDS = "此前,首周末票房冠军为《远山之外》的3.2亿元,单周票房冠军为《长街行》的4.1亿元。"


@pytest.mark.parametrize("kind, answer, cite, question, expect", [
    # the words right before a title in 《》 describe that work alone
    ("fact", "无声证人", WORKS, "今年暑期档的悬疑犯罪片是哪部？", "grounded"),
    ("fact", "夏日来信", WORKS, "今年暑期档的悬疑犯罪片是哪部？", "DG601"),
    ("fact", "小熊回家", WORKS, "今年暑期档的亲子动画电影是哪部？", "grounded"),
    ("fact", "星河彼岸", WORKS, "今年暑期档的亲子动画电影是哪部？", "DG601"),
    ("fact", "长街行", RECORDS, "此前的单周票房冠军是哪部影片？", "grounded"),
    ("fact", "远山之外", RECORDS, "此前的单周票房冠军是哪部影片？", "DG601"),
])
def test_described_title(kind, answer, cite, question, expect):
    assert verdict(kind, answer, cite, question) == expect


CREDITS = "晨报记者 | 王小川\n晨报编辑 | 李青\n据统计,今年一季度全市接待游客1200万人次。"


@pytest.mark.parametrize("kind, answer, cite, question, expect", [
    # a credit line's bar between a title and a name (记者 | 王小川) joins them as a space or a colon does
    ("fact", "王小川", CREDITS, "这篇报道的记者是谁？", "grounded"),
    ("fact", "李青", CREDITS, "这篇报道的记者是谁？", "DG601"),
    ("fact", "李青", CREDITS, "这篇报道的编辑是谁？", "grounded"),
])
def test_credit_bar(kind, answer, cite, question, expect):
    assert verdict(kind, answer, cite, question) == expect


ORDERED = "今年上半年,甲银行、乙银行、丙银行和丁银行依次为本市存款规模前四大银行,合计占比61.2%。"
NUMBERED = "依金额排序,去年五大出口商品依序为(1)电子零组件(2)机械(3)光学器材(4)塑胶制品(5)基本金属,排名与前年相同。"


@pytest.mark.parametrize("kind, answer, cite, question, expect", [
    # a list the cite says is in order holds the places of its positions
    ("fact", "丙银行", ORDERED, "今年上半年本市存款规模排名第三的银行是哪家？", "grounded"),
    ("fact", "乙银行", ORDERED, "今年上半年本市存款规模排名第三的银行是哪家？", "DG601"),
    ("fact", "光学器材", NUMBERED, "去年五大出口商品的第3位是哪一种？", "grounded"),
    ("fact", "塑胶制品", NUMBERED, "去年五大出口商品的第3位是哪一种？", "DG601"),
])
def test_ordered_list(kind, answer, cite, question, expect):
    assert verdict(kind, answer, cite, question) == expect
