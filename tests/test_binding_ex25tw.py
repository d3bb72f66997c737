"""Round 25's business-cycle signals table (2026-12-03, branch ex25tw): 國發會's monthly 景氣對策信號 as reported. Each
principle its first run showed is restated here on made-up sentences of the same shape (a port city's monthly signal,
its components and their lights), each a pair: the case the rule fixes and a twin it must not change."""

import pytest

from conftest import binding_code as verdict


# --- lights are values: a component's light now against its light before and another component's light ---------------

TURNS = ("港務局公布10月航運信號續呈綠燈,其中貨櫃量由黃藍燈轉呈綠燈,分數增加1分,"
         "散貨量由紅燈跌至黃紅燈,客運人次則由綠燈轉呈黃藍燈,分數減少1分。")


@pytest.mark.parametrize("answer, question, code", [
    ("綠燈", "10月貨櫃量的燈號轉呈什麼燈？", "grounded"),
    ("黃藍燈", "10月貨櫃量的燈號轉呈什麼燈？", "DG602"),  # its own light before (another's light now too)
    ("黃紅燈", "10月散貨量的燈號跌至什麼燈？", "grounded"),
    ("紅燈", "10月散貨量的燈號跌至什麼燈？", "DG602"),
    ("黃藍燈", "10月散貨量的燈號跌至什麼燈？", "DG601"),  # another component's light now
    ("紅燈", "10月散貨量由什麼燈跌至黃紅燈？", "grounded"),  # the light before, asked as such
    ("黃藍燈", "10月散貨量由什麼燈跌至黃紅燈？", "DG601"),
    ("黃藍燈", "10月客運人次的燈號轉呈什麼燈？", "grounded"),
    ("綠燈", "10月客運人次的燈號轉呈什麼燈？", "DG602"),
])
def test_a_light_is_a_components_value(answer, question, code):
    assert verdict("fact", answer, TURNS, question) == code


REVISED = "港務局回溯下修9月分數,燈號因此從黃藍燈轉為藍燈,形成連亮2顆藍燈的局面。"


@pytest.mark.parametrize("answer, question, code", [
    ("藍燈", "9月分數下修後燈號轉為什麼燈？", "grounded"),
    ("黃藍燈", "9月分數下修後燈號轉為什麼燈？", "DG602"),
    ("黃藍燈", "9月分數下修前燈號原本是什麼燈？", "grounded"),
    ("藍燈", "9月分數下修前燈號原本是什麼燈？", "DG602"),
])
def test_a_light_before_a_revision(answer, question, code):
    assert verdict("fact", answer, REVISED, question) == code


MONTH_TURN = "港務局今天公布去年12月航運信號,由黃紅燈轉亮紅燈,分數達38分,較去年11月增加4分。"


@pytest.mark.parametrize("answer, question, code", [
    ("紅燈", "去年12月航運信號轉亮什麼燈？", "grounded"),
    ("黃紅燈", "去年12月航運信號轉亮什麼燈？", "DG602"),
    ("黃紅燈", "去年11月航運信號是什麼燈？", "grounded"),  # the month before the one reported: the light before
    ("紅燈", "去年11月航運信號是什麼燈？", "DG602"),
])
def test_the_month_before_asks_the_light_before(answer, question, code):
    assert verdict("fact", answer, MONTH_TURN, question) == code


def test_one_light_only_is_not_told_apart():
    # (a twin: a cite with a single light has nothing to tell apart)
    assert verdict("fact", "綠燈", "港務局公布10月航運信號續呈綠燈。", "10月貨櫃量是什麼燈？") == "grounded"


# --- rows opening with a label and a colon: the label is each value's of its row, and last month's in brackets --------

ROWS = ("貨櫃量 TEU 變動率：由上（9）月的 4.88% 增為 4.9%，燈號續呈「黃藍燈」\n"
        "散貨量變動率：由上月 20.2% 增為 21.6%，燈號續呈紅燈\n"
        "客運人次變動率：由上月下修值 15.8% 增為 18.1%， 燈號續呈紅燈\n"
        "轉運量變動率：由上月 50.3% 減為 38%，燈號續呈「紅燈」")


@pytest.mark.parametrize("answer, question, code", [
    ("4.9%", "10月貨櫃量TEU變動率是多少？", "grounded"),  # the spaces around TEU are no break in the name
    ("4.88%", "10月貨櫃量TEU變動率是多少？", "DG602"),  # 上（9）月 is last month
    ("21.6%", "10月散貨量變動率是多少？", "grounded"),
    ("20.2%", "10月散貨量變動率是多少？", "DG602"),
    ("18.1%", "10月客運人次變動率是多少？", "grounded"),
    ("15.8%", "10月客運人次變動率是多少？", "DG602"),  # 上月下修值: last month's, revised
    ("21.6%", "10月客運人次變動率是多少？", "DG601"),
    ("50.3%", "9月轉運量變動率是多少？", "grounded"),  # the month 上（9）月 names
    ("38%", "9月轉運量變動率是多少？", "DG602"),
])
def test_labelled_rows(answer, question, code):
    assert verdict("figure", answer, ROWS, question) == code


@pytest.mark.parametrize("answer, question, code", [
    ("紅燈", "10月散貨量變動率的燈號是什麼燈？", "grounded"),
    ("黃藍燈", "10月貨櫃量TEU變動率的燈號是什麼燈？", "grounded"),
    ("紅燈", "10月貨櫃量TEU變動率的燈號是什麼燈？", "DG601"),
])
def test_a_rows_light_is_its_labels(answer, question, code):
    assert verdict("fact", answer, ROWS, question) == code


def test_a_wrapped_line_is_no_row():
    # (a twin: a line broken inside a sentence, not before a label and its colon, stays one sentence)
    cite = "港務局表示，貨櫃量變動率由上月20.2%增為\n21.6%，燈號續呈紅燈。"
    assert verdict("figure", "21.6%", cite, "10月貨櫃量變動率是多少？") == "grounded"


REVISED_BASE = "港務局今天發布8月航運信號續亮綠燈,分數則為24分,較上月修正後的26分減少2分。"


@pytest.mark.parametrize("answer, question, code", [
    ("26分", "7月修正後的航運信號分數是多少？", "grounded"),  # 上月修正後的: last month's, revised
    ("24分", "7月修正後的航運信號分數是多少？", "DG602"),
    ("24分", "8月航運信號分數是多少？", "grounded"),
])
def test_last_months_revised_value(answer, question, code):
    assert verdict("figure", answer, REVISED_BASE, question) == code
