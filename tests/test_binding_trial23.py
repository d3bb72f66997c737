"""A trial on a fresh real text (2026-12-03, branch trial23): eight zh-Hant reports of the 國立故宮博物院's visitor
numbers, ticket revenue and centenary results, 2019-2025 (Yahoo奇摩新聞, 聯合報, NOWnews, 中評社, a mirror of a 2019
report, the museum's own release of 2023, 壹蘋新聞網, 自由時報): a museum's visitor and revenue figures, a kind no binding
table held. The deck (45 cards, tests/trials/trial23-deck.yaml) and 19 traps (tests/trials/trial23-expectations.yaml)
were written and committed before the run; 46 of 64 agreed (37 of 45 right answers grounded with no finding, 9 of 19
traps refused with the code expected; 3 traps were let through). Each error of the tool is restated here on a made-up
sentence of the same shape (海濱博物館 with its 東館/西館 or 南館/北館, 2026-2031, ROC years 117-131), beside a twin that
must not change; fixed by principle on the same branch, where they now pass as plain rows. After the fixes the trial's
deck and traps agree on 62 of 64 (45 of 45 right answers grounded with no finding, 17 of 19 traps refused with the code
expected); the two left are doubtful expectations, kept below as strict xfails.

The errors of the first run:
- a right answer refused (DG207) and a trap refused under DG207 for DG601: 嘉義市立美術館以三百五十多萬名列第一, 名 of the
  verb 名列 (ranks) was read as the counter of people (fixed in quantities.py: 名 before 列 is no counter);
- a right answer refused (DG202, "the cite has no quantity"): 入境外籍者有一成都會參觀, 一成都 was read as the city 成都
  (fixed in quantities.py, _tenths_at: 成 before 都 and the verb or adverb 都 "all" leads, 一成都會, 三成都是, is tenths);
- a right answer refused (DG203) and a trap let through: 已破新台幣3億9千萬, the currency written before the number with
  no 元 after it was not read, so the answer 3.9億元 had a currency the cite lacked, and 2億4千萬元 (another item's) had no
  rival (fixed in quantities.py, _TAIWAN_DOLLAR: 新台幣 right before a number is a 元 amount, as 新台幣…元 is);
- a right answer refused (DG601, naming '度亦' as the item) and a trap let through: 112與113年度亦分別成長至3億677萬元及
  3億7595萬元, years listed with their 年度 written once after the last heading a 分別 list (fixed: _year_range_lists,
  the values map to the years by position, as _month_range_lists maps months);
- a right answer refused (DG402): 吳密察則很有信心的指出,期盼…, 的 written for 地 after a manner phrase made the verb a
  noun (fixed in speakers.py: _ZH_MANNER_DE_RE, a degree adverb's phrase closed by 的 before a verb whose words follow a
  comma, colon or quote is the verb's adverbial);
- three traps refused under DG601 for DG602: 故宮在2016年…614萬人次的高峰,2019年疫情前仍有380萬人次,…2023年回升後僅約
  250萬人次 (and 108年度決算數為8億5294萬元,…110年度僅剩下3667萬元), one subject's values listed year by year (fixed in
  _other_period: a value holding none of the question's words whose clause opens with its own period, in the selected
  value's sentence, is that item's value for another period, _opens_with_period; the third, 108年度故宮參訪總… against
  114年度故宮總參訪人次…, was fixed by the next rule);
- a right answer warned (DG605): 參訪總488萬1635人次、購票人次315萬8087 asked 總參訪人次, the question's 人次 held only by the
  label 購票人次 (fixed in _scored: a question's word a value writes as its own counter, _COUNTER_NOUNS, is that value's
  too);
- a right answer refused (DG603) and a trap refused under DG603 for DG601: 今年南北院總參觀人次達成預設目標350萬,北院占240萬
  人次、南院110萬人次, a goal the sentence says was reached (達成) made every value a forecast (fixed: 达成 is a word of
  what happened, the "actual" class); then a warning (DG605): 北院 was held by 350萬 through 南北院 and by 110萬 through
  the list's first item (fixed in _scored: _only_in_pair, a name written only inside a pair of opposites is the pair's;
  _opposite_named, an item naming the other of the pair, 南院, does not take 北院 from the list's first);
- a right answer refused (DG601) and a trap refused under DG601 for DG604: 近年北院國外旅客下降了11%…;南院國旅客衰退68%
  (the source's 國旅客 for 國外旅客), asked 南院, the subject 南院 opening its ;-part was not read because 近年, a word every
  value holds, counted as a subject (fixed in _scored and _opens_other_subject: a word every value holds frames them and
  is no subject);
- left (doubtful expectations): a forecast list (今年預估北院達到240萬人次、南院112萬人次) and a hope (期盼今年南院的參觀人數
  可破100萬) given for a question naming no outcome (今年…達到多少): the documented rule answers a present-tense question
  with the only figure the cite gives, foreseen or not (grounded, and DG204 for the bound 可破); the author expected
  DG603. Asked with 了 (達到了多少) the forecast is refused, DG603.

Frictions an author meets that are not verdicts: the DG601 message named cut words as the items ('度亦', '度决算数',
'疫情前仍', '后仅'): a ROC year's 年度 left its 度 on the item (fixed: '故宮門票收入止跌回升', '決算數'), and a clause with
no subject of its own is named by its verbs (left); the 元 of a Taiwanese text is called CNY in DG203's message (left);
one source file of eight pieces gets one title and address on every card's back (the author's choice: `sources:` lists
them one by one); messages quote the cite folded to Simplified characters (参访, 门票) for a Traditional deck (as documented
for cites: left); `python -m deckgen` outside the repository needs the package installed or PYTHONPATH (as documented).
"""

