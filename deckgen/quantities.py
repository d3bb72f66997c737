"""Quantities in card text, and the figure-card grounding rule.

A figure card is grounded when every quantity of the answer equals a quantity
of the cite: the same value (exact :class:`~decimal.Decimal` comparison, no
tolerance), the same unit or currency, the same qualifier and the same kind
(ordinal or cardinal). A Chinese measure word (counter) may be left out of the
answer but never contradicted.

Reading numbers, by hand and without a number library, from text already
:func:`deckgen.fold.normalize`-d (so Simplified, ASCII digits, lower case):

* Arabic numbers with thousands separators and decimals: ``1,234.5``.
* Chinese numerals: ``二十``, ``三百零五``, ``一百二十万``, ``两``, ``三点五``;
  a run of bare digits with 〇 (``二〇二三``) is read digit by digit, and so is a
  decimal point between such digits (``六八三．七``, ``三．〇四``). A pair of
  bare digits such as ``一两`` or ``三四`` means "one or two", an estimate, and
  is not read. A single numeral (``一``, ``十``) counts only with a counter, a
  unit, a scale or 第 beside it, since 一 also spells 一些, 一半, 统一 ...
* Vulgar fractions and mixed numbers: ``1/2``, ``4-3/4``, ``4 3/4``, ``½``, ``4¾``
  (halves, thirds, quarters, eighths, sixteenths; 24/7, 16/7 and dates are not);
  fraction words where they cannot be a period or an ordinal: ``half a percentage
  point``, ``a quarter point`` (a point after a fraction is a percentage point),
  ``one-half``, ``two-thirds of``, ``half of`` (not the first half of, the other half of),
  ``a fifth``, ``one-tenth``, and any fraction that is the whole text but a qualifier
  (an answer: ``half``, ``a third``, ``nearly half``; not ``three quarters``, which may
  count fiscal quarters).
* Shares: a fraction with no unit after it is a share of what it counts, read as
  the percentage it is, so that it grounds that exact percentage and the reverse:
  ``three-quarters of members`` and ``3/4`` are 75%, ``a third`` 33.33…% (never 33%),
  ``one in five`` and ``6 in 10`` 20% and 60% (not before a measure: 2 in 10 minutes),
  ``四分之一`` 25%, ``一半`` and ``半数`` 50% (``超过一半``, ``逾半``, ``过半``, ``近半``,
  ``半数以上`` with their qualifiers; not ``一半一半`` or ``一半A,一半B``, which pair two
  halves, nor ``逾半`` glossed by the percentage after it, ``逾半市民52.5%``).
* A dozen: ``a dozen`` is 12, ``half a dozen`` 6, ``two dozen`` 24 (``dozens`` is an order, below).
* Tenths: ``三成`` is 30%, ``七成五`` 75%, ``两成半`` 25%, ``逾七成`` more than 70% (成 after a numeral of at
  most ten, unless it begins a word: 成为, 成员, 成份, 一成不变, 三五成群).
* Indefinite number words: ``hundreds``, ``dozens``, ``tens of thousands``,
  ``several hundred``, ``数百``, ``上千``, ``数十亿``: the order they name with the
  qualifier ``"order of"``, so ``hundreds`` grounds ``数百`` but never ``200``.
* A game score ``五比四`` / ``5比4`` and a vote tally ``5-4``, ``a 6-3 ruling``, ``7–2``,
  ``5-to-4``, ``ruled 5 to 4``:
  one value with the unit ``score``, its larger side first (a dash between a
  smaller and a larger number, ``3-5``, is a range). Its order is its meaning:
  ``4-5`` does not ground ``5-4``. Each side is also a count (the three who
  dissented in a 6-3 ruling); an answer's score is checked only as a whole.
* A range ``4-3/4 to 5 percent``, ``6至8万元``: for grounding, the lower end takes
  the unit, counter and scale written once after the upper end.
* Scale words. Chinese groups digits by four, so 万 is 10^4 and 亿 (万万) is
  10^8; they multiply, so ``4.22万亿`` is 4.22 x 10^12 and ``5890亿`` is
  5.89 x 10^11. English: thousand, million, billion, trillion, k, m, mn, mil, bn, bln, bil, tn
  (and ``b`` only after a currency sign, since ``910B`` is a chip).

Canonical units: ``%`` (%, 百分之, percent, per cent, pct, and shares), ``pp`` (个百分点,
百分点 (9百分点 is no 900 分), percentage points; never equal to ``%``; 基点 and basis points are read as
hundredths of it, as cents are of a dollar: 50 basis points is 0.5 pp),
currencies ``USD`` (美元, 美金, US$, $, USD, dollars), ``CNY`` (元, 人民币, yuan,
RMB, CNY, ¥), ``HKD`` (港元, 港币, HK$, HKD - HK$ is never read as USD), ``EUR``,
``GBP``, ``JPY``, ``KRW``, ``TWD``, ``SGD`` (S$), ``AUD`` (A$), ``CAD`` (C$);
and ``TFLOPS`` / ``PFLOPS`` / ``TOPS`` / ``nm`` / ``GB`` / ``TB`` / ``GHz`` /
``W``. A price per share (``173美元/股``,
``每股``, ``$173 per share``) has the unit ``USD/share``; because Chinese says
股价报收173美元 without "per share", a per-share price and the bare currency
are compatible either way, but the currency must agree.

Units of measure (``_MEASURES``): feet, ft, meters, m (a bare m after a number is a metre
unless money goes with it or a noun a million would count follows: 7900m, but $100m, 5m yuan, 5m people),
km, miles, knots, mph, km/h, seconds, minutes, hours, days, weeks, months, years,
decades, ounces, pounds, grams, kg, tons, degrees, acres, gallons ... and 公尺, 米,
公里, 英尺, 秒, 分钟, 小时, 公斤, 吨, 节 ..., after a space or a hyphen (a two-day wait,
a 1,900-foot asteroid), where no currency stands. A measure is part of the value:
two ounces never grounds two years (DG203), nor a noun of the answer's own (two
terms) a measure of the cite. It may go unsaid by a bare number on either side (How
many feet? 1,600; "aged two and five" grounds 5 years old), and the durations 年, 天,
个月, 周, which stay Chinese counters, measure what years, days, months and weeks do.
An English unit word is read but left out of the value's span, so that binding still
finds it as the word after the number (what the value counts). A unit of time in words:
``an hour and a half`` (1.5 hours), ``two and a half hours``, ``half an hour``, ``three quarters
of an hour``; ``a minute``, ``an hour`` only with a qualifier or as the whole text (``less than a
minute``, ``nearly an hour``; not ``an hour ago``, ``once a year``); ``半年``, ``半个月``, ``半小时``,
``半天`` are half of one (not ``上半年``, ``半年报``). Units are never converted: 90 minutes does
not ground an hour and a half.

Canonical qualifiers (``None`` means exact; 达/高达/多达 are exact):

* ``"more than"``: 余, 多 (10多家, 3倍多), 几 (十几), 逾, 超, 超过, 多于, 高于,
  大于, 以上, ``+``, more than, over, above, in excess of, upwards of, exceeding, greater than,
  -odd, -plus. So 十余家 = 十多家 = 10多家 = 逾10家 = more than 10; 以上 is
  counted here because news Chinese uses it as "over".
* ``"about"``: 约, 大约, 大概, 左右, 来 (十来家), about, around, approximately,
  roughly, some, circa, ``~``. "about" and "around" after a word of speech, thought
  or feeling (questions about one of the fatalities, talked about two issues) are
  the preposition of that word, no qualifier; after a verb, a preposition or at
  the start (employs about 500, at about 1,600 feet, About 3 seconds) they qualify.
  So does "over" but after a word of dispute (a dispute over two islands) or a verb
  whose particle it is (handed over 41 ships).
* ``"nearly"``: 近, 将近, 接近, 逼近, 近乎, 几乎 (幾乎), nearly, almost, close to.
* ``"less than"``: 不到, 不足, 少于, 低于, 小于, 以下, less than, fewer than,
  under, below, just under.
* ``"at least"``: 至少, 最少, 起码, 不少于, 不低于, at least, no less than, or more.
* ``"at most"``: 至多, 最多, 不超过, 不多于, 以内, at most, up to, no more than.

An adverb qualifier (至少, 最少, 起码, 至多, 最多, 约, 大约, 大概, 几乎, 将近,
近乎, at least, at most, about, around, approximately, roughly, almost, nearly)
still qualifies its number across a light verb or "every": 至少需要二十年 is at
least 20 years, 几乎每六个月 nearly 6 months, 约有10家 about 10, "almost every
six months" nearly 6.

A qualifier is part of the figure and is compared like the value, with no
ranges: a bare answer number is not grounded by a qualified cite number, nor the
reverse (DG204). So 至少需要二十年 grounds "at least 20 years" but not "20 years",
just as 十余家 grounds "more than 10" but not "10", and 几乎每六个月 grounds
"nearly six months" but not "six months" or "about six months". Only the
card's question may carry the qualifier for the answer: asked 至少还需要多少年?
(at least how many years?), a bare 二十年 is read as at least 20 years
(:func:`check_figure`'s ``question``).

Not quantities: dates and fiscal-period labels (:mod:`deckgen.dates`: 2026财年,
FY2026, 第一财季, Q1, first quarter of fiscal 2026, so 第一财季 is no ordinal), and digits
that are part of a name: glued to letters (``H20``, ``GB200``, ``昇腾910B``,
``DeepSeek-R2``) or a bare integer glued between Chinese characters with no
counter (``思元590芯片``). Names are remembered so that an answer number found
only inside a name is reported as such (DG206).

Ordinals (第三次, 首次, third, a second term, 3rd) are never equal to cardinals (3次,
three, two terms).

Findings, checked in this order for each answer quantity: DG201 the answer has
no quantity; DG206 its value is only in a name of the cite; DG202 no cite
quantity has its value; DG205 only as an ordinal where the answer has a
cardinal (or the reverse), or so with the answer's unit where the cardinals have
another (two terms: a second term, a two-day wait); DG203 only with another unit or currency; DG204 only
with another qualifier; DG207 only with a contradicting counter.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from deckgen.dates import non_quantity_spans
from deckgen.findings import Mismatch
from deckgen.fold import han_at, normalize
from deckgen.patterns import WordTable, compile_pattern, lazy, search_at_starts

__all__ = ["Quantity", "parse_quantities", "check_figure", "question_qualifier"]


class Quantity(NamedTuple):
    """One amount as the text states it (a named tuple: @dataclass would cost start-up time)."""

    value: Decimal
    unit: str | None  # canonical, see the module docstring
    counter: str | None  # Chinese measure word (Simplified), e.g. 家 枚 次
    qualifier: str | None  # None = exact; canonical, see the module docstring
    ordinal: bool  # 第三次, third, 3rd
    start: int
    end: int


class _Name(NamedTuple):
    """Digits inside a name (H200): not a quantity, but worth a near-miss note."""

    value: Decimal
    token: str
    start: int
    end: int


# --- tables ----------------------------------------------------------------

_CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
# Powers of ten of the Chinese scale characters after a number (48.5万).
# 兆 is 10^12 in money and counts (新台币2兆元, Taiwan's usage); before a unit it is the metric prefix, mega
# (兆瓦, 兆赫, 兆字节), which _CN_SCALE_RE leaves to the unit; so is 千 in the metric units 千克 (kg) and 千米 (km),
# which _MEASURES reads: 59千克 is 59 kg, not 59,000 克.
_CN_SCALE = {"十": 1, "百": 2, "千": 3, "万": 4, "亿": 8, "兆": 12}
_EN_SCALE = {"hundred": 2, "thousand": 3, "k": 3, "million": 6, "m": 6, "mn": 6, "mln": 6, "mil": 6,
             "billion": 9, "bn": 9, "bln": 9, "bil": 9, "b": 9, "trillion": 12, "tn": 12, "trn": 12}

_EN_UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
             "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
             "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
             "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
            "seventy": 70, "eighty": 80, "ninety": 90}
_EN_WORD_SCALE = {"hundred": 100, "thousand": 10**3, "million": 10**6,
                  "billion": 10**9, "trillion": 10**12}
_EN_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
           "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
           "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
           "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
           "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
           "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80,
           "ninetieth": 90, "hundredth": 100, "thousandth": 10**3,
           "millionth": 10**6, "billionth": 10**9}

_UNITS = {
    "%": "%", "percent": "%", "per cent": "%", "pct": "%", "pc": "%",  # 7pc, 5pc lower (British and Australian press)
    "个百分点": "pp", "百分点": "pp", "percentage points": "pp",
    "percentage point": "pp", "pp": "pp", "ppt": "pp", "ppts": "pp",
    # A basis point is a hundredth of a percentage point: read as pp, value / 100.
    "个基点": "pp/100", "基点": "pp/100", "basis points": "pp/100", "basis point": "pp/100",
    "bps": "pp/100", "bp": "pp/100",
    "美元": "USD", "美金": "USD", "us dollars": "USD", "u.s. dollars": "USD",
    "dollars": "USD", "dollar": "USD", "usd": "USD",
    "港元": "HKD", "港币": "HKD", "hong kong dollars": "HKD", "hk dollars": "HKD",
    "hkd": "HKD",
    "元人民币": "CNY", "人民币": "CNY", "元": "CNY", "yuan": "CNY",
    "renminbi": "CNY", "rmb": "CNY", "cny": "CNY",
    "日元": "JPY", "yen": "JPY", "jpy": "JPY",
    "欧元": "EUR", "euros": "EUR", "euro": "EUR", "eur": "EUR",
    "英镑": "GBP", "gbp": "GBP",
    "韩元": "KRW", "krw": "KRW",
    "新台币": "TWD", "台币": "TWD", "twd": "TWD",
    "新加坡元": "SGD", "新元": "SGD", "sgd": "SGD", "澳元": "AUD", "aud": "AUD",
    "加元": "CAD", "cad": "CAD",
    "tflops": "TFLOPS", "teraflops": "TFLOPS", "pflops": "PFLOPS",
    "petaflops": "PFLOPS", "eflops": "EFLOPS", "exaflops": "EFLOPS",
    "gflops": "GFLOPS", "tops": "TOPS",
    "纳米": "nm", "nm": "nm", "gb": "GB", "tb": "TB", "ghz": "GHz",
    # a device's specs: a battery's charge (5000mAh), a screen's refresh rate (120Hz), a charger's power (40W)
    "mah": "mAh", "hz": "Hz",
    "瓦": "W", "watts": "W", "watt": "W", "w": "W",
    # Power and energy with a metric prefix: read in watts and watt-hours, the prefix as a power of ten (232MW is
    # 232 x 10^6 W, as 23.2万千瓦 is): "*N" after a unit multiplies the value by 10^N. 瓩 is Taiwan's kilowatt; 度, a
    # kilowatt-hour in Chinese usage, stays a counter (30度 is also a temperature).
    "kw": "W*3", "kilowatts": "W*3", "kilowatt": "W*3", "瓩": "W*3",
    "mw": "W*6", "megawatts": "W*6", "megawatt": "W*6", "兆瓦": "W*6",
    "gw": "W*9", "gigawatts": "W*9", "gigawatt": "W*9", "吉瓦": "W*9", "terawatts": "W*12", "terawatt": "W*12",
    "瓦时": "Wh", "watt-hours": "Wh", "watt hours": "Wh", "wh": "Wh",
    "kwh": "Wh*3", "kilowatt-hours": "Wh*3", "kilowatt hours": "Wh*3", "kilowatt-hour": "Wh*3", "kilowatt hour": "Wh*3",
    "mwh": "Wh*6", "megawatt-hours": "Wh*6", "megawatt hours": "Wh*6", "megawatt-hour": "Wh*6", "兆瓦时": "Wh*6",
    "gwh": "Wh*9", "gigawatt-hours": "Wh*9", "gigawatt hours": "Wh*9", "gigawatt-hour": "Wh*9",
    "twh": "Wh*12", "terawatt-hours": "Wh*12", "terawatt hours": "Wh*12", "terawatt-hour": "Wh*12",
    # Subunits: read as the currency, value / 100 (12 cents = 0.12 USD).
    "cents": "USD/100", "cent": "USD/100", "¢": "USD/100", "美分": "USD/100",
}
# Units of measure after a number (1,600 feet, two ounces, 82 seconds, a two-day wait,
# 5公里): part of the value, so two ounces never grounds two years. Read only where no
# currency or other unit stands (a price per pound stays a price). "m" is a metre only
# apart from its number (100 m; 100m is a hundred million); no bare t, s, h or in, and g only glued to a figure of
# two digits or more (213g; 5g is a network).
_MEASURES = {
    "feet": "ft", "foot": "ft", "ft": "ft", "inches": "in", "inch": "in",
    "meters": "m", "metres": "m", "meter": "m", "metre": "m", "m": "m",
    "kilometers": "km", "kilometres": "km", "kilometer": "km", "kilometre": "km", "km": "km",
    "centimeters": "cm", "centimetres": "cm", "cm": "cm", "millimeters": "mm", "millimetres": "mm",
    "mm": "mm", "miles": "mi", "mile": "mi", "nautical miles": "nmi", "nautical mile": "nmi",
    "knots": "kn", "knot": "kn", "kts": "kn",
    "mph": "mph", "miles per hour": "mph", "miles an hour": "mph",
    "km/h": "km/h", "kph": "km/h", "kmh": "km/h", "kilometers per hour": "km/h",
    "kilometres per hour": "km/h", "kilometers an hour": "km/h", "kilometres an hour": "km/h",
    "seconds": "s", "second": "s", "secs": "s", "sec": "s",
    "minutes": "min", "minute": "min", "mins": "min", "min": "min",
    "hours": "h", "hour": "h", "hrs": "h", "hr": "h",
    "days": "day", "day": "day", "weeks": "week", "week": "week",
    "months": "month", "month": "month", "years": "year", "year": "year",
    "decades": "decade", "decade": "decade",
    "ounces": "oz", "ounce": "oz", "oz": "oz", "pounds": "lb", "pound": "lb", "lbs": "lb", "lb": "lb",
    "grams": "g", "gram": "g", "g": "g", "kilograms": "kg", "kilogram": "kg", "kilos": "kg", "kg": "kg",
    "tons": "t", "ton": "t", "tonnes": "t", "tonne": "t", "metric tons": "t",
    # the tonne's letters alone (125,000t, 14.2MT, 83.3 million mt): only glued to the figure, or mt after a scale
    # word (see _measure_at); 3 t, 5 mt apart are no tonnes
    "t": "t", "mt": "t",
    "g/t": "g/t",  # an ore grade, grams per tonne (1.05g/t, 14.2 g/t gold)
    "degrees celsius": "°C", "degrees fahrenheit": "°F", "°c": "°C", "°f": "°F",
    "fahrenheit": "°F", "celsius": "°C",  # 61.45 Fahrenheit (16.35 Celsius): the scale alone
    # the scale's letter alone (14.8C, 40C, 54.4 F): only glued to its figure, or apart from a figure with
    # tenths (a measured reading); 5 c) is a list's item, 3c产品 a name (see _scale_letter_at)
    "c": "°C", "f": "°F",
    "degrees": "°", "degree": "°", "°": "°",
    "acres": "acre", "acre": "acre", "hectares": "ha", "hectare": "ha",
    "square miles": "mi²", "square mile": "mi²", "square kilometers": "km²",
    "square kilometres": "km²", "square feet": "ft²", "square meters": "m²", "square metres": "m²",
    "gallons": "gal", "gallon": "gal", "liters": "L", "litres": "L", "liter": "L", "litre": "L",
    # Chinese, as normalize leaves it (Simplified): 公尺, 分鐘, 小時, 噸, 節 ...
    "公尺": "m", "米": "m", "公里": "km", "千米": "km", "厘米": "cm", "公分": "cm", "毫米": "mm",
    "英寸": "in", "平方千米": "km²", "加仑": "gal", "磅": "lb", "盎司": "oz", "英尺": "ft", "英里": "mi", "海里": "nmi",
    "秒钟": "s", "秒": "s", "分钟": "min", "小时": "h", "公斤": "kg", "千克": "kg", "克": "g", "毫克": "mg", "吨": "t",
    "节": "kn", "平方公里": "km²", "平方米": "m²", "公顷": "ha", "英亩": "acre", "摄氏度": "°C",
}
_MEASURE_UNITS = frozenset(_MEASURES.values())
_COUNTER_WORDS = frozenset(("公里", "米", "秒", "分钟", "小时", "吨", "平方米"))  # also in _COUNTERS
# Chinese counters that are durations (三年, 两天, 六个月, 三周) measure what the English
# unit words do: 4 years grounds 四年 and the reverse; each stays a counter, so 二十年
# may still leave its counter out.
_COUNTER_MEASURES = {"年": "year", "天": "day", "个月": "month", "周": "week"}
_CURRENCIES = {"USD", "CNY", "HKD", "JPY", "EUR", "GBP", "KRW", "TWD", "SGD", "AUD", "CAD"}
_CUR_PREFIX = {
    # HK$, S$, A$ ... are read before a bare $ (leftmost match wins).
    "us$": "USD", "us $": "USD", "hk$": "HKD", "hk $": "HKD", "nt$": "TWD",
    "s$": "SGD", "a$": "AUD", "c$": "CAD", "$": "USD", "usd": "USD",
    "$us": "USD", "$a": "AUD",  # $US960, $A1,280 (Australian press)
    "sgd": "SGD", "aud": "AUD", "cad": "CAD",
    "hkd": "HKD", "rmb": "CNY", "cny": "CNY", "¥": "CNY", "€": "EUR",
    "eur": "EUR", "£": "GBP", "gbp": "GBP", "jpy": "JPY", "twd": "TWD",
    "人民币": "CNY", "港币": "HKD",
}
# 新台币 right before a number whose 元 is left unsaid (营业额已破新台币3亿9千万): the amount is in 元 all the same.
_TAIWAN_DOLLAR = ("新台币", "台币")
_QUAL_PREFIX = {
    "约": "about", "大约": "about", "大概": "about", "约为": "about", "约合": "about",
    "about": "about", "around": "about", "approximately": "about",
    "approx.": "about", "approx": "about", "roughly": "about", "some": "about",
    "circa": "about", "~": "about", "≈": "about",
    "近": "nearly", "将近": "nearly", "接近": "nearly", "逼近": "nearly",
    "近乎": "nearly", "几乎": "nearly", "nearly": "nearly", "almost": "nearly",
    "close to": "nearly", "near": "about",  # trading near $71: close to it on either side
    "超过": "more than", "超": "more than", "逾": "more than", "多于": "more than",
    "破": "more than",  # 甚至破6成, 升破3万点: past the figure (跌破, 打破, 突破 are guarded below)
    "高于": "more than", "大于": "more than", "more than": "more than",
    "over": "more than", "above": "more than", "in excess of": "more than",
    "upwards of": "more than", "exceeding": "more than",
    "greater than": "more than", "just over": "more than",
    "不到": "less than", "不足": "less than", "少于": "less than", "低于": "less than",
    "小于": "less than", "未满": "less than", "less than": "less than",
    "fewer than": "less than", "under": "less than", "below": "less than",
    "just under": "less than",
    "至少": "at least", "最少": "at least", "起码": "at least", "不少于": "at least",
    "不低于": "at least", "at least": "at least", "no less than": "at least",
    "no fewer than": "at least", "a minimum of": "at least",
    "至多": "at most", "最多": "at most", "不超过": "at most", "不多于": "at most",
    "不高于": "at most", "at most": "at most", "up to": "at most",
    "no more than": "at most", "a maximum of": "at most",
}
# Adverbs that may stand apart from their number, with a light verb or "every"
# between: 至少需要二十年 (at least 20 years), 几乎每六个月 (nearly every six
# months), 约有10家, almost every six months, at least another 20 years.
_ADVERB_QUALS = {"至少", "最少", "起码", "至多", "最多", "大约", "大概", "约", "几乎", "将近",
                 "近乎", "at least", "at most", "about", "around", "approximately",
                 "roughly", "almost", "nearly"}
# The Chinese gap, in the order it is read: an adverb, a light verb, 了, 每隔 / 每.
_ZH_GAP_WORDS = (
    ("还", "也", "就", "都", "仍", "才", "已经", "已"),
    ("需要", "需", "要", "得", "花费", "花", "耗时", "用", "有", "是", "为", "达到", "达", "在", "会",
     "能", "可以", "可", "增长", "增加", "下降", "减少", "上涨", "下跌", "提高", "降低", "相差",
     "落后", "领先", "占",  # 约占24%: about 24 percent of it
     # verbs of winning: 约斩获610万票, 约拿下489万票 (about 6.1 million votes won)
     "斩获", "获得", "取得", "赢得", "夺得", "拿下", "获"),
    ("了",),
    # 每 and a rate's time unit: 約每小時119公里 is about 119 km an hour
    ("每小时", "每秒钟", "每秒", "每分钟", "每天", "每日", "每隔", "每"),
)
_ZH_GAP = "".join("(?:" + "|".join(words) + ")?" for words in _ZH_GAP_WORDS) + r"\s?"  # 约每小时 119 公里
_EN_GAP = r"(?:(?:once\s)?every|each|another|a\sfurther)\s"
_QUAL_MID = {"余": "more than", "多": "more than", "几": "more than",
             "+": "more than", "来": "about"}
_QUAL_END = {"多": "more than", "左右": "about", "以上": "more than", "以下": "less than",
             "以内": "at most", "or more": "at least", "or so": "about",
             "or less": "at most", "or fewer": "at most", "plus": "more than",
             "-plus": "more than", "-odd": "more than"}
_COUNTERS = (
    "个月 财季 季度 小时 分钟 公里 平方米 人次 架次 "  # (人次, person-times: 10.2万人次 counts visits, not people)
    "个 家 枚 次 款 位 人 台 块 张 件 项 条 种 颗 只 架 辆 座 部 本 篇 届 代 轮 "
    "倍 年 天 周 岁 季 片 股 所 间 层 道 批 笔 场 份 起 例 封 首 户 套 支 组 段 页 "
    "期 吨 米 秒 票 处 国 省 城 县 区 "
    "斤 亩 "  # weight and area in Chinese farm figures (546亿斤, 986万亩)
    "席 方面 "  # seats (取8席, 多取得一席); aspects (五方面, but 一方面 is "on the one hand")
    "连败 连胜 局 轰 球 度 级 "  # sports: 二连败, 十局, 三轰, 三度领先 (times); levels: 国家4级, 三级
    "强 弱"  # the halves of a seismic intensity level (震度5弱, 6强级): 5强 is a level of its own, not 5弱
).split() + [r"市(?![场值民长委政])",  # 9市 are nine cities; 市场, 市值 are other words
              r"分(?![之钟球线])",  # points (独得63分); 3分之1 is a fraction, 5分钟 minutes, 三分球 a shot
              # 码 (碼): a step of a policy rate (升息1码, 两码, a quarter point), a yard, a size; not 码头, a wharf
              r"码(?!头)",
              # a record's wins and losses (七胜二败, 55胜60败); not the idioms 两败俱伤, 一败涂地, nor 百胜中国, 胜利, 胜任
              r"胜(?![利任于过出者中])", r"败(?!俱|涂地)",
              # people (5名员工); not 名列, "ranks" (以三百五十多万名列第一: the count, then the verb)
              r"名(?!列)",
              # villages and boroughs of a township (和美镇6里, 花坛乡2村, 竹南镇23里): a count of them, as 5区 counts districts;
              # not 里程, 里面, 村民, 村长
              r"里(?![程面头外边])", r"村(?![民长里落庄])",
              # laps and rounds (绕地球赤道16圈, 跑了25圈); not 圈子, 圈内
              r"圈(?![子内])"]
_INTENSITY_HALVES = frozenset("强弱")
# Counters that count the same things: 次 and 起 occurrences (391次 and 391起 of one tally of quakes), 名 and 人 people
# (2名罹难者 are 2人).
_COUNTER_SYNONYMS = (frozenset(("次", "起")), frozenset(("名", "人")))
# A lone numeral and a counter that make a word: 一度 is "at one time" (股价一度上涨).
_NUMERAL_WORDS = frozenset({"一度", "十分", "万分", "一方面"})  # and 十分 is "very"
# Characters after which a bare number is an amount (增长30, 从100, 为5)
# rather than the tail of a product name (思元590芯片, 昇腾920芯片).
_AMOUNT_LEAD = set(
    "的是为达到至从约近超逾第共有和与及或仅只才已将增减涨跌升降比占前后每等了过以在"
    "于合计值额率报收余剩付花售卖买用耗投获赚亏损高低多少上下再又也还均各总净营入出"
    "之中内外间起止幅价量数则即就都而并但若如令使让给向对把被由自截"
    # verbs that take a figure as their object (独得63分, 合砍47分, 狂轰50分, 抢下12个):
    # what follows them is a score or count, never the tail of a model name
    "得砍拿夺轰抢送罚献攻投"
    # 连 (in a row) before a number counts a run of events (连5冻, 连3涨: five holds, three rises in a row)
    "连"
)
# Characters before which a bare number is a count of an outcome (12死、1133伤, 3胜2负, 8胜4败: the dead, the
# injured, wins and losses), not the head of a model name.
# The dead and the injured are people: such a count counts what 人 counts (12死 grounds "12人").
_PEOPLE_AFTER = set("死伤傷亡")
_COUNT_AFTER = _PEOPLE_AFTER | set("胜勝负負败敗")
# The last character of a part of the day (下午, 早上, 凌晨, 晚间): a number after it and before 点 is an hour; after any
# other word (大盘49点, 均线31372点) 点 counts an index's points, no tail of a model name. (A level crossed, 跌破3300点,
# stays out as before: a round mark, not a level the index stood at.)
_HOUR_BEFORE = set("午上晨晚间夜")


# Thousands grouped by a space (570 000 oz, 290 733 oz, between 50 000 oz and 55 000 oz: the South African and
# European press): one number where a unit, a percent sign or a scale's letters follow; not after a month, a day's
# number or a label (May 5 100 people, no. 3 500 units: two numbers). Any other word after the group makes it a
# count and a name (25 777Xs, 12 787s, 73 787 Dreamliners, 23 737 Max: a count of a model, not 25,777). (So "3 500
# jobs" reads as two numbers too: the case that would tell a model's name from a noun is folded away before this reads
# the text, and the tables hold counts of models written so, no counts of people.)
_SPACED_UNIT_WORDS = sorted({w for table in (_MEASURES, _UNITS, _EN_SCALE) for w in table if w.isascii() and w[0].isalpha()}
                            | {"%"}, key=lambda w: (-len(w), w))  # (a fixed order: the pattern is cached by its text)
_SPACED_THOUSANDS = (
    r"(?<![\d.,])" + "".join(f"(?<!{w} )" for w in (
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january",
        "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "no.", "no", "page", "p.", "pp.", "number", "route", "region", "phase", "stage", "section", "article"))
    + r"\d{1,3}(?: \d{3})+(?:\.\d+)?(?![\d,])(?=\s?(?:%|(?:"
    + "|".join(re.escape(w) for w in _SPACED_UNIT_WORDS if w != "%") + r")(?![a-z])))"
)


def _alt(words, guards: dict[str, str] | None = None) -> str:
    """Regex alternation, longest first, ASCII words closed by a word break.

    ``guards`` maps a word to a lookbehind that must hold before it.
    """
    # Consecutive words with the same word breaks share them, written once around
    # their alternation: the same matches (the alternatives are tried in the same
    # order), and a fraction of the pattern to compile at start-up.
    parts = []
    run: list[str] = []
    run_breaks = None
    # (then alphabetically: a set's order changes with each run's hash seed, and so would the pattern, each run's
    # a new one to compile and keep; two words of one length never match at one place, so the order is free)
    for w in sorted(words, key=lambda w: (-len(w), w)):
        guard = (guards or {}).get(w, "")
        breaks = (w[0].isascii() and w[0].isalpha(), w[-1].isascii() and w[-1].isalpha())
        if guard or breaks != run_breaks:
            _flush(run, run_breaks, parts)
            run, run_breaks = [], breaks
        run.append(guard + re.escape(w))
        if guard:  # a guarded word stands alone: its guard sits after the break before it
            _flush(run, run_breaks, parts)
            run, run_breaks = [], None
    _flush(run, run_breaks, parts)
    return "(?:" + "|".join(parts) + ")"


def _flush(run: list[str], breaks, parts: list[str]) -> None:
    """Add ``run``, words with the same word ``breaks`` (before, after), to ``parts``."""
    if not run:
        return
    p = run[0] if len(run) == 1 else "(?:" + "|".join(run) + ")"
    before, after = breaks
    parts.append((r"(?<![a-z])" if before else "") + p + (r"(?![a-z])" if after else ""))


_ARABIC = r"(?<!\d\.)\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|" + _SPACED_THOUSANDS + r"|(?<!\d\.)\d+(?:\.\d+)?"
_CN_RUN = (
    # (廿 and 卅 are twenty and thirty; ○, a circle, is the zero Taiwan's press writes inside a number: 三一○七)
    # (a circle may open a number only before its decimal point: ○．七一％ is 0.71%, ○○ alone is a placeholder)
    r"(?:[〇零一二两三四五六七八九十廿卅]|○(?=\.[〇○零一二三四五六七八九]))[〇○零一二两三四五六七八九十廿卅百千万亿]*"
    # a decimal part after 点, or after a point between digits read one by one (六八三．七, 三．〇四)
    # (‧, the hyphenation point Taiwan's press sets between Chinese numerals, is a decimal point too: 七十七‧五%)
    r"(?:(?:点|[.‧](?=[〇○零一二三四五六七八九]))[〇○零一二三四五六七八九]+)?"
    # a scale alone is one of it after a qualifier or before 余/多 (近千万条, 逾百家, 百余位), not in
    # words (千万不要, 百姓, 万一)
    r"|(?<=[近逾超约])[百千万][百千万亿]*|[百千](?=[余多][^\W\d_a-z])"
)
_EN_CARD = _alt(list(_EN_UNITS) + list(_EN_TENS))
_EN_SCALE_TOK = (
    rf"(?:hundred(?:\sand(?=\s{_EN_CARD}))?|thousand|million|billion|trillion)(?![a-z])"
)
_EN_ORD_TOK = _alt(_EN_ORD)
_EN_RUN = (
    rf"(?<![a-z\d]){_EN_CARD}(?:[\s-]+(?:{_EN_CARD}|{_EN_SCALE_TOK}))*"
    rf"(?:[\s-]+{_EN_ORD_TOK})?|(?<![a-z\d]){_EN_ORD_TOK}"
)
_COUNTER_ALT = "(?:" + "|".join(sorted(_COUNTERS, key=len, reverse=True)) + ")"

# Indefinite number words: a quantity of the order they name (hundreds, 数百 are
# "of the order of 100"), equal to each other across scripts and never to a figure.
# 数 after a noun it counts (人数, 总数十万) and 上 in other words (晚上千万) are no such word.
_ZH_ORDER = (
    r"(?:(?<![总人次件户指倍分系基变参读多少岁票台位天年页字股单双无函])数|几)(?P<zo>十[百千万亿]*|[百千万亿]+)"
    r"|(?<![晚早马路线向以之])上(?P<zo2>[百千万亿]+)|成(?P<zo3>[百千])(?:上[千万])?"  # 成千上万: thousands
)
_EN_ORDER = (
    r"(?<![a-z])(?:(?P<eo1>tens|dozens|hundreds)\sof\s(?P<eo2>thousands|millions|billions)"
    r"|(?P<eo3>dozens|hundreds|thousands|millions|billions)"
    r"|several\s(?P<eo4>dozen|hundred|thousand|million|billion))(?![a-z])"
)
_ORDER_WORDS = {"tens": 10, "dozens": 12, "dozen": 12, "hundreds": 100, "hundred": 100,
                "thousands": 10**3, "thousand": 10**3, "millions": 10**6, "million": 10**6,
                "billions": 10**9, "billion": 10**9}
_CORE_RE = compile_pattern(
    rf"(?P<pct>百分之\s?)?(?:(?P<ar>{_ARABIC})|(?P<cn>{_CN_RUN}))"
    rf"|(?P<shou>首)(?={_COUNTER_ALT})"
    rf"|(?P<zorder>{_ZH_ORDER})"
    rf"|(?P<eorder>{_EN_ORDER})"
    r"|(?P<fd>(?<![a-z])(?:half|quarters?|thirds|fifths|eighths|tenths)(?![a-z]))"
    r"|(?P<ban>(?<=[逾过超近])半(?![年月天日小个])|(?<![一大多前后上下])半数)"  # 逾半, 过半, 半数: half of them
    # half a year, a month, an hour, a day, a step (半年, 半个月, 半小时, 半天, 半码), not a half of one (上半年, 半年报)
    r"|(?P<bant>(?<![上下前后多大一两二三四五六七八九十\d])半(?=个月|小时|天|年(?![度报末初])|码(?!头)))"
    r"|(?P<dz>(?<![a-z])dozen(?![a-z]))"
    # a unit of time alone (less than a minute, nearly an hour): read with a qualifier or as the whole text
    r"|(?P<one>(?<![a-z])an?(?=\s(?:hours?|minutes?|seconds?|days?|weeks?|months?|years?|decades?)(?![a-z])))"
    # once, twice, thrice: a count of times where it ends its clause (won just once, dropped twice, by 41
    # seconds; once in 16 tries), not a ratio (twice as many, twice the size), a rate (once a year), a
    # former state (once the largest, once-mighty) or a conjunction (once the deal closes)
    r"|(?P<tw>(?<![a-z])(?<!at\s)(?<!for\s)(?:once|twice|thrice)"
    r"(?=\s?[,.;:!?)\]\"”’]|\s[–—]|\s(?:in|before|since|during|so\sfar|to\sdate|already|this|last)\s|\s*\Z))"
    rf"|(?P<en>{_EN_RUN})"
)
# Where _CORE_RE can start: a digit, a Chinese numeral, 百 (百分之), 首, or a word
# (a run of letters) that is an English number word. Found with this one class,
# so that the alternation is tried at those positions only (see _next_number).
_NUMBER_START_RE = compile_pattern(r"[\d〇○零一二两三四五六七八九十廿卅百首半]|(?<=[近逾超约])[千万]|千(?=[余多])|[数几上成](?=[十百千万亿])|(?<![a-z])[a-z]+")
_EN_FIRST_WORDS = (frozenset(_EN_UNITS) | frozenset(_EN_TENS) | frozenset(_EN_ORD)
                   | {"tens", "dozens", "hundreds", "thousands", "millions", "billions", "several"}
                   | {"half", "quarter", "quarters", "thirds", "fifths", "eighths", "tenths", "dozen",
                      "a", "an", "once", "twice", "thrice"})
# 买超 / 卖超 (net buying, net selling: 外资卖超5.73亿元) are verbs, their figure stated exactly; 出超 / 入超 (a
# trade surplus, a deficit: 前十月出超1218亿美元) are nouns, the balance itself — but not where 出/入 ends another
# word (支出超100亿元, 收入超3万元: spending, income of more than).
_QUAL_GUARDS = {"近": "(?<![最附])", "约": "(?<![合签预节制公])", "破": "(?<![打突跌击攻爆冲])",
                "超": "(?<![买卖])(?:(?<![出入])|(?<=[支输产付售卖推演展调派拨流转溢指收投加进纳录引购注汇融][出入]))"}
_PREFIX_RE = compile_pattern(
    # 最近一个交易日 is "the latest trading day", not "nearly one".
    rf"(?:(?P<qa>{_alt(_ADVERB_QUALS, _QUAL_GUARDS)})\s?(?:{_ZH_GAP}|{_EN_GAP})"
    rf"|(?P<q>{_alt(_QUAL_PREFIX, _QUAL_GUARDS)})\s?)?"
    rf"(?P<per>每股\s?)?(?:(?P<cur>{_alt(_CUR_PREFIX)})\s?)?(?P<ord>第\s?)?\Z"
)
# How far before a number its prefix (qualifier, gap, currency, 第) may start.
_PREFIX_WINDOW = 32


def _by_last(words) -> dict[str, tuple[str, ...]]:
    """``words`` keyed by their last character, for reading a text right to left."""
    table: dict[str, list[str]] = {}
    for w in words:
        table.setdefault(w[-1], []).append(w)
    return {c: tuple(ws) for c, ws in table.items()}


# The parts of _PREFIX_RE, each keyed by its last character (see _prefix).
_ORD_ENDS = _by_last(["第"])
_CUR_ENDS = _by_last(_CUR_PREFIX)
_PER_ENDS = _by_last(["每股"])
_QUAL_ENDS = _by_last(_QUAL_PREFIX)
_ADVERB_ENDS = _by_last(_ADVERB_QUALS)
_ZH_GAP_ENDS = tuple(_by_last(words) for words in reversed(_ZH_GAP_WORDS))
_EN_GAP_ENDS = _by_last(["every", "each", "another", "further"])


def _ends(table: dict[str, tuple[str, ...]], text: str, positions, space: bool = True) -> set[int]:
    """Where a word of ``table`` starts when it ends at one of ``positions``, or
    one white-space character before it (as ``\\s?`` after the word would)."""
    found = set()
    for p in positions:
        for e in (p, p - 1) if space and p and text[p - 1].isspace() else (p,):
            for w in table.get(text[e - 1], ()) if e else ():
                if text.endswith(w, 0, e):
                    found.add(e - len(w))
    return found


def _prefix(text: str, cstart: int) -> re.Match | None:
    """What _PREFIX_RE finds before the number at ``cstart`` (qualifier, currency,
    每股, 第), or None when nothing stands there.

    Searching the window before the number would try the pattern at each of its
    32 positions; reading the text right to left from the number, part by part,
    leaves the few positions where a prefix could start, and the pattern is
    matched there alone, leftmost first: the same match as the search.
    """
    heads = {cstart}
    heads |= _ends(_ORD_ENDS, text, heads)
    heads |= _ends(_CUR_ENDS, text, heads)
    heads |= _ends(_PER_ENDS, text, heads)
    gaps = heads | {p - 1 for p in heads if p and text[p - 1].isspace()}  # (the gap's own \s?: 约每小时 119)
    for table in _ZH_GAP_ENDS:  # 了, 每隔 ...: each part of the gap may be left out
        gaps |= _ends(table, text, gaps, space=False)
    for p in heads:  # "every ", "once every ", "a further "
        if p >= 2 and text[p - 1].isspace():
            for g in _ends(_EN_GAP_ENDS, text, (p - 1,), space=False):
                gaps.add(g)
                if g >= 2 and text[g - 1].isspace() and text.endswith("a", 0, g - 1):
                    gaps.add(g - 2)
                if g >= 5 and text[g - 1].isspace() and text.endswith("once", 0, g - 1):
                    gaps.add(g - 5)
    starts = heads | _ends(_QUAL_ENDS, text, heads) | _ends(_ADVERB_ENDS, text, gaps)
    lo = max(0, cstart - _PREFIX_WINDOW)
    for s in sorted(starts):
        if lo <= s < cstart:
            m = _PREFIX_RE.match(text, s, cstart)
            if m:
                return m
    return None
# A qualifier the question puts on the asked-for figure: 至少还需要多少年,
# 几乎每隔多久, at least how many years, almost every how long. ("about how
# many" is left out: "what did he say about how many ..." is no qualifier.)
# A bound before an English interrogative (above what altitude, more than how many): the figure is
# asked for with that qualifier where the cite states it so ("over what period" is a span, not a
# bound: only above / below take a bare "what"). A Chinese bound before 多少 / 几 reads the same way:
# 成交总量超过多少? 1.2万亿元, 人均GDP将首度升逾多少? 3万美元, 不超过多少? an at-most.
# So does 以上 / 以下 after the interrogative and its counter (规模多少以上? 5.0, 震度几级以上? 3级).
_QUESTION_BOUND_RE = lazy(
    r"(?<![a-z])(?P<q>above|below|under)\swhat\s(?!period|time|span|years?|months?|days?)"
    r"|(?<![a-z])(?P<q2>more than|over|above|in excess of|less than|fewer than|under|below|up to)\show\s(?:many|much|far|high)(?![a-z])"
    r"|(?P<q3>不超过|不少于|不低于|不高于|不多于|(?<!不)(?:超过|多于|高于|大于|低于|少于|小于)|逾|不足|不到|接近|逼近)(?:多少|几)"
    # (突破了多少, 会破多少个: past a figure, asked with the bound the cite's 破 puts on it)
    r"|(?<![打跌击攻爆冲])突?(?P<q5>破)了?(?:多少|几)"
    # (a bound written after the interrogative, 保持在多少以上, 多少万吨以下, 規模多少以上, reads as one before it)
    r"|(?:多少|几)[^\s,;:。?!、()\"'0-9a-z]{0,3}?(?P<q4>以上|以下)",
    needs=("how", "what", "多少", "几"),
)
_QUESTION_QUAL_RE = compile_pattern(
    rf"{_alt({w for w in _ADVERB_QUALS if not w.isascii()}, _QUAL_GUARDS)}"
    r"[^\s,;:。!?、()\"'0-9]{0,8}?(?:多少|多久|多长|多大|多高|多远|几)"
    rf"|{_alt({w for w in _ADVERB_QUALS if w.isascii()} - {'about', 'around'})}"
    r"\s(?:(?:once\s)?every\s|each\s|another\s)?"
    r"(?:how\s(?:many|much|long|far|often|big|high|large)|what)(?![a-z])"
)
# "about how many" qualifies where "about" cannot be the preposition of a word before it:
# at the start of the question or a clause, or after a preposition or "be" (About how
# many seconds …?, At about how many feet …?), not in "What did he say about how many …?".
_QUESTION_ABOUT_RE = lazy(
    r"(?:^|[,;:]\s?|(?<![a-z])(?:at|of|by|for|to|from|in|within|with|is|was|were|are|be|been)\s)"
    r"(?:about|around)\s(?:how\s(?:many|much|long|far|often|big|high|large))(?![a-z])", needs='how'
)
_QUESTION_QUAL_HEAD_RE = compile_pattern(_alt(_ADVERB_QUALS, _QUAL_GUARDS))
_ORD_SFX_RE = compile_pattern(r"(?:st|nd|rd|th)(?![a-z])")
_QUAL_MID_RE = compile_pattern(r"余(?!震)|[多几来+]")  # 6余震 is an aftershock of magnitude 6, not "more than 6"
_CN_SCALE_RE = compile_pattern(r"\s?(?:[百万亿]|千(?![克米])|兆(?![瓦赫帕焦字比位欧伏安吨卡]))+")
_QUAL_MID_AFTER_SCALE_RE = compile_pattern(r"[余多]")
_EN_SCALE_RE = compile_pattern(
    r"[\s-]?(?P<w>hundred|thousand|million|billion|trillion|mn|mln|mil|bn|bln|bil|tn|trn)(?![a-z])"
    r"|(?P<g>[kmb])(?![a-z])"
)
_ARTICLE_ORDINAL_RE = lazy(r"\s*the\s(?=\d+(?:st|nd|rd|th)(?![a-z\d]))", needs="the")
_HYPHENED_PERCENT_RE = lazy(r"-(?:percent|per\scent|pct)(?![a-z])", needs="-")
_UNIT_WORDS = WordTable(_UNITS)  # a unit after the number, as \s?(?P<u>{_alt(_UNITS)})
_MEASURE_WORDS = WordTable(_MEASURES)
_PER_SHARE_RE = compile_pattern(
    r"\s?(?:/\s?股|每股|/\s?share|per (?:(?:basic|diluted) )?(?:common )?share|a share)(?![a-z])"
)
_COUNTER_RE = compile_pattern(rf"(?P<c>{_COUNTER_ALT})|(?P<x>x|-?fold)(?![a-z])")
# 3倍多, 一年多: 多 after the counter; but 多为/多数 after it start a new word.
_QUAL_END_RE = compile_pattern(
    rf"\s?(?P<q>{_alt(set(_QUAL_END) - {'多'})})|(?P<duo>多)(?![为数半少种样])"
)
# A vulgar fraction after a whole number's digits: 1/2, 4-3/4, 4 3/4, and ½ (which
# normalize folds to 1⁄2, glued to a whole number before it: 4¾ is 43⁄4). A slash
# between larger numbers, or one of a date (7/16/2025, 16/7) or a ratio (24/7), is
# no fraction: the numerator must be below the denominator, the denominator one of
# _FRACTION_DENOMINATORS, and no slash or digit may stand on either side.
_FRACTION_RE = lazy(r"(?:(?P<sep>[\s-])(?P<num>\d{1,2}))?(?P<slash>[/⁄])(?P<den>\d{1,2})(?![\d/⁄]|[.,]\d)")
_FRACTION_DENOMINATORS = frozenset({2, 3, 4, 8, 16})
_NAME_LEFT_RE = compile_pattern(r"[a-z][a-z0-9-]*\Z")
_NAME_RIGHT_RE = compile_pattern(r"[a-z0-9]{0,24}")  # bounded: scanning stays linear
_EN_SPLIT_RE = compile_pattern(r"[\s-]+")
# A field's label run into its value, as infoboxes are stored (Land1,706.89 sq mi, average580
# m3/s, elevation1,078 m): a word of three or more letters, then a number grouped in thousands
# or one followed by a unit of measure. A code glued to digits (h20, gb200, python3.11) is a name.
_LABEL_WORD_RE = compile_pattern(r"\A[a-z-]*[a-z]{3}\Z")
_GROUPED_RE = compile_pattern(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?\Z")
_PER_UNIT_RE = compile_pattern(r"(?:/\s?|\s(?=(?:sq|cu)\s))(?:(?:sq|cu)\s)?[a-z]{1,3}[23²³]?(?![a-z\d])")


def label_value(text: str, cstart: int, cend: int, digits: str) -> bool:
    """Whether the number at ``cstart:cend``, glued to a word before it, is a value its word
    labels: grouped in thousands, or measured by a unit after it (a rate's slash allowed)."""
    if text.startswith("°", cend) and text[cend + 1:cend + 2].isdigit():
        return False  # coordinates48°05′44″n: an angle's degrees, no value of the label
    if _GROUPED_RE.match(digits) or _PER_UNIT_RE.match(text, cend):
        return True  # 291,247; 170.6/sq mi, a rate per unit; 239.80 sq mi, a unit written in two words
    return bool(_UNIT_WORDS.match(text, cend) or _measure_at(text, cend))


# Words whose topic "about" (or "around") introduces: nouns and adjectives of speech,
# thought and feeling, and the verbs among them that take no count as their object
# (talked about, worried about). After one, "about two" is no estimate. Verbs that may
# take a count (asked about 500 people, heard about 30 shots, reports about 500 cases)
# are left out: there "about" may still qualify.
_TOPIC_HEAD_RE = lazy(
    r"(?<![a-z])(?:questions?|concerns?|concerned|worr(?:y|ies|ied|ying)|fears?|doubts?|news|information"
    r"|details?|stor(?:y|ies)|complain(?:ts?|ed|ing|s)?|debates?|debated|discussions?|talks?|talk(?:ed|ing)"
    r"|conversations?|rumou?rs?|speculation|lessons?|facts?|truth|allegations?|claims|inquir(?:y|ies)"
    r"|queries|warnings?|reminders?|thoughts?|ideas?|opinions?|views|feelings?|think(?:s|ing)?"
    r"|spoke|speak(?:s|ing)?|spoken|argu(?:e|ed|es|ing)|wonder(?:s|ed|ing)?|jok(?:e|ed|es|ing)"
    r"|learn(?:ed|t|s|ing)?|care[sd]?|caring|curious|anxious|nervous|excited|upset|unsure|uncertain"
    r"|confused|clear|sure|serious|more|much|little|something|anything|nothing|everything)"
    r"(?:\s(?:many|several|some|all|these|those|the|a))?\s\Z"
)
# Words over whose object "over" is fought (a dispute over two islands, clashed over
# three villages), and verbs whose particle it is (handed over 41 ships); after one, "over two" is no "more than two".
_DISPUTE_HEAD_RE = lazy(
    r"(?<![a-z])(?:disputes?|disputed|disputing|fight(?:s|ing)?|fought|battles?|battled|clash(?:es|ed)?"
    r"|rows?|tensions?|conflicts?|quarrel(?:s|ed|led)?|argu(?:e|ed|es|ing)|feuds?|feuding|split|divided"
    r"|worr(?:y|ies|ied)|concerns?|fears|anger|outrage|protests?|protested|control|sovereignty"
    r"|jurisdiction|standoff|wrangl(?:e|ed|ing)|sued|lawsuits?|negotiations|talks)"
    r"(?:\s(?:the|a|its|their))?\s\Z"
    # and a verb whose particle "over" goes with it (handed over 41 ships): no "more than" (not the noun: on the other
    # hand over 40%; nor "signed over 300 customers", which is more than 300)
    r"|(?<![a-z])hand(?:s|ed|ing)\s\Z"
)
# Verbs of motion whose particle "up" goes with them (inch up to 2.7 percent, picking up to 3.5 percent, ticked up to):
# the level the move reaches, not "at most"; so is a count "now up to" a number (the outbreak is now up to 68 cases:
# it has risen to 68). (Not "go": the fine can go up to $10,000 is a bound.)
_MOTION_HEAD_RE = lazy(
    r"(?<![a-z])(?:inch(?:es|ed|ing)?|pick(?:s|ed|ing)?|tick(?:s|ed|ing)?|edg(?:e|es|ed|ing)|mov(?:e|es|ed|ing)"
    r"|went|step(?:s|ped|ping)?|ramp(?:s|ed|ing)?|climb(?:s|ed|ing)?|creep(?:s|ing)?|crept"
    r"|nudg(?:e|es|ed|ing)|drift(?:s|ed|ing)?|trend(?:s|ed|ing)?|shot|shoot(?:s|ing)?|jump(?:s|ed|ing)?"
    r"|bump(?:s|ed|ing)?|revis(?:e|es|ed|ing)|speed(?:s|ing)?|sped|perk(?:s|ed|ing)?|firm(?:s|ed|ing)?|now)\s\Z"
)
_PREPOSITION_HEADS = {"about": _TOPIC_HEAD_RE, "around": _TOPIC_HEAD_RE, "over": _DISPUTE_HEAD_RE, "up to": _MOTION_HEAD_RE}
# "per second" is a unit of time, not the ordinal 2.
_PER_SECOND_RE = lazy(r"per\s\Z")


# --- number words ------------------------------------------------------------

_CN_SPELLINGS = str.maketrans({"○": "〇", "廿": "二十", "卅": "三十"})  # other ways to write a numeral


def _cn_section(s: str) -> int | None:
    """A Chinese number below 10^4 (十, 三百零五, 两千); None if malformed."""
    total = 0
    digit: int | None = None
    last_unit = 10**4
    after_zero = False
    for ch in s:
        if ch in "零〇":
            if digit is not None:
                return None
            after_zero = True
        elif ch in _CN_DIGIT:
            if digit is not None:
                return None
            digit = _CN_DIGIT[ch]
        else:
            unit = _CN_SMALL[ch]
            if unit >= last_unit:
                return None
            if digit is None:
                if ch != "十" or (total and not after_zero):
                    return None
                digit = 1  # 十五 is 15, 一百零十 reads as 110
            total += digit * unit
            digit = None
            last_unit = unit
            after_zero = False
    if digit is not None:
        if last_unit < 10**4 and last_unit >= 100 and not after_zero:
            total += digit * last_unit // 10  # 三百五 is 350
        else:
            total += digit
    return total


def _cn_int(s: str) -> int | None:
    """A Chinese integer; 万 (10^4) and 亿 (10^8) multiply what precedes them."""
    if len(s) >= 2 and all(c in "〇零一二三四五六七八九" for c in s):
        if len(s) >= 3 or "〇" in s or "零" in s:
            return int("".join(str(_CN_DIGIT[c]) for c in s))  # 二〇二三
        return None  # 一二, 三四: "one or two", an estimate
    for ch, exp in (("亿", 8), ("万", 4)):
        if ch in s:
            left, _, right = s.rpartition(ch)
            hi = _cn_int(left) if left else None
            if hi is None:
                return None
            if len(right) == 1 and right in _CN_DIGIT and right not in "零〇":
                return hi * 10**exp + _CN_DIGIT[right] * 10 ** (exp - 1)  # 一万二
            right = right.lstrip("零〇")
            lo = _cn_int(right) if right else 0
            if lo is None or lo >= 10**exp:
                return None
            return hi * 10**exp + lo
    if len(s) == 1 and s in "零〇":
        return 0
    return _cn_section(s)


def _cn_number(s: str) -> Decimal | None:
    """A Chinese numeral with an optional 点 decimal part (三点五).

    No real number has 40 Chinese numerals; a longer run is noise, and
    refusing it keeps the recursive reading shallow.
    """
    if len(s) > 40:
        return None
    if not s.isascii():
        s = s.translate(_CN_SPELLINGS)
    whole, dot, frac = s.replace(".", "点").replace("‧", "点").partition("点")
    n = _cn_int("一" + whole if whole and whole[0] in "百千万" else whole)  # 近千万: one 千万
    if n is None:
        return None
    if not dot:
        return Decimal(n)
    return Decimal(f"{n}.{''.join(str(_CN_DIGIT[c]) for c in frac)}")


def _en_number(s: str) -> tuple[Decimal, bool] | None:
    """English number words: (value, is ordinal); None if not one number."""
    words = [w for w in _EN_SPLIT_RE.split(s) if w and w != "and"]
    total = current = 0
    last = ""  # kind of the previous word
    ordinal = False
    for i, w in enumerate(words):
        if w in _EN_ORD:
            if i != len(words) - 1:
                return None
            ordinal = True
            v = _EN_ORD[w]
            big = w in ("hundredth", "thousandth", "millionth", "billionth")
        else:
            v = _EN_UNITS.get(w, _EN_TENS.get(w, _EN_WORD_SCALE.get(w, 0)))
            big = w in _EN_WORD_SCALE
        if big:
            if last not in ("unit", "teen", "ten", "hundred") or (v == 100 and last == "hundred"):
                return None
            if v == 100:
                current *= 100
                last = "hundred"
            else:
                total += current * v
                current = 0
                last = "scale"
            continue
        kind = "unit" if v < 10 else "teen" if v < 20 else "ten"
        allowed = ("", "ten", "hundred", "scale") if kind == "unit" else ("", "hundred", "scale")
        if last not in allowed:
            return None
        current += v
        last = kind
    return Decimal(total + current), ordinal


# --- scanning ---------------------------------------------------------------

def _shift(value: Decimal, exp: int) -> Decimal:
    """``value`` x 10^exp, exactly (Decimal arithmetic would round at 28 digits)."""
    sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    return Decimal((sign, digits, exponent + exp))


def _scale(text: str, pos: int, kind: str, digits: str, after_mid: bool, unit: str | None):
    """The scale word at ``pos`` and its power of ten, or None.

    Chinese scales follow any number (48.5万, 十余万); a Chinese numeral run
    already holds its own 万/亿 unless a qualifier split it. English scales
    follow Arabic digits; a lone ``b`` is billion only after a currency.
    """
    if kind == "en" or kind == "shou" or text.startswith("百分点", pos + (text[pos:pos + 1] == " ")):
        return None  # (9百分点 is nine percentage points, not 900 分)
    sc = _CN_SCALE_RE.match(text, pos)
    if sc and (kind == "ar" or after_mid or "点" in digits or "." in digits):
        chars = sc.group().strip()
        return sc, sum(_CN_SCALE[c] for c in chars)
    if kind != "ar":
        return None
    es = _EN_SCALE_RE.match(text, pos)
    if es and es["g"] == "m" and unit is None and _metres(text, es.end()):
        return None
    if es and (es["w"] or es["g"] != "b" or unit is not None):
        return es, _EN_SCALE[es["w"] or es["g"]]
    return None


# After a number and its bare m, what leaves the m a metre: the end, a mark, or a word that does
# not name what a million would count (above 7900m and, Camp VII (7315m), 8848m high).
_METRE_AFTER_RE = lazy(
    r"\s?(?:[^\sa-z0-9$£€¥]|\Z|(?:and|or|to|in|on|at|above|below|up|down|high|tall|deep|long|wide|away|from|with|by|"
    r"the|a|an|when|where|while|before|after|then|but)(?![a-z]))"
)


def _metres(text: str, end: int) -> bool:
    """Whether the bare m before ``end`` is a metre: no money goes with it (a currency sign was
    read before; 100m yuan, 5m euros after) and no noun a million would count follows (5m people)."""
    if _UNIT_WORDS.match(text, end) is not None:
        return False
    return _METRE_AFTER_RE.match(text, end) is not None


_RACE_TIME_RE = lazy(r"(?<![\d:.])(?P<m>\d{1,2}):(?P<s>[0-5]\d\.\d{1,3})(?![\d:])")
_MIXED_TAIL_RE = compile_pattern(
    r"(?P<d>\d+\.\d+(?=[万亿])|\d{1,3}(?:,\d{3})+|\d+)(?![\d.]|,\d)(?P<small>[十百千]?)(?P<big>[万亿]*)"
)  # (413万1,298; 2兆589.49亿: a decimal group only before its own scale)


def _mixed_tail(text: str, pos: int, head: Decimal, exp: int, skip) -> tuple[Decimal, int] | None:
    """The rest of a number written in two groups: 13万8千亿, 21万4000, 1亿2000万, 413万1,298, 2兆589.49亿.

    ``head`` (13万, already scaled by 10^exp) is followed at ``pos`` by a
    smaller group. A scale after that group larger than the head's (亿 in
    13万8千亿) multiplies both groups; a smaller one (万 in 1亿2000万) only the
    second. The second group must be below 10^exp, else it is another number;
    a lone digit is the next place (21万4 is 214,000, as 一万二 is 12,000).
    """
    m = _MIXED_TAIL_RE.match(text, pos)
    if m is None or any(a < m.end() and m.start() < b for a, b in skip):
        return None
    small = _CN_SCALE[m["small"]] if m["small"] else 0
    big = sum(_CN_SCALE[c] for c in m["big"])
    part = Decimal(m["d"].replace(",", ""))
    if not small and not big and len(m["d"]) == 1:
        part = _shift(part, exp - 1)
    else:
        part = _shift(part, small)
    if big >= exp:
        if part >= _shift(Decimal(1), exp) or big == exp:
            return None
        return _shift(head + part, big), m.end()
    part = _shift(part, big)
    if part >= _shift(Decimal(1), exp):
        return None
    return head + part, m.end()


# Room for the texts of a 5,000-card deck (about 7,000 cites, answers and
# translations): a smaller cache forgets a cite before its last reader comes.
@lru_cache(maxsize=8192)
def _scanned(text: str) -> tuple[tuple, tuple, tuple]:
    found, other, ranged = _scan_text(text)
    return tuple(found), tuple(other), tuple(ranged)


def _scan(text: str, ranges: bool = False) -> tuple[list[Quantity], list[_Name]]:
    """:func:`_scan_text`, read once per text: a card's cite is read by its check, its
    translation's check, binding and lint alike. The lists are the caller's own.

    With ``ranges``, the lower end of a range takes the unit, counter and scale written
    once after its upper end (4-3/4 to 5 percent: 4.75%). Grounding reads ranges so;
    binding does not yet, since it would take the two ends for competing values.
    """
    found, other, ranged = _scanned(text)
    return list(ranged if ranges else found), list(other)


def _next_number(text: str, pos: int) -> re.Match | None:
    """``_CORE_RE.search(text, pos)``, tried only where a number can start."""
    return search_at_starts(_CORE_RE, _NUMBER_START_RE, _EN_FIRST_WORDS, text, pos)


_FRACTION_SLASHES = frozenset("/⁄")
_FRACTION_STARTS = frozenset(" -")  # 4-3/4, 4 3/4: a slash two or three characters on
# The other side of a game score, after 比: 五比四, 5比4 (not 比去年, 比1年前, 3比2万).
_SCORE_RE = lazy(r"比(?:(?P<ar>\d{1,3})|(?P<cn>[〇零一二两三四五六七八九十]{1,3}))(?![\d.,%百千万亿年月日天周倍个])")


# Fraction words: a numerator word and a denominator (two-thirds, a quarter, one-half).
_FRACTION_NUMS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                  "six": 6, "seven": 7}
_FRACTION_DENS = {"half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
                  "fifth": 5, "fifths": 5, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10}
