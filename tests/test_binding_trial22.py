"""A trial on a fresh real text (2026-12-03, branch trial22): five Simplified Chinese reports of a national health
survey's findings, the 《中国居民营养与慢性病状况报告(2020年)》 (21世纪经济报道, a copy at peopledata.com.cn, the WeChat
account 学术之路, 中国新闻网) and 中新社's 2023 report of cancer survival and premature deaths: a public health survey's
findings, a kind no binding table held. The deck (45 cards, tests/trials/trial22-deck.yaml) and 20 traps
(tests/trials/trial22-expectations.yaml) were written and committed before the run; 48 of 65 agreed (33 of 45 right
answers grounded with no finding, 15 of 20 traps refused with the code expected). Each error of the tool is restated
here on a made-up sentence of the same shape (a survey of 海滨市 in 2030), beside a twin that must not change; fixed by
principle on the same branch, where they now pass as plain rows. After the fixes the trial's deck and traps agree on
62 of 65 (43 of 45 right answers grounded with no finding, 19 of 20 traps refused with the code expected); what is left
stays a strict xfail below.

The errors of the first run:
- a right answer refused (DG202) and a trap let through: 千克 was read as the scale 千 and a gram, so 59千克 was 59,000
  (and 69.6千克 in the cite 69,600): the answer 59千克 did not ground against 女性59kg, and the weights' 分别 list held
  no values of one measure (fixed in quantities.py: 千 before 克 or 米 is the metric prefix, as 兆 before 瓦 is);
- a right answer refused (DG206) and a trap refused under DG206 for DG601: 每日5克的推荐量, 5克 was read as a model's
  name between Chinese words (思元590芯片) because 克 was no unit (fixed: 克 and 毫克 are units of measure, _MEASURES;
  克拉, 克隆, 克服 are not);
- then a right answer refused (DG601): asked 每日烹调用盐的推荐量, the long modifier 每日烹调用盐 (held by 9.3克) outweighed
  the question's head 推荐量 (held by 5克) (fixed in _scored: a Chinese question's head, the subject of its 是多少, held by
  one value only, weighs at least as much as its longest other word; this also fixed 降幅是多少 against
  从2015年的18.5%下降到2022年的15.2%);
- a right answer refused (DG601): 18-44岁中国男性平均身高169.7厘米,中国女性平均身高158.0厘米, asked 18-44岁女性的平均身高,
  the age the question quotes pointed at the first item, the one it is written in (fixed in _select: a quoted figure
  written once before the first value of the answer's measure, the only one of its measure, frames the list it leads);
- two right answers refused (DG601) and a trap let through: an age bounding a population (18-44岁, 6岁以下, 18岁及
  以上) was a value of the cite, a rival of 169.7厘米 or 34.3% that took the words after it (男性), and the 分别 list
  of ages 6-17岁、6岁以下儿童青少年 cut its last item at the first's length, 6岁以下儿 (fixed: _AGE_BOUND_RE; such an age
  is no rival of a figure of another measure; a list of ages has its ages as items, _items; an age leading the first
  item of a 分别 list, 18-44岁男性和女性, is every item's, _respectively);
- a right answer refused (DG601): 我国18岁及以上男性平均体重为69.6kg,女性59kg, the gapped clause 女性59kg had only its
  name, so asked 18岁及以上女性的平均体重 the first clause's words chose 69.6 (fixed: _zh_gapped_member, the gapped name
  replaces the first clause's name of its kind, and the rest is its value's too);
- a right answer refused (DG602): asked 比例下降之前是多少 of 由25.5%下降到19.9%, the level before the fall (fixed:
  _ZH_BEFORE_CHANGE_ASKED_RE reads 下降之前, 增长前 … as it read 上调之前; not 下降前三, a rank);
- left: a right answer refused (DG602): 农村6岁以下儿童生长迟缓率从2015年发布的11.3%降低至5.8%,6-17岁儿童青少年从4.7%降至
  2.2%, asked 2015年发布的 6-17岁 rate: the year the first item's base writes is the second's base's too (gapped);
- a right answer refused (DG601) and a trap let through: 2019年我国因慢性病导致的死亡占总死亡88.5%,其中心脑血管病、癌症、
  慢性呼吸系统疾病死亡比例为80.7%, asked 因慢性病导致的死亡占总死亡的比例, the part's 比例 chose the part (fixed:
  _share_of_whole, a question's 占X的比例 asks the share the cite states as 占X and its value: its 比例 is that value's too);
- left: a right answer warned (DG605): a date card answering the span 2015年至2019年 whole, read as two dates to choose from;
- left: a trap refused under DG601 for DG604: asked how much 过早死亡率 rose (上升了多少) where the cite writes 降幅
  达到17.8%, the fall's noun after the span;
- the trap t-female-weight-rise-is-male (3.4千克 for 女性) and t-youth-combined-is-under6 were let through by the
  first two errors and are refused now.

Frictions an author meets that are not verdicts: messages naming a cut word as the item ('6岁以下儿', '者中几乎每天饮酒
的比例由', 'the question asks about '6-17岁' (17岁)'; the age fixes above removed these); a right answer written in
another spelling of the cite's value (59千克 for 59kg, 158厘米 for 158.0厘米) was not marked in the card's passage (the
mark was the answer's literal spelling only; fixed: render.py's _value_spelling marks the cite's); `deckgen preview` with a deck outside the repo writes
build/preview/ under the working folder, not beside the deck (as documented for build's default: left).
"""