import pytest

from conftest import binding_code as verdict
from deckgen.quantities import parse_quantities


def gap(reason):
    return pytest.mark.xfail(strict=True, reason=f"known gap: {reason}")


RANKED = "今年一至六月全市博物館參觀人次中，海濱科學館以二百一十多萬名列第一，海濱美術館僅八十五萬、落居第七。"
COUNTED = "今年一至六月海濱科學館共有二百一十多萬名觀眾入館。"
TENTH = "來訪的外籍旅客有一成都會參觀海濱博物館。"
SHOP = ("截至10月底，海濱博物館商店營業額已破新台幣2億6千萬，其中「紀念金幣」開賣12小時內完售，"
        "專案總營業額約新台幣1億2千萬元。")
YEARS = "門票收入止跌回升，117年度略增至5210萬元，118與119年度亦分別成長至2億410萬元及2億8830萬元。"
MANNER = "館長林志遠則很有信心的指出,期盼今年東館的參觀人數可破80萬。"
NOUN = "林志遠一貫以來的表態是支持擴建。"
BY_YEAR = ("海濱博物館在2026年曾創下約420萬人次的高峰，2027年疫情前仍有310萬人次，但疫情期間大幅下滑，"
           "2029年回升後僅約190萬人次。")
BY_ROC_YEAR = "購票收入部分，125年度決算數為6億1200萬元，受到疫情影響，參訪人次大幅降低，127年度僅剩下2450萬元。"
VISITS = "125年度海濱博物館參訪總381萬2260人次、購票人次240萬5150。"
REACHED = "今年南北館總參觀人次達成預設目標250萬，北館占160萬人次、南館90萬人次。"
FORESEEN = "今年南北館總參觀人次預計將達到目標250萬，北館占160萬人次、南館90萬人次。"
RECENT = "近年東館國外旅客下降了14%、國內衰退25%;西館國旅客衰退61%、國內旅客衰退22%。"
LISTED = "館長林志遠指出，今年預估北館達到160萬人次、南館92萬人次。"


