"""Dates: parsing calendar dates in Chinese and English; date grounding."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deckgen.dates import DateValue, check_date, non_quantity_spans, parse_dates
from deckgen.fold import normalize

ARTICLE = Path(__file__).parent.parent / "cards" / "sources" / "h20-article.txt"


def ymd(text: str) -> list[tuple[int | None, int | None, int | None]]:
    return [(d.year, d.month, d.day) for d in parse_dates(normalize(text))]


def codes(answer: str, cite: str) -> list[str]:
    return [m.code for m in check_date(answer, cite)]


# --- parsing --------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        ("7月16日", (None, 7, 16)),
        ("7月16號", (None, 7, 16)),
        ("2023年11月", (2023, 11, None)),
        ("2025年4月27日", (2025, 4, 27)),
        ("明年（2018年）6月", (2018, 6, None)),  # the bracketed year glosses 明年
        ("今年(2024)3月5日", (2024, 3, 5)),
        ("4月下旬", (None, 4, None)),
        ("今年4月下旬", (None, 4, None)),
        ("今年1月末", (None, 1, None)),
        ("2024年末", (2024, None, None)),
        ("July 16", (None, 7, 16)),
        ("16 July 2025", (2025, 7, 16)),
        ("16th of July", (None, 7, 16)),
        ("November 2023", (2023, 11, None)),
        ("Jul. 16, 2025", (2025, 7, 16)),
        ("July 16th, 2025", (2025, 7, 16)),
        ("May 5", (None, 5, 5)),
        ("Sept. 2025", (2025, 9, None)),
        ("2025-07-16", (2025, 7, 16)),
        ("2025/7/16", (2025, 7, 16)),
        ("２０２５年７月１６日", (2025, 7, 16)),
        ("二〇二五年七月十六日", (2025, 7, 16)),
        ("二零二三年十一月", (2023, 11, None)),
        ("七月十六日", (None, 7, 16)),
        ("十一月", (None, 11, None)),
        ("十二月三十一日", (None, 12, 31)),
        ("Omdia 2024 report", (2024, None, None)),
        ("in 2024, sales rose", (2024, None, None)),
        ("顯示,2024年,英偉達", (2024, None, None)),
    ],
)
def test_formats(text: str, expected: tuple) -> None:
    assert ymd(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "3個月", "三個月", "每六個月", "十二個月", "6 months",
        "2026財年", "2026財年第一財季", "fiscal 2026", "fiscal year 2026", "FY2026", "FY26",
        "第二財季", "第三季度", "Q1", "Q4 FY26", "first quarter of fiscal 2026", "fiscal first quarter",
        "第一月", "may be", "it may rise", "5890億美元", "over 2024 units", "$2024",
        "2024 million", "2,024", "H20", "今年第三次來華",
    ],
)
def test_not_dates(text: str) -> None:
    assert ymd(text) == []


@pytest.mark.parametrize(
    "answer, cite, expected",
    [  # an author's "no date" used to end at "has no date": now it says why and what to write
        ("2014", "Capital Improvement Plan adopted in FY 2014",
         "the cite has no date to ground 2014; the cite's 'FY 2014' is a fiscal period, not a calendar date: make it a fact card"),
        ("FY 2014", "adopted in FY 2014",
         "answer 'FY 2014' has no date; the answer's 'FY 2014' is a fiscal period, not a calendar date: make it a fact card"),
        ("2026年", "2026財年第一財季財報",
         "the cite has no date to ground 2026 (2026年); the cite's '2026财年' is a fiscal period, not a calendar date: make it a fact card"),
        ("05/24/2017", "2017-05-24 Deliberating",
         "answer '05/24/2017' has no date; the answer's '05/24/2017' is not read as a date (the order of day and month "
         "differs by country): write it with the month's name (May 24, 2017) or as the source does"),
        ("June 12", "the meeting on 06/12/2017",
         "the cite has no date to ground June 12; the cite's '06/12/2017' is not read as a date (the order of day and "
         "month differs by country): cite a passage that names the month, or make it a fact card"),
        ("last spring", "in 2017", "answer 'last spring' has no date"),
    ],
)
def test_no_date_says_why_when_the_text_looks_dated(answer: str, cite: str, expected: str) -> None:
    (m,) = check_date(answer, cite)
    assert m.message == expected


def test_fiscal_year_is_a_label_not_a_date() -> None:
    text = normalize("截至2025年4月27日的2026財年第一財季財報")
    assert ymd(text) == [(2025, 4, 27)]
    spans = non_quantity_spans(text)
    assert (text.index("2026"), text.index("2026") + len("2026财年")) in spans


@pytest.mark.parametrize(
    "text, label",
    [
        ("截至2025年4月27日的2026財年第一財季財報", "第一财季"),
        ("并預計第二財季還將損失80億美元營收", "第二财季"),
        ("2025年第三季度營收", "第三季度"),
        ("Q1 revenue was $44.1 billion", "q1"),
        ("in the first quarter of fiscal 2026, H20 sales", "first quarter of fiscal 2026"),
        ("for its fiscal first quarter", "fiscal first quarter"),
        ("the 2nd quarter", "2nd quarter"),
        ("2,400 vehicles a week in quarter four", "quarter four"),
        ("4Q24 shipments rose", "4q24"),
    ],
)
def test_fiscal_quarters_are_labels(text: str, label: str) -> None:
    """Quarters name a period like 2026財年: not dates, and not amounts either."""
    t = normalize(text)
    assert (t.index(label), t.index(label) + len(label)) in non_quantity_spans(t)
    assert all(t[d.start:d.end] != label for d in parse_dates(t))


@pytest.mark.parametrize("text", ["3個財季", "兩個季度", "Q5", "HQ1", "three quarters", "第五季度", "a quarter three times as large",
                                  "rose 1.4q", "a quarter of them"])
def test_counted_quarters_are_not_labels(text: str) -> None:
    t = normalize(text)
    assert non_quantity_spans(t) == []


def test_a_calendar_year_beside_a_quarter_stays_a_date() -> None:
    assert ymd("Q1 2025") == [(2025, None, None)]
    assert ymd("the first quarter of 2025") == [(2025, None, None)]
    assert codes("2025年4月27日", "for the first quarter of fiscal 2026, which ended April 27, 2025") == []


def test_day_range_inherits_month() -> None:
    assert ymd("北京時間7月15日至17日") == [(None, 7, 15), (None, 7, 17)]
    assert ymd("July 15-17, 2025") == [(2025, 7, 15), (2025, 7, 17)]


@pytest.mark.parametrize(
    "text, first, second",
    [
        ("北京時間7月15日至17日,英偉達股價上漲5.44%", "7月15日", "17日"),
        ("7月15日到17日", "7月15日", "17日"),
        ("七月十五日至十七日", "七月十五日", "十七日"),
        ("July 15-17, 2025", "july 15", "17, 2025"),
        ("July 15 to 17", "july 15", "17"),
    ],
)
def test_range_second_date_span_starts_at_its_day(text: str, first: str, second: str) -> None:
    """至 / - / to join the two dates; neither span includes it."""
    t = normalize(text)
    a, b = parse_dates(t)
    assert (t[a.start:a.end], t[b.start:b.end]) == (first, second)
    assert a.end < b.start
    assert not any(c in t[b.start:b.end] for c in ("至", "到", "-", "to"))


def test_spans_point_into_the_text() -> None:
    text = normalize("H20於2023年11月發布")
    (d,) = parse_dates(text)
    assert text[d.start:d.end] == "2023年11月"
    assert isinstance(d, DateValue)
    with pytest.raises(AttributeError):
        d.year = 2024  # type: ignore[misc]


def test_whole_article_dates() -> None:
    found = set(ymd(ARTICLE.read_text(encoding="utf-8")))
    for expected in [
        (None, 7, 16), (None, 4, 9), (None, 7, 18), (None, 1, None), (2024, None, None),
        (None, 4, None), (None, 7, 15), (None, 7, 17), (2023, 11, None),
        (2025, 4, 27), (None, 4, 10), (2025, 9, None),
    ]:
        assert expected in found
    assert all(y != 2026 for y, _, _ in found)


# --- grounding ------------------------------------------------------------------

def test_parts_the_answer_omits_are_free() -> None:
    cite = "截至2025年4月27日的2026財年第一財季財報"
    for answer in ["2025年4月27日", "4月27日", "2025年4月", "2025", "April 27", "April"]:
        assert codes(answer, cite) == [], answer


def test_year_not_in_cite() -> None:
    (m,) = check_date("2025年7月16日", "7月16日,當日")
    assert m.code == "DG303"
    assert "2025" in m.message and "no year" in m.message
    (m,) = check_date("2024", "H20於2023年11月發布")
    assert m.code == "DG303"
    assert "2023" in m.message


def test_date_messages_say_the_dates_in_words() -> None:
    # The dates are told as a person says them, with the text's own writing beside them when it differs.
    assert [m.message for m in check_date("1996", "In 1995, Guido continued his work on Python")] == [
        "answer says 1996; the cite says 1995"
    ]
    assert [m.message for m in check_date("April 9, 2025", "美國自4月9日將H20芯片納入出口管制")] == [
        "answer says April 9, 2025; the cite says April 9 (4月9日), with no year"
    ]
    assert [m.message for m in check_date("2023年11月16日", "H20於2023年11月發布")] == [
        "answer says November 16, 2023 (2023年11月16日); the cite says November 2023 (2023年11月), with no day"
    ]
    assert [m.message for m in check_date("2024年1月", "今年1月末,DeepSeek出圈;2023年")] == [
        "answer says January 2024 (2024年1月); the cite says January (今年1月), with no year (it names 2023 elsewhere)"
    ]
    for a, c in [("1996", "In 1995"), ("4月10日", "美國自4月9日"), ("7月16日", "Omdia 2024年末報告")]:
        (m,) = check_date(a, c)
        assert "?" not in m.message and "-?-" not in m.message, m.message


def test_month_or_day_differs() -> None:
    (m,) = check_date("July 17", "7月16日,當日")
    assert m.code == "DG304"
    assert m.message == "answer says July 17; the cite says July 16 (7月16日)"
    assert codes("2023年11月16日", "H20於2023年11月發布") == ["DG304"]


def test_no_date() -> None:
    assert codes("3個月", "3個月的空窗期") == ["DG301"]
    assert codes("7月16日", "而是他一貫以來的表態") == ["DG302"]
    assert codes("7月16日", "Omdia 2024年末報告") == ["DG302"]


def test_month_name_alone_as_an_answer() -> None:
    assert codes("May", "今年5月,英偉達") == []
    assert codes("Dec.", "H20於2023年11月發布") == ["DG304"]


def test_every_answer_date_must_be_grounded() -> None:
    cite = "北京時間7月15日至17日"
    assert codes("7月15日至17日", cite) == []
    assert codes("July 15 and July 18", cite) == ["DG304"]


# The data-driven table runs in tests/test_grounding_cases.py, through the check's dispatcher.


# --- property tests: every notation reads back ---------------------------------

_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December"]
_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_CN = "〇一二三四五六七八九"


def _cn_small(n: int) -> str:
    """七, 十一, 二十七, 三十一: Chinese month and day numerals."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN[tens] + "十")
    return head + (_CN[ones] if ones else "")


