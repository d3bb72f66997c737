"""Binding: is the answer the value the question asks about, not just a value of the cite?

Grounding proves that the answer's value occurs in its cite. A cite often holds
other values of the same kind: two metrics (营收增长8.1%,营业利润增长22%), two
periods ("31.2%, up from 29.8% a year earlier"), an actual and a forecast, a
*respectively* list, a list of people with their roles. Binding ties each value
to what describes it and lets the question's words pick one.

How (all on ``fold.normalize``d text, so Traditional, Simplified and width agree):

* The cite is cut into sentences (。!?; and ". ") and clauses (, : and, where
  both sides hold a value, " and ", 而, 但 …).
* Descriptors are the question's terms found in the cite (its Chinese strings of
  two or more characters, its English words by a five-letter stem) and the words
  of small tables: metric, period (earlier / current), forecast / actual,
  direction and role, each with Chinese and English spellings.
* A descriptor binds to the nearest value in its own clause. A clause without a
  value hands its descriptors on to the value clauses after it, and a value
  clause with no descriptor of some class inherits that class from the clause
  before it (出口5.74万亿元,同比增长4.9% — the 4.9% is exports' growth). In a
  sentence with 分别 / 依次 / respectively the n listed items map to the n
  values by position; everything else in that sentence describes all of them.
* A bracketed margin of error ("1.0 percent (±0.5 percent)") is an aside of the
  value before it: it is bound through that value and competes only with other
  margins, when the question asks about one.
* A change is measured against a base (from the previous month, above June
  2021, 同比, 环比, 季减); a period standing as a clause of its own (9月份,) frames
  the values after it; the parts after 其中 / including are described by their
  total's words; a gapped clause (and two in Mayes County) shares the first's.
* The question selects among the competing values: what it counts first (how
  many years, 多少年: the value followed by "years" or counted in 年), a forecast
  only if it asks about one, an earlier period only if it names one outside its
  own comparison base ("up from May 2022"), the base it names, per share or
  total, real or nominal, then the values that its terms describe (terms shared
  by every value tell nothing; what it asks for by name weighs more).
* What a value counts and where it stands: a score (2-2, 五比四) is one value of its match and
  moment (a lead on the way is an earlier one's), won/lost its direction for the side the verb is
  said of; a question asking which minute, how many minutes, a score or a rank picks the values
  that count it; the ends of a range share its unit and words, and a question may name an end;
  a sentence and the one that only dates it (This was 54 seconds prior to impact) are one data
  point, which a figure the question quotes selects; the question's subject (how many points did
  Ghana have) breaks a tie its other words leave.
* Chinese items: a base word or 的 inside an item phrase does not split the question's term
  (一季度出口同比增长 holds 一季度出口增长); items in clauses of their own after one written in full
  (甲省粮食产量同比增长2.3%;乙省增长3.6%) share its metric and base; the agent of 将 describes a later
  clause that says it did so too (而…也由); of the nouns a question joins after its counter
  (几例流感并发重症死亡) the last is what it counts; a period word inside a named item (未接种本季疫苗)
  is the item's; asked a relatively named earlier period (前一季), another earlier value is DG602;
  one item's forecast for one year against its actual of another is DG603 before the period;
  asked how much an item changed against a base (比上年增长了多少), a level in another measure
  (突破了70万亿元) is another metric's value, and asked how much a rate moved (降幅收窄了多少), the change
  itself in percent is, where the cite states the move in percentage points.
* What frames a Chinese sentence frames every value in it, until a clause names its own: a clause of
  words before its first value, ended by a comma and holding no figure (欧美市场需求同样强劲,); the clauses
  its first ;-group has before the part later groups repeat (其中,升学扩招方面,); the subject of its first
  value, for each later clause that goes on with 并/同时, and of a clause, for each of its values
  (辽宁队4人得分超过20分). A clause whose only value is of another measure keeps its words for the change after
  it (实现营业利润1.06万亿元,同比增长24%); a counter ending a value's clause (上涨70.49点,) is the value's; a score
  (12:0, 108:88) is one value, its colon no clause break.
* A term of office is a period: 上届 / 上一届 / 上次 an earlier one (a question's 上届 matches the cite's
  上次), 本届 / 今届 this one; a term word right before its value (由上次逾69.5万票, 比上届6.5万多票) is that
  value's alone; in 比上届X少Y, X is the base's value and Y the change; 较上届 with no figure after it is a base.
* A list headed by 预期目标是: is of targets to its paragraph's end (over 。); a target named after its value
  (实现6.5%左右的增长预期目标, 设定目标是X) is a forecast though it names no item; last year's result of an
  item in a target list, given for its target, is DG603; in X年比Y年翻一番 Y年 is the base (基数).
* Periods, bases and forecasts of one item: a period right after its value is its own ($54/b in 2015 and $59/b
  in 2016), and the question's year selects among them over the date of the report it names; a change noun
  (a $10/b decrease from July), a per-unit comparative and a change restated after "or" carry their bases,
  an English base belongs to the change before it; the forecast an actual is measured against (above the
  $1.35 analysts had expected) and the level a subject would move to are that item's forecasts (DG603); the
  parts of a trading day (开盘, 盘中, 收盘) and the stages of a revision (originally reported) are periods.
* A verb's irregular forms are one word with it (won ~ a win, grew ~ grow).
* What frames every value chooses none: the words of the question's own period (the first 11 months
  of fiscal 2008, 今年首5个月, over the same period) and of the whole a share is of (what share of the
  world's market data business) only break a tie its item words leave, and a count in such a period is
  no quoted figure; a number inside a quoted name the question writes too (“24365…平台”) is the name's;
  the subject of a Chinese 是多少 weighs like an English question's head.
* A minus sign on the cite's value is its direction: dropped by the answer, DG604, unless the
  question asks how far the value moved (下降多少). Where neither the value's clause nor the
  question speaks of a change, the sign is part of a level (read -25 degrees): dropped, DG202.
* A net flow's sign (净流入 / 净流出, net inflows / outflows) and a change noun after the value
  (0.21%的跌幅) are its direction; climbed / ascended against descended is a height's; a colon
  score (108:88) is one value, its side's won/lost, 战胜/不敌, 领先/落后 its direction; "N percent
  above" / "a discount of N" is a gap's side, against a question's below / exceed; a direction
  word right before a value is its own (分别上升A、下降B).
* 由A转B said of the question's place: B is the level it turns to, A its base (DG602 when one is
  given for the other), and a question's 增强 against a weakening turn is DG604.
* A forecast (预报, 预估 … heading its whole sentence) given where the question asks what actually
  happened (实际), an observed value (出现, 录得) where it asks for a forecast, who "almost"
  did what the question asks, and who is named only in a plan later reversed (decided X must …
  changed his mind): DG603.
* People and bodies are values too (``people.py``): in lists, roll calls,
  across sentences and by a name's own words.

Findings (see ``docs/findings.md``): DG601 the answer's value belongs to another
item or metric than the question's; DG602 to another period; DG603 it is a
forecast where the question asks what happened; DG604 the answer's (or the
question's) direction contradicts the cite's; DG605 (warning) several values and
the question does not tell them apart.

Binding runs only when the cite holds two or more values of the answer's kind,
except the direction check, which compares one value's own words. A fact with a
figure in it (3兆男) has for values the same words with the cite's other figures
(5兆男), less those the question names itself.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from decimal import Decimal
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple
from contextvars import ContextVar
from functools import lru_cache, wraps
from itertools import accumulate

from .findings import Mismatch
from .fold import STOP_WORDS, fold, han_at, han_runs, has_han, normalize
from .patterns import compile_pattern, lazy, literal_spans, standalone
from .quantities import (
    _COUNT_AFTER,
    _COUNTER_SYNONYMS,
    _CURRENCIES,
    _MEASURE_UNITS,
    _UNITS,
    _same_unit,
    counts_alike,
    is_article,
    label_value,
    parse_quantities,
    rounded_cite_value,
)
from .dates import (
    _WHOLE_YEAR_RE,
    _scan,
    _whole_dates,
    agrees,
    non_quantity_spans,
    parse_dates,
)  # moved out of function bodies by move_imports.py
from .grounding import shared_units  # moved out of function bodies by move_imports.py
from .speakers import _ZH_WORK_RE  # moved out of function bodies by move_imports.py

__all__ = ["check_binding", "Value", "bind"]


# --- word tables (Simplified and lower case: the text is normalised) ----------

# class -> polarity -> spellings. Polarity tells earlier from current, forecast
# from actual, up from down; for metric and role every spelling is its own concept.
_MARKERS: dict[str, dict[str, tuple[str, ...]]] = {
    "period": {
        "prior": (
            "去年同期", "上年同期", "上年", "去年", "前年", "上一年", "此前", "上月", "上周", "上季度",
            "上一季度", "同期的", "a year earlier", "a year ago", "year-ago", "year ago",
            "year-earlier", "year earlier", "prior year", "prior-year", "previous year",
            "last year", "the year before", "previously", "prior period", "same period a year ago",
            # (nearly 27% five years ago, two decades ago, 18 months earlier: a count of periods back is a period before)
            "years ago", "years earlier", "months ago", "months earlier", "decades ago", "decade ago", "years before",
            "up from", "down from", "compared to", "compared with", "versus", "from a year",
            # before a revision: what was first stated (原本预测, 调升之前, originally)
            "原本", "原先", "先前", "原来", "过去", "原预测", "原预估", "调升之前", "调降之前", "调升前", "调降前", "上修之前",
            "下修之前", "上修前", "下修前", "修正前", "originally", "before the revision", "prior to the revision",
            # a term of office is a period: the last one (上届 / 上次 / 上一届) against this one
            "上届", "上一届", "上次",
            # a count of years back (四年前拿下六十八席): the election or term that many years before this one
            "一年前", "两年前", "三年前", "四年前", "五年前", "十年前",
        ),
        "current": ("今年", "本年", "当年", "本季度", "本季", "当季", "本月", "现在", "如今", "this year", "this quarter",
                    "latest", "current", "本届", "今届"),
        # a span running to now, against a part of it (this quarter): each is its own period
        "todate": ("year-to-date", "year to date", "ytd", "so far this year", "to date", "cumulative", "年初至今", "年初以来"),
    },
    "forecast": {
        "forecast": (
            "预期", "预计", "预估", "预测", "预报", "估计", "有望", "展望", "指引", "目标", "市场预期",
            "分析师", "expected", "expects", "expect", "expectations", "estimate", "estimates",
            "estimated", "forecast", "forecasts", "forecasted", "consensus", "analysts",
            "analyst", "guidance", "outlook", "projected", "projection", "projections", "predicted", "anticipated",
            "anticipate", "anticipates",
            # an auction's pre-sale estimate, as written in brackets after a price (hammer $62.7m/est $60m)
            "est", "est.", "presale", "pre-sale", "low estimate", "high estimate",
        ),
        "actual": (
            "超预期", "好于预期", "低于预期", "高于预期", "不及预期", "超出预期", "符合预期", "不如预期", "优于预期",
            "逊于预期",
            "实际", "than expected", "than forecast", "than estimated", "than analysts expected",
            "beat expectations", "beat estimates", "topped estimates", "missed estimates", "actual",
            "reported", "posted",
            # what happened as foreseen is still what happened (符合预期)
            "as expected", "as widely expected", "as forecast", "as anticipated", "as predicted", "in line with expectations",
            "in line with forecasts", "in line with estimates", "met expectations", "matched expectations",
        ),
    },
    "direction": {
        "up": (
            "增长", "增加", "上涨", "上升", "提高", "提升", "回升", "扩大", "攀升", "大涨", "猛增",
            "暴涨", "飙升", "超出", "增", "涨", "升", "rose", "rise", "rises", "risen", "rising", "grew", "grow",
            "grows", "growth", "increase", "increased", "increases", "gain", "gained", "gains",
            "climbed", "climb", "jumped", "jump", "surged", "surge", "higher", "up", "added", "improved",
            # adding to a count is its rise, in every form (how many subscribers did it add: the change, not the level)
            "add", "adds", "adding",
            # verbs of an action on a level, in every form: raised the rate, hikes, boosted, widened
            "raise", "raised", "raises", "raising", "hike", "hiked", "hikes", "hiking", "boost", "boosted",
            "boosts", "lift", "lifted", "lifts", "soared", "soar", "soars", "widened", "widen", "widens",
            "expanded", "expand", "expands", "increasing", "grown", "上调", "调高", "调升", "提升至", "上修",
            "升值",
            "成长",  # Taiwan's word for growth (成長), as 增长
            "增产",  # output's rise (比上年增产474.8万吨); 减产 its fall
            "延长",  # a duration's rise (平均失业周数较上月延长1.3周); 缩短 its fall
            "加速", "延后",  # a pace that quickens (比前1年加速14秒), a time or age put later (延后1岁); 减慢, 提前 theirs
            # a climb is the rise of a height, a descent its fall; an advance the move forward, a retreat the move back
            "ascended", "ascend", "ascends", "advanced", "advance", "advances",
            # a forecast or rating revised (upgraded to 3 percent, downgraded to 2.6 percent)
            "upgraded", "upgrade", "upgrades", "upward",
            # a rate's pace: it speeds up or recovers (forecast to recover to 4.6 percent, picking up to 3.5 percent)
            "accelerated", "accelerate", "accelerates", "accelerating", "recovered", "recover", "recovers",
            "recovering", "picked up", "pick up", "picks up", "picking up",
            # a cost's overrun: it blows out (costs blew out by 6.7 per cent; had blown out to $337 million)
            "blew out", "blown out", "blow out", "blows out",
        ),
        "down": (
            "缩小",  # a ratio's or a gap's narrowing (城乡居民人均收入比值2.39,比上年同期缩小0.04), as narrowed; 扩大 its rise
            "下降", "减少", "下跌", "下滑", "降低", "萎缩", "暴跌", "大跌", "回落", "缩减", "下调",
            "跌", "降", "减", "挫", "fell", "fall", "falls", "fallen", "falling", "declined", "decline",
            "declines", "decrease", "decreased", "decreases", "down", "dropped", "drop", "drops",
            "shrank", "shrink", "slipped", "slid", "lower", "contracted", "plunged", "plunge",
            "sank", "tumbled", "lost", "cut",
            "lowered", "lowers", "lowering", "reduce", "reduced", "reduces", "reducing", "cuts", "cutting",
            "slashed", "slash", "slashes", "trimmed", "trim", "trims", "eased", "eases", "narrowed", "narrow",
            "narrows", "declining", "decreasing", "dropping", "shrinking", "下修", "调低", "调降", "贬值", "缩短", "减产", "减慢", "减速", "提前",
            "衰退",  # Taiwan's word for a fall (衰退), as 下降; 成长 its rise
            "descended", "descend", "descends", "descending", "retreated", "retreat", "retreats",
            "downgraded", "downgrade", "downgrades", "downward",
            # a rate's pace slowing (expected to slow to 2.5 per cent, moderating to 1.9 percent; not "slow growth")
            "slowed", "slows", "slowing", "slow to", "slow down", "decelerated", "decelerate", "decelerates",
            "decelerating", "moderated", "moderates", "moderating",
            # a value short of another is below it (some $500,000 short of the house's best-ever total)
            "short of",
        ),
    },
}
# the Chinese verbs of change of two characters or more, longest first (a question's 总收入增长 is 总收入 and 增长)
_HAN_DIRECTION_WORDS = tuple(sorted((w for ws in _MARKERS["direction"].values() for w in ws if len(w) > 1 and has_han(w)),
                                    key=len, reverse=True))
# Concepts named differently in each language: a question in one script finds
# the cite's words in another. Each row is one concept.
_CONCEPTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "metric": (
        ("营收", "营业收入", "收入", "营业额", "revenue", "revenues", "sales", "net sales", "销售额", "销量"),
        ("净利润", "净利", "纯益", "税后纯益", "净收益", "net income", "net profit", "profit", "earnings"),
        ("营业利润", "营业利益", "营益", "operating income", "operating profit"),
        ("毛利率", "gross margin"),
        ("营益率", "营业利益率", "operating margin"),
        ("每股盈余", "每股收益", "每股税后纯益", "eps", "per share", "per diluted share"),
        ("出口", "exports", "export"),
        ("进口", "imports", "import"),
        ("进出口", "外贸", "trade"),
        ("市值", "market value", "market capitalization", "market cap"),
        ("股价", "share price", "stock price", "shares"),
        ("失业率", "unemployment rate", "jobless rate"),
        ("就业", "payroll", "payrolls", "employment", "jobs"),
        ("国内生产总值", "gdp", "经济增长", "经济成长", "economic growth", "economy"),
        ("股利", "股息", "dividend", "dividends"),
        ("资本预算", "资本支出", "capital budget", "capital expenditure", "capex"),
        ("算力", "computing power", "compute", "performance"),
        ("功耗", "power", "power draw", "wattage"),
    ),
    # Events of a life or a company, for date cards asked in the other language.
    "event": (
        ("博士", "doctorate", "doctoral", "phd", "ph.d."),
        ("硕士", "master's", "masters"),
        ("学士", "bachelor's", "bachelor"),
        ("毕业", "graduated", "graduate", "graduation"),
        ("退休", "retire", "retired", "retires", "retirement"),
        ("出生", "born", "birth"),
        ("去世", "逝世", "died", "death"),
        ("上市", "listed", "listing", "ipo"),
    ),
    "role": (
        ("董事长", "chairman", "chairwoman", "chair", "chairs", "chaired"),
        ("副董事长", "副主席", "vice chairman", "vice chairwoman", "vice chair", "vice-chair", "deputy chair"),
        ("副总裁", "vice president", "vice-president"),
        ("州长", "governor", "governors", "gov."),
        ("首席执行官", "执行长", "总执行长", "ceo", "chief executive"),
        ("总裁", "president"),
        ("首席财务官", "财务长", "cfo", "finance chief", "chief financial officer"),
        ("创办人", "创始人", "founder", "founded"),
        ("发言人", "spokesperson", "spokesman", "spokeswoman"),
        ("营运长", "首席运营官", "coo", "chief operating officer"),
        ("副署长", "deputy"),
        ("司长", "director"),
        ("部长", "minister", "secretary"),
        ("总经理", "general manager"),
    ),
}
# Classes that say what a value is of; a clause with words of its own does not inherit them.
_ITEM_CLASSES = ("entity", "metric", "role", "event")
_RESPECTIVELY_RE = compile_pattern(r"分别|依次|各自|(?<![a-z])respective(?:ly)?(?![a-z])")
# Where a clause starts: one table of the marks that end one, by name and strength, that every reader of clauses
# (binding's rules, people's) builds its set from. Readers truly differ in how strong a break they stop at: a list
# item ends at a comma or colon, a clause of a sentence at ; and 。 too, a sentence also at ! ? and a line break.
CLAUSE_MARKS = {"comma": ",", "colon": ":", "semicolon": ";", "stop": "。", "mood": "!?", "line": "\n"}
CLAUSE_STRENGTHS = {  # (each strength the marks of the one before and its own)
    "item": ("comma", "colon"),
    "clause": ("comma", "colon", "semicolon", "stop"),
    "sentence": ("comma", "colon", "semicolon", "stop", "mood"),
    "line": ("comma", "colon", "semicolon", "stop", "mood", "line"),
}


def clause_marks(strength: str, *without: str) -> str:
    """The marks that end a clause of ``strength`` (``without`` the named ones), as a string of characters: a set
    for ``in`` or the body of a regex class (none of them is special there)."""
    return "".join(CLAUSE_MARKS[m] for m in CLAUSE_STRENGTHS[strength] if m not in without)


_SENTENCE_END = clause_marks("line", "comma", "colon")  # (this reader's sentence ends at ; too)
_CLAUSE_END = clause_marks("item") + "，"
# English clause and sentence ends, one definition for every reader of English clauses (binding's list predicates,
# people's clause owners and object clauses), each adding only what it reads beyond them (a line break, who):
# a sentence ends at . ! ? before a space or the text's end, not at an initial's period (j. r. r. tolkien);
# a clause ends there, at a semicolon and at a comma with a coordinator (, and / , while / , whereas / , but)
# unless a figure follows it, which is the last item of a list (48,000 infantry, 14,000 cavalry, and 7,000 artillery)
EN_SENTENCE_END = r"[.!?](?:\s|\Z)(?<!\.[a-z]\.\s)(?<!\.[a-z]\.)"
EN_CLAUSE_END = EN_SENTENCE_END + r"|;\s|,\s(?:and|while|whereas|but)\s(?![$€£¥]?\d)"
# Weak clause breaks: used only when both sides hold a value (sales rose 9% in
# europe and 14% in asia; 营收增长8%而利润下降3%).
_CONTRAST_RE = compile_pattern(r"\s(?:while|whereas)\s|而|但")
# (and a subordinate clause: the key rate was cut to 13% as inflation reached 80%; not "as of June",
# "as much as 8%", "such as", "as well as", "as defined by", nor a conjunction before a number)
_WEAK_RE = compile_pattern(r"\s(?:and|while|whereas|but)\s|而|但|同时|其中|以及"
                      r"|(?<!such)(?<!just)(?<!\bso)\s(?:as|after|when|because|although|though)\s"
                      r"(?!(?:of|much|many|high|low|little|few|well|long|far|large|soon|part|expected|planned|forecast|"
                      r"a\sresult|compared|against|such|if|though|well|usual|before|previously|[a-z]+ed)\b|[$€£¥]?\d)")


def _without_asked_noun(question: str) -> str:
    r"""The question with the noun after its closing 什么 (打出了什么比分？) a space, as
    ``re.sub(r"(?<=什么)[\u3400-\u9fff]{1,3}(?=[?？]?\s*\Z)", " ", question)``, without compiling a Han class."""
    if "什么" not in question:
        return question
    end = len(question.rstrip())
    end -= question.endswith(("?", "？"), 0, end)
    for i in range(max(2, end - 3), end):
        if question.endswith("什么", 0, i) and all(han_at(question, k) for k in range(i, end)):
            return question[:i] + " " + question[end:]
    return question


_QUESTION_WORDS_RE = compile_pattern(
    # (对 ends a verb of its own in 反对/针对/面对/相对: 有多少反对方案 asks who oppose, not 反 and 方案)
    r"多少|多大|多高|几|什么|哪些|哪个|哪一|哪年|哪天|哪|谁|是否|为何|如何|怎样|吗|呢|是|的|了|在|和|与|及|(?<![反针面相绝])对|为"
    r"|[?？,.:;\"'()、。!]"
)
_STOP = STOP_WORDS | {"according", "said", "says", "tell", "told", "company", "year", "had", "has", "have"}
_WORD_RE = compile_pattern(r"[a-z][a-z0-9'&-]*|[0-9]+[a-z][a-z0-9]*")
# 年/月/日 belong to the date values, not to the words around them.
# Words that only say which way goods go (输往台湾, 来自越南): every place of a trade release has them,
# so they are no item; the place after them is.
_DIRECTION_OF_TRADE_RE = lazy(r"输往|输入自|销往|运往|出口往|出口至|进口自|来自", needs=('口', '往', '自'))
# The characters of a date, not terms: 11月份 (份 too), 5日; not a name's (日本, 日元, 日报, 日韩, 日均:
# 日 is a day only after a numeral or a word that counts or asks days, 昨日, 何日; 几日 and 哪日 lose their
# 几/哪 with the question words first).
# (not a term's length, 五年期, 十年期 of a bond or loan: an item's name, not a date; nor the 月 of a monthly
# payment, 月薪 against 时薪, 月租, 月费; nor 号 after a number no month has as a day, 198号地块, 202号: a serial
# number naming an item)
_DATE_CHARS_RE = compile_pattern(r"(?<![今去明前当本同上])(?:[年月]份|(?<![一二两三四五六七八九十])年|年(?!期(?![间末中内初]))|月(?![薪租费票息])|(?<!\d\d\d)(?<![4-9]\d)(?<!3[2-9])号(?![\u4e00-\u9fff](?<![电起至到前后晚上下早凌中当的发举召出讯]))"
                            r"|(?<=[\d〇零一二两三四五六七八九十廿卅昨翌次何某])日)")
# (not a dash written "--", nor one spaced on both sides: "32 - one higher" sets off an aside)
_SIGN_RE = compile_pattern(r"(?<![\w.\-−])([-−+])(?:(?<!\s[-−+])\s)?\Z")


# One scan finds every table word: spelling -> (class, polarity or concept id).
_TABLE: dict[str, tuple[str, str]] = {}
for _cls, _pols in _MARKERS.items():
    for _pol, _words in _pols.items():
        for _w in _words:
            _TABLE.setdefault(_w, (_cls, _pol))
for _cls, _rows in _CONCEPTS.items():
    for _i, _row in enumerate(_rows):
        for _w in _row:
            _TABLE.setdefault(_w, (_cls, f"{_cls}{_i}"))
# Spellings by their first two characters (a one-character spelling by itself, tried last), longest
# first: a scan finds them without compiling one alternation of every spelling (that regex alone took
# 20 ms at start-up), and tries a position against the few spellings that can start there.
_BY_FIRST_TWO: dict[str, tuple[str, ...]] = {}
for _w in sorted(_TABLE, key=len, reverse=True):
    _BY_FIRST_TWO[_w[:2]] = (*_BY_FIRST_TWO.get(_w[:2], ()), _w)


# Where a spelling of the table can start: one of their first characters (a letter only after a non-letter).
_TABLE_START_RE = lazy(
    "(?<![a-z])[" + "".join(sorted({w[0] for w in _TABLE if "a" <= w[0] <= "z"})) + "]|["
    + "".join(sorted({re.escape(w[0]) for w in _TABLE if not "a" <= w[0] <= "z"})) + "]")


def _is_letter(c: str) -> bool:
    return "a" <= c <= "z"


# A table word whose first character ends a verb written before it: 超过去年 is 超过 + 去年 (last year), not 超 +
# 过去 (the past); nor are 经过去年, 高过去年 or 通过去年.
_NOT_A_WORD_AFTER = {"过去": frozenset("超胜高低多少强好快慢大小跑经通越赛追压")}


def table_words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, spelling) of the table's words in ``text``, leftmost-longest, none
    overlapping; an ASCII spelling only as a whole word (no letter a-z on either side)."""
    out = []
    n = len(text)
    by_two = _BY_FIRST_TWO
    end = 0
    # only where a word can start: a first letter of a word after a non-letter, a first character
    for m in _TABLE_START_RE.finditer(text):
        i = m.start()
        if i < end:
            continue
        ascii_start = text[i].isascii()
        for w in (*by_two.get(text[i:i + 2], ()), *by_two.get(text[i], ())):
            j = i + len(w)
            if i and w in _NOT_A_WORD_AFTER and text[i - 1] in _NOT_A_WORD_AFTER[w]:
                continue
            if text.startswith(w, i) and not (ascii_start and j < n and _is_letter(text[j])):
                out.append((i, j, w))
                end = j
                break
    return out


# Trade flows (exports, imports): each value of a sentence naming both is its own flow's (_flows).
_FLOW_IDS = frozenset({_TABLE["出口"][1], _TABLE["进口"][1]})
# "up to" and "down to" are qualifiers or phrasal verbs, not directions.
# Metric nouns built on a direction word (增长率, growth rate) name a metric, not its change.
# (… nor "up" as the particle of a verb of preparing or forming: gearing up for a round of layoffs, set up, make up 20%;
# nor "contracted" before people, who work under contract: salaried and contracted employees)
_NOT_DIRECTION_RE = lazy(r"(?:up|down)\s(?:to|on)\b|(?<![a-z])(?:gear(?:s|ed|ing)?|set(?:s|ting)?|lin(?:e|es|ed|ing)|team(?:s|ed|ing)?"
                         r"|show(?:s|ed|ing)?|make|makes|made|making|tee(?:s|d|ing)?)\sup\b|contracted(?=\s(?:employees|workers|staff|staffers|personnel|labou?r|drivers"
                         r"|nurses|teachers|doctors)\b)|增长率|增速|降幅|增幅|涨幅|跌幅|增长速度|增值税|增加值|升级|降息|(?<=[公毫千])升"
                               r"|(?:调涨|调降|上调|下调|调高|调低|调升|调整|上涨|下跌|涨价|降价)(?=后(?![涨跌升降增减回\d]))"
                               r"|成长率|[年月季]增率|growth rates?\b|rates? of (?:growth|increase|decline)", needs=('up', 'down', 'rate', 'contracted', '升级', '增值税', '增加值', '增幅', '增速', '增长率', '增长速度', '成长率', '涨幅', '跌幅', '降幅', '降息', '增率', '升', '后'),
                         starts=r"[cdgru上下升增季年成月涨调跌降]|(?<![a-z])[lmst]")


# --- values and their descriptors ------------------------------------------


@dataclass
class Value:
    """One figure, date or name in the cite, and the words that describe it."""

    start: int
    end: int
    text: str  # as the cite writes it
    key: object  # what equality means for this kind (value + unit, date parts, name)
    terms: dict[str, set[str]] = field(default_factory=dict)  # class -> question terms
    flags: dict[str, str] = field(default_factory=dict)  # period/forecast/direction -> polarity
    clause: int = 0
    sentence: int = 0
    label: str = ""  # the cite's own words for what the value belongs to
    spans: list[tuple[int, int]] = field(default_factory=list)  # the question's words bound to it
    when: set[str] = field(default_factory=set)  # the dates and period labels that describe it
    when_at: dict[str, int] = field(default_factory=dict)  # a span's distance from it (the nearer of two spans is its own)
    role: str = ""  # "delta" (增长5%, up 5%, by 72,000), "base" (from $1.2 billion, 从5%) or "" (a level)
    measure: str = ""  # what it counts: its counter (家, 个月) or the word after it (years, troops)
    head: Value | None = None  # the value a bracketed margin of error (±0.5 percent) qualifies
    base: str = ""  # what a change is measured against: month, quarter, year, sequential or date:KEY
    base_words: str = ""  # the cite's words for it: previous month, june 2021, 同比
    named: bool = False  # its clause has words of its own besides values and table words (gasoline stations were up)

    def described(self) -> str:
        return f"{self.text} ({self.label})" if self.label else self.text


class _Term(NamedTuple):  # a named tuple: @dataclass costs start-up time
    start: int
    end: int
    cls: str  # entity | metric | role | period | forecast | direction
    ident: str  # the question term or the concept / polarity it stands for
    asked: bool  # the question names it


# A verb's irregular forms are one word with it (won and a win, sold and sales are not: only forms).
# Irregular past forms and participles and their bare verb (won ~ a win, held ~ hold).
_IRREGULAR = {"held": "hold", "made": "make", "built": "build", "paid": "pay", "won": "win", "lost": "lose",
              "began": "begin", "begun": "begin", "struck": "strike", "took": "take", "taken": "take",
              "gave": "give", "given": "give", "sold": "sell", "bought": "buy", "sent": "send",
              "spent": "spend", "met": "meet", "left": "leave", "came": "come", "went": "go", "rose": "rise",
              "risen": "rise", "fell": "fall", "fallen": "fall", "grew": "grow", "grown": "grow",
              "beaten": "beat", "broke": "break", "wrote": "write", "written": "write", "born": "bear",
              "borne": "bear", "bore": "bear", "flew": "fly", "flown": "fly", "led": "lead", "ran": "run",
              "saw": "see", "seen": "see", "told": "tell", "found": "find", "became": "become",
              "chose": "choose", "chosen": "choose", "fought": "fight", "brought": "bring", "drawn": "draw",
              "shot": "shoot", "run": "run", "driven": "drive", "hit": "hit", "kept": "keep", "set": "set",
              "thrown": "throw", "known": "know", "caught": "catch", "taught": "teach", "drew": "draw"}


@lru_cache(maxsize=8192)
def _stem(w: str) -> str:
    """A word's stem by its first five letters, less -ing/-ed/-s (kept per word: a check stems each often)."""
    w = w.strip("'-").removesuffix("'s")  # (the possessive is no part of the word: the lion king's total)
    if "-" in w:  # year-to-date and year-over-year are different words
        # (… but the last part inflects: anglo-allies and anglo-allied are one word)
        return w[:-3] + "y" if w.endswith(("ies", "ied")) and len(w) - w.rfind("-") > 5 else w
    w = _IRREGULAR.get(w, w)
    for suffix in ("ing", "ed"):  # killed and kill, voting and voted: one word
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    if len(w) > 5:
        return w[:5]
    return w[:-1] if len(w) > 3 and w.endswith("s") else w


def _boundaries(text: str, values: list[Value]) -> tuple[list[int], list[int]]:
    """Clause starts and sentence starts (ascending offsets into ``text``)."""
    starts, sentences, weak = _breaks(text)
    # Weak breaks split a clause only when values stand on both sides; a contrast (while, whereas,
    # 而, 但) also when only the side before it has one: "… 51.6 percent -- while Mahama garnered …"
    extra = []
    for w_start, w_end in weak:
        if text.startswith("以及", w_start) and any(v.end <= w_start and w_end <= w.start and _PAIR_LINK_RE.fullmatch(text, v.end, w.start)
                                                for v, w in zip(values, values[1:])):
            continue  # (4.29亿元、1.97亿元以及4220.23万元: 以及 joins a list's last value, it opens no clause)
        a = _index(starts, w_start)
        lo, hi = starts[a], starts[a + 1] if a + 1 < len(starts) else len(text)
        if any(lo <= v.start < w_start for v in values) and (
                any(w_end <= v.start < hi for v in values) or _CONTRAST_RE.match(text, w_start)):
            extra.append(w_start)
    if "vers" in text or "vs" in text:  # two groups set against each other are clauses of their own
        extra += [m.start() for m in _VERSUS_RE.finditer(text) if _arms_set_against(text, starts, values, m.start(), m.end())]
    return (sorted(set(starts) | set(extra)) if extra else list(starts)), list(sentences)


_VERSUS_RE = lazy(r"(?<![a-z])(?:versus|vs\.?)(?![a-z])", needs=('versus', 'vs'))


# Words a period abbreviates inside a sentence: titles before a name, company forms, "no." before a number.
_ABBREVIATIONS = frozenset({"gov", "sen", "rep", "dr", "mr", "mrs", "ms", "st", "gen", "lt", "col", "capt", "prof",
                            "rev", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "u.s", "u.k", "e.g", "i.e", "dept", "etc", "mil"})


def _abbreviated(text: str, i: int) -> bool:
    """Whether the period at ``i`` ends an abbreviation or an initial (Gov. Andy Beshear, Jerome H. Powell)."""
    j = i
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == ".") and text[j - 1].isascii():
        j -= 1
    word = text[j:i]
    return len(word) == 1 or word in _ABBREVIATIONS


# A listed company's or a product's code in brackets after its Han name (力积电(6770), 国巨*(2327)).
_CODE_BRACKET_RE = lazy(r"(?<=[\u3400-\u9fff*])\(\d{4,6}\)", needs="(")


# Every character that can end a sentence or a clause or open or close a bracket: _breaks reads only these, no other
# character of a text does anything there.
_BREAK_CHAR_RE = lazy("[" + re.escape(_SENTENCE_END + _CLAUSE_END) + r".()]")


@lru_cache(maxsize=4096)
def _breaks(text: str) -> tuple[tuple[int, ...], tuple[int, ...], tuple[tuple[int, int], ...]]:
    """Clause starts, sentence starts and the weak breaks (and, 而) of ``text``."""
    clauses, sentences = [0], [0]
    for m in _BREAK_CHAR_RE.finditer(text):  # (not each character of the text read in Python)
        i, ch = m.start(), m.group()
        if ch in _SENTENCE_END or (ch == "." and (i + 1 == len(text) or text[i + 1] == " ") and not _abbreviated(text, i)):
            if not (ch == "." and i > 0 and text[i - 1].isdigit() and i + 1 < len(text) and text[i + 1].isdigit()):
                sentences.append(i + 1)
                clauses.append(i + 1)
        elif ch in _CLAUSE_END:
            # (a comma or colon between digits groups thousands or writes a score or a time: 12:0, 10:30)
            if ch in ",:" and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
                continue
            clauses.append(i + 1)
        elif ch == "(" or ch == ")":
            if _CODE_BRACKET_RE.match(text, i if ch == "(" else text.rfind("(", 0, i)):
                continue  # (a code in brackets right after a name, 华新(1605)4万1499张: the name's gloss, no clause of its own)
            clauses.append(i + 1 if ch == ")" else i)
    weak = tuple(m.span() for m in _WEAK_RE.finditer(text))
    return tuple(sorted(set(clauses))), tuple(sorted(set(sentences))), weak


def quoted_places(quoted, found, exact: bool = False) -> list[list]:
    """Where the cite writes each figure the question quotes (one list per figure of ``quoted``, from
    ``found``, the cite's figures): the same value, ordinal alike, a unit that agrees (a measure may go
    unsaid) or, ``exact``, the unit written the same. Each caller keeps its own filter of ``quoted``."""

    if exact:
        return [[q for q in found if q.value == aq.value and (q.unit or "") == (aq.unit or "") and q.ordinal == aq.ordinal]
                for aq in quoted]
    return [[q for q in found if q.value == aq.value and _same_unit(q.unit, aq.unit) and q.ordinal == aq.ordinal]
            for aq in quoted]


def span_around(text: str, start: int, end: int, marks) -> tuple[int, int]:
    """The list item or clause holding ``text[start:end]``: from the end of the last match of ``marks``
    before ``start`` to the start of the first one at or after ``end``."""
    lo = max([m.end() for m in marks.finditer(text, 0, start)], default=0)
    hi = m.start() if (m := marks.search(text, end)) else len(text)
    return lo, hi


def _index(starts: list[int], pos: int) -> int:
    lo, hi = 0, len(starts)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if starts[mid] <= pos:
            lo = mid
        else:
            hi = mid
    return lo


_ALNUM_RUN_RE = lazy(r"[a-z0-9]+")


def _mixed_terms(q: str) -> list[tuple[int, int]]:
    r"""Where a short Latin name joined to Chinese starts and ends (b型, 5g手机), as
    ``(?<![a-z0-9])[a-z0-9]{1,4}(?=[\u3400-\u9fff])`` finds them, without compiling a Han class at start-up."""
    if q.isascii():
        return []
    return [m.span() for m in _ALNUM_RUN_RE.finditer(q) if m.end() - m.start() <= 4 and han_at(q, m.end())]


_ENDED_BEFORE_RE = lazy(r"(?<![a-z])(?:quarter|year|half|month|months|weeks|period)\s(?:that\s)?(?:ended|ending|ends)\s(?:in\s|on\s)?\Z",
                        needs=("ended", "ending", "ends"))
_WH_DATE_NOUN_RE = lazy(r"(?<![a-z])(?:what|which)\s(dates?|days?|months?|years?)(?![a-z])", needs=('what', 'which'))


def _mid_word(cite: str, term: str) -> bool:
    """Whether every place the cite writes ``term`` goes on with a Han character (前往城郊): it ends inside a word."""
    at = [m.end() for m in re.finditer(re.escape(term), cite)]
    return bool(at) and all(han_at(cite, e) for e in at)


@lru_cache(maxsize=1024)
def _covering_pieces(run: str, cite: str) -> list[str]:
    """A run of the question's Han characters as the pieces the cite writes (two characters or more), read
    from the left and longest first, unless that leaves more of the run unread than another reading:
    增长速度最高 against a cite's 增长速度最低是6.7%,最高是7.8% is 增长速度 and 最高, not 增长速度最."""
    n = len(run)
    ends: list[list[int]] = []  # for each start, the ends of the pieces the cite writes, longest first
    j = 0
    for i in range(n):
        # (the piece from i less its first character is written too: the longest from i + 1 ends no sooner, so
        # each end is tried once, not each length from each start: a long question against a long cite)
        j = max(j, i + 2)
        while j <= n and run[i:j] in cite:
            j += 1
        ends.append(list(range(j - 1, i + 1, -1)))
    return [_noun_of(piece, cite) for piece in _chosen_pieces(run, cite, ends)]


def _noun_of(piece: str, cite: str) -> str:
    """A piece running on from its noun into a verb of change (总收入增长, which the cite writes only where a target
    restates it) is the noun, where the cite writes the noun without that verb too: the verb is the direction's."""
    for word in _HAN_DIRECTION_WORDS:
        if piece.endswith(word) and len(piece) - len(word) >= 2:
            noun = piece[:-len(word)]
            if noun.startswith(("较", "比", "与", "相比", "对比")):  # (较上月下降: a base with its period and its move)
                break
            if any(not cite.startswith(word, end) for _, end in literal_spans(noun, cite)):
                return noun
            break
    return piece


def _chosen_pieces(run: str, cite: str, ends: list[list[int]]) -> list[str]:
    """The reading of ``run`` that covers most of it, from ``ends`` (for each start, the ends of the pieces
    the cite writes, longest first)."""
    n = len(run)
    covered = [0] * (n + 1)  # the most characters of run[i:] that pieces can cover
    for i in range(n - 1, -1, -1):
        covered[i] = max([covered[i + 1]] + [j - i + covered[j] for j in ends[i]])
    out, i = [], 0
    while i < n:
        best = [j for j in ends[i] if j - i + covered[j] == covered[i]]
        j = best[0] if best else None
        if j is not None and j - 1 in best and ends[j - 1] and ends[j - 1][0] - (j - 1) > j - i and _mid_word(cite, run[i:j]):
            # a piece the cite writes only inside a longer word gives its last character to the longer piece that
            # starts there: 前往城市公园 against 前往城郊…、城市公园的游客占比 is 前往 and 城市公园, not 前往城 and 市公园
            j -= 1
        if j is None:
            i += 1
        else:
            out.append(run[i:j])
            i = j
    return out


_Q_RATE_BASE_RE = lazy(r"每\s?[\d.,十百千万亿]+\s?(?:人口|居民|住户|户|人)?", needs="每")


# The 号 of a serial number (198号地块) left in a question by _DATE_CHARS_RE.
_SERIAL_MARK_RE = lazy(r"(?<=\d)号", needs="号")
# A serial number: one no month has as a day (198号地块, 305号), or any number whose 号 runs on into the noun it
# numbers (8号地块, 3号线), where a day's 号 is followed only by what follows a date (dates' _LONE_DAY): an item's
# number, not a date.
_SERIAL_NUMBER_RE = lazy(r"(?<!\d)(?:(?:\d{3,}|[4-9]\d|3[2-9])号|\d{1,2}号(?=[\u4e00-\u9fff])"
                           r"(?![电起至到前后晚上下早凌中当的发举召出讯]))", needs="号")


# Words that only compare, standing alone as a piece of the question: no item of any value.
_COMPARING_PIECES = frozenset(("相较", "相比", "比较", "对比", "相较于", "相比于", "较之"))


@lru_cache(maxsize=4096)
def _question_terms(question: str, cite: str) -> tuple[set[str], set[str]]:
    """The question's own terms that occur in the cite: Chinese strings, English stems (kept per
    question and cite; callers only read the sets)."""
    cjk: set[str] = set()
    # the noun a question ends on after its wh-word (打出了什么比分？) names the kind it asks, not an item
    question = _without_asked_noun(question)
    q = _QUESTION_WORDS_RE.sub(" ", question)
    # a rate's base (每十万人口) is the measure every rate against it is stated in, no item of one of them
    q = _Q_RATE_BASE_RE.sub(" ", q)
    # a period is a term of its own: 公司第二季度营业利润 is 公司, 第二季度, 营业利润 (not 公司第二季度营
    # matched against 公司第二季度营收)
    for a, b, _ in reversed(_periods(q)):
        if has_han(q[a:b]):
            q = f"{q[:a]} {q[a:b]} {q[b:]}"
    q = _DATE_CHARS_RE.sub(" ", _DIRECTION_OF_TRADE_RE.sub(" ", q))
    # (a serial number's 号 is read with its number, 198号, below: alone it would match every other number's 号)
    for run in han_runs(_SERIAL_MARK_RE.sub(" ", q)):
        cjk.update(_covering_pieces(run, cite))
    # (相較113年增加: a word that compares, its base written right after it, names no item; the base is read as a
    # base. Not one closing a frame, 与哪一年的人口相比: there it says the question asks the base)
    cjk -= {p for p in cjk & _COMPARING_PIECES if re.search(re.escape(p) + r"于?\s?[\d去上前今本同]", q)}
    # A short Latin name joined to Chinese (b型, a未分型, 5g手机) is one term, as the cite writes it.
    for start, end in _mixed_terms(q):
        j = end
        while j < len(q) and han_at(q, j) and q[start:j + 1] in cite:
            j += 1
        if j > end and q[start:j] in cite:
            cjk.add(q[start:j])
    # A word of the question's own date (October, in September) is bound by date, not as an
    # item; period labels (the fourth quarter) stay words, as respectively lists name them.
    dated = [(d.start, d.end) for d in _scan(question)[0]]
    # (a period named by the date it ended, the quarter ended in December / the three months ended May 31, is that date)
    dated += [(m.start(), b) for a, b in dated if (m := _ENDED_BEFORE_RE.search(question, max(0, a - 40), a))]
    # (the noun of a wh-word asking a date, on what date / in which year, names the kind asked, not an item)
    dated += [m.span(1) for m in _WH_DATE_NOUN_RE.finditer(question)]
    words = {_stem(m.group()) for m in _WORD_RE.finditer(question) if m.group() not in _STOP and len(m.group()) > 1
             and not any(a <= m.start() < b for a, b in dated)}
    return cjk, words


# An estimate of a past figure is an actual: "CBO estimates that the deficit was …", "The deficit was
# $941 billion …, CBO estimates," and "What was the deficit, by CBO's estimate?" report what happened.
# Only a reporting estimate in the present (estimates that, by X's estimate) whose sentence's own verb
# is past; "analysts had estimated" / "the $1.35 analysts estimated" stay forecasts.
_REPORTED_ESTIMATE_RE = lazy(
    r"(?<![a-z])(?:estimates?\sthat|(?<=,\s)(?:[a-z.'-]+\s){1,4}estimates?(?=\s?[,.?]|\Z)"
    r"|(?:by|according to)\s(?:[a-z.'-]+\s){0,3}?[a-z.-]+'s\sestimates?|(?:by|according to)\s(?:the|its|their)\sestimates?"
    # (according to studio estimates, …; … earned an estimated $29.3 million: the estimate of a past figure)
    r"|according to\s(?:[a-z-]+\s){1,2}estimates|(?<![a-z])an\sestimated(?=\s[$€£¥]?\d))(?![a-z])")
_PAST_VERB_RE = lazy(r"(?<![a-z])(?:was|were|did|had|incurred|recorded|totaled|totalled|amounted|came|fell|rose|grew|ran"
                     r"|(?!(?:estimat|expect|project|forecast|anticipat|predict|need|feed|seed|speed|shed|bed|red|med|fed)ed)[a-z]{2,}ed)(?![a-z])")
# What foresees: one table of forecast words for every rule of forecasts (an estimate's report, a cite's future mark, a
# prospective value, a hedge, a foreseen date, a lone forecast, a question in the future tense). Each rule joins the
# kinds it needs with forecast_words(), the distinctions they draw: a modal of what will be (will, would) against one
# of what might (could, might) and "may", as likely the month; a verb of foreseeing, in the forms a rule reads (its
# present, or its participle too: was expected); an estimate noun (guidance); a Chinese modal or verb of foreseeing;
# a time to come. (Readers of their own: _table_terms' "forecast" class, the pledges of _PLEDGE_RE.)
FORECAST_WORDS = {
    # (will's contractions after a pronoun are the modal too: we'll grow; 'd is would or had, so not it)
    "modal": ("will", "would", "i'll", "we'll", "you'll", "they'll", "he'll", "she'll", "it'll", "that'll", "there'll"),
    "tentative": ("could", "might"),
    "may": ("may",),
    "shall": ("shall", "going to"),
    "estimate": ("guidance", "outlook"),
    "on course": ("scheduled", "poised", "on track"),
    "next": ("next",),
    "zh hope": ("有望", "可望"),  # (and 可能: only _FUTURE_MARK_RE reads a mere possibility as a mark)
    "zh foresee": ("预期", "预计", "预估", "预测", "预报", "预料"),
    "zh days": ("明天", "明日", "明晚"),
}
# A verb of foreseeing: its present forms, then its participle (forecast is its own).
# "project" after an article, a possessive, a number or a hyphened modifier is the noun, an undertaking (the project,
# its projects, the 27-track project, a $2 billion project), which foresees nothing: the verb's present forms carry
# that (each lookbehind of a fixed width; a hyphened modifier of up to twelve letters after its hyphen). Each word
# before it is whole: "did usda project" ends in no article "a".
_NOUN_BEFORE = ("".join(rf"(?<!(?<![a-z]){w}\s)" if w.isalpha() else rf"(?<!{w}\s)"
                        for w in ("the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
                                  "each", "every", "whose", "'s", "’s", "\\d", "million", "billion", "trillion"))
                + "".join(rf"(?<!-[a-z]{{{n}}}\s)" for n in range(1, 13)))
FORESEE_VERBS = {
    "expect": ("expect", "expects", "expected"), "project": (_NOUN_BEFORE + "project", _NOUN_BEFORE + "projects", "projected"),
    "predict": ("predict", "predicts", "predicted"), "forecast": ("forecast", "forecasts", "forecast"),
    "anticipate": ("anticipate", "anticipates", "anticipated"),
}


def forecast_words(*kinds: str, verbs: tuple[str, ...] = (), participle: bool = False) -> str:
    """The words of ``kinds`` of FORECAST_WORDS and the present forms of ``verbs`` (``participle``: that too) as one
    alternation, for a pattern to bound (whole words: the order of its alternatives does not matter)."""
    words = [w for k in kinds for w in FORECAST_WORDS[k]]
    words += [f for v in verbs for f in FORESEE_VERBS[v][:3 if participle else 2]]
    return "|".join(dict.fromkeys(words))


# Words of foreseeing in an English sentence that reports an estimate (will, expects, projects): not _FUTURE_MARK_RE,
# whose "may" would read the month (estimates … in May) and whose Chinese modals such a sentence never holds.
_FUTURE_VERB_RE = lazy(rf"(?<![a-z])(?:{forecast_words('modal', 'shall', 'next', verbs=('expect', 'project'))}|to be)(?![a-z])",
                       starts=r"(?<![a-z])[wiythsgnep]")  # (each word's first letter)
_REPORT_SENTENCE_RE = lazy(r"(?:[^.;?!。]|\.(?!\s|\Z))*")
_REPORT_STOP_RE = lazy(r"[;?!。]|\.(?:\s|\Z)")


# A figure given as an estimate (an estimated 30,503,301 people reside, was estimated at 334,914,895, a fortune
# estimated at $16.4 billion) is the measure there is of a present or past state, not a forecast, unless its sentence
# looks ahead (would have … an estimated $45 billion) or the cite sets it against what then happened: a sale's
# outcome (knocked down at $41.25m … was estimated at $40m-60m) or an actual.
_ESTIMATED_FIGURE_RE = lazy(r"(?<![a-z])(?:an\sestimated(?=\s[$€£¥]?\d)|estimated\s(?:at|to\sbe)(?=\s[$€£¥]?\d))(?![a-z])")
_OUTCOME_RE = lazy(r"(?<![a-z])(?:sold|sells?|fetched|fetch|knocked\sdown|hammer|reali[sz]ed|went\sfor|auction\w*|bid\w*"
                   r"|actual|actually|came\sin|turned\sout)(?![a-z])")


def _estimates_of_past(text: str) -> list[tuple[int, int]]:
    """Spans of reporting estimates whose sentence states a past figure: no forecast words there."""
    out = []
    for m in _REPORTED_ESTIMATE_RE.finditer(text):
        lo = max((x.end() for x in _REPORT_STOP_RE.finditer(text, 0, m.start())), default=0)
        hi = _REPORT_SENTENCE_RE.match(text, m.end()).end()
        if m.group().endswith("that"):
            lo = m.end()  # what is estimated: the clause after "that"
        rest = text[lo:m.start()] + " " + text[m.end():hi]
        if _PAST_VERB_RE.search(rest) and not _FUTURE_VERB_RE.search(rest):
            out.append(m.span())
    if not _OUTCOME_RE.search(text):
        for m in _ESTIMATED_FIGURE_RE.finditer(text):
            lo = max((x.end() for x in _REPORT_STOP_RE.finditer(text, 0, m.start())), default=0)
            hi = _REPORT_SENTENCE_RE.match(text, m.end()).end()
            if not _FUTURE_VERB_RE.search(text, lo, hi) and m.span() not in out and not _set_beside_actual(text, lo, m.start()):
                out.append(m.span())
    return out


# An estimate appended to a figure already stated (deliveries were 373,728 units, down 12%, estimated at 377,295; sales of
# $4.2 billion against an estimated $4.1 billion): what was expected of it, a forecast, not the estimate as the figure.
_BESIDE_ACTUAL_RE = lazy(r"(?:,|(?<![a-z])(?:against|versus|vs\.?|compared\s(?:with|to)))\s\Z")


def _set_beside_actual(text: str, lo: int, at: int) -> bool:
    return _BESIDE_ACTUAL_RE.search(text, max(lo, at - 16), at) is not None and any(ch.isdigit() for ch in text[lo:at])


# Words that judge an actual against what was expected make no forecast: "less competition than was anticipated",
# "a price strong but expected,", "sold at the lowest end of its estimate" (an estimate with no value of its own).
_JUDGED_RE = lazy(r"(?<![a-z])(?:than\s(?:was|were|had been|it was|they were|had|many|most|some)\s(?:widely\s)?"
                  r"(?:expected|anticipated|forecast|predicted|estimated|feared|hoped)"
                  r"|[a-z]+\s(?:but|yet|if|though)\s(?:widely\s)?(?:expected|anticipated|predicted)(?=\s?[,.;:)]|\Z)"
                  r"|(?:low|lowest|high|highest|top|bottom|upper|lower)\s(?:end|ends|range)\sof\s(?:its|the|their|his|her)\s"
                  r"(?:pre-?sale\s)?(?:estimate|estimates|expectations|forecast|guidance)(?!\s(?:of|at|was|is|for)\s))(?![a-z])",
                  needs=("than", "but", "yet", "if", "though", "end", "range"))


# A loss estimated after the event (估计损失金额506万元, 全台累计农损目前估计约5078万元, 畜产损失部分，农业部估计124万元,
# 估计造成的农业损失计4亿2830万元): a disaster's damage is counted, not foreseen, so 估计 there is the measure of what
# happened, not a forecast, unless its sentence looks ahead (估计今年损失将达…, 可能, 未来). The loss is named in the
# sentence before 估计 or in the clause after it or the next (估计农业产物和民间设施,损失共计…).
_ZH_LOSS_WORD_RE = lazy(r"损失|灾损|农损|损害|受损|被害|灾情|毁损|损毁", needs=("损", "害", "灾"))
_LOSS_SENTENCE_STOP_RE = lazy(f"[{_SENTENCE_END}]")
_LOSS_CLAUSES_RE = lazy(f"[^{clause_marks('line', 'colon')}，]*(?:[,，][^{clause_marks('line', 'colon')}，]*)?")


def _estimate_of_loss(text: str, start: int, end: int) -> bool:
    lo = max((m.end() for m in _LOSS_SENTENCE_STOP_RE.finditer(text, max(0, start - 80), start)), default=max(0, start - 80))
    hi = _LOSS_CLAUSES_RE.match(text, end).end()
    return (_ZH_LOSS_WORD_RE.search(text, lo, hi) is not None and not _FUTURE_MARK_RE.search(text, lo, start)
            and not _FUTURE_MARK_RE.search(text, end, hi))


# A share of people as the subject of a verb of foreseeing (28 percent expect them to remain the same; what percentage
# of Americans expect divisions to worsen): the view those people hold, a poll's answer, not a forecast of the figure.
_VIEW_HOLDERS_RE = lazy(r"(?:\d\s?(?:%|percent|per\scent)(?:\sof\s[a-z]+)?\)?"
                        r"|(?<![a-z])(?:what|which)\s(?:percentage|percent|share|proportion|fraction)\sof\s[a-z]+(?:\s[a-z]+)?)\s\Z")
_VIEW_VERBS = frozenset(("expect", "expects", "predict", "predicts", "anticipate", "anticipates"))


@lru_cache(maxsize=4096)
def _table_terms(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """The table's words of ``text`` with their class and concept, less directions that are not
    (up to, 增长率). Kept per text: the cards citing one sentence look at it again and again."""
    out = []
    # (each word's span looked up by bisection, not read against every span: quadratic in a long text)
    blocked = _Spans([m.span() for m in _NOT_DIRECTION_RE.finditer(text)])
    reported = _estimates_of_past(text) if "estimate" in text else []
    judged = _Spans([m.span() for m in _JUDGED_RE.finditer(text)])
    for start, end, word in table_words(text):
        cls, ident = _TABLE[word]
        if cls == "direction" and blocked.spans and blocked.holds(start, start + 1):  # (a <= start < b)
            continue
        if cls == "forecast" and any(a <= start < b for a, b in reported):
            continue
        if cls == "forecast" and word == "估计" and _estimate_of_loss(text, start, end):
            continue  # (估计损失金额…: a loss counted after the event)
        if cls == "forecast" and word in _VIEW_VERBS and _VIEW_HOLDERS_RE.search(text, max(0, start - 48), start):
            continue  # (28 percent expect …: the view a share of people holds)
        if cls == "forecast" and judged.spans and judged.holds(start, start + 1):
            ident = "actual"
        out.append((start, end, cls, ident))
    return tuple(out)


# A base word or 的 written inside an item phrase does not split it: 一季度出口同比增长 holds the
# question's 一季度出口增长, 低轨道的运载能力 its 低轨道运载能力.
_INNER_FILLER_RE = lazy(r"同比|环比|的")


@lru_cache(maxsize=1024)
def _squeezed(text: str) -> tuple[str, tuple[int, ...]]:
    """``text`` less its inner fillers, and where each kept character stands in ``text``."""
    keep: list[int] = []
    last = 0
    for m in _INNER_FILLER_RE.finditer(text):
        keep.extend(range(last, m.start()))
        last = m.end()
    keep.extend(range(last, len(text)))
    return "".join(text[i] for i in keep), tuple(keep)


# 非 before a Chinese noun makes its opposite (非食品价格: non-food prices), unless it is part of a word
# of its own (并非, 除非 …).
_NEGATED_NOUN_RE = lazy(r"(?<![并除莫若无是])非", needs='非')
_FLOW_START_RE = lazy(r"迁入|迁出|流入|流出|进口|出口|买入|卖出|移入|移出", needs=('入', '卖', '口', '流', '移', '迁'))


def _occurrences(cite: str, t: str) -> list[tuple[int, int]]:
    """Where the question's term ``t`` stands in the cite: as written, or with a filler inside it
    (never at its ends, where the filler is the next word's). Not inside its own opposite: asked
    食品价格, the cite's 非食品价格 is another item."""
    out = []
    i = cite.find(t)
    while i >= 0:
        out.append((i, i + len(t)))
        i = cite.find(t, i + 1)
    if len(t) >= 3:
        flat, where = _squeezed(cite)
        i = flat.find(t)
        while i >= 0:
            a, b = where[i], where[i + len(t) - 1] + 1
            if b - a > len(t):
                out.append((a, b))
            i = flat.find(t, i + 1)
    if has_han(t[:1]):
        out = [(a, b) for a, b in out if not (a and _NEGATED_NOUN_RE.match(cite, a - 1))]
        if _FLOW_START_RE.match(t):  # (净迁入 is the balance of two flows, no flow: asked 迁入, it is another item)
            out = [(a, b) for a, b in out if not (a and cite[a - 1] == "净")]
    return out


_SAME_PERIOD_RE = lazy(r"同期|同月|同季")


def _kept_per_spans(find):
    """``find(question, cite, values)`` kept per question, cite and the values' spans, all it reads
    (a figure card binds its values twice: for their direction, then for the selection). A fresh list
    out; 256 entries at most, as the repeats come within one card."""
    memo: dict[tuple, tuple] = {}

    def kept(question: str, cite: str, values: list[Value]) -> list:
        key = (question, cite, tuple([(v.start, v.end) for v in values]))
        found = memo.get(key)
        if found is None:
            if len(memo) >= 256:
                memo.clear()
            found = memo[key] = tuple(find(question, cite, values))
        return list(found)

    kept.__doc__, kept.__wrapped__ = find.__doc__, find  # (the plain function, for the test that holds the two equal)
    kept.cache_clear = memo.clear  # (as an lru_cache's: the counting tests start from nothing kept)
    return kept


class _Spans:
    """(start, end) spans asked which overlap or hold a span, by bisection on their starts: the same answers as
    reading every span (``_terms`` asks once per word of a long cite)."""

    __slots__ = ("spans", "order", "starts", "reach", "widest")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.starts: list[int] | None = None  # (indexed when first asked: most cites ask nothing)

    def _index(self) -> list[int]:
        spans = self.spans
        self.order = sorted(range(len(spans)), key=lambda i: spans[i][0])
        self.reach = list(accumulate((spans[i][1] for i in self.order), max))  # the furthest end of those so far
        self.widest = max((y - x for x, y in spans), default=0)
        self.starts = [spans[i][0] for i in self.order]
        return self.starts

    def overlaps(self, a: int, b: int) -> bool:
        """Whether a span has ``x < b and a < y``."""
        k = bisect_left(self.starts or self._index(), b)
        return bool(k) and self.reach[k - 1] > a

    def holds(self, a: int, b: int) -> bool:
        """Whether a span has ``x <= a and b <= y``."""
        k = bisect_right(self.starts or self._index(), a)
        return bool(k) and self.reach[k - 1] >= b

    def over(self, a: int, b: int) -> list[tuple[int, int]]:
        """The spans with ``x < b and a < y`` (and every span as wide, a superset), in the list's order."""
        starts = self.starts or self._index()
        lo, hi = bisect_right(starts, a - self.widest), bisect_left(starts, b)
        return [self.spans[i] for i in sorted(self.order[lo:hi])]


# Two one-character modifiers sharing the head written once after the last (汽、柴油 for 汽油、柴油; 中、小学 for 中学、
# 小学): the first names its item with the shared head.
_SHARED_HEAD_RE = lazy(r"([\u4e00-\u9fff])、([\u4e00-\u9fff])([\u4e00-\u9fff])", needs="、")


def _shared_head_terms(question: str, cite: str, free) -> list[_Term]:
    """The question's item (汽油) at the place of its modifier in a list sharing the head (汽、柴油), where the cite
    writes the item nowhere whole: the list pairs it with its value as it pairs the last item (柴油)."""
    out = []
    for m in _SHARED_HEAD_RE.finditer(cite):
        whole = m[1] + m[3]
        if m[1] != m[2] and whole in question and whole not in cite and m[2] + m[3] in question + cite and free(m.start(1), m.end(1)):
            out.append(_Term(m.start(1), m.end(1), "entity", whole, True))
    return out


@_kept_per_spans
def _terms(question: str, cite: str, values: list[Value]) -> list[_Term]:
    """Every descriptor in the cite, marked when the question names it too."""
    q_table = {ident for _, _, cls, ident in _table_terms(question)}
    cjk, words = _question_terms(question, cite)
    inside = [(v.start, v.end) for v in values]
    taken: list[tuple[int, int]] = []
    found: list[_Term] = []
    for a, b, cls, ident in _table_terms(cite):
        found.append(_Term(a, b, cls, ident, ident in q_table))
        taken.append((a, b))
    # a flow's difference from the same period a year before (同比多增1643亿元, 较上年同期少增4400亿元) is a metric
    # of its own, not the flow: the question's 多增 asks for it
    q_diff = {m.group() for m in _DIFFERENCE_Q_RE.finditer(question)}
    for m in _DIFFERENCE_RE.finditer(cite):
        found.append(_Term(m.start(), m.end(), "metric", m.group(), m.group() in q_diff))

    # (the spans looked up by where they start, not read in full for each word: a long cite has thousands)
    inside_at, taken_at = _Spans(inside), _Spans(taken)

    def free(a: int, b: int) -> bool:
        return not inside_at.overlaps(a, b) and not taken_at.holds(a, b)

    months = [m.span() for m in _span_matches(cite) if m["m1"]]  # (1至8月: a period, no item's words)
    near_at, months_at = _Spans(inside + months), _Spans(months)
    for t in cjk:
        for a, b in _occurrences(cite, t):
            # 人受伤 over 628人受伤: the counter is the value's, the rest the question's (only a span over the word can
            # cut it, and the cuts only shorten it: those spans, in the list's order)
            for x, y in near_at.over(a, b):
                if x <= a < y < b:
                    a = y
                elif a < x < b <= y:
                    b = x
            if b - a >= 2 and free(a, b) and not months_at.overlaps(a, b):
                found.append(_Term(a, b, "entity", t if b - a > len(t) else cite[a:b], True))
    found += _shared_head_terms(question, cite, free)
    periods = _periods(cite)
    # a year naming the basis a value is computed on (以2000年世界人口结构调整后, 按2015年不变价格计算, in 2010 dollars)
    # is the basis's, not the period of the value
    basis = [m.span() for m in _BASIS_YEAR_RE.finditer(cite)]
    for a, b, key in periods:
        if not any(x < b and a < y for x, y in inside) and not any(x <= a and b <= y for x, y in basis):
            found.append(_Term(a, b, "when", key, False))
    # 同期 after a date (比2019年同期) is that date's, a period word, not an item the clause names
    ends = {b for _, b, _ in periods}
    found = [t for t in found if not (t.cls == "entity" and t.start in ends and _SAME_PERIOD_RE.fullmatch(cite, t.start, t.end))]
    for m in _WORD_RE.finditer(cite):
        s = _stem(m.group())
        if s in words and m.group() not in _STOP and free(m.start(), m.end()):
            found.append(_Term(m.start(), m.end(), "entity", s, True))
    # a name's one-letter model (Model S, Model X) is a name of its own: asked by the question as a whole
    for m in _LETTER_MODEL_RE.finditer(cite):
        s = _stem(m[1])
        if s in words and s in _NAMES.get()[0] and f"{m[1]} {m[2]}" in question and free(m.start(), m.end()):
            found.append(_Term(m.start(), m.end(), "entity", f"{s} {m[2]}", True))
    # A period word inside an item the question names (未接种本季流感疫苗) is the item's, not its value's.
    named = [(t.start, t.end) for t in found if t.asked and t.cls == "entity" and not t.ident.isascii()]
    named_at = _Spans(named)  # (a span holding the word past both its ends: looked up, not read for each word)
    found = [t for t in found if t.cls not in ("period", "when")
             or not (named and named_at.holds(t.start - 1, t.end + 1))]
    found.sort(key=lambda t: t.start)
    return found


_BASIS_YEAR_RE = lazy(r"(?:以|按照|按|依照|依)[^,;:。\d]{0,12}\d{4}\s?年[^,;:。\d]{0,16}?(?:计算|调整后|调整|为基准|为准|不变价|可比价)"
                      r"|(?<![a-z])(?:in|at)\s(?:constant\s|chained\s)?\d{4}\s(?:dollars|prices)(?![a-z])",
                      needs=("以", "按", "依", "dollars", "prices"))
# A word and one letter after it (model s, model x): a product's one-letter model, when the word is a name.
_LETTER_MODEL_RE = lazy(r"(?<![a-z0-9'-])([a-z][a-z'-]+) ([b-hj-z])(?![a-z0-9'’-])")
_DIFFERENCE_RE = lazy(r"(?:多|少)(?:增|减)(?=\s?了?\s?[\d零〇一二两三四五六七八九十])", needs=("多", "少"))
_DIFFERENCE_Q_RE = lazy(r"(?:多|少)(?:增|减)", needs=("多", "少"))


_QUARTER_RE = lazy(r"q([1-4])|第\s?([一二三四1-4])|(first|second|third|fourth|1st|2nd|3rd|4th)|quarter\s(one|two|three|four)|([1-4])q")
_QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "first": 1, "second": 2, "third": 3, "fourth": 4,
             "one": 1, "two": 2, "three": 3, "four": 4,
             "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_FY_RE = lazy(r"((?:19|20)\d\d)|fy\s?(\d\d)(?!\d)")
_FISCAL_WORDS = ("fiscal", "fy", "财年", "财季", "财政年度", "会计年度")
_MONTH_WORDS = {m: i for i, ms in enumerate((
    (), ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
    ("december", "dec"))) for m in ms}
_CN_SMALL = {c: i for i, c in enumerate("〇一二三四五六七八九十", 0)} | {"两": 2, "十一": 11, "十二": 12}
# Periods of a year named as a span of months: halves, first n quarters, month ranges, a
# quarter without 第 (一季度). Quarters with 第 / "second quarter" / q2 come from dates' labels.
_HALVES = {"上半年": (1, 6), "下半年": (7, 12), "first half": (1, 6), "second half": (7, 12), "h1": (1, 6), "h2": (7, 12)}


_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11)}
_MONTH_NAME = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_SPAN_RE = lazy(
    r"(?P<half>上半年|下半年|(?<![a-z])(?:first|second) half(?![a-z])|(?<![a-z0-9])h[12](?![a-z0-9]))"
    r"|(?P<whole>全年|(?<![a-z])(?:full|whole|entire)[ -]year(?![a-z]))"  # a whole year, against its parts
    # a season of the year (the autumn temperature, summer 2014): three months, another period than one of its months
    # (spring, summer, autumn as the northern meteorological seasons count them); before a noun of an event, goods or a
    # crop it names a kind, no period (the Spring Festival, 春节; the spring sale; spring wheat; a summer school)
    r"|(?<![a-z])(?P<season>spring|summer|autumn)(?!['’]?s?\s?(?:festival|olympics|games|school|camp|break|holidays?|sales?|"
    r"collections?|wheat|barley|oats|crops?|plantings?|harvests?|term|semester|session|league|series|tour)(?![a-z]))(?![a-z])"
    r"|前(?P<nq>[一二两三1-3])(?:个)?季度?"
    # 首11个月, 前三个月, 累计前11月 (Taiwan's, 个 left out after digits or Chinese numerals: 前十一月, 前九月): january
    # to the nth (not 前一月, the month before)
    r"|(?<!\d)[首前](?P<nm>\d{1,2}(?=\s?个?月)|(?:十[一二]?|[一二两三四五六七八九])(?=\s?个月)|(?<=前)(?:十[一二]?|[二两三四五六七八九])(?=月))\s?个?月"
    r"|(?<![第前\d])(?P<q>[一二三四1-4])季度"
    r"|第(?P<q2>[一二三四1-4])季(?!度)"  # 第3季 (Taiwan's 第三季 without 度)
    r"|(?P<m1>\d{1,2}|十[一二]?|[一二三四五六七八九])\s?(?:月份?)?\s?(?:到|至|-|–|—|~)\s?(?P<m2>\d{1,2}|十[一二]?|[一二三四五六七八九])\s?月份?"
    rf"|(?<![a-z])(?P<e1>{_MONTH_NAME})(?:\s(?P<y1>(?:19|20)\d\d))?\s?(?:-|–|—|to|through|thru)\s?(?P<e2>{_MONTH_NAME})(?![a-z])",
    # (where a match can start: a Han character or a digit of the branches above, or the first letter of their English
    # words, each after a non-letter — half, first, second, full, whole, entire, spring, summer, autumn, a month's name)
    starts=r"[上下全前首第一二三四五六七八九十\d]|(?<![a-z])[fshweajmond]",
)


@lru_cache(maxsize=4096)
def _span_matches(text: str) -> tuple[re.Match, ...]:
    """Every match of ``_SPAN_RE`` in ``text``, read once per text (``_periods`` and ``_terms`` read a cite's alike)."""
    return tuple(_SPAN_RE.finditer(text))


def _month_span_at(text: str, at: int) -> bool:
    """Whether a span of months (1—11月, 1至8月) starts at ``at``: its first month is no figure, nor
    the year before it (102年1至8月)."""
    m = _SPAN_RE.match(text, at)
    return bool(m and m["m1"])


# A graduating cohort (2020届) is a period, the year it graduates, not a figure: three cohorts in one
# sentence are three periods' values.
_COHORT_RE = lazy(r"((?:19|20)\d\d)\s?届", needs='届')
# At a clause's start, 月内 / 期内 / 期间 / 同期 refer to the period already named, not an earlier one.
_PERIOD_ANAPHOR_RE = lazy(r"(?:^|(?<=[,;:。\n]))\s?(月内|期内|期间|同期内|该月|当月)", needs=('当月', '月内', '期内', '期间', '该月'))


def _month(word: str) -> int:
    return int(word) if word.isdigit() else _CN_SMALL.get(word, 0) or _MONTH_WORDS.get(word, 0)


def _spans(text: str) -> list[tuple[int, int, tuple[int, int]]]:
    """(start, end, (first month, last month)) of the periods of a year that ``text`` names as months."""
    out = []
    for m in _span_matches(text):
        if m["half"]:
            span = _HALVES[m["half"]]
        elif m["whole"]:
            span = (1, 12)
        elif m["season"]:
            span = _SEASON_MONTHS[m["season"]]
        elif m["nq"]:
            span = (1, 3 * _month(m["nq"]))
        elif m["nm"]:
            span = (1, _month(m["nm"]) if m["nm"] != "两" else 2)
            if not 1 <= span[1] <= 12:
                continue
        elif m["q"] or m["q2"]:
            q = _month(m["q"] or m["q2"])
            span = (3 * q - 2, 3 * q)
        else:
            a, b = (_month(m["m1"]), _month(m["m2"])) if m["m1"] else (_month(m["e1"]), _month(m["e2"]))
            if not 1 <= a < b <= 12:
                continue
            span = (a, b)
        out.append((m.start(), m.end(), span))
    return out


_BARE_MAY_RE = lazy(r"(?<![a-z])(?:in|from|since|for|of|during|than)\s(may)(?=\s?[.,;:)?]|\s(?:and|from|to|as|when|while|but)\s|\Z)", needs='may')

# A month that names a futures contract (Brent crude for January delivery, the contract with November delivery,
# December futures) is the contract's name, not the period its price or change was stated for.
_CONTRACT_MONTH_AFTER_RE = lazy(r"\s(?:delivery|futures|contracts?)(?![a-z])", needs=("delivery", "futures", "contract"))


@lru_cache(maxsize=4096)
def _periods(text: str) -> tuple[tuple[int, int, str], ...]:
    """The dates and period labels of normalised ``text`` as (start, end, "year,month,day,quarter,months").

    A calendar quarter, a half and a month range are one kind of period, a span of
    months (第二季度 = 四到六月份 = april-june); a fiscal quarter keeps its number,
    as a fiscal year need not start in January.
    """

    dates, labels = _scan(text)
    fiscal = any(w in text for w in _FISCAL_WORDS)
    spans = _spans(text)
    out = []
    for d in dates:
        if d.month and not d.day and _CONTRACT_MONTH_AFTER_RE.match(text, d.end):
            continue  # (for January delivery: a contract's name, no period)
        inside = [sp for a, b, sp in spans if a < d.end and d.start < b]
        if inside:  # 四到六月份: the range, not its last month
            if d.year is not None:
                out.append((d.start, d.end, _when_key(d.year, None, None, None, None)))
            continue
        months = f"{d.month}-{d.month}" if d.month and not d.day else None
        out.append((d.start, d.end, _when_key(d.year, d.month, d.day, None, months)))
    for a, b in labels:
        label = text[a:b]
        y = _FY_RE.search(label)
        year = int(y[1]) if y and y[1] else 2000 + int(y[2]) if y else None
        q = _QUARTER_RE.search(label)
        quarter = _QUARTERS.get(q[2] or q[3] or q[4], int(q[1] or q[5] or q[2] or 0) if (q[1] or q[5] or (q[2] or "").isdigit()) else None) if q else None
        if quarter and not fiscal:
            out.append((a, b, _when_key(year, None, None, None, f"{3 * quarter - 2}-{3 * quarter}")))
        else:
            out.append((a, b, _when_key(year, None, None, quarter, None)))
    for a, b, (first, last) in spans:
        if fiscal and (first, last) == (1, 12):
            continue  # (a fiscal full year is not January to December: its quarters keep their numbers too)
        if not any(x < b and a < y for x, y in labels):
            out.append((a, b, _when_key(None, None, None, None, f"{first}-{last}")))
    for m in _COHORT_RE.finditer(text):
        out.append((m.start(), m.end(), _when_key(int(m[1]), None, None, None, None)))
    for m in _BARE_MAY_RE.finditer(text):  # (in May. — the month the date parser leaves to its modal verb)
        if not any(a <= m.start(1) < b for a, b, _ in out):
            out.append((m.start(1), m.end(1), _when_key(None, 5, None, None, "5-5")))
    out.sort()
    for m in _PERIOD_ANAPHOR_RE.finditer(text):  # 月内 / 期内 / 期间: the period named last before it
        named = [key for a, b, key in out if b <= m.start(1)]
        if named:
            out.append((m.start(1), m.end(1), named[-1]))
    return tuple(sorted(out))


def _when_key(*parts: int | str | None) -> str:
    return ",".join("" if p is None else str(p) for p in parts)


def _months(part: str) -> tuple[int, int]:
    a, _, b = part.partition("-")
    return int(a), int(b)


def _conflicts(a: str, b: str) -> bool:
    """Two periods that cannot be the same: some part both state differs (2021年 / 2022年q2);
    two spans of months (4-6月 / 第一季度; 9月份 / 1—9月份, one month against the months to date)."""
    *xs, xm = a.split(",")
    *ys, ym = b.split(",")
    if xm and ym and _months(xm) != _months(ym):
        return True
    return any(x and y and x != y for x, y in zip(xs, ys))


def _one_period(keys: list[str]) -> list[str]:
    """The question's period keys as one period when they are parts of it (q2 + 2022 -> q2 2022);
    as they are when two of them cannot be the same period (april 2022, may 2022)."""
    # (a whole year with a part of it, 8月预测今年全年…: the part is the period that tells values apart)
    whole = [k for k in keys if k.endswith(",1-12")]
    if whole and any(k.rpartition(",")[2] for k in keys if k not in whole):
        keys = [k for k in keys if k not in whole] + [k.rpartition(",")[0] + "," for k in whole]
    if len(keys) < 2 or any(_conflicts(a, b) for i, a in enumerate(keys) for b in keys[i + 1:]):
        return keys
    parts = [""] * len(keys[0].split(","))
    for key in keys:
        for i, p in enumerate(key.split(",")):
            parts[i] = parts[i] or p
    return [",".join(parts)]


def _wider_period(stated: str, asked: str) -> bool:
    """Whether ``stated`` is a period holding ``asked`` and wider than it: it states some of the parts the question
    gives, the same, and leaves out others (2022 holding 2022年3月17日)."""
    pairs = list(zip(stated.split(","), asked.split(",")))
    # (its year stated: a month written without one, July, is the question's month, its year left to the context)
    return bool(pairs[0][0]) and all(not x or x == y for x, y in pairs) and any(y and not x for x, y in pairs)


def _finer_dated(candidates: list[Value], q_when: list[str]) -> list[Value]:
    """Less the values dated only by a period wider than the question's day, where some value is dated by that day
    itself (升息1碼 on 2022年3月17日 against 累計3.5碼 since 2022); all of them where none is."""
    if len(q_when) != 1 or len(q_when[0].split(",")) < 3 or not q_when[0].split(",")[2]:
        return candidates
    q = q_when[0]
    if not any(_matches(w, q) for v in candidates for w in v.when):
        return candidates
    return [v for v in candidates if not (v.when and all(_wider_period(w, q) for w in v.when))]


def _span_only(key: str) -> str:
    """The key with its span of months alone (the year and the date left out)."""
    return ",,,," + key.rpartition(",")[2]


def _asked_bases(q_text: str) -> set[str]:
    """The periods a question asking a change writes as its base (较3月增加多少, 比去年同期下降多少, rise compared with
    September): the change is measured from them; it asks no value of them."""
    if _direction(q_text) is None and not _CHANGE_QUESTION_RE.search(q_text):  # (有何变化 asks the change too)
        return set()
    return {key for a, _, key in _periods(q_text) if _ASKED_BASE_BEFORE_RE.search(q_text, max(0, a - 20), a)}


def _unbased_periods(q_text: str, keys: list[str]) -> list[str]:
    """The periods a question names less its bases (_asked_bases); all of them where it names no other."""
    based = _asked_bases(q_text)
    return [k for k in keys if k not in based] or keys


# The word a question writes right before the period it compares with (较3月, 比上年, compared with September).
_ASKED_BASE_BEFORE_RE = lazy(r"(?:较|比|与)\s?\Z|(?<![a-z])(?:from|compared (?:with|to)|versus|vs\.?|than)\s(?:the\s)?\Z")


def _measured_from(q_text: str, v: Value, periods: list[str]) -> bool:
    """Whether ``v`` is a change measured from one of ``periods`` that the question compares with (较3月增加多少 of
    较3月的30606.33亿美元增加308.27亿美元): stated for that base as the base's own level is, and what a question asking the
    change asks."""
    if v.role != "delta" or not v.base.startswith("date:"):
        return False
    return any(_matches(v.base[5:], q) for q in _asked_bases(q_text).intersection(periods))


def _own_when(v: Value, values: list[Value], q_text: str) -> set[str]:
    """The periods ``v`` is stated for, its base left out: a change measured from a period (较3月末上涨204.45亿美元) is
    no value of that period, only the level it is measured from is; it is the change over the period of the level it
    leads to (截至4月末…达30295.33亿美元, the figure before it in its sentence, in its unit). Where no such level stands
    before it, or the question compares with another period than its base (较去年12月 against 较去年同月: the change
    against another base), as the cite gives it."""
    if v.role != "delta" or not v.base.startswith("date:") or not v.when or any(v.base != f"date:{w}" for w in v.when):
        return v.when
    if any(not _matches(v.base[5:], q) for q in _asked_bases(q_text)):
        return v.when
    level = max((w for w in values if not w.role and w.sentence == v.sentence and w.end <= v.start
                 and w.key[1:2] == v.key[1:2] and w.when), key=lambda w: w.start, default=None)
    return level.when if level is not None else v.when



_YEAR_AGO_RE = lazy(r"去年|上年|(?<![a-z])(?:a year (?:ago|earlier)|last year|year-ago|year-earlier)(?![a-z])")


_BASE_WORD_BEFORE_RE = lazy(r"(?:较|比|与)\s?\Z")
# (上一年, 上一季度, 上个月 are the full forms of 上年, 上季, 上月: the same base)
_BASE_PRIOR_RE = lazy(r"(?:较|比|与)\s?(?:去年|上年|上季|上月|前一|上一|上个月)")


def _year_before(key: str) -> str:
    """The period one year before ``key`` (2021,11,… -> 2020,11,…); '' when it states no year."""
    year, _, rest = key.partition(",")
    return f"{int(year) - 1},{rest}" if year.isdigit() else ""


# A word saying the value after it holds for each of the periods named before it (皆为, 均为, both at).
_ALIKE_BEFORE_RE = lazy(r"(?:皆|均|都|同)为?\s?\Z|(?<![a-z])(?:both|each|alike)(?:\s(?:at|of|stood at|were|was))?\s\Z",
                        needs=("皆", "均", "都", "同", "both", "each", "alike"))


def _periods_alike(cite: str, v: Value) -> bool:
    """Whether ``v`` is stated for two or more periods of one kind alike (109年与110年…皆为4分19秒): it holds for each,
    so a question asking one of them asks it."""
    return len(v.when) > 1 and len({tuple(bool(p) for p in w.split(",")) for w in v.when}) == 1 \
        and _ALIKE_BEFORE_RE.search(cite, max(0, v.start - 14), v.start) is not None


def _matches(stated: str, asked: str) -> bool:
    """A period states every part the question's period gives, the same."""
    pairs = list(zip(stated.split(","), asked.split(",")))
    return any(y for _, y in pairs) and all(not y or x == y for x, y in pairs)


def _attach(v: Value, t: _Term, beside: bool = True) -> None:
    """Bind ``t`` to ``v``; ``beside`` when it stands in ``v``'s own words (not carried to it)."""
    if t.cls == "when":
        # a whole period and a part of it both before one value (guidance for the second quarter and … full year
        # guidance for at least $1.20): the nearer is the value's own, the other another value's
        months = t.ident.rpartition(",")[2]
        if months and months.partition("-")[0] != months.partition("-")[2]:  # (spans, not a month's date: 8月预测的)
            gap = t.start - v.end if t.start >= v.end else v.start - t.end
            rivals = [k for k in v.when if k in v.when_at and (k.rpartition(",")[2] or months) != months]
            if any(v.when_at[k] < gap for k in rivals):
                return
            v.when.difference_update(rivals)
            v.when_at[t.ident] = gap
        v.when.add(t.ident)
    elif t.cls in ("period", "forecast", "direction"):
        v.flags.setdefault(t.cls, t.ident)
        if t.cls == "period" and t.asked:
            v.terms.setdefault("period", set()).add(t.ident)
    elif t.asked:
        v.terms.setdefault(t.cls, set()).add(t.ident)
        if beside:
            v.spans.append((t.start, t.end))


# A part named after its whole (delivered 14,370, with 9,745 of those being …; 30 seats, 12 of them …): the value
# after the whole and before "of those"/"of them"/"of which", or after "of which"/"including". (Not an absolute
# "with" phrase alone: with 31 lots finding buyers has a subject of its own.)
_PART_AFTER_RE = lazy(r"\s(?:of (?:those|them|these|which|whom))(?![a-z])", needs=("of",))
_PART_BEFORE_RE = lazy(r"(?:,|;|\()\s?(?:including\s|of (?:which|whom)\s)(?:[a-z]+\s)?\Z")
# A whole opening its sentence as a partitive (of the 16 times she has been nominated, she has won just once; of the
# 29 colleges surveyed, 15 accepted …): the values after the comma that closes it are its parts.
_OF_WHOLE_BEFORE_RE = lazy(r"(?:\A|[.;:!?]\s|\n)(?:[a-z]+\s)?of\s(?:the|those|these|its|their|his|her)\s\Z", needs=("of",))
# A part after "with" that writes no noun of its own (with 162 observed in the placebo group): the whole's noun is its.
_WITH_BEFORE_RE = lazy(r"(?:,|;)\s?with\s\Z", needs=("with",))
_BARE_PART_AFTER_RE = lazy(r"\s(?:[a-z]+\s)?(?:in|among|at|on|by|for)(?![a-z])")
_PREPOSITION_AFTER_RE = lazy(r"\s(?:in|among|at|on|by|for|of)(?![a-z])")
# The next part of the same list: joined by 'and' or a comma, with no sentence end between.
_NEXT_PART_RE = lazy(r"[^.;:!?]*?(?:,|\sand|\sversus|\svs\.?|\sagainst)\s(?:[a-z]+\s)?")


def _parts_of_whole(cite: str, values: list[Value], question: str) -> None:
    """Parts written after their whole inherit the whole's item words (delivered 14,370, with 9,745 of those being
    Model S and 4,625 being Model X: the parts are deliveries too), beside their own (the model names them): where
    the question names something of the part; a question naming nothing of it asks the whole."""
    if has_han(cite):
        return
    done: set[int] = set()
    for i, p in enumerate(values[1:], 1):
        whole = values[i - 1]
        if i in done or not (_PART_AFTER_RE.match(cite, p.end) or _PART_BEFORE_RE.search(cite, whole.end, p.start)
                             or _WITH_BEFORE_RE.search(cite, whole.end, p.start) and _BARE_PART_AFTER_RE.match(cite, p.end)
                             or "," in cite[whole.end:p.start]
                             and _OF_WHOLE_BEFORE_RE.search(cite, max(0, whole.start - 16), whole.start)) \
                or _NAME_SENTENCE_END_RE.search(cite, whole.end, p.start):
            continue
        parts = [p]
        for k, q in enumerate(values[i + 1:], i + 1):
            if not _NEXT_PART_RE.fullmatch(cite, parts[-1].end, q.start):
                break
            parts.append(q)
            done.add(k)
        # (nor by the words of the question's own frame: Moderna's COVE study names no group)
        held = {t for ts in whole.terms.values() for t in ts} | _frame_words(question) | _possessors(question)
        for q in parts:
            if not {t for cls in _ITEM_CLASSES for t in q.terms.get(cls, ())} - held:
                continue  # (a part the question names nothing of: the whole's words choose the whole)
            for cls in _ITEM_CLASSES:
                if cls in whole.terms:
                    q.terms.setdefault(cls, set()).update(whole.terms[cls])
            if not q.measure or _PREPOSITION_AFTER_RE.match(cite, q.end):
                # (8 in the vaccine group, 9,745 of those: a part that writes no noun counts the whole's)
                q.measure = whole.measure


def bind(cite: str, values: list[Value], question: str, holders: Sequence[Value] = ()) -> list[Value]:
    """Attach every descriptor of normalised ``cite`` to the values it describes.

    A margin of error ("1.0 percent (±0.5 percent)") is described by what describes
    the value it qualifies: it is bound through that value, never on its own."""
    margins = [v for v in values if v.head is not None]
    if margins:
        own = sorted({id(v): v for v in [*(v for v in values if v.head is None), *(m.head for m in margins)]}.values(),
                     key=lambda v: v.start)
        # The bracket is an aside of its value, not a clause: "up 1.0 percent (±0.4 percent) from
        # may 2022" binds as "up 1.0 percent from may 2022".
        chars = list(cite)
        for m in margins:
            a = cite.rfind("(", 0, m.start)
            b = cite.find(")", m.end)
            b = b + 1 if b >= 0 else m.end
            chars[a:b] = " " * (b - a)
        _bind("".join(chars), own, question)
        for m in margins:
            h = m.head
            m.terms = {cls: set(ts) for cls, ts in h.terms.items()}
            m.flags = {cls: p for cls, p in h.flags.items() if cls != "direction"}  # ± has no direction
            m.when, m.spans, m.role = set(h.when), list(h.spans), h.role
            m.clause, m.sentence, m.label = h.clause, h.sentence, f"± of {h.described()}"
        return values
    _bind(cite, values, question, holders)
    _parts_of_whole(cite, values, question)
    return values


_REPORT_TIME_RE = lazy(r"(?:此前|早前|日前)\s?,?[^\d,;。]{0,20}?(?:数据|统计)?(?:显示|表示|指出|称|公布|发布)", needs=("前",))
_SINCE_BEFORE_RE = lazy(r"(?<![a-z])since\s\Z|自\s?\Z")
# "previously" before an adjective (previously reluctant Russia, a previously unknown firm) says what a name was, not
# when a value was; before a participle (previously announced, previously agreed, previously set) it dates a value.
_PREVIOUSLY_ADJECTIVE_RE = lazy(r"previously\s(?!(?:set|cut|forecast|held|made|given|shown|paid|sold|spent|built|put|known|"
                                r"seen|taken|won|lost|told|said|quoted|planned|reported)(?![a-z]))[a-z]+(?<!ed)\s", needs="previously")
_SINCE_AFTER_RE = lazy(r"\s?(?:以来|至今)")


# The date holders are of record on (to shareholders of record on May 8, holders of record as of the close of business on
# May 8): it names who is paid, not the period of a value in its clause.
_OF_RECORD_BEFORE_RE = lazy(r"(?<![a-z])of\srecord\s(?:on\s|as\sof\s)?(?:the\sclose\sof\sbusiness\s(?:on\s)?)?\Z", needs="record")
_NAMED_VALUE_BEFORE_RE = lazy(r"(?<![a-z])the\s[a-z]+(?:\s[a-z]+){0,2}\s(?:of|at|was)\s(?:about\s|around\s|just\s)?\Z")
_NAMES_VALUE_AFTER_RE = lazy(r"(?:\s[a-z]+){0,2}?\s(?:of|at|was)\s(?:about\s|around\s|just\s)?[$€£¥]?\d", needs=('at', 'of', 'was'))


# 本次/这次 (this time) is this term or election against an earlier one the cite names (四年前拿下六十八席…,本次雖下滑
# 至六十一席): a current period; with no earlier period named it is this event (本次拍卖共5宗, 本次调整民生用电), no
# period of its values, and it is no word of the table.
_THIS_TIME_RE = lazy(r"本次|这次", needs=("本次", "这次"))


def _this_time(cite: str, question: str, terms: list[_Term]) -> list[_Term]:
    taken = [(t.start, t.end) for t in terms]
    return [_Term(m.start(), m.end(), "period", "current", m.group() in question) for m in _THIS_TIME_RE.finditer(cite)
            if not any(a < m.end() and m.start() < b for a, b in taken)]


def _bind(cite: str, values: list[Value], question: str, holders: Sequence[Value] = ()) -> list[Value]:
    clauses, sentences = _boundaries(cite, values)
    for h in holders:
        h.clause = _index(clauses, h.start)
    terms = _terms(question, cite, values)
    if ("本次" in cite or "这次" in cite) and any(t.cls == "period" and t.ident == "prior" for t in terms):
        terms = sorted(terms + _this_time(cite, question, terms), key=lambda t: t.start)
    for v in values:
        v.clause = _index(clauses, v.start)
        v.sentence = _index(sentences, v.start)
    bases = _bases(cite, clauses, sentences, values, terms)
    terms = [t for t in terms if not (t.cls == "period" and cite[t.start:t.end] in ("versus", "vs", "vs.")
                                      and _arms_set_against(cite, clauses, values, t.start, t.end))]
    # An earlier period named inside a comparison with no value of its own
    # (up 13.8% from those reported in the prior year, 比去年同期增长5%) is the
    # base of the change, not the period of the value.
    # So is everything else named in a base that follows its change (up 13.8% from
    # those reported in the prior year's fourth quarter).
    # So is a date or period naming the level a base written before its change states in another
    # measure than the answer's (较第2季1兆7934.68亿元季增14.47%: 第2季 is that level's, the change is 第3季's).
    # (… but the noun naming the base's own value, "surged to $4.4 million from the opening bid of $200,000", is that
    # value's: a question naming the opening bid asks the base)
    named_base = {t.start for t in terms if t.cls in _ITEM_CLASSES and t.asked and _NAMES_VALUE_AFTER_RE.match(cite, t.end)}
    bases_over = _bases_over(bases)
    terms = [t for t in terms if t.start in named_base or not any(
        a <= t.end and t.start < b and not held and (after and t.cls != "direction" or t.cls == "period" and t.ident == "prior"
                                                     or t.cls == "when" and t.start >= a and _DIGIT_RE.search(cite, t.end, b))
        for a, b, held, after in bases_over(t.start, t.end))]
    # "since last year", 自去年以来: a span running from then to now, not the earlier period
    terms = [t for t in terms if not (t.cls == "period" and t.ident == "prior" and (
        _SINCE_BEFORE_RE.search(cite, max(0, t.start - 7), t.start) or _SINCE_AFTER_RE.match(cite, t.end)))]
    # "to shareholders of record on May 8": the record date says who is paid, not when the value is for
    if "record" in cite:
        terms = [t for t in terms if not (t.cls == "when" and _OF_RECORD_BEFORE_RE.search(cite, max(0, t.start - 40), t.start))]
    # 此前,X的数据显示…: the time of a report or a saying, not an earlier period of the figures it gives
    terms = [t for t in terms if not (t.cls == "period" and t.ident == "prior" and _REPORT_TIME_RE.match(cite, t.start))]
    if "previously" in cite:
        terms = [t for t in terms if not (t.cls == "period" and t.ident == "prior" and _PREVIOUSLY_ADJECTIVE_RE.match(cite, t.start))]
    # 继续高于上月: an earlier period after a comparative with no value of its own is what the sentence's level is
    # compared with, not the period of a value after it (其中…达到19.5%)
    terms = [t for t in terms if not (t.cls == "period" and t.ident == "prior" and _COMPARED_PRIOR_RE.search(cite, max(0, t.start - 3), t.start)
                                      and not _VALUE_AFTER_RE.match(cite, t.end))]
    owned = {a: b for a, b in _term_owned(cite)}  # 上届6.5万多票: the term is its value's alone
    asked = {_term_period(m[1]) for m in _TERM_WORD_RE.finditer(question)}
    held = [(_Term(a, b, "period", "prior", "prior" in asked), v)
            for a, b in owned.items() if _term_period(cite[a:b]) == "prior" for v in values if v.start == b]
    # this term (本届, 今届) sets a value's period apart from the last term's; as a word the question
    # asks by, it counts only as written (its 今届 does not pick the cite's 本届 over the other values)
    terms = [_Term(t.start, t.end, t.cls, t.ident, t.asked and cite[t.start:t.end] in question)
             if t.ident == "current" and _TERM_WORD_RE.fullmatch(cite, t.start, t.end) else t
             for t in terms if not (t.cls == "period" and t.ident == "prior" and t.start in owned)]
    # A forecast named as a base (比政府先前的估计超出1%以上) is what the value is
    # measured against: the value itself is an outcome.
    terms = [_Term(t.start, t.end, t.cls, "actual", t.asked)
             if t.cls == "forecast" and any(a <= t.start < b and not held for a, b, held, _ in bases_over(t.start, t.start)) else t
             for t in terms]
    terms = _each(cite, clauses, values, terms)
    if "各" in cite:
        _each_members_metric(cite, sentences, values, terms)
    if "不" in cite or "未" in cite:  # (外资及陆资(不含外资自营商): what a value excludes is not its item)
        excluded = _Spans([(m.end(1), m.end()) for m in _EXCLUDED_RE.finditer(cite)])
        if excluded.spans:
            terms = [t for t in terms if not (t.cls in _ITEM_CLASSES and excluded.holds(t.start, t.end))]
    by_sentence: dict[int, list[_Term]] = {}
    for t in terms:
        by_sentence.setdefault(_index(sentences, t.start), []).append(t)
    values_by_sentence = _by_sentence(values)  # (not every value read again for each sentence of a long cite)
    carried: tuple[int, list[_Term]] | None = None  # the list of items the last sentence's 分别 runs mapped to
    for s in range(len(sentences)):
        s_values = list(values_by_sentence.get(s, ()))
        s_terms = by_sentence.get(s, [])
        if not s_values:
            continue
        lo = sentences[s]
        hi = sentences[s + 1] if s + 1 < len(sentences) else len(cite)
        listed = _RESPECTIVELY_RE.search(cite, lo, hi)
        if listed and listed.group().isascii() and _other_list_between(cite, s_values[-1].end, listed.start()):
            # English "respectively" maps the list of figures nearest before it: figures of another kind standing
            # between these values and it are its list (our revenue was $1.33 billion and EBITDA was $484 million,
            # representing growth of 18% and 16%, respectively: the growth rates', not the amounts')
            listed = None
        if listed and len(s_values) >= 2 and _respectively(cite, lo, hi, s_values, s_terms, question):
            zh_listed = not listed.group().isascii()
            carried = (lo, [t for t in s_terms if t.start < listed.start()]) if zh_listed and _zh_repeated_runs(cite, lo, s_values) else None
            continue
        zh_listed = listed and not listed.group().isascii() and len(s_values) >= 2
        runs = _zh_repeated_runs(cite, lo, s_values) if zh_listed and len(s_values) >= 4 else []
        list_lo, head = lo, [t for t in s_terms if listed and t.start < listed.start()]
        if not runs and zh_listed and carried and cite[lo - 1:lo] == ";":
            # (a ;-part with runs of its own and no list, 下降的城市分别有a和b,分别比上月减少c和d, maps them to the list
            # of the part before it)
            runs = _zh_repeated_runs(cite, carried[0], s_values)
            # (only the list's items and period: its verb, 上涨的城市, was the runs' of that part)
            list_lo, head = (carried[0], [t for t in carried[1] if t.cls in _ITEM_CLASSES or t.cls == "period"]) if runs else (lo, head)
        carried = None
        if runs:
            # (each run takes the list's words, those before the first 分别, and its own since the run before it)
            first = cite.find("分别", lo)
            prev = first
            for r in runs:
                own_terms = [t for t in s_terms if prev <= t.start < r[-1].end]
                _respectively(cite, list_lo, hi, r, head + own_terms, question)
                prev = r[-1].end
            carried = (list_lo, head)
            s_values = [v for v in s_values if v.start < first]
            s_terms = [t for t in s_terms if t.start < prev]
            if not s_values:
                continue
            listed = None
        run = _respective_run(cite, s_values) if listed else []
        zh_run = not run and listed and not listed.group().isascii()
        if zh_run:
            # 分别 before some of the sentence's values (以光电类股表现最佳,上涨1.08%,其次是A及B,分别上涨0.54%及0.48%): its
            # run pairs with the items written since the value before it, as "respectively" does
            run = _zh_respective_run(cite, s_values)
        if run:
            # "respectively" maps its own list by position: the values joined as a list right before it, with the
            # items of their clause (… an all-day 24 hours while Internet browsing and video playback have been
            # extended to six and seven hours respectively); the sentence's other values are bound as usual
            # (its items' clause runs back to the value before the list: weak breaks inside it, and, split no item)
            prev = max((v.end for v in s_values if v.end <= run[0].start), default=lo)
            if zh_run:  # (A、B及C各调升0.25个百分点,分别调整为a、b及c: the move every item shares splits no list from its run)
                prev = _before_shared_move(cite, s_values, prev, lo)
            r_lo = min((c for c in clauses if prev <= c <= run[0].start), default=clauses[_index(clauses, run[0].start)])
            r_hi = min((c for c in clauses if c > run[-1].end), default=hi)
            r_terms = [t for t in s_terms if r_lo <= t.start < r_hi]
            if zh_run:
                # (… and bound with its sentence too, which hands on its frames, 初步预计, and its items to the clauses
                # after the run, each run value keeping its own item's words: _respective_items)
                _respectively(cite, r_lo, r_hi, run, r_terms, question)
                run = []
            elif _respectively(cite, r_lo, r_hi, run, r_terms, question):
                s_values = [v for v in s_values if v not in run]
                s_terms = [t for t in s_terms if t not in r_terms]
        if listed and len(s_values) >= 2:
            _compound_items(cite, lo, hi, s_values, s_terms, question)
        paired = _paired_lists(cite, clauses, s_values, s_terms, question)
        own = {t.ident for t in s_terms if _index(clauses, t.start) in {v.clause for v in paired}}
        if paired:  # (their clauses' words are bound by position)
            s_terms = [t for t in s_terms if _index(clauses, t.start) not in {v.clause for v in paired}]
        _bind_clauses(clauses, s_values, s_terms, cite, lo, holders)
        _parallel(cite, clauses, s_values, s_terms)
        if listed and not run and not listed.group().isascii():
            _respective_items(cite, clauses, lo, s_values, _zh_respective_run(cite, s_values), s_terms)
        for run in _runs_of(paired):  # what the sentence hands on to a paired list is every item's
            for cls, idents in run[0].terms.items():
                for v in run[1:]:
                    v.terms.setdefault(cls, set()).update(idents - own)
    _arms(cite, clauses, values, terms)
    _pronoun_subject(cite, sentences, values, terms)
    _place_carried(cite, sentences, values, terms)
    _demonstrative_change(cite, sentences, values)
    if " with " in cite:
        _with_phrase(cite, clauses, values, terms)
    _bracketed_after_phrase(cite, sentences, values, terms)
    _on_other_measure(cite, clauses, values, terms)
    _apposed_change(cite, values)
    _result_phrases(cite, values)
    _frames(cite, sentences, values, terms)
    if "部分" in cite or "方面" in cite:
        _topic_parts(cite, values, terms)
    _topic_frames(cite, sentences, values, terms)
    _shared_predicate(cite, clauses, values, terms)
    _groups_compared(cite, values)
    _group_frames(cite, clauses, sentences, values, terms)
    _elided(cite, clauses, values, terms)
    _verb_clauses(cite, clauses, values, terms)
    _rankings(cite, values, terms)
    if "next " in cite:
        _ranked_next(cite, values)
    _compared_owner(cite, values, terms)
    _agent(cite, clauses, values, terms)
    _gapped(cite, clauses, values, terms)
    _coordinated_verbs(cite, values, terms)
    _as_well_as(cite, values, terms)
    _sentence_tail(cite, sentences, values, terms)
    _shared_subject(cite, sentences, values, terms)
    _participle_subject(cite, values, terms)
    _reported(cite, sentences, values, terms)
    _parts(cite, values, terms)
    _value_lines(cite, sentences, values, terms)
    _list_head(cite, values, terms)
    _named_change_list(cite, values, terms)
    _parallel_items(cite, sentences, values, terms)
    _semicolon_parts(cite, sentences, values, terms)
    _shares_of_one_whole(cite, sentences, values, terms)
    _forecast_parts(cite, sentences, values, terms)
    if "未来" in cite or "研判" in cite or "不排除" in cite or "恐怕" in cite or "可能" in cite:
        _foreseen_clause(cite, values)
    _colon_list(cite, values, terms)
    _heading_rows(cite, values, terms)
    _list_predicate(cite, values, terms)
    _of_item_list(cite, clauses, values, terms)
    _coordinates(cite, values, terms)
    _bracketed(cite, values, terms)
    _bracket_list(cite, values, terms)
    _flows(cite, clauses, sentences, values, terms)
    by_sentence = _by_sentence(values)
    for s in range(len(sentences)):
        _pair_word(cite, sentences[s], sentences[s + 1] if s + 1 < len(sentences) else len(cite),
                   by_sentence.get(s, []), question)
    _conversions(cite, clauses, values, holders, terms)
    _slash_pairs(cite, sentences, values)
    _range_ends(values)
    adjusting = _ADJUSTED_RE.search(cite) is not None
    for v in values:  # 扣除价格因素…实际增长2.5%, "real GDP grew 2.1%": a real figure, not the nominal one
        if _REAL_RE.search(cite, sentences[v.sentence], v.end):
            v.flags["price"] = "real"
        if adjusting and _adjusted(cite, v):
            v.flags["adjusted"] = "seasonal"
    for v in values:
        if not v.label:
            lo = clauses[v.clause]
            hi = clauses[v.clause + 1] if v.clause + 1 < len(clauses) else len(cite)
            v.label = _label(cite[lo:v.start], cite[v.end:hi])
            carried = [cite[a:b] for a, b in sorted(set(v.spans)) if not lo <= a < hi]
            if carried:
                v.label = " ".join(dict.fromkeys(carried)) + " " + v.label
    for v in values:  # a sign before the number is a direction too: -3.5%, +49,000
        m = _SIGN_RE.search(cite, max(0, v.start - 2), v.start)
        if m:
            v.flags["direction"] = "down" if m.group(1) in "-−" else "up"
    _direction_after(cite, values)
    _compare(cite, values, terms, bases)
    _measured_against(cite, clauses, values)
    _parts_bases(values)
    _rates_of_change(cite, values)
    for t, v in held:
        v.flags["period"] = t.ident
        _attach(v, t)
    _own_periods(cite, values)
    _listed_periods(cite, sentences, values)
    _on_measure_of(cite, values, terms)
    return values


# A second measure hung on a figure by "on a … of" (a crop of 2.9 billion bushels on an average yield of 40 bushels;
# sales of $3 billion on volume of 12 million units): the words between name the second value, not the first.
_ON_MEASURE_OF_RE = lazy(r"(?:\s?[a-z./]+)?\s(?:on|at|with)\s(?:an?\s|the\s|its\s)?(?:[a-z-]+\s){1,4}?of\s(?:about\s|around\s)?[$€£¥]?\Z",
                         needs=("on", "at", "with"))


def _on_measure_of(cite: str, values: list[Value], terms: list[_Term]) -> None:
    """A figure stated "on a yield of"/"on volume of" another is that figure's companion: it is the same estimate's, so
    it takes the first figure's dates and its forecast or earlier standing, and the noun between describes it alone."""
    for w, v in zip(values, values[1:]):
        if v.sentence != w.sentence or v.role or w.role == "delta" or not _ON_MEASURE_OF_RE.fullmatch(cite, w.end, v.start):
            continue
        for t in terms:
            if t.cls in _ITEM_CLASSES and w.end <= t.start and t.end <= v.start:
                if (t.start, t.end) in w.spans:
                    w.spans.remove((t.start, t.end))
                w.terms.get(t.cls, set()).discard(t.ident)
                _attach(v, t)
        if not v.when:
            v.when.update(w.when)
            v.when_at.update((k, at) for k, at in w.when_at.items() if k in w.when)
        for cls in ("period", "forecast"):
            if cls in w.flags:
                v.flags.setdefault(cls, w.flags[cls])


# What a figure leaves out (外资及陆资(不含外资自营商), 营收(不包括…)): the words after the verb of excluding, to the clause's end.
_EXCLUDED_RE = lazy(r"(不含|不包括|不包含|不计入?|未含|未包括)[^,;:。!?()]*", needs=("不", "未"))


def _listed_periods(cite: str, sentences: list[int], values: list[Value]) -> None:
    """Periods written side by side (2021年、2022年的A和B; 2011/12及2012/13年度…698及682亿元) and as many values of one
    kind written side by side after them in their sentence pair by position, with or without 分别, as a list of items
    does: each value is its own period's, not the other's, nor one an earlier clause carried to it."""
    runs: list[list[tuple[int, int, str]]] = []
    for p in _periods(cite):
        if runs and _PAIR_LINK_RE.fullmatch(cite, runs[-1][-1][1], p[0]):
            runs[-1].append(p)
        else:
            runs.append([p])
    for run in runs:
        n = len(run)
        if n < 2 or len({key for _, _, key in run}) < n or not all(_conflicts(x, y) for (_, _, x), (_, _, y) in zip(run, run[1:])):
            continue
        end = run[-1][1]
        after = [v for v in values if v.start >= end]
        own = after[:n]
        if len(own) < n or _index(sentences, own[0].start) != _index(sentences, run[0][0]) or not all(
                _PAIR_LINK_RE.fullmatch(cite, v.end, w.start) and _unit_key(v) == _unit_key(w) for v, w in zip(own, own[1:])):
            continue
        if any(end <= a < own[0].start for a, _, _ in _periods(cite)):
            continue  # (a period between the list and the values dates them itself)
        for v, (_, _, key) in zip(own, run):
            v.when = {w for w in v.when if not _conflicts(w, key)} | {key}


# A pledge before a vote foresees it: "Along with 53 Senate Democrats, seven Republicans have also committed to
# supporting the bill" — the counts of those who pledged are no vote's count. Only the counts before the pledge in its
# sentence (its subjects); what the pledge gives after it (the 60 votes it needs) is not pledged.
_PLEDGE_RE = lazy(r"(?<![a-z])(?:committed|pledged|vowed|promised)\sto\s(?:support|supporting|vote|voting|back|backing|pass|passing"
                  r"|oppose|opposing)(?![a-z])", needs=("committed", "pledged", "vowed", "promised"))


# A version named by its memory and storage (6+128GB, 12GB+512GB): the item a device's price or count is of.
_VERSION_RE = lazy(r"(?<![\d.])(\d{1,2})\s?(?:gb)?\s?\+\s?(\d{2,4})\s?(gb|tb)(?![a-z])", needs=("gb", "tb"))
_VERSION_LIST_END_RE = lazy(r"\s?(?:\([^()]{0,12}\))?\s?(?:、|和|与|及|以及|/)\s?")
_SLASH_LINK_RE = lazy(r"\s?(?:/|、|和|与|及)\s?")


def _listed_versions(cite: str, values: list[Value], question: str) -> None:
    """Versions written side by side (6+64GB和6+128GB可选,售价788/849欧元) and as many values of one kind written side
    by side after them in their sentence pair by position, as listed periods do; a version heading a value's clause
    (12GB+512GB版本售价为4799元) or glossing it in brackets after it (起售价4499元(12GB+256GB)) is that value's. Each
    value is then its own version's: a question naming a version picks its value, another version's is DG601."""
    asked = {_version_key(m) for m in _VERSION_RE.finditer(question)}
    if not asked or not values:
        return
    found = list(_VERSION_RE.finditer(cite))
    if not found:
        return
    owner: dict[int, str] = {}
    i = 0
    while i < len(found):  # runs of versions side by side, then as many values side by side after them
        j = i + 1
        while j < len(found) and _VERSION_LIST_END_RE.fullmatch(cite, found[j - 1].end(), found[j].start()):
            j += 1
        run, i = found[i:j], j
        stop = _SEGMENT_END_RE.search(cite, run[-1].end())
        own = [v for v in values if run[-1].end() <= v.start < (stop.start() if stop else len(cite))][:len(run)]
        if len(run) > 1 and len(own) == len(run) and all(
                _SLASH_LINK_RE.fullmatch(cite, v.end, w.start) and _unit_key(v) == _unit_key(w) for v, w in zip(own, own[1:])):
            owner.update({id(v): _version_key(m) for v, m in zip(own, run)})
        elif len(run) == 1:
            m = run[0]
            before = [v for v in values if v.end <= m.start() and cite[v.end:m.start()].strip() == "("]
            after = [v for v in values if m.end() <= v.start and not _CLAUSE_MARK_RE.search(cite, m.end(), v.start)]
            for v in before[-1:] or after[:1]:
                owner.setdefault(id(v), _version_key(m))
    for v in values:  # (as things of one kind are: another version's value is another item's, _select's first narrowing)
        if id(v) in owner:
            v.flags["thing"] = "asked" if owner[id(v)] in asked else "other"


# A bracket of a few Han words right after a value names what the value is of (1200万(广角)+1600万(超广角)).
_GLOSS_AFTER_RE = lazy(r"\s?\(([\u4e00-\u9fff]{1,6})\)")


def _glossed_values(cite: str, values: list[Value], question: str) -> None:
    """Values of one sentence each named by the bracket after it (1200万(广角)+1600万(超广角)+800万(长焦)像素) are
    things of one kind, as versions are: a question naming one of the bracket's words picks its value, another
    bracket's is another item's (DG601). The longest word the question writes wins: 超广角 holds 广角, but names
    another camera."""
    glossed = [(v, m[1]) for v in values if (m := _GLOSS_AFTER_RE.match(cite, v.end))]
    if len(glossed) < 2 or "(" not in cite:
        return
    words = {w for _, w in glossed if w in question}
    asked = {w for w in words if not any(w != x and w in x for x in words)}
    if not asked:
        return
    sentences = {v.sentence for v, w in glossed if w in asked}
    mates = [(v, w) for v, w in glossed if v.sentence in sentences]
    if len({w for _, w in mates}) < 2:
        return
    for v, w in mates:
        v.flags["thing"] = "asked" if w in asked else "other"


def _version_key(m: re.Match) -> str:
    return f"{m[1]}+{m[2]}{m[3].lower()}"


# "44 of the 54 lots on offer finding buyers": the first count is the part the predicate is said of, the second the whole.
_OF_THE_WHOLE_RE = lazy(r"\s(?:of|out of)\s(?:the|its|their|all)\s(?:(?:(proposed|planned|expected|projected|targeted)|total|overall|combined"
                        r"|entire)\s)?\Z", needs='of')
_PREDICATE_RE = lazy(r"(?<![a-z])(?:[a-z]{3,}ing|[a-z]{3,}ed|were|was|are|is|found|sold|went|won|made|got|had)(?![a-z])")


def _part_of_whole(cite: str, values: list[Value], question: str) -> None:
    """The noun counted after "X of the Y" is each count's; the predicate after it (finding buyers, were sold) is said only
    of the part X, what stands between (on offer) only of the whole Y."""
    for v, w in zip(values, values[1:]):
        whole = _OF_THE_WHOLE_RE.fullmatch(" " + cite[v.end:w.start].strip() + " ")
        if whole is None:
            continue
        if whole[1]:  # (of its proposed $1bn savings: a whole written as planned is foreseen, as its part is)
            w.flags["forecast"] = "forecast"
            for t in _terms(question, cite, values):  # (… and its word of planning is the whole's, not the part's)
                if t.cls in _ITEM_CLASSES and t.asked and v.end <= t.start < w.start:
                    v.terms.get(t.cls, set()).discard(t.ident)
                    w.terms.setdefault(t.cls, set()).add(t.ident)
        hi = min((cite.find(c, w.end) for c in ",;." if cite.find(c, w.end) >= 0), default=len(cite))
        pred = _PREDICATE_RE.search(cite, w.end, hi)
        if pred is None:
            continue
        for t in _terms(question, cite, values):
            if t.cls == "when" and pred.start() <= t.start < hi and t.ident in w.when:
                w.when.discard(t.ident)  # (… to be made in its Q4: the predicate's period is the part's)
                v.when.add(t.ident)
            if t.cls in _ITEM_CLASSES and t.asked and pred.start() <= t.start < hi:
                w.terms.get(t.cls, set()).discard(t.ident)
                v.terms.setdefault(t.cls, set()).add(t.ident)
            elif t.cls in _ITEM_CLASSES and t.asked and w.end <= t.start < pred.start() and cite[w.end:t.start].strip() == "":
                v.terms.setdefault(t.cls, set()).add(t.ident)  # (the counted noun is both counts')


# "155 U.S. employees and another 57 internationally": "another" counts the noun of the count before it again.
_ANOTHER_COUNT_RE = lazy(r"\s(?:[^\s,;:]+\s){0,3}?([a-z][a-z'-]*)\s(?:and|plus|with)\s(?:another|an\sadditional|a\sfurther)\s",
                         needs=("another", "additional", "further"))


# What may follow a count that writes no noun of its own: a place or manner (internationally, overseas, in Europe) or its end.
_NO_NOUN_AFTER_RE = lazy(r"\s?(?:[,;:.)—]|\Z)|\s(?:[a-z]+ly|abroad|overseas|elsewhere|worldwide|in|at|outside|across)(?![a-z])")


def _another_count(cite: str, values: list[Value], question: str) -> None:
    """A count after "and another" (155 U.S. employees and another 57 internationally) counts the noun of the count
    before it, in the same clause: the words the first count takes from before it and its noun are the second's too; the
    words between (U.S.) and after each (internationally) stay their own. Not when the second writes a word of its own
    after it (6,000 captured with an additional 15,000 deserting), nor when the first's word is a participle."""
    for v, w in zip(values, values[1:]):
        m = _ANOTHER_COUNT_RE.fullmatch(cite, v.end, w.start)
        if m is None or m[1].endswith(("ed", "ing")) or not _NO_NOUN_AFTER_RE.match(cite, w.end):
            continue
        lo = _clause_start(cite, v.start)
        for t in _terms(question, cite, values):
            if t.cls not in _ITEM_CLASSES or not t.asked or t.ident not in v.terms.get(t.cls, ()):
                continue
            if lo <= t.start < v.start or m.start(1) <= t.start < m.end(1):
                w.terms.setdefault(t.cls, set()).add(t.ident)


# What a gapped "with" value writes after it: its own period (with $500m in fiscal 2020), then the clause's end or "and".
_WITH_PERIOD_AFTER_RE = lazy(r"\s(?:in|for|during|over|by)\s[^,;:.]{1,30}?(?=\s?(?:[,;:]|\.\s|\.?\Z)|\sand\s)")


def _with_gapped_part(cite: str, values: list[Value], question: str) -> None:
    """A value in a "with" phrase that writes only its own period (… expects $100m of its proposed $1bn savings to be made
    in its Q4, with $500m in fiscal 2020) leaves out the clause before's verb and noun: it is the same item as that
    clause's first value of its unit (its part, not the whole after "of"), in another period. It takes that value's item
    words and its forecast standing, not its period."""
    terms = None
    for w in values:
        if not _WITH_PHRASE_RE.search(cite, max(0, w.start - 40), w.start) or not _WITH_PERIOD_AFTER_RE.match(cite, w.end):
            continue
        lo = _clause_start(cite, w.start)
        if lo < 2:
            continue
        prev_lo = _clause_start(cite, lo - 2)
        before = [u for u in values if prev_lo <= u.start and u.end <= lo - 1 and u.key[1] == w.key[1]]
        if not before:
            continue
        u = before[0]
        terms = terms if terms is not None else _terms(question, cite, values)
        dated = [(t.start, t.end) for t in terms if t.cls == "when"]
        # (the remnant's own phrase, in fiscal 2020, stands for the one of its preposition in the clause before, in its Q4)
        prep = _WITH_PERIOD_AFTER_RE.match(cite, w.end)[0].split()[0]
        parallel = cite.rfind(f" {prep} ", u.end, lo)
        hi = parallel if parallel >= 0 else lo
        for t in terms:
            if t.cls in _ITEM_CLASSES and t.asked and t.ident in u.terms.get(t.cls, ()) and prev_lo <= t.start < hi \
                    and not any(a < t.end and t.start < b for a, b in dated):
                w.terms.setdefault(t.cls, set()).add(t.ident)
        if u.flags.get("forecast") and "forecast" not in w.flags:
            w.flags["forecast"] = u.flags["forecast"]
        w.flags["gapped_of"] = str(u.start)  # (one item in two periods: _select tells them apart as periods, DG602)


def _pledged(cite: str, values: list[Value]) -> None:
    for m in _PLEDGE_RE.finditer(cite):
        lo = _sentence_start(cite, m.start())
        for v in values:
            if lo <= v.start and v.end <= m.start():
                v.flags.setdefault("forecast", "forecast")


# A seasonally adjusted measure (季调失业率, 经季节调整后,失业率为…) is another metric than the plain one, which a
# question naming only the measure asks.
# (Chinese only: an English release gives every figure at a "seasonally adjusted annual rate" and a question need not
# repeat it)
_ADJUSTED_RE = lazy(r"季调|季节调整|调整季节变动", needs=("季",))


def _adjusted(cite: str, v: Value) -> bool:
    """Whether the words of ``v``'s clause, or of a clause of words only just before it, say it is seasonally adjusted."""
    lo = _clause_start(cite, v.start)
    if _ADJUSTED_RE.search(cite, lo, v.start):
        return True
    prev = _clause_start(cite, lo - 1) if lo > 0 and cite[lo - 1] == "," else lo
    # (a clause of words only, 经季节调整后,失业率为…; or the level's clause before a bare change, 经季节调整后失业率为
    # 3.58%,较上月下降0.02个百分点)
    bare = v.role == "delta" and _BASE_LEAD_RE.match(cite, lo + len(cite[lo:v.start]) - len(cite[lo:v.start].lstrip()))
    return prev < lo and (bare or not _DIGIT_RE.search(cite, prev, lo)) and _ADJUSTED_RE.search(cite, prev, lo) is not None


def _range_ends(values: list[Value]) -> None:
    """The two ends of a range (1965年1月-1980年6月在长江科学院工作) are one span's: what describes the span
    describes both, so a question's words choose the span and its 开始/结束 the end."""
    for v, w in zip(values, values[1:]):
        if v.flags.get("range") == "start" and w.flags.get("range") == "end":
            for cls in _ITEM_CLASSES:
                both = v.terms.get(cls, set()) | w.terms.get(cls, set())
                if both:
                    v.terms[cls], w.terms[cls] = set(both), set(both)


# A period written right after its value (average $54/b in 2015 and $59/b in 2016; $71 per barrel (b) in 2018)
# is that value's own: a period the clause carried to it that cannot be the same is not (not a base's: lower than in).
_RESPECTIVE_LIST_GAP_RE = lazy(r"(?:[^,;。\d]|(?<!\d)\d{4}(?!\d)){0,30}?(?:,\s?and\s|\sand\s|、|和|及)\s?")
_RESPECTIVELY_AFTER_RE = lazy(r"[^,;。\d]{0,30}?(?:,\s)?(?:respectively|分别)")
_OWN_PERIOD_GAP_RE = lazy(r"[^\d,.;:。!?]{0,24}?\s(?:in|for|during)\s(?:the\s)?(?:(?:fiscal|calendar)\s)?(?:year\s)?(?:(?:early|mid|late)[\s-])?")


def _other_list_between(cite: str, lo: int, hi: int) -> bool:
    """Whether ``cite[lo:hi]`` lists two or more figures with a unit or counter of their own (18% and 16%)."""
    if hi <= lo or not _DIGIT_RE.search(cite, lo, hi):
        return False

    return sum(1 for q in parse_quantities(cite[lo:hi]) if q.unit or q.counter) >= 2


def _respective_run(cite: str, values: list[Value]) -> list[Value]:
    """The values of a sentence joined as a list right before its "respectively" (six and seven hours
    respectively), when they are only some of its values; [] otherwise."""
    for i in range(len(values) - 1, 0, -1):
        if not _RESPECTIVELY_AFTER_RE.match(cite, values[i].end):
            continue
        j = i
        while j > 0 and _RESPECTIVE_LIST_GAP_RE.fullmatch(cite, values[j - 1].end, values[j].start):
            j -= 1
        return values[j:i + 1] if 1 <= i - j and i - j + 1 < len(values) else []
    return []


def _zh_respective_run(cite: str, values: list[Value]) -> list[Value]:
    """分别 before its values (A及B,分别向下调整为1.66%与1.65%,明年同步下修至1.63%): the values joined as a list right
    after it, when they are only some of the sentence's; [] otherwise."""
    for i, v in enumerate(values[:-1]):
        if not _RESPECTIVELY_BEFORE_RE.search(cite, max(values[i - 1].end if i else 0, v.start - 16), v.start):
            continue
        j = i
        while j + 1 < len(values) and _PAIR_LINK_RE.fullmatch(cite, values[j].end, values[j + 1].start):
            j += 1
        return values[i:j + 1] if 1 <= j - i and j - i + 1 < len(values) else []
    return []


def _zh_repeated_runs(cite: str, lo: int, values: list[Value]) -> list[list[Value]]:
    """A list of items before 分别 and several runs of values after it, each run opened by 分别 of its own and as
    long as the list (A和B上涨的城市分别有a1个和b1个,分别比上月增加a2个和b2个;下降的城市分别有a3个和b3个): every run maps
    to the one list by position, not only the first. The runs, or [] when the sentence is not so written."""
    first = cite.find("分别", lo)
    after = [v for v in values if v.start > first]
    runs: list[list[Value]] = []
    for v in after:
        if runs and _PAIR_LINK_RE.fullmatch(cite, runs[-1][-1].end, v.start) and _unit_key(runs[-1][-1]) == _unit_key(v):
            runs[-1].append(v)
            continue
        if not _RESPECTIVELY_BEFORE_RE.search(cite, max(runs[-1][-1].end if runs else first, v.start - 16), v.start):
            return []
        runs.append([v])
    m = len(runs[0]) if runs else 0
    if len(runs) < 2 or m < 2 or any(len(r) != m for r in runs) or not _items(cite, lo, first, m):
        return []
    return runs


# 各 and a verb right before a value (各调升0.25个百分点, 各增加5%): the value is every listed item's alike.
_EACH_MOVE_BEFORE_RE = lazy(r"各[^,;。!?\d]{0,4}\Z", needs="各")


def _before_shared_move(cite: str, values: list[Value], prev: int, lo: int) -> int:
    """Where the items of a 分别 run start when the value ending at ``prev`` is one move every item shares (重贴现率、
    担保放款融通利率及短期融通利率各调升0.25个百分点,分别调整为1.375%、1.75%及3.625%): the shared value names no item
    of its own, so the items run back past it to the value before them; ``prev`` otherwise."""
    return _shared_move_items(cite, values, prev, lo)[0]


def _shared_move_items(cite: str, values: list[Value], prev: int, lo: int) -> tuple[int, int | None]:
    """``_before_shared_move``'s start, and where the items end (at the 各 of the shared move; None without one)."""
    shared = next((v for v in values if v.end == prev), None)
    each = _EACH_MOVE_BEFORE_RE.search(cite, max(lo, shared.start - 6), shared.start) if shared is not None else None
    if each is None:
        return prev, None
    return max((v.end for v in values if v.end <= shared.start), default=lo), each.start()


def _figure_between(cite: str, lo: int, hi: int) -> bool:
    """Whether ``cite[lo:hi]`` holds a digit outside its dates and fiscal-year labels."""

    if not _DIGIT_RE.search(cite, lo, hi):
        return False
    dated = [(a, b) for a, b in non_quantity_spans(cite) if a < hi and lo < b]
    return any(c.isdigit() and not any(a <= i < b for a, b in dated) for i, c in enumerate(cite[lo:hi], lo))


def _respective_items(cite: str, clauses: list[int], start: int, values: list[Value], run: list[Value], terms: list[_Term]) -> None:
    """A 分别 run bound with its sentence (which gives it the words heading the sentence, 进口方面, 预计) keeps of its
    list's item words only its own item's: the word of another item (核心 of 核心cpi年增率 for the 1.66% of 消费者物价指数)
    is dropped where its own item does not write it."""
    if not run:
        return
    # (the items' clause runs back to the value before the list, as for "respectively")
    prev = max((v.end for v in values if v.end <= run[0].start), default=start)
    prev, each = _shared_move_items(cite, values, prev, start)
    lo = min((c for c in clauses if prev <= c <= run[0].start), default=prev)
    k = cite.rfind("分别", lo, run[0].start)
    k = k if each is None or k < 0 else each  # (the items end at the 各 of the move they share)
    # (no figure of another kind between: 产销分别完成3016.1万辆和3009.4万辆,同比分别增长11.6%和12% pairs by the word 产销)
    # (a date or a fiscal year heading the list, 在2026/27年度, is no figure)
    spans = _items(cite, lo, k, len(run)) if k > lo and not _figure_between(cite, lo, k) else []
    if not spans:
        return
    # (a word ending the last item, not the whole item, is the list's head, every item's: 年增率 of 核心cpi年增率)
    written = [{t.ident for t in terms if a <= t.start < b and t.cls in _ITEM_CLASSES and not (i == len(spans) - 1 and a < t.start and t.end == b)}
               for i, (a, b) in enumerate(spans)]
    for v, own in zip(run, written):
        others = set().union(*(w for w in written if w is not own)) - own
        for cls in _ITEM_CLASSES:
            if cls in v.terms:
                v.terms[cls] -= others
    # (the verb between 分别 and the run, 分别向下调整为1.66%与1.65%, is every value's of it, not the first's)
    for t in terms:
        if k < t.start and t.end <= run[0].start and t.cls in _ITEM_CLASSES:
            for v in run[1:]:
                _attach(v, t)  # (written beside each of the run alike: no nearer one)


_RESPECTIVELY_BEFORE_RE = lazy(r"分别[^,;。!?\d]{0,12}\Z", needs="分别")


def _own_periods(cite: str, values: list[Value]) -> None:
    ends = sorted((v.end, i) for i, v in enumerate(values))
    for a, _, key in _periods(cite):
        before = [i for e, i in ends if e <= a]
        if not before:
            continue
        v = values[before[-1]]
        if _OWN_PERIOD_GAP_RE.fullmatch(cite, v.end, a) and not _DATED_BASE_RE.search(cite, v.end, a):
            v.when = {w for w in v.when if not _conflicts(w, key)} | {key}
            v.flags["own_when"] = key
    # … $71/b in 2018 and $66/b in 2019, $7/b and $3/b higher, respectively: a list of values followed by "respectively"
    # pairs by position with the list of values before it in its sentence, each with its own period
    runs: list[list[Value]] = []
    for v in values:
        if runs and runs[-1][-1].sentence == v.sentence and _RESPECTIVE_LIST_GAP_RE.fullmatch(cite, runs[-1][-1].end, v.start):
            runs[-1].append(v)
        else:
            runs.append([v])
    for before, run in zip(runs, runs[1:]):
        if len(run) == len(before) > 1 and run[0].sentence == before[0].sentence and all("own_when" in v.flags for v in before) \
                and _RESPECTIVELY_AFTER_RE.match(cite, run[-1].end):
            for v, w in zip(before, run):
                w.when = {v.flags["own_when"]}


# A direction written after its value as the change's noun: 录得0.21%的跌幅, 3%的涨幅.
_DIRECTION_AFTER_RE = lazy(r"\s?的?\s?(?:(跌|降|减)|涨|增)幅", needs='幅')
# A net flow's sign is its direction (净流入 in, 净流出 out). It is no change word: a question
# about a net flow asks for its amount, so these stay out of the direction table. 买超 / 卖超 are net buying
# and net selling (外资卖超183.55亿元).
_FLOW_SIGN_RE = lazy(r"(?:净(?:(流出|卖出|减持)|流入|买入|增持)|(卖超)|买超|net\s(?:(outflows?|selling|sales)|inflows?|buying|purchases))", needs=('净', 'net', '超'))
_FLOW_BEFORE_RE = lazy(_FLOW_SIGN_RE.pattern + r"[^,;:。\d]{0,6}\Z", needs=('净', 'net', '超'))


# A gap's side is its direction: "42 percent above the close", "a discount of 12.5 per cent" (below),
# and a question's "below" / "exceed" says which side it asks about.
# (a temperature's scale and its other scale in brackets may stand between: 1.40°F (0.78°C) above average)
_SIDE_AFTER_RE = lazy(r"(?:\s?(?:°[cf]?|degrees(?:\s(?:celsius|fahrenheit))?|fahrenheit|celsius)(?![a-z]))?\)?"
                      r"(?:\s\([^()]{1,24}\))?\s(?:(below|under)|above)(?![a-z])", needs=('above', 'below', 'under'))
_SIDE_BEFORE_RE = lazy(r"(?<![a-z])(?:(discount)|premium)\s(?:of\s)?\Z", needs=('discount', 'premium'))
_SIDE_QUESTION_RE = lazy(r"(?<![a-z])(?:(below|under|beneath)|above|exceeds?|exceeded)(?![a-z])")


def _side(text: str) -> str | None:
    """The side a question asks a gap on: below (down) or above, exceed (up)."""
    m = _SIDE_QUESTION_RE.search(text)
    return None if m is None else "down" if m.group(1) else "up"


# (a move to or by a value, downgraded to 2.6 percent, cut by 0.3 point: the word before "to"/"by" is the value's own, over
# a metric's name before it, global growth … downgraded to)
_DIRECTION_GAP_RE = lazy(r"(?:了?|(\s(?:to|by)))\s?\Z")


# A level a move reaches, after its "to" (… to a four-year low of 4 percent), and what may not stand between the move's
# word and that "to": a figure, a clause's end or another "to".
_TO_LEVEL_GAP_RE = lazy(r"\sto\s(?:an?\s(?:[a-z0-9-]+\s){0,2}?(?:low|high)\sof\s)?\Z", needs="to")
_NO_MOVE_BETWEEN_RE = lazy(r"\d|[,;:。!?()]|\.\s|(?<![a-z])(?:to|and|or|but|which|that)(?![a-z])")


# The level a move starts from, between the move and its "to" (rose from 425 mb to 470 mb, slow down from last year's
# 2.9% to 2.5%): the start of one move, which leaves the level after "to" the move's own.
_MOVE_FROM_GAP_RE = lazy(r"\s(?:[a-z]+\s){0,2}?from\s(?:[^,;:。!?()\d\s]+\s){0,3}?[$€£¥]?\d[\d.,]*(?:\s?%|(?:\s?[a-z]+)(?:\s[a-z]+)?)?\s?\Z",
                         needs="from")


# The size of a move between the move and its "to" (lower its daily output by 300 tonnes to 4,200 tonnes): the level
# after "to" is where that move ends.
_MOVE_BY_GAP_RE = lazy(r"\s(?:[a-z'’]+\s){0,3}?by\s(?:about\s|some\s|nearly\s|roughly\s|more\sthan\s|over\s)?[$€£¥]?\d[\d.,]*"
                       r"(?:\s?%|(?:\s?[a-z]+)(?:\s[a-z]+){0,3})?(?:\s\([a-z]+\))?\s?\Z", needs="by")


def _move_start_at(cite: str, move: int, to: int) -> int:
    """Where the words between a move and its "to" stop counting against it: before a "from" value (rose from 425 mb
    to), which starts the same move, or a "by" value (cut its output by 300 tonnes to), its size; else at the "to"."""
    m = _MOVE_FROM_GAP_RE.search(cite, move, to) or _MOVE_BY_GAP_RE.search(cite, move, to)
    return m.start() if m and m.start() == move else to


def _flow_sign(text: str) -> str | None:
    """The direction of the first net flow word of ``text`` (净流入 up, 净流出 down), if any."""
    m = _FLOW_SIGN_RE.search(text)
    return None if m is None else "down" if any(m.groups()) else "up"


def _direction_after(cite: str, values: list[Value]) -> None:
    """A value followed by its change's noun (0.21%的跌幅) has that noun's direction, and one
    right after a net flow word (净流出13.84亿元, 净流入金额为2.57亿元) that flow's sign. A direction word
    written right before a value is its own, whatever a list's first said (分别上升A、下降B)."""
    own = {end: ident for _, end, cls, ident in _table_terms(cite) if cls == "direction"}  # by where each word ends
    for v in values:
        at = _DIRECTION_GAP_RE.search(cite, max(0, v.start - 4), v.start)
        word = (at.start() if at.start() in own else at.end(1)) if at and (at.start() in own or at[1] and at.end(1) in own) else None
        to = _TO_LEVEL_GAP_RE.search(cite, max(0, v.start - 30), v.start)
        # (… or with words of its own between the move and its "to": fall to a four-year low of 4 percent, up a tick
        # from last weekend's share to 93%, revising downward our projection for global growth to 3.2 percent, where a
        # metric's name, growth, is no move)
        moved = [e for e in own if to.start() - 60 <= e <= to.start() and not _NO_MOVE_BETWEEN_RE.search(cite, e, _move_start_at(cite, e, to.start()))
                 and cite[:e].rsplit(" ", 1)[-1] not in _METRIC_DIRECTION_WORDS] if to and (
            word is None or cite[:word].rsplit(" ", 1)[-1] in _METRIC_DIRECTION_WORDS) else []
        if moved:
            v.flags["direction"] = own[max(moved)]
        elif word is not None:  # ("slow to" is a word of its own)
            v.flags["direction"] = own[word]
        said = bool(moved) or word is not None or bool(_SIGN_RE.search(cite, max(0, v.start - 2), v.start))

        m = _DIRECTION_AFTER_RE.match(cite, v.end)
        if m and "direction" not in v.flags:
            v.flags["direction"] = "down" if m.group(1) else "up"
            said = True
        # the flow's sign right before its value is the value's own, over a direction carried from its clause
        # (自营商扩大卖超(合计)400.03亿元, 其中自营商(自行买卖)卖超71.29亿元: each is net selling)
        m = _FLOW_BEFORE_RE.search(cite, max(0, v.start - 20), v.start)
        if m and not said:
            v.flags["direction"] = "down" if any(m.groups()) else "up"
        m = _SIDE_AFTER_RE.match(cite, v.end) or _SIDE_BEFORE_RE.search(cite, max(0, v.start - 14), v.start)
        if m and "direction" not in v.flags:
            v.flags["direction"] = "down" if m.group(1) else "up"


def _of_flow(q_text: str, c_text: str, candidates: list[Value]) -> list[Value]:
    """The values of the one trade flow the question names, where the cite names both (its 进口
    against the cite's 出口): the flow is the item, before any other word the question shares with a clause."""
    asked = {ident for _, _, cls, ident in _table_terms(q_text) if ident in _FLOW_IDS}
    if len(asked) != 1 or len({ident for _, _, _, ident in _table_terms(c_text) if ident in _FLOW_IDS}) < 2:
        return []
    return [v for v in candidates if asked & v.terms.get("metric", set())]


_AFTER_FRAME_END_RE = lazy(rf"[^{clause_marks('clause')}]*(?:之后|以后|后)\s?,")


_MOMENT_BREAK_RE = lazy(r"[;。!?\n]|,(?!(?<=\d,)\d{3}(?!\d))|\.(?=\s[a-z(])(?<!\b[ap]\.m\.)|\.\s?\Z")


def _moment_fields(d) -> dict[str, int]:
    return {k: getattr(d, k) for k in ("weekday", "hour", "minute") if getattr(d, k) is not None}


def _of_moment(q_text: str, c_text: str, candidates: list[Value]) -> tuple[list[Value], list[Value]]:
    """The values stated for the moment the question names (at 9:35 a.m., on Friday): a clock time or a
    weekday in a value's own clause is its moment; the same item at another moment is another period's.
    With no value stated for the question's moment, the values stated for another are left out.
    Returns the values kept and those stated for another moment."""

    asked = [f for f in map(_moment_fields, parse_dates(q_text)) if f]
    if len(asked) != 1 or not c_text:
        return [], []
    q = asked[0]
    stated = [(d.start, f) for d in parse_dates(c_text) for f in [_moment_fields(d)] if f]
    if not stated:
        return [], []
    def moments(v: Value) -> list[dict[str, int]]:
        lo = max((m.end() for m in _MOMENT_BREAK_RE.finditer(c_text, 0, v.start)), default=0)
        m = _MOMENT_BREAK_RE.search(c_text, v.end)
        hi = m.start() if m else len(c_text)
        return [f for at, f in stated if lo <= at < hi]
    def same(f: dict[str, int]) -> bool:
        return any(k in f for k in q) and all(f[k] == q[k] for k in q if k in f)
    own = [moments(v) for v in candidates]
    exact = [v for v, fs in zip(candidates, own) if any(same(f) for f in fs)]
    # (a value with no moment of its own after an exact value in its sentence shares its moment:
    # "closed on Monday at 47.23 …, valuing the business at about 30.8 billion")
    exact += [v for v, fs in zip(candidates, own) if not fs and v not in exact
              and any(v.sentence == x.sentence and x.start < v.start for x in exact)]
    def conflicts(f: dict[str, int]) -> bool:
        return any(k in f and f[k] != q[k] for k in q)
    other = [v for v, fs in zip(candidates, own) if any(conflicts(f) for f in fs)]
    return exact or [v for v in candidates if v not in other], other


# The parts of a trading day: its open, the session and its close (低开 3306.15点 … 尾盘收报3325.11点). The same
# index at another part of the day is another moment's value (DG602); a frame heading the sentence (截至收盘,) is
# every value's there that names no part of its own.
_DAY_PARTS: dict[str, tuple[str, ...]] = {
    "open": ("开盘", "开市", "低开", "高开", "平开", "早盘", "开出", "at the open", "at the opening", "opened at", "open at", "opening level"),
    "session": ("盘中", "午盘", "一度", "intraday", "during the session", "in early trading", "in late trading"),
    "close": ("收盘", "收报", "收于", "收在", "作收", "尾盘", "收市", "终场", "at the close", "at the closing", "closed at", "close at", "closing level"),
}
_DAY_PART_OF = {w: k for k, ws in _DAY_PARTS.items() for w in ws}
# (收 alone, glued to the level it closed at or asked so: 收221元, 收26247.37点, 收多少元)
_DAY_PART_OF["收"] = "close"
# (a level is a price or an index's points, no scale: 收3.67亿元 is takings, not a close)
_BARE_CLOSE = r"收(?=[\d,.]+\s?(?:元|点)|多少(?:元|点)|几点)"
# The stages of a match (上半场, 末节, 加时): one list, for the stage a question names and among the moments below.
_ZH_STAGES = r"上半场|下半场|首节|末节|第[一二三四1-4]节|开局|全场|终场|加时"
_STAGE_RE = lazy(_ZH_STAGES, needs=("场", "节", "开局", "加时"))
_DAY_PART_RE = lazy("|".join(sorted((re.escape(w) for ws in _DAY_PARTS.values() for w in ws), key=len, reverse=True)) + "|" + _BARE_CLOSE,
                    needs=('at', 'in', '开', '收', '盘', '一度', '终场'))
_FRAME_CLAUSE_RE = lazy(r"[^,;:。!?\d]{1,12},")
_DAY_PART_VERB_RE = lazy(r"(?<![a-z])(?:(close|closed|closing)|open|opened|opening)(?![a-z])", needs=('close', 'closing', 'open'))


def _day_part(cite: str, v: Value) -> str:
    lo = max((m.end() for m in _MOMENT_BREAK_RE.finditer(cite, 0, v.start)), default=0)
    m = _MOMENT_BREAK_RE.search(cite, v.end)
    # (the nearest part word in its clause: opened at 4,512.30 and closed at 4,498.75)
    near = sorted((v.start - p.end() if p.end() <= v.start else p.start() - v.end, p.group())
                  for p in _DAY_PART_RE.finditer(cite, lo, m.start() if m else len(cite)))
    found = {_DAY_PART_OF[near[0][1]]} if near else set()
    if not found:  # (截至收盘,沪指报3687.81点: the sentence's frame)
        start = _sentence_start(cite, v.start)
        frame = _FRAME_CLAUSE_RE.match(cite, start + (1 if cite[start:start + 1] in " " else 0))
        if frame and frame.end() <= v.start:
            found = {_DAY_PART_OF[p.group()] for p in _DAY_PART_RE.finditer(cite, frame.start(), frame.end())}
    return found.pop() if len(found) == 1 else ""


def _of_day_part(q_text: str, c_text: str, candidates: list[Value]) -> tuple[list[Value], bool]:
    """The values stated for the part of the trading day the question names, and whether any is."""
    asked = {_DAY_PART_OF[m.group()] for m in _DAY_PART_RE.finditer(q_text)}
    asked |= {"close" if m[1] else "open" for m in _DAY_PART_VERB_RE.finditer(q_text)}  # (did the index close)
    if len(asked) != 1:
        return [], False
    part = asked.pop()
    parts = [_day_part(c_text, v) for v in candidates]
    if not any(parts):
        return [], False
    return [v for v, p in zip(candidates, parts) if p in ("", part)], True


# A moment a value is stated for: a clock time, a day named by its place in the week or from today, a
# point of an event (at impact, 3 seconds prior to impact), a part of a trading day; 上午, 昨日, 收盘.
_MOMENT_WORDS_RE = lazy(
    r"(?<![\d:])\d{1,2}:\d\d(?!\d)|(?<![a-z])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today"
    r"|tonight|overnight|(?:early|late|morning|afternoon|midday) trading|(?:at|before|after) (?:the )?(?:open|opening|close|closing)"
    r"|(?:at|upon|on) (?:impact|touchdown|landing|takeoff|liftoff|half-?time|the break|full-?time)"
    r"|(?:\d+|[a-z]+) (?:seconds?|minutes?|hours?) (?:prior to|before|after) [a-z]+)(?![a-z])"
    # (a stage of a match or a race: the heats against the final, 上半场 against 全场; a record before the new one)
    r"|(?<![a-z])in (?:the )?(?:heats?|semi-?finals?|quarter-?finals?|finals?|first round|second round)(?![a-z])"
    r"|(?<![a-z])(?:new|previous|prior|former|old) (?:[a-z]+ )?record(?![a-z])"
    r"|" + _ZH_STAGES + r"|开场后?|最终|(?<=日)(?:晚|夜)"
    # (a count's span: 新增 last week against 累计 this season, 上届 against 今届)
    r"|累计|新增|上周|本周|上届|今届|本届|今年|去年|(?<![\d.])[\d一二三四五六七八九十两]{1,2}天"
    r"|上午|下午|凌晨|早上|晚上|中午|昨天|今天|昨日|今日|前一日|收盘|开盘|早盘|午盘|尾盘|盘中|开出|一度|收在|作收|\d{1,2}时(?:\d{1,2}分)?"
    r"|" + _BARE_CLOSE)


def _stated_moment(cite: str, v: Value, values: list[Value]) -> str:
    """The moment ``v`` is stated for: in its own clause, else in its data point (a sentence and the one
    dating it) when that holds no other value of its kind; "" when none is stated."""
    lo = max((m.end() for m in _MOMENT_BREAK_RE.finditer(cite, 0, v.start)), default=0)
    m = _MOMENT_BREAK_RE.search(cite, v.end)
    spans = [(lo, m.start() if m else len(cite))]
    spans += [(a, b) for a, b in _data_points(cite) if a <= v.start < b and not any(
        w is not v and w.key != v.key and a <= w.start < b for w in values)]
    # (several values of one kind in a clause, each with its moment: "9.83 s in the heats and 9.77 s in the
    # semi-final": the moment between a value and its neighbour, after it in English, before it in Chinese)
    lo, hi = spans[0]
    before = max([w.end for w in values if w.key[1:2] == v.key[1:2] and lo <= w.end <= v.start], default=lo)
    after = min([w.start for w in values if w.key[1:2] == v.key[1:2] and v.end <= w.start < hi], default=hi)
    near = [(before, v.start), (v.end, after)]
    for a, b in (near if has_han(cite[lo:hi]) else near[::-1]) if (before, after) != (lo, hi) else ():
        found = [m.group() for m in _MOMENT_WORDS_RE.finditer(cite, a, b) if _own_moment(cite, m, v)]
        if found:
            return " ".join(found)
    # (a Chinese clause with no moment of its own goes on in the one of the clauses before it in its sentence that
    # hold no value of its kind: 开场后詹姆斯就展现出…,独得13分)
    if has_han(cite[lo:hi]):
        first = _sentence_start(cite, v.start)
        while lo > first and not any(w is not v and w.key[1:2] == v.key[1:2] and first <= w.start < lo for w in values):
            lo = max((m.end() for m in _MOMENT_BREAK_RE.finditer(cite, first, lo - 1)), default=first)
        spans.insert(1, (lo, spans[0][0]))
    for a, b in spans:
        found = [m.group() for m in _MOMENT_WORDS_RE.finditer(cite, a, b) if not (v.start < m.end() and m.start() < v.end)
                 and _own_moment(cite, m, v)]
        if found:
            return " ".join(found)
    return ""


# A revision written after the period it revises from (较六月略上修为2.16%, 比上季下修至1.9%): 较/比, the period, a
# short adverb, then the revision verb and the new level.
_REVISED_FROM_RE = lazy(r"(?:较|比)\s?\Z")
_REVISED_TO_RE = lazy(r"[^,;:。\d]{0,3}?(?:[上下]修|调[高低升降整])(?:为|至|到)?\s?\Z", needs=("修", "调"))


def _revised_from(cite: str, t: _Term, v: Value) -> bool:
    """Whether period ``t`` is the one a revision starts from, and ``v`` the level it is revised to (较六月略上修为
    2.16%): the earlier forecast's period, not the new one's."""
    return t.end <= v.start and _REVISED_FROM_RE.search(cite, max(0, t.start - 2), t.start) is not None \
        and _REVISED_TO_RE.fullmatch(cite, t.end, v.start) is not None


def _own_moment(cite: str, m: re.Match, v: Value) -> bool:
    """Whether a moment word is ``v``'s: not the base of a comparison (均较上届少), unless ``v`` is that base's
    own value (高于上届的19万多人)."""
    return not _MOMENT_BASE_RE.search(cite, max(0, m.start() - 6), m.start()) or _OF_RE.fullmatch(cite, m.end(), v.start) is not None


_OF_RE = lazy(r"的?\s?")


# A period a comparison is measured against (均较上届少, higher than last year) is its base, not the value's moment.
_MOMENT_BASE_RE = lazy(r"(?:较|比|于|(?<![a-z])(?:than|from|since) )\Z")


def _clause_metrics(cite: str, v: Value) -> frozenset[str]:
    """The metrics (exports, revenue, 失业率) named in ``v``'s own clause."""
    lo = max((m.end() for m in _MOMENT_BREAK_RE.finditer(cite, 0, v.start)), default=0)
    m = _MOMENT_BREAK_RE.search(cite, v.end)
    hi = m.start() if m else len(cite)
    return frozenset(ident for a, _, cls, ident in _table_terms(cite) if cls == "metric" and lo <= a < hi)


# The span a change is stated over, written in its own words before it (单周下滑, 周降幅, 全周下挫, 全年增长): the change is
# the span's, whatever moment of a day the clauses before it name.
_CHANGE_SPAN_RE = lazy(r"(?:单|全|整)(周|月|季|年)|(周|月|季|年)(?:降幅|涨幅|跌幅|增幅|减幅|升幅)", needs=("单", "全", "整", "幅"))


def _change_span(cite: str, v: Value, values: list[Value]) -> str:
    """The span (周, 月, 季, 年) the words between ``v``'s clause mark or the value before it and ``v`` name; "" if none."""
    lo = max([w.end for w in values if w.end <= v.start] + [_clause_start(cite, v.start), v.start - 12])
    m = _CHANGE_SPAN_RE.search(cite, lo, v.start)
    return (m[1] or m[2]) if m else ""


def _other_moment(cite: str, v: Value, chosen: Value, values: list[Value]) -> bool:
    """Is ``v`` the chosen value's item at another moment (air speed at impact against the lowest speed
    3 seconds before it; shares up 3.5 percent at 9:35 a.m. against 7 percent in early trading)? Each is
    stated for a moment of its own, the two differ, and they count the same unit of the same metric."""
    if v.key[1:2] != chosen.key[1:2] or not v.key[1:2] or not v.key[1] and v.measure != chosen.measure:
        return False
    if len({_clause_metrics(cite, w) for w in (v, chosen)} - {frozenset()}) > 1:
        return False  # (exports on Monday against imports on Tuesday: another item)
    if v.role != chosen.role and (v.base or chosen.base):
        return False  # (a change against a base and a level are two measures: 得票比上届少11361票 against 53675票)
    if (span := _change_span(cite, v, values)) and span == _change_span(cite, chosen, values):
        return False  # (单周下滑3.38% against 周降幅2.84%: two items' changes over one week, no two moments)
    mine, theirs = _stated_moment(cite, v, values), _stated_moment(cite, chosen, values)
    # (one part of a trading day in two words, 终场…以…作收, is one moment)
    mine, theirs = (" ".join(dict.fromkeys(_DAY_PART_OF.get(w, w) for w in m.split())) for m in (mine, theirs))
    # (moments of one kind: a record before the new one, not the heats against a new record of another kind; a day,
    # 昨日, against a clock time, 13时40分, is no other moment: the time may be that day's)
    kinds = [{_moment_kind(w) for w in m.split()} for m in (mine, theirs)]
    if {"day"} in kinds and {"clock"} in kinds:
        return False
    return bool(mine) and bool(theirs) and mine != theirs and ("record" in mine) == ("record" in theirs)


def _count_to_date(cite: str, v: Value, chosen: Value, values: list[Value]) -> bool:
    """Is ``v`` the chosen value's count summed over another span, one of them a total to date (累计, 历史累计交付量)
    and the other stated for a span of its own (3月份共交付): one owner's count in one measure over two periods
    (DG602), where the owner each clause names before its figure agrees (小鹏P7 is no 小鹏汽车)."""
    if v.role or chosen.role or v.key[1] != chosen.key[1] or not v.measure or v.measure != chosen.measure:
        return False
    if len({_clause_metrics(cite, w) for w in (v, chosen)} - {frozenset()}) > 1:
        return False
    moments = [_stated_moment(cite, w, values).split() for w in (v, chosen)]
    if sorted("累计" in m for m in moments) != [False, True] or any("新增" in m for m in moments):
        return False  # (新增 against 累计 is _other_tally's and _other_moment's)

    def owner(w: Value) -> str:  # (a clause naming none goes on about the owner of the nearest figure before it naming one)
        for x in sorted((x for x in values if x.start <= w.start and x.key[1] == w.key[1]), key=lambda x: -x.start):
            if found := _TO_DATE_OWNER_RE.match(x.label)[1]:
                return found
        return ""

    owners = [owner(w) for w in (v, chosen)]
    return all(owners) and (owners[0].startswith(owners[1]) or owners[1].startswith(owners[0]))


# The owner a figure's label names before its period, its span (历史, 累计, 开馆以来) or its figure (小鹏汽车 of
# 小鹏汽车历史累计交付量已突破).
_TO_DATE_OWNER_RE = lazy(r"(?:截至\s?)?([^\s,;。]*?)(?=(?<![a-z\d])\d+\s?(?:年|月|日|季|周|-|—|至)|第|前|上半年|下半年|全年|今年|本月|当月|历史|累计|自|[^\d\s,;。]{1,6}以来|[\s,;。]|$)")


_CLOCK_RE = lazy(r"\d{1,2}(?::\d\d|时(?:\d{1,2}分)?)")
_DAY_WORD_RE = lazy(r"昨天|今天|昨日|今日|前一日|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday")


def _moment_kind(word: str) -> str:
    """A moment word's kind: a clock time, a day, or another (a part of a trading day, a stage, a record)."""
    return "clock" if _CLOCK_RE.fullmatch(word) else "day" if _DAY_WORD_RE.fullmatch(word) else "other"


# A period the cite names as the base of a comparison (与2010年相比, 较2010年, compared with 2010): its values
# are the base's (由A上升为B: A; 与2010年的133972万人相比: the 133972万人).
_BASE_PERIOD_RE = lazy(r"(?:与|较|(?<![同环相])比(?![例重率较]))\s?([^,;:。]{0,40}?)(?:相比|相较|比较|(?=[,;:。])|$)"
                      r"|(?<![a-z])compared (?:with|to)\s([^,;.]{0,40})")
_BASE_SPAN_RE = lazy(rf"与[^{clause_marks('clause')}]{{0,40}}?相比")
_FROM_TO_RE = lazy(r"(?:由|从)\s?\Z")


def _of_base_period(q_text: str, c_text: str, candidates: list[Value], q_when: list[str]) -> list[Value]:
    """Asked for the period a cite names only as its base (2010年的文盲率, with 与2010年相比…由4.08%下降为2.67%),
    the values stated for the base: a question that compares with the period itself (与2010年相比,…提高到了多少)
    asks for the current value."""
    if not q_when or not c_text or _BASE_LEAD_RE.search(q_text) or _BASE_RE.search(q_text):
        return []
    based = []
    for m in _BASE_PERIOD_RE.finditer(c_text):
        lo, hi = m.span(1) if m[1] is not None else m.span(2)
        based += [key for a, b, key in _periods(c_text) if lo <= a and b <= hi]
    if not based or not all(any(_matches(k, q) for k in based) for q in q_when):
        return []
    if any(_matches(key, q) for a, b, key in _periods(c_text) for q in q_when
           if not any(m.start() <= a < m.end() for m in _BASE_PERIOD_RE.finditer(c_text))):
        return []  # (the cite names the period elsewhere too: a value of its own)
    spans = [m.span() for m in _BASE_SPAN_RE.finditer(c_text)]
    return [v for v in candidates if v.flags.get("period") == "prior" or _FROM_TO_RE.search(c_text, max(0, v.start - 2), v.start)
            or any(a <= v.start and v.end <= b for a, b in spans)]


class _ByStart:
    """Items (words, values) looked up by where they start: the indices of those starting in ``[lo, hi]``, in the
    list's order, without reading every item (a long cite's rules ask this once per value)."""

    __slots__ = ("order", "starts", "in_order")

    def __init__(self, items) -> None:
        self.order = sorted(range(len(items)), key=lambda i: items[i].start)
        self.starts = [items[i].start for i in self.order]
        self.in_order = all(i == k for k, i in enumerate(self.order))  # (the list already by start: most are)

    def within(self, lo: int, hi: int) -> Sequence[int]:
        a, b = bisect_left(self.starts, lo), bisect_right(self.starts, hi)
        return range(a, b) if self.in_order else sorted(self.order[a:b])


def _flows(cite: str, clauses: list[int], sentences: list[int], values: list[Value], terms: list[_Term]) -> None:
    """Exports and imports in one cite: each value is the flow its own clause names before it, or,
    in a clause that names no item of its own (按年上升18.8%), the flow of the clause before it in its
    sentence (出口货值为…,按年上升18.8%,进口货值为…,按年上升18.1%); a value in a leading …后 frame
    is the main clause's (继10月份录得17.5%的升幅后,11月份出口货值…). The question's 出口 or 进口
    then picks it."""
    flows = [t for t in terms if t.cls == "metric" and t.ident in _FLOW_IDS]
    if len({t.ident for t in flows}) < 2:
        return
    # (the words near each value looked up by where they start, in the list's order: a word ends where it starts or
    # after, so one ending before ``b`` starts before it)
    flows_at, terms_at = _ByStart(flows), _ByStart(terms)
    for v in values:
        lo = sentences[v.sentence]
        hi = sentences[v.sentence + 1] if v.sentence + 1 < len(sentences) else len(cite)
        c_lo = clauses[v.clause]
        # (the last flow before the value and the first after it, read from the value outwards)
        before = next((t for t in map(flows.__getitem__, reversed(flows_at.within(lo, v.start)))
                       if lo <= t.start and t.end <= v.start), None)
        after = next((t for t in map(flows.__getitem__, flows_at.within(v.end, hi)) if v.end <= t.start and t.end <= hi), None)
        own = None
        if before and (before.start >= c_lo or _elliptical(cite, c_lo, v.start, [v], [])):
            own = before
        elif not before and after and _AFTER_FRAME_END_RE.match(cite, v.end):
            own = after
        if own is None:
            continue
        a, b = (own.end, v.start) if before else (lo, v.start)
        if any(t.cls in _ITEM_CLASSES and t.ident not in _FLOW_IDS and t.cls != "entity" and a <= t.start < b
                              for t in map(terms.__getitem__, terms_at.within(a, b))):
            continue  # (another metric between: "exports rose 1%, revenue rose 2%" — 2% is revenue's)
        if "metric" in v.terms:
            v.terms["metric"] -= _FLOW_IDS
            if not v.terms["metric"]:
                del v.terms["metric"]
        _attach(v, own)


_ALSO_RE = lazy(r",\s?(?:也是|亦是|也为|同时也是|还是)")
_COPULA_RE = lazy(r"是|为")
# A clause that is only a metric, a direction and a value (,能效提升178%) parallels the change before it.
_PARALLEL_RE = lazy(r"\s?,\s?[\u3400-\u9fff]{1,8}\s?\Z")
_BASE_LEAD_RE = lazy(r"较|比|相比|相较|同比|环比", needs=('比', '较'))


def _parallel(cite: str, clauses: list[int], values: list[Value], terms: list[_Term]) -> None:
    """Parallel changes share their subject and base: 麒麟980…性能较上一代提升46%,能效提升178% — the
    178% is 麒麟980's too, against the last generation too; only the metric is each clause's own.
    A clause led by 也是 shares the subject of the one before: 这次发射是…第八次飞行,也是…第七十四次飞行."""
    for v, w in zip(values, values[1:]):
        also = _ALSO_RE.search(cite, v.end, w.start)
        verb = _COPULA_RE.search(cite, clauses[v.clause], v.start)
        if also and verb:
            for t in terms:
                if t.cls in _ITEM_CLASSES and t.ident in v.terms.get(t.cls, ()) and t.end <= verb.start():
                    _attach(w, t, beside=False)
        gap = cite[v.end:w.start]
        if v.role != "delta" or w.role != "delta" or not _PARALLEL_RE.fullmatch(gap) or _direction(gap) is None:
            continue
        # (同比增长16.6%,两年平均增长2.0%: a clause with a base of its own shares the subject alone)
        own_base = _BASE_LEAD_RE.search(gap) or _RELATIVE_BASE_RE.search(gap)
        if not _BASE_LEAD_RE.search(cite, clauses[v.clause], v.start):
            continue  # only a base written once is shared, with the subject it is said of
        for t in terms:
            if (t.start, t.end) in v.spans and t.cls in _ITEM_CLASSES and (
                    t.start < clauses[v.clause] or not own_base and _BASE_LEAD_RE.match(cite, t.start)):
                _attach(w, t, beside=False)


def _subject_only(cite: str, lo: int, hi: int) -> bool:
    r"""Whether ``cite[lo:hi]`` is a bare subject, two to twelve Han characters after marks, as
    ``[\s,;、]*[\u3400-\u9fff]{2,12}\s?`` fullmatches it, without compiling a Han class at start-up."""
    while lo < hi and (cite[lo].isspace() or cite[lo] in ",;、"):
        lo += 1
    if hi > lo and cite[hi - 1].isspace():
        hi -= 1
    return 2 <= hi - lo <= 12 and all(han_at(cite, i) for i in range(lo, hi))


# A copula or a limiting adverb right before a value (台湾产品集中度是56%, 日韩仅35%): the predicate a
# clause stated in full shares with the bare subjects after it, as a change word is.
_COPULA_BEFORE_RE = lazy(r"(?:是|为|约为|达到|达|仅为|仅|只有|则为|则)\s?\Z")


def _ends_in_change(cite: str, lo: int, hi: int) -> int | None:
    """Where the words before a value start their direction word (or copula), if one ends right before it."""
    words = _table_terms(cite[lo:hi])
    if words and words[-1][2] == "direction" and not cite[lo + words[-1][1]:hi].strip():
        return lo + words[-1][0]
    copula = _COPULA_BEFORE_RE.search(cite, lo, hi) if han_at(cite, hi - 1) else None
    return copula.start() if copula else None


def _elided(cite: str, clauses: list[int], values: list[Value], terms: list[_Term]) -> None:
    """Items listed in clauses of their own, the first written in full and the rest as subject and
    change (国有控股企业增加值同比增长4.1%;股份制企业增长4.2%,私营企业增长4.2%): the metric and base the
    first writes after its subject are every item's, so they tell none of them apart."""
    head: Value | None = None
    shared: list[_Term] = []
    terms_at: _ByStart | None = None  # (the words before each head looked up, not read in full for each value)
    at: dict[int, list[int]] = {}
    for v in values:
        lo = clauses[v.clause]
        verb = _ends_in_change(cite, lo, v.start)
        if verb is None:
            head = None
            continue
        bare = _subject_only(cite, lo, verb) and len(_table_terms(cite[lo:verb])) == 0
        # (分别调整为1.375%、…: 分别 pairs the values with a list by position; the words before it are no subject)
        bare = bare and "分别" not in cite[lo:verb]
        if head is not None and bare and v.clause > head.clause:
            # (a later subject that writes the head's noun with its own qualifier — 经常性薪资 against 总薪资平均 —
            # names its own metric: the head's is not its)
            own = {cite[i:i + 2] for i in range(lo, verb - 1) if han_at(cite, i) and han_at(cite, i + 1)}
            # (… and one ending in the head's own noun — 劳动力参与率 after 失业率 — is a metric of that kind of its own)
            subject = cite[lo:verb].rstrip()
            for t in shared:
                if subject.endswith(cite[t.end - 1]) and han_at(cite, t.end - 1) and t.end - t.start > 1 \
                        and not subject.endswith(cite[t.start:t.end]):
                    continue
                if not any(w in cite[t.start:t.end] for w in own):
                    _attach(v, t, beside=False)
            continue
        head = v
        start = lo + len(cite[lo:v.start]) - len(cite[lo:v.start].lstrip(" ,;、"))
        if terms_at is None:
            terms_at = _ByStart(terms)
            for i, t in enumerate(terms):
                at.setdefault(t.start, []).append(i)
        # (a period before the subject, 今年甲省…, is no part of it: the words are read in the list's order, each
        # starting where the one before ended)
        read = -1
        while (i := next((i for i in at.get(start, ()) if i > read and terms[i].cls in ("period", "when")), None)) is not None:
            start, read = terms[i].end, i
        lead = _LEAD_RE.match(cite[start:v.start])  # (其中从越南的进口…: 从越南 is the subject)
        if lead:
            start += lead.end()
        shared = [t for t in map(terms.__getitem__, terms_at.within(start, v.start)) if start < t.start and t.end <= v.start
                  and t.cls in _ITEM_CLASSES and t.ident in v.terms.get(t.cls, ())]


_ZH_STOP_RE = lazy(r"[。!?\n]")
_SEGMENT_END_RE = lazy(r"[;。!?\n]")
_CHANGE_ONLY_RE = lazy(r"\s?(?:环比|同比|比上月|较上月|比上年|较上年|比去年|较去年)?(?:同期)?\s?"
                       r"(?:增长|下降|增加|减少|上升|上涨|下跌|回落|提高|降低)了?\s?")
_BARE_VERB_RE = lazy(r"\s?([\u3400-\u9fff]{2})\s?(?=\d)")
_SUBJECT_VERB_RE = lazy(r"\s?(?:其中\s?,?\s?)?([\u3400-\u9fff]{2,}?)([\u3400-\u9fff]{2})\s?(?=\d)")


def _verb_clauses(cite: str, clauses: list[int], values: list[Value], terms: list[_Term]) -> None:
    """汽车生产X,环比…;销售Y,…: a clause that opens with its verb and its figure (销售Y) has no subject of its
    own: the subject of the sentence's first subject-verb clause (汽车, before 生产) is its too, and its
    verb alone tells it apart; the clauses after it, to the next ;, are its figure's (环比下降a,同比下降b)."""
    if not values:
        return
    for k in range(1, len(clauses)):
        lo = clauses[k]
        if cite[lo - 1] != ";" or not (verb := _BARE_VERB_RE.match(cite, lo)):
            continue
        head = None
        for j in range(k - 1, -1, -1):
            if _ZH_STOP_RE.search(cite, clauses[j], lo):
                break
            m = _SUBJECT_VERB_RE.match(cite, clauses[j])
            if m and m[2] != verb[1]:
                head = m
        if head is None:
            continue
        end = _SEGMENT_END_RE.search(cite, verb.end())
        end = end.start() if end else len(cite)
        # its figure and the changes of it that follow (,环比下降a,同比下降b), no clause with words of its own
        own = [x for x in values if verb.end() <= x.start < end and (
            x.clause == k or _CHANGE_ONLY_RE.fullmatch(cite, clauses[x.clause], x.start))]
        for t in terms:
            if t.cls in _ITEM_CLASSES and (head.start(1) <= t.start and t.end <= head.end(1) or lo <= t.start and t.end <= verb.end()):
                for x in own:
                    _attach(x, t, beside=False)


_RANK_HEAD_RE = lazy(r"(?:最高|最低|最多|最少|最大|最小)者?\s?(?:为|是)", needs=("最",))


# Values ranked after another ("Saudi Arabia … agreed to slash 486,000 barrels a day. The next highest were Iraq at
# 210,000 and United Arab Emirates at 139,000"; "the next largest was X at Y") measure what it measures: the change
# it is (a cut, a rise) and its direction are theirs too, each keeping its own name.
_NEXT_RANKED_RE = lazy(r"(?<![a-z])next\s(?:highest|largest|biggest|greatest|lowest|smallest)(?:\s[a-z]+)?\s(?:were|was|are|is|came|come)(?![a-z])",
                       needs=("next",))


def _ranked_next(cite: str, values: list[Value]) -> None:
    for m in _NEXT_RANKED_RE.finditer(cite):
        head = next((v for v in reversed(values) if v.end <= m.start() and m.start() - v.end < 240 and v.role == "delta"), None)
        if head is None:
            continue
        stop = _REPORT_STOP_RE.search(cite, m.end())
        end = stop.start() if stop else len(cite)
        for v in values:
            if m.end() <= v.start < end and not v.role and "%" not in v.text:
                v.role = head.role
                if "direction" in head.flags and "direction" not in v.flags:
                    v.flags["direction"] = head.flags["direction"]


def _rankings(cite: str, values: list[Value], terms: list[_Term]) -> None:
    """性比例最高者为甲县131.10,其次为乙县108.82,…;最低为丙市92.46…: a ranking names its metric and base once,
    before its first 最高/最低; they are every ranked value's to the sentence's end, and each place its own."""
    for h in _RANK_HEAD_RE.finditer(cite):
        stop = _ZH_STOP_RE.search(cite, h.end())
        end = stop.start() if stop else len(cite)
        if "其次" not in cite[h.end():end]:
            continue
        before = _ZH_STOP_RE.search(cite[:h.start()][::-1])
        lo = h.start() - before.start() if before else 0
        ranked = [v for v in values if h.end() <= v.start < end]
        if not ranked:
            continue
        head = ranked[0]
        shared = [t for t in terms if lo <= t.start < h.start() and (
            t.cls in _ITEM_CLASSES and t.ident in head.terms.get(t.cls, ()) or t.cls in ("period", "when"))]
        for v in ranked[1:]:
            for t in shared:
                _attach(v, t, beside=False)
    # 其中以甲下降9.5%最多,其次为乙7.8%,再次为丙5.9%: a ranking run after its first value ranks values of one measure;
    # the metric named before 以 (标准化死亡率) and the first value's change are every ranked value's, each item its own
    for m in _RANK_TAIL_RE.finditer(cite):
        stop = _ZH_STOP_RE.search(cite, m.end())
        end = stop.start() if stop else len(cite)
        head = next((v for v in values if v.end <= m.start() and not cite[v.end:m.start()].strip()), None)
        lead = cite.rfind("以", 0, head.start) if head else -1
        if head is None or lead < 0 or _ZH_STOP_RE.search(cite, lead, head.start):
            continue
        shared = [t for t in terms if t.end <= lead and not _ZH_STOP_RE.search(cite, t.end, lead) and (
            t.cls in _ITEM_CLASSES and t.ident in head.terms.get(t.cls, ()))]
        for v in values:
            if m.end() <= v.start < end and _RANK_NEXT_RE.search(cite, max(0, v.start - 16), v.start):
                for t in shared:
                    _attach(v, t, beside=False)
                if head.role == "delta" and not v.role:
                    v.role = "delta"
                    if "direction" in head.flags:
                        v.flags.setdefault("direction", head.flags["direction"])


_RANK_TAIL_RE = lazy(r"(?:最多|最少|最高|最低|最大|最小)\s?[,,;]\s?(?=再?其次)", needs=("最",))
_RANK_NEXT_RE = lazy(r"(?:再?其次|再次)\s?(?:为|是)?[^\d,,;;。]{1,12}\Z", needs=("次",))


_COMPARED_WORDS = ("超过", "超越", "高于", "低于", "多于", "少于", "不及")


def _compared_owner_before(cite: str, lo: int, hi: int) -> bool:
    r"""Whether ``cite[lo:hi]`` ends with a comparison's owner (超过日本的), as
    ``(?:超过|超越|高于|低于|多于|少于|不及)[\u3400-\u9fff]{1,8}的\s?\Z`` searches it, without compiling a Han class."""
    d = hi - 1 - (hi > lo and cite[hi - 1].isspace())
    if d < lo or cite[d] != "的":
        return False
    return any(cite.startswith(_COMPARED_WORDS, s) and all(han_at(cite, k) for k in range(s + 2, d))
               for s in range(max(lo, d - 10), d - 2))


def _compared_owner(cite: str, values: list[Value], terms: list[_Term]) -> None:
    """出口99.4万辆,…,超过日本的95.4万辆: the value an owner has (日本的) in a comparison with the value before it
    is the same metric, the owner's: the metric written right before the compared value (出口) is its too."""
    near = None  # (the words by where they start: only those just before each compared value are read)
    for v, w in zip(values, values[1:]):
        if w.sentence == v.sentence and _unit_key(v) == _unit_key(w) and _compared_owner_before(cite, max(0, w.start - 14), w.start):
            for ident in v.terms.get("metric", ()):
                w.terms.setdefault("metric", set()).add(ident)
            near = near or _ByStart(terms)
            for t in map(terms.__getitem__, near.within(v.start - 6, v.start)):
                if t.cls in _ITEM_CLASSES and v.start - 6 <= t.start and t.end <= v.start and t.end - t.start <= 4 \
                        and t.ident in v.terms.get(t.cls, ()):  # (出口, 新接订单: a metric word, no subject with it)
                    _attach(w, t, beside=False)


# 各 before a verb gives what follows to every item listed before it: 第二局张育成、第六局郑宗哲
# 各打一击阳春砲 (not 各地, 各国, 各种: 各 as a determiner).
_EACH_RE = lazy(r"各(?![地国界种类位项个级自方式样部省市行业家人])")
_PREDICATE_END_RE = lazy(r"、|,|;|。")


def _each(cite: str, clauses: list[int], values: list[Value], terms: list[_Term]) -> list[_Term]:
    """Attach the words of a 各 predicate to every value listed before it; the rest of ``terms``."""
    if "各" not in cite:
        return terms
    given: set[int] = set()
    for m in _EACH_RE.finditer(cite):
        lo = clauses[_index(clauses, m.start())]
        e = _PREDICATE_END_RE.search(cite, m.end())
        end = e.start() if e else len(cite)
        sharers = [v for v in values if lo <= v.start < m.start()]
        if len(sharers) < 2:
            continue
        for i, t in enumerate(terms):
            if m.end() <= t.start < end:
                given.add(i)
                for v in sharers:
                    _attach(v, t)
    return [t for i, t in enumerate(terms) if i not in given]


# 各队长打率以…, 各省GDP中…: a metric named for each member of a kind, which the sentence's values then list member by member
_EACH_MEMBER_RE = lazy(r"各\s?(?:球队|队|家|省|市|区|县|国|公司|城市|地区|行业|品牌|厂商|厂|校|院|部门)的?\s?", needs="各")


def _each_members_metric(cite: str, sentences: list[int], values: list[Value], terms: list[_Term]) -> None:
    """The question's metric word written right after 各 and a kind (该年各队长打率以中信兄弟的0.511最高,最低的义大犀牛也有
    0.450,统一狮是0.460) is every value's the sentence lists after it: each member's value of that metric, so the metric
    tells none of them apart and the member's own name chooses (asked 义大犀牛的长打率, not the first member's 0.511)."""
    for m in _EACH_MEMBER_RE.finditer(cite):
        t = next((t for t in terms if t.start == m.end() and t.cls in _ITEM_CLASSES and t.asked), None)
        if t is None:
            continue
        s = _index(sentences, t.start)
        hi = sentences[s + 1] if s + 1 < len(sentences) else len(cite)
        listed = [v for v in values if t.end <= v.start < hi]
        if len(listed) < 2:
            continue
        for v in listed:
            _attach(v, t, beside=False)


_AGENT_VERB_RE = lazy(r"\s?(?:将|把)", needs=('将', '把'))
_ALSO_VERB_RE = lazy(r"也|亦|同样|(?<![a-z])also(?![a-z])")


def _agent(cite: str, clauses: list[int], values: list[Value], terms: list[_Term]) -> None:
    """The agent of 将 / 把 (主计总处将投资成长率由2.41%调降至1.47%) also does what a later clause of its
    sentence says it did too (,而消费成长率也由-1.44%调降至-2.52%): it describes that value as well."""
    for t in terms:
        if t.cls not in _ITEM_CLASSES or not t.asked or not _AGENT_VERB_RE.match(cite, t.end):
            continue
        owner = next((v for v in values if v.start > t.end), None)
        if owner is None or t.ident not in owner.terms.get(t.cls, ()):
            continue
        for w in values:
            if w.sentence == owner.sentence and w.clause > owner.clause \
                    and _ALSO_VERB_RE.search(cite, clauses[w.clause], w.start):
                _attach(w, t, beside=False)


def _sentence_tail(cite: str, sentences: list[int], values: list[Value], terms: list[_Term]) -> None:
    """A sentence with one value: what its later clauses say (… on Wednesday evening said the
    incumbent … retained the presidency) is said of that value's event, when no other value's
    sentence says it too."""
    by_sentence: dict[int, list[Value]] = {}
    for v in values:
        by_sentence.setdefault(v.sentence, []).append(v)
    for k, vs in by_sentence.items():
        if len(vs) != 1 or len(by_sentence) < 2:
            continue
        v = vs[0]
        hi = sentences[k + 1] if k + 1 < len(sentences) else len(cite)
        others = [cite[sentences[j]:sentences[j + 1] if j + 1 < len(sentences) else len(cite)] for j in by_sentence if j != k]
        for t in terms:
            if t.cls in _ITEM_CLASSES and t.asked and v.end <= t.start < hi and t.ident not in v.terms.get(t.cls, ()) \
                    and not any(cite[t.start:t.end] in o for o in others):
                _attach(v, t, beside=False)


# A closing attribution (…, according to the trade group's report.) is said of every predicate of the shared subject.
_ATTRIBUTION_TAIL_RE = lazy(r",\s(?:according\sto|citing)\s(?:[^,;.!?]|\.(?!\s|\Z))+(?=[.!?]?\s*\Z)", needs=("according", "citing"))
# A predicate with no subject of its own after ; or and (home sales rose 6.4 percent in the West; fell 2.9 percent in
# the Northeast; and declined 1.2 percent …; lowering the target lessened X by 30 percent and cut the risk of death by
# 25 percent): the sentence's subject is its subject too, so the subject's words describe each predicate's value alike.
_PREDICATE_VERBS = (r"(?:rose|fell|grew|cut|slid|sank|jumped|climbed|dropped|declined|decreased|increased|gained|lost"
                    r"|lessened|reduced|lowered|raised|slipped|eased|edged|soared|surged|tumbled|plunged|advanced|retreated"
                    # (a price's moves through a day: the stock opened at $92.70, quickly rose to …, before paring gains)
                    r"|opened|closed|ended|finished|settled|stabilized|stabilised|spiked|peaked|touched|traded|started|began)")
# (an adverb may stand before the verb: and quickly rose; "before" or "after" leads a verb in -ing: before paring gains)
_CONJUNCT_VERB_RE = lazy(r"(?:;\s?(?:and\s)?|,?\s(?:and|but)\s)(?:also\s|[a-z]{2,}ly\s)?" + _PREDICATE_VERBS + r"\s"
                         r"|,?\s(?:before|after)\s[a-z]{2,}ing\s", needs=(";", "and", "but", "before", "after"))
_SUBJECTLESS_CONJUNCT_RE = lazy(r"(?:" + _CONJUNCT_VERB_RE.pattern + r")(?:[^,;.!?\d]|\.(?=\d))*?\Z",
                                needs=(";", "and", "but", "before", "after"))
# … and a value joined by "and" with no verb of its own (Brent will average $54/b in 2015 and $59/b in 2016; available in
# a 4GB model for $499 and an 8GB model for $599): the first value's subject and verb are its too.
_VERBLESS_CONJUNCT_RE = lazy(r"(?:/[a-z]+)?(?:\s(?:in|for|during)\s[^,;.!?]{1,30}?)?(?:,\s|\s)and\s(?:(?:(?:a|an|the)\s)?(?:[a-z0-9-]+\s){0,3}?(?:for|at)\s)?[$€£¥]?\Z",
                             needs="and")
_OWN_VERB_RE = lazy(r"(?<![a-z])(?:was|were|is|are|will|would|could|has|have|had|[a-z]{3,}ed)(?![a-z])|" + _PREDICATE_VERBS)
_SUBJECT_END_RE = lazy(r"(?<![a-z])(?:was|were|is|are|will|would|could|has|have|had|averaged?|totaled|reached|cost|costs)(?![a-z])|"
                       + _PREDICATE_VERBS)


def _shared_subject(cite: str, sentences: list[int], values: list[Value], terms: list[_Term]) -> None:
    """Each value of a predicate that has no subject of its own gets the words of the sentence's subject."""
    if not _CONJUNCT_VERB_RE.search(cite) and " and " not in cite:  # (cheap: most cites have no such predicate)
        return
    # (the values and the item words by where they start, so that each sentence looks up its own, not all the cite's)
    v_order = sorted(range(len(values)), key=lambda i: values[i].start)
    v_starts = [values[i].start for i in v_order]
    items = sorted((t.start, k) for k, t in enumerate(terms) if t.cls in _ITEM_CLASSES)
    i_starts = [a for a, _ in items]

    def items_within(a: int, b: int) -> list[_Term]:  # the item words from a to b, in the order of ``terms``
        return [terms[k] for k in sorted(k for _, k in items[bisect_left(i_starts, a):bisect_left(i_starts, b)]) if terms[k].end <= b]

    for lo, hi in _full_sentences(cite):  # (by full stops: a ; parts the predicates, not the sentence)
        vs = [values[i] for i in sorted(v_order[bisect_left(v_starts, lo):bisect_left(v_starts, hi)])]
        if len(vs) < 2:
            continue
        shared = False
        first = _SUBJECT_END_RE.search(cite, lo, vs[0].start)  # (the fare was set at $12 and rose to $15: the fare's both)
        subject = items_within(lo, first.start()) if first else []
        reach = 0  # (the furthest end of the values before w: the latest end at or before w's start unless two overlap)
        for j, w in enumerate(vs[1:] if subject else (), 1):
            reach = max(reach, vs[j - 1].end)
            prev = reach if reach <= w.start else max(v.end for v in vs if v.end <= w.start)
            if _SUBJECTLESS_CONJUNCT_RE.search(cite, prev, w.start):
                shared = True
                for t in subject:
                    _attach(w, t, beside=False)
        verb = _SUBJECT_END_RE.search(cite, lo, vs[0].start)
        heads = items_within(lo, verb.start()) if verb else []
        if _RESPECTIVELY_RE.search(cite, lo, hi):  # (a respectively list maps its items by position)
            heads = []
        for v, w in zip(vs, vs[1:]) if heads else ():
            if _VERBLESS_CONJUNCT_RE.fullmatch(cite, v.end, w.start) and not _OWN_VERB_RE.search(cite, v.end, w.start):
                for t in heads:  # (both: the subject is the first value's as much as the second's)
                    _attach(v, t, beside=False)
                    _attach(w, t, beside=False)
        end = hi
        while end > 0 and cite[end - 1].isspace():  # (the sentence less its closing spaces, as cite[:hi].rstrip() ends)
            end -= 1
        tail = _ATTRIBUTION_TAIL_RE.search(cite, vs[-1].end, end) if shared else None
        if tail is not None:  # (… and declined 1.2 percent in the South, according to the trade group's report.)
            said = items_within(tail.start(), tail.end())
            for v in vs:
                for t in said:
                    _attach(v, t, beside=False)


# A participle set off by a comma after its clause's predicate (Corn production is down 1% from last year, forecast at
# 15.1 billion bushels; the stock closed up 3%, valued at $2 billion) describes that clause's subject: the subject's
# words describe the participle's value, where the value has none of its own.
_PARTICIPLE_BEFORE_RE = lazy(r",\s(?:forecast|forecasted|estimated|projected|pegged|put|valued|priced|seen|set)\s(?:at|to)\s"
                             r"(?:(?:a|an|the|record-high|record-low|record|new|about|around|nearly|almost)\s){0,3}[$€£¥]?\Z",
                             needs=("forecast", "estimated", "projected", "pegged", "put", "valued", "priced", "seen", "set"))
_PARTICIPLE_CLAUSE_START_RE = lazy(r"[;\n]|[.!?]\s")


def _participle_subject(cite: str, values: list[Value], terms: list[_Term]) -> None:
    """Each value of a comma-set participle (…, forecast at 15.1 billion bushels) with no item words of its own gets the
    item words of its clause's subject (the words before the clause's first verb, after the last ; or full stop)."""
    for v in values:
        if any(cls in v.terms for cls in _ITEM_CLASSES):
            continue
        if not _PARTICIPLE_BEFORE_RE.search(cite, max(0, v.start - 60), v.start):
            continue
        lo = max((m.end() for m in _PARTICIPLE_CLAUSE_START_RE.finditer(cite, 0, v.start)), default=0)
        verb = _SUBJECT_END_RE.search(cite, lo, v.start)
        if verb is None:
            continue
        for t in terms:
            if t.cls in _ITEM_CLASSES and lo <= t.start and t.end <= verb.start():
                _attach(v, t, beside=False)


_ITEM_AT_RE = lazy(r"(?<![a-z])(?!(?:was|were|is|are|and|or|of|by|to)\s)[a-z][a-z/-]*\s(?:at|of)\s[$€£¥]?\Z", needs=("at", "of"))
_AND_ITEM_AT_RE = lazy(r"(?:,\s(?:and\s|or\s)?|\s(?:and|or)\s)(?:an?\s|the\s)?(?!(?:and|or|of|by|to)\s)[a-z][a-z/-]*\s(?:at|of)\s[$€£¥]?")


_OWN_PLACE_AFTER_AND_RE = lazy(r"(?:,\s|\s)(?:and|while)\s(?:in|at|among)\s", needs=("and", "while"))


# A group named with its count after a determiner or an owner (Metro Transit's 53 freeway-oriented express routes, the
# agency's six suburban local routes): group 1 is the count and the words of its noun, up to the clause's verb.
_GROUP_PHRASE_RE = lazy(r"(?:(?<![a-z])(?:the|its|their|our)|[a-z]'s)\s((?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten"
                        r"|eleven|twelve)\s(?:[a-z][a-z-]*\s){0,3}?[a-z][a-z-]*)(?=\s(?:rose|fell|grew|increased|decreased|declined"
                        r"|dropped|dipped|slipped|climbed|jumped|gained|were|was|are|is|had|have|has|carried)(?![a-z]))")


# A clause of its own subject joined to the one before it (…, while the busiest station was Kilbrae; whereas …).
_OWN_SUBJECT_CLAUSE_RE = lazy(r",\s(?:while|whereas)\s", needs=("while", "whereas"))


# Two verbs of one form, each before its value, joined by "and" (launching 74 times and rescuing 41 people; which
# launched 66 times and rescued 28 people): one subject's two predicates.
_COORDINATED_VERB_GAP_RE = lazy(r"(?:\s[a-z-]+){0,2},?\sand\s[a-z]{2,}(ing|ed)\s", needs="and")
_VERB_BEFORE_VALUE_RE = lazy(r"(?<![a-z])[a-z]{2,}(ing|ed)\s\Z", needs=("ing", "ed"))


def _coordinated_verbs(cite: str, values: list[Value], terms: list[_Term]) -> None:
    """The second of two values each after a verb of the same form, the verbs joined by "and" with no subject between
    them (Portree was the busiest station, launching 74 times and rescuing 41 people): the subject's item words the
    first value has from before its verb are the second's too."""
    if " and " not in cite:
        return
    for v, w in zip(values, values[1:]):
        if v.sentence != w.sentence or not v.text.isascii():
            continue
        gap = _COORDINATED_VERB_GAP_RE.fullmatch(cite, v.end, w.start)
        if gap is None:
            continue
        verb = _VERB_BEFORE_VALUE_RE.search(cite, max(0, v.start - 20), v.start)
        if verb is None or verb[1] != gap[1]:
            continue
        lo = _sentence_start(cite, v.start)
        for t in terms:
            if t.cls in _ITEM_CLASSES and lo <= t.start and t.end <= verb.start() and t.ident in v.terms.get(t.cls, ()):
                _attach(w, t, beside=False)


def _gapped(cite: str, clauses: list[int], values: list[Value], terms: list[_Term]) -> None:
    """"Three people died in Kentucky and two in Mayes County": the second clause leaves out the
    first's noun and verb (its place alone is its own), so those words describe its value too."""
    frame = None  # (the list's first item's clause and name: "a forfeiture of X, restitution of Y and a fine of Z")
    for v, w in zip(values, values[1:]):
        listed = v.sentence == w.sentence and _AND_ITEM_AT_RE.fullmatch(cite, v.end, w.start)
        if not listed:
            frame = None
        if v.sentence != w.sentence or not listed and not _AND_RE.search(cite, v.end, w.start):
            continue
        named = _ITEM_AT_RE.search(cite, max(clauses[v.clause], v.start - 40), v.start)
        if named and listed:
            # "the only event above 2% was fatigue at 3.8% and headache at 2.0%": items each named before their
            # value; the words before the first item (its subject and verb) are every item's, so are they through
            # a list of such items linked by commas (a forfeiture of X, restitution of Y and a fine of Z)
            frame = frame or (clauses[v.clause], named.start())
            for t in terms:
                if t.cls != "when" and frame[0] <= t.start and t.end <= frame[1]:
                    _attach(w, t, beside=False)
            continue
        frame = None
        subject = _GAPPED_SUBJECT_RE.fullmatch(cite, v.end, w.start)
        if subject:  # "Other holders will have 23 percent and Reuters holders 24 percent"
            _gapped_verb(cite, clauses[v.clause], v, w, subject["head"], terms)
            continue
        if _OWN_WORD_GAP_RE.fullmatch(cite, v.end, w.start) and _OWN_WORD_AFTER_RE.match(cite, w.end):
            # "had grossed $328.5 million domestically, and $788.2 million worldwide": each value has one word of its
            # own after it; the sentence's words before the first value (its frame, subject and verb) are both's — from
            # the last clause opened by "while" or "whereas" on, which has a subject of its own (…, while the busiest
            # station on the islands was Kilbrae, with 47 launches and 52 rescued: not the first clause's station)
            lo = max([_sentence_start(cite, v.start)] + [m.end() for m in _OWN_SUBJECT_CLAUSE_RE.finditer(cite, 0, v.start)])
            for t in terms:
                if t.cls != "when" and lo <= t.start and t.end <= v.start:
                    _attach(w, t, beside=False)
            continue
        if not _ELIDED_RE.match(cite, w.end):
            # "killed at least 20 people and injured hundreds": only the counted noun is left out
            if v.measure and w.measure == v.measure and _NOTHING_AFTER_RE.match(cite, w.end) and _bare_predicate(cite, v, w):
                lo = clauses[v.clause]
                for t in terms:  # the noun counted, and the subject both verbs share (severe storms)
                    if t.cls != "when" and (0 <= t.start - v.end <= 2 or lo <= t.start and t.end < v.start - 12):
                        _attach(w, t, beside=False)
            continue
        own = _ELIDED_RE.search(cite, v.end, w.start)  # the first value's own place: in kentucky
        lo = clauses[v.clause]
        # (… on Metro Transit's 53 express routes rose … to 9.488 million in 2013 while numbers on the agency's six
        # suburban local routes fell … from 1.661 million in 2012: a second clause naming its own group of the kind
        # shares the first's subject, but not the first's group, which its own replaces)
        link = _AND_RE.search(cite, v.end, w.start)
        mine_group = _GROUP_PHRASE_RE.search(cite, link.end(), w.start) if link and not has_han(cite) else None
        first_group = _GROUP_PHRASE_RE.search(cite, lo, v.start) if mine_group else None
        replaced = first_group.span(1) if first_group else (0, 0)
        hi = v.start
        if _OWN_PLACE_AFTER_AND_RE.search(cite, v.end, w.start):
            # "… in Europe to $24.454 billion from $24.123 billion, and in Japan to $7.298 billion": the second names its
            # own place before its value, so the first's place (in Europe) is the first's alone
            place = _ELIDED_RE.search(cite, lo, v.start)
            hi = place.start() if place else hi
            own = None
        w_hi = clauses[w.clause + 1] if w.clause + 1 < len(clauses) else len(cite)
        dated = any(t.cls == "when" and t.ident.split(",")[0] and w.end <= t.start < w_hi for t in terms)
        for t in terms:
            if t.cls != "when" and (lo <= t.start < hi or v.end <= t.start and own and t.end <= own.start()) \
                    and not (dated and t.cls == "period") \
                    and not replaced[0] <= t.start < replaced[1]:  # (… and further to 1.7% in 2020: its own year, no last year)
                _attach(w, t, beside=False)


# A conjunct opening with its value after ", as well as" (CHA studied two groups of men, as well as one group of
# women): it has no subject or verb of its own.
_AS_WELL_AS_RE = lazy(r",\s(?:as\swell\sas|along\swith|plus)\s\Z", needs=("well", "along", "plus"))
# … or after "and" with a figure, its change, first: output rose 0.2% in Texas to 29.4 bcfd and 3.9% in Pennsylvania
# to a record 21.8 bcfd (the words between that figure and the value are the conjunct's own, with no break)
_AND_FIGURE_RE = lazy(r",?\sand\s[+\-−]?[$€£¥]?\d(?:[^,;:.!?]|\.(?=\d))*\Z", needs="and")


def _as_well_as(cite: str, values: list[Value], terms: list[_Term]) -> None:
    """A value in a conjunct that opens with it after ", as well as", or with a figure after "and", shares the
    subject and verb before the sentence's first figure (CHA also studied … , as well as one group of women: CHA
    studied the one group too)."""
    # (each value's sentence, the ends of its values and the terms by start read once: a long sentence of
    # conjuncts would otherwise cost the square of its values)
    if not (_AS_WELL_AS_RE.holds(cite) or _AND_FIGURE_RE.holds(cite)):  # (neither pattern's words: no conjunct)
        return
    starts = _breaks(cite)[1]
    ends: dict[int, list[int]] = {}
    firsts: dict[int, int] = {}  # (the sentence's first value: none of a later sentence starts before it)
    for v in values:
        lo = starts[_index(starts, v.start)]
        ends.setdefault(lo, []).append(v.end)
        firsts[lo] = min(firsts.get(lo, v.start), v.start)
    for e in ends.values():
        e.sort()
    by_start = sorted((t.start, i) for i, t in enumerate(terms))
    for w in values:
        lo = starts[_index(starts, w.start)]
        e = ends[lo]
        k = bisect_right(e, w.start)
        prev = e[k - 1] if k else -1  # (the conjunct's own value: the sentence's last value before it)
        if not (_AS_WELL_AS_RE.search(cite, max(0, w.start - 14), w.start) or prev >= 0 and _AND_FIGURE_RE.search(cite, prev, w.start)):
            continue
        digit = _DIGIT_RE.search(cite, lo, w.start)
        first = min(firsts[lo], digit.start()) if digit else firsts[lo]
        a, b = bisect_left(by_start, (lo, -1)), bisect_left(by_start, (first, -1))
        for i in sorted(i for _, i in by_start[a:b]):
            t = terms[i]
            if t.cls != "when" and t.end <= first:
                _attach(w, t, beside=False)


# Each conjunct of a gapped pair a value and one word of its own ("$328.5 million domestically, and $788.2 million
# worldwide,"): between the values, the first's word and the link; after the second, its word and the clause's end.
_OWN_WORD_GAP_RE = lazy(r"\s(?!(?:and|or|while|but|respectively|each)\s)[a-z][a-z-]+,?\s(?:and|while)\s")
_OWN_WORD_AFTER_RE = lazy(r"\s(?!(?:respectively|each)(?![a-z]))[a-z][a-z-]+(?=\s?[,;.!?]|\Z)")
# The second conjunct of a gapped clause, its subject alone before its value: " and reuters shareholders ".
_GAPPED_SUBJECT_RE = lazy(r"(?:,\s|\s)(?:and|while)\s(?:[a-z'.&-]+\s){0,3}(?P<head>[a-z'.&-]{3,})\s")


def _gapped_verb(cite: str, lo: int, v: Value, w: Value, head: str, terms: list[_Term]) -> None:
    """A gapped clause whose second subject stands before its value with the verb left out ("Other
    Thomson shareholders will have 23 percent and Reuters shareholders 24 percent"): the subjects
    end in one head noun, so the first clause's words after its subject (will have) describe the
    second value too, and each subject is its own value's item."""
    at = cite.rfind(f" {head} ", lo, v.start)
    if at < 0 and not cite.startswith(f"{head} ", lo):
        return
    verb = at + len(head) + 1 if at >= 0 else lo + len(head)
    for t in terms:
        if t.cls != "when" and verb <= t.start and t.end <= v.start:
            _attach(w, t, beside=False)


_OF_AFTER_RE = lazy(r"\s(?:of|among)\s")
_PARTS_RE = lazy(r"其中|包括|(?<![a-z])(?:of which|of whom|among them|including)(?![a-z])", needs=('including', 'of', 'them', '其中', '括'))


# A verb of the clause: a form of be or have, or a word in -ed that is no verb's (need, hundred …) — one
# definition the three patterns below read.
_BE_HAVE = "was|were|is|are|has|have|had|been"
_NOT_ED_VERBS = "need|shed|bed|red|hundred"
_TOTAL_VERB_RE = lazy(rf"(?<![a-z])(?:(?:{_BE_HAVE})\s|(?!(?:{_NOT_ED_VERBS})\s)[a-z]{{3,}}ed\s)"
                      r"(?:[a-z]+\s){0,2}\Z")
_PART_VERB_RE = lazy(rf"(?<![a-z])(?:{_BE_HAVE}|(?!(?:{_NOT_ED_VERBS}|based)(?![a-z]))[a-z]{{3,}}ed)(?![a-z])")


_VERB_AFTER_RE = lazy(r"\s(?:have|has|had|were|was|are|is|" rf"(?!(?:{_NOT_ED_VERBS})(?![a-z]))[a-z]{{3,}}ed)(?![a-z])")


def _own_verb(cite: str, lo: int, v: Value) -> bool:
    """Whether the part ``v`` (after its parts word at ``lo``) says a verb of its own in its clause."""
    hi = _sentence_end(cite, v.end)
    c = _CLAUSE_RE.search(cite, v.end, hi)
    return bool(_PART_VERB_RE.search(cite, lo, c.start() if c else hi))


def _parts(cite: str, values: list[Value], terms: list[_Term]) -> None:
    """"共收治伤员868人,其中危重病人16人": the parts after 其中 are of the total before it, so what
    describes the total (收治, 伤员) describes them too, and only their own words tell them apart."""
    # (a long cite of many 其中: the total, the parts and the words near them are looked up, not found by reading
    # every value and word of the cite for each 其中; the lists come out in the cite's order as before)
    if _PARTS_RE.search(cite) is None:  # (no word of parts: none of the lookups below is read)
        return
    by_end = sorted(range(len(values)), key=lambda i: values[i].end)
    by_start = sorted(range(len(values)), key=lambda i: values[i].start)
    starts = [values[i].start for i in by_start]
    in_sentence: dict[int, list[int]] = {}
    for i, v in enumerate(values):
        in_sentence.setdefault(v.sentence, []).append(i)
    t_order = sorted(range(len(terms)), key=lambda i: terms[i].start)
    t_starts = [terms[i].start for i in t_order]
    ended, last = 0, -1  # (the values ended before this 其中, and the last of them in the list: its total)
    for m in _PARTS_RE.finditer(cite):
        while ended < len(by_end) and values[by_end[ended]].end <= m.start():
            last = max(last, by_end[ended])
            ended += 1
        if last < 0:
            continue
        total = values[last]
        if _own_part_total(cite, total.end, m.start()):
            continue  # (…减少1619万亩;豆类播种面积增加,…,其中大豆…: the parts are of the item their own ;-part names)
        # (其中 opening the next sentence names the parts of the total just before it: …上升9.2%。其中,…)
        opens = cite[:m.start()].rstrip().endswith("。") and cite.rfind("。", 0, m.start()) >= total.end \
            and cite.rfind("。", 0, cite.rfind("。", 0, m.start())) < total.start
        # (其中, before items a ; parts runs to the full stop: 其中,铁路3.32亿人次,…;道路24.81亿人次,…;民航5455万人次;
        # 其中: heads lines of a list of their own, which _colon_list reads)
        stop = _FULL_STOP_RE.search(cite, m.end())
        end = stop.start() if stop else len(cite)
        # (…其中,短期贷款…;非金融企业贷款增加5.27万亿元,其中,…: a ;-part with a 其中 of its own is another
        # total, the first total's sibling, so the parts stop before it)
        later = _PARTS_RE.search(cite, m.end(), end)
        if later is not None:
            end = min(end, cite.rfind(";", m.end(), later.start()) + 1 or end)
        runs_on = han_at(cite, m.start()) and not cite.startswith(":", m.end())
        # (those of its sentence, and, where the parts run on, those before ``end``: both in the list's order)
        chosen = {i for i in in_sentence.get(total.sentence + opens, ()) if values[i].start >= m.end()}
        if runs_on:
            chosen.update(by_start[bisect_left(starts, m.end()):bisect_left(starts, end)])
        parts = [values[i] for i in sorted(chosen)]
        # (a word of the total that a part names as its own, 以拆借、现券和回购方式合计成交…其中,…现券日均成交…,
        # names that part, not every part)
        # (each part's clause read once, the terms found in them by bisection: not every part's for each term)
        heads = sorted((_clause_start(cite, v.start), v.start) for v in parts)
        reach = list(accumulate((b for _, b in heads), max))  # the furthest a clause opened so far runs
        opened = [a for a, _ in heads]
        # (only a word from the first clause's start to the furthest reach can be in one)
        window = t_order[bisect_left(t_starts, opened[0]):bisect_left(t_starts, reach[-1])] if heads else []
        named = {t.ident for t in map(terms.__getitem__, window) if (k := bisect_right(opened, t.start)) and reach[k - 1] > t.start}
        # (the total's own verb, was based on 196 cases, recruited 43,661 participants, is not a part's that says
        # its own: of which 185 were observed …, of which 41,135 have secured a second dose)
        verb = _TOTAL_VERB_RE.search(cite, max(_clause_start(cite, total.start), total.start - 40), total.start)
        # (a total written as a level and its change, 面积11897万公顷,比上年增加64万公顷。其中,稻谷…2895万公顷,减少50万公顷:
        # each part pairs its level with its bare change, so only the change is a part of the change)
        levels = [w for w in map(values.__getitem__, in_sentence[total.sentence]) if not w.role and w.end <= total.start
                  and _unit_key(w) == _unit_key(total)] if total.role == "delta" else []
        paired = bool(levels)
        # (a word of the total's sentence before it: those starting from the sentence's start to the total's, in the
        # list's order)
        lo = cite.rfind("。", 0, total.start) + 1
        near = sorted(t_order[bisect_left(t_starts, lo):bisect_right(t_starts, total.start)])
        for t in map(terms.__getitem__, near):
            if t.cls in _ITEM_CLASSES and t.end <= total.start and t.start >= lo \
                    and t.ident in total.terms.get(t.cls, ()) \
                    and not (t.ident in named and _listed(cite, t)):
                for v in parts:
                    if verb and verb.start() <= t.start and _own_verb(cite, m.end(), v):
                        continue
                    _attach(v, t, beside=False)
        for v in parts:
            v.flags["part"] = "part"
            v.flags["part_of"] = str(total.start)  # (its own total, itself maybe a part: 其中…7次,包括…1次、…6次)
            for cls in ("forecast", "period"):  # (a part of a forecast total is a forecast, of its period)
                if cls in total.flags and cls not in v.flags:
                    v.flags[cls] = total.flags[cls]
            if total.role == "delta" and not v.role and not (paired and "direction" not in v.flags):
                v.role = "delta"  # a part of a change is a change: 新增100例,其中境外输入20例
            if total.measure and (_OF_AFTER_RE.match(cite, v.end) or _VERB_AFTER_RE.match(cite, v.end)):
                v.measure = total.measure  # "422 aftershocks, including one of magnitude 5": one aftershock
                # (… as a part that goes straight on to its verb counts the total's noun: 43,661 participants,
                # of which 41,135 have secured a second dose)
        level = None
        for v in parts if paired else ():  # (and the bare change is its level's item's: 谷物产量X,比上年增加Y)
            if _in_bracket(cite, v):
                continue
            if v.role != "delta":
                level = v
            elif level is not None and level.sentence == v.sentence and _unit_key(level) == _unit_key(v) \
                    and not any(not _comparison_words(i) for cls in _ITEM_CLASSES for i in v.terms.get(cls, ())):
                for cls in _ITEM_CLASSES:
                    if level.terms.get(cls):
                        v.terms.setdefault(cls, set()).update(level.terms[cls])


def _own_part_total(cite: str, total_end: int, parts_at: int) -> bool:
    """Whether a ;-part opened after the value before 其中 names an item of its own before it (…减少1619万亩;豆类播种面积
    增加,薯类面积稳定,其中大豆…): that item, stated with no value, is the parts' total, not the earlier ;-part's value."""
    semi = cite.rfind(";", total_end, parts_at)
    if semi < 0 or "。" in cite[total_end:semi]:  # (a ;-part of the total's own sentence, not a line's end after it)
        return False
    own = cite[semi + 1:parts_at].strip(" ,")
    return len(own) >= 2 and han_at(own, 0) and han_at(own, 1)


def _comparison_words(ident: str) -> bool:
    """Whether a question's words matched in the cite are a comparison's (比上年增加, 较上年减少): the base and the move,
    no item, so a part's bare change that writes only them (其中,秋粮产量X,比上年增加Y) still takes its level's item."""
    return ident[:1] in ("比", "较")


def _parts_bases(values: list[Value]) -> None:
    """A part's bare change (其中,稻谷…减少50万公顷) is measured against its total's base (比上年增加64万公顷)."""
    totals = {str(v.start): v for v in values}
    for v in values:
        total = totals.get(v.flags.get("part_of", ""))
        if v.role == "delta" and not v.base and total is not None and total.role == "delta" and total.base and all(
                w.base == total.base for w in values if w.role == "delta" and w.sentence == total.sentence and w.end <= total.end
                and _unit_key(w) == _unit_key(total)):  # (not where the total's changes are against two bases: 同比…,比2019年…)
            v.base, v.base_words = total.base, total.base_words


# What separates the items of a Chinese list (英国、美国和日本, 美国以及日本): the one table of list marks,
# read by every list and item rule here and in people.py. (No mark is the start of another, so any
# order of them in an alternation matches the same.)
ZH_LIST_MARKS = ("、", "和", "与", "及", "以及")
ZH_LIST_MARK = "|".join(ZH_LIST_MARKS)  # (a pattern)
_LIST_MARKS = frozenset(m for m in ZH_LIST_MARKS if len(m) == 1)


def _listed(cite: str, t: _Term) -> bool:
    """Whether ``t`` stands as an item of a list (拆借、现券和回购)."""
    return cite[t.end:t.end + 1] in _LIST_MARKS or cite[t.start - 1:t.start] in _LIST_MARKS


_LIST_JOINS = (*(m for m in ZH_LIST_MARKS if m != "、"), "and", "or", "&")


def _own_words_at(cite: str, i: int) -> bool:
    r"""Whether an item's own word (a letter or a Han character, no joining word) starts at ``i``, past a space,
    as ``\s?(?!(?:和|与|及|以及|and|or|&)(?![a-z]))(?:[a-z]|[\u3400-\u9fff])`` matches, without compiling a Han class."""
    i += i < len(cite) and cite[i].isspace()
    if i >= len(cite) or not ("a" <= cite[i] <= "z" or han_at(cite, i)):
        return False
    return not any(cite.startswith(w, i) and not "a" <= cite[i + len(w):i + len(w) + 1] <= "z" for w in _LIST_JOINS)


def _line_words(text: str, most: int) -> int:
    r"""How many words (runs of a-z, single Han characters) ``text`` has, as ``[a-z]+|[\u3400-\u9fff]`` finds them,
    counted up to one past ``most``."""
    n = 0
    letters = False
    for c in text:
        if "a" <= c <= "z":
            n += not letters
            letters = True
        else:
            letters = False
            n += "\u3400" <= c <= "\u9fff"
        if n > most:
            break
    return n


def _value_lines(cite: str, sentences: list[int], values: list[Value], terms: list[_Term]) -> None:
    """A sentence that is a value and a word or two (Decided on March 9, 2009.) labels what the
    sentences before it said, back to the last sentence with a value: their words describe it."""
    last = 0  # the end of the last sentence that held a value
    held = Counter(w.sentence for w in values)  # (how many values each sentence holds, counted once)
    for v in values:
        k = v.sentence
        lo = sentences[k]
        hi = sentences[k + 1] if k + 1 < len(sentences) else len(cite)
        if held[k] == 1 and _line_words(cite[lo:v.start] + " " + cite[v.end:hi], 3) <= 3 and last < lo:
            for t in terms:
                if last <= t.start and t.end <= lo and t.cls in _ITEM_CLASSES:
                    _attach(v, t, beside=False)
        last = max(last, hi)


def _in_bracket(cite: str, v: Value) -> bool:
    # (the brackets' offsets kept per cite and bisected: two ``rfind``s read a cite without brackets back to its
    # start, once per value)
    opens, closes = _brackets(cite)
    end = min(v.start, len(cite)) if v.start >= 0 else max(0, len(cite) + v.start)  # (as a slice's end)
    a, b = bisect_left(opens, end), bisect_left(closes, end)
    return (opens[a - 1] if a else -1) > (closes[b - 1] if b else -1)


@lru_cache(maxsize=16)
def _brackets(cite: str) -> tuple[list[int], list[int]]:
    """The offsets of ( and of ) in ``cite``, ascending (``_in_bracket``'s)."""
    found: tuple[list[int], list[int]] = ([], [])
    for mark, at in zip("()", found):
        i = cite.find(mark)
        while i >= 0:
            at.append(i)
            i = cite.find(mark, i + 1)
    return found


def _list_head(cite: str, values: list[Value], terms: list[_Term]) -> None:
    """A list whose items start with their value and go on with their own words (新增32例重症(…)及3例死亡,
    "rose to 300 stores and 20 restaurants"): the words before its first item govern every item, not
    only the nearest. (Bare values, 分别增长8.6%、21.7%, are no such items.)"""
    top = [v for v in values if not _in_bracket(cite, v)]
    first = None
    for u, v in zip(top, top[1:]):
        if not (_VALUE_FIRST_RE.search(cite, max(u.end, v.start - 6), v.start) and u.sentence == v.sentence
                and not _SENTENCE_BREAK_RE.search(cite, u.end, v.start) and _own_words_at(cite, v.end)
                and not _RESPECTIVELY_RE.search(cite, _sentence_start(cite, u.start), _sentence_end(cite, v.end))):
            first = None
            continue
        first = first or u
        lo = _clause_start(cite, first.start)
        for t in terms:
            if lo <= t.start and t.end <= first.start and (t.cls in _ITEM_CLASSES or t.cls == "direction"):
                _attach(v, t, beside=False)


# An item of a list that names its item before its change (Indiana -- up 300,000 -- and Nebraska -- down 400,000;
# Indiana, down 400,000; Ohio, down 350,000): a name after a list mark, then -- or a comma, then the direction.
_NAMED_CHANGE_LEAD_RE = lazy(r"(?:[;,:]\s(?:and\s)?|(?<![a-z])(?:in|and)\s|--\s(?:and\s)?)([a-z][a-z.]*(?:\s[a-z][a-z.]*){0,2})"
                             r"(?:\s--\s|,\s)(?:up|down)\s\Z", needs=("up", "down"))


def _named_change_list(cite: str, values: list[Value], terms: list[_Term]) -> None:
    """A list of changes each led by its own item's name (the large changes were in Indiana -- up 300,000 -- and
    Nebraska -- down 400,000): the words of the sentence before the first name (changes, acreage) are every item's,
    not only the first's, so that the name the question gives is what chooses among them."""
    run: list[tuple[Value, int]] = []
    for v in [*values, None]:
        m = _NAMED_CHANGE_LEAD_RE.search(cite, max(0, v.start - 40), v.start) if v is not None else None
        if m is not None and run and not _FULL_STOP_RE.search(cite, run[-1][0].end, v.start):  # (a ; parts no list)
            run.append((v, m.start(1)))
            continue
        if len(run) > 1:
            first = run[0][1]
            lo = max((m.end() for m in _FULL_STOP_RE.finditer(cite, 0, first)), default=0)
            frame = [t for t in terms if t.cls in _ITEM_CLASSES and lo <= t.start and t.end <= first]
            for w, _ in run:
                for t in frame:
                    _attach(w, t, beside=False)
        run = [(v, m.start(1))] if m is not None else []


# Verbs revising a figure (上修至, 下修, 调整为, 调降至): under a sentence that revises a forecast (调整经济预测,将…上修至7.31%),
# a ;-part revising figures (通膨方面,…分别向下调整为1.66%与1.65%) revises that forecast too.
_REVISION_RE = lazy(r"[上下]修|调整为|调整至|调[高低升降]至", needs=("修", "调"))


def _forecast_parts(cite: str, sentences: list[int], values: list[Value], terms: list[_Term]) -> None:
    """预计探亲流约占…;自驾车…出行比例将进一步提高,高速公路小客车日均流量约为2620万辆,较去年同期增长3.6%: a ;-part
    that speaks of what will be (将), or revises figures where the sentence revises a forecast, under a sentence a
    forecast opens is part of that forecast."""
    if ";" not in cite:  # (no ;-part: no part of a forecast, and the sentences' forecasts need not be read)
        return
    forecast, revising = None, False
    by_sentence = _by_sentence(values)
    forecasts = [t for t in terms if t.cls == "forecast" and t.ident == "forecast"]
    for k, lo in enumerate(sentences):
        hi = sentences[k + 1] if k + 1 < len(sentences) else len(cite)
        if not _after_mark(cite, lo, ";"):
            forecast = next((t for t in forecasts if lo <= t.start < hi), None)
            revising = forecast is not None and _REVISION_RE.search(cite, lo, hi) is not None
            continue
        if forecast is None or not has_han(cite[lo:hi]) or not (_FUTURE_MARK_RE.search(cite, lo, hi) or revising and _REVISION_RE.search(cite, lo, hi)):
            continue
        for v in by_sentence.get(k, ()):
            if "forecast" not in v.flags:
                v.flags["forecast"] = "forecast"


# A revision verb in a value's own clause before it (并上修今年经济成长率3.82%, 下调至), and the words setting the forecast it
# replaced beside it (优于先前预期的3.77%, 低于原先预估的): a comparator and a word of an earlier time.
_REVISED_VERB_RE = lazy(r"[上下]修|调[升降高低]|[上下]调", needs=("修", "调"))
_EARLIER_FORECAST_RE = lazy(r"先前|原先|原本|之前|此前|早先|前次|上次|前一次", needs=("前", "原", "先", "次"))


# A Chinese word that speaks of what may yet come (研判, 不排除, 恐怕, 可能; 未来 with a modal after it: 未来不会再有), in a
# value's own clause before it.
_YET_TO_COME_RE = lazy(r"研判|不排除|恐怕|可能|未来[^,;:。\d]{0,8}?(?:会|将|可能)", needs=("未来", "研判", "不排除", "恐怕", "可能"))


def _foreseen_clause(cite: str, values: list[Value]) -> None:
    """未来不会再有规模超过7.0的余震, 也有可能会以规模6.5以下为主, 研判未来3天至1周有规模5.5至6余震, 余震恐怕会破150个: a
    value after a word of what may yet come in its own clause is foreseen, a forecast, not what happened."""
    for v in values:
        if "forecast" not in v.flags and han_at(cite, v.start - 1) \
                and _YET_TO_COME_RE.search(cite, _clause_start(cite, v.start), v.start) is not None:
            v.flags["forecast"] = "forecast"


def _revised_beside_forecast(cite: str, values: list[Value]) -> None:
    """A value a clause revises (并上修今年经济成长率3.82%) measured against the earlier forecast right after it (优于先前
    预期的3.77%) is the new forecast, no outcome beating a forecast; the one it replaced is the earlier value."""
    for v, w in zip(values, values[1:]):
        if v.sentence != w.sentence or v.role:
            continue
        between = cite[v.end:w.start]
        if "forecast" not in v.flags and w.flags.get("forecast") == "forecast" and _REVISED_VERB_RE.search(cite, _clause_start(cite, v.start), v.start) and _COMPARATOR_RE.search(between) \
                and _EARLIER_FORECAST_RE.search(between):
            v.flags["forecast"] = "forecast"
            w.flags["period"] = "prior"


def _earlier_estimate(cite: str, values: list[Value]) -> None:
    """An estimate stated against its earlier statement right after it (guidance of 320-325 million, compared to 325-340
    million in the previous guidance; revised to X, up from Y previously; down from its previous estimate of Y): the
    second is the same estimate, stated earlier (a forecast of an earlier period, DG602 where the new one is asked), no
    outcome. (Run after the forecast marks are set.)"""
    for i, (v, w) in enumerate(zip(values, values[1:])):
        if v.sentence != w.sentence or not any(u.sentence == v.sentence and u.flags.get("forecast") == "forecast" for u in values[max(0, i - 1):i + 1]):
            continue
        between = cite[v.end:w.start]
        if not _EN_FROM_EARLIER_RE.search(between):  # (a cheap test first; the comparing words must end the gap)
            continue
        said = _EN_FROM_EARLIER_END_RE.search(between)
        if not said:
            continue
        ends = [w] + [x for x in values[i + 2:i + 3] if x.sentence == w.sentence and _EN_RANGE_JOIN_RE.fullmatch(cite[w.end:x.start])]
        if said.group(1) or _EN_EARLIER_AFTER_RE.match(cite, ends[-1].end):
            for x in ends:  # (both ends of a range: 325-340 million)
                x.flags["forecast"] = "forecast"
                x.flags["period"] = "prior"


# An English estimate stated against its earlier statement: the comparing words between the two, and the words that
# mark the second as the earlier estimate (its previous estimate of; in the previous guidance; previously).
_EN_COMPARED_WORDS = r"(?<![a-z])(?:up from|down from|from|compared (?:to|with)|below|above)"
_EN_FROM_EARLIER_RE = lazy(_EN_COMPARED_WORDS + r"(?![a-z])", needs=("from", "compared", "below", "above"))
_EN_FROM_EARLIER_END_RE = lazy(_EN_COMPARED_WORDS + r"\s+"
                               r"((?:its |the |their )?(?:previous|prior|initial|original|earlier) (?:estimate|guidance|forecast|outlook|range) of\s+)?"
                               r"(?:between\s+)?$")
_EN_RANGE_JOIN_RE = lazy(r"(?:\s*[a-z]{0,7})?\s*(?:-|–|to|and)\s*")
# (the unit words the value's span may leave after it, whatever they are: 320 million tonnes previously)
_EN_EARLIER_AFTER_RE = lazy(r"(?:\s*[a-z/]{1,8}){0,2}?\s*(?:previously|in (?:the|its) (?:previous|prior|earlier) (?:guidance|estimate|forecast|outlook))(?![a-z])")


def _by_sentence(values: list[Value]) -> dict[int, list[Value]]:
    """The values of each sentence, in their order (one pass, not one over every value for each sentence)."""
    out: dict[int, list[Value]] = {}
    for v in values:
        out.setdefault(v.sentence, []).append(v)
    return out


def _after_mark(cite: str, pos: int, mark: str) -> bool:
    """Whether the last character before ``pos`` but white space is ``mark``: cite[:pos].rstrip().endswith(mark)
    without copying the cite up to ``pos`` for each sentence."""
    while pos and cite[pos - 1].isspace():
        pos -= 1
    return pos > 0 and cite[pos - 1] == mark


# 占 (a share of): its object, the whole, is written once for the shares after it.
_SHARE_VERB_RE = lazy(r"占")
_SHARE_ADVERB_RE = lazy(r"约|仅|只|已|大约|约为")


def _shares_of_one_whole(cite: str, sentences: list[int], values: list[Value], terms: list[_Term]) -> None:
    """预计探亲流约占春运客流的55%,务工流约占24%: a later clause's share with 占 and no whole of its own is a
    share of the whole the first 占 names (春运客流): the whole is every share's, the subject each one's own."""
    if "占" not in cite:  # (no verb of a share: no whole to carry)
        return
    for mine in _by_sentence(values).values():
        whole: list[_Term] = []
        for v in mine:
            lo = _clause_start(cite, v.start)
            verb = None
            for m in _SHARE_VERB_RE.finditer(cite, lo, v.end):
                verb = m
            if verb is None:
                whole = []
                continue
            own = [t for t in terms if verb.end() < t.end <= v.start and t.cls in _ITEM_CLASSES and (
                verb.end() <= t.start or _SHARE_ADVERB_RE.fullmatch(cite, t.start, verb.start()))]  # (约占春运客流, not 探亲流约占…)
            if own or verb.end() < v.start and has_han(cite[verb.end():v.start].strip("的约 ")):
                whole = [t for t in own if t.ident in v.terms.get(t.cls, ())]
                continue
            for t in whole:
                _attach(v, t, beside=False)


# A ;-part that opens with a preposition of place or time (在功能组别获2席) names no subject of its own.
_PLACE_OPENING_RE = lazy(r"\s?(?:在|于)")
_PLACE_WORD_RE = lazy(r"在|于")


def _semicolon_parts(cite: str, sentences: list[int], values: list[Value], terms: list[_Term]) -> None:
    """乙联盟在地区直选…取得1席;在功能组别获2席;在选委界取得8席: a ;-part opening with 在/于 goes on with
    the subject of the part before it (the words before that part's own 在, or before its first value), as
    each clause after 并 does within a part: a question naming only the subject cannot choose among them."""
    if ";" not in cite:  # (no ;-part: nothing goes on, and the parts' subjects need not be read)
        return
    subject: list[_Term] = []
    by_sentence = _by_sentence(values)
    asked = [t for t in terms if t.asked and t.cls in _ITEM_CLASSES]
    asked_at = _ByStart(asked)
    for k, lo in enumerate(sentences):
        hi = sentences[k + 1] if k + 1 < len(sentences) else len(cite)
        mine = by_sentence.get(k, [])
        goes_on = k and _after_mark(cite, lo, ";") and has_han(cite[lo:hi]) and _PLACE_OPENING_RE.match(cite, lo)
        if goes_on and subject:
            for v in mine:
                for t in subject:
                    _attach(v, t, beside=False)
            continue
        if not mine or not has_han(cite[lo:mine[0].start]):
            subject = []
            continue
        place = _PLACE_WORD_RE.search(cite, lo, mine[0].start)
        end = place.start() if place else mine[0].start
        subject = [t for t in map(asked.__getitem__, asked_at.within(lo, end)) if lo <= t.start and t.end <= end]


def _item_prefix_words(words: str) -> bool:
    r"""Whether ``words`` are two to twelve Han characters, as ``[\u3400-\u9fff]{2,12}\Z`` fullmatches them."""
    return 2 <= len(words) <= 12 and all(han_at(words, i) for i in range(len(words)))


# The words an item of a Chinese list stands on: its own words only, from its clause's or list item's start
# (五年期 in 固定利率三年期1.65%、五年期1.68%; 云端网路产品占比 in …,云端网路产品占比42%).
_ITEM_BASE_RE = lazy(r"较|比|与|相比|相较|同比|环比|由|从")


def _uncoded(words: str) -> str:
    """``words`` without the codes in brackets after its names (乙材料(6604) is the item 乙材料)."""
    return _CODE_BRACKET_RE.sub("", words) if "(" in words else words


def _item_prefix(cite: str, v: Value) -> tuple[int, str] | None:
    """Where the words before ``v`` in its clause or list item start, and the mark that opens them."""
    lo = max(cite.rfind(c, 0, v.start) for c in ",、;:。") + 1
    words = _uncoded(cite[lo:v.start].strip())
    if not words or _ITEM_BASE_RE.match(words) or _DIGIT_RE.search(words) and lo and cite[lo - 1] == "、":
        return None
    return lo, cite[lo - 1] if lo else ""


def _parallel_items(cite: str, sentences: list[int], values: list[Value], terms: list[_Term]) -> None:
    """Items of a Chinese list written alike, each its own words then its value (固定利率三年期1.65%、五年期1.68%;
    鸿海第3季消费智能产品占比约37%,…,云端网路产品占比42%): the first item's words before its own (固定利率,
    鸿海第3季) head the list and are every item's. The first item's own words take as many characters as the
    shortest later item's (items are written alike), so only what stands before them heads the list; a later
    item is one opened by 、, or by a comma with the first's predicate (its words end as the first's: 占比), or
    a short name after a comma once the list has two items."""
    for group in _by_sentence(values).values():
        mine = [v for v in group if not _in_bracket(cite, v)]
        chains: list[list[tuple[Value, int]]] = []
        for j, v in enumerate(mine):  # (j, not mine.index(v): a Value's == compares every field, for every earlier value)
            got = _item_prefix(cite, v)
            if got is None:
                continue  # (较第2季的35%: a base between the items is none of them)
            start, mark = got
            words = cite[start:v.start].strip()
            chain = chains[-1] if chains else None
            if chain and _item_prefix_words(_uncoded(words)) and (
                    mark == "、" and chain[-1][0] is mine[j - 1]
                    or mark == "," and len(words) >= 3 and cite[:chain[0][0].start].rstrip().endswith(words[-2:])
                    or mark == "," and len(chain) >= 2 and len(words) <= 4):  # (…、台东1200毫米,北部约1100毫米: the list goes on)
                chain.append((v, len(words)))
            else:
                chains.append([(v, len(words))])
        for chain in chains:
            if len(chain) < 2:
                continue
            first = chain[0][0]
            lo = max(cite.rfind(c, 0, first.start) for c in ",、;:。") + 1
            edge = first.start - min(n for _, n in chain[1:])  # the first item's own words start here
            head = [t for t in terms if lo <= t.start and t.end <= edge and t.cls in _ITEM_CLASSES
                    and t.ident in first.terms.get(t.cls, ())]
            for v, _ in chain[1:]:
                for t in head:
                    _attach(v, t, beside=False)


# A position's two coordinates, latitude then longitude (北纬 21.8 度,东经 118.1 度).
_LATITUDE_BEFORE_RE = lazy(r"[北南]纬\s?\Z")
_LONGITUDE_GAP_RE = lazy(r"[^,;。\d]{0,2}\s?,\s?[东西]经\s?")


def _coordinates(cite: str, values: list[Value], terms: list[_Term]) -> None:
    """Latitude and longitude written together are one position: what describes the one (小犬5时的中心位置)
    describes the other, and each keeps only its own coordinate word (北纬 / 东经)."""
    for v, w in zip(values, values[1:]):
        if _LATITUDE_BEFORE_RE.search(cite, max(0, v.start - 3), v.start) and _LONGITUDE_GAP_RE.fullmatch(cite, v.end, w.start):
            for t in terms:
                if t.cls in _ITEM_CLASSES and t.end <= v.start - 2 and t.ident in v.terms.get(t.cls, ()):
                    _attach(w, t, beside=False)


# A Chinese list's head: a clause of words ending in a colon (出现较大累积雨量如下:) … Taken only from
# a clause's start (where every match starts anyway): else a long cite without a colon is retried from
# each of its characters, quadratic in its length.
_COLON_HEAD_RE = lazy(rf"(?<![^{clause_marks('line')}])[^{clause_marks('line')}]*:")
# … heads the items after it up to the end of its part of the sentence (or the next head).
_COLON_LIST_END_RE = lazy(r"[;:。!?\n]")


def _colon_list(cite: str, values: list[Value], terms: list[_Term]) -> None:
    """A Chinese head ending in a colon over a list of items, each its own place or thing with its
    own value (累积雨量如下:台北市擎天岗457.5毫米,屏东县垦雷454.5毫米…;): the head's words (the
    metric, the span) are every item's, not only the first's; each item's own words stay its own,
    so the item the question names selects, and a question naming only the head cannot choose."""
    for m in _COLON_HEAD_RE.finditer(cite):
        lo, hi = m.start(), m.end()
        if not has_han(cite[lo:hi]) or any(lo <= v.start < hi for v in values):
            continue
        end = _COLON_LIST_END_RE.search(cite, hi)
        end_at = end.start() if end else len(cite)
        items = [v for v in values if hi <= v.start < end_at]
        if len(items) < 2:
            continue
        head = [t for t in terms if lo <= t.start and t.end <= hi and (t.cls in _ITEM_CLASSES or t.cls == "when")]
        for v in items:
            for t in head:
                _attach(v, t, beside=False)


# An infobox heading row (Prussians: 7,000) over bullet lines (• 1,200 killed • 4,400 wounded): rows are
# joined by "; " (see _row_ends), a heading has no figure before its colon.
_ROW_HEAD_RE = lazy(r"(?:^|(?<=;\s))([^;:•\d]{2,40}):\s?(?=[$€£¥]?\d)")
_BULLETS_RE = lazy(r"[^;•]*;\s?•")
_BULLETS_END_RE = lazy(r";(?!\s?•)")
_RECORD_OPEN_RE = lazy(r"(?:\A|\s;\s)([a-z]{4,})\s")
_BULLET_HEAD_RE = lazy(r"(?:^|(?<=;))\s?([^;:•\d\[\]()]{2,40}?)\s?(?:\(\d{4}\))?(?:\[\d+\])*(?:;\s?)?•")


def _heading_rows(cite: str, values: list[Value], terms: list[_Term]) -> None:
    """A heading over the bullet lines under it (Prussians: 7,000 / • 1,200 killed / • 4,400 wounded):
    the heading's words describe every line's value, as a Chinese head before a colon does its items; a
    line's own words (killed, wounded) tell its value from the others under the same heading, and the
    lines are parts of the heading's own value (a question in the heading's words alone asks that total)."""
    for m in _ROW_HEAD_RE.finditer(cite):
        if has_han(m[1]) or not _BULLETS_RE.match(cite, m.end()):
            continue
        end = _BULLETS_END_RE.search(cite, cite.index(";", m.end()) + 1)
        end_at = end.start() if end else len(cite)
        head = [t for t in terms if m.start(1) <= t.start and t.end <= m.end(1) and t.cls in _ITEM_CLASSES and t.asked]
        if not head:
            continue  # (a heading the question does not name tells no line from a total)
        for v in values:
            if cite.index(";", m.end()) < v.start < end_at:  # (the heading's own value is the lines' total)
                v.flags["part"] = "part"
                for t in head:
                    _attach(v, t, beside=False)
    # An infobox's records, each opened by one label run into its value (locationVienna, Austria average1,900 m3/s: set
    # apart by _row_ends, " ; location vienna, austria average 1,900"): the opening field's words, up to the record's
    # first figure, describe each value of the record (location before the danube delta … minimum 1,790 … maximum 15,900).
    if " ; " in cite:
        opens = list(_RECORD_OPEN_RE.finditer(cite))
        label = Counter(m[1] for m in opens)
        starts = [m.start(1) for m in opens if label[m[1]] > 1]
        for a, b in zip(starts, starts[1:] + [len(cite)]):
            digit = _DIGIT_RE.search(cite, a, b)
            head = [t for t in terms if a <= t.start and t.end <= (digit.start() if digit else b) and t.cls in _ITEM_CLASSES and t.asked]
            for v in values:
                if a < v.start < b:
                    for t in head:
                        _attach(v, t, beside=False)
    # An infobox's heading with no value of its own, its fields bulleted on after it (Area (2021)[6] • Land 765.61 km2
    # • Urban 627.20 km2 • Metro 9,416.19 km2; Elevation …): the heading's words describe each bulleted field's value.
    for m in _BULLET_HEAD_RE.finditer(cite):
        head = [t for t in terms if m.start(1) <= t.start and t.end <= m.end(1) and t.cls in _ITEM_CLASSES and t.asked]
        if not head:
            continue
        end = _BULLETS_END_RE.search(cite, m.end())
        for v in values:
            if m.end() < v.start < (end.start() if end else len(cite)):
                for t in head:
                    _attach(v, t, beside=False)


# A predicate that lists what its subject is made of (The French army of around 69,000 consisted of 48,000
# infantry, 14,000 cavalry, and 7,000 artillery): its clause runs to a sentence's end or a new clause.
_LIST_VERB_RE = lazy(r"(?<![a-z])(?:consist(?:s|ed)?\sof|compris(?:es|ed)|(?:was|were|is|are)\smade\sup\sof)\s"
                     # a total and a colon before its parts (counted 7,500 men: 5,000 infantry, 1,800 cavalry)
                     r"|(?<![\d,.])\d[\d,]*\s(?:[a-z]+\s){0,2}[a-z]+:\s(?=[$€£¥]?\d)")
_EN_CLAUSE_END_RE = lazy(EN_CLAUSE_END)  # (a clause starts where one ends: the end of a match)


def _list_predicate(cite: str, values: list[Value], terms: list[_Term]) -> None:
    """The subject of a predicate listing its parts (Wellington's troops consisted of 67,000 men: 50,000
    infantry, 11,000 cavalry …) owns every listed value: its words describe each, and each part's own
    noun tells the parts apart, so the subject a question names selects its own list's value."""
    # (the clause starts and ends read once, not from the cite's start for each list: no match of either starts
    # inside another, so one scan finds them all; a start ending right at the list verb is read there, as the
    # scan that stopped at the verb saw no digit after it)
    if _LIST_VERB_RE.search(cite) is None:  # (no predicate listing parts: the clauses need not be read)
        return
    starts = [c.end() for c in _EN_CLAUSE_END_RE.finditer(cite)]
    ends = [c.start() for c in _EN_CLAUSE_END_RE.finditer(cite)]
    asked = sorted(((t.start, i) for i, t in enumerate(terms) if t.cls in _ITEM_CLASSES and t.asked))
    for m in _LIST_VERB_RE.finditer(cite):
        k = bisect_right(starts, m.start() - 2)
        lo = max([starts[k - 1] if k else 0] + [c.end() for c in _EN_CLAUSE_END_RE.finditer(cite, max(0, m.start() - 16), m.start())])
        if has_han(cite[lo:m.start()]):
            continue
        k = bisect_left(ends, m.end())
        hi = ends[k] if k < len(ends) else len(cite)
        subject = [terms[i] for _, i in sorted(asked[bisect_left(asked, (lo,)):bisect_left(asked, (m.start(),))], key=lambda x: x[1])
                   if terms[i].end <= m.start()]
        if not subject:
            continue
        for v in values:
            if m.end() <= v.start < hi:  # (the parts of the whole the subject names: asked the whole, its own value)
                v.flags["part"] = "part"
                for t in subject:
                    _attach(v, t, beside=False)


# Between two values of a list each named by its own item after 'of' ("8 hours of talk time, 6 hours of
# Internet use or 24 hours of audio playback"): the first's item, then the list break.
_OF_LIST_GAP_RE = lazy(r"\s?(?:[a-z]+\s)?(?:of|for)\s[^,;:.()\d]*?(?:,\s(?:and\s|or\s)?|\s(?:and|or)\s)", needs=('of', 'or'))


def _of_item_list(cite: str, clauses: list[int], values: list[Value], terms: list[_Term]) -> None:
    """A predicate listing values each named by its own item after 'of' (iPhone will feature up to 8 hours of
    talk time, 6 hours of Internet use or 24 hours of audio playback) says its subject of every listed value:
    the subject's words are each one's, and each item's own noun tells them apart."""
    ordered = sorted(values, key=lambda v: v.start)
    run: list[Value] = []
    for v, w in zip(ordered, [*ordered[1:], None]):
        run.append(v)
        if w is not None and _OF_LIST_GAP_RE.fullmatch(cite, v.end, w.start):
            continue
        if len(run) >= 2 and _ITEM_AFTER_RE.match(cite, run[-1].end):
            lo = clauses[_index(clauses, run[0].start)]
            subject = [t for t in terms if t.cls in _ITEM_CLASSES and t.asked and lo <= t.start and t.end <= run[0].start]
            for u in run[1:]:
                for t in subject:
                    _attach(u, t, beside=False)
        run = []


_GROUP_START_RE = lazy(r"[、;:。)]|,(?!(?<=\d,)\d{3}(?!\d))|及|和|与|以及|\sand\s")


def _sentence_start(text: str, pos: int) -> int:
    starts = _breaks(text)[1]
    return starts[_index(list(starts), pos)]


_OPENING_RE = compile_pattern(r"\(")


def _bracketed(cite: str, values: list[Value], terms: list[_Term]) -> None:
    """"32例流感并发重症病例(1例h1n1、27例h3n2、4例b型)": values in a bracket right after a value (the
    total's own words may stand between) are its parts: the total's words describe them too, and only
    their own words tell them apart. One value in a bracket after words (65岁以上长者(占60%)) is
    described by those words. (A margin of error in a bracket is an aside, not a part.)"""
    for opening in _OPENING_RE.finditer(cite):  # (a C search, not a Python loop over every character)
        a = opening.start()
        b = cite.find(")", a)
        if b < 0:
            continue
        parts = [v for v in values if a < v.start and v.end <= b and v.head is None]
        if not parts:
            continue
        before = [v for v in values if v.end <= a and v.sentence == parts[0].sentence]
        total = before[-1] if before else None
        if total is None or _SENTENCE_BREAK_RE.search(cite, total.end, a) or _GROUP_START_RE.search(cite, total.end, a):
            if len(parts) == 1:  # "65岁以上长者(占60%)及具慢性病史者(占82%)": a share of the words before it
                m = None
                for m in _GROUP_START_RE.finditer(cite, total.end if total else 0, a):
                    pass
                g_lo = m.end() if m else (total.end if total else 0)
                g_lo = max(g_lo, _sentence_start(cite, a))
                for t in terms:
                    if g_lo <= t.start and t.end <= a and t.asked:
                        _attach(parts[0], t)
            continue
        lo = cite.rfind("。", 0, total.start) + 1
        for t in terms:
            if t.cls in _ITEM_CLASSES and lo <= t.start and t.end <= a and t.ident in total.terms.get(t.cls, ()):
                for v in parts:
                    _attach(v, t, beside=False)
        for v in parts:
            v.flags["part"] = "part"
            for cls in ("forecast", "period"):  # (a part of a forecast total is a forecast, of its period)
                if cls in total.flags and cls not in v.flags:
                    v.flags[cls] = total.flags[cls]
            if total.role == "delta" and not v.role:
                v.role = "delta"  # a part of a change is a change: 新增32例 (27例h3n2)


# Between two items of a list of named brackets: ")、越南(", ")和内地(" — a link and the next item's noun.
_BRACKET_ITEM_GAP_RE = lazy(r"\)\s?(?:、|和|及|与|以及|,)\s?[^,;:。!?()、]{1,12}\("
                            # (English: passing yards (30,303), completions (2,634) and touchdowns (187))
                            # (or a choice: think it very likely (19 percent) or somewhat likely (34 percent))
                            r"|\)(?:,\s(?:and\s|or\s)?|\s(?:and|or)\s)[a-z][a-z' -]{0,30}\s\(")
# An English list item's noun starts after the head's last preposition (franchise records for passing yards (30,303);
# ranked … in completion percentage (65.3; 10th)).
# A choice's first item starts after "either" or the copula before it (think it is either very likely (19 percent) or …).
_EN_ITEM_HEAD_RE = lazy(r"\s(?:for|in|of|on|either|is|are|was|were)\s(?!.*\s(?:for|in|of|on|either|is|are|was|were)\s)")


_BRACKET_HEAD_RE = lazy(rf"[^{clause_marks('clause')}]*?(?:以|当中|之中)(?!上|下|内|外|来|后|前)")


def _bracket_list(cite: str, values: list[Value], terms: list[_Term]) -> None:
    """A list of places or groups each with its value in a bracket (尤其是马来西亚(升72.0%)、越南(升54.9%)、
    台湾(升45.3%); 重症病例以65岁以上长者(占60%)及具慢性病史者(占82%)为多): the words before the list
    (整体出口货值录得升幅; the head before 以) head every item, not only the first, and each item's own noun
    tells them apart."""
    items = [v for v in values if v.head is None and _in_bracket(cite, v)]
    runs: list[list[Value]] = []
    for v in items:
        same = runs and cite.rfind("(", 0, v.start) == cite.rfind("(", 0, runs[-1][-1].start)  # ((388; 6th): one item's)
        if runs and (same or _BRACKET_ITEM_GAP_RE.fullmatch(cite, cite.find(")", runs[-1][-1].end), cite.rfind("(", 0, v.start) + 1)) \
                and v.sentence == runs[-1][-1].sentence:
            runs[-1].append(v)
        else:
            runs.append([v])
    for run in runs:
        # (a choice that splits a total stated before it, forty-three percent think it not so likely (22 percent) or not
        # likely at all (21 percent), is read as that total's parts: its words head the total, which a question naming
        # every item asks)
        if len(run) < 2 or "part" in run[0].flags and " or " in cite[run[0].end:run[-1].start]:
            continue
        first = run[0]
        opening = cite.rfind("(", 0, first.start)
        noun = _clause_start(cite, opening)
        head = _BRACKET_HEAD_RE.match(cite, noun, opening)  # 重症病例以|65岁以上长者(占60%): the head is before 以
        noun = head.end() if head else noun
        if cite[noun:opening].isascii():
            head = _EN_ITEM_HEAD_RE.search(cite, noun, opening)
            noun = head.end() if head else noun
        lo = _sentence_start(cite, first.start)
        for t in terms:
            if t.cls in _ITEM_CLASSES and lo <= t.start and t.end <= noun and t.ident in first.terms.get(t.cls, ()):
                for v in run[1:]:
                    _attach(v, t, beside=False)


# Real (price-adjusted) and nominal figures are two metrics.
_REAL_RE = lazy(r"扣除价格因素|实际增长|实际下降|按可比价格|不变价|(?<![a-z])real(?![a-z])|inflation[- ]adjusted|adjusted for inflation", needs=('adjusted', 'real', '变', '格', '际'))
_NOMINAL_RE = lazy(r"名义|现价|(?<![a-z])nominal(?![a-z])|current prices|current dollars", needs=('dollars', 'nominal', 'prices', '名', '现'))
# A speech verb before a sentence's first value: what it reports is all the speaker's.
_SAID_RE = lazy(r"(?<![a-z])(?:said|says|told|stated|announced|reported|added|noted|estimated)(?![a-z])|表示|指出|称|说", needs=('said', 'says', 'told', 'added', 'announced', 'estimated', 'noted', 'reported', 'stated', '指出', '称', '表示', '说'))


def _reported(cite: str, sentences: list[int], values: list[Value], terms: list[_Term]) -> None:
    """"Greg Abbott said about 100 people were injured and over 200 homes … were demolished": the
    speaker and the verb of saying describe every value reported, not the nearest one."""
    by_sentence = _by_sentence(values)
    for k, lo in enumerate(sentences):
        mine = by_sentence.get(k, [])
        if len(mine) < 2:
            continue
        m = _SAID_RE.search(cite, lo, mine[0].start)
        if not m:
            continue
        # (Acme reported revenue of $3 million, Beta reported revenue of $4 million: a later verb of saying
        # opens a report of its own, whose values the first speaker does not describe)
        again = _SAID_RE.search(cite, m.end(), mine[-1].start)
        reported = [v for v in mine if again is None or v.start < again.start()]
        names, rivals = _NAMES.get()
        if names and rivals:  # (…reported the lowest rate of 3%, followed by Yale University with 4%: a value another
            # name stands before, after the speaker the question names, is that other one's, not the speaker's report)
            reported = [v for v in reported if not _rival_named(cite, v, names, rivals)]
        for t in terms:
            if lo <= t.start < m.end() and t.cls in _ITEM_CLASSES:
                for v in reported:
                    if t.ident not in v.terms.get(t.cls, ()):
                        _attach(v, t, beside=False)


# A fronted adverbial of time that frames the sentences after it (Year-to-date, …
# Exports decreased …. Imports decreased ….), until another sentence fronts its own.
_FRAME_RE = lazy(
    r"\s*(?:year-to-date|year to date|so far this year|for the year to date|今年以来|年初以来|今年前\S{1,3}个?月|前\S{1,2}(?:季度|个月))\s?,", needs=('so far this year', 'year to date', 'year-to-date', '个月', '今年以来', '今年前', '季度', '年初以来')
)


# A topic set off by 在…部分 or …方面 (在投票率部分,全国投票率为59.86%,…最低是花莲县57.56%; 国民党在县市长选举部分拿下…,
# 民进党则是…; 女性方面,…) names what every value after it is about, up to the next such topic or the end of its full
# sentence: its words are each of those values' and so select none of them; the items in each clause do.
_TOPIC_PART_RE = lazy(r"在([^,;:。在]{1,16}?)(?:部分|方面)|(?<![一另])([^,;:。在]{1,16}?)方面(?=\s?[,:])", needs=("部分", "方面"))


def _topic_parts(cite: str, values: list[Value], terms: list[_Term]) -> None:
    """Each value after a 在…部分 / …方面 topic, in its full sentence and before the next topic, gets the topic's words."""
    for lo, hi in _full_sentences(cite):
        topics = list(_TOPIC_PART_RE.finditer(cite, lo, hi))
        for k, m in enumerate(topics):
            a, b = m.span(1) if m.group(1) else m.span(2)
            words = [t for t in terms if t.cls in _ITEM_CLASSES and t.asked and a <= t.start and t.end <= b]
            end = topics[k + 1].start() if k + 1 < len(topics) else hi
            for v in values:
                if m.end() <= v.start < end:
                    for t in words:
                        _attach(v, t, beside=False)


def _group_frames(cite: str, clauses: list[int], sentences: list[int], values: list[Value], terms: list[_Term]) -> None:
    """The clauses a Chinese sentence's first ;-group has before the part the later groups repeat
    (其中,升学扩招方面,扩大硕士研究生招生规模,同比增加18.9万人;扩大普通高校专升本规模,同比增加32.2万人: the later group
    opens with one clause of words, the first with three) frame every value of the sentence: 升学扩招方面 is
    both values'. A group whose value clause names its own subject (而输往内地的…则跌0.3%) repeats that part."""
    values_at = _ByStart(values)
    for lo, hi in _full_sentences(cite):
        groups = sorted({values[i].sentence for i in values_at.within(lo, hi - 1)})
        if len(groups) < 2 or not has_han(cite[lo:hi]):
            continue

        def opening(g: int) -> tuple[list[int], int]:  # the group's clauses of words, and its parts in all
            first = min(v.clause for v in values if v.sentence == g)
            words = [c for c in range(len(clauses)) if sentences[g] <= clauses[c] and c < first]
            # (a clause stating a figure of another kind that the value's clause goes on from with 并 — 王五拿下30分,
            # 并贡献了…9次助攻 — is that subject's own clause, not a frame of the sentence)
            if words and words[-1] == first - 1 and _GOES_ON_RE.match(cite, clauses[first]) and _DIGIT_RE.search(cite, clauses[words[-1]], clauses[first]):
                words = words[:-1]
            v0 = min((v for v in values if v.clause == first), key=lambda v: v.start)
            own = not _elliptical(cite, clauses[first], v0.start, [], [t for t in terms if clauses[first] <= t.start < v0.start])
            return words, len(words) + own

        head, parts = opening(groups[0])
        extra = min(parts - opening(g)[1] for g in groups[1:])
        # (a clause naming a numbered item, 117号地块经4家企业竞价,, is that item's own, as each later group names its
        # own number, 305号地块以…: the frame ends before it)
        numbered = [c for c in head if _SERIAL_NUMBER_RE.search(cite, clauses[c], clauses[c + 1])]
        head = head[:head.index(numbered[0])] if numbered else head
        if extra <= 0 or not head:
            continue
        end = clauses[head[min(extra, len(head)) - 1] + 1]
        # (a name and its bracketed gloss written right before the value's clause on its line, joined to it by no clause
        # mark — 外资及陆资(不含外资自营商)今天卖超… — are that clause's own subject, no frame of the sentence)
        k = len(head)
        while k and head[k - 1] + 1 < len(clauses) and (cite[clauses[head[k - 1] + 1]] == "(" or cite[clauses[head[k - 1] + 1] - 1] == ")"
                                                         and han_at(cite, clauses[head[k - 1] + 1])):
            k -= 1  # (not a table's header, 死亡人数(人) 死亡人数年增率: a space parts its columns)
        end = min(end, clauses[head[k - 1] + 1] if k else sentences[groups[0]])
        frame = [t for t in terms if t.asked and t.cls in _ITEM_CLASSES and sentences[groups[0]] <= t.start and t.end <= end]
        for v in values:
            if v.sentence in groups:
                for t in frame:
                    if t.ident not in v.terms.get(t.cls, ()):
                        _attach(v, t, beside=False)


def _frames(cite: str, sentences: list[int], values: list[Value], terms: list[_Term]) -> None:
    frame: list[_Term] = []
    for k, lo in enumerate(sentences):
        m = _FRAME_RE.match(cite, lo)
        if m:
            frame = [t for t in terms if lo <= t.start < m.end() and t.asked]
            continue
        for v in values:
            if v.sentence == k:
                for t in frame:
                    _attach(v, t)
    # A period standing as a clause of its own (9月份, / 1—9月份,) is the period of every value after
    # it that states none, across sentences, until another stands so.
    fronted = [t for t in terms if t.cls == "when" and _FRONTED_RE.fullmatch(cite, _clause_start(cite, t.start), t.start)
               and _FRONTED_END_RE.match(cite, t.end)]
    if fronted:
        for v in values:
            before = [t for t in fronted if t.end <= v.start]
            if before and not v.when:
                v.when.add(before[-1].ident)
    # A relative period standing as a clause of its own (初步统计,去年,…) frames every value after it in its
    # full sentence that states no period, across its semicolons, as a fronted date does.
    fronted = [t for t in terms if t.cls == "period" and has_han(cite[t.start:t.end])
               and _FRONTED_RE.fullmatch(cite, _clause_start(cite, t.start), t.start) and _FRONTED_END_RE.match(cite, t.end)]
    # So does one opening the clause of a full sentence's first value (主管机关公布,去年甲薪资为X,…;乙薪资为Y): it
    # frames every clause and selects none by itself, so the items' own words decide.
    fronted += [t for t in terms if t.cls == "period" and t.ident == "prior" and has_han(cite[t.start:t.end])
                and _OPENING_PERIOD_RE.fullmatch(cite, _clause_start(cite, t.start), t.start)
                and _first_value_clause(cite, values, t)]
    for lo, hi in _full_sentences(cite) if fronted else ():
        for v in values:
            before = [t for t in fronted if lo <= t.start and t.end <= v.start < hi]
            if before and "period" not in v.flags:
                _attach(v, before[-1], beside=False)
    # A period at the head of a full sentence, before its first value, is the period of every value in
    # it that states none, across its semicolons (第3季营收…,季减5.5%;毛利率46.5%;…每股纯益15.84元。).
    whens = [t for t in terms if t.cls == "when"]
    values_at, whens_at = _ByStart(values), _ByStart(whens)
    for lo, hi in _full_sentences(cite):
        inside = [values[i] for i in values_at.within(lo, hi - 1)]
        head = [t for t in map(whens.__getitem__, whens_at.within(lo, inside[0].start)) if lo <= t.start and t.end <= inside[0].start
                and not _BASE_BEFORE_RE.search(cite, max(lo, t.start - 14), t.start) and not _since_clause(cite, t)
                and not _POSSESSED_VALUE_RE.fullmatch(cite, t.end, inside[0].start)] if len(inside) > 1 else []
        if head:
            _head_subject(cite, head[-1], inside, terms, whens)
    if whens:
        for lo, hi in _full_sentences(cite):
            inside = [v for v in values if lo <= v.start < hi]
            if not inside:
                continue
            # (one glued to the first value as its possessive, the first quarter's 386,810, is that value's alone)
            head = [t for t in whens if lo <= t.start and t.end <= inside[0].start
                    and not _BASE_BEFORE_RE.search(cite, max(lo, t.start - 14), t.start) and not _since_clause(cite, t)
                    and not _POSSESSED_VALUE_RE.fullmatch(cite, t.end, inside[0].start)]
            if head:
                words = [t for t in terms if t.asked and t.cls in _ITEM_CLASSES and head[-1].start <= t.start < head[-1].end]
                for v in inside:
                    if not v.when:
                        v.when.add(head[-1].ident)
                        for t in words:  # (the period's words, the fourth quarter, describe them too)
                            _attach(v, t, beside=False)


# A clause of time opened by 'since' (since he won the 2008 final in 9.69, …): its date is where a span starts, the
# period of its own values only, not of the sentence's or the later clauses' (…, Bolt won the heat in 9.96).
_SINCE_CLAUSE_RE = lazy(r"(?<![a-z])since\s[^,;:]*\Z", needs=("since",))


def _since_clause(cite: str, t: _Term) -> bool:
    return _SINCE_CLAUSE_RE.search(cite, _clause_start(cite, t.start), t.start) is not None


# An English sentence opening with its topic set off by a comma (On the investigation of …, 61 percent
# support it while 33 percent oppose it; Among Democrats, …): the topic is every value's of the sentence.
_TOPIC_FRAME_RE = lazy(r"\s*(?:on|regarding|as for|as to|among|when it comes to|asked about|on the question of)\s[^,;:!?]{3,100}?,\s",
                       needs=("on", "regarding", "as", "among", "when it comes", "asked about"))


# A Chinese sentence opened by the whole its clauses break down (预估2024年GDP当中,内需贡献2.71%,外贸贡献0.51%): the
# whole heads each part, as "among …," does.
_ZH_TOPIC_FRAME_RE = lazy(r"\s*[^,;:。!?]{2,30}?(?:当中|之中)\s?,", needs=("当中", "之中"))


def _topic_frames(cite: str, sentences: list[int], values: list[Value], terms: list[_Term]) -> None:
    for k, lo in enumerate(sentences):
        m = _TOPIC_FRAME_RE.match(cite, lo) or _ZH_TOPIC_FRAME_RE.match(cite, lo)
        if not m:
            continue
        inside = [v for v in values if v.sentence == k]
        if len(inside) < 2 or any(v.start < m.end() for v in inside):
            continue  # (a value inside the frame makes it a clause of its own)
        frame = [t for t in terms if lo <= t.start and t.end <= m.end() and t.asked and t.cls in _ITEM_CLASSES]
        for v in inside:
            for t in frame:
                _attach(v, t, beside=False)


# Values heading the noun phrases of a compound subject (about four in ten blacks and about 28 percent of young
# people say …; three quarters of Hispanics and six in 10 Blacks are very worried …): one predicate after the
# last is every one's.
_SUBJECT_AND_RE = lazy(r"\s(?:of\s)?(?:the\s)?[a-z][a-z'-]*(?:\s[a-z][a-z'-]*){0,3}?\s(?:and|as well as)\s"
                       r"(?:(?:about|around|nearly|almost|fully|some|roughly|only|just|over|more than)\s)?", needs=("and", "as well as"))
_SHARED_PREDICATE_RE = lazy(r"\s(?:of\s)?(?:the\s)?[a-z][a-z'-]*(?:\s[a-z][a-z'-]*){0,3}?\s(?=(?:say|says|said|are|is|were|was|have|has|had|think|thinks|"
                     r"believe|believes|support|supports|oppose|opposes|favor|favors|want|wants|know|knows|feel|feels|expect|"
                     r"expects|would|will|do|did|approve|approves|disapprove|disapproves|agree|agrees)(?![a-z]))")


def _shared_predicate(cite: str, clauses: list[int], values: list[Value], terms: list[_Term]) -> None:
    if has_han(cite):
        return
    ordered = sorted(values, key=lambda v: v.start)
    run: list[Value] = []
    for v, w in zip(ordered, ordered[1:]):
        if v.sentence == w.sentence and _SUBJECT_AND_RE.fullmatch(cite, v.end, w.start):
            run = run or [v]
            continue
        if run:
            _predicate_of(cite, clauses, run, v, terms)
        run = []
    if run:
        _predicate_of(cite, clauses, run, ordered[-1], terms)


def _predicate_of(cite: str, clauses: list[int], run: list[Value], last: Value, terms: list[_Term]) -> None:
    m = _SHARED_PREDICATE_RE.match(cite, last.end)
    if not m:
        return
    k = _index(clauses, last.start)
    hi = clauses[k + 1] if k + 1 < len(clauses) else len(cite)
    for t in terms:
        if m.end() <= t.start < hi and t.asked and t.cls in _ITEM_CLASSES:
            for v in run:
                _attach(v, t, beside=False)


# Shares of two groups set side by side (half of GOP voters, compared with about one-quarter of Democrats): the
# value after "compared with" is another group's, no earlier period's base.
_GROUP_COMPARED_RE = lazy(r"(?<![a-z])compared (?:to|with)\s\Z", needs=("compared",))
_OF_GROUP_RE = lazy(r"\s(?:of|among)\s(?:the\s)?[a-z]")


def _groups_compared(cite: str, values: list[Value]) -> None:
    ordered = sorted(values, key=lambda v: v.start)
    for w, v in zip(ordered, ordered[1:]):
        if v.role == "base" and v.sentence == w.sentence and _GROUP_COMPARED_RE.search(cite, max(0, v.start - 30), v.start) \
                and _OF_GROUP_RE.match(cite, v.end) and _OF_GROUP_RE.match(cite, w.end):
            v.role = ""
            if v.flags.get("period") == "prior":
                del v.flags["period"]


_OPENING_PERIOD_RE = lazy(r"[\s,;:。]*(?:另|而|至于|此外)?\s?")


def _first_value_clause(cite: str, values: list[Value], t: _Term) -> bool:
    """Whether period term ``t`` stands before the first value of its full sentence."""
    for lo, hi in _full_sentences(cite):
        if lo <= t.start < hi:
            first = min((v.start for v in values if lo <= v.start < hi), default=None)
            return first is not None and t.end <= first
    return False


# What a clause may open with and still have no subject of its own (实现营业利润…, 净利润则下降…,
# 而第一财季实际损失为…).
_SUBJECTLESS_RE = lazy(r"(?:\s|共|实现|录得|其中|而|则|并|同比|环比|较|增长|下降|为|达|and\s|while\s)*")


def _head_subject(cite: str, period: _Term, inside: list[Value], terms: list[_Term], whens: list[_Term]) -> None:
    """The subject and period that open a Chinese sentence (公司第二季度营收增长8.1%,营业利润增长22%;
    公司第一财季计提了45亿美元的费用,并损失了25亿美元的销售额) are those of each later clause with no
    subject of its own — one that opens with its own metric or verb, or with 并/同时 … — until a clause
    names its own (乙公司营收增长5%). A later clause naming its own period (而第一财季…) keeps it."""
    c_lo = _clause_start(cite, period.start)
    if not has_han(cite[c_lo:period.end]):
        return
    subject = [t for t in terms if t.asked and t.cls in _ITEM_CLASSES and c_lo <= t.start and t.end <= period.start]
    later = [v for v in inside if _clause_start(cite, v.start) > period.start]
    _carry_subject(cite, subject, later, whens, [t.start for t in terms if t.cls == "metric"])


# (由8月预测的1.56%, "from May's 1.2%": the period of a base is the base's own)
_BASE_BEFORE_RE = lazy(r"(?:由|从|比|较|(?<![a-z])(?:from|than|compared (?:to|with)|versus))\s?\Z", needs=('from', 'than', 'to', 'versus', 'with', '从', '比', '由', '较'))
_FULL_STOP_RE = lazy(r"[。!?]|\n\s*\n|\.(?:\s|\Z)(?<!\b[a-z]\.)")


def _full_sentences(cite: str) -> list[tuple[int, int]]:
    """Sentences by full stops only (not semicolons): the spans a head period frames."""
    out, lo = [], 0
    for m in _FULL_STOP_RE.finditer(cite):
        out.append((lo, m.end()))
        lo = m.end()
    if lo < len(cite):
        out.append((lo, len(cite)))
    return out


# A sentence that only dates the one before it: "This was 73 seconds prior to impact."
_SAME_MOMENT_RE = lazy(r"\s*(?:this|that|it) (?:was|is|came|happened)(?![a-z])|\s*at (?:this|that) (?:time|point|moment)(?![a-z])|\s*(?:这|此)(?:是|时)")
# A value that is a moment: 73 seconds prior to impact, 3 minutes before landing, 2小时前.
_MOMENT_AFTER_RE = lazy(r"[a-z ]{0,12}?\s(?:prior to|before|after|later|earlier|ago)(?![a-z])|之?前|之?后")


_POINT_END_RE = lazy(r"(?:[。!?;]|\.(?=[\s;]|\Z)(?<!\b[a-z]\.))[\s;]*")


def _data_points(cite: str) -> list[tuple[int, int]]:
    """Sentences, each with the sentences after it that only say when it was (This was …, At this time …)."""
    out: list[tuple[int, int]] = []
    lo, spans = 0, []
    for m in _POINT_END_RE.finditer(cite):
        spans.append((lo, m.end()))
        lo = m.end()
    spans.append((lo, len(cite)))
    for lo, hi in spans:
        if out and _SAME_MOMENT_RE.match(cite, lo):
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def _semicolon_joined(cite: str, points: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Data points with a Chinese ; (分号) taken back: it parts the parallel clauses of one sentence (其中规模6.0的
    地震,甲市约有5级;乙县约有4级), which all read the frame the sentence opens with, not sentences of their own."""
    out: list[tuple[int, int]] = []
    for lo, hi in points:
        end = cite[out[-1][0]:lo].rstrip() if out else ""
        if end.endswith(";") and has_han(end[-2:-1]):
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


# A range of months heading a 分别 list (1月到5月出生数分别为A、B、C、D、E): as many values as the range has
# months map to them by position, each the value of its own month, and the words before 分别 are every one's.
_MONTH_RANGE_LIST_RE = lazy(r"(?<![\d.])(\d{1,2})月?\s?(?:到|至|—|-|~)\s?(\d{1,2})月(?:份)?[^,;。]{0,16}?(?:分别|依次)", needs=("分别", "依次"))


def _month_range_lists(cite: str, values: list[Value]) -> None:
    starts = [v.start for v in values]
    in_order = all(a <= b for a, b in zip(starts, starts[1:]))  # (then the values after a range are a slice, not a scan)
    for m in _MONTH_RANGE_LIST_RE.finditer(cite):
        first, last = int(m[1]), int(m[2])
        if not 1 <= first < last <= 12:
            continue
        after = values[bisect_left(starts, m.end()):] if in_order else [v for v in values if v.start >= m.end()]
        run = after[:last - first + 1]
        if len(run) != last - first + 1 or not all(_LIST_GAP_RE.fullmatch(cite, v.end, w.start) and _unit_key(v) == _unit_key(w)
                                                  for v, w in zip(run, run[1:])):
            continue
        year = next((key.split(",")[0] for _, _, key in _periods(cite[max(0, m.start() - 6):m.end()])), "")
        head = run[0]
        for month, v in enumerate(run, first):
            v.when = {f"{year},{month},,,{month}-{month}"}
            v.when_at.clear()
            if v is not head:
                for cls in _ITEM_CLASSES:
                    if head.terms.get(cls):
                        v.terms.setdefault(cls, set()).update(head.terms[cls])
                if "period" in head.flags:
                    v.flags.setdefault("period", head.flags["period"])


# A rate of increase opening a clause of its own right after a change (较上月减少903人,增加率为-5.57%) is that change
# in percent: its base is the change's, and a minus sign on it is a fall.
_CLAUSE_MARK_RE = lazy(rf"(?<!\d),|,(?!\d)|[{clause_marks('clause', 'comma')}]")
_RATE_OF_CHANGE_RE = lazy(r"[,;]\s?(增加|增长|成长|上升|减少|下降)率\s?(?:为|是)\s?([-−负])?\s?(千分之|百分之)?\s?\Z", needs=("率",))
_NEGATIVE_RISE_RE = lazy(r"(?:增加|增长|成长)(?:数|量|率)?\s?(?:为|是)\s?[-−负]\s?\Z", needs=("为", "是"))
_CHANGE_BEFORE_RE = lazy(r"(?:增加|增长|减少|下降|上升|成长)了?\s?[\d一二三四五六七八九十两]")


def _rates_of_change(cite: str, values: list[Value]) -> None:
    marks: list[int] | None = None  # (the cite's clause marks and value starts, found once: not again for each rate)
    for v in values:
        if _NEGATIVE_RISE_RE.search(cite, max(0, v.start - 8), v.start):
            v.flags["direction"] = "down"  # (自然增加为负5929人: an increase below zero is a fall)
        m = _RATE_OF_CHANGE_RE.search(cite, max(0, v.start - 9), v.start)
        if not m:
            continue
        if marks is None:
            marks = [k.start() for k in _CLAUSE_MARK_RE.finditer(cite)]
            starts = sorted(w.start for w in values)
        n = bisect_right(marks, m.start())  # (the rate's own , or ; is the last of them)
        lo = marks[n - 2] + 1 if n > 1 else 0
        # (… nor a value of the rate's own kind: a count's change, 增加4,337人, is the one it restates in 千分之)
        own = starts if not m[3] else sorted(w.start for w in values if not han_at(w.text, len(w.text) - 1))
        if not _CHANGE_BEFORE_RE.search(cite, lo, m.start()) or bisect_left(own, lo) < bisect_left(own, m.start()):
            continue  # (the clause before states no change of its own: 年平均增长率为0.53% is a rate)
        v.role = "delta"
        if m[2]:
            v.flags["direction"] = "down" if m[1] in ("增加", "增长", "成长", "上升") else "up"
        if not v.base:
            v.base, v.base_words = _base_key(cite, lo, m.start())


def _dated_points(cite: str, values: list[Value], question: str) -> None:
    """A sentence that only dates the one before it (… the throttles started moving forward. This was 8
    seconds prior to impact.) states the moment of that sentence's event: the question's words there
    describe its values, where the sentence dated holds no value of their kind."""
    terms = None
    for lo, hi in _data_points(cite):
        m = next((m for m in _POINT_END_RE.finditer(cite, lo, hi) if _SAME_MOMENT_RE.match(cite, m.end())), None)
        if m is None or any(lo <= v.start < m.end() for v in values):
            continue
        dating = [v for v in values if m.end() <= v.start < hi]
        if not dating:
            continue
        if terms is None:
            terms = [t for t in _terms(question, cite, values) if t.asked and t.cls in _ITEM_CLASSES]
        for t in terms:
            if lo <= t.start < m.start():
                for v in dating:
                    _attach(v, t, beside=False)


# (截至 before it, 截至上周末, still stands it as a clause of its own; so does its 末 or 底, 上月末, 9月底)
_FRONTED_RE = lazy(r"[\s,;:。]*(?:截至|截止)?")
_FRONTED_END_RE = lazy(r"(?:份|末|底)?\s?,")


def _clause_start(cite: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts: after the last , ; : 。 before it."""
    # (the marks' offsets kept per cite and bisected: four ``rfind``s read a long cite back to its start for a mark
    # it does not hold, once per call)
    marks = _clause_marks(cite)
    k = bisect_left(marks, min(pos, len(cite)) if pos >= 0 else max(0, len(cite) + pos))  # (as a slice's end)
    return marks[k - 1] + 1 if k else 0


_CLAUSE_MARKS_RE = compile_pattern(f"[{clause_marks('clause')}]")


@lru_cache(maxsize=16)
def _clause_marks(cite: str) -> list[int]:
    """The offsets of , ; : 。 in ``cite``, ascending (``_clause_start``'s)."""
    return [m.start() for m in _CLAUSE_MARKS_RE.finditer(cite)]


# A comparison: its base is the earlier value (from $1.256 billion, compared to
# $22.5 million, 从5%增至8%) or, with no value, the earlier period it names.
_FRONTED_BASE_RE = lazy(r"[\s,]*(?:与|和|同|跟)\s?([^,;:。\d]{1,8}?)\s?")
_BASE_RE = compile_pattern(
    r"(?<![a-z])(?:from|compared (?:to|with)|versus|vs\.?"
    r"|(?:(?<=more )|(?<=less )|(?<=higher )|(?<=greater )|(?<=fewer )|(?<=lower ))than)(?![a-z])|(?P<zh>相比|相较|(?<!占)比(?![例重率较])|较|从|由)"
)
# A comparative right after a value makes it a change ($4.0 billion more than
# September exports): the polarity of its direction.
# (a period or place between the comparative and its "than" leaves it one: about $8 billion lower this year than in
# fiscal year 2012; what stands above or below sea level is a height, the datum of every height, not a change)
_COMPARATIVE_RE = lazy(r"\s+(?:(?P<up>(?:more|higher|greater)(?:\s(?:this|that|last|next|in|for)(?:\s[a-z0-9-]+){1,3}?)?\sthan|above(?!\ssea\slevel))"
                       r"|(?P<down>(?:less|lower|fewer)(?:\s(?:this|that|last|next|in|for)(?:\s[a-z0-9-]+){1,3}?)?\sthan|below(?!\ssea\slevel)))(?![a-z])",
                       needs=('above', 'below', 'than'))
# A Chinese comparative closing a base before its value (增速比上月末高0.1个百分点, 比上年末减缓0.20个百分点): the
# value is the change against that base, up with 高/加快, down with 低/放缓 (the direction table's words,
# 提高, 回落, 下降 …, close a base already).
# A Chinese comparative that closes a base (比上月末高, 较上届再多取得), group 1 a rise; one list of its words
# for the cite's moves, the question's and the one after 多/少 (_MORE_BY_ONE_RE).
_ZH_COMPARATIVE = r"(?:(高|加快|快|多)|低|放缓|减缓|慢|少)了?"
_ZH_WON = r"(?:取得|获得|赢得|拿下)?"  # 多取得一席: the verb a count of seats or medals is won by
_ZH_COMPARATIVE_RE = lazy(_ZH_COMPARATIVE + _ZH_WON + r"\s?(?=[\d零〇一二两三四五六七八九十])", needs=('低', '多', '少', '快', '缓', '高', '慢'))
# A change named by a noun before its item: "an increase in the goods deficit of
# $0.6 billion" (the direction word, its item, then of/by and the value).
_NOUN_DELTA_GAP_RE = lazy(r"\s(?:in|for)\s[a-z .'&-]{1,60}?(?:\s(?:of|by)\s?|\s?(?:--|—|–)\s?)[+\-−]?\s?\Z")
# The level a change reaches: "of $0.6 billion to $81.4 billion", 增长5%至8亿元.
_TO_LEVEL_RE = lazy(r"\s?(?:to|至|到|达到)\s?")
# (… or the level it stands at: unchanged from June at a rate of 620,000 units)
_BASE_END_RE = compile_pattern(r"\sto\s|至|到|,?\sor\s|\sat\san?\s(?:[a-z-]+\s){0,3}?(?:rate|pace|level)\s(?:of\s)?")  # (… from last year or 9%: the change again, in another measure)
# X多Y / X少Y after 比/较 (比上届6.5万多票少11361票): X is the base's value, Y the change.
_MORE_LESS_RE = lazy(r"\s?(多|少)了?\s?", needs=('多', '少'))
_MORE_LESS_BASE_RE = lazy(r"(?:较|(?<![同环相占])比(?![例重率较]))[^,;:。\d]{0,14}\Z")
_YEAR_COMPARED_RE = lazy(r"\s?(?:19|20)\d\d\s?年(?:的?(?:数据|数字|水平|水准|纪录|记录))?\s?(?:还要|还|更|都|要)?\s?(?:高|低|多|少|好|差)(?![\d零〇一二两三四五六七八九十])",
                         needs="年")
_PRIOR_AFTER_BASE_RE = lazy(r"\s?(?:" + "|".join(sorted((w for w in _MARKERS["period"]["prior"] if has_han(w)), key=len, reverse=True)) + ")", needs=('上', '前', '原', '年', '期', '过'))
# What may stand between a direction word and its change: 增长了5%, up 13.8%, revised down by 72,000.
# Between two values of one list: 、 , and 和, after at most a short "in europe".
_LIST_GAP_RE = lazy(r"(?:\s(?:in|for|at|on|of|from|over|above|below|than|compared to|compared with)\s[a-z .'&-]{1,30}?)?\s?(?:"
                    + ZH_LIST_MARK + r"|,\s?(?:and\s)?|\sand\s|\s?&\s?)\s?")
def _compared_from(text: str, at: int) -> bool:
    """Whether the "from" ending at ``at`` starts a comparison: an earlier time or a figure close after it."""
    return bool(_FROM_THOSE_RE.match(text, at) or _RELATIVE_BASE_RE.search(text, at, at + 20)
                or any(at <= a < at + 15 for a, _, _ in _periods(text)) or re.match(r"\s?[-+$€£¥]?\d", text[at:at + 3]))


# A named level a value is measured against is an item of its own: a covenant, a limit, a target.
_LEVEL_BASE_RE = lazy(r"(?<![a-z])(?:covenant|limit|ceiling|cap|threshold|target|benchmark|requirement|maximum|minimum)s?"
                      r"(?:\s(?:level|ratio|rate|of|at))*\s?\Z|上限为?\Z|下限为?\Z|门槛为?\Z|目标值?为?\Z")
_BRACKET_OPEN_RE = lazy(r"\s?\(\s?")
_RANGE_FROM_RE = lazy(r"(?<![a-z])(?:range|ranges|ranged|ranging|vary|varies|varied|varying)\s\Z")
_BASE_INTRODUCER_RE = lazy(r"compared (?:with|to)|versus|up from|down from", needs=('from', 'to', 'versus', 'with'))
_COMPARED_PRIOR_RE = lazy(r"(?:高于|低于|超过|优于|多于|少于|快于|慢于|好于)\s?\Z", needs=("于", "超过"))
_VALUE_AFTER_RE = lazy(r"[^,;。]{0,6}?[\d一二三四五六七八九十两]")
_FROM_LEVEL_RE = lazy(r"\s(?:(?:a|an|the)\s)?(?:[a-z-]+\s){0,3}[$€£¥]?\d")
_FROM_THOSE_RE = lazy(r"\s(?:those|that|the same|a year|the year|last|the previous|the prior|its|their)(?![a-z])")
_TO_NEXT_RE = lazy(r"[^,;。]{0,12}?(?:至|到|\sto\s)\s?[-−+]?\s?")
_REVISED_RE = lazy(r"(?<![a-z])(?:revised|raised|lowered|changed|moved|went|grew|fell|rose|increased|decreased|declined|jumped|dropped)(?![a-z])")
_PER_UNIT_RE = lazy(r"/[a-z]+(?![a-z])")
_OR_RESTATED_RE = lazy(r"\sor\s\Z")
# … and a change's first measure before "or" and its second (a 6 cent or 11% increase)
_OR_BEFORE_RESTATED_RE = lazy(r"(?:[\s-][a-z]+)?,?\sor\s(?:about\s|roughly\s|approximately\s|nearly\s|almost\s)?", needs="or")
# … restating a level a change reached (fell 6 percent to $18.0 million, or 26 cents per share): the level in another measure
_LEVEL_OR_RE = lazy(r"(?<![a-z])to\s[$€£¥]?\d[\d,.]*(?:\s?(?:million|billion|trillion|thousand|m|bn))?,?\sor\s\Z", needs="or")
_OR_AFTER_CHANGE_RE = lazy(r"(?:\s[a-z-]+){0,2}\sor\s(?:about\s|roughly\s|approximately\s)?[+\-−]?", needs=('or',))
# (the comparative split by "respectively": $7/b and $3/b higher, respectively, than was forecast)
_COMPARATIVE_SPLIT_RE = lazy(r"(?:/[a-z]+)?\s+(?:(?P<up>more|higher|greater)|less|lower|fewer),\s?respectively,\s?than(?![a-z])", needs='than')
# (its base word between: 13% year-on-year growth)
_CHANGE_NOUN_AFTER_RE = lazy(r"(?:/[a-z]+)?(?:\s(?:a|an|per)\s[a-z]+)?(?:\s(?:year-on-year|year-over-year|month-on-month|"
                             r"month-over-month|quarter-on-quarter|sequential|annual|organic))?\s(?:decrease|increase|decline|drop|"
                             r"rise|gain|fall|jump|reduction|climb|advance|dip|slide|surge|plunge|growth)s?(?![a-z])", needs=('an', 'climb', 'decline', 'decrease', 'dip', 'drop', 'fall', 'gain', 'growth', 'increase', 'jump', 'on', 'plunge', 'rise', 'slide', 'surge'))
# … and the second measure itself, from the first's noun and "or" to the end of its number and unit (a 150-seat or 12.5%
# increase, or about 2 percent, or $1.2 billion)
_OR_MEASURE_AFTER_RE = lazy(r"(?:[\s-][a-z]+)?,?\sor\s(?:about\s|roughly\s|approximately\s|nearly\s|almost\s)?[$€£¥]?\d[\d,.]*(?<![,.])"
                            r"(?:\s?%|\s(?:percent|per\scent|cents?|million|billion|trillion)(?![a-z]))?", needs="or")
# A change verb, its object, then "by" and the amount: "lowered output by 860,000 bpd", "cut its output by 1 million",
# "raised its dividend by an eye-popping 10.1%" (an article and its adjectives between "by" and the amount).
_OBJECT_BY_GAP_RE = lazy(r"\s(?:[a-z'-]+\s){1,3}?by\s?(?:an?\s(?:[a-z-]+\s){1,2}?)?[+\-−]?\s?\Z")
_ABOVE_RE = compile_pattern(r"\s+(?:above|below)\s")
# (… and "on" after a change, then a determiner: up 4% on the previous quarter, an increase of £650m on the agreed total)
_ON_BASE_RE = lazy(r"\son\s(?:the|its|their|last)\s(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|back)(?![a-z]))"
                   r"(?![a-z -]{0,30}basis)", needs="on")
# (an epithet between the verb and its change leaves it the change: dropped a record 3.5 percent, rose an
# estimated 2%)
# (仍有: a change that still holds beside another, 月减24.3%,但年增仍有20.6%)
_DELTA_GAP_RE = compile_pattern(r"\s?(?:了|by|of|达|约|仍有|an?\s(?:[a-z-]+\s){1,3}?)?\s?[+\-−]?\s?\Z")


_PERCENT_COMPARATIVE_RE = lazy(r"\s(?:(more|higher|greater|larger|bigger)|less|lower|fewer|smaller)"
                               r"(?=\s(?:year[\s-]over[\s-]year|(?!(?:than|at|on|in|to|after|before|from|this|last|yesterday|today|"
                               r"and|or|but|while|as|when|with|for|by|of|the|a|an)(?![a-z]))[a-z][a-z-]+))",
                               needs=("more", "higher", "greater", "larger", "bigger", "less", "lower", "fewer", "smaller"))
_BASED_RATE_BEFORE_RE = lazy(r"(?:年|月|季)(?:增|减|成长|衰退)率\s?(?:为|是|达)?\s?\Z", needs=("率",))
# A change named by its base whose pace moves to the value (年增收敛至3.2%, 月减扩大至5%, 年增率放缓至2.1%): the value is
# still the change against that base, its new size, not a level of the item.
_ZH_BASED_CHANGE_TO_RE = lazy(r"(?:年|月|季)(?:增|减|成长|衰退)(?:率|幅)?\s?(?:收敛|放缓|减缓|收窄|缩小|扩大|加快|加速|回升|回落)(?:至|到)\s?\Z",
                              needs=("至", "到"))
_BY_BEFORE_RE = lazy(r"(?<![a-z])by\s\Z", needs="by")
# The noun of a change's size written with its verb (下滑幅度, 上涨幅度) or as 升幅, 减幅, right before its value, with at
# most a verb of being or reaching between (升幅为0.27%, 同比下滑幅度达到62.77%): the value is that change, not a level.
# (涨幅, 跌幅, 增幅, 降幅 alone stay the rate nouns they are read as elsewhere: 居民消费价格涨幅3%左右 is a level asked)
_ZH_CHANGE_SIZE_BEFORE_RE = lazy(r"(?:([升减])幅|(上涨|下跌|上升|下降|下滑|回落|增长|减少)幅度)\s?"
                                 r"(?:为|是|达到|达|高达|约为|约|仅为|仅)?\s?\Z", needs=("幅", "率"))
_ZH_FALL_CHARS = frozenset("跌降减下回")


# Every character the three gaps between a direction word and its change (_DELTA_GAP_RE, _NOUN_DELTA_GAP_RE,
# _OBJECT_BY_GAP_RE) can take: tests/test_binding_long_gaps.py holds each pattern to it.
_DIRECTION_GAP_CHARS_RE = lazy(r"[\s了达约仍有a-z.'&\-—–+−]+")


@lru_cache(maxsize=1024)
def _gap_runs(cite: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where each run of gap characters of ``cite`` starts and where it ends, read once per cite (each bind of it asks)."""
    runs = [m.span() for m in _DIRECTION_GAP_CHARS_RE.finditer(cite)]
    return tuple(a for a, _ in runs), tuple(b for _, b in runs)


@lru_cache(maxsize=1024)
def _base_matches(cite: str) -> tuple[re.Match, ...]:
    """Every match of ``_BASE_RE`` in ``cite``, read once per cite (each bind of it reads them all)."""
    return tuple(_BASE_RE.finditer(cite))


class _GapDirections:
    """The direction words a gap can join to a value ending at ``at``: only those ending inside the run of gap
    characters just before it (a gap holds no other), found by bisection, not every direction word of the cite
    tried with the three gap patterns for each value (quadratic in a long cite)."""

    __slots__ = ("cite", "directions", "_starts", "_ends", "_at", "_longest")

    def __init__(self, cite: str, directions: list[_Term]) -> None:
        self.cite, self.directions, self._starts = cite, directions, None

    def before(self, at: int) -> list[_Term]:
        """The direction words ending in the run of gap characters that reaches ``at`` (or at ``at``), in their order."""
        if not self.directions:
            return []
        if self._starts is None:  # (built on first use: most cites never ask)
            self._starts, self._ends = _gap_runs(self.cite)
            self._at = _ByStart(self.directions)
            self._longest = max(t.end - t.start for t in self.directions)
        k = bisect_left(self._starts, at) - 1  # (the last run starting before ``at``: the gap is cite[t.end:at])
        lo = self._starts[k] if k >= 0 and self._ends[k] >= at else at
        return [t for t in map(self.directions.__getitem__, self._at.within(lo - self._longest, at)) if lo <= t.end <= at]


# A Chinese verb of change, its object and a per-unit phrase before the value (调降汽油售价每公升0.2元, 提高补贴每人500元):
# the value is the change per unit, as 汽油每公升调降0.2元 is. Not a level reached or held (调整后每公升30元, 涨至每公升30元,
# 维持每公升30元): the object holds no word of a later state, a goal or a level.
_PER_UNIT_CHANGE_RE = lazy(r"(调降|调涨|调高|调低|上调|下调|调升|提高|降低|增加|减少|上涨|下跌|调减|调增)"
                           r"(?:[\u3400-\u9fff]{1,8}?)每[\u3400-\u9fff]{1,2}\s?\Z", needs="每")
_PER_UNIT_LEVEL_RE = lazy(r"[后後为至到达是成维仍于的]")


def _per_unit_change(cite: str, v: Value) -> str | None:
    """The direction of a change stated as verb, object, 每 and a unit, then the value; None where it is none."""
    m = _PER_UNIT_CHANGE_RE.search(cite, max(0, v.start - 16), v.start)
    if m is None or _PER_UNIT_LEVEL_RE.search(cite, m.end(1), v.start):
        return None
    return _direction(m[1])


def _bases(cite: str, clauses: list[int], sentences: list[int], values: list[Value], terms: list[_Term]) -> list[tuple[int, int, bool, bool]]:
    """Comparison bases: (start, end, holds a value, follows a value or direction word
    in its clause); the values in them are marked "base".

    A base runs from its word to the end of the clause, or to a direction word or
    "to" / 至 (from +336,000 to +264,000; 比去年同期增长5%). Chinese 比/较/从/由
    are comparisons only when a direction word or 至/到 closes them.
    """
    directions = [t for t in terms if t.cls == "direction"]
    # (the values and direction words by where they start, so that each base looks up the few near it, not all)
    by_start = sorted(range(len(values)), key=lambda i: values[i].start)
    starts = [values[i].start for i in by_start]
    reach = list(accumulate((values[i].end for i in by_start), max))  # the furthest end of the values from each start
    d_starts = sorted(t.start for t in directions)

    def between(at: list[int], a: int, b: int) -> bool:  # whether any of ``at`` is in [a, b)
        return bisect_left(at, a) < bisect_left(at, b)

    def values_between(a: int, b: int) -> list[Value]:  # the values starting in [a, b), in their own order
        return [values[i] for i in sorted(by_start[bisect_left(starts, a):bisect_left(starts, b)])]

    gapped = _GapDirections(cite, directions)
    out = []
    for m in _base_matches(cite):
        k = bisect_right(starts, m.start())
        if k and reach[k - 1] > m.start():  # (inside a value)
            continue
        if m.group().startswith("v") and _arms_set_against(cite, clauses, values, m.start(), m.end()):
            continue
        if m.group() == "than" and _bound_after_noun(cite, m.start()):
            continue  # (events greater than 2% in frequency: a condition on the noun, no base of a change)
        c = _index(clauses, m.start())
        hi = clauses[c + 1] if c + 1 < len(clauses) else len(cite)
        # a direction word right after the base word is the base value's own (revised from down 0.3 percent)
        ends = [s for s in d_starts[bisect_left(d_starts, m.end()):bisect_left(d_starts, hi)] if cite[m.end():s].strip()]
        e = _BASE_END_RE.search(cite, m.end(), hi)
        ends += [e.start()] if e else []
        moved = _ZH_COMPARATIVE_RE.search(cite, m.end(), hi) if m["zh"] else None
        if moved and moved.start() > m.end():
            ends.append(moved.start())
            for v in values_between(moved.end(), moved.end() + 1):
                if not v.role:
                    v.role = "delta"
                    v.flags["direction"] = "up" if moved[1] else "down"  # (its own word, over one carried from before)
        if m["zh"] and not ends:
            # 较上届再多取得一席: an earlier period right after 比/较 with no value after it in its clause
            # is the base of a change left unstated as a figure, not the period of a value before it
            p = _PRIOR_AFTER_BASE_RE.match(cite, m.end())
            if p and m.group() in ("比", "较") and not between(starts, m.end(), hi):
                out.append((m.start(), hi, False, False))
            # 打击率0.288、…0.284都比2027年还要高: a year after 比/较 closed by a bare comparative, with no value after it
            # in its clause, is the base the values before it are compared with, not their period
            elif m.group() in ("比", "较") and _YEAR_COMPARED_RE.match(cite, m.end()) and not between(starts, m.end(), hi) \
                    and between(starts, clauses[c], m.start()):
                out.append((m.start(), hi, False, True))
            # 与上年相较, …: a clause of its own naming the base the changes after it are measured against
            elif m.group() in ("相比", "相较") and cite.startswith(",", m.end()) \
                    and (f := _FRONTED_BASE_RE.fullmatch(cite, clauses[c], m.start())) \
                    and not between(starts, clauses[c], m.end()):
                out.append((f.start(1), m.end(), False, False))
            continue
        lo = clauses[c]
        after = between(starts, lo, m.start()) or between(d_starts, lo, m.start())
        s_lo = sentences[_index(sentences, m.start())]
        if m.group() == "from" and _RANGE_FROM_RE.search(cite, max(0, m.start() - 12), m.start()):
            continue  # "expects WTI prices to range from $32/b to $73/b": a range's ends, not a move from a base
        if m.group() == "from" and not e and not _REVISED_RE.search(cite, s_lo, m.start()) and not between(
                starts, s_lo, m.start()) and not between(d_starts, s_lo, m.start()):
            continue  # "net income from continuing operations": a source, not a comparison
        end = min(ends) if ends else hi
        inside = values_between(m.end(), end)
        bracket = _BRACKET_OPEN_RE.match(cite, end)
        if not inside and bracket and any(a >= m.end() and b <= end for a, b, _ in _periods(cite)):
            # up 5.2 percent from June 2017 ($263,300): the bracketed level after a dated base is the base's value
            for v in values:
                if v.start == bracket.end() and not v.role:
                    v.role = "base"
                    v.when |= {k for a, b, k in _periods(cite) if a >= m.end() and b <= end}
                    inside = [v]
        if m.group() == "from" and not inside and not e and not any(
                m.end() <= t.start < min(end, m.end() + 15) and t.cls in ("when", "period") for t in terms) \
                and not _RELATIVE_BASE_RE.search(cite, m.end(), end) and not _FROM_THOSE_RE.match(cite, m.end()) \
                and not _FROM_LEVEL_RE.match(cite, m.end()):  # (from a downwardly revised 5.41 million: a level of another kind)
            continue  # "$0.21 per diluted share from continuing operations": where it came from, no earlier value
        for v in inside[:1]:
            v.role = "base"
        k = _index(sentences, m.start())
        if _RESPECTIVELY_RE.search(cite, sentences[k], sentences[k + 1] if k + 1 < len(sentences) else len(cite)):
            after = False  # "… compared to the fourth quarter and full year, respectively": the bases are the items
        out.append((m.start(), end, bool(inside), after))
    for v in values:  # "8.4 percent above June 2021": what a value is above or below is its base
        m = _ABOVE_RE.match(cite, v.end)
        if m:
            c = _index(clauses, m.start())
            out.append((m.start(), clauses[c + 1] if c + 1 < len(clauses) else len(cite), False, True))
    for v, w in zip(values, values[1:]):  # 比上届6.5万多票少11361票: the earlier value, then the change
        more = _MORE_LESS_RE.fullmatch(cite, v.end, w.start)
        if more and not v.role and not w.role and _MORE_LESS_BASE_RE.search(cite, max(0, v.start - 16), v.start):
            v.role, w.role = "base", "delta"
            v.flags["period"] = "prior"
            w.flags.setdefault("direction", "down" if more[1] == "少" else "up")
    for i, v in enumerate(values):
        if v.role:
            continue
        unit = _PER_UNIT_RE.match(cite, v.end)  # ($95/t lower than …)
        comparative = _COMPARATIVE_RE.match(cite, unit.end() if unit else v.end) or _COMPARATIVE_SPLIT_RE.match(
            cite, unit.end() if unit else v.end)
        if comparative:
            v.role = "delta"
            v.flags.setdefault("direction", "up" if comparative["up"] else "down")
        elif _CHANGE_NOUN_AFTER_RE.match(cite, v.end):  # a $10/b decrease from July: the change's own noun
            v.role = "delta"
        elif (other := _OR_MEASURE_AFTER_RE.match(cite, v.end)) and _CHANGE_NOUN_AFTER_RE.match(cite, other.end()):
            v.role = "delta"  # a 90 cent or 6.7% increase: one change in two measures, the noun after the second is both's
        elif rate := _BASED_RATE_BEFORE_RE.search(cite, max(0, v.start - 9), v.start):
            v.role = "delta"  # 年增率3.91%: a rate of change named with its base is the change against that base
            if not _NEGATIVE_RE.match(cite, v.start) and not _NEGATIVE_RE.match(v.text):
                # (年增率30.9%, unsigned, is a rise; 年減率 a fall: 衰退30.9% says the opposite)
                v.flags.setdefault("direction", "down" if rate[0][1] in "减衰" else "up")
        elif _ZH_BASED_CHANGE_TO_RE.search(cite, max(0, v.start - 12), v.start):
            v.role = "delta"  # 年增收敛至3.2%: the change against its base at its new size
        elif size := _ZH_CHANGE_SIZE_BEFORE_RE.search(cite, max(0, v.start - 10), v.start):
            v.role = "delta"  # 升幅为0.27%, 下滑幅度达到62.77%: the noun of a change's size names the change
            if not _NEGATIVE_RE.match(cite, v.start) and not _NEGATIVE_RE.match(v.text):
                v.flags.setdefault("direction", "down" if (size[1] or size[2])[0] in _ZH_FALL_CHARS else "up")
        elif isinstance(v.key, tuple) and v.key[1:2] == ("%",) and (bare := _PERCENT_COMPARATIVE_RE.match(cite, v.end)):
            # 0.3 percent higher year over year, on 0.2 percent less capacity: a percentage with a comparative and no
            # "than" is a change of the noun it qualifies
            v.role = "delta"
            v.flags["direction"] = "up" if bare[1] else "down"
        elif _BY_BEFORE_RE.search(cite, max(0, v.start - 5), v.start) and any(
                sentences[_index(sentences, v.start)] <= t.start and t.end <= v.start
                and not any(t.end <= w.start < v.start for w in values) for t in directions):
            v.role = "delta"  # increased at AMR during the month, by 2.6 percent: the verb's change, set off
        elif any(t.end <= v.start and (_DELTA_GAP_RE.fullmatch(cite, t.end, v.start)
                                       or _NOUN_DELTA_GAP_RE.fullmatch(cite, t.end, v.start)
                                       or _OBJECT_BY_GAP_RE.fullmatch(cite, t.end, v.start)) for t in gapped.before(v.start)):
            v.role = "delta"
        elif (verb := _per_unit_change(cite, v)) is not None:
            v.role = "delta"  # 调降汽油售价每公升0.2元: the verb, its object and a per-unit phrase, then the change
            v.flags.setdefault("direction", verb)
        elif _OR_RESTATED_RE.search(cite, max(0, v.start - 6), v.start) and not _LEVEL_OR_RE.search(cite, max(0, v.start - 40), v.start) and any(
                sentences[_index(sentences, v.start)] <= t.start < v.start and not any(t.end <= w.start < v.start for w in values)
                for t in directions):
            v.role = "delta"  # an increase of $93 million from last year or 9%: the same change in percent
        elif i and values[i - 1].role == "delta" and (_LIST_GAP_RE.fullmatch(cite, values[i - 1].end, v.start)
                                                       or _OR_AFTER_CHANGE_RE.fullmatch(cite, values[i - 1].end, v.start)):
            # 分别增长8.6%、21.7%; rose 9% in europe and 14% in asia; grew 14% year-on-year or 18% excluding …: the
            # same change restated
            v.role = "delta"
        elif _VALUE_FIRST_RE.search(cite, max(0, v.start - 6), v.start):
            # 新增32例重症(1例h1n1、…)及3例死亡: an item after a list separator that starts with its value
            # is counted as the first item is (its bracket of parts left out)
            top = [w for w in values[:i] if w.sentence == v.sentence and not _in_bracket(cite, w)]
            if top and top[-1].role == "delta" and not _SENTENCE_BREAK_RE.search(cite, top[-1].end, v.start) and not any(
                    top[-1].end <= t.start < v.start for t in directions):
                v.role = "delta"
    for v in values:  # "an increase of £650m on the previously agreed total": what a change is "on" is its base
        m = _ON_BASE_RE.match(cite, v.end) if v.role == "delta" else None
        if m:
            c = _index(clauses, m.start())
            out.append((m.start(), clauses[c + 1] if c + 1 < len(clauses) else len(cite), False, True))
    for v, w in reversed(list(zip(values, values[1:]))):  # $7/b and $3/b higher: a list's comparative is every item's
        unit = _PER_UNIT_RE.match(cite, v.end)
        if not v.role and w.role == "delta" and _COMPARATIVE_SPLIT_RE.search(cite, w.end, _sentence_end(cite, w.end)) \
                and _LIST_GAP_RE.fullmatch(cite, unit.end() if unit else v.end, w.start):
            v.role = "delta"
            if "direction" in w.flags:
                v.flags.setdefault("direction", w.flags["direction"])
    return out


# Two groups set against each other (90 cases observed in the placebo group versus 5 cases observed in the
# vaccine group; 30 relapsed in the drug arm versus 61 in the control arm): each side names its own group
# with in/among/for, neither of them a period, so the second figure is its group's count, not the base of
# the first (a base after versus names an earlier time: versus $3 million in 2019).
_ARM_PHRASE_RE = lazy(r"(?<![a-z])(?:in|among|for)\s(?:the\s|a\s|its\s|their\s)?[a-z]", needs=("in", "among", "for"))


# A sentence whose subject is a pronoun, after at most a short opening phrase (Internationally, they carried 57.8
# million passengers): the pronoun stands for the subject of the sentence before.
_PRONOUN_OPENING_RE = lazy(r"\s*(?:[a-z][a-z-]*(?:\s[a-z0-9][a-z0-9-]*){0,3},\s)?(?:they|it)\s(?=[a-z])", needs=("they", "it"))


def _pronoun_subject(cite: str, sentences: list[int], values: list[Value], terms: list[_Term]) -> None:
    """The words written before the first value of the sentence before (its subject and verb: Domestically, U.S.
    airlines carried 377.2 million …) describe the values of a sentence whose subject is a pronoun, as its own
    subject would."""
    for k in range(1, len(sentences)):
        lo = sentences[k]
        m = _PRONOUN_OPENING_RE.match(cite, lo)
        if m is None:
            continue
        hi = sentences[k + 1] if k + 1 < len(sentences) else len(cite)
        prev = [v for v in values if sentences[k - 1] <= v.start < lo]
        mine = [v for v in values if lo <= v.start < hi]
        if not prev or not mine:
            continue
        p_lo = sentences[k - 1]
        opening = _PRONOUN_OPENING_RE.match(cite, p_lo)  # (the sentence before's own opening phrase is its own)
        comma = cite.find(", ", p_lo, prev[0].start)
        if comma >= 0 and comma - p_lo < 30 and " " not in cite[p_lo:comma].strip() and opening is None:
            p_lo = comma + 2
        for t in terms:
            if t.cls in _ITEM_CLASSES and p_lo <= t.start and t.end <= prev[0].start:
                for v in mine:
                    _attach(v, t, beside=False)


# The place a sentence's subject is written in (boardings on the ferry line, riders at the main station): its
# object is the place. A sentence after it whose subject names none of its own (Weekday ridership was up 17 percent)
# goes on about that place.
_PLACE_PHRASE_RE = lazy(r"(?<![a-z])(?:on|at)\sthe\s", needs=("on", "at"))
_NEW_SUBJECT_RE = lazy(r"\s*(?:a|an|another)\s(?=[a-z0-9])", needs=("a", "an"))


def _place_carried(cite: str, sentences: list[int], values: list[Value], terms: list[_Term]) -> None:
    """The item words of the place phrase before the first value of the sentence before describe the values of an
    English sentence that writes no place before its own first value, as its own place phrase would."""
    if has_han(cite):
        return
    for k in range(1, len(sentences)):
        lo = sentences[k]
        hi = sentences[k + 1] if k + 1 < len(sentences) else len(cite)
        prev = [v for v in values if sentences[k - 1] <= v.start < lo]
        mine = [v for v in values if lo <= v.start < hi]
        if not prev or not mine or _PLACE_PHRASE_RE.search(cite, lo, mine[0].start) or _PRONOUN_OPENING_RE.match(cite, lo) \
                or _NEW_SUBJECT_RE.match(cite, lo):
            continue  # (… nor one whose subject brings in a thing of its own: A 1914 dime set a new coin record at $16,100)
        names = _NAMES.get()[0] | _NAMES.get()[1]
        if any(t.cls in _ITEM_CLASSES and t.ident in names and lo <= t.start < mine[0].start for t in terms):
            continue  # (a sentence naming its own port, line or company goes on about that one)
        place = _PLACE_PHRASE_RE.search(cite, sentences[k - 1], prev[0].start)
        if place is not None and (_OWN_VERB_RE.search(cite, sentences[k - 1], place.start()) is not None
                                  or _OWN_VERB_RE.search(cite, place.end(), prev[0].start) is None):
            place = None  # (only a place in the subject, before its verb: not "… remarks … on the crash of …")
        for t in terms:
            # (only the place phrase's words: a name the sentence before has for its subject, carried the same way, told
            # apart fewer rows of the held-out tables than it confused)
            if t.cls in _ITEM_CLASSES and sentences[k - 1] <= t.start and t.end <= prev[0].start \
                    and (place is not None and place.end() <= t.start):
                for v in mine:
                    _attach(v, t, beside=False)


# A sentence opening "That's up 5 cents", "That was a 4% rise": the demonstrative stands for the level the sentence before
# states, and the change is that level's item's.
_DEMONSTRATIVE_CHANGE_RE = lazy(r"\s*(?:that|this)(?:'s|\sis|\swas|\swould\sbe|\srepresents|\smarks)\s", needs=("that", "this"))


def _demonstrative_change(cite: str, sentences: list[int], values: list[Value]) -> None:
    """The one change of a sentence whose subject is "that" or "this" gets the item words of the level the sentence
    before ends with (… a dividend of 55 cents. That's up 5 cents from its last one)."""
    for k in range(1, len(sentences)):
        if not _DEMONSTRATIVE_CHANGE_RE.match(cite, sentences[k]):
            continue
        hi = sentences[k + 1] if k + 1 < len(sentences) else len(cite)
        prev = [v for v in values if sentences[k - 1] <= v.start < sentences[k]]
        mine = [v for v in values if sentences[k] <= v.start < hi]
        if not prev or len(mine) != 1 or prev[-1].role or mine[0].role != "delta":
            continue  # (… and £1.1bn higher than the financing package: two changes, told apart by their bases, not here)
        for cls, idents in prev[-1].terms.items():
            if cls in _ITEM_CLASSES:
                mine[0].terms.setdefault(cls, set()).update(idents)


# A value in a phrase of "with" set off after its clause (…, each with more than 950,000 residents; …, with 2.3 million
# residents) describes that clause's subject: the item words before the clause's first value are its too. Only a bare
# value after "with" (its qualifier at most): "…, with exports up 3%" has a subject of its own, and so has an absolute
# phrase whose noun has a verb ("…, with 55 lots finding buyers").
_WITH_PHRASE_RE = lazy(r",\s(?:each\s|both\s|all\s|together\s)?with\s(?:(?:just\s)?(?:more\sthan|less\sthan|fewer\sthan|over|under"
                       r"|about|nearly|almost|around|roughly|some|at\sleast|an\sestimated)\s)?[$€£¥]?\Z", needs="with")


_WITH_VERB_RE = lazy(r"[^,;.!?]*?(?<![a-z])[a-z]{2,}(?:ing|ed)(?![a-z])")


def _with_phrase(cite: str, clauses: list[int], values: list[Value], terms: list[_Term]) -> None:
    """A value in a phrase of "with" after its clause gets the item words of that clause's subject."""
    for w in values:
        m = _WITH_PHRASE_RE.search(cite, max(0, w.start - 40), w.start)
        if m is None or _WITH_VERB_RE.match(cite, w.end):
            continue
        lo = clauses[_index(clauses, m.start())]
        first = min((v.start for v in values if lo <= v.start < m.start()), default=m.start())
        for t in terms:
            if t.cls in _ITEM_CLASSES and lo <= t.start and t.end <= first:
                _attach(w, t, beside=False)


_ON_BEFORE_RE = lazy(r"(?<![a-z])on\s\Z", needs="on")
_EN_SUBJECT_VERB_RE = lazy(r"(?<![a-z])(?:was|were|is|are|rose|fell|grew|increased|decreased|declined|climbed|dropped|gained|jumped|slipped)"
                        r"(?![a-z])")


def _on_other_measure(cite: str, clauses: list[int], values: list[Value], terms: list[_Term]) -> None:
    """'international traffic increased 5.4 percent on 6.2 percent more capacity': the change after 'on' is its own
    noun's (capacity) of the same subject's segment; the subject's words but its head noun (traffic) describe it."""
    for w, v in zip(values, values[1:]):
        if not _ON_BEFORE_RE.search(cite, max(0, v.start - 4), v.start) or not _PERCENT_COMPARATIVE_RE.match(cite, v.end):
            continue
        lo = clauses[_index(clauses, w.start)]
        verb = _EN_SUBJECT_VERB_RE.search(cite, lo, w.start)
        if verb is None:
            continue
        subject = cite[lo:verb.start()].rstrip()
        head = subject.rfind(" ") + 1 + lo
        for t in terms:
            if t.cls in _ITEM_CLASSES and lo <= t.start and t.end <= head:
                _attach(v, t, beside=False)


# A noun phrase set off after a level that states a change (to $14.40, a 90 cent or 6.7% increase; to 1,200, an
# 8 percent rise): an appositive of the level, it describes the change that brought the item to it.
_APPOSED_CHANGE_GAP_RE = lazy(r"(?:/[a-z]+|\s[a-z]+|\s(?:per|a)\s[a-z]+)?,\s(?:an?|the)\s(?:(?:record|further|roughly|about|nearly|estimated)\s)?\Z")


def _apposed_change(cite: str, values: list[Value]) -> None:
    """The change in an appositive after a level (raised the dividend to $14.40, a 90 cent increase) is the change of
    the level's item: the words describing the level describe it too."""
    for w, v in zip(values, values[1:]):
        if v.role != "delta" or w.role or w.sentence != v.sentence or not _APPOSED_CHANGE_GAP_RE.fullmatch(cite, w.end, v.start):
            continue
        for cls, idents in w.terms.items():
            if cls in _ITEM_CLASSES:
                v.terms.setdefault(cls, set()).update(idents)


# Phrases with no verb of their own set off after a value (and the level "to" which it moved), each opened by "for",
# "or", "giving" … (raised its dividend by 7.1% to $0.30 a share, for an annual yield of 2.4%, or $1.20): what the
# predicate's values come to, of its item.
_RESULT_PHRASES_RE = lazy(r"(?:/[a-z]+|\s(?:a|per)\s[a-z]+)?(?:\sto\s[$€£¥]?\d[\d,.]*(?<![,.])(?:\s?%|\s[a-z]+)?(?:\s(?:a|per)\s[a-z]+)?)?(?:,\s(?:for|or|giving|bringing|representing|equal\sto)\s"
                          r"(?:[^,;!?.]|[.,](?=\d))*?)+\Z", needs=("for", "or", "giving", "bringing", "representing", "equal"))


def _result_phrases(cite: str, values: list[Value]) -> None:
    """A value in a verbless phrase after a predicate's value (…, for an annual yield of 2.4%, or $1.20) says what the
    predicate comes to: where the question names the phrase's own words (annual yield), the item words of the value
    before it describe it too."""
    for v, w in zip(values, values[1:]):
        if w.sentence != v.sentence or not _RESULT_PHRASES_RE.fullmatch(cite, v.end, w.start) \
                or _OWN_VERB_RE.search(cite, v.end, w.start):
            continue
        if not any(cls in _ITEM_CLASSES for cls in w.terms):  # (a question naming none of the phrase's own words asks the
            continue  # predicate's own values: $1.52 a share, not the annual $6.08, is what the dividend was raised to)
        for cls, idents in v.terms.items():
            if cls in _ITEM_CLASSES:
                w.terms.setdefault(cls, set()).update(idents)


_PHRASE_BRACKET_RE = lazy(r"[a-z0-9]\s\(\s?\Z")


def _bracketed_after_phrase(cite: str, sentences: list[int], values: list[Value], terms: list[_Term]) -> None:
    """A bare value in brackets right after an English phrase (carried 0.4 percent more total systemwide passengers
    during the first seven months of 2013 (435.0 million)) is the phrase's: the words of its sentence up to the
    bracket describe it, as they describe the value before it."""
    for v in values:
        if not cite.startswith(")", v.end) or not _PHRASE_BRACKET_RE.search(cite, max(0, v.start - 4), v.start):
            continue
        lo = sentences[_index(sentences, v.start)]
        opened = cite.rfind("(", lo, v.start)
        lo = max(lo, cite.rfind(")", lo, opened) + 1, cite.rfind(";", lo, opened) + 1)  # (after the bracket before: its own phrase's)
        # (… and after the value before it: Ogunode won in 9.99, edging out Gittens of Barbados (10.02); a count of months
        # naming the phrase's period is no such value)
        lo = max([lo] + [w.end for w in values if lo <= w.end <= opened and w.measure not in _TIME_NOUNS])
        for t in terms:
            if t.cls in _ITEM_CLASSES and lo <= t.start and t.end <= opened:
                _attach(v, t, beside=False)


def _arms(cite: str, clauses: list[int], values: list[Value], terms: list[_Term]) -> None:
    """The second of two groups set against each other leaves out the first's noun (90 cases of covid-19 in
    the placebo group versus 5 cases in the vaccine group): the words between the first figure and its
    group are the second figure's too, the group's own words not."""
    for m in _VERSUS_RE.finditer(cite):
        c = _index(clauses, m.start())
        if clauses[c] != m.start() or not c:  # (a versus of two groups opens a clause of its own)
            continue
        before = [v for v in values if clauses[c - 1] <= v.end <= m.start()]
        after = [v for v in values if m.end() <= v.start]
        if not before or not after:
            continue
        arm = _ARM_PHRASE_RE.search(cite, before[-1].end, m.start())
        if arm is None:
            continue
        for t in terms:
            if before[-1].end <= t.start and t.end <= arm.start() and t.cls in ("entity", "metric"):
                _attach(after[0], t, beside=False)


def _arms_set_against(cite: str, clauses: list[int], values: list[Value], start: int, end: int) -> bool:
    c = _index(clauses, start)
    lo, hi = clauses[c], clauses[c + 1] if c + 1 < len(clauses) else len(cite)
    if lo == start and c:  # (the versus that opens a clause of its own: the side before is the clause before)
        lo = clauses[c - 1]
    before = [v for v in values if lo <= v.end <= start]
    after = [v for v in values if end <= v.start < hi]
    if not before or not after:
        return False
    a_hi = min((v.start for v in values if v.start > after[0].start and v.start < hi), default=hi)
    sides = ((before[-1].end, start), (after[0].end, a_hi))
    periods = _periods(cite)
    for a, b in sides:
        arm = _ARM_PHRASE_RE.search(cite, a, b)
        if not arm or any(arm.start() <= p < b for p, _, _ in periods):
            return False
    return True


# What a change is measured against, as a period before the value's own: a month, a quarter, a year
# (from the previous month, 比上月, 同比, from the same period a year ago), or a date it names
# (above June 2021, from May 2022). 环比 compares with the period before, a month or a quarter.
_RELATIVE_BASES: dict[str, tuple[str, ...]] = {
    "month": ("previous month", "prior month", "a month earlier", "a month ago", "month earlier", "last month",
              "month-over-month", "month-on-month", "month over month", "month on month", "上月", "上个月", "前一个月", "前月",
              "月增", "月减", "按月"),
    "quarter": ("previous quarter", "prior quarter", "a quarter earlier", "last quarter", "quarter-over-quarter",
                "quarter-on-quarter", "quarter over quarter", "quarter on quarter", "上季度", "上一季度", "上季", "前一季度",
                "前一季", "季增", "季减", "季成长", "季衰退", "按季"),
    "year": ("a year earlier", "a year ago", "year-ago", "year earlier", "year ago", "previous year", "prior year",
             "last year", "the year before", "year-over-year", "year-on-year", "year over year", "year on year", "from a year", "上年同期", "去年同期",
             "同比", "上年", "去年", "上一年", "前一年", "年增", "年减", "年成长", "年衰退", "按年"),
    "sequential": ("环比", "sequentially", "sequential"),
    # a change averaged over two years (两年平均增长2.1%, beside 同比增长12.9%): against the year before last
    # (两年平均增速为3.8% names a rate of its own, a metric, as the verbless noun does)
    "two-year": ("两年平均增长", "两年平均下降"),
    "term": ("上届", "上一届", "上次"),  # a term of office: against the last one (比上届少11361票)
    "year-end": ("上年末", "去年末", "上年年末", "去年年末"),  # a balance's level at the end of last year, not a year ago
}
_RELATIVE_BASE_RE = lazy("|".join(sorted((re.escape(w) for ws in _RELATIVE_BASES.values() for w in ws), key=len, reverse=True)))
_SELF_COMPARED = frozenset(k + s + k for k in ("month", "quarter", "year") for s in ("-over-", "-on-", " over ", " on ")) | {
    "同比", "环比", "sequentially", "sequential", "季增", "季减", "年增", "年减", "月增", "月减", "季成长", "年成长",
    "季衰退", "年衰退", "按年", "按季", "按月", "两年平均增长", "两年平均下降"}
_RELATIVE_BASE_OF = {w: k for k, ws in _RELATIVE_BASES.items() for w in ws}
_DATED_BASE_RE = lazy(r"(?<![a-z])(?:from|above|below|over|since|than|compared? (?:to|with)|versus|vs\.?)\s|比|较|相比")


# A rate of change named after its base (同比涨幅, 环比降幅): the rate a later comparison (比上月扩大) changes.
_BASED_RATE_RE = lazy(r"\s?(?:涨幅|降幅|增幅|跌幅|增速|降速)")
_COMPARED_AFTER_RE = lazy(r"(?:同月|同期|同季)?\s?(?:比较|相比)", needs=("比较", "相比"))
_LAST_PERIODS = frozenset({"last month", "last quarter", "last year"})


def _base_key(text: str, lo: int, hi: int, compared: bool = False, loose: bool = False) -> tuple[str, str]:
    """What ``text[lo:hi]`` measures a change against ("month", "quarter", "year", "sequential",
    "date:KEY") and its words there, or ("", ""). With ``compared`` (a question), a period counts
    only after a comparison word: "from a year earlier" asks for a change, "a year earlier" a level."""
    for m in _RELATIVE_BASE_RE.finditer(text, lo, hi):
        if m.group() in ("同比", "环比") and _BASED_RATE_RE.match(text, m.end()):
            # (同比涨幅比上月回落多少: the base before a rate is the rate's own, its item; a later base is the one the
            # question's change is measured against)
            later = _base_key(text, _BASED_RATE_RE.match(text, m.end()).end(), hi, compared, loose)
            if later[0]:
                return later
        # (fell 3.5 percent last month: "last month" with no comparison word before it is the change's period)
        if (not compared and m.group() not in _LAST_PERIODS) or m.group() in _SELF_COMPARED or any(
                b.start() <= m.start() <= b.end() + 12 for b in _DATED_BASE_RE.finditer(text, lo, m.end())) \
                or _COMPARED_AFTER_RE.match(text, m.end()):  # (与上年同月比较: the comparison word after its base)
            return _RELATIVE_BASE_OF[m.group()], m.group()
    for b in _DATED_BASE_RE.finditer(text, lo, hi):
        for a, z, key in _periods(text):
            # (a cite's "than in August 2014"; a question's dated base stays as written before: its "than in July
            # 2007" would meet the cite's relative "than the same month last year", which _same_base cannot equate)
            if b.end() <= a < hi and ((_BASE_GAP_RE.fullmatch(text, b.end(), a) or _BASE_LEVEL_GAP_RE.fullmatch(text, b.end(), a))
                                      if not compared or loose else not text[b.end():a].strip(" the")):
                return "date:" + key, text[a:z]
    return "", ""


_BASE_GAP_RE = lazy(r"\s*(?:(?:the|in)\s+)*之?")  # (较之17年: 之 only takes up the base after 较)
# (from a downwardly revised 5.41 million in May: the base is the period of the level it names)
_BASE_LEVEL_GAP_RE = lazy(r"\s*(?:(?:a|an|the)\s)?(?:[a-z-]+\s){0,3}[$€£¥]?\d[\d,.]*(?:\s?(?:million|billion|trillion|thousand|"
                          r"percent|%|units?))*\s(?:in|for)\s(?:the\s)?")


def _same_base(a: str, b: str) -> bool:
    return a == b or {a, b} in ({"sequential", "month"}, {"sequential", "quarter"})


_BASE_FRAME_RE = lazy(r"\s*(?:从|就|按)?(?:环比|同比)(?:来?看|而言|计算)?\s?,", needs=('同比', '环比'))


_COMPARED_CLAUSE_RE = lazy(r"[,\s]*(?:compared\s(?:with|to)|versus|as against)\s", needs=("compared", "versus", "against"))


_TO_LEVEL_THEN_BASE_RE = lazy(r"(?:\s[a-z-]+){0,2},?\sto\s(?:[^;.!?%]|\.(?=\d)){1,80}?(?=\s(?:from|compared (?:to|with)|versus)\s)", needs=('to',))


def _measured_against(cite: str, clauses: list[int], values: list[Value]) -> None:
    """Each change's base, read in its clause up to the next value: after the value in English
    (up 1.0 percent from the previous month), before it in Chinese (比上月增长1.0%)."""
    for i, v in enumerate(values):
        if v.role == "delta" and (listed := _RESPECTIVELY_RE.search(cite, clauses[v.clause], v.start)) \
                and han_at(cite, listed.start()):
            # a base written right before 分别 or after it (同比分别上涨a和b, 涨幅分别比上月扩大…) is every listed
            # value's: the items are what its subject lists, not bases
            v.base, v.base_words = _base_key(cite, max(clauses[v.clause], listed.start() - 6), v.start)
            if v.base:
                continue
        if v.role != "delta" or _RESPECTIVELY_RE.search(cite, clauses[v.clause], _sentence_end(cite, v.end)):
            continue  # (in a respectively list the bases are its items: compared to Q4 and the full year)
        c = v.clause
        lo = clauses[c]
        hi = clauses[c + 1] if c + 1 < len(clauses) else len(cite)
        after = min([w.start for w in values[i + 1:] if w.start < hi and w.role != "base"], default=hi)
        before = max([w.end for w in values[:i] if w.end > lo and w.role != "base"], default=lo)
        # (Chinese writes a change's base before its value: in 月增2.2%、年增31.77% the 年增 after 2.2% is the next one's)
        windows = [(v.end, after), (before, v.start)]
        if after < hi and han_at(cite, v.start - 1):
            windows.reverse()
        elif after == hi and c + 1 < len(clauses) and _COMPARED_CLAUSE_RE.match(cite, hi):
            # a comparison set off as a clause of its own right after the change (dropped 3.5 percent last month,
            # compared with the same month a year earlier) is that change's base
            nxt = clauses[c + 2] if c + 2 < len(clauses) else len(cite)
            windows.insert(1, (hi, min([w.start for w in values[i + 1:] if w.start >= hi] + [nxt])))
        for a, b in windows:
            v.base, v.base_words = _base_key(cite, a, b)
            if v.base:
                break
        reached = None if v.base else _TO_LEVEL_THEN_BASE_RE.match(cite, v.end)
        if reached:
            # the level a change reaches, then its base: down 0.6 percent, to a rate of 4.76 million from 4.79 million in May
            end = min([x.start for x in values[i + 1:] if x.start >= reached.end()] + [_sentence_end(cite, reached.end())])
            v.base, v.base_words = _base_key(cite, reached.end(), end)
        if not v.base and i and values[i - 1].role == "delta" and _LIST_GAP_RE.fullmatch(cite, values[i - 1].end, v.start):
            v.base, v.base_words = values[i - 1].base, values[i - 1].base_words  # 同比分别增长6.2%、14.5%
        if not v.base:  # a base heading its sentence as a clause of its own: 从环比看, / on a monthly basis,
            head = _BASE_FRAME_RE.match(cite, _sentence_start(cite, v.start))
            if head and head.end() <= v.start:
                v.base, v.base_words = _base_key(cite, head.start(), head.end())


# The base of a comparison named as a forecast (than the average analyst forecast of, against the consensus estimate of):
# the expectation the value is measured against, of the value's own period.
# (not "from": raised from its earlier forecast of 1.56% is an earlier stage of the forecast, as 由8月预测的1.56% is)
_FORECAST_BASE_RE = lazy(r"(?<![a-z])(?:than|against|versus|vs\.?|to|with)\s(?:the\s|an?\s|its\s|their\s)?(?:[a-z'-]+\s){0,3}?"
                         r"(?:forecasts?|estimates?|expectations?|consensus|projections?|predictions?|guidance)\s(?:of|for|at)\s(?:about\s|around\s)?\Z")


def _sentence_end(text: str, pos: int) -> int:
    starts = _breaks(text)[1]
    k = _index(list(starts), pos)
    return starts[k + 1] if k + 1 < len(starts) else len(text)


def _amounts(*vs: Value) -> bool:
    """Whether every value's key is an amount and its unit, (Decimal, unit): the kind a level and
    its earlier one can say the direction of."""
    return all(type(v.key) is tuple and len(v.key) == 2 and isinstance(v.key[0], Decimal) for v in vs)


# The words between a change and the level it reaches: its unit and period, and an epithet of the level
# ("rose 1.3 billion cubic feet per day (bcfd) in August to a 17-month high of 106.0 bcfd").
_REACHED_RE = lazy(r"(?:\s\(?[a-z]+\)?){0,8}?\sto\s(?:an?\s)?(?:(?:new|fresh|[0-9]+-[a-z]+)\s)?(?:(?:high|low|peak|record|level)\s(?:of\s)?)?", needs='to')


def _before_index(indices: list[int], i: int) -> list[int]:
    """The indices of ``indices`` (ascending) below ``i``."""
    return indices[:bisect_left(indices, i)]


def _bases_over(bases: list[tuple[int, int, bool, bool]]):
    """``over(start, end)``: the bases that can overlap [start, end] (``a <= end and start < b``, and some as wide
    that do not), in their order, by bisection of the bases by start (a long cite's words each read every base)."""
    order = sorted(range(len(bases)), key=lambda i: bases[i][0])
    starts = [bases[i][0] for i in order]
    widest = max((b - a for a, b, _, _ in bases), default=0)

    def over(start: int, end: int) -> list[tuple[int, int, bool, bool]]:
        return [bases[i] for i in sorted(order[bisect_left(starts, start - widest):bisect_right(starts, end)])]

    return over


def _compare(cite: str, values: list[Value], terms: list[_Term], bases) -> None:
    """A base value is the earlier value of the same item as the value it is compared with;
    the level a change reaches ("of $0.6 billion to $81.4 billion") is of the change's item."""
    for i, v in enumerate(values):
        # (the next value, or the one after an epithet's count: "to a 17-month high of")
        w = next((w for w in values[i + 1 : i + 3] if not w.role and cite[w.end:w.end + 1] != "-" and (_TO_LEVEL_RE.fullmatch(cite, v.end, w.start)
                                                                    or _REACHED_RE.fullmatch(cite, v.end, w.start))), None)
        if v.role == "delta" and w is not None:
            for cls in _ITEM_CLASSES:
                if cls in v.terms:
                    w.terms.setdefault(cls, set()).update(v.terms[cls])
            w.when |= v.when
    # (the direction words and each sentence's values looked up, not read in full for each base: quadratic in a long cite)
    directions = [t for t in terms if t.cls == "direction"]
    directions_at = _ByStart(directions)
    longest = max((t.end - t.start for t in directions), default=0)
    in_sentence: dict[int, list[int]] = {}
    for i, v in enumerate(values):
        in_sentence.setdefault(v.sentence, []).append(i)
    for i, v in enumerate(values):
        if v.role != "base":
            continue
        if _LEVEL_BASE_RE.search(cite, max(0, v.start - 25), v.start):
            v.role = ""  # "compared to a covenant level of 6.25x": a limit of its own, not the earlier value
            v.flags.pop("period", None)
            continue
        if _FORECAST_BASE_RE.search(cite, max(0, v.start - 60), v.start):
            continue  # "lower than the average analyst forecast of 389,407": what was expected of this period, no earlier one
        v.flags["period"] = "prior"
        after = values[i + 1] if i + 1 < len(values) and values[i + 1].sentence == v.sentence else None
        # 由2.41%调降至1.47%, "from +336,000 to +264,000": a base that leads to the value after it
        leads = after is not None and after.role != "base" and _TO_NEXT_RE.fullmatch(cite, v.end, after.start) is not None
        before = [] if leads else [w for w in map(values.__getitem__, _before_index(in_sentence[v.sentence], i)) if w.role != "base"]
        if before and not before[-1].role and _amounts(before[-1], v) and before[-1].key[1:] == v.key[1:] \
                and before[-1].key[0] != v.key[0] \
                and v.flags.get("forecast") != "forecast" and None not in (before[-1].key[0], v.key[0]):
            # "$83.8 million, compared to $52.2 million": a level and its earlier one say which way it went
            before[-1].flags.setdefault("direction", "up" if before[-1].key[0] > v.key[0] else "down")
        if before:
            for cls in _ITEM_CLASSES:
                if cls in before[-1].terms and cls not in v.terms:
                    v.terms[cls] = set(before[-1].terms[cls])
        elif i + 1 < len(values) and values[i + 1].sentence == v.sentence and values[i + 1].role != "base":
            # "revised from down 0.3 percent to down 0.1 percent": a base that comes first lends
            # its item and period to the value it leads to, the same item's later value
            w = values[i + 1]
            # 由2.41%调降至1.47%: the direction between them is the move to the later value
            moved = [t for t in map(directions.__getitem__, directions_at.within(v.end, w.start - 1)) if v.end <= t.start < w.start]
            if moved:
                w.flags["direction"] = moved[-1].ident
                if not any(v.start - 3 <= t.end <= v.start for t in map(directions.__getitem__, directions_at.within(v.start - 3 - longest, v.start))):
                    v.flags.pop("direction", None)
            for cls in _ITEM_CLASSES:
                if cls in v.terms:
                    w.terms.setdefault(cls, set()).update(v.terms[cls])
            if v.flags.get("forecast") == "forecast":
                # a forecast revised (由8月预测的1.56%上修至2.54%) is a forecast still; the date of the
                # earlier one (8月) is when it was made, not the new one's
                w.flags.setdefault("forecast", "forecast")
            elif not any(t.cls == "period" and w.end <= t.start <= w.end + 1 for t in terms):
                w.when = w.when or set(v.when)
            elif len(v.when) == 1 and not w.when:
                # (not to a value that writes its own period right after it: "from 0.925 million in 2018 to 0.903
                # million last year" — last year is a later year than 2018, which a question naming 2018 does not ask)
                w.flags["after"] = next(iter(v.when))


_LEAD_RE = compile_pattern(r"^(?:(?:and|while|whereas|but)\b|而|但|同时|其中|以及)")


def _label(before: str, after: str) -> str:
    """A short description of a value from the words around it in its clause."""
    before = _LEAD_RE.sub("", before.strip(" ,:;()、\"'")).strip()
    after = after.strip(" ,:;()、.\"'")
    words = before[-20:] if len(before) >= 2 else (before + " … " + after[:20]).strip(" …")
    if len(before) > 20 and words[:1].isascii() and before[-21:-20].isalpha():
        words = words.partition(" ")[2] or words  # not half a word: "year revenues were"
    return words.strip()


# A clause opening a comparison's reference point: what it states is not under the clause before it's
# forecast.
_REFERENCE_OPEN_RE = lazy(r"[\s,:;]*(?:compared (?:to|with)|versus|vs\.?|against|相比|相较|对比)(?![a-z])")


# What speaks of the future in a cite: a modal or a time to come (将, 有望, 未来, 明天, will, may, next). One table for a
# clause's own mark (a forecast inherited by a clause with a period of its own) and a cite's (an observed value asked as
# a forecast). (_FUTURE_VERB_RE differs: it reads an English reporting sentence, where "may" is as likely the month.)
# 会 is the modal only outside the nouns it ends or begins (社会, 发布会, 大会, 机会, 会议, 会上).
_FUTURE_MARK_RE = lazy(r"将|(?<![社机布者大峰博监委员全两年协学工商部局题示析宴聚开理教国])会(?![议上中堂计员谈见晤长场所展])"
                       rf"|{forecast_words('zh hope')}|可能|未来|{forecast_words('zh days')}"
                       rf"|(?<![a-z])(?:{forecast_words('modal', 'tentative', 'may', 'next')})(?![a-z])")
_VALUE_FIRST_RE = lazy(r"(?:、|和|与|及|以及|\sand|\s&)\s?\Z")


# An English frame set off before a sentence: one prepositional phrase of place, time or comparison and its comma
# (In top gas producing states, / As compared to the rates we were using in August,). Not a condition (With the FX
# rates we used in May, … would be): its words are a hypothesis, which a question's own condition must not find in
# every item.
_EN_FRAME_RE = lazy(r"\s*(?:in|at|on|during|for|over|through|excluding|including|after|since|as of"
                    r"|(?:as\s)?compared\s(?:to|with))\s[^,;:.!?\d]*,\s?", needs=('after', 'at', 'for', 'in', 'of', 'on', 'over', 'through', 'to', 'with'))


# What stands between a value and a bracket of words that describes it: a unit word at most, no clause break (not
# "… est $2.2m-$3.2m), Four Pink Marilyns (Reversal Series) sold for $4.5m": that bracket glosses the title before it).
_BRACKET_AFTER_VALUE_RE = lazy(r"[^,;:.!?。,、()]{0,16}")


_BRACKETS_ONLY_RE = lazy(r"[^()]*?(?:\([^()]*\)\s?)+")


def _titled_subject(cite: str, s_lo: int, lo: int, hi: int) -> bool:
    """Whether ``cite[lo:hi]``, between a title's words and a clause, only cuts the title: brackets glossing it
    (Four Pink Marilyns (Reversal Series) (1986) sold for …), or a comma inside its quotes ("Concetto Spaziale, Attese")."""
    gap = cite[lo:hi]
    if "(" in gap:
        return _BRACKETS_ONLY_RE.fullmatch(gap) is not None and not _DIGIT_RE.search(gap.rpartition(")")[2])
    if gap.strip() == "" and cite[lo - 1:lo] == ")":
        return True
    return gap.strip(" ,") == "" and cite.count('"', s_lo, hi) % 2 == 1


# An English list item that is a value and its place or item after a preposition, with no verb: (, and) 102 degrees at
# Boston / 14% in Asia / $2 million for the east wing.
_EN_LIST_ITEM_RE = lazy(r"[,;]?\s*(?:and\s)?(?:about\s|nearly\s|almost\s|some\s)?[$€£¥]?\d[\d,.]*%?(?:\s(?:million|billion|thousand|"
                        r"percent|degrees|[a-z]+))?\s(?:at|in|for|among|across)\s(?:the\s)?[a-z][a-z.'-]*(?:\s[a-z][a-z.'-]*){0,3}\s?[,;.]?\s*")


# A Chinese list item opened after a value by 、 (花莲县6强、宜兰与苗栗5强): the names in it, up to the next value, are
# that value's, since Chinese writes an item before its value; the run between holds no digit and no clause mark.
_ZH_ITEM_OPENED_RE = lazy(r"(?:、[^\d,;:。、]{0,12}){1,9}", needs="、")
_ZH_ITEM_RUN_RE = lazy(r"[^\d,;:。]{0,60}")


_TO_NEXT_VALUE_RE = lazy(r",?\s(?:to|and\sto)\s\$?", needs="to")
_FROM_BEFORE_RE = lazy(r"(?<![a-z])from\s[$€£¥]?\Z", needs="from")
_IN_GAP_RE = lazy(r"\s(?:in\s|during\s|for\s)?")


def _en_subject_of(cite: str, t: _Term, near: list[Value], values: list[Value], c: int) -> bool:
    """Whether ``t`` is in the English subject of a clause whose verb moves a value of another measure (the holder)
    from one value of the answer's kind to another: fell 1.9 percent from 1.661 million to 1.630 million."""
    h = min(near, key=lambda h: h.start)
    if has_han(cite) or not _EN_CHANGE_BEFORE_RE.search(cite, max(0, h.start - 40), h.start):
        return False
    after = [v for v in values if v.clause == c and v.start >= h.end]
    return len(after) >= 2 and _FROM_BEFORE_RE.search(cite, max(0, after[0].start - 6), after[0].start) is not None


def _bind_clauses(clauses: list[int], values: list[Value], terms: list[_Term], cite: str = "", s_lo: int = 0,
                  holders: Sequence[Value] = ()) -> None:
    """Nearest value in the clause; a clause's classes carry on to later elliptical clauses.

    A clause inherits what it lacks only when it says nothing of its own besides
    its value (同比增长4.9%, "and 14% in asia"); a clause with words of its own
    (1949年赴美国求学, 资产:) starts afresh for items and metrics.
    """
    # A value of another measure holds the item words of its clause nearer to it than to any value
    # of the answer's kind (About 3 seconds prior to impact, … 103 knots: impact is the seconds').
    if holders:
        # (beside scores, a count's clause holds its period too: 过去14次交锋 is no period of the score)
        scores = all(v.key[1] == "score" for v in values)

        def held(t: _Term) -> bool:
            c = _index(clauses, t.start)
            near = [h for h in holders if h.clause == c]
            if near and t.cls in _ITEM_CLASSES and (han_at(cite, t.start) or _en_subject_of(cite, t, near, values, c)) \
                    and all(t.end <= w.start for w in [*near, *values] if w.clause == c):
                # (中小板指数跌0.35%至9071.83点: the subject opening a Chinese clause is each of its values'; so is an
                # English one of a change and the levels it went from and to: numbers on the suburban routes fell 1.9
                # percent from 1.661 million in 2012 to 1.630 million)
                return False
            # (a clause with no value of the kind keeps its words for the elliptical clause after it:
            # 实现营业利润1.06万亿元,同比增长24% — the 24% is operating profit's growth)
            return bool(near) and (t.cls in _ITEM_CLASSES or t.cls == "period" and scores) and min(_distance(cite, t, h) for h in near) < min(
                (_distance(cite, t, v) for v in values if v.clause == c), default=-1 if han_at(cite, t.start) else 10**6)
        terms = [t for t in terms if not held(t)]
    context: dict[str, list[_Term]] = {}
    lo_all = min(v.start for v in values)
    hi_all = max(v.end for v in values)
    # (a clause with neither values nor words, outside the values' reach, changes nothing: only the clauses
    # from 80 characters before the values to their end are walked, not every clause of the cite per sentence)
    order = sorted({v.clause for v in values} | {_index(clauses, t.start) for t in terms}
                   | set(range(bisect_left(clauses, lo_all - 80), bisect_right(clauses, hi_all))))
    values_of: dict[int, list[Value]] = {}
    for v in values:
        values_of.setdefault(v.clause, []).append(v)
    terms_of: dict[int, list[_Term]] = {}
    for t in terms:
        terms_of.setdefault(_index(clauses, t.start), []).append(t)
    labelled = False
    last: list[Value] = []
    first = min(v.clause for v in values)
    # Words before a sentence's first value (Excluding the extra week, …; 一季度，)
    # qualify the clause that states it, whatever that clause's own words.
    leading = [t for t in terms if s_lo <= t.start < clauses[first] and t.cls in _ITEM_CLASSES]
    leading_en = bool(leading) and _EN_FRAME_RE.fullmatch(cite, s_lo, clauses[first]) is not None
    trailing: list[_Term] = []
    titled: list[_Term] = []
    titled_end = 0
    for c in order:
        lo = clauses[c]
        hi = clauses[c + 1] if c + 1 < len(clauses) else len(cite)
        mine = values_of.get(c, [])
        own = [t for t in terms_of.get(c, ()) if lo <= t.start < hi]
        if titled and mine and _titled_subject(cite, s_lo, titled_end, lo):
            # "Four Pink Marilyns (Reversal Series) (1986) sold for $4.5m", 'as did a Lucio Fontana "Concetto Spaziale,
            # Attese" for $16.15 million': a title cut by its brackets or a comma inside its quotes is the subject of the
            # clause that follows them
            for v in mine:
                for t in titled:
                    _attach(v, t)
        if mine:
            titled = []
        elif own and all(t.cls in _ITEM_CLASSES for t in own) and not _DIGIT_RE.search(cite, lo, hi):
            # (a title's words; its bracketed gloss adds to them)
            if cite[lo:lo + 1] != "(" or titled:  # (a bracket right after a value glosses that value: 1月27日(正月初六))
                titled = titled + own if cite[lo:lo + 1] == "(" else own
                titled_end = hi
        elif titled and cite[lo:lo + 1] == "(":
            titled_end = hi
        if own and not mine and cite[lo:lo + 1] == "(" and last and (
                _BRACKET_AFTER_VALUE_RE.fullmatch(cite, last[-1].end, lo) or _DIGIT_RE.search(cite, lo, hi)):
            # "X (2021年)", "$30.6 million ($1.52 per diluted share)": a bracket
            # with no value of the kind describes the value just before it.
            for t in own:
                _attach(last[-1], t)
            continue
        if mine:
            last = mine
            trailing = []
        elif last:  # (not a comparison's base, 比去年同期低2.4个百分点: the period a change of another kind is against)
            # (nor the span a clause counts, 终结过去连续六年赤字: its period words are that span's)
            trailing += [t for t in own if t.cls == "period" and not _BASE_WORD_BEFORE_RE.search(cite, max(0, t.start - 3), t.start)
                         and not _COUNTED_SPAN_RE.match(cite, t.end, hi)]
        if c == first or mine and leading_en and _WEAK_RE.match(cite, lo):
            # (an English frame set off before a sentence's first clause, As compared to the rates we were using in
            # August, heads each clause coordinated with it by and / while / but, not the items of a comma list)
            for t in leading:
                # the clause's own metric or role outweighs a leading one; question
                # words (Year-over-year, …) qualify it whatever its own words
                if t.cls not in {o.cls for o in own} or t.cls == "entity" and t.ident not in {o.ident for o in own}:
                    for v in mine:
                        _attach(v, t)
        if not own and not mine and not (lo_all - 80 <= lo <= hi_all):
            continue
        classes = {t.cls for t in own}
        for t in own:
            pool = _aside_values(cite, t, mine) if mine else []
            if pool:
                near = min(pool, key=lambda v: (_distance(cite, t, v), v.start < t.start))
                if t.cls == "when" and near.start >= t.end and _TO_NEXT_VALUE_RE.fullmatch(cite, t.end, near.start):
                    # (from 0.925 million in 2018 to 0.903 million last year: "to" opens the next value's phrase, so
                    # the period right after the value "from" leads to dates that value)
                    before = [v for v in pool if v.end <= t.start]
                    if before and _FROM_BEFORE_RE.search(cite, max(0, before[-1].start - 6), before[-1].start) \
                            and _IN_GAP_RE.fullmatch(cite, before[-1].end, t.start):
                        near = before[-1]
                if t.cls == "when" and _revised_from(cite, t, near):
                    continue
                if t.cls == "period" and t.ident == "prior" and _BASE_INTRODUCER_RE.fullmatch(cite, t.start, t.end):
                    # (the base a comparison introduces is the value after it, past a few words: compared with an
                    # average of 7 per cent)
                    level = _FROM_LEVEL_RE.match(cite, t.end)
                    near = next((v for v in mine if t.end < v.start < level.end()), near) if level else near
                before = [v for v in mine if v.end <= t.start]
                if before and before[-1] is not near and _ITEM_AFTER_RE.fullmatch(cite, before[-1].end, t.start):
                    near = before[-1]  # (7 hours of video playback, $599 for an 8 gb edition: the item after 'of'/'for' is its value's)
                after_t = [v for v in mine if v.start >= t.end]
                if after_t and near.end <= t.start and _LEADS_INTO_RE.fullmatch(cite, t.end, after_t[0].start) \
                        and _LINKED_AFTER_RE.fullmatch(cite, near.end, t.start):
                    near = after_t[0]  # (increased to $705 million before finally coming in at $688 million: the words lead into the next)
                if after_t and near.end <= t.start and t.cls in _ITEM_CLASSES and han_at(cite, t.start) \
                        and _ZH_ITEM_OPENED_RE.fullmatch(cite, near.end, t.start) and _ZH_ITEM_RUN_RE.fullmatch(cite, t.end, after_t[0].start):
                    near = after_t[0]  # (花莲县6强、宜兰与苗栗5强、台中、彰化…台北5弱: a name after a value's 、 opens the next item, its value after it)
                _attach(near, t)
                if near.end <= t.start:  # (12:0的开局: what follows a score is its first side's too)
                    for w in mine:
                        if w.end < near.start and _SCORE_SIDES_RE.fullmatch(cite, w.end, near.start) and ":" in cite[w.end:near.start]:
                            _attach(w, t)
        for v, t in _clause_subject(cite, mine, own):
            _attach(v, t, beside=False)
        elliptical = _elliptical(cite, lo, hi, mine, own) or labelled
        for v in mine:
            v.named = not elliptical
        # (… soared to 101 degrees at New York City, 102 degrees at Boston, and 104 …: a list item of a value and its
        # place, no verb of its own, keeps the subject the first item's verb had before its value)
        item = bool(mine) and "entity" in context and _EN_LIST_ITEM_RE.fullmatch(cite, lo, hi) is not None
        for cls, inherited in context.items():
            if item and cls == "entity" and cls in classes:
                subject = [t for t in inherited if t.start < min((v.start for v in values if v.clause == _index(clauses, t.start)),
                                                                 default=t.start)]
                for v in mine:
                    for t in subject:
                        _attach(v, t)
                continue
            if cls in classes and not (cls == "entity" and elliptical and mine and _goes_on(cite, lo)) \
                    or (cls in _ITEM_CLASSES and not elliptical):
                continue
            if cls == "forecast" and _REFERENCE_OPEN_RE.match(cite, lo):
                continue  # (expects … about 5.5x, compared to a covenant level of 6.25x: the reference is no forecast)
            if cls == "period" and not has_han(cite[lo:hi]) and any(t.cls == "when" and t.ident.split(",")[0] for t in own):
                continue  # (from last year's 2.9% to 2.5% this year, and further to 1.7% in 2020: a year of its own is no last year)
            if cls == "forecast" and any(t.cls == "period" for t in own) and not _FUTURE_MARK_RE.search(cite, lo, hi):
                continue  # (预计明年销量将达到150万辆,今年销量为120万辆: a clause of this or last year states what is)
            for v in mine:
                for t in inherited:
                    _attach(v, t)
        for cls in classes:
            if cls != "when" and cite[lo:lo + 1] == "(" and cite[lo:hi].rstrip().endswith(")") and (mine or _DIGIT_RE.search(cite, lo, hi)):
                # (… $3.1m (hammer $2.5m/est $2m), and Flowers sold for …: the words of a bracket holding a figure are
                # its figure's and end with it; a bracket of words alone, or a date, glosses what stands before it: last night
                # (11 November))
                continue
            if cls == "forecast" and not mine and all(t.ident == "actual" for t in own if t.cls == cls):
                continue  # (投资不如预期,…: a clause judged against expectations says nothing of later values)
            if cls == "when" and han_at(cite, lo) and all(_BASE_LEAD_RE.match(cite, lo) for t in own if t.cls == cls):
                continue  # (较第2季的35%略增,…: the base's period is no later clause's)
            if cls == "when" and mine and all(any(_POSSESSED_VALUE_RE.fullmatch(cite, t.end, v.start) for v in mine)
                                              for t in own if t.cls == cls):
                context.pop(cls, None)
                continue  # (from the first quarter's 386,810 deliveries, but …: one value's own period dates no other)
            if cls == "period" and _in_aside(cite, lo):
                continue  # (Dressel, who won seven world titles two years ago, touched home …: an aside's period is its own)
            if cls == "period" and mine and han_at(cite, lo) and _COMPARATOR_RE.match(cite, lo):
                continue  # (…3.82%,优于先前预期的3.77%,明年则是3.08%: the period of what a value is set against is that value's)
            if cls == "when" and all(_since_clause(cite, t) for t in own if t.cls == cls):
                context.pop(cls, None)
                continue  # (since he won the 2008 final …, X won the heat in 9.96: a span's start dates no later clause)
            # (… 309,000 units — just below its initial 350,000 units forecast — with 272,000 …, 37,000 in album sales:
            # the words of an aside set off by dashes are its own, and carry to no later clause)
            carried = [t for t in own if t.cls == cls and not _in_dash_aside(cite, t.start)]
            if carried and not mine and cls in _ITEM_CLASSES and cls in context and _APPOSITION_CLAUSE_RE.fullmatch(cite, lo, hi) \
                    and not _OWN_VERB_RE.search(cite, lo, hi):
                # (Weekday ridership, the line's primary target, was up 17 percent: an apposition set off by commas
                # glosses the subject before it, whose words it adds to, and replaces none of them)
                carried = [*context[cls], *carried]
            if carried:
                context[cls] = carried
        # "field: value" — a clause of words ending in a colon names what follows it.
        labelled = not mine and cite[lo:hi].rstrip().endswith(":")
        if not elliptical:
            for cls in _ITEM_CLASSES:
                if cls not in classes:
                    context.pop(cls, None)
    # A period named after the last value (…, compared to $22.5 million reported in
    # the year ago period.) describes the value before it: nothing follows to take it.
    for t in trailing:
        for v in last:
            _attach(v, t)
    if cite:
        _continued_subject(cite, clauses, values, [*leading, *terms], first)
        _parallel_metrics(cite, clauses, values, [*leading, *terms], first)
        _leading_frame(cite, clauses, values, leading, s_lo, first)


# A clause that is an apposition: a noun phrase opening with a determiner or an owner, set off by commas.
_APPOSITION_CLAUSE_RE = lazy(r"[,\s]*(?:the|its|their|his|her|a|an)\s(?:[a-z][a-z'’-]*\s?){1,5},?\s?")


# A relative clause set off by commas within one sentence (, who won seven world titles two years ago,).
_RELATIVE_ASIDE_RE = lazy(r",\s(?:who|whom|whose|which|where)\s[^,;.!?]*,", needs=("wh",))


_DASH_ASIDE_RE = lazy(r"\s?[—–]\s?[^—–;.!?。;!?]*[—–]|\s--\s[^;.!?]*?\s--\s", needs=("—", "–", "--"))


def _in_dash_aside(cite: str, at: int) -> bool:
    """Whether ``at`` lies inside an aside set off by a pair of dashes (— just below its forecast —)."""
    if "—" not in cite and "–" not in cite and "--" not in cite:
        return False  # (read for every term of every clause: most cites have no dash)
    return any(m.start() <= at < m.end() for m in _DASH_ASIDE_RE.finditer(cite, max(0, at - 200), at + 200))


def _aside_values(cite: str, t: _Term, mine: list[Value]) -> list[Value]:
    """The values a term of the clause may describe: where the term stands in an aside set off by dashes that holds a
    figure of its own, only the values inside it (— short of its 45,000 forecast — with 12,000 …: the forecast is the
    45,000's, and no value's after the aside, even where the 45,000 is no value of the answer's kind)."""
    if "—" not in cite and "–" not in cite and "--" not in cite:
        return mine
    for m in _DASH_ASIDE_RE.finditer(cite, max(0, t.start - 200), t.start + 200):
        if m.start() <= t.start < m.end():
            if not _DIGIT_RE.search(cite, m.start(), m.end()):
                return mine
            return [v for v in mine if m.start() <= v.start and v.end <= m.end()]
    return mine


def _in_aside(cite: str, at: int) -> bool:
    """Whether the clause at ``at`` lies inside a relative clause set off by commas."""
    return any(m.start() <= at < m.end() for m in _RELATIVE_ASIDE_RE.finditer(cite, max(0, at - 200), at + 200))


_SCORE_SIDES_RE = lazy(r"\s?[:比-]\s?")
# A period's possessive glued to the value after it (the first quarter's 386,810, last year's $5 million): that value's.
_POSSESSED_VALUE_RE = lazy(r"['’]s\s(?:[$€£¥]|us\$)?")
# An item named after its value by 'of' or 'for' ("7 hours of video playback", "$599 for an 8 GB edition"):
# from the value (and its unit word) through 'of'/'for' to the item, with no list break ('or', 'and', a comma) between.
# A clause linked after a value (before, then, and) whose words run into the next value through its preposition
# (before finally coming in at $688 million): its words are the next value's, not the one before the link.
_LEADS_INTO_RE = lazy(r"(?:\s[a-z-]+){0,3}\s(?:at|to)\s(?:about\s|around\s|nearly\s|some\s)?")
_LINKED_AFTER_RE = lazy(r",?\s(?:before|after|then|and then|and|only to)\s")
_ITEM_AFTER_RE = lazy(r"\s?(?:[a-z]+\s)?(?:of|for)\s(?:(?!\s(?:or|and|but|while)\s)[^,;:.()\d])*")


def _clause_subject(cite: str, mine: list[Value], own: list[_Term]) -> list[tuple[Value, _Term]]:
    """The subject opening a Chinese clause (辽宁队4人得分超过20分) is each of its values', not only the
    nearest's, up to a list separator or another of the question's words (甲省2.3%、乙省3.6%)."""
    if len(mine) < 2 or not cite or not has_han(cite[mine[0].start - 1:mine[0].start] + cite[mine[0].end:mine[0].end + 1]):
        return []
    first = min(v.start for v in mine)
    out = []
    for t in own:
        if t.cls not in _ITEM_CLASSES or not t.asked or t.end > first:
            continue
        for v in mine:
            if any(t.end <= o.start and o.end <= v.start and o is not t and o.cls in _ITEM_CLASSES for o in own) or any(
                    w.end < v.start and _SCORE_SIDES_RE.fullmatch(cite, w.end, v.start) for w in mine):
                continue  # (the second side of a score, 88:81, is the first's value)
            if not _ITEM_SPLIT_RE.search(cite, t.end, v.start) and t.ident not in v.terms.get(t.cls, ()):
                out.append((v, t))
    return out


# The words that carry a Chinese sentence's subject, with all its describing words, on to a later
# clause (并损失了25亿美元, 同时…). Not also/还/也: they say the same of the subject with other words
# of its own (也是…第七十四次飞行 is no longer the first clause's 连续第八次). people._ZH_GOES_ON_RE differs
# on purpose: it carries only the actor, a person, and 也/还/又 keep the actor while changing the deed.
# (a clause opening with the coverb 对, 对 3 月 PPI 同比增速预测中值为…, has no subject of its own: the
# one who forecasts, states or does it is the sentence's)
# (but not one naming a market of its own trade, 同时对美出口占比为29.5%, 对陆港出口…: exports to a place are an item)
_GOES_ON_RE = lazy(r"\s?(?:并且|并|同时|另?对(?!比|象|手|方|外|应|话|称|面|岸|峙|立|抗|接|齐|折|半|口|号))"
                   r"(?!\s?对[\u3400-\u9fff]{1,6}?(?:出口|进口|出超|入超)|(?<=对)[\u3400-\u9fff]{1,6}?(?:出口|进口|出超|入超))")
# A clause opening with a comparison, or with the rate of what the clause before states (增速比上月末高0.1个百分点,
# 比去年同期低1.6个百分点), says how that subject's rate moved: it goes on with the subject.
# (a clause opening with 比/较 alone goes on only after one that opened with the rate, or with a move in points: the
# comparisons of a rate's move)
_MOVE_OPENING_RE = lazy(r"\s?(增速|增幅|降幅|涨幅|跌幅)?\s?(?:比|较)(?![例重率较])")


_DIGIT_RE = lazy(r"\d")
# A code in brackets after a name (联发科(2454), 招商银行(600036)) is part of the name, not a figure.
_CODE_RE = lazy(r"\(\d{3,6}(?:\.[a-z]{2})?\)", needs=')')
# The verbs a Chinese clause opens with when it says more of the subject before it (恢复至疫前同期的70.1%)
_VERB_OPENING_RE = lazy(r"\s?(?:恢复|占|相当于|达到|达|为|是|约为)", needs=('为', '占', '恢', '是', '相', '达'))


def _in_points(v: Value) -> bool:
    return isinstance(v.key, tuple) and len(v.key) > 1 and v.key[1] == "pp"


def _goes_on(cite: str, lo: int) -> bool:
    """Whether a Chinese clause opens with its verb, so that its own words (恢复至疫前同期) add to the
    subject it carries on (全国国内旅游出游…人次) rather than replace it."""
    return han_at(cite, lo) and _VERB_OPENING_RE.match(cite, lo) is not None


def _leading_frame(cite: str, clauses: list[int], values: list[Value], leading: list[_Term], s_lo: int, first: int) -> None:
    """A Chinese clause of words before a sentence's first value, ended by a comma and holding no figure
    of any kind (欧美市场需求同样强劲,), frames every value of the sentence: the things it names (欧美市场)
    are each value's, so a question naming only them cannot choose. A clause that holds a figure
    (第二季毛利率为41.2%,), or one a bracket or colon ends (威华股份(, 如下:), is the next value's own."""
    if not has_han(cite[s_lo:clauses[first]]):
        return
    for t in leading:
        c = _index(clauses, t.start)
        lo, hi = clauses[c], clauses[c + 1]
        code = _CODE_RE.match(cite, hi)  # (联发科(2454)公布第三季财报,: a name's code is part of its clause)
        if code and c + 2 < len(clauses) and clauses[c + 2] == code.end():
            hi = clauses[c + 3] if c + 3 < len(clauses) else len(cite)
        if t.cls not in ("entity", "metric") or not t.asked or cite[hi - 1] not in ",，" or _DIGIT_RE.search(_CODE_RE.sub("", cite[lo:hi])):
            continue  # (a metric too: 从产品营收比重来看, frames every product's share)
        for v in values:
            if t.ident not in v.terms.get(t.cls, ()):
                _attach(v, t, beside=False)


def _continued_subject(cite: str, clauses: list[int], values: list[Value], terms: list[_Term], first: int) -> None:
    """What frames a Chinese sentence's first value — the words before its value in its own clause
    (北京队外援利夫拿下…27分) and the frame before that clause (此役,) — frames each later clause that
    says it goes on with the same subject (并得到7次助攻), until a clause does not: a clause that
    names its own subject (同曦队的西热力江送出…) starts afresh, and the clauses after it are its."""
    head = [v for v in values if v.clause == first]
    if not head or not has_han(cite[clauses[first]:head[0].start]):
        return
    subject = [t for t in terms if t.asked and t.cls in _ITEM_CLASSES and t.end <= head[0].start
               and not any(v.start < t.end and t.start < v.end for v in values)]
    _carry_subject(cite, list({id(t): t for t in subject}.values()), [v for v in values if v.clause > first])


# A clause of a bare noun and its value (,支出1872亿; ,录得亏蚀1517亿): a metric set beside the first clause's.
_LINK_BEFORE_VALUE = "是为达至到了约逾超近和及与在有于"
# (同比少减452亿, 同比增加35万: a change against a base, read as the clause before it by _bind_clauses, no metric beside it)
_CHANGE_NOUN_RE = lazy(r"同比|环比|同期|较|比|[增减升降涨跌]")
_BARE_NOUN_CLAUSE_RE = lazy(r"[,，]\s?(?:录得|实现|共|则)?([\u4e00-\u9fff]{1,4})\s?\Z")
# The verb of a move or a close right before a first clause's value (鸿海涨5元, 台积电终场收1375元): the subject is
# the words before it, and the clauses after it that set bare metrics beside it (,收221元,成交额227.07亿元) are its.
_LEAD_VERB_RE = lazy(r"(?:[上下小大]?[涨跌]|收(?:在|于|报|盘)?)\s?\Z", needs=("涨", "跌", "收"))


def _parallel_metrics(cite: str, clauses: list[int], values: list[Value], terms: list[_Term], first: int) -> None:
    """A Chinese sentence that names its subject once and then sets metrics side by side, each a clause of a bare noun
    and its value (非经营帐目收入355亿,支出1872亿,录得亏蚀1517亿; 乙公司营收8亿元,净利1亿元), is about that subject in each:
    the subject's words before the first clause's own noun (the two characters right before its value) are each later
    clause's, up to the first clause that is not a bare noun and its value. A later clause that repeats the first
    one's noun (甲县人口50万,乙县人口38万) sets another subject beside it, and takes nothing."""
    head = sorted((v for v in values if v.clause == first), key=lambda v: v.start)
    if not head or not han_at(cite, head[-1].start - 1):
        return
    lo0, h0 = clauses[first], head[-1]  # (the value ending the clause: 【01政策分析】…收入6533亿)
    verb = _LEAD_VERB_RE.search(cite, max(lo0, h0.start - 3), h0.start)
    edge = verb.start() if verb else h0.start - 2
    subject = [t for t in terms if t.asked and t.cls in _ITEM_CLASSES and lo0 <= t.start and t.end <= edge
               and not any(v.start < t.end and t.start < v.end for v in values)]
    if not subject:
        return
    noun0 = verb.group().strip() if verb else cite[h0.start - 2:h0.start]
    if noun0[-1] in _LINK_BEFORE_VALUE:  # (回落至约25万票, 最低是5.2%: a verb's value, no noun's)
        return
    prev_end = h0.end
    for c in sorted({v.clause for v in values if v.clause > first}):
        mine = sorted((v for v in values if v.clause == c), key=lambda v: v.start)
        m = _BARE_NOUN_CLAUSE_RE.search(cite, prev_end, mine[0].start)
        if not m or m.start() != prev_end or m[1].endswith(noun0) or m[1][-1] in _LINK_BEFORE_VALUE or _CHANGE_NOUN_RE.search(m[1]) \
                or _DIGIT_RE.search(cite, prev_end, mine[0].start):
            return
        for v in mine:
            for t in subject:
                _attach(v, t, beside=False)
        prev_end = mine[-1].end


def _carry_subject(cite: str, subject: list[_Term], later: list[Value], whens: Sequence[_Term] = (),
                   metrics: Sequence[int] | None = None) -> None:
    """The one way a Chinese sentence's subject reaches its later clauses (the subject before a head
    period, and the words before a sentence's first value): each later clause, in order, that goes on
    with it takes it, until one names its own subject; the clauses after that one are its own.

    A clause goes on when it opens with 并/同时 (``_GOES_ON_RE``). Under a head period (``metrics``
    given: where the sentence's metrics start) a clause with no words of its own before its first
    metric or value (营业利润增长22%, 实现营业利润…) goes on too: the head names the subject of the
    whole sentence. Without one, such a clause takes only what the clause before it says (the
    elliptical context of ``_bind_clauses``), not the first clause's words. A later clause dated by
    a period of its own (而第一财季…) keeps its own period words."""
    if not subject:
        return
    clauses: dict[int, list[Value]] = {}
    for v in sorted(later, key=lambda v: v.start):
        clauses.setdefault(_clause_start(cite, v.start), []).append(v)
    moving = False
    for lo, mine in clauses.items():
        v0 = mine[0]
        opening = min([m for m in metrics or () if lo <= m < v0.start], default=v0.start)
        move = _MOVE_OPENING_RE.match(cite, lo)
        moving = bool(move and (move[1] or moving or _in_points(v0)))
        if not _GOES_ON_RE.match(cite, lo) and not moving and (
                metrics is None or _SUBJECTLESS_RE.match(cite, lo, opening).end() < opening):
            return  # a subject of its own: the clauses after it are its
        dated = any(lo <= w.start < v0.start for w in whens)
        goes = _GOES_ON_RE.match(cite, lo)
        # (after 对, only the words before the first clause's own 对 are the subject; the rest is its object)
        kept = [t for t in subject if "对" in cite[t.end:lo]] if goes and goes[0].endswith("对") else subject
        for v in mine:
            for t in kept:
                if not (dated and any(w.start <= t.start < w.end or t.start <= w.start < t.end for w in whens)):
                    _attach(v, t, beside=False)


_RESIDUE_DROP_RE = compile_pattern(r"[\s,.:;()、\"'!?。-]+|\b(?:the|a|an|in|of|for|at|on|to|by|was|were|is|are|and|or|while)\b")


# Words that add nothing to what a value belongs to: 同比增长4.9%, 约达, 为.
_BASE_WORD_RE = compile_pattern(r"相比|相较|较|(?<!占)比(?![例重率])|(?<=月)份")
# (有 and 只有 / 仅有 / 共有 before a count are the verb of being there: 去年有2次,前年只有1个 says only its period)
_FILLER_RE = compile_pattern(r"同比|环比|同期|分别|约|达到|达|为|是|了|的|其中|共计|合计|[只仅共]?有|by|about|approximately|nearly|some|only"
                        r"|more|less|higher|lower|greater|fewer")


def _elliptical(cite: str, lo: int, hi: int, mine: list[Value], own: list[_Term]) -> bool:
    """Whether a clause says nothing besides its values and table words (同比增长4.9%)."""
    if not cite:
        return True
    if mine:  # the base of a comparison after the value (up 13.8% from those reported …) says nothing of its item
        end = max(v.end for v in mine)
        starts = [m.start() for m in (_BASE_RE.search(cite, end, hi), _ABOVE_RE.match(cite, end)) if m]
        hi = min(starts, default=hi)
    chars = list(cite[lo:hi])
    # (a value's counter written after it is the value's: 上涨70.49点)
    # and so is one Han character that ends the clause after it (上涨70.49点,)
    spans = [(v.start, v.end + len(v.measure) if v.measure and has_han(v.measure) and cite.startswith(v.measure, v.end)
              else v.end + 1 if han_at(cite, v.end) and (v.end + 1 >= hi or cite[v.end + 1] in _CLAUSE_END + _SENTENCE_END)
              else v.end) for v in mine]
    # (each span blanked as one slice of the clause's characters, not character by character)
    for a, b in spans + [(t.start, t.end) for t in own if t.cls not in _ITEM_CLASSES[1:]]:
        a, b = max(a, lo), min(b, hi)
        if a < b:
            chars[a - lo:b - lo] = " " * (b - a)
    table = _table_terms(cite)  # (in order and apart: only those from the clause's start, not the whole cite's)
    for a, b, cls, _ in table[bisect_left(table, (lo,)):bisect_left(table, (hi,))]:
        if cls in _ITEM_CLASSES[1:] or b > hi:  # 船舶 or revenue: the clause names its own item
            continue
        chars[a - lo:b - lo] = " " * (b - a)
    # 年减, from a year earlier, 较/比 before a base, the 份 of 9月份: words of a base or a period, no item
    based = []
    for m in (*_RELATIVE_BASE_RE.finditer(cite, lo, hi), *_BASE_WORD_RE.finditer(cite, lo, hi)):
        chars[m.start() - lo:m.end() - lo] = " " * (m.end() - m.start())
        if has_han(m.group()):
            based.append(m.end())
    if based:  # (比2023年同期下降14.2%: the date a Chinese base names is the base's, no item of the clause)
        periods = _periods(cite)  # (sorted: only the periods starting right after a base word, not every one of the cite)
        for e in based:
            for a, b, _ in periods[bisect_left(periods, (e,)):bisect_left(periods, (e + 2,))]:
                if lo <= a and b <= hi:
                    chars[a - lo:b - lo] = " " * (b - a)
    rest = _FILLER_RE.sub(" ", _RESIDUE_DROP_RE.sub(" ", "".join(chars))).split()
    return not [w for w in rest if len(w) > 1 or not w.isascii()]


def _distance(cite: str, t: _Term, v: Value) -> int:
    """How far a word stands from a value, a list separator between them counting as three
    characters: in 第二局张育成、第六局郑宗哲 each name is its own item's."""
    gap = _gap(t, v)
    if cite and gap:
        a, b = (t.end, v.start) if t.end <= v.start else (v.end, t.start)
        starts = _split_starts(cite)  # (searched only from where a separator can start: a long cite's gaps are long)
        k = bisect_left(starts, a)
        if k < len(starts) and starts[k] < b and _ITEM_SPLIT_RE.search(cite, starts[k], b):
            gap += 3
        if "(" in cite[a:b]:  # (a code in brackets glosses its name: 宏碁(2353)7861张 is as near as 宏碁7861张)
            gap -= sum(m.end() - m.start() for m in _CODE_BRACKET_RE.finditer(cite, a, b))
    return gap


def _gap(t: _Term, v: Value) -> int:
    if t.end <= v.start:
        return v.start - t.end
    if v.end <= t.start:
        return t.start - v.end
    return 0


# 及其 (家具及其零件, furniture and its parts) joins a thing with its parts: one item; 及其他 (…及其他业务, and the
# other businesses) joins one more item.
# 和/与/及/以及 join items only between two Chinese characters, letters or digits:
# tested in _item_splits, as the class [\u3400-\u9fff] costs a millisecond to compile.
_SENTENCE_BREAK_RE = compile_pattern(r"[。!?;,:]|\.\s")
_ITEM_SPLIT_RE = compile_pattern("|".join("及(?!其(?!他))" if m == "及" else m for m in ZH_LIST_MARKS)
                            + r"|,(?!(?<=\d,)\d{3}(?!\d))\s?|\s(?:and|&)\s|(?<=》)(?=《)")  # (not 821,000's comma)
_SPLIT_START_RE = compile_pattern("[" + "".join({m[0]: 0 for m in ZH_LIST_MARKS}) + r",]|\s(?=[a&])")  # where a match of _ITEM_SPLIT_RE can start


@lru_cache(maxsize=1024)
def _split_starts(cite: str) -> tuple[int, ...]:
    """Every offset of ``cite`` where an item separator can start, ascending (kept per cite:
    ``_distance`` asks for each word and value of a clause)."""
    return tuple(m.start() for m in _SPLIT_START_RE.finditer(cite))


def _joins(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff" or "a" <= c <= "z" or "0" <= c <= "9"


def _item_splits(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of the list separators in ``text[lo:hi]``, left to right."""
    out = []
    pos, hi = lo, min(hi, len(text))
    while (m := _ITEM_SPLIT_RE.search(text, pos, hi)) is not None:
        a, b = m.span()
        if a == b:  # (《A》《B》: titles written side by side are items with no mark between)
            out.append((a, b))
            pos = b + 1
            continue
        # (a bracket closing an item's abbreviation, 消费者物价指数(cpi)及核心cpi, ends the item as its noun does)
        # (a space may set a Latin word off from the link: cpi 及核心 cpi)
        before = a - 1 - (a > 1 and text[a - 1] == " " and text[a - 2].isascii())
        after = b + (b + 1 < hi and text[b] == " " and text[b + 1].isascii())
        if text[a] in "和与及以" and not (before >= 0 and (_joins(text[before]) or text[before] == ")") and after < hi and _joins(text[after])):
            pos = a + 1  # not between words: look again from the next character
            continue
        out.append((a, b))
        pos = b
    return out


def _list_splits(text: str, lo: int, hi: int, n: int) -> list[tuple[int, int]]:
    """The separators of a list of ``n`` items: where 、 separates the items, a 和/与/及 before the
    last 、 is inside an item (其他用品和服务、医疗保健、…), and one after it joins the last two items
    only if the list needs it to make ``n`` items (…、衣着、生活用品及服务价格分别上涨…). When
    neither reading makes ``n`` items, every separator counts."""
    splits = _item_splits(text, lo, hi)
    commas = [s for s in splits if text[s[0]] == "、"]
    if not commas or len(commas) == len(splits):
        return splits
    strong = [s for s in splits if text[s[0]] == "、" or s[0] > commas[-1][0]]
    # (… or only the last of them, where another is inside the item before it: 增值服务、网络广告、金融科技及企业服务业务
    # 及其他业务 is four items)
    last_join = commas + strong[-1:]
    return next((c for c in (strong, last_join, commas) if len(c) + 1 == n), splits)


_CLAUSE_RE = compile_pattern(f"[{clause_marks('item')}]")
_ITEM_TAIL_RE = compile_pattern(r"(?<![a-z0-9.])[0-9]|的|之|在")


@lru_cache(maxsize=1)
def _unit_words() -> frozenset[str]:
    return frozenset(_UNITS)


def _measured_unit(v: Value) -> bool:
    """Whether a figure's unit is one of measure (W, km, t), which names what is measured as a counted noun does; not a
    currency, a share or a change in points."""

    unit = _unit_key(v)
    return bool(unit) and unit not in _CURRENCIES and unit not in ("%", "pp")


def _unit_key(v: Value):
    """A figure's unit (its key is (value, unit)); None for a value keyed otherwise (a name, a date's fields)."""
    return v.key[1] if type(v.key) is tuple and len(v.key) == 2 else None


_ITEM_STOP_RE = lazy(r"(?<![a-z]\.[a-z])(?<!\b[a-z])\.[\"'”’]?\s(?=[a-z])", needs=(".",))


# An "and" joining a second predicate to the subject's first (… more than doubled this trend and have increased …), and
# the first predicate's verb (in -ed, after "more than" or "less than" at most).
_PREDICATE_AND_RE = lazy(r"\sand\s(?:has|have|had|was|were|is|are|[a-z]{3,}ed)\s", needs="and")
_FIRST_PREDICATE_RE = lazy(r"\s(?:(?:more|less)\sthan\s)?[a-z]{3,}ed\s", needs="ed")


def _respectively(cite: str, lo: int, hi: int, values: list[Value], terms: list[_Term], question: str = "") -> bool:
    """Map the listed items to the values by position; False if no list of the right size."""
    values = sorted(values, key=lambda v: v.start)
    n = len(values)
    first, last = values[0].start, values[-1].end
    if n == 2 and _ZH_RANGE_LINK_RE.fullmatch(cite, values[0].end, values[1].start):
        return False  # (4人分别被判3年6个月至7年不等: the two ends of one range, no list of two)
    # Items stand before the values (甲、乙分别为…) or after them (… respectively for A and B).
    spans = []
    head = cite[lo:first]
    k = _RESPECTIVELY_RE.search(head)
    head_end = lo + (k.start() if k else len(head))
    if head.isascii() and (joined := _PREDICATE_AND_RE.search(cite, lo, head_end)) is not None:
        # (launches in the south west of England and Wales more than doubled this trend and have increased 16% and 15%
        # respectively: an "and" joining two predicates ends the subject, whose list is before the first of them)
        verb = list(_FIRST_PREDICATE_RE.finditer(cite, lo, joined.start()))
        if verb:
            head_end = verb[-1].start()
    for region_lo, region_hi in ((lo, head_end), (last, hi)):
        items = _items(cite, region_lo, region_hi, n)
        if items:
            spans = items
            break
    if not spans:
        # a second list after the first (分别增长13.0%、9.8%,快于规模以上工业8.2、5.0个百分点): each run of
        # values joined by 、 pairs with the items by position, as the first does
        runs: list[list[Value]] = [[values[0]]]
        for v, w in zip(values, values[1:]):
            if _UNIT_LIST_RE.fullmatch(cite, v.end, w.start) or _LIST_GAP_RE.fullmatch(cite, v.end, w.start) and _unit_key(v) == _unit_key(w):
                runs[-1].append(w)
            else:
                runs.append([w])
        m = len(runs[0])
        if len(runs) < 2 or m < 2 or any(len(r) != m for r in runs):
            return False
        items = _items(cite, lo, head_end, m)
        if not items:
            return False
        values = [v for r in runs for v in r]
        spans = [span for _ in runs for span in items]
    # an item does not run past a full stop (… the remake of "straw dogs." both had tepid openings of …)
    spans = [(a, m.start() + 1 if (m := _ITEM_STOP_RE.search(cite, a, b)) else b) for a, b in spans]
    for v, (a, b) in zip(values, spans):
        v.label = cite[a:b].strip()
    # 美、日…分别: a list of one-character names abbreviates them (美国, 日本); the
    # question's name that starts with the character names that item.
    if all(b - a == 1 and han_at(cite, a) for a, b in spans):
        for v, (a, b) in zip(values, spans):
            words = {m.group() for m in re.finditer(re.escape(cite[a]) + r"[\u3400-\u9fff]", question)}
            if words - _unit_words():  # 日本, not the 美 of 美元
                _attach(v, _Term(a, b, "entity", cite[a], True))
    for t in terms:
        # a term that starts inside an item belongs to it (农业机械进口 over the item 农业机械)
        where = [i for i, (a, b) in enumerate(spans) if a <= t.start < b]
        if not where and t.cls != "period" and has_han(t.ident):
            # a name written again outside the list (新界西北周浩鼎胜选, …周浩鼎和李慧琼…分别) is the item that
            # writes it, not every item's
            where = [i for i, (a, b) in enumerate(spans) if t.ident in cite[a:b]]
            where = where if len(where) == 1 else []
        targets = [values[i] for i in where] if where and t.cls != "period" else values
        if len(where) == 1 and spans[where[0]][0] < t.start < spans[where[0]][1] and han_at(cite, t.start):
            targets = _shared_head(cite, spans, where[0], t, values) or targets
        for v in targets:
            _attach(v, t)
    return True


def _shared_head(cite: str, spans: list[tuple[int, int]], i: int, t: _Term, values: list[Value]) -> list[Value]:
    """The items a term starting inside item ``i`` of a Chinese list (not at its start) describes when
    it is the list's head written once after the last item: one running on past the item into the head
    (城镇居民、农村居民人均可支配收入: 居民人均可支配收入) is every item's that ends as it does (城镇居民);
    one ending the last item (水产品、鲜果、粮食价格: 价格), found in no other, is every item's."""
    a, b = spans[i]
    part = cite[t.start:min(t.end, b)]
    if t.end > b:
        return [v for v, (x, y) in zip(values, spans) if cite[x:y].endswith(part)]
    if i == len(spans) - 1 and t.end == b and not any(part in cite[x:y] for x, y in spans[:-1]):
        return list(values)
    return []


_PAIR_LINK_RE = lazy(r"\s?(?:、|和|与|及|以及)\s?")
# A compound of one-character names and their count (沪深两市, 中美两国, 京津冀三地): a list of its characters.
_COMPOUND_RE = lazy(r"([\u3400-\u9fff]{2,4})(两|二|三|四)(?:市|国|地|省|岸|方|队|家|所)")
_COUNT_OF = {"两": 2, "二": 2, "三": 3, "四": 4}
_TOTAL_OPEN_RE = lazy(r"\s?(?:两者|二者|三者)?(?:总量|合计|共计|总计|总额)")


def _compound_items(cite: str, lo: int, hi: int, values: list[Value], terms: list[_Term], question: str) -> None:
    """沪深两市…分别成交5469亿元和6992亿元: a compound naming its items by one character each, with their
    count, before 分别 is that many items; the values right after 分别 map to them by position (the
    question's 深市 is the second's), and the words the compound and the verb share are each value's."""
    k = _RESPECTIVELY_RE.search(cite, lo, hi)
    c = None
    for c in _COMPOUND_RE.finditer(cite, lo, k.start()):
        pass
    if c is None:
        return
    # (the count says how many characters before it are the names: 上月中美两国 names 中 and 美)
    m = _COMPOUND_RE.match(cite, c.start(2) - _COUNT_OF[c[2]], c.end())
    if m is None or not all(han_at(cite, i) for i in range(m.start(1), m.end(1))):
        return
    run = [v for v in values if v.start >= k.end()][:len(m[1])]
    if len(run) != len(m[1]) or not all(_PAIR_LINK_RE.fullmatch(cite, v.end, w.start) and _unit_key(v) == _unit_key(w)
                                        for v, w in zip(run, run[1:])):
        return
    # a total after the run (,总量超过1.2万亿元) sums its items: what they share is its too
    totals = [v for v in values if v.start > run[-1].end and _TOTAL_OPEN_RE.match(cite, _clause_start(cite, v.start))]
    for v in totals:
        for t in terms:
            if t.cls in _ITEM_CLASSES and m.start() <= t.start < run[0].start and not m.start(1) < t.start < m.end(1):
                _attach(v, t, beside=False)
    for i, v in enumerate(run):
        a = m.start(1) + i
        if any(w.group() not in m[0] for w in re.finditer(re.escape(cite[a]) + r"[\u3400-\u9fff]", question)):
            _attach(v, _Term(a, a + 1, "entity", cite[a], True))
        for t in terms:  # (沪深两市, 成交: the compound's and the verb's words are every item's)
            if t.cls in _ITEM_CLASSES and m.start() <= t.start < run[0].start and not m.start(1) < t.start < m.end(1):
                _attach(v, t, beside=False)


# A word made of the first characters of two metrics (产销: 生产 and 销售, 进出口: 进口 and 出口) names
# both: the pairs of values after it map to them by position.
_PAIR_WORD_RE = lazy(r"产销|进出口|收支|存贷|供需|供求|购销|买卖|借还", needs=('产', '卖', '口', '支', '求', '购', '贷', '还', '需'))
_PAIR_VALUES_RE = lazy(r"\s?(?:和|与|及|、)\s?")


def _pair_word(cite: str, lo: int, hi: int, values: list[Value], question: str) -> None:
    """产销分别完成X和Y, 同比分别增长a和b: after a word naming two metrics by a character each, every
    pair of values of one kind joined by 和 (with or without 分别) up to the next such word maps to
    them by position, so the question's 销量 (a word starting with the second character) is Y's and
    b's; one value alone (产销均完成X) is both metrics'."""
    found = list(_PAIR_WORD_RE.finditer(cite, lo, hi))
    for i, m in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else hi
        chars = (m.start(), m.start() + 1)  # (进出口: 进 and 出)
        within = [(x.start(), x.end()) for x in re.finditer(m.group(), question)]  # (the question's own 进出口)
        asked = [any(not any(x <= w.start() < y for x, y in within)
                     for w in re.finditer(re.escape(cite[a]) + r"[\u3400-\u9fff]", question)) for a in chars]
        if not any(asked):
            continue
        own = sorted((v for v in values if m.end() <= v.start < end), key=lambda v: v.start)
        for v, w in zip(own, own[1:]):
            if _PAIR_VALUES_RE.fullmatch(cite, v.end, w.start) and _unit_key(v) == _unit_key(w):
                for cls in _ITEM_CLASSES:  # (the words before the pair are both values')
                    both = (v.terms.get(cls, set()) | w.terms.get(cls, set())) - {cite[a] for a in chars}
                    for x in (v, w):
                        if both - x.terms.get(cls, set()):
                            x.terms.setdefault(cls, set()).update(both)
                for cls, p in v.flags.items():  # (增长a和b: the direction and base before a are b's too)
                    w.flags.setdefault(cls, p)
                if not w.base:
                    w.base, w.base_words = v.base, v.base_words
                shared = {span for span in v.spans + w.spans if span not in {(a, a + 1) for a in chars}}
                v.spans, w.spans = sorted(shared | set(v.spans)), sorted(shared | set(w.spans))
                for x, a, ask in ((v, chars[0], asked[0]), (w, chars[1], asked[1])):
                    if ask:
                        _attach(x, _Term(a, a + 1, "entity", cite[a], True))


# Two values written X/Y (a unit, a bracket's sign between) after two words joined by "and" (average July low and high
# temperatures are 52 °F/66 °F (11 °C/19 °C)): the words pair with the values by position, as a respectively list's
# items do, and a bracketed X/Y right after restates the pair in another unit, by the same position.
_SLASH_PAIR_RE = lazy(r"\s?(?:°\s?[a-z]|[a-z%]{1,3}[23²³]?)?\s?/\s?[-−+]?", needs="/")
_SLASH_RESTATED_RE = lazy(r"\s?(?:°\s?[a-z]|[a-z%]{1,3}[23²³]?)?\s?\(\s?[-−+]?", needs="(")
_WORD_PAIR_RE = lazy(r"(?<![a-z])([a-z]{2,}) and ([a-z]{2,})(?![a-z])", needs="and")


def _conversions(cite: str, clauses: list[int], values: list[Value], holders: Sequence[Value], terms: list[_Term]) -> None:
    """A value in brackets right after a value of another unit (102,775 km² (39,682 sq mi); 66 °F (19 °C)) restates
    it: the question's words of that value's clause, up to it, are its own too. Holders are the other units' values,
    so each value looks back only at the holder ending right before its bracket (a bisect, no scan)."""
    if not holders or "(" not in cite:
        return
    ends = sorted((h.end, i) for i, h in enumerate(holders))
    keys = [e for e, _ in ends]
    for v in values:
        k = bisect_right(keys, v.start) - 1
        if k < 0 or v.start - keys[k] > 12 or not _SLASH_RESTATED_RE.fullmatch(cite, keys[k], v.start):
            continue
        h = holders[ends[k][1]]
        lo = clauses[h.clause] if h.clause < len(clauses) else 0
        for t in terms:
            if lo <= t.start < h.start and t.cls in _ITEM_CLASSES:
                _attach(v, t, beside=False)


def _slash_pairs(cite: str, sentences: list[int], values: list[Value]) -> None:
    """Each value of an X/Y pair keeps the question's word of its own position (low for X, high for Y) and loses the
    other's, where the two words stand joined by "and" in its sentence with no value between them and the pair (but
    the pair it restates in brackets). One pass over the cite's values in order: only slash pairs search back."""
    if "/" not in cite or " and " not in cite:
        return
    ordered = sorted(values, key=lambda v: v.start)
    last_end, words = 0, None  # (the end of the value before the pair; the word pair of the pair it may restate)
    for i, (v, w) in enumerate(zip(ordered, ordered[1:])):
        if _SLASH_PAIR_RE.fullmatch(cite, v.end, w.start) and _unit_key(v) == _unit_key(w) and _unit_key(v) is not None:
            prev = ordered[i - 1] if i else None
            if not (words and prev is not None and _SLASH_RESTATED_RE.fullmatch(cite, prev.end, v.start)):
                pair = None
                for pair in _WORD_PAIR_RE.finditer(cite, max(last_end, sentences[v.sentence]), v.start):
                    pass
                words = (_stem(pair[1]), _stem(pair[2])) if pair is not None and pair[1] != pair[2] else None
            if words:
                for cls in _ITEM_CLASSES:  # (the words before the pair are both values', but for their own word)
                    both = v.terms.get(cls, set()) | w.terms.get(cls, set())
                    if both:
                        v.terms[cls], w.terms[cls] = set(both), set(both)
                for x, other in ((v, words[1]), (w, words[0])):
                    for ts in x.terms.values():
                        ts.discard(other)
        elif not (i and _SLASH_PAIR_RE.fullmatch(cite, ordered[i - 1].end, v.start)):
            words = None
        last_end = v.end


def _paired_lists(cite: str, clauses: list[int], values: list[Value], terms: list[_Term], question: str) -> list[Value]:
    """A clause listing n items and then n values of one kind joined as a list, with no 分别
    (输往德国及日本的出口货量显著下跌24.2%及22%): the items map to the values by position, as with
    分别. Returns the values so mapped."""
    done: list[Value] = []
    in_clause: dict[int, list[Value]] = {}  # (each clause's values, in the list's order, gathered once)
    for v in values:
        in_clause.setdefault(v.clause, []).append(v)
    for k in sorted(in_clause):
        own = in_clause[k]
        if len(own) < 2 or not all(_PAIR_LINK_RE.fullmatch(cite, v.end, w.start) and _unit_key(v) == _unit_key(w)
                                   for v, w in zip(own, own[1:])):
            continue
        lo = clauses[k]
        hi = clauses[k + 1] if k + 1 < len(clauses) else len(cite)
        if not has_han(cite[lo:own[0].start]) or not _items(cite, lo, own[0].start, len(own)):
            continue
        if _respectively(cite, lo, hi, own, [t for t in terms if lo <= t.start < hi], question):
            done += own
    return done


def _runs_of(paired: list[Value]) -> list[list[Value]]:
    """The values ``_paired_lists`` mapped, a list per clause."""
    runs: dict[int, list[Value]] = {}
    for v in paired:
        runs.setdefault(v.clause, []).append(v)
    return list(runs.values())


_ITEM_LINK_END_RE = lazy(r"(?:、|,\s?|\s(?:and|&)\s|和|与|及|以及)\Z")  # (constants: re's compiler ran for them each run)
_ITEM_NAME_END_RE = lazy(r"[a-z0-9.-]+\Z")


def _items(cite: str, lo: int, hi: int, n: int) -> list[tuple[int, int]]:
    """The ``n`` list items of the clause in ``cite[lo:hi]`` nearest the values, trimmed of shared words."""
    pieces, at = [], lo
    for m in _CLAUSE_RE.finditer(cite, lo, hi):
        pieces.append((at, m.start()))
        at = m.end()
    pieces.append((at, hi))
    regions = [(a, b, False) for a, b in reversed(pieces)]
    if n > 2 and cite[lo:hi].isascii():
        # an English list keeps its items apart with commas (the South, the West, and the Northeast):
        # its n items are n comma pieces (an Oxford comma) or n - 1 (the last two joined by "and")
        regions += [(pieces[j - k + 1][0], pieces[j][1], True) for k in (n, n - 1) for j in range(len(pieces) - 1, k - 2, -1)
                    if _AND_ITEM_RE.search(cite, pieces[j][0], pieces[j][1])]
    for a0, b0, merged in regions:
        cuts = [a0] + [b for _, b in _list_splits(cite, a0, b0, n)]
        if len(cuts) < n or (len(cuts) > n and n < 2) or merged and len(cuts) != n:
            continue
        starts = cuts[-n:]
        spans = []
        for i, a in enumerate(starts):
            b = starts[i + 1] if i + 1 < n else b0
            seg = _ITEM_LINK_END_RE.sub("", cite[a:b])
            if merged:  # (the last item after an Oxford comma: ", and the Northeast")
                seg = re.sub(r"\A\s?(?:and|&)\s", lambda m: " " * len(m.group()), seg)
            lead = len(seg) - len(seg.lstrip(" "))
            a, seg = a + lead, seg.strip(" ")
            if i == n - 1:  # shared words ride on the last item: 农业机械进口, 日2007年的国内生产总值
                ends = [t[0] for t in _table_terms(seg) if t[0] > 0]
                m = _ITEM_TAIL_RE.search(seg, 1)
                ends += [m.start()] if m else []
                seg = seg[: min(ends)] if ends else seg
            spans.append([a, a + len(seg)])
        stated = False
        for span in spans:  # an item stating its own value (our revenue was $1.33 billion) is named by its subject
            m = _ITEM_PREDICATE_RE.search(cite, span[0], span[1]) if cite[span[0]:span[1]].isascii() else None
            if m and m.start() > span[0]:
                span[1], stated = m.start(), True
        last = cite[spans[-1][0]:spans[-1][1]]
        if last.isascii() and n > 1 and not stated:  # 主力芯片h100和a100: the first item is its name
            m = _ITEM_NAME_END_RE.search(cite[spans[0][0]:spans[0][1]])
            if m:
                spans[0][0] = spans[0][0] + m.start()
        if all(b > a for a, b in spans):
            _trim_ends(cite, spans)
            return [(a, b) for a, b in spans]
    return []


_ITEM_PREDICATE_RE = lazy(r"\s(?:was|were|is|are|totaled|totalled|reached|came to|stood at)\s(?:[a-z]+\s){0,2}?[$€£¥]?\d", needs=('are', 'is', 'reached', 'to', 'was', 'were'))
_AND_ITEM_RE = lazy(r"(?<![a-z])(?:and|&)\s")
_ITEM_HEAD_RE = lazy(r".*(?:的|中|之|:)")
_TOKEN_START_RE = lazy(r"(?<!\S)\S")


def _trim_ends(cite: str, spans: list[list[int]]) -> None:
    """Items of one list have one shape: what stands before the first (1—9月份限额以上零售业单位中的超市)
    and after the last (专卖店零售额同比; the Leipzig and Dresden plants build …) beyond that shape
    is the list's, every item's, not theirs."""
    if len(spans) < 2:
        return
    if all(cite[a:b].isascii() for a, b in spans):
        words = max(len(cite[a:b].split()) for a, b in spans[:-1])
        a, b = spans[-1]
        cut = [m.start() for m in _TOKEN_START_RE.finditer(cite, a, b)]
        if len(cut) > words:
            spans[-1][1] = a + len(cite[a:cut[words]].rstrip())
        return
    if not all(has_han(cite[a:b]) for a, b in spans):
        return
    a, b = spans[0]
    m = _ITEM_HEAD_RE.match(cite, a, b)
    if m and m.end() < b:
        spans[0][0] = m.end()
    widest = max(b - a for a, b in spans[:-1])
    a, b = spans[-1]
    if b - a >= widest + 2:
        spans[-1][1] = a + widest


# --- the values of each kind ----------------------------------------------


_TOTAL = 10_000
# A small figure whose noun is counted per another (40.5 bu./acre, 41.2 bushels per acre, 30 miles per gallon) is a
# rate of that noun: answered, like a per-share amount, it has no rival in a total of ten thousands or more (2.973
# billion bushels), whatever the noun's name. (A total answered still meets the rate: asked a yield, the crop's total
# is another metric, DG601.)
_PER_NOUN_AFTER_RE = lazy(r"\s?[a-z]+\.?\s?(?:per\s|/)(?:[a-z]+\s)?[a-z\d]", needs=("per", "/"))


_RATE_UNITS = frozenset({"%", "pp", "bp"})


_RATE_QUESTION_RE = compile_pattern(r"率|增速|降幅|增幅|涨幅|跌幅|(?<![a-z])(?:rate|margin)s?(?![a-z])")


_GENERIC_FIGURE_RE = lazy(r"(?<![a-z])(?:what|which) (?:figures?|numbers?|statistics?|data)(?![a-z])|什么数字|哪个数字|什么数据|哪个数据", needs=('wh', '什么数', '哪个数'))
_POINTS_QUESTION_RE = lazy(r"百分点|(?<![a-z])(?:percentage )?points?(?![a-z])")


_PART_OF_CHANGE_RE = lazy(r"\s(?:of|from)\s(?:that|this|the|which|its|their)\s(?:[a-z]+\s)?(?:increase|decrease|rise|decline|drop|gain|"
                          r"change|difference|growth|jump|shortfall|reduction)s?(?![a-z])", needs=('of', 'from'))


_BOUNDS = frozenset({"more than", "less than", "at least", "at most"})


def _threshold(cite: str, q, stated) -> bool:
    """Whether ``q`` is the bound of a count in its clause (19股获主力资金净流入超1亿元: the 19 whose
    inflow passed 100 million), which no item's amount competes with."""
    if q.qualifier in _BOUNDS and q.unit is not None and any(
            p.counter and p.counter not in _SPAN_COUNTERS and p.unit is None and not p.ordinal and p.end <= q.start
            and not _SENTENCE_BREAK_RE.search(cite, p.end, q.start) for p in stated):
        return True
    return False


_THRESHOLD_ASKED_RE = lazy(r"(?<![a-z])(?:threshold|cut-?off|bound|minimum|maximum|limit|greater than|more than|less than|at least|"
                           r"at most|above|below|exceed)", needs=("thresh", "cut", "bound", "imum", "limit", "than", "least", "most",
                                                                  "above", "below", "exceed"))


def _bound_after_noun(cite: str, at: int) -> bool:
    return any(b.start() < at < b.end() and b[1] not in _NOT_HEAD_NOUNS and not b[1].endswith("ed")
               for b in _NOUN_BOUND_RE.finditer(cite, max(0, at - 40), min(len(cite), at + 40)))


def _noun_bound(cite: str, q, stated) -> bool:
    """Whether ``q`` is a bound set after a noun that heads a list of its kind (events greater than or
    equal to 2% in frequency included pain (2.7%) and fatigue (9.7%)): it says which items are listed,
    and is the value of none of them."""
    if q.unit is None:
        return False
    bound = None
    for m in _NOUN_BOUND_RE.finditer(cite, max(0, q.start - 60), q.end):
        if q.start <= m.end() < q.end:
            bound = m
    if bound is None or bound[1] in _NOT_HEAD_NOUNS or bound[1].endswith("ed"):
        return False
    end = _sentence_end(cite, q.end)
    return any(p.start >= q.end and p.end <= end and p.unit == q.unit and not p.qualifier for p in stated)


# A bound written right after a noun (events greater than or equal to 2%, companies with sales above $5 million):
# a condition on the noun; after a verb (rose more than 2%, was at least 2%) it is the verb's value.
_NOUN_BOUND_RE = lazy(r"(?<![a-z])([a-z][a-z-]+)\s(?:(?:greater|more|higher|less|lower|fewer)\sthan(?:\sor\sequal\sto)?"
                      r"|(?:of\s)?(?:at\sleast|at\smost|above|exceeding|below))\s(?=[$€£¥]?\d)",
                      needs=("than", "least", "most", "above", "exceeding", "below"))
_NOT_HEAD_NOUNS = frozenset({"of", "by", "to", "from", "and", "or", "than", "was", "were", "is", "are", "be", "been", "being",
                             "rose", "grew", "fell", "up", "down", "increase", "decrease", "total", "reach", "reaches", "rise",
                             "rises", "grow", "grows", "fall", "falls", "gain", "gains", "jump", "jumps", "climb", "climbs",
                             "surge", "surges", "drop", "drops", "slip", "slips", "remain", "remains", "stay", "stays",
                             "stood", "came", "ran", "hit", "hits", "had", "has", "have", "with", "at", "for", "in", "on",
                             "or", "be", "will", "would", "could", "may", "might", "should", "must", "can", "cost", "costs",
                             "paid", "pay", "pays", "earn", "earns", "won", "win", "wins", "lost", "lose", "loses", "take",
                             "takes", "took", "make", "makes", "made", "spent", "spend", "spends", "sold", "sell", "sells"})


# A round mark a level passes (合并营收首度突破8兆大关、达8.099兆; the index topped the 3,000-point mark) is a
# milestone, not an amount of the item: like a threshold, it competes with no value.
_MARK_AFTER_RE = lazy(r"\s?(?:大关|关口)|(?:-[a-z]+)?\s(?:mark|milestone)(?![a-z])", needs=("大关", "关口", "mark", "milestone"))


def _milestone(cite: str, q) -> bool:
    return _MARK_AFTER_RE.match(cite, q.end) is not None


# Counters of a span of time (今后三年GDP年均增长6.3%以上): what they count is no set of items a bound selects.
_SPAN_COUNTERS = frozenset({"年", "个月", "月", "周", "天", "日", "小时", "分钟", "秒", "季度", "季", "届"})


# The link of a Chinese range's two ends (500至800毫米, 6-7级).
_ZH_RANGE_LINK_RE = lazy(r"\s?(?:至|到|~|～|-|—)\s?")
# What stands between a place and its reading without naming anything (以宜兰、花莲达, 新北为, 马祖有, 由).
_READING_LEAD_RE = lazy(r"\s?(?:同样以|而|则|以|在)")
_READING_LINK_RE = lazy(r"(?:皆为|皆达|均为|均达|将有|上看|为|达|有|约|由|是)+\s?\Z")
# A range that follows another with only 转/至 between (由5至6级转6-7级) reads the same place's.
_TURN_LINK_RE = lazy(r"\s?(?:转|转为|至|到)\s?")


def _place_of_range(answer: str, cite: str, question: str) -> list[Mismatch]:
    """A range answered whole (500至800毫米) in a Chinese list of places each with its own reading
    (台东、新北山区为500至800毫米,台北、高雄、屏东为400至600毫米): the place the question names selects
    the reading written right after it. The answer is another place's (DG601) when the question's words
    end some other reading's own words further than they end the answer's; a question naming no
    place, or several readings alike, is judged as before (no finding)."""

    if not _ZH_RANGE_LINK_RE.search(answer) or not has_han(cite):
        return []  # (most answers: no range, nothing to parse)
    said = parse_quantities(answer)
    if len(said) != 2 or not _ZH_RANGE_LINK_RE.fullmatch(answer, said[0].end, said[1].start):
        return []
    unit = said[1].unit or said[1].counter
    stated = parse_quantities(cite)
    readings: list[tuple[int, int, bool]] = []  # start, end, and whether it is the answer's
    i = 0
    while i < len(stated):
        q = stated[i]
        r = stated[i + 1] if i + 1 < len(stated) else None
        # (each end may write the unit: 5.3亿元-6.3亿元)
        if r is not None and (q.unit is None and q.counter is None or (q.unit, q.counter) == (r.unit, r.counter) and not q.ordinal
                              and q.value < r.value) and _ZH_RANGE_LINK_RE.fullmatch(cite, q.end, r.start):
            if _same_unit(unit, r.unit or r.counter):
                readings.append((q.start, r.end, (q.value, r.value) == (said[0].value, said[1].value)))
            i += 2
            continue
        if _same_unit(unit, q.unit or q.counter) and not q.ordinal:
            readings.append((q.start, q.end, False))
        i += 1
    if len(readings) < 2 or not any(m for _, _, m in readings):
        return []
    scores, words, last = [], [], 0
    asked_bases = set(_RANGE_BASE_RE.findall(question))
    for k, (a, b, _) in enumerate(readings):
        lo = max([last] + [cite.rfind(c, 0, a) + 1 for c in clause_marks("line")])
        own = cite[lo:a]
        if k and _TURN_LINK_RE.fullmatch(own):
            own = words[-1]  # (由8至9级转9至10级: the place the first names)
        else:
            own = _READING_LINK_RE.sub("", own[_READING_LEAD_RE.match(own).end():] if _READING_LEAD_RE.match(own) else own)
        if not has_han(own) and lo > 0 and cite[lo - 1] == ",":
            # (…的净利润同比减少40%至60%,为2,067万元至3,100万元: a clause naming nothing but its reading restates the
            # subject of the clause before it, up to that clause's change)
            p_lo = max(cite.rfind(c, 0, lo - 1) + 1 for c in clause_marks("line"))
            own = _RESTATED_SUBJECT_RE.match(cite, p_lo, lo - 1)[1]
        words.append(own)
        n = max((len(own) - j for j in range(len(own)) if own[j:] in question and has_han(own[j])), default=0)
        # (a reading against another base than the question's, 环比 where it asks 同比, is not the one it names)
        n = 0 if asked_bases and (own_bases := set(_RANGE_BASE_RE.findall(own))) and not own_bases & asked_bases else n
        scores.append(n if n >= 2 else 0)
        last = b
    best = max(scores)
    chosen = [k for k, n in enumerate(scores) if n == best]
    if not best or any(readings[k][2] for k in chosen):
        return []
    answer_k = next(k for k, (_, _, m) in enumerate(readings) if m)
    picked = [cite[readings[k][0]:readings[k][1]] for k in chosen]
    # (the same words but for the period each names, 预计Q2净利 against 预计上半年净利: another period's reading)
    code = "DG602" if len({_RANGE_PERIOD_RE.sub("", words[k]).strip(" ,") for k in (answer_k, chosen[0])}) == 1 \
        or _span_against_year(words[answer_k], words[chosen[0]]) else "DG601"  # (or 今年 against 2027年至2030年间平均每年)
    return [Mismatch(
        code,
        f"answer {answer.strip()} {'is the value of' if code == 'DG602' else 'belongs to'} '{words[answer_k].strip()}'; the question asks about "
        f"'{words[chosen[0]].strip()}' ({', '.join(picked)})",
        {"bound_to": answer.strip(), "selected": picked},
    )]


# What sets apart two readings of one item: the period each is for (Q2, 上半年), the base each is against (同比, 环比) and
# the verb of change after it (增, 增长)
_RANGE_PERIOD_RE = lazy(r"q[1-4]|[上下]半年度?|前?[一二三四1-4]季度?|第[一二三四1-4]季度?|全年度?|\d{4}\s?年(?:度)?"
                        r"|同比|环比|[年季月]增|(?:增长|增加|上升|下降|减少|增|降)\Z")
_RESTATED_SUBJECT_RE = lazy(r"((?:[^\d]|\d+\s?(?:年度?|月份?|日|季度?))*?)(?:同比|环比|较|比|(?<!\d)\d(?!\d*\s?(?:年|月|日|季))|\Z)")
# The short forms of A-share report metrics a question writes for the cite's whole words.
_ZH_METRIC_SHORT = {"扣非": "扣除非经常性损益的", "归母": "归属于上市公司股东的"}
_RANGE_BASE_RE = lazy(r"同比|环比", needs=("同比", "环比"))
_FOOTNOTE_RE = lazy(r"\[\d{1,3}\]")
_CENTURY_AFTER_RE = lazy(r"[-\s]centur(?:y|ies)(?![a-z])", needs="centur")


def _whole_durations(stated: list, text: str) -> list:
    """A term of years and months (有期徒刑1年6个月, 5年零6个月) is one span, 1.5 and 5.5 years: its years
    alone (1年) are no value of the text, and another's term of 1年 is no match for it."""
    out = []
    for q in stated:
        last = out[-1] if out else None
        if last is not None and q.counter == "个月" and last.counter == "年" and last.unit is None and q.unit is None \
                and not last.ordinal and not q.ordinal and text[last.end:q.start] in ("", "零"):
            out[-1] = last._replace(value=last.value + q.value / 12, end=q.end)
        elif last is not None and not last.ordinal and not q.ordinal and text[last.end:q.start] in ("", "零") \
                and (a := _CLOCK_PARTS.get(last.counter)) and (b := _CLOCK_PARTS.get(q.counter)) and a[0] > b[0] \
                and q.value < a[0] // b[0]:
            # a duration in hours, minutes and seconds (9分53秒, 2小时15分) is one span, counted in its last part
            out[-1] = q._replace(value=last.value * (a[0] // b[0]) + q.value, start=last.start)
        else:
            out.append(q)
    return out


# The parts a Chinese duration is written in, each with its length in seconds and its unit.
_CLOCK_PARTS = {"小时": (3600, "h"), "时": (3600, "h"), "分钟": (60, "min"), "分": (60, "min"), "秒": (1, "s"), "秒钟": (1, "s")}


# A match's clock: "on 51 minutes" and "the 54th minute" are moments on one clock, rivals though one is an ordinal
# ("for two minutes" is a span, no moment).
_CLOCK_UNITS = frozenset({"min"})
_CLOCK_BEFORE_RE = lazy(r"(?<![a-z])(?:on|after)\s\Z", needs=("on", "after"))


def _on_clock(cite: str, q) -> bool:
    """Whether a count of minutes in the cite is a moment of the match: an ordinal, or said 'on'/'after' it."""
    return q.ordinal or _CLOCK_BEFORE_RE.search(cite, max(0, q.start - 7), q.start) is not None


# Asked how many of a group (how many of the fatalities …), "one of the fatalities" is a count of them, no article.
_HOW_MANY_OF_RE = lazy(r"(?<![a-z])how many of\s", needs="how many of")
_ONE_OF_RE = lazy(r"\sof\s(?:the|them|those|these|its|their)(?![a-z])", needs="of")
# 多/少 closing a comparison right before a one (较上届再多取得一席): the one is the change's amount, no article
_MORE_BY_ONE_RE = lazy(r"(?:较|比)[^,;:。\d]{0,8}?(?:多|少)了?" + _ZH_WON + r"\s?\Z", needs=("较", "比"))
_BRACKET_ALONE_RE = lazy(r".?\(\s?")
_TIME_NOUNS = frozenset({"month", "months", "year", "years", "week", "weeks", "day", "days", "quarter", "quarters", "hour", "hours"})


_QUALIFIER_VERB_RE = lazy(r"(?:约|大约|大概|大致)\s?(?:增长|增加|上涨|上升|提高|下降|减少|下跌|降低|增|减|涨|跌|占)了?\s?", needs=("约", "大概", "大致"))


_RATE_BASE_BEFORE_RE = lazy(r"(?:每|(?<![a-z])per\s)\Z")
# A rate's base written before it (每十万人口743.4人, 每千人口有4.5张床位, 每万人口32.5人): what the rate counts against
_ZH_BASE_BEFORE_RATE_RE = lazy(r"每\s?[\d.,十百千万亿]+\s?(?:人口|口|居民|住户|住戶|户|戶|人)\s?(?:为|為|是|有|约|約)?\s?\Z", needs="每")


def _rate_bases(cite: str, stated: list) -> tuple[list, list]:
    """The rates of the cite and their bases (the 十万 of 每十万人口743.4人):
    a base says what its rate counts against, no value of its own kind beside the rates."""
    rates, spans = [], []
    for q in stated:
        if m := _ZH_BASE_BEFORE_RATE_RE.search(cite, max(0, q.start - 16), q.start):
            rates.append(q)
            spans.append((m.start(), q.start))
    bases = [q for q in stated if q not in rates and any(a <= q.start and q.end <= b for a, b in spans)]
    return rates, bases


# A year alone at the start of a line, then a dash or a colon: the line's date heading.
_HEADING_YEAR_RE = lazy(r"\s*(?:1[0-9]|20)\d\d\s?[-–—:]\s?.?")


_ERA_CENTURY_RE = lazy(r"[\s-]century(?![a-z])", needs="century")


def _figures(answer: str, cite: str, question: str = "") -> tuple[list[Value], list[Value]]:
    said = _whole_durations(parse_quantities(answer), answer)
    based = None
    if len(said) > 1 and _RATE_BASE_BEFORE_RE.search(answer, max(0, said[0].start - 4), said[0].start):
        based, said = said[0], said[1:]  # (每十万人口408.2人: the rate's base after 每 says what it counts against; the answer is 408.2)
    if not said:
        return [], []
    a = said[0]
    spanned = _approximate_span(answer, said)
    if spanned:
        a, said = said[1], said[1:]  # (2、3秒 answered whole: bound as the span's upper end, which carries its unit)
    if len(said) > 1 and (_RANGE_LINK_RE.fullmatch(answer, a.end, said[1].start) or _OR_LINK_RE.fullmatch(answer, a.end, said[1].start)
                          or _ANSWER_BETWEEN_AND_RE.fullmatch(answer, a.end, said[1].start) and _ANSWER_BETWEEN_RE.search(answer, 0, a.start)):
        # a range answered whole ($0.26 to $0.31, four or five, between 570,000 oz and 590,000 oz) is one value, not
        # its lower end
        return [], []
    # 一個大花園: an article competes with no figure (unless it is what the answer says).
    # (but "one point" is a count of what the answer counts: four points)
    noun = _word_after(answer, a.end)
    # (… nor is one the amount of a change: 较上届再多取得一席, one seat more)
    stated = [q for q in _whole_durations(parse_quantities(cite), cite) if (not is_article(q, cite) or q.value == a.value
              or noun and _word_after(cite, q.end) == noun or _MORE_BY_ONE_RE.search(cite, max(0, q.start - 16), q.start)
              or _HOW_MANY_OF_RE.search(question) and _ONE_OF_RE.match(cite, q.end))
              and (a.counter == "届" or not _COHORT_RE.match(cite, q.start))]
    if spanned:  # (and the cite's 2、3秒 stands as its upper end: the lower end is no rival of the span it opens)
        stated = [q for i, q in enumerate(stated) if not _approximate_span(cite, stated[i:i + 2])]
    # A score is one value owned by its match: its sides (the 4 and 0 of 4-0) compete with no
    # other figure, unless the answer stands in the cite only as a side (how many goals Ghana scored).
    # The two ends of a range share the unit written once after it (4-3/4 to 5 percent, 8至10%), and so
    # do the items of a 、 list (快于规模以上工业8.2、5.0个百分点), from the last back.
    for i in range(len(stated) - 2, -1, -1):
        q, r = stated[i], stated[i + 1]
        # (a count of its own noun keeps it: 减少2万5648人、0.11% pairs a count with its rate)
        if q.unit is None and r.unit and not q.ordinal and not (q.counter and q.counter != r.counter) and (_RANGE_LINK_RE.fullmatch(cite, q.end, r.start)
                                                            or _UNIT_LIST_RE.fullmatch(cite, q.end, r.start)):
            stated[i] = q._replace(unit=r.unit, counter=q.counter or r.counter)
    stated = [q for q in stated if q.value == a.value and q.qualifier == a.qualifier or not _threshold(cite, q, stated)]
    stated = [q for q in stated if q.value == a.value or not _milestone(cite, q)]
    if not _THRESHOLD_ASKED_RE.search(question):  # (asked about an item, a bound heading the list is none of its values)
        bounds = [q for q in stated if _noun_bound(cite, q, stated)]
        if bounds and any(q.value == a.value and q not in bounds for q in stated) or not any(q.value == a.value for q in bounds):
            stated = [q for q in stated if q not in bounds]
    # a bare number the question writes between the same words as the cite (the Lower 48 states, a 914
    # report) is part of a name it uses, not a value it may ask for
    stated = [q for q in stated if q.value == a.value or not _in_name(cite, q, question)]
    # nor is the number of a product's name the cite writes (Model 3 and Model Y vehicles, a Boeing 737)
    stated = [q for q in stated if q.value == a.value or not _product_number(cite, q)]
    # nor is an item's serial number (408号商业地块, 305号): 号 after a number no month has as a day labels the item, no value
    stated = [q for q in stated if q.value == a.value or q.unit or not _SERIAL_NUMBER_RE.match(cite, q.start)]
    # nor is a bare number inside a title (《流浪地球2》, 《甲乙3》): part of the work's name
    stated = [q for q in stated if q.value == a.value or q.unit or q.counter or not _TITLE_NUMBER_RE.fullmatch(
        cite, max(cite.rfind("《", 0, q.start), 0), cite.find("》", q.end) + 1 or q.end)]
    # a count of days, months or years (上映两天, 时隔5年) is a span of time: no rival of an amount written in ten
    # thousands or more (8亿, 4200万左右), which counts no days
    # and nor is a small count of things written with its counter (三、四个发展区): an amount in ten thousands or more
    # with no counter counts neither
    if a.counter is None and a.value >= 10000 and not _ASKS_SPAN_RE.search(question):  # (unless asked 多少年: then it is)
        stated = [q for q in stated if q.counter not in _SPAN_OF_TIME and not (
            q.counter and q.value < 10000 and not any(c in cite[q.start:q.end] for c in "万亿"))]
    # the first month of a span of months (1—11月, 1至8月) is part of a period, no figure
    stated = [q for q in stated if q.unit or q.counter or not _month_span_at(cite, q.start)]
    # nor is a year heading its line (1881 - The temperature soared to …; 2019: revenue …): a date, no figure
    stated = [q for q in stated if q.value == a.value or q.unit or q.counter or not _HEADING_YEAR_RE.fullmatch(
        cite, cite.rfind("\n", 0, q.start) + 1, min(len(cite), q.end + 3))]
    # a question asking how far above or below a base asks a margin (2.1°F above the 20th century average): where the
    # answer is one, a level of its unit (44.1°F) is no rival of it
    if _MARGIN_ASKED_RE.search(question) and _MARGIN_BASE_RE.search(question) and any(
            q.value == a.value and q.unit == a.unit and _side_after(cite, q) for q in stated):
        stated = [q for q in stated if q.unit != a.unit or q.ordinal or _side_after(cite, q)]
    # an ordinal naming a century (the 20th century average, the 19th-century record) names an era, no rank or count
    # of the text: no rival of a rank (the 20th warmest November), unless the answer names a century too
    if not _ERA_CENTURY_RE.match(answer, a.end):
        stated = [q for q in stated if not (q.ordinal and _ERA_CENTURY_RE.match(cite, q.end))]
    # a footnote mark (missing[8]) refers to a note: it is no value of the text
    stated = [q for q in stated if not _FOOTNOTE_RE.fullmatch(cite, max(0, q.start - 1), min(len(cite), q.end + 1))]
    # the base of a rate the answer writes with its figure (每十万人口408.2人) says what it counts against: no rival of it
    if based:
        stated = [q for q in stated if q.value == a.value or q.value != based.value
                  or not _RATE_BASE_BEFORE_RE.search(cite, max(0, q.start - 4), q.start)]
    # and so does a rate's base the answer does not write: a base is no rival of the rates it is the base of
    rates, bases = _rate_bases(cite, stated) if len(stated) > 1 else ((), ())
    if rates:
        stated = [q for q in stated if q.value == a.value and q.unit == a.unit or q not in bases]
        # a question asking per 十万人口 asks a rate: a count (20万5,575人) is another measure than the rate answered
        if _Q_RATE_BASE_RE.search(question) and any(q.value == a.value and q.unit == a.unit for q in rates):
            stated = [q for q in stated if q in rates or q.counter != a.counter or q.unit != a.unit]
    scores = [(q.start, q.end) for q in stated if q.unit == "score"]
    whole = [q for q in stated if q.unit == "score" or not any(x <= q.start and q.end <= y for x, y in scores)]
    if len(whole) < len(stated) and any(q.value == a.value and q.unit == a.unit for q in whole):
        stated = whole
    if len(stated) < 2:
        return [], []
    mine = [q for q in stated if q.value == a.value and _same_unit(a.unit, q.unit) and q.ordinal == a.ordinal]
    if not mine:
        return [], []
    unit = mine[0].unit
    # A per-share amount and a total in the same currency are different figures:
    # $1.52 per diluted share does not compete with $30.6 million of net income.
    # A bare small amount may be a price said without "a share" ($1.42 a share,
    # above the $1.35 expected), so only totals of ten thousand or more stand apart.
    def x_rate(x) -> bool:
        return x.value < _TOTAL and _PER_NOUN_AFTER_RE.match(cite, x.end) is not None

    def comparable(q) -> bool:
        shares = [(x.unit or "").endswith("/share") for x in (mine[0], q)]
        if not shares[0] and x_rate(mine[0]) and not x_rate(q):  # (a rate answered: a total of its noun is no rival)
            return q.value < _TOTAL
        if shares[0] == shares[1]:
            return True
        total = q if shares[0] else mine[0]
        return total.value < _TOTAL

    # Asked how a rate changed (增长率较第一季度下降多少), its level and its change in points
    # compete (降至6%,下降0.1个百分点): % and pp are then figures of one kind.
    # So do they when it asks for points (快于规模以上工业多少个百分点: the gap, not the rate).
    points = bool(_POINTS_QUESTION_RE.search(question))
    rates = _RATE_QUESTION_RE.search(question) is not None and _direction(question) is not None or points
    # (but asked for points, 降幅相比1~5月份收窄多少个百分点, an answer that is the cite's one value in points has no
    # rival: the rate itself, 下降0.7%, is another metric the question does not ask)
    rates = rates and not (points and unit == "pp" and has_han(question) and len({q.value for q in stated if q.unit == "pp"}) == 1)
    # A question that names no measure ("What figure does the report give?") lets every measure compete.
    generic = _GENERIC_FIGURE_RE.search(question) is not None
    kind = [q for q in stated if (generic or _same_unit(unit, q.unit) or rates and {unit, q.unit} <= _RATE_UNITS)
            and (q.ordinal == a.ordinal or unit in _CLOCK_UNITS and q.unit == unit and _on_clock(cite, q)
                 and any(_on_clock(cite, m) for m in stated if m.value == a.value and m.unit == unit)) and comparable(q)
            # (人次 counts the visits of the 人 a count in 人 counts: the two compete, 投递简历1500多万人次 against 注册人数近200万人)
            and (counts_alike(a, q) or {a.counter, q.counter} in ({"人", "人次"}, {"架", "架次"})
                 or {a.counter, q.counter} <= _INTENSITY_LEVELS)
            # a share of a whole written as a fraction (四分之一, two-thirds of) is no count (3000多人)
            and (a.unit is not None or _fraction_of(a, answer) == _fraction_of(q, cite))
            # an ordinal orders its own noun: the first half is no rival of the 54th minute
            and not (a.ordinal and a.unit and not q.unit)
            # an ordinal naming a century (the 20th-century average) is part of a name, no rank beside the 45th month
            and not (q.ordinal and q.value != a.value and _CENTURY_AFTER_RE.match(cite, q.end))
            # a count of a noun (two medications) is no measure left unsaid beside 140 mm Hg, nor a count of times (dropped
            # twice, by a total of 41 seconds)
            and not (q.unit is None and unit in _MEASURE_UNITS and (_COUNTED_NOUN_RE.match(cite, q.end) or _times_word(cite, q)))]
    values = [Value(q.start, q.end, cite[q.start:q.end], (q.value, (q.unit or "").removesuffix("/share") or _intensity_half(q.counter)),
                    measure=q.counter or _spaced_counter(cite, q) or _hyphen_noun(cite, q.end) or _times_word(cite, q)
                    or _word_after(cite, q.end)) for q in kind]
    for v in values:  # (工业用电量约增长12%: the verb inside the value's qualifier gap is its clause's, so the value starts after it)
        gap = _QUALIFIER_VERB_RE.match(cite, v.start)
        if gap and gap.end() < v.end:
            v.start, v.text = gap.end(), cite[gap.end():v.end]
    for v, w in zip(reversed(values[:-1]), reversed(values[1:])):  # 40,000 and 65,000 cars: each counts cars
        if not v.measure and w.measure and _MEASURE_LIST_RE.fullmatch(cite, v.end, w.start):
            v.measure = w.measure
    # a noun written once counts every value that names none (2.4 million residents in 2020, up from
    # 1.9 million in 2010, and officials project 3 million by 2035: residents all)
    # (not the noun of a count a determiner makes part of a name of a group, "rides on the 41 crosstown routes rose from
    # 4.105 million to 4.212 million": the routes are which rides, not what the millions count)
    nouns = {v.measure for v in values if v.measure and not _group_count(cite, v)}
    if len(nouns) == 1 and (noun := next(iter(nouns))).isascii():
        for v in values:
            v.measure = v.measure or noun
    for v in values:  # a bare value in brackets after a phrase is the phrase's: its noun counts it (… passengers … (435.0 million))
        if _BRACKET_ALONE_RE.fullmatch(cite, max(0, v.start - 2), v.start) and cite.startswith(")", v.end) \
                and (not v.measure or v.measure in _TIME_NOUNS):
            before = cite[max(0, cite.rfind("(", 0, v.start) - 80):v.start]
            at = max(((before.rfind(" " + m), m) for m in {w.measure for w in values} if m and m.isascii()
                      and m not in _TIME_NOUNS), default=(-1, ""))
            if at[0] >= 0:
                v.measure = at[1]
    for v, q in zip(values, kind):  # $0.21 per diluted share, $30.8 million; a bare small amount may be either
        if q.unit and q.unit.endswith("/share"):
            v.flags["share"] = "per"
        elif _money(q, cite) and q.value >= _TOTAL:  # (a sum of money: 232MW read in watts is no total)
            v.flags["share"] = "total"
    for v, w in zip(values, values[1:]):
        # "three people died in kentucky and two in mayes county": a count whose noun is left out
        # (a preposition right after it, in a clause joined by "and") counts what the one before it counts
        if v.measure and (_ELIDED_RE.match(cite, w.end) or _NOTHING_AFTER_RE.match(cite, w.end) and _bare_predicate(cite, v, w)) \
                and _AND_RE.search(cite, v.end, w.start):
            w.measure = v.measure  # (or nothing after it: "killed at least 20 people and injured hundreds")
    for v in values:  # "$14 billion of that increase": a part of a change is a change
        if _PART_OF_CHANGE_RE.match(cite, v.end):
            v.role = "delta"
    for v, w in zip(values, values[1:]):  # the lower and the upper end of a range
        # (a dash links two amounts of money as a range too, $1.5m-$2m; not a tally or a score, 78-22)
        if (_END_LINK_RE.fullmatch(cite, v.end, w.start) or cite[v.end:w.start] in ("-", "–") and v.text[:1] in "$€£¥") \
                and _unit_key(v) == _unit_key(w):
            v.flags["end"], w.flags["end"] = "lower", "upper"
    head = None
    for v in values:  # 1.0 percent (±0.5 percent): the margin of the value before it
        if _MARGIN_BEFORE_RE.search(cite, max(0, v.start - 6), v.start) and head is not None:
            v.head = head
        else:
            head = v
    answer_key = (a.value, (mine[0].unit or "").removesuffix("/share") or _intensity_half(a.counter))
    # Two bounds of one estimate, written together (8吨多不到9吨, more than 8 but less than 9 tonnes):
    # either bound answers it, so the other is no rival.
    bounds = [(v, w) for (v, q), (w, r) in zip(zip(values, kind), list(zip(values, kind))[1:])
              if q.qualifier and r.qualifier and not cite[v.end:w.start].strip(" ,")
              or _unit_key(v) == _unit_key(w) and _OR_LINK_RE.fullmatch(cite, v.end, w.start)]
    twins = {id(w) for v, w in bounds if v.key == answer_key} | {id(v) for v, w in bounds if w.key == answer_key}
    values = [v for v in values if id(v) not in twins]
    return values, [v for v in values if v.key == answer_key]


def _fraction_of(q, text: str) -> bool:
    """Whether ``q`` is a fraction written as one (四分之一, a third of): a bare value below one, no decimal."""
    return q.unit is None and q.counter is None and 0 < q.value < 1 and "." not in text[q.start:q.end]


_WORD_BEFORE_RE = lazy(r"(?<![a-z0-9.'-])[a-z][a-z.'-]*\s\Z")
_WORD_AFTER_RE = lazy(r"\s[a-z][a-z'-]*(?![a-z0-9'-])")


# Two Han characters of a noun right after a figure (零歲平均餘命, 65歲以上人口): the figure is part of the noun's phrase.
_HAN_NOUN_AFTER_RE = lazy(r"(?!的)[\u3400-\u9fff]{2}")
_TITLE_NUMBER_RE = lazy(r"《[^《》\d]*\d[^《》]*》", needs="《")
_COUNTED_SPAN_RE = lazy(r"[^\d一二三四五六七八九十两,;。]{0,4}(?:\d+|[一二三四五六七八九十两]+)\s?个?(?:年|天|日|月|周|星期|小时)")
_ASKS_SPAN_RE = lazy(r"(?:多少|几)个?(?:年|天|日|月|周|星期|小时|分钟|秒)|多久|多长时间", needs=("多", "几"))
# The levels of one seismic intensity scale: 4级 and the halves 5弱, 6强 (written 6强级 too) are rivals.
_INTENSITY_LEVELS = frozenset(("级", "强", "弱"))
_INTENSITY_HALVES = frozenset(("强", "弱"))


def _intensity_half(counter: str | None) -> str:
    """The half of a seismic intensity level a counter names (5强 against 5弱): part of what the value is, so 5强 is
    no value equal to 5弱; '' for any other counter."""
    return counter if counter in _INTENSITY_HALVES else ""


def _intensity_as_level(counter: str | None) -> str | None:
    """The measure a counter counts: a half of a seismic intensity level (6强, 5弱) is a level of the 级 scale, so
    what 几级 asks (花莲县6强 answers 花莲县最大震度几级)."""
    return "级" if counter in _INTENSITY_LEVELS else counter
_SPAN_OF_TIME = frozenset(("年", "天", "日", "周", "星期", "个月", "月", "小时", "个小时", "分钟", "秒"))


def _in_name(cite: str, q, question: str) -> bool:
    """Whether the bare number ``q`` stands between two words that the question writes around it too, or a figure the
    question writes itself with the Han noun after it (零歲平均餘命 asked 男性零歲平均餘命: the age is part of the metric's
    name, no value beside 76.7歲)."""
    if not question:
        return False
    after = _HAN_NOUN_AFTER_RE.match(cite, q.end)
    if after and cite[q.start:after.end()] in question:
        return True
    if q.unit or q.counter or q.ordinal:
        return False
    before = _WORD_BEFORE_RE.search(cite, max(0, q.start - 40), q.start)
    after = _WORD_AFTER_RE.match(cite, q.end)
    return bool(before and after) and re.search(r"(?<![a-z0-9])" + re.escape(cite[before.start():after.end()]) + r"(?![a-z0-9])",
                                                question) is not None


_NAMED_NUMBER_RE = lazy(r"(?<![a-z0-9.'-])([a-z][a-z.'-]*)\s(\d+)\s([a-z][a-z'-]*)(?![a-z0-9'-])")


# A bare number written after a word written as a name (Model 3, Boeing 737, Windows 11, iPhone 15), in the cite as
# written: the number is part of the product's name, no value of it. (Not a month's day, a quarter's or a fiscal
# year's, nor a year: January 15, Q2 2024, Vision 2030 date something.)
_PRODUCT_NUMBER_RE = lazy(r"(?<![A-Za-z0-9\u00c0-\u024f'’.$€£¥-])([A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f]*) (\d{1,4})"
                          r"(?![\d.,:/%-]|\s?(?:percent|per\b|st\b|nd\b|rd\b|th\b|million|billion|thousand|hundred|trillion|[mbk]n?\b))")
# The product names of the cite being checked, folded ('model 3'), set by check_binding from the cite as written.
_PRODUCTS: ContextVar[frozenset[str]] = ContextVar("binding_products", default=frozenset())


@lru_cache(maxsize=1024)
def _product_numbers(cite: str) -> frozenset[str]:
    """The cite's product names with a number (Model 3, Boeing 737), folded: case tells a name where folding cannot."""
    out = set()
    for m in _PRODUCT_NUMBER_RE.finditer(cite):
        word, number = m.group(1), m.group(2)
        if word.lower() in _NOT_NAMES or word.lower() in _PERIOD_NAME_WORDS or 1800 <= int(number) <= 2100:
            continue
        if _capitalised(cite, _WRITTEN_WORD_RE.match(cite, m.start(1))):
            out.add(normalize(m.group()).strip())
    return frozenset(out)


_PERIOD_NAME_WORDS = frozenset(("fiscal", "quarter", "week", "day", "year", "month", "season", "round", "game", "no",
                                "number", "page", "table", "figure", "chart", "step", "stage", "phase", "item"))


def _product_number(cite: str, q) -> bool:
    """Whether the bare number ``q`` of the folded cite is part of a product's name the cite writes (Model 3)."""
    products = _PRODUCTS.get()
    if not products or q.unit or q.counter or q.ordinal:
        return False
    before = _WORD_BEFORE_RE.search(cite, max(0, q.start - 40), q.start)
    return bool(before) and f"{cite[before.start():q.start].strip()} {cite[q.start:q.end]}" in products


# A participle of motion standing as a noun's adjective after its determiner (McDonald's raised dividend, its increased
# payout) names a thing, not the change asked (a move after "after" names a moment: _TO_LEVEL_ASKED_RE).
_MOVED_THING_RE = lazy(r"(?:'s|(?<![a-z])(?:its|their|his|her|our|the|this|that))\s(?:[a-z]+ly\s)?([a-z]+ed)\s"
                       r"(?!(?:by|to|from|in|on|at|of|for|with|over|than|and|or|as|since|after|before)(?![a-z]))[a-z]")


def _quiet_directions(question: str, cite: str) -> str:
    """The question with the direction words that ask no change written in capitals, which no direction
    pattern reads: those of a name it shares with the cite around a bare number (the Lower 48 states),
    those of a condition it states with a figure of its own (raising the wall to 40 m), and a participle naming a thing
    (its raised dividend: ``_MOVED_THING_RE``)."""
    spans = [m.span(i) for m in _NAMED_NUMBER_RE.finditer(question) for i in (1, 3)
             if re.search(r"(?<![a-z0-9.'-])" + re.escape(m.group()) + r"(?![a-z0-9'-])", cite)]
    spans += [(m.start(), m.end()) for a, b in _quoted_conditions(question) for m in _LETTERS_RE.finditer(question, a, b)]
    spans += [m.span(1) for m in _MOVED_THING_RE.finditer(question)]
    for a, b in spans:
        if any(cls == "direction" for _, _, cls, _ in _table_terms(question[a:b])):
            question = question[:a] + question[a:b].upper() + question[b:]
    return question


_COUNTED_NOUN_RE = lazy(r"\s(?!(?:was|is|has|does|hours|minutes|seconds|years|days|weeks|months)(?![a-z]))[a-z]{3,}s(?![a-z'])")


# An estimate given as two numbers (four or five clear chances, 三或四个): one value.
_OR_LINK_RE = lazy(r"\s?(?:or|或)\s?")
_ANSWER_BETWEEN_AND_RE = lazy(r"(?:\s?[a-z/]{1,8})?\sand\s", needs="and")  # (between 570,000 oz and 590,000 oz: the unit after each)
_ANSWER_BETWEEN_RE = lazy(r"(?<![a-z])between\s\Z", needs="between")


def _approximate_span(text: str, said) -> bool:
    """Two consecutive whole numbers joined by 、 before one unit (2、3秒, 前1、2年, 16、17秒) are Chinese for 'two
    or three': one approximate value like a range, not a list of two values."""
    if len(said) != 2 or said[0].ordinal or (said[0].unit or said[0].counter) and (said[0].unit, said[0].counter) != (said[1].unit, said[1].counter):
        return False  # (the lower end writes no unit, or the one shared_units copied from the upper: 2秒、3秒)
    lo, hi = said[0].value, said[1].value
    return (lo == lo.to_integral_value() and hi == lo + 1 and not said[1].ordinal
            and _UNIT_LIST_RE.fullmatch(text, said[0].end, said[1].start) is not None)
_UNIT_LIST_RE = lazy(r"\s?、\s?")
_MEASURE_LIST_RE = lazy(r"\s?(?:、|和|与|及|,\s(?:and\s|or\s)?|\s(?:and|or)\s)\s?")
_RANGE_LINK_RE = lazy(r"\s?(?:to|至|到|~|～)\s?")
_END_LINK_RE = lazy(r"(?:/[a-z]+)?" + _RANGE_LINK_RE.pattern)  # (the cite's ends, a per-unit tail on the first: $32/b to $73/b)
# A question naming an end of a range: the upper end, the top of the range, 上限.
_RANGE_END_QUESTION_RE = lazy(r"(?<![a-z])(?:(upper|top|high|higher|maximum)|lower|bottom|low|minimum)\s(?:end|bound|limit|of the range|estimate)"
                              r"|(?<![a-z])(?:(top)|bottom) of|(上限|最高|最重|最长|最久|最大)|下限|最低|最轻|最短|最小",
                              needs=('of', 'bound', 'end', 'limit', 'estimate', '上限', '下限', '最'))


def _bare_predicate(cite: str, v: Value, w: Value) -> bool:
    """Whether ``w`` follows "and" with at most a verb of its own: "… and injured hundreds", not
    "while Mahama garnered 6.2 million votes, or 47.4 percent" (a subject of its own)."""
    joins = list(_AND_RE.finditer(cite, v.end, w.start))
    return bool(joins) and len(cite[joins[-1].end():w.start].split()) <= 1


_NOTHING_AFTER_RE = lazy(r"\s?(?:[.;,]|$)")
_ELIDED_RE = lazy(r"\s(?:in|at|on|for|from|among)\s")
_AND_RE = lazy(r"\sand\s|\sand$|,\sand\s|\swhile\s", needs=('and', 'while'))
# A margin of error in brackets right after its value: (±0.5 percent), (± 0.4 percent), (+/- 2%).
_MARGIN_BEFORE_RE = lazy(r"\(\s?(?:±|\+/-|\+-)\s?\Z")
# A question about a margin of error asks for the ± value, any other for the value itself.
_MARGIN_QUESTION_RE = lazy(r"margins? of error|(?<![a-z])(?:moe|plus or minus)(?![a-z])|±|误差")
_NEXT_WORDS_RE = lazy(r"(?:\s[a-z][a-z'-]*){1,4}")
# The question's measure: "how many years after …", "for how many of its commanders", 多少年, 几个月.
# (a word of the counted phrase may hold digits after a hyphen: how many covid-19 cases)
_RUN_QUESTION_RE = lazy(r"(?<![a-z])which\s(?:consecutive|straight|successive)\s([a-z]{3,})", needs="which")
_MEASURE_QUESTION_RE = lazy(r"(?<![a-z])how many((?:\s[a-z][a-z'-]*(?:(?<=-)[0-9a-z]+)?){1,4})|(?:多少|几)(..?)")


_AGE_QUESTION_RE = lazy(r"(?<![a-z])how old(?![a-z])|(?<![a-z])ages?(?![a-z])|多大年纪|几岁|多少岁|年龄", needs=('age', 'how old', '几岁', '多大年纪', '多少岁', '年龄'))
_AGE_BEFORE_RE = lazy(r"(?<![a-z])(?:aged?|ages)\s\Z|年龄为?\Z")
# (… or before a range's upper end: aged 11 to 18 years)
_AGED_SPAN_BEFORE_RE = lazy(r"(?<![a-z])(?:aged?|ages)\s(?:[\d.]+\s?(?:to|-|–)\s?)?\Z", needs=("age",))
_AGE_AFTER_RE = lazy(r"(?:\s|-)years?(?:\s|-)old|岁")
# A bare number set off by commas right after a name (Lawyers for Cohen, 52, had argued; Maxwell, now 60, did not
# testify) is that person's age.
_AGE_APPOSED_RE = lazy(r"(?<![\d,])[a-z][a-z.'’-]+,\s(?:now\s|then\s|aged\s)?\Z")


def _apposed_age(c_text: str, v: Value) -> bool:
    return v.text.isdigit() and 0 < int(v.text) < 120 and c_text.startswith(",", v.end) \
        and _AGE_APPOSED_RE.search(c_text, max(0, v.start - 30), v.start) is not None


_OLDER_RE = lazy(r"(?<![a-z])(?:(older|oldest|elder|eldest)|younger|youngest)(?![a-z])|(年长|最大)|年幼|最小")


# "the total number of valid votes cast was 13,434,574": a count whose noun stands before it
_COUNT_OF_RE = lazy(r"(?<![a-z])(?:number|total|count|tally) of\s[a-z ,'-]{1,30}?\s(?:was|were|is|are|stood at|reached|totaled|totalled|to)\s?\Z")


# Verbs that only carry another (nineteen others have been injured: what it counts is the injured).
_NEXT_PREDICATE_WORDS = frozenset({"and", "but", "before", "after", "while", "then", "or", "nor", "yet"})
_HELPER_VERBS = frozenset({"have", "has", "had", "been", "will", "would", "could", "should", "might", "must", "shall"})


def _times_word(text: str, q) -> str:
    """"times", what once, twice and thrice count (won just once: one time, as 16 times counts times)."""
    return _stem("times") if text[q.start:q.end] in ("once", "twice", "thrice") else ""


def _word_after(text: str, end: int) -> str:
    """The first word after a number that is not a stop word: what it counts (18 years, three of its commanders).
    A period's words are none (88,400 in Q1, 2,400 in quarter four, 17,000 last year): a count written with no noun of
    its own counts what the values beside it count."""
    m = _NEXT_WORDS_RE.match(text, end)
    run = m.group().split() if m else []
    # a word joining another predicate ends what the number counts: "opened at $20 and spiked at $26 before settling"
    # counts no spikes nor settling (a list of numbers sharing a noun, 40,000 and 65,000 cars, is read by its own rule)
    run = run[:next((i for i, w in enumerate(run) if w in _NEXT_PREDICATE_WORDS), len(run))]
    words = [w for w in run if w not in STOP_WORDS and w not in _HELPER_VERBS]
    while len(words) > 1 and words[0] in ("new", "additional"):  # (three new cases count cases; new says when)
        words = words[1:]
    if words and (_PERIOD_AFTER_COUNT_RE.match(text, end) or _PLACE_NOUN_AFTER_RE.match(text, end) and text.isascii()):
        return ""  # (nor a place's: 42,000 at the annex counts what the values beside it count, not annexes)
    return _stem(words[0]) if words else ""


# A period phrase right after a count (in q1, in the first quarter, during fiscal 2020, last year, a year earlier): when
# the count names no noun before it, the period's words are not what it counts.
_PERIOD_AFTER_COUNT_RE = lazy(
    r"\s(?:(?:in|during|for|at|by|over)\s(?:the\s)?(?:(?:same|prior|previous|preceding|latest)\s)?"
    r"(?:q[1-4](?![a-z])|(?:first|second|third|fourth|final|last)\s(?:quarter|half)|quarter\s(?:one|two|three|four)"
    r"|fiscal|fy|h[12](?![a-z0-9])|(?:19|20)\d\d|" + _MONTH_NAME + r"(?![a-z])|(?:year|quarter|month|period)\s(?:ago|earlier|before))"
    r"|(?:last|this|next|(?:the\s)?(?:previous|prior|preceding))\s(?:year|quarter|month|week)(?![a-z])"
    r"|(?:a|the)\s(?:year|quarter|month)\s(?:ago|earlier|before)"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s(?:years|quarters|months|decades)\s(?:ago|earlier|before))")


# (an order word between counts the noun after it: the 45th-consecutive August counts Augusts)
_HYPHEN_NOUN_RE = lazy(r"-(?:(?:consecutive|straight|successive)\s)?([a-z]{3,})(?![a-z-])")


# A determiner or owner right before a count (the 41 routes, the agency's six routes, its 53 routes): the count names
# which group, as part of a noun phrase, and reports no quantity of what the sentence's other values count.
_GROUP_COUNT_BEFORE_RE = lazy(r"(?:(?<![a-z])(?:the|its|their|our|these|those)|[a-z]'s)\s\Z")


def _spaced_counter(cite: str, q) -> str:
    r"""The counter a Chinese value writes after a space (约 210 公里): its counter, as when written close (60公里);
    what ``\d\s([\u3400-\u9fff]{1,3})\Z`` finds between ``q.start`` and ``q.end``, without compiling a Han class."""
    k = q.end
    while k > q.end - 3 and k > q.start and han_at(cite, k - 1):
        k -= 1
    ok = k < q.end and k - 2 >= q.start and cite[k - 1].isspace() and cite[k - 2].isdecimal()
    return cite[k:q.end] if ok else ""


def _hyphen_noun(cite: str, end: int) -> str:
    """What a count joined to its noun by a hyphen counts (a 16-year study: years)."""
    m = _HYPHEN_NOUN_RE.match(cite, end)
    return _stem(m[1]) if m else ""


_GROUP_ARM_RE = lazy(r"(?<![a-z])(?:in|among|for)\sthe\s([a-z0-9][a-z0-9-]*)\s(?:group|arm|cohort)(?![a-z])",
                     needs=("group", "arm", "cohort"))


_UNIT_OF_RE = lazy(r"\s([a-z][a-z'-]*)\sof\s([a-z][a-z'-]*)")


def _phrase_after(tied: list[Value], cite: str, q_text: str) -> list[Value]:
    """Of values the question's words leave tied, each written with its unit of a noun (5 hours of video, 16 hours of
    audio playback): the one whose unit and noun the question writes (how many hours of video playback) is asked,
    where each other's noun is one the question does not write."""
    q_words = set(_WORD_RE.findall(q_text))
    found = [_UNIT_OF_RE.match(cite, v.end) for v in tied]
    if not all(found):
        return tied
    keep = [v for v, m in zip(tied, found) if f"{m[1]} of {m[2]}" in q_text]
    if keep and all(m[2] not in q_words for v, m in zip(tied, found) if v not in keep):
        return keep
    return tied


# Between two items of an English list: words of the first item's noun and place, then a comma (and "and").
_EN_ITEM_GAP_RE = lazy(r"[^.;:!?\d]{0,60}?,\s(?:and\s)?")
_PLACE_AFTER_RE = lazy(r"\s(?:at|in|for|among|across)\s")
_PLACE_NOUN_AFTER_RE = lazy(r"\s(?:at|in|among|across)\s(?:the\s|its\s|their\s)?[a-z]")


# The object of a place's preposition in a question (on the crosstown routes, at the main station): where, not what.
_PREP_OBJECT_RE = lazy(r"(?<![a-z])(?:on|at|along|across)\s(?:the\s|its\s|their\s)?((?:[a-z][a-z'-]*\s?){1,4})", needs=("on", "at", "along", "across"))


def _measured(q_text: str, candidates: list[Value], cite: str = "") -> list[Value]:
    """The values counted in what the question counts (how many years: 18 years, not 13,000 troops);
    in English the noun may stand before the count too (the number of valid votes cast was 13,434,574)."""
    m = _MEASURE_QUESTION_RE.search(q_text)
    run = _RUN_QUESTION_RE.search(q_text) if not m else None
    if run:  # which consecutive August: the rank counted in Augusts, not in months
        return [v for v in candidates if v.measure and v.measure == _stem(run[1])]
    if not m:
        return []
    if m[1]:
        words = []
        for w in m[1].split():
            if w in STOP_WORDS:
                if words:
                    break
                continue
            words.append(_stem(w))
        hits = [v for v in candidates if v.measure and v.measure in words or cite and _COUNT_OF_RE.search(cite, max(0, v.start - 70), v.start)
                and any(_stem(x) in words for x in _WORD_RE.findall(cite, max(0, v.start - 70), v.start))
                or cite and (b := _BRACKETED_UNIT_RE.match(cite, v.end)) is not None and _stem(b[1]) in words]
        if hits and cite:
            # (a count writing no noun of its own counts what the count it goes on from counts: burned 10 homes, damaged
            # five others; 13 out of 32 games)
            # — and so the noun they share tells them apart no more (what else their words say does: damaged)
            held = {id(h) for h in hits}
            for v in list(candidates):
                a = _counted_antecedent(cite, v, candidates)
                if a is None or id(a) not in held:
                    continue
                if id(v) not in held:
                    hits.append(v)
                if a.measure in a.terms.get("entity", ()):
                    v.terms.setdefault("entity", set()).add(a.measure)
                if a.start > v.start and " out of " in cite[v.end:a.start]:
                    # (13 out of 32 games his first two seasons: the whole's words frame its part too; not a bare 'of the':
                    # 44 of the 54 lots on offer finding buyers, where what stands after the whole's noun is the whole's)
                    for cls, ts in a.terms.items():
                        v.terms.setdefault(cls, set()).update(ts)
        if not hits and words and not has_han(q_text):
            # what the question counts is not what it names after a preposition (how many rides … on the crosstown
            # routes): a count of that noun (the 41 crosstown routes) is not asked; the values that count nothing are
            later = {_stem(w) for p in _PREP_OBJECT_RE.finditer(q_text, m.start()) for w in _WORD_RE.findall(p[1])}
            placed = [v for v in candidates if v.measure and v.measure.isascii() and v.measure in later]
            if placed and len(placed) < len(candidates) and not any(v.measure in _TIME_NOUNS for v in placed):
                return [v for v in candidates if not v.measure]
        if hits and m[1].startswith(" of "):  # (how many of those infected: beside the whole, a count of its members may
            # write no noun, its verb right after it: 275 infections … among those infected, 194 have been hospitalized)
            hits += [v for v in candidates if v not in hits and _BARE_COUNT_VERB_RE.match(cite, v.end)]
        if hits and cite and not has_han(q_text):
            # (47 launches and 52 rescued: a count writing no noun, only the participle of the question's own verb after
            # it, counts what that verb acts on, which is what the question counts: how many people did Kilbrae rescue)
            verbs = {_stem(w) for w in _WORD_RE.findall(q_text, m.start())}
            hits += [v for v in candidates if v not in hits and (p := _PARTICIPLE_AFTER_RE.match(cite, v.end)) is not None
                     and (_stem(p[1]) in verbs or _stem(p[1][:-1]) in verbs)]
        # (4,100 members, compared with 2,900 three years ago: a base that writes no noun counts what the value it is
        # compared with counts)
        # and so does a list item that writes only its place (310,000 visitors at its main site, 42,000 at the annex)
        return sorted(hits + [v for v in candidates if not v.measure and v not in hits and any(
            h.sentence == v.sentence and h.end <= v.start and (v.role == "base" or _EN_ITEM_GAP_RE.fullmatch(cite, h.end, v.start)
                                                               and _PLACE_AFTER_RE.match(cite, v.end)) for h in hits)],
                      key=lambda v: v.start)
    asked = m[2] if han_at(m[2], len(m[2]) - 1) else m[2][:1]
    hits = [v for v in candidates if v.measure and has_han(v.measure) and has_han(asked) and asked.startswith(v.measure)]
    if cite:
        # a counter that counts the same things (860名 asked 多少人, 17起 asked 多少次) is the question's measure too,
        # where the question names that value's own noun more than the nouns of the values in its own counter
        alike = [v for v in candidates if v.measure and frozenset((v.measure, asked)) in _COUNTER_SYNONYMS]
        best = max((_item_named(q_text, cite, v) for v in hits), default=0) if alike else 0
        hits += [v for v in alike if _item_named(q_text, cite, v) > best]
        if asked == "级":  # (花莲县6强、宜兰与苗栗5强: a half level is on the 级 scale, asked by the place of its list item)
            hits += [v for v in candidates if v.measure in _INTENSITY_HALVES and _listed_place_asked(q_text, cite, v, candidates)]
    if not hits and cite and has_han(asked) and any(v.measure and has_han(v.measure) for v in candidates):
        # a counter the reader does not take for one (27分: points) still counts what it is written after:
        # asked 多少分, 7个篮板 and 7次助攻 count other things
        # (only where it is so written after two values or more: one alone may be read off a name)
        hits = [v for v in candidates if not v.measure and cite.startswith(asked, v.end)]
        hits = hits if len(hits) > 1 else []
    longest = max((len(v.measure) for v in hits), default=0)
    hits = [v for v in hits if len(v.measure) == longest]
    if hits and cite and not asked.startswith(_TIME_COUNTERS):
        # a count written with its scale and no counter (909万, 同比增加35万) counts what the values beside it
        # count (874万人, 同比增加40万人): the counter written once is theirs too (never a span of time: 18年)
        # (``v not in hits`` by identity, then == only for a value of a hit's span: == compares every field of
        # each value, and a long cite has thousands of candidates)
        held, spans = {id(h) for h in hits}, {(h.start, h.end) for h in hits}
        hits += [v for v in candidates if not (id(v) in held or (v.start, v.end) in spans and v in hits)
                 and not (v.measure and has_han(v.measure))
                 and _BARE_SCALE_RE.search(v.text) and _SAME_SENTENCE_RE.fullmatch(cite, hits[0].end, v.start)]
        hits.sort(key=lambda v: v.start)
    if len(hits) > 1 and cite:  # 多少个市州: of 6个市州 and 22个县, the one whose noun the question names
        # Of nouns the question joins (几例流感并发重症死亡, of 32例流感并发重症 and 3例死亡), the last is
        # the head, what it counts: the others only say which.
        rest = q_text[m.start(2) + longest:]
        spans = {id(v): _noun_in(rest, cite, v.end) for v in hits}
        whole = [sp for sp in spans.values() if sp]
        whole = [sp for sp in whole if not any(a <= sp[0] and sp[1] <= b and (a, b) != sp for a, b in whole)]
        if whole:
            head = max(whole)
            # (a count with no noun after it, a verb of change instead — 比2016年年中31557名增长了28.9% — counts what the
            # count it is compared with counts: 40678名雇员)
            # (and so does one whose clause ends right after it, later in the sentence: 今年共发生4次规模6以上的地震,去年有2次,
            # 前年只有1个 — the noun written once is the later counts' too)
            first = min((v.start for v in hits if spans[id(v)] == head), default=len(cite))
            # (… and so does one the cite writes with that very noun, however its run of characters goes on: 180起余震多在…
            # counts 余震 as 超过1000起余震 does)
            noun = rest[head[0]:head[1]]
            return [v for v in hits if spans[id(v)] == head or cite.startswith(_HAN_DIRECTION_WORDS, v.end)
                    or len(noun) >= 2 and cite.startswith(noun, v.end)
                    or v.start > first and cite[v.end:v.end + 1] in (",", ";", "。") and _SAME_SENTENCE_RE.fullmatch(cite, first, v.start)]
        # (else the noun's first character, where the cite's noun is not another word that shares it: 636人受困 is
        # not of 受伤)
        noun = rest[:1]
        named = [v for v in hits if noun and cite.startswith(noun, v.end) and not (
            han_at(rest, 1) and han_at(cite, v.end + 1) and cite[v.end + 1] != rest[1])]
        if named:
            return named
    return hits


def _listed_place_asked(q_text: str, cite: str, v: Value, values: list[Value]) -> bool:
    """Whether ``v`` closes an item of a Chinese 、 list (花莲县6强、宜兰与苗栗5强、台中、彰化…台北5弱) whose words,
    from the value before it or the clause's start, the question writes (two Han characters of them)."""
    lo = max([w.end for w in values if w.end <= v.start] + [m.end() for m in _CLAUSE_MARKS_RE.finditer(cite, max(0, v.start - 60), v.start)
                                                             if cite[m.start()] != "、"] + [max(0, v.start - 60)])
    if not (cite.startswith("、", v.end) or cite.startswith("、", lo)):
        return False
    item = cite[lo:v.start]
    return any(han_at(item, i) and han_at(item, i + 1) and item[i:i + 2] in q_text for i in range(len(item) - 1))


def _item_named(q_text: str, cite: str, v: Value) -> int:
    """How many two-character words of the noun written beside ``v`` the question writes: the four characters of
    its clause before it and after it (出动救援人员860名: 救援, 援人, 人员), the value itself not counted."""
    lo = max((m.end() for m in _CLAUSE_MARKS_RE.finditer(cite, max(0, v.start - 4), v.start)), default=max(0, v.start - 4))
    end = _CLAUSE_MARKS_RE.search(cite, v.end, v.end + 4)
    near = cite[lo:v.start] + " " + cite[v.end:end.start() if end else min(len(cite), v.end + 4)]
    return sum(han_at(near, i) and han_at(near, i + 1) and near[i:i + 2] in q_text for i in range(len(near) - 1))


_BARE_COUNT_VERB_RE = lazy(r"\s(?:have|has|had|were|was|are|is)\s")
_PARTICIPLE_AFTER_RE = lazy(r"\s([a-z]{2,}ed)(?![a-z'-])", needs="ed")
# A unit phrase a bracketed abbreviation names right after it (912,154 twenty-foot equivalent units (teus)).
_BRACKETED_UNIT_RE = lazy(r"\s[a-z][a-z -]{0,40}?\s\(([a-z]{2,8})\)", needs="(")
_ANOTHER_BEFORE_RE = lazy(r"(?<![a-z])another\s\Z", needs="another")
_LATER_CLAUSE_RE = lazy(r",|;|\sand\s|\swith\s")
_OUT_OF_AFTER_RE = lazy(r"\s(?:out\s)?of\s(?:the\s)?(?=\d)")


def _nounless_count(cite: str, v: Value) -> bool:
    """Whether ``v`` is a plain count that writes no noun of its own after it (damaged five others, with 5,038)."""
    if not isinstance(v.key, tuple) or len(v.key) < 2 or v.key[1] != "":
        return False
    if cite[v.end:v.end + 1] not in ("", " ", ",", ".", ";", ")"):
        return False  # (51-58, 3:1, 2/3: a record or a ratio, no count)
    return _word_after(cite, v.end) in ("", "other")


def _counted_antecedent(cite: str, v: Value, candidates: list[Value]) -> Value | None:
    """The count whose noun a nounless count ``v`` counts: the count it is written out of (13 out of 32 games), else
    the nearest count before it in its sentence that writes a noun (burned 10 homes, damaged five others), or in an
    earlier sentence where ``another`` opens it (destroyed 2,000 structures. Another 15,000 are threatened)."""
    if not isinstance(v.key, tuple) or len(v.key) < 2 or v.key[1] != "":
        return None
    out = _OUT_OF_AFTER_RE.match(cite, v.end)
    if out:
        return next((c for c in candidates if c.start == out.end() and c.measure and not _nounless_count(cite, c)), None)
    if not _nounless_count(cite, v):
        return None
    another = _ANOTHER_BEFORE_RE.search(cite, max(0, v.start - 8), v.start) is not None
    before = [c for c in candidates if c.end <= v.start and (another or c.sentence == v.sentence)
              and isinstance(c.key, tuple) and len(c.key) > 1 and c.key[1] == ""]
    if not before:
        return None
    last = max(before, key=lambda c: c.start)
    if _nounless_count(cite, last) or not last.measure:
        return None
    # (it goes on in a later clause of the sentence, after a comma or and: not a number inside the same phrase, S&P 500,
    # nor a list a colon opens, at least one dose: two in Texas)
    return last if another or _LATER_CLAUSE_RE.search(cite, last.end, v.start) and ":" not in cite[last.end:v.start] else None
_BARE_SCALE_RE = lazy(r"[万亿]\Z")
_SAME_SENTENCE_RE = lazy(r"[^。!?\n]*")
# Counters a question asks a count of time with (多少年, 几天): not _SPAN_COUNTERS, the spans a threshold ignores
_TIME_COUNTERS = ("年", "月", "天", "日", "岁", "周", "星期", "次", "倍", "小时", "分钟", "秒", "个月", "个小时")
_NOUN_END_RE = lazy(r"以及|及|和|与|的|[^\u3400-\u9fff]")


def _noun_in(rest: str, cite: str, end: int) -> tuple[int, int] | None:
    """Where the question's words after its counter (``rest``) name the whole noun written right after
    a count (``cite`` from ``end``: 3例死亡), or None."""

    stop = _NOUN_END_RE.search(cite, end)
    noun = cite[end:stop.start() if stop else len(cite)]
    # (one character names a noun only where it is a count's outcome glued to it: 1133伤 is of 受伤)
    at = rest.find(noun) if len(noun) >= 2 or noun in _COUNT_AFTER else -1
    return (at, at + len(noun)) if at >= 0 else None


_TIME_PREP_QUESTION_RE = lazy(r"(?<![a-z])(on|in|at|for|since|until|till|by|from|through|during|after|before|as of|up to)\s(?:what|which)(?![a-z])")
# A range's end is governed as "until" is, its start as "from" is (sold from November 2020 to March 2021;
# made between 1973 and 2017): asked "until what month" or "from what date", the range's own end answers.
_RANGE_END_PREPS = {"until": "end", "till": "end", "through": "end", "up to": "end", "from": "start", "since": "start"}
_PLAIN_TIME_PREPS = frozenset({"on", "in", "at"})
_MARKED_TIME_PREPS = frozenset({"for", "since", "until", "till", "by", "from", "through", "after", "before", "as of"})
_TIME_PREP_RE = lazy(r"(?<![a-z])(on|in|at|for|since|until|till|by|from|through|during|after|before|as of)\s(?:the\s)?\Z")


def _time_prep(cite: str, start: int) -> str:
    """The preposition that governs the date at ``start`` (for June 2022), or ""."""
    m = _TIME_PREP_RE.search(cite, max(0, start - 12), start)
    return m[1] if m else ""


_GOVERNOR_RE = lazy(r"([a-z]{2,}(?:ed|ing)|held|made|built|paid|set|won|lost|began|begun|hit|struck|took|taken|gave|given"
                    r"|sold|bought|sent|spent|met|left|came|went|shut|cut|rose|fell|grew|broke|wrote|written)"
                    r"\s(?:(?:on|in|at|of|the|by|from|until|through|as of)\s){0,2}\Z")
# A dateline: a place, its date (and a wire's name) and a dash, at the head of a line.
_DATELINE_RE = lazy(r"(?:^|(?<=\n)|(?<=;\s))[a-z][a-z .'-]{1,30},\s\Z")  # (a line break may be read as "; ")
_DATELINE_END_RE = lazy(r"\s?(?:/[^/\n]{1,40}/)?\s?[—–-]")
_TODAY_RE = lazy(r"(?<![a-z])today\s([a-z]+)")


def _governor(cite: str, v: Value) -> str:
    """The verb whose event a date is the date of: right before it (the quarter ended March 31, decided
    on May 5, ending June 30), or for a dateline's date the verb after "today" in its sentence. A
    label's date is its label's (Born: 1919-12-03); a lifespan's two dates after a name are birth and
    death (December 3, 1919 – April 19, 2007); a date fronted before its clause is the clause's verb's
    (In 1950, they moved); else the last verb since the date before it (married on Valentine's Day 1943)."""
    return _governor_at(cite, v)[0]


def _stretch_words(cite: str, v: Value, taken: set[int] = frozenset()) -> tuple[set[str], set[str]]:
    """The past verbs (bare forms) and the words (stems) of a date's own stretch of its sentence: since its sentence's
    start or the date before it, up to it. Two scans of that stretch, only where the governors left dates out."""
    since = max(_sentence_start(cite, v.start), max((d.end for d in _cite_dates(cite) if d.end <= v.start), default=0))
    verbs = {_lemma(m[1]) for m in _VERB_RE.finditer(cite, since, v.start)
             if m[1] not in _NOT_VERBS and not m[1].endswith("ing") and m.end(1) not in taken}
    return verbs, {_stem(w) for w in _WORD_RE.findall(cite, since, v.start) if w not in _STOP}


def _governor_at(cite: str, v: Value) -> tuple[str, int]:
    """:func:`_governor` and where the verb ends in the cite (-1: a word the cite does not write there)."""
    lo = max(cite.rfind(c, 0, v.start) for c in ",;:.\n") + 1
    dateline = _DATELINE_RE.search(cite, max(0, v.start - 34), v.start) and _DATELINE_END_RE.match(cite, v.end)
    heading = not dateline and not cite[:v.start].strip() and _ROW_END_AFTER_RE.match(cite, v.end)
    if dateline or heading:
        # a dateline's date, or a date alone on the text's first row, is the day of the text: of what it
        # says happened "today", of what its first sentence says is happening (researchers are
        # reporting …), else of its issue
        start = heading.end() if heading else v.end
        end = _sentence_end(cite, start)
        m = _TODAY_RE.search(cite, start, end) or _VERB_TODAY_RE.search(cite, start, end) or _PRESENT_VERB_RE.search(cite, start, end)
        return (m[1], m.end(1)) if m else ("issued", -1)
    m = _LABEL_RE.search(cite, max(0, v.start - 30), v.start)
    if m:
        return m[1], -1
    if _HEADING_DATE_RE.search(cite, 0, v.start) and _HEADING_END_RE.match(cite, v.end):
        return "issued", -1  # a heading's date (Press Release … – July 7, 2013 06:30) is the day it was issued
    if _LIFESPAN_OPEN_RE.search(cite, max(0, v.start - 2), v.start) and _LIFESPAN_DASH_RE.match(cite, v.end):
        return "born", -1
    if _LIFESPAN_DASH_END_RE.search(cite, max(0, v.start - 3), v.start) and cite.startswith(")", v.end):
        return "died", -1
    m = _GOVERNOR_RE.search(cite, lo, v.start)
    if m:
        return m[1], m.end(1)
    head = _CLAUSE_HEAD_RE.fullmatch(cite, lo, v.start)
    if head and (head[1] or lo == 0 or cite[lo - 1] in ".;\n"):  # not after an apposition's comma
        m = _VERB_RE.search(cite, v.end, _sentence_end(cite, v.end))
        return (m[1], m.end(1)) if m else ("", -1)
    since = max(_sentence_start(cite, v.start), max((d.end for d in _cite_dates(cite) if d.end <= v.start), default=0))
    # (past forms only: an -ing word this far off is as often a noun, a briefing or a meeting)
    verbs = [m for m in _VERB_RE.finditer(cite, since, v.start) if m[1] not in _NOT_VERBS and not m[1].endswith("ing")]
    if not verbs:  # a gapped clause (France had booked Everest for 1954 and the Swiss for 1955) shares the verb
        earlier = [d for d in _cite_dates(cite) if d.end <= v.start and _GAPPED_DATE_RE.fullmatch(cite, d.end, v.start)]
        if earlier:
            return _governor_at(cite, Value(earlier[-1].start, earlier[-1].end, cite[earlier[-1].start:earlier[-1].end], None))
    return (verbs[-1][1], verbs[-1].end(1)) if verbs else ("", -1)


# A field's name runs from the field's start (a row, a "|") to its colon; a time and a weekday may stand
# between it and its date (Updated: 7:34 pm, Fri Oct 7, 2011).
_FIELD_LABEL_RE = lazy(r"(?:^|[|;\n]\s?)([a-z][a-z ]{0,30}?):\s?(?:\d{1,2}:\d\d\s?(?:[ap]\.?m\.?)?,?\s)?"
                       r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s)?\Z")
# Words of relative order that say one thing: the next release is the one following.
_RELATIVE_ORDER = {"follow": "next", "upcom": "next", "subsequent": "next"}  # (bare forms, as _lemma gives)


def _field_label(cite: str, v: Value) -> frozenset[str]:
    """The words (bare forms) of the field name a date stands under, if it stands under one."""
    m = _FIELD_LABEL_RE.search(cite, max(0, v.start - 60), v.start)
    return frozenset(_RELATIVE_ORDER.get(w, w) for w in map(_lemma, m[1].split())) if m else frozenset()


_GAPPED_DATE_RE = lazy(r",?\s(?:and|while|but)\s(?:the\s)?[a-z'.-]+(?:\s[a-z'.-]+)?\s(?:for|in|on|at|by)\s")


def _gapped_subject(cite: str, v: Value) -> set[str]:
    """The subject of the gapped clause a date stands in (… for 1954 and the Swiss for 1955: the Swiss)."""
    m = next((m for d in _cite_dates(cite) if d.end <= v.start for m in [_GAPPED_DATE_RE.fullmatch(cite, d.end, v.start)] if m), None)
    return {w for w in _WORD_RE.findall(m.group()) if w not in _STOP and w not in ("and", "while", "but", "for", "in", "on", "at", "by")} if m else set()


def _future_governor(cite: str, v: Value) -> str:
    """The verb of an event to come whose date ``v`` is ("CBO will release a new estimate … on September 9")."""
    verbs = list(_FUTURE_VERB_AT_RE.finditer(cite, _sentence_start(cite, v.start), v.start))
    return verbs[-1][1] if verbs else ""


def _cite_dates(cite: str):
    return parse_dates(cite)


# Past forms that do not end in -ed, and their bare form.


@lru_cache(maxsize=4096)  # (a few hundred distinct words, looked up tens of thousands of times a deck)
def _lemma(word: str) -> str:
    """A verb's or noun's bare form, enough to match ended / ending / end, announced / announce,
    met / meet, died / die, married / marry."""
    word = _IRREGULAR.get(word, word)
    if word.endswith(("ied", "ies")):
        return word[:-3] + "y" if len(word) > 5 else word[:-1]  # married: marry; died: die
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            if suffix in ("ing", "ed") and stem[-1] == stem[-2] and stem[-1] not in "aeiouylsfz":
                stem = stem[:-1]  # occurred: occur, planned: plan
            return stem
    return word


_VERB_RE = lazy(r"(?<![a-z])([a-z]{2,}(?:ed|ing)|held|made|built|paid|won|lost|began|begun|struck|took|taken|gave|given"
                r"|sold|bought|sent|spent|met|left|came|went|rose|fell|grew|broke|wrote|written|born|died|flew|led|ran"
                r"|became|chose|fought)(?![a-z])")
# -ing and -ed words that are no verb of an event
_NOT_VERBS = frozenset({"during", "morning", "evening", "according", "including", "nothing", "something", "anything",
                        "everything", "thing", "king", "spring", "string", "ceiling", "building", "hundred", "red",
                        "bed", "seed", "need", "speed", "feed", "shed", "wed", "bring", "wing", "ring", "sing"})
# A label before its value on its own line: "- Born: 1919-12-03", "Decided: May 5".
_LABEL_RE = lazy(r"(?<![a-z])([a-z]+):(?:;\s)?\s?\Z")  # (a label's row may end before its date: "embargoed for release:")
_FUTURE_VERB_AT_RE = lazy(r"(?<![a-z])(?:will|shall|(?:is|are|was|were|plans?|planned|due|set|scheduled) to)\s(?:be\s)?([a-z]{3,})(?![a-z])")
_VERB_TODAY_RE = lazy(r"(?<![a-z])([a-z]{2,}ed|made|held|paid|gave|sent|set|cut)\s[^.;]{0,60}?(?<![a-z])today(?![a-z])")
_ROW_END_AFTER_RE = lazy(r"\s?(?:;|\n)")
_PRESENT_VERB_RE = lazy(r"(?<![a-z])(?:is|are)\s([a-z]{3,}ing)(?![a-z])")
_LIFESPAN_OPEN_RE = lazy(r"\(\s?\Z")
_LIFESPAN_DASH_RE = lazy(r"\s?[–—-]\s?(?=[a-z0-9])")
_LIFESPAN_DASH_END_RE = lazy(r"[–—-]\s?\Z")
# A date at the head of its clause (In 1950, they moved; Only July 6, 2013 at 11:28 an accident occurred).
_CLAUSE_HEAD_RE = lazy(r"\s*(?:(and|but|then)\s)?(?:only\s)?(?:in|on|by|since|from|after|at)?\s?")
# A heading's date: at the end of the first line, after a dash.
_HEADING_DATE_RE = lazy(r"\A[^.;\n]{1,120}\s[–—-]\s\Z")
_HEADING_END_RE = lazy(r"\s?(?:\([^()\n]{1,20}\))?\s*(?:\n|;|\Z)")


_SUBJECT_WORDS_RE = lazy(r"((?:[a-z][a-z'-]*\s){1,3})\Z")
_AUXILIARIES = frozenset({"did", "does", "do", "was", "were", "is", "are", "has", "had", "have", "will", "would", "then", "also"})


def _subject(text: str, lo: int, at: int, asked: bool = False) -> set[str]:
    """The words right before a verb at ``at`` (up to three, none across a mark): its subject, often.
    In a question, the words after its auxiliary (when did Sam Walton die)."""
    m = _SUBJECT_WORDS_RE.search(text, max(lo, at - 40), at)
    words = m[1].split() if m else []
    if asked:
        cut = [i for i, w in enumerate(words) if w in _AUXILIARIES]
        words = words[cut[-1] + 1:] if cut else []
    return {w for w in words if w not in _AUXILIARIES and w not in _STOP}


def _object_words(text: str, at: int, stop: int) -> set[str]:
    """The words after a verb ending at ``at``, up to ``stop``: its object and what stands beside it."""
    return {w for w in _WORD_RE.findall(text, at, stop) if w not in _STOP}


def _object_overlap(cite: str, v: Value, question: str) -> int:
    """How many words of the question's object (after its verb) the object of ``v``'s verb shares."""
    verb, at = _governor_at(cite, v)
    lemma = _lemma(verb)
    q = next((m for m in _WORD_RE.finditer(question) if _lemma(m.group()) == lemma), None)
    if at < 0 or q is None:
        return 0
    # (the cite's words up to its sentence's end or the next date, the question's to its end)
    stop = min([d.start for d in _cite_dates(cite) if at <= d.start and d.start != v.start] + [_sentence_end(cite, at)])
    return len(_object_words(cite, at, stop) & _object_words(question, q.end(), len(question)))


_ASKED_SUBJECT_RE = lazy(r"(?<![a-z])(?:did|does|do|was|were|is|are|has|had|will)\s((?:[a-z][a-z'-]*\s?){1,3})")
_BRACKETED_RE = lazy(r"\([^()]*\)")


def _asked_subject(question: str) -> set[str]:
    """The first words after a question's auxiliary: its subject, and maybe its verb."""
    m = _ASKED_SUBJECT_RE.search(question)
    return {w for w in m[1].split() if w not in _STOP} if m else set()


def _subject_of(cite: str, v: Value) -> set[str]:
    """The subject of the verb that governs ``v``: for a dateline, the words between it and "today"."""
    verb, at = _governor_at(cite, v)
    if at < 0:
        return set()
    if at > v.end:  # a dateline's verb, or a fronted date's
        words = _BRACKETED_RE.sub(" ", cite[v.end:at - len(verb)])
        return {w for w in _WORD_RE.findall(words) if w not in _STOP and w not in _AUXILIARIES and w != "today"}
    return _subject(cite, 0, at - len(verb))


def _event_words(cite: str, v: Value) -> str:
    verb, at = _governor_at(cite, v)
    return " ".join(sorted(_subject(cite, 0, at - len(verb)), key=cite.rfind) + [verb]) if at >= 0 else verb


def _other_subject(cite: str, v: Value, question: str) -> bool:
    """Does the verb governing ``v`` have another subject than the question's same verb?"""
    verb, at = _governor_at(cite, v)
    lemma = _lemma(verb)
    if at < 0:
        return False
    at -= len(verb)
    q = next((m for m in _WORD_RE.finditer(question) if _lemma(m.group()) == lemma), None)
    if at < 0 or q is None:
        return False
    mine, asked = _subject(cite, 0, at), _subject(question, 0, q.start(), asked=True)
    return bool(mine & asked) and bool(mine - asked) and bool(asked - mine)


_ISSUE_VERBS = frozenset({"issu", "releas", "publish", "post"})
# A question whose own verb is one of saying (On what day did AMR Corp. say that …?), and the verb right before a
# date in the cite (AMR Corp. said Monday that …): one act, whichever verb of saying each writes.
_ASKED_SAYING_RE = lazy(r"(?<![a-z])(?:did|does|do|will|would)\s(?:[\w.'&-]+\s){1,5}?(?:say|report|announce|tell|state|disclose)(?![a-z])",
                        needs=("did", "does", "do", "will", "would"))
_SAYING_DAY_RE = lazy(r"(?<![a-z])(?:said|says|told|reported|announced|stated|disclosed)\s(?:on\s|late\s|early\s)?\Z",
                      needs=("said", "says", "told", "reported", "announced", "stated", "disclosed"))
_RELATIVE_DATE_RE = lazy(
    r"(?<![a-z])(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|a few|several|\d{1,2}|a|an)"
    r"\s(?:years?|months?|weeks?|days?|decades?)\s(?:later|afterwards?)|the\s(?:next|following)\s(?:year|month|week|day))(?![a-z])"
    r"|(?<![\d〇零一二三四五六七八九十两几数])(?:[一二三四五六七八九十两几数]{1,3}|\d{1,2})(?:年|个月|周|天)(?:后|之后|以后)|次年|翌年|次日|翌日", needs=('later', 'afterward', 'the', '后', '次', '翌'))
_CN_WH_VERB_RE = lazy(r"(?:哪一?[天年日]|哪个?月|何[时日]|什么时[候间]|几月几[日号]|几号|几时(?:几分)?)(?:在|于)?([\u3400-\u9fff]{2})")
_COMMA_CLAUSE_RE = lazy(rf"[{clause_marks('line', 'comma')}]|,(?!(?<=\d,)\d{{3}}(?!\d))")
_RANGE_GAP_RE = lazy(r"\s?(?:-|–|—|~|〜|(?:开始|起)?\s?(?:至|到)|(?<![a-z])(?:to|through|until)(?![a-z]))\s?")  # (从24日开始至3月3日)
# A question that asks where a range starts (从哪一天开始, when did it begin) or where it ends (到哪一天为止,
# 截至哪一天: 截至 before the question word asks how far the span runs).
# (… and in English "up to what month", "until when", "through which date" ask the end, "from what date" the start.)
_RANGE_QUESTION_RE = lazy(r"(开始|起始|从[^,;。?]{0,10}?起(?![飞草诉因来])|(?<![a-z])(?:start|begin)s?(?![a-z])|(?<![a-z])from\s(?:what|which|when)(?![a-z]))"
                          r"|(为止|结束|截止|截至(?=哪|何|什么|几)|(?<![a-z])(?:end|ends|last)(?![a-z])"
                          r"|(?<![a-z])(?:up\sto|until|till|through)\s(?:what|which|when)(?![a-z]))")
# "between January 2002 and June 2016": two dates joined by "and" after "between" bound a window.
_BETWEEN_BEFORE_RE = lazy(r"(?<![a-z])between\s\Z", needs="between")
_BETWEEN_AND_RE = lazy(r",?\s(?:and|&)\s")


def _calendar(d) -> bool:
    return (d.year, d.month, d.day, d.weekday) != (None, None, None, None)


# A date fronted as a clause of its own (2021年3月5日, / 3月5日上午, / On March 5, 2021,): "于/在/on" before it; a
# date "as of" (截至2023年底,) is one too: 截至 before it and 末 or 底 after it are the date's own words, no item's.
_DATE_HEAD_BEFORE_RE = lazy(r"[\s,;:。]*(?:(?:于|在|on|in|截至|截止)\s?)?")
_DATE_HEAD_AFTER_RE = lazy(r"\s?(?:份|末|底|左右|前后)?\s?,")


# The base phrase of a comparison that holds the base's own value: 与2010年的133972万人相比, 比2000年到2010年的
# 年平均增长率0.57%下降…, 较上年的5.2%提高… (up to 相比 or the direction word after the value).
_BASE_VALUE_RE = lazy(rf"(?:与|较|(?<![同环相占])比(?![例重率较]))[^{clause_marks('clause')}]{{0,40}}?(?:的|之)[^{clause_marks('clause')}]{{0,20}}?(?=[\d零〇一二三四五六七八九十两])", needs=('与', '较', '比'))
_BASE_VALUE_END_RE = lazy(r"\s?(?:相比|相较|比较|(?:增长|增加|下降|减少|上升|提高|降低|回落|回升|扩大|缩小|收窄|加快|放缓|多|少|高|低)(?:了)?)")


def _base_values(cite: str, values: list[Value]) -> None:
    """A value written inside the base of its comparison (与2010年的133972万人相比) is the base's: the
    earlier period's value, as "up from 29.8% a year earlier" is."""
    for m in _BASE_VALUE_RE.finditer(cite):
        v = next((v for v in values if v.start == m.end()), None)
        if v is not None and _BASE_VALUE_END_RE.match(cite, v.end):
            v.flags["period"] = "prior"


# A term of office written right before its value (由上次逾69.5万票回落至, 比上届6.5万多票少, 上届2021年的30.20%)
# is that value's own period: it describes no other value of its clause or the clauses after it.
_TERM_WORD_RE = lazy(r"(上一届|上届|上次|本届|今届)", needs=('届', '上次'))
_TERM_OWNED_RE = lazy(_TERM_WORD_RE.pattern + r"(?:(?:19|20)\d\d年)?的?(?:仅|有)?(?=(?:约|逾|超过|近)?[\d零〇一二三四五六七八九十两])", needs=('届', '上次'))


def _term_period(word: str) -> str:
    """The period a term word names: this term (本届, 今届) or an earlier one (上届, 上次)."""
    return "current" if word[0] in "本今" else "prior"


@lru_cache(maxsize=1024)
def _term_owned(cite: str) -> tuple[tuple[int, int], ...]:
    """(start of the term word, start of its value) for each term word that owns the value after it."""
    return tuple((m.start(), m.end()) for m in _TERM_OWNED_RE.finditer(cite))


# Between a date and the one it was moved to: "for August 1, 2010 were accelerated to", 由3月5日推迟至.
_MOVED_RE = lazy(r"[^.;。]{0,80}?(?<![a-z])(?:accelerated|moved|postponed|delayed|rescheduled|pushed back|brought forward|advanced"
                 r"|shifted|changed|deferred|extended)\s(?:to|until|till)\s(?:the\s)?\Z|[^,;。]{0,20}?(?:提前|推迟|延后|延期|改|调整|顺延)(?:至|到)\Z")


_BASE_QUESTION_RE = lazy(r"基数|基期|基准年|(?<![a-z])base (?:year|period)")
_COMPARED_DATE_RE = lazy(r"\s?(?:比|较|相比|相较)\s?")


def _base_date(cite: str, v: Value, chosen: Value) -> bool:
    """Is one of two dates the base of the other: the date a figure is compared against (more than
    recorded in July 2007), or the date an event was moved from (for August 1 … accelerated to July 31)?"""
    if "base" in (v.role, chosen.role) and v.key[1] is not None and v.key[1:3] == chosen.key[1:3] and v.key[0] != chosen.key[0]:
        return True  # (the same month or day of another year: the period compared against)
    a, b = sorted((v, chosen), key=lambda w: w.start)
    # (2020年比2010年翻一番: the date after 比 is the base of the one before it)
    return a.end <= b.start and (_MOVED_RE.fullmatch(cite, a.end, b.start) is not None
                                 or _COMPARED_DATE_RE.fullmatch(cite, a.end, b.start) is not None)


# A value the subject would or will move to or stand at (Thomson would jump to 34 percent, will reach 5 million).
_PROSPECTIVE_RE = lazy(rf"(?<![a-z])(?:{forecast_words('modal')})\s(?!have been)(?:(?:jump|rise|climb|fall|drop|grow|increase|decrease|reach"
                       r"|swell|shrink|soar|surge|slip|sink|go|move)\s(?:to\s)?|reach\s)(?:about\s|some\s|around\s|nearly\s)?\Z", needs=('will', 'would', "'ll"))
# (… and so is the object of a verb of foreseeing written right before it: officials project 3 million by 2035)
_FORESEEN_VERBS = ("project", "predict", "forecast", "expect")
_FORESEEN_RE = lazy(rf"(?<![a-z])(?:{forecast_words(verbs=_FORESEEN_VERBS)})\s"
                    r"(?:about\s|some\s|around\s|nearly\s|roughly\s)?\Z", needs=_FORESEEN_VERBS)


def _prospective(cite: str, values: list[Value]) -> None:
    """A value the subject would or will move to is a forecast, whatever the words around it."""
    for v in values:
        if "forecast" not in v.flags and (_PROSPECTIVE_RE.search(cite, max(0, v.start - 30), v.start)
                                          or _FORESEEN_RE.search(cite, max(0, v.start - 30), v.start)):
            v.flags["forecast"] = "forecast"


# A clause hedged by what someone foresees in the present tense (if the deal closes in August, as officials
# predict, …): its values are forecasts. (What happened as foreseen, "as expected", is still what happened.)
_HEDGE_RE = lazy(rf",\sas\s(?:[a-z'-]+\s){{0,4}}?(?:{forecast_words(verbs=tuple(FORESEE_VERBS))})(?![a-z])",
                 needs=tuple(FORESEE_VERBS))


def _hedged(cite: str, values: list[Value]) -> None:
    """Mark the values a hedge after them (, as analysts expect) says are foreseen, back to their sentence's start."""
    # (a sentence's last hedge reaches back over every value its earlier hedges do: one pass over the values per sentence)
    reach: dict[int, int] = {}
    for m in _HEDGE_RE.finditer(cite):
        reach[_sentence_start(cite, m.start())] = m.start()
    order = sorted(values, key=lambda v: v.start) if reach else []
    starts = [v.start for v in order]
    for start, end in reach.items():
        for v in order[bisect_left(starts, start):bisect_left(starts, end)]:
            if v.end <= end:
                v.flags["forecast"] = "forecast"


_MOVER_RE = lazy(r"([a-z][a-z'.&-]*)\s(?:would|will)\s\Z")


def _moved_from(cite: str, base: Value, level: Value, values: Sequence[Value], question: str) -> bool:
    """Whether ``level`` is what the subject the question names would move to from ``base`` (with 11 percent …, Thomson
    would jump to 34 percent): one item's level now and the level foreseen, the first of its sentence before the second."""
    if base.sentence != level.sentence or base.end > level.start or base.key[1:] != level.key[1:] \
            or any(base.end <= w.start and w.end <= level.start for w in values):
        return False
    m = _PROSPECTIVE_RE.search(cite, max(0, level.start - 30), level.start)
    mover = m and _MOVER_RE.search(cite, max(0, m.start() - 30), m.start() + len(m.group().split()[0]) + 1)
    return bool(mover) and _stem(mover[1]) in {_stem(w) for w in _WORD_RE.findall(question)}


# A list of targets headed by its name and a colon (主要预期目标是:…): every value after it, to the end of
# its paragraph, is a target of the head's period, though the list runs on over 。.
_TARGET_HEAD_RE = lazy(r"目标(?:是|为|如下)?\s?:", needs='目')


def _target_lists(cite: str, values: list[Value], question: str) -> None:
    """Mark the values of a target list as forecasts, each with the head's words the question names
    (预期目标, 今年) as its own."""
    for m in _TARGET_HEAD_RE.finditer(cite):
        end = cite.find("\n", m.end())
        listed = [v for v in values if m.end() <= v.start < (len(cite) if end < 0 else end)]
        if not listed:
            continue
        head = _sentence_start(cite, m.start())
        words = {t.ident for t in _terms(question, cite, values) if t.asked and t.cls == "entity" and head <= t.start < m.end()}
        periods = [ident for a, b, cls, ident in _table_terms(cite) if cls == "period" and head <= a < m.end()]
        for v in listed:
            v.flags["forecast"] = v.flags["target"] = "forecast"
            if periods:
                v.flags["period"] = periods[-1]
            if words:
                v.terms.setdefault("entity", set()).update(words)


def _fronted_dates(cite: str, values: list[Value], question: str) -> None:
    """A date heading its sentence as a clause of its own (2021年3月5日,公司发布业绩,并于10日派息) is the
    date of the clause after it: that clause's words describe it. A later clause's own date (10日)
    keeps its own clause's words."""
    clauses, sentences = _boundaries(cite, values)
    terms = [t for t in _terms(question, cite, values) if t.asked and t.cls in _ITEM_CLASSES]
    for v in values:
        c = _index(clauses, v.start)
        if clauses[c] not in sentences or not _DATE_HEAD_BEFORE_RE.fullmatch(cite, clauses[c], v.start):
            continue
        m = _DATE_HEAD_AFTER_RE.match(cite, v.end)
        if not m or c + 1 >= len(clauses) or clauses[c + 1] != m.end():
            continue
        lo, hi = clauses[c + 1], clauses[c + 2] if c + 2 < len(clauses) else len(cite)
        if any(lo <= w.start < hi for w in values):
            continue  # (the next clause states a date of its own)
        for t in terms:
            if lo <= t.start < hi:
                _attach(v, t)



# A Chinese sentence's subject heading its first item (全省档案馆陈列展览2140个,…;参观人次3160.5万): a later clause opening
# with a bare item's name and its value (参观人次3160.5万) is the same subject's; a clause opening with a scope (全省, 其中)
# or another subject's name starts anew.
_ZH_BARE_ITEM_OPEN_RE = lazy(r"\s?([\u4e00-\u9fff]{2,10}?)(?:同比|环比|累计)?(?:增长|下降|增加|减少|为|达到?)?\s?\d")
_ZH_LATER_CLAUSE_MARK_RE = lazy(r"(?:^|[,;。!?\n])\s?")
_ZH_SUBJECT_CLAUSE_MARK_RE = lazy(rf"[{clause_marks('line')}]")
_ZH_SUBJECT_RENEWED_RE = lazy(r"\s?(?:其中|当季|当月|当年|同期|全省|全市|全区|全县|全国|我国|我省|我市|本省|本市|(?:19|20)\d\d\s?年)")


def _zh_bare_item(cite: str, at: int) -> bool:
    """Whether an item's own name and its value open the text at ``at`` (参观人次3160.5万; not 累计8554.0万, 同比下降,
    每秒33公尺: a tally, a change's words or a rate's unit, no item)."""
    m = _ZH_BARE_ITEM_OPEN_RE.match(cite, at)
    name = m and m[1].replace("的", "")
    return bool(name) and len(name) >= 2 and not _ZH_NOT_ITEM_RE.search(name) and not name.startswith("每") \
        and not _ZH_ITEM_LIST_RE.search(name) and not _ZH_GROWTH_WORDS_RE.search(name)


def _zh_shared_subject(cite: str, values: list[Value], question: str) -> None:
    """The subject that heads a Chinese sentence's first item, written before that item's own name (全省档案馆 of
    全省档案馆陈列展览), describes the values of the sentence's later clauses, up to its 。, that open with a bare item's
    name (参观人次3160.5万) and those that go on with it (比2013年增长19.4%): where the question names the subject and
    the later item, not the first item."""
    if not has_han(cite) or len(values) < 2:
        return
    heads = [_ZH_BARE_ITEM_OPEN_RE.match(cite, m.end())[1] for m in _ZH_LATER_CLAUSE_MARK_RE.finditer(cite)
             if _zh_bare_item(cite, m.end())]
    if not any(h in question for h in heads) or not any(h not in question and h[:2] in question for h in heads):
        return  # (no bare item the question names after one whose subject alone it names: nothing read)
    clauses = [0] + [m.end() for m in _ZH_SUBJECT_CLAUSE_MARK_RE.finditer(cite)]
    terms = [t for t in _terms(question, cite, values) if t.asked and t.cls in _ITEM_CLASSES]
    for t in terms:
        c = _index(clauses, t.start)
        if not (t.end < len(cite) and "\u4e00" <= cite[t.end] <= "\u9fff" and _zh_bare_item(cite, t.end)):
            continue  # (the term is the subject before an item's own name, 全省档案馆|陈列展览, not the item itself)
        begin = max(cite.rfind(p, 0, t.start) for p in "。!?\n") + 1
        end = min([i for i in (cite.find(p, t.end) for p in "。!?\n") if i >= 0] or [len(cite)])
        if any(begin <= v.start < clauses[c] for v in values) or not _FRONTED_RE.fullmatch(cite, clauses[c], t.start) \
                and not _ZH_PERIOD_NAMED_RE.fullmatch(cite[clauses[c]:t.start].strip(" ,;:")):
            continue  # (it heads its sentence's first clause with a value)
        first = clauses[c + 1] if c + 1 < len(clauses) else len(cite)
        if any(t.end <= u.start < first for u in terms):
            continue  # (the question names the first item too, 溢价率 of 土拍的整体溢价率: no subject apart from it)
        on = False
        for k in range(c + 1, len(clauses)):
            lo = clauses[k]
            if lo >= end:
                break
            hi = min(clauses[k + 1] if k + 1 < len(clauses) else len(cite), end)
            at = hi - len(cite[lo:hi].lstrip(" ,;:"))
            if _ZH_SUBJECT_RENEWED_RE.match(cite, at):
                break
            if _zh_bare_item(cite, at):
                if not any(at <= u.start <= at + 1 for u in terms):
                    break  # (a bare item the question does not name: whose subject it is, is not plain)
                on = True  # (a bare item the question names, 参观人次: the subject's, which the question names too)
            elif not (on and _ZH_ITEM_GOES_ON_RE.match(cite, at)):
                on = False
            if on:
                for v in values:
                    if lo <= v.start < hi and t.ident not in v.terms.get(t.cls, ()):
                        _attach(v, t)

# A clause that opens with no item of its own, only a change, the real change after 扣除价格因素 or the median's share
# of the mean (城镇居民人均消费支出7924元,增长5.7%,扣除价格因素,实际增长4.4%; …中位数10650元,增长4.7%,中位数
# 是平均数的86.6%): it goes on with the subject of the value before it.
_ZH_CHAIN_LINK_RE = lazy(r"\s?[,，]\s?(?:扣除价格因素(?:影响)?\s?[,，]\s?)?(?:(?:比上年(?:同期)?)?(?:同比)?(?:名义|实际)?(?:增长|下降)"
                         r"|(?:中位数)?是平均数的)\s?", needs=("增长", "下降", "平均数"))
_ZH_CHAIN_OWN_WORDS = ("扣除价格因素", "实际", "名义", "平均数")


def _zh_chained_clauses(cite: str, values: list[Value], question: str) -> None:
    """The subject the question names, bound to a value (城镇居民人均消费支出 of its 5.7%), describes the values of the
    clauses that go on from it with no item of their own, up to its ; or 。 (扣除价格因素,实际增长4.4%): asked the real
    growth of 城镇, the value after 城镇's own, not the first real growth of the cite."""
    if len(values) < 3 or not has_han(cite):
        return
    # (only where the question names the clause's own words: asked 比上年增长多少, the value after 扣除价格因素 is
    # the real growth, which the question does not ask, and stays apart from the subject's plain growth)
    links = [(p, v) for p, v in zip(values, values[1:]) if (m := _ZH_CHAIN_LINK_RE.fullmatch(cite, p.end, v.start))
             and any(w in m.group() and w in question for w in _ZH_CHAIN_OWN_WORDS)]
    if not links:
        return
    terms = [t for t in _terms(question, cite, values) if t.asked and t.cls in _ITEM_CLASSES]
    for p, v in links:  # (in order: a chain of three clauses carries the subject through)
        lo = max(cite.rfind(m, 0, p.start) for m in ";；。\n") + 1
        for t in terms:
            if lo <= t.start and t.end <= p.start and t.ident in p.terms.get(t.cls, ()) and t.ident not in v.terms.get(t.cls, ()):
                _attach(v, t, beside=False)


# A date in brackets right after a name, one of a list (日本(2005年)、德国(2007年)…迈入超高龄社会): the name is the
# date's item and the rest of its sentence, the verb the list shares, describes every such date.
_BRACKET_DATE_BEFORE_RE = lazy(r"[\u3400-\u9fff]\s?\(\s?\Z")
_BRACKET_DATE_AFTER_RE = lazy(r"\s?\)\s?(?:、|,|和|及|与|等)")


def _bracketed_dates(cite: str, values: list[Value], question: str) -> None:
    listed = [v for v in values if _BRACKET_DATE_BEFORE_RE.search(cite, max(0, v.start - 3), v.start)
              and _BRACKET_DATE_AFTER_RE.match(cite, v.end)]
    if len(listed) < 2:
        return
    terms = [t for t in _terms(question, cite, values) if t.asked and t.cls in _ITEM_CLASSES]
    # (by sentence, each sentence's words read once: item by item, every item read every word of the cite)
    starts = _breaks(cite)[1]
    by_sentence: dict[int, list[Value]] = {}
    for v in listed:
        by_sentence.setdefault(_index(starts, v.start), []).append(v)
    at = sorted(range(len(terms)), key=lambda i: terms[i].start)
    t_starts = [terms[i].start for i in at]
    for k, mates in by_sentence.items():
        if len(mates) < 2:
            continue
        lo, hi = starts[k], starts[k + 1] if k + 1 < len(starts) else len(cite)
        # the words outside the list (from its first item's clause start to the last bracket) are every item's
        first, last = mates[0], mates[-1]
        open_at = _clause_start(cite, first.start)
        mine = [terms[i] for i in sorted(at[bisect_left(t_starts, lo):bisect_left(t_starts, hi)])
                if not open_at <= terms[i].start < last.end]
        for v in mates:
            for t in mine:
                _attach(v, t)


# The part of a date a question asks for by its wh-words (In what year, 星期几, 几点): an answer without that part
# answers another question.
_ASKED_FIELD_RES = (
    ("weekday", lazy(r"(?<![a-z])(?:day of the week|(?:what|which) weekday)(?![a-z])|星期几|礼拜几|周几",
                     needs=("day of the week", "weekday", "星期几", "礼拜几", "周几"))),
    ("year", lazy(r"(?<![a-z])(?:what|which) years?(?![a-z])|哪一?年|几几年", needs=("year", "年"))),
    ("month", lazy(r"(?<![a-z])(?:what|which) months?(?![a-z])|哪一?个月|几月", needs=("month", "个月", "几月"))),
    ("hour", lazy(r"几点|几时几分", needs=("几点", "几时几分"))),
)


def _unasked_field(answer: str, cite: str, question: str) -> list[Mismatch]:
    """In what year …? answered Saturday; 几点…? answered 25日: the answer lacks the part of a date the question
    asks for, and the cite states a date that has it: the answer is another value of the cite (DG601)."""

    field = next((f for f, rx in _ASKED_FIELD_RES if rx.search(question)), None)
    if field is None:
        return []
    said = _whole_dates(answer)
    if not said or getattr(said[0], field) is not None or (field == "year" and said[0].decade):
        return []
    others = [d for d in parse_dates(cite) if getattr(d, field) is not None]
    if not others:
        return []
    named = [cite[d.start:d.end] for d in others]
    return [Mismatch("DG601", f"answer {answer.strip()} names no {field}; the question asks for the {field} of a date "
                              f"in the cite ({', '.join(named)})", {"bound_to": answer.strip(), "selected": named})]


_DATE_FIELDS = ("year", "month", "day", "weekday", "hour", "minute")


def _date_given_by_question(answer: str, cite: str, question: str) -> list[Mismatch]:
    """Before October 2006, in what month …? answered October: a date the question writes itself (the answer
    naming no part it does not) is what it gives, not what it asks for, where the cite states another date."""

    said = _whole_dates(answer)
    if len(said) != 1 or _ALTERNATIVES_RE.search(question):
        return []
    a = said[0]
    given = [d for d in parse_dates(question) if all(getattr(a, f) is None or getattr(a, f) == getattr(d, f) for f in _DATE_FIELDS)]
    if not given:
        return []
    others = [d for d in parse_dates(cite) if any(getattr(d, f) is not None and getattr(d, f) != getattr(a, f) for f in _DATE_FIELDS
                                                  if getattr(a, f) is not None)]
    if not others:
        return []
    named = [cite[d.start:d.end] for d in others]
    return [Mismatch("DG601", f"answer {answer.strip()} is the date the question itself gives; it asks about another date of "
                              f"the cite ({', '.join(named)})", {"bound_to": answer.strip(), "selected": named})]


_ALTERNATIVES_RE = lazy(r"(?<![a-z])or(?![a-z])|还是|或", needs=("or", "还是", "或"))


# Asked when a report itself appeared (这则报导刊于哪一天, when was the article posted), the date the piece is
# dated by is meant: its dateline, not a date its story tells.
_PUBLISHED_Q_RE = lazy(
    r"(?:报道|报导|消息|新闻|文章|稿|这篇|这则|本文)\S{0,30}?(?:发布|刊|发出|发表|登|播出)\S{0,4}?(?:哪一?天|哪日|何时|什么时候|什么日期|几月几日|几号)"
    r"|(?:报道|报导|消息|新闻|文章|稿|这篇|这则|本文)\S{0,30}?(?:哪一?天|哪日|何时|什么时候|什么日期|几月几日|几号)\S{0,3}?(?:发布|刊|发出|发表|登|播出)"
    r"|(?:哪一?天|哪日|何时|什么时候|什么日期|几月几日|几号)\S{0,3}?(?:发布|刊|发出|发表|登|播出)\S{0,30}?(?:报道|报导|消息|新闻|文章|稿)"
    r"|(?<![a-z])(?:article|story|piece|dispatch|news report)(?![a-z]).{0,120}?(?<![a-z])(?:posted|published|dated|filed|run)(?![a-z])",
    needs=("报道", "报导", "消息", "新闻", "文章", "稿", "这篇", "这则", "本文", "article", "story", "piece", "dispatch", "news report"))
# A dateline: a date on a line of its own, a date opening a line before the wire's marks (2013-09-12【本报讯】,
# Aug. 12--FORT WORTH), or a date between the agency and its 电/消息 (新华社北京6月12日电, 据光明网10月5日下午消息).
_DATELINE_HEAD_RE = lazy(r"\s*(?:【|\[|--|—|-\s|电|讯|$)")
_DATELINE_WIRE_RE = lazy(r"(?:上午|下午|晚间|早间|晚|早)?(?:消息|电|讯)")
_DATELINE_AGENCY_RE = lazy(r"(?:据|社|网|报|台|讯)[^,;。!?]{0,12}$")


def _published_date(answer: str, cite: str, question: str) -> list[Mismatch] | None:
    """Asked when the report was published, the dateline's date is meant: the answer agreeing with it is right
    though the story tells other dates; another date of the cite is DG601. None where the cite has no one dateline."""

    q_text = normalize(question or "")
    if not _PUBLISHED_Q_RE.search(q_text):
        return None
    said = _whole_dates(normalize(answer))
    if len(said) != 1:
        return None
    ranked: list[tuple[int, str, object]] = []
    others: list[tuple[str, object]] = []
    for raw in cite.splitlines():
        line = normalize(raw)
        for d in parse_dates(line):
            text, before, after = line[d.start:d.end], line[:d.start], line[d.end:]
            if line.strip(" ;,.") == text.strip(" ;,."):
                ranked.append((0, text, d))
            elif not before.strip() and _DATELINE_HEAD_RE.match(after) or (
                    _DATELINE_WIRE_RE.match(after) and _DATELINE_AGENCY_RE.search(before)):
                ranked.append((1, text, d))
            else:
                others.append((text, d))
    if not ranked:
        return None
    best = min(r for r, _, _ in ranked)
    lines = [(t, d) for r, t, d in ranked if r == best]
    if len(lines) != 1:
        return None
    others += [(t, d) for r, t, d in ranked if r != best]
    (text, dateline), = lines
    a = said[0]
    if agrees(a, dateline):
        return []
    bound = next((t for t, d in others if agrees(a, d)), None)
    if bound is None:
        return None
    return [Mismatch("DG601", f"answer {answer.strip()} is a date the report tells ({bound}); the question asks when the "
                              f"report itself is dated ({text})", {"bound_to": bound, "selected": [text]})]


# A part of the day the question writes right after its interrogative (自哪一天凌晨零时起) is the moment of the day it
# asks: the one date of the cite written with that part of the day (自9日凌晨零时起) is its, a date written without
# it (昨(7)日傍晚公布, 今(23)天公布) another event's.
_DAY_PART_ASKED_RE = lazy(r"(?:哪一?天|哪一?日|何日|几号|几日)(凌晨|清晨|早上|上午|中午|下午|傍晚|晚上|晚间|深夜|午夜)",
                          needs=("哪", "何", "几"))


def _part_of_day_asked(a_text: str, c_text: str, q_text: str, values: list[Value], mine: list[Value]) -> list[Mismatch] | None:
    """DG601 for a date of another event where the question's part of the day picks one date; [] for the date it
    picks; None where it picks none (no part of the day asked, or several dates or none written with it)."""
    m = _DAY_PART_ASKED_RE.search(q_text)
    if m is None or not mine or len({v.key for v in values}) < 2:
        return None
    timed = [v for v in values if m[1] in v.text or c_text.startswith(m[1], v.end)]
    if not timed or len({v.key for v in timed}) > 1 or len(timed) == len(values):
        return None
    if any(v in timed for v in mine):
        return []
    v, sel = mine[0], timed[0]
    return [Mismatch("DG601", f"answer {a_text.strip()} is the date of another event ({v.text}); the question asks the "
                              f"date written with {m[1]} ({sel.text})", _data(v, timed))]


def _dates(answer: str, cite: str) -> tuple[list[Value], list[Value]]:
    said = _whole_dates(answer)  # (an answer that is only 2/1 or "May" is a date, as check_date reads it)
    stated = parse_dates(cite)
    if not said or not stated:
        return [], []
    a = said[0]
    # A date counted from another (Five years later, they moved; 次年) is the date of its own event:
    # a rival of the date it counts from, never equal to a date the answer states.
    relative = [Value(m.start(), m.end(), m.group(), ("relative", m.start()))
                for m in _RELATIVE_DATE_RE.finditer(cite)] if _calendar(a) else []
    if len(stated) + len(relative) < 2:
        return [], []
    # A time of day alone and a calendar date alone are parts of one moment, not rivals
    # (Tuesday, February 20, 2007; 1:02 PM): a date competes with dates, a time with times.
    stated = [d for d in stated if (_calendar(a) and _calendar(d)) or (a.hour is not None and d.hour is not None)]
    if a.day is not None or a.weekday is not None:  # a year alone ("the first quarter of 2007") is no day's rival
        stated = [d for d in stated if (d.month, d.day, d.weekday, d.hour) != (None, None, None, None)]
    if len(stated) + len(relative) < 2:
        return [], []
    # A day alone after a date with that day is that date (新华社西昌11月15日电 … 15日零时01分: the
    # dateline's day): the two do not compete.
    for i, d in enumerate(stated):
        if d.day is not None and (d.year, d.month) == (None, None):
            full = next((e for e in reversed(stated[:i]) if e.day == d.day and e.month is not None), None)
            if full is not None:
                stated[i] = d._replace(year=full.year, month=full.month)
    # a weekday is a day too: Monday's declaration and Sunday's news conference are two dates;
    # and a time is a date: 上午9时 and 下午3时 are two (dates.agrees compares the parts the answer gives)
    values = [Value(d.start, d.end, cite[d.start:d.end], (d.year, d.month, d.day, d.weekday, d.hour, d.minute, d.zone)) for d in stated]
    # The two ends of a range (2/3-2/9, July 15 to July 17) are its start and its end.
    for v, w in zip(values, values[1:]):
        if _RANGE_GAP_RE.fullmatch(cite, v.end, w.start):
            v.flags["range"], w.flags["range"] = "start", "end"
        elif _BETWEEN_AND_RE.fullmatch(cite, v.end, w.start) and _BETWEEN_BEFORE_RE.search(cite, max(0, v.start - 9), v.start):
            # (a window, not a span: "would begin between October and March" begins somewhere in it, so the
            # question's begin or end picks neither end, and its words choose the window as one; its "until what"
            # or "from what" picks an end)
            v.flags["window"], w.flags["window"] = "start", "end"
    mine = [v for v, d in zip(values, stated) if agrees(a, d)]
    keys = {v.key for v in mine}
    values = sorted(values + relative, key=lambda v: v.start)
    return values, [v for v in values if v.key in keys]


_DIGITS_RE = compile_pattern(r"\d+(?:\.\d+)?")


def _shaped(answer: str, cite: str) -> tuple[list[Value], list[Value]]:
    """A fact with a figure in it (3兆男, 5G, Model 3) and the same words with other
    figures in the cite: values of one kind, like the figures of a figure card."""
    a = answer.strip()
    parts = _DIGITS_RE.split(a)
    if len(parts) < 2 or not "".join(parts).strip():
        return [], []
    values = [Value(i, j, cite[i:j], cite[i:j]) for i, j in shaped_spans(parts, cite)]
    return values, [v for v in values if v.key == a]


def shaped_spans(parts: list[str], text: str) -> list[tuple[int, int]]:
    """The spans of ``re.finditer(r"(?<![\d.])" + r"\d+(?:\.\d+)?".join(map(re.escape, parts)) + r"(?!\d|\.\d)", text)``
    for an answer's parts between its figures (``_DIGITS_RE.split``), without compiling a pattern for each answer (re's
    compiler, in Python, ran at each check for each fact with a figure in it: half a million instructions each).

    Read as re reads it: a part after a figure never starts with a digit (the split takes every digit), and a part
    between two figures is never empty, so a figure can end only where its digits do, before or after a decimal
    part; of the two, the longer is tried first (re's greedy ``(?:\.\d+)?``), the other if the rest fails with it.
    tests/test_binding_perf31.py holds this to the pattern on random texts."""
    first, n, spans, pos = parts[0], len(text), [], 0
    while pos <= n:
        if first:
            at = text.find(first, pos)
        else:
            m = _DIGITS_RE.search(text, pos)  # (the next digit: a figure's first)
            at = -1 if m is None else m.start()
        if at < 0:
            break
        end = None if at and (text[at - 1] == "." or text[at - 1].isdecimal()) else _shaped_rest(parts, 1, text, at + len(first))
        if end is None:
            pos = at + 1
        else:
            spans.append((at, end))
            pos = end  # (never empty: a match holds a figure)
    return spans


def _shaped_rest(parts: list[str], k: int, text: str, i: int) -> int | None:
    """Where a match of figure, ``parts[k]``, figure, … ``parts[-1]`` and the final lookahead starting at ``i`` ends."""
    n, j = len(text), i
    while j < n and text[j].isdecimal():
        j += 1
    if j == i:
        return None
    ends = [j]
    if j + 1 < n and text[j] == "." and text[j + 1].isdecimal():
        f = j + 1
        while f < n and text[f].isdecimal():
            f += 1
        ends.insert(0, f)
    part = parts[k]
    for e in ends:
        if not text.startswith(part, e):
            continue
        e += len(part)
        if k == len(parts) - 1:
            if not (e < n and text[e].isdecimal() or e + 1 < n and text[e] == "." and text[e + 1].isdecimal()):
                return e
        else:
            found = _shaped_rest(parts, k + 1, text, e)
            if found is not None:
                return found
    return None


# A credit rating's letter grade with no digit (AA-minus, 'A', BB+, AAA): the agencies' scale, as A3 and Baa2 are
# Moody's. Two letters or more, or a sign, make a grade anywhere; a lone A, B or C only where it is quoted or stands as
# a rating (an A rating, to A from A-minus), not as the article "a".
_GRADE_BODY = r"(?:(?:aa|a|baa|ba|b|caa)[1-3]|aaa|aa|a|bbb|bb|b|ccc|cc|c)(?:-plus|-minus|\+|-(?![a-z0-9]))?"
_GRADE_ANSWER_RE = lazy(r"(['\"]?)(" + _GRADE_BODY + r")\1\Z")
_GRADE_IN_CITE_RE = lazy(r"(?<![\w+&'-])(['\"]?)(" + _GRADE_BODY + r")\1(?![\w+&-])")
_LONE_GRADE_AFTER_RE = lazy(r"\s(?:rating|from\s['\"]?(?:aaa|aa|a|bbb|bb|b|ccc|cc|c)(?![a-z]))")
_RATING_WORD_RE = lazy(r"(?<![a-z])(?:rating|ratings|rated|downgraded|upgraded|affirmed)(?![a-z])",
                       needs=("rat", "grade", "affirm"))


def _fact_direction(a_text: str, c_text: str, q_text: str, values: list[Value], mine: list[Value]) -> list[Mismatch]:
    """A rating or a named figure moved one way (downgraded to A3, cut to 'AA-minus') asked as moved the other (upgrade,
    raise): DG604, as for a figure. A move the question only dates its value by (before the downgrade) says no direction."""
    return _check_direction(a_text, c_text, _EARLIER_ASKED_RE.sub(" ", q_text), values, mine)


_GRADE_PAIR_GAP_RE = lazy(r"['\"]?\s?(?:from|to)\s?['\"]?", needs=("from", "to"))


def _paired_grade(cite: str, values: list[Value], mine: list[Value]) -> bool:
    """Whether an answer's grade stands in "to X from Y" (or "from Y to X") with a grade of another shape (Caa1 from B3)."""
    return any(w.key != v.key and _GRADE_PAIR_GAP_RE.fullmatch(cite, *sorted((v.end, w.start, w.end, v.start))[1:3])
               for v in mine for w in values)


# An outlook (negative, stable, positive, developing) is a rating's other measure: the words of an outlook in a sentence
# that names one (revised the Outlook … to Positive from Stable; change the outlook from stable to negative).
_OUTLOOK_WORD_RE = lazy(r"(?<![a-z-])(negative|stable|positive|developing)(?![a-z-])",
                        needs=("negative", "stable", "positive", "developing"))
_OUTLOOK_NOUN_RE = lazy(r"(?<![a-z])outlooks?(?![a-z])", needs="outlook")
_RATING_NOUN_RE = lazy(r"(?<![a-z])(?:rating|ratings|rated|grade|idrs?)(?![a-z])", needs=("rat", "grade", "idr"))
_OUTLOOK_ON_RE = lazy(r"(?<![a-z])outlooks?\s(?:on|of|for)\s[^?,;]*", needs="outlook")
_OUTLOOK_RANK = {"negative": 0, "developing": 1, "stable": 1, "positive": 2}


def _outlooked(answer: str, cite: str) -> tuple[list[Value], list[Value]]:
    """An outlook answered of a cite that revises one: the outlook words of the sentences naming an outlook."""
    a = answer.strip().strip("'\"")
    if not _OUTLOOK_WORD_RE.fullmatch(a) or not _OUTLOOK_NOUN_RE.search(cite):
        return [], []
    values = [Value(m.start(), m.end(), m[1], "outlook " + m[1]) for m in _OUTLOOK_WORD_RE.finditer(cite)
              if _OUTLOOK_NOUN_RE.search(cite, _sentence_start(cite, m.start()), _sentence_end(cite, m.start()))]
    return values, [v for v in values if v.key == "outlook " + a]


def _outlook_moves(cite: str, values: list[Value]) -> None:
    """An outlook revised "to Positive from Stable" (or "from stable to negative") moved up or down by the outlooks'
    order, whatever its verb (revised, changed): the new outlook's direction, where its words give none."""
    for v, w in zip(values, values[1:]):
        gap = cite[v.end:w.start]
        new, old = (v, w) if _GRADE_PAIR_GAP_RE.fullmatch(gap) and "from" in gap else (w, v) if _GRADE_PAIR_GAP_RE.fullmatch(gap) else (None, None)
        if new is not None and _OUTLOOK_RANK[new.text] != _OUTLOOK_RANK[old.text] and not new.flags.get("direction"):
            new.flags["direction"] = "up" if _OUTLOOK_RANK[new.text] > _OUTLOOK_RANK[old.text] else "down"


def _outlook_for_rating(a_text: str, c_text: str, q_text: str) -> list[Mismatch]:
    """A rating given where the question asks only the outlook (On what outlook did Moody's put Ghana? B3), or an outlook
    where it asks only the rating (What is the bank's debt rating? negative): the other measure of one issuer, DG601."""
    # (the rating an outlook is on, "the Outlook on Portugal's IDRs", is whose outlook is asked, not a rating asked)
    outlook_asked = bool(_OUTLOOK_NOUN_RE.search(q_text))
    rating_asked = bool(_RATING_NOUN_RE.search(_OUTLOOK_ON_RE.sub(" ", q_text)))
    is_outlook = bool(_OUTLOOK_WORD_RE.fullmatch(a_text.strip().strip("'\"")))
    is_grade = not is_outlook and _GRADE_ANSWER_RE.match(a_text.strip()) is not None
    if not (is_grade and outlook_asked and not rating_asked or is_outlook and rating_asked and not outlook_asked):
        return []
    if not _OUTLOOK_NOUN_RE.search(c_text):
        return []
    asked, given = ("outlook", "rating") if is_grade else ("rating", "outlook")
    return [Mismatch("DG601", f"answer {a_text.strip()} is a {given} in the cite; the question asks about the {asked}",
                     {"bound_to": a_text.strip(), "selected": []})]


def _grade_key(text: str) -> str:
    return "grade " + text.replace("-plus", "+").replace("-minus", "-")  # (a key of two characters at least, as others)


def _graded(answer: str, cite: str) -> tuple[list[Value], list[Value]]:
    """A letter grade with no digit (AA-minus, 'A', BB+) answered of a cite that rates: the cite's grades, values of one
    kind as the figures of a figure card are (to 'AA-minus' from 'AA': the new grade and the old)."""
    m = _GRADE_ANSWER_RE.match(answer.strip())
    if m is None or not _RATING_WORD_RE.search(cite):
        return [], []
    values = []
    for g in _GRADE_IN_CITE_RE.finditer(cite):
        body = g[2]
        if not g[1] and len(body) == 1 and not _LONE_GRADE_AFTER_RE.match(cite, g.end()):
            continue  # (the article: a day earlier, by a notch)
        values.append(Value(g.start(2), g.end(2), body, _grade_key(body)))
    key = _grade_key(m[2])
    return values, [v for v in values if v.key == key]


# --- checking ---------------------------------------------------------------


# Won and lost are a score's direction, for the side the verb is said of (its subject; its object
# has the other): the Germans, who beat Portugal 4-0; 日本队四比三险胜澳洲队; fired Ghana into a 2-1 lead.
_WIN_RE = lazy(r"(?<![a-z])(?:beat|beats|beating|defeated|defeats|defeat|won|wins|win|thrashed|edged|routed|downed|led|leads"
               r"|leading|lead|ahead)(?![a-z])|击败|战胜|险胜|大胜|完胜|击溃|领先|胜")
_LOSE_RE = lazy(r"(?<![a-z])(?:lost|loses|lose|losing|trailed|trails|trailing|trail|behind|beaten|defeated by)(?![a-z])"
                r"|负于|输给|不敌|落后|败给|败")


# (English only: 领先 and 落后 are verbs, 以42:46落后 — the side before them led or trailed.)
_SCORE_NOUN_RE = lazy(r"lead|ahead|behind|leading|trailing")


_SCORE_WORDS = frozenset({"比分", "比数", "总比分"})


def _verb_side(text: str, lo: int, hi: int) -> tuple[int, int, str] | None:
    """The nearest win or lose word in ``text[lo:hi]``: (start, end, "up" or "down")."""
    found = [(m.start(), m.end(), "up") for m in _WIN_RE.finditer(text, lo, hi)]
    found += [(m.start(), m.end(), "down") for m in _LOSE_RE.finditer(text, lo, hi)]
    found = [f for f in found if not any(g != f and g[0] <= f[0] and f[1] <= g[1] for g in found)]  # (险胜, not 胜)
    return min(found, key=lambda f: f[0]) if found else None


def _team_places(text: str, lo: int, hi: int, cjk: set[str], words: set[str]) -> list[tuple[int, str]]:
    """Where the question's terms stand in ``text[lo:hi]`` (the score itself, 比分, is no side)."""
    out = [(m.start(), _stem(m.group())) for m in _WORD_RE.finditer(text, lo, hi) if _stem(m.group()) in words]
    for t in cjk - _SCORE_WORDS:
        i = text.find(t, lo, hi)
        while i >= 0:
            out.append((i, t))
            i = text.find(t, i + 1, hi)
    return sorted(out)


def _sides(text: str, lo: int, hi: int, anchor: tuple[int, int, str], cjk: set[str], words: set[str]) -> dict[str, str]:
    """Each side's direction about a win or lose word: the term nearest before it is its subject,
    the nearest after it its object (the other direction)."""
    places = _team_places(text, lo, hi, cjk, words)
    before = [t for p, t in places if p < anchor[0]]
    after = [t for p, t in places if p >= anchor[1]]
    other = "down" if anchor[2] == "up" else "up"
    sides = {after[0]: other} if after else {}
    if before:
        sides[before[-1]] = anchor[2]
    return sides


def _check_score_direction(a_text: str, c_text: str, q_text: str) -> list[Mismatch]:
    """Won/lost, led/trailed of a score, for the side the question is about, against the cite's."""

    said_scores = [q for q in parse_quantities(a_text) if q.unit == "score"]
    scores = [(q.start, q.end) for q in parse_quantities(c_text) if said_scores and q.unit == "score"
              and q.value == said_scores[0].value]
    if not scores:
        return []
    cjk, words = _question_terms(q_text, c_text)
    v = Value(scores[0][0], scores[0][1], c_text[scores[0][0]:scores[0][1]], (c_text[scores[0][0]:scores[0][1]], "score"))
    lo, hi = _sentence_start(c_text, v.start), _sentence_end(c_text, v.end)
    lead = _INTERIM_AFTER_RE.match(c_text, v.end)
    anchor = (v.start, v.end, "up" if "落后" not in lead.group() and "deficit" not in lead.group() else "down") if lead else None
    if anchor is None:  # the win or lose word nearest the score in its sentence
        near = [f for f in (_verb_side(c_text, lo, v.start), _verb_side(c_text, v.end, min(hi, v.end + 12))) if f]
        anchor = min(near, key=lambda f: min(abs(f[0] - v.end), abs(v.start - f[1]))) if near else None
    if anchor is None:
        return []
    stated = _sides(c_text, lo, hi, anchor, cjk, words)
    said = _verb_side(a_text, 0, len(a_text))
    if said is not None:  # the answer's word is said of the question's subject: the side it names first
        q_places = _team_places(q_text, 0, len(q_text), cjk, words)
        team = next((t for _, t in q_places if t in stated), None)
        asked = {team: said[2]} if team else {}
    else:  # the question's own win or lose word, with its own subject and object
        q_verb = _verb_side(q_text, 0, len(q_text))
        if q_verb and _SCORE_NOUN_RE.fullmatch(q_text, q_verb[0], q_verb[1]):
            q_verb = None  # "what lead had Ghana taken": a noun, with no subject or object
        asked = _sides(q_text, 0, len(q_text), q_verb, cjk, words) if q_verb else {}
    clash = [t for t, d in asked.items() if t in stated and stated[t] != d]
    if not clash:
        return []
    word = "won or led" if asked[clash[0]] == "up" else "lost or trailed"
    return [Mismatch("DG604", f"the {'answer' if said else 'question'} says {clash[0]} {word} {v.text}, but in the cite "
                              f"it is the other side", {"bound_to": v.described(), "selected": v.text,
                                                        "direction": {"said": asked[clash[0]], "cite": stated[clash[0]]}})]


# An answer that is a figure with its comparative ($168 billion more, 3 fewer) states a direction.
_FIGURE_COMPARATIVE_RE = lazy(r"\d[^a-z]*(?:\s(?:[a-z]+\s)?)?(?:(more|greater|larger|bigger)|less|fewer|smaller)(?:\sthan)?\s*\Z", needs=('more', 'less', 'fewer', 'greater', 'larger', 'smaller', 'bigger'))


# A Chinese comparative's direction in an answer or a question (高0.6个百分点, 比上月末低多少个百分点): as in a cite
# (``_ZH_COMPARATIVE_RE``), the comparative word closes its base, or opens the answer, before the amount.
_ZH_COMPARATIVE_SAID_RE = lazy(r"(?:^\s*|(?:比|较)[^,;:。?\d]{1,10}?)" + _ZH_COMPARATIVE + r"\s?(?:多少|几|[\d零〇一二两三四五六七八九十])")


_LEADING_SIGN_RE = lazy(r"\s*([-−+])\s?\d")  # (a constant: re's compiler ran for it each run)


@lru_cache(maxsize=1024)  # (read several times a card: each rule reads its own)
def _direction(text: str) -> str | None:
    m = _ZH_COMPARATIVE_SAID_RE.search(text)
    if m:
        return "up" if m[1] else "down"
    for _, _, cls, ident in _table_terms(text):
        if cls == "direction":
            return ident
    m = _FIGURE_COMPARATIVE_RE.search(text)
    if m:
        return "up" if m[1] else "down"
    m = _LEADING_SIGN_RE.match(text)
    if m:
        return "down" if m.group(1) in "-−" else "up"
    return None


def _data(v: Value, chosen: Sequence[Value]) -> dict[str, object]:
    return {"bound_to": v.described(), "selected": [c.described() for c in chosen]}


_Q_YEAR_RE = lazy(r"((?:19|20)\d\d)\s?年(?![度底末初中])", needs="年")


def _follows_in(values: list[Value], v: Value, home: tuple[int, int]) -> bool:
    """Whether a value of ``values`` stands after ``v`` inside ``home`` (its sentence): the only place the change
    ``_level_of_base_year`` reads can be (a change of the answer's kind, after it in its sentence). Read by position,
    before binding: where none stands there the rule finds nothing, bound or not."""
    return any(home[0] <= w.start < home[1] and w.start >= v.end for w in values)


def _level_of_base_year(a_text: str, c_text: str, q_text: str) -> list[Mismatch]:
    """Asked the level of the year a change is measured against (2019年产量是多少, where the cite gives 2020年产量X,比上年
    增加Y), this year's level is the same item at another period (DG602): the cite gives the base year's only as the
    change from it."""
    years = set(_Q_YEAR_RE.findall(q_text))
    if len(years) != 1 or _direction(q_text) is not None or _base_key(q_text, 0, len(q_text), compared=True)[0]:
        return []
    asked = int(years.pop())

    c_text = shared_units(c_text)
    values, mine = _figures(a_text, c_text, q_text)
    head = _restating_head(c_text, mine)
    if head is not None:  # (566.7亿斤 in 2833.7万吨(566.7亿斤): the level it restates, whose change is in its unit)
        return [m._replace(message=m.message.replace(f"answer {head}", f"answer {a_text.strip()} (restating {head})", 1))
                for m in _level_of_base_year(head, c_text, q_text)]
    values, mine = _restated(c_text, values, mine) if values else (values, mine)
    if not mine:
        return []
    v = mine[0]
    sentences = _full_sentences(c_text)
    home = next(((lo, hi) for lo, hi in sentences if lo <= v.start < hi), (0, len(c_text)))
    if not _follows_in(values, v, home):
        return []  # (no value of its kind after the answer's in its sentence: no change to read, and nothing to bind for)
    bind(c_text, values, q_text)
    own = {int(w[:4]) for w in v.when if w[:4].isdigit()}
    if v.role or asked in own:
        return []
    if any(any(k[:4] == str(asked) for k in w.when) and not w.role for w in values):
        return []  # (the cite states the asked year's own level: the lists decide)
    for w in values:
        if w.role != "delta" or not home[0] <= w.start < home[1] or w.start < v.end:
            continue
        dated = w.base.startswith(f"date:{asked},") or any(k[:4] == str(asked) for k in w.when)
        if dated or w.base == "year" and own == {asked + 1}:
            return [Mismatch("DG602", f"answer {v.text} is the level of {min(own) if own else 'the year after ' + str(asked)}; "
                                      f"the question asks about {asked}, which the cite gives only as the base of a change "
                                      f"({w.text})", _data(v, [w]))]
    return []


# A label a message quotes, and what follows it: the value it describes in brackets.
_QUOTED_LABEL_RE = compile_pattern(r"(belongs to |is the value of |asks about )?(?<![A-Za-z])'(.+?)'(?![A-Za-z])( \(([^()]*)\))?")
# A label that says no more than a value: no letter or Han character of its own ('–', '17,000', '2009年'), or what
# is left of a base word (年 of 年增).
_NO_WORDS_RE = compile_pattern(r"(?:[\W_]|\d+(?:年|月|日|号|点)?)*|年|月|[A-Za-z]|和|及|与")
# What to say instead, after the words before it: the item, not a quote of the value.
_INSTEAD = {"belongs to ": "belongs to another item", "is the value of ": "is another value of the cite", "asks about ": "asks about "}
_ANSWER_IN_MESSAGE_RE = compile_pattern(r"answer (.+?) (?:belongs|is|stands) ")
# What may stand between two words of a label in the cite: a few characters inside one clause.
_LABEL_GAP_RE = compile_pattern(r"[^。;!?\n\"]{0,14}")
_FIGURE_BEFORE_RE = compile_pattern(r"(?<![\w.])\d[\d.,]*(?:\s?(?:至|到|-|—|~)\s?\d[\d.,]*)?\Z")
_DIRECTION_CHARS = "增減减升降跌漲涨"
_LABEL_WORD_BEFORE_RE = compile_pattern(r"(?<![\w-])[A-Za-z0-9][\w-]*[ ,]{1,2}\Z")
_QUOTE_MARK_RE = compile_pattern(r"(?<![A-Za-z])'|'(?![A-Za-z])")
_LABEL_ENDS = " ,:;[]、，：；\"“”‘’「」『』—–-…/"


def _ascii_word(c: str) -> bool:
    return c.isascii() and c.isalnum()


def _balanced(words: str) -> str:
    """``words`` without a bracket left open at either end: 'Brillo Painting (3 ¢ Off)', not '… (est'."""
    start, opened = 0, []
    for i, ch in enumerate(words):
        if ch in "(（":
            opened.append(i)
        elif ch in ")）":
            if opened:
                opened.pop()
            else:
                start = i + 1  # closes a bracket opened before the run
    return words[start:opened[0] if opened else len(words)]


def _find_word(text: str, piece: str, start: int) -> int:
    """Where ``piece`` is next in ``text`` from ``start``: as a whole English word where the text has it as one
    anywhere (korea in 'counterparts in Korea', not in 'Korean'), else as it stands."""
    if not (_ascii_word(piece[0]) or _ascii_word(piece[-1])):
        return text.find(piece, start)
    word = re.compile(rf"(?<![a-z0-9]){re.escape(piece)}(?![a-z0-9])")
    if not word.search(text):
        return text.find(piece, start)
    m = word.search(text, start)
    return m.start() if m else -1


def _hyphen_at(text: str, i: int) -> bool:
    return text[i] == "-" and 0 < i < len(text) - 1 and _ascii_word(text[i - 1]) and _ascii_word(text[i + 1])


def _inside_number(text: str, i: int) -> bool:
    """Whether ``text[i]`` is a thousands separator or a decimal point between two digits (466,140; 2.47)."""
    return 0 < i < len(text) - 1 and text[i] in ",." and text[i - 1].isdigit() and text[i + 1].isdigit()


def as_cited(label: str, cite: str, near: tuple[int, int] = (-1, -1), other: str = "", widen: bool = False) -> str:
    """``label``, made of words of the folded cite (normalize), as the cite writes them: the run of ``cite``
    from its first word to its last, widened to whole words, in the cite's own script and case. A label's
    words were cut from the cite (a descriptor drops figures, function and direction words), so they are
    found again piece by piece, each run of pieces that stand close together a candidate: the one covering
    most of the label, nearest ``near`` (the folded span of the value it describes), that is not ``other``
    (the label it is contrasted with) nor holds a quote mark; with ``widen``, with the English word before it
    (4GB model and 8GB model, where the labels were iphone model and model). Empty when no word is the cite's."""
    folded = fold(cite, keep_spaces=True)
    text = folded.text
    frags: list[str] = []
    for piece in re.split(r"\s+|…", label):
        i = 0
        while i < len(piece):  # the longest prefix the cite has (升 cut out of 升幅 leaves 两者 + 幅均高于)
            j = len(piece)
            while j > i and piece[i:j] not in text:
                j -= 1
            if j > i and re.search(r"[^\W_]", piece[i:j]):  # (a '$' alone anchors nothing)
                frags.append(piece[i:j])
            i = max(j, i + 1)
    runs: dict[tuple[int, int], float] = {}
    for first in range(len(frags)):
        at = _find_word(text, frags[first], 0)
        while at >= 0:
            end, covered = at + len(frags[first]), len(frags[first])
            for f in frags[first + 1:]:
                k = _find_word(text, f, end)
                if k < 0 or not _LABEL_GAP_RE.fullmatch(text, end, k):
                    break
                end, covered = k + len(f), covered + len(f)
            distance = 0 if near[0] < 0 else max(0, near[0] - end, at - near[1])
            runs[at, end] = max(runs.get((at, end), -1e9), covered - distance / 3)
            at = _find_word(text, frags[first], at + 1)
    for at, end in sorted(runs, key=lambda r: (-runs[r], r)):
        a, b = folded.span(at, end)
        # whole words: BNT162b2, not 'bnt b'; mRNA-1273, not 'mRNA'; and whole numbers: 466,140 deliveries, not '140 deliveries'
        while a > 0 and (_ascii_word(cite[a - 1]) and _ascii_word(cite[a]) or _hyphen_at(cite, a - 1) or _hyphen_at(cite, a)
                         or _inside_number(cite, a - 1) or _inside_number(cite, a)):
            a -= 1
        while b < len(cite) and (_ascii_word(cite[b - 1]) and _ascii_word(cite[b]) or _hyphen_at(cite, b) or _hyphen_at(cite, b - 1)
                                 or _inside_number(cite, b) or _inside_number(cite, b - 1)):
            b += 1
        if b < len(cite) and cite[b] in "增減减" and cite[b - 1] in "年月季週周" and cite[b + 1:b + 2] not in tuple("加长長少多幅"):
            b += 1  # a base word the descriptor cut its direction out of, whole: 季增, not 季
        if a > 0 and cite[a - 1] in _DIRECTION_CHARS and cite[a] == "幅":
            a -= 1  # 升幅, not 幅
        if widen and (m := _LABEL_WORD_BEFORE_RE.search(cite, 0, a)):
            a = m.start()
            while a > 0 and (_inside_number(cite, a - 1) or _inside_number(cite, a) or _ascii_word(cite[a - 1]) and _ascii_word(cite[a])):
                a -= 1  # (the whole number: 466,140 deliveries, not '140 deliveries'; and the label run into it: Land1,706.89)
        if has_han(cite[a:a + 1]) and (m := _FIGURE_BEFORE_RE.search(cite, 0, a)):  # the number its counter is of: 25至44歲
            a = m.start()
        words = _balanced(" ".join(cite[a:b].split())).strip(_LABEL_ENDS)
        if words and words != other and not _QUOTE_MARK_RE.search(words):
            return words
    return ""


def _quoting_the_cite(check):
    """Each label a finding's message quotes, in the cite's own words (``as_cited``): labels are made on the
    folded cite, and an author looks for them in the cite as written."""

    @wraps(check)
    def checked(kind: str, answer: str, cite: str, *args, **kwargs) -> list[Mismatch]:
        return labels_cited(check(kind, answer, cite, *args, **kwargs), cite)

    return checked


def labels_cited(found: list[Mismatch], cite: str) -> list[Mismatch]:
    """``found`` with the labels their messages quote in ``cite``'s own words (``as_cited``)."""
    return [m._replace(message=_cited_labels(m.message, cite)) if "'" in m.message else m for m in found]


def _cited_labels(message: str, cite: str) -> str:
    text = normalize(cite)
    answer = _ANSWER_IN_MESSAGE_RE.match(message)
    found = list(_QUOTED_LABEL_RE.finditer(message))
    words: list[str] = []
    nears: list[tuple[int, int]] = []
    for m in found:
        value = m[4] or (answer[1] if answer and ";" not in message[:m.start()] else "")
        at = text.find(value) if value else -1
        nears.append((at, at + len(value)))
        other = next((w for n, w in zip(found, words) if n[2] != m[2]), "")  # two labels a message contrasts stay two
        words.append(as_cited(m[2], cite, nears[-1], other) or as_cited(m[2], cite, nears[-1]))
    if len(found) == 2 and words[0] == words[1] and nears[0] != nears[1]:
        wider = [as_cited(m[2], cite, near, widen=True) for m, near in zip(found, nears)]
        words = wider if wider[0] != wider[1] and all(wider) else words
    out, done = [], 0
    for m, w in zip(found, words):
        lead, bracket, value = m[1] or "", m[3] or "", m[4]
        if _NO_WORDS_RE.fullmatch(w) and lead:  # nothing but the value: say what it is
            said = _INSTEAD[lead] + ((value or "another value") if lead == "asks about " else "")
        else:
            said = f"{lead}'{w}'{bracket}" if w else m[0]
        out += [message[done:m.start()], said]
        done = m.end()
    return "".join(out) + message[done:]


# A frame naming the measure of the clause after it (从小时最低工资标准来看,北京第一档为27.7元): the measure is that
# clause's own, read as written before its verb (北京第一档小时最低工资标准为27.7元).
_ZH_FRAMED_MEASURE_RE = lazy(rf"从([^{clause_marks('clause')}，；从]{{2,14}}?)(?:来看|看来|上看|而言)\s?[,，]\s?([^{clause_marks('clause')}，；\d]{{1,10}}?)"
                             r"(为|是|达到|达|居)(?=\s?[\d约近超])",
                             needs=("来看", "看来", "上看", "而言"))


def _zh_framed_measure(cite: str) -> str:
    """``cite`` with each 从X来看, frame's measure X written into the clause after it, before its verb, so that the
    clause's value is X's (从月最低工资标准来看,上海第一档为2740元 reads 上海第一档月最低工资标准为2740元)."""
    if "从" not in cite:
        return cite
    return _ZH_FRAMED_MEASURE_RE.sub(lambda m: m[2] + m[1] + m[3], cite)


@_quoting_the_cite
def check_binding(
    kind: str,
    answer: str,
    cite: str,
    question: str,
    entities: Mapping[str, Sequence[str]] = {},  # noqa: B006 - read only
) -> list[Mismatch]:
    """Binding findings for a card whose answer already occurs in its cite."""
    if kind not in ("figure", "date", "fact"):  # (a quote's words: no values of its kind to tell apart, no rule of
        return []  # its kind below; the names and spellings read for the rules were read for nothing, 14 cards a deck)
    if kind == "date":  # (asked when the report appeared: its dateline decides before the story's dates)
        published = _published_date(answer, cite, question)
        if published is not None:
            return published
    if kind == "figure" and ("胜" in answer or "勝" in answer):  # (a win-loss record is one value: bound by its wins)
        headed = _record_heads(answer, cite)
        if headed is not None:
            return [m._replace(message=m.message.replace(f"answer {normalize(headed[0]).strip()}", f"answer {answer.strip()}", 1))
                    for m in check_binding(kind, headed[0], headed[1], question, entities)]
    if kind == "figure":  # (a value rounded and marked so, 约7.1亿元, is bound as the cite's value it rounds, 71180万元)
        answer = rounded_cite_value(answer, cite) or answer
        cite = _zh_framed_measure(cite)  # (从小时最低工资标准来看,北京第一档为27.7元: the hourly standard's)
    spellings = _spellings(entities)
    question = _as_year_before(_as_report_years(_as_cite_spells(question or "", cite, entities), cite), cite)
    names = _question_names(question, cite, spellings)
    token = _NAMES.set((names, _cite_names(cite, spellings, names) if names else frozenset()))
    products = _PRODUCTS.set(_product_numbers(cite) if kind == "figure" else frozenset())
    try:  # (the names the question gives and the numbers of products' names, read by every rule below)
        decided = _decided_first(kind, answer, cite, question, entities)
        found = _check_binding(kind, answer, cite, question, entities) if decided is None else []
    finally:
        _NAMES.reset(token)
        _PRODUCTS.reset(products)
    if decided == [] and kind == "figure":  # (what decides the value first leaves the answer's own side unread:
        # 2.1°F below for the cite's 2.1°F above the 20th century average is the other side of the same margin)
        decided = _margin_side(normalize(answer), normalize(_row_ends(cite)))
    if decided is not None:
        return decided
    # (the card's texts as the rules below read them, folded once: each rule read them afresh, some thirty readings a card)
    a_text, c_text, q_text = normalize(answer), normalize(_row_ends(cite)), normalize(question or "")
    if kind == "date" and not found:  # (where nothing else decides: a base date the question names is DG602's)
        found = _date_given_by_question(a_text, c_text, q_text)
    if kind == "figure":  # the stages of one ratio a sentence gives: the actual start, the projected low, the end
        staged = _ratio_stages(a_text, c_text, q_text)
        if staged is not None:
            return staged
    if kind in ("figure", "date") and not found:  # a lone forecast or goal given as what happened
        found = _lone_forecast(kind, a_text, c_text, q_text)
    if kind == "figure" and not found:  # the level a change turned from (由上月上涨0.1%转为持平) asked as this period's
        found = _turn_start(a_text, c_text, q_text)
    if kind == "figure" and not found:  # a forecast asked of a cite that foresees nothing
        found = _forecast_unsaid(a_text, c_text, q_text)
    if kind == "figure" and (not found or found[0].code == "DG601"):  # the base year's level, given only as a change
        found = _level_of_base_year(a_text, c_text, q_text) or found
    if kind == "figure" and (not found or found[0].code in ("DG601", "DG602")):  # a year the cite names only as a base
        based = _asked_base_year(a_text, c_text, q_text)
        if based == "base":
            found = []
        elif based == "current" and not found:
            found = [Mismatch("DG602", f"answer {answer.strip()} is the value measured against the year the question asks; "
                                       "the cite gives that year only as the base of the comparison", {"bound_to": answer.strip(), "selected": None})]
    if kind == "figure" and not found:  # the year before, which the cite names only as a base (a rise compared with the year before)
        found = _asked_year_before_base(answer, a_text, c_text, q_text)
    if kind == "figure" and not found:  # a month or span the cite names only as a base, or as a span's end
        found = _asked_base_span(normalize(answer), normalize(_row_ends(cite)), normalize(question or "")) or found
    if kind == "figure" and not found:  # the question's words name a value of another unit than the answer's
        found = _zh_labelled_other_unit(a_text, c_text, q_text) or _en_labelled_other_unit(a_text, c_text, q_text)
    if kind == "figure" and (not found or found[0].code == "DG605"):  # a range answered whole: bound by one of its ends
        ranged = _whole_range(answer, cite, question, entities, found)
        found = found if ranged is None else ranged
    if kind == "figure" and found and found[0].code == "DG601":  # a generic noun of a year's own (2022's figure of …)
        found = _year_own_figure(a_text, c_text, q_text) or found
    if kind == "figure" and (not found or found[0].code in ("DG601", "DG602", "DG605")):  # a base's own level
        found = _base_own_level(a_text, c_text, q_text, found)
    if kind == "figure" and (not found or found[0].code in ("DG602", "DG605")):  # a level where a margin is asked
        found = _level_for_margin(a_text, c_text, q_text) or found
    if kind == "figure" and (not found or found[0].code in ("DG601", "DG602", "DG605")):  # a rank's own superlative
        ranked = _rank_superlative(a_text, c_text, q_text, found)
        if ranked is not None:  # (the 8th driest November against the 20th warmest: the question's warmest selects)
            found = ranked
    if kind == "figure" and not found:  # the other side of the same margin (behind for ahead)
        found = _margin_side(a_text, c_text)
    if kind == "figure" and not found:  # a revised level asked as reached by a move the other way
        found = _revised_the_other_way(a_text, c_text, q_text)
    if kind == "figure" and not found:  # a change against year where the question names the period's (同比 for 环比)
        found = _against_year_or_period(a_text, c_text, q_text)
    if kind == "figure" and found and found[0].code == "DG605":  # the longer of two terms: the magnitude selects
        weighed = _by_magnitude(a_text, c_text, q_text)
        if weighed is not None:
            found = weighed
    if kind == "figure" and found and found[0].code == "DG601":  # a month's value where the year to date is asked
        found = _other_span(a_text, c_text, q_text, question or "") or found
    if kind == "fact" and (not found or found[0].code == "DG605"):
        # where the lists leave it open or let it through: the subject of the one clause naming what the
        # question's act is done to (Who took the bronze?) is the actor
        ranked = _rank_part(a_text, c_text, q_text)
        if ranked is not None:  # (排名第2的是哪档股票: the ;-part holding the rank names it)
            return ranked
        ordered = _ordered_list(a_text, c_text, q_text)
        if ordered is not None:  # (A、B、C和D依次为…前五大厂商: each holds its position's place)
            return ordered

        if not found:  # (whose a figure is, in a list of names each with its figure)
            listed = _listed_figure(kind, a_text, c_text, q_text)
            if listed:
                return listed
        if not found:  # (which of several fires grew 6,000 acres: the fire owning the question's figure or words)
            found = _asked_thing(answer, cite, question or "", entities)
            if found:
                return found
        if not found:  # the work whose own description (武侠电影《…》) the question writes
            found = _described_title(a_text, c_text, q_text)
            if found:
                return found
        if not found:  # the item at the place of the figure the question quotes (哪个国家的出口货量下跌13.4%)
            found = people.quoted_item(a_text, c_text, q_text) or people.described_name(a_text, c_text, q_text)
            if found:
                return found
        for rule in (people.object_clause, people.place_of_name):  # (… and the place set off beside a name is its)
            owned = rule(a_text, c_text, q_text, entities)
            if owned is not None and (owned or found):
                return owned
        owned = not found and (people.apposed_role(answer, cite, question) or people.titled_before(answer, cite, question)
                               or people.passive_agent(a_text, c_text, q_text)
                               or people.deed_clause(a_text, c_text, q_text) or people.owned_names(a_text, c_text, q_text)
                               or people.en_deed_clause(a_text, c_text, q_text, cite))
        if owned:  # (NAME, ROLE; VERBed by X; a Chinese deed's clause; a list's 的 phrases: where all else grounds it)
            return owned
        lines = "\n".join(normalize(line) for line in cite.splitlines())  # (a table's line is one record)
        owned = people.table_row(a_text, lines, q_text, entities)
        if owned is not None and (owned or found):
            return owned
    return found


# Words joined lower-case inside a name, skipped by its initials (Massachusetts Institute of Technology: MIT).
_INITIAL_SKIP = frozenset(("of", "and", "the", "for", "&", "de", "du", "la", "des", "on", "at", "in"))
_ACRONYM_RE = lazy(r"(?<![A-Za-z])[A-Z]{2,6}(?![A-Za-z])")
_NAME_WORD_RE = lazy(r"[A-Za-z][A-Za-z'&.-]*")


# A question dating the report by its year and month (央行2017年9月预测…, 2024年9月央行…), and a year it asks about
# written alone (2018年经济成长率).
_REPORT_MONTH_RE = lazy(r"((?:19|20)\d\d)\s?年\s?\d{1,2}\s?月", needs="月")
_ASKED_YEAR_RE = lazy(r"((?:19|20)\d\d)\s?年(?!\s?\d{1,2}\s?月)(?!度)", needs="年")
# The cite's words for the report's year, the next and the last (今年, 今、明两年 and 今明兩年 name both).
_RELATIVE_YEAR_WORDS = {0: lazy(r"今年|今\s?[、,]?\s?明\s?[两兩]年"), 1: lazy(r"明年|明\s?[两兩]年"), -1: lazy(r"去年")}
_RELATIVE_YEAR_NAMES = {0: "今年", 1: "明年", -1: "去年"}


# A win-loss record written as one (55勝60敗1和, 8胜3负): wins, losses and ties of one team over one span.
_RECORD_RE = lazy(r"(?<![\d.])(\d+)\s?[胜勝]\s?\d+\s?[负負败敗](?:\s?\d+\s?和)?", needs=("胜", "勝"))
_RECORD_HEAD_RE = lazy(r"\d+\s?[胜勝]", needs=("胜", "勝"))


def _record_heads(answer: str, cite: str) -> tuple[str, str] | None:
    """An answer that is a whole win-loss record the cite writes (55勝60敗1和), and the cite, each record written by its
    wins alone (55勝): a record is one value, its parts no rivals to choose among, and records of other spans or teams
    (下半季戰績26勝29敗1和) are told apart by their words as any values are. None where the answer is no record the cite
    writes, or where two of the cite's records have the same wins."""
    a = _RECORD_RE.fullmatch(answer.strip())
    if a is None:
        return None
    records = list(_RECORD_RE.finditer(cite))
    flat = [re.sub(r"\s", "", m.group()) for m in records]
    if re.sub(r"\s", "", a.group()) not in flat or len({m[1] for m in records}) < len(set(flat)):
        return None
    out, at = [], 0
    for m in records:
        out += [cite[at:m.start()], _RECORD_HEAD_RE.match(m.group()).group()]
        at = m.end()
    return _RECORD_HEAD_RE.match(a.group()).group(), "".join(out) + cite[at:]


def _as_report_years(question: str, cite: str) -> str:
    """The question with the year it asks about written as the cite counts it from the report's year, where the
    question dates the report (央行2017年9月预测2018年经济成长率 against 今、明两年成长率各为2.15%、2.2%: 2018 is 明年)
    and the cite writes years only so (no year in figures): a careful reader counts them from the report's date."""
    if "年" not in question or _YEAR_FIGURE_RE.search(cite):
        return question
    dated = {int(m[1]) for m in _REPORT_MONTH_RE.finditer(question)}
    if len(dated) != 1:
        return question
    report = dated.pop()
    written = {k for k, pattern in _RELATIVE_YEAR_WORDS.items() if pattern.search(cite)}
    out, at = [], 0
    for m in _ASKED_YEAR_RE.finditer(question):
        offset = int(m[1]) - report
        # (the report's own year only where the cite sets another year against it: a lone 今年 tells no year apart)
        if offset in written and (offset or len(written) > 1):
            out += [question[at:m.start()], _RELATIVE_YEAR_NAMES[offset]]
            at = m.end()
    return "".join(out) + question[at:] if out else question


_YEAR_FIGURE_RE = lazy(r"(?<!\d)(?:19|20)\d\d(?!\d)")


# The year before a year the cite states, in the cite's own words (8,273 times compared to 7,656 the previous year; a rise
# compared with the year before): said of the one year the cite names, they name the year before it.
_EN_YEAR_BEFORE_RE = lazy(r"(?<![a-z])(?:the|a)\s(?:(?:previous|prior|preceding)\syear|year\s(?:before|earlier))(?![a-z])",
                          needs=("previous", "prior", "preceding", "before", "earlier"))


def _as_year_before(question: str, cite: str) -> str:
    """The question with the year it asks about written as the cite names it, where the cite names one year and the year
    before it only relatively (2005 was its busiest year … 8,273 times compared to 7,656 the previous year: asked 2004,
    the question asks the previous year's). The question unchanged where it names the cite's own year too, or none."""
    if not question.isascii() or "year" not in cite:
        return question
    before = _EN_YEAR_BEFORE_RE.search(cite)
    if before is None:
        return question
    years = {m.group() for m in _YEAR_FIGURE_RE.finditer(cite)}
    asked = {m.group() for m in _YEAR_FIGURE_RE.finditer(question)}
    if len(years) != 1 or len(asked) != 1 or int(asked.pop()) != int(next(iter(years))) - 1:
        return question
    return re.sub(r"(?:(?<![a-z])in\s)?(?<!\d)(?:19|20)\d\d(?!\d)", lambda m: "in " + before.group(), question, count=1)


def _as_cite_spells(question: str, cite: str, entities: Mapping[str, Sequence[str]]) -> str:
    """The question with each acronym it writes that the cite spells out as a name (MIT for the Massachusetts Institute of
    Technology) written as the cite writes it: a careful reader takes them for the one name they are."""
    acronyms = [m for m in _ACRONYM_RE.finditer(question) if not standalone(m.group(), cite)]
    if not acronyms:
        return question
    words = list(_NAME_WORD_RE.finditer(cite))
    for m in reversed(acronyms):
        short, runs = m.group(), set()
        for i, w in enumerate(words):  # (each capitalised word opens a run; joiners in lower case add no initial)
            if not w.group()[0].isupper() or w.group().lower() in _INITIAL_SKIP:
                continue
            initials, end = "", i
            for j in range(i, len(words)):
                x = words[j].group()
                if j > i and cite[words[j - 1].end():words[j].start()] != " ":
                    break
                if x.lower() in _INITIAL_SKIP and not x[0].isupper():
                    continue
                if not x[0].isupper():
                    break
                initials += x[0]
                end = j
                if len(initials) >= len(short):
                    break
            if initials == short:
                runs.add(cite[w.start():words[end].end()])
        # (one name the initials spell: two would leave it open; and none of whose words the cite also writes in lower
        # case, the bank for the Reserve Bank of Australia: a common word there is no name, as in _cite_names)
        if len(runs) == 1 and not any(standalone(w.lower(), cite)
                                      for w in next(iter(runs)).split() if w.lower() not in _INITIAL_SKIP):
            question = question[:m.start()] + runs.pop() + question[m.end():]
        elif not runs and len(short) >= 3:  # a common noun's acronym (IPO: the initial public offering price of $19)
            spelled = {cite[w.start():words[i + len(short) - 1].end()] for i, w in enumerate(words[:len(words) - len(short) + 1])
                       if all(x.group().islower() and x.group()[0] == c.lower() for x, c in zip(words[i:i + len(short)], short))
                       and all(cite[a.end():b.start()] == " " for a, b in zip(words[i:i + len(short) - 1], words[i + 1:i + len(short)]))}
            if len(spelled) == 1:
                question = question[:m.start()] + spelled.pop() + question[m.end():]
    return question


# A Chinese clause opened by an item's name and its value or change (全省进出口总额160.9亿美元, 全省固定资产投资增长8.1%,
# 其中出口88.1亿美元): the item every value after it belongs to, up to the next clause that opens with another item.
_ZH_ITEM_HEAD_RE = lazy(r"(?:(?:19|20)\d\d\s?年)?(?:\d{1,2}\s?(?:-|至|—)\s?\d{1,2}\s?月份?|\d{1,2}\s?月份?|[一二三四1-4]\s?季度|[上下]半年|前三季度|全年)?"
                        r"([\u4e00-\u9fff]{2,16}?)(?=(?:同比|环比|累计|比上年|比去年)?(?:增长|下降|增加|减少|上涨|下跌|上升|下滑|实现|完成|达到|为|达)?\s?\d)")
# The verb between an item's name and its value (增长, 为), and the adverbs that end no name (也, 则, 仅).
_ZH_HEAD_VERB_RE = lazy(r"(?:同比|环比|累计|比上年|比去年)?(?:增长|下降|增加|减少|上涨|下跌|上升|下滑|实现|完成|达到|为|达)?\s?")
_ZH_ITEM_TAIL_RE = lazy(r"[也则却仅仍还亦又]+$")
# A measure's noun after an item's name (电力生产业利润总额比上年增加…, 纺织业利润同比增长…): what is measured of the item,
# not part of its name.
_ZH_ITEM_MEASURE_RE = lazy(r"(?<=业)(?:利润总额|利润|营业收入|主营业务收入|营业成本)$", needs="业")
# A list's words (北京、广州和深圳分别下降…, 均为): a clause of several items, which no one item heads.
_ZH_ITEM_LIST_RE = lazy(r"分别|和|与|及|均|各|都|依次")
# The 和 inside one sector's name (有色金属冶炼和压延加工业, 电力、热力生产和供应业): the words after it run on to 业, so it
# joins two activities of one sector, not two items.
_ZH_SECTOR_AND_RE = lazy(r"和(?=[\u4e00-\u9fff]{2,10}?业)", needs="和")
# What opens a clause's words before its item: a scope (全省, 当季) or 其中 (a part of the item before).
_ZH_ITEM_SCOPE_RE = lazy(r"^(?:其中|当季|当月|当年|同期|全省|全市|全区|全县|全国|我国|我省|我市|本省|本市|今年|去年)+")
# Words no item's name holds: a comparison, a rank, a share or a rate's own name (增速比…, 比全国高, 居全国, 占…).
_ZH_NOT_ITEM_RE = lazy(r"比|较|居|占|位列|排名|平均|年均|累计|计算(?!机)|[至于以到在从是恐将让使把被因]|一度|可能|连续|今天|昨天|昨晚|今日|当日|凌晨|上午|下午|晚间|"
                       r"[本上下当][年季月周]|[年季月周日][增减]|"
                       r"^(?:增速|增幅|涨幅|降幅|跌幅|增长|下降|增加|减少|同比|环比|上涨|下跌|提高|回落|加快|合计|总计|共计)+$|"
                       # (a change's degree before its verb, 略增0.1%, 小幅下降: how much it changed, no item)
                       r"^(?:略|微|稍|小幅|大幅)(?:增长?|减少?|增加|上?升|下?降|上?涨|下?跌|回落|提高)$")
# The base a change is measured against (比全国高1.8个百分点, 增速比1月至2月加快0.2个百分点).
# Its verbs, by direction (比全国高, 降幅收窄): what an answer's or question's verb must agree with. One list each,
# read by the pattern (longest first, so 高出 is not read as 高) and by the direction's lookup.
_ZH_BASE_UP_VERBS = frozenset(("高出", "提高", "加快", "上升", "增加", "扩大", "提升", "回升", "高", "快", "多", "增", "升"))
_ZH_BASE_DOWN_VERBS = frozenset(("低于", "回落", "放缓", "减缓", "下降", "减少", "收窄", "降低", "低", "慢", "少", "减", "降"))
_ZH_CHANGE_BASE_RE = lazy(r"(?<![同环])(?:比|较)\s?([^,;。比较]{1,12}?)\s?("
                          + "|".join(sorted(_ZH_BASE_UP_VERBS | _ZH_BASE_DOWN_VERBS, key=lambda verb: (-len(verb), verb)))
                          + ")", needs=("比", "较"))
# A base's own level (较2014年同期的10890亿元, 仅为2011年全年的13.7%): a value of an earlier period or a share of one,
# which the rules of bases read.
_ZH_BASE_LEVEL_BEFORE_RE = lazy(r"的\s?\Z")
_ZH_CLAUSE_SPAN_RE = lazy(r"(?:[^,;。;!?、:：\n]|(?<=\d),(?=\d{3}))+")
# Words of a goal or a forecast (目标, 预计, 力争): a clause holding them is read by the rules of goals and forecasts.
_ZH_GOAL_WORDS_RE = lazy(r"目标|预期|预计|预测|预估|估|力争|计划|左右|以上|以下|将|有望|确保|恐|可能|料")
# A period a clause names (2019年, 3月末, 第四季, 上半年): a cite naming two is read by the rules of periods.
_ZH_PERIOD_NAMED_RE = lazy(r"(?:(?:19|20)\d\d\s?年(?:度|底|末)?)?(?:\d{1,2}\s?(?:-|至|—|~)\s?)?\d{1,2}\s?月|(?:19|20)\d\d\s?年|[一二三四1-4]\s?季|"
                          r"第[一二三四1-4]季|[上下]半年|前\S{1,2}个?月|全年|今年|本年")
# A question asking how a value changed against a base (比上年如何变化): the change against that base.
_ZH_BASE_ASKED_RE = lazy(r"(?<![同环])(?:比|较)\s?([^,;。比较]{1,12}?)\s?(?:如何|怎样|有何|有什么|变化|变动)", needs=("比", "较"))
_ZH_RATE_TURN_RE = lazy(r"加快|放缓|减缓|回落|扩大|收窄|提高|回升", needs=("加快", "放缓", "减缓", "回落", "扩大", "收窄", "提高", "回升"))
# How a clause that goes on with the item before opens: its rate, a base, a rank, a verb of its value, or the value itself.
_ZH_ITEM_GOES_ON_RE = lazy(r"(?:同比|环比)?(?:略|微|稍|小幅|大幅)?(?:增速|增幅|涨幅|降幅|跌幅|增长|下降|增加|减少|上涨|下跌|上升|回落|加快|提高|比|较|居|占|位|为|达|共|合计|[多少][增减])|\d")
_ZH_YEAR_NAMED_RE = lazy(r"(?:19|20)\d\d(?=\s?年)")
_ZH_TIME_BASE_RE = lazy(r"\d|年|月|季|轮|期|周|日")
_ZH_BRACKET_BEFORE_RE = lazy(r"[(（]\Z")
_ZH_LEVEL_REACHED_RE = lazy(r"(?:到|至)\s?\Z")
_ZH_MORE_OR_LESS_RE = lazy(r"[多少][增减]")
_ZH_RANK_WORDS_RE = lazy(r"居|排名|位列|位居|名次|位次|第几")
_ZH_GROWTH_WORDS_RE = lazy(r"增长|下降|增速|增幅|涨幅|降幅|上涨|下跌|减少|增加|同比|变化|变动|增减")


def _zh_metric(text: str, ordinal: bool = False) -> tuple[str, str]:
    """What a value (or a question) measures of its item: its change against a base it names (比全国), its rank, its growth
    or its level."""
    if _ZH_LEVEL_REACHED_RE.search(text):  # (由去年同期的52.5%提高到58.1%: the level reached)
        return ("level", "")
    m = _ZH_CHANGE_BASE_RE.search(text)
    if m:
        return ("base", _ZH_ITEM_SCOPE_RE.sub("", m[1].strip()) or m[1].strip())
    if ordinal or _ZH_RANK_WORDS_RE.search(text):
        return ("rank", "")
    if _ZH_MORE_OR_LESS_RE.search(text):  # (同比少增1889亿元: against the same period's increase)
        return ("base", "同比" if "同比" in text else "")
    if _ZH_RATE_TURN_RE.search(text):  # (增速同比加快1.2个百分点: the change of the rate, not the rate)
        return ("turn", "")
    if _ZH_GROWTH_WORDS_RE.search(text):  # (同比 against 环比: a growth against another base)
        return ("growth", "同比" if "同比" in text else "环比" if "环比" in text else "")
    return ("level", "")


def _zh_item_runs(c_text: str) -> list[tuple[int, int, str, str]]:
    """The clauses of a Chinese cite with the item each names or inherits: (start, end, item, the clause's words after the
    item's name up to its end)."""
    runs, item = [], None
    quantities = parse_quantities(c_text)
    for m in _ZH_CLAUSE_SPAN_RE.finditer(c_text):
        clause = m[0]
        lead = len(clause) - len(clause.lstrip())
        head = _ZH_ITEM_HEAD_RE.match(clause, lead)
        name = head and _ZH_ITEM_MEASURE_RE.sub("", _ZH_ITEM_TAIL_RE.sub("", _ZH_ITEM_SCOPE_RE.sub("", head[1])).replace("的", ""))
        if head and not any(q.start == m.start() + head.end() + len(_ZH_HEAD_VERB_RE.match(c_text, m.start() + head.end())[0])
                            and (q.unit or q.counter) for q in quantities):
            head = None  # (a bare number after a name, 小米17, is part of the name: no value opens the clause)
        if head and len(name) >= 2 and not _ZH_NOT_ITEM_RE.search(name):
            item = None if _ZH_ITEM_LIST_RE.search(_ZH_SECTOR_AND_RE.sub("", name)) else name
            if item is not None:
                runs.append((m.start(), m.end(), item, m.start() + head.end()))
        elif item is not None and not any(m.start() <= q.start < m.end() for q in quantities):
            # (a clause of words alone names a new subject, 海南职位的报名人数最少, or an aside: the item ends, but for a period
            # or 其中, which hand it on)
            if len(han_runs(clause)) and sum(map(len, han_runs(clause))) >= 3 and not _ZH_PERIOD_NAMED_RE.fullmatch(clause.strip()):
                item = None
            else:
                runs.append((m.start(), m.end(), item, m.start()))
        elif item is not None and _ZH_ITEM_GOES_ON_RE.match(clause, lead):
            runs.append((m.start(), m.end(), item, m.start()))
        else:
            item = None  # (a clause with a value and words of its own, 而9月失业人数则降为…: not plainly the item's)
    return runs


def _zh_clause_item(a_text: str, c_text: str, q_text: str) -> list[Mismatch] | None:
    """In a Chinese cite whose clauses each open with an item's name and its value (全省固定资产投资增长8.1%,增速比1月至2月
    加快0.2个百分点,比全国高1.8个百分点。当季全省社会消费品零售总额3317.9亿元,…,其中出口88.1亿美元,…), every value
    belongs to the item its clause names or follows, and measures what its own words say: its level, growth, change
    against the base after 比, or rank. The item the question names and what it asks of it select one value: another
    item's is DG601, the same item's change against another base DG602. None where the question names no one item or the
    cite no two."""
    if not has_han(c_text) or not has_han(q_text):
        return None
    said = parse_quantities(a_text)
    if len(said) != 1:
        return None
    a = said[0]
    runs = _zh_item_runs(c_text)
    items = {r[2] for r in runs}
    if len(items) < 2:
        return None

    q_plain = q_text.replace("的", "")
    named = sorted((i for i in items if i in q_plain), key=len, reverse=True)  # (the items the question writes whole)
    if not named or any(i not in named[0] for i in named[1:]):
        return None
    asked = named[0]
    if sum(r[2] == asked and r[3] > r[0] for r in runs) > 1:
        return None  # (a name heading two clauses, 跌幅 … 跌幅, is a measure of several items, no one item)
    if any(i not in asked and any(i[k:k + 3] in q_plain and i[k:k + 3] not in asked for k in range(len(i) - 2)) for i in items):
        return None  # (the question writes part of another item's name too: it is not plain which it asks)
    q_rest = q_plain.replace(asked, "")
    want = _zh_metric(q_rest)
    if want[0] != "base" and (m := _ZH_BASE_ASKED_RE.search(q_rest)):
        want = ("base", _ZH_ITEM_SCOPE_RE.sub("", m[1].strip()) or m[1].strip())
    bases = [m[1] for m in _ZH_CHANGE_BASE_RE.finditer(c_text)]
    if want[0] in ("level", "rank") and any(b.strip() in q_plain and _ZH_TIME_BASE_RE.search(b) for b in bases):
        return None  # (asked the level of what the cite names only as a base, 比2022年: the base's period, no value here)
    periods = {m[0] for m in _ZH_PERIOD_NAMED_RE.finditer(_ZH_CHANGE_BASE_RE.sub("", c_text))}
    if len(periods) > 1:
        return None  # (values of two periods: the period the question names is read by the rules of periods)
    years = [set(_ZH_YEAR_NAMED_RE.findall(t)) for t in (q_text, _ZH_CHANGE_BASE_RE.sub("", c_text))]
    if years[0] and years[1] and not years[0] & years[1]:
        return None  # (asked another year than the cite's: the rules of periods read it)
    values = []  # (quantity, item, metric)
    for q in parse_quantities(c_text):
        if q.unit is None and q.counter in _SPAN_COUNTERS and a.counter not in _SPAN_COUNTERS:
            continue  # (一季度, 3个月: a span of time names a period or a base, no value)
        run = next((r for r in runs if r[0] <= q.start < r[1]), None)
        if run is None or q.start < run[3]:
            if (q.unit, q.counter, q.ordinal) == (a.unit, a.counter, a.ordinal):
                return None  # (a value of the answer's kind no clause's item owns: a list's, read by the rules of lists)
            continue
        if _ZH_BRACKET_BEFORE_RE.search(c_text, max(0, q.start - 1), q.start):
            return None  # (a value restated in brackets: read by the rules of restatements)
        last = max([run[3], run[0]] + [v[0].end for v in values if run[0] <= v[0].start])  # (its own words: since the last value)
        values.append((q, run[2], _zh_metric(c_text[last:q.start], q.ordinal)))

    def same(m1: tuple[str, str], m2: tuple[str, str]) -> bool:
        return m1[0] == m2[0] and (m1[1] in m2[1] or m2[1] in m1[1])

    def kind(v) -> tuple:
        return (v[0].unit, v[0].counter, v[0].ordinal)

    akind = (a.unit, a.counter, a.ordinal)
    selected = [v for v in values if v[1] == asked and same(v[2], want)]
    mine = [v for v in values if v[0].value == a.value and kind(v) == akind]
    if not selected or sum(kind(v) == akind for v in values) < 2 and len(values) < 2 \
            or _ZH_GOAL_WORDS_RE.search(q_text) or "实际" in q_text:
        return None
    if len({kind(v) for v in selected}) > 1:
        return None  # (the question's item and measure in two kinds, 4万起 and 70%: its unit word is read by other rules)
    if sum(kind(v) == akind for v in selected) > 1:
        return None  # (two values of the question's item and measure: the rules of periods and bases tell them apart)
    if mine and any(v is w for v in mine for w in selected):
        selected = [next(w for v in mine for w in selected if v is w)]
    rivals = [v for v in selected if kind(v) == akind]
    if len(rivals) > 1 or not rivals and (len(selected) != 1 or not mine or mine[0][2][0] == want[0]
                                          or {mine[0][2][0], want[0]} <= {"base", "growth", "turn"}):
        return None  # (no one value of the question's item and measure; or an answer of another kind that measures the same)
    sel = rivals[0] if rivals else selected[0]
    if any(_ZH_BASE_LEVEL_BEFORE_RE.search(c_text, max(0, v[0].start - 2), v[0].start) for v in values
           if v[1] in (asked, mine and mine[0][1]) and (v[0].unit, v[0].counter) == (a.unit, a.counter)):
        return None
    if not mine or any(_ZH_GOAL_WORDS_RE.search(c_text[r[0]:r[1]]) for r in runs for v in (sel, mine[0]) if r[0] <= v[0].start < r[1]):
        return None
    if any(v is sel for v in mine):
        # (the value asked, its direction read from its own words: 下降14.8% for 增长14.8% says the opposite)
        run = next(r for r in runs if r[0] <= sel[0].start < r[1])
        own = c_text[max(run[0], run[3] - 4):sel[0].start]
        stated = _direction(own + c_text[sel[0].start:sel[0].end]) or _flow_sign(own)
        said, source = _direction(a_text) or _flow_sign(a_text), "answer"
        if said is None:
            said, source = _asked_direction(q_text, metric=True) or _flow_sign(q_text), "question"
        q_verb, c_verb = _ZH_CHANGE_BASE_RE.search(q_rest), _ZH_CHANGE_BASE_RE.search(own)
        if want[0] == "base" and source == "question" and q_verb and c_verb:  # (比上月扩大 against the cite's 比上月收窄)
            said, stated = ("up" if m[2] in _ZH_BASE_UP_VERBS else "down" for m in (q_verb, c_verb))
        if said and stated and said != stated:
            return [Mismatch("DG604", f"the {source} says the value {'rose' if said == 'up' else 'fell'}, but in the cite "
                             f"{c_text[sel[0].start:sel[0].end]} {'rose' if stated == 'up' else 'fell'}",
                             {"bound_to": c_text[sel[0].start:sel[0].end], "selected": c_text[sel[0].start:sel[0].end],
                              "direction": {"said": said, "cite": stated}, "direction_from": source})]
        return []
    v = mine[0]
    code = "DG602" if v[1] == asked and v[2][0] == want[0] in ("base", "growth") else "DG601"
    text, sel_text = c_text[v[0].start:v[0].end], c_text[sel[0].start:sel[0].end]
    if code == "DG602":
        message = (f"answer {a_text.strip()} is the change against {v[2][1]} in the cite; the question asks about the change "
                   f"against {want[1]} ({sel_text})")
    else:
        message = f"answer {a_text.strip()} belongs to '{v[1]}'; the question asks about '{asked}' ({sel_text})"
    return [Mismatch(code, message, {"bound_to": text, "selected": [sel_text]})]


# Two places each with its value in brackets, joined by 和 (广东(13.57万亿)和江苏(12.82万亿), 江西省(4.1%)和黑龙江省(2.6%)):
# the names, read back from the bracket to the word before them (的, 为, 是).
_ZH_BRACKET_PAIR_RE = lazy(r"([\u4e00-\u9fff]{2,12})\(([^()]{1,16})\)和([\u4e00-\u9fff]{2,6})\(([^()]{1,16})\)", needs="和")
_ZH_NAME_AFTER_RE = lazy(r"(?:的|为|是|在|有)((?:(?![的为是在有])[\u4e00-\u9fff]){2,5})$|^([\u4e00-\u9fff]{2,5})$")
# The words of comparison between a pair's subject and a list it is set against (远低于当年制定的7%和6%左右的增长目标).
_ZH_SET_AGAINST_RE = lazy(r"低于|高于|超过|不及|达到|相比|对比")
_ZH_GOAL_LABEL_RE = lazy(r"目标|计划|预期|预计")
_ZH_GOAL_END_RE = lazy(r"(?:目标|计划|预期|预计)(?:为|是|达)?$")
_ZH_GOAL_ASKED_RE = lazy(r"(?:目标|计划|预期)(?:是|为)?(?:多少|几)")
# What stands between the two values of a pair (7%和6%左右, 分别为4.8%和5.8%).
_ZH_PAIR_LINK_RE = lazy(r"\s?(?:和|与|、)\s?")
_ZH_PLACE_SUFFIX_RE = lazy(r"(?:省|市|自治区|地区)$")


def _zh_bracket_pairs(a_text: str, c_text: str, q_text: str) -> list[Mismatch] | None:
    """Two places written each with its value in brackets and joined by 和 (增速垫底的江西省(4.1%)和黑龙江省(2.6%)) pair
    with every two-value list of their sentence after them by position (远低于当年制定的7%和6%左右的增长目标, 实际完成度仅为59%
    和43%; 增速分别为4.8%和5.8%): the first value is the first place's. Asked of one place, the list of the answer's kind
    whose words (before it in its clause and the noun right after it) share most with the question's selects that
    place's value: another place's is DG601, and so is the same place's value in another list. None where the question
    names neither place or no list stands out."""
    if "和" not in c_text or "(" not in c_text:
        return None
    said = parse_quantities(a_text)
    if len(said) != 1:
        return None
    a = said[0]
    for m in _ZH_BRACKET_PAIR_RE.finditer(c_text):
        first = _ZH_NAME_AFTER_RE.search(m[1])
        names = [(first[1] or first[2]) if first else None, m[3]]
        if names[0] is None:
            continue
        stems = [_ZH_PLACE_SUFFIX_RE.sub("", n) for n in names]
        asked = [k for k, s in enumerate(stems) if len(s) >= 2 and s in q_text]
        if len(asked) != 1:
            continue
        k = asked[0]
        end = c_text.find("。", m.end())
        end = len(c_text) if end < 0 else end
        stated = [q for q in parse_quantities(c_text[m.start():end])]
        stated = [q._replace(start=q.start + m.start(), end=q.end + m.start()) for q in stated]
        lists = []  # (the two values, the words that name them)
        inside = [q for q in stated if m.start(2) <= q.start < m.end(2) or m.start(4) <= q.start < m.end(4)]
        if len(inside) == 2:
            lo = max(c_text.rfind(c, 0, m.start()) for c in ",;。") + 1
            tail = re.split(r"[,;。]", c_text[m.end():end], maxsplit=1)[0]
            against = _ZH_SET_AGAINST_RE.search(tail)  # (…(2.6%)经济增速远低于…: the words up to the comparison are theirs)
            lists.append((inside, c_text[lo:m.start()] + (tail[:against.start()] if against else ""), ""))
        after = [q for q in stated if q.start >= m.end()]
        for x, y in zip(after, after[1:]):
            if _ZH_PAIR_LINK_RE.fullmatch(c_text, x.end, y.start) and (x.unit, x.ordinal) == (y.unit, y.ordinal):
                lo = max([c_text.rfind(c, 0, x.start) for c in ",;。"] + [m.end()]) + 1
                hi = min([i for i in (c_text.find(c, y.end) for c in ",;。") if i >= 0] + [end])
                before = c_text[lo:x.start]
                against = list(_ZH_SET_AGAINST_RE.finditer(before))
                before = before[against[-1].end():] if against else before
                lists.append(([x, y], before + c_text[y.end:hi], c_text[y.end:hi] + (before if _ZH_GOAL_END_RE.search(before) else "")))
        mine = [(j, i) for j, (vs, _, _) in enumerate(lists) for i, q in enumerate(vs) if q.value == a.value and q.unit == a.unit]
        if len(mine) != 1:
            return None
        kinds = [j for j, (vs, _, _) in enumerate(lists) if vs[0].unit == a.unit]
        # (asked a goal itself, 增长目标是多少, the lists that are goals; else the others: a goal is no outturn)
        goal = [j for j in kinds if _ZH_GOAL_LABEL_RE.search(lists[j][2])]
        kinds = (goal if _ZH_GOAL_ASKED_RE.search(q_text) else [j for j in kinds if j not in goal]) or kinds

        def shared(words: str) -> int:
            return max((j - i for i in range(len(words)) for j in range(i + 2, len(words) + 1) if words[i:j] in q_text), default=0)

        scores = sorted(((shared(lists[j][1]), j) for j in kinds), reverse=True)
        if not scores or scores[0][0] < 2 or len(scores) > 1 and scores[1][0] == scores[0][0]:
            return None
        pick = scores[0][1]
        sel = lists[pick][0][k]
        if mine[0] == (pick, k):
            return []
        v = lists[mine[0][0]][0][mine[0][1]]
        goals = [bool(_ZH_GOAL_LABEL_RE.search(lists[j][2])) for j in (mine[0][0], pick)]
        code = "DG603" if mine[0][1] == k and goals[0] != goals[1] else "DG601"  # (the same place's goal for its outturn)
        if mine[0][1] != k:
            message = (f"answer {a_text.strip()} belongs to '{names[mine[0][1]]}'; the question asks about '{names[k]}' "
                       f"({c_text[sel.start:sel.end]})")
        else:
            message = (f"answer {a_text.strip()} is another measure of {names[k]} than the question asks "
                       f"({c_text[sel.start:sel.end]})" if code == "DG601" else
                       f"answer {a_text.strip()} is {'the goal' if goals[0] else 'the outturn'} of {names[k]}; the question asks "
                       f"for {'its outturn' if goals[0] else 'its goal'} ({c_text[sel.start:sel.end]})")
        return [Mismatch(code, message,
                         {"bound_to": c_text[v.start:v.end], "selected": [c_text[sel.start:sel.end]]})]
    return None


# A tier the question names by its ordinal (第二档, 第一档次, 二类, 三类区域): the Nth value of a run of one kind's values
# joined by 、/和/及/与 (分别为2265元、2195元、2045元、1895元; 为2200元、2000元、1800元; 分为三类2200元、2040元和1870元).
_TIER_ASKED_RE = lazy(r"(第)?([一二三四五六七八九十]|\d{1,2})(?:档次?|檔次?|类|類)(?!型|似|别|別)", needs=("档", "檔", "类", "類"))
_TIER_RUN_LINK_RE = lazy(r"\s?(?:、|和|及|与|與)\s?(?:第?[一二三四五六七八九十]{1,2}(?:档次?|檔次?|类|類))?\s?")
_TIER_LEAD_STOP_RE = lazy(rf"[{clause_marks('line', 'comma', 'colon')}；！？]")
_TIER_NUMERALS = "一二三四五六七八九十"
_TIER_UNNAMED_Q_RE = lazy(r"最高|最低档|最少|平均|合计|共计|总|哪|几|分别|各")
_TIER_NAMED_RE = lazy(r"[一二三四五六七八九十\d]\s?个?(?:档次?|檔次?|类|類)(?!型|似|别|別)", needs=("档", "檔", "类", "類"))
_TIER_ITEMS_RE = lazy(r"、|和|及|与|與")


def _tier_line_start(c_text: str, at: int) -> int:
    """Where the line holding ``at`` begins, as binding reads a cite (a line's end read as "; ")."""
    return max(c_text.rfind("\n", 0, at) + 1, c_text.rfind("; ", 0, at) + 2, 0) if "; " in c_text[:at] else c_text.rfind("\n", 0, at) + 1


def _tier_of_run(a_text: str, c_text: str, q_text: str) -> list[Mismatch] | None:
    """A question naming a tier by its ordinal (福建省第二档月最低工资标准, 广西三类非全日制用工小时最低工资标准) asks the
    Nth value of a run of values of one kind joined by 、/和/及 (月最低工资标准分别为2265元、2195元、2045元、1895元): the
    run whose own words since its sentence or ;-part began share most words with the question (the monthly run
    against the hourly one, one province's against another's). The answer at that place is grounded; another value
    of the run, or of its sentence (the tiers' average), is another tier's or metric's (DG601). None where the
    question names no one tier, no run of the answer's kind is long enough, or two runs fit the question alike."""
    if not has_han(q_text) or not has_han(c_text):
        return None
    asked = [m for m in _TIER_ASKED_RE.finditer(q_text) if m[1] or not q_text[max(0, m.start() - 1):m.start()] in ("几", "多", "少")]
    if len(asked) > 1 or asked and not asked[0][1] and asked[0].start() > 0 and q_text[asked[0].start() - 1] in "个個几幾多":
        return None  # (几类, 多少个档: a count of tiers, no tier)
    m = asked[0] if asked else None
    if m is None and _TIER_UNNAMED_Q_RE.search(q_text):
        return None  # (the highest, the average, the total: a question that names a place in the run by its size)
    if not _TIER_ITEMS_RE.search(c_text):
        return None  # (no 、/和/及/与 in the cite: no two values joined into a run, the least a tier is read from)
    n = None if m is None else int(m[2]) if m[2].isdigit() else _TIER_NUMERALS.index(m[2]) + 1
    said = parse_quantities(a_text)
    if len(said) != 1 or said[0].ordinal:
        return None
    a = said[0]
    found = [q for q in parse_quantities(c_text) if not q.ordinal]
    runs: list[list] = []
    for q in found:
        last = runs[-1][-1] if runs else None
        if last is not None and (q.unit, q.counter) == (last.unit, last.counter) and _TIER_RUN_LINK_RE.fullmatch(c_text, last.end, q.start):
            runs[-1].append(q)
        else:
            runs.append([q])
    runs = [r for r in runs if len(r) >= 2 and (r[0].unit, r[0].counter) == (a.unit, a.counter)]
    fits = [r for r in runs if len(r) >= (n or 3)]
    if not fits:
        return None
    q_plain = q_text if m is None else q_text[:m.start()] + " " + q_text[m.end():]
    q_grams = {q_plain[i:i + 2] for i in range(len(q_plain) - 1) if han_at(q_plain, i) and han_at(q_plain, i + 1)}

    def score(run: list) -> tuple[int, int]:
        start = run[0].start
        stops = [s.end() for s in _TIER_LEAD_STOP_RE.finditer(c_text, 0, start)]
        lo = max([0] + stops + [r[-1].end for r in runs if r[-1].end <= start])
        para = _tier_line_start(c_text, start)
        lead, before = c_text[lo:start], c_text[para:start]
        return (sum(g in lead for g in q_grams), sum(g in before for g in q_grams))

    def head(run: list) -> tuple[int, int]:  # (the paragraph's words before its first run: its place, its subject)
        para = _tier_line_start(c_text, run[0].start)  # (a line's end, as read)
        first = min(r[0].start for r in runs if para <= r[0].start)
        return para, sum(g in c_text[para:first] for g in q_grams)

    heads = {head(r) for r in fits}
    if len(heads) > 1:
        best = max(h[1] for h in heads)
        if sum(h[1] == best for h in heads) == 1:
            fits = [r for r in fits if head(r)[1] == best]
    scored = sorted(((score(r), i) for i, r in enumerate(fits)), reverse=True)
    if scored[0][0][0] == 0 or len(scored) > 1 and scored[0][0] == scored[1][0]:
        return None
    run = fits[scored[0][1]]
    if n is None:  # (asked the standard of a place whose run of tiers the question names none of: no one value)
        lo = max([0] + [s.end() for s in _TIER_LEAD_STOP_RE.finditer(c_text, 0, run[0].start)])
        line = _tier_line_start(c_text, run[0].start)
        if not _TIER_NAMED_RE.search(c_text, line, run[-1].end):
            return None  # (no tiers named, 四个档 / 分为三类 / 一类…: a list of months', films' or items' values)
        if _TIER_ITEMS_RE.search(c_text, lo, run[0].start) or not any(q.value == a.value and (q.unit, q.counter) == (a.unit, a.counter) for q in run):
            return None  # (a list of items before the run, 甲、乙分别为…: each value is an item's, read by the rules of lists)
        paras: dict[int, int] = {}  # (each line holding a value of the kind: the question's words before its first)
        for q in found:
            if (q.unit, q.counter) == (a.unit, a.counter):
                para = _tier_line_start(c_text, q.start)
                paras.setdefault(para, sum(g in c_text[para:q.start] for g in q_grams))
        own = _tier_line_start(c_text, run[0].start)
        if any(s >= paras[own] for p, s in paras.items() if p != own):
            return None  # (another line fits the question as well: 北京's 上调至2540元 beside 湖南's three tiers)
        return [Mismatch("DG605", f"the cite gives {len(run)} tiers' values ({', '.join(c_text[q.start:q.end] for q in run)}) "
                         "and the question does not say which tier it asks about; name the tier (第一档, 一类)",
                         {"bound_to": a_text.strip(), "selected": None})]
    sel = run[n - 1]
    sel_text = c_text[sel.start:sel.end]
    mine = [q for q in found if q.value == a.value and _same_unit(q.unit, a.unit) and (q.unit, q.counter) == (a.unit, a.counter)]
    if not mine:
        return None
    if any(q is sel for q in mine):
        return []
    stops = [s.end() for s in _TIER_LEAD_STOP_RE.finditer(c_text, 0, run[0].start)]
    lo = max([0] + stops)
    end = _TIER_LEAD_STOP_RE.search(c_text, run[-1].end)
    hi = end.start() if end else len(c_text)
    other = next((q for q in mine if lo <= q.start < hi or any(q is x for r in runs for x in r)), None)
    if other is None:
        return None
    text = c_text[other.start:other.end]
    return [Mismatch("DG601", f"answer {a_text.strip()} is another tier's or measure's value ({text}); the question asks "
                     f"{m[0]}, the value at its place in the list ({sel_text})", {"bound_to": text, "selected": [sel_text]})]


# A standard set anew from one level to another (由每月1720元调整为1890元; 从2590元调整到2690元; 由每小时18.7元提高到每小时
# 21元): the value after 由/从 is the level before, the one after the verb the level after; lists on both sides
# (由每小时不低于A、每月不低于B,调整到每小时不低于C、每月不低于D) pair by position.
_RESET_VERB_RE = lazy(r"(?:调整|提高|上调|下调|降低|提升|增加|调|提)(?:到|至|为)|[增降]至|降为", needs=("到", "至", "为"))
_RESET_FROM_RE = lazy(rf"[由从](?=[^{clause_marks('clause')}由从]{{0,12}}\d)")
_RESET_STOP_RE = lazy(rf"[{clause_marks('sentence')}]")
_RESET_LABEL_FILL_RE = lazy(r"不低于|不少于|不高于|不超过|目前的|现行的|的|约|为|\s|、|和|,")
_RESET_BEFORE_Q_RE = lazy(r"调整前|上调前|提高前|修改前|修订前|改革前|此前|之前|原来|原先|原有|现行|执行前|调整以前", needs=("前", "原", "现行"))
_RESET_ACTUAL_Q_RE = lazy(r"已经|已正式|已执行|已上调|已调整|实际", needs=("已", "实际"))
_RESET_PLAN_RE = lazy(r"征求意见|草案|待正式执行|拟(?:调整|上调|提高|将|由|从)", needs=("征求意见", "草案", "待正式执行", "拟"))
_RESET_YEAR_RE = lazy(r"\d{4}年", needs="年")
_RESET_SENTENCE_RE = lazy(r"[。!?;\n]")
_RESET_DOWN_Q_RE = lazy(r"下调|降低|下降|减少|降至|降到|调低|下降到", needs=("下", "降", "减", "低"))
_RESET_CHANGE_Q_RE = lazy(r"(?:增加|提高|上调|上涨|减少|降低|下调|涨|增长|增)了?(?:多少|几)", needs=("多少", "几"))
_RESET_CHANGE_BEFORE_RE = lazy(r"(?:增加|减少|提高|上调|下调|增长|上涨|降低|增|减|涨)了?\s?\Z")
_RESET_BASE_PERIOD_RE = lazy(rf"(?:与|和|较|比|(?=[由从]\s?[^{clause_marks('clause', 'colon')}]{{2,6}}的))[由从]?\s?(\d{{4}}年|去年同期|去年|上年同期|上年|上月|上季度?|上周|前年|同期)")
_RESET_UP_Q_RE = lazy(r"上调|提高|上涨|增加|增至|提升|调高|上升", needs=("上", "提", "增", "高"))


def _resets(c_text: str, kind: tuple) -> list[tuple[str, list, list]]:
    """Each standard set anew in the cite (由/从 … 调整到/为 …): its head (the words since its clause began, before 由/从,
    with every side's own words) and the values before and after, of the answer's kind, paired by position."""
    out = []
    for verb in _RESET_VERB_RE.finditer(c_text):
        stop = max([0] + [m.end() for m in _RESET_STOP_RE.finditer(c_text, max(0, verb.start() - 60), verb.start())
                          if not (c_text[m.end():verb.start()].strip() == "" or m.group() == "," and
                                  _RESET_FROM_RE.search(c_text, max(0, m.start() - 60), m.start()))])
        frm = [m for m in _RESET_FROM_RE.finditer(c_text, stop, verb.start())]
        if not frm:
            continue
        lo = frm[-1].start()
        head_lo = max([0] + [m.end() for m in _RESET_STOP_RE.finditer(c_text, max(0, lo - 40), lo)])
        end = _RESET_STOP_RE.search(c_text, verb.end())
        hi = end.start() if end else len(c_text)
        # (a count of times after the level, 上调至3500元后的再一次调整, is no value of a standard of another kind)
        before = [q for q in parse_quantities(c_text[:verb.start()]) if q.start > lo and not q.ordinal]
        after = [q for q in parse_quantities(c_text[:hi]) if q.start >= verb.end() and not q.ordinal
                 and (q.unit is not None or q.counter != "次" or (q.unit, q.counter) == kind)]
        if not before or len(before) != len(after) or any((q.unit, q.counter) != kind for q in before + after):
            continue
        labels = []
        for side, start in ((before, lo + 1), (after, verb.end())):
            prev, own = start, []
            for q in side:
                own.append(_RESET_LABEL_FILL_RE.sub("", c_text[prev:q.start]))
                prev = q.end
            labels.append(own)
        out.append((c_text[head_lo:lo], list(zip(before, after)), list(zip(*labels))))
    return out


def _reset_same_item(head: str, other: str) -> bool:
    """Two standards set anew name one item where the later-told one's head, less its year and its clause's lead words,
    ends in three or more characters of the other's head (这是继2011年将个税起征点 against …(即俗称的“个税起征点”))."""
    tail = _RESET_YEAR_RE.sub("", head)
    return any(len(tail) >= n and tail[-n:] in other for n in (5, 4, 3))


def _reset_sides(a_text: str, c_text: str, q_text: str) -> list[Mismatch] | None:
    """A standard set anew (北京市最低工资标准由目前的每月1720元调整为1890元): asked the level before it (调整前, 现行) the
    value after 由/从 answers and the one after the verb is another period's (DG602), and the reverse for a question
    asking the level after it (调整后, 调整到, or naming only the year); among several standards set anew (一类区域由…,
    二类区域由…; the monthly one and the hourly one) the question's words select one, and another's value is DG601.
    Where a draft (征求意见稿, 拟调整, 待正式执行) proposes the new level, the old one is the level in force: one given
    for the other is a forecast against an actual (DG603). A rise asked as 下调 (or a fall as 上调) is DG604. None
    where the answer is no side of a standard set anew or the question fits two alike."""
    if not has_han(c_text) or not has_han(q_text):
        return None
    said = parse_quantities(a_text)
    if len(said) != 1 or said[0].ordinal:
        return None
    a = said[0]
    if a.unit == "%":
        return None  # (a rate revised, 增速由3.1%下调至0.8%: a forecast's revision, read by the rules of revisions)
    resets = _resets(c_text, (a.unit, a.counter))
    if not resets:
        return None
    for b in _RESET_BASE_PERIOD_RE.finditer(c_text):
        if b[1] in q_text:
            return None  # (a base the question names, 与2010年相比 / 由去年同期的: read by the rules of periods)
    mine = [(i, j, side) for i, (_, pairs, _) in enumerate(resets) for j, pair in enumerate(pairs) for side in (0, 1)
            if pair[side].value == a.value and _same_unit(pair[side].unit, a.unit)]
    if not mine or _RESET_CHANGE_Q_RE.search(q_text):
        return None  # (asked the change, 增加了多少元: the levels are another measure, read by the rules of metrics)
    sides = {(q.start, q.end) for _, pairs, _ in resets for pair in pairs for q in pair}
    if any((q.start, q.end) not in sides and (q.unit, q.counter) == (a.unit, a.counter) and not q.ordinal
           and not _RESET_CHANGE_BEFORE_RE.search(c_text, max(0, q.start - 3), q.start)
           and not (c_text.startswith("/", q.end) and "/" not in a_text) for q in parse_quantities(c_text)):
        return None  # (values of the kind set no standard anew, another place's 上调至2540元: the rules of items read them)
    q_grams = {q_text[i:i + 2] for i in range(len(q_text) - 1) if han_at(q_text, i) and han_at(q_text, i + 1)}

    def fit(head: str) -> tuple[int, int]:
        grams = {head[i:i + 2] for i in range(len(head) - 1) if han_at(head, i) and han_at(head, i + 1)}
        return (len(grams & q_grams), -len(grams - q_grams))

    scored = sorted(((fit(r[0]), i) for i, r in enumerate(resets)), reverse=True)
    if len(scored) > 1 and scored[0][0] == scored[1][0]:
        return None
    k = scored[0][1]
    head, pairs, labels = resets[k]
    if len(pairs) > 1:
        named = [j for j, (lb, la) in enumerate(labels) if lb and lb in q_text or la and la in q_text]
        if len(named) != 1:
            return None
        j = named[0]
    else:
        j = 0
    x, y = pairs[j]
    x_text, y_text = c_text[x.start:x.end], c_text[y.start:y.end]
    def sentence(r: tuple) -> str:
        lo, hi = r[1][0][0].start, r[1][-1][1].end
        lo = max([0] + [m.end() for m in _RESET_SENTENCE_RE.finditer(c_text, 0, lo)])
        end = _RESET_SENTENCE_RE.search(c_text, hi)
        return c_text[lo:end.start() if end else len(c_text)]

    planned = [_RESET_PLAN_RE.search(sentence(r)) is not None for r in resets]
    # (a draft's own sentence proposes; a rise told beside it, 继2011年将个税起征点从2000元上调至3500元, is an actual)
    plan = planned[k] if any(planned) else _RESET_PLAN_RE.search(c_text) is not None or "方案" in c_text and "拟" in q_text
    asks_before = _RESET_BEFORE_Q_RE.search(q_text) is not None
    asks_actual = plan and _RESET_ACTUAL_Q_RE.search(q_text) is not None
    i, jj, side = next(((i, jj, s) for i, jj, s in mine if (i, jj) == (k, j)), mine[0])
    if (i, jj) != (k, j):
        text = c_text[resets[i][1][jj][side].start:resets[i][1][jj][side].end]
        years = {m.group() for m in _RESET_YEAR_RE.finditer(resets[i][0])}
        own = {m.group() for m in _RESET_YEAR_RE.finditer(head)}
        if years != own and not years & {m.group() for m in _RESET_YEAR_RE.finditer(q_text)} and (
                _reset_same_item(resets[i][0], head) or _reset_same_item(head, resets[i][0])):
            return [Mismatch("DG602", f"answer {a_text.strip()} is the value of the same standard set anew at another time "
                             f"({text}); the question asks {'the level before' if asks_before else 'the level after'} of the "
                             f"one it names ({x_text if asks_before else y_text})", {"bound_to": text,
                                                                                      "selected": [x_text if asks_before else y_text]})]
        return [Mismatch("DG601", f"answer {a_text.strip()} is the value of another standard set anew ({text}); the question "
                         f"asks {'the level before' if asks_before else 'the level after'} of its own ({x_text if asks_before else y_text})",
                         {"bound_to": text, "selected": [x_text if asks_before else y_text]})]
    down, up = _RESET_DOWN_Q_RE.search(q_text), _RESET_UP_Q_RE.search(q_text)
    if y.value != x.value and (down and not up and y.value > x.value or up and not down and y.value < x.value):
        return [Mismatch("DG604", f"the question says the standard {'fell' if down else 'rose'}, but in the cite it went from "
                         f"{x_text} to {y_text}", {"bound_to": y_text if side else x_text, "selected": y_text,
                                                   "direction": {"said": "down" if down else "up",
                                                                 "cite": "up" if y.value > x.value else "down"},
                                                   "direction_from": "question"})]
    if plan and side == 1 and (asks_before or asks_actual):
        return [Mismatch("DG603", f"answer {a_text.strip()} is the level a draft proposes; the question asks the level in force "
                         f"({x_text})", {"bound_to": y_text, "selected": [x_text]})]
    if asks_actual:
        return None
    wanted = 0 if asks_before else 1
    if side == wanted:
        return []
    if plan:
        return [Mismatch("DG603", f"answer {a_text.strip()} is the level in force before a draft's; the question asks the "
                         f"level it proposes ({y_text})", {"bound_to": x_text, "selected": [y_text]})]
    text = x_text if side == 0 else y_text
    return [Mismatch("DG602", f"answer {a_text.strip()} is the level {'before' if side == 0 else 'after'} the adjustment "
                     f"({x_text} to {y_text}); the question asks the level {'before' if wanted == 0 else 'after'} it",
                     {"bound_to": text, "selected": [y_text if wanted else x_text]})]


# An amount written per a span of time (2520元/月, 23.7元/小时, 150元/天): the span is its measure, and the question's
# 月 or 小时 (月最低工资标准, 每小时) selects the values written per that span.
_PER_SPAN_AFTER_RE = lazy(r"\s?/\s?(小时|时|月|天|日|年|周)", needs="/")
_PER_SPAN_Q = (("小时", lazy(r"小时|时薪", needs=("小时", "时薪"))),
               ("月", lazy(r"每月|月薪|(?<![\d〇一二三四五六七八九十个])月(?![\d〇一二三四五六七八九十份底末初中])", needs="月")),
               ("天", lazy(r"每天|每日|日薪", needs=("每天", "每日", "日薪"))),
               ("年", lazy(r"每年|年薪", needs=("每年", "年薪"))))
_PER_SPAN_SAME = {"时": "小时", "日": "天"}
_PER_SPAN_LEAD_STOP_RE = lazy(rf"[{clause_marks('sentence')}]")


def _per_span_amount(a_text: str, c_text: str, q_text: str) -> list[Mismatch] | None:
    """Amounts written per a span of time (广州市调整为2500元/月,深圳市调整为2520元/月,两市对应的非全日制小时最低工资标准
    均为23.7元/小时): the question's span (月最低工资标准, 每小时, 日薪) selects the amounts written per it, one per another
    span is another measure (DG601); among those of the question's span, the words before each since its clause began
    (广州市调整为 against 深圳市调整为) and the question's select one, another is another item's (DG601), and a question
    naming none of them cannot choose (DG605). None where the cite writes fewer than two amounts per a span, the answer
    is none of them, or the question names no span or two."""
    if not has_han(q_text) or "/" not in c_text:
        return None
    said = parse_quantities(a_text)
    if len(said) != 1 or said[0].ordinal or said[0].unit is None:
        return None
    a = said[0]
    spans = [s for s, rx in _PER_SPAN_Q if rx.search(q_text)]
    if len(spans) != 1:
        return None
    want = spans[0]
    rated = []
    for q in parse_quantities(c_text):
        m = _PER_SPAN_AFTER_RE.match(c_text, q.end)
        if m and q.unit == a.unit and not q.ordinal:
            rated.append((q, _PER_SPAN_SAME.get(m[1], m[1])))
    mine = [(q, s) for q, s in rated if q.value == a.value]
    if len(rated) < 2 or not mine:
        return None
    q, span = mine[0]
    text = c_text[q.start:q.end]
    asked = [(v, c_text[max([0] + [m.end() for m in _PER_SPAN_LEAD_STOP_RE.finditer(c_text, 0, v.start)]):v.start])
             for v, s in rated if s == want]
    if span != want:
        sel = [c_text[v.start:v.end] for v, _ in asked]
        return [Mismatch("DG601", f"answer {a_text.strip()} is an amount per {span} ({text}/{span}); the question asks one per "
                         f"{want}", {"bound_to": text, "selected": sel})]
    if len(asked) == 1:
        return []
    q_grams = {q_text[i:i + 2] for i in range(len(q_text) - 1) if han_at(q_text, i) and han_at(q_text, i + 1)}
    grams = [{w[i:i + 2] for i in range(len(w) - 1) if han_at(w, i) and han_at(w, i + 1)} for _, w in asked]
    common = set.intersection(*grams)
    scores = [len((g - common) & q_grams) for g in grams]
    best = max(scores)
    if best == 0:
        return [Mismatch("DG605", f"the cite gives {len(asked)} amounts per {want} "
                         f"({', '.join(c_text[v.start:v.end] for v, _ in asked)}) and the question does not say which one it "
                         "asks about; name the item", {"bound_to": text, "selected": None})]
    if scores.count(best) > 1:
        return None
    sel = asked[scores.index(best)][0]
    if sel is q or (sel.start, sel.end) == (q.start, q.end):
        return []
    sel_text = c_text[sel.start:sel.end]
    return [Mismatch("DG601", f"answer {a_text.strip()} is another item's amount per {want}; the question asks about "
                     f"'{asked[scores.index(best)][1]}' ({sel_text})", {"bound_to": text, "selected": [sel_text]})]


# An amount whose own words since its clause began name its span before it (年平均工资97522元 against 月平均工资8127元;
# 每年可以减税1596元 against 平均到每个月是减税133元): the span is its measure, as after a slash (_per_span_amount).
_LABEL_SPAN_Q = (("年", lazy(r"每年|全年|年平均|年均(?![增涨升降])|年薪", needs=("年",))),
                 ("月", lazy(r"每月|每个月|月平均|月均(?![增涨升降])|月薪", needs=("月",))))
_LABEL_SPAN_LEAD_STOP_RE = lazy(rf"[{clause_marks('sentence')}]")
_LABEL_NOT_RE = lazy(r"非(..)", needs="非")
_LABEL_ASK_RE = lazy(r"多少|几|怎样|什么")
_LABEL_TAIL_FILL_RE = lazy(r"[是为约的了达]+(?=$)|^[是为约的了达到]+")


def _label_span_amount(a_text: str, c_text: str, q_text: str) -> list[Mismatch] | None:
    """Chinese amounts whose words since their clause began name a span (年平均工资, 每年, 月平均工资, 每个月): the question's
    one span selects those named for it, and an amount named for the other is another measure (DG601); among several of
    the question's span, the words the question shares with only one select it, where a word negated by 非 in one label
    (非私营) and bare in another (私营) goes with the question's own form. None where the cite names amounts for fewer than
    both spans, the answer is none of them, or the question names no span or two."""
    if not has_han(q_text) or "年" not in c_text or "月" not in c_text:
        return None
    spans = [s for s, rx in _LABEL_SPAN_Q if rx.search(q_text)]
    if len(spans) != 1:
        return None
    want = spans[0]
    said = parse_quantities(a_text)
    if len(said) != 1 or said[0].ordinal or said[0].unit is None:
        return None
    a = said[0]
    named = []
    for q in parse_quantities(c_text):
        if q.unit != a.unit or q.ordinal:
            continue
        lo = max([0] + [m.end() for m in _LABEL_SPAN_LEAD_STOP_RE.finditer(c_text, 0, q.start)])
        label = c_text[lo:q.start]
        hits = [(m.start(), s) for s, rx in _LABEL_SPAN_Q for m in rx.finditer(label)]
        if hits:
            named.append((q, max(hits)[1], label))
    if {s for _, s, _ in named} != {"年", "月"}:
        return None
    mine = [(q, s) for q, s, _ in named if q.value == a.value]
    if not mine:
        return None
    asked = [(q, label) for q, s, label in named if s == want]
    if not any(s == want for _, s in mine):
        q, span = mine[0]
        return [Mismatch("DG601", f"answer {a_text.strip()} is an amount per {span} ({c_text[q.start:q.end]}); the question "
                         f"asks one per {want}", {"bound_to": c_text[q.start:q.end],
                                                   "selected": [c_text[v.start:v.end] for v, _ in asked]})]
    if len(asked) == 1:
        return []
    q_grams = {q_text[i:i + 2] for i in range(len(q_text) - 1) if han_at(q_text, i) and han_at(q_text, i + 1)}
    grams = [{w[i:i + 2] for i in range(len(w) - 1) if han_at(w, i) and han_at(w, i + 1)} for _, w in asked]
    common = set.intersection(*grams)
    q_not = {m[1] for m in _LABEL_NOT_RE.finditer(q_text)}

    def score(g: set, label: str) -> int:
        l_not = {m[1] for m in _LABEL_NOT_RE.finditer(label)}
        bare = lambda text, w: any(text[i:i + 2] == w and (i == 0 or text[i - 1] != "非") for i in range(len(text) - 1))
        return (len((g - common) & q_grams) + 2 * len(l_not & q_not)
                - 2 * sum(1 for w in l_not if bare(q_text, w)) - 2 * sum(1 for w in q_not if bare(label, w) and w not in l_not))

    def tail(text: str) -> set:
        hits = [m.end() for _, rx in _LABEL_SPAN_Q for m in rx.finditer(text)]
        rest = _LABEL_TAIL_FILL_RE.sub("", _LABEL_ASK_RE.split(text[max(hits, default=0):])[0])
        return {rest[i:i + 2] for i in range(len(rest) - 1) if han_at(rest, i) and han_at(rest, i + 1)}

    # (the metric after the span, 每个月减税, selects first; the item before it, 非私营的, among those it leaves)
    q_tail = tail(q_text)
    tails = [len(tail(w) & q_tail) for _, w in asked]
    if max(tails) == 0:
        return None
    scores = [t * 100 + score(g, w) if t == max(tails) else -1000 for t, g, (_, w) in zip(tails, grams, asked)]
    best = max(scores)
    if scores.count(best) > 1:
        return None
    sel = asked[scores.index(best)][0]
    if any((q.start, q.end) == (sel.start, sel.end) for q, s in mine if s == want):
        return []
    sel_text = c_text[sel.start:sel.end]
    return [Mismatch("DG601", f"answer {a_text.strip()} is another item's amount per {want}; the question asks about "
                     f"'{asked[scores.index(best)][1]}' ({sel_text})", {"bound_to": a_text.strip(), "selected": [sel_text]})]


_REPEATED_LIST_RE = lazy(r"、|和|及|与|與|分别|分別|依次|各自")  # (a list's items, 北京、上海…分别上涨: its own rules)
_REPEATED_SENTENCE_END_RE = lazy(rf"[{clause_marks('sentence', 'comma', 'colon', 'semicolon')}！？]|;\s")


def _repeated_sentence(a_text: str, c_text: str, q_text: str) -> list[Mismatch] | None:
    """Chinese sentences that say the same words before their values (…分别为2265元、…。各档平均值年均增幅4.03%。…分别为23.5元、
    …。各档平均值年均增幅4.1%。): a sentence with no subject of its own goes on from the one before it, so each value is
    told apart by the words of the sentence before it; those the question shares with only one select it, and the
    other is another measure's (DG601). None where the answer's words are no other value's, or the question fits two
    sentences before alike."""
    if not has_han(q_text) or not has_han(c_text):
        return None
    said = parse_quantities(a_text)
    if len(said) != 1 or said[0].ordinal:
        return None
    a = said[0]
    ends = [0] + [m.end() for m in _REPEATED_SENTENCE_END_RE.finditer(c_text)]
    groups: dict[str, list] = {}
    for q in parse_quantities(c_text):
        if (q.unit, q.counter) != (a.unit, a.counter) or q.ordinal:
            continue
        k = bisect_right(ends, q.start) - 1
        own = c_text[ends[k]:q.start].strip()
        if has_han(own) and k > 0 and not _DIGIT_RE.search(own) and not _REPEATED_LIST_RE.search(own):
            groups.setdefault(own, []).append((q, k))
    group = next((g for g in groups.values() if any(q.value == a.value for q, _ in g)), None)
    if group is None or len(group) < 2 or len({k for _, k in group}) != len(group):
        return None
    q_grams = {q_text[i:i + 2] for i in range(len(q_text) - 1) if han_at(q_text, i) and han_at(q_text, i + 1)}
    grams = []
    for _, k in group:
        before = c_text[ends[k - 1]:ends[k]]
        grams.append({before[i:i + 2] for i in range(len(before) - 1) if han_at(before, i) and han_at(before, i + 1)})
    common = set.intersection(*grams)
    scores = [len((g - common) & q_grams) for g in grams]
    best = max(scores)
    if best == 0 or scores.count(best) > 1:
        return None
    sel = group[scores.index(best)][0]
    mine = [q for q, _ in group if q.value == a.value and _same_unit(q.unit, a.unit)]
    if not mine:
        return None
    if any(q is sel for q in mine):
        return []
    text, sel_text = c_text[mine[0].start:mine[0].end], c_text[sel.start:sel.end]
    return [Mismatch("DG601", f"answer {a_text.strip()} goes on from another sentence's measure than the question's; the "
                     f"question asks the value after the sentence it names ({sel_text})", {"bound_to": text, "selected": [sel_text]})]


_QUOTED_LEAD_COPULA_RE = lazy(r"[\u4e00-\u9fff]{2}(?:为|是|达|达到|約為|约为)\Z")
_QUOTED_LEAD_Q_RE = lazy(r"([\u4e00-\u9fff]{2,6})\s?(?:多少|几)", needs=("多少", "几"))


def _quoted_lead_rate(a_text: str, c_text: str, q_text: str) -> list[Mismatch] | None:
    """A question quoting the words right before one of the cite's values (涨幅达多少 for 涨幅达14.65%; 第一档次为多少 for
    第一档次为2270元) asks that value: an answer that is a rate where it is an amount, or an amount where it is a rate (the
    level 2270元 for its rise 14.65%), is another measure (DG601). None where no one value has the question's words
    before it, or the answer is a rate or an amount alike."""
    if not has_han(q_text):
        return None
    said = parse_quantities(a_text)
    m = _QUOTED_LEAD_Q_RE.search(q_text)
    if len(said) != 1 or m is None:
        return None
    a = said[0]
    found = [q for q in parse_quantities(c_text) if not q.ordinal]
    for n in range(len(m[1]), 2, -1):
        words = m[1][-n:]
        if not _QUOTED_LEAD_COPULA_RE.search(words):
            return None  # (a change's verb, 减少多少 / 年增多少: an amount and a rate may both answer it)
        led = [q for q in found if c_text[max(0, q.start - n):q.start] == words]
        if len(led) == 1:
            sel = led[0]
            if (sel.unit == "%") == (a.unit == "%") or not any(q.value == a.value and _same_unit(q.unit, a.unit) for q in found):
                return None
            sel_text = c_text[sel.start:sel.end]
            return [Mismatch("DG601", f"answer {a_text.strip()} is {'a rate' if a.unit == '%' else 'an amount'}; the question "
                             f"asks the value after '{words}' ({sel_text})", {"bound_to": a_text.strip(), "selected": [sel_text]})]
        if len(led) > 1:
            return None
    return None


# A question naming a rate (蓄水率) or an amount (蓄水量, 进帐) and asking 多少 right after it, with at most a copula or a
# verb of reaching between (蓄水率是多少, 进帐逾多少, 蓄水率来到多少).
_NAMED_MEASURE_Q_RE = lazy(r"([\u4e00-\u9fff]{1,4}(?:率|量)|进[帐账])\s?(?:是|为|有|达|达到|约|约为|逾|超过|来到|回升到|回升至|降到|降至|升至)?"
                           r"\s?多少", needs="多少")


def _named_measure_unit(a_text: str, c_text: str, q_text: str) -> list[Mismatch] | None:
    """A question naming a rate (蓄水率是多少) asks the value the cite writes after that rate, a %; one naming an amount
    (有效蓄水量是多少, 进帐逾多少) asks the amount after it: an answer that is an amount where every value after the
    question's word is a rate, or a rate where every one is an amount, is another metric of the cite (DG601: 1亿5603万吨
    for 蓄水率七十七‧五%, 81% for 有效蓄水量6271(万立方公尺)). None where the cite writes no value right after the word, the
    answer is of the same kind as those, or is no value of the cite."""
    m = _NAMED_MEASURE_Q_RE.search(q_text) if "%" in c_text or "%" in a_text else None
    if m is None:
        return None
    said = parse_quantities(a_text)
    if len(said) != 1 or said[0].ordinal or said[0].unit is None:
        return None
    a = said[0]
    found = [q for q in parse_quantities(c_text) if not q.ordinal]
    if not any(q.value == a.value and _same_unit(q.unit, a.unit) for q in found):
        return None
    word = m[1]
    for n in (3, 2):
        if len(word) < n:
            continue
        w = word[-n:]
        led = []
        for q in found:
            lo = c_text.rfind(w, max(0, q.start - n - 8), q.start)
            if lo >= 0 and not _NAMED_MEASURE_GAP_RE.search(c_text, lo + n, q.start):
                led.append(q)
        if led:
            kinds = {q.unit in _RATE_UNITS for q in led}
            # (the word says which the cite's values after it must be: a rate after 率, an amount after 量 or 进帐; a
            # share after an amount's name, 占整体总装置容量17.9%, is the share of the whole the amount is of, no value of it)
            wants_rate = word.endswith("率")
            # (a bare figure after the word, 有效蓄水量6271, is no rate; after a rate it may be one written without %)
            if kinds != {wants_rate} or (a.unit in _RATE_UNITS) == wants_rate or a.unit not in _RATE_UNITS and any(q.unit is None for q in led):
                return None
            sel_text = ", ".join(c_text[q.start:q.end] for q in led)
            return [Mismatch("DG601", f"answer {a_text.strip()} is {'a rate' if a.unit in _RATE_UNITS else 'an amount'}; "
                             f"the question asks the {'amount' if a.unit in _RATE_UNITS else 'rate'} after '{w}' ({sel_text})",
                             {"bound_to": a_text.strip(), "selected": [c_text[q.start:q.end] for q in led]})]
    return None


_NAMED_MEASURE_GAP_RE = lazy(rf"[\d{clause_marks('clause')}、]")


_ZH_ACCORDING_Q_RE = lazy(r"(?:根)?据哪|(?:根)?据什么", needs="据")
_ZH_ACCORDING_TO_RE = lazy(rf"(?<![数证依])据\s?([^\d\s{clause_marks('clause')}，、]{{2,14}}?)\s?(?:\d{{1,2}}月\d{{1,2}}日|\d{{1,2}}日|近日|今天|昨天)?\s?"
                        r"(?:梳理|报道|消息|统计|介绍|了解|调查|分析|测算|披露|透露|数据)", needs="据")


def _zh_according_to(a_text: str, c_text: str, q_text: str, entities) -> list[Mismatch] | None:
    """Asked after whom a report is told (这是据哪家媒体梳理的, 据哪家通讯社报道的), the name after 据 in the cite answers
    (据潮新闻梳理, 据中国新闻社8月23日报道); another name of the cite, such as the outlet that relays the report in its
    dateline (北京日报客户端, 三联生活周刊), is another entity's (DG601). None where the question asks no 据 or the cite
    names no one source after 据."""
    if not _ZH_ACCORDING_Q_RE.search(q_text):
        return None
    named = {m[1] for m in _ZH_ACCORDING_TO_RE.finditer(c_text)}
    if len(named) != 1:
        return None
    source = named.pop()
    answer = a_text.strip()
    spelled = {normalize(s) for k, v in entities.items() for s in (k, *v) if normalize(k) == source or source in map(normalize, v)}
    if answer == source or answer in spelled or answer in source and len(answer) >= 2:
        return []
    if answer not in c_text:
        return None
    return [Mismatch("DG601", f"answer {answer} is named in the cite, but the report is told after {source} (据{source}); the "
                     "question asks that source", {"bound_to": answer, "selected": [source]})]


def _decided_first(kind: str, answer: str, cite: str, question: str | None, entities) -> list[Mismatch] | None:
    """What a span's end, a date's ordinal, a goal, a departure from a named baseline or a total to date decides before
    binding's own check; None where none of them decides."""
    if kind == "date":  # (a span of years asked for its end or its start)
        spanned = _span_end(normalize(answer), normalize(_row_ends(cite)), normalize(question or ""))
        if spanned is None:  # (dates of one noun told apart by their ordinals: her first Tony, her second Tony)
            spanned = _ordinal_item(normalize(answer), normalize(_row_ends(cite)), normalize(question or ""))
        if spanned is None:  # (dates of one event told apart by their roles: payable June 10, of record May 8)
            spanned = _date_role(normalize(answer), normalize(_row_ends(cite)), normalize(question or ""))
        if spanned is None:  # (从8月1日起 in effect, 截至4月1日 the cut-off, 3日发布 issued)
            spanned = _zh_date_role(normalize(answer), normalize(_row_ends(cite)), normalize(question or ""))
        if spanned is not None:
            return spanned
    if kind == "fact":  # (据潮新闻梳理: asked after whom the report is told, the name after 据)
        according = _zh_according_to(normalize(answer), normalize(_row_ends(cite)), normalize(question or ""), entities)
        if according is not None:
            return according
    if kind == "figure":
        a_text, c_text, q_text = normalize(answer), normalize(_row_ends(cite)), normalize(question or "")
        tiered = _tier_of_run(a_text, c_text, q_text)  # (第二档: the second value of a run of tiers)
        if tiered is not None:
            return tiered
        listed = _zh_month_list(a_text, c_text, q_text)  # (5、6月份,利润分别增长6%和11.5%: months paired by position)
        if listed is not None:
            return listed
        reset = _reset_sides(a_text, c_text, q_text)  # (由A调整到B: A the level before, B the level after)
        if reset is not None:
            return reset
        per_span = _per_span_amount(a_text, c_text, q_text)  # (2520元/月 against 23.7元/小时)
        if per_span is not None:
            return per_span
        per_span = _label_span_amount(a_text, c_text, q_text)  # (年平均工资97522元 against 月平均工资8127元)
        if per_span is not None:
            return per_span
        repeated = _repeated_sentence(a_text, c_text, q_text)  # (各档平均值年均增幅4.03% … 4.1%: the sentence before tells)
        if repeated is not None:
            return repeated
        rated = _quoted_lead_rate(a_text, c_text, q_text)  # (涨幅达多少 asks 涨幅达14.65%, not the level 2270元)
        if rated is not None:
            return rated
        rated = _named_measure_unit(a_text, c_text, q_text)  # (蓄水率是多少 asks the % after 蓄水率, not 15603万吨)
        if rated is not None:
            return rated
        # (a goal or limit against what happened; then a departure from a named baseline against its own level)
        balance = _balance_or_used(a_text, c_text, q_text)  # (what remains of an amount, or was bought under it)
        if balance is not None:
            return balance
        itemed = _zh_clause_item(a_text, c_text, q_text)  # (clauses each opened by an item's name and its value)
        if itemed is not None:
            return itemed
        paired = _zh_bracket_pairs(a_text, c_text, q_text)  # (X(a)和Y(b): lists after them pair by position)
        if paired is not None:
            return paired
        departed = _goal_or_actual(a_text, c_text, q_text)
        if departed == []:  # (its only rivals are goals: another item or an open choice among them is no finding)
            found = _check_binding(kind, answer, cite, question, entities)
            return [] if found and found[0].code in ("DG601", "DG605") else found
        if departed is None:
            departed = _departure_base(a_text, c_text, q_text)
        if departed is None:  # (由上月X转为Y: X the earlier period's value, Y the clause's own)
            departed = _turn_sides(a_text, c_text, q_text, entities)
        if departed is None:  # (a total to date against the count of one day or year)
            departed = _total_to_date(a_text, c_text, q_text)
        if departed is None:  # (a figure of a list of names each with its figure)
            departed = _listed_figure(kind, a_text, c_text, q_text)
        if departed is None:  # (a cell of a one-line table: its row by label, its column by year or change)
            departed = _table_cell(a_text, c_text, q_text)
        if departed is None:  # (what a value is weighed against: less than the 15 years requested)
            departed = _weighed_standard(a_text, c_text, q_text)
        if departed is None:  # (a term proposed against the one imposed)
            departed = _proposed_or_imposed(a_text, c_text, q_text)
        if departed is not None:
            return departed
    return None


# A space between a figure and a Han unit written after it with its denominator (3.96 元/度, 7.73 元/度, 520 公斤/亩): no
# break, the unit is the figure's.
_FIGURE_UNIT_SPACE_RE = lazy(r"(?<=\d) (?=[^\W\d_a-z]{1,2}\s?/)")


def _check_binding(kind: str, answer: str, cite: str, question: str, entities: Mapping[str, Sequence[str]],
                   restating: bool = False, sided: bool = False) -> list[Mismatch]:
    a_text, c_text, q_text = normalize(answer), normalize(_row_ends(cite)), normalize(question or "")
    for short, whole in _ZH_METRIC_SHORT.items():  # (扣非净利润: the question's short form of the cite's metric)
        if short in q_text and whole in c_text:
            q_text = q_text.replace(short, whole)
    if kind == "figure":
        c_text = shared_units(c_text)
        if has_han(c_text):  # (韓國（3.96 元/度）: the space is no break between a figure and its unit)
            a_text, c_text = _FIGURE_UNIT_SPACE_RE.sub("", a_text), _FIGURE_UNIT_SPACE_RE.sub("", c_text)
        values, mine = _figures(a_text, c_text, q_text)
        earlier = _earlier_of_turns(c_text, q_text)  # (由上月X转为Y: X is last period's, no rival for this one's)
        if earlier and any(not any(a < v.end and v.start < b for a, b in earlier) for v in mine):
            values, mine = ([v for v in vs if not any(a < v.end and v.start < b for a, b in earlier)] for vs in (values, mine))
        other = [] if restating else _zh_other_measure(a_text, c_text, q_text) or _zh_money_or_rate(a_text, c_text, q_text)
        if not other and has_han(q_text):  # (由X,提高至Y asked 调整后: X is the level before)
            other, unasked = _zh_change_side(kind, a_text, c_text, q_text, cite, question, entities, sided)
            if other is None:
                other = []
            if unasked and any(not any(a <= v.start < b for a, b in unasked) for v in mine):
                values, mine = ([v for v in vs if not any(a <= v.start < b for a, b in unasked)] for vs in (values, mine))
        if other:  # (what the answer's unit measures, before its bracket is read as the value it restates)
            return other
        head = _restating_head(c_text, mine)
        if head is not None:  # (546亿斤 in 2729万吨(546亿斤): the value it restates answers for it)
            said = _restating_answer(a_text, head)
            return [m._replace(message=m.message.replace(f"answer {said}", f"answer {a_text.strip()} (restating {head})", 1)
                               .replace(f"answer {head}", f"answer {a_text.strip()} (restating {head})", 1))
                    for m in _check_binding(kind, said, cite, question, entities, restating=True)]
        q_text = _quiet_directions(q_text, c_text)
    elif kind == "date":
        unasked = _unasked_field(a_text, c_text, q_text)
        if unasked:
            return unasked
        values, mine = _dates(a_text, c_text)
        timed = _part_of_day_asked(a_text, c_text, q_text, values, mine)
        if timed is not None:
            return timed
    elif kind == "fact":
        placed = people.state_of_listed(a_text, c_text, q_text)  # (Chuck Grassley (Iowa), Orrin Hatch (Utah))
        if placed is not None:
            return placed
        near = _near_miss(a_text, c_text, q_text) or _reversed_plan(a_text, c_text, q_text)
        if near:
            return near
        ranked = _ranked_first(a_text, c_text, q_text, entities)
        if ranked is not None:
            return ranked
        placed = _ranked_list(a_text, c_text, q_text)
        if placed is not None:
            return placed
        settled = people.decided(a_text, cite, c_text, q_text, entities)  # (a panel is read before its lines are joined)
        if settled is not None:
            return settled
        values, mine = people.listed(a_text, c_text, entities)
        if not values:
            other = _outlook_for_rating(a_text, c_text, q_text)  # (B3 asked the outlook: the rating, DG601)
            if other:
                return other
            values, mine = _outlooked(a_text, c_text)
            if values and mine and len({v.key for v in values}) > 1:  # (to Positive from Stable: the new and the old)
                # (the outlook is the measure these values are, not a forecast of them: read as a plain noun)
                c_plain, q_plain = (_OUTLOOK_NOUN_RE.sub(lambda m: "setting" + m.group()[7:], t) for t in (c_text, q_text))
                bind(c_plain, values, q_plain)
                for v in values:  # (an outlook is what the action set, not a value foreseen: … will not take measures)
                    v.flags.pop("forecast", None)
                _outlook_moves(c_plain, values)
                return _select("figure", a_text, q_plain, values, mine, c_plain) or _fact_direction(a_text, c_plain, q_plain, values, mine)
            values, mine = _shaped(a_text, c_text)
            if values and len({v.key for v in values}) < 2:  # (Caa1 from B3: grades of two shapes on one scale)
                graded = _graded(a_text, c_text)
                if graded[1] and _paired_grade(c_text, graded[0], graded[1]):
                    values, mine = graded
            if not values:  # (AA-minus from AA: letter grades, told apart like A3 and A2)
                values, mine = _graded(a_text, c_text)
                if values and mine and len({v.key for v in values}) > 1:
                    bind(c_text, values, q_text)  # (what the grades' own words leave open, the names around them tell)
                    chosen = _select("figure", a_text, q_text, values, mine, c_text) or _fact_direction(a_text, c_text, q_text, values, mine)
                    if not chosen or chosen[0].code == "DG605":
                        return people.told_apart(a_text, c_text, q_text, entities)
                    return chosen
            # what the question names itself (除了旗舰H100, H20的…) is not what it asks for
            values = [v for v in values if v in mine or v.key not in q_text]
            if values and mine:  # 3兆男 / 5兆男: figures in words, told apart like figures
                if len({v.key for v in values}) < 2:  # (one value: nothing to tell apart, nothing to bind)
                    return []
                bind(c_text, values, q_text)
                return _select("figure", a_text, q_text, values, mine, c_text) or _fact_direction(a_text, c_text, q_text, values, mine)
            return people.told_apart(a_text, c_text, q_text, entities)
    else:
        return []
    found: list[Mismatch] = []
    if kind == "figure" and mine and len({v.key for v in values}) > 1:
        given = _given_by_question(a_text, q_text, mine, values)
        if given:
            return given
    if kind == "figure":
        found += _negative_level(a_text, c_text, q_text) or _turned(a_text, c_text, q_text) or _forecast_kind(a_text, c_text, q_text) or _other_measure(a_text, c_text, q_text) or _asked_kind(a_text, c_text, q_text) or _gap_for_change(a_text, c_text, q_text) \
            or _level_for_change(a_text, c_text, q_text) or _en_measure_of_change(a_text, c_text, q_text) or _points_or_rate(a_text, c_text, q_text) \
            or _zh_points_or_rate(a_text, c_text, q_text) \
            or _change_for_gap(a_text, c_text, q_text) \
            or _per_share(a_text, c_text, q_text) or _moved_object(a_text, c_text, q_text)
        if found:
            return found
        found += _check_direction(a_text, c_text, q_text, values, mine) or _dropped_sign(a_text, c_text, q_text, mine) \
            or _check_score_direction(a_text, c_text, q_text) or _zh_turn_direction(a_text, c_text, q_text)
        # The answer's own direction word is checked first; the question's only
        # once its words have chosen the answer's value: asked how the services
        # surplus fell, the goods deficit's rise is another item (DG601), not DG604.
        if found and (found[0].data.get("direction_from") == "answer" or len({v.key for v in values}) < 2):
            return found
    if kind == "figure" and not values and not found:
        return _place_of_range(a_text, c_text, q_text)
    if len({v.key for v in values}) < 2 or not mine:
        return found
    if kind == "fact":  # each item is its own clause: ROLE NAME、ROLE NAME
        # each item is a clause of its own for 各: 第二局张育成、第六局郑宗哲各打一击阳春砲
        for t in _each(c_text, [0], values, _terms(q_text, c_text, [])):
            for v in values:
                if v.start <= t.start and t.end <= v.end:
                    _attach(v, t)
    else:
        holders = _holders(c_text, values) if kind == "figure" else []
        if kind == "figure" and not has_han(c_text):  # (an English cite, whatever dashes or quotes it writes)
            # a count a determiner makes part of a group's name (on the agency's six suburban local routes, the 41
            # crosstown routes) names which thing the clause is about, unless the question counts that noun: its words
            # are the clause's, and it competes with nothing
            group = _group_counts(c_text, q_text, values, mine)
            if group and len({v.key for v in values if v not in group}) > 1:
                values = [v for v in values if v not in group]
        bind(c_text, values, q_text, holders)
        if kind == "date":
            _fronted_dates(c_text, values, q_text)
            _bracketed_dates(c_text, values, q_text)
        if kind == "figure":
            _zh_shared_subject(c_text, values, q_text)
            _zh_chained_clauses(c_text, values, q_text)
        _hedged(c_text, values)
        _dated_points(c_text, values, q_text)
        _thing_owners(cite, question, entities, c_text, values)  # (the Railroad Fire's values against the Mission Fire's)
        if kind == "figure":
            values, mine = _restated(c_text, values, mine)
            _one_year_sentences(c_text, values)
            _carried_qualifier(c_text, values, q_text)
            _period_paragraphs(c_text, values)
            _month_range_lists(c_text, values)
            _base_values(c_text, values)
            _revised_beside_forecast(c_text, values)
            _prospective(c_text, values)
            _target_lists(c_text, values, q_text)
            _pledged(c_text, values)
            _part_of_whole(c_text, values, q_text)
            _another_count(c_text, values, q_text)
            _with_gapped_part(c_text, values, q_text)
            _listed_versions(c_text, values, q_text)
            _glossed_values(c_text, values, q_text)
            _forecast_of_one(c_text, values)
            _earlier_estimate(c_text, values)
    chosen = _select(kind, a_text, q_text, values, mine, c_text)
    if kind == "figure" and not chosen:  # (减产0.8% where the item asked 增产0.8%: another item's has the words)
        chosen = _selected_direction(a_text, q_text, values, mine, c_text)
    if kind == "date" and not (chosen and chosen[0].code in ("DG601", "DG602")):
        chosen = _foreseen_date(a_text, c_text, q_text, mine) or chosen
    if kind == "figure" and chosen and chosen[0].code == "DG601":
        chosen = _against_other_base(a_text, q_text, values, mine, chosen)
    if kind == "fact" and chosen and chosen[0].code == "DG605":  # a list that cannot choose: a name's own words,
        owned = people.figure_owners(a_text, c_text, q_text, entities)  # or the figure the question quotes, may
        chosen = people.own_words(a_text, c_text, q_text, entities) or people.titled(a_text, c_text, q_text) or (
            [] if owned is None else owned or _quoted_elsewhere(a_text, c_text, q_text, mine) or chosen)  # or the title the question asks for (编辑:李锡璋)
    if kind == "figure" and chosen and chosen[0].code == "DG605":  # the values after the name a question leads with
        owned = people.name_owns(c_text, q_text, mine, values, chosen[0].data.get("selected", ()))
        chosen = chosen if owned is None else owned
    if kind == "figure" and entities and not (chosen and chosen[0].code in ("DG602", "DG603")):
        shared = people.shared_each(c_text, q_text, mine, values, entities)  # (A and B (with seven each))
        if shared is not None:
            return shared if not (found and not shared) else found
    if kind == "figure" and entities:  # a figure in apposition to the name the question gives (Tenzing, 39)
        apposed = people.apposed_figure(c_text, q_text, mine, values, entities)
        chosen = chosen if apposed is None else apposed
        if apposed is None and not (chosen and chosen[0].code in ("DG602", "DG603")):
            # the figure of the clause whose subject the question names (Wilson touched home in 2:06.68)
            owned = people.clause_owner(c_text, q_text, mine, values, entities)
            chosen = chosen if owned is None or (owned and chosen and chosen[0].code == "DG601") else owned
    if found and not (chosen and chosen[0].code in ("DG601", "DG602", "DG603")):
        return found
    return chosen


_WHOLE_RANGE_LINK_RE = lazy(r"(?:\s?[a-z]{1,6})?\s?(?:to|至|到|~|～)\s?|\s?[-–]\s?")  # (the unit after each end: 570,000 oz to 590,000 oz)


def _range_linked(text: str, q: Quantity, r: Quantity) -> bool:
    """Whether ``q`` and ``r`` are the two ends of one range: linked by to, 至, a dash (24,000 to 26,000), or written
    "between q and r", the unit written after each end or once after the upper (between 570 000 oz and 590 000 oz)."""
    return bool(_WHOLE_RANGE_LINK_RE.fullmatch(text, q.end, r.start)
                or _ANSWER_BETWEEN_AND_RE.fullmatch(text, q.end, r.start) and _ANSWER_BETWEEN_RE.search(text, max(0, q.start - 9), q.start))


# Where a clause's subject may open: after a clause mark or a line break, or after 和/与/及 between Han words (the second
# item of 新建商品住宅和二手住宅); a count (4个, 31个) or 其中 before the words is no part of them.
_SUBJECT_OPENING_RE = lazy(r"(?:(?<=[,;。:\n])|(?<=^)|(?<=[\u3400-\u9fff][和与及]))\s?(?:其中\s?,?\s?)?(?:\d+个)?(?=[\u3400-\u9fff])",
                           flags=re.M)
_SUBJECT_HEAD_END_RE = lazy(r"[^\u3400-\u9fff]")
# Where a Chinese subject's noun gives way to its predicate: a base, 分别/均, a comparison or a verb of change.
_SUBJECT_PREDICATE_RE = lazy("同比|环比|分别|均|比上|较|" + "|".join(map(re.escape, _HAN_DIRECTION_WORDS)))


def _carried_qualifier(cite: str, values: list[Value], question: str) -> None:
    """A qualifier heading a Chinese subject (一线城市 in 一线城市新建商品住宅…) is every later subject's that names only a
    parallel noun (…和二手住宅…, ;二手住宅…), written without it as it goes without saying: through its sentence and
    the sentences that open with such a noun (or with 其中, its parts), until a subject names that noun again after a
    qualifier of its own (二线城市新建商品住宅). Read for the qualifier the question names."""
    if not has_han(cite):
        return
    opens = list(_SUBJECT_OPENING_RE.finditer(cite))
    for i, m in enumerate(opens):
        if m.start() and cite[m.start() - 1] in "和与及":
            continue  # (a second item's words qualify it alone: the qualifier heads a clause)
        o = k = m.end()
        while k < len(cite) and han_at(cite, k) and cite[o:k + 1] in question:
            k += 1
        x_end = k
        while x_end < len(cite) and han_at(cite, x_end) and x_end - k < 16:
            x_end += 1
        said = _SUBJECT_PREDICATE_RE.search(cite, k, x_end)
        x_end = said.start() if said else x_end
        if k - o < 2 or x_end - k < 2 or cite[k] in "和与及與、":  # (汽油与柴油: the first item itself, no qualifier)
            continue
        qualifier, noun = cite[o:k], cite[k:x_end]
        if _periods(qualifier):  # (a period, 今年…, is no item's qualifier)
            continue
        region_end, parallel = cite.find("\n", k), False
        region_end = len(cite) if region_end < 0 else region_end
        for n in opens[i + 1:]:
            w = n.end()
            if w >= region_end:
                break
            head = cite[w:w + 12]
            cut = _SUBJECT_HEAD_END_RE.search(head)
            head = head[:cut.start()] if cut else head
            if qualifier in head or noun[:2] in head[1:]:  # (a qualifier of its own before the noun)
                region_end = w
                break
            words = [head[j:j + 2] for j in range(1, min(4, len(head) - 1))]  # (a noun of its own, then the head)
            if any(w2 in qualifier for w2 in words):  # (the question names the first noun too: no qualifier alone)
                parallel = False
                break
            alike = any(w2 in noun for w2 in words)
            if not alike and n.start() > 0 and cite[n.start() - 1] in "。!?" and "其中" not in cite[n.start():w]:
                region_end = n.start()  # (a sentence opening with another subject leaves the qualifier's)
                break
            parallel = parallel or alike
        at = question.find(qualifier) + len(qualifier)
        if not parallel or has_han(question[at:at + 2]) and qualifier + question[at:at + 2] in cite[o:region_end]:
            continue  # (nothing is left unsaid where the cite writes the question's qualified noun whole, 電子通路)
        term = _Term(o, k, "entity", qualifier, True)
        for v in values:
            if k <= v.start < region_end and not v.flags.get("part"):
                _attach(v, term, beside=False)


# A year counted from the report's (今年, 明年, 去年, 今明两年): a year a sentence names as surely as one in figures.
_COUNTED_YEAR_RE = lazy(r"[今明去前后]年|今\s?[、,]?\s?明\s?[两兩]?年", needs="年")


def _one_year_sentences(cite: str, values: list[Value]) -> None:
    """A Chinese sentence that names one year only, and not as a base (…占总死亡人数77.5%,与上年相较,108年死亡人数…上升6.9%),
    dates all its values: a value of it stated for no period is that year's too. (A year counted from the report's,
    今年…,对2026年…, is a second year: the figure year dates only what is its own.)"""
    by: dict[int, list[Value]] = {}
    for v in values:
        by.setdefault(v.sentence, []).append(v)
    for vs in by.values():
        lo, hi = _sentence_start(cite, vs[0].start), _sentence_end(cite, vs[-1].end)
        named = _periods(cite[lo:hi])
        if len(named) != 1 or not has_han(cite[lo:hi]) or not (w := named[0][2]).split(",")[0] \
                or w.partition(",")[2].strip(",") or _MOMENT_BASE_RE.search(cite, max(0, lo + named[0][0] - 6), lo + named[0][0]):
            continue
        if {x for v in vs for x in v.when} != {w}:
            continue
        counted = [m.span() for m in _COUNTED_YEAR_RE.finditer(cite, lo, hi)]
        for v in vs:
            # (a value whose nearest year before it is a counted one, not the figure year, is the counted year's)
            last = max((c for c in counted if c[1] <= v.start), default=None)
            if last is not None and (last[1] > lo + named[0][1] or v.start < lo + named[0][0]):
                continue
            if not v.when and v.role != "base" and v.flags.get("period") != "prior":
                v.when = {w}


# A sentence opened by a span of months ended on a date, set off by a comma (During the twelve months ended December
# 31, 2015, …), frames the sentences after it, as a filing's paragraph is written, until a sentence opens with a period
# of its own. (Not a bare year, "In 2009, …", which a later "this time" leaves.)
_PERIOD_OPENER_RE = lazy(r"\s*(?:during|in|for|over|throughout)\s(?:the\s)?(?:[a-z-]+\s){0,3}?(?:ended|ending)\s\Z",
                         needs=("ended", "ending"))


def _period_paragraphs(cite: str, values: list[Value]) -> None:
    """A value of no period of its own (and no base's) in a sentence after one opened by its period is that period's."""
    if has_han(cite):
        return
    starts = _breaks(cite)[1]
    framed: str | None = None
    framing = -1
    for v in values:
        if v.sentence != framing:
            lo = starts[v.sentence] if v.sentence < len(starts) else _sentence_start(cite, v.start)
            named = _periods(cite[lo:min(v.start, lo + 90)])
            opened = named and _PERIOD_OPENER_RE.fullmatch(cite, lo, lo + named[0][0]) is not None \
                and cite[lo + named[0][1]:lo + named[0][1] + 1] == ","
            if opened:
                framed = named[0][2]
            elif named and _PERIOD_OPENER_RE.fullmatch(cite, lo, lo + named[0][0]) is not None:
                framed = None
            framing = v.sentence
            opener = bool(opened)
        if framed and not opener and not v.when and v.role != "base" and v.flags.get("period") != "prior":
            v.when = {framed}


def _whole_range(answer: str, cite: str, question: str, entities: Mapping[str, Sequence[str]],
                 found: Sequence[Mismatch] = ()) -> list[Mismatch] | None:
    """A range answered whole (24,000 to 26,000) that an English cite writes whole is one value: it is bound as one
    of its ends, so another item's, period's or forecast's value the question selects makes it wrong as it makes that
    end wrong; the range's own lower end selected is no finding. The end bound is the upper (it carries the unit),
    unless the cite writes the upper's value elsewhere too and the lower's only here (raised to between 570 000 oz and
    590 000 oz, up from between 530 000 oz and 570 000 oz: the earlier range is told by its 530 000, not its 570 000).
    Where the main path found the pair's ends ambiguous (``found`` DG605), the verdict is the end's, grounded
    included: the pair, written once, is no value of several. None where the answer is no such range."""

    if has_han(cite):
        return None  # (a Chinese range is placed by the words before it: _place_of_range)
    said = parse_quantities(answer)
    if len(said) != 2 or said[0].unit == "score" or not _range_linked(answer, said[0], said[1]):
        return None
    stated = parse_quantities(cite)
    pairs = [(q, r) for q, r in zip(stated, stated[1:]) if (q.value, r.value) == (said[0].value, said[1].value)
             and _range_linked(cite, q, r)]
    if len(pairs) != 1:
        return None
    by_lower = sum(q.value == said[1].value for q in stated) > 1 and sum(q.value == said[0].value for q in stated) == 1
    # (the end with its unit, written after it or once after the upper: 530,000 to 570,000 oz)
    unit = _RANGE_END_UNIT_RE.match(answer, said[1].end)
    own = _RANGE_END_UNIT_RE.match(answer, said[0].end)
    if by_lower:
        end = answer[said[0].start:own.end()] if own else answer[said[0].start:said[0].end] + (unit.group() if unit else "")
    else:
        end = answer[said[1].start:unit.end() if unit else said[1].end]
    ambiguous = bool(found) and found[0].code == "DG605"
    ends = {normalize(cite[q.start:q.end]).strip() for q in pairs[0]}
    bound = check_binding("figure", end, cite, question, entities)
    selected = bound[0].data.get("selected") or () if bound else ()
    chosen = {str(s).split(" (")[0].strip() for s in selected}
    if bound and bound[0].code == "DG605" and chosen == ends:
        return []  # (the question selects the range itself: its two ends are the values it leaves)
    if not bound or bound[0].code not in ("DG601", "DG602", "DG603"):
        return [] if ambiguous and not bound else None
    other = pairs[0][1] if by_lower else pairs[0][0]
    other_text = normalize(cite[other.start:other.end]).strip()
    if sum(q.value == other.value for q in stated) > 1:  # (its other end written in another range too: all it selects)
        itself = other_text in chosen and chosen <= ends
    else:
        itself = any(other_text in str(s) or str(s).strip() in normalize(answer) for s in selected)
    if itself:
        return [] if ambiguous else None  # (the question selects the range itself: its other end)
    whole = answer.strip()
    return [m._replace(message=m.message.replace(f"answer {normalize(end).strip()}", f"answer {whole}", 1),
                       data={**m.data, "bound_to": whole}) for m in bound]


# A range end's unit written after it (590,000 oz).
_RANGE_END_UNIT_RE = lazy(r"\s?(?!(?:to|and)\b)[a-z%]{1,6}\b")


_RESTATED_RE = lazy(r"\(\s?")
_RESTATED_END_RE = lazy(r"[\u3400-\u9fff]{0,2}\s?\)")
_EN_UNIT_TAIL = r"(?P<u>\s?(?:°\s?[cf]|(?:sq|cu)\s[a-z]{1,2}(?:/s)?|/\s?(?:sq\s)?[a-z]{1,3}[23²³]?|[a-z]{1,6}[23²³]?(?:/s)?))?"
# Between a value and its restatement in brackets in another unit, and after the restatement (English units
# written out: sq mi, km2, m3/s, cu ft/s, °F); a semicolon parts two restatements in one bracket.
_RESTATED_EN_RE = lazy(_EN_UNIT_TAIL + r"\s?(?P<o>\(|;)\s?")
# A Chinese price's denominator before its bracket and inside it (元/平方米(…万元/亩)).
_RESTATED_PER_RE = lazy(r"/(?P<d>[\u3400-\u9fff]{1,3})\s?\(\s?", needs="/")
_RESTATED_PER_END_RE = lazy(r"/(?P<d>[\u3400-\u9fff]{1,3})\s?\)", needs="/")
_CN_DENOMINATOR_RE = lazy(r"/([\u3400-\u9fff]{1,3})\Z", needs="/")
_RESTATED_EN_END_RE = lazy(_EN_UNIT_TAIL + r"\s?[);]")


def _restating_head(c_text: str, mine: list[Value]) -> str | None:
    """The value that every one of ``mine`` restates in brackets in another unit (2729万吨 for 546亿斤), as written."""

    if not mine or "(" not in c_text:
        return None
    heads = []
    for v in mine:
        per_end = _RESTATED_PER_END_RE.match(c_text, v.end)  # (39.48万元/亩 after 592.22元/平方米: another denominator)
        if not ((per_end or _RESTATED_END_RE.match(c_text, v.end)) and c_text[:v.start].rstrip().endswith("(")):
            return None
        at = c_text[:v.start].rstrip()[:-1].rstrip()
        per = _CN_DENOMINATOR_RE.search(at) if per_end else None
        if per_end and not (per and per[1] != per_end["d"]):
            return None
        at = at[:per.start()] if per else at
        before = [q for q in parse_quantities(c_text[max(0, len(at) - 24):len(at)]) if q.end == len(at) - max(0, len(at) - 24)]
        unit = v.key[1] if isinstance(v.key, tuple) else ""
        # (a share in brackets after a count, 191 out of 258 (74%), restates no amount: it is the share)
        if not before or (before[-1].unit or "") == unit and not per or "%" in (before[-1].unit or "") or "%" in (unit or ""):
            return None
        heads.append(c_text[max(0, len(at) - 24) + before[-1].start:len(at)])
    return heads[0] if len(set(heads)) == 1 else None


def _restating_answer(a_text: str, head: str) -> str:
    """The answer read as the value it restates, its own words kept (减少267亿斤 for 1336万吨(267亿斤) is 减少1336万吨):
    a bracketed restatement carries its head's direction, so the answer's direction word is checked against it."""
    said = parse_quantities(a_text)
    if len(said) != 1:
        return head
    q = said[0]
    return a_text[:q.start] + head + a_text[q.end:]


def _restated(c_text: str, values: list[Value], mine: list[Value]) -> tuple[list[Value], list[Value]]:
    """A value restated in brackets in another unit right after it (2729万吨(546亿斤), 118969千公顷(178453万亩)) is
    that value, no rival of it: the bracket is dropped, and an answer giving it is the value before it."""
    same: dict[int, Value] = {}
    for v, w in zip(values, values[1:]):
        if not (isinstance(v.key, tuple) and isinstance(w.key, tuple)) or "%" in (v.key[1:2] + w.key[1:2]) \
                or w.role not in ("", v.role):
            continue
        if id(v) not in same and _RESTATED_RE.fullmatch(c_text, v.end, w.start) and _RESTATED_END_RE.match(c_text, w.end) \
                and v.key[1:2] != w.key[1:2]:
            same[id(w)] = v
            continue
        # 592.22元/平方米(39.48万元/亩): one price per another measure, the same currency over another denominator
        per = _RESTATED_PER_RE.fullmatch(c_text, v.end, w.start)
        per_end = per and _RESTATED_PER_END_RE.match(c_text, w.end)
        if per_end and per["d"] != per_end["d"] and id(v) not in same:
            same[id(w)] = v
            continue
        # 1,706 sq mi (4,420 km2), 6,510 m3/s (230,000 cu ft/s), 8,260 ha (82.6 km2; 31.9 sq mi): the units written
        # after each value tell the measures apart where the reading left both without a unit (sq mi, cu ft/s)
        gap = _RESTATED_EN_RE.fullmatch(c_text, v.end, w.start)
        end = _RESTATED_EN_END_RE.match(c_text, w.end)
        if gap and end and (v.key[1:2] != w.key[1:2] or gap["u"] and end["u"] and gap["u"].strip() != end["u"].strip()):
            if gap["o"] == ";" and id(v) not in same:
                continue  # (a value after a semicolon restates only within its bracket)
            same[id(w)] = same.get(id(v), v)
    if not same:
        return values, mine
    for w in values:  # (the words after the bracket, 8,260 ha (82.6 km2; 31.9 sq mi) of land, are its head's too)
        if id(w) in same:
            for cls, idents in w.terms.items():
                same[id(w)].terms.setdefault(cls, set()).update(idents)
    kept = [v for v in values if id(v) not in same]
    return kept, list({id(x): x for x in (same.get(id(v), v) for v in mine)}.values())


_BASE_TERM_RE = lazy(r"比较|相比|上年|去年|上月|前月|同期|同月|上季|环比|同比")


def _of_other_base(q_text: str, mine: list[Value], other) -> tuple[str, str] | None:
    """DG602's one principle, a change against another base than the question's: the question's base and its words
    where every answer value is a change whose base ``other(base, q_base)`` says is another, else None. Its two rules
    differ only in their evidence (_against_other_base: a rival of the question's base; _against_year_or_period: the
    base words' kinds alone)."""
    q_base, q_words = _base_key(q_text, 0, len(q_text), compared=True)
    if not q_base or not mine or not all(v.role == "delta" and other(v.base, q_base) for v in mine):
        return None
    return q_base, q_words


def _against_other_base(a_text: str, q_text: str, values: list[Value], mine: list[Value], chosen: list[Mismatch]) -> list[Mismatch]:
    """A change against another base than the question's (与上月比较则增加4,337人, asked 与上年同月比较增加多少), where the
    value chosen is the change of the same sentence against the question's base, is another period's change: DG602."""
    asked = _of_other_base(q_text, mine, lambda base, q_base: base and not _same_base(base, q_base))
    if asked is None:
        return chosen
    q_base, q_words = asked
    picked = chosen[0].data.get("selected") or []

    def item(v: Value) -> set[str]:  # (the item words, but a question's base words read as a term: 上年同月比较增加)
        return {w for w in _item_words(v) if not _BASE_TERM_RE.search(w)}

    own = [w for w in values if w.role == "delta" and w.base and _same_base(w.base, q_base) and w.sentence == mine[0].sentence
           and _unit_key(w) == _unit_key(mine[0]) and any(str(p).startswith(w.text) for p in picked) and item(w) == item(mine[0])]
    if not own:
        return chosen
    v = mine[0]
    return [Mismatch("DG602", f"answer {a_text.strip()} is the change against {v.base_words} in the cite; the question asks "
                              f"about the change against {q_words} ({own[0].text})", _data(v, own))]


# The span a figure covers: one month (in June, last month, monthly), a span to date (through June, the first seven
# months, mid-year, year to date) or a whole year (the whole of 2007, the 2007 volume, fiscal year). One item's
# value for one span where the question names another is that item at another period: DG602, not another item.
_MONTH_FULL = r"(?:january|february|march|april|june|july|august|september|october|november|december)"
_TODATE_SPAN_RE = lazy(r"(?<![a-z])(?:(?:through|thru|until|since)\s(?:the\send\sof\s)?" + _MONTH_FULL
                       + r"|year[\s-]to[\s-]date|ytd|so\sfar\sth(?:is|e)\syear|mid-?year|first\s(?:half|(?:two|three|four|five|six"
                       r"|seven|eight|nine|ten|eleven|\d{1,2})\smonths))(?![a-z])")
_MONTH_SPAN_RE = lazy(r"(?<![a-z])(?:" + _MONTH_FULL + r"|(?:last|this|the)\smonth|monthly|month\sof)(?![a-z])")
_YEAR_SPAN_WORDS_RE = lazy(r"(?<![a-z])(?:whole\sof|full[\s-]year|for\sthe\syear|annual|calendar\syear|fiscal\syear|12-month"
                           r"|(?:19|20)\d\d\s(?:volume|total|throughput|figure)s?)(?![a-z])")
_DIFFERENCE_AFTER_RE = lazy(r"(?:\s[a-z]+)?\s(?:more|less|fewer|higher|lower)\sthan(?![a-z])")
_SPAN_CLAUSE_RE = lazy(r"[,;()]|" + EN_SENTENCE_END)


def _span_kind(text: str, lo: int, hi: int) -> str:
    """'todate', 'month', 'year' or '' for the words of text[lo:hi] (a span to date first: through June names a month)."""
    for kind, pattern in (("todate", _TODATE_SPAN_RE), ("month", _MONTH_SPAN_RE), ("year", _YEAR_SPAN_WORDS_RE)):
        if pattern.search(text, lo, hi):
            return kind
    return ""


def _value_span(c_text: str, start: int, end: int) -> str:
    """The span a value covers, by the words of its clause, else of its sentence."""
    lo = _sentence_start(c_text, start)
    hi = _sentence_end(c_text, end)
    a = max([lo] + [m.end() for m in _SPAN_CLAUSE_RE.finditer(c_text, lo, start)])
    b = next((m.start() for m in _SPAN_CLAUSE_RE.finditer(c_text, end, hi)), hi)
    return _span_kind(c_text, a, b) or _span_kind(c_text, lo, hi)


# Words any total of a measure may be named by (overall June volumes, total 2017 cargo volumes; recorded, handled):
# they tell no item from another, as the names the question writes (the Port of Los Angeles) tell no span.
_ANY_TOTAL_WORDS = frozenset(_stem(w) for w in (
    "total", "overall", "all", "cargo", "container", "containers", "volume", "volumes", "shipments", "throughput",
    "record", "recorded", "handle", "handled", "move", "moved", "process", "processed", "account", "accounted",
    "report", "reported", "much", "many", "what", "alone", "whole", "month", "year", "months", "period"))


def _other_span(a_text: str, c_text: str, q_text: str, question: str = "") -> list[Mismatch]:
    """Asked one span of an English figure (June's total, the year through June), the answer's value for another
    span, where a value of its measure for the span asked is in the cite: DG602. Not where the question's words that
    the value of the span asked has (loaded imports) are missing from the answer's sentence (another item), nor for
    a difference (X more than …), another measure."""

    if has_han(q_text):
        return []
    asked = _span_kind(q_text, 0, len(q_text))
    said = parse_quantities(a_text)
    if not asked or not said:
        return []
    a = said[-1]
    kin = [q for q in parse_quantities(c_text) if q.unit == a.unit]
    mine = [q for q in kin if q.value == a.value]
    spans = {q: _value_span(c_text, q.start, q.end) for q in kin}
    if not mine or not all(spans[q] and spans[q] != asked for q in mine) or not any(spans[q] == asked for q in kin):
        return []
    if any(_DIFFERENCE_AFTER_RE.match(c_text, q.end) for q in mine):
        return []
    names = {_stem(w.lower()) for w in re.findall(r"(?<=\s)[A-Z][A-Za-z'’-]*", question)}
    unspanned = q_text  # (the words of the spans themselves are no item: the first six months)
    for pattern in (_TODATE_SPAN_RE, _MONTH_SPAN_RE, _YEAR_SPAN_WORDS_RE):
        for m in pattern.finditer(q_text):
            unspanned = unspanned[:m.start()] + " " * (m.end() - m.start()) + unspanned[m.end():]
    words = {_stem(w) for w in _WORD_RE.findall(unspanned) if w not in _STOP} - _ANY_TOTAL_WORDS - names

    def said(q) -> set[str]:
        return {_stem(w) for w in _WORD_RE.findall(c_text[_sentence_start(c_text, q.start):_sentence_end(c_text, q.end)])}

    theirs = set().union(*(said(q) for q in kin if spans[q] == asked))
    if any(words & theirs - said(q) for q in mine):
        return []
    shown = ", ".join(c_text[q.start:q.end] for q in kin if spans[q] == asked)
    return [Mismatch("DG602", f"answer {a_text.strip()} is the value of another span in the cite ({spans[mine[0]]}); the "
                              f"question asks the {asked}'s ({shown})", {"bound_to": a_text.strip(), "selected": [shown]})]


_ON_YEAR_OR_PERIOD = {"year": "year", "sequential": "period", "month": "period", "quarter": "period"}
# The cite's words that can give a change the other kind of base than the one asked (for a question asking the
# year-on-year change, 环比, 上月, quarter-over-quarter …; for one asking the period-on-period change, 同比, 上年 …): a
# change's base is only ever one of these words' (``_base_key``), so a cite without any has no change against the
# other kind.
# (a word holding a shorter one of its set is left out: the shorter is in any cite the longer is)
_OTHER_BASE_WORDS = {asked: tuple(sorted(w for w in words if not any(x != w and x in w for x in words))) for asked, words in (
    (asked, {w for w, kind in _RELATIVE_BASE_OF.items() if _ON_YEAR_OR_PERIOD.get(kind) not in (None, asked)})
    for asked in ("year", "period"))}


def _against_year_or_period(a_text: str, c_text: str, q_text: str) -> list[Mismatch]:
    """A change whose own base word is year-on-year where the question names the period-on-period one (同比 for
    环比, or the reverse) is the change against another base (DG602), even where the question's own change is
    written in another unit than the answer's (环比增长28.6%,同比增长8.4倍) and so competes with nothing."""
    q_base, q_words = _base_key(q_text, 0, len(q_text), compared=True)
    asked = _ON_YEAR_OR_PERIOD.get(q_base)
    if asked is None:
        return []

    c_text = shared_units(c_text)
    if not any(w in c_text for w in _OTHER_BASE_WORDS[asked]):  # (no word of the other base: no change against it,
        return []  # and none of the figures' parse and binding below; most cites of a year-on-year question so)
    values, mine = _figures(a_text, c_text, q_text)
    if not mine:
        return []
    bind(c_text, values, q_text)
    if _of_other_base(q_text, mine, lambda base, _: _ON_YEAR_OR_PERIOD.get(base) not in (None, asked)) is None:
        return []
    v = mine[0]
    return [Mismatch("DG602", f"answer {v.text} is the change against {v.base_words}; the question asks the change against "
                              f"{q_words}", {"bound_to": v.described(), "selected": None})]


# A line that ends in a value or a mark, before one that does not go on in lower case, is a row of
# its own (a table line: "May 2022 (revised) $673.9 billion -0.1%"); a line break inside a sentence
# (prose wrapped at 72 columns, "an increase of 1.0\npercent") is a space.
# A line opening with a bullet mark (- Saudi output falls …, • 1,200 killed) is a row of its own too, however
# the line before it ends.
# (… or a value with its Han unit or counter: 2018年:238万人 ends its line's row, as 238 would)
_ROW_END_RE = compile_pattern(r"(?:(?<=[\d%*)\]。.!?;:|])|(?<=\d[\u4e00-\u9fff])|(?<=\d[\u4e00-\u9fff]{2}))[ \t]*\r?\n\s*(?![a-z])"
                              r"|(?<![;\s])[ \t]*\r?\n\s*(?=[-•*]\s)")


_APPOSED_RE = lazy(r"\s?,?\s?(?:or|and|to)\s|\s?[(（]\s?(?:[a-z\u3400-\u9fff ]{0,12})?|\s?[)）]?\s?,?\s?")
_APPOSED_MAX = 16  # (the longest gap _APPOSED_RE spans: a bracket, two spaces and 12 words' characters)


def _group_counts(cite: str, question: str, values: list[Value], mine: list[Value]) -> list[Value]:
    """The counts a determiner or an owner makes part of a group's name (the 41 crosstown routes, the agency's six
    suburban local routes), other than the answer's and than a count of what the question counts (how many routes)."""
    m = _MEASURE_QUESTION_RE.search(question)
    counted = {_stem(w) for w in m[1].split()} if m and m[1] else set()
    return [v for v in values if v not in mine and not v.key[1] and v.measure and v.measure.isascii()
            and v.measure not in counted and _group_count(cite, v)]


def _group_count(cite: str, v: Value) -> bool:
    """Whether ``v`` is a count a determiner or an owner makes part of a group's name: a whole number of things, written
    bare (the 41 crosstown routes, the agency's six suburban local routes; not last year's 13.074 billion bushels, nor
    the 3.05 million originally reported)."""
    return _SMALL_COUNT_RE.fullmatch(v.text) is not None and _GROUP_COUNT_BEFORE_RE.search(cite, max(0, v.start - 12), v.start) \
        is not None and _NOUN_AFTER_COUNT_RE.match(cite, v.end) is not None


_SMALL_COUNT_RE = lazy(r"\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve")
_NOUN_AFTER_COUNT_RE = lazy(r"\s(?![a-z]+ly(?![a-z]))[a-z]")


def _holders(cite: str, values: list[Value]) -> list[Value]:
    """The cite's values in a measure of their own (seconds, feet beside knots): they compete with
    nothing, but hold the words that stand nearest them."""

    kinds = {v.key[1] for v in values}
    starts, ends = sorted(v.start for v in values), sorted(v.end for v in values)

    def apposed(q) -> bool:
        # (only the values whose gap to ``q`` the pattern can span are tried, not every value for every holder)
        return any(_APPOSED_RE.fullmatch(cite, q.end, s) for s in starts[bisect_left(starts, q.end):bisect_right(starts, q.end + _APPOSED_MAX)]) \
            or any(_APPOSED_RE.fullmatch(cite, e, q.start) for e in ends[bisect_left(ends, q.start - _APPOSED_MAX):bisect_right(ends, q.start)])

    return [Value(q.start, q.end, cite[q.start:q.end], (q.value, q.unit)) for q in parse_quantities(cite)
            if (q.unit and q.unit not in kinds and q.unit != "score" or kinds == {"score"} and q.counter and not q.unit)
            and not any(v.start < q.end and q.start < v.end for v in values)
            # (not one change said twice: increased $46.6 billion, or 9.5%; 1.2万亿元(增长5%))
            and not apposed(q)]


@lru_cache(maxsize=1024)  # (read several times a card: each rule reads its own)
def _row_ends(cite: str) -> str:
    """``cite`` as binding reads it: a table's line ends a row, and a field's label run into its value as infoboxes
    are stored (Land1,706.89 sq mi, average580 m3/s: quantities reads these as label and value) is set apart from
    it, so that the label is a word of the value's own."""
    if "\n" in cite:
        cite = _ROW_END_RE.sub(";\n", cite)
    if _GLUED_LABEL_RE.search(cite) is not None:
        low = cite.lower()
        cite = _GLUED_LABEL_RE.sub(lambda m: m[1] + (" " if label_value(low, m.start(2), m.end(2), m[2]) else "") + m[2], cite)
    if _GLUED_FIELD_RE.search(cite) is not None:
        # (locationVienna, Austria: a field's label run into a capitalised value; a label that comes again opens a
        # record each time, location Passau … average580 m3/s; location Vienna … average1,900 m3/s: each a row)
        seen = Counter(m[1] for m in _GLUED_FIELD_RE.finditer(cite))
        cite = _GLUED_FIELD_RE.sub(lambda m: (FIELD_END + " " if seen[m[1]] > 1 and m.start() else "") + m[1] + " ", cite)
    # (a value is a field's where it is grouped in thousands or written with its unit, a bracket or a footnote: a
    # bare 9.86 before a place is a records line's result, and a table's lines are rows already)
    if "•" in cite:  # (an infobox's bullets written on in one line: each after a value starts a field, as a line does)
        cite = _INLINE_BULLET_RE.sub(";", cite)
    fields = [m for m in _FIELD_START_RE.finditer(cite) if "," in m[1] or m.end() > m.end(1)] if "\n" not in cite else []
    if len(fields) < 2:
        return cite
    # Density 170.6/sq mi (65.88/km2) Urban 249,252 (US: 164th) Metro 398,807: an infobox's fields written on as
    # one line, each a capitalised label and its value; a label after a value starts the next field (a row), it
    # is no noun of the value before it. (Two such starts at least: one is prose's "Route 66 Bridge".)
    cuts = [0, *(m.end() for m in fields), len(cite)]
    head = _INFOBOX_HEAD_RE.match(cite)
    if head:
        # Area Consolidated city-borough1,946.69 sq mi … Land1,706.89 sq mi …: a heading word before the first field's
        # own label heads every field after it, as a heading over bulleted fields does (_heading_rows reads it so)
        cuts[0] = head.end()
        return cite[:head.end()] + "• " + (FIELD_END + " •").join(cite[a:b] for a, b in zip(cuts, cuts[1:]))
    return FIELD_END.join(cite[a:b] for a, b in zip(cuts, cuts[1:]))


FIELD_END = ";"
# An infobox's heading at the text's start: one capitalised word (its year in brackets, footnotes) right before the
# first field's capitalised label and value (Area Consolidated city-borough 1,946.69; Population (2020) Consolidated …).
_INFOBOX_HEAD_RE = lazy(r"([A-Z][a-z]+(?:\s\(\d{4}\))?(?:\[\d+\])*)\s(?=[A-Z][a-z]+(?:[\s-][a-z]+){0,3}\s[\d$])")
# The end of a field's value and the next field's capitalised label: 287,145 Rank; 249,252 (US: 164th) Urban;
# 6,510 m3/s (230,000 cu ft/s)[2] (Period; a bare year (In 1990 Anchorage) and a day before its month or weekday
# (22 August) end no field.
_VALUE_END = (r"(?<![\d,.])(?!(?:1[5-9]|20)\d\d\b)(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s?(?:°\s?[CF]|(?:sq|cu)\s[a-z]{1,2}"
              r"(?:/s)?|/\s?(?:sq\s)?[a-z]{1,3}[23²³]?|[a-z]{1,3}[23²³]?(?:/s)?))?(?:\s?\([^()]{1,40}\))?(?:\[\d+\])*")
_INLINE_BULLET_RE = lazy(r"(?<=[\d)\]])(?=[ \t]?•[ \t])")  # (after a value, its bracket or its footnote)
_FIELD_START_RE = lazy(_VALUE_END + r"(?=\s[A-Z][a-z])(?!\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)",
                       starts=r"\d")
_GLUED_LABEL_RE = lazy(r"(?<![A-Za-z])([A-Za-z-]*[a-z]{3})(\d+(?:,\d{3})*(?:\.\d+)?)")
# A lowercase field label of four letters or more run into a capitalised value (locationVienna, sourceBrigach), as
# infoboxes are stored: a word of its own (names glued so start with a capital or one letter: PayPal, iPhone, eBay).
_GLUED_FIELD_RE = lazy(r"(?<![A-Za-z])([a-z]{4,})(?=[A-Z][a-z])")


# The word after a count, as the cite writes it (passengers, not the stem passe that binding compares).
_MEASURE_WORD_RE = lazy(r"\s?([a-z][a-z'-]*)")


def _measure_as_written(cite: str, v: Value) -> str:
    """What ``v`` counts as the cite writes it, for a message: the word after it whose stem is its measure, else the
    measure (a Chinese counter is written whole)."""
    m = _MEASURE_WORD_RE.match(cite, v.end)
    return m[1] if m and _stem(m[1]) == v.measure else v.measure


def _other_measure(a_text: str, c_text: str, q_text: str) -> list[Mismatch]:
    """An answer counted in another measure than the question's, where the cite has a value in the
    question's: asked 多少种 (50余种), answered with the 2.8万平方米 of the same sentence."""

    if not _MEASURE_QUESTION_RE.search(q_text):
        return []
    said = parse_quantities(a_text)
    if not said:
        return []
    a = said[0]
    values, mine = [], []
    for q in parse_quantities(c_text):
        if is_article(q, c_text) and q.value != a.value:
            continue
        # the key is what kind of figure it is: its unit, else its counter (种, 平方米)
        v = Value(q.start, q.end, c_text[q.start:q.end], (q.value, q.unit or q.counter or ""), measure=_intensity_as_level(q.counter) or _word_after(c_text, q.end))
        values.append(v)
        if q.value == a.value and _same_unit(a.unit, q.unit) and q.ordinal == a.ordinal:
            mine.append(v)
    # (a share of the noun, more than half the Republicans, is no count of it: it answers what share, not how many)
    asked = [s for s in _measured(q_text, values, c_text) if s.key[1] != "%"]
    # (a count written with no noun of its own, 3,900 in quarter four, counts no other measure: binding tells it apart)
    if not mine or not asked or any(not (v.measure or v.key[1]) or v.measure == s.measure or v.key[1] == s.key[1] for v in mine for s in asked):
        return []  # figures of one kind (two hostages, three commanders): binding tells them apart
    bind(c_text, values, q_text)
    v, sel = mine[0], asked[0]
    return [Mismatch(
        "DG601",
        f"answer {a_text.strip()} belongs to {_describe_binding(v, c_text)}; the question asks how many "
        f"{_measure_as_written(c_text, sel)} ({sel.text})",
        _data(v, asked),
    )]


# What a unit measures (亩 and 公顷 an area, 斤 and 吨 a weight, 公斤/亩 a yield): a question naming one measure, by its
# unit after 多少 (多少万亩) or by its noun (播种面积, 产量, 单产), is not answered by a value of another.
_ZH_UNIT_ASKED_RE = lazy(r"(?:多少|几)(?:十|百|千|万|亿)*(亩|公顷|平方米|平方公里|斤|吨|公斤|千克)(?:\s?/\s?(亩|公顷))?", needs=("多少", "几"))
_ZH_YIELD_WORD_RE = lazy(r"单产|单位面积产量|亩产|每亩|每公顷", needs=("单产", "单位面积产量", "亩产", "每亩", "每公顷"))
_ZH_MEASURE_WORD_RE = lazy(r"(面积)|产量|减产|增产|总产", needs=("面积", "产量", "减产", "增产", "总产"))
_ZH_ASKING_RE = lazy(r"多少|几|如何|怎样|怎么", needs=("多少", "几", "如何", "怎样", "怎么"))
_ZH_PER_AFTER_RE = lazy(r"\s?/\s?(亩|公顷)", needs="/")
_ZH_CLAUSE_MARK_RE = lazy(r"[,;:。(（]")
_ZH_CAUSE_RE = lazy(r"因|而|导致|致使", needs=("因", "而", "导致", "致使"))
_ZH_PER_WORD_RE = lazy(r"每亩|亩产|/亩|每公顷|/公顷", needs=("亩", "公顷"))
_AREA_UNITS = frozenset(("ha", "亩", "公顷", "m²", "km²", "平方米", "平方公里"))
_WEIGHT_UNITS = frozenset(("kg", "t", "斤", "吨", "公斤", "千克"))


def _zh_denominator(words: str) -> str | None:
    """亩 or 公顷, whichever a yield's words name last (每亩, 亩产, 每公顷), else None."""
    per = [(m.start(), "公顷" if "公顷" in m.group() else "亩") for m in _ZH_PER_WORD_RE.finditer(words)]
    return max(per)[1] if per else None


def _zh_asked_measure(q_text: str) -> tuple[str, str | None] | None:
    """The measure a Chinese question asks: ("area"|"weight"|"yield", the yield's denominator), else None."""
    m = _ZH_UNIT_ASKED_RE.search(q_text)
    if m and m[2]:
        return "yield", m[2]
    if m and m[1] in ("亩", "公顷", "平方米", "平方公里"):
        return "area", None
    if m and m[1] in ("斤", "吨"):
        return "weight", None
    if _ZH_YIELD_WORD_RE.search(q_text):
        return "yield", _zh_denominator(q_text)
    ask = _ZH_ASKING_RE.search(q_text)
    words = list(_ZH_MEASURE_WORD_RE.finditer(q_text, 0, ask.start() if ask else len(q_text)))
    if not words:
        return None
    return ("area" if words[-1][1] else "weight"), None


def _zh_value_measure(c_text: str, q) -> tuple[str, str | None] | None:
    """The measure of a cite's value by its unit and, for a weight, the yield words of its clause (每亩370.4公斤)."""
    unit = q.unit or q.counter or ""
    if unit in _AREA_UNITS:
        return "area", None
    if unit not in _WEIGHT_UNITS:
        return None
    per = _ZH_PER_AFTER_RE.match(c_text, q.end)
    if per:
        return "yield", per[1]
    marks = list(_ZH_CLAUSE_MARK_RE.finditer(c_text, max(0, q.start - 40), q.start))
    clause = c_text[marks[-1].end() if marks else max(0, q.start - 40):q.start]
    # (a yield's noun in a clause of cause, 因单产下降而减产70亿斤, leaves the loss a weight)
    if _ZH_PER_WORD_RE.search(clause) or _ZH_YIELD_WORD_RE.search(clause) and not _ZH_CAUSE_RE.search(clause):
        return "yield", _zh_denominator(clause)
    return "weight", None


def _quantity_values(c_text: str, mine, others) -> tuple[Value, list[Value]]:
    """The answer's quantity in the cite and the ones a rule selects instead, as the Values a finding's data names."""
    def value(q) -> Value:
        return Value(q.start, q.end, c_text[q.start:q.end], (q.value, q.unit or ""))
    return value(mine), [value(q) for q in others]


def _zh_other_measure(a_text: str, c_text: str, q_text: str) -> list[Mismatch]:
    """Asked a measure by its unit or noun (播种面积比上年减少了多少万亩, 单产, 每亩多少公斤), an answer whose value in the
    cite measures another (减产107亿斤, a weight; 5987.0公斤/公顷 asked per 亩) is another metric's (DG601), where the
    cite states a value of the measure asked."""
    if not has_han(q_text):
        return []
    asked = _zh_asked_measure(q_text)
    said = parse_quantities(a_text)
    if asked is None or len(said) != 1:
        return []
    a = said[0]
    stated = parse_quantities(c_text)
    mine = [q for q in stated if q.value == a.value and _same_unit(a.unit, q.unit)]

    def fits(m) -> bool:
        return m is not None and m[0] == asked[0] and not (m[1] and asked[1] and m[1] != asked[1])

    measures = [_zh_value_measure(c_text, q) for q in mine]
    if not mine or any(m is None or fits(m) for m in measures):
        return []
    if a_text.strip().endswith(("/亩", "/公顷")) and fits(("yield", a_text.strip().rsplit("/", 1)[1])):
        return []  # (the answer writes the denominator asked)
    right = [q for q in stated if fits(_zh_value_measure(c_text, q))]
    if not right:
        return []
    v, sel = _quantity_values(c_text, mine[0], right)
    name = {"area": "an area", "weight": "a weight (output)", "yield": "a yield"}
    per = f" per {measures[0][1]}" if measures[0][0] == "yield" and measures[0][1] else ""
    return [Mismatch("DG601", f"answer {a_text.strip()} is {name[measures[0][0]]}{per} in the cite; the question asks "
                              f"{name[asked[0]]}{' per ' + asked[1] if asked[1] else ''} ({', '.join(x.text for x in sel)})",
                     _data(v, sel))]


# What a Chinese question asks by its nouns: an amount of money (a bill, a fee, an income, an amount, a loss: 电费, 费用,
# 收入, 金额, 亏损, a disaster's 损失 and 灾损; 多少元) or a rate (a change's size, 涨幅, 调幅, 增幅, 降幅, 跌幅, 幅度; a share, 比例, 比重, 占…多少).
_ZH_MONEY_NOUN = (r"(?<![消浪花免])费(?!率)用?|收入|金额|亏损|亏蚀"  # (a fee, 电费, 瓦斯费; not 消费, 免费, nor a rate, 费率)
                  r"|损失(?![率程])|[灾农]损")  # (a disaster's loss: 损失多少, 灾损; not its rate, 损失率, nor 损失程度)
_ZH_RATE_NOUN = r"[涨调增降跌]幅|幅度|比例|比重"
_ZH_MONEY_AFTER_ASK_RE = lazy(r"(?:多少|几)(?:[十百千万亿]*(?:元|块|钱)|\s?[^\W\d_a-z]{0,2}?(?:" + _ZH_MONEY_NOUN + r"))",
                              needs=("多少", "几"))
_ZH_MONEY_OR_RATE_RE = lazy(r"(" + _ZH_MONEY_NOUN + r")|(" + _ZH_RATE_NOUN + r")|(占)",
                            needs=("费", "收入", "金额", "亏", "损", "幅", "比例", "比重", "占"))
# What may stand between a money noun and the interrogative for the noun to be what is asked (累积亏损逾多少, 新增电费会
# 控制在多少以内, 损失累计多少, 损失已逾多少); a verb there (营收年增多少, 收入恢复至…的多少) may ask a rate or a share of it.
_ZH_MONEY_TO_ASK_RE = lazy(r"(?:是|为|约|大约|大概|将|会|可|已|逾|超过|近|共|累计|达到|达|控制在|落在|有|\s)*")


def _zh_money_or_rate_asked(q_text: str) -> str | None:
    """"money" or "rate", what a Chinese question asks by the noun it names: after its interrogative (增加多少电费,
    多少元), else the last such noun before it (平均调幅是多少; 每月新增电费会控制在多少以内; 占整体多少). None where it
    names neither, a money noun with a verb after it (电费增加多少, 收入恢复至…的多少: an amount or a rate), or a rate of a money
    noun (电费增幅, the bill's rise in 元 or in %)."""
    ask = _ZH_ASKING_RE.search(q_text)
    if ask is None:
        return None
    if _ZH_MONEY_AFTER_ASK_RE.match(q_text, ask.start()):
        return "money"
    words = list(_ZH_MONEY_OR_RATE_RE.finditer(q_text, 0, ask.start()))
    if not words:
        return None
    last = words[-1]
    if last[1]:
        return "money" if _ZH_MONEY_TO_ASK_RE.fullmatch(q_text, last.end(), ask.start()) else None
    if last[2] and len(words) > 1 and words[-2][1] and words[-2].end() == last.start():
        return None  # (电费增幅: the rise of a bill)
    return "rate"


def _zh_money_or_rate(a_text: str, c_text: str, q_text: str) -> list[Mismatch]:
    """Asked an amount of money by its noun (增加多少电费, 电费收入, 累积亏损), an answer the cite writes as a rate or a
    count (0.71%, 一四五一万户) is another metric's value (DG601); asked a rate (平均调幅, 涨幅, 占整体多少), an amount
    of money (100元, 3.7823元) is. Only where the cite states a value of the kind asked."""
    if not has_han(q_text):
        return []
    asked = _zh_money_or_rate_asked(q_text)
    said = parse_quantities(a_text)
    if asked is None or len(said) != 1:
        return []
    a = said[0]

    def kind_of(q) -> str | None:
        if q.unit in _CURRENCIES:
            return "money"
        if q.unit in ("%", "pp"):
            return "rate"
        return "count" if q.counter in ("户", "人", "家", "度") and not q.unit else None

    stated = parse_quantities(c_text)
    mine = [q for q in stated if q.value == a.value and _same_unit(a.unit, q.unit) and (q.counter or "") == (a.counter or "")]
    kinds = {kind_of(q) for q in mine}
    after = _ZH_MONEY_AFTER_ASK_RE.search(q_text)
    noun = after and after.group().lstrip("多少几").strip()  # (瓦斯费 of 多少瓦斯费)
    if noun and any(c_text.startswith(noun, q.end) for q in mine):
        return []  # (涨4%电费 asked 涨多少电费: the cite's own words, the bill's rise as a rate)
    if not mine or None in kinds or asked in kinds or asked == "rate" and kinds != {"money"}:
        return []
    right = [q for q in stated if kind_of(q) == asked]
    if not right:
        return []
    v, sel = _quantity_values(c_text, mine[0], right)
    name = {"money": "an amount of money", "rate": "a rate", "count": "a count"}
    return [Mismatch("DG601", f"answer {a_text.strip()} is {name[kind_of(mine[0])]} in the cite; the question asks "
                              f"{name[asked]} ({', '.join(x.text for x in sel)})", _data(v, sel))]


def _match_minute(q, cite: str) -> bool:
    """A minute of the match (the 71st minute, on 51 minutes), not minutes spent (for two minutes)."""
    return q.unit == "min" and (q.ordinal or _ON_MINUTE_RE.search(cite, max(0, q.start - 4), q.start) is not None)


def _money(q, cite: str) -> bool:
    """An amount of money: a value in a currency (2872.1亿元, $5 billion)."""

    return q.unit in _CURRENCIES


def _rate_or_share(q, cite: str) -> bool:
    """A rate or a share: a value in percent, points or basis points, or a multiple (1.4倍, 三成)."""
    return q.unit in _RATE_UNITS or q.unit == "‰" or q.counter in ("倍", "成", "碼", "码")


def _rank(q, cite: str) -> bool:
    """A rank: an ordinal of a ranking (5th-ranked, ranked fifth, 排名第5位)."""
    return q.ordinal and (_RANK_AFTER_RE.match(cite, q.end) is not None or _RANK_BEFORE_RE.search(cite, max(0, q.start - 10), q.start) is not None)


_ON_MINUTE_RE = lazy(r"(?<![a-z])on\s\Z")
# A rank the question quotes (排名第2, 第3名): the ordinal and its rank word, no digit after it (第1 is not 第10).
_RANK_QUOTED_RE = lazy(r"(?:排名第|排第)\s?(\d+)(?!\d)|第\s?(\d+)\s?名", needs=("第",))
_PART_MARK_RE = lazy(r"[;。!?\n]")


def _rank_part(a_text: str, c_text: str, q_text: str) -> list[Mismatch] | None:
    """Parts set off by semicolons, each opened by its item and closed by its rank (台积电涨45元,…,排名第1;鸿海涨5元,…,
    排名第2): asked which item ranked N, the part holding that rank names it; an answer written only in other parts is
    another rank's item (DG601). None where the question quotes no rank the cite states once, or the answer is not
    written in the cite's parts."""
    asked = {m[1] or m[2] for m in _RANK_QUOTED_RE.finditer(q_text)}
    if len(asked) != 1 or ";" not in c_text:
        return None
    rank = asked.pop()
    places = [m for m in _RANK_QUOTED_RE.finditer(c_text) if (m[1] or m[2]) == rank]
    if len(places) != 1:
        return None
    at = places[0].start()
    lo = max((m.end() for m in _PART_MARK_RE.finditer(c_text, 0, at)), default=0)
    hi = m.start() if (m := _PART_MARK_RE.search(c_text, at)) else len(c_text)
    if a_text in c_text[lo:hi]:
        return []
    if a_text not in c_text:
        return None
    part = c_text[lo:hi].strip()
    return [Mismatch("DG601", f"answer {a_text.strip()} is not the item ranked {rank} in the cite; the part holding that rank "
                              f"opens '{part.split(',')[0]}'", {"bound_to": a_text.strip(), "selected": [part]})]


_RANK_AFTER_RE = lazy(r"\s?-?\s?(?:ranked|rank|ranking|place)(?![a-z])|[名位]")
_RANK_BEFORE_RE = lazy(r"(?<![a-z])(?:ranked|ranks|rank|ranking)\s(?:no\.\s?)?\Z|排名第?\Z|排第\Z")
# What a question counts, when several measures share one unit or none (a match report's minutes,
# scores and ranks): (what it is called, the question's words, the values that count it, whether an
# answer written as a bare number is decided).
_ASKED_KINDS = (
    ("the minute of the match", lazy(r"(?<![a-z])(?:which|what) minute(?![a-z])|第几分钟"), _match_minute, True),
    ("minutes spent", lazy(r"(?<![a-z])how many minutes(?![a-z])|多少分钟"), lambda q, c: q.unit == "min" and not _match_minute(q, c), True),
    ("a score", lazy(r"(?<![a-z])(?:what|which|the|final|by what)\s(?:final\s)?score(?:line)?(?![a-z])|(?<![a-z])score of|比分"),
     lambda q, c: q.unit == "score", True),
    ("a rank", lazy(r"(?<![a-z])(?:rank|ranked|ranking)(?![a-z])|排名|名次"), _rank, True),
    # a money metric asked as a level (旅游收入多少, 成交额是多少, 多少钱): an amount of money, not a count
    # of visits or years; not its change or share (收入增长多少, 收入占比多少); a bare amount (8628.61亿)
    # may be money whose currency the cite states once elsewhere (台币,下同): only a stated measure is decided
    # (so is trade asked as a level, 出口多少, 出超是多少, and any question naming its currency, 增加多少亿美元: a
    # growth rate or a share is another measure)
    ("an amount of money", lazy(r"多少钱|(?:收入|成交额|营收|营业额|销售额|金额|罚金|利润|出口|进口|出超|入超|顺差|逆差|贸易额)"
                                r"(?:是|为|达到?|约为?|共|有)?多少(?![个倍年天次人点%])|多少[十百千万亿]*(?:美元|元|港元|港币|日元|欧元|英镑)",
                                needs=("多少",)), _money, False),
    # a total asked as a level (GDP总量突破了多少, 总额是多少): an amount in a measure the cite states, not a rate
    ("a total amount", lazy(r"(?:总量|总额|总值)(?:是|为|达到?|约为?|共|有|突破|超过|跃上|站上)?了?多少(?![个倍年天次人点%])",
                            needs=("多少",)), lambda q, c: q.unit not in _RATE_UNITS and bool(q.unit or q.counter), False),
    # a rate or a share asked (出口年增率是多少, 占出口比重多少, what percentage of): a percent, points or a multiple
    # (1.4倍), not the amount of money or the count the rate is of (624.7億美元, 152.2億美元) nor a span of years
    ("a rate or a share", lazy(r"(?:[增减減]长?長?率|成[长長]率|增速|比重|占比|佔比|比例|份额|份額|百分比|失[业業]率|占有率|佔有率|溢[价價]率|完成率|[录錄]取率)(?:是|为|為|约为?|約為?|达到?|達到?|有|将|將)?多少"
                               r"(?![个個]?[十百千万萬亿億]*(?:元|美元|港元|人|辆|輛|台|件|吨|噸|年|天|点|點))"
                               r"|(?<![a-z])what\s(?:percentage|percent|proportion)(?![a-z])",
                               needs=("多少", "what")), _rate_or_share, False),
    # an index level (收报多少点): the points written after it, not the day's percent change or turnover
    ("an index level in points", lazy(r"多少点(?!钟)", needs=("多少点",)),
     lambda q, c: q.unit is None and q.counter is None and c.startswith("点", q.end), True),
)


_ASKED_RANGE_JOIN_RE = lazy(r"\s?(?:至|到|~|-|–|—|to)\s?")


def _asked_kind(a_text: str, c_text: str, q_text: str) -> list[Mismatch]:
    """An answer that counts something else than the question (asked which minute, an age; asked the
    score, a number of points), where the cite states a value of what the question counts."""

    kinds = [(name, fits, bare) for name, asks, fits, bare in _ASKED_KINDS if asks.search(q_text)]
    if not kinds:
        return []
    said = parse_quantities(a_text)
    if not said:
        return []
    a = said[0]
    if len(said) == 2 and _ASKED_RANGE_JOIN_RE.fullmatch(a_text, said[0].end, said[1].start):
        a = said[1]  # a range with its unit written once at its end (610亿至632亿美元): the end's measure is the range's
    stated = parse_quantities(c_text)
    for name, fits, bare in kinds:
        if not bare and not (a.unit or a.counter or a_text[a.end:].strip()):
            continue
        asked = [q for q in stated if fits(q, c_text)]
        if not asked or any(q.value == a.value and _same_unit(a.unit, q.unit) for q in asked):
            continue
        # (a side of a score, the 4 of 4-0, only where the value stands nowhere on its own)
        mine = sorted((q for q in stated if q.value == a.value and _same_unit(a.unit, q.unit)),
                      key=lambda q: any(x.start <= q.start and q.end <= x.end and x is not q for x in stated))
        if not mine:
            continue
        v, sel = _quantity_values(c_text, mine[0], asked)
        return [Mismatch("DG601", f"answer {a_text.strip()} counts something else than the question, which asks for "
                                  f"{name} ({', '.join(x.text for x in sel)})", _data(v, sel))]
    return []


# A work's title in book-title marks and the words right before it back to a list's or clause's mark (武侠电影《射雕英雄传:侠之
# 大者》; 单日票房冠军为《复仇者联盟4》): those words describe that work alone.
_ZH_TITLE_RE = lazy(r"《([^《》]{1,40})》", needs="《")
_ZH_DESCRIPTION_STOP_RE = lazy(r"[,;:。、!?\n》]")
_ZH_DESCRIPTION_EDGE_RE = lazy(r"^(?:其中|包括|以及|还有|及|和|与|此前)+|(?:为|是|有)+$")


def _described_title(a_text: str, c_text: str, q_text: str) -> list[Mismatch]:
    """Several works in 《》, each after words of its own (神话史诗电影《…》、武侠电影《…》、军事战争电影《…》): asked the work a
    description names (春节档的武侠电影是哪部), the work whose own words end with the longest run the question writes is the
    answer; another work (described otherwise) is another item (DG601)."""
    if "《" not in c_text or not has_han(q_text):
        return []
    a = a_text.strip().strip("《》")
    asked = q_text.replace("的", "")
    scored = []
    for m in _ZH_TITLE_RE.finditer(c_text):
        lo = max((x.end() for x in _ZH_DESCRIPTION_STOP_RE.finditer(c_text, max(0, m.start() - 30), m.start())),
                 default=max(0, m.start() - 30))
        words = _ZH_DESCRIPTION_EDGE_RE.sub("", c_text[lo:m.start()].replace("的", "").strip())
        n = next((k for k in range(len(words), 1, -1) if words[-k:] in asked and (k >= 3 or k == len(words))), 0)
        scored.append((n, m[1]))
    if len({t for _, t in scored}) < 2 or a not in {t for _, t in scored} or a in q_text:
        return []
    best = max(n for n, _ in scored)
    holders = {t for n, t in scored if n == best}
    if not best or len(holders) != 1 or a in holders:
        return []
    return [Mismatch("DG601", f"answer {a} is not the work the question describes; the cite's words for it stand before "
                              f"《{next(iter(holders))}》", {"bound_to": a, "selected": sorted(holders)})]


# A year named as a base of comparison (较2014年同期的2605亿元, a 14% increase over the 2023 mark of 4,137,379 TEUs, than
# during the same period in 2012): the year, and the base's own value where the phrase gives it (group "v").
_YEAR_BASE_RE = lazy(r"(?:(?:较|比|与|相比|相较|对比)\s?|(?<![a-z])(?:over|than|from|compared (?:with|to)|versus|vs\.?)\s"
                     r"(?:(?:the|its|their)\s)?(?:(?:during\s)?(?:the\s)?same\s(?:period|month|quarter|time)\s(?:in|of)\s)?)"
                     r"((?:19|20)\d\d)(?!\d)(?:\s?年)?(?:同期|全年|上半年|下半年|前三季度)?(?:\s?的\s?|(?:’s|'s)?\s(?:mark|total|level|figure)\s(?:of\s)?)?"
                     r"(?P<v>[$€£¥]?\d[\d.,]*)?")
_YEAR_RE = lazy(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def _asked_base_year(a_text: str, c_text: str, q_text: str) -> str:
    """A question naming a year that its cite names only as a base of comparison asks that base: "base" where the
    answer is the value the base phrase gives (较2014年同期的2605亿元), "current" where it is the value of the sentence
    measured against that year (上半年卖地收入合计只有1655.64亿元,较2014年同期的…; 4,731,491 TEUs …, a 14% increase over
    the 2023 mark …), else ""."""
    q_bases = {m.start(1) for m in _YEAR_BASE_RE.finditer(q_text)}
    asked = {m[1] for m in _YEAR_RE.finditer(q_text) if m.start(1) not in q_bases}
    if len(asked) != 1:
        return ""
    year = asked.pop()
    bases = [m for m in _YEAR_BASE_RE.finditer(c_text) if m[1] == year]
    if not bases or len(bases) != sum(1 for m in _YEAR_RE.finditer(c_text) if m[1] == year):
        return ""  # (the year named anywhere else gives values of its own)
    said = parse_quantities(a_text)  # (read only now: most questions name no year the cite gives only as a base)
    if len(said) != 1 or said[0].unit in _RATE_UNITS:
        return ""
    a = said[0]
    mine = [q for q in parse_quantities(c_text) if q.value == a.value and _same_unit(a.unit, q.unit)]
    if not mine:
        return ""
    if all(any(m.start("v") == q.start for m in bases if m["v"]) for q in mine):
        # (one base value of that year: two, 较2014年同期的10890亿元 … 较2014年同期的2605亿元, are two items' bases, which the
        # year does not tell apart)
        return "base" if sum(1 for m in bases if m["v"]) == 1 else ""
    if all(any(_sentence_start(c_text, m.start()) <= q.start < m.start() and q.start >= m.start() - 120 for m in bases)
           for q in mine):
        return "current"
    return ""



# The year before named as the base of a comparison, with no value of its own (a seven per cent rise compared with the
# year before), and a question asking that year (as _as_year_before writes it: in the year before).
_YEAR_BEFORE_BASE_RE = lazy(r"(?<![a-z])(?:compared\s(?:with|to)|from|over|than|on)\s\Z", needs=("compared", "from", "over", "than", "on"))
_YEAR_BEFORE_ASKED_RE = lazy(r"(?<![a-z])in\s(?:the|a)\s(?:(?:previous|prior|preceding)\syear|year\s(?:before|earlier))(?![a-z])",
                             needs=("previous", "prior", "preceding", "before", "earlier"))


def _asked_year_before_base(answer: str, a_text: str, c_text: str, q_text: str) -> list[Mismatch]:
    """A question asking the year before of a cite that names it only as the base of a comparison (8,851 in 2016 … a
    seven per cent rise compared with the year before), answered with a level the cite gives: that level is the cite's
    own year's, another period's than the one asked (DG602)."""
    if "year" not in q_text or not (asked := _YEAR_BEFORE_ASKED_RE.search(q_text)):
        return []
    phrase = q_text[asked.start() + 3:asked.end()]
    said = [m.start() for m in re.finditer(re.escape(phrase), c_text)]
    if not said or not all(_YEAR_BEFORE_BASE_RE.search(c_text, max(0, k - 14), k) for k in said):
        return []
    quantities = parse_quantities(a_text)
    if len(quantities) != 1 or quantities[0].unit in _RATE_UNITS:
        return []
    return [Mismatch("DG602", f"answer {answer.strip()} is the value of the year the cite states; the question asks about the year "
                              f"before, which the cite gives only as the base of its comparison ({phrase})",
                     {"bound_to": answer.strip(), "selected": None})]


# A Chinese month or months-to-date span as reports name periods (12月份, 1—9月份, 1~5月份, 1-10月, 1至10月): its first
# and last month; and the comparison word before one that makes it a base (增速比5月份加快, 降幅较1-9月扩大, 相比1~5月份收窄).
_ZH_SPAN_RE = lazy(r"(?<![\d.\-—–~～])(?:(\d{1,2})\s?[-—–~～至到]\s?)?(\d{1,2})\s?月份?(?![\d日])", needs="月", starts=r"\d")
_ZH_SPAN_BASE_RE = lazy(r"(?:比|较|相比|相较于?|对比)\s?\Z")


def _zh_spans(text: str) -> list[tuple[int, int, int, bool, int]]:
    """Each month or span of months in ``text``: (first month, last month, start, named as a base, end)."""
    out = []
    for m in _ZH_SPAN_RE.finditer(text):
        last = int(m[2])
        first = int(m[1]) if m[1] else last
        if 1 <= first <= last <= 12:
            out.append((first, last, m.start(), _ZH_SPAN_BASE_RE.search(text, max(0, m.start() - 4), m.start()) is not None,
                        m.end()))
    return out


def _asked_base_span(a_text: str, c_text: str, q_text: str) -> list[Mismatch] | None:
    """A Chinese question asking of a month or span the cite names only as a base of comparison (6月份…增速比5月份加快
    5.5个百分点 asked of 5月份; 1~6月份…相比1~5月份收窄 asked of 1~5月份), or asking one month the cite gives only as the
    end of a span to date (1~6月份 asked as 6月份): the value of the answer's sentence is another period's, DG602. None
    where the cite gives a value of the period asked anywhere, or the answer is not of a sentence naming that base."""
    if "月" not in q_text or "月" not in c_text:
        return None
    asked = {(f, l) for f, l, _, based, _ in _zh_spans(q_text) if not based}
    if len(asked) != 1:
        return None
    span = asked.pop()
    spans = _zh_spans(c_text)
    if any((f, l) == span and not based for f, l, _, based, _ in spans):
        return None  # (the cite gives values of that period of its own)
    bases = [s for f, l, s, based, _ in spans if (f, l) == span]
    ends = [s for f, l, s, based, _ in spans if not based and f < l == span[1] and span[0] == span[1]]
    if not bases and not ends:
        return None
    said = parse_quantities(a_text)
    if len(said) != 1:
        return None
    mine = [q for q in parse_quantities(c_text) if q.value == said[0].value and _same_unit(q.unit, said[0].unit)]
    if not mine or any(0 <= q.start - e <= 6 for f, l, _, based, e in spans if (f, l) == span for q in mine):
        return None  # (较3月的30606.33亿美元: the base's own level, which other rules read)
    for marks, what in ((bases, "the cite names that period only as the base of a comparison"),
                        (ends, "the cite gives that month only inside a span to date")):
        starts = {_sentence_start(c_text, s) for s in marks}
        if marks and all(_sentence_start(c_text, q.start) in starts for q in mine):
            return [Mismatch("DG602", f"answer {a_text.strip()} is the value of another period; {what}",
                             {"bound_to": a_text.strip(), "selected": None})]
    return None


# Months listed before 分别 (5、6月份,利润分别增长6%和11.5%; 10月、11月…分别为): each month's value is the one at its place in
# the list of values after 分别.
_ZH_MONTH_LIST_RE = lazy(r"(?<![\d.\-—–~～])((?:\d{1,2}\s?(?:月份?)?\s?[、和及与]\s?)+\d{1,2})\s?月份?[^。;;\n]{0,24}?分别", needs="分别")
_ZH_MONTH_NUMBER_RE = lazy(r"\d{1,2}")


def _zh_month_list(a_text: str, c_text: str, q_text: str) -> list[Mismatch] | None:
    """A Chinese question naming one month of a 、 list of months before 分别: the value at that month's place in the
    values after 分别 is right ([]), another month's is that month's value (DG602). None where the question names no
    one month of the list, the values after 分别 are not as many as the months, or the answer is none of them."""
    if "分别" not in c_text or "月" not in q_text:
        return None
    asked = {(f, l) for f, l, _, based, _ in _zh_spans(q_text) if not based}
    if len(asked) != 1 or len({*asked.pop()}) != 1:
        return None
    month = next(f for f, l, _, based, _ in _zh_spans(q_text) if not based)
    said = parse_quantities(a_text)
    if len(said) != 1:
        return None
    stated = parse_quantities(c_text)
    for m in _ZH_MONTH_LIST_RE.finditer(c_text):
        months = [int(x) for x in _ZH_MONTH_NUMBER_RE.findall(m[1])]
        if month not in months:
            continue
        end = next((k for k in range(m.end(), len(c_text)) if c_text[k] in "。;;\n"), len(c_text))
        listed = [q for q in stated if m.end() <= q.start < end and (q.unit or q.counter)]
        listed = listed[:len(months)]
        if len(listed) != len(months) or len({(q.unit, q.counter) for q in listed}) != 1:
            continue
        own = listed[months.index(month)]
        if own.value == said[0].value and _same_unit(own.unit, said[0].unit):
            return []
        other = [q for q in listed if q.value == said[0].value and _same_unit(q.unit, said[0].unit)]
        if other:
            text = c_text[own.start:own.end]
            return [Mismatch("DG602", f"answer {a_text.strip()} is the value of {months[listed.index(other[0])]}月 in the "
                                      f"list; the question asks {month}月 ({text})",
                             {"bound_to": c_text[other[0].start:other[0].end], "selected": [text]})]
    return None

# The words right before a Chinese value that name what it is (成交土地总面积 of 成交土地总面积244.86公顷, 总成交金额 of
# 总成交金额为十四点四九五亿美元): from its clause's start or the value before it, less the verb that links them.
_ZH_LABEL_STOP_RE = lazy(r"[,;:。、()（）\n]")
_ZH_LABEL_VERB_RE = lazy(r"(?:为|是|达到?|约为?|共计?|合计|仅为?|只有|有|报|收报?|录得|维持在?|保持在?|高达|在|了|总计|\s)+\Z")
# The words a Chinese question asks a level by: those right before its interrogative and a linking verb (成交土地总面积
# of 成交土地总面积是多少; 新台币收盘 of 新台币收盘报多少元), and the unit it may write after it.
_ZH_LEVEL_ASKED_RE = lazy(r"([\u4e00-\u9fff]{3,}?)(?:是|为|有|达到?|约为?|约|报|收|共|合计|总计)*(?:多少|多大)"
                          r"([十百千万亿]*[^\u4e00-\u9fff\d\s?？,，。]*|[十百千万亿]*(?:元|美元|吨|亩|公顷|平方米|盎司|辆|人))?\s?[?？]?\s*\Z",
                          needs=("多少", "多大"))
# A question on a change, a rate or a comparison (比上年增长多少, 增速, 占比): read by the rules of changes and bases.
_ZH_CHANGE_OR_RATE_ASKED_RE = lazy(r"增|减|降|涨|跌|升|变|率|比|较|占|倍|幅|速")


def _zh_value_label(c_text: str, q, stated) -> str:
    """The Han words naming a Chinese cite's value: back to its clause's start or the value before it, less a linking verb."""
    lo = max([m.end() for m in _ZH_LABEL_STOP_RE.finditer(c_text, max(0, q.start - 24), q.start)]
             + [x.end for x in stated if x.end <= q.start] + [max(0, q.start - 24)])
    return "".join(han_runs(_ZH_LABEL_VERB_RE.sub("", c_text[lo:q.start])))


def _zh_label_asked(label: str, asked: str) -> int:
    """How many last Han characters a value's label shares with the words the question asks by (总面积: 3), at least 3,
    else 0."""
    n = 0
    while n < min(len(label), len(asked)) and label[-1 - n] == asked[-1 - n]:
        n += 1
    return n if n >= 3 else 0


def _zh_labelled_other_unit(a_text: str, c_text: str, q_text: str) -> list[Mismatch]:
    """Asked a level by the very words that name a value of another unit in a Chinese cite (成交土地总面积 before
    244.86公顷; 总成交金额 before 十四点四九五亿美元), an answer in a unit of its own whose own words the question writes
    fewer of (规划建筑总面积395.13万平方米, 新台币收盘收二十八点零七二元) is another measure's value (DG601): values of
    different units never compete, so nothing else tells them apart."""
    asked = _ZH_LEVEL_ASKED_RE.search(q_text)
    if not asked or not has_han(c_text) or _ZH_CHANGE_OR_RATE_ASKED_RE.search(q_text):
        return []
    said = parse_quantities(a_text)
    if len(said) != 1 or said[0].unit in _RATE_UNITS:
        return []
    a = said[0]
    stated = parse_quantities(c_text)
    mine = [q for q in stated if q.value == a.value and _same_unit(a.unit, q.unit)]
    if not mine:
        return []
    if any(c_text[q.start - 1:q.start] in ("(", "（") for q in mine):
        return []  # (a value restated in brackets, 68285万吨(13657亿斤), is the value it restates in another unit)
    # (a level the question may ask has a unit of measure: a share, 占…17.9%, or an ordinal, 首度, answers no level)
    fit = {id(q): _zh_label_asked(_zh_value_label(c_text, q, stated), asked[1]) for q in stated
           if c_text[q.start - 1:q.start] not in ("(", "（") and q.unit and q.unit not in _RATE_UNITS and not q.ordinal}
    best = max(fit.values(), default=0)
    named = [q for q in stated if fit.get(id(q)) == best]
    if not best or any(q in mine or _same_unit(a.unit, q.unit) and a.counter == q.counter for q in named) \
            or len({(q.unit, q.counter) for q in named}) != 1 or max(fit.get(id(q), 0) for q in mine) >= best:
        return []
    v, sel = _quantity_values(c_text, mine[0], named)
    label = _zh_value_label(c_text, named[0], stated)
    return [Mismatch("DG601", f"answer {a_text.strip()} is another measure's value; the question's words "
                              f"'{label[-best:]}' name {', '.join(x.text for x in sel)}", _data(v, sel))]


# An English value's metric written just before it: "at an all-in sustaining cost of $2551/oz", "a head grade of
# 1.05g/t", "costs (AISC) were US$1,882 per ounce", "its mining rate averaged 51,500 tonnes": up to four words before
# of/averaged/totalled, or was/were after a name in brackets, after an article or "at"/"with" (not a subject before a
# plain "was": "the project was £400m over budget and five years late" names no metric of the £400m).
_EN_METRIC_BEFORE_RE = lazy(r"(?<![a-z])(?P<m>[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,3})(?:\s(?:of|averaged|totalled|totaled)|\s\([^()]{1,12}\)\s(?:were|was|of))\s(?:about\s|around\s|approximately\s|nearly\s|some\s)?"
                            r"(?:a\s|an\s)?(?:us|a|c|au)?[$€£]?\Z")
_EN_METRIC_LEAD_RE = lazy(r"^(?:.*\s)?(?:at|with|and|its|their|the|a|an|of|while|whereas)\s")


def _en_metric_words(c_text: str, q) -> frozenset[str]:
    """The words of the metric an English cite writes just before ``q`` (head grade), stemmed; empty if none."""
    m = _EN_METRIC_BEFORE_RE.search(c_text, max(0, q.start - 60), q.start)
    if not m:
        return frozenset()
    phrase = _EN_METRIC_LEAD_RE.sub("", m["m"])
    return frozenset(_stem(w) for w in re.split(r"[\s-]+", phrase) if len(w) > 1 and w not in STOP_WORDS)


def _en_labelled_other_unit(a_text: str, c_text: str, q_text: str) -> list[Mismatch]:
    """Asked a level by the metric an English cite writes just before a value of another unit ("what was the head
    grade" beside "at a head grade of 1.05g/t"), an answer in a unit of its own whose metric the question does not name
    (2.3MT; "with metallurgical recovery of 91.4 per cent") is another measure's value (DG601): values of different
    units never compete, so nothing else tells them apart. The English twin of ``_zh_labelled_other_unit``."""
    if has_han(q_text) or has_han(c_text) or not (_EN_PLAIN_ASKED_RE.match(q_text) or _EN_LEVEL_ASKED_RE.search(q_text)) \
            or _EN_CHANGE_ASKED_RE.search(q_text):
        return []
    said = parse_quantities(a_text)
    if len(said) != 1:
        return []
    a = said[0]
    stated = parse_quantities(c_text)
    mine = [q for q in stated if q.value == a.value and _same_unit(a.unit, q.unit)]
    if not mine or any(c_text[q.start - 1:q.start] == "(" for q in mine):
        return []  # (a value restated in brackets, 70.60 inches (179.3 cm), is the value it restates in another unit)
    asked = frozenset(_stem(w) for w in re.split(r"[^a-z0-9]+", q_text) if w)
    own = (a_text[a.end:].split() or c_text[mine[0].end:].split())[:1]
    if own and _stem(own[0].strip(",.;:")) in asked:
        return []  # (the question names the answer's own unit or counted noun: how many seconds, consecutive days)

    def named(q) -> bool:  # (a metric of two words or more, of a value with a unit: not "owners of two")
        words = _en_metric_words(c_text, q) if q.unit else ()
        return len(words) > 1 and words <= asked

    if any(named(q) for q in mine):
        return []
    others = [q for q in stated if q not in mine and named(q)]
    if not others or len({q.unit for q in others}) != 1 or any(_same_unit(a.unit, q.unit) for q in others):
        return []
    v, sel = _quantity_values(c_text, mine[0], others)
    words = " ".join(sorted(_en_metric_words(c_text, others[0])))
    return [Mismatch("DG601", f"answer {a_text.strip()} is another measure's value; the question's words "
                              f"'{words}' name {', '.join(x.text for x in sel)}", _data(v, sel))]


_CHANGE_ASKED_RE = lazy(r"(?:比|较|同比|环比|相比)[^,;。?]{0,12}?(?:增长|下降|增加|减少|上升|提高|降低|回落|回升)了?多少", needs='多少')


def _level_for_change(a_text: str, c_text: str, q_text: str) -> list[Mismatch]:
    """Asked how much an item changed against a base (比上年增长了多少), a level in another measure (突破了
    70万亿元, no direction word before it) is another metric's value where the cite states the change."""

    if not _CHANGE_ASKED_RE.search(q_text):
        return []
    said = parse_quantities(a_text)
    if not said:
        return []
    a = said[0]

    def change(q) -> bool:
        return _direction(c_text[max(0, q.start - 6):q.start]) is not None

    stated = parse_quantities(c_text)
    mine = [q for q in stated if q.value == a.value and _same_unit(a.unit, q.unit)]
    changes = [q for q in stated if change(q)]
    if not mine or any(change(q) for q in mine) or not changes or any(_same_unit(a.unit, q.unit) for q in changes):
        return []
    v, sel = _quantity_values(c_text, mine[0], changes)
    return [Mismatch("DG601", f"answer {a_text.strip()} is a level in the cite; the question asks how much it changed "
                              f"({', '.join(x.text for x in sel)})", _data(v, sel))]


# English: asked by how much an item moved (by what percentage did it rise, by about how much, by how many), the
# level it moved to (to a record 14.61 cents) is another measure; asked the level it reached (to what record, how
# many passengers), the change in percent is (rose about 4 percent; a 0.7 percent decrease).
_EN_CHANGE_ASKED_RE = lazy(r"(?<![a-z])by\s(?:about\s|roughly\s|approximately\s|nearly\s)?(?:how\s(?:much|many)|what(?:\s[a-z]+)?\s(?:percent(?:age)?|"
                           r"amount|margin|rate|share))(?![a-z])", needs="by")
_EN_LEVEL_ASKED_RE = lazy(r"(?<![a-z])to\s(?:what|which)\s(?:[a-z-]+\s){0,2}?(?:record|level|high|low|peak|total|value|amount|rate|price|figure|mark|sum|size|number|point)s?(?![a-z])"
                          r"|(?<![a-z])(?<!by\s)how\smany\s(?!more|fewer|less|additional|extra|times)", needs=("to", "how"))
_EN_CHANGE_BEFORE_RE = lazy(r"(?<![a-z])(?:rose|rise|rises|risen|increased?|increases|grew|grow|grows|gained?|gains|climbed|jumped|"
                            r"fell|fall|falls|fallen|decreased?|decreases|declined?|declines|dropped|slipped|up|down|blew out|blown out)"
                            r"(?:\s(?:in|on|at|over|during|for)\s[a-z0-9 .]{1,20}?)?(?:\sby)?(?:\san?(?:\sestimated)?)?"
                            # (not after "to", where the level reached stands: jumped over 9 percent to more than $50)
                            r"(?<!\sto)\s\Z"
                            # a verb of change with its object before "by" (reduced its workforce by 4%, raised the price by)
                            r"|(?<![a-z])(?:reduced?|reduces|cut|cuts|raised?|raises|increased?|increases|decreased?|decreases|lowered?"
                            r"|lowers|boosted?|boosts|trimmed?|trims|slashed?|slashes|shrank|shrunk|expanded?|expands)\s(?:its|their|the|his|her"
                            r"|our|your)\s(?:[a-z-]+\s){1,3}by\s\Z"
                            # a noun of change and "of" (saw an overall increase of 315,000 rides, a drop of 4%)
                            r"|(?<![a-z])(?:increases?|rises?|gains?|growth|jumps?|decreases?|declines?|drops?|falls?|dips?|losses?)"
                            r"\sof\s(?:about\s|nearly\s|almost\s|roughly\s|some\s|more\sthan\s|over\s)?\Z",
                            starts=r"(?<![a-z])[bcdefgijlrstu]")  # (each verb's or noun's first letter)


# A comparative after a value and its base (7pc higher on the quarter, 5 percent lower than a year earlier): a change.
_COMPARATIVE_AFTER_RE = lazy(r"(?:\s?(?:pc|%|percent|per\scent))?\s(?:higher|lower|up|down)\s(?:on|than|from|over|against|compared)(?![a-z])")


_OR_BEFORE_RE = lazy(r",?\s(?:or|and)\s(?:about\s|roughly\s|nearly\s)?\Z", needs=("or", "and"))


def _en_change(c_text: str, q, stated=()) -> bool:
    """Whether ``q`` is a change: after a direction verb, before a change noun, or restated (rose $7 billion or 2.6%)."""
    if _EN_CHANGE_BEFORE_RE.search(c_text, max(0, q.start - 40), q.start) or _CHANGE_NOUN_AFTER_RE.match(c_text, q.end) \
            or _COMPARATIVE_AFTER_RE.match(c_text, q.end):
        return True
    after = [p for p in stated if p.start >= q.end]  # (a 6 cent or 11% increase: the noun after the second is both's)
    if after and _WHOLE_RANGE_LINK_RE.fullmatch(c_text, q.end, after[0].start) and _en_change(c_text, after[0]):
        return True  # (a range's lower end is what its upper is: 1 to 2 percent higher than)
    if after and _OR_BEFORE_RESTATED_RE.fullmatch(c_text, q.end, after[0].start) and _CHANGE_NOUN_AFTER_RE.match(c_text, after[0].end):
        return True
    prev = [p for p in stated if p.end <= q.start]
    return bool(prev) and _OR_BEFORE_RE.search(c_text, prev[-1].end, q.start) is not None \
        and _OR_BEFORE_RE.search(c_text, prev[-1].end, q.start).start() == prev[-1].end and _en_change(c_text, prev[-1])


_PERCENT_ASKED_RE = lazy(r"(?<![a-z])percent(?:age)?(?![a-z])", needs="percent")


# An English question plainly asking a level: "how much" or "what was/did …" with no word of a change, a comparison or a
# direction anywhere in it (How much gold did the miner produce; What did its mining rate average; What was the price).
_EN_PLAIN_ASKED_RE = lazy(r"\s*(?:how\smuch|what\s(?:was|were|is|are|did|does|do|will))(?![a-z])", needs=("how", "what"))
_EN_NOT_PLAIN_RE = lazy(r"(?<![a-z])(?:by|chang\w*|increas\w*|decreas\w*|grow\w*|grew|rise|rises|rose|risen|fall|falls|fell|fallen"
                        r"|drop\w*|declin\w*|gain\w*|jump\w*|climb\w*|slip\w*|up|down|higher|lower|more|less|fewer|compar\w*"
                        r"|differ\w*|gap|margin|than|move\w*|swing|shift\w*|percent(?:age)?|rate of|share|proportion|record|ratio)(?![a-z])")


def _en_measure_of_change(a_text: str, c_text: str, q_text: str) -> list[Mismatch]:
    """Asked a change, a level in another unit; asked a level, a change in another unit: another measure (DG601)."""

    asks_change = _EN_CHANGE_ASKED_RE.search(q_text) is not None
    if not asks_change and not _EN_LEVEL_ASKED_RE.search(q_text) and not (
            not has_han(q_text) and _EN_PLAIN_ASKED_RE.match(q_text) and not _EN_NOT_PLAIN_RE.search(q_text)):
        return []
    said = parse_quantities(a_text)
    if not said:
        return []
    a = said[0]
    if asks_change and a.unit == "%" and _PERCENT_ASKED_RE.search(q_text):
        return []  # (asked by what percentage, an answer in percent is in the measure asked)
    stated = parse_quantities(c_text)
    mine = [q for q in stated if q.value == a.value and _same_unit(a.unit, q.unit)]
    # (the kind the question asks: a change, else a level)
    wanted = [q for q in stated if _en_change(c_text, q, stated) == asks_change]
    if not mine or any(_en_change(c_text, q, stated) == asks_change for q in mine) or not wanted \
            or any(_same_unit(a.unit, q.unit) for q in wanted):
        return []
    v, sel = _quantity_values(c_text, mine[0], wanted)
    what = ("a level in the cite; the question asks how much it changed" if asks_change
            else "a change in the cite; the question asks the level")
    return [Mismatch("DG601", f"answer {a_text.strip()} is {what} ({', '.join(x.text for x in sel)})", _data(v, sel))]


# A rate and its move (growth slows to 2.6 percent, 0.3 percentage point below previous forecasts): the move of a rate is
# in percentage points, the rate itself in percent. Asked the rate (what growth did the Bank project, to what did it
# revise it) with no word of a move, an answer in points is the move (DG601); asked by how much it moved or how far
# below, an answer in percent the cite gives as a level is the rate.
_RATE_MOVE_ASKED_RE = lazy(r"(?<![a-z])(?:how\s(?:much|many|far)|by\swhat|chang\w*|compar\w*|differ\w*|revision|gap"
                           r"|margin|points?|improvement|deterioration|acceleration|slowdown|deceleration)(?![a-z])")
_MAGNITUDE_ASKED_RE = lazy(r"(?<![a-z])(?:how\s(?:much|far|many\s(?:percentage\s)?points?)|by\swhat)(?![a-z])", needs=("how", "by"))
_GAP_WORD_RE = lazy(r"(?<![a-z])(?:below|above|under|over|lower|higher|down|up|less|more|revis\w*|cut)(?![a-z])")
_GROW_VERB_RE = lazy(r"(?<![a-z])(?:grow|grows|grew|grown|growing|growth)(?![a-z])", needs=("grow", "grew"))


def _points_or_rate(a_text: str, c_text: str, q_text: str) -> list[Mismatch]:
    if has_han(q_text):
        return []
    said = parse_quantities(a_text)
    if not said or said[0].unit not in ("pp", "%"):
        return []
    a = said[0]
    moved = _RATE_MOVE_ASKED_RE.search(q_text) is not None or _asked_direction(q_text, metric=True) is not None \
        or _side(q_text) is not None
    # (asked how far a rate moved: a magnitude of a side, a revision or a move other than the growth it measures)
    gap = _MAGNITUDE_ASKED_RE.search(q_text) is not None and (_GAP_WORD_RE.search(q_text) is not None or any(
        cls == "direction" and not _GROW_VERB_RE.fullmatch(q_text, a, b) for a, b, cls, _ in _table_terms(q_text)))
    if a.unit == "pp" and moved or a.unit == "%" and (not gap or _direction(a_text) is not None):
        return []
    stated = parse_quantities(c_text)
    mine = [q for q in stated if q.value == a.value and q.unit == a.unit]
    wanted = [q for q in stated if q.unit == ("%" if a.unit == "pp" else "pp")]
    if not mine or not wanted or a.unit == "%" and any(_en_change(c_text, q, stated) for q in mine):
        return []
    v, sel = _quantity_values(c_text, mine[0], wanted)
    what = ("a rate's move in percentage points; the question asks the rate" if a.unit == "pp"
            else "the rate itself; the question asks how far it moved")
    return [Mismatch("DG601", f"answer {a_text.strip()} is {what} ({', '.join(x.text for x in sel)})", _data(v, sel))]


# A Chinese question asking a growth (利润总额同比增长多少) or a rate's level (营业收入利润率是多少) with no word of how a
# rate moved: no 百分点, no turn of a rate (加快, 回落, 收窄…), no base after 比/较 but the same period's (比上年同期), no gap
# (快于, 高于) or pull (拉动). A rate named with a change (利润率下降多少) may move in points, so it is left to the others.
_ZH_RATE_MOVE_WORDS_RE = lazy(r"百分点|加快|加速|回落|放缓|减缓|收窄|扩大|缩小|回升|提高|提升|降低|下滑|上升|快于|慢于|高于|低于|拉动|贡献|影响"
                              r"|变化|变动|(?<![同环])(?:比|较)(?!(?:上年|去年)(?:同期|[增下减])|例|重|率)")
_ZH_RATE_NOUN_RE = lazy(r"率|比重|占比|份额|增速|增幅|降幅|涨幅|跌幅")
_ZH_GROWTH_ASKED_RE = lazy(r"增长|下降|增加|减少|上涨|下跌")
_ZH_ANY_MOVE_RE = lazy(r"[增减降升涨跌]")  # (a rate named with any move, 失业率月减多少, may move in points)


def _zh_points_or_rate(a_text: str, c_text: str, q_text: str) -> list[Mismatch]:
    """Asked a growth or a rate's level in Chinese, an answer in 个百分点 is how a rate moved (较2012年回升6.9个百分点, 同比
    提高0.02个百分点), another metric (DG601) where the cite gives the rate itself in %."""
    if "个百分点" not in c_text or not has_han(q_text) or _ZH_RATE_MOVE_WORDS_RE.search(q_text):
        return []
    noun, growth = _ZH_RATE_NOUN_RE.search(q_text), _ZH_GROWTH_ASKED_RE.search(q_text)
    if noun and _ZH_ANY_MOVE_RE.search(q_text) or not noun and not growth:
        return []
    said = parse_quantities(a_text)
    if len(said) != 1 or said[0].unit != "pp":
        return []
    stated = parse_quantities(c_text)
    mine = [q for q in stated if q.value == said[0].value and q.unit == "pp"]
    wanted = [q for q in stated if q.unit == "%"]
    if not mine or not wanted:
        return []
    v, sel = _quantity_values(c_text, mine[0], wanted)
    return [Mismatch("DG601", f"answer {a_text.strip()} is a rate's move in percentage points; the question asks the "
                              f"{'rate' if noun else 'growth'} ({', '.join(x.text for x in sel)})", _data(v, sel))]

# How a Chinese rate turned, in 个百分点 (增速比11月份回落3.7个百分点, 降幅较1-9月扩大0.7个百分点, 降幅…分别收窄1.6、1.3和
# 0.3个百分点): its pace (加快 against 回落, 放缓, 减缓), a fall's width (扩大 against 收窄, 缩小) or a rate's level (提高
# against 降低). A question's turn verb against the verb before the answer's value is DG604 where both are of one kind.
_ZH_TURNS = {"加快": ("pace", "up"), "加速": ("pace", "up"), "回升": ("pace", "up"), "回落": ("pace", "down"),
             "放缓": ("pace", "down"), "减缓": ("pace", "down"), "扩大": ("width", "up"), "收窄": ("width", "down"),
             "缩小": ("width", "down"), "提高": ("pace", "up"), "提升": ("pace", "up"), "降低": ("pace", "down")}
_ZH_TURN_RE = lazy("|".join(_ZH_TURNS), needs=tuple(_ZH_TURNS))
_ZH_TURN_TO_VALUE_RE = lazy(r"(?:了|分别|\s|\d+(?:\.\d+)?个?|[、和及]|个百分点)*\Z")
_ZH_TURN_ASKED_RE = lazy(r"(" + "|".join(_ZH_TURNS) + r")了?\s?(?:多少|几)", needs=tuple(_ZH_TURNS))


def _zh_turn_direction(a_text: str, c_text: str, q_text: str) -> list[Mismatch]:
    """Asked how much a Chinese rate turned one way (增速比11月份加快多少个百分点), an answer in points that the cite gives
    as the turn the other way (回落3.7个百分点) says the opposite (DG604)."""
    asked = _ZH_TURN_ASKED_RE.search(q_text) if "百分点" in c_text else None
    if not asked:
        return []
    said = parse_quantities(a_text)
    if len(said) != 1 or said[0].unit != "pp":
        return []
    mine = [q for q in parse_quantities(c_text) if q.value == said[0].value and q.unit == "pp"]
    turns = set()
    for q in mine:
        lo = max(0, q.start - 30)
        verbs = [m for m in _ZH_TURN_RE.finditer(c_text, lo, q.start) if _ZH_TURN_TO_VALUE_RE.match(c_text, m.end(), q.start)]
        if not verbs:
            return []
        turns.add((verbs[-1][0], _ZH_TURNS[verbs[-1][0]]))
    if len(turns) != 1:
        return []
    word, (kind, stated) = turns.pop()
    q_kind, said_dir = _ZH_TURNS[asked[1]]
    if q_kind != kind or said_dir == stated:
        return []
    text = c_text[mine[0].start:mine[0].end]
    return [Mismatch("DG604", f"the question says the rate {asked[1]}, but in the cite it {word} {text}",
                     {"bound_to": text, "selected": text, "direction": {"said": said_dir, "cite": stated},
                      "direction_from": "question"})]

# English "rise" and "raise": asked how much a company rose (did McDonald's rise, with no object), the change it made to
# something else (raised its dividend by 10.1%) is that object's, another item, where the cite also states a change of
# an intransitive verb (shares rose 4.2%).
_SUBJECT_MOVED_ASKED_RE = lazy(r"(?<![a-z])(?:did|does|do|has|have|had|will|would)\s(?:[a-z0-9.&'-]+\s){1,5}?(?:rise|fall|climb|drop"
                               r"|slide|slip|jump|sink|soar|surge|plunge|tumble|rally|decline)(?![a-z])"
                               r"(?!\s(?:its|their|the|an?|his|her|our)\s)", needs=("did", "does", "do", "has", "have", "had", "will", "would"))
_OBJECT_RAISED_BEFORE_RE = lazy(r"(?<![a-z])(?:raised|raises|raise|raising|lowered|lowers|lower|lowering|hiked|hikes|hike|boosted|"
                                r"boosts|boost|slashed|slashes)\s(?:its|their|the|his|her|our)\s(?:[a-z'-]+\s){0,3}?by\s"
                                r"(?:an?\s(?:[a-z-]+\s){1,2}?)?\Z")


def _moved_object(a_text: str, c_text: str, q_text: str) -> list[Mismatch]:
    """Asked how much a subject rose or fell, a change its subject made to an object (raised its dividend by 10.1%)
    is the object's change, another item (DG601), where the cite states an intransitive change too."""

    if not _SUBJECT_MOVED_ASKED_RE.search(q_text):
        return []
    said = parse_quantities(a_text)
    if not said:
        return []
    a = said[0]
    stated = parse_quantities(c_text)
    mine = [q for q in stated if q.value == a.value and _same_unit(a.unit, q.unit)]
    if not mine or not all(_OBJECT_RAISED_BEFORE_RE.search(c_text, max(0, q.start - 60), q.start) for q in mine):
        return []
    own = [q for q in stated if _same_unit(a.unit, q.unit) and q not in mine
           and _EN_CHANGE_BEFORE_RE.search(c_text, max(0, q.start - 40), q.start)]
    if not own:
        return []
    v, sel = _quantity_values(c_text, mine[0], own)
    return [Mismatch("DG601", f"answer {a_text.strip()} is the change of what the subject raised or lowered; the question "
                              f"asks how much the subject itself moved ({', '.join(x.text for x in sel)})", _data(v, sel))]


# How much a rate itself moved: 降幅比1-6月份收窄了多少, 增速加快了多少个百分点.
_RATE_MOVE_QUESTION_RE = lazy(r"(?:降幅|增幅|增速|涨幅|跌幅|增长率|比重|占比)[^?,]{0,16}?(?:收窄|扩大|加快|放缓|回落|提高|下降|上升|回升)了?多少"
                              r"|多少个百分点", needs=('升', '快', '扩', '提高', '百', '窄', '缓', '落', '降'))


def _change_for_gap(a_text: str, c_text: str, q_text: str) -> list[Mismatch]:
    """Asked how much a rate moved (降幅收窄了多少), the item's change itself in percent (下降0.4%) is
    another metric's value where the cite states the move in percentage points (收窄0.9个百分点)."""

    if not _RATE_MOVE_QUESTION_RE.search(q_text):
        return []
    said = parse_quantities(a_text)
    if not said or said[0].unit != "%":
        return []
    stated = parse_quantities(c_text)
    points = [q for q in stated if q.unit == "pp"]
    mine = [q for q in stated if q.value == said[0].value and q.unit == "%"]
    if not points or not mine:
        return []
    v = Value(mine[0].start, mine[0].end, c_text[mine[0].start:mine[0].end], (mine[0].value, "%"))
    sel = [Value(q.start, q.end, c_text[q.start:q.end], (q.value, "pp")) for q in points]
    return [Mismatch("DG601", f"answer {a_text.strip()} is the change itself; the question asks how much the rate moved "
                              f"({', '.join(x.text for x in sel)})", _data(v, sel))]


# A gap against something else (快于规模以上工业5.0个百分点, 2 points higher than): what it is measured
# against is in its clause, before it in Chinese, after it in English.
_GAP_BEFORE_RE = lazy(r"(?:快于|慢于|高于|低于|多于|少于|超过|领先)[^,;。]{0,20}\Z")
_GAP_AFTER_RE = lazy(r"\s?(?:percentage\s)?points?\s(?:higher|lower|faster|slower|more|less|above|below)(?:\sthan)?(?![a-z])")
_GAP_QUESTION_RE = lazy(r"快于|慢于|高于|低于|多于|少于|超过|领先|差距|百分点|(?<![a-z])(?:than|gap|points?|faster|slower)(?![a-z])|(?<![同环])比(?![例重率])")


def _gap_for_change(a_text: str, c_text: str, q_text: str) -> list[Mismatch]:
    """Asked how an item changed, an answer that is its gap against another item (快于规模以上工业5.0个百分点),
    where the cite states the change itself (增长9.8%), is another metric's value."""

    if _direction(q_text) is None or _GAP_QUESTION_RE.search(q_text):
        return []
    said = parse_quantities(a_text)
    if not said or said[0].unit != "pp":
        return []
    a = said[0]
    stated = parse_quantities(c_text)
    mine = [q for q in stated if q.value == a.value and _same_unit(a.unit, q.unit)]
    if not mine or not all(_GAP_BEFORE_RE.search(c_text, max(0, q.start - 24), q.start) or _GAP_AFTER_RE.match(c_text, q.end)
                           for q in mine):
        return []
    changes = [q for q in stated if q.unit == "%" and _direction(c_text[max(0, q.start - 8):q.start] + " ")]
    if not changes:
        return []
    sel = [Value(q.start, q.end, c_text[q.start:q.end], (q.value, "%")) for q in changes]
    v = Value(mine[0].start, mine[0].end, c_text[mine[0].start:mine[0].end], (a.value, "pp"))
    return [Mismatch("DG601", f"answer {a_text.strip()} is a gap against another item in the cite; the question asks "
                              f"how the item itself changed ({', '.join(x.text for x in sel)})", _data(v, sel))]


_PER_SHARE_QUESTION_RE = lazy(r"(?<![a-z])(?:per (?:diluted |basic )?share|a share(?![\s-](?:repurchase|buyback))|eps|earnings per share"
                              r"|dividends? per share)(?![a-z-])|每股")
# Metrics that are totals, never a per-share amount.
_TOTAL_QUESTION_RE = lazy(r"(?<![a-z])(?:net income|net profit|net loss|revenues?|sales|interest expense|expenses|"
                          r"operating income|operating profit|cash flow|debt|capital expenditures?"
                          # (a deal's value, a buyback program's size, funds from operations: totals too)
                          r"|valued?|(?:repurchase|buyback) program|a?ffo|funds from operations)(?![a-z])"
                          r"|净利润|营收|营业收入|营业额|利息支出")
# Words after an amount that make it one per share ($0.98 on a per share basis, $1.50 a share).
_PER_SHARE_AFTER_RE = lazy(r"\s?(?:on\sa\sper[\s-]share\sbasis|per\s(?:diluted\s|basic\s)?share|a\sshare)(?![a-z])",
                           needs=("share",))


def _per_share(a_text: str, c_text: str, q_text: str) -> list[Mismatch]:
    """A per-share amount and a total are different metrics: asked per share, a total of the cite is
    not the answer ($30.8 million of net income beside $0.21 per diluted share), nor, asked for a
    total (net income, interest expense), a per-share amount ($15 per share beside $83.8 million)."""

    per_share = _PER_SHARE_QUESTION_RE.search(q_text) is not None
    if not per_share and not _TOTAL_QUESTION_RE.search(q_text):
        return []
    said = parse_quantities(a_text)
    if not said or not said[0].unit:
        return []
    a = said[0]
    stated = parse_quantities(c_text)
    mine = [q for q in stated if q.value == a.value and _same_unit(a.unit, q.unit)]
    if not mine:
        return []

    def share(q) -> bool | None:  # per share, a total, or (a bare small amount: $1.35 expected) either
        if (q.unit or "").endswith("/share") or _PER_SHARE_AFTER_RE.match(c_text, q.end):
            return True
        return False if q.value >= _TOTAL else None

    currency = (mine[0].unit or "").removesuffix("/share")
    wanted = [q for q in stated if (q.unit or "").removesuffix("/share") == currency and share(q) is per_share]
    if not wanted or any(share(q) in (per_share, None) for q in mine):
        return []
    sel = wanted[0]
    what = "a total" if per_share else "a per-share amount"
    asks = "a per-share amount" if per_share else "a total"
    v = Value(mine[0].start, mine[0].end, c_text[mine[0].start:mine[0].end], (a.value, currency))
    w = Value(sel.start, sel.end, c_text[sel.start:sel.end], (sel.value, currency))
    return [Mismatch("DG601", f"answer {a_text.strip()} is {what} in the cite; the question asks for {asks} ({w.text})",
                     _data(v, [w]))]


def _bound(a_text: str, c_text: str, q_text: str, values: list[Value], mine: list[Value]) -> list[Value]:
    """The answer's values in the cite, bound: with the others of its kind, or alone when it has none."""
    if values:
        bind(c_text, values, q_text)
        return mine

    qs = parse_quantities(a_text)
    if not qs:
        return []
    mine = [Value(q.start, q.end, c_text[q.start:q.end], q.value) for q in parse_quantities(c_text)
            if q.value == qs[0].value and _same_unit(qs[0].unit, q.unit)]
    return bind(c_text, mine, q_text) if mine else []


# A question in the future tense asks for what is expected (How much will the mission cost?).
_FUTURE_QUESTION_RE = lazy(rf"(?<![a-z])(?:{forecast_words('modal', 'shall')})(?![a-z])|将会|可望"
                           # (将 right before a verb of change is the future, 将减少, 将累计削减; 将 before a noun is
                           # no tense, 将X上修至; and 可 before one, with what it benefits, 每年可为政府增加, what is expected)
                           r"|将(?:再|进一步)?(?:减少|增加|下降|上升|增长|节省|带来|耗费|持续)"
                           # (未来 asks what is yet to come: 未来不会再有规模超过多少的余震; so do words judging what may come)
                           r"|未来|研判|不排除|恐怕"
                           r"|可(?:为[^,;。?]{1,6})?(?:减少|增加|节省|带来)",
                           needs=('shall', 'to', 'will', 'would', "'ll", '将', '望', '可', '未来', '研判', '不排除', '恐怕'))  # (not 将 alone: 将X上修至)


# A date in a clause that foresees its event (is expected to confirm the plan Thursday; if the deal closes in August,
# as officials predict): the date of what is foreseen, not of what happened.
_FORESEEING_RE = lazy(rf"(?<![a-z])(?:{forecast_words('modal')}|(?:is|are|was|were)\s(?:expected|scheduled|due|set|slated)\sto)\s",
                      needs=("will", "would", "'ll", "expected", "scheduled", "due", "set", "slated"))
_PAST_QUESTION_RE = lazy(r"(?<![a-z])did\s", needs="did")


# A relative clause with a past verb of its own (that Andrew Luck received, which the club paid, who won): what it
# says happened, whatever the clause it hangs on foresees (… will eclipse the record of $87 million that X received
# in June 2016).
_PAST_RELATIVE_RE = lazy(r"(?<![a-z])(?:that|which|who|whom)\s(?:(?!(?:will|would|shall|could|may|might|can|is|are|be|to)\s)"
                         r"[a-z.'-]+\s){0,4}?(?:[a-z]{2,}ed|" + "|".join(sorted(_IRREGULAR)) + r")(?![a-z])",
                         needs=("that", "which", "who"))


def _foreseen_before(c_text: str, lo: int, at: int) -> bool:
    """Whether a word of foreseeing governs the place ``at`` from ``lo`` on, with no past relative clause between."""
    marks = list(_FORESEEING_RE.finditer(c_text, lo, at))
    return bool(marks) and not _PAST_RELATIVE_RE.search(c_text, marks[-1].end(), at)


def _foreseen_date(a_text: str, c_text: str, q_text: str, mine: list[Value]) -> list[Mismatch]:
    """Asked on what day something happened (did …), an answer whose every date the cite only foresees is DG603."""
    if not mine or not _PAST_QUESTION_RE.search(q_text) or _asks_forecast(q_text):
        return []
    if not all(_foreseen_before(c_text, max(_sentence_start(c_text, v.start), c_text.rfind(",", 0, v.start)), v.start)
               or _HEDGE_RE.search(c_text, v.end, _sentence_end(c_text, v.end)) for v in mine):
        return []
    v = mine[0]
    return [Mismatch("DG603", f"answer {a_text.strip()} is the date the cite foresees ({v.text}); the question asks when it "
                              "happened, and the cite says only when it is expected", _data(v, []))]


# A question naming a projection (推估) or the revision of a forecast (上修至, 下修到) asks for the forecast, not what
# happened (央行将明年经济成长率上修至多少): the cite's revision verbs are directions, so the question's are read here.
# (Not 估值: an estimate stated as a figure of its own, against a forecast beside it, is what the question names.)
_ESTIMATE_ASKED_RE = lazy(r"推估|[上下]修(?:至|到|为)", needs=("推估", "修"))


# A verb of foreseeing the question asks with do-support (what growth did the Bank project for 2020; at what rate does
# the Fund predict …) asks what the subject foresees; "project" after an article or a possessive is the noun (what did
# the project cost), and the verb's forms the table of forecast words holds (expect, forecast) are read there.
_FORESEE_ASKED_RE = lazy(rf"(?<![a-z])(?:do|does|did|will|would)\s(?:[^?.;,]*?\s)?"
                         rf"(?:{forecast_words(verbs=('project', 'predict'))})(?![a-z])", needs=("project", "predict"))


@lru_cache(maxsize=1024)  # (read several times a card: each rule reads its own)
def _asks_forecast(q_text: str) -> bool:
    return _FUTURE_QUESTION_RE.search(q_text) is not None or _PLEDGE_RE.search(q_text) is not None \
        or _ESTIMATE_ASKED_RE.search(q_text) is not None or _FORESEE_ASKED_RE.search(q_text) is not None or any(
        cls == "forecast" and ident == "forecast" for _, _, cls, ident in _table_terms(q_text))


# A comparative written as a noun's adjective (the lower target, a higher rate) names a thing, not the move asked.
_ATTRIBUTIVE_RE = lazy(r"(?<![a-z])(?:the|a|an|its|their|this|that)\s\Z", needs=("the", "a", "an", "its", "their", "this", "that"))
_ATTRIBUTIVE_WORDS = frozenset({"higher", "lower"})


# "growth" in a question names the metric asked (what global growth did the Bank project; by how much was the projection
# of growth below …), not a rise: the rate and its revision may each go either way.
_METRIC_DIRECTION_WORDS = frozenset({"growth"})
# So does a Chinese word of growth before the noun of a forecast or goal it names (GDP成长预测下修至多少, 增长目标): the
# forecast's own revision word after it is the direction asked.
_GROWTH_METRIC_RE = lazy(r"(?:成长|增长)(?=预测|预估|目标|展望)", needs=("成长", "增长"))
# A comparison fronted as a clause of its own (相较上修后2023年CPI年增率,…缩减多少): the direction words inside it describe
# the base the question compares with, not the change it asks.
_FRONTED_COMPARISON_RE = lazy(r"(?:^|(?<=[,;:]))\s?(?:相较于?|相比于?|较之)[^,;:。?]{1,40}[,;:]", needs=("相较", "相比", "较之"))


def _names_metric_or_base(q_text: str, a: int, b: int) -> bool:
    """Whether the direction word at ``a``-``b`` of a question names a metric (成长预测) or sits in a fronted comparison
    (相较上修后…,), so that it is no direction of the change asked."""
    if _GROWTH_METRIC_RE.match(q_text, a):
        return True
    return any(m.start() <= a and b <= m.end() for m in _FRONTED_COMPARISON_RE.finditer(q_text))


def _asked_direction(q_text: str, metric: bool = False) -> str | None:
    """The question's direction word, less a comparative adjective before a noun (did the lower target increase …) and
    (``metric``: for the direction the answer's value must have) a metric named by a word of motion (growth)."""
    said = _direction(q_text)
    terms = [(a, b, ident) for a, b, cls, ident in _table_terms(q_text) if cls == "direction"]

    def named(a: int, b: int) -> bool:
        return metric and q_text[a:b].strip() in _METRIC_DIRECTION_WORDS or q_text[a:b].strip() in _ATTRIBUTIVE_WORDS \
            and _ATTRIBUTIVE_RE.search(q_text, max(0, a - 6), a) is not None or _names_metric_or_base(q_text, a, b)

    if said is None or not terms or terms[0][2] != said or not named(terms[0][0], terms[0][1]):
        return said
    rest = [ident for a, b, ident in terms[1:] if not named(a, b)]
    return rest[0] if rest else None


# A level asked as the one a move reached ("to what range did it raise/cut its guidance"); the earlier estimate after
# the level is read as `_earlier_estimate` reads it (its comparing words, then "previous estimate of" or "previously").
_TO_WHAT_ASKED_RE = lazy(r"(?<![a-z])to\s(?:what|which)(?![a-z])", needs="to")


def _revised_the_other_way(a_text: str, c_text: str, q_text: str) -> list[Mismatch]:
    """Asked to what level (or range) an estimate was raised or cut, the level the cite revised the other way (to
    between 570 000 oz and 590 000 oz, up from between 530 000 oz and 570 000 oz; 320-325 million mt, compared to 325-340
    million mt in the previous guidance; … below its prior estimate of …) is DG604: the earlier estimate the next figure
    states says which way it moved, by its side word (up from, down from, below, above) or by its value."""
    if has_han(q_text) or has_han(c_text) or not _TO_WHAT_ASKED_RE.search(q_text):
        return []
    asked = _asked_direction(q_text)
    if asked not in ("up", "down"):
        return []
    said = parse_quantities(a_text)
    if not said or len(said) > 2:
        return []
    stated = parse_quantities(c_text)
    at = [i for i, q in enumerate(stated) if q.value == said[-1].value and _same_unit(said[-1].unit, q.unit)]
    if len(at) != 1 or at[0] + 1 == len(stated):
        return []
    level, first = stated[at[0]], stated[at[0] + 1]
    compared = _EN_FROM_EARLIER_END_RE.search(c_text[level.end:first.start])
    if compared is None or _sentence_end(c_text, first.start) > _sentence_end(c_text, _sentence_end(c_text, level.end) + 1):
        return []
    side = compared.group().split()[0]
    ends = [first] + [q for q in stated[at[0] + 2:at[0] + 3] if _EN_RANGE_JOIN_RE.fullmatch(c_text, first.end, q.start)]
    if side in ("up", "above", "down", "below"):  # (the side word says it: down from 87.1 percent a year earlier)
        moved = "up" if side in ("up", "above") else "down"
    elif (compared.group(1) or _EN_EARLIER_AFTER_RE.match(c_text, ends[-1].end)) and _same_unit(level.unit, ends[-1].unit) \
            and ends[-1].value != level.value:  # (else its value against the level's, where it is the earlier estimate)
        moved = "up" if level.value > ends[-1].value else "down"
    else:
        return []
    if moved == asked:
        return []
    v, sel = _quantity_values(c_text, level, [level])
    return [Mismatch("DG604", f"answer {a_text.strip()} is the level the cite says was revised {moved}; the question "
                              f"asks a move {asked}", _data(v, sel))]


# A margin's side written after it (one hundredth of a second ahead of Gatlin, 3 points below the average): an
# answer giving the same margin on the other side (… behind) states the opposite.
_DIGIT_OR_NUMBER_RE = lazy(r"\d|(?<![a-z])(?:one|two|three|four|five|six|seven|eight|nine|ten|hundredths?|tenths?|half)(?![a-z])")
_SIDE_PAIRS = {"ahead": "behind", "behind": "ahead", "above": "below", "below": "above"}
_CITE_SIDE_RE = lazy(r"\s(ahead|behind|above|below)(?![a-z])")
_ANSWER_SIDE_RE = lazy(r"\s(ahead|behind|above|below)(?:\sof)?(?:\s(?:the\s)?(?:average|normal|norm))?\s*\Z",
                       needs=("ahead", "behind", "above", "below"))
# The unit words a cite may write after a margin otherwise than the answer does (0.5 °F for 0.5°F, 2.4 F, 1.0 degrees
# Fahrenheit): up to two words, skipped to reach the side after them.
_MARGIN_UNIT_WORD_RE = lazy(r"\s?[^\s\d,;:.()]+")


def _margin_side(a_text: str, c_text: str) -> list[Mismatch]:
    m = _ANSWER_SIDE_RE.search(a_text)
    if m is None or not _DIGIT_OR_NUMBER_RE.search(a_text, 0, m.start()):
        return []
    margin = a_text[:m.start()].strip()
    at, i = [], c_text.find(margin)
    while i >= 0:
        at.append(i + len(margin))
        i = c_text.find(margin, i + 1)
    if not at:  # (the margin written otherwise in the cite, 0.5 °F or 2.4 F for 0.5°F, 2.4°F: found by value and unit)
        at = _margin_ends(margin, c_text)
    sides = [_CITE_SIDE_RE.match(c_text, end) for end in at]
    if not at or not all(sides) or any(x[1] == m[1] for x in sides) or sides[0][1] != _SIDE_PAIRS[m[1]]:
        return []
    return [Mismatch("DG604", f"the answer says {margin} {m[1]}, but in the cite it is {sides[0][1]}",
                     {"bound_to": margin, "selected": f"{margin} {sides[0][1]}",
                      "direction": {"said": m[1], "cite": sides[0][1]}, "direction_from": "answer"})]


# A rank and the superlative it ranks by (the 20th warmest November, the sixth-warmest, the 8th driest): the
# superlative names the rank's metric as a noun names a figure's.
_RANK_SUPERLATIVE_RE = lazy(r"[\s-]((?:most|least)\s[a-z]+|[a-z]{2,}est)(?![a-z])")
_QUESTION_SUPERLATIVE_RE = lazy(r"(?<![a-z])((?:most|least)\s[a-z]+|[a-z]{2,}est)(?![a-z])")


def _rank_superlative(a_text: str, c_text: str, q_text: str, found: list[Mismatch]) -> list[Mismatch] | None:
    """A rank answered where the cite ranks by several superlatives (the 20th warmest November, the 8th driest
    November): the question's superlative (among the warmest Novembers) selects the ranks it names, and a rank by
    another superlative is another metric's (DG601), whatever its period; the one rank of the question's superlative
    is it; where several ranks are by it, no other metric's (DG601 found) but their periods tell them apart. None
    where the question names none of the cite's superlatives, or the answer is no rank."""
    said = [q for q in parse_quantities(a_text) if q.ordinal]
    if len(said) != 1:
        return None
    ranks = []  # (rank, its superlative)
    for q in parse_quantities(c_text):
        m = _RANK_SUPERLATIVE_RE.match(c_text, q.end) if q.ordinal else None
        if m:
            ranks.append((q, m[1]))
    kinds = {w for _, w in ranks}
    asked = {m[1] for m in _QUESTION_SUPERLATIVE_RE.finditer(q_text)} & kinds
    if len(kinds) < 2 or len(asked) != 1:
        return None
    asked_word = asked.pop()
    own = _RANK_SUPERLATIVE_RE.match(a_text, said[0].end)
    mine = [(q, w) for q, w in ranks if q.value == said[0].value and (own is None or own[1] == w)]
    if not mine:
        return None
    chosen = [q for q, w in ranks if w == asked_word]
    if any(w == asked_word for _, w in mine):
        return [] if len(chosen) == 1 or found and found[0].code == "DG601" else None
    other = mine[0]
    return [Mismatch("DG601", f"answer {a_text.strip()} ranks the {other[1]}; the question asks about the {asked_word} "
                              f"({', '.join(_plain_rank(q) for q in chosen)})",
                     {"bound_to": c_text[other[0].start:other[0].end], "selected": [c_text[q.start:q.end] for q in chosen]})]


def _plain_rank(q) -> str:
    n = int(q.value)
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


# A question asking a margin: how far above or below a base, by how much above it, how many degrees above it.
_MARGIN_ASKED_RE = lazy(r"(?<![a-z])(?:how\sfar|by\show\smuch|how\smany\sdegrees|how\smuch\s(?:above|below|higher|lower))(?![a-z])",
                        needs="how")
_MARGIN_BASE_RE = lazy(r"(?<![a-z])(?:above|below|from\s(?:the\s|its\s)?(?:[a-z0-9-]+\s){0,3}?(?:average|normal|norm|mean))(?![a-z])")


def _side_after(c_text: str, q) -> str | None:
    """The side written after a cite figure, past up to two unit words (0.5 °F above, 1.0 inch below, 2.4 F above):
    above, below, ahead or behind; None where none follows."""
    end = q.end
    for _ in range(3):
        side = _CITE_SIDE_RE.match(c_text, end)
        if side:
            return side[1]
        w = _MARGIN_UNIT_WORD_RE.match(c_text, end)
        if w is None:
            return None
        end = w.end()
    return None


def _level_for_margin(a_text: str, c_text: str, q_text: str) -> list[Mismatch] | None:
    """A level (44.1°F) given where the question asks how far above or below a base the cite's margins of its unit
    (2.1°F above the 20th century average) are: another measure, DG601."""
    if not (_MARGIN_ASKED_RE.search(q_text) and _MARGIN_BASE_RE.search(q_text)):
        return None
    said = parse_quantities(a_text)
    if len(said) != 1 or said[0].unit is None or said[0].ordinal:
        return None
    a = said[0]
    stated = parse_quantities(c_text)
    mine = [q for q in stated if q.value == a.value and q.unit == a.unit]
    margins = [q for q in stated if q.unit == a.unit and not q.ordinal and _side_after(c_text, q)]
    if not mine or not margins or any(_side_after(c_text, q) for q in mine):
        return None
    return [Mismatch("DG601", f"answer {a_text.strip()} is a level in the cite; the question asks how far it stands from "
                              f"a base ({', '.join(c_text[q.start:q.end] for q in margins)})",
                     {"bound_to": c_text[mine[0].start:mine[0].end], "selected": [c_text[q.start:q.end] for q in margins]})]


# A base's own level: a figure a named average, mean or norm (the and its own words: the long-term average, the 20th
# century mean) names with "of", "at", "is" or a bracket (the long-term average of 241.0mm, 142% of the long-term average
# (89.5mm); not the verb, to average $9,100/t, nor an average the value is, to an average of $2.11/gal), and those words.
_BASE_OWN_LEVEL_RE = lazy(r"(?<![a-z])the\s((?:(?!(?:to|an?|of|at|in|from|and|the)\s)[a-z0-9][a-z0-9'’-]*\s){1,3}?)"
                          r"(?:average|mean|norm|normal)(?:\s(?:of|at|was|is)"
                          r"(?:\s(?:about|around|just))?\s|\s?\(\s?)\Z", needs=("average", "mean", "norm"))
_BASE_LEVEL_GENERIC = frozenset({"the", "a", "an", "of", "its", "their", "this", "that", "just", "over", "under", "above",
                                 "below", "than", "is", "was", "which", "to", "and"})
_BASE_NOUN_Q_RE = lazy(r"(?<![a-z])(?:average|mean|norm|normal)(?![a-z])", needs=("average", "mean", "norm"))


def _base_own_level(a_text: str, c_text: str, q_text: str, found: list[Mismatch]) -> list[Mismatch]:
    """A base's own level (just over the long-term average of 241.0mm) against the amount observed (246.7mm) in one
    unit: a question naming the base's own words (the long-term average rainfall) asks the base, any other the amount
    observed; one given for the other is the base of a comparison, DG602. ``found`` where neither decides."""
    if _MARGIN_ASKED_RE.search(q_text) or "%" in a_text:
        return found
    said = parse_quantities(a_text)
    if len(said) != 1 or said[0].unit is None or said[0].unit == "%" or said[0].ordinal:
        return found
    a = said[0]
    kin = [q for q in parse_quantities(c_text) if q.unit == a.unit and not q.ordinal and not _side_after(c_text, q)]
    bases, observed = [], []
    for q in kin:
        m = _BASE_OWN_LEVEL_RE.search(c_text, max(0, q.start - 60), q.start)
        (bases if m else observed).append((q, _base_tokens(m[1]) - _BASE_LEVEL_GENERIC if m else set()))
    if len(bases) != 1 or not observed:
        return found
    base, words = bases[0]
    q_words = _base_tokens(q_text)
    asks_base = bool(words) and words <= q_words and _BASE_NOUN_Q_RE.search(q_text) is not None
    is_base = base.value == a.value
    mine = [q for q, _ in observed if q.value == a.value]
    if not is_base and not mine:
        return found
    shown_base = c_text[base.start:base.end]
    if asks_base:
        if is_base:
            return []
        return [Mismatch("DG602", f"answer {a_text.strip()} is the amount observed in the cite; the question asks the "
                                  f"{'-'.join(sorted(words))} average's own level ({shown_base})",
                         {"bound_to": a_text.strip(), "selected": [shown_base]})]
    shown = ", ".join(c_text[q.start:q.end] for q, _ in observed)
    if is_base:
        return [Mismatch("DG602", f"answer {a_text.strip()} is the base's own level in the cite (the {'-'.join(sorted(words))}"
                                  f" average); the question asks the amount observed ({shown})",
                         {"bound_to": shown_base, "selected": [c_text[q.start:q.end] for q, _ in observed]})]
    return [] if len(observed) == 1 and found and found[0].code == "DG601" else found


# A year's own value named by a generic noun (2022's figure of 10.03C, the 2014 figure of 9.88C, 2012's level of …):
# the noun names no item, the year the value's period.
_YEAR_OWN_FIGURE_RE = lazy(r"(?<![\d.])((?:19|20)\d\d)(?:['’]s)?\s(?:[a-z-]+\s)?(?:figure|value|level|reading|total|mark)\s"
                           r"(?:of|at|was)\s(?:about\s|around\s|just\s)?\Z", needs=("figure", "value", "level", "reading", "total", "mark"))
_ASKED_YEAR_EN_RE = lazy(r"(?<![\d.])(?:19|20)\d\d(?![\d])")


def _year_own_figure(a_text: str, c_text: str, q_text: str) -> list[Mismatch] | None:
    """A value a year's generic noun names (2022's figure of 10.03C) beside a value of the same unit no such noun names
    (2023 had an average mean temperature of 9.97C): the noun names no other item, so where the question asks another
    year or none (the cite's own), the year's value is another period's, DG602. None where the answer is no such
    value, or the question asks its year."""
    said = parse_quantities(a_text)
    if len(said) != 1:
        return None
    a = said[0]
    kin = [q for q in parse_quantities(c_text) if _same_unit(q.unit, a.unit) and q.unit == a.unit and not q.ordinal]
    years = {id(q): m[1] for q in kin if (m := _YEAR_OWN_FIGURE_RE.search(c_text, max(0, q.start - 50), q.start))}
    mine = [q for q in kin if q.value == a.value]
    own = [q for q in kin if id(q) not in years]
    if not mine or not all(id(q) in years for q in mine) or not own:
        return None
    year = years[id(mine[0])]
    asked = set(_ASKED_YEAR_EN_RE.findall(q_text))
    if year in asked:
        return None
    shown = ", ".join(c_text[q.start:q.end] for q in own)
    return [Mismatch("DG602", f"answer {a_text.strip()} is {year}'s figure in the cite; the question asks "
                              f"{'about ' + ', '.join(sorted(asked)) if asked else 'the current one'} ({shown})",
                     {"bound_to": c_text[mine[0].start:mine[0].end], "selected": [c_text[q.start:q.end] for q in own]})]


def _margin_ends(margin: str, c_text: str) -> list[int]:
    """Where each cite figure of the margin's value and unit ends, past up to two unit words when a side follows them
    (0.5 °F above for 0.5°F, 1.0 degrees Fahrenheit above); the figure's own end where none does."""
    said = parse_quantities(margin)
    if len(said) != 1:
        return []
    ends = []
    for q in parse_quantities(c_text):
        if q.value != said[0].value or q.ordinal or not _same_unit(q.unit, said[0].unit) or q.unit != said[0].unit \
                and None in (q.unit, said[0].unit):
            continue
        end = q.end
        for _ in range(3):
            if _CITE_SIDE_RE.match(c_text, end):
                break
            w = _MARGIN_UNIT_WORD_RE.match(c_text, end)
            if w is None:
                break
            end = w.end()
        ends.append(end if _CITE_SIDE_RE.match(c_text, end) else q.end)
    return ends


def _check_direction(a_text, c_text, q_text, values, mine) -> list[Mismatch]:
    """The answer's (else the question's) direction word against the cite's, value by value."""
    balance = _BALANCE_SIGN_RE.search(a_text)
    if balance and mine:
        # a balance's sign is its direction (盈余 against 赤字 or 亏蚀, as 净流入 against 净流出): read against the balance
        # word the cite writes beside the value (the one right after it first: 预计盈余会录得252亿元赤字), not against a change's direction (盈余减少至300亿 is still a surplus)
        said = "down" if balance[1] else "up"
        for v in mine:
            m = _BALANCE_AFTER_RE.match(c_text, v.end) or _BALANCE_BEFORE_RE.search(c_text, max(0, v.start - 8), v.start)
            stated = _BALANCE_SIGN_RE.search(m.group()) if m else None
            if stated and ("down" if stated[1] else "up") != said:
                return [Mismatch(
                    "DG604", f"the answer says {v.text} is a {balance.group()}, but in the cite it is a {stated.group()}",
                    {"bound_to": v.described(), "selected": v.text, "direction": {"said": said, "cite": "down" if stated[1] else "up"},
                     "direction_from": "answer"})]
    said = _direction(a_text) or _flow_sign(a_text)
    source = "answer"
    if said is None:
        said, source = _asked_direction(q_text) or _flow_sign(q_text) or _side(q_text), "question"
    if said is None:
        return []
    mine = _bound(a_text, c_text, q_text, values, mine)  # (the binding later rules read: done whenever a word moves)
    if source == "question":
        said = _asked_direction(q_text, metric=True) or _flow_sign(q_text) or _side(q_text)
        if said is None:
            return []
    stated = [v.flags.get("direction") for v in mine]
    if not mine or any(d is None or d == said for d in stated):
        return []
    v = mine[0]
    word = "rose/grew" if said == "up" else "fell/declined"
    other = "fell/declined" if said == "up" else "rose/grew"
    return [Mismatch(
        "DG604",
        f"the {source} says the value {word}, but in the cite {v.text} {other}",
        {"bound_to": v.described(), "selected": v.text, "direction": {"said": said, "cite": stated[0]},
         "direction_from": source},
    )]


_HAIR = Decimal("1e-20")


def _selected_direction(a_text: str, q_text: str, values: list[Value], mine: list[Value], c_text: str) -> list[Mismatch]:
    """The answer's number with its direction word (减产0.8%) stated for several items, some with the answer's
    direction and some against it (夏粮减产0.8%; 早稻增产0.8%): the value the question selects decides. Told
    apart among the values with the answer's direction, the question selecting one of the same number with
    the other direction means the answer's direction is wrong for the item asked (DG604)."""
    said = _direction(a_text)
    if said is None:
        return []
    agree = [v for v in mine if v.flags.get("direction") == said]
    against = [v for v in mine if v.flags.get("direction") not in (None, said)]
    if not agree or not against:
        return []
    # (the values against it stand apart by key for the selection: a hair off the answer's number)
    apart = {id(v): replace(v, key=(v.key[0] - _HAIR, v.key[1])) for v in against if isinstance(v.key[0], Decimal)}
    found = _select("figure", a_text, q_text, [apart.get(id(v), v) for v in values], agree, c_text)
    if not found or found[0].code != "DG601" or not set(found[0].data.get("selected") or ()) <= {w.described() for w in against}:
        return []
    v = next(w for w in against if w.described() in found[0].data["selected"])
    word = "rose/grew" if said == "up" else "fell/declined"
    other = "fell/declined" if said == "up" else "rose/grew"
    return [Mismatch("DG604", f"the answer says the value {word}, but in the cite {v.described()} {other}",
                     {"bound_to": v.described(), "selected": [v.text], "direction": {"said": said, "cite": v.flags["direction"]},
                      "direction_from": "answer"})]


_NEGATIVE_RE = lazy(r"\s*(?:[-−]|负|minus\s|negative\s)")
_MINUS_BEFORE_RE = lazy(r"(?:(?<![a-z0-9.%)\-−])[-−](?:(?<!\s[-−])\s)?|负\s?)\Z", needs=('-', '−', '负'))  # (not a range's dash, 2-3%, nor a spaced dash)


def _dropped_sign(a_text: str, c_text: str, q_text: str, mine: list[Value]) -> list[Mismatch]:
    """A minus sign on the cite's value (由-1.44%调降至-2.52%) is its direction: an answer that drops
    it states the opposite level. Only a question asking how far something moved (下降多少, by how
    much did it fall) takes the sign into its own verb; one asking the level (调降至多少) does not."""
    if not mine or _direction(a_text) is not None or _NEGATIVE_RE.match(a_text) or _FALL_SIZE_RE.search(q_text):
        return []
    if not all(_MINUS_BEFORE_RE.search(c_text, max(0, v.start - 3), v.start) for v in mine):
        return []
    if any(cls == "direction" and not _TO_LEVEL_RE.match(q_text, end) for _, end, cls, _ in _table_terms(q_text)):
        return []
    v = mine[0]
    return [Mismatch("DG604", f"the answer drops the minus sign of the cite's {c_text[v.start - 1]}{v.text}: the value fell "
                              "below zero", {"bound_to": v.described(), "selected": v.text,
                                             "direction": {"said": "up", "cite": "down"}, "direction_from": "answer"})]


_SIGNED_RE = lazy(r"[-−负]\s?\d", needs=('-', '−', '负'))
# A noun naming the size of a fall (跌幅, 降幅): a question asking it takes a signed change's minus sign into its noun
# (初二较初一的跌幅…(-27.8%): the fall is 27.8%).
_FALL_SIZE_RE = lazy(r"跌幅|降幅|减幅|(?:下降|下跌|减少|回落)幅度", needs=("幅",))
_CLAUSE_REST_RE = lazy(f"[^{clause_marks('sentence')}]*")
# Words of a change that name no direction: "changed -0.4%", 变化, 涨跌.
_CHANGE_WORD_RE = lazy(r"(?<![a-z])(?:chang(?:e|ed|es|ing)|difference|net|moved?)(?![a-z])|变化|变动|增减|涨跌")


def _negative_level(a_text: str, c_text: str, q_text: str) -> list[Mismatch]:
    """A minus sign is part of a level (the thermometer read -25 degrees): an answer that drops it,
    where nothing in the value's clause or the question speaks of a change, gives a value the cite
    does not have (DG202). Beside a change word the sign is a direction (DG604, ``_dropped_sign``)."""

    if not _SIGNED_RE.search(c_text):  # (cheap: most cites have no minus sign at all)
        return []
    said = parse_quantities(a_text)
    if len(said) != 1 or _direction(a_text) is not None or _NEGATIVE_RE.match(a_text) or _direction(q_text) is not None \
            or _CHANGE_WORD_RE.search(q_text) or _CHANGE_QUESTION_RE.search(q_text) or _FALL_SIZE_RE.search(q_text):
        return []
    a = said[0]
    same = [q for q in parse_quantities(c_text) if q.value == a.value and _same_unit(a.unit, q.unit)]
    if not same or not all(_MINUS_BEFORE_RE.search(c_text, max(0, q.start - 3), q.start) for q in same):
        return []
    for q in same:
        lo = c_text.rfind(",", 0, q.start) + 1
        hi = _CLAUSE_REST_RE.match(c_text, q.end).end()
        if any(cls == "direction" for _, _, cls, _ in _table_terms(c_text[lo:hi])) or _CHANGE_WORD_RE.search(c_text, lo, hi):
            return []
    q = same[0]
    sign = c_text[q.start - 1] if c_text[q.start - 1] != " " else c_text[q.start - 2]
    return [Mismatch("DG202", f"answer says {a_text.strip()} but the cite has {sign}{c_text[q.start:q.end]}: "
                              "the minus sign is part of the value")]


# What a question asks happened (实际, actually), and the words of a value observed (出现, 录得, recorded).
_ACTUAL_QUESTION_RE = lazy(r"实际|(?<![a-z])(?:actually|in fact|really)(?![a-z])", needs=('actually', 'in', 'really', '际'))
_OBSERVED_RE = lazy(r"出现|录得|观测|实测|测得|(?<![a-z])(?:recorded|observed|measured)(?![a-z])")
_FULL_SENTENCE_REST_RE = lazy(r"(?:[^。!?.]|\.(?!\s))*")
def _forecast_kind(a_text: str, c_text: str, q_text: str) -> list[Mismatch]:
    """A forecast given where the question asks what actually happened (实际…带来), or an observed value
    (出现…累积雨量) where it asks for a forecast (预估): DG603. Ranges too (800至1200毫米), where
    the cite holds several values of the answer's unit."""

    said = parse_quantities(a_text)
    asked_actual, asked_forecast = _ACTUAL_QUESTION_RE.search(q_text) is not None, _asks_forecast(q_text)
    if not said or asked_actual == asked_forecast:
        return []
    a = said[0]
    stated = [q for q in parse_quantities(c_text) if _same_unit(a.unit, q.unit)]
    mine = [q for q in stated if q.value == a.value]
    if len(stated) < 2 or not mine:
        return []
    data = {"bound_to": c_text[mine[0].start:mine[0].end], "selected": None}
    kinds = set()
    for q in mine:  # (the whole sentence: 预期,…;毛利率约44.5%至47.5%。 — a ; does not end what 预期 heads)
        lo = max(c_text.rfind(p, 0, q.start) for p in ("。", "!", "?", ". ")) + 1
        hi = _FULL_SENTENCE_REST_RE.match(c_text, q.end).end()
        marks = {ident for _, _, cls, ident in _table_terms(c_text[lo:hi]) if cls == "forecast"}
        kinds.add("forecast" if marks == {"forecast"} else "observed" if not marks and _OBSERVED_RE.search(c_text, lo, hi) else "")
    if asked_actual and kinds == {"forecast"}:
        return [Mismatch("DG603", f"answer {a_text.strip()} is a forecast in the cite; the question asks what actually happened", data)]
    if asked_forecast and kinds == {"observed"} and not _FUTURE_MARK_RE.search(c_text) and not any(
            cls == "forecast" for _, _, cls, _ in _table_terms(c_text)):
        return [Mismatch("DG603", f"answer {a_text.strip()} is an observed value in the cite; the question asks for a forecast", data)]
    return []


# A lone forecast (issue 12: "a forecast is never an actual"): a value whose own clause foresees it — a modal or a
# verb of expecting before it (could find $22-23 million, was expected to collect, guidance for at least $1.20, 可望
# 超过190亿美元, scheduled for Thursday), or 将 after it (代表将齐聚一堂) — is no actual even as the cite's one value of its
# kind, where the question asks what happened (did, was, were, 实际, a verb with 了) and foresees nothing itself.
# Not "estimated" or 估计: an estimate is as often of a past figure (an estimated 4 percent).
_LONE_FORECAST_BEFORE_RE = lazy(
    rf"(?<![a-z])(?:{forecast_words('modal', 'tentative', 'estimate', 'on course', verbs=('expect', 'anticipate', 'project', 'forecast'), participle=True)}"
    r"|shall)(?![a-z])"
    rf"|{forecast_words('zh foresee', 'zh hope')}|(?<!即)将(?!近|军|领|士|来)|{forecast_words('zh days')}|明年",
    starts=r"[可将明有预]|(?<![a-z])[acefghimopstwy]")  # (each word's first character)
_LONE_FORECAST_AFTER_RE = lazy(rf"[^,;:。!?\d]{{0,24}}?(?<!即)将(?!近|军|领|士|来)|\s(?:{forecast_words('modal')})\s(?!have)",
                               needs=("将", *FORECAST_WORDS["modal"]))
# Between a governor and its value: a finite past verb or a clause word (when it was unveiled in January; than was
# estimated) gives the value an event of its own; a 的 phrase (苹果本次发布的三款) is its own describer.
_OWN_EVENT_BETWEEN_RE = lazy(r"(?<![a-z])(?:was|were|had|did|than|when|since|from)(?![a-z])|的|由|从|比|较")
_THAN_BEFORE_RE = lazy(r"(?<![a-z])than\s(?:[a-z'-]+\s){0,3}\Z|[于超]\Z", needs=("than", "于", "超"))
_FORESEEN_QUESTION_RE = lazy(r"(?<![a-z])(?:was|were)\s(?:[a-z'-]+\s){1,3}to\s[a-z]", needs=("was", "were"))
# A question in the present tense (is, are, does) that names no outcome (actually, did, was) asks a figure as the cite
# now states it: where every value the cite gives of it is foreseen, the forecast answers it, no DG603.
_PRESENT_ASKED_RE = lazy(r"(?<![a-z])(?:is|are|does|do)(?![a-z])", needs=("is", "are", "do"))
_ASKED_HAPPENED_RE = lazy(r"(?<![a-z])(?:did|was|were)(?![a-z])|实际|(?<![为除罢])了")
_LONE_CLAUSE_START_RE = lazy(rf"[{clause_marks('line')}(]|\.\s|--|—")
# The goal a value is set as (the Committee's 2 percent objective, a target of 3%, 目标为6%): no actual either.
_GOAL_AFTER_RE = lazy(r"\s?(?:[a-z-]+\s)?(?:objective|goal|target|aim)s?(?![a-z])", needs=("objective", "goal", "target", "aim"))
_GOAL_BEFORE_RE = lazy(r"(?:(?<![a-z])(?:objective|goal|target|aim)s?\s(?:of|at|is|was)\s(?:about\s|around\s)?|目标(?:是|为)?\s?)\Z",
                       needs=("objective", "goal", "target", "aim", "目标"))
_GOAL_QUESTION_RE = lazy(r"(?<![a-z])(?:objective|goal|target|aim|aims|aimed|seeks?|wants?|plans?|intends?)(?![a-z])|目标|力争|计划")


def _clause_around(c_text: str, lo: int, hi: int, end: int | None = None) -> tuple[int, int]:
    """Where the clause of ``c_text[lo:hi]`` starts (within 160 characters) and ends; ``end`` where a search from ``hi``
    for the next mark is already known to stop."""
    start = max((m.end() for m in _LONE_CLAUSE_START_RE.finditer(c_text, max(0, lo - 160), lo)), default=max(0, lo - 160))
    if end is None:
        m = _LONE_CLAUSE_START_RE.search(c_text, hi)
        end = m.start() if m else len(c_text)
    return start, end


# A departure from a named baseline (1.18°C above the 20th century average of 13.9°C; surpassing the previous record
# by 0.09°C) and that baseline's own level: the words after a number's unit, its restatement in brackets, the
# comparison and the baseline's words (an average, a record, a norm: the baseline names a level of its own).
_DEPART_UNIT = (r"(?:\s?°\s?[cf]?|\s?%|\s?degrees?(?:\s(?:fahrenheit|celsius))?|\s(?!(?:above|over|below|under|more|less|"
                r"warmer|hotter|higher|cooler|colder|lower|than|and|or|in|at|of)(?![a-z]))[a-z]+)?")
_DEPART_UNIT_RE = lazy(_DEPART_UNIT + r"(?:\s?\(\s?[+-]?[\d.,]+" + _DEPART_UNIT + r"\s?\))?")
_BASE_WORDS = (r"(?:the\s)?((?:[a-z0-9][a-z0-9'’-]*\s){0,4}?(?:average|mean|norm|normal|record|level|levels|baseline)(?![a-z])"
               r"(?:\sfor\sthe\s(?:[a-z0-9'’-]+\s){0,2}?(?:period|era|years|decade|century))?)")
_DEPART_AFTER_RE = lazy(r"\s(?:degrees?\s)?(above|over|below|under|(?:warmer|hotter|higher|more|cooler|colder|lower|less)\sthan)\s"
                        + _BASE_WORDS, needs=("above", "over", "below", "under", "than"))
_DEPART_BEFORE_RE = lazy(r"(?<![a-z])(surpass|best|beat|exceed|top)[a-z]*\s" + _BASE_WORDS
                         + r"(?:\s(?:set|held)\s(?:in\s)?[a-z0-9 ]{0,20}?)?\sby\s[+]?\Z", needs=("by",))
_DEPART_BARE_RE = lazy(r"\s(warmer|hotter|higher|cooler|colder|lower)(?!\s?than)(?![a-z])",
                       needs=("warm", "hot", "high", "cool", "cold", "low"))
_BASE_LEVEL_RE = lazy(r"(?:\s(?:for|in)\s[a-z0-9 ]{1,20}?)?\s(?:of|at|is|was)\s(?:about\s)?\Z")
_DEPART_Q_RE = lazy(r"(?:how\s(?:much|far|many\sdegrees)|by\show\smuch)(?![a-z])", needs=("how",))
_DEPART_Q_BASE_RE = lazy(r"(?<![a-z])(above|over|below|under|than|exceed|surpass|beat|best|top)[a-z]*\s(?:the\s)?"
                         r"((?:(?!(?:was|were|is|in|for|according|by|did|had|has)(?![a-z]))[a-z0-9][a-z0-9'’-]*\s?){1,6}"
                         r"(?:for\sthe\s(?:[a-z0-9'’-]+\s){0,2}?(?:period|era|years|decade|century)(?![a-z]))?)")
_DOWN_RE = lazy(r"below|under|cooler|colder|lower|less", needs=("below", "under", "cool", "cold", "lower", "less"))
_BASELINE_GENERIC = frozenset({"the", "of", "a", "an", "for", "in", "global", "average", "mean", "record", "level", "levels"})


def _base_tokens(text: str) -> set[str]:
    return {w for w in re.split(r"[^a-z0-9]+", text) if w}


def _departures(c_text: str) -> tuple[list[tuple[list, set[str], bool]], list[tuple[list, set[str]]]]:
    """The cite's departures from a named baseline (their values with the bracketed restatement, the baseline's
    words, whether the departure is downward) and the baselines' own levels (the average of 13.9°C)."""

    stated = parse_quantities(c_text)
    departs, levels = [], []
    i = 0
    while i < len(stated):
        q = stated[i]
        tail = _DEPART_UNIT_RE.match(c_text, q.end)
        group = [q] + [r for r in stated[i + 1:i + 2] if r.start < tail.end()]
        m = _DEPART_AFTER_RE.match(c_text, tail.end())
        before = _DEPART_BEFORE_RE.search(c_text[max(0, q.start - 90):q.start])
        if m:
            departs.append((group, _base_tokens(m.group(2)), bool(_DOWN_RE.match(m.group(1)))))
            lvl = [r for r in stated if r.start >= m.end()][:2]
            if lvl and _BASE_LEVEL_RE.search(c_text[m.end():lvl[0].start]) and not _DIGIT_RE.search(c_text, m.end(), lvl[0].start):
                ltail = _DEPART_UNIT_RE.match(c_text, lvl[0].end)
                levels.append(([lvl[0]] + [r for r in lvl[1:] if r.start < ltail.end()], _base_tokens(m.group(2))))
        elif before:
            departs.append((group, _base_tokens(before.group(2)), False))
        elif bare := _DEPART_BARE_RE.match(c_text, tail.end()):  # (2016, which was 0.27 degrees cooler: no baseline named)
            departs.append((group, set(), bool(_DOWN_RE.match(bare.group(1)))))
        i += len(group)
    return departs, levels


def _departure_base(a_text: str, c_text: str, q_text: str) -> list[Mismatch] | None:
    """A departure from a named baseline against the baseline's own level and against a departure from another
    baseline (1.18°C above the 20th century average of 13.9°C; 0.15°C more than the previous record): asked how far
    above a baseline, the departure from the baseline the question names is right ([]), one from another baseline
    or that baseline's own level is another base's value (DG602), the other direction DG604; asked the baseline's
    own level, a departure from it is DG602. None where the cite names no baseline or the question none of them."""

    if not any(w in c_text for w in ("average", "record", "mean", "norm", "level", "baseline")):
        return None
    said = parse_quantities(a_text)
    if not said:
        return None
    a = said[0]
    departs, levels = _departures(c_text)
    if not departs:
        return None

    def has(group) -> bool:
        return any(q.value == a.value and q.unit == a.unit for q in group)

    mine_d = [d for d in departs if has(d[0])]
    mine_l = [lv for lv in levels if has(lv[0])]
    if _DEPART_Q_RE.search(q_text):
        m = _DEPART_Q_BASE_RE.search(q_text)
        if not m:
            return None
        q_base, q_down = _base_tokens(m.group(2)), bool(_DOWN_RE.match(m.group(1)))
        score = [len(d[1] & q_base) for d in departs]
        best = max(score)
        if best == 0 or not (q_base & (set().union(*(d[1] for d in departs)) - _BASELINE_GENERIC)) and best < 2:
            return None
        tops = [d for d, s in zip(departs, score) if s == best]
        if len({frozenset(d[1]) for d in tops}) != 1:
            return None
        shown = ", ".join(c_text[d[0][0].start:d[0][0].end] for d in tops)
        if mine_d and all(d in tops for d in mine_d):
            if len(tops) > 1:
                return None  # (two departures from one baseline: the items decide)
            if tops[0][2] != q_down:
                return [Mismatch("DG604", f"answer {a_text.strip()} is a departure the other way from the "
                                          f"{' '.join(sorted(tops[0][1]))} in the cite", {"bound_to": a_text.strip(), "selected": [shown]})]
            return []
        if mine_d or mine_l:
            what = "the baseline's own level" if mine_l and not mine_d else "a departure from another baseline"
            return [Mismatch("DG602", f"answer {a_text.strip()} is {what} in the cite; the question asks the departure "
                                      f"from the {m.group(2).strip()} ({shown})", {"bound_to": a_text.strip(), "selected": [shown]})]
        return None
    if not levels or mine_l and len(mine_l) > 1:
        return None
    q_words = _base_tokens(q_text)
    named = [lv for lv in levels if (lv[1] - _BASELINE_GENERIC) & q_words and lv[1] & {"average", "mean", "norm", "normal"} & q_words]
    if len(named) != 1:
        return None
    if mine_l:
        return [] if mine_l[0] is named[0] else None
    if mine_d and any(d[1] == named[0][1] for d in mine_d):
        shown = c_text[named[0][0][0].start:named[0][0][0].end]
        return [Mismatch("DG602", f"answer {a_text.strip()} is the departure from the baseline in the cite; the question "
                                  f"asks the baseline's own level ({shown})", {"bound_to": a_text.strip(), "selected": [shown]})]
    return None


# A goal or limit is no actual: "a 1.5°C limit", "the 2% inflation target", and a value a goal verb aims at
# ("seeks to limit the rise to “well below” 2°C", "aims to hold costs at $5 billion").
_LIMIT_AFTER_RE = lazy(_DEPART_UNIT + r"\s(?:[a-z-]+\s)?(?:limit|cap|ceiling|target|goal)(?![a-z])",  # (not two goals scored)
                       needs=("limit", "cap", "ceiling", "target", "goal"))
_LIMIT_BEFORE_RE = lazy(r"(?<![a-z])(?:seek|aim|want|plan|pledge|agree|vow|promise|pursue|strive)[a-z]*\sto\s(?:limit|cap|hold|keep|"
                        r"reduce|cut|bring)\s(?:[a-z'’-]+\s){0,7}?(?:(?:to|at|below|under)\s)?(?:[“\"”]?(?:well\s)?(?:below|under)[“\"”]?\s)?"
                        r"(?:about\s|around\s)?[+$€£]?\Z", needs=("to",))
_LIMIT_QUESTION_RE = lazy(r"(?<![a-z])(?:limit|cap|ceiling|pursue[sd]?|pledged?|promised?|agree[sd]?)(?![a-z])",
                          needs=("limit", "cap", "ceiling", "pursue", "pledge", "promise", "agree"))


def _goal_or_actual(a_text: str, c_text: str, q_text: str) -> list[Mismatch] | None:
    """A goal or limit (pursues a 1.5°C limit) against what happened (1.52°C above the pre-industrial average):
    asked what happened, a goal is DG603; asked the goal, a value that is none is DG603. None where the answer
    and the question are both of one side, or the cite states no goal of the answer's unit."""

    if not any(w in c_text for w in ("limit", "cap", "ceiling", "target", "goal", " to ")):
        return None
    said = parse_quantities(a_text)
    if not said:
        return None
    a = said[0]
    kin = [q for q in parse_quantities(c_text) if q.unit == a.unit and (q.unit or q.value == a.value)]
    goals = [q for q in kin if _LIMIT_AFTER_RE.match(c_text, q.end) or _LIMIT_BEFORE_RE.search(c_text[max(0, q.start - 90):q.start])]
    if not goals:
        return None
    mine_goal = any(q.value == a.value for q in goals)
    mine_other = any(q.value == a.value and q not in goals for q in kin)
    asks_goal = bool(_GOAL_QUESTION_RE.search(q_text) or _LIMIT_QUESTION_RE.search(q_text) or _asks_forecast(q_text))
    shown = ", ".join(c_text[q.start:q.end] for q in goals)
    if mine_goal and not mine_other and not asks_goal:
        return [Mismatch("DG603", f"answer {a_text.strip()} is a goal or limit in the cite, not what happened",
                         {"bound_to": a_text.strip(), "selected": [shown]})]
    if mine_other and not mine_goal and not asks_goal and all(q in goals or q.value == a.value for q in kin):
        return []  # (its one rival is a goal: the value of what happened is right)
    if mine_other and not mine_goal and asks_goal:
        # (a value its own clause foresees, which will shed 40,000 tonnes, is no outcome set against the goal: another
        # party's commitment, told apart by its words)
        if all(_asks_forecast(c_text[max(c_text.rfind(",", 0, q.start), _sentence_start(c_text, q.start)):q.start])
               for q in kin if q.value == a.value and q not in goals):
            return None
        return [Mismatch("DG603", f"answer {a_text.strip()} is what happened in the cite; the question asks the goal or "
                                  f"limit ({shown})", {"bound_to": a_text.strip(), "selected": [shown]})]
    return None


# Asked the larger or the smaller of values the question's words do not tell apart (the longer of the two prison
# terms, the lowest of the bids), the magnitude selects: of the values of the answer's measure in its sentence, the
# largest or the smallest is the one asked, another is DG601 (an end of what the question asks, not a period).
_LARGER_ASKED_RE = lazy(r"(?<![a-z])(?:the\s)(?:(longer|longest|larger|largest|higher|highest|greater|greatest|bigger|biggest)"
                        r"|(shorter|shortest|smaller|smallest|lower|lowest|lesser|least))(?:\sof|\s(?:[a-z-]+\s){0,3}?[a-z-]+\?)")


def _by_magnitude(a_text: str, c_text: str, q_text: str) -> list[Mismatch] | None:
    """The largest or smallest value of the answer's measure in its sentence, where the question asks the larger or the
    smaller: [] for it, DG601 for another; None where the question asks neither or the sentence holds one value."""

    m = _LARGER_ASKED_RE.search(q_text)
    said = parse_quantities(a_text)
    if not m or not said or has_han(q_text):
        return None
    a = said[-1]
    mine = [q for q in parse_quantities(c_text) if q.value == a.value and q.unit == a.unit and not q.ordinal]
    if len(mine) != 1:
        return None
    lo, hi = _sentence_start(c_text, mine[0].start), _sentence_end(c_text, mine[0].end)
    kin = [q for q in parse_quantities(c_text[lo:hi]) if q.unit == a.unit and not q.ordinal and q.unit is not None]
    if len(kin) < 2:
        return None
    pick = max(kin, key=lambda q: q.value) if m.group(1) else min(kin, key=lambda q: q.value)
    if pick.value == a.value:
        return []
    shown = c_text[lo + pick.start:lo + pick.end]
    return [Mismatch("DG601", f"answer {a_text.strip()} is not the {m.group(1) or m.group(2)} of the values the question "
                              f"weighs; that is {shown}", {"bound_to": a_text.strip(), "selected": [shown]})]


# A list of names each with its figure (ahead of the Port of Long Beach at 6.78 million TEUs, Port of New York/New
# Jersey, 6.25 TEUs, Port of Savannah, 3.64 million TEUs, and …): each figure is the name's written right before it
# ("NAME, N" or "NAME at N"), in a run of three or more such items in one sentence. The name the question writes
# selects its figure (another is DG601), and the figure the question quotes its name (another name of the list is DG601).
_LISTED_OWNER_RE = lazy(r"(?:,\s(?:and\s)?|\sand\s|\sof\s(?:the\s)?|\sahead\sof\s(?:the\s)?|\sincluding\s(?:the\s)?)"
                        r"((?:[a-z][a-z/.'’&-]*\s){0,5}?[a-z][a-z/.'’&-]*)(?:,|\sat|:)\s(?:about\s|some\s|nearly\s)?\Z")


def _listed_owners(c_text: str) -> list[tuple[str, object]]:
    """(name, quantity) for each item of the name-and-figure lists of ``c_text``, in order."""

    found = [q for q in parse_quantities(c_text) if not q.ordinal]
    out: list[tuple[str, object]] = []
    run: list[tuple[str, object]] = []
    prev_end, prev_sentence = 0, -1
    for q in found:
        sentence = _sentence_start(c_text, q.start)
        lo = max(prev_end if sentence == prev_sentence else sentence, q.start - 60)
        m = _LISTED_OWNER_RE.search(c_text, lo, q.start)
        if m and sentence == prev_sentence and run or m and not run:
            run.append((m.group(1), q))
        else:
            if len(run) >= 3:
                out += run
            run = [(m.group(1), q)] if m else []
        prev_end, prev_sentence = q.end, sentence
    if len(run) >= 3:
        out += run
    return out


def _owner_named(owner: str, q_text: str) -> bool:
    words = [w for w in re.split(r"[\s,?]+", owner) if w and w not in ("the", "of", "port", "and")]
    return bool(words) and all(re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", q_text) for w in words)


def _listed_figure(kind: str, a_text: str, c_text: str, q_text: str) -> list[Mismatch] | None:
    """In a list of names each with its figure: asked a name's figure, another's is DG601; asked whose a figure the
    question quotes is, another name of the list is DG601. None where the cite holds no such list or the question
    names none of its items."""

    if has_han(q_text) or c_text.count(",") < 3:
        return None
    listed = _listed_owners(c_text)
    if not listed:
        return None
    if kind == "figure":
        said = parse_quantities(a_text)
        if not said:
            return None
        a = said[-1]
        named = [(o, q) for o, q in listed if _owner_named(o, q_text)]
        if len(named) != 1:
            return None
        owner, q = named[0]
        if q.value == a.value and q.unit == a.unit:
            return []
        return [Mismatch("DG601", f"answer {a_text.strip()} is not the figure the list gives {owner}; the question asks "
                                  f"{owner}'s ({c_text[q.start:q.end]})", {"bound_to": a_text.strip(), "selected": [owner]})]
    quoted = [(o, q) for o, q in listed for x in parse_quantities(q_text) if x.value == q.value and x.unit == q.unit]
    if len(quoted) != 1:
        return None
    owner, q = quoted[0]
    if _owner_named(owner, a_text):
        return []
    if any(_owner_named(o, a_text) for o, _ in listed):
        return [Mismatch("DG601", f"answer {a_text.strip()} owns another figure of the list; {c_text[q.start:q.end]} "
                                  f"is {owner}'s", {"bound_to": a_text.strip(), "selected": [owner]})]
    return None


# A table flattened onto one line (July 2019 2018 Change % Change Loaded Imports 476,438.20 438,164.55 38,273.65 8.73%
# Loaded Exports …): rows of a label and as many cells each. The cells say what each column is: a column of
# percentages is the percent change, one that is the first level less the second is the change, the rest are levels of
# the periods the header names in order. The question's label words choose the row (the one whose words it names most,
# then with fewest words it does not name), its year the level's column, a percentage answer or a question of change
# the change's. Another row's cell is another item (DG601; another period where either row is labelled by a period,
# Calendar Year 2019 against Total); the same row's other period is DG602; its change for its level is DG601.
_CELL_RE = lazy(r"\(?-?\d[\d,]*(?:\.\d+)?\)?%?")
_YEAR_CELL_RE = lazy(r"(?:1[89]|20)\d\d(?:/\d\d)?")
_COLUMN_WORDS = frozenset(("change", "%", "percent", "difference", "chg", "chg."))
_PERIOD_LABEL_RE = lazy(r"(?<![a-z])(?:year|calendar|fiscal|quarter|month|ytd|(?:19|20)\d\d)(?![a-z])")
_TABLE_CHANGE_ASKED_RE = lazy(r"(?<![a-z])(?:by\show\s(?:many|much)|change[sd]?|exceed(?:ed|s)?|increase[sd]?|decrease[sd]?|"
                        r"rose|fell|grow|grew|difference)(?![a-z])")  # (not fall: the season, fall 2022)


def _cell_value(tok: str) -> Decimal:
    neg = tok.startswith("(") and tok.endswith(")") or tok.startswith("-")
    return -Decimal(tok.strip("()%-").replace(",", "")) if neg else Decimal(tok.strip("()%-").replace(",", ""))


def _line_table(c_text: str) -> tuple[list[int], list[tuple[str, list[str]]], list[str]] | None:
    """The years its header names, its rows (label, cells) and each column's kind ('level', 'change', 'percent') of
    the one-line table in ``c_text``; None where it holds none (three rows of one count of cells, two or more)."""
    tokens = c_text.split()
    groups: list[tuple[list[str], list[str]]] = []
    for tok in tokens:
        cell = _CELL_RE.fullmatch(tok) and not _YEAR_CELL_RE.fullmatch(tok) and any(c in tok for c in ",.%()")
        if cell:
            if not groups:
                return None
            groups[-1][1].append(tok)
        elif groups and not groups[-1][1]:
            groups[-1][0].append(tok)
        else:
            groups.append(([tok], []))
    rows = [(words, cells) for words, cells in groups if cells]
    if len(rows) < 3 or len({len(c) for _, c in rows}) != 1 or len(rows[0][1]) < 2 or any(not c for _, c in groups[1:]):
        return None
    width = len(rows[0][1])
    head = rows[0][0]
    cut = max((i + 1 for i, w in enumerate(head) if _YEAR_CELL_RE.fullmatch(w) or w in _COLUMN_WORDS), default=0)
    if not cut or cut == len(head):
        return None
    years = [int(w[:4]) for w in head[:cut] if _YEAR_CELL_RE.fullmatch(w)]
    rows[0] = (head[cut:], rows[0][1])
    values = [[_cell_value(c) for c in cells] for _, cells in rows]
    kinds = ["percent" if all(cells[j].endswith("%") for _, cells in rows) else "level" for j in range(width)]
    for j in range(2, width):
        if kinds[j] == "level" and all(abs(v[j] - (v[0] - v[1])) <= Decimal("0.05") for v in values):
            kinds[j] = "change"
    if kinds.count("level") != len(years):
        return None
    return years, [(" ".join(words), cells) for words, cells in rows], kinds


def _table_cell(a_text: str, c_text: str, q_text: str) -> list[Mismatch] | None:
    """The cell of a one-line table the question asks (its row by label words, its column by year or change) against
    the answer's: [] for it, DG602 for the same row's other period, DG601 for another row's or another measure's."""
    if has_han(q_text) or c_text.count(" ") < 12:
        return None
    table = _line_table(c_text)
    if table is None:
        return None
    years, rows, kinds = table
    said = _CELL_RE.search(a_text)
    if not said:
        return None
    try:
        a = _cell_value(said.group())
    except ArithmeticError:
        return None
    where = [(i, j) for i, (_, cells) in enumerate(rows) for j, c in enumerate(cells) if _cell_value(c) == a]
    if not where:
        return None
    q_words = {w for w in re.split(r"[\s,?'’-]+", q_text) if w}
    scores = []
    for i, (label, _) in enumerate(rows):
        words = set(label.split())
        scores.append((len(words & q_words), -len(words - q_words), i))
    best = max(scores)
    if best[0] == 0 or sum(1 for sc in scores if sc[:2] == best[:2]) > 1:
        return None
    row = best[2]
    if "%" in a_text or "percent" in a_text:
        column = kinds.index("percent") if "percent" in kinds else None
    elif _TABLE_CHANGE_ASKED_RE.search(q_text):
        column = kinds.index("change") if "change" in kinds else None
    else:
        named = [k for k, y in enumerate(years) if re.search(rf"(?<!\d){y}(?!\d)", q_text)]
        levels = [j for j, k in enumerate(kinds) if k == "level"]
        column = levels[named[0]] if len(named) == 1 else None
    if column is None:
        return None
    if (row, column) in where:
        return []
    i, j = min(where, key=lambda ij: (ij[0] != row, ij[1]))
    shown = rows[row][1][column]
    data = {"bound_to": a_text.strip(), "selected": [shown]}
    if i == row and kinds[j] == kinds[column] == "level":
        return [Mismatch("DG602", f"answer {a_text.strip()} is the table's {rows[i][0]} for another period; the question "
                                  f"asks its {years[kinds[:column].count('level')]} ({shown})", data)]
    if i == row:
        return [Mismatch("DG601", f"answer {a_text.strip()} is the table's {rows[i][0]} {kinds[j]}; the question asks its "
                                  f"{kinds[column]} ({shown})", data)]
    code = "DG602" if kinds[j] == kinds[column] and (_PERIOD_LABEL_RE.search(rows[i][0]) or _PERIOD_LABEL_RE.search(rows[row][0])) else "DG601"
    return [Mismatch(code, f"answer {a_text.strip()} is the table's row {rows[i][0]}; the question asks the row "
                           f"{rows[row][0]} ({shown})", data)]


# A proposal is no outcome: a term or amount a party asked for (the 15 years requested by the prosecution, the 12 to 18
# months his lawyer had asked for, probation recommended 20 years, the state-recommended sentence was …) against the one
# imposed or decided is DG603 either way, as a goal against what happened; among proposals the party and the verb the
# question names select one (another party's is DG601), and a question naming none that fits cannot choose (DG605).
# A legal bound (the 20 years maximum, a maximum of 40 years) is another item than either.
_PROPOSE_VERB = (r"(?:request(?:s|ed|ing)?|recommend(?:s|ed|ing)?|seek(?:s|ing)?|sought|propos(?:e|es|ed|ing)|urg(?:e|es|ed|ing)"
                 r"|demand(?:s|ed|ing)?|(?:ask|call)(?:s|ed|ing)?(?:\s(?:[a-z'’-]+\s){0,3}?for)(?![a-z]))")
_PROPOSED_AFTER_RE = lazy(r"(?:[\s-]?[a-z]+)?(?:\s(?:that|which))?(?:\s(?!(?:as|and|but|while|than|after|because|when|is|was|were|are)\s)"
                          r"[a-z.'’-]+){0,6}?(?:\s(?:had|has|have|was|were|is|are|being))?\s" + _PROPOSE_VERB
                          # (not a participle before the next value: $100m of its proposed $1bn savings)
                          + r"(?![a-z])(?!\s(?:[a-z]+\s)?[$€£¥]?\d)",
                          needs=("request", "recommend", "seek", "sought", "propos", "urg", "demand", "for"))
_PROPOSED_BEFORE_RE = lazy(r"(?<![a-z])" + _PROPOSE_VERB + r"(?![a-z])",
                           needs=("request", "recommend", "seek", "sought", "propos", "urg", "demand", "for"))
_PROPOSAL_ASKED_RE = lazy(r"(?<![a-z])(?:" + _PROPOSE_VERB + r"|request|recommendation|proposal)(?![a-z])",
                          needs=("request", "recommend", "seek", "sought", "propos", "urg", "demand", "for"))
# (what an outcome is weighed against, a verb that imposes between a proposal verb and a value, a bound)
_COMPARED_ASKED_RE = lazy(r"(?<![a-z])(?:than|in excess of|above|below|exceed\w*|beyond|under)(?![a-z])",
                          needs=("than", "excess", "above", "below", "exceed", "beyond", "under"))
_IMPOSING_RE = lazy(r"(?<![a-z])(?:sentenced|imposed|ordered|gave|given|handed|decided|delivered|granted|awarded)(?![a-z])")
_OWN_PREDICATE_RE = lazy(rf"(?<![a-z])(?:is|are|was|were|be|been|has|have|had|estimated|{forecast_words('modal', 'tentative')})(?![a-z])")
_ATTRIBUTIVE_BEFORE_RE = lazy(r"(?:-|(?<![a-z])(?:the|a|an|its|their|his|her)\s)\Z")
_COPULA_AFTER_RE = lazy(r"\s(?:[a-z-]+\s){1,3}(?:was|were|is|are)\s(?:about\s|around\s|some\s)?")
_BOUND_NEAR_RE = lazy(r"(?<![a-z])(?:maximum|minimum)(?![a-z])", needs=("maximum", "minimum"))
_BOUND_AFTER_RE = lazy(r"(?:[\s-]?[a-z]+)?\s(?:maximum|minimum)(?![a-z])", needs=("maximum", "minimum"))
_BOUND_BEFORE_RE = lazy(r"(?<![a-z])(?:maximum|minimum)(?:\s[a-z]+){0,3}?\s(?:of\s)?\Z", needs=("maximum", "minimum"))
_FORESEEN_BEFORE_RE = lazy(rf"(?<![a-z])(?:{forecast_words(verbs=tuple(FORESEE_VERBS), participle=True)})(?![a-z])")
_ASKED_KIND_RE = lazy(r"^\s*(?:what|which|how\s(?:long|many|much))(?:\s(?:a|an|the))?"
                      r"(?:\s(?!(?:did|do|does|had|has|have|was|were|is|are|will|would)(?![a-z]))[a-z-]+){0,2}")
_PROPOSAL_NOUN_RE = lazy(r"\s([a-z][a-z-]+)")
_TIME_UNITS = frozenset(("year", "month", "week", "day", "hour"))


def _proposal_of(c_text: str, q, kin: Sequence) -> tuple[str, str] | None:
    """``q``'s class in its sentence: ("bound", ""), ("foreseen", ""), ("proposal", its party's and verb's words) or None
    (stated as what is, or was, so)."""
    lo = _sentence_start(c_text, q.start)
    hi = _sentence_end(c_text, q.end)
    if _BOUND_AFTER_RE.match(c_text, q.end) or _BOUND_BEFORE_RE.search(c_text, max(lo, q.start - 40), q.start) \
            or _BOUND_NEAR_RE.search(c_text, q.start, q.end):  # (… or its own qualifier: a maximum of 40 years)
        return "bound", ""
    m = _PROPOSED_AFTER_RE.match(c_text, q.end)
    if m and m.end() <= hi:
        by = re.match(r"\s(?:[a-z]+\s){0,3}?by\s((?:[a-z.'’-]+\s?){1,4})", c_text[m.end():hi])
        return "proposal", c_text[q.end:m.end()] + " " + (by.group(1) if by else "")
    # the last proposal verb before the value in its sentence, with nothing imposed and no other value of its kind
    # between (but a range's lower end: between 4.25 and 5.25 years)
    verbs = list(_PROPOSED_BEFORE_RE.finditer(c_text, lo, q.start))
    if verbs:
        verb = verbs[-1]
        between = c_text[verb.end():q.start]
        others = [k for k in kin if verb.end() <= k.start and k.end <= q.start
                  and not re.fullmatch(r"\s?(?:[a-z]+\s)?(?:to|and|-|–)\s?", c_text[k.end:q.start])]
        # (not an aim, sought to determine …, nor a value a later predicate of its own states: proposed by X — would have …)
        # (but a copula after the noun an attributive participle describes: the state-recommended sentencing was X)
        attributive = bool(_ATTRIBUTIVE_BEFORE_RE.search(c_text, max(lo, verb.start() - 8), verb.start())) \
            and _COPULA_AFTER_RE.fullmatch(between) is not None
        if not _IMPOSING_RE.search(between) and not _FORESEEN_BEFORE_RE.search(between) and not re.search(r"[;:—]", between) \
                and (attributive or not _OWN_PREDICATE_RE.search(between)) and not between.startswith(" to "):
            if others:  # (after another value the verb governs: which one it proposes is not read here)
                return "unclear", ""
            start = max(lo, c_text.rfind(",", lo, verb.start()) + 1, c_text.rfind(";", lo, verb.start()) + 1)
            return "proposal", c_text[start:verb.end()]
    if _FORESEEN_BEFORE_RE.search(c_text, lo, q.start):
        return "foreseen", ""
    return None


# What a value is weighed against (less than the 15 years requested, far in excess of the 12 to 18 months asked for):
# a comparative, then a determiner, then the value. The determiner marks a standard named elsewhere, not a bound (less
# than 15 years). Group "up" is a comparison upward; the question's form ends in what it asks (more than how many years).
_WEIGHED_CMP = (r"(?:(?P<up>(?:more|greater|higher|longer|heavier|harsher|larger|bigger)\sthan|in\sexcess\sof|exceed(?:s|ed|ing)?|above)"
                r"|(?:less|fewer|lower|lighter|shorter|smaller|softer)\sthan|below)")
_WEIGHED_STANDARD_RE = lazy(r"(?<![a-z])" + _WEIGHED_CMP + r"\s(?:the|those|that)\s(?=[\d$£€]|(?:one|two|three|four|five|six|"
                            r"seven|eight|nine|ten|eleven|twelve|fifteen|twenty)(?![a-z]))",
                            needs=("than", "excess", "exceed", "above", "below"))
_WEIGHED_ASKED_RE = lazy(r"(?<![a-z])" + _WEIGHED_CMP + r"\s(?:the\s)?(?:how\s(?:many|much|long)|what|which)(?![a-z])",
                         needs=("than", "excess", "exceed", "above", "below"))
_WEIGHED_RANGE_JOIN_RE = lazy(r"\s?(?:to|-|–)\s?")


def _weighed_standard(a_text: str, c_text: str, q_text: str) -> list[Mismatch] | None:
    """A question asking what a value is weighed against (less than how many years?) is answered by the value after
    the cite's comparative of the same direction; the value after the contrary comparative (more than the nine years)
    is DG604. None where the answer is no such standard or the cite weighs nothing in the asked direction."""
    asked = _WEIGHED_ASKED_RE.search(q_text)
    if not asked:
        return None
    said = parse_quantities(a_text)
    if not said:
        return None
    a = said[-1]
    found = parse_quantities(c_text)
    ups: dict[bool, list] = {True: [], False: []}
    for m in _WEIGHED_STANDARD_RE.finditer(c_text):
        run = [q for q in found if q.start >= m.end()][:2]
        if not run or run[0].start > m.end() + 2:
            continue
        if len(run) > 1 and not _WEIGHED_RANGE_JOIN_RE.fullmatch(c_text, run[0].end, run[1].start):
            run = run[:1]
        ups[m["up"] is not None] += run
    up = asked["up"] is not None
    if not ups[up]:
        return None
    data = {"bound_to": a_text.strip(), "selected": [c_text[q.start:q.end] for q in ups[up]]}
    if any(q.value == a.value and q.unit == a.unit for q in ups[up]):
        return []
    if any(q.value == a.value and q.unit == a.unit for q in ups[not up]):
        return [Mismatch("DG604", f"answer {a_text.strip()} is what the cite weighs the value against in the other "
                                  f"direction; the question asks what it is {'more' if up else 'less'} than", data)]
    return None


def _proposed_or_imposed(a_text: str, c_text: str, q_text: str) -> list[Mismatch] | None:
    """A proposal (a term a party requested, recommended, sought, asked for) against the one imposed: DG603 either way;
    among proposals the party and verb the question names select (DG601 for another's, DG605 where none is named). None
    where the cite states no proposal of the answer's measure, or the question asks a comparison or a forecast."""

    if not _PROPOSED_BEFORE_RE.search(c_text) or _COMPARED_ASKED_RE.search(q_text) or _asks_forecast(q_text):
        return None
    said = parse_quantities(a_text)
    if not said:
        return None
    a = said[-1]
    family = _TIME_UNITS if a.unit in _TIME_UNITS else frozenset((a.unit,))
    # (a count with no unit is of the noun after it: 30 storeys against 24 storeys, not against 12 councillors)
    counted = _PROPOSAL_NOUN_RE.match(a_text, a.end)
    if a.unit is None and not counted:
        return None
    kin = [q for q in parse_quantities(c_text) if q.unit in family and (a.unit is not None or (
        (m := _PROPOSAL_NOUN_RE.match(c_text, q.end)) is not None and _stem(m.group(1)) == _stem(counted.group(1))))]
    classes = [_proposal_of(c_text, q, kin) for q in kin]
    proposals = [(q, c[1]) for q, c in zip(kin, classes) if c and c[0] == "proposal"]
    if not proposals:
        return None
    mine = [(q, c) for q, c in zip(kin, classes) if q.value == a.value and q.unit == a.unit]
    if not mine:
        return None
    shown = ", ".join(c_text[q.start:q.end] for q, _ in proposals)
    data = {"bound_to": a_text.strip(), "selected": [shown]}
    asks = _PROPOSAL_ASKED_RE.search(q_text)
    bound_asked = _BOUND_NEAR_RE.search(q_text)
    if bound_asked:
        if any(c and c[0] == "bound" for _, c in mine):
            return []
        if any(c and c[0] == "bound" for c in classes):
            return [Mismatch("DG601", f"answer {a_text.strip()} is no bound in the cite; the question asks the maximum or "
                                      f"minimum", data)]
        return None
    if any(c and c[0] == "bound" for _, c in mine) and not any(c is None or c[0] == "proposal" for _, c in mine):
        return [Mismatch("DG601", f"answer {a_text.strip()} is a bound (a maximum or minimum) in the cite, another item "
                                  f"than the term the question asks", data)]
    if not asks:
        if all(c and c[0] == "proposal" for _, c in mine) and any(c is None for c in classes):
            return [Mismatch("DG603", f"answer {a_text.strip()} is a proposal in the cite ({shown}), not what was "
                                      f"decided; the question asks the outcome", data)]
        if all(c is None for _, c in mine) and all(c is not None or q.value == a.value for q, c in zip(kin, classes)):
            return []  # (its only rivals are proposals and bounds: the one value decided is the outcome asked)
        return None
    if not any(c and c[0] == "proposal" for _, c in mine):
        if all(c is None for _, c in mine):
            return [Mismatch("DG603", f"answer {a_text.strip()} is what was decided in the cite; the question asks what was "
                                      f"proposed ({shown})", data)]
        return None
    # the party and the verb the question names (not the one the term is for: … sought for Maxwell)
    # (… nor the noun of the kind it asks: what prison term, how many years)
    asked = _ASKED_KIND_RE.sub(" ", re.sub(r"\sfor\s[a-z.'’ -]+\??\s*\Z", " ", q_text), count=1)
    q_words = {_stem(w) for w in _WORD_RE.findall(asked) if w not in _STOP}
    scores = [(q, len(q_words & {_stem(w) for w in _WORD_RE.findall(party) if w not in _STOP})) for q, party in proposals]
    best = max(s for _, s in scores)
    top = {q.value for q, s in scores if s == best}
    if a.value in top and len(top) == 1:
        return []
    if a.value in top:
        return [Mismatch("DG605", f"the cite holds several proposals ({shown}) and the question does not say whose it "
                                  f"asks; name the party", data)]
    return [Mismatch("DG601", f"answer {a_text.strip()} is another party's proposal in the cite; the question asks "
                              f"another's", data)]


_YEAR_SPAN_RE = lazy(r"(?<![\d.,])((?:1\d|20)\d\d)\s?(?:–|—|-|to|and|until|through)\s?((?:1\d|20)\d\d)(?![\d%])",
                     needs=("–", "—", "-", "to", "and", "until", "through"))
_SPAN_END_Q_RE = lazy(r"(?<![a-z])(?:(end|ends|ended|ending|last|close|closes|closed)|(begin|begins|began|start|starts|started|"
                      r"starting|first|open|opens|opened))(?![a-z])", needs=("end", "last", "clos", "begin", "began", "start", "first", "open"))


def _span_end(a_text: str, c_text: str, q_text: str) -> list[Mismatch] | None:
    """A span of years (between 1850 and 1900, the 1880–2015 record) asked for its end or its start: the end the
    question names is right ([]), the other is another date (DG601). None where the question names neither."""

    asked = _SPAN_END_Q_RE.search(q_text)
    year = _WHOLE_YEAR_RE.fullmatch(a_text.strip())
    if not asked or not year:
        return None
    for m in _YEAR_SPAN_RE.finditer(c_text):
        first, last = m[1], m[2]
        if int(last) <= int(first) or year[1] not in (first, last):
            continue
        want = last if asked[1] else first
        if year[1] == want:
            return []
        return [Mismatch("DG601", f"answer {year[1]} is the other end of the span {m[0]} in the cite; the question asks "
                                  f"its {'end' if asked[1] else 'start'} ({want})", {"bound_to": year[1], "selected": [want]})]
    return None


# A total to date (has now won 31 awards; her lifetime total to 32; the most-nominated in Grammy history, with 88) and
# the count of one day or year it holds (took home three awards Sunday): the question's span selects.
_TO_DATE_RE = lazy(r"(?<![a-z])(?:career|lifetime|history|to\sdate|so\sfar|ha(?:s|ve)\snow)(?![a-z])",  # (an all-time record
                   needs=("career", "lifetime", "history", "date", "far", "now"))  # is a peak, no total)
# (after a value of its clause, "so far" and "to date" are that value's; only the marks that stand before theirs are
# the next value's)
_TO_DATE_BEFORE_RE = lazy(r"(?<![a-z])(?:career|lifetime|history|ha(?:s|ve)\snow)(?![a-z])", needs=("career", "lifetime", "history", "now"))
_TO_DATE_AFTER_RE = lazy(r"(?<![a-z])(?:to\sdate|so\sfar)(?![a-z])", needs=("date", "far"))
_TO_DATE_Q_RE = lazy(r"(?<![a-z])(?:(?:in|during|over|throughout)\s(?:her|his|their|its|the)\s(?:[a-z-]+\s)?career|lifetime|"
                     r"all[- ]time|to\sdate|so\sfar|in\stotal|in\s(?:[a-z-]+\s)?history"
                     r"|since\s(?:[a-z]+\s)?(?:\d{1,2},?\s)?(?:19|20)\d\d)(?![a-z\d])",  # (since January 2018: to date)
                     needs=("career", "lifetime", "time", "date", "far", "total", "history", "since"))
_PART_OF_WHICH_RE = lazy(r"(?<![a-z])(?:of\s(?:which|whom|them|those)|including|among\sthem)\s\Z", needs=("of", "including", "among"))
_ONE_SPAN_Q_RE = lazy(r"(?<![a-z\d])(?:(?:19|20)\d\d|this\syear|last\syear|tonight|monday|tuesday|wednesday|thursday|friday|"
                      r"saturday|sunday)(?![a-z\d])")
_TOTAL_SENTENCE_END_RE = lazy(EN_SENTENCE_END + r"|\n")
_TOTAL_CLAUSE_BREAK_RE = lazy(r",\s(?!with\s)|\s(?:after|when|while|but|and|before)\s")
_MARGIN_AFTER_RE = lazy(r"\s(?:[a-z]+\s)?(?:higher|lower|more|fewer|less|ahead|behind)(?![a-z])")


# The balance left of an amount (had $3.7 billion remaining from its authorization) and the part of it used (under which
# about $41 million in shares had been bought) are measures of their own beside the amount itself: a question asking what
# remains or what was bought selects the one value so marked.
_LEFT_AFTER_RE = lazy(r"\s(?:remaining|left|unused|still\savailable)(?![a-z])")
_USED_IN_CLAUSE_RE = lazy(r"(?<![a-z])(?:bought|purchased|repurchased|spent|bought\sback)(?![a-z])")
_EARLIER_OR_TOTAL_BEFORE_RE = lazy(r"(?<![a-z])(?:from|than|total\sof)\s(?:about\s|nearly\s|roughly\s)?\Z")
_BALANCE_ASKED_WORD_RE = lazy(r"(?<![a-z])(?:remain(?:s|ed|ing)?|left|unused)(?![a-z])")


def _balance_or_used(a_text: str, c_text: str, q_text: str) -> list[Mismatch] | None:
    """Asked what remains of an amount (or what was bought under it), the one value the cite marks so answers; another
    value in the answer's unit (the amount itself, a new amount beside it) is another measure (DG601). None where the
    question asks neither, or where not exactly one value is marked."""

    if has_han(q_text):
        return None
    asks_balance = _BALANCE_ASKED_WORD_RE.search(q_text) is not None
    asks_used = _USED_IN_CLAUSE_RE.search(q_text) is not None
    if asks_balance == asks_used:
        return None
    said = parse_quantities(a_text)
    if len(said) != 1:
        return None
    a = said[0]
    stated = [q for q in parse_quantities(c_text) if _same_unit(a.unit, q.unit)]

    def marked(q) -> bool:
        if asks_balance:
            return _LEFT_AFTER_RE.match(c_text, q.end) is not None
        lo, hi = _clause_start(c_text, q.start), _sentence_end(c_text, q.end)
        cut = re.search(r"[,;]", c_text[q.end:hi])
        hi = q.end + cut.start() if cut else hi
        alone = not any(p is not q and lo <= p.start < hi for p in stated)
        return alone and _USED_IN_CLAUSE_RE.search(c_text, lo, hi) is not None

    chosen = [q for q in stated if marked(q)]
    mine = [q for q in stated if q.value == a.value]
    if len(chosen) != 1 or len(stated) < 2 or not mine:
        return None
    if any(q is chosen[0] for q in mine):
        return []
    if _EARLIER_OR_TOTAL_BEFORE_RE.search(c_text, max(0, mine[0].start - 16), mine[0].start):
        return None  # (down from $6.3 billion; a total of $6.7 billion so far: the same amount at another moment, DG602's)
    what = "the balance remaining" if asks_balance else "the amount bought"
    v, sel = _quantity_values(c_text, mine[0], chosen[:1])
    return [Mismatch("DG601", f"answer {a_text.strip()} is not {what} in the cite; the question asks it ({sel[0].text})",
                     _data(v, sel))]


def _total_to_date(a_text: str, c_text: str, q_text: str) -> list[Mismatch] | None:
    """A total to date against the count of one day or year within it: asked the total (in her career), the total
    is right ([]) and the part another span's (DG602); asked one year's (in 2018, 2023's), the total is another
    span's (DG602). None where the cite has no one total of the answer's kind, or the question names no span."""

    if not _TO_DATE_RE.search(c_text):
        return None
    said = parse_quantities(a_text)
    if not said:
        return None
    a = said[0]
    if a.unit in _RATE_UNITS:  # (a rate is never summed over a span: a record-low acceptance rate of 11.9% is no total)
        return None
    bounds = [0] + [m.end() for m in _TOTAL_SENTENCE_END_RE.finditer(c_text)] + [len(c_text)]

    def sentence(q) -> tuple[int, int]:
        k = bisect_right(bounds, q.start) - 1
        return bounds[k], bounds[min(k + 1, len(bounds) - 1)]

    def clause(q) -> tuple[int, int]:  # (a "with" phrase is its clause's: the most-nominated in history, with 88 each)
        lo, hi = sentence(q)
        starts = [m.end() for m in _TOTAL_CLAUSE_BREAK_RE.finditer(c_text, lo, q.start)]
        end = c_text.find(", ", q.end, hi)
        return (starts[-1] if starts else lo), (end if end >= 0 else hi)

    same_unit = [q for q in parse_quantities(c_text) if q.unit == a.unit and not is_article(q, c_text)]
    kin = [q for q in same_unit if not _MARGIN_AFTER_RE.match(c_text, q.end) and not c_text.startswith("-", q.end)
           and not c_text[:q.start].rstrip(" $€£¥").endswith("(")]  # (not one higher, a two-decade career, a bracketed part)
    def marked(q) -> bool:  # (the mark before it: most-nominated in history, with 88; not the two most-nominated in
        lo, hi = clause(q)  # history; "so far" and "to date" after a value are its own: 250 cases so far, with 11 new)
        first = min([q.start] + [w.start for w in kin if lo <= w.start < q.start])
        after = min([hi] + [w.start for w in kin if q.end <= w.start < hi])
        return bool(_TO_DATE_BEFORE_RE.search(c_text, lo, q.start) or _TO_DATE_AFTER_RE.search(c_text, lo, first)
                    or _TO_DATE_AFTER_RE.search(c_text, q.end, after))

    totals = [q for q in kin if marked(q)]
    if len(totals) != 1 or len(same_unit) < 2:
        return None
    if c_text.endswith(" to ", 0, totals[0].start):  # (a level a change brings the total to: its own rule, DG601)
        return None
    total = totals[0]
    # (a part by kind, of which 41,135 have secured a second dose, is no count of a span within the total)
    mine = [q for q in kin if q.value == a.value and not _PART_OF_WHICH_RE.search(c_text, max(0, q.start - 20), q.start)]
    if not mine:
        return None
    shown = c_text[total.start:total.end]
    if _TO_DATE_Q_RE.search(q_text):
        if total in mine:
            return []
        return [Mismatch("DG602", f"answer {a_text.strip()} is the count of one day or year in the cite; the question "
                                  f"asks the total to date ({shown})", {"bound_to": a_text.strip(), "selected": [shown]})]
    if _ONE_SPAN_Q_RE.search(q_text) and mine == [total]:
        return [Mismatch("DG602", f"answer {a_text.strip()} is the total to date in the cite; the question asks one "
                                  f"year's or day's count", {"bound_to": a_text.strip(), "selected": [shown]})]
    return None


# A count new in an update (three new cases, three additional deaths, a 47-case uptick, 22 cases reported in the past
# week) and the running total it adds to (now up to 68 cases, the total number of deaths … to eight, 250 cases so far,
# 228 cases since January 1) are one count at two moments, 新增 against 累计: the question's "new" or "total" selects,
# and the other is that count at another moment (DG602). A value's mark is in its own phrase: after it up to the next
# value or its sentence's end (new, additional, -case uptick, in the past week, so far, since January), or before it
# back to the value before (the total …, now up to).
_NEW_AFTER_RE = lazy(r"\s(?:new|additional)\s|-[a-z]+\s(?:uptick|increase|rise|jump)(?![a-z])", needs=("new", "additional", "-"))
_RECENT_RE = lazy(r"(?<![a-z])(?:(?:in|over|during)\s(?:the\s)?(?:past|last|previous)\s(?:week|(?:\d+|[a-z]+)\sdays|24\shours)"
                  r"|this\sweek)(?![a-z])", needs=("week", "days", "hours"))
_TOTAL_AFTER_RE = lazy(r"(?<![a-z])(?:so\sfar|to\sdate|in\stotal|since\s(?:the\sstart|" + _MONTH_NAME + r"(?![a-z])|\d{4}))",
                       needs=("far", "date", "total", "since"))
_TOTAL_BEFORE_RE = lazy(r"(?<![a-z])(?:total|now\sup\sto|cumulative)(?![a-z])", needs=("total", "now", "cumulative"))
_NEW_ASKED_RE = lazy(r"(?<![a-z])(?:new|additional|uptick|tick(?:ed)?\sup|(?:in|over|during)\s(?:the\s)?(?:past|last)\sweek"
                     r"|this\sweek)(?![a-z])", needs=("new", "additional", "tick", "week"))
_SPAN_ASKED_RE = lazy(r"(?<![a-z])(?:week|weekend|month|quarter|day|today|tonight)(?![a-z])")
_TOTAL_ASKED_RE = lazy(r"(?<![a-z])(?:total|so\sfar|to\sdate|now)(?![a-z])", needs=("total", "far", "date", "now"))


def _tallies(c_text: str, values: list[Value]) -> dict[int, str]:
    """Each value's part of a tally, by id: "new" (counted in an update) or "total" (the running total); {} unless the
    cite, not Chinese (新增 and 累计 are moment words there), writes both."""
    if has_han(c_text) or not _NEW_AFTER_RE.search(c_text) and not _RECENT_RE.search(c_text):
        return {}  # (read once per question that asks new or total: most cites have neither mark)
    order = sorted(values, key=lambda v: v.start)
    found = {}
    for k, v in enumerate(order):
        lo, hi = _sentence_start(c_text, v.start), _sentence_end(c_text, v.start)
        before = max([lo] + [w.end for w in order[:k] if lo <= w.end <= v.start])
        after = min([hi] + [w.start for w in order[k + 1:] if v.end <= w.start < hi])
        if _NEW_AFTER_RE.match(c_text, v.end) or _RECENT_RE.search(c_text, v.end, after):
            found[id(v)] = "new"
        elif _TOTAL_AFTER_RE.search(c_text, v.end, after) or _TOTAL_BEFORE_RE.search(c_text, before, v.start):
            found[id(v)] = "total"
    return found if set(found.values()) == {"new", "total"} else {}


def _other_tally(c_text: str, v: Value, chosen: Value, values: list[Value]) -> bool:
    """Is ``v`` the chosen value's count at the tally's other moment (three new cases against 68 now): one is new, the
    other the running total, and they count one noun (or the total's phrase names the new count's)?"""
    if not (v.measure and chosen.measure) or v.key[1] != chosen.key[1]:
        return False
    tally = _tallies(c_text, values)
    if {tally.get(id(v)), tally.get(id(chosen))} != {"new", "total"}:
        return False
    return v.measure == chosen.measure or any(
        _stem(w) == x.measure for x, y in ((v, chosen), (chosen, v))
        for w in _WORD_RE.findall(c_text, _sentence_start(c_text, y.start), y.start))


def _asked_tally(q_text: str) -> str:
    """The part of a tally the question asks: "new" (new, additional, in the past week), "total" (total, so far)."""
    new, total = _NEW_ASKED_RE.search(q_text), _TOTAL_ASKED_RE.search(q_text)
    if total and total.group() == "total" and _SPAN_ASKED_RE.search(q_text):
        total = None  # (the global total for its third week: a span's total, not the running one)
    return "new" if new and not total else "total" if total and not new else ""


_ORDINAL_NOUN_RE = lazy(r"(?<![a-z])(first|second|third|fourth|fifth|sixth)\s([a-z]{3,})", needs=("first", "second", "third", "fourth", "fifth", "sixth"))


def _ordinal_item(a_text: str, c_text: str, q_text: str) -> list[Mismatch] | None:
    """Dates of one noun told apart by their ordinals (her first Tony Award in 2001, her second Tony in 2010): the
    question's ordinal selects (the other is another item's date, DG601); a question naming the noun without one
    cannot choose (DG605). None where the cite numbers no noun twice or the answer lies outside them."""

    said = parse_dates(a_text)
    if len(said) != 1 or not _ORDINAL_NOUN_RE.search(c_text):
        return None
    bounds = [0] + [m.end() for m in _TOTAL_SENTENCE_END_RE.finditer(c_text)] + [len(c_text)]
    owned = []  # (date, ordinal, noun stem) for each date with an ordinal noun before it in its sentence
    for d in parse_dates(c_text):
        if (d.year is None) != (said[0].year is None):
            continue  # (a year against years: not the month of August Wilson's play)
        k = bisect_right(bounds, d.start) - 1
        marks = [m for m in _ORDINAL_NOUN_RE.finditer(c_text, bounds[k], d.start)]
        if marks:
            owned.append((d, marks[-1][1], _stem(marks[-1][2])))
    mine = [o for o in owned if agrees(said[0], o[0])]
    if len(mine) != 1:
        return None
    noun = mine[0][2]
    rivals = [o for o in owned if o[2] == noun and o is not mine[0]]
    if not rivals or noun not in {_stem(w) for w in re.findall(r"[a-z]+", q_text)}:
        return None
    asked = [m[1] for m in _ORDINAL_NOUN_RE.finditer(q_text) if _stem(m[2]) == noun]
    if not asked:
        shown = [c_text[o[0].start:o[0].end] for o in [mine[0], *rivals]]
        return [Mismatch("DG605", f"the cite holds several dates of the {mine[0][2]}s ({', '.join(shown)}) told apart by "
                                  f"their ordinals, and the question names none", {"bound_to": shown[0], "selected": shown})]
    if asked[0] == mine[0][1]:
        return []
    chosen = [c_text[o[0].start:o[0].end] for o in rivals if o[1] == asked[0]]
    if not chosen:
        return None
    return [Mismatch("DG601", f"answer {a_text.strip()} is the date of the {mine[0][1]} one in the cite; the question asks "
                              f"the {asked[0]} ({chosen[0]})", {"bound_to": a_text.strip(), "selected": chosen})]


# The words that give a date its role where one event has several dates: a dividend paid on one day to holders of record
# on another, with an ex-dividend day before; a meeting held on one day for holders of record on an earlier one; a rule
# effective on one day; a bond or an offer that matures or expires on another. Each pattern names one role.
_DATE_ROLES = (
    ("payable", r"pay(?:able|s|ing|ment|ments)?|paid"),
    ("record", r"record"),
    ("ex-dividend", r"ex-(?:dividend|date|rights|distribution)"),
    ("held", r"held"),
    ("effective", r"effective"),
    ("expiry", r"expir(?:es|ed|y|ing|ation)"),
    ("maturity", r"matur(?:es|ed|ity|ing)"),
)
_DATE_ROLE_RE = lazy(r"(?<![a-z-])(?:" + "|".join(f"(?P<r{i}>{p})" for i, (_, p) in enumerate(_DATE_ROLES)) + r")(?![a-z])")
_DATE_ROLE_AFTER_RE = lazy(r"(?:,? \d{4})?,? (?:the|its) ([a-z-]+) date\b")


def _date_roles(text: str) -> list[str]:
    """The roles the words of ``text`` name, in order."""
    return [_DATE_ROLES[int(m.lastgroup[1:])][0] for m in _DATE_ROLE_RE.finditer(text)]


def _date_role(a_text: str, c_text: str, q_text: str) -> list[Mismatch] | None:
    """Dates of one event told apart by the words of their roles (payable June 10 to holders of record on May 8; the
    meeting to be held on Nov. 30, with Sept. 30 the record date): the role the question names selects the one date of
    that role, and the answer's date, of another role, is another item's (DG601). A date's role is the last role word
    between it and the date or sentence before it, or an apposition after it (, the record date). None where the question
    names no role, where not exactly one date holds it, or where the answer's date has no role of its own."""

    said = parse_dates(a_text)
    asked = set(_date_roles(q_text))
    if len(said) != 1 or not asked:
        return None
    bounds = [0] + [m.end() for m in _TOTAL_SENTENCE_END_RE.finditer(c_text)] + [len(c_text)]
    roled, last = [], 0  # (date, its role or None)
    for d in parse_dates(c_text):
        start = max(last, bounds[bisect_right(bounds, d.start) - 1])
        roles = _date_roles(c_text[start:d.start])
        after = _DATE_ROLE_AFTER_RE.match(c_text, d.end)
        if after and _date_roles(after[1]):
            roles = _date_roles(after[1])
        roled.append((d, roles[-1] if roles else None))
        last = d.end
    mine = [(d, r) for d, r in roled if agrees(said[0], d)]
    chosen = [(d, r) for d, r in roled if r in asked]
    if len(mine) != 1 or mine[0][1] is None or len(chosen) != 1 or len({r for _, r in roled if r}) < 2:
        return None
    if chosen[0][0] is mine[0][0]:
        return []
    shown = c_text[chosen[0][0].start:chosen[0][0].end]
    return [Mismatch("DG601", f"answer {a_text.strip()} is the {mine[0][1]} date in the cite; the question asks the "
                              f"{chosen[0][1]} date ({shown})", {"bound_to": a_text.strip(), "selected": [shown]})]


# The roles of Chinese dates by the words right beside them: 从8月1日起 / 自…起执行 (in effect from), 截至2025年4月1日
# (the data's cut-off), 3日发布 / 于1月7日发布通知 (issued), 时间:2021-08-02 (the report's dateline).
_ZH_DATE_START_AFTER_RE = lazy(r"\s?起", needs="起")
_ZH_DATE_CUTOFF_BEFORE_RE = lazy(r"(?:截至|截止)(?:到|于)?\s?\Z", needs=("截至", "截止"))
_ZH_DATE_ISSUED_AFTER_RE = lazy(r"\s?(?:发布|公布|印发|发出|宣布|报道)", needs=("发布", "公布", "印发", "发出", "宣布", "报道"))
_ZH_DATE_DATELINE_BEFORE_RE = lazy(r"(?:时间|日期|发布时间|发布日期)\s?[:：]\s?\Z", needs=("时间", "日期"))
_ZH_DATE_Q_CUTOFF_RE = lazy(r"截至|截止", needs=("截至", "截止"))
_ZH_DATE_Q_START_RE = lazy(r"(?:哪|何时|什么时候|几月几[日号])[^,;。?]{0,8}?起|起(?:执行|实施|施行|生效)", needs="起")
_ZH_DATE_Q_ISSUED_RE = lazy(r"发布|公布|印发|发出|宣布|报道", needs=("发布", "公布", "印发", "发出", "宣布", "报道"))


def _zh_date_role(a_text: str, c_text: str, q_text: str) -> list[Mismatch] | None:
    """Chinese dates told apart by the words right beside them: a date before 起 (从8月1日起, 2025年3月1日起) is when a
    rule takes effect, one after 截至 the cut-off of the data, one before 发布/公布/宣布/报道 the day something was issued,
    and one after 时间: the report's dateline. A question asking from when (从哪天起调整), as of when (截至哪一天) or when
    something was issued selects the one date of that role; the answer's date of another role, or of none, is another
    event's (DG601). None where the question names no role, the cite holds fewer than two roles or not exactly one
    date of the one asked."""
    if not has_han(q_text):
        return None
    said = parse_dates(a_text)
    if len(said) != 1:
        return None
    asked = ("cut-off" if _ZH_DATE_Q_CUTOFF_RE.search(q_text) else "in effect" if _ZH_DATE_Q_START_RE.search(q_text)
             else "issued" if _ZH_DATE_Q_ISSUED_RE.search(q_text) else None)
    if asked is None:
        return None
    roled = []
    for d in parse_dates(c_text):
        if _ZH_DATE_CUTOFF_BEFORE_RE.search(c_text, max(0, d.start - 5), d.start):
            role = "cut-off"
        elif _ZH_DATE_START_AFTER_RE.match(c_text, d.end):
            role = "in effect"
        elif _ZH_DATE_ISSUED_AFTER_RE.match(c_text, d.end):
            role = "issued"
        elif _ZH_DATE_DATELINE_BEFORE_RE.search(c_text, max(0, d.start - 8), d.start):
            role = "dateline"
        else:
            role = None
        roled.append((d, role))
    mine = [(d, r) for d, r in roled if agrees(said[0], d)]
    chosen = [(d, r) for d, r in roled if r == asked]
    if len(mine) != 1 or len(chosen) != 1 or len({r for _, r in roled if r}) < 2:
        return None
    c, s = chosen[0][0], said[0]
    if c is mine[0][0] or agrees(s, c) or c.day is not None and c.day == s.day and c.month in (None, s.month) \
            and c.year in (None, s.year):
        return []  # (8月7日 for 7日发布 under the dateline 8月7日电: the same day)
    shown = c_text[chosen[0][0].start:chosen[0][0].end]
    return [Mismatch("DG601", f"answer {a_text.strip()} is the {mine[0][1] or 'other'} date in the cite; the question asks the "
                              f"{asked} date ({shown})", {"bound_to": a_text.strip(), "selected": [shown]})]


# 由上月上涨0.1%转为持平: a change turned from last period's value (the words from 由 up to the value) to this period's.
_TURN_FROM_RE = lazy(r"由\s?(?:上月|上年|上季度?|上周|去年|上期)[^,;。\d]{0,6}?\Z", needs="由")
_TURN_INTO_RE = lazy(r"\s?(?:个百分点)?\s?转(?:为|而|成)?", needs="转")


def _turn_start(a_text: str, c_text: str, q_text: str) -> list[Mismatch]:
    """In 由上月X转为Y, X is the last period's value and Y this period's: X given where the question asks the period
    the cite last named before it (2022年7月 after 7月份,…) is another period's value (DG602)."""

    said = parse_quantities(a_text)
    asked = [key for _, _, key in _periods(q_text)]
    if not said or not asked or "由" not in c_text:
        return []
    own = _direction(a_text)
    for q in parse_quantities(c_text):
        turned = _TURN_FROM_RE.search(c_text, max(0, q.start - 12), q.start)
        if q.value != said[0].value or not _same_unit(said[0].unit, q.unit) \
                or not turned or not _TURN_INTO_RE.match(c_text, q.end) \
                or own and _direction(c_text[turned.start():q.end]) not in (None, own):  # (上涨0.3% is not 由上月下降0.3%)
            continue
        framed = [key for _, _, key in _periods(c_text[:q.start])][-1:]  # (the period last named before it, its report's)
        if framed and all(not _conflicts(x, y) for x in asked for y in framed):
            return [Mismatch("DG602", f"answer {a_text.strip()} is the value the change turned from, the period before the "
                                      "one the question asks", {"bound_to": a_text.strip(), "selected": None})]
    return []


# The base a turn's clause measures against (同比 or 环比), and where its clause starts.
_TURN_METRIC_RE = lazy(r"同比|环比", needs="比")
_TURN_CLAUSE_START_RE = lazy(r"[,;。:]")


def _turn_pairs(c_text: str, quantities: Sequence) -> Iterator[tuple]:
    """The turns of ``c_text`` (由上月下降0.3%转为上涨0.1%) as (X, Y, the match from 由, the match of 转为): X the value
    turned from, Y the one turned to, each a quantity of ``quantities`` (the cite's, in order)."""
    for i, x in enumerate(quantities[:-1]):
        start = _TURN_FROM_RE.search(c_text, max(0, x.start - 12), x.start)
        into = start and _TURN_INTO_RE.match(c_text, x.end)
        if into and quantities[i + 1].start - into.end() <= 6:
            yield x, quantities[i + 1], start, into


def _asks_turned_from(c_text: str, q_text: str, start: re.Match) -> bool:
    """Whether the question asks the period a turn starts from: it names it (上月), or names a period other than the one
    the cite last named before the turn (7月 where the turn is 8月份's)."""
    if start[0][1:].strip()[:2] in q_text:
        return True
    framed = [key for _, _, key in _periods(c_text[:start.start()])][-1:]
    return bool(framed) and any(_conflicts(key, framed[0]) for _, _, key in _periods(q_text))


# A change from one level to another (由每度2.77元,提高至每度2.89元; 由先前版本的9.64%降为8.49%; 由每度4.03元调升为4.07元):
# the words between 由 and the first level, and the verb and 至/为/到 between the two levels.
_ZH_FROM_LEVEL_RE = lazy(r"由[^\d,;:。!?由]{0,10}\Z", needs="由")
_ZH_TO_LEVEL_RE = lazy(r",?\s?[^\d,;:。!?]{0,3}?(?:提高|提升|调升|调涨|调高|调降|调低|上调|下调|上涨|上升|下降|降低|增加|减少|放宽"
                       r"|缩减|升|降|涨|跌|增|减)(?:至|为|到)[^\d,;:。!?]{0,4}\Z")
# A question asking the level after a change (调整后, 调涨后, 之后) or before it (调整前, 调涨之前, 原本, 原先).
_ZH_AFTER_CHANGE_ASKED_RE = lazy(r"(?:调整|调涨|调升|调高|调降|调低|上调|下调|涨价|降价|修正)(?:之)?后", needs="后")
_ZH_BEFORE_LEVEL_ASKED_RE = lazy(r"(?:调整|调涨|调升|调高|调降|调低|上调|下调|涨价|降价|修正)(?:之)?前(?!年)|原本|原先",
                                 needs=("前", "原本", "原先"))


def _zh_change_sides(c_text: str, q_text: str):
    """(before, after) quantity pairs of the changes from one level to another in ``c_text`` (由X,提高至Y), and the side
    the question asks ("before", "after" or None)."""
    if "由" not in c_text:
        return [], None
    after, before = _ZH_AFTER_CHANGE_ASKED_RE.search(q_text), _ZH_BEFORE_LEVEL_ASKED_RE.search(q_text)
    side = "after" if after and not before else "before" if before and not after else None
    stated = parse_quantities(c_text)
    pairs = [(x, y) for x, y in zip(stated, stated[1:]) if _same_unit(x.unit, y.unit) and x.unit
             and _ZH_FROM_LEVEL_RE.search(c_text, max(0, x.start - 10), x.start)
             and _ZH_TO_LEVEL_RE.search(c_text, x.end, y.start) and y.start - x.end <= 16]
    return pairs, side


def _zh_change_side(kind: str, a_text: str, c_text: str, q_text: str, cite: str, question: str, entities,
                    sided: bool = False):
    """Asked the level after a change (调整后) or before it (调整前), of 由X,提高至Y: the other side is no candidate, and
    an answer giving the other side of the change is the same item at another time (DG602), or, where that side's
    counterpart is not what the question asks either, what the counterpart is. None where no such change is read."""
    pairs, side = _zh_change_sides(c_text, q_text)
    if not pairs or side is None:
        return None, []
    said = parse_quantities(a_text)
    if len(said) != 1:
        return None, []
    a = said[0]
    unasked = [(y if side == "before" else x) for x, y in pairs]
    asked = [(x if side == "before" else y) for x, y in pairs]
    hit = [i for i, q in enumerate(unasked) if q.value == a.value and _same_unit(a.unit, q.unit)]
    if hit and not sided and not any(q.value == a.value and _same_unit(a.unit, q.unit)
                                     for q in parse_quantities(c_text) if (q.start, q.end) not in {(u.start, u.end) for u in unasked}):
        other = asked[hit[0]]
        other_text = c_text[other.start:other.end]
        found = _check_binding(kind, other_text, cite, question, entities, restating=True, sided=True)
        if not found:
            v = Value(unasked[hit[0]].start, unasked[hit[0]].end, c_text[unasked[hit[0]].start:unasked[hit[0]].end],
                      (a.value, a.unit or ""))
            sel = Value(other.start, other.end, other_text, (other.value, other.unit or ""))
            when = "before" if side == "after" else "after"
            return [Mismatch("DG602", f"answer {a_text.strip()} is the level {when} the change in the cite; the question "
                                      f"asks the level {side} it ({other_text})", _data(v, [sel]))], []
        if all(m.code == "DG601" for m in found):  # (the counterpart is another item's: so is the answer)
            return [m._replace(message=m.message.replace(f"answer {other_text}", f"answer {a_text.strip()}", 1))
                    for m in found], []
        return None, []
    return None, [(q.start, q.end) for q in unasked]


def _earlier_of_turns(c_text: str, q_text: str) -> list[tuple[int, int]]:
    """The spans of the values turns start from (X in 由上月X转为Y), the earlier period's, where the question does not
    name that period: they are no candidates for the period the question asks."""
    if "由" not in c_text or "转" not in c_text:
        return []
    return [(x.start, x.end) for x, _, start, _ in _turn_pairs(c_text, parse_quantities(c_text))
            if not _asks_turned_from(c_text, q_text, start)]


def _turn_sides(a_text: str, c_text: str, q_text: str, entities) -> list[Mismatch] | None:
    """In 由[period]X转为Y, X is the value of the earlier period the turn names and Y the value of the clause's own
    (reported) period: X given where the question does not name that earlier period is another period's (DG602), and
    Y given for it likewise; Y given for the clause's own period is not made ambiguous by X. A turn measured against
    one base (同比) asked of the other (环比) is the other base's value (DG602). None where the answer is neither side of
    a turn (a side whose direction contradicts the answer's is not it)."""

    said = parse_quantities(a_text)
    if not said or "由" not in c_text or "转" not in c_text:
        return None
    quantities = parse_quantities(c_text)
    own = _direction(a_text)
    for x, y, start, into in _turn_pairs(c_text, quantities):
        sides = [(x, c_text[start.start():x.end], True), (y, c_text[into.end():y.end], False)]
        mine = [(v, earlier) for v, text, earlier in sides if v.value == said[0].value and _same_unit(said[0].unit, v.unit)
                and (own is None or _direction(text) in (None, own))]
        if not mine:
            continue
        clause = [m.end() for m in _TURN_CLAUSE_START_RE.finditer(c_text, 0, start.start())]
        metric, asked_metric = _TURN_METRIC_RE.findall(c_text, clause[-1] if clause else 0, start.start()), _TURN_METRIC_RE.findall(q_text)
        if metric and asked_metric and metric[-1] != asked_metric[-1]:
            return [Mismatch("DG602", f"answer {a_text.strip()} is a change {metric[-1]}; the question asks it "
                                      f"{asked_metric[-1]}", {"bound_to": a_text.strip(), "selected": None})]
        asks_earlier = _asks_turned_from(c_text, q_text, start)
        if mine[0][1] != asks_earlier:
            return [Mismatch("DG602", f"answer {a_text.strip()} is the value of "
                                      f"{'the period the change turned from' if mine[0][1] else 'the period it turned to'}; "
                                      "the question asks the other", {"bound_to": a_text.strip(), "selected": None})]
        if any(v is not x and v is not y and _same_unit(said[0].unit, v.unit) for v in quantities):
            return None  # (other values of its kind: binding tells them apart)
        found = _check_binding("figure", a_text, c_text, q_text, entities)
        return [] if found and found[0].code == "DG605" else found
    return None


# Words that give figures as measured (据测算, 据初步测算, 数据显示, 初步统计): what was counted, not foreseen.
_MEASURED_RE = lazy(r"据(?:初步|数据)?测算|数据显示|统计数据显示|初步统计", needs=("测算", "显示", "统计"))


def _forecast_unsaid(a_text: str, c_text: str, q_text: str) -> list[Mismatch]:
    """A question asking what someone foresaw (预计…将下跌多少) of a cite that gives its figures as measured (据测算,
    数据显示) and has no word of foreseeing anywhere: the answer is what happened, not a forecast (DG603)."""
    if not _MEASURED_RE.search(c_text) or not _asks_forecast(q_text) or _FUTURE_MARK_RE.search(c_text) \
            or _LONE_FORECAST_BEFORE_RE.search(c_text) or any(cls == "forecast" and ident == "forecast" for _, _, cls, ident in _table_terms(c_text)):
        return []
    return [Mismatch("DG603", f"answer {a_text.strip()} is measured in the cite, which foresees nothing; the question asks "
                              "for a forecast", {"bound_to": a_text.strip(), "selected": None})]


# A noun of foreseeing with its complement (a forecast of 2.05 million): the value after "of" is the forecast's.
_FORECAST_OF_RE = lazy(r"\s(?:of|at)\s(?:about\s|around\s|roughly\s|some\s)?[$€£¥]?\d", needs=("of", "at"))


# A value with a noun of its own before it (and to prior year net additions of 1.87 million, and with sign-ups of 980).
_OWN_NOUN_OF_RE = lazy(r"(?:\s|,)(?:and|but|while|versus|vs\.?)\s(?:[a-z][a-z'-]*\s){1,5}?of\s(?:about\s|around\s|roughly\s|some\s)?[$€£¥]?\Z",
                       needs=("of",))


def _forecast_of_one(cite: str, values: list[Value]) -> None:
    """A noun of foreseeing names the value of its own "of" (a forecast of 2.05 million): a later value joined by "and"
    with a noun and an "of" of its own (and to prior year net additions of 1.87 million) is that noun's, not foreseen,
    unless another word of foreseeing in its sentence governs it."""
    for w in values:
        if w.flags.get("forecast") != "forecast":
            continue
        lo = _sentence_start(cite, w.start)
        foreseen = [t for t in _table_terms(cite[lo:w.start]) if t[2] == "forecast" and t[3] == "forecast"]
        if not foreseen or not all((m := _FORECAST_OF_RE.match(cite, lo + t[1])) and m.end() <= w.start
                                   and _OWN_NOUN_OF_RE.search(cite, m.end(), w.start) for t in foreseen):
            continue
        del w.flags["forecast"]


def _of_other_value(c_text: str, g_end: int, lo: int) -> bool:
    """Whether the word of foreseeing ending at ``g_end`` is a noun whose "of" names a value before ``lo`` (a forecast of
    2.05 million and to prior year net additions of 1.87 million): that value alone is the forecast, not one after it."""
    m = _FORECAST_OF_RE.match(c_text, g_end)
    return m is not None and m.end() <= lo


# "from" or 从/由 before a value a "to" follows: the start of a move (from last year's 3% to 2.6%), no range's end.
_MOVE_FROM_BEFORE_RE = lazy(r"(?:(?<![a-z])from(?:\s[a-z'’]+){0,3}|从|由)\s?\Z")



# Stages of one ratio in one sentence: its actual level at the start (from an actual 12.3 percent, which stood at 13.1
# percent, from the current 13.5%), the low a projection moves it to (to a minimum level of 8.4 percent, could drop as
# low as 5.8 percent, its projected minimum of 9.9 percent, expected … to drop to 12.6%) and the level at the projection's
# end (before rising to 10.4 percent).
_STAGE_ACTUAL_RE = lazy(r"(?<![a-z])(?:an actual(?: level of)?|(?:which )?stood at|(?:from )?the current)\s\Z",
                        needs=("actual", "stood", "current"))
_STAGE_LOW_RE = lazy(r"(?<![a-z])(?:(?:could|would|might|may)\s(?:[a-z]+\s){0,2}?(?:drop|fall|decline|sink)\s(?:as low as|to)"
                     r"|to a minimum(?: level)? of|(?:its |the )?projected minimum of"
                     r"|expect(?:ed|s)?\s(?:[a-z0-9'’-]+\s){1,5}?to\s(?:drop|fall|decline)\sto|will be)\s\Z",
                     needs=("drop", "fall", "decline", "sink", "minimum", "will"))
_STAGE_END_RE = lazy(r"(?<![a-z])before rising to\s\Z", needs="rising")
_STAGE_ASKED = (("end", lazy(r"(?<![a-z])(?:projection horizon|horizon's end)(?![a-z])", needs="horizon")),
                ("actual", lazy(r"(?<![a-z])(?:actual|stood|current|currently)(?![a-z])", needs=("actual", "stood", "current"))),
                ("low", lazy(r"(?<![a-z])(?:minimum|how low|as low|projected|stressed|expect|expected|could|would)(?![a-z])",
                             needs=("minimum", "low", "projected", "stressed", "expect", "could", "would"))))
_STAGE_PERIOD_AFTER_RE = lazy(r"\s((?:in|at the end of) the (?:first|second|third|fourth) quarter of (?:19|20)\d\d)",
                              needs="quarter")
_STAGE_Q_UP_RE = lazy(r"(?<![a-z])(?:rise|rises|rising|raise|raised|increase|increased|climb|grow|high|higher)(?![a-z])",
                      needs=("ris", "rais", "increase", "climb", "grow", "high"))
_STAGE_Q_DOWN_RE = lazy(r"(?<![a-z])(?:fall|falls|drop|drops|decline|decrease|decreased|lower|lowered|cut|low)(?![a-z])",
                        needs=("fall", "drop", "decline", "decrease", "lower", "cut", "low"))
_STAGE_REQUIRED_Q_RE = lazy(r"(?<![a-z])(?:need|needs|needed|required|regulatory|threshold)(?![a-z])",
                            needs=("need", "required", "regulatory", "threshold"))
_STAGE_HEADS = {"ratio": "ratio", "ratios": "ratio", "requirement": "requirement", "requirements": "requirement",
                "buffer": "buffer", "scb": "buffer"}
_STAGE_POSSESSIVE_RE = lazy(r"(?<![a-z])([a-z][a-z-]+)'s(?![a-z])", needs="'s")


def _ratio_stages(a_text: str, c_text: str, q_text: str) -> list[Mismatch] | None:
    """The stages of one ratio a sentence gives (the actual level at the start, the projected low, the level at the
    projection's end): the stage the question asks selects; the low or end given for the actual is a foreseen value,
    DG603, the actual given for the low, or one point of the projection for the other, DG602; a verb the question
    writes against the way the value moves (rise for a fall to the low), DG604. None where the sentence holds any value
    of the answer's unit no stage names, or two of one stage, or the question asks no stage."""
    if ("%" not in a_text and "percent" not in a_text) or _STAGE_REQUIRED_Q_RE.search(q_text):
        return None  # (a required minimum the question asks — what banks need — is a limit, not a stage of the ratio)
    said = parse_quantities(a_text)
    if len(said) != 1 or said[0].unit is None or said[0].ordinal:
        return None
    a = said[0]
    stated = [q for q in parse_quantities(c_text) if q.unit == a.unit and not q.ordinal]
    for mine in (q for q in stated if q.value == a.value):
        start, end = _sentence_start(c_text, mine.start), _sentence_end(c_text, mine.end)
        staged: dict[str, list] = {}
        for q in stated:
            if not start <= q.start < end:
                continue
            window = max(0, q.start - 60)
            stage = ("actual" if _STAGE_ACTUAL_RE.search(c_text, window, q.start) else
                     "low" if _STAGE_LOW_RE.search(c_text, window, q.start) else
                     "end" if _STAGE_END_RE.search(c_text, window, q.start) else "")
            if not stage:
                break
            staged.setdefault(stage, []).append(q)
        else:
            if "actual" not in staged or len(staged) < 2 or any(len(v) > 1 for v in staged.values()):
                continue
            sentence = c_text[start:end]
            # (a bank the question names that another sentence of the cite holds, not this one: another item's)
            named = {m[0] for m in _STAGE_POSSESSIVE_RE.finditer(q_text)}
            if any(w not in sentence and w in c_text for w in named):
                return None
            # (… and a metric the question names that the sentence does not: a buffer for a requirement is another's)
            heads = [{_STAGE_HEADS[w] for w in _WORD_RE.findall(t) if w in _STAGE_HEADS}
                     for t in (q_text, c_text[start:min(v.start for vs in staged.values() for v in vs)])]
            if all(heads) and not heads[0] & heads[1]:
                return None
            actual = staged["actual"][0]
            period = _STAGE_PERIOD_AFTER_RE.match(c_text, actual.end)
            asked = next((st for st, rx in _STAGE_ASKED if rx.search(q_text)), "")
            if period and period[1] in q_text and asked != "end":
                asked = "actual"
            own = next(st for st, vs in staged.items() if mine in vs)
            if not asked or asked not in staged:
                return None
            moved = _STAGE_LOW_RE.search(c_text, max(0, mine.start - 60), mine.start) if own == "low" else None
            down, up = bool(moved) and "will be" not in moved[0], own == "end"
            if (down and _STAGE_Q_UP_RE.search(q_text) and not _STAGE_Q_DOWN_RE.search(q_text)) or (
                    up and _STAGE_Q_DOWN_RE.search(q_text) and not _STAGE_Q_UP_RE.search(q_text)):
                return [Mismatch("DG604", f"the question says the value moved the other way; in the cite "
                                          f"{c_text[mine.start:mine.end]} is where it {'falls' if down else 'rises'} to",
                                 {"bound_to": c_text[mine.start:mine.end], "selected": None})]
            if own == asked:
                return []
            other = staged[asked][0]
            code = "DG603" if asked == "actual" else "DG602"
            said_as = {"actual": "the actual level at the start", "low": "the projected low", "end": "the level at the projection's end"}
            return [Mismatch(code, f"answer {a_text.strip()} is {said_as[own]} in the cite; the question asks "
                                   f"{said_as[asked]} ({c_text[other.start:other.end]})",
                             {"bound_to": c_text[mine.start:mine.end], "selected": [c_text[other.start:other.end]]})]
    return None


# A limit a value names (the five-percent minimum required, the 5.5% CET1 threshold) and the span a value is (during the
# nine quarters tested, over 3 years): neither is what a modal before it foresees.
_NAMED_LIMIT_AFTER_RE = lazy(r"\s(?:[a-z0-9-]+\s){0,2}?(?:minimum|threshold|floor|hurdle)(?![a-z])",
                             needs=("minimum", "threshold", "floor", "hurdle"))
_SPAN_OF_BEFORE_RE = lazy(r"(?<![a-z])(?:during|over)\s(?:the\s)?\Z", needs=("during", "over"))


def _lone_forecast(kind: str, a_text: str, c_text: str, q_text: str) -> list[Mismatch]:
    """A forecast (or a goal) given as what happened, where no rival value made binding look: DG603."""

    if _asks_forecast(q_text) or _FUTURE_MARK_RE.search(q_text) or _LONE_FORECAST_BEFORE_RE.search(q_text) \
            or _FORESEEN_QUESTION_RE.search(q_text) or any(
            cls == "forecast" and ident == "forecast" for _, _, cls, ident in _table_terms(q_text)):
        return []
    happened, goal_free = _ASKED_HAPPENED_RE.search(q_text) is not None, not _GOAL_QUESTION_RE.search(q_text)
    if not happened and not goal_free:
        return []
    if kind == "figure":
        said = parse_quantities(a_text)  # (a range's first end stands for it: about $12-13 million)
        if not said:
            return []
        stated = parse_quantities(c_text)
        spans = [(q.start, q.end) for q in stated if q.value == said[0].value and _same_unit(said[0].unit, q.unit)]
        if len(said) == 1:  # (an end of a range, the 15% of 3~15%, is not the lone value answered, 逾15%, where that stands)
            ends = {(r.start, r.end) for q, r in zip(stated, stated[1:]) if (_RANGE_LINK_RE.fullmatch(c_text, q.end, r.start)
                    or q.end == r.start and c_text[r.start] in "~～")  # (3~15%: the parser reads ~ as 15%'s own mark)
                    and not _MOVE_FROM_BEFORE_RE.search(c_text, max(0, q.start - 24), q.start)}  # (from 3% to 2.6%: a move)
            spans = [x for x in spans if x not in ends] or spans
    else:
        said = _whole_dates(a_text)
        if not said:
            return []
        spans = [(d.start, d.end) for d in parse_dates(c_text) if agrees(said[0], d)]
    if not spans:
        return []
    kinds = set()
    # (the cite's words of what happened, read once: read clause by clause, a clause that runs on to the cite's end
    # was read again for each of its values)
    actual = [(a, b) for a, b, cls, ident in _table_terms(c_text) if cls == "forecast" and ident == "actual"]
    # (and the clause's end found once for all the values before it: whether a mark starts at a place does not depend
    # on where the search for it started, so the mark found from one value is the next one's while it lies after it)
    searched_from, mark = len(c_text) + 1, len(c_text)
    for lo, hi in spans:
        if not searched_from <= hi <= mark:
            m = _LONE_CLAUSE_START_RE.search(c_text, hi)
            searched_from, mark = hi, m.start() if m else len(c_text)
        start, end = _clause_around(c_text, lo, hi, mark)
        k = bisect_left(actual, (start,))
        if k < len(actual) and actual[k][1] <= end:  # (the table's words do not overlap: the first from start ends first)
            return []
        if _NAMED_LIMIT_AFTER_RE.match(c_text, hi) or _SPAN_OF_BEFORE_RE.search(c_text, max(0, lo - 16), lo):
            return []  # (a limit named in a foreseen clause, could come close to the five-percent minimum, and the span a
            # projection covers, would total $385 billion during the nine quarters tested, are not foreseen values)
        if goal_free and (_GOAL_AFTER_RE.match(c_text, hi) or _GOAL_BEFORE_RE.search(c_text, max(0, lo - 24), lo)):
            kinds.add("goal")
        elif happened and not _PAST_RELATIVE_RE.match(c_text, hi + (c_text[hi:hi + 1] == " ")) and (
                any(not _OWN_EVENT_BETWEEN_RE.search(c_text, g.end(), lo) and not _PAST_RELATIVE_RE.search(c_text, g.end(), lo)
                    and not _THAN_BEFORE_RE.search(c_text, start, g.start()) and not _of_other_value(c_text, g.end(), lo)
                    for g in _LONE_FORECAST_BEFORE_RE.finditer(c_text, start, lo))
                or _LONE_FORECAST_AFTER_RE.match(c_text, hi, end)):
            kinds.add("forecast")
        else:
            return []
    lo, hi = spans[0]
    data = {"bound_to": c_text[lo:hi], "selected": None}
    what = "a goal" if kinds == {"goal"} else "a forecast"
    return [Mismatch("DG603", f"answer {a_text.strip()} is {what} in the cite, not what happened; the question asks "
                              "what happened", data)]


# A near miss: what one almost did (almost became, nearly won, 差点, 险些) did not happen.
_NEAR_MISS_RE = lazy(r"(?<![a-z])(?:almost|nearly|narrowly missed|came close to)\s([a-z]+)|(?:差点|险些|几乎)", needs=('almost', 'came close to', 'narrowly missed', 'nearly', '几乎', '差点', '险些'))


def _near_miss(a_text: str, c_text: str, q_text: str) -> list[Mismatch]:
    """The answer named in the cite only as who almost did what the question asks (almost became the
    first men to climb Everest): no actual, DG603 — unless the question itself asks about the near miss."""
    if _NEAR_MISS_RE.search(q_text) or not a_text.strip() or a_text.strip() not in c_text or not _NEAR_MISS_RE.search(c_text):
        return []  # (no near miss in the cite: none after the answer's first place, whatever the question's terms)
    cjk, words = _question_terms(q_text, c_text)
    starts = [m.start() for m in re.finditer(re.escape(a_text.strip()), c_text)]
    for at in starts:
        lo, hi = _sentence_start(c_text, at), _sentence_end(c_text, at)
        near = [m for m in _NEAR_MISS_RE.finditer(c_text, lo, hi) if m.start() > at and (
            m.group(1) and _stem(m.group(1)) in words or not m.group(1) and any(c_text.startswith(t, m.end()) for t in cjk))]
        if not near:
            return []
    m = near[0]
    return [Mismatch("DG603", f"answer {a_text.strip()} is who the cite says '{m.group().strip()}': a near miss, not "
                              "what happened, which the question asks", {"bound_to": a_text.strip(), "selected": None})]


# A ranking word names the first item it ranks: 最低为甲市92.46,其次为乙市… (after it) or 甲市减少3.2%最多,其次为…
# (closing the clause the item opens); 其次 and 再其次 rank the ones after it.
_RANK_WORDS = ("最高", "最低", "最多", "最少", "最大", "最小")
_RANK_ASKED_RE = lazy(r"(最高|最低|最多|最少|最大|最小)的?(?:是|为)?(?:哪|谁)|(?:哪|谁)[^,?。]{0,8}(最高|最低|最多|最少|最大|最小)",
                      needs=_RANK_WORDS)
_RANK_NAMES_RE = lazy(r"(最高|最低|最多|最少|最大|最小)者?\s?(?:为|是)\s?", needs=_RANK_WORDS)
_RANK_CLOSES_RE = lazy(r"(最高|最低|最多|最少|最大|最小)(?=\s?[,;。]|$)", needs=_RANK_WORDS)
_RANK_CLAUSE_OPEN_RE = lazy(rf"[{clause_marks('clause')}]\s?(?!其次|再其次)")


def _ranked_first(a_text: str, c_text: str, q_text: str, entities: Mapping[str, Sequence[str]]) -> list[Mismatch] | None:
    """Asked which item ranks highest or lowest (性比例最低的是哪个县市?), the item the cite names right after that
    ranking word, or at the head of the clause it closes, is the one meant: another item of the ranking is DG601.
    None where the cite ranks no item of the deck's entities by the question's word, or ranks two."""
    asked = _RANK_ASKED_RE.search(q_text)
    if not asked or not entities:
        return None
    word = asked[1] or asked[2]
    names = sorted({normalize(n) for k, v in entities.items() for n in (k, *v) if n}, key=len, reverse=True)
    ranked = set()
    for m in _RANK_NAMES_RE.finditer(c_text):
        if m[1] == word:
            ranked |= {n for n in names if c_text.startswith(n, m.end())}
    opens = None  # (the clause openings, found once: not again from the cite's start for each ranking word)
    for m in _RANK_CLOSES_RE.finditer(c_text):
        if m[1] == word:
            if opens is None:
                opens = [(o.start(), o.end()) for o in _RANK_CLAUSE_OPEN_RE.finditer(c_text)]
            k = bisect_left(opens, (m.start(),))  # (the last opening before the ranking word)
            opened = opens[k - 1][1] if k else 0
            ranked |= {n for n in names if c_text.startswith(n, opened)}
    canon = {normalize(n): normalize(k) for k, v in entities.items() for n in (k, *v) if n}
    items = {canon[n] for n in ranked}
    answer = canon.get(a_text.strip())
    if len(items) != 1 or answer is None or a_text.strip() not in c_text:
        return None
    if answer in items:
        return []
    top = next(n for n in ranked)
    return [Mismatch("DG601", f"answer {a_text.strip()} is not the one the cite ranks {word}; that is {top}",
                     {"bound_to": a_text.strip(), "selected": top})]


_PLACE_ASKED_RE = lazy(r"(?:排名|排在|位列|名列|暂列|居)[^,?。第]{0,8}第\s?([一二三四五六七八九十]|\d{1,2})\s?(?:位|名)?", needs="第")
_TITLE_RUN_RE = lazy(r"(?:《[^《》]{1,30}》\s?(?:、|和|及|与)?\s?){2,}", needs="《")
# The places a list of titles holds: 前五的影片为《A》《B》…, 《A》《B》《C》分列…前三名 (first to N-th, in the order written), or
# 位列二三位的分别是《A》和《B》 (the places written one by one).
_TOP_PLACES_RE = lazy(r"前\s?([一二三四五六七八九十]|\d{1,2})\s?(?:位|名|的)", needs="前")
_LISTED_PLACES_RE = lazy(r"(?:位列|排在|名列|暂列)第?([一二三四五六七八九十]{2,})\s?(?:位|名)", needs=("列", "排在"))


_RANK_COLUMN_RE = lazy(r"(?:^|;)\s?排名\s?\|", needs="排名")
_RANK_ROW_RE = lazy(r"(?:^|;)\s?(\d{1,3})\s?\|\s?([^|;]+?)\s?\|")


def _place_number(word: str) -> int:
    return int(word) if word.isdigit() else _CN_SMALL.get(word, 0)


# A list the cite says is in order (苹果、小米、华为、三星和联想依次为…前五大厂商; 依序为(1)恶性肿瘤(2)心脏疾病…): its items hold the
# places of their positions. A place asked by 第N位 / 第N名 too (十大死因的第5位是哪一种).
_ORDERED_RUN_RE = lazy(r"((?:[\u4e00-\u9fff·]{1,12}、)+[\u4e00-\u9fff·]{1,12}(?:和|及|与)[\u4e00-\u9fff·]{1,12})依[次序](?:为|是)",
                       needs=("依次", "依序"))
_ORDERED_NUMBERED_RE = lazy(r"依[次序](?:为|是)?\s?\(1\)", needs=("依次", "依序"))
_NUMBERED_ITEM_RE = lazy(r"\((\d{1,2})\)([^()]*(?:\([^()]*\)[^()]*)*?)(?=\(\d{1,2}\)|[,;。]|\Z)")
_PLACE_NUMBER_ASKED_RE = lazy(r"第\s?([一二三四五六七八九十]|\d{1,2})\s?(?:位|名)", needs="第")


def _ordered_list(a_text: str, c_text: str, q_text: str) -> list[Mismatch] | None:
    """Asked which item holds a place (排名第三的厂商是哪家, 第5位是哪一种), the item a list said to be in order puts there
    (A、B、C和D依次为…; 依序为(1)A(2)B…): another item of the list is DG601, the item there is the answer. None where no
    such list holds the answer."""
    asked = _PLACE_ASKED_RE.search(q_text) or _PLACE_NUMBER_ASKED_RE.search(q_text)
    if not asked or not re.search(r"哪|谁|什么", q_text):
        return None
    want = _place_number(asked[1])
    answer = a_text.strip()
    for m in _ORDERED_RUN_RE.finditer(c_text):
        items = re.split(r"、|和|及|与", m[1])
        if answer in items and 0 < want <= len(items):
            return [] if items[want - 1] == answer else [Mismatch(
                "DG601", f"answer {answer} is item {items.index(answer) + 1} of the cite's ordered list; item {want} is "
                         f"{items[want - 1]}", {"bound_to": answer, "selected": [items[want - 1]]})]
    for m in _ORDERED_NUMBERED_RE.finditer(c_text):
        items = {int(x[1]): x[2].strip() for x in _NUMBERED_ITEM_RE.finditer(c_text, m.end() - 3)}
        if want in items and any(answer == v or v.startswith(answer + "(") for v in items.values()):
            held = items[want]
            return [] if held == answer or held.startswith(answer + "(") else [Mismatch(
                "DG601", f"answer {answer} is not item {want} of the cite's ordered list; that is {held}",
                {"bound_to": answer, "selected": [held]})]
    return None


def _ranked_list(a_text: str, c_text: str, q_text: str) -> list[Mismatch] | None:
    """Asked which title holds a place (排名第二的是哪部影片?), the title a ranked list puts there: titles written in order
    beside the words that say they hold the first places (前五的影片为《A》《B》…, 《A》《B》《C》分列…前三名) hold them by
    position, and 位列二三位的分别是《A》和《B》 gives each its place; a table whose first column is 排名 places the holder
    its row names. Another title or holder of the list is DG601. None where no one list of the cite ranks the answer."""
    asked = _PLACE_ASKED_RE.search(q_text)
    if not asked or "《" not in c_text and "排名" not in c_text or not re.search(r"哪|谁|什么", q_text):
        return None
    want = _place_number(asked[1])
    answer = a_text.strip().strip("《》")
    lists = []
    header = _RANK_COLUMN_RE.search(c_text) if "|" in c_text else None
    if header:  # (a table whose first column is 排名: each row's first cell is the place of the holder in its second)
        rows = {int(m[1]): m[2] for m in _RANK_ROW_RE.finditer(c_text, header.end())}
        if answer in rows.values():
            lists.append(rows)
    for run in _TITLE_RUN_RE.finditer(c_text):
        titles = re.findall(r"《([^《》]+)》", run.group())
        if answer not in titles:
            continue
        before = c_text[max(0, run.start() - 24):run.start()]
        after = c_text[run.end():run.end() + 24]
        before = re.split(r"[。!?;]", before)[-1]
        after = re.split(r"[。!?;]", after)[0]
        places = None
        m = _LISTED_PLACES_RE.search(before)
        if m and "分别" in before[m.end():]:
            places = [_place_number(c) for c in m[1]]
        else:
            m = _TOP_PLACES_RE.search(before) or _TOP_PLACES_RE.search(after)
            if m and _place_number(m[1]) == len(titles):
                places = list(range(1, len(titles) + 1))
        if places and len(places) == len(titles):
            lists.append(dict(zip(places, titles)))
    if len(lists) != 1 or want not in lists[0]:
        return None
    holder = lists[0][want]
    if holder == answer:
        return []
    return [Mismatch("DG601", f"answer {a_text.strip()} holds another place of the cite's ranked list; the question asks "
                              f"place {want}, that is {holder}", {"bound_to": a_text.strip(), "selected": holder})]


# 由A转B: a level turning into another (由5至6级转6-7级, 为9至10级转8至9级): B is the level it
# turns to, A its base. A question asks the level turned to (转为几级, 增强为) or the base (由几级转强).
_LEVEL_RE = r"\d+(?:\.\d+)?(?:\s?(?:至|-|~|到)\s?\d+(?:\.\d+)?)?\s?级?"
_TURN_RE = lazy(rf"({_LEVEL_RE})\s?转(?:为|成)?\s?({_LEVEL_RE})")
_TURN_TO_QUESTION_RE = lazy(r"转为|转成|(?:增强|减弱|加强)(?:为|至|到)")
_TURN_FROM_QUESTION_RE = lazy(r"由(?:几|多少)|从(?:几|多少)")
_TURN_DIRECTION_RE = lazy(r"(增强|转强|加强|增大)|减弱|转弱|减小")


def _turned(a_text: str, c_text: str, q_text: str) -> list[Mismatch]:
    """由A转B said of the question's place: its base given for the level it turns to (or the
    reverse) is DG602; a question's 增强 against a turn that weakens (由6至7转5至6级) is DG604."""
    if "转" not in c_text or not (_TURN_TO_QUESTION_RE.search(q_text) or _TURN_FROM_QUESTION_RE.search(q_text)
                                  or _TURN_DIRECTION_RE.search(q_text)):
        return []
    said = [Decimal(x) for x in _DIGITS_RE.findall(a_text)]
    if not said:
        return []
    cjk, _ = _question_terms(q_text, c_text)
    pairs = []
    for m in _TURN_RE.finditer(c_text):
        lo = max(c_text.rfind(p, 0, m.start()) for p in ",;。") + 1
        if any(t in c_text[lo:m.start()] for t in cjk):
            pairs.append(([Decimal(x) for x in _DIGITS_RE.findall(m.group(1))], [Decimal(x) for x in _DIGITS_RE.findall(m.group(2))], m))
    as_base = [p for p in pairs if p[0] == said]
    as_turned = [p for p in pairs if p[1] == said]
    d = _TURN_DIRECTION_RE.search(q_text)
    for base, turned, m in as_turned:
        if d and (turned[0] > base[0]) != bool(d.group(1)) and turned[0] != base[0]:
            return [Mismatch("DG604", f"the question says the level {d.group()}, but in the cite {m.group().strip()} it "
                                      f"{'rises' if turned[0] > base[0] else 'falls'}",
                             {"bound_to": m.group(2), "selected": m.group(2)})]
    if _TURN_TO_QUESTION_RE.search(q_text) and as_base and not as_turned:
        m = as_base[0][2]
        return [Mismatch("DG602", f"answer {a_text.strip()} is the level {m.group().strip()} turns from; the question asks "
                                  f"the level it turns to ({m.group(2).strip()})", {"bound_to": m.group(1), "selected": m.group(2)})]
    if _TURN_FROM_QUESTION_RE.search(q_text) and as_turned and not as_base:
        m = as_turned[0][2]
        return [Mismatch("DG602", f"answer {a_text.strip()} is the level {m.group().strip()} turns to; the question asks "
                                  f"the level it turns from ({m.group(1).strip()})", {"bound_to": m.group(2), "selected": m.group(1)})]
    return []


# A plan later reversed (he decided Lowe must go down … Hunt changed his mind) is no actual.
_PLAN_RE = lazy(r"(?<![a-z])(?:decided|decides|planned|plans|intended|was to|were to|must|should)(?![a-z])|决定|计划|打算|原定")
_REVERSAL_RE = lazy(r"(?<![a-z])(?:changed (?:his|her|their|its) minds?|reversed (?:the|that|his|her|their) decision|"
                    r"called (?:it|that) off|thought better of it)(?![a-z])|改变主意|改变了主意|改了主意|收回成命|取消了?这一?决定", needs=('called ', 'changed ', 'reversed ', 'thought better of it', '取消', '收回成命', '改了主意', '改变主意', '改变了主意'))


def _reversed_plan(a_text: str, c_text: str, q_text: str) -> list[Mismatch]:
    """The answer named in the cite only in a plan that a later sentence reverses (decided X must go
    down … changed his mind): no actual, DG603 — unless the question asks about the plan."""
    name = a_text.strip()
    turn = _REVERSAL_RE.search(c_text)
    if turn is None or not name or _PLAN_RE.search(q_text) or _REVERSAL_RE.search(q_text):
        return []
    starts = [m.start() for m in re.finditer(re.escape(name), c_text)]
    if not starts or any(at > turn.start() for at in starts):
        return []
    for at in starts:
        lo, hi = _sentence_start(c_text, at), _sentence_end(c_text, at)
        if hi > turn.start() or not _PLAN_RE.search(c_text, lo, hi):
            return []
    return [Mismatch("DG603", f"answer {name} is named in the cite only in a plan that it later reverses "
                              f"({turn.group()}); the question asks what happened", {"bound_to": name, "selected": None})]


_DAYS_NUMBER = r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty)"
# The spans of a run (takings, sales) written beside a value: a day, a weekend, the run to date. (A bare "total"
# names the run only where nothing nearer does: a global total this weekend is the weekend's.)
_RUN_SPAN_RE = lazy(
    r"(?<![a-z])(?:(?P<day>on\s(?:its\s)?(?:opening\s)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|(?:opening|first|single)\sday)"
    r"|(?P<weekend>weekend|three-day|four-day|3-day|4-day)"
    r"|(?P<run>to\sdate|so\sfar|cumulative|(?:in|first)\s(?:(?:just|only|its|the)\s)?(?:first\s)?" + _DAYS_NUMBER + r"\sdays"
    r"|(?<=its\s)total|(?<=a\s)total|(?<=the\s)total))(?![a-z])",
    needs=("day", "weekend", "date", "far", "cumulative", "total"))


_TOTAL_RE = lazy(r"(?<![a-z])total(?![a-z])", needs="total")  # (a question's total names no span alone: the dam's total cost)
_SPAN_AFTER_END_RE = lazy(r",\s|\sand\s|;")
_SHARE_ASKED_RE = lazy(r"(?<![a-z])what\s(?:share|percentage|proportion|percent)(?![a-z])", needs="what")
_PERCENT_WORD_RE = lazy(r"%|(?<![a-z])percent(?![a-z])")
_PERCENT_AFTER_RE = lazy(r"(?:\s?(?:-|–|to)\s?\d[\d./-]*)?\s?(?:%|percent(?:age points?)?(?![a-z]))")
_TOTAL_NAMED_RE = lazy(r"(?<![a-z])(?<!of the )(?<!of a )total(?:\s(?!of\s)[a-z]|\s?\?)", needs="total")
_TOTALLED_RE = lazy(r"(?<![a-z])total(?:l?ed|l?ing)?(?![a-z])", needs="total")


def _run_span(cite: str, v: Value, starts: Sequence[int], ends: Sequence[int]) -> str:
    """The span of a run the words nearest ``v`` in its stretch of the sentence name ("" for none); ``starts`` and
    ``ends`` are the values' starts and ends, sorted (the last end before ``v`` and the first start after it bound it)."""
    k, j = bisect_right(ends, v.start), bisect_left(starts, v.end)
    lo = max(_sentence_start(cite, v.start), ends[k - 1] if k else 0)
    hi = min(_sentence_end(cite, v.end), starts[j] if j < len(starts) else len(cite))
    cut = _SPAN_AFTER_END_RE.search(cite, v.end, hi)  # (after it, up to its clause's end: $4.5 million and a weekend …)
    hi = cut.start() if cut else hi
    found = [(m.lastgroup, min(abs(m.start() - v.end), abs(v.start - m.end())), cite[m.start():m.end()].endswith("total"))
             for m in _RUN_SPAN_RE.finditer(cite, lo, hi)]
    found.sort(key=lambda f: (f[2], f[1]))  # (a span in time before a bare total, then the nearest)
    return found[0][0] if found else ""


# A trade's Chinese words (出口, 进口, 出超, 入超) and a market written before them (对中国大陆与香港出口, 对美出口): the
# trade with that market, not the total.
_ZH_TRADE_WORD_RE = lazy(r"出口|进口|出超|入超", needs=("出口", "进口", "出超", "入超"))
_ZH_SHARE_OF_BEFORE_RE = lazy(r"占总?\Z|占[^,;。]?总\Z", needs="占")
_ZH_MARKET_TRADE_RE = lazy(r"(?<![相针绝])对(?!于|比|外)[\u4e00-\u9fff]{1,10}?(?:出口|进口|出超|入超)", needs="对")


def _zh_market_trade(cite: str, v: Value) -> bool:
    """Whether the trade word nearest before ``v`` in its sentence is a market's (对陆港出口143.2亿美元,年增3.2%)."""
    lo = _sentence_start(cite, v.start)
    last = None
    for m in _ZH_TRADE_WORD_RE.finditer(cite, lo, v.start):
        if not _ZH_SHARE_OF_BEFORE_RE.search(cite, max(lo, m.start() - 3), m.start()):
            last = m  # (占总出口比重: the total a share is of, no subject of the value)
    if last is None:
        return False
    return any(m.end() == last.end() for m in _ZH_MARKET_TRADE_RE.finditer(cite, max(lo, last.start() - 12), last.end()))


# A value stated as an average over a period's days, weeks or months (an average of 22 people every day; an average of 23
# times a day), and a question asking one (on average, how many … a day; daily; per week).
_EN_AVERAGE_OF_RE = lazy(r"(?<![a-z])an?\s(?:daily\s|weekly\s|monthly\s)?average\sof\s(?:about\s|around\s|nearly\s|almost\s)?[$€£¥]?\Z",
                          needs="average")
_PER_PERIOD_AFTER_RE = lazy(r"(?:\s[a-z-]+){0,2}\s(?:a|an|per|every|each)\s(?:day|week|month|hour)(?![a-z])",
                            needs=("day", "week", "month", "hour"))
_RATE_ASKED_RE = lazy(r"(?<![a-z])(?:average|averaged|daily|weekly|monthly|(?:a|an|per|every|each)\s(?:day|week|month|hour))(?![a-z])",
                      needs=("average", "daily", "weekly", "monthly", "day", "week", "month", "hour"))


def _per_period_rate(cite: str, v: Value) -> bool:
    """Whether ``v`` is an average over a period's days, weeks or months: "an average of" before it, and "a day", "per
    week", "every day" right after its noun."""
    return bool(_EN_AVERAGE_OF_RE.search(cite, max(0, v.start - 40), v.start) and _PER_PERIOD_AFTER_RE.match(cite, v.end))


def _narrow(candidates: list[Value], keep: list[Value], mine: list[Value], why: str, code: str) -> tuple[list[Value], str]:
    """Keep ``keep`` if it leaves some but not all candidates; ``code`` if that drops the answer."""
    if keep and len(keep) < len(candidates):
        if not any(v in keep for v in mine) and any(v in candidates for v in mine):
            why = code
        return keep, why
    return candidates, why


# A score on the way, not the result: into a 2-1 lead, led 2-1, trailing 1-0, 3-2 down, 1比0领先.
_INTERIM_BEFORE_RE = lazy(r"(?<![a-z])(?:led|leading|leads|trail(?:ed|ing|s)?|ahead|behind)(?:\s(?:by|at))?\s\Z"
                          r"|(?:追|缩小|迫近)(?:至|到|成)\Z")  # 将比分追至68:70: a score reached on the way
_INTERIM_AFTER_RE = lazy(r"\s?(?:(?:goal|point|run)s?\s)?(?:lead|advantage|edge|deficit|down|up(?![a-z])|at (?:half-?time|the break))|(?:获得|取得|保持|建立)?(?:领先|落后)")
_OPPONENT_RE = lazy(r"(?<![a-z])(?:against|versus|vs\.?|over|beat|beating|defeated|with)\s(?:the\s)?([a-z][a-z'-]+)")
_LEAD_QUESTION_RE = lazy(r"(?<![a-z])(?:lead|led|leading|ahead|trail(?:ed|ing)?|behind|deficit|at (?:half-?time|the break))(?![a-z])|领先|落后|半场|追(?:至|到|成)")


# A name in quotation marks and the designation glued to it ("24365校园网络招聘服务平台", "中星"20号).
_QUOTED_NAME_RE = lazy(r'"[^"\n]{1,40}"(?:[0-9a-z-]{1,8}(?:[\u3400-\u9fff](?=[\u3400-\u9fff]))?)?', needs='"')


# A clause naming the main part of what a sentence has measured, and nothing else (受损作物主要为香蕉, 主要是番荔枝(释迦)),
# then the same metrics again up to the next part (次为, 其次) or the sentence's end: the metrics after it are that part's.
_MAIN_PART_RE = lazy(r"主要(?:为|是)([^\d,，;；。、:：]{1,20}?)(?=[,，;；])", needs=("主要",))
_MAIN_PART_END_RE = lazy(r"[;；。]|次为|次是|其次", needs=(";", "；", "。", "次"))


def _main_part(cite: str, q_text: str, candidates: list[Value]) -> list[Value]:
    """Of values a sentence gives for a whole (农作物被害面积235公顷) and again for its main part after a clause naming it
    (受损作物主要为香蕉,被害面积105公顷), the ones the question asks: the part's where it names the part, else the whole's.
    Empty where no such clause stands between candidates of one sentence."""
    for m in _MAIN_PART_RE.finditer(cite):
        end = _MAIN_PART_END_RE.search(cite, m.end())
        hi = end.start() if end else len(cite)
        lo = _sentence_start(cite, m.start())
        inside = [v for v in candidates if m.end() <= v.start < hi]
        if not inside or not any(lo <= v.start < m.start() for v in candidates):
            continue
        parts = [p for p in re.split(r"[()（）]", m[1]) if len(p) >= 2]
        if any(p in q_text for p in parts):
            return inside
        return [v for v in candidates if v not in inside]
    return []


def _unnamed(candidates: list[Value], mine: list[Value], cite: str, q_text: str) -> list[Value]:
    """Less the figures inside a quoted name the question writes too: its number is part of the name
    (“24365校园网络招聘服务平台”), not a value it may ask about."""
    names = [m.span() for m in _QUOTED_NAME_RE.finditer(cite) if m.group() in q_text]
    if not names:
        return candidates
    return [v for v in candidates if v in mine or not any(a <= v.start and v.end <= b for a, b in names)]


def _written_by_question(cite: str, q_text: str, v: Value) -> bool:
    """Whether the question writes ``v`` with a word the cite writes beside it (the ninth expedition to attempt the
    first ascent, asked which attempt at the first ascent): a value in the question's own naming is not what it asks.
    (One end of a tally or range the question writes whole, the 6-3 decision, is still asked.)"""
    if not v.text.isascii() or v.text not in q_text:
        return False
    before = _WORD_BEFORE_RE.search(cite, max(0, v.start - 24), v.start)
    after = _WORD_AFTER_RE.match(cite, v.end)
    # (the word beside it, of two letters at least: 'a 6' names nothing)
    phrases = [m.group() + v.text for m in (before,) if m and len(m.group()) > 2] + [v.text + m.group() for m in (after,) if m and len(m.group()) > 2]
    for phrase in phrases:
        at = q_text.find(phrase)
        while at >= 0:
            end = at + len(phrase)
            if (at == 0 or q_text[at - 1] not in _GLUED) and (end == len(q_text) or q_text[end] not in _GLUED
                                                             or q_text[end] in ".," and not q_text[end + 1:end + 2].isdigit()):
                return True
            at = q_text.find(phrase, at + 1)
    return False


_GLUED = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.,-")  # (a character that runs a word or a figure on)


# A target named right after its value or right before it (实现6.5%左右的增长预期目标, 设定目标是6%-6.5%).
_TARGET_AFTER_RE = lazy(r"\s?(?:左右|以上|以内|以下)?\s?的?[^,;:。\d]{0,6}?目标")
_TARGET_BEFORE_RE = lazy(r"目标值?\s?(?:是|为|定为|设定为|设为)\s?\Z")


def _named_target(cite: str, v: Value) -> bool:
    """Whether ``v`` is a target by the words around it, whatever item it is of."""
    return bool(_TARGET_AFTER_RE.match(cite, v.end) or _TARGET_BEFORE_RE.search(cite, max(0, v.start - 8), v.start))


# The words after a Chinese 其中 that name its part (其中,主营活动利润62201.3亿元): up to the part's first figure.
_ZH_PART_LABEL_RE = lazy(r"其中\s?[,:]?\s?([\u4e00-\u9fff]{2,12}?)(?:为|是|达|实现|共|合计)?\s?\d", needs="其中")


def _zh_part_named(tied: list[Value], c_text: str, q_text: str) -> list[Value]:
    """The tied values of the part a Chinese question names by the words its 其中 gives it (其中,主营活动利润62201.3亿元,
    比上年增长4%: asked 主营活动利润比上年增长多少, the part's own growth, not the total's), up to the next ; (a sibling
    part, 非初次寻职者 after 其中初次寻职者…;, is not named so)."""
    if "其中" not in c_text or not has_han(q_text):
        return []
    named = []
    for v in tied:
        if "part" not in v.flags:
            continue
        at = c_text.rfind("其中", 0, v.start)
        m = _ZH_PART_LABEL_RE.match(c_text, at) if at >= 0 and not any(c in c_text[at:v.start] for c in "。;") else None
        if m and m[1] in q_text:
            named.append(v)
    return named

def _interim(cite: str, v: Value) -> bool:
    """Whether the score ``v`` is a moment on the way (a lead, a deficit), not a match's result."""
    return bool(_INTERIM_AFTER_RE.match(cite, v.end) or _INTERIM_BEFORE_RE.search(cite, max(0, v.start - 16), v.start))


_WHO_VERB_RE = lazy(r"who\s(?!(?:is|was|are|were|has|had|have|will|would|did|does|do|can|could|should|became|becomes)\s)([a-z]{3,}(?:ed|s))\s", needs='who')
# An earlier period a question names in words of its own (a year before June 2018, in the month before January,
# as originally reported): it asks for the earlier value.
# A change told as a clause of its own, its subject a pronoun or a noun (it increased, it was raised, the rate was cut):
# a question putting it after "before" or "after" asks the level on that side of the change, not the change.
_CHANGE_CLAUSE = (r"(?:it|they|the\s[a-z-]+|its\s[a-z-]+)\s(?:was\s|were\s|had\s(?:been\s)?|has\s(?:been\s)?)?"
                  r"(?:raised|increased|rose|risen|cut|lowered|reduced|decreased|fell|fallen|revised|hiked|lifted|grew|grown"
                  r"|dropped|declined|climbed|jumped)(?![a-z])")
_EARLIER_ASKED_RE = lazy(r"(?<![a-z])(?:a|one|the)\s(?:(?:two|three|four|five|six|[0-9]+)\s)?(?:year|month|quarter|week)s?\s(?:before|earlier|prior to|preceding)(?![a-z])"
                         r"|(?<![a-z])(?:originally|initially|first)\s(?:reported|estimated|stated|published)(?![a-z])"
                         r"|(?<![a-z])(?:before|prior to|ahead of)\s(?:the|its|their|this|that|[a-z&]+'s)\s(?:[a-z-]+\s|[a-z]{3,9}\.?\s[0-9]{4}\s|[0-9]{4}\s)?(?:cut|hike|increase|decrease"
                         r"|rise|fall|change|revision|reduction|move|raise|drop|decline|downgrade|upgrade|action)s?(?![a-z])"
                         # (… or an actor's move on it: before Moody's cut it, before S&P lowered them)
                         r"|(?<![a-z])(?:before|prior to)\s[a-z&.]+(?:'s)?\s(?:cut|lowered|raised|downgraded|upgraded|revised)\s(?:it|them)(?![a-z])"
                         # (… or what a thing was before a day: what was the outlook before March 4, 2013?)
                         r"|\Awhat\s(?:was|were)\s[^?]{0,80}?\sbefore\s[a-z]{3,9}\.?\s[0-9]{1,2},?\s[0-9]{4}\s?\?\s*\Z"
                         # (… or the change as a clause of its own: before it increased, before it was raised)
                         r"|(?<![a-z])(?:before|prior to)\s" + _CHANGE_CLAUSE, needs=('estimated', 'its', 'month', 'published', 'quarter', 'reported', 'stated', 'that', 'the', 'this', 'week', 'year', 'before', 'prior', 'ahead'))
# A Chinese question asking the value before a change (上调之前, 下修前, 升息前): the earlier stage.
_ZH_BEFORE_CHANGE_ASKED_RE = lazy(r"(?:上调|下调|上修|下修|调整|调升|调降|调高|调低|升息|降息|修正)(?:之)?前(?!年)", needs="前")
# The stage of a revised figure: what was first reported, and what it was revised to.
# A question asking about one of a whole's parts (one country, each contingent, a single unit).
_ONE_PART_ASKED_RE = lazy(r"(?<![a-z])(?:one|each|either|a single)\s(?:of\s(?:the|its|their)\s)?(?!more|less|other|another|time|day|week|month|year)[a-z]{3,}",
                          needs=('one', 'each', 'either', 'single'))
# (… or the record as it stood before someone broke it: the world record before Regan Smith lowered it)
_SUPERSEDED_ASKED_RE = lazy(r"(?<![a-z])(?:previous|prior|former|old)\s(?!(?:quarter|month|year|week|day|period|fiscal)s?(?![a-z]))"
                            r"|(?<![a-z])record\sbefore\s(?:[a-z.'-]+\s){1,4}(?:lowered|broke|beat|bettered|improved)(?![a-z])"
                            # (… or before the event that broke it: the auction record before the sale of Untitled)
                            r"|(?<![a-z])(?:record|mark|best)\sbefore\s(?:the|this|its|that)\s(?:sale|auction|race|final|match|game|meet|vote)(?![a-z])",
                            needs=('previous', 'prior', 'former', 'old', 'before'))
_SUPERSEDED_BEFORE_RE = lazy(r"(?<![a-z])(?:previous|prior|former|old)\s(?:[a-z'-]+\s){0,3}?(?:record|mark|best|high|low)"
                             r"\s(?:of|at|was|stood at)\s(?:about\s|around\s)?\Z", needs=('previous', 'prior', 'former', 'old'))
_STATED_RE = lazy(r"(?<![a-z])(?:said|announced|described|unveiled|introduced|stated|showed|promised|claimed)(?![a-z])",
                  needs=("said", "announced", "described", "unveiled", "introduced", "stated", "showed", "promised", "claimed"))
_NOW_RE = lazy(r"(?<![a-z])(?:now|currently)(?![a-z])", needs=("now", "currently"))
_ORIGINAL_RE = lazy(r"(?<![a-z])(?:originally|initially|first reported|previously reported|preliminary)(?![a-z])"
                    r"|原本|原先|原来|初值|初步|修正前|调升前|调降前|上修前|下修前", needs=('initially', 'originally', 'preliminary', 'reported', '初', '前', '原'))
_REVISED_STAGE_RE = lazy(r"(?<![a-z])(?:revised|revision|after (?:the |its )?revision)(?![a-z])|修正后|修正为|修正值|终值", needs=('revised', 'revision', '正', '终'))
_STAGE_WINDOW_RE = lazy(rf"[^{clause_marks('sentence')}]{{0,40}}")


def _stage(cite: str, v: Value) -> str:
    """"original" for a value marked as first reported (the 5.43 million originally reported, 原本预估的X), else ""."""
    lo = max(0, v.start - 40)
    before = cite[lo:v.start]
    cut = max(before.rfind(c) for c in clause_marks("sentence"))
    after = _STAGE_WINDOW_RE.match(cite, v.end)
    return "original" if _ORIGINAL_RE.search(before[cut + 1:]) or _ORIGINAL_RE.search(after.group()) else ""


_WHOLE_ASKED_RE = lazy(r"全国|全省|全市|全县|全台|全岛|全区", needs="全")
# A place opening a clause: a name ending in 市/县/省/州 (not 市场, 市值, 县级, 省级, 州长 …).
_PLACE_RE = lazy(r"[^\W\d_a-z]{1,6}?(?:市|县|省|州)(?![场值民级长委政府内外])", needs=("市", "县", "省", "州"))
_AVERAGE_ASKED_RE = lazy(r"平均|日均|月均|年均|每天|每日|每月|每年", needs=("平均", "均", "每"))
_AVERAGE_BEFORE_RE = lazy(r"(?:平均每[天日月年周]|每[天日月]平均|日均|月均)[^,;。\d]{0,4}\Z", needs=("平均", "均"))


# An answer that is a range of two amounts (… $1.5m-$2m, $40 million to $60 million).
_DASHED_RANGE_RE = lazy(r"\d[^\d\s]*\s?(?:-|–|to)\s?[$€£¥]?\d")


# A vote's sides. A tally (passed 78 to 22, on a 286-138 vote, failed, 166-257) gives the ayes, then the nays; a
# count is on the side its own words after it say (joined 197 Democrats in opposition; 164 Republicans … voted for it).
_SIDE_ASKED_RE = lazy(r"(?<![a-z])(?:(vot(?:ed|e|es|ing) (?:against|no)|opposed?|opposing|in opposition|nays?|no votes|dissent(?:ed|ing)?)"
                      r"|voted for|vot(?:e|es|ing) for|supported|in favou?r|ayes?|yes votes|backed)(?![a-z])",
                      needs=("vot", "oppos", "nay", "dissent", "support", "favo", "aye", "back"))
_TALLY_RE = lazy(r"(?<![\d.,$€£¥-])(\d{1,3})\s?(?:-|–|to)\s?(\d{1,3})(?![\d%.,]\d|\s?(?:percent|per cent|%))", needs=("-", "–", "to"))
_VOTE_WORD_RE = lazy(r"(?<![a-z])(?:vote[sd]?|voting|passed|failed|approved|rejected|tally|roll call|adopted|confirmed)(?![a-z])",
                     needs=("vot", "pass", "fail", "approv", "reject", "tally", "roll", "adopt", "confirm"))
_COUNT_SIDE_RE = lazy(r"(?:[^;.!?]|\.\d){0,60}?(?<![a-z])(?:(against|in opposition|opposed|opposing|voted no|dissented|nays?|no votes)"
                      r"|voted for|voting for|in favou?r|supported|backed|(?:voted\s)?to (?:pass|push|approve|support|back)"
                      r"|ayes?|yes votes)(?![a-z])")
# The chamber's members at large: a question counting them asks the tally, not one party's count.
_WHOLE_CHAMBER_RE = lazy(r"how many (?:[a-z]+\s)?(?:senators|members|lawmakers|legislators|representatives|congressmen|votes)(?![a-z])")


def _asked_side(q_text: str) -> str:
    """'against' or 'for' when the question asks one side of a vote, else ''."""
    m = _SIDE_ASKED_RE.search(q_text)
    return "" if m is None else "against" if m[1] else "for"


def _on_side(cite: str, q_text: str, candidates: list[Value], side: str) -> list[Value]:
    """The candidates on the vote's ``side``: a tally's ayes or nays, or a count whose own words put it there;
    a question counting the chamber at large asks the tally's side."""
    tallied: dict[int, str] = {}
    for m in _TALLY_RE.finditer(cite):
        lo, hi = _sentence_start(cite, m.start()), _sentence_end(cite, m.end())
        if _VOTE_WORD_RE.search(cite, lo, hi):
            tallied[m.start(1)], tallied[m.start(2)] = "for", "against"
    counted = {}
    for v in candidates:
        if v.start in tallied:
            continue
        m = _COUNT_SIDE_RE.match(cite, v.end)
        if m:
            counted[v.start] = "against" if m[1] else "for"
    whole = _WHOLE_CHAMBER_RE.search(q_text) is not None
    if tallied and (whole or not counted):
        return [v for v in candidates if tallied.get(v.start) == side]
    return [v for v in candidates if counted.get(v.start) == side]


_HELD_LEVEL_RE = lazy(r"(?:保持|稳定|维持)在\s?\Z", needs="在")


# A span opened by a year after a value (a rate of 0.06°C per decade since 1850 and 0.20°C since 1982): the
# value's own span, which a question's "since <year>" selects; a value since another year is another span (DG602).
_SINCE_YEAR_RE = lazy(r"(?<![a-z])since\s(?:the\s)?(?:year\s)?(\d{4})(?!\d)", needs="since")
_SINCE_REST_RE = lazy(r"(?:[^.;!?。;!?\n]|\.(?=\d)){0,80}?(?<![a-z])since\s(?:the\s)?(?:year\s)?(\d{4})(?!\d)", needs="since")


def _since_asked(q_text: str, candidates: list[Value], c_text: str) -> list[Value]:
    """The candidates whose span after them starts in the question's year, less those since another year."""
    asked = _SINCE_YEAR_RE.search(q_text)
    if asked is None or "since" not in c_text:
        return []
    years = {id(v): m[1] for v in candidates if (m := _SINCE_REST_RE.match(c_text, v.end))}
    if asked[1] not in years.values() or len(set(years.values())) < 2:
        return []
    return [v for v in candidates if years.get(id(v), asked[1]) == asked[1]]


# Metrics an English verb and its nouns name alike (deliver, delivered, deliveries): what a count of goods counts.
_METRIC_WORDS = {"deliver": r"deliver(?:s|ed|ing|y|ies)?", "produce": r"produc(?:e|es|ed|ing|tion)|output",
                 "sell": r"sell(?:s|ing)?|sold|sales?", "ship": r"ship(?:s|ped|ping|ments?)?"}
_METRIC_WORD_RE = lazy(r"(?<![a-z])(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _METRIC_WORDS.items()) + r")(?![a-z])",
                       needs=("deliver", "produc", "output", "sell", "sold", "sale", "ship"))
# The metric noun or participle right after a value (443,956 deliveries; 410,831 units produced).
_METRIC_AFTER_RE = lazy(r"\s(?:[a-z]+\s)?(?=(?:deliver|produc|output|sold|sale|ship))")


def _metric_families(text: str) -> set[str]:
    return {m.lastgroup for m in _METRIC_WORD_RE.finditer(text)}


def _value_metric(cite: str, v: Value, values: list[Value]) -> str:
    """The metric the cite states ``v`` as: the metric word right after it (443,956 deliveries), else the last one
    before it in its own part of the sentence (Tesla produced 410,244 vehicles); '' if none."""
    after = _METRIC_AFTER_RE.match(cite, v.end)
    if after:
        m = _METRIC_WORD_RE.match(cite, after.end())
        if m:
            return m.lastgroup or ""
    lo = max([_sentence_start(cite, v.start), *(w.end for w in values if w.end <= v.start)])
    # (not the metric word the value before writes after it: 48,900 tonnes shipped and 2,100 tonnes returned)
    after = _METRIC_AFTER_RE.match(cite, lo)
    if after and (m := _METRIC_WORD_RE.match(cite, after.end())):
        lo = m.end()
    found = [m.lastgroup or "" for m in _METRIC_WORD_RE.finditer(cite, lo, v.start)]
    return found[-1] if found else ""


# A balance asked (收支结果, 盈亏) and the words that state one (盈余513亿, 录得亏蚀1517亿, 252亿元盈余, 赤字在…).
_BALANCE_ASKED_RE = lazy(r"收支|盈亏|结余", needs=("收支", "盈亏", "结余"))
_BALANCE_WORDS = r"盈余|赤字|亏蚀|亏损|结余|顺差|逆差"
_BALANCE_BEFORE_RE = lazy(r"(?:" + _BALANCE_WORDS + r")[^,;:。!?\d]{0,3}\Z")
_BALANCE_SIGN_RE = lazy(r"盈余|顺差|(赤字|亏蚀|亏损|逆差)", needs=("盈余", "顺差", "赤字", "亏", "逆差"))
_BALANCE_AFTER_RE = lazy(r"(?:元)?\s?(?:的)?(?:" + _BALANCE_WORDS + ")")


# A premium or discount is a gap against the base after its "to" / "over" / "as per" (an 18% premium to the undisturbed
# close and a 9% premium to the 30-day average price): two gaps of one deal against two bases are one item measured
# against two prices, as a change against two periods is.
_GAP_BASE_RE = lazy(r"\s?(?:%|percent|per\scent)?\s(premium|discount)\s(?:to|over|on|above|below|against|versus|as\sper)\s"
                    r"(?P<base>[^,;()]{3,80}?)(?=,|;|\.(?:\s|\Z)|\sand\s(?:an?\s|the\s)?[$€£¥]?\d|\Z)", needs=("premium", "discount"))
_GAP_ASKED_RE = lazy(r"(?<![a-z])(premium|discount)(?![a-z])", needs=("premium", "discount"))
_GAP_ASKED_BASE_RE = lazy(r"(?<![a-z])(?:to|over|above|below|against|versus|as\sper)\s(?P<base>[^?]{3,})")


def _gap_base(a_text: str, q_text: str, c_text: str, values: list[Value], mine: list[Value]) -> list[Mismatch]:
    """Asked a premium (or discount), the gaps the cite states against several bases: the one whose base shares the
    question's base words (those every base holds tell nothing) is asked, another is the same gap against another base
    (DG602); a question naming no base cannot choose (DG605); a premium asked as a discount is the other side (DG604).
    One match at each value's end, only where the question and the cite speak of a premium or a discount."""
    asked = _GAP_ASKED_RE.search(q_text)
    if asked is None or has_han(q_text):
        return []
    gaps = {id(v): m for v in values if (m := _GAP_BASE_RE.match(c_text, v.end))}
    own = next((v for v in mine if id(v) in gaps), None)
    if own is None:
        return []
    noun = gaps[id(own)][1]
    if noun != asked[1]:
        return [Mismatch("DG604", f"answer {a_text.strip()} is a {noun} in the cite; the question asks about a {asked[1]}",
                         _data(own, []))]
    rivals = [v for v in values if id(v) in gaps and gaps[id(v)][1] == noun]
    words = {id(v): {_stem(w) for w in _WORD_RE.findall(gaps[id(v)]["base"]) if w not in STOP_WORDS} for v in rivals}
    if len({frozenset(w) for w in words.values()}) < 2:
        return []  # (one base, or one gap: nothing for a base to tell apart)
    shared = set.intersection(*words.values())
    q_base = _GAP_ASKED_BASE_RE.search(q_text, asked.end())
    if q_base is None:
        return [_ambiguous(a_text, own, rivals)]
    q_words = {_stem(w) for w in _WORD_RE.findall(q_base["base"]) if w not in STOP_WORDS} - shared
    score = {id(v): len((words[id(v)] - shared) & q_words) for v in rivals}
    best = max(score.values())
    if best == 0:
        return []  # (the question's words name none of the bases: left to the other rules)
    chosen = [v for v in rivals if score[id(v)] == best]
    if own in chosen or len(chosen) > 1:
        return []
    sel = chosen[0]
    return [Mismatch("DG602", f"answer {a_text.strip()} is the {noun} against {gaps[id(own)]['base']} in the cite; the "
                              f"question asks about the {noun} against {gaps[id(sel)]['base']} ({sel.text})", _data(own, chosen))]


# Enumerated conditions, each with its own amount ((i) if such notice is provided prior to January 18, 2023, an amount
# equal to $2 billion (ii) if … after January 18, 2023, and prior to April 18, 2023, … $2.5 billion (iii) if …): an
# item's words are its condition, and a question stating one condition asks that item's value.
_ENUM_CONDITION_RE = lazy(r"\((?:i{1,3}|iv|vi{0,3}|ix|x|[a-h]|[1-9])\)\s(?=if\s|in\sthe\sevent\s|upon\s|when\s|should\s)")
_TOKEN_RE = lazy(r"[a-z]+|\d+")


def _enumerated(a_text: str, q_text: str, c_text: str, values: list[Value], mine: list[Value]) -> list[Mismatch] | None:
    """Asked under one of several enumerated conditions, the value of the item whose condition the question states (its
    word pairs, less those every item shares, in order: prior to January 18 against after January 18 … prior to April
    18); the value of another item is the same amount under another condition (DG602), one outside the list another
    item (DG601). None where no list decides (a question stating no item's condition)."""
    marks = list(_ENUM_CONDITION_RE.finditer(c_text))
    if len(marks) < 2:
        return None
    spans = [(m.start(), n.start()) for m, n in zip(marks, marks[1:])] + [(marks[-1].start(), _sentence_end(c_text, marks[-1].end()))]

    def item(v: Value) -> int | None:
        return next((i for i, (a, b) in enumerate(spans) if a <= v.start < b), None)

    pairs = []
    for a, b in spans:
        toks = _TOKEN_RE.findall(c_text, a, b)
        pairs.append(set(zip(toks, toks[1:])))
    shared = set.intersection(*pairs)
    toks = _TOKEN_RE.findall(q_text)
    asked = set(zip(toks, toks[1:]))
    score = [len((p - shared) & asked) for p in pairs]
    own = next((v for v in mine if item(v) is not None), None)
    top = [i for i, n in enumerate(score) if n == max(score)]
    if len(top) > 1:
        return None  # (a question stating no item's condition is left to the other rules: it may name another payer)
    chosen = [v for v in values if item(v) == top[0]]
    if not chosen:
        return None
    if any(item(v) == top[0] for v in mine):
        return []
    v = own or mine[0]
    why = "DG602" if own is not None else "DG601"
    what = "the amount under another condition" if own is not None else "no amount of the conditions listed"
    return [Mismatch(why, f"answer {a_text.strip()} is {what} in the cite; the question states the condition of "
                          f"{chosen[0].text}", _data(v, chosen))]


def _select(kind: str, a_text: str, q_text: str, values: list[Value], mine: list[Value], c_text: str = "") -> list[Mismatch]:
    if not mine:  # (the answer is none of the values: nothing to tell apart)
        return []
    if kind == "figure" and "(" in c_text and (found := _enumerated(a_text, q_text, c_text, values, mine)) is not None:
        return found
    if kind == "figure" and ("premium" in c_text or "discount" in c_text):
        found = _gap_base(a_text, q_text, c_text, values, mine)
        if found:
            return found
    if kind == "figure":
        # the answer's own base word (月增31.77%, up 3% from a year ago) must be its value's: another base is
        # the change over another period, as the answer's own direction word must agree (DG604)
        a_base, a_words = _base_key(a_text, 0, len(a_text), compared=True)
        if a_base and all(v.base and not _same_base(v.base, a_base) for v in mine):
            v = mine[0]
            return [Mismatch("DG602", f"answer {a_text.strip()} says the change against {a_words}; in the cite {v.text} is "
                                      f"the change against {v.base_words}", _data(v, [w for w in values if _same_base(w.base, a_base)]))]
    candidates = list(values)
    # A change against the base the question names (季增, 比去年同期增加) is measured from that base's period: the
    # period its base writes (较第2季…, 比去年同期…) is not its own, nor another period than the question's.
    q_base0 = _base_key(q_text, 0, len(q_text), compared=True)[0] if kind == "figure" else ""
    own_base = {id(v) for v in values if q_base0 and v.role == "delta" and v.base and _same_base(v.base, q_base0)}
    why = "DG601"
    by_base = ""  # the question's base, when it is what left the answer out
    unbased: list[Value] = []  # values of one item against other bases, when the question names none
    # The base a question compares with ("up from may 2022", 比去年同期增长多少) names what the
    # change is measured against, as in the cite: it does not ask for the earlier value.
    based = [(m.start(), len(q_text)) for m in _BASE_RE.finditer(q_text) if m.group() != "from" or _compared_from(q_text, m.end())]
    # (a change the question only dates its value by, before the cut, is no change it asks: rating on the bonds is no base)
    if kind == "figure" and _direction(_EARLIER_ASKED_RE.sub(" ", q_text)):  # (increase on the previously agreed total: the base, as in the cite)
        based += [(m.start(), len(q_text)) for m in _ON_BASE_RE.finditer(q_text)]
    q_flags = {cls: ident for a, b, cls, ident in _table_terms(q_text) if cls in ("period", "forecast")
               and not (cls == "period" and ident == "prior" and any(a < y and x < b for x, y in based))}
    if q_flags.get("period") == "current" and _EARLIER_STAGE_ASKED_RE.search(q_text):
        q_flags["period"] = "prior"  # (先前预期今年…: an earlier forecast of this year asks the earlier stage)
    if _asks_forecast(q_text):
        q_flags["forecast"] = "forecast"
    earlier_asked = [m for m in _EARLIER_ASKED_RE.finditer(q_text) if not any(a <= m.start() < b for a, b in based)]
    earlier_asked += list(_ZH_BEFORE_CHANGE_ASKED_RE.finditer(q_text))  # (上调之前…的预期: before the revision)
    if earlier_asked:  # a year before June 2018, the month before January 2014, originally reported
        q_flags["period"] = "prior"
    elif kind == "figure" and "period" not in q_flags and not based and not has_han(q_text) and "chang" not in q_text \
            and not _asked_direction(q_text):
        # the question names the base value's own noun (the opening bid, of "surged to $4.4 million from the opening bid of
        # $200,000"), words no later value has: it asks the base
        prior = [v for v in values if v.flags.get("period") == "prior"]
        later = [v for v in values if v.flags.get("period") != "prior"]
        later_words = [_item_words(w) for w in later]
        any_later = set().union(*later_words)  # (once, not per pair: cubic in the values of a long cite)
        if prior and later and any(mine - any_later and _NAMED_VALUE_BEFORE_RE.search(c_text, max(0, v.start - 30), v.start)
                                   and any(mine > theirs for theirs in later_words)
                                   for v in prior for mine in (_item_words(v),)):
            q_flags["period"] = "prior"
    # A thing the question names among several of its kind (the Railroad Fire, not the Mission Fire: _thing_owners) is its
    # item: a value another of them owns is another item's, before any period or forecast tells them apart.
    candidates, why = _narrow(candidates, [v for v in candidates if v.flags.get("thing") != "other"], mine, why, "DG601")
    if kind == "figure" and has_han(q_text) and _ZH_TRADE_WORD_RE.search(q_text) and not _ZH_MARKET_TRADE_RE.search(q_text):
        # (a trade asked with no market, 9月出口金額, is the total's: 對中國大陸與香港出口…158.6億美元 is that market's, DG601)
        candidates, why = _narrow(candidates, [v for v in candidates if not _zh_market_trade(c_text, v)], mine, why, "DG601")
    if kind == "figure" and "主要" in c_text:
        # (受损作物主要为香蕉,被害面积105公顷…: the metrics restated after the main part are that part's, those before the whole's)
        candidates, why = _narrow(candidates, _main_part(c_text, q_text, candidates), mine, why, "DG601")
    if kind == "figure":
        candidates = _unnamed(candidates, mine, c_text, q_text)
        # The question's verb names its metric as a noun does (deliver: deliveries; produce: units produced): a value the
        # cite states as another of these metrics (Tesla produced 410,244 vehicles) is another metric's, whatever nouns
        # (vehicles) and periods the two share.
        asked_metric = _metric_families(q_text)
        if len(asked_metric) == 1 and not has_han(q_text):
            metrics = {id(v): _value_metric(c_text, v, values) for v in candidates}
            if asked_metric & set(metrics.values()) and set(metrics.values()) - asked_metric - {""}:
                keep = [v for v in candidates if metrics[id(v)] in ("", *asked_metric)]
                candidates, why = _narrow(candidates, keep, mine, why, "DG601")
        candidates, why = _narrow(candidates, [v for v in candidates if not _written_by_question(c_text, q_text, v)], mine, why, "DG601")
        candidates, why = _narrow(candidates, _measured(q_text, candidates, c_text), mine, why, "DG601")
        if not has_han(q_text) and "average" in c_text:
            # an average over a period's days (8313 people were saved – an average of 22 people every day; launched an
            # average of 23 times a day) is a rate, another metric than the total: asked only by a question that says
            # average or per what (on average, a day, per day, daily), which asks it alone
            # (a unit that is a rate itself, barrels per day, bpd, states no average beside a total)
            rated = [v for v in candidates if _per_period_rate(c_text, v)]
            totals = [v for v in candidates if v not in rated and not _PER_PERIOD_AFTER_RE.match(c_text, v.end)
                      and any(w.sentence == v.sentence for w in rated)]
            if rated and totals:
                keep = rated if _RATE_ASKED_RE.search(q_text) else [v for v in candidates if v not in rated]
                candidates, why = _narrow(candidates, keep, mine, why, "DG601")
        side = _asked_side(q_text)
        if side:
            candidates, why = _narrow(candidates, _on_side(c_text, q_text, candidates, side), mine, why, "DG601")
        candidates, why = _narrow(candidates, _since_asked(q_text, candidates, c_text), mine, why, "DG602")
        asked_tally = _asked_tally(q_text) if not has_han(q_text) else ""
        tally = _tallies(c_text, values) if asked_tally else {}
        if tally:  # (new cases asked, the running total is that count at another moment; and the other way)
            # (a count asked as new is one the cite says is new; a total may be written with no mark: 309 cases)
            keep = [v for v in candidates if tally.get(id(v), "" if asked_tally == "new" else "total") == asked_tally]
            candidates, why = _narrow(candidates, keep, mine, why, "DG602" if tally.get(id(mine[0])) else "DG601")
        if _BALANCE_ASKED_RE.search(q_text):
            # 收支结果 (what revenue and spending come to) asks their balance: the value stated as a surplus or a deficit
            # (录得经营盈余513亿, 录得亏蚀1517亿, 252亿元盈余), not the revenue or the spending beside it
            keep = [v for v in candidates if _BALANCE_BEFORE_RE.search(c_text, max(0, v.start - 8), v.start)
                    or _BALANCE_AFTER_RE.match(c_text, v.end)]
            candidates, why = _narrow(candidates, keep, mine, why, "DG601")
        if "今年" in q_text and "明年" not in q_text and "明年" in c_text and _asks_forecast(q_text):
            # 明年 opening a value's own clause (今年…分别下调为1.66%与1.65%,明年同步下修至1.63%) is a later period than
            # the question's 今年, though the engine's period flags know only this year and earlier ones (a forecast's
            # period, where the question asks a forecast: a forecast given for what happened is the forecast rule's DG603)
            keep = [v for v in candidates if "明年" not in c_text[_clause_start(c_text, v.start):v.start]]
            candidates, why = _narrow(candidates, keep, mine, why, "DG602")
        # A title the question names in book-title marks (《飞驰人生2》的票房) is its item: a value whose sentence names
        # only other titles before it (影片《热辣滚烫》票房突破15亿元) is another work's.
        asked_titles = set(_ZH_WORK_RE.findall(q_text)) if "《" in q_text else set()
        if asked_titles:
            sentences = _full_sentences(c_text)

            def titles_before(v: Value) -> set[str]:
                lo = next(a for a, b in sentences if a <= v.start < b or b == len(c_text))
                return set(_ZH_WORK_RE.findall(c_text, lo, v.start))

            keep = [v for v in candidates if not titles_before(v) or titles_before(v) & asked_titles]
            candidates, why = _narrow(candidates, keep, mine, why, "DG601")
        # The whole a question names and the cite does not write (全国, 全省) is the value no place of its own
        # owns: a city's figure in a clause it opens (高雄市出生人数…、死亡人数…) is a narrower item's.
        whole = _WHOLE_ASKED_RE.search(q_text)
        if whole and whole.group() not in c_text:
            keep = [v for v in candidates if not _PLACE_RE.search(c_text, _clause_start(c_text, v.start), v.start)]
            candidates, why = _narrow(candidates, keep, mine, why, "DG601")
        # Asked what share (what percentage, what proportion), an answer in percent competes only with values written in
        # percent, a range's first end too (just 5 - 10 percent): the count of the whole beside it (of the 366,559 people)
        # is no share.
        if _SHARE_ASKED_RE.search(q_text) and _PERCENT_WORD_RE.search(a_text):
            # (a share in any writing is one: one in five, a fifth)
            keep = [v for v in candidates if _PERCENT_AFTER_RE.match(c_text, v.end) or _PERCENT_WORD_RE.search(v.text)
                    or isinstance(v.key, tuple) and len(v.key) > 1 and v.key[1] == "%"]
            candidates, why = _narrow(candidates, keep, mine, why, "DG601")
        # The arm a question names (in the placebo group) selects the value whose own arm it is: the group named after it
        # before the next value (162 cases … in the placebo group versus eight cases in the BNT162b2 group).
        q_arm = _GROUP_ARM_RE.search(q_text)
        if q_arm:
            v_starts = sorted(w.start for w in values)  # (the next value's start by bisect, not by a scan of all)

            def next_start(v: Value) -> int:
                k = bisect_left(v_starts, v.end)
                return v_starts[k] if k < len(v_starts) else len(c_text)

            keep = [v for v in candidates if (arm := _GROUP_ARM_RE.search(c_text, v.end, min(
                _sentence_end(c_text, v.end), next_start(v)))) and arm[1] == q_arm[1]]
            candidates, why = _narrow(candidates, keep, mine, why, "DG601")
        # A score is one value owned by its match and its moment: a lead or a deficit on the way
        # (fired Ghana into a 2-1 lead, trailed 1-0) is an earlier moment's score than the result;
        # a question asks for a lead only if it names one.
        if any(v.key[1] == "score" for v in mine):
            asks_lead = _LEAD_QUESTION_RE.search(q_text) is not None
            keep = [v for v in candidates if v.key[1] == "score" and _interim(c_text, v) == asks_lead]
            candidates, why = _narrow(candidates, keep, mine, why, "DG602")
            # the opponent the question names (against Ghana) names the match: another match's score
            # is another period's value of the same team, as another month's figure is
            rivals = {_stem(m[1]) for m in _OPPONENT_RE.finditer(q_text) if m[1] not in _STOP}
            keep = [v for v in candidates if rivals & set(v.terms.get("entity", ()))]
            # (the same team's other match is another period's; another team's match is another item)
            team = {t for v in mine for t in v.terms.get("entity", ()) if t not in rivals}
            candidates, why = _narrow(candidates, keep, mine, why, "DG602" if team else "DG601")
        if _AGE_QUESTION_RE.search(q_text):  # how old: the values stated as ages (ages two and five, 5岁)
            ages = [v for v in candidates if _AGE_BEFORE_RE.search(c_text, max(0, v.start - 12), v.start)
                    or _AGE_AFTER_RE.match(c_text, v.end) or _apposed_age(c_text, v) or any(_AGE_BEFORE_RE.search(c_text, max(0, w.start - 12), w.start)
                                                                and _LIST_GAP_RE.fullmatch(c_text, w.end, v.start) for w in candidates)]
            candidates, why = _narrow(candidates, ages, mine, why, "DG601")
            older = _OLDER_RE.search(q_text)
            if older and len(ages) > 1:  # the older / the youngest of them
                pick = max if older[1] or older[2] else min
                top = pick(v.key[0] for v in candidates)
                candidates, why = _narrow(candidates, [v for v in candidates if v.key[0] == top], mine, why, "DG601")
        # The ends of a range are described by the range's words alike (the target range … to 4-3/4 to
        # 5 percent); a question naming an end asks for that end (the upper end: 5 percent, not 4-3/4).
        for v, w in zip(values, values[1:]):
            if v.flags.get("end") == "lower" and w.flags.get("end") == "upper":
                for cls in set(v.terms) | set(w.terms):
                    v.terms[cls] = w.terms[cls] = set(v.terms.get(cls, ())) | set(w.terms.get(cls, ()))
                for flag in ("period", "forecast"):
                    if flag == "period" and v.role == "base" and not w.role:
                        continue  # (increased by $900 million, from $27.97 billion to $28.87 billion: a move's base and the level it reached, no range of one period)
                    if flag in v.flags or flag in w.flags:
                        v.flags[flag] = w.flags[flag] = v.flags.get(flag) or w.flags[flag]
        # An English question's total (total capital expenditures) selects the value its sentence calls a total, the
        # word before it with no other value between (Total expenditures were $309 million; the sale totaled $379,676,000): a part's value (of growth CapEx, $95 million on maintenance) is another item.
        # (a level asked with total before its noun: not a share of the total, nor a change, which the total's later
        # clauses state too: climbed 4.3 percent …, and is 0.5 percent above a year ago)
        if not has_han(q_text) and _TOTAL_NAMED_RE.search(q_text) and _direction(q_text) is None and not _CHANGE_QUESTION_RE.search(q_text):
            ends = sorted(w.end for w in values)
            # (a forecast stays, for the forecast rule: the sale's pre-sale estimate is DG603 against its total)
            keep = [v for v in candidates if v.flags.get("forecast") == "forecast" or _TOTALLED_RE.search(c_text, max(
                _sentence_start(c_text, v.start), ends[k - 1] if (k := bisect_right(ends, v.start)) else 0, v.start - 60), v.start)]
            # (… spend hit €957 million in 2023, up from €38 million in 2021: the base a total is compared with is that
            # total at another time, for the period rules to choose, no part of it)
            keep += [v for v in candidates if v.role == "base" and v not in keep and any(
                k.sentence == v.sentence and k.end <= v.start for k in keep)]
            candidates, why = _narrow(candidates, keep, mine, why, "DG601")
        end = _RANGE_END_QUESTION_RE.search(q_text)
        if end:
            side = "upper" if end[1] or end[2] or end[3] else "lower"
            keep = [v for v in candidates if v.flags.get("end") == side]
            # (asked an estimate's end, the price it was estimated for is the outcome, no end of it: DG603)
            swapped = q_flags.get("forecast") == "forecast" and all(v.flags.get("forecast") != "forecast" and "end" not in v.flags
                                                                    for v in mine) and any(v.flags.get("forecast") == "forecast" for v in keep)
            candidates, why = _narrow(candidates, keep, mine, why, "DG603" if swapped else "DG601")
        # A margin of error competes only with margins, and only a question about one asks for it;
        # "the margin of error of the 8.4 percent increase" names the value it qualifies.
        margin = _MARGIN_QUESTION_RE.search(q_text) is not None
        candidates, why = _narrow(candidates, [v for v in candidates if (v.head is not None) == margin], mine, why, "DG601")
        if margin:
            named = {(q.value, q.unit or "") for q in parse_quantities(q_text)}
            keep = [v for v in candidates if v.head is not None and v.head.key in named]
            candidates, why = _narrow(candidates, keep, mine, why, "DG601")
        # The spans of one run (a day's takings, a weekend's, the run to date): a question naming one asks its value,
        # and one stated for another span is another period's (on Friday against for the weekend, in eight days).
        asked_span = {m.lastgroup for m in _RUN_SPAN_RE.finditer(q_text) if not m.group().endswith("total")}
        if asked_span and _TOTAL_RE.search(q_text):  # (a total beside a span: the total after its second weekend)
            asked_span.add("run")
        if len(asked_span) == 1:
            v_starts, v_ends = sorted(w.start for w in values), sorted(w.end for w in values)
            spans = {id(v): _run_span(c_text, v, v_starts, v_ends) for v in candidates}
            keep = [v for v in candidates if spans[id(v)] in ("", *asked_span)]
            candidates, why = _narrow(candidates, keep, mine, why, "DG602")
        # An average per day or month (平均每天增加213人, 日均) is another measure than the total beside it: only a
        # question naming an average asks for it.
        averaged = _AVERAGE_ASKED_RE.search(q_text) is not None
        keep = [v for v in candidates if (_AVERAGE_BEFORE_RE.search(c_text, max(0, v.start - 8), v.start) is not None) == averaged]
        candidates, why = _narrow(candidates, keep, mine, why, "DG601")
        if any(v.flags.get("adjusted") for v in candidates):  # (季调失业率 against the plain 失业率)
            adjusted = _ADJUSTED_RE.search(q_text) is not None
            candidates, why = _narrow(candidates, [v for v in candidates if bool(v.flags.get("adjusted")) == adjusted], mine, why, "DG601")
        # A value stated for another date or period than the question's is not it
        # (November's change when it asks for December's; 2022年Q2 when it asks 2021年).
        q_when = _one_period([key for _, _, key in _periods(q_text)])
        # (A question naming two periods, "the april 2022 to may 2022 change", conflicts with a
        # value's date only if that date conflicts with both.)
        # (… when the period that conflicts is one the cite writes as a base: 较第2季…季增14.47%)
        base_keys = {key for a, _, key in _periods(c_text) if _BASE_WORD_BEFORE_RE.search(c_text, max(0, a - 2), a)} if own_base else set()
        # (a value stated for the question's period keeps it, whatever day of a report also dates it: 中新网10月24日电
        # …公布9月失业率为3.96%)
        keep = [v for v in candidates if not any(q_when and all(_conflicts(w, q) for q in q_when) and not (id(v) in own_base and w in base_keys)
                                                 for w in v.when)
                and not ("after" in v.flags and q_when and all(_matches(v.flags["after"], q) for q in q_when))
                or any(_matches(w, q) and (w.rpartition(",")[2] or _periods_alike(c_text, v)) for w in v.when for q in q_when)]
        # The answer is the earlier value, or the question's date names the base of the
        # answer's own comparison ($63.1 billion in October, up … from $62.1 billion in
        # September): a matter of period. Another item's date is another item.
        # (by identity: comparing Values field by field, base against each kept value, took seconds on a long cite)
        kept = {id(w) for w in keep}
        earlier = any(v.flags.get("period") == "prior" or id(_base_of(v, values)) in kept for v in mine)
        # A value of another month, quarter, half or month range than the question's is another period's
        # (November's revision against December's; June against April-June; 9月份 against 1—9月份).
        # (but the trade balance against exports or imports is another item whatever its span: 累計前八月對美出超 against
        # 8月對美國出口 asked of exports)
        earlier = earlier or any(_conflicts(_span_only(w), _span_only(q)) for v in mine for w in _own_when(v, values, q_text) for q in q_when
                                 if w.split(",")[-1] and q.split(",")[-1]) and not _other_trade_side(mine, c_text, q_text)
        # another graduating cohort's value (2022届 when it asks 2021届) is another period's
        earlier = earlier or bool(_COHORT_RE.search(q_text)) and any(_conflicts(w, q) for v in mine for w in v.when for q in q_when)
        # a value stated only for another year than the question's, beside one stated for it ($54/b in 2015 and
        # $59/b in 2016), is another period's
        q_keys = [key for _, _, key in _periods(q_text)]  # (as written: 2018 and may 2018 are not one period here)
        earlier = earlier or all(v.when and any(_conflicts(w, q) for w in v.when for q in q_keys) and not any(
            _matches(w, q) for w in v.when for q in q_keys) for v in mine) and any(
            _matches(w, q) and (_one_line(c_text, k, v) or _two_forecasts(k, v) or _dated_run(c_text, k, v, values))
            for k in keep for w in k.when for q in q_keys for v in mine)
        candidates, why = _narrow(candidates, keep, mine, why, "DG602" if earlier else "DG601")
        # A question dating what it asks by the day (2022年3月17日) asks the value stated for that day where the cite
        # states one: a value dated only by a wider period holding it (自2022年…累計3.5碼) is that period's, another
        # period's value.
        candidates, why = _narrow(candidates, _finer_dated(candidates, q_when), mine, why, "DG602")
        # A question naming the period a figure is for and the date of the report giving it (for 2016 … in
        # its September 2015 outlook) asks by the periods the cite states values for; the others (a
        # document's date) choose nothing. A value stated only for another of them is another period's.
        stated = [q for q in q_keys if any(_matches(w, q) for v in candidates for w in v.when)]
        if stated and len(stated) < len(q_keys):
            keep = [v for v in candidates if not any(all(_conflicts(w, q) for q in stated) for w in v.when)
                    or _measured_from(q_text, v, stated)]
            # (a level conflicting only with the period the question compares with, where a change is measured from it, is
            # no other period's: 较9月增加多少, asked of 10月's level, is another measure than the change)
            measured = any(_measured_from(q_text, v, stated) for v in keep)
            own = [q for q in stated if not measured or q not in _asked_bases(q_text)]
            other = bool(own) and all(_conflicts(w, q) for v in mine for w in v.when for q in own) and all(v.when for v in mine)
            candidates, why = _narrow(candidates, keep, mine, why, "DG602" if other else "DG601")
        candidates, why = _narrow(candidates, _of_base_period(q_text, c_text, candidates, q_when), mine, why, "DG602")
        for cls, marked, code in (("forecast", "forecast", "DG603"), ("period", "prior", "DG602")):
            asked = q_flags.get(cls) == marked
            if cls == "forecast" and cls not in q_flags and candidates and all(v.flags.get(cls) == marked for v in values) \
                    and _PRESENT_ASKED_RE.search(q_text) and not _ASKED_HAPPENED_RE.search(q_text):
                asked = True  # (is … up from last year, of a cite foreseeing every value: the forecast is what it asks)
            year_named: list[Value] = []
            if cls == "forecast" and asked:
                # Asked for a forecast, an outcome stated beside it (above the $1.35
                # analysts had expected) is DG603; one stated elsewhere is another value.
                beside = {v.sentence for v in candidates if v.flags.get(cls) == marked}
                # (so is an outcome of the item a target names, in another sentence: 去年…总收入增长11.3%
                # against 主要预期目标是:…总收入增长5%)
                # (… or of the item of any forecast, where the actual is this period's: the rate of 5.38 million against
                # the consensus for a rate of 5.45 million, sentences apart)
                targets = [w for w in candidates if w.flags.get("target") and _item_words(w)]
                # (… or an actual of this period whose metric a forecast names, sentences apart: the rate of 5.38 million
                # against the consensus for existing home sales … a rate of 5.45 million)
                forecasts = [w for w in candidates if w.flags.get(cls) == marked and w.terms.get("metric")]
                # (and so is an outcome measured against the forecast: 两者升幅均高于市场预期的…, a sentence after it)
                code = "DG603" if any(v.sentence in beside or any(_item_words(v) & _item_words(w) for w in targets)
                                      or any(_compared_forecast(c_text, v, w) for w in candidates)
                                      or v.flags.get("period") != "prior" and any(v.terms.get("metric", set()) & w.terms["metric"]
                                                                                  for w in forecasts) for v in mine) else "DG601"
                # the level a foreseen move starts from is the earlier period's value of its item (with 11 percent …, would
                # jump to 34 percent: asked the 34, the 11 is DG602)
                # (_moved_from pairs values of one sentence only: each value of mine is tried against its own
                # sentence's forecasts, not every forecast of a long cite)
                marked_in: dict[int, list[Value]] = {}
                for w in candidates:
                    if w.flags.get(cls) == marked:
                        marked_in.setdefault(w.sentence, []).append(w)
                if any(_moved_from(c_text, v, w, values, q_text) for v in mine for w in marked_in.get(v.sentence, ())):
                    code = "DG602"
            if cls == "period" and not asked:
                # a question naming the period of an earlier value asks for it (revenues in fiscal 2012)
                # (a base's own month, its year left to the context: up from near $71 in late June, asked late June 2023)
                # (… not one it compares with, 较3月增加多少: the base of the change it asks)
                asked_when = _unbased_periods(q_text, q_when)
                named = [v for v in candidates if any(_matches(w, q) for w in v.when for q in asked_when) or v.role == "base" and any(
                    _matches(q.split(",")[0] + v.flags["own_when"][v.flags["own_when"].index(","):], q)
                    for q in asked_when if "own_when" in v.flags and not v.flags["own_when"].split(",")[0])]
                asked = bool(named) and all(v.flags.get(cls) == marked for v in named)
                if not named and q_when and any(v.flags.get(cls) == marked for v in candidates):
                    # (a period the cite states no value for, one year before one it does: 2020年11月 against a value
                    # for 2021年11月, is that value's year-earlier period, 较去年同期… — not the month before, 较10月…)
                    year_ago = any(_matches(_year_before(w), q) for v in candidates if v.flags.get(cls) != marked
                                   for w in v.when for q in q_when)
                    year_named = [v for v in candidates if year_ago and v.flags.get(cls) == marked
                                  and _YEAR_AGO_RE.search(c_text, max(0, v.start - 12), v.start)]
                    asked = bool(year_named)
            # (its prior is its base's, written after the base word: 比去年同期2.66%增加0.14个百分点)
            exempt = {id(v) for v in candidates if id(v) in own_base and _BASE_PRIOR_RE.search(
                c_text, max(_sentence_start(c_text, v.start), v.start - 20), v.start)} if cls == "period" and q_flags.get(cls) != marked else set()
            keep = [v for v in candidates if (v.flags.get(cls) == marked and id(v) not in exempt) == asked]
            if cls == "period" and not asked and q_when:
                # (from 0.925 million in 2018 to 0.903 million last year: "last year" is earlier than the report, but it is
                # a later year than the from-end's, so a question naming a later year than that is not told it away)
                later = [v for v in candidates if v not in keep and "after" in v.flags and all(
                    q.split(",")[0] and v.flags["after"].split(",")[0] and int(q.split(",")[0]) > int(v.flags["after"].split(",")[0])
                    for q in q_when)]
                keep = keep + later if keep else keep
            if cls == "period" and not asked and "period" not in q_flags and not q_when and keep and len(keep) < len(candidates):
                # the period tells values of one item apart, not items: where the question's words choose an item whose
                # every value is an earlier period's (rides on the shuttle routes fell 2.4 percent … last year, beside the
                # Red Line's 3.2 percent), it is that item's value the question asks, and another item's is DG601
                best, tied = _scored(candidates, q_text, c_text)
                if best and tied and not any(v in keep for v in tied) and not any(v.role == "base" for v in tied) \
                        and not {v.sentence for v in tied} & {v.sentence for v in keep}:
                    keep = []  # (… of items in sentences of their own: one item's periods share a sentence)
            if cls == "forecast" and code == "DG603" and keep and _superseded_estimate(mine, keep):
                code = "DG602"  # (its July projection against the August report's figure: a later release of one estimate)
            if cls == "forecast" and not asked and keep and _direction(q_text) and all(w.role == "delta" for w in keep) \
                    and all(not v.role and _HELD_LEVEL_RE.search(c_text, max(0, v.start - 6), v.start) for v in mine):
                code = "DG601"  # (asked a change, a level to be held — 保持在1.3万亿斤以上 — is another metric before a forecast)
            if year_named:
                keep = [v for v in keep if v in year_named]
            if cls == "forecast" and not asked and not keep and all(v.flags.get(cls) == marked for v in mine):
                # asked what happened where every value is expected (is expected to cost $800 million …
                # anticipates … about $1 billion): whichever the answer is, it is a forecast
                v = mine[0]
                return [Mismatch("DG603", f"answer {a_text.strip()} is the forecast {v.text} in the cite; the question "
                                          f"asks what happened, and the cite says only what is expected", _data(v, []))]
            before = candidates
            candidates, why = _narrow(candidates, keep, mine, why, code)
            if why == "DG603" and code == "DG603" and any(v in before for v in mine) and not any(v in candidates for v in mine):
                # the value of another item (a covenant level against the expected ratio) is DG601 first:
                # an actual and its forecast are one item's (a value the question names nothing of is:
                # "above the $1.35 analysts had expected")
                best, tied = _scored(before, q_text)
                # (a target named by no item of its own, 实现6.5%左右的增长预期目标, is the asked item's: DG603)
                own = any(_item_words(v) & _item_words(w) for v in mine for w in before if w.flags.get("target"))
                # (… as is the forecast an actual is measured against, when it names no item of its own)
                own = own or any(not _item_words(v) and _compared_forecast(c_text, t, v) for v in mine for t in tied)
                # (… and the level the subject would move to from the one the question asks: Thomson would jump to 34 percent)
                own = own or any(_moved_from(c_text, t, v, values, q_text) for v in mine for t in tied)
                # (… and a forecast in the unit of measure the question asks its actual in, as a counted noun would be: the
                # previous projection of 130 megawatts against 7 megawatts booked)
                own = own or any(not _item_words(v) and _measured_unit(v) and _unit_key(v) == _unit_key(t) for v in mine for t in tied)
                if best > 0 and not own and not any(v in tied for v in mine) and all(
                        _item_words(t) and (_item_words(v) or not _named_target(c_text, v)) and not _item_words(v) & _item_words(t)
                        for v in mine for t in tied):
                    why = "DG601"
        # A revised figure and what was first reported are two stages of one period's value: a question naming
        # either stage (originally reported; after its revision) selects it (DG602 for the other).
        # A mark the question calls previous (the previous world record that X broke) is the one the cite calls so
        # (breaking the prior record of 49.82), not the new one that replaced it: another stage of one record.
        if _SUPERSEDED_ASKED_RE.search(q_text):
            keep = [v for v in candidates if _SUPERSEDED_BEFORE_RE.search(c_text, max(0, v.start - 40), v.start)]
            candidates, why = _narrow(candidates, keep, mine, why, "DG602")
        # What a sentence says holds now (the company now says … 8 hours) and what was stated at a date before (when it
        # announced the phone in January, 5 hours) are two stages of one value: a question saying now asks the first, one
        # naming that date the second (DG602 for the other).
        present = [v for v in candidates if _NOW_RE.search(c_text, _sentence_start(c_text, v.start), _sentence_end(c_text, v.end))]
        now_ids = {id(v) for v in present}  # (by identity: a Value's == compares every field, and in a list is a scan)
        earlier = [v for v in candidates if id(v) not in now_ids]
        if present and earlier and all(_STATED_RE.search(c_text, _sentence_start(c_text, v.start), _sentence_end(c_text, v.end))
                                       and v.when for v in earlier):  # (each an earlier statement's, dated: said in March)
            dated = [v for v in earlier if any(_matches(w, q) for w in v.when for q in q_when)]
            keep = present if _NOW_RE.search(q_text) else dated
            candidates, why = _narrow(candidates, keep, mine, why, "DG602")
        q_stage = "original" if _ORIGINAL_RE.search(q_text) else "revised" if _REVISED_STAGE_RE.search(q_text) else ""
        staged = [_stage(c_text, v) for v in candidates]
        if q_stage and "original" in staged:
            keep = [v for v, st in zip(candidates, staged) if (st == "original") == (q_stage == "original")]
            candidates, why = _narrow(candidates, keep, mine, why, "DG602")
        # A span running to now (bookings year-to-date) and a part of it (in this quarter) are two periods: a
        # question naming a period asks the span only if it says so; the other is another period's value.
        todate = [v.flags.get("period") == "todate" for v in candidates]
        if any(todate) and not all(todate) and (q_when or "period" in q_flags):
            keep = [v for v, t in zip(candidates, todate) if t == (q_flags.get("period") == "todate")]
            # (a part of the whole kept, of which 41,135 have secured …, is another item than the whole, not its period)
            part = any(v.flags.get("part_of") == str(k.start) for v in mine for k in keep)
            candidates, why = _narrow(candidates, keep, mine, why, "DG601" if part else "DG602")
        # Asked per share, a total is not it; asked for a total (net income), a per-share amount is not.
        if _PER_SHARE_QUESTION_RE.search(q_text):
            candidates, why = _narrow(candidates, [v for v in candidates if v.flags.get("share") != "total"], mine, why, "DG601")
        elif _TOTAL_QUESTION_RE.search(q_text):
            candidates, why = _narrow(candidates, [v for v in candidates if v.flags.get("share") != "per"], mine, why, "DG601")
        # A figure of another kind the question quotes (规模5到5.9的余震有多少次) points at the value of
        # its own list item: 包括规模5到5.9的地震1次、3到3.9的地震6次.
        # (a period the question names is no figure: 一季度, 1—9月; a bare 3.9 is not read as March 9 here)
        periods = [(a, b, k) for a, b, k in _periods(q_text) if re.search(r"[^\d.,/\s-]", q_text[a:b])]
        asked = [q for q in parse_quantities(q_text) if _telling(q, q_text)
                  and not any(a < q.end and q.start < b for a, b, _ in periods) and not _span_count(q, q_text)
                  and not (q.unit is None and (_month_span_at(q_text, q.start) or q.counter == "年"
                                               and _month_span_at(q_text, q.end)))
                  and not _frames_all(q_text[q.start:q.end], candidates)
                  and not any(a <= q.start < b and any(m.group().lower() not in _NOT_VERBS for m in _ACTED_RE.finditer(q_text, a, b))
                              for a, b in _quoted_conditions(q_text))]
        # (an action's condition, setting the wall at 40 m, frames every value its subject has: it points at none)
        quoted = {(q.value, q.unit or "") for q in asked} - {v.key for v in mine}
        if quoted and not _RESPECTIVELY_RE.search(c_text):
            # the figures the question names itself are not what it asks for
            candidates, why = _narrow(candidates, [v for v in candidates if v.key not in quoted], mine, why, "DG601")
            places = list({id(q): q for aq, found in zip(asked, quoted_places(asked, parse_quantities(c_text), exact=True))
                           if (aq.value, aq.unit or "") in quoted for q in found
                           if any((x.value, x.counter) == (q.value, q.counter) for x in parse_quantities(q_text))}.values())
            def item_of(q, v) -> bool:  # the quoted figure and the value in one list item, either order
                a, b = (q.end, v.start) if q.end <= v.start else (v.end, q.start)
                # (another value of the kind between them is another item's: $499 for a 4 GB edition or $599 for an 8 GB
                # edition, asked the 8 GB edition, is the $599's)
                return a <= b and not _ITEM_SPLIT_RE.search(c_text, a, b) and not _SENTENCE_BREAK_RE.search(c_text, a, b) \
                    and not any(a <= w.start and w.end <= b for w in values)

            # A quoted figure of another measure than the answer (the 100 metres of a race's times), with no other
            # figure of its measure beside it (no 4GB beside the 8GB asked), may name the event every value is of:
            # where the values it points at hold none of the question's words and another value does, it points at none.
            measures = {(q.unit or "", q.counter) for q in places}
            other_measure = bool(places) and all((q.unit or "") != v.key[1] and q.counter != v.measure for q in places for v in mine) \
                and not any((q.unit or "", q.counter) in measures and (q.value, q.unit or "") not in quoted for q in parse_quantities(c_text))

            def event(keep: list[Value]) -> bool:
                return other_measure and not any(v.terms for v in keep) and any(
                    v.terms.get("entity") for v in candidates if v not in keep)

            keep = [v for v in candidates if any(item_of(q, v) for q in places)]
            candidates, why = _narrow(candidates, [] if event(keep) else keep, mine, why, "DG601")
            # A record of one moment (At about 1,000 feet, the air speed was approximately 149 knots.
            # This was 54 seconds prior to impact.): the quoted figure selects its own data point; a
            # value at another point is another moment's (DG602), another point's moment another event's.
            points = _semicolon_joined(c_text, _data_points(c_text))
            where = {_index([a for a, _ in points], q.start) for q in places}
            keep = [v for v in candidates if _index([a for a, _ in points], v.start) in where]
            keep = [] if event(keep) else keep
            # (the same item, air speed, at another point; not another ruling's tally)
            moment = any(_MOMENT_AFTER_RE.match(c_text, v.end) for v in mine)
            same = any(_item_words(v) & _item_words(k) for v in mine for k in keep) or not any(_item_words(v) for v in mine)
            # (… but a figure of the quoted measure naming the answer's own item is another item's: 0—14岁人口 against
            # the question's 60岁及以上人口)
            counters = {q.counter for q in places if q.counter}
            named = any(q.counter in counters for v in mine for q in parse_quantities(c_text[_sentence_start(c_text, v.start):v.start]))
            # (a quoted age, aged 11 to 18 years, labels a group of people, not a moment: another line's is another group's)
            aged = any(_AGED_SPAN_BEFORE_RE.search(q_text, max(0, q.start - 20), q.start) for q in asked)
            candidates, why = _narrow(candidates, keep, mine, why, "DG602" if same and not moment and not named and not aged else "DG601")
        # A real figure is asked for by a question that says so; a nominal one by one that says nominal.
        if _REAL_RE.search(q_text) or _NOMINAL_RE.search(q_text):
            real = _REAL_RE.search(q_text) is not None
            candidates, why = _narrow(candidates, [v for v in candidates if (v.flags.get("price") == "real") == real], mine, why, "DG601")
        # A question with a direction word asks for a change (by how much did it rise?),
        # one without asks for a level (what is the revised change?).
        # A question naming a base (from the previous month, above June 2021) asks for a change too.
        q_base, q_base_words = _base_key(q_text, 0, len(q_text), compared=True)
        if not q_base:  # "than in August 2014": a dated base after "in", where the cite measures a change against it
            loose = _base_key(q_text, 0, len(q_text), compared=True, loose=True)
            if loose[0] and any(v.base == loose[0] for v in candidates):
                q_base, q_base_words = loose
        if q_base.startswith("date:"):  # from July to August: a change from its span's first month, where the cite has one
            year, _, *rest, span = q_base[5:].split(",")
            first = _months(span)[0] if span else 0
            start = ",".join([year, str(first), *rest, f"{first}-{first}"])
            if span and any(v.base.startswith("date:") and _matches(v.base[5:], start) for v in candidates):
                q_base = "date:" + start
        # (a level asked "to what", the date after "from" is when it takes effect, not a base: to what level will output
        # be lowered from January 1)
        to_level = _TO_LEVEL_ASKED_RE.search(q_text) is not None
        asks_change = _direction(q_text) is not None and not to_level or bool(_CHANGE_QUESTION_RE.search(q_text)) or bool(
            q_base) and not (to_level and q_base.startswith("date:")) or _MOVED_FROM_ASKED_RE.search(q_text) is not None or any(
            cls == "direction" for _, _, cls, _ in _table_terms(a_text))  # "up $1.0 billion" is a change; "+264,000" may be a level
        if asks_change and _ZH_QUALIFIED_COUNT_ASKED_RE.search(q_text) and not any(
                cls == "direction" for _, _, cls, _ in _table_terms(a_text)) and not any(
                "分别" in c_text[_sentence_start(c_text, v.start):v.start] for v in mine):
            # (环比上涨的城市有多少个: the things counted rose; their count is asked, a level — where no 分别 list pairs
            # the counts with their kinds by position, which these words do not read)
            asks_change = False
        keep = [v for v in candidates if (v.role == "delta") == asks_change]
        candidates, why = _narrow(candidates, keep, mine, why, "DG601")
        # The direction the question names (by how much did sales fall) selects among changes that went
        # both ways: a rise is not what it asks about, when the answer went the question's way.
        q_dir = _direction(q_text)
        if q_dir and _direction(a_text) in (None, q_dir) and all(v.flags.get("direction") == q_dir for v in mine):
            keep = [v for v in candidates if v.flags.get("direction") in (None, q_dir)]
            candidates, why = _narrow(candidates, keep, mine, why, "DG601")
        # A change measured against another base than the question's is the change over another period.
        if q_base:
            # (a change stating no base of its own may share one written once: 同比增长4.5%;餐饮收入…增长3.1%)
            # (… but not one written after a later change's value, which is that change's own: climbed 4.3 percent …,
            # and is 0.5 percent above a year ago)
            keep = [v for v in candidates if v.base and _same_base(v.base, q_base) or not v.base and not any(
                w.sentence == v.sentence and w.start > v.end and w.base and w.base_words
                and c_text.find(w.base_words, w.end, _sentence_end(c_text, w.end)) >= 0 for w in candidates)]
            # another item's change, whatever its base: gasoline's rise when asked about retail's
            words = [len(_item_words(v)) for v in candidates]
            # (``candidates.index(v)`` found by identity, then == only among values of its span: == compares every
            # field of each value, and a long cite has thousands)
            at_span: dict[tuple[int, int], list[int]] = {}
            for i, w in enumerate(candidates):
                at_span.setdefault((w.start, w.end), []).append(i)
            most = max(words) if words else 0
            other_item = False
            for v in mine:
                i = next((i for i in at_span.get((v.start, v.end), ()) if candidates[i] is v or candidates[i] == v), None)
                if i is not None and v.named and words[i] < most:
                    other_item = True
                    break
            before = candidates
            candidates, why = _narrow(candidates, keep, mine, why, "DG601" if other_item else "DG602")
            if why == "DG602" and any(v in before for v in mine) and not any(v in candidates for v in mine):
                by_base = q_base_words
        elif asks_change and not has_han(q_text) and (later := [v for v in candidates if v.role == "delta" and v.base and any(
                w.role == "delta" and not w.base and w.sentence == v.sentence and w.start < v.start
                and _item_words(w) == _item_words(v) != set() for w in candidates)]):
            # An English change stating no base (climbed 4.3 percent) and, later in its sentence, the same item's change
            # against a base it names (and is 0.5 percent above a year ago): a question naming no base asks the plain
            # change, the other is over another period (DG602).
            keep = [v for v in candidates if not any(v is w for w in later)]
            candidates, why = _narrow(candidates, keep, mine, why, "DG602")
        elif asks_change and any(v in candidates and v.base for v in mine):
            # 同比 and 环比 of one item, and a question naming neither: it cannot choose (below, when
            # its words choose nothing else)
            words = set().union(*(_item_words(v) for v in mine))
            unbased = [v for v in candidates if v.role == "delta" and v.base and not v.base.startswith("date:")
                       and not _item_words(v) - words and all(not _same_base(v.base, m.base) for m in mine if m.base)]
            unbased = [v for v in mine if v in candidates] + unbased if unbased and all(
                not m.base.startswith("date:") for m in mine if m.base) else []
    if kind == "date" and c_text:
        # A date the question names itself (介绍2020年7月份…的新闻发布会, the 2010 Census) says which
        # case it asks about; it is not the date asked for.
        named = {(d.year, d.month, d.day, d.weekday, d.hour, d.minute, d.zone) for d in parse_dates(q_text)}
        candidates, why = _narrow(candidates, [v for v in candidates if v.key not in named], mine, why, "DG601")
        # The part of a date a question asks for (in which months …?) is stated by the dates it asks about: a year
        # alone (since late 2011) is no month's value.
        field = next((f for f, rx in _ASKED_FIELD_RES if rx.search(q_text)), None)
        if field:
            at = _DATE_FIELDS.index(field)
            keep = [v for v in candidates if v.key[0] == "relative" or v.key[at] is not None]
            candidates, why = _narrow(candidates, keep, mine, why, "DG601")
        # Asked for the base of a comparison (以哪一年为基数), the date compared against (2020年比2010年翻一番:
        # 2010年) is the one asked; the other is the later period's.
        if _BASE_QUESTION_RE.search(q_text):
            bases = [w for v in candidates for w in candidates if v.end <= w.start and _COMPARED_DATE_RE.fullmatch(c_text, v.end, w.start)]
            if bases:
                candidates, why = _narrow(candidates, bases, mine, why, "DG602")
        # Asked where a range starts or ends, the other end is not it (a date in no range may be).
        ends = {"start" if m[1] else "end" for m in _RANGE_QUESTION_RE.finditer(q_text)}
        if len(ends) == 1:
            end = ends.pop()
            candidates, why = _narrow(candidates, [v for v in candidates if v.flags.get("range", end) == end], mine, why, "DG601")
        # A Chinese question's verb stands right after its wh-word (在哪一天表示, 哪一天举行), as a date
        # stands right before the verb of its event (疾管署今(10)日表示): that date is the one asked for,
        # over a clause the question also quotes.
        wh = _CN_WH_VERB_RE.search(q_text)
        if wh:
            # (a dateline's date, 新竹31日电), is the date of the verb of the report's first sentence)
            keep = [v for v in candidates if c_text.startswith(wh[1], v.end) or c_text.startswith(wh[1], v.end + 1)
                    and c_text[v.end] in "在于起," or c_text.startswith("电", v.end)
                    and wh[1] in c_text[v.end:_sentence_end(c_text, v.end)]]
            candidates, why = _narrow(candidates, keep, mine, why, "DG601")
        # A figure the question quotes (增长7.8%是与哪个月份相比) points at the date of its own clause.
        # (the same figure: value, unit, counter and ordinal; 第2问 is no 2成)
        quoted = {(q.value, q.unit, q.counter, q.ordinal) for q in parse_quantities(q_text) if _telling(q, q_text)}
        if quoted:
            places = [q.start for q in parse_quantities(c_text) if (q.value, q.unit, q.counter, q.ordinal) in quoted]
            # its clause; else the clause between commas, where a bracket glosses the words before it
            # (第5周(2/1-2/7)类流感门急诊就诊计110,870人次)
            for starts in (list(_breaks(c_text)[0]), [0] + [m.end() for m in _COMMA_CLAUSE_RE.finditer(c_text)]):
                clauses = {_index(starts, p) for p in places}
                keep = [v for v in candidates if _index(starts, v.start) in clauses]
                if keep:
                    break
            candidates, why = _narrow(candidates, keep, mine, why, "DG601")
            if len(keep) > 1:  # (in one clause, the date after the figure, before any other figure: 50 million doses
                # in 2020 and up to 1.3 billion doses by the end of 2021; a date a change is measured from is the earlier period's)
                figures = [q.start for q in parse_quantities(c_text) if not any(v.start <= q.start < v.end for v in values)]
                own = [v for v in candidates if any(p < v.start and not any(p < f < v.start for f in figures) for p in places)]
                candidates, why = _narrow(candidates, own, mine, why, "DG602" if any(v.role == "base" for v in mine) else "DG601")
        # The preposition a question puts before its wh-word names how its date is governed:
        # "for which month" asks for the period something covers (for June 2022), "on what date"
        # for when it happened — not a date marked as a reference, start or deadline.
        m = _TIME_PREP_QUESTION_RE.search(q_text)
        if m:
            preps = [_time_prep(c_text, v.start) for v in candidates]
            if m[1] in _PLAIN_TIME_PREPS:  # on/in/at: any date not marked as a reference, start or deadline
                keep = [v for v, p in zip(candidates, preps) if p not in _MARKED_TIME_PREPS]
            else:
                side = _RANGE_END_PREPS.get(m[1])
                keep = [v for v, p in zip(candidates, preps) if p == m[1] or side and side in (v.flags.get("range"), v.flags.get("window"))]
            # (a date a change is measured from, rose 0.5 percent from September to … in October, is the earlier period)
            moved = [a for a, _, cls, _ in _table_terms(c_text) if cls == "direction"]
            base = any(p == "from" and any(v.start - 40 <= a < v.start for a in moved) for v, p in zip(candidates, preps) if v in mine)
            candidates, why = _narrow(candidates, keep, mine, why, "DG602" if base else "DG601")
        # A question's verb picks the date of its own event: asked when the quarter ended, the date
        # "the quarter ended" governs; asked when the company announced, the dateline's date, which
        # is the date of what the report says happened "today".
        # Dates in labelled fields (Release Date: … | Next Release Date: …; Posted: … | Updated: …): the
        # question's words select the fullest label they cover, the field's own name for its date.
        labels = [_field_label(c_text, v) for v in candidates]
        if sum(bool(x) for x in labels) > 1:
            said = {_RELATIVE_ORDER.get(w, w) for w in map(_lemma, _WORD_RE.findall(q_text))}
            covered = [len(x) if x and x <= said else 0 for x in labels]
            keep = [v for v, n in zip(candidates, covered) if n and n == max(covered)]
            candidates, why = _narrow(candidates, keep, mine, why, "DG601")
        verbs = {_lemma(w) for w in _WORD_RE.findall(q_text) if w not in _STOP}
        governors = [_lemma(_governor(c_text, v) or _future_governor(c_text, v)) for v in candidates]
        keep = [v for v, g in zip(candidates, governors) if g in verbs]
        if keep and len(keep) < len(candidates):
            # a verb of the question written in a date's own stretch of its sentence (since the date before it) but
            # hidden by a later participle there (the coldest temperature ever recorded at the station located at … was
            # -38 °F on February 3, 1947): the record of its own sentence is that date's too
            # (… and of the dates so kept, the one whose stretch holds most of the question's words: the coldest … on
            # February 3 against the hottest … on June 25, both 'ever recorded')
            kept = {id(v) for v in keep}
            taken = {_governor_at(c_text, v)[1] for v in keep}  # (a kept date's own verb is none of another's stretch)
            stretch = {id(v): _stretch_words(c_text, v, taken) for v in candidates}
            widened = [v for v in candidates if id(v) in kept or stretch[id(v)][0] & verbs]
            if len(widened) > len(keep):
                q_words = {_stem(w) for w in _WORD_RE.findall(q_text) if w not in _STOP}
                score = {id(v): len(stretch[id(v)][1] & q_words) for v in widened}
                keep = [v for v in widened if score[id(v)] == max(score.values())]
        if not keep and verbs & _ISSUE_VERBS:  # released, published: the day a document was issued
            keep = [v for v, g in zip(candidates, governors) if g == "issu"]
        if _ASKED_SAYING_RE.search(q_text):
            # said Monday, announced on May 3: the day right after a verb of saying is the day of the saying, which a
            # question whose own verb is one (did AMR say that …, report its July revenue) asks, not the figures' period;
            # chosen when it is the answer's (a dateline may be that day too)
            spoken = [v for v in candidates if _SAYING_DAY_RE.search(c_text, max(0, v.start - 24), v.start)]
            spoken_ids = {id(v) for v in spoken}  # (by identity: a Value's == compares every field)
            keep = spoken if any(id(v) in spoken_ids for v in mine) else keep
        if not keep:
            # no date's verb is the question's: the question's subject (did Dean Foods raise …) picks the
            # date whose verb has that subject (Dean Foods Company (NYSE: DF) today announced)
            # — when the question's verb is not the cite's (raise … guidance for "expected to exceed"):
            # a verb the cite writes (plans to issue … on August 6) is read by the question's words
            asked = _asked_subject(q_text)
            subjects = [_subject_of(c_text, v) for v in candidates]
            rest = {_lemma(w) for w in asked.difference(*subjects)}
            if not rest & {_lemma(w) for w in _WORD_RE.findall(c_text)}:
                shared = [len(s & asked) for s in subjects]
                keep = [v for v, n in zip(candidates, shared) if n and n == max(shared)]
        candidates, why = _narrow(candidates, keep, mine, why, "DG601")
        # One verb for two subjects (France had booked Everest for 1954 and the Swiss for 1955): the
        # subject the question gives (had the Swiss booked) picks the date of its own gapped clause.
        gapped = [_gapped_subject(c_text, v) for v in candidates]
        if any(gapped):
            asked = {_stem(w) for w in _asked_subject(q_text)}
            subjects = [{_stem(w) for w in g or _subject_of(c_text, v)} for v, g in zip(candidates, gapped)]
            candidates, why = _narrow(candidates, [v for v, x in zip(candidates, subjects) if x & asked], mine, why, "DG601")
        # The event's subject too: asked when Helen Walton died, "Sam Walton died in 1992" is another
        # person's death (one name shared, each with a word the other lacks).
        if len(keep) > 1 and keep == candidates:
            # two dates of one verb (opened a store in 1945 … opened the first Wal-Mart in 1962): the
            # object the question names after its verb picks its own
            scores = [_object_overlap(c_text, v, q_text) for v in candidates]
            candidates, why = _narrow(candidates, [v for v, n in zip(candidates, scores) if n and n == max(scores)],
                                      mine, why, "DG601")
        other = [v for v in candidates if _other_subject(c_text, v, q_text)]
        if keep and other and all(v in other for v in mine if v in candidates) and any(v in candidates for v in mine):
            v = next(v for v in mine if v in candidates)
            return [Mismatch("DG601", f"answer {a_text.strip()} is the date of '{_event_words(c_text, v)}' "
                                      f"in the cite; the question asks about another subject's", _data(v, []))]
        candidates, why = _narrow(candidates, [v for v in candidates if v not in other], mine, why, "DG601")
    if kind == "fact":
        # the verb a "who" question asks about (who edited …) names the role; its other words (Reuters'
        # report) describe the work: a credit line's own verb (Reporting by A; Editing by B) picks its name
        m = _WHO_VERB_RE.match(q_text.strip())
        if m:
            keep = [v for v in candidates if _stem(m[1]) in v.terms.get("entity", ())]
            candidates, why = _narrow(candidates, keep, mine, why, "DG601")
        # asked who voted against, an item listed under "voting for" is another's
        from .people import stance

        said = stance(q_text, 0, len(q_text))
        if said and any(v.flags.get("stance") for v in mine):
            stanced = [v for v in candidates if v.flags.get("stance") == said]
            if not any(v in stanced for v in mine):
                v = mine[0]
                return [Mismatch("DG601", f"answer {a_text.strip()} is listed among those {v.flags['stance']} in the cite; "
                                          f"the question asks who was {said}", _data(v, stanced))]
    candidates, why = _narrow(candidates, _of_flow(q_text, c_text, candidates), mine, why, "DG601")
    if kind == "figure":  # (a value of another unit or scale at another moment is another item's: 659 pence, 47.23 dollars)
        keep, other = _of_moment(q_text, c_text, candidates)
        # (… and a value stated for no moment beside the one stated for it is another part: 352-1/2 pence in cash,
        # equivalent to 697 pence a share at Monday's closing prices)
        same = any(v.key[1] == k.key[1] and (v.key[1] or v.measure == k.measure) and v.flags.get("share") == k.flags.get("share")
                   and (v in other or v.sentence not in {x.sentence for x in keep}) for v in mine for k in keep)
        candidates, why = _narrow(candidates, keep, mine, why, "DG602" if same else "DG601")
        keep, parted = _of_day_part(q_text, c_text, candidates)
        if parted:
            candidates, why = _narrow(candidates, keep, mine, why, "DG602")
        # the stage of a match the question names (末节, 上半场): the values stated for it; the same side's
        # score at another stage (12:0的开局) is another moment's
        # (终场 is a trading day's close as 收 is: the words of one part of the day are one moment)
        stage = {_DAY_PART_OF.get(m.group(), m.group()) for m in _STAGE_RE.finditer(q_text)}
        if len(stage) == 1:
            stated = [{_DAY_PART_OF.get(w, w) for w in _stated_moment(c_text, v, values).split()} for v in candidates]
            keep = [v for v, st in zip(candidates, stated) if stage <= st]
            if keep and any(st and not stage <= st for st in stated):
                candidates, why = _narrow(candidates, keep, mine, why, "DG602")
    if kind == "figure":  # the place a question names (drop in the South) is its value's item: a value of no such place is not it
        places = _places(q_text, c_text)
        keep = [v for v in candidates if places & v.terms.get("entity", set())]
        candidates, why = _narrow(candidates, keep, mine, why, "DG601")
        if len(candidates) > 1 and "outside" in c_text:
            # "a charge of X for 700 employees in the U.S. and a charge of Y for 782 employees outside the U.S.": a value
            # said outside a place is not the place's, asked "in" it (and only it is, asked "outside" it)
            said = {id(v): m for v in candidates if (m := _OUTSIDE_RE.search(c_text[v.end:v.end + 60].split("$")[0]))}
            place = next((m[1] for m in said.values()), "")
            asked_out = "outside" in q_text
            if said and (asked_out or re.search(r"(?<![a-z])in\s(?:the\s)?" + re.escape(place), q_text)):
                keep = [v for v in candidates if (id(v) in said) == asked_out]
                candidates, why = _narrow(candidates, keep, mine, why, "DG601")
    excluded = not any(v in candidates for v in mine)
    # A question in another script than the cite cannot name what the cite's words
    # describe: it is not the author's wording that leaves the values apart.
    other_script = has_han(q_text) != has_han(c_text) if c_text else False
    best, tied = _scored(candidates, q_text, c_text)
    bared = False  # the question's bare name chose the values the cite names by it alone (CPI, not 核心CPI)
    if kind == "figure" and len(tied) > 1 and has_han(c_text):
        bared = len(tied) > len(tied := _bare_name(tied, c_text, q_text))
    if kind == "figure" and len(tied) > 1 and has_han(c_text):
        bared = len(tied) > len(tied := _named_list_item(tied, q_text)) or bared
    if kind == "figure" and len(tied) > 1 and has_han(c_text):
        bared = len(tied) > len(tied := _underived(tied, c_text, q_text)) or bared
    if kind == "figure" and len(tied) > 1 and "中位数" in c_text and "中位数" not in q_text:
        bared = len(tied) > len(tied := _unmedian(tied, c_text)) or bared
    if kind == "figure" and len(tied) > 1 and "其中" in c_text and any(v in mine for v in tied):
        unstated = _unstated_whole(a_text, tied, mine, c_text, q_text)
        if unstated:
            return unstated
    if kind == "figure" and len(tied) > 1 and not has_han(q_text):
        tied = _phrase_after(tied, c_text, q_text)
    # (not when the question asks one of the parts: how many troops did one country contribute)
    by_total = any("part" in v.flags for v in tied) and not all("part" in v.flags for v in tied) and not _ONE_PART_ASKED_RE.search(q_text)
    named_part = _zh_part_named(tied, c_text, q_text) if by_total else []
    if named_part:  # (其中,主营活动利润…,比上年增长4%, asked of 主营活动利润: the part's, which the total's words name too)
        by_total = False
        tied = named_part
    if by_total:
        tied = [v for v in tied if "part" not in v.flags]  # asked in the total's words, the total (868人), not its parts
    elif not _ONE_PART_ASKED_RE.search(q_text):  # (… as a part is to parts of its own: 其中…7次,包括…1次、…6次)
        heads = {str(v.start) for v in tied}
        tied = [v for v in tied if v.flags.get("part_of") not in heads] or tied
    if kind == "figure" and len(tied) > 1 and not has_han(q_text):
        tied = _plain_fields(tied, c_text, q_text)
    chosen = _nearest(_owned_by_subject(tied, q_text), c_text)
    near = len(chosen) < len(tied)  # words right beside one value (Ghana's election Monday) chose it
    chosen_keys = {v.key for v in chosen}
    mine_keys = {v.key for v in mine}
    if kind == "figure" and _DASHED_RANGE_RE.search(a_text):
        # a range answered whole ($254m-$313.7m) is both ends of the cite's range: its upper end is the answer's too
        upper = {q.value for q in parse_quantities(a_text)[1:2]}
        ends = [w for v, w in zip(values, values[1:]) if v in mine and v.flags.get("end") == "lower"
                and w.flags.get("end") == "upper" and w.key[0] in upper]
        if ends and all(c in mine or any(c is w for w in ends) for c in chosen):
            chosen_keys = {v.key for v in mine}
    if chosen_keys <= mine_keys:
        return [_ambiguous(a_text, mine[0], unbased)] if unbased and not other_script else []
    if not chosen_keys & mine_keys:
        if excluded:  # a filter above left the answer out: it is not the value asked about
            pass
        elif why == "DG601" and kind == "figure" and best > 0:
            # tell a period apart from an item when the terms that chose were periods
            # (not when the answer is stated for the question's own period: 月内转口货量 after 5月…, asked 今年5月)
            if any("period" in v.terms for v in chosen) and not any("period" in v.terms for v in mine) and not any(
                    _matches(w, q) for v in mine for w in v.when for q in q_when) or _earlier_only(chosen, mine):
                why = "DG602"
        elif why == "DG601" and best == 0 and not by_total and not named_part and not near and not bared:
            return [] if other_script else [_ambiguous(a_text, mine[0], candidates)]
        if why == "DG601" and kind == "figure" and _labelled_years(chosen, mine):
            why = "DG602"  # (今、明两年…各为: the list's items are years, so the answer is another year's)
        thing = mine[0].flags.get("thing") == "other"  # (another thing's value, the Elk River's, is no other moment's)
        # (nor is another of a trade report's items, the balance beside exports: 累計前10月出超 asked 10月出口)
        thing = thing or why == "DG601" and kind == "figure" and _other_trade_side(mine, c_text, q_text)
        moment = why == "DG601" and not thing and kind == "figure" and (_other_moment(c_text, mine[0], chosen[0], values)
                                                                         or _other_tally(c_text, mine[0], chosen[0], values)
                                                                         or _count_to_date(c_text, mine[0], chosen[0], values)) \
            and not (asks_change and mine[0].role != "delta" and all(c.role == "delta" for c in chosen) and _day_part(c_text, mine[0]))
        # (asked a day's move, an index's level at a part of the day is another measure, not the move at another moment)
        if moment:
            why = "DG602"  # the same item at another moment is another period's value
        other_base = why == "DG601" and not thing and kind == "figure" and _other_base(mine[0], chosen[0])
        if other_base:
            why = "DG602"  # the same item's change against another base is the change over another period
        if why == "DG601" and not thing and kind == "figure" and (q_when and _other_period(mine[0], chosen[0], q_when)
                                                                  or _gapped_mates(mine[0], chosen[0])):
            why = "DG602"  # the same item stated for another period than the one asked (较111年10分7秒快14秒) is that period's value
        if why == "DG601" and not thing and kind == "figure" and _span_against_year(mine[0], chosen[0]):
            why = "DG602"  # (经济平均每年增长3% over 2027年至2030年间 against 今年经济增长2.5%: the same item over another period)
        if why == "DG601" and kind == "date" and _base_date(c_text, mine[0], chosen[0]):
            why = "DG602"  # the base of a comparison or a move is the earlier period
        if why == "DG602" and kind == "figure" and asks_change and mine[0].role != "delta" and ("direction" not in mine[0].flags or mine[0].role == "base") \
                and mine[0].key[1] not in _RATE_UNITS and all(c.role == "delta" for c in chosen) and not (moment and not _day_part(c_text, mine[0])):
            # asked how much a value changed, a level (of any period) is another measure than the change (but a count's
            # total to date against its new cases, 累计 against 新增, is the same count at another moment; an index's
            # level at the close is no change at the open)
            why = "DG601"
        if why == "DG602" and kind == "figure" and not has_han(c_text) and not asks_change and mine[0].role == "delta" and mine[0].key[1] not in _RATE_UNITS \
                and not any(c.role == "delta" for c in chosen) and not moment:
            why = "DG601"  # (… and asked a level, a change is another measure than the level: an increase of £650m, asked the budget)
        if why in ("DG601", "DG602") and kind == "figure" and _forecast_swapped(mine, chosen, q_flags.get("forecast") == "forecast", moment) \
                and not _other_owner(c_text, q_text, mine[0], chosen[0]) \
                and not _superseded_estimate(mine, chosen):
            why = "DG603"
        v = mine[0]
        sel = chosen[0]
        what = {"DG601": "belongs to", "DG602": "is the value of", "DG603": "is a forecast in"}[why]
        message = (
            f"answer {a_text.strip()} {what} {_describe_binding(v, c_text)}; the question asks about "
            f"{_describe_binding(sel, c_text)} ({sel.text})"
        )
        if other_base:
            message = (f"answer {a_text.strip()} is the change against {v.base_words} in the cite; the question "
                       f"asks about the change against {sel.base_words} ({sel.text})")
        elif why == "DG602" and by_base and v.base_words:
            message = (f"answer {a_text.strip()} is the change against {v.base_words} in the cite; the question "
                       f"asks about the change against {by_base} ({sel.text})")
        elif why == "DG603" and v.flags.get("forecast") == "forecast":
            message = f"answer {a_text.strip()} is the forecast {v.text} in the cite; the question asks what happened ({sel.text})"
        elif why == "DG603":
            message = f"answer {a_text.strip()} is the outcome {v.text} in the cite; the question asks for the forecast ({sel.text})"
        return [Mismatch(why, message, _data(v, chosen))]
    held = _sentence_held(chosen, values, c_text)
    if held is not None and not other_script:
        if held.key in mine_keys:
            return []
        v = next(v for v in mine if v in chosen)
        return [Mismatch("DG601", f"answer {a_text.strip()} belongs to {_describe_binding(v, c_text)}; the question asks "
                                  f"about {_describe_binding(held, c_text)} ({held.text})", _data(v, [held]))]
    return [] if other_script else [_ambiguous(a_text, mine[0], chosen)]


# A field's label right before its value, after an infobox field's start (• Urban density 1,836.2/km2; | Land 765 km2):
# a bullet or a bar, not prose's semicolon (fell 12 percent in the East; and dropped 5 percent …).
_FIELD_OPEN_RE = lazy(r"[•|]\s?([a-z][a-z -]{0,40}?)\s?\Z")


def _plain_fields(tied: list[Value], cite: str, q_text: str) -> list[Value]:
    """Of values the question's words fit alike, each an infobox field's (• Density 1,320.4/km2 • Urban density
    1,836.2/km2 • Metro density 150.6/km2), the one whose label says no word the question does not is the field asked
    (Density); a label with a word more (Urban, Metro) names a narrower item. One look back per tied value."""
    asked = {_stem(w) for w in _WORD_RE.findall(q_text)}
    extra = []
    for v in tied:
        m = _FIELD_OPEN_RE.search(cite, max(0, v.start - 44), v.start)
        if m is None:
            return tied
        extra.append({_stem(w) for w in _WORD_RE.findall(m[1]) if w not in STOP_WORDS} - asked)
    plain = [v for v, x in zip(tied, extra) if not x]
    return plain if plain and len(plain) < len(tied) else tied


def _sentence_held(tied: list[Value], values: list[Value], cite: str) -> Value | None:
    """Of values the question's words fit alike, each in a sentence of its own, the one whose sentence holds
    more of the question's other words (the French army of 69,000 consisted of 48,000 infantry …; Wellington's
    troops consisted of 67,000 men: 50,000 infantry …): the sentence's subject is each of its values'. None
    when no sentence holds more than the others, or one opens with no subject of its own (实现国内旅游收入…: it goes
    on about the sentence before it)."""
    if len({v.sentence for v in tied}) < len(tied) or len(tied) < 2:
        return None
    for v in tied:
        start = _sentence_start(cite, v.start)
        start += len(cite[start:]) - len(cite[start:].lstrip())
        if _SUBJECTLESS_RE.match(cite, start).end() > start:
            return None
    own = set().union(*(_item_words(v) for v in tied))
    counts = [len({t for w in values if w.sentence == v.sentence and w not in tied for t in _item_words(w)} - own) for v in tied]
    top = max(counts)
    return tied[counts.index(top)] if top and counts.count(top) == 1 else None


# Modal verbs are item words of no value: "the mission cost will" and "the expected cost" are one item.
_MODALS = frozenset({"will", "would", "shall", "should", "could", "might", "may", "must"})

# What a Chinese question asks for by name is the subject of its 是多少 (平均每个集聚区每夜客流量是多少),
# or the noun its closing 多少 counts (陆俊被判处罚金多少？) — not a verb of change (同比增长多少), and
# not a noun 多少 only stands after (持有台积电多少股权: the head is 股权).
_ZH_HEAD_RE = lazy(r"(?:是|为)(?:多少|几)|(?P<end>多少)(?=[？?]?\s*\Z)", needs=('几', '少'))


def _zh_head(term: str, q_text: str) -> bool:
    m = _ZH_HEAD_RE.match(q_text, q_text.find(term) + len(term))
    return m is not None and not (m["end"] and any(cls == "direction" for *_, cls, _ in _table_terms(term)))


# A possessor before what a question asks for (Thomson's business, the company's revenue).
# (a name of several words after "the" owns as one: the lion king's worldwide total)
_POSSESSOR_RE = lazy(r"(?<![a-z'-])((?:(?<=the\s)(?:[a-z][a-z0-9-]*\s){1,3})?[a-z][a-z-]+)'s\s(?=[a-z])", needs=("'s",))


def _possessors(q_text: str) -> frozenset[str]:
    """Words a question uses only as a possessor (did Monday's close value Thomson's business): whose the
    item is frames every value of it (the share price is Thomson's too); the possessed noun names the item."""
    owners = {w.start() for m in _POSSESSOR_RE.finditer(q_text) for w in _WORD_RE.finditer(q_text, *m.span(1))}
    names = _NAMES.get()[0]
    if names and owners:  # (Boston University's College of Fine Arts: a name of several words owns as a whole)
        words = list(_WORD_RE.finditer(q_text))
        for i, w in enumerate(words):
            if w.start() in owners and _stem(w.group().removesuffix("'s")) in names:
                j = i - 1
                while j >= 0 and (_stem(words[j].group()) in names or words[j].group() in _INITIAL_SKIP and j > 0
                                  and _stem(words[j - 1].group()) in names):
                    owners.add(words[j].start())
                    j -= 1
    uses: dict[str, bool] = {}
    for m in _WORD_RE.finditer(q_text):
        stem = _stem(m.group().removesuffix("'s"))
        uses[stem] = uses.get(stem, True) and m.start() in owners
    return frozenset(w for w, only in uses.items() if only)


# A place a question names after "in" (prices drop in the South): a value's own place names its item more
# than the words of the metric every region's value shares.
_IN_PLACE_RE = lazy(r"(?<![a-z])in\s(?:the\s)?([a-z][a-z'-]+)(?=\s(?:in|on|at|by|during|compared|from|since|than)\s|\s?[?,]|\Z)", needs="in")


# A value said outside a place (782 employees outside the U.S.) is not the place's.
_OUTSIDE_RE = lazy(r"(?<![a-z])outside\s(?:of\s)?(?:the\s)?([a-z][\w.'-]*[a-z])", needs="outside")


@lru_cache(maxsize=1024)
def _places(q_text: str, c_text: str) -> frozenset[str]:
    """The places a question puts its value in that the cite puts a value in too (in the South: not the change
    in the deficit, where the cite has no deficit "in")."""
    dated = [(a, b) for a, b, _ in _periods(q_text)]
    # (… or as the owner of what it asks, Texas's gas output, where the cite writes "in Texas")
    named = [*_IN_PLACE_RE.finditer(q_text), *_POSSESSOR_RE.finditer(q_text)]
    return frozenset(_stem(m[1].split()[-1]) for m in named if m[1] not in _STOP and not _table_terms(m[1])
                     and not any(a <= m.start(1) < b for a, b in dated)
                     and re.search(r"(?<![a-z])in\s(?:the\s)?" + re.escape(m[1]) + r"(?![a-z])", c_text))


# A verb a Chinese question term opens with (获主力资金净流入, 被判处有期徒刑): the noun after it is what it
# describes, and a value whose own sentence writes that noun (主力资金净流入居前的个股…, 其有期徒刑7年) is described too.
_TERM_VERB_RE = lazy(r"(?:被)?(?:判处|判|获得?|取得|实现|录得|收受|赢得|拿下|达到?)")
_VERB_NOUN_MIN = 4


def _verb_noun(t: str) -> str:
    """The noun of a Chinese term that is a verb and a noun of at least four characters (获得金牌…), else ''."""
    m = _TERM_VERB_RE.match(t)
    return t[m.end():] if m and len(t) - m.end() >= _VERB_NOUN_MIN else ""


def _written_before(cite: str, t: str, owner: Value, c: Value) -> bool:
    """Whether ``c``'s own sentence, before it, writes the noun of Chinese term ``t`` (a verb and a noun of at
    least four characters) apart from where ``t`` stands for ``owner``: the verb then tells the two apart in
    nothing, as "a term every value holds" tells nothing."""
    noun = _verb_noun(t)
    if not noun:
        return False
    lo = _sentence_start(cite, c.start)
    at = cite.find(noun, lo, c.start)
    while at >= 0:
        if not any(a <= at < b for a, b in owner.spans):
            return True
        at = cite.find(noun, at + 1, c.start)
    return False


# --- the names a question gives (read from its text as written, before folding) ---------------------------

# The names the card being checked gives in its question and the other names its cite gives (its rivals), as the
# scorer's terms write them (English stems, folded Han strings): set by check_binding for the card, read by _scored.
# Not a key of any kept result: only the scorer reads it.
_NAMES: ContextVar[tuple[frozenset[str], frozenset[str]]] = ContextVar("binding_names", default=(frozenset(), frozenset()))
# A word as written (BioNTech, AFFO, OZ214, Akufo-Addo, Beyoncé's): case tells a name where folding cannot.
_WRITTEN_WORD_RE = lazy(r"(?<![A-Za-z0-9\u00c0-\u024f'’-])[A-Za-z\u00c0-\u024f][A-Za-z0-9\u00c0-\u024f]*"
                        r"(?:['’-][A-Za-z0-9\u00c0-\u024f]+)*")
# Where a sentence opens (its first word is capitalised whatever it is), in the text as written.
_SENTENCE_OPEN_RE = lazy(r"(?:\A|[.?!:;]\s?)[\s\"'“‘(\[]*\Z")
# Capitalised words that are no name: the calendar's (a date's words are bound as dates) and the pronoun.
_NOT_NAMES = frozenset(("i", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                        "january", "february", "march", "april", "may", "june", "july", "august", "september",
                        "october", "november", "december", "q1", "q2", "q3", "q4", "h1", "h2", "fy"))


def _capitalised(text: str, m: re.Match) -> bool:
    """Whether a word of ``text`` as written is written as a name: an acronym or CamelCase (an upper-case letter after
    its first), or capitalised away from a sentence's start."""
    w = m.group()
    if w.islower():  # (no upper-case letter: none of the tests below holds; most words are so)
        return False
    if any(c.isupper() for c in w[1:]) and any(c.islower() or c.isdigit() for c in w) or len(w) > 1 and w.isupper():
        return True
    return w[0].isupper() and not _SENTENCE_OPEN_RE.search(text, max(0, m.start() - 4), m.start())


@lru_cache(maxsize=1024)
def _written_names(text: str) -> tuple[str, ...]:
    """The words of ``text`` as written that are written as names (``_capitalised``), in order: read from a cite by the
    question's names and by the cite's own, once per cite."""
    # (a word with no upper-case letter is none, asked before the call: most words are so)
    return tuple(m.group() for m in _WRITTEN_WORD_RE.finditer(text) if not m.group().islower() and _capitalised(text, m))


# A Chinese place, party or office named by its kind's closing word (西河市, 新竹县, 民进党, 疾管署, 统计局): two characters
# and the kind, in the folded text. Two such names of one kind in a cite are rivals; the kind's word alone is none.
# (not a period's or a link's character before it, nor a deictic: 112年本市, 在该市, 全省 name no place)
_ZH_KIND_NAME_RE = lazy(r"(?![年月日的在于和与及是为将由从对向把被比较])[\u3400-\u9fff](?![本该此各全每])[\u3400-\u9fff]"
                        r"(?:市|县|省|党|署|局|银行|公司|集团)")


def _name_terms(name: str) -> set[str]:
    """A name as the scorer's terms write it: its folded Han string, or the stems of its English words."""
    folded = normalize(name).strip()
    if has_han(folded):
        return {folded} if len(folded) >= 2 else set()
    return {_stem(w) for w in _WORD_RE.findall(folded) if w not in _STOP and len(w) > 1} - _NOT_NAMES


@lru_cache(maxsize=16)
def _spelled(spellings: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Each of a deck's spellings with its folded form, folded once per deck (not once per card and spelling)."""
    return tuple((s, normalize(s).strip()) for s in spellings if s)


@lru_cache(maxsize=16)
def _spelled_forms(spellings: tuple[str, ...]) -> frozenset[str]:
    """The folded forms of a deck's spellings (``_spelled``), as a set: made once per deck, not once per cite read
    (1,800 spellings a deck of 600 entities)."""
    return frozenset(folded for _, folded in _spelled(spellings))


# The last deck's entities (a copy: a tuple of names is kept as it is, another sequence as a list of its items) and
# their spellings: a check passes every card one table.
_SPELLINGS: list = [None, ()]


def _spellings(entities: Mapping[str, Sequence[str]]) -> tuple[str, ...]:
    """Each entity's name and aliases, in the table's order: made once per deck, not once per card (600 entities are
    1,800 spellings); a table equal to the last one kept has its spellings."""
    kept, spellings = _SPELLINGS
    if kept is None or kept != entities:
        spellings = tuple(s for k, v in entities.items() for s in (k, *v))
        _SPELLINGS[:] = [{k: v if type(v) is tuple else list(v) for k, v in entities.items()}, spellings]
    return spellings


@lru_cache(maxsize=16)
def _spelling_starts(spellings: tuple[str, ...]) -> tuple[dict[str, list[tuple[str, str]]], list[tuple[str, str]]]:
    """A deck's spellings with their folded forms (``_spelled``) by how the folded form starts (its first three
    characters where they are ASCII, else its first two), and those too short for that; once per deck."""
    starts: dict[str, list[tuple[str, str]]] = {}
    short = []
    for s, folded in _spelled(spellings):
        start = folded[:3] if folded[:3].isascii() else folded[:2]
        if len(start) < 2 or start.isascii() and len(start) < 3:
            short.append((s, folded))
        else:
            starts.setdefault(start, []).append((s, folded))
    return starts, short


def _spelled_in(spellings: tuple[str, ...], text: str) -> list[tuple[str, str]]:
    """The pairs of ``_spelled(spellings)`` whose folded form ``text`` holds, tried only where ``text`` has the
    characters one starts with (not each of a deck's spellings against each card's text)."""
    starts, short = _spelling_starts(spellings)
    found = [p for p in short if p[1] in text]
    if not starts:  # (a deck without entities: no text's characters to read)
        return found
    grams = {text[i:i + 3] for i in range(len(text) - 2)}
    if not text.isascii():  # (a start of two characters is not all ASCII)
        grams.update(text[i:i + 2] for i in range(len(text) - 1))
    for start in grams & starts.keys():
        found += [p for p in starts[start] if p[1] in text]
    return found


@lru_cache(maxsize=1024)
def _question_names(question: str, cite: str, spellings: tuple[str, ...]) -> frozenset[str]:
    """The names the question gives, from its text as written: the deck's entities (names and aliases) it writes, the
    titles it puts in 《》, and its English words written as names (AFFO, BioNTech, Beyoncé; a sentence's first word
    only where the cite writes it as a name too)."""

    q = normalize(question)
    out: set[str] = set()
    for s, _ in _spelled_in(spellings, q):
        out |= _name_terms(s)
    out |= {normalize(m.group()).strip("《》 ") for m in _ZH_WORK_RE.finditer(normalize(question))}
    c = normalize(cite)
    out |= {m.group() for m in _ZH_KIND_NAME_RE.finditer(q) if m.group() in c}
    cited = None
    for m in _WRITTEN_WORD_RE.finditer(question):
        if m.group().islower() or m.group().lower() in _NOT_NAMES:  # (no upper-case letter: no name, as written)
            continue
        if not _capitalised(question, m):
            if not m.group()[0].isupper():
                continue
            # a sentence's capitalised first word is a name where the cite writes it as one
            if cited is None:
                cited = set(_written_names(cite))
            if m.group() not in cited:
                continue
        out |= _name_terms(m.group())
    return frozenset(out - _lower_words(cite))


@lru_cache(maxsize=1024)
def _cite_names(cite: str, spellings: tuple[str, ...], names: frozenset[str]) -> frozenset[str]:
    """The names the cite gives that the question does not (its entities, 《》 titles, English words written as names)."""

    c = normalize(cite)
    out: set[str] = set()
    for s, _ in _spelled_in(spellings, c):
        out |= _name_terms(s)
    out |= {normalize(m.group()).strip("《》 ") for m in _ZH_WORK_RE.finditer(c)}
    kinds = {n[2:] for n in names if not n.isascii() and _ZH_KIND_NAME_RE.fullmatch(n)}
    out |= {m.group() for m in _ZH_KIND_NAME_RE.finditer(c) if m.group()[2:] in kinds}
    for w in _written_names(cite):
        if w.lower() not in _NOT_NAMES:
            out |= _name_terms(w)
    out -= _lower_words(cite)
    return frozenset(t for t in out if not _is_name(t, names) and not any(_is_name(n, frozenset((t,))) for n in names))


# Where a sentence or a semicolon's part ends, in the folded cite.
_NAME_PART_END_RE = lazy(r"[;。!?\n]|\.(?=\s|\Z)")


# A relative clause or an apposition set off by commas (, who held the record …, / , the family company which …,).
_ASIDE_RE = lazy(r",\s(?:who|whom|whose|which|where|the|a|an)\s[^,;]*,")


def _rival_named(cite: str, v: Value, names: frozenset[str], rivals: frozenset[str]) -> bool:
    """Whether a name the question does not give stands before ``v`` in its sentence (or part of one), after the last
    name it does give: the value is that other one's."""
    lo = max((m.end() for m in _NAME_PART_END_RE.finditer(cite, max(0, v.start - 300), v.start)), default=max(0, v.start - 300))
    last = None
    # (a name inside a clause set off by commas is not the subject: Woodbridge, the family company which controls 70
    # percent of Thomson, will own 53 percent — the 53 percent is Woodbridge's, not Thomson's)
    aside = [m.span() for m in _ASIDE_RE.finditer(cite, lo, v.start)]
    words = list(_WORD_RE.finditer(cite, lo, v.start))
    stems = [_stem(m.group()) for m in words]
    # (a word of the question's name the cite writes after several names, Harvard University and Columbia University,
    # is a kind of name, no name of one: it neither gives the question's name nor ends a rival's)
    generic: set[str] = set()
    while True:  # (High School: a word after a kind word of a name is the kind's too, each name's first word apart)
        after: dict[str, set[str]] = {}
        for k in range(1, len(words)):
            j = k - 1
            while j > 0 and stems[j] in generic and words[j].start() == words[j - 1].end() + 1:
                j -= 1
            if stems[k] in names and stems[k] not in generic and words[k].start() == words[k - 1].end() + 1:
                after.setdefault(stems[k], set()).add(stems[j])
        more = {s for s, before in after.items() if len(before) > 1}
        if not more:
            break
        generic |= more
    for m, stem in zip(words, stems):
        if any(a <= m.start() < b for a, b in aside) or stem in generic:
            continue
        if stem in names:
            last = None
        elif stem in rivals:
            last = stem
    own = cite[lo:v.start]
    han = [(own.rfind(r), True) for r in rivals if not r.isascii()] + [(own.rfind(n), False) for n in names if not n.isascii()]
    at, rival = max(han, default=(-1, False))
    return rival if at >= 0 else last is not None


_NAME_SENTENCE_END_RE = lazy(r"[。!?\n]|\.(?=\s|\Z)")


def _one_sentence(cite: str, v: Value, w: Value) -> bool:
    """Whether two values stand in one sentence: a name in another sentence may be the subject carried on (“Contagion”
    … The Steven Soderbergh action-thriller has amassed $34 million), where one sentence's names set its values apart."""
    a, b = (v.end, w.start) if v.end <= w.start else (w.end, v.start)
    return not _NAME_SENTENCE_END_RE.search(cite, a, b)


# --- things of one kind told apart by name (the Mission Fire, the Railroad Fire; the Lookout Fire's line) ----------

# A run of capitalised words as written (Petes Lake Fire, The Mission Fire): a name of a thing ends it with its kind.
_CAPITALISED_RUN_RE = lazy(r"(?<![A-Za-z0-9'’&-])(?:[A-Z][A-Za-z'’&-]*\s){1,4}[A-Z][a-z]+(?=(?:['’]s)?(?![A-Za-z0-9'’&-]))")
# An item of a gapped list: a name after a comma or "and" and right before its own figure (, Toyota 877,000, Nissan
# almost 695,000 … and Chrysler over 371,000), the verb and noun of the list's first clause left out.
_GAPPED_ITEM_RE = lazy(r"(?:[,;]\s(?:and\s)?|\sand\s)((?:[A-Z][A-Za-z'’&-]*\s){0,2}[A-Z][A-Za-z'’&-]*)\s(?:(?:almost|nearly|over|"
                       r"about|around|some|roughly|more than|less than|fewer than|just over|just under)\s)?[$€£]?\d")
# A heading: a thing's name opening a record of labelled fields (Lookout Fire - Size: …; Holy Fire Location: …).
_THING_HEADING_RE = lazy(r"\s?(?:[-–—]\s?)?[a-z]+(?:\s[a-z]+)?:\s")
# A value's thing named after it, as the object of a preposition in its clause (remained at 17 on the Railroad Fire).
_THING_AFTER_RE = lazy(r"[^,;:.]{0,40}?\s(?:on|for|in|at|of)\s(?:the\s)?\Z")


@lru_cache(maxsize=256)
def _named_things(cite: str, question: str, spellings: tuple[str, ...]) -> tuple[str, tuple[str, ...], str]:
    """The thing the question names, the things of its kind the cite names (folded) and their kind word: names of
    capitalised words ending with one kind word (the Railroad Fire against the Mission Fire, the Ranch Fire …), where
    the cite names two such things at least, one of them the question's, or else the names of a gapped list, each
    before its own figure (Honda accounts for almost 5.1m of the vehicles, Toyota 877,000, Nissan almost 695,000 …;
    no kind word); ("", (), "") otherwise. A name the deck lists as a person's or a body's (Cal Fire) is no thing of
    a kind word's kind. A question naming two things of the kind (the Hudson's Bay Company and the North West Company)
    names no one of them."""
    listed = _spelled_forms(spellings)

    def bare(run: str) -> list[str]:
        words = run.split()
        while words and (words[0].lower() in _STOP or words[0].lower() in _NOT_NAMES):
            words.pop(0)
        return words

    found = []
    for m in _CAPITALISED_RUN_RE.finditer(question):
        words = bare(m.group())
        if len(words) < 2:
            continue
        kind = words[-1]
        named = set()
        # (a name ends where its capitalised words do, but for a field's label after it: the Chicago Heart Association
        # Detection Project is no Association of the kind; Holy Fire Location: … is the Holy Fire's record)
        for c in re.finditer(rf"(?<![A-Za-z0-9'’&-])((?:[A-Z][A-Za-z'’&-]*\s){{1,4}}){kind}(?![A-Za-z0-9'’&-])"
                             r"(?!\s[A-Z][A-Za-z'’&-]*(?![A-Za-z'’&-]|:))", cite):
            name = bare(c.group())
            if len(name) >= 2 and (folded := normalize(" ".join(name)).strip()) not in listed:
                named.add(folded)
        asked = normalize(" ".join(words)).strip()
        if asked in named and len(named) > 1:
            found.append((asked, tuple(sorted(named, key=len, reverse=True)), kind.lower()))
    if found:
        return found[0] if len(found) == 1 else ("", (), "")
    items = list(_GAPPED_ITEM_RE.finditer(cite))
    if len(items) < 2:
        return "", (), ""
    lo = max((m.end() for m in re.compile(r"[,;:]\s|[.!?]\s").finditer(cite, 0, items[0].start())), default=0)
    lead = _CAPITALISED_RUN_RE.match(cite, lo) or re.match(r"[A-Z][A-Za-z'’&-]*(?=\s)", cite[lo:])
    named = {" ".join(bare(m[1])) for m in items} | ({" ".join(bare(lead.group()))} if lead else set())
    named = {normalize(n).strip() for n in named if n}  # (a company the deck lists is a gapped list's item as any name is)
    asked = [n for n in named if (m := re.search(rf"(?<![A-Za-z0-9'’&-]){re.escape(n)}(?![A-Za-z0-9'’&-])", question, re.I))
             and m.group()[0].isupper()]  # (the question writes the name as a name)
    if len(named) > 2 and len(asked) == 1:
        return asked[0], tuple(sorted(named, key=len, reverse=True)), ""
    return "", (), ""


def _deck_spellings(entities: Mapping[str, Sequence[str]]) -> tuple[str, ...]:
    """The deck's names and aliases, as check_binding reads them (``_spellings``: made once per deck, not per call)."""
    return _spellings(entities)


def _thing_owner(things: tuple[str, ...], kind: str, c_text: str):
    """Where the folded cite names several things of one kind (``things``, names ending with ``kind``), the function
    that gives the thing owning the text at a span: the thing its own clause or sentence names first (The Mission Fire,
    …, was reported as 100% contained; the Railroad Fire … was reported at 92% contained), or its line's heading (Lookout
    Fire - Size: 25,754 acres | …), or the one a preposition after it names (remained at 17 on the Railroad Fire); a
    sentence naming none that speaks of "the fire" carries on the thing named last, and text of none of these belongs to
    the record its heading opens (Holy Fire Location: … Expected date of full containment: Aug. 17). None where the
    names are nouns a count counts (3 Asian Americans), no things."""
    alts = "|".join(re.escape(t) for t in things)
    spots = [(m.start(), m.end(), m.group()) for m in re.finditer(rf"(?<![a-z0-9'’&-])(?:{alts})(?![a-z0-9'’&-])", c_text)]
    headings = [s for s in spots if _THING_HEADING_RE.match(c_text, s[1])]
    if not spots or any(re.search(r"\d\s\Z", c_text[max(0, a - 2):a]) for a, b, _ in spots if (a, b, _) not in headings):
        return None  # (3 Asian Americans, 4 Black or African Americans: names a count counts are its nouns, no things)
    clauses = list(_breaks(c_text)[0])

    def owner(start: int, end: int) -> str | None:
        lo, hi = _sentence_start(c_text, start), _sentence_end(c_text, end)
        lo = max([lo] + [a for a, _, _ in headings if a < start])
        clause_lo = max(lo, clauses[_index(clauses, start)])
        before = [s for s in spots if lo <= s[0] and s[1] <= start]
        # (the nearest in its clause, BMW nearly 628,000 and Chrysler over 371,000; else its sentence's first)
        found = next((n for a, _, n in reversed(before) if a >= clause_lo), None) or (before[0][2] if before else None)
        if found is None:
            clause_hi = next((c for c in clauses if c > end), hi)
            found = next((n for a, _, n in spots if end <= a < min(hi, clause_hi) and _THING_AFTER_RE.search(c_text, end, a)), None)
        if found is None and kind and not any(lo <= a < hi for a, _, _ in spots) \
                and re.search(rf"(?<![a-z])the\s{re.escape(kind)}(?![a-z])", c_text[lo:hi]):
            found = next((n for a, _, n in reversed(spots) if a < lo), None)
        if found is None:
            found = next((n for a, _, n in reversed(headings) if a < start), None)
        return found

    return owner


def _thing_owners(cite: str, question: str, entities: Mapping[str, Sequence[str]], c_text: str, values: list[Value]) -> None:
    """Where a report names several things of one kind (fires, rivers, stores) and the question one of them, each value
    owned by one of them (``_thing_owner``) is flagged the question's thing ("asked") or another ("other"): names of
    things compete as people's names do."""
    asked, things, kind = _named_things(cite, question, _deck_spellings(entities))
    owner = _thing_owner(things, kind, c_text) if asked else None
    if owner is None:
        return
    for v in values:
        found = owner(v.start, v.end)
        if found is not None:
            v.flags["thing"] = "asked" if found == asked else "other"


def _asked_thing(answer: str, cite: str, question: str, entities: Mapping[str, Sequence[str]]) -> list[Mismatch]:
    """Asked which of several things of one kind did something (Which fire grew approximately 6,000 acres …?), the thing
    owning (``_thing_owner``) the clause of the figure the question quotes, or else the one sentence holding most of its
    words (has not grown in several days), is the one asked: an answer naming another thing of the kind is DG601."""
    mine, things, kind = _named_things(cite, answer, _deck_spellings(entities))
    if not mine or _named_things(cite, question, _deck_spellings(entities))[0]:
        return []  # (the answer is no thing among others of its kind, or the question names one itself)
    c_text, q_text = normalize(_row_ends(cite)), normalize(question)
    owner = _thing_owner(things, kind, c_text)
    if owner is None or kind and not re.search(rf"(?<![a-z]){re.escape(kind)}(?![a-z])", q_text):
        return []  # (which fire: a question asking for a thing of the kind)

    quoted = [q for q in parse_quantities(q_text) if not q.ordinal]
    places = [q for q in parse_quantities(c_text) for w in quoted if q.value == w.value and q.unit == w.unit]
    owners = {owner(q.start, q.end) for q in places}
    if not quoted:  # (no figure quoted: the sentence holding most of the question's own words)
        named = {_stem(w) for t in things for w in t.split()}
        words = {_stem(w) for w in _WORD_RE.findall(q_text) if w not in _STOP} - named - {_stem(kind)}
        starts = list(_breaks(c_text)[1]) + [len(c_text)]
        scored = [(len(words & {_stem(w) for w in _WORD_RE.findall(c_text[a:b])}), a, b) for a, b in zip(starts, starts[1:])]
        best = max((n for n, _, _ in scored), default=0)
        top = [(a, b) for n, a, b in scored if n == best]
        if best < 2 or len(top) != 1:
            return []
        a, b = top[0]
        first = re.search(rf"(?<![a-z0-9'’&-])(?:{'|'.join(re.escape(t) for t in things)})(?![a-z0-9'’&-])", c_text[a:b])
        owners = {first.group() if first else owner(a, a)}  # (the sentence's first thing; else the one carried on)
    owners.discard(None)
    if len(owners) != 1 or mine in owners:
        return []
    other = owners.pop()
    return [Mismatch("DG601", f"answer {answer.strip()} is another {kind or 'one'} than the one the question's words are about in the "
                              f"cite ({other})", {"bound_to": answer.strip(), "selected": [other]})]


_LOWER_WORD_RE = lazy(r"(?<![\w'’-])[a-z][a-z0-9'&-]*")  # (a constant: re's compiler ran for it each run)


@lru_cache(maxsize=256)
def _lower_words(text: str) -> frozenset[str]:
    """The stems of the words ``text`` writes in lower case: common words, though a name may hold them (the Centers for
    Disease Control, beside severe disease)."""
    return frozenset(_stem(w) for w in _LOWER_WORD_RE.findall(text))


def _is_name(t: str, names: frozenset[str]) -> bool:
    """Whether a question's term is (a piece of) a name it gives: an English stem, or Han text holding or held by one."""
    if t.isascii():
        return t in names
    return any(not n.isascii() and (n in t or len(t) >= 2 and t in n) for n in names)


# A per-unit phrase on its own (每公升, 每桶, 每人) that the cite writes before several values: the measure its values
# are stated in, no item. Where one clause of a list writes it and the next leaves it out (调降汽油售价每公升0.2元、柴油
# 调降0.1元), it breaks a tie the item words leave, as a period's words do, and never outweighs them.
_PER_UNIT_TERM_RE = lazy(r"每[\u3400-\u9fff]{1,2}", needs="每")


def _per_unit_term(t: str, cite: str) -> bool:
    return _PER_UNIT_TERM_RE.fullmatch(t) is not None and cite.count(t) > 1


def _scored(candidates: list[Value], q_text: str, cite: str = "") -> tuple[float, list[Value]]:
    """The best score of the question's terms over ``candidates`` and the candidates that have it.
    Terms shared by every candidate tell nothing; what the question asks for by name ("What is the
    covenant level against which …") outweighs the words of its relative clause. The words of the
    question's own period (the first 11 months of fiscal year 2008) only break a tie its item words
    leave: they frame the values, and name no item. A name the question gives (a person, party, place, company,
    product, title: _question_names) outweighs every common word: a careful reader takes the value of the clause that
    holds the named one first, and only then lets the other words choose within it."""
    head = _HEAD_RE.match(q_text)
    heads = {_stem(w) for w in _WORD_RE.findall(head[1] or head[2])} if head else set()
    framing = _frame_words(q_text) | _possessors(q_text)
    scores = []
    # (how many candidates hold each term, counted once: counting it again for each candidate's each term
    # took seconds on a cite of a thousand shares, 一半的工人,三成的企业,… repeated)
    holders = Counter((cls, t) for c in candidates for cls, ts in c.terms.items() for t in set(ts))
    bare_of: dict[str, list[Value]] = {}
    for v in candidates:
        score = [0.0, 0.0]
        for cls, ts in v.terms.items():
            for t in ts:
                if t in _MODALS:
                    continue  # (will, would: a verb's tense or mood names no item; forecasts are told apart by their flags)
                held = holders[cls, t]
                if cite and cls == "entity" and _verb_noun(t):
                    held = sum(t in c.terms.get(cls, ()) or _written_before(cite, t, v, c) for c in candidates)
                if held == len(candidates) and cite and cls == "entity" and not t.isascii() and len(t) >= 2:
                    # (a metric every clause writes, but some only inside a longer word: 标准化死亡率 holds 死亡率.
                    # Asked the bare term, the clauses that write it bare hold it; the others name another metric)
                    bare = bare_of.get(t)
                    if bare is None:
                        inside = [_inside_word(cite, t, c, q_text) for c in candidates]
                        bare = bare_of[t] = [] if None in inside else [c for c, x in zip(candidates, inside) if not x]
                    if bare and len(bare) < held:
                        held = len(bare) if v in bare else held
                if held < len(candidates):  # (a term every value holds tells nothing)
                    weight = max(1.0, len(t) / 2) if cls == "entity" and not t.isascii() else 1.0
                    head = t in heads or not t.isascii() and t in q_text and _zh_head(t, q_text)
                    score[cls == "period" or cls == "entity" and (t in framing or _base_term(t) or _per_unit_term(t, cite))] += weight + (1.0 if head else 0.0)
        scores.append(tuple(score))
    top = max(scores)
    tied = [v for v, s in zip(candidates, scores) if s == top]
    if cite:
        # a negated predicate the question gives (认为不应让步的…有多少) against a clause writing it unnegated (五成三认为
        # 政府应要作出具体让步): the negation names the other group, so it outweighs the words both groups share
        negated = [v for v in candidates if any(_contrasted_negation(cite, t) for t in v.terms.get("entity", ()))]
        if negated and len(negated) < len(candidates) and not any(v in negated for v in tied):
            top = max(s for v, s in zip(candidates, scores) if v in negated)
            return sum(top), [v for v, s in zip(candidates, scores) if s == top and v in negated]
    if cite and len(tied) < len(candidates) and has_han(cite):
        # a Chinese clause opens with its subject (三星一季度智能手机出货量骤减53%; 男性76.7歲): a question term the cite writes
        # at a clause's opening names the item, and where the common words chose values whose own clauses open with
        # another subject (苹果智能手机出货量同比大增62.1%; 國人零歲平均餘命為79.9歲), the values holding the question's come first
        # (a word of scope, 全国, 本市, 我国, frames every value and names none; values of one clause sharing the subject
        # are a list's, which its order tells apart, not the subject)
        subjects = {t for v in candidates for t in v.terms.get("entity", ()) if not t.isascii() and t not in framing
                    and t[0] not in _SCOPE_CHARS and _opens_clause(cite, t)}
        named = [v for v in candidates if v.terms.get("entity", set()) & subjects]
        if named and not any(v in named for v in tied) and all(_opens_other_subject(cite, v, q_text) for v in tied):
            top = max(s for v, s in zip(candidates, scores) if v in named)
            best = [v for v, s in zip(candidates, scores) if s == top and v in named]
            if len({v.clause for v in best}) == len(best):
                return sum(top), best
    names, rivals = _NAMES.get()
    if names and rivals and cite:
        # the common words chose values whose own clauses name someone or something else (Solti's 'most Grammy wins'
        # asked about Beyoncé): the values of the clause that holds the name the question gives come first
        named = [v for v in candidates if any(_is_name(t, names) and t not in framing for t in v.terms.get("entity", ()))]
        others = [v for v in tied if v not in named and _rival_named(cite, v, names, rivals)
                  and any(_one_sentence(cite, v, w) for w in named)]
        if named and others and len(named) < len(candidates):
            if any(v in named for v in tied):
                return sum(top), [v for v in tied if v not in others]
            if len(others) == len(tied):
                top = max(s for v, s in zip(candidates, scores) if v in named)
                return sum(top), [v for v, s in zip(candidates, scores) if s == top and v in named]
    return sum(top), tied


@lru_cache(maxsize=1024)
def _opens_clause(cite: str, term: str) -> bool:
    """Whether the cite writes the Han ``term`` at a clause's opening, after nothing but a period (男性76.7歲, 另一方面,三星…)."""
    return any(opening.startswith(term) for opening in _clause_openings(cite))


@lru_cache(maxsize=64)
def _clause_openings(cite: str) -> tuple[str, ...]:
    """The first characters of each clause of the cite past its dates and period words (read once per cite, not once
    per term: a list of 300 clauses naming the question's words is read once)."""
    spans = sorted([(a, b) for a, b, _ in _periods(cite)] + [(a, b) for a, b, cls, _ in _table_terms(cite) if cls == "period"])
    starts = {a: b for a, b in spans}  # (the longest span at each start: sorted, the last one written)
    out = []
    for mark in (-1, *_clause_marks(cite)):
        at = mark + 1
        while at < len(cite) and (cite[at].isspace() or at in starts):
            at = max(at + 1, starts.get(at, 0))
        out.append(cite[at:at + 8])
    return tuple(out)


def _unperiod(cite: str, lo: int, hi: int) -> str:
    """``cite[lo:hi]`` without its dates and period words and spaces."""
    text = cite[lo:hi]
    spans = [(a, b) for a, b, _ in _periods(text)] + [(a, b) for a, b, cls, _ in _table_terms(text) if cls == "period"]
    for a, b in sorted(spans, reverse=True):
        text = text[:a] + text[b:]
    return text.strip()


# The first characters of a word of scope or a deictic (全国, 本市, 各地, 该公司, 每户, 此次, 我国, 其占比): no subject's name.
_SCOPE_CHARS = frozenset("全本各该每此我其")
# A Han subject of two to four characters (苹果, 國人, 民营企业), nothing but characters of a name.
_HAN_SUBJECT_RE = lazy(r"[\u3400-\u9fff]{2,4}")


def _opens_other_subject(cite: str, v: Value, q_text: str) -> bool:
    """Whether ``v``'s clause opens with a subject of its own that the question does not write: a short Han name before the
    first of the question's words bound to it in that clause (苹果 in 苹果智能手机出货量同比大增62.1%)."""
    lo = _clause_start(cite, v.start)
    first = min((a for a, b in v.spans if lo <= a < v.start), default=None)
    if first is None:
        return False
    subject = _unperiod(cite, lo, first)
    if _RESPECTIVELY_RE.match(subject) or _BASE_LEAD_RE.match(subject) or _goes_on(cite, lo):
        return False  # (分别向下调整为1.66%与1.65%: a clause that opens with 分别 or its verb goes on from its sentence's subject)
    return _HAN_SUBJECT_RE.fullmatch(subject) is not None and not any(subject[i:i + 2] in q_text for i in range(len(subject) - 1))


_NEGATION_RE = lazy(r"[不未没非无](?!同|变|断|仅|过|少|足|论|久|但|管|可)", needs=("不", "未", "没", "非", "无"))


@lru_cache(maxsize=1024)
def _contrasted_negation(cite: str, term: str) -> bool:
    """Whether a question's Chinese ``term`` is a negated predicate (不应让步, 未接种, 不支持) whose last word the cite also
    writes outside it, unnegated: the negation tells that clause's group from the other's."""
    if term.isascii() or len(term) < 3 or not _NEGATION_RE.match(term):
        return False
    tail = term[-2:]
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(term), cite)]
    return any(not any(a <= m.start() < b for a, b in spans) and cite[max(0, m.start() - 1)] not in "不未没非无"
               for m in re.finditer(re.escape(tail), cite))


# Words that derive one measure from another when glued before it (标准化死亡率, 调整后净利润, 人均收入): the derived
# measure is a metric of its own, not the plain one.
_DERIVED_BEFORE = ("标准化", "标化", "调整后", "加权", "人均", "年化", "季调", "名义")


def _inside_word(cite: str, term: str, v: Value, q_text: str) -> bool | None:
    """Whether the cite writes the question's Chinese ``term`` for ``v`` (its nearest use before the value) only as a
    derived measure the question does not write (标准化死亡率 for 死亡率): that names another metric."""
    i = cite.rfind(term, 0, v.start)
    j = q_text.find(term)
    if i < 0 or j < 0:  # (a term the cite words otherwise for this value: no call)
        return None
    word = next((w for w in _DERIVED_BEFORE if cite.endswith(w, 0, i)), None)
    return word is not None and not q_text.endswith(word, 0, j)


@lru_cache(maxsize=1024)
def _base_term(term: str) -> bool:
    """Whether a question's Chinese term is the base it compares with and a verb of change (比上年增产, 较上月): a base
    and its verb name no item, so, like a period's words, they only break a tie the item words leave (the base itself is
    checked against each value's by the base filter)."""
    if term.isascii() or not term.startswith(("比", "较", "与")):
        return False
    words = _base_key(term, 0, len(term), compared=True)[1]
    # (only the base and a verb of change: 较上年同期少增 names a flow's difference, a metric of its own)
    return bool(words) and term[1:].startswith(words) and term[1 + len(words):] in ("", *_HAN_DIRECTION_WORDS)


# An earlier period named relatively (前一季, 上个月, the previous quarter): a period, though no table word.
_EARLIER_RE = lazy(r"(?:前|上)(?:一|个)?(?:季度?|月|年度?|期|财年|财季)|(?:the )?(?:previous|prior|preceding|last) (?:quarter|month|year)")


# A count of months or quarters that a span word leads (the first 11 months, 今年首5个月, 前三季度) is
# the period the question frames, not a figure it quotes to point at a value's place.
_SPAN_PHRASE_RE = lazy(r"(?<![a-z])(?:first|past|last|next|previous|prior|preceding)\s(?:[a-z0-9-]+\s)?(?:months?|quarters?|years?|weeks?)(?![a-z])"
                       r"|(?<![a-z])[a-z0-9-]+\s(?:months|quarters|years|weeks|decades)\s(?:ago|earlier|before)(?![a-z])"
                       r"|(?:首|前|头|近)\s?[\d一二两三四五六七八九十]+\s?个?(?:月|季度|季|年|周)", needs=('month', 'quarter', 'week', 'year', 'decade', '前', '头', '近', '首'))


def _span_count(q, text: str) -> bool:
    return any(m.start() <= q.start and q.end <= m.end() for m in _SPAN_PHRASE_RE.finditer(text))


# The whole a share is of (what share of the world's market data business does Bloomberg hold, 占全国人口的比重):
# every share in the cite is of it, so its words name no item either.
_SHARE_OF_RE = lazy(r"(?<![a-z])(?:share|percentage|proportion|portion|fraction|percent) of ((?:the )?[a-z0-9' -]{3,60}?)\s"
                    r"(?=(?:does|do|did|would|will|has|had|have|can)\s)|占((?:[^,;:?。的]){2,12})的(?:比重|比例|份额)", needs=('of', '份额', '比例', '比重'))


# The source a question credits (according to Inside Market Data) is every value's in the cite: it names no item.
_ACCORDING_TO_RE = lazy(r"(?<![a-z])(?:according to|as reported by|citing)\s[^,;:?]+", needs=('according', 'reported', 'citing'))


# Nouns of time (the same period, the quarter, months) are a period's words wherever they stand.
_PERIOD_NOUNS = frozenset(_stem(w) for w in ("period", "periods", "quarter", "quarters", "month", "months", "week", "weeks",
                                              "half", "season", "seasons"))


# The group a Chinese question opens with (未有取向的受访者中, …; 在受访者中, …): the whole its share is of, every
# value's, as the whole of "what share of X does Y hold" is.
_AMONG_FRAME_RE = lazy(r"\A\s?在?[^,;:?。]{2,24}?中\s?,", needs=("中",))


@lru_cache(maxsize=1024)
def _frame_words(q_text: str) -> frozenset[str]:
    """The question's terms that stand only in its own period (the first 11 months of fiscal year 2008,
    今年首5个月): they frame every value the question may ask about, so they choose none as an item; so do
    the words of a clause or phrase that sets the question's time (after its 3D re-release weekend)."""
    from .people import _Q_FRAME_RE

    spans = [(a, b) for a, b, _ in _periods(q_text)] + [m.span() for m in _SPAN_PHRASE_RE.finditer(q_text)] + [
        (a, b) for a, b, cls, _ in _table_terms(q_text) if cls == "period"] + [
        m.span(1) if m[1] else m.span(2) for m in _SHARE_OF_RE.finditer(q_text)] + list(_quoted_conditions(q_text)) + [
        m.span() for m in _ACCORDING_TO_RE.finditer(q_text)] + [m.span() for m in _Q_FRAME_RE.finditer(q_text)] + [
        m.span() for m in _AMONG_FRAME_RE.finditer(q_text)]

    n = len(q_text)
    inside = [c.isspace() for c in q_text]  # (each span marked once: not every span asked for each character)
    for x, y in spans:
        for i in range(max(x, 0), min(y, n)):
            inside[i] = True
    framed: dict[str, bool] = {}  # a word is the frame's only if every use of it is
    for m in _WORD_RE.finditer(q_text):
        stem = _stem(m.group())
        framed[stem] = framed.get(stem, True) and all(inside[m.start():m.end()])
    # The runs of 2 to 8 characters inside the frame with a Han character: from i, those ending (j) no later than the
    # frame's run from i ends and past the first Han character from i (not each slice read again).
    run_end, han_next = [n] * (n + 1), [n] * (n + 1)
    for i in range(n - 1, -1, -1):
        run_end[i] = run_end[i + 1] if inside[i] else i
        han_next[i] = i if "\u3400" <= q_text[i] <= "\u9fff" else han_next[i + 1]
    runs = {q_text[i:j] for i in range(n) if inside[i] for j in range(max(i + 2, han_next[i] + 1), min(n, i + 8, run_end[i]) + 1)}
    return frozenset({w for w, f in framed.items() if f or w in _PERIOD_NOUNS} | runs)


# A condition the question states with a figure of its own (lowering the target to 120 mm Hg, for
# loans above $1 million): its words frame whichever value it asks about, and its direction is no change asked.
_CONDITION_BEFORE_RE = lazy(r"(?<![a-zA-Z'-])(?:[a-zA-Z]+ing\s(?=(?:the|a|its|their)\s))?(?:[a-zA-Z'-]+\s){1,2}(?:to|at|below|above|under|over|of)\s\Z", needs=('above', 'at', 'below', 'of', 'over', 'to', 'under'))
_LETTERS_RE = lazy(r"[a-z]+")
_ACTED_RE = lazy(r"(?<![a-zA-Z])[a-zA-Z]{3,}(?:ing|ed)(?![a-zA-Z])")
_CONDITION_UNIT_RE = lazy(r"(?:\s[a-z]{1,3}(?![a-z'-])){0,2}")
# The words _CONDITION_BEFORE_RE ends on, as it writes them (after a space, before one): a text without them has no condition.
_CONDITION_WORD_RE = lazy(r"\s(?:to|at|below|above|under|over|of)\s")


@lru_cache(maxsize=1024)
def _quoted_conditions(q_text: str) -> tuple[tuple[int, int], ...]:
    out = []
    if _CONDITION_WORD_RE.search(q_text) is None:  # (no word a condition ends on: its figures need not be read)
        return ()
    for q in parse_quantities(q_text):
        m = _CONDITION_BEFORE_RE.search(q_text, max(0, q.start - 40), q.start)
        if m and _telling(q, q_text):
            out.append((m.start(), _CONDITION_UNIT_RE.match(q_text, q.end).end()))
    return tuple(out)


def _frames_all(figure: str, candidates: list[Value]) -> bool:
    """Whether a figure the question quotes is inside words bound to every candidate (1901家公司上半年共实现…;
    实现…: the subject frames each value), so it points at none of them."""
    shared = set.intersection(*(set(v.terms.get("entity", ())) for v in candidates)) if candidates else set()
    return any(figure in ident for ident in shared)


def _earlier_only(chosen: list[Value], mine: list[Value]) -> bool:
    """Whether the words that chose another value than the answer, an earlier period's itself, name
    only an earlier period: asked 前一季, 去年同期's value is another period's (DG602), not another item's.
    So do words naming only a year counted from the report's (明年, 今年, next year): asked 明年, the value
    whose words do not say it (将今年…上修至7.31%,明年上修至3.67%) is another year's."""
    own = {t for v in chosen for t in _item_words(v)} - {t for v in mine for t in _item_words(v)}
    if own and all(_RELATIVE_YEAR_RE.fullmatch(t) for t in own):
        return True
    return bool(own) and all(_EARLIER_RE.fullmatch(t) for t in own) and any(v.flags.get("period") == "prior" for v in mine)


# An earlier stage of a forecast a question asks (先前预期, 原先预估): asked with the year the forecast is for (今年), the
# stage decides, not the year.
_EARLIER_STAGE_ASKED_RE = lazy(r"(?:先前|原先|原本|此前)(?:的)?(?:预期|预估|预测|估计)", needs=("先前", "原先", "原本", "此前"))


def _labelled_years(chosen: list[Value], mine: list[Value]) -> bool:
    """Whether the list items that label the chosen value and the answer are both years counted from the report's
    (今、明两年成长率各为2.15%、2.2%: 今 and 明): the answer is the same item's value for another year."""
    return all(v.label and _RELATIVE_YEAR_RE.fullmatch(v.label) for v in (*chosen[:1], *mine[:1]))


# (今、明两年…各为: the list's one-character items 今 and 明 are years counted from the report's too)
_RELATIVE_YEAR_RE = lazy(r"(?:今|明|去|本|上|下|次|前|后|後)年度?|[今明去]|(?:this|next|last|the next|the following) year")


# What an actual is measured against (above the $1.35 analysts had expected, 高于分析师预期的1.35美元): the
# comparator in the clause that leads to the forecast; a sentence of its own may refer back (两者升幅均高于…).
_COMPARATOR_RE = lazy(r"(?<![a-z])(?:above|below|beat|beating|beats|topped|topping|tops|missed|missing|misses|exceeded|"
                      r"exceeding|exceeds|surpassed|surpassing|than|ahead of|short of|shy of)(?![a-z])"
                      r"|高于|低于|超过|超出|好于|优于|不及|逊于|胜于|不如")
_COMPARED_BACK_RE = lazy(r"\s*(?:两者|二者|三者|both|the two|all three)")
_CLAUSE_BREAK_RE = lazy(rf"[{clause_marks('sentence')}]|\.\s")


def _compared_forecast(cite: str, actual: Value, forecast: Value) -> bool:
    """Whether ``forecast`` is what ``actual`` is measured against: the same item's forecast, whatever
    words the question shares with either (an actual and its estimate are one item's: DG603, not DG601)."""
    if forecast.flags.get("forecast") != "forecast" or actual.flags.get("forecast") == "forecast" or forecast.start < actual.end:
        return False
    between = cite[actual.end:forecast.start]
    breaks = list(_CLAUSE_BREAK_RE.finditer(between))
    tail = between[breaks[-1].end():] if breaks else between
    # (bounded: the phrase ends right before the forecast, whose first characters its lookahead reads)
    est = _ESTIMATED_FIGURE_RE.search(cite, forecast.start - len(tail), forecast.start + 2)
    if est and est.end() <= forecast.start and _set_beside_actual(cite, actual.start, est.start()):
        return not any(m.group() in "。!?;" or m.group().startswith(".") for m in breaks)  # (units, estimated at 400,083 units)
    if not _COMPARATOR_RE.search(tail):
        return False
    ends = [m for m in breaks if m.group() in "。!?;" or m.group().startswith(".")]
    return not ends or (ends[-1] is breaks[-1] and _COMPARED_BACK_RE.match(tail) is not None)


_LISTED_NEXT_RE = lazy(r"[^\d,;:。!?]{0,30}?(?:\d{4}年?|\d{4}\)|[^\d,;:。!?]){0,8}?\s?(?:,\s)?(?:and|和|及|与|以及|、)\s?[^\s\d,;:]{0,3}")


def _one_line(cite: str, v: Value, w: Value) -> bool:
    """Whether two values are items of one list, the second right after the link (… $54/b in 2015 and $59/b)."""
    a, b = sorted((v, w), key=lambda x: x.start)
    return v.sentence == w.sentence and _LISTED_NEXT_RE.fullmatch(cite, a.end, b.start) is not None


# What may stand between the values of a dated run besides their values and dates: commas, "and", the date's preposition,
# "to" of a move from one to the other (from 75 in 2004 to 108 in 2007).
_RUN_GAP_RE = lazy(r"(?:\s|,|and|as of|in|on|at|by|for|of|the|end|to)*")


def _dated_run(cite: str, v: Value, w: Value, values: list[Value]) -> bool:
    """Whether two values of one unit are items of one run of dated values in a sentence, nothing but values and their
    dates between them ($337 million as of May 2005, $370 million as of August 2005, $511 million in 2006 and $631
    million in 2007): one item's values at its dates."""
    a, b = sorted((v, w), key=lambda x: x.start)
    if v.sentence != w.sentence or v.key[1:2] != w.key[1:2] or not (v.when and w.when):
        return False
    gap = list(cite[a.end:b.start])
    for u in values:
        if a.end <= u.start and u.end <= b.start:
            if u.key[1:2] != v.key[1:2]:
                return False
            gap[u.start - a.end:u.end - a.end] = " " * (u.end - u.start)
    for x, y, _ in _periods(cite):
        if a.end <= x and y <= b.start:
            gap[x - a.end:y - a.end] = " " * (y - x)
    return _RUN_GAP_RE.fullmatch("".join(gap)) is not None


def _two_forecasts(v: Value, w: Value) -> bool:
    """Whether two values are forecasts of one item (EIA expects $2.11/gal in the fourth quarter … forecasts $2.38/gal
    in 2016): for two periods, they are two periods' values of it."""
    return v.flags.get("forecast") == w.flags.get("forecast") == "forecast" and bool(_item_words(v) & _item_words(w))


def _other_owner(cite: str, question: str, v: Value, chosen: Value) -> bool:
    """Whether the owner the question names (Robinhood's layoffs) is written on the selected value's side of ``v``
    and not on ``v``'s (from its sentence's start): ``v`` is another owner's value (another entry of a tracker, of
    its own date), not its other period's."""
    if v.start < chosen.start:
        own, other = (_sentence_start(cite, v.start), v.end), (v.end, chosen.start)
    else:
        own, other = (chosen.end, v.end), (_sentence_start(cite, chosen.start), chosen.end)
    for m in _POSSESSOR_RE.finditer(question):
        owner = re.compile(r"(?<![a-z])" + re.escape(m[1]) + r"(?![a-z])")
        if owner.search(cite, *other) and not owner.search(cite, *own):
            return True
    return False


def _superseded_estimate(mine: list[Value], chosen: list[Value]) -> bool:
    """Whether the forecast of the two is an earlier release of the other's estimate (its July projection of 3 billion
    against the August report's 2.9 billion; 'had the agency projected in July' against what August gave): a source's
    dated earlier estimate is the same item at another period (DG602), not a forecast against an outcome."""
    pair = [*mine, *chosen]
    told = [v for v in pair if v.flags.get("forecast") == "forecast"]
    rest = [v for v in pair if v.flags.get("forecast") != "forecast"]
    return bool(told and rest) and all(v.flags.get("period") == "prior" and v.when for v in told) \
        and not any(v.when & w.when for v in told for w in rest)


def _forecast_swapped(mine: list[Value], chosen: list[Value], asked: bool, moment: bool = False) -> bool:
    """Whether the answer is one item's forecast for one period where the question asks its actual of
    another, or the reverse (公布的2016年增速 6.7% against 预测的2017年增速 6.5%): DG603 before the period.
    (A value of no period of its own beside a forecast, a covenant level, is another item's.) ``moment``: the two
    are one item stated for moments of their own (上映五天累计 against 预计最终), as periods of one item are."""
    # (the answer's value also stated for another item, 出口增长8% beside 地区生产总值…增长8.0%: the asked item's is the answer's)
    mine = [v for v in mine if any(_item_words(v) & _item_words(c) for c in chosen)] or mine
    said = {v.flags.get("forecast") == "forecast" for v in mine}
    meant = {v.flags.get("forecast") == "forecast" for v in chosen}
    # (a forecast naming no item of its own, officials project 3 million by 2035, is the item's it is said beside)
    # (the periods differ by their dates, or one is marked earlier than the other: 去年…增长8.0% against 今年…预期增长6.5%)
    return said == {not asked} and meant == {asked} and (moment or all(
        (_item_words(v) & _item_words(c) or not _item_words(v) and v.sentence == c.sentence)
        and (v.when and c.when and not v.when & c.when or (v.flags.get("period") == "prior") != (c.flags.get("period") == "prior"))
        for v in mine for c in chosen))


# A span of years a value is averaged over (2027年至2030年间, 过去10年, 平均每年, 年均), and a single year (今年, 去年, 本年).
_YEARS_SPAN_RE = lazy(r"\d{4}\s?年?\s?(?:至|到|-|—)\s?\d{4}\s?年|过去\s?[\d一二三四五六七八九十]+\s?年|平均每年|年均")
_ONE_YEAR_RE = lazy(r"今年|去年|本年|明年|\d{4}\s?年(?!\s?(?:至|到|-|—))")
_SPAN_ITEM_HAN_RE = lazy(r"[\u4e00-\u9fff]{2}")

# (two-character words of forecasting and saying, no item of their own)
_SPAN_ITEM_STOP = frozenset({"预测", "预料", "预计", "预期", "估计", "表示", "指出", "我们", "实质", "平均", "增长", "期间"})


def _span_against_year(v: Value | str, w: Value | str) -> bool:
    """Two values whose labels name one item (经济, 基本通胀率) where one is averaged over a span of years (在2027年至2030年
    间,经济平均每年增长3%) and the other is one year's (今年经济增长2.5%): the same item over another period, DG602."""
    labels = [x if isinstance(x, str) else x.label or "" for x in (v, w)]
    spans = [_YEARS_SPAN_RE.search(x) is not None for x in labels]
    if spans[0] == spans[1] or not _ONE_YEAR_RE.search(labels[1] if spans[0] else labels[0]):
        return False
    a, b = (_ONE_YEAR_RE.sub(" ", _YEARS_SPAN_RE.sub(" ", x)) for x in labels)
    return any(m in b and m not in _SPAN_ITEM_STOP for i in range(len(a) - 1) if (m := a[i:i + 2]) and _SPAN_ITEM_HAN_RE.fullmatch(m))


def _gapped_mates(v: Value, w: Value) -> bool:
    """Whether one of two values is the other's gapped "with" value (expects $100m … in its Q4, with $500m in fiscal
    2020): one item, each with its own period."""
    return v.flags.get("gapped_of") == str(w.start) or w.flags.get("gapped_of") == str(v.start)


def _other_period(v: Value, w: Value, q_when: list[str]) -> bool:
    """Whether ``v``, left out for its period, is the selected ``w``'s item stated for another period than the
    question's (较111年10分7秒快14秒 asked 111年; 38 nays in 1994 asked this year's; the rate held since November 2023
    asked the level it was cut to on February 18): the same item at another period, DG602, not another item. They are
    one item when they count one unit alike (levels, or changes against one base) and the question's item words bound
    to them agree: they share one, or the selected value, stated for the question's period, has none the answer's
    lacks. (Words of a base alone, 同比, name no item.)"""
    if v.key[1:2] != w.key[1:2] or v.role != w.role or v.base and w.base and not _same_base(v.base, w.base):
        return False
    if not v.when or any(_matches(x, q) for x in v.when for q in q_when) or not all(_conflicts(x, q) for x in v.when for q in q_when):
        return False
    if w.when and all(_conflicts(x, q) for x in w.when for q in q_when):
        return False  # (both stated for other periods than the question's: nothing says which is its)
    iv, iw = ({x for x in _item_words(u) if not _base_key(x, 0, len(x), compared=True)[0]} for u in (v, w))
    return bool(iv & iw) or not iw and any(_matches(x, q) for x in w.when for q in q_when)


# The trade balance (出超, 入超, 顺差, 逆差) and the flows it nets (出口, 进口): three items of a trade report.
_TRADE_SIDE_RE = lazy(r"(出超|入超|顺差|逆差)|出口|进口", needs=("出", "入", "顺差", "逆差", "进口"))
_TRADE_CLAUSE_MARK_RE = lazy(rf"[{clause_marks('line')}]")


def _trade_side(text: str) -> str | None:
    """Which item the last trade word of ``text`` names: the balance, exports or imports (None: none)."""
    last = None
    for m in _TRADE_SIDE_RE.finditer(text):
        last = "balance" if m[1] else m[0]
    return last


def _other_trade_side(mine: list[Value], c_text: str, q_text: str) -> bool:
    """Whether the answer's clause names another of the trade report's items than the question (累計前八月對美出超 asked
    8月對美國出口多少; 前十一月進口…年增 asked 12月出口年增): another item, not another span of one."""
    asked = "balance" if any(m[1] for m in _TRADE_SIDE_RE.finditer(q_text)) else _trade_side(q_text)
    if asked is None or not mine:
        return False
    for v in mine:
        lo = max((m.end() for m in _TRADE_CLAUSE_MARK_RE.finditer(c_text, max(0, v.start - 24), v.start)), default=max(0, v.start - 24))
        own = _trade_side(c_text[lo:v.start])
        if own is None or own == asked:
            return False
    return True


def _same_item(v: Value, w: Value) -> bool:
    """Whether two values are one item's by what the question names of them: the same unit and metric,
    the item words of one within the other's, and a value whose clause names words of its own holds
    the item by a metric or item words of its own (exports' change is not imports')."""
    iv, iw = _item_words(v), _item_words(w)
    if v.key[1:2] != w.key[1:2] or v.terms.get("metric", set()) != w.terms.get("metric", set()) or not (iv <= iw or iw <= iv):
        return False
    return not v.named or bool(v.terms.get("metric")) or bool(iv) and iv <= iw


def _other_base(v: Value, w: Value) -> bool:
    """Whether ``v`` is ``w``'s item changed against another base (比2023年同期 against 比2019年同期, 季增 against
    年增, from May against a year ago): the same measure over another period, DG602."""
    return v.role == w.role == "delta" and bool(v.base) and bool(w.base) and not _same_base(v.base, w.base) \
        and _same_item(v, w)


def _item_words(v: Value) -> set[str]:
    """The question's item and metric words bound to ``v``."""
    return {w for cls in ("entity", "metric") for w in v.terms.get(cls, ())}


_HEAD_RE = lazy(r"(?:what|which)\s(?:is|was|are|were)\s(?:the\s)?((?:(?!which|that|who|whom|whose|against|for|in|of|at|by|to|on)[a-z'-]+\s?){1,3})"
                r"(?:which|that|who|whom|whose|against|for|in|of|at|by|to|on)\s"
                # (the noun a wh-word leads before its verb is the item asked: what fourth-quarter adjusted EBITDA does … expect)
                r"|(?:what|which)\s((?:(?!(?:does|did|do|is|was|are|were|would|will|has|had|have|can|could)\s)[a-z0-9'-]+\s){1,4})"
                r"(?:does|did|do|is|was|are|were|would|will|has|had|have|can|could)\s", needs=('what', 'which'))


def _quoted_elsewhere(a_text: str, c_text: str, q_text: str, mine: list[Value]) -> list[Mismatch]:
    """A figure the question quotes (谁得到全场最高的28分) that the cite states once, in another
    sentence than the answer's list item, is said of that sentence's subject: the answer is another's."""

    quoted = {(q.value, q.unit, q.counter) for q in parse_quantities(q_text) if _telling(q, q_text)}
    places = [q for q in parse_quantities(c_text) if (q.value, q.unit, q.counter) in quoted]
    if len(quoted) != 1 or len(places) != 1 or not mine:
        return []
    starts = list(_breaks(c_text)[1])
    if _index(starts, places[0].start) == _index(starts, mine[0].start):
        return []
    return [Mismatch("DG601", f"answer {a_text.strip()} is not in the sentence that gives "
                              f"{c_text[places[0].start:places[0].end]}", _data(mine[0], []))]


def _given_by_question(a_text: str, q_text: str, mine: list[Value], values: list[Value]) -> list[Mismatch]:
    """A figure the question states itself (… when they reached 28,750 feet?) is what it gives, not what it
    asks for: where the cite holds another value of the kind, the answer repeating it is that other's place."""

    said = {(q.value, q.unit, q.counter) for q in parse_quantities(a_text)}  # (4名裁判 gives no 4年)
    if not any((q.value, q.unit, q.counter) in said and _telling(q, q_text) for q in parse_quantities(q_text)):
        return []
    keys = {v.key for v in mine}
    others = [v for v in values if v.key not in keys]
    v = mine[0]
    return [Mismatch("DG601", f"answer {v.text} is the figure the question itself gives; it asks about another value of the cite "
                              f"({', '.join(w.text for w in others)})", _data(v, others))]


def _telling(q, text: str) -> bool:
    """Whether a figure a question quotes can point at a place in the cite: written in digits and
    not a bare whole number or an ordinal (增长7.8%, 规模5到5.9; not 第2问, take 3)."""
    written = text[q.start:q.end]
    return not q.ordinal and any(c.isdigit() for c in written) and bool(q.unit or q.counter or "." in written)


def _base_of(v: Value, values: list[Value]) -> Value | None:
    """The base of the comparison ``v`` heads: the next value of its sentence past its changes."""
    at = next((i for i, w in enumerate(values) if w is v), None)  # (by identity, not field by field)
    for w in values[(values.index(v) if at is None else at) + 1 :]:
        if w.sentence != v.sentence:
            return None
        if w.role == "base":
            return w
        if w.role != "delta":
            return None
    return None


# "How did X change?", "how did X compare with Y", "how much larger … than", "by how much did X exceed",
# 如何变化: a question that asks for a change without a direction
# word ("the revised change in payroll employment" names a level: no verb asks it).
# A direction verb with the level it reached asked (下探至多少点, fell to what level) asks for a level, not a change.
# (… or with "to" left at its end, before a time at most: what level did the RBA cut rates to on February 18?)
# A direction word qualifying the noun a Chinese question counts (环比上涨的城市有多少个, 价格下降城市有几个): it says which
# things are counted, and the count asked is a level, not a change.
# (the noun: Han characters, no adverb of amount first — 上涨的大概有多少项 counts no noun — nor a verb of change)
_ZH_COUNTED_NOUN = r"(?!大概|大约|约|共|一共|总共)(?:(?![增减了比较的])[\u3400-\u9fff]){1,6}?"
_ZH_QUALIFIED_COUNT_ASKED_RE = lazy(r"(?:上涨|下跌|上升|下降|增长|减少|持平|回落)(?:的" + _ZH_COUNTED_NOUN + "|" + _ZH_COUNTED_NOUN + r"(?=有))"
                                    r"(?:有|共有|数量为|数量是|数为)?(?:多少|几)(?:个|家|座|所|只|间|项|款|宗|套|城|省|县|市)", needs=("多少", "几"))
_TO_LEVEL_ASKED_RE = lazy(r"(?:至|到)\s?(?:多少|几)|(?<![a-z])to\s(?:what|which|how)(?![a-z])"
                          # (升息后, 调整之后: the moment after a move, whose level is asked, as "after its increase")
                          r"|(?:[升降加减]息|调[升降高低整]|[上下][调修])(?:之)?后"
                          # (the level on one side of a change the question names: before it was raised, now, after its increase)
                          r"|(?<![a-z])(?:before|after|following|prior to)\s(?:" + _CHANGE_CLAUSE + r"|(?:its|the|their|this|that)\s(?:[a-z0-9-]+\s){0,3}?(?:increase|decrease"
                          r"|rise|fall|cut|hike|raise|revision|reduction|drop|decline)s?(?![a-z]))"
                          r"|(?<![a-z])to(?:\s(?:on|in|at|by|after|before)\s[^?,;]{1,40})?\s?\?\s*\Z", needs=('至', '到', 'to', 'before', 'after', 'following', 'prior', '后'))
# "By how many cents was the dividend up from its last one?": "up from" or "down from" names the base of the change asked,
# whatever its words (not only a period's).
_MOVED_FROM_ASKED_RE = lazy(r"(?<![a-z])(?:up|down)\sfrom(?![a-z])", needs="from")
_CHANGE_QUESTION_RE = lazy(
    r"\b(?:did|does|do|has|have|had|will|would)\b[^?]*\b(?:change|compare)\b|\b(?:more|less|higher|lower|greater|fewer|larger|smaller|bigger)\b[^?]*\bthan\b|\b(?:above|below)\b(?!\ssea\slevel)"
    r"|\bexceed(?:ed|s)?\b|\bhow (?:much|many) of (?:the|that|this)\s(?:[a-z]+\s)?(?:change|difference|gap)\b"
    r"|变化|变动|增减", needs=('change', 'compare', 'than', 'above', 'below', 'exceed', 'how', '变化', '变动', '增减')
)


# The subject of a question's verb: "how many points did Germany have after the draw with Ghana".
_Q_SUBJECT_RE = lazy(r"^(?:how (?:many|much)|what|which)(?:\s[a-z'-]+){0,3}?\s"
                     r"(?:did|does|do|has|have|had|will|would)\s(?:the\s)?([a-z][a-z'-]+)")


# What ends the modifier written before a name: a period's or a function word's last character (2024年核心CPI: 核心).
_MODIFIER_STOP = frozenset("年月日季度的之在为是和及与或、")


def _modifier_before(text: str, i: int) -> str:
    """The Chinese words written right before position ``i`` (one space allowed between): 核心 in 2024年核心 CPI."""
    j = i - 1 if i > 0 and text[i - 1] == " " else i
    k = j
    while k > 0 and j - k < 4 and han_at(text, k - 1) and text[k - 1] not in _MODIFIER_STOP:
        k -= 1
    return text[k:j]


def _bare_name(tied: list[Value], cite: str, q_text: str) -> list[Value]:
    """Of values the question's words describe equally, the ones the cite names by the question's Latin-script name alone.

    A Chinese cite that writes a name (CPI) bare for one value and inside a longer name (核心CPI, 核心 CPI) for another
    has two items: asked the bare name, the longer one is another item's. Each value's name is the nearest use before it
    of a Latin-script term every tied value holds; the modifier is the run of Chinese words written right before it.
    """
    if len({v.key for v in tied}) < 2:
        return tied
    shared = set.intersection(*(set(v.terms.get("entity", ())) for v in tied))
    for t in sorted(shared):
        if not t.isascii() or not t.isalnum() or not re.search(r"[a-z]", t):
            continue
        asked = [m.start() for m in re.finditer(r"(?<![a-z0-9])" + re.escape(t) + r"(?![a-z0-9])", q_text)]
        if not asked:
            continue
        asked_mods = {_modifier_before(q_text, i) for i in asked}
        mods = []
        for v in tied:
            uses = [m.start() for m in re.finditer(r"(?<![a-z0-9])" + re.escape(t) + r"(?![a-z0-9])", cite[:v.start])]
            if not uses:
                break
            mods.append(_modifier_before(cite, uses[-1]))
        else:
            longer = [bool(m) and len(m) >= 2 and m not in asked_mods and m not in q_text for m in mods]
            bare = [v for v, x in zip(tied, longer) if not x]
            if bare and any(longer):
                return bare
    return tied


# 中位数 written right after a name (城镇居民人均可支配收入中位数24200元) makes the median, another metric than the
# name's own value (the mean, 人均可支配收入26955元).
_ZH_MEDIAN_BEFORE_RE = lazy(r"中位数\s?(?:为|是|达)?\s?\Z", needs="中位数")


def _unmedian(tied: list[Value], cite: str) -> list[Value]:
    """Of values the question's words describe equally, the ones not named as a median: asked 人均可支配收入 with no
    中位数, the value after 人均可支配收入中位数 is the median's, another metric's."""
    plain = [v for v in tied if not _ZH_MEDIAN_BEFORE_RE.search(cite, max(0, v.start - 8), v.start)]
    return plain if plain and len(plain) < len(tied) else tied


def _underived(tied: list[Value], cite: str, q_text: str) -> list[Value]:
    """Of values the question's words describe equally, the ones whose own sentence writes the question's words bare,
    not as a measure derived from them (人均国内生产总值, 标准化死亡率: _DERIVED_BEFORE glued before) that the question
    does not write: asked 国内生产总值, the per-capita value is another metric's, as _inside_word reads a term every
    value holds (here also one some values lack: 国民总收入 beside them, or a table's metric word the cite writes inside
    the derived one)."""
    if len({v.key for v in tied}) < 2 or not (any(w in cite for w in _DERIVED_BEFORE) or "的" in cite):
        return tied
    derived, grouped = [], []
    for v in tied:
        lo = _sentence_start(cite, v.start)
        own = {(a, b) for a, b in v.spans if lo <= a < v.start and cite[a:b] in q_text}
        derived.append(any(cite.endswith(w, lo, a) and not q_text.endswith(w, 0, q_text.find(cite[a:b]))
                           for a, b in own for w in _DERIVED_BEFORE))
        nearest = max((a for a, _ in own), default=-1)
        grouped.append(1 if nearest > lo and _group_of(cite, nearest, lo, q_text) else 0 if nearest < 0 or cite[nearest - 1] == "的" else -1)
    keep = [v for v, d in zip(tied, derived) if not d]
    if keep and len(keep) < len(tied):
        return keep
    # (… and the metric written bare for one value, as a 的 phrase's narrower group for another: 团队防御率3.10 against
    # 先发投手的团队防御率2.90, asked the team's)
    # (the whole first, then its group in a clause the 的 phrase opens: not a place's or a later list item's own figure)
    if -1 in grouped and 1 in grouped and max(v.start for v, g in zip(tied, grouped) if g == -1) \
            < min(v.start for v, g in zip(tied, grouped) if g == 1):
        return [v for v, g in zip(tied, grouped) if g == -1]
    return tied


def _group_of(cite: str, a: int, lo: int, q_text: str) -> bool:
    """Whether the metric word at ``a`` is written as a narrower group's by a 的 phrase glued before it that the question
    does not write (先发投手的团队防御率 beside the bare 团队防御率: the starters' ERA, not the team's)."""
    if a - 1 <= lo or cite[a - 1] != "的":
        return False
    group = _modifier_before(cite, a - 1)
    opens = a - 1 - len(group) <= lo or cite[a - 2 - len(group)] in ",;:。 "
    return opens and len(group) >= 2 and group not in q_text and group[-2:] not in q_text


def _unstated_whole(a_text: str, tied: list[Value], mine: list[Value], cite: str, q_text: str) -> list[Mismatch]:
    """Values a Chinese cite lists after 其中, each named by the question's metric with a part's own word glued before it
    (其中铁路货物运输总量…;公路货物运输总量…), where the question names the metric alone (货物运输总量是多少) and the cite
    states no whole beside them (the parts are then flagged 'part' and the whole is chosen): the question asks about the
    whole, which none of them is, so the answer, one part's, is another item's (DG601). A question naming a part (公路)
    chooses it, as before."""
    if any("part" in v.flags for v in tied) or len({v.key for v in tied}) != len(tied):
        return []
    named: list[tuple[int, str, str, Value]] = []  # (where the part's word starts, the part's word, the metric, its value)
    for v in tied:
        lo = _sentence_start(cite, v.start)
        own = sorted({(a, b) for a, b in v.spans if lo <= a < v.start and len(cite[a:b]) >= 2 and cite[a:b] in q_text})
        if not own:
            return []
        a, b = own[0]
        k = _clause_start(cite, a)
        part = _unperiod(cite, k, a)
        at = k + cite[k:a].find(part) if part else a
        if part.startswith("其中"):
            part, at = part[2:].strip(), at + 2
        if not 2 <= len(part) <= 4 or not all(han_at(part, i) for i in range(len(part))) \
                or any(part[i:i + 2] in q_text for i in range(len(part) - 1)):
            return []
        named.append((at, part, cite[a:b], v))
    named.sort(key=lambda n: n[0])
    first = named[0][0]
    if len({n[2] for n in named}) != 1 or len({n[1] for n in named}) != len(named) \
            or "其中" not in cite[max(0, _clause_start(cite, first) - 4):first]:
        return []
    _, part, metric, v = next(n for n in named if n[3] in mine)
    return [Mismatch("DG601", f"answer {a_text.strip()} belongs to '{part}{metric}', one of the parts the cite lists after "
                              f"其中; the question asks about the whole '{metric}', which the cite does not state: cite the "
                              "passage that gives it", _data(v, []))]


def _named_list_item(tied: list[Value], q_text: str) -> list[Value]:
    """Of one sentence's values each labelled by a bare item name of its own (a list's items paired by position,
    一线、二线、三线城市…分别上涨A、B和C; clauses each opened by its item, 甲涨5元,收221元;乙…), the one whose item the
    question names, where it names no other's."""
    if len({v.key for v in tied}) < 2 or len({v.sentence for v in tied}) != 1:
        return tied
    labels = [v.label for v in tied]
    if not all(lb and len(lb) <= 6 and all(han_at(lb, i) for i in range(len(lb))) for lb in labels):
        return tied
    if len(set(labels)) != len(labels) or any(a != b and a in b for a in labels for b in labels):
        return tied
    named = [v for v in tied if v.label in q_text]
    return named if len(named) == 1 else tied


def _owned_by_subject(tied: list[Value], q_text: str) -> list[Value]:
    """Of values the question's words describe equally, the ones its subject owns: the team a clause
    is about owns its figure (Ghana … have one point), not a team in an adjunct (after the draw with Germany)."""
    if len({v.key for v in tied}) < 2:
        return tied
    m = _Q_SUBJECT_RE.match(q_text.strip())
    if not m or m[1] in _STOP:
        return tied
    subject = _stem(m[1].removesuffix("'s"))
    owned = [v for v in tied if subject in v.terms.get("entity", ())]
    return owned if owned and len({v.key for v in owned}) < len({v.key for v in tied}) else tied


def _nearest(tied: list[Value], cite: str = "") -> list[Value]:
    """Of values the question's words describe equally, the one they name directly.

    国发会(6.38%) is named by 国发会; in 托管台积电存托凭证专户(20.52%) 台积电 is
    only part of a longer name. A term right beside its value (two characters
    at most between, or only a preposition: 3.9% in Pennsylvania) outweighs terms that stand five or more away.
    """
    if len({v.key for v in tied}) < 2:
        return tied

    def gap(v: Value, a: int, b: int) -> int:
        if a >= v.end and _BESIDE_AFTER_RE.fullmatch(cite, v.end, a):
            return 0
        return max(v.start - b, a - v.end, 0)

    if not all(v.spans for v in tied):
        # a value whose words were carried to it (a gapped clause) is described as near; but of one Chinese sentence's
        # values (鸿海涨5元,收221元,成交额227.07亿元, asked 鸿海的成交额), the one whose own clause writes a word of the
        # question right before it is named by it, where the others stand before it: they took that word from a frame
        # of the sentence, not from its clause (甲省粮食产量增长2.3%,乙省增长3.6%: the clauses after it share it)
        spanned = [v for v in tied if v.spans]
        if len(spanned) == 1 and cite and len({v.sentence for v in tied}) == 1 and han_at(cite, spanned[0].start - 1) \
                and all(v.end <= spanned[0].start for v in tied if v is not spanned[0]) \
                and min(gap(spanned[0], a, b) for a, b in spanned[0].spans) == 0:
            return spanned
        return tied

    gaps = []
    for v in tied:
        gaps.append(min((gap(v, a, b) for a, b in v.spans), default=10**6))
    best = min(gaps)
    if best <= 2 and all(g >= 5 for g in gaps if g != best) and gaps.count(best) == 1:
        return [tied[gaps.index(best)]]
    return tied


# Only a preposition between a value and the place or item after it: "3.9% in Pennsylvania".
_BESIDE_AFTER_RE = lazy(r"\s(?:in|at|for|from)\s(?:the\s)?")
# Between a count and what it counts: "three of its commanders".
_COUNTED_RE = lazy(r"(?:\s(?:of|its|their|the|his|her|our|those|these))*((?:\s[a-z][a-z'-]*){1,3})")
# What a descriptor drops: connectives of Chinese labels (从去年的, 毛利率为, 公司5个月内在).
_ZH_FUNCTION_RE = lazy(r"^(?:从|较|比|由|在|而|但)|(?:的|为|是|了|在|到|至|内在|内)$")
_FIGURE_RE = lazy(r"[+\-−$€£¥]?\d[\d,.]*\s?(?:%|个月|个|万|亿|兆|元|年|月|日)*")
# Words of amounts and comparisons, not of items: "$1.2 billion", "compared to".
_AMOUNT_WORDS = frozenset({"million", "billion", "trillion", "thousand", "hundred", "compared", "versus", "vs", "share",
                           "diluted"})


@lru_cache(maxsize=1)
def _direction_words() -> frozenset[str]:
    return frozenset(w for w, (cls, _) in _TABLE.items() if cls == "direction")


# A base word ending a label's word (货运量同比): it says what a change is measured against, not whose it is.
_ZH_BASE_TAIL_RE = lazy(r"(?:同比|环比)$", needs=("同比", "环比"))


def _descriptor(text: str) -> str:
    """The item or metric words of a label: no function words, figures, direction words or fragments."""
    text = _FIGURE_RE.sub(" ", text.replace("±", " ").replace("*", " "))
    kept: list[str] = []
    for w in re.split(r"[\s,:;()\"'、。!?]+", text):
        if w.isascii():
            w = w.strip(".-")
            if (not any("a" <= c <= "z" for c in w) or w in STOP_WORDS or w in _STOP or w in _direction_words() or w in _AMOUNT_WORDS
                    or w in _unit_words() or _FILLER_RE.fullmatch(w)):
                continue
        else:
            if _base_term(w):  # (比上年增长: a base and its verb name no item; 上年 is no value's owner)
                continue
            for _ in range(2):
                for a, b, cls, _ident in reversed(_table_terms(w)):
                    if cls == "direction":
                        w = w[:a] + w[b:]
                w = _ZH_FUNCTION_RE.sub("", _FILLER_RE.sub("", _ZH_BASE_TAIL_RE.sub("", w)))
            if not w or _base_term(w):
                continue
        if w not in kept:
            kept.append(w)
    return " ".join(kept)


def _describe_binding(v: Value, cite: str = "") -> str:
    """What the value belongs to, in the cite's words: 'western hostages', '船舶', 'exports'."""
    if v.head is not None:
        return f"the margin of error of {v.head.text} ({_describe_binding(v.head, cite)})"
    words = ""
    if cite and v.key and isinstance(v.key, tuple) and v.key[-1] == "" and v.measure and not has_han(v.measure):
        m = _COUNTED_RE.match(cite, v.end)  # a count: what it counts (two western hostages, 18 years)
        counted = m[1].split() if m else []
        for i, w in enumerate(counted):
            if w in STOP_WORDS:
                counted = counted[:i]
                break
        # the counted noun is plural: "commanders held by" ends at commanders, "us troops remain" at troops
        plural = [i for i, w in enumerate(counted) if len(w) > 3 and w.endswith("s")]
        counted = counted[: plural[0] + 1] if plural else counted
        words = _descriptor(" ".join(counted))
    words = words or _descriptor(v.label)
    subject = _zh_own_subject(cite, v) if cite and has_han(cite) and not v.head else ""
    if subject and (not words or words != subject and words in subject):
        words = subject  # (the sentence's own subject: 人均国内生产总值 where the label says 国内生产总值, or none)
    if words:
        return f"'{words}'"
    # nothing but a direction or a comparison word around it: say what it is
    return "the earlier period" if v.flags.get("period") == "prior" else "the change" if v.role == "delta" else f"'{v.text}'"


# A Chinese sentence's subject, as the words before its first figure: what leads it and what ends it name nothing of
# it (其中, a scope word: 我国, 全国; the verb before the figure: 达, 完成).
_ZH_SUBJECT_LEAD_RE = lazy(r"^(?:\d+|其中|我国|全国|全市|全省|全年|本市|完成|实现)+")
_ZH_SUBJECT_VERB_RE = lazy(r"(?:达到|达|完成|实现|为|是|共|约|超过|超|近)+$")
_ZH_SUBJECT_RE = lazy(r"[\u3400-\u9fff]{2,16}")


def _zh_own_subject(cite: str, v: Value) -> str:
    """What a value of a Chinese cite belongs to in its sentence's own words, when they open it (货物运输周转量 in
    货物运输周转量196130亿吨公里,增长5.1%; 人均国内生产总值 in 全年人均国内生产总值59660元,比上年增长6.3%): the words
    before the sentence's first figure, past its dates and period words. Empty where the sentence opens otherwise."""
    return _zh_subject_at(cite, _sentence_start(cite, v.start))


@lru_cache(maxsize=256)
def _zh_subject_at(cite: str, lo: int) -> str:
    """The subject (``_zh_own_subject``) of the sentence starting at ``lo``: read once a sentence, only for a message."""
    hi = cite.find("。", lo)
    hi = hi if hi >= 0 else len(cite)
    # (the cite's own dates and period words, read for the whole cite already, not a slice's read afresh)
    spans = [(a, b) for a, b, _ in _periods(cite)] + [(a, b) for a, b, cls, _ in _table_terms(cite) if cls == "period"]
    kept = [c for i, c in enumerate(cite[lo:hi], lo) if not any(a <= i < b for a, b in spans)]
    text = _ZH_SUBJECT_LEAD_RE.sub("", "".join(kept).strip().lstrip(" ,，:："))
    head = re.split(r"[\d,，;；:：。、(（]", text, maxsplit=1)[0]
    head = _ZH_SUBJECT_VERB_RE.sub("", _ZH_SUBJECT_LEAD_RE.sub("", head))
    return head if _ZH_SUBJECT_RE.fullmatch(head) and not _base_term(head) else ""


def _ambiguous(a_text: str, v: Value, chosen: Sequence[Value]) -> Mismatch:
    others = ", ".join(c.text for c in chosen if c.key != v.key)
    return Mismatch(
        "DG605",
        f"the cite holds several values of this kind ({v.text}, {others}) and the question does not "
        "say which one it asks about; name the item, metric or period",
        _data(v, chosen),
    )

from . import people  # noqa: E402 - at the end: it imports this module (moved out of function bodies by move_imports.py)