import pytest

from conftest import binding_code as verdict


def gap(reason):
    return pytest.mark.xfail(strict=True, reason=f"known gap: {reason}")


KG = "海滨市20-39岁男性平均体重为72.4kg,女性58.3kg。"
GRAM = "居民人均每日食用油摄入量38.5克,与2026年调查结果相比下降2.3克。不过,这与每日25克的推荐上限相比仍然偏高。"
LEAD = "20-39岁海滨市男性平均腰围84.1厘米,海滨市女性平均腰围76.5厘米。"
RESP = "20-39岁男性和女性的平均腰围分别为84.1厘米和76.5厘米,与2026年调查结果相比分别增加2.1厘米和1.4厘米。"
HEAD = ("20岁及以上居民高血压和糖尿病患病率分别为24.1%和10.3%;7-19岁学生近视率和肥胖率分别为52.6%和9.8%;"
        "7岁以下儿童近视率和肥胖率分别为14.0%和4.2%。")
AGES = "7-19岁、7岁以下儿童青少年近视率分别达到52.6%和14.0%。"
BEFORE = "经常熬夜者中每周熬夜超过三次的比例由31.2%下降到24.7%。"
SHARED_YEAR = "农村7岁以下儿童近视率从2026年调查的9.1%上升至14.0%,7-19岁学生从41.3%上升至52.6%。"
PART = "2030年海滨市因交通事故导致的伤亡占总伤亡61.5%,其中电动自行车、摩托车事故伤亡比例为42.8%。"
RANGE = "2026年至2029年,海滨市卫生局开展了新一轮居民健康调查。"
FALL = "海滨市传染病发病率从2026年的4.1%下降到2030年的3.2%,降幅达到22.0%。"