years = st.integers(min_value=1900, max_value=2099)
months = st.integers(min_value=1, max_value=12)
days = st.integers(min_value=1, max_value=28)


@settings(max_examples=300, deadline=None)
@given(years, months, days)
def test_full_dates_read_back(y: int, m: int, d: int) -> None:
    name, abbr = _MONTHS[m - 1], _ABBR[m - 1]
    cn_year = "".join(_CN[int(c)] for c in str(y))
    for text in [
        f"{y}年{m}月{d}日",
        f"{y}年{m:02d}月{d:02d}日",
        f"{cn_year}年{_cn_small(m)}月{_cn_small(d)}日",
        f"{y}-{m:02d}-{d:02d}",
        f"{y}/{m}/{d}",
        f"{name} {d}, {y}",
        f"{abbr}. {d}, {y}",
        f"{d} {name} {y}",
        f"on {d} {abbr} {y}, it",
    ]:
        assert ymd(text) == [(y, m, d)], text


@settings(max_examples=300, deadline=None)
@given(years, months, days)
def test_partial_dates_read_back(y: int, m: int, d: int) -> None:
    name = _MONTHS[m - 1]
    assert ymd(f"{m}月{d}日") == [(None, m, d)]
    assert ymd(f"{_cn_small(m)}月{_cn_small(d)}日") == [(None, m, d)]
    assert ymd(f"{y}年{m}月") == [(y, m, None)]
    assert ymd(f"{name} {y}") == [(y, m, None)]
    assert ymd(f"{name} {d}") == [(None, m, d)]
    assert ymd(f"{y}年") == [(y, None, None)]