@pytest.mark.parametrize("kind, answer, cite, question, expect", [
    # 名列 ranks: 名 is no counter before 列; 名 counting people still is
    ("figure", "二百一十多萬人次", RANKED, "今年一至六月，海濱科學館的參觀人次是多少？", "grounded"),
    ("figure", "210多萬人次", RANKED, "今年一至六月，海濱美術館的參觀人次是多少？", "DG601"),
    ("figure", "85萬人次", RANKED, "今年一至六月，海濱美術館的參觀人次是多少？", "grounded"),
    ("figure", "210多萬名", COUNTED, "今年一至六月海濱科學館有多少觀眾入館？", "grounded"),
    ("figure", "210多萬件", COUNTED, "今年一至六月海濱科學館有多少觀眾入館？", "DG207"),
    # 一成都會: a tenth, and 都 "all"
    ("figure", "一成", TENTH, "來訪的外籍旅客約有多少會參觀海濱博物館？", "grounded"),
    ("figure", "10%", TENTH, "來訪的外籍旅客約有多少會參觀海濱博物館？", "grounded"),
    ("figure", "二成", TENTH, "來訪的外籍旅客約有多少會參觀海濱博物館？", "DG202"),
    # 新台幣 before a number with no 元 after it: a 元 amount, a rival of the other 元 amounts
    ("figure", "2.6億元", SHOP, "截至10月底，海濱博物館商店營業額已破多少？", "grounded"),
    ("figure", "1億2千萬元", SHOP, "截至10月底，海濱博物館商店營業額已破多少？", "DG601"),
    ("figure", "1億2千萬元", SHOP, "「紀念金幣」專案總營業額約多少？", "grounded"),
    ("figure", "2.6億美元", SHOP, "截至10月底，海濱博物館商店營業額已破多少？", "DG203"),
    # years listed with 年度 written once, heading a 分別 list
    ("figure", "2億8830萬元", YEARS, "119年度門票收入成長至多少？", "grounded"),
    ("figure", "2億410萬元", YEARS, "119年度門票收入成長至多少？", "DG602"),
    ("figure", "2億410萬元", YEARS, "118年度門票收入成長至多少？", "grounded"),
    ("figure", "5210萬元", YEARS, "117年度門票收入略增至多少？", "grounded"),
    # 很有信心的指出: 的 for 地 after a manner phrase; 一貫以來的表態 is still a noun
    ("quote", "林志遠", MANNER, "誰期盼今年東館的參觀人數可破80萬？", "grounded"),
    ("quote", "王美華", MANNER, "誰期盼今年東館的參觀人數可破80萬？", "DG401"),
    ("quote", "林志遠", NOUN, "誰表示支持擴建？", "DG402"),
    # one subject's values year by year: another year's is DG602; the clause naming the subject keeps DG601
    ("figure", "190萬人次", BY_YEAR, "2029年海濱博物館參觀人次回升後約多少？", "grounded"),
    ("figure", "310萬人次", BY_YEAR, "2029年海濱博物館參觀人次回升後約多少？", "DG602"),
    ("figure", "420萬人次", BY_YEAR, "2029年海濱博物館參觀人次回升後約多少？", "DG601"),
    ("figure", "6億1200萬元", BY_ROC_YEAR, "127年度海濱博物館購票收入僅剩多少？", "DG602"),
    # a question's 人次, the answer's own counter, against another value's label 購票人次
    ("figure", "381萬2260人次", VISITS, "125年度海濱博物館總參訪人次是多少？", "grounded"),
    ("figure", "240萬5150人次", VISITS, "125年度海濱博物館總參訪人次是多少？", "DG601"),
    ("figure", "240萬5150人次", VISITS, "125年度海濱博物館的購票人次是多少？", "grounded"),
    ("figure", "381萬2260人次", VISITS, "125年度海濱博物館的購票人次是多少？", "DG601"),
    # a goal reached (達成) is what happened; a name inside a pair (南北館) is the pair's, and 南館 names its own item
    ("figure", "160萬人次", REACHED, "今年海濱博物館北館參觀人次占多少？", "grounded"),
    ("figure", "90萬人次", REACHED, "今年海濱博物館北館參觀人次占多少？", "DG601"),
    ("figure", "250萬人次", REACHED, "今年海濱博物館北館參觀人次占多少？", "DG601"),
    ("figure", "90萬人次", REACHED, "今年海濱博物館南館參觀人次是多少？", "grounded"),
    ("figure", "160萬人次", FORESEEN, "今年海濱博物館北館參觀人次實際是多少？", "DG603"),
    # a word every value holds (近年) is no subject: 西館 opening its ;-part names the item
    ("figure", "61%", RECENT, "近年海濱博物館西館的國外旅客衰退了多少？", "grounded"),
    ("figure", "14%", RECENT, "近年海濱博物館西館的國外旅客衰退了多少？", "DG601"),
    ("figure", "61%", RECENT, "近年海濱博物館西館的國外旅客增加了多少？", "DG604"),
    ("figure", "14%", RECENT, "近年海濱博物館東館的國外旅客下降了多少？", "grounded"),
    # left: a forecast list asked with no outcome named (the documented rule: the only figure answers)
    ("figure", "92萬人次", LISTED, "今年海濱博物館南館的參觀人次達到了多少？", "DG603"),
    ("figure", "92萬人次", LISTED, "今年海濱博物館南館的參觀人次實際是多少？", "DG603"),
    ("figure", "92萬人次", LISTED, "今年海濱博物館南館的參觀人次預估達到多少？", "grounded"),
    ("figure", "160萬人次", LISTED, "今年海濱博物館南館的參觀人次預估達到多少？", "DG601"),
    pytest.param("figure", "92萬人次", LISTED, "今年海濱博物館南館的參觀人次達到多少？", "DG603",
                 marks=gap("a forecast given for a present-tense question that names no outcome: the rule answers it")),
    pytest.param("figure", "80萬人", MANNER, "今年東館的參觀人數達到多少？", "DG603",
                 marks=gap("a hope (期盼…可破) given as what happened is read as a bound first (DG204)")),
])
def test_a_trial23_card(kind, answer, cite, question, expect):
    assert verdict(kind, answer, cite, question) == expect


@pytest.mark.parametrize("text, values", [
    ("有一成都会参观", ["10"]),
    ("三成都是外籍旅客", ["30"]),
    ("他前往成都会见客户", []),
    ("一成不变", []),
])
def test_tenths_before_all(text, values):
    assert [str(q.value) for q in parse_quantities(text)] == values


def test_a_fiscal_years_du_names_no_item():
    """A ROC fiscal year's 度 (127年度) and an 亦 are not the item a message names."""
    from deckgen.binding import check_binding

    found = check_binding("figure", "6億1200萬元", BY_ROC_YEAR, "127年度海濱博物館購票收入僅剩多少？")
    assert "'度" not in found[0].message and "決算數" in found[0].message
    found = check_binding("figure", "2億410萬元", YEARS, "119年度門票收入成長至多少？")
    assert "'度" not in found[0].message and "亦'" not in found[0].message