@pytest.mark.parametrize("kind, answer, cite, question, expect", [
    # 千克 is a kilogram, not 千 (a thousand) 克; the gapped clause 女性58.3kg takes the first clause's words but its name
    ("figure", "58.3千克", KG, "海滨市20-39岁女性的平均体重是多少？", "grounded"),
    ("figure", "72.4千克", KG, "海滨市20-39岁女性的平均体重是多少？", "DG601"),
    ("figure", "58.3千克", KG, "海滨市20-39岁男性的平均体重是多少？", "DG601"),
    ("figure", "72.4千克", KG, "海滨市20-39岁男性的平均体重是多少？", "grounded"),
    ("figure", "58300克", KG, "海滨市20-39岁女性的平均体重是多少？", "DG202"),
    # 克 is a gram (no model's name, 每日25克的); the question's head (推荐上限) outweighs its modifier's words
    ("figure", "25克", GRAM, "每日食用油摄入的推荐上限是多少？", "grounded"),
    ("figure", "38.5克", GRAM, "每日食用油摄入的推荐上限是多少？", "DG601"),
    ("figure", "38.5克", GRAM, "居民人均每日食用油摄入量是多少克？", "grounded"),
    ("figure", "25克", GRAM, "居民人均每日食用油摄入量是多少克？", "DG601"),
    # an age written once before a list frames it: it points at none of its items
    ("figure", "76.5厘米", LEAD, "20-39岁女性的平均腰围是多少？", "grounded"),
    ("figure", "84.1厘米", LEAD, "20-39岁女性的平均腰围是多少？", "DG601"),
    ("figure", "76.5厘米", LEAD, "20-39岁男性的平均腰围是多少？", "DG601"),
    # an age leading the first item of a 分别 list is every item's
    ("figure", "1.4厘米", RESP, "与2026年调查结果相比,20-39岁女性平均腰围增加了多少？", "grounded"),
    ("figure", "2.1厘米", RESP, "与2026年调查结果相比,20-39岁女性平均腰围增加了多少？", "DG601"),
    ("figure", "84.1厘米", RESP, "20-39岁男性的平均腰围是多少？", "grounded"),
    ("figure", "84.1厘米", RESP, "20-39岁女性的平均腰围是多少？", "DG601"),
    ("figure", "9.8%", HEAD, "7-19岁学生的肥胖率是多少？", "grounded"),
    ("figure", "4.2%", HEAD, "7-19岁学生的肥胖率是多少？", "DG601"),
    ("figure", "52.6%", HEAD, "7-19岁学生的肥胖率是多少？", "DG601"),
    ("figure", "10.3%", HEAD, "20岁及以上居民糖尿病患病率是多少？", "grounded"),
    # a list of ages: each item is its age, the population after the last every item's
    ("figure", "52.6%", AGES, "7-19岁儿童青少年的近视率达到多少？", "grounded"),
    ("figure", "14.0%", AGES, "7-19岁儿童青少年的近视率达到多少？", "DG601"),
    ("figure", "14.0%", AGES, "7岁以下儿童的近视率达到多少？", "grounded"),
    # before the fall (下降之前) is the level it fell from
    ("figure", "31.2%", BEFORE, "经常熬夜者中每周熬夜超过三次的比例下降之前是多少？", "grounded"),
    ("figure", "24.7%", BEFORE, "经常熬夜者中每周熬夜超过三次的比例下降之前是多少？", "DG602"),
    ("figure", "24.7%", BEFORE, "经常熬夜者中每周熬夜超过三次的比例下降到多少？", "grounded"),
    # left: the year of the first item's base, gapped in the second's
    pytest.param("figure", "41.3%", SHARED_YEAR, "2026年调查的农村7-19岁学生近视率是多少？", "grounded",
                 marks=gap("the year the first item's base writes (从2026年调查的) is the gapped second item's base's too")),
    ("figure", "52.6%", SHARED_YEAR, "农村7-19岁学生近视率上升至多少？", "grounded"),
    # a whole's share (占总伤亡) against its part's 比例 after 其中: 占…的比例 asked is the share 占 states
    ("figure", "61.5%", PART, "2030年海滨市因交通事故导致的伤亡占总伤亡的比例是多少？", "grounded"),
    ("figure", "42.8%", PART, "2030年海滨市因交通事故导致的伤亡占总伤亡的比例是多少？", "DG601"),
    ("figure", "42.8%", PART, "2030年海滨市电动自行车、摩托车事故伤亡比例是多少？", "grounded"),
    # left: a span of years answered whole
    pytest.param("date", "2026年至2029年", RANGE, "新一轮居民健康调查在哪几年开展？", "grounded",
                 marks=gap("a span answered whole (2026年至2029年) is one value, not two dates to choose from")),
    # left: a rise asked of a fall's noun
    pytest.param("figure", "22.0%", FALL, "2026年到2030年,海滨市传染病发病率上升了多少？", "DG604",
                 marks=gap("降幅 after a span is the fall's size: asked how much it rose, the direction is wrong")),
    ("figure", "22.0%", FALL, "2026年到2030年,海滨市传染病发病率的降幅是多少？", "grounded"),
    ("figure", "3.2%", FALL, "2026年到2030年,海滨市传染病发病率的降幅是多少？", "DG601"),
])
def test_a_trial22_card(kind, answer, cite, question, expect):
    assert verdict(kind, answer, cite, question) == expect


@pytest.mark.parametrize("text, value, unit", [
    ("女性59千克", "59", "kg"),
    ("5万千克", "5E+4", "kg"),
    ("全长3千米", "3", "km"),
    ("3千人", "3E+3", None),
    ("每日5克的推荐量", "5", "g"),
    ("5毫克", "5", "mg"),
    ("3克拉钻石", "3", None),
])
def test_metric_prefixes_and_grams(text, value, unit):
    from deckgen.quantities import parse_quantities

    (q,) = parse_quantities(text)
    assert (str(q.value), q.unit) == (value, unit)


@pytest.mark.parametrize("answer, cite, marked", [
    ("58.3千克", "海滨市20-39岁男性平均体重为72.4kg,女性58.3kg。", "女性<mark>58.3</mark>kg"),
    ("76.5厘米", "海滨市女性平均腰围76.50厘米。", "腰围<mark>76.50厘米</mark>"),
    ("76.5厘米", "海滨市女性平均腰围76.5厘米。", "腰围<mark>76.5厘米</mark>"),  # (the answer's own spelling, as before)
])
def test_an_answer_in_another_spelling_of_the_value_is_marked(tmp_path, answer, cite, marked):
    """The passage marks the cite's spelling of a figure the answer writes otherwise (59千克 for 59kg: trial22)."""
    from deckgen.decks import load_deck
    from deckgen.render import _value_spelling, passage_html

    (tmp_path / "a.txt").write_text(cite, encoding="utf-8")
    (tmp_path / "d.yaml").write_text(
        f"deck: {{id: t, name: t, source: {{file: a.txt}}}}\ncards:\n  - {{id: c, kind: figure, q: 'Q？', a: '{answer}', cite: '{cite}'}}\n",
        encoding="utf-8")
    card = load_deck(tmp_path / "d.yaml").cards[0]
    assert marked in passage_html(card, [card.a, *_value_spelling(card)])