@settings(max_examples=200, deadline=None)
@given(years, months, days)
def test_a_date_grounds_itself_across_notations(y: int, m: int, d: int) -> None:
    cite = f"據報道,{y}年{m}月{d}日,公司宣布"
    assert check_date(f"{_MONTHS[m - 1]} {d}, {y}", cite) == []
    assert check_date(f"{y}-{m:02d}-{d:02d}", cite) == []
    other = d % 28 + 1
    assert [x.code for x in check_date(f"{y}年{m}月{other}日", cite)] == ["DG304"]
    assert [x.code for x in check_date(f"{y + 1}年{m}月{d}日", cite)] == ["DG303"]


_NOISE = list("0123456789.,/- 一二三十〇年月日号今至到财") + [
    "july ", "may ", "dec. ", "of ", "16th", "fiscal ", "fy", "2025", "th", ", ",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_NOISE), max_size=25).map("".join))
def test_any_text_parses_and_grounds_itself(text: str) -> None:
    """No input raises; spans are inside the text; a cite grounds itself."""
    folded = normalize(text)
    for d in parse_dates(folded):
        assert 0 <= d.start < d.end <= len(folded)
        assert d.month is None or 1 <= d.month <= 12
        assert d.day is None or 1 <= d.day <= 31
    if folded.strip(" .") not in ("may", "dec"):
        assert {m.code for m in check_date(text, text)} <= {"DG301"}