_FRACTION_NUM_BEFORE_RE = compile_pattern(r"(?<![a-z])(an?|one)[\s-]\Z")
_EN_FRACTION_RE = compile_pattern(
    r"(?P<fn>one|two|three|four|five|six|seven)[\s-](?P<fd>half|thirds?|quarters?|fifths?|eighths?|tenths?)(?![a-z])"
)
# Between a fraction word and its unit: half a percentage point, a quarter of a point.
_FRACTION_GAP_RE = compile_pattern(r"(?:\sof)?(?:\san?)?(?=\s)|-(?=point)")
_POINT_RE = compile_pattern(r"\s?points?(?![a-z])")
# Words before "half of" that make it a period or a part named, not a share: the first half of, the other half of.
_HALF_PERIOD_RE = lazy(r"(?<![a-z])(?:first|second|1st|2nd|the|latter|former|other|back|front|this|last|next|each|its|their|his|her)\s\Z")
# What makes a lone "half" a share of something: half of, half the (its, their) ...
_OF_THE_RE = lazy(r"\s(?:of|the|its|their|his|her)\s", needs=('her', 'his', 'its', 'of', 'the'))
_TRAILING_MARKS = " .,;:!?\u3002\uff0c"


def _alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the whole text but a qualifier before it and marks after it
    (an answer that is only a fraction: a third, nearly half, 一半)."""
    if text[end:].strip(_TRAILING_MARKS):
        return False
    if start == 0 or not text[:start].strip():
        return True
    p = _prefix(text, start)
    return p is not None and not text[:p.start()].strip() and bool(p["q"] or p["qa"])


def _fraction_words(text: str, num_word: str | None, den_word: str, end: int, start: int):
    """(value, end, unit) of a fraction in words from ``start`` to ``end``, or None.

    A fraction word is read only where it cannot be a period or an ordinal: with a
    unit after it (half a percentage point; a quarter point: "point" after a fraction
    is a percentage point), before "of" (two-thirds of, half of the staff, but not the
    first half of), hyphenated after a number word (one-half, three-quarters), or as
    the whole text but a qualifier (an answer: a third, nearly half, three quarters).
    """
    num = _FRACTION_NUMS[num_word] if num_word else None
    den = _FRACTION_DENS[den_word]
    if (num or 1) >= den or den_word.endswith("s") != (num is not None and num > 1):
        return None
    value = Decimal(num or 1) / Decimal(den)
    gap = _FRACTION_GAP_RE.match(text, end)
    at = gap.end() if gap else end
    u = _UNIT_WORDS.match(text, at)
    if u or at > end and _measure_at(text, at):
        return value, at, None  # the scan reads the unit (or the measure: half an hour)
    pt = _POINT_RE.match(text, at)
    if pt:
        return value, pt.end(), "pp"
    if _alone(text, start, end) and den_word != "quarters":  # (three quarters alone may be three fiscal quarters)
        return value, end, None
    if num is None and _OF_THE_RE.match(text, end) and not _HALF_PERIOD_RE.search(text, max(0, start - 8), start):
        return value, end, None  # half of GOP voters, half the top speed
    if num is None or num_word in ("a", "an") and not text.startswith(" of ", end):
        return None
    if text.startswith(" of ", end) or text[end - len(den_word) - 1] == "-" or num_word == "one" and den == 2:
        return value, end, None
    return None


def _order(m: re.Match) -> Decimal:
    """The order an indefinite number word names: 100 for hundreds and 数百, 10^4 for
    tens of thousands and 数万, 12 for dozens."""
    zh = m["zo"] or m["zo2"] or m["zo3"]
    if zh:
        return _shift(Decimal(1), sum(_CN_SCALE[c] for c in zh))
    value = Decimal(1)
    for g in ("eo1", "eo2", "eo3", "eo4"):
        if m[g]:
            value *= _ORDER_WORDS[m[g]]
    return value


def _score(text: str, cend: int, left: Decimal) -> tuple[Decimal, int, int] | None:
    """A game score N比M as one value, N + M/1000 with the unit ``score`` (so that 五比四
    equals 5比4 and differs from 4比5), its end and where M starts; or None."""
    m = _SCORE_RE.match(text, cend)
    if m is None or left != left.to_integral_value() or not 0 <= left < 1000:
        return None
    right = Decimal(m["ar"]) if m["ar"] else _cn_number(m["cn"])
    if right is None or right >= 1000:
        return None
    return left + right / 1000, m.end(), m.start("ar") if m["ar"] else m.start("cn")


_SCORE_LINKS = frozenset("比-–—")
# A score written with a colon (88:81, 133:117): one value like 5-4, in the order written, since a
# colon never links a range. A clock time (21:18) was taken as a date before this is tried.
_COLON_SCORE_RE = lazy(r":(?P<ar>\d{1,3})(?![\d:]|[.,]\d|\s?[ap]\.?m)")


def _colon_score(text: str, cstart: int, cend: int, left: Decimal, kind: str):
    """A score N:M as :func:`_score` reads N比M, its end and where M starts; or None."""
    if kind != "ar" or not 0 <= left < 1000 or left != left.to_integral_value() or text[cstart - 1:cstart] in (":", "."):
        return None
    m = _COLON_SCORE_RE.match(text, cend)
    return None if m is None else (left + Decimal(m["ar"]) / 1000, m.end(), m.start("ar"))
# The minority side of a tally after its dash: 5-4, 7–2 (not 3-5%, 4-3/4, 2-3 times, 10-1.5).
_TALLY_RE = lazy(r"(?P<link>[-–—](?:to-)?|\sto\s)(?P<ar>\d{1,3})(?![\d/⁄%]|[.,]\d|[a-z])")
# "5 to 4" is a tally only beside a word of voting or winning (ruled 5 to 4, by a vote of
# 7 to 2, a 6 to 3 decision); elsewhere it may be a range (from 5 to 4).
_VOTE_BEFORE_RE = lazy(
    r"(?<![a-z])(?:vot(?:e|ed|es|ing)|ruled?|rules|decided|split|tally|margin|won|wins|lost|beat|defeated)"
    r"(?:\s(?:of|by))?(?:\s(?:a|an))?\s\Z"
)
_VOTE_AFTER_RE = lazy(
    r"\s(?:vote|votes|ruling|decision|verdict|margin|majority|win|victory|loss|defeat)(?![a-z])"
)


# A rate unit glued to its number (2.1m/s, 120km/h): a measure written on, not a name like 910b.
_GLUED_RATE_RE = lazy(r"[a-z]{1,2}/[a-z]{1,2}(?![a-z\d])", needs="/")


_LONE_DIGIT_RE = compile_pattern(r"(?<![\d.])\d\Z")


def _measure_at(text: str, pos: int) -> tuple[str, int] | None:
    """The unit of measure at ``pos`` (after a space or a hyphen: 1,600 feet, a
    two-day wait, a 1,900-foot asteroid) and its end, or None."""
    hyphen = text[pos:pos + 1] == "-"
    me = _MEASURE_WORDS.match(text, pos + 1 if hyphen else pos)
    if me is None or hyphen and not me[1][0].isalpha():
        return None
    if me[1] == "m" and text[me[0]:me[0] + 1] in ("-", "/"):
        return None  # m-2 and m/s are no metres (100m as a hundred million was read as a scale first)
    if me[1] == "second" and text[me[0]:me[0] + 1] == "-":
        return None  # the top 10 second-tier cities: an ordinal compound
    if me[1] == "g" and (me[0] - pos != 1 or _LONE_DIGIT_RE.search(text, max(0, pos - 2), pos)):
        return None  # grams glued to their figure (轻至213g); 5g, 4g are a network's generation, "g" apart a letter
    if me[1] == "克" and text[me[0]:me[0] + 1] in ("拉", "隆", "服"):
        return None  # 3克拉 is a carat, 克隆 a clone, 克服 to overcome: no gram
    if me[1] in ("c", "f") and not _scale_letter_at(text, pos, me[0]):
        return None
    if me[1] in ("t", "mt") and not _tonne_letters_at(text, pos, me):
        return None
    return _MEASURES[me[1]], me[0]


def _tonne_letters_at(text: str, pos: int, me: tuple[int, str]) -> bool:
    """A lone t or mt after a figure ending at ``pos`` is tonnes when glued to the figure (125,000t, 14.2MT), or, for
    mt, one space after a scale word (83.3 million mt); nothing glued may follow (no digit or letter: 3t5 is a name),
    and a t apart from its figure (5 t) or mt apart from a bare figure (2019 Mt Everest) is a word."""
    nxt = text[me[0]:me[0] + 1]
    if nxt and (nxt.isalnum() or nxt in "'’"):
        return False
    glued = me[0] - pos == len(me[1])
    if glued:
        return pos > 0 and text[pos - 1].isdigit()
    return me[1] == "mt" and pos > 0 and text[pos - 1].isalpha()


_SCALE_LETTER_TENTHS_RE = lazy(r"\d\.\d+\Z")


def _scale_letter_at(text: str, pos: int, end: int) -> bool:
    """A lone C or F after a figure ending at ``pos`` (the letter ending at ``end``) is the temperature scale
    (14.8C, 40C, 54.4 F) when glued to the figure, or one space apart from a figure with tenths; nothing glued
    may follow it (no letter, digit or Han: 3c产品, 7137c05 are names), nor a closing bracket (5 c) is a list's
    item), nor may the figure be the tail of a hyphenated designation whose head has three digits or more (747-8F,
    767-300F: a freighter model; 10-15C is a range)."""
    nxt = text[end:end + 1]
    if nxt and (nxt.isalnum() or nxt in ")]"):
        return False
    start = pos
    while start and (text[start - 1].isdigit() or text[start - 1] == "."):
        start -= 1
    if start >= 4 and text[start - 1] == "-":
        head = start - 1
        while head and text[head - 1].isdigit():
            head -= 1
        if start - 1 - head >= 3:
            return False  # (a model's number of three digits or more before the hyphen: 747-8F; not a range, 10-15C)
    if end - pos == 1:
        return True
    return end - pos == 2 and bool(_SCALE_LETTER_TENTHS_RE.search(text, max(0, pos - 12), pos))


def _tally(text: str, cstart: int, cend: int, left: Decimal, kind: str, unit: str | None):
    """A vote tally or score written with a dash (5-4, a 6-3 ruling, 7–2, 5-to-4) or, beside
    a word of voting or winning, with "to" (ruled 5 to 4) as one value, the
    representation of :func:`_score` (so 5-4 equals 五比四 and 5比4); or None.

    A tally puts its larger side first (the majority, the winner: 5-4, 2-2), and a
    range its smaller (3-5, pages 5-6), so ``M-N`` with M < N is read as a range and
    never as a tally: a tally's order matters, and 4-5 does not ground 5-4. Neither
    side may carry a unit, counter or scale (3-2 million, 5-4 times are ranges) or be
    glued to a longer chain of numbers (2-5-4, 555-1234).
    """
    if kind != "ar" or unit is not None or "," in text[cstart:cend] or "." in text[cstart:cend]:
        return None
    if cstart and (text[cstart - 1] in "-–—/" or text[cstart - 1].isalnum()):
        return None
    m = _TALLY_RE.match(text, cend)
    if m is None or not left.to_integral_value() == left or not 0 <= left < 1000:
        return None
    right = Decimal(m["ar"])
    end = m.end()
    if right > left or text[end:end + 1] in _SCORE_LINKS or text[end:end + 1].isdigit():
        return None
    if (_UNIT_WORDS.match(text, end) or _CN_SCALE_RE.match(text, end) or _EN_SCALE_RE.match(text, end)
            or _COUNTER_RE.match(text, end) or _QUAL_END_RE.match(text, end) or _measure_at(text, end)):
        return None
    if m["link"].strip() == "to" and not (_VOTE_BEFORE_RE.search(text, max(0, cstart - 24), cstart)
                                         or _VOTE_AFTER_RE.match(text, end)):
        return None
    return left + right / 1000, end, m.start("ar")


def _score_text(value: Decimal) -> str:
    """5比4 from the value :func:`_score` makes of it."""
    left = value.to_integral_value(rounding="ROUND_FLOOR")
    return f"{left}比{int((value - left) * 1000)}"
# Between the two ends of a range: 4-3/4 to 5 percent, 6万至8万元, 3-5%, between 4 and 5.
_RANGE_LINK_RE = lazy(r"\s?(?:to|至|到|-|–|~|〜|and)\s?\Z")


def _range_start(text: str, a: Quantity, b: Quantity, a_exp: int | None, b_exp: int | None):
    """``a`` with the unit, counter and scale written once after ``b``, when the
    two are the ends of one range (4.75 to 5 percent, 6至8万元); else None.

    The scale is shared only upward (5 to 6 million), since 900 to 1.2 million
    is no range of millions.
    """
    if a.unit or a.counter or a.ordinal or b.start - a.end > 5:
        return None
    link = _RANGE_LINK_RE.match(text, a.end, b.start)
    if link is None or (link.group().strip() == "and" and not text.endswith("between ", 0, a.start)):
        return None
    value = a.value
    if a_exp is None and b_exp is not None:
        if value >= _shift(b.value, -b_exp):
            return None
        value = _shift(value, b_exp)
    return a._replace(value=value, unit=b.unit, counter=b.counter)


# A Chinese fraction after its denominator: 分之 and the numerator (四分之一, 3分之1).
_ZH_FRACTION_RE = compile_pattern(r"分之\s?(\d+|[〇零一二两三四五六七八九十百]+)")
# Half a year after a count of years (5年半, 两年半): one duration, in years. Not 半年, 半个 …:
# the words 半 starts. Two character tests, as ``半(?![年月天日小个])`` matches (no class to compile).
_NOT_AFTER_HALF = frozenset("年月天日小个")


# 成 after a numeral is tenths (三成 is 30%, 七成五 75%), unless it begins a word: 成为, 成员,
# 成本, 成都, 一成不变, 三五成群. But 都 "all" and the verb or adverb it leads after 成 (有一成都会参观, 三成都是) is the
# tenths: the city 成都 is not written right after a numeral and before 会, 是 ….
_TENTHS_BEFORE_ALL = frozenset("会會是有在要能已不没沒将將可曾还還愿願认認表选選")
_NOT_TENTHS = frozenset("为员功立本交长绩果熟年品分份就效型都语真全形批群套对片块规不為員長績規對塊")
_TENTH_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九") if i} | {str(i): i for i in range(1, 10)}


def _tenths_at(text: str, i: int) -> tuple[int, int] | None:
    """(the percent a 成 at ``i`` adds past its tenths, where the reading ends), or None where 成 begins a word."""
    nxt = text[i + 1:i + 2]
    after = text[i + 2:i + 3]
    if nxt == "都" and after and after in _TENTHS_BEFORE_ALL:
        return 0, i + 1  # 一成都会: a tenth, and 都 "all"
    if nxt and nxt in _NOT_TENTHS:
        return None
    if nxt in _TENTH_DIGITS and not (after and (after.isdigit() or after in _TENTH_DIGITS or after in "〇零十百千万亿成.%")):
        return _TENTH_DIGITS[nxt], i + 2  # 七成五: 75%
    if nxt == "半" and not (after and after in _NOT_AFTER_HALF):
        return 5, i + 2  # 两成半: 25%, half a tenth more
    return 0, i + 1


def _half_at(text: str, i: int) -> bool:
    """Whether ``text[i]`` is 半 that ends a count of years (5年半), not one that starts a word (5年半年)."""
    return text.startswith("半", i) and text[i + 1 : i + 2] not in _NOT_AFTER_HALF


def _fraction(text: str, cstart: int, cend: int, digits: str) -> tuple[Decimal, int] | None:
    """The value and end of a vulgar fraction or mixed number whose first digits
    are ``text[cstart:cend]`` (1/2, 4-3/4, 4 3/4, 43⁄4 from 4¾), or None."""
    f = _FRACTION_RE.match(text, cend)
    if f is None or text[cstart - 1:cstart] in ("/", "⁄") or text[cstart - 1:cstart].isdigit():
        return None
    den = int(f["den"])
    if f["num"] is not None:
        whole, num = digits, f["num"]
    elif f["slash"] == "⁄" and len(digits) > 1:  # 4¾ folded to 43⁄4
        whole, num = digits[:-1], digits[-1]
    else:
        whole, num = "0", digits
    if den not in _FRACTION_DENOMINATORS or not 0 < int(num) < den:
        return None
    return Decimal(whole) + Decimal(num) / Decimal(den), f.end()


# A percentage a few characters after a share word, in the same phrase: the figure the word glosses.
_GLOSSED_RE = lazy(r"[^,;:()\d。，；：（）]{0,6}\(?\d[\d.]*\s?%")
# A part after a whole: and a half, and a quarter, and three quarters (two and a quarter minutes).
_AND_PART_RE = lazy(r"\sand\s(?:a\s(?P<h>half)|a\s(?P<q>quarter)|three\s(?P<t>quarters))(?![a-z])", needs='and')


def _part(m: re.Match) -> Decimal:
    return Decimal("0.5") if m["h"] else Decimal("0.25") if m["q"] else Decimal("0.75")


# A dozen: a dozen (12), half a dozen (6); after a number, two dozen (24).
_DOZEN_BEFORE_RE = lazy(r"(?<![a-z])(?:(?P<h>half\sa)|an?|one)\s\Z")
_DOZEN_AFTER_RE = lazy(r"\sdozen(?![a-z])")
# A share written "N in M" (one in five, 6 in 10): the denominator, not followed by what it would measure.
_SHARE_IN_RE = lazy(r"\sin\s(?:(?P<d>\d{1,3})(?![\d,.:/%])|(?P<w>two|three|four|five|six|seven|eight|nine|ten|twenty|fifty"
                    r"|(?:a\s|one\s)?hundred|(?:a\s|one\s)?thousand))(?![a-z\d%-])")


def _share_in(text: str, end: int, num: Decimal) -> tuple[Decimal, int] | None:
    """(the percentage, its end) of a share "N in M" whose N ends at ``end``, or None
    (2 in 10 minutes: a count of something measured; 7 in 3: no share)."""
    m = _SHARE_IN_RE.match(text, end)
    if m is None:
        return None
    word = (m["w"] or "").split()[-1:]
    den = Decimal(m["d"] or _EN_WORD_SCALE.get(word[0]) or _EN_UNITS.get(word[0]) or _EN_TENS[word[0]])
    if not (0 < num < den and num == num.to_integral_value()) or _UNIT_WORDS.match(text, m.end()) \
            or _measure_at(text, m.end()) is not None:
        return None
    return _shift(num / den, 2), m.end()


def _half_share(text: str, i: int) -> bool:
    """Whether the 一半 at ``i`` is half of something, not a figure of speech that pairs two halves:
    一半一半 (half and half), 一半海水,一半火焰 (part sea, part flame)."""
    return "一半" not in text[max(0, i - 8):i] and "一半" not in text[i + 2:i + 10]


# A scale word opening a bracket right after a figure, with its unit and the closing bracket: 45903(万立方公尺).
_BRACKET_SCALE_RE = lazy(r"\((?=[万亿][^()\d,;。]{0,6}\))", needs="(")


def _scan_text(text: str) -> tuple[list[Quantity], list[_Name], list[Quantity]]:
    """Quantities and name-digits of a normalised text, left to right, and the
    quantities again with ranges read (see :func:`_scan`)."""
    skip = non_quantity_spans(text)
    k = 0  # skip[k:] are the spans not yet passed: numbers come left to right
    quantities: list[Quantity] = []
    scales: list[int | None] = []  # the power of ten of each quantity's scale word
    ranged: dict[int, Quantity] = {}  # the lower end of a range, with the upper end's unit
    names: list[_Name] = []
    pos = 0
    n = len(text)
    while pos < n:
        m = _next_number(text, pos)
        if m is None:
            break
        cstart, cend = m.span()
        pos = cend
        while k < len(skip) and skip[k][1] <= cstart:
            k += 1
        if k < len(skip) and skip[k][0] < cend:
            continue  # a date or fiscal year, not an amount
        # What stands before the number: qualifier, currency, 第.
        p = _prefix(text, cstart)
        qualifier = _QUAL_PREFIX[p["q"] or p["qa"]] if p and (p["q"] or p["qa"]) else None
        unit = _CUR_PREFIX[p["cur"]] if p and p["cur"] else None
        if unit is None and text.endswith(_TAIWAN_DOLLAR, max(0, cstart - 4), cstart):
            unit = "CNY"  # 已破新台币3亿9千万 reads as 新台币3亿9千万元 does: a 元 amount (every 元 is read as CNY's)
        per_share = bool(p and p["per"])
        ordinal = bool(p and p["ord"])
        start = p.start() if p and p.start() < cstart else cstart
        heads = _PREPOSITION_HEADS.get(p["q"] or p["qa"]) if qualifier else None
        if heads is not None and heads.search(text, max(0, p.start() - 24), p.start()):
            # questions about one of the fatalities, a dispute over two islands: the
            # preposition of a word before it, not a qualifier of the number after it
            qualifier = None
            start = min((p.start(g) for g in ("per", "cur", "ord") if p[g]), default=cstart)

        kind = ("ar" if m["ar"] else "cn" if m["cn"] else "shou" if m["shou"] else "ban" if m["ban"]
                else "word" if m["bant"] or m["dz"] or m["one"] or m["tw"]
                else "order" if m["zorder"] or m["eorder"] else "fw" if m["fd"] else "en")
        if m["pct"]:
            unit = "%"
        fw = None
        if kind == "fw":  # half a percentage point, a quarter of a point
            num = _FRACTION_NUM_BEFORE_RE.search(text, max(0, cstart - 4), cstart)
            fw = _fraction_words(text, num[1] if num else None, m["fd"], cend, num.start() if num else cstart)
            if fw is None:
                continue
            if num:  # the span starts at the numerator: a quarter
                start = num.start() if start == cstart else start
                cstart = num.start()
        elif kind == "en":
            f = _EN_FRACTION_RE.match(text, cstart)
            if f:  # one-half, two-thirds, three quarters of (else three quarters is 3)
                fw = _fraction_words(text, f["fn"], f["fd"], f.end(), cstart)
            elif m["en"] in ("third", "fifth", "eighth", "tenth"):  # a third of (else a third term is 3rd)
                num = _FRACTION_NUM_BEFORE_RE.search(text, max(0, cstart - 4), cstart)
                fw = _fraction_words(text, num[1], m["en"], cend, num.start()) if num else None
                if fw is not None:
                    start = num.start() if start == cstart else start
                    cstart = num.start()
        if fw is not None:
            kind = "fw"
            value, cend, fw_unit = fw
            if qualifier is None and start == cstart and (fp := _prefix(text, cstart)) and (fp["q"] or fp["qa"]):
                qualifier, start = _QUAL_PREFIX[fp["q"] or fp["qa"]], fp.start()  # about a quarter
            digits = text[cstart:cend]
            pos = cend
            if fw_unit:
                unit = fw_unit
            elif unit is None and _UNIT_WORDS.match(text, cend) is None and _measure_at(text, cend) is None:
                value, unit = _shift(value, 2), "%"  # a share: two-thirds of the vote is 66.67% of it
        elif kind == "order":
            digits = m.group()
            value = _order(m)
            qualifier = "order of"
        elif kind == "ar":
            digits = m["ar"]
            value = Decimal(digits.replace(",", "").replace(" ", ""))
            if (text[cend:cend + 1] in _FRACTION_SLASHES or text[cend:cend + 1] in _FRACTION_STARTS
                    and not _FRACTION_SLASHES.isdisjoint(text[cend + 2:cend + 4])) and "." not in digits and "," not in digits:
                fraction = _fraction(text, cstart, cend, digits)
                if fraction is not None:
                    value, cend = fraction
                    digits = text[cstart:cend]
                    pos = cend
                    if value < 1 and unit is None and _UNIT_WORDS.match(text, cend) is None and _measure_at(text, cend) is None:
                        value, unit = _shift(value, 2), "%"  # a share: 3/4 of them is 75%, as three-quarters is
        elif kind == "cn":
            digits = m["cn"]
            got = _cn_number(digits)
            if got is None:
                continue
            value = got
        elif kind == "ban":
            digits = m["ban"]
            value = Decimal(50)
        elif kind == "word":  # 半年, a dozen, (less than) an hour
            digits = m.group()
            if m["dz"]:
                before = _DOZEN_BEFORE_RE.search(text, max(0, cstart - 8), cstart)
                if before is None:
                    continue  # (several dozen was read as an order; two dozen with its number)
                value = Decimal(6 if before["h"] else 12)
                cstart = before.start()
                if (fp := _prefix(text, cstart)) and (fp["q"] or fp["qa"]):
                    qualifier, start = _QUAL_PREFIX[fp["q"] or fp["qa"]], fp.start()
                else:
                    qualifier, start = None, cstart
            elif m["tw"]:
                value = Decimal(("once", "twice", "thrice").index(m["tw"]) + 1)
            else:
                value = Decimal("0.5") if m["bant"] else Decimal(1)
            if m["one"]:
                me = _measure_at(text, cend)
                halves = bool(me) and _AND_PART_RE.match(text, me[1]) is not None
                if me is None or qualifier is None and not halves and not _alone(text, cstart, me[1]):
                    continue  # an hour ago, a year earlier: an article, no figure (but an hour and a half is one)
        elif kind == "shou":
            digits = "首"
            value = Decimal(1)
            ordinal = True
        else:
            digits = m["en"]
            if digits == "second" and _PER_SECOND_RE.search(text, max(0, cstart - 4), cstart):
                continue
            got_en = _en_number(digits)
            if got_en is None and digits.endswith("second") and len(digits) > 7:
                # one second, ten second delay: a count and the unit, not the ordinal 2nd
                digits = digits[:-6].rstrip(" -")
                got_en = _en_number(digits)
                cend = cstart + len(digits)
                pos = cend
            if got_en is None:
                continue
            value, is_ord = got_en
            ordinal = ordinal or is_ord

        if kind in ("ar", "cn") and not m["pct"] and not ordinal and (f := _ZH_FRACTION_RE.match(text, cend)):
            # 四分之一, 3分之1: the denominator first, then 分之 and the numerator, one fraction
            num = Decimal(f[1]) if f[1].isdigit() else _cn_number(f[1])
            if num is not None and 0 < num < value:
                value, cend, kind = num / value, f.end(), "fw"
                digits = text[cstart:cend]
                pos = cend
                if unit is None and _UNIT_WORDS.match(text, cend) is None:
                    value, unit = _shift(value, 2), "%"  # a share: 四分之一 is 25%
        if kind in ("ar", "en") and not ordinal and not m["pct"] and (dz := _DOZEN_AFTER_RE.match(text, cend)):
            value, cend = value * 12, dz.end()  # two dozen: 24
            pos = cend
        if kind in ("ar", "en") and not ordinal and not m["pct"] and (part := _AND_PART_RE.match(text, cend)) \
                and _measure_at(text, part.end()):
            value, cend = value + _part(part), part.end()  # two and a half hours, two and a quarter minutes
            pos = cend
        if kind == "ban" and _GLOSSED_RE.match(text, cend):
            continue  # 逾半市民52.5%: the percentage after it states the share; 逾半 only glosses it
        if kind == "ban" or kind in ("ar", "en") and not ordinal and unit is None and not m["pct"] and (share := _share_in(text, cend, value)):
            # one in five, six in 10: a share of those counted, the percentage it is (20%, 60%)
            if kind == "ban":  # 逾半, 过半 (more than half), 半数以上
                value, qualifier = Decimal(50), qualifier or ("more than" if text[cstart - 1:cstart] == "过" else None)
                start = cstart - 1 if text[cstart - 1:cstart] == "过" and start == cstart else start
                qe = _QUAL_END_RE.match(text, cend)
                if qe and qe["q"] in ("以上", "以下"):
                    qualifier, cend = qualifier or _QUAL_END[qe["q"]], qe.end()
            else:
                value, cend = share
            quantities.append(Quantity(value, "%", None, qualifier, False, start, cend))
            scales.append(None)
            pos = cend
            continue
        if kind == "cn" and digits == "一" and not ordinal and text.startswith("半", cend) and _half_share(text, cstart):
            # 一半 (not 一半一半, half and half): half of them, 50%
            cend = cend + 1
            qe = _QUAL_END_RE.match(text, cend)
            if qe and qe["q"] in ("以上", "以下", "多"):
                qualifier, cend = qualifier or _QUAL_END[qe["q"]], qe.end()
            quantities.append(Quantity(Decimal(50), "%", None, qualifier, False, start, cend))
            scales.append(None)
            pos = cend
            continue
        if kind == "ar" and text[cend:cend + 1] == ":" and not ordinal and (race := _RACE_TIME_RE.match(text, cstart)):
            # 2:06.12, a race time: minutes and seconds to a fraction, one duration (no clock or score has the fraction)
            quantities.append(Quantity(int(race["m"]) * 60 + Decimal(race["s"]), "s", None, qualifier, False, start, race.end()))
            scales.append(None)
            pos = race.end()
            continue
        if (text[cend:cend + 1] in _SCORE_LINKS or text[cend:cend + 1] == ":" or text.startswith(" to ", cend)) and kind in ("ar", "cn") \
                and not ordinal and not m["pct"]:
            score = _score(text, cend, value) if text[cend] == "比" else _colon_score(text, cstart, cend, value, kind) \
                if text[cend] == ":" else _tally(text, cstart, cend, value, kind, unit)
            if score is not None:  # 五比四, 5比4, 5-4: one score
                total, send, rstart = score
                quantities.append(Quantity(total, "score", None, qualifier, False, start, send))
                # and its two sides, each a count (the six who joined, the three who
                # dissented in a 6-3 ruling): a count answer grounds on a side, a
                # score answer only on the score, since the units differ.
                quantities.append(Quantity(value, None, None, None, False, cstart, cend))
                quantities.append(Quantity(Decimal(int(_shift(total - value, 3))), None, None, None, False, rstart, send))
                scales.extend((None, None, None))
                pos = send
                continue
        # Digits glued to letters are part of a name: H20, GB200, 910B, R2.
        before = text[max(0, cstart - 2):cstart]
        if (
            kind == "ar" and not ordinal and not (p and p["cur"])
            and (before[-1:].isalpha() and before[-1:].isascii()
                 or before[-1:] == "-" and before[:1].isascii() and before[:1].isalpha())
        ):
            left = _NAME_LEFT_RE.search(text, max(0, cstart - 24), cstart)
            if left and _LABEL_WORD_RE.search(left.group()) and label_value(text, cstart, cend, digits):
                left = None  # land1,706.89 sq mi, average580 m3/s: a field's label run into its value
            if left:
                right = _NAME_RIGHT_RE.match(text, cend)
                a, b = left.start(), right.end()
                names.append(_Name(value, text[a:b], a, b))
                continue

        end = cend
        if kind == "ar":
            o = _ORD_SFX_RE.match(text, end)
            if o:
                ordinal = True
                end = o.end()
        # 十余家, 10多亿元, 十来家: a qualifier between the number and the rest.
        mid = None if ordinal or kind in ("order", "fw") else _QUAL_MID_RE.match(text, end)
        after = mid.end() if mid else end
        scale = None if ordinal else _scale(text, after, kind, digits, mid is not None, unit)
        if scale is None and kind == "ar" and mid is None and not ordinal and text.startswith("(", after) \
                and _BRACKET_SCALE_RE.match(text, after):
            # 45903(万立方公尺), 有效蓄水量:2397(万立方公尺): the scale and unit written in brackets after the
            # figure, as a table's column heading puts them, are the figure's own
            scale = _scale(text, after + 1, kind, digits, False, unit)
        if scale is not None:
            sc, exp = scale
            value = _shift(value, exp)
            after = sc.end()
            if kind == "ar" and mid is None and not set(".,/⁄") & set(digits):
                tail = _mixed_tail(text, after, value, exp, skip)
                if tail is not None:  # 13万8千亿, 21万4000: one number in two groups
                    value, after = tail
            if mid is None:  # 5万多人: or after the scale
                mid = _QUAL_MID_AFTER_SCALE_RE.match(text, after)
                after = mid.end() if mid else after
        tenths = None
        if kind in ("ar", "cn") and not ordinal and scale is None and mid is None and unit is None \
                and text.startswith("成", after) and 0 < value <= 10:
            tenths = _tenths_at(text, after)
        if tenths is not None:  # 三成, 逾七成: tenths, a percentage
            extra, after = tenths
            value, unit = value * 10 + extra, "%"
        counter = None
        measured_at = None
        u = _UNIT_WORDS.match(text, after) if tenths is None else None
        if u:
            named = _UNITS[u[1]]
            if named.endswith("/100"):  # 12 cents, 50 basis points: a hundredth of the unit
                value, named = _shift(value, -2), named[:-4]
            elif "*" in named:  # 232MW, 3.5 TWh: the prefix a power of ten of the unit
                named, _, power = named.partition("*")
                value = _shift(value, int(power))
            if not (unit in _CURRENCIES and named in _CURRENCIES):
                unit = named  # a prefix currency wins over a repeated suffix one
            after = u[0]
        elif tenths is None and unit is None and (hp := _HYPHENED_PERCENT_RE.match(text, after)):
            unit, after = "%", hp.end()  # the 10-percent increase: a share joined to its noun is still a share
        elif unit is None and (me := _measure_at(text, after)) is not None:
            if text[me[1] - 1].isascii():
                # 1,600 feet: the span ends at the number, so that the word after it is
                # still the value's measure word for binding (how many years: 18 years)
                measured_at = after
            elif text[after:me[1]] in _COUNTER_WORDS:
                counter = text[after:me[1]]  # 5公里 counts 公里, as it did as a counter alone
            unit, after = me
        elif unit is None:
            c = _COUNTER_RE.match(text, after)
            if c is None and kind == "ar" and text[after:after + 1] == " " and han_at(text, after + 1) \
                    and (c := _COUNTER_RE.match(text, after + 1)) is not None and not han_at(text, c.start()):
                c = None  # (a Latin counter, x or fold, is not read across the space a text puts before Han)
            if c and not (kind == "cn" and digits + c.group() in _NUMERAL_WORDS):
                counter = c["c"] or "倍"
                after = c.end()
                if counter in _INTENSITY_HALVES and text.startswith("级", after):
                    after += 1  # 5强级 is the level 5强 written with its 级
        if mid is not None and after == mid.end() and scale is None and mid.group() in "来几":
            # 十来家, 十几亿: 来 and 几 qualify only before a counter, unit or
            # scale (3年来 is "over three years", 从10来看 "judging from 10").
            after = mid.start()
            mid = None
        if mid is not None:
            qualifier = qualifier or _QUAL_MID[mid.group()]
        if unit in _CURRENCIES:
            ps = _PER_SHARE_RE.match(text, after)
            if ps:
                per_share = True
                after = ps.end()
            if per_share:
                unit += "/share"
        qe = _QUAL_END_RE.match(text, after)
        if qe and (qe["q"] or ((counter or unit) and mid is None)):
            qualifier = qualifier or _QUAL_END[qe["q"] or "多"]
            after = qe.end()
            measured_at = None
        read_to = after
        end = max(end, after if measured_at is None else measured_at)

        nxt = text[cend:cend + 1]
        if kind == "ar" and end == cend and measured_at is None and nxt.isascii() and nxt.isalpha() \
                and not _GLUED_RATE_RE.match(text, cend):
            # 910b, 3d: letters glued after the digits make a name (but 27,900ft is a
            # height: a unit of measure written on is a measure)
            right = _NAME_RIGHT_RE.match(text, cend)
            names.append(_Name(value, text[cstart:right.end()], cstart, right.end()))
            continue
        if kind == "cn" and len(digits) == 1 and not (
            ordinal or unit or counter or scale is not None or mid is not None
        ):
            continue  # 一 in 一些, 十 in 十分: a lone numeral is a word
        # (a text that spaces its figures from the words beside them, 天猫双 11 物流订单, puts one space on either side)
        lo = cstart - 2 if cstart > 1 and text[cstart - 1] == " " and han_at(text, cstart - 2) else cstart - 1
        hi = cend + 1 if text[cend:cend + 1] == " " and han_at(text, cend + 1) else cend
        if (
            kind == "ar"
            and end == cend
            and qualifier is None and unit is None and not ordinal
            and not set(".,/⁄") & set(digits)
            and lo >= 0 and han_at(text, lo)
            and text[lo] not in _AMOUNT_LEAD
            and han_at(text, hi)
            and text[hi] not in _AMOUNT_LEAD
            and text[hi] not in _COUNT_AFTER
            and not (text[hi] == "点" and text[lo] not in _HOUR_BEFORE and text[lo] != "破")
        ):
            # 思元590芯片: a bare number between Chinese words is a model name
            a = lo - (1 if lo >= 1 and han_at(text, lo - 1) else 0)
            b = hi + (2 if han_at(text, hi + 1) else 1)
            names.append(_Name(value, text[a:b], a, b))
            continue
        if counter in ("年", "码") and not ordinal and _half_at(text, end):
            value, end = value + Decimal("0.5"), end + 1  # 5年半, 九码半: five and a half years, nine and a half steps
            pos = max(pos, end)
        if unit in _MEASURE_UNITS and not ordinal and (part := _AND_PART_RE.match(text, read_to)):
            value = value + _part(part)  # an hour and a half, two years and a half
            pos = max(pos, part.end())
        if counter is None and unit is None and not ordinal and end == cend and text[cend:cend + 1] in _PEOPLE_AFTER:
            counter = "人"
        q = Quantity(value, unit, counter, qualifier, ordinal, start, end)
        if quantities and (unit or counter or scale is not None) and not ordinal:
            shared = _range_start(text, quantities[-1], q, scales[-1], None if scale is None else scale[1])
            if shared is not None:
                ranged[len(quantities) - 1] = shared
        quantities.append(q)
        scales.append(None if scale is None else scale[1])
        pos = max(pos, end, read_to)
    return quantities, names, [ranged.get(i, q) for i, q in enumerate(quantities)] if ranged else quantities


def is_article(q: Quantity, text: str) -> bool:
    """一個, 一位, 一部分, "one of": the numeral one as an article, not a figure ("once" is a count: won just once)."""
    return q.value == 1 and not q.ordinal and not any(c.isdigit() for c in text[q.start : q.end]) \
        and text[q.start : q.end] != "once"


def parse_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text`` (already :func:`normalize`-d), in order.

    Dates and fiscal-period labels are not quantities, nor are digits of names.
    """
    return _scan(text)[0]


