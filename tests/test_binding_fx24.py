"""Branch fx24 (2026-12-03): principles the held-out Chinese tables of round 23 showed (reservoirs and water rationing,
zh-Hant), restated on made-up sentences of other subjects (a company's sales by region, a school's pupils by grade, a
power company's prices by kind of user), each beside a twin the rule must not change.

(a) In a Chinese list without 分别 whose items, joined by 、, each write a label and its value (北區門市銷售額成長12%、南區
門市銷售額成長5%; 一年級約有320人、二年級約有290人), each value belongs to the label just before it: the question naming
one label (by the words no other label has: 南區, 非住宅) asks its value, and another item's is DG601. A list opened by a
subject of its own (南部門市…) beside a value outside it opened by another (北部門市…): a question naming the other
subject asks none of the list's values (DG601), and the cite is read again without the list; so does one naming, in
another ;-part, a subject with two words of the question (旗艦門市在台北有6萬元). 依序 pairs by position as 分别 does.
Labels of periods or of changes against a base (月減…、年減…; 夏月…、非夏月…), and a level beside its change
(產量…、增加…), are no items."""

import pytest

from conftest import binding_code as verdict

SALES = "今年公司北區門市銷售額成長12%、南區門市銷售額成長5%,整體仍低於預期。"
POWER_CLAUSES = "新制上路後,住宅用電戶電價調漲3%,非住宅用電戶電價調漲8%。"
PUPILS = "這所學校一年級約有320人、二年級約有290人參加了考試。"
POWER = "新制上路後,住宅用電戶電價調漲3%、非住宅用電戶電價調漲8%。"
STORES = "北部門市營收先從5%提升至9%;南部門市轉為擴張,直營店營收提升至6%、加盟店營收4%。"


@pytest.mark.parametrize("answer, cite, question, expected", [
    ("12%", SALES, "今年北區門市銷售額成長多少？", "grounded"),
    ("5%", SALES, "今年北區門市銷售額成長多少？", "DG601"),
    ("5%", SALES, "今年南區門市銷售額成長多少？", "grounded"),
    ("12%", SALES, "今年南區門市銷售額成長多少？", "DG601"),
    ("約320人", PUPILS, "這所學校一年級約有多少人參加考試？", "grounded"),  # (一年 is no value of the list's kind)
    ("約290人", PUPILS, "這所學校一年級約有多少人參加考試？", "DG601"),
    ("約290人", PUPILS, "這所學校二年級約有多少人參加考試？", "grounded"),
    ("約320人", PUPILS, "這所學校二年級約有多少人參加考試？", "DG601"),
    ("3%", POWER, "新制上路後，住宅用電戶電價調漲多少？", "grounded"),  # (no 非 in the question: the first item)
    ("8%", POWER, "新制上路後，住宅用電戶電價調漲多少？", "DG601"),
    ("8%", POWER, "新制上路後，非住宅用電戶電價調漲多少？", "grounded"),
    ("3%", POWER, "新制上路後，非住宅用電戶電價調漲多少？", "DG601"),
    ("9%", STORES, "北部門市營收提升至多少？", "grounded"),  # (another subject than the list's: read without the list)
    ("5%", STORES, "北部門市營收提升至多少？", "DG602"),
    ("6%", STORES, "北部門市營收提升至多少？", "DG601"),  # (the list's item, of 南部)
    ("6%", STORES, "南部門市直營店營收提升至多少？", "grounded"),
    ("9%", STORES, "南部門市直營店營收提升至多少？", "DG601"),
    ("4%", STORES, "南部門市直營店營收提升至多少？", "DG601"),
    ("4%", STORES, "南部門市加盟店營收是多少？", "grounded"),
    # twins: clauses of their own, no 、 list (read by the rules of clauses, as before)
    ("3%", POWER_CLAUSES, "新制上路後，住宅用電戶電價調漲多少？", "grounded"),
    ("8%", POWER_CLAUSES, "新制上路後，住宅用電戶電價調漲多少？", "DG601"),
])
def test_unpaired_list_value_is_its_labels(answer, cite, question, expected):
    assert verdict("figure", answer, cite, question) == expected


PAY = "調查顯示,一般門市的店長月薪約5萬元、副店長約4萬元、店員3萬元;旗艦門市在台北有6萬元,另有獎金。"


@pytest.mark.parametrize("answer, cite, question, expected", [
    ("6萬元", PAY, "旗艦門市在台北的店長月薪多少？", "grounded"),  # (the subject of another ;-part, named in full)
    ("約5萬元", PAY, "旗艦門市在台北的店長月薪多少？", "DG601"),
    ("3萬元", PAY, "旗艦門市在台北的店長月薪多少？", "DG601"),
    ("約5萬元", PAY, "一般門市的店長月薪約多少？", "grounded"),  # twin: the list's own lead
    ("6萬元", PAY, "一般門市的店長月薪約多少？", "DG601"),
    ("約4萬元", PAY, "一般門市的店長月薪約多少？", "DG601"),
    # twin: 依序 pairs by position (the rules of lists, as before), the whole before it no rival
    ("9億元", "全年營收高達50億元,其中以北區12億元為多,其餘依序為中區9億元、南區7億元等。", "全年中區營收多少？", "grounded"),
    ("7億元", "全年營收高達50億元,其中以北區12億元為多,其餘依序為中區9億元、南區7億元等。", "全年中區營收多少？", "DG601"),
])
def test_other_parts_subject_asks_none_of_the_list(answer, cite, question, expected):
    assert verdict("figure", answer, cite, question) == expected