# --- the next date, found with a cheap scan first ----------------------------------

_DATE_PIECES = sorted({
    "july", "jul.", "may", "dec", "march", "marching", "fiscal", "fiscal year", "financial", "fy", "q", "q1",
    "first", "second", "21st", "1st", "quarter", "of", "the", "a", "x", " ", "-", "/", ".", ",", "(", ")",
    "2025", "1999", "7", "16", "31", "0", "٣", "年", "月", "日", "号", "财年", "季度", "财季", "第", "一", "十",
    "二〇二五", "今年", "明年", "同", "至", "million", "$", "%", "km",
    "时", "点", "分", "半", "许", "上午", "下午", "今晚", "中午", "凌晨", ":", "30", "a.m.", "pm", "noon",
    "o'clock", "edt", "on the ", "the ", "27th", "内", "线",
})


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=12).map("".join), st.integers(0, 60))
def test_the_next_date_is_the_search_of_the_date_pattern(text, pos):
    from deckgen import dates

    old, new = dates._DATE_RE.search(text, pos), dates._next_date(text, pos)
    assert (new and (new.span(), new.groupdict())) == (old and (old.span(), old.groupdict()))


# --- weekdays ---------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, weekday, parts",
    [
        ("Severe storms on Saturday swept", 6, (None, None, None)),
        ("星期天", 7, (None, None, None)),
        ("禮拜一", 1, (None, None, None)),
        ("上週三", 3, (None, None, None)),
        ("周日晚上", 7, (None, None, None)),
        ("Saturday, May 25, 2024", 6, (2024, 5, 25)),  # one date, not two
        ("May 25 (Saturday)", 6, (None, 5, 25)),
        ("5月25日（周六）", 6, (None, 5, 25)),
        ("5月25日星期六", 6, (None, 5, 25)),
        ("Sat., May 25", 6, (None, 5, 25)),
    ],
)
def test_weekdays_are_dates(text: str, weekday: int, parts: tuple) -> None:
    found = parse_dates(normalize(text))
    assert len(found) == 1, found
    d = found[0]
    assert (d.weekday, (d.year, d.month, d.day)) == (weekday, parts)


@pytest.mark.parametrize("text", ["一周三次", "每周三个小时", "the sun rose", "they sat down", "wed in june 2020"])
def test_words_that_hold_no_weekday(text: str) -> None:
    assert all(d.weekday is None for d in parse_dates(normalize(text)))


def test_weekday_grounding() -> None:
    def codes(answer: str, cite: str) -> list[str]:
        return [m.code for m in check_date(answer, cite)]

    assert codes("Saturday", "Severe storms on Saturday swept") == []
    assert codes("Sat.", "Severe storms on Saturday swept") == []
    assert codes("周六", "5月25日（星期六）") == []
    assert codes("Monday", "Severe storms on Saturday swept") == ["DG304"]
    assert codes("Sunday, May 25", "on Saturday, May 25") == ["DG304"]
    # a weekday and a calendar date never contradict each other unless both are given
    assert codes("Saturday, May 25", "storms on May 25") == []
    assert codes("Saturday", "storms on May 25") == ["DG302"]
    assert codes("May 25", "storms on Saturday") == ["DG302"]


def test_a_weekday_holds_no_quantity() -> None:
    from deckgen.quantities import parse_quantities

    assert parse_quantities(normalize("周三发布")) == []
    assert [q.value for q in parse_quantities(normalize("每周三次"))] == [3]


# --- clock times and lone days -------------------------------------------------------

