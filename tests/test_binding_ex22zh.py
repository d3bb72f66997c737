"""Round 22's industrial-profit table (国家统计局's monthly 规模以上工业企业 profits, zh-Hans, branch ex22zh): each
principle its first run missed, restated on made-up sentences of the same shape (a province's monthly retail and
exports figures, not the table's rows), each a pair: the card the rule fixes and a twin it must leave alone."""

import pytest

from conftest import binding_code as verdict

# A period the cite names only as a base of comparison (比5月份, 相比1~5月份, 较1—9月份), or one month the cite gives
# only as the end of a span to date: asked of that period, the value of the sentence is another period's (DG602).
JUNE = "6月份,全省社会消费品零售总额812.4亿元,同比增长7.3%,增速比5月份回落1.2个百分点。"
SPAN = "1~6月份,全省出口总额4210.5亿元,同比下降2.1%,降幅相比1~5月份收窄0.4个百分点。"
SPAN_AND_PREVIOUS = "1~6月份,全省出口总额同比下降2.1%,1~5月份为下降2.5%。"
BASE_LEVEL = "6月末全省存款余额3.2万亿元,较5月末的3.1万亿元增加0.1万亿元。"
TO_DATE = "1~6月份,全省国有控股企业实现利润总额630.2亿元,同比增长4.1%。"
TO_DATE_AND_MONTH = "1~6月份,全省国有控股企业实现利润总额630.2亿元,其中6月份实现利润总额120.5亿元。"


@pytest.mark.parametrize("answer, cite, question, expect", [
    ("7.3%", JUNE, "5月份全省社会消费品零售总额同比增长多少?", "DG602"),
    ("7.3%", JUNE, "6月份全省社会消费品零售总额同比增长多少?", "grounded"),
    ("2.1%", SPAN, "1~5月份全省出口总额同比下降多少?", "DG602"),
    ("2.1%", SPAN, "1~6月份全省出口总额同比下降多少?", "grounded"),
    ("2.5%", SPAN_AND_PREVIOUS, "1~5月份全省出口总额同比下降多少?", "grounded"),  # the span's own value
    ("3.1万亿元", BASE_LEVEL, "5月末全省存款余额是多少?", "grounded"),  # the base's own level, after 的
    ("630.2亿元", TO_DATE, "6月份全省国有控股企业实现利润总额多少?", "DG602"),
    ("120.5亿元", TO_DATE_AND_MONTH, "6月份全省国有控股企业实现利润总额多少?", "grounded"),
])
def test_a_period_named_only_as_a_base_or_a_span_end(answer, cite, question, expect):
    assert verdict("figure", answer, cite, question) == expect


# A change of a rate in 个百分点 carries its own verb: a question asking 多少个百分点 asks that change, so the rate in %
# is no rival of a points answer; asked a growth or a rate's level with no word of a move, points are the move (DG601).
NARROWED = "1~6月份,全省出口总额同比下降2.1%,降幅相比1~5月份收窄0.4个百分点。"
ROSE_AGAIN = "全年全省社会消费品零售总额同比增长8.4%,较上年回升1.9个百分点。"
MARGIN = "1~6月份,全省规模以上工业企业营业收入利润率为4.86%,同比提高0.15个百分点。"


@pytest.mark.parametrize("answer, cite, question, expect", [
    ("0.4个百分点", NARROWED, "1~6月份全省出口降幅相比1~5月份收窄多少个百分点?", "grounded"),
    ("2.1%", NARROWED, "1~6月份全省出口总额同比下降多少?", "grounded"),
    ("1.9个百分点", ROSE_AGAIN, "全年全省社会消费品零售总额同比增长多少?", "DG601"),
    ("1.9个百分点", ROSE_AGAIN, "全年全省社会消费品零售总额增速较上年回升多少个百分点?", "grounded"),
    ("0.15个百分点", MARGIN, "1~6月份全省规模以上工业企业营业收入利润率是多少?", "DG601"),
    ("0.15个百分点", MARGIN, "1~6月份全省规模以上工业企业营业收入利润率同比提高多少?", "grounded"),
])
def test_points_against_the_rate_they_move(answer, cite, question, expect):
    assert verdict("figure", answer, cite, question) == expect


# The turn of a rate has a direction of its own: 加快 against 回落/放缓, 扩大 against 收窄 (a 分别 list too).
SLOWED = "6月份,全省出口总额同比增长3.6%,增速比5月份放缓2.2个百分点。"
SIZES = "1~6月份,全省国有控股企业、私营企业、外商投资企业利润降幅分别收窄0.8、1.1和1.5个百分点。"


@pytest.mark.parametrize("answer, cite, question, expect", [
    ("2.2个百分点", SLOWED, "6月份全省出口总额增速比5月份加快多少个百分点?", "DG604"),
    ("2.2个百分点", SLOWED, "6月份全省出口总额增速比5月份放缓多少个百分点?", "grounded"),
    ("1.1个百分点", SIZES, "1~6月份全省私营企业利润降幅扩大多少个百分点?", "DG604"),
    ("0.4个百分点", NARROWED, "1~6月份全省出口降幅相比1~5月份扩大多少个百分点?", "DG604"),
    ("0.4个百分点", NARROWED, "1~6月份全省出口降幅相比1~5月份收窄多少个百分点?", "grounded"),
])
def test_a_rates_turn_against_the_questions_verb(answer, cite, question, expect):
    assert verdict("figure", answer, cite, question) == expect


# Months in a 、 list before 分别 pair with the values after it by position; the other month's value is DG602.
MONTHS = "二季度全省出口总额同比增长5.2%,其中4、5月份出口分别增长3.1%和6.8%。"
MONTHS_THREE = "今年以来,全省出口逐月回升,4月、5月、6月分别增长3.1%、6.8%和9.0%。"


@pytest.mark.parametrize("answer, cite, question, expect", [
    ("3.1%", MONTHS, "4月份全省出口增长多少?", "grounded"),
    ("6.8%", MONTHS, "4月份全省出口增长多少?", "DG602"),
    ("6.8%", MONTHS, "5月份全省出口增长多少?", "grounded"),
    ("9.0%", MONTHS_THREE, "6月全省出口增长多少?", "grounded"),
    ("3.1%", MONTHS_THREE, "6月全省出口增长多少?", "DG602"),
])
def test_months_listed_before_fenbie(answer, cite, question, expect):
    assert verdict("figure", answer, cite, question) == expect


# 其中 with a metric's name (其中,主营活动利润X,比上年增长Y): a question writing that name asks the part's values, one
# writing the total's words the total's.
PART = "全年全省规模以上工业企业实现利润总额3120.5亿元,比上年增长8.6%,其中,主营活动利润2980.1亿元,比上年增长3.2%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("3.2%", "全年全省规模以上工业企业主营活动利润比上年增长多少?", "grounded"),
    ("8.6%", "全年全省规模以上工业企业主营活动利润比上年增长多少?", "DG601"),
    ("8.6%", "全年全省规模以上工业企业利润总额比上年增长多少?", "grounded"),
    ("3.2%", "全年全省规模以上工业企业利润总额比上年增长多少?", "DG601"),
])
def test_a_part_named_after_qizhong(answer, question, expect):
    assert verdict("figure", answer, PART, question) == expect