# --- grounding -------------------------------------------------------------

_SCALE_WORDS = ((12, "trillion"), (9, "billion"), (6, "million"))
_ORDER_NAMES = {Decimal(10): "tens", Decimal(12): "dozens", Decimal(100): "hundreds",
                Decimal(10**3): "thousands", Decimal(10**4): "tens of thousands",
                Decimal(10**5): "hundreds of thousands", Decimal(10**6): "millions",
                Decimal(10**9): "billions"}


def _plain(value: Decimal) -> str:
    """A Decimal in full, with thousands separators and no trailing zeros."""
    text = format(value, ",f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _fmt(value: Decimal) -> str:
    """A value as a reader says it: 589 billion, 485,000, 4230.22."""
    for exp, word in _SCALE_WORDS:
        if abs(value) >= Decimal(10) ** exp:
            return f"{_plain(_shift(value, -exp))} {word}"
    return _plain(value)


def _ordinal_word(value: Decimal) -> str:
    digits = format(value.to_integral_value(), "f")
    n = int(digits[-2:])
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{digits}{suffix}"


def _describe(q: Quantity) -> str:
    """E.g. ``more than 10 家``, ``589 billion USD``, ``17%``, ``the 3rd 次``."""
    if q.unit == "score":
        return (q.qualifier + " " if q.qualifier else "") + _score_text(q.value)
    if q.qualifier == "order of":
        text = _ORDER_NAMES.get(q.value, f"of the order of {_fmt(q.value)}")
        return text + (" " + q.unit if q.unit else "") + (" " + q.counter if q.counter else "")
    if q.ordinal and q.value == q.value.to_integral_value():
        text = "the " + _ordinal_word(q.value)
    else:
        text = _fmt(q.value)
    if q.unit == "%":
        text += "%"
    elif q.unit == "pp":
        text += " percentage points"
    elif q.unit and not (q.counter and q.unit in _MEASURE_UNITS):  # 5 公里, not 5 km 公里
        text += " " + q.unit
    if q.counter:
        text += " " + q.counter
    if q.qualifier:
        text = q.qualifier + " " + text
    return text


def _cited(q: Quantity, text: str) -> str:
    """A cite quantity, with its own words when they differ from the description."""
    described = _describe(q)
    own = text[q.start:q.end]
    return described if own == described else f"{described} ({own})"


def _same_unit(a: str | None, b: str | None) -> bool:
    """Units agree; a per-share price and its bare currency are compatible, and so are a
    unit of measure and none (1,600 feet, 1,600: the measure may go unsaid), never two
    measures (two ounces, two years) or a currency and none."""
    if a == b:
        return True
    if a is None or b is None:
        return (a or b) in _MEASURE_UNITS
    return a.removesuffix("/share") == b.removesuffix("/share")


def _distance(a: Decimal, b: Decimal) -> float:
    """How far apart two values are, in orders of magnitude (for messages)."""
    if a == b:
        return 0.0
    if a <= 0 or b <= 0:
        return math.inf
    return float(abs(a.log10() - b.log10()))


def _measure(q: Quantity) -> str | None:
    """What ``q`` measures: its unit of measure, or the one its Chinese counter names (年)."""
    return q.unit if q.unit in _MEASURE_UNITS else _COUNTER_MEASURES.get(q.counter or "")


def _fits(a: Quantity, c: Quantity, bare: bool, c_text: str) -> bool:
    """The answer's unit agrees with the cite's: the same unit, the same measure in
    either language (4 years, 四年), or a measure a ``bare`` answer number leaves to the
    question (How many feet …? 1,600), as a Chinese counter may be left out. A currency
    or a percentage is never left out, and a noun of the answer's own (two terms) is
    no unit it leaves out. The other way round, an answer's measure fits a bare
    cite number (5 years old: the children were ages two and five)."""
    ma, mc = _measure(a), _measure(c)
    if ma is None and mc is None:
        return _same_unit(a.unit, c.unit)
    if ma is not None and mc is not None:
        return ma == mc
    if ma is None:  # the cite's measure, left unsaid by the answer
        return bare
    return c.unit is None and (a.unit is None or _bare(c, c_text) or _noun_measure(c, c_text) == ma)


_ADJECTIVE_RE = lazy(r"\s[a-z][a-z-]*(?=\s[a-z])")


def _noun_measure(c: Quantity, c_text: str) -> str | None:
    """The measure of the noun a cite number counts past one or two adjectives (four consecutive
    trading days counts days), or None: a count's noun need not follow its number directly."""
    p = c.end
    for _ in range(2):
        adjective = _ADJECTIVE_RE.match(c_text, p)
        if adjective is None:
            return None
        p = adjective.end()
        found = _measure_at(c_text, p)
        if found and (c_text[found[1] - 1] == "s" or not _word_after(c_text, found[1])):
            return found[0]  # (a plural noun, or one ending its phrase: not four trading-day losses)
    return None


def _check_one(
    a: Quantity, cites: list[Quantity], names: list[_Name], c_text: str, bare: bool = False
) -> Mismatch | None:
    """The first rule that ``a`` breaks against the cite, or None if grounded."""
    same = [c for c in cites if c.value == a.value and c.ordinal == a.ordinal
            and _fits(a, c, bare, c_text) and c.qualifier == a.qualifier]
    if any(counts_alike(a, c) for c in same):
        return None  # grounded, the common case: decided before any message is written
    said = _describe(a)
    same_value = [c for c in cites if c.value == a.value]
    if not same_value and any(_rounded_from(a, c, bare, c_text) for c in cites):
        return None
    if not same_value:
        in_names = [n for n in names if n.value == a.value]
        if in_names:
            return Mismatch(
                "DG206",
                f"answer says {said} but in the cite {_plain(a.value)} is only part of "
                f"the name {in_names[0].token}",
            )
        if not cites:
            return Mismatch("DG202", f"answer says {said} but the cite has no quantity")
        best = min(cites, key=lambda c: (not _fits(a, c, bare, c_text),
                                         c.ordinal != a.ordinal, _distance(a.value, c.value)))
        return Mismatch("DG202", f"answer says {said} but the cite has {_cited(best, c_text)}")
    same_kind = [c for c in same_value if c.ordinal == a.ordinal]
    same_unit = [c for c in same_kind if _fits(a, c, bare, c_text)]
    # The nearest miss first: a value of the same unit but the other kind (two terms
    # against a second term) before one of the same kind and another unit (a two-day wait).
    other_kind = [c for c in same_value if c.ordinal != a.ordinal and _fits(a, c, bare, c_text)]
    if not same_kind or not same_unit and other_kind:
        c = (other_kind or same_value)[0]
        what = "an ordinal" if a.ordinal else "a cardinal"
        return Mismatch(
            "DG205",
            f"answer says {said}, {what}, but the cite has {_cited(c, c_text)}",
        )
    if not same_unit:
        return Mismatch(
            "DG203",
            f"answer says {said} but the cite has {_cited(same_kind[0], c_text)}",
        )
    same_qual = [c for c in same_unit if c.qualifier == a.qualifier]
    if not same_qual:
        return Mismatch(
            "DG204",
            f"answer says {said} but the cite has {_cited(same_unit[0], c_text)}",
        )
    if any(counts_alike(a, c) or _noun_counted(a, c, c_text) for c in same_qual):
        return None
    c = same_qual[0]
    return Mismatch(
        "DG207",
        f"answer counts {said} but the cite counts {c.counter}: {_cited(c, c_text)}",
    )


def _rounded_from(a: Quantity, c: Quantity, bare: bool, c_text: str) -> bool:
    """Whether ``a`` rounds the more exact cite value ``c`` to its own last digit and says so: 约395万平方米 for
    395.13万平方米, 约7.1亿元 for 71180万元 (about: ``c`` rounds to it), 逾6500亿元 for 6525.98亿元 (more than: ``c`` is
    above it by less than one of its last digit), of an exact cite value and keeping two significant digits or more. A
    bare rounded value stays DG202, and 约 on the cite's own exact value DG204; a round figure of one digit (about 20%
    for 19 percent, 逾千 for 1,011, 逾半 for 53%) is a neighbouring figure, not the value restated (DG202)."""
    if a.qualifier not in ("about", "more than") or c.qualifier is not None or a.ordinal != c.ordinal \
            or not _fits(a, c, bare, c_text) or a.counter and c.counter and a.counter != c.counter or a.value <= 0:
        return False
    digits = a.value.normalize().as_tuple()
    if len(digits.digits) < 2:
        return False
    step = Decimal(1).scaleb(digits.exponent)
    if c.value == c.value.quantize(step, rounding="ROUND_FLOOR"):
        return False  # (the cite's value is no more exact than the answer's)
    if a.qualifier == "about":
        return c.value.quantize(step, rounding="ROUND_HALF_UP") == a.value
    return c.value.quantize(step, rounding="ROUND_FLOOR") == a.value


def counts_alike(a: Quantity, c: Quantity) -> bool:
    """Whether two counters do not contradict: either left unsaid, the same, or synonyms (次 and 起, 名 and 人)."""
    return a.counter is None or c.counter is None or a.counter == c.counter \
        or frozenset((a.counter, c.counter)) in _COUNTER_SYNONYMS


def _noun_counted(a: Quantity, c: Quantity, c_text: str) -> bool:
    """8个议席 counts 席 as 8席 does: the general counter 个 before a two-character noun ending in the answer's counter."""
    noun = c_text[c.end:c.end + 2]
    return c.counter == "个" and len(noun) == 2 and han_at(c_text, c.end) and noun[1] == a.counter


def _word_at(text: str, i: int) -> bool:
    return i < len(text) and ("a" <= text[i] <= "z" or han_at(text, i))


def _word_after(text: str, i: int) -> bool:
    """Whether a word follows position ``i`` (a letter a-z or a Han character, after at most
    one space or hyphen), as ``[\\s-]?[a-z\\u3400-\\u9fff]`` matches there: its Han class
    would cost a millisecond to compile at start-up."""
    return _word_at(text, i) or (i < len(text) and (text[i].isspace() or text[i] == "-") and _word_at(text, i + 1))


def _bare(a: Quantity, a_text: str) -> bool:
    """Whether the answer states ``a`` as a bare number, with no unit, counter or noun:
    a word right after its number is its own noun (two terms)."""
    return a.unit is None and a.counter is None and not _word_after(a_text, a.end)


def _reversed_tally(said: list[Quantity], a_text: str, stated: list[Quantity], c_text: str) -> Mismatch | None:
    """An answer 4-5 where the cite has the tally 5-4: the answer reads as a range whose
    ends each equal a side of the tally, but a tally's order is its meaning (who won),
    so it is the wrong tally (DG202)."""
    if len(said) != 2 or any(q.unit or q.counter or q.qualifier or q.ordinal for q in said):
        return None
    low, high = said
    if a_text[low.end:high.start].strip() not in _SCORE_LINKS:
        return None
    turned = high.value + low.value / 1000
    scores = [(c.start, c.end) for c in stated if c.unit == "score"]
    unsided = [c for c in stated if c.unit == "score" or not any(a <= c.start and c.end <= b for a, b in scores)]
    if not any(_check_one(a, unsided, [], c_text, _bare(a, a_text)) for a in said):
        return None  # the cite states the range itself
    for c in stated:
        if c.unit == "score" and c.value == turned:
            return Mismatch("DG202", f"answer says {a_text[low.start:high.end]} but the cite has "
                            f"{_cited(c, c_text)}: a tally puts the majority first")
    return None


def question_qualifier(question: str) -> str | None:
    """The qualifier a (normalised) question puts on the figure it asks for.

    至少还需要多少年 and "at least how many years" ask for an at-least figure,
    几乎每隔多久 and "almost every how long" for a nearly one: the qualifier
    governs the interrogative. None when the question states none.
    """
    m = _QUESTION_QUAL_RE.search(question)
    if m is None:
        bound = _QUESTION_BOUND_RE.search(question)
        if bound:  # above what altitude, 超过多少: the bound is asked for with its qualifier
            return _QUAL_END[bound["q4"]] if bound["q4"] else _QUAL_PREFIX[bound["q"] or bound["q2"] or bound["q3"] or bound["q5"]]
        return "about" if _QUESTION_ABOUT_RE.search(question) else None
    head = _QUESTION_QUAL_HEAD_RE.match(question, m.start())
    if head and head.group() in ("最多", "最少") and question.startswith("的", head.end()):
        return None  # 雨量最多的宜花东: the largest one, a superlative, no bound on the figure
    return _QUAL_PREFIX[head.group()] if head else None


# A decimal comma (39,1 million): one or two digits after a comma are no thousands group.
_DECIMAL_COMMA_RE = lazy(r"(?<![\d,.])\d+,\d{1,2}(?![\d,])")


def _cite_figures(c_text: str) -> str:
    stated = _scan(c_text, ranges=True)[0]
    return ", ".join(_cited(c, c_text) for c in stated[:3]) if stated else "no quantity"


def rounded_cite_value(answer: str, cite: str) -> str | None:
    """The cite's value an answer rounds and marks as rounded (约7.1亿元 for 71180万元: :func:`_rounded_from`), as the
    normalized cite writes it, where the answer states one value and no cite value is its own; else None. Binding
    binds that value, the one the answer restates."""
    said = parse_quantities(normalize(answer))
    if len(said) != 1 or said[0].qualifier is None:
        return None
    c_text = normalize(cite)
    stated = parse_quantities(c_text)
    if any(c.value == said[0].value for c in stated):
        return None
    rounded = [c for c in stated if _rounded_from(said[0], c, False, c_text)]
    return c_text[rounded[0].start:rounded[0].end] if len(rounded) == 1 else None


def check_figure(answer: str, cite: str, question: str = "") -> list[Mismatch]:
    """Ground a figure card: each answer quantity must be a quantity of the cite.

    The arguments are the raw card strings; they are normalised here. A
    qualifier is part of the figure, so a bare answer number is not grounded by
    a qualified cite number (DG204), but one the ``question`` already states
    (至少还需要多少年? 二十年) need not be repeated in the answer: a bare answer
    quantity takes the question's qualifier.
    """
    a_text = normalize(answer)
    c_text = normalize(cite)
    comma = _DECIMAL_COMMA_RE.search(a_text) if "," in a_text else None
    if comma and comma[0] not in c_text:
        whole, part = comma[0].split(",")
        return [Mismatch("DG202", f"answer writes {comma[0]}: a comma before {'two digits' if len(part) > 1 else 'one digit'} "
                         f"is no thousands separator (write {whole}.{part} for a decimal, {whole}, {part} for two "
                         f"values); the cite has {_cite_figures(c_text)}")]
    said, a_names = _scan(a_text, ranges=True)
    if not said and (article := _ARTICLE_ORDINAL_RE.match(a_text)):
        # (an answer "the 13th" read alone is a day of no month: an ordinal is what a figure card answers)
        a_text = a_text[article.end():]
        said, a_names = _scan(a_text, ranges=True)
    if not said:
        why = ""
        if a_names:
            why = " (" + ", ".join(n.token for n in a_names) + " is a name, not an amount)"
        return [Mismatch("DG201", f"answer {answer!r} has no quantity{why}")]
    # An answer's score is checked as one value, not also side by side.
    scores = [(q.start, q.end) for q in said if q.unit == "score"]
    if scores:
        said = [q for q in said if q.unit == "score" or not any(a <= q.start and q.end <= b for a, b in scores)]
    asked = question_qualifier(normalize(question)) if question else None
    written = said
    if asked is not None:
        said = [a._replace(qualifier=asked) if a.qualifier is None else a for a in said]
    stated, c_names = _scan(c_text, ranges=True)
    reversed_tally = _reversed_tally(said, a_text, stated, c_text)
    if reversed_tally is not None:
        return [reversed_tally]
    found = [_check_one(a, stated, c_names, c_text, _bare(w, a_text)) for a, w in zip(said, written)]
    if asked is not None and _QUESTION_BOUND_RE.search(normalize(question)):
        # asked above what altitude, a bare answer the cite bounds so is grounded; one it does
        # not is judged as written (another value's, not a dropped qualifier)
        found = [f and _check_one(w, stated, c_names, c_text, _bare(w, a_text)) for f, w in zip(found, written)]
    if asked == "about":
        # "About how many …?" asks for a rough figure, which an exact one of the cite
        # also answers ("at least how many" does not: that claims what the cite says).
        found = [f and _check_one(w, stated, c_names, c_text, _bare(w, a_text)) for f, w in zip(found, written)]
    return [f for f in found if f is not None]