def clock(text: str) -> list[tuple]:
    return [(d.day, d.hour, d.minute, d.clock12) for d in parse_dates(normalize(text))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("甘肅省定西市今天上午7時45分發生地震", (None, 7, 45, False)),
        ("上午9時", (None, 9, None, False)),
        ("上午9點", (None, 9, None, False)),
        ("下午3時30分", (None, 15, 30, False)),
        ("下午3點半", (None, 15, 30, False)),
        ("截至晚間8時", (None, 20, None, False)),
        ("截至今晚6時", (None, 18, None, False)),
        ("凌晨3時", (None, 3, None, False)),
        ("凌晨12時", (None, 0, None, False)),
        ("中午12時", (None, 12, None, False)),
        ("中午1時", (None, 13, None, False)),
        ("中午", (None, 12, None, False)),
        ("午夜", (None, 0, None, False)),
        ("深夜1時", (None, 1, None, False)),
        ("夜間11時", (None, 23, None, False)),
        ("9時許", (None, 9, None, True)),  # 9 or 21
        ("7時45分", (None, 7, 45, True)),
        ("二十時", (None, 20, None, False)),
        ("15時", (None, 15, None, False)),
        ("十一點半", (None, 11, 30, True)),
        ("九點鐘", (None, 9, None, True)),
        ("9:30 a.m.", (None, 9, 30, False)),
        ("9 a.m. EDT", (None, 9, None, False)),
        ("at 3pm", (None, 15, None, False)),
        ("12 p.m.", (None, 12, None, False)),
        ("12 a.m.", (None, 0, None, False)),
        ("14:30", (None, 14, 30, False)),
        ("09:30", (None, 9, 30, False)),  # a leading zero is the 24-hour clock
        ("at 10:30", (None, 10, 30, True)),
        ("at 9 o'clock", (None, 9, None, True)),
        ("at noon", (None, 12, None, False)),
        ("by midnight", (None, 0, None, False)),
        ("主計總處27日發布", (27, None, None, False)),
        ("新竹31日電", (31, None, None, False)),
        ("27號", (27, None, None, False)),
        ("3日起實施", (3, None, None, False)),
        ("the 27th", (27, None, None, False)),
        ("released on the 27th, it", (27, None, None, False)),
        ("on the 27th at noon", (27, 12, None, False)),  # one date with its time
        ("at 5 P. M.", (None, 17, None, False)),  # older print spaces a. m. and p. m.
        ("the evening of the 17th.", (17, None, None, False)),
        ("on the 15th the army crossed", (15, None, None, False)),
        ("22日上午7時45分", (22, 7, 45, False)),
    ],
)
def test_clock_times_and_lone_days(text: str, expected: tuple) -> None:
    assert clock(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("7月22日上午7時45分", (None, 7, 22, 7, 45)),
        ("July 16 at 9 a.m.", (None, 7, 16, 9, None)),
        ("9 a.m. on July 16, 2025", (2025, 7, 16, 9, None)),
        ("2025-07-16 14:30", (2025, 7, 16, 14, 30)),
        ("on Tuesday the 27th", (None, None, 27, None, None)),
    ],
)
def test_a_time_beside_its_date_is_one_date(text: str, expected: tuple) -> None:
    found = parse_dates(normalize(text))
    assert [(d.year, d.month, d.day, d.hour, d.minute) for d in found] == [expected]


def test_tuesday_the_27th_keeps_its_weekday() -> None:
    (d,) = parse_dates(normalize("on Tuesday the 27th"))
    assert (d.weekday, d.day) == (2, 27)


@pytest.mark.parametrize(
    "text",
    [
        "提出3點要求", "3小時", "同時", "3日內完成", "連續3日", "為期3日", "30日均線", "2日遊", "每日",
        "3號線", "5號樓", "on the 27th floor", "the 3rd quarter", "比分2:1", "14 pm", "I am 9",
        "at 9", "2.5時", "時間", "第3日",
    ],
)
def test_not_times_nor_lone_days(text: str) -> None:
    assert clock(text) == []


def test_a_clock_time_holds_no_quantity() -> None:
    from deckgen.quantities import parse_quantities

    assert parse_quantities(normalize("上午7時45分發生")) == []
    assert parse_quantities(normalize("主計總處27日發布")) == []
    for text in ("3小時", "提出3點要求", "3號線", "3日內", "on the 3rd floor"):  # amounts and numbers stay so
        assert [q.value for q in parse_quantities(normalize(text))] == [3], text


@pytest.mark.parametrize(
    "answer, cite",
    [
        ("上午9時", "民政部上午9時啟動響應"),
        ("9時", "民政部上午9時啟動響應"),  # the answer's hour without its half: either
        ("上午9點", "民政部上午9時啟動響應"),
        ("09:00", "民政部上午9時啟動響應"),
        ("9 a.m.", "民政部上午9時啟動響應"),
        ("上午9時", "民政部9時啟動響應"),  # the cite's hour is read on the 24-hour clock
        ("下午3時", "at 15:00 the office closed"),
        ("15:00", "民政部下午3時啟動響應"),
        ("3 p.m.", "民政部下午3時啟動響應"),
        ("3時", "民政部下午3時啟動響應"),
        ("7時45分", "今天上午7時45分發生地震"),
        ("晚上6時", "截至今晚6時"),
        ("noon", "the talks began at 12:00"),
        ("中午", "the talks began at noon"),
        ("9:30 a.m.", "at 9:30 a.m. EDT"),
        ("22日", "22日發生在定西市的地震"),
        ("27日", "2020年11月27日發布"),
        ("the 27th", "on Tuesday, November 27, 2018"),
        ("November 27", "主計總處2020年11月27日上午10時發布"),
        ("上午10時", "主計總處2020年11月27日上午10時發布"),
        ("27th", "released on the 27th"),
    ],
)
def test_times_and_days_ground_however_written(answer: str, cite: str) -> None:
    assert check_date(answer, cite) == []


@pytest.mark.parametrize(
    "answer, cite, code",
    [
        ("上午10時", "民政部上午9時啟動響應", "DG304"),  # another hour
        ("下午9時", "民政部上午9時啟動響應", "DG304"),  # p.m. for a.m.
        ("9 p.m.", "民政部上午9時啟動響應", "DG304"),
        ("上午3時", "民政部下午3時啟動響應", "DG304"),  # 上午 for 下午
        ("下午9時", "民政部9時啟動響應", "DG304"),  # the cite's 9時 is 09:00
        ("9時30分", "民政部上午9時啟動響應", "DG304"),  # another minute
        ("9:15 a.m.", "at 9:30 a.m. EDT", "DG304"),
        ("midnight", "the talks began at noon", "DG304"),
        ("23日", "22日發生在定西市的地震", "DG304"),
        ("2020年11月27日", "主計總處27日發布預測", "DG303"),  # the cite gives the day only
        ("11月27日", "主計總處27日發布預測", "DG303"),
        ("the 28th", "released on the 27th", "DG304"),
        ("上午7時", "7月22日發生地震", "DG302"),  # the cite has no time
        ("7月22日上午7時", "7月22日發生地震", "DG304"),
    ],
)
def test_times_and_days_that_differ(answer: str, cite: str, code: str) -> None:
    assert codes(answer, cite) == [code]


def test_time_messages_say_the_time() -> None:
    (m,) = check_date("下午9時", "民政部上午9時啟動響應")
    assert m.message == "answer says 21:00 (下午9时); the cite says 09:00 (上午9时)"
    (m,) = check_date("下午9時", "民政部9時啟動響應")
    assert m.message == "answer says 21:00 (下午9时); the cite says 9:00 (or 21:00) (9时), read on the 24-hour clock"
    (m,) = check_date("2020年11月27日", "主計總處27日發布")
    assert m.message == "answer says November 27, 2020 (2020年11月27日); the cite says day 27 (27日), with no month or year"


def test_binding_tells_two_times_of_one_sentence_apart() -> None:
    from deckgen.binding import check_binding

    cite = "The storm hit at 9 a.m. and the warning was lifted at 3 p.m."
    assert check_binding("date", "9 a.m.", cite, "When did the storm hit?") == []
    assert check_binding("date", "15:00", cite, "When was the warning lifted?") == []
    assert [m.code for m in check_binding("date", "3 p.m.", cite, "When did the storm hit?")] == ["DG601"]
    zh = "國家減災委、民政部上午9時和下午3時分別啟動國家4級和國家3級響應"
    assert check_binding("date", "上午9時", zh, "國家減災委在甚麼時間啟動響應？") == []
    assert [m.code for m in check_binding("date", "下午3時", zh, "國家減災委在甚麼時間啟動響應？")] == ["DG601"]
    days = "The agency released the forecast on the 27th and held a briefing on the 28th."
    assert [m.code for m in check_binding("date", "the 28th", days, "On what day did the agency release the forecast?")] == ["DG601"]


_HALVES = {"上午": 0, "下午": 12}


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 11), st.integers(0, 59), st.sampled_from(["上午", "下午"]))
def test_a_time_grounds_itself_across_notations(h: int, minute: int, half: str) -> None:
    """上午/下午 h時m分 = h:mm a.m./p.m. = the 24-hour clock; the other half, hour or minute never."""
    cite = f"該部門{half}{h}時{minute}分啟動響應"
    h24 = h + _HALVES[half]
    ap = "a.m." if half == "上午" else "p.m."
    for same in (f"{h}:{minute:02d} {ap}", f"{h24:02d}:{minute:02d}", f"{h}時{minute}分", f"{half}{h}點{minute}分"):
        assert check_date(same, cite) == [], same
    other_half = "下午" if half == "上午" else "上午"
    other_ap = "p.m." if ap == "a.m." else "a.m."
    for other in (f"{other_half}{h}時{minute}分", f"{h}:{minute:02d} {other_ap}",
                  f"{half}{h % 11 + 1}時{minute}分", f"{half}{h}時{(minute + 1) % 60}分"):
        assert codes(other, cite) == ["DG304"], other


@settings(max_examples=200, deadline=None)
@given(days, st.integers(1, 28))
def test_a_lone_day_matches_only_its_day(d: int, other: int) -> None:
    cite = f"主計總處{d}日發布預測"
    assert codes(f"{d}日", cite) == []
    assert codes(f"{d}號", f"2020年11月{d}日發布") == []
    assert codes(f"{other}日", cite) == ([] if other == d else ["DG304"])


def test_time_zones() -> None:
    """A zone's summer and winter names are one zone; two named zones must agree; one left out is free."""
    (d,) = parse_dates(normalize("at 9:30 a.m. EDT"))
    assert (d.hour, d.minute, d.zone) == (9, 30, "et")
    assert codes("9:30 a.m. ET", "at 9:30 a.m. EDT") == []
    assert codes("9:30 a.m.", "at 9:30 a.m. EDT") == []
    assert codes("9:30 a.m. PT", "at 9:30 a.m. EDT") == ["DG304"]
    assert codes("14:00 GMT", "at 2 p.m. UTC") == []


# --- M/D dates, ROC years, bracketed and Chinese-numeral lone days, designations ---------------

@pytest.mark.parametrize(
    "text, expected",
    [
        ("本月第2週（3/4-3/10）門診人次", [(None, 3, 4), (None, 3, 10)]),  # a range: each end its own date
        ("截至（5/20）已累計", [(None, 5, 20)]),  # alone in brackets
        ("活動5/18（六）開放", [(None, 5, 18)]),  # before its weekday
        ("約1/3的民眾", []),  # a third
        ("約1/3-1/2的患者", []),  # a third to a half: a range of dates runs forward
        ("第1週（12/29-1/4）", [(None, 12, 29), (None, 1, 4)]),  # across the new year
        ("the ratio was 2/3", []),  # no Chinese text: a fraction
        ("111年3月起實施", [(2022, 3, None)]),  # an ROC year before its month
        ("100年來首見", []),  # a century
        ("市府今（8）日宣布", [(None, None, 8)]),
        ("十九日下午召開", [(None, None, 19)]),
        ("二十日電", [(None, None, 20)]),
        ("十日之內", []),  # ten days
        ("三十日內完成", []),
        ("comet designated 2004 MN4 passed in 2029", [(2029, None, None)]),  # a designation is a name
    ],
)
def test_month_day_roc_years_lone_days_and_designations(text: str, expected: list) -> None:
    assert ymd(text) == expected


def test_an_roc_year_is_compared_as_a_year() -> None:
    assert codes("2022年3月", "111年3月起實施") == []
    assert codes("110年3月", "111年3月起實施") == ["DG303"]
    assert codes("3月4日", "第2週（3/4-3/10）") == []
    assert codes("3/10", "第2週（3/4-3/10）") == []  # an answer that is only M/D
    assert codes("3/11", "第2週（3/4-3/10）") == ["DG304"]


def test_a_designation_is_neither_date_nor_amount() -> None:
    from deckgen.quantities import parse_quantities

    text = normalize("An asteroid designated 2004 MN4 is 1,100 feet wide.")
    assert parse_dates(text) == []
    assert [q.value for q in parse_quantities(text)] == [1100]


# --- earlier years, decades and dotted clock times (issue 12) ---------------------

@pytest.mark.parametrize("text, year", [("the bridge opened in 1874 to traffic", 1874), ("a village settled since 1790", 1790)])
def test_an_earlier_year_after_a_word_that_puts_a_year_is_a_date(text: str, year: int) -> None:
    assert ymd(text) == [(year, None, None)]
    assert check_date(str(year), text) == []
    assert check_date(str(year + 1), text) != []


@pytest.mark.parametrize("text", ["a ridge of 1650 feet", "some 1790 people"])
def test_an_earlier_number_beside_a_measure_or_a_count_is_no_year(text: str) -> None:
    assert parse_dates(normalize(text)) == []


def test_a_decade_is_a_date_of_its_own() -> None:
    cite = "Rail reached the valley in the 1860s, and the mine closed in 1871."
    assert check_date("the 1860s", cite) == [] and check_date("1860s", cite) == []
    assert check_date("1860", cite) != [] and check_date("1870s", cite) != []
    assert [d.decade for d in parse_dates(normalize(cite))] == [True, False]


@pytest.mark.parametrize("text, hour, minute", [("they left camp at 5.45am", 5, 45), ("back by 4.10 pm", 16, 10)])
def test_a_dotted_time_before_am_or_pm_is_a_clock_time(text: str, hour: int, minute: int) -> None:
    (d,) = parse_dates(normalize(text))
    assert (d.hour, d.minute) == (hour, minute)


def test_a_dotted_number_without_am_or_pm_is_no_time() -> None:
    assert parse_dates(normalize("a rise of 5.45 percent")) == []


def test_that_year_takes_the_year_named_before() -> None:
    """on 2 June that year, 同年5月: the cite has said which year; a date with no year elsewhere
    stays without one."""
    cite = "The pair reached the summit on 29 May 1953. The news was released on 2 June that year."
    assert check_date("2 June 1953", cite) == []
    assert [m.code for m in check_date("2 June 1954", cite)] == ["DG303"]
    assert check_date("2018年5月", "2018年3月公司成立,同年5月上市。") == []
    assert [m.code for m in check_date("2019年5月", "2018年3月公司成立,同年5月上市。")] == ["DG303"]
    assert [m.code for m in check_date("2 June 1953", "In 1953 they climbed. On 2 June the news came.")] == ["DG303"]


def test_an_answer_that_is_only_an_hour_in_dian_is_a_time() -> None:
    """Asked 几点, a whole answer 9点 is the hour (as 9时 is); in running text a bare 3点 stays points."""
    cite = "2月16日上午9點,宣判在第4法庭開始。"
    assert check_date("9點", cite) == [] and check_date("九點", cite) == []
    assert [m.code for m in check_date("10點", cite)] == ["DG304"]
    assert [m.code for m in check_date("9點", "他提出3點要求。")] == ["DG302"]


@pytest.mark.parametrize("text, year", [
    ("an increase of 612 over 2023", 2023),
    ("revenue was up 5% over 2022", 2022),
    ("a gain of 1.6 million over 2021", 2021),
])
def test_an_amount_over_a_year_is_measured_against_the_year(text, year):
    t = normalize(text)
    assert [d.year for d in parse_dates(t)] == [year]
    at = t.index(str(year))
    assert (at, at + 4) in non_quantity_spans(t)


@pytest.mark.parametrize("text", ["it has over 2022 members", "crowds of over 2000 gathered"])
def test_over_a_number_after_no_amount_is_still_more_than(text):
    assert parse_dates(normalize(text)) == []


@pytest.mark.parametrize(
    "answer, cite",
    [  # a history deck's years: before 1500 a year was read nowhere, not even as the whole answer
        ("1066", "William's invasion fleet landed on the coast of Sussex on September 28, 1066, at Pevensey."),
        ("1066", "the Battle of Stamford Bridge in September of 1066"),
        ("1215", "King John sealed Magna Carta in 1215 at Runnymede"),
        ("September 1066", "Harold had defeated the other claimant at the Battle of Stamford Bridge in September of 1066"),
        ("May 2020", "the talks broke down in May of 2020"),
        ("in 1492", "Columbus sailed in 1492"),
    ],
)
def test_a_year_before_1500_and_a_month_of_its_year_are_dates(answer: str, cite: str) -> None:
    assert codes(answer, cite) == []


def test_an_early_year_still_needs_a_word_that_puts_a_year_in_running_text() -> None:
    assert ymd("the launch drew 1066 people") == []
    assert ymd("a force of 1200 troops") == []
    assert ymd("in 1200 troops") == []
    assert codes("1067", "in September of 1066")[0] == "DG303"
    assert ymd("in September of 1066") == [(1066, 9, None)]


@pytest.mark.parametrize("cite", ["a crowd of 1800 gathered", "a crowd of 1200 gathered", "out of 1200 applicants"])
def test_a_count_after_of_is_an_amount_not_a_year(cite: str) -> None:
    from deckgen.quantities import check_figure

    assert ymd(cite) == []
    assert check_figure(cite.split(" of ")[1].split()[0], cite, "How many?") == []


def test_a_year_after_a_season_of_is_a_year() -> None:
    assert ymd("in the summer of 1066 the fleet sailed") == [(1066, None, None)]
    assert ymd("the winter of 1812") == [(1812, None, None)]



@pytest.mark.parametrize("text", ["纽约12月期金收在2015美元", "3月期铜收涨", "布蘭特2月期油收在60.47美元", "5月合约收跌"])
def test_a_month_glued_to_a_futures_contract_is_no_date(text):
    """12月期金, 5月合约: the month names the contract a price is for, no month of the report."""
    assert ymd(text) == []


def test_a_month_before_other_words_is_still_a_month():
    assert ymd("12月金价收在2015美元") == [(None, 12, None)]
