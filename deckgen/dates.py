"""Calendar dates in card text, and the date-card grounding rule.

A date card is grounded when every part of the date the answer gives (year,
month, day) is stated, with the same value, by one date of the cite. Parts a
text leaves out are *unknown* (``None``), never guessed: ``今年1月末`` is
January of an unknown year, because the card does not know when "this year"
was; ``2024年末`` is the year 2024 and nothing more.

Only calendar dates are dates. ``3個月`` (three months) is a duration and
``2026財年`` / ``fiscal 2026`` / ``FY2026`` is a fiscal-year *label* (NVIDIA's
fiscal 2026 began in January 2025), so neither yields a date. Quarters are
labels too: ``第一財季``, ``第二季度``, ``Q1``, ``first quarter of fiscal 2026``,
``fiscal first quarter`` name a period, they do not count one (``3個財季``,
three quarters, is an amount). :func:`non_quantity_spans` reports these labels,
so that the quantity parser does not read them as numbers (or ordinals) either.

Formats read (after :func:`deckgen.fold.normalize`): ``2025年4月27日``,
``2023年11月``, ``7月16日``, ``7月16号``, ``4月下旬`` (the month),
``二〇二五年七月十六日``, ``十一月``, ``2025-07-16``, ``2025/7/16``,
``2025.7.16``, ``July 16``, ``Jul. 16, 2025``, ``16 July 2025``,
``16th of July``, ``November 2023``, ``明年(2018年)6月`` (the bracketed year glosses
the relative one), a bare year such as ``Omdia 2024`` (an earlier one only after a word that
puts a year, ``in 1885``, ``since 1852``; an answer that is only ``1885``), a decade (``the 1850s``,
a date of its own: no year of it grounds it, nor it a year), and a
day range ``7月15日至17日`` / ``July 15-17`` whose second day inherits the month
(its span starts at the day, ``17日``: the ``至`` / ``-`` belongs to neither date).
A lone day of the month (``27日``, ``27号``, ``二十七日``, ``今(10)日``, ``明(24)天``, ``on the 27th``, ``Tuesday the 27th``;
not ``3日内``, ``3号线`` or ``十日`` (ten days)) is a date with only its day. An ROC year before its
month is a year (``113年10月`` is October 2024). In a Chinese text a month and day written M/D is a
date when it is a range (``第5週(2/1-2/7)``), stands alone in brackets or has its weekday after it
(``1/3`` is a third too); an answer that is only ``2/1`` is read as one. A designation that starts
with a year (asteroid ``1999 RQ36``) is a name, neither a date nor an amount. A clock time (``上午9时``, ``下午3时30分``,
``今晚6时``, ``凌晨3时``, ``中午``, ``9时许``, ``9:30 a.m. EDT``, ``6.30am``, ``14:30``, ``noon``) is a
date with a time part, one date with the calendar date beside it (``22日上午7时45分``,
``9 a.m. on July 16``); see :func:`same_time` for which hours match.
A weekday (``Saturday``, ``周六``, ``星期天``, ``礼拜一``; ``Sat.`` only before a date)
is a date that names the day of the week, one date with a calendar date beside it
(``Saturday, May 25``, ``5月25日(周六)``); a weekday is compared only with a weekday, so it
never contradicts a calendar date. A month name alone (``May``, ``Dec.``) is read only when it is the whole answer,
since "may" and "dec" are ordinary words in running text.

Findings: DG301 the answer has no date; DG302 the cite has no date that can
ground it (none at all, or only a year when the answer names a month or day);
DG303 the cite states the month and day but not the answer's year (or only the day);
DG304 the cite's month, day or time differs from the answer's (or it gives no day or time).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from deckgen.findings import Mismatch
from deckgen.fold import han_at, normalize
from deckgen.patterns import compile_pattern, lazy, search_at_starts

__all__ = ["DateValue", "parse_dates", "check_date", "non_quantity_spans", "agrees", "same_time"]


class DateValue(NamedTuple):
    """A calendar date as stated: any part may be unknown (``None``). A named tuple:
    @dataclass would cost start-up time."""

    year: int | None
    month: int | None
    day: int | None
    start: int  # span in the text passed to parse_dates
    end: int
    weekday: int | None = None  # 1 Monday .. 7 Sunday, when the text names the day of the week
    hour: int | None = None  # 0 .. 23, when the text names a clock time
    minute: int | None = None  # None: the time names the hour only (9时 is 09:00)
    clock12: bool = False  # an hour 1-12 with no a.m./p.m. (9时, 9:30): it may be the later one
    zone: str | None = None  # the time zone a time names (et, pt, utc …), summer and winter alike
    decade: bool = False  # the 1850s: ``year`` is the decade's first year, and the date names no year of it

    def parts(self) -> str:
        """The date as the text states it, e.g. ``2025-07-?`` or ``?-07-16 15:00``."""
        y = str(self.year) if self.year is not None else "?"
        m = f"{self.month:02d}" if self.month is not None else "?"
        d = f"{self.day:02d}" if self.day is not None else "?"
        w = f" ({_WEEKDAY_WORDS[self.weekday - 1]})" if self.weekday is not None else ""
        t = f" {_clock(self)}" if self.hour is not None else ""
        return f"{y}-{m}-{d}{w}{t}"


# --- building blocks -------------------------------------------------------

_CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
_CN_DIGITS = "〇零一二三四五六七八九"

# A Chinese year is four digits (2025年 or 二〇二五年): a shorter number before
# 年 is a duration (3年, 二十年), not a year.
# An ROC (Minguo) year, 113年 = 2024, is three digits, and a year only before its month (113年10月):
# 100年 alone is a century. A year glued to a Latin name (WHO2000年之世界人口) is the name's, as
# 2024款 is a model's. A year in Chinese digits may write 〇 as the letter O (二O二O年).
_CN_YEAR = (rf"(?P<cy>(?<![\da-z])(?<!\d[.,])[12]\d{{3}}|(?<![{_CN_DIGITS}十])[{_CN_DIGITS}]{{4}}"
            rf"|(?<![{_CN_DIGITS}十a-z])[一二][{_CN_DIGITS}o]{{3}}(?=年)"
            r"|(?<![\d.,])1[0-2]\d(?=年(?:1[0-2]|0?[1-9])月))\s?年")
# 今年/去年...: the year is real but unknown to the card.
_CN_REL = r"(?P<crel>今年|去年|明年|前年|同年|当年|本年)"
# The lookbehinds stop 十二 in 二十二 or 一 in 第一 from reading as a month.
def _cn_month(name: str) -> str:
    return (
        rf"(?P<{name}>(?<!\d)(?<!\d[.,])(?:1[0-2]|0?[1-9])(?=\s?月)"
        rf"|(?<![{_CN_DIGITS}十百千万两第])(?:十[一二]?|[一二三四五六七八九])(?=月))\s?月"
    )


_DAY_NUM = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)"
_CN_DAY_NUM = r"(?:三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"


def _cn_day(name: str) -> str:
    return rf"(?P<{name}>{_DAY_NUM}(?=\s?[日号])|{_CN_DAY_NUM}(?=[日号]))\s?[日号]"


# Three forms share one month and day: 明年(2018年)6月 (a relative year glossed in
# brackets is that year), 2025年(7月(16日)), and (今年)7月(16日). A year alone is a date
# only when no bracket or relative year stands before it: (?(cy)|(?!)) lets the month
# be left out after a year and nowhere else. One month and one day in the pattern,
# not three: less to compile at start-up, the same matches in the same order.
_CN_DATE = (
    rf"(?:(?P<gl>{_CN_REL.replace('?P<crel>', '?:')}?\(\s?{_CN_YEAR.replace('?P<cy>', '?P<gy>')}?\s?\)\s?)"
    rf"|{_CN_YEAR}|{_CN_REL})?"
    # (a text that spaces its figures, 2023 年 11 月 1 日, spaces a date's parts: one space before each number)
    rf"(?:(?:(?<=年)\s)?{_cn_month('cm')}(?:\s?{_cn_day('cd')})?|(?(cy)|(?!)))"
)

_ISO = (
    r"(?<!\d)(?<!\d[.,])(?P<iy>[12]\d{3})(?P<sep>[-/.])(?P<im>1[0-2]|0?[1-9])"
    r"(?P=sep)(?P<id>3[01]|[12]\d|0?[1-9])(?![\d]|[.,]\d)"
)

_MONTH_NAMES = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
    "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_ANY_MONTH = "|".join(sorted(_MONTH_NAMES, key=len, reverse=True))
# Month names that may stand alone in running text: "may" and abbreviations
# ("mar", "dec") are ordinary words too, so they need a day or year beside
# them - unless they are the whole answer (see check_date).
_LONE_MONTH = ("january|february|march|april|june|july|august|september|october"
               "|november|december")
_EN_MON = rf"(?<![a-z])(?:{_ANY_MONTH})(?![a-z])\.?"
# (a day glued to the word after it, as a tracker's list prints its dates: "june 26job cuts", a word of three letters
# or more; a unit glued to a day, "may 5g", stays no day)
_EN_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|[.,]\d|[a-z](?![a-z]{2}))"
_EN_YEAR = r"[12]\d{3}(?![\d]|[.,]\d)"
_EN_DATE = (
    # July 16 / Jul. 16, 2025 / July 16th 2025, else November 2023: one month name for
    # both (a month starts with a letter and the form below with a digit, so trying
    # "November 2023" before "16 July" changes no match).
    rf"(?P<m1>{_EN_MON})(?:\s(?P<d1>{_EN_DAY})(?:,?\s(?P<y1>{_EN_YEAR}))?|,?\s(?:of\s)?(?P<y3>{_EN_YEAR}))"
    # 16 July 2025 / 16th of July
    rf"|(?<!\d)(?<!\d[.,])(?P<d2>{_EN_DAY})\s(?:of\s)?(?P<m2>{_EN_MON})(?:,?\s(?P<y2>{_EN_YEAR}))?"
    rf"|(?<![a-z])(?P<m4>{_LONE_MONTH})(?![a-z])"
)

# Days of the week: a date that names only the day (on Saturday, 周六). Abbreviations
# (sat, sun, wed, mon) are ordinary words too, so they count only with their full stop
# before a calendar date (Sat., May 25) or as the whole answer (see check_date).
_WEEKDAY_NAMES = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    "sunday": 7, "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4,
    "fri": 5, "sat": 6, "sun": 7,
}
_CN_WEEKDAYS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7}
_WEEKDAY = (
    r"(?P<wd>(?<![a-z])(?P<ewd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![a-z])"
    r"|(?<![a-z])(?P<awd>mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.(?=,?\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d))"
    # 周三, 星期三, 礼拜三 - but not 一周三次 (three times a week) or 周三个 / 周五年
    r"|(?<![〇零一二两三四五六七八九十几数])(?:星期|礼拜|周)(?P<cwd>[一二三四五六日天])(?![次个倍年名位家期])"
    r"|(?:星期|礼拜)(?P<cwd2>[一二三四五六日天]))"
)
# A weekday and a calendar date side by side are one date: Saturday, May 25; 5月25日(周六).
_WEEKDAY_AFTER_RE = lazy(r",?\s?\(?|\sthe\s")

# Clock times: a date with a time part. A word for the part of the day fixes which half an hour
# 1-12 is in (上午9时 09:00, 下午3时 15:00, 今晚6时 18:00); 中午 and 午夜 alone are 12:00 and 00:00.
# An hour 1-12 with no such word (9时, 9:30) is written ``clock12``: 9 or 21. 点 counts three of a
# kind (3点要求) as often as it tells the time, so a bare 3点 is a time only with 分, 半 or 钟.
_PERIOD_WORDS = {
    "上午": "am", "早上": "am", "早晨": "am", "清晨": "am", "今晨": "am", "今早": "am", "昨早": "am",
    "凌晨": "small", "中午": "noon", "正午": "noon", "下午": "pm", "傍晚": "pm", "晚上": "pm",
    "晚间": "pm", "今晚": "pm", "昨晚": "pm", "明晚": "pm", "当晚": "pm", "夜间": "night",
    "深夜": "night", "半夜": "night", "午夜": "midnight",
}
_CN_HOUR_NUM = r"(?:二十[一二三四]?|十[一二三四五六七八九]?|[〇零一二两三四五六七八九])"
_CN_MIN_NUM = r"(?:[二三四五]十[一二三四五六七八九]?|十[一二三四五六七八九]?|零?[一二三四五六七八九])"
_CN_TIME = (
    # the words of _PERIOD_WORDS, by their first character: a shorter pattern compiles faster
    r"(?P<cp>[上下中正]午|早[上晨]|清晨|凌晨|今[晨早晚]|昨[早晚]|傍晚|晚[上间]|[明当]晚|夜间|[深半午]夜)?"
    # (a text that spaces its figures spaces an hour's and a minute's: 24 时 00 分, only before 时 and 分)
    rf"(?:(?<![\d.])(?P<ch>2[0-4]|[01]?\d|{_CN_HOUR_NUM})(?P<cu>(?<=\d)\s时(?!间|期|代|候|刻表|速)|时(?!间|期|代|候|刻表|速)|点钟?)"
    rf"(?:(?:(?<=时)\s(?=\d))?(?P<cmin>[0-5]?\d|{_CN_MIN_NUM})(?:(?<=\d)\s)?分(?!钟|之)|(?P<chalf>半))?(?:许|左右)?|(?(cp)|(?!)))"
)
_AMPM = r"(?P<ap>a\.\sm\.|p\.\sm\.|a\.m\.|p\.m\.|am|pm|a\.m|p\.m)(?![a-z])"  # (a. m.: older print spaces it)
_ZONE = r"(?:\s(?P<tz>edt|est|cdt|cst|mdt|mst|pdt|pst|et|ct|mt|pt|gmt|utc|bst|cet|cest|hkt|jst|kst)(?![a-z]))?"
# A time zone's summer and winter names are one zone for telling two times apart (9 a.m. EDT = 9 a.m. ET).
_ZONES = {"edt": "et", "est": "et", "cdt": "ct", "cst": "ct", "mdt": "mt", "mst": "mt", "pdt": "pt", "pst": "pt",
          "gmt": "utc", "bst": "uk", "cest": "cet"}
_EN_TIME = (
    rf"(?<![\d:.$])(?P<eh>[01]?\d|2[0-3])(?::(?P<emin>[0-5]\d)(?![\d:]|\.\d)"
    r"|\.(?P<edmin>[0-5]\d)(?=\s?[ap]\.?m))?"  # 6.30am: a dot between hour and minute before am/pm
    rf"(?:\s?{_AMPM}|(?P<oc>\so'clock)|(?(emin)|(?!))){_ZONE}"
    r"|(?<![a-z])(?P<enoon>noon|midnight)(?![a-z])"
)
# A day of the month alone: 27日 (主计总处27日发布), 27号, on the 27th, Tuesday the 27th. Not a
# count of days (3日内, 连续3日, 30日均线, 2日游) nor a numbered thing (3号线, 5号楼): 号 is a day
# only before a word that can follow a date.
_LONE_DAY = (
    rf"(?<![\d.年月第每近前后首续约逾数几这满共期时达超])(?P<ld>{_DAY_NUM})"
    r"(?:日(?![内间均线游元币语本文军式报])|号(?=$|[\s,.;:!?)电起至到前后晚上下早凌中当的发举召出讯]))"
    r"|(?:(?<=on the )|(?<=by the )|(?<=day the )|(?<=from the )|(?<=until the )|(?<=since the )|(?<=of the )"
    rf"|(?<=^the )|(?<=^on the ))(?P<led>{_DAY_NUM})(?:st|nd|rd|th)(?![a-z\d])(?!\s(?!at\s|and\s|when\s|the\s)[a-z])"
    # 今(10)日 (also spaced, 今 (17) 日): today, the 10th; 二十七日 in Chinese numerals (with its tens: 十日 and 三日 are as often counts of days)
    rf"|[今昨明]\s?\(\s?(?P<lbd>{_DAY_NUM})\s?\)\s?[日号天]"
    # (25 日) in a text that spaces its figures (下周四 (25 日)): a day in brackets with a space before 日
    rf"|\(\s?(?P<lsd>{_DAY_NUM})\s日\s?\)"
    r"|(?<![〇零一二三四五六七八九十百千万两几数第每近前后这满共期约逾年月])(?P<lcd>二十[一二三四五六七八九]?|三十一?|十[一二三四五六七八九])"
    r"日(?![内间均线游元币语本文军式报])"
)

# Not before a number that is plainly an amount (2024 million, $2024, over 2024).
_AMOUNT_AFTER = (
    r"\s?(?:%|percent|per\s?cent|thousand|million|billion|trillion|bn|tn|mn|k(?![a-z])"
    r"|usd|dollars?|yuan|rmb|hkd|tflops|units)"
)
_AMOUNT_BEFORE = (
    r"(?:\$|us\$|hk\$|¥|€|£|~|#|第|约|近|超过|逾|达"
    r"|(?<![a-z])(?:usd|rmb|cny|hkd|over|more than|about|around|nearly|almost|some"
    r"|at least|up to|under|below|above|less than|fewer than|approximately|roughly"
    r"|no\.|number))\s?\Z"
)
# A bare year: 1900-2099 on its own, not glued to letters, a CJK character or
# another number (2024年 is read by the Chinese form, 2024款 is a model year).
# The CJK character after it is refused in _scan_text (han_at): the class
# [\u3400-\u9fff] would cost a millisecond to compile at start-up.
_COUNTED_AFTER = r"\s(?:feet|foot|ft|metres|meters|m|km|kilo|miles|yards|people|men|tons|pounds|lb|troops|votes)(?![a-z])"
_BARE_YEAR = (
    # (a year run into a field's label in -ed before it, as infoboxes are stored, is still a year: Settled1914)
    rf"(?:(?<![a-z0-9_$/])|(?<=[a-z]{{2}}ed))(?<!\d[.,])(?P<by>(?:19|20)\d\d)"
    rf"(?![a-z0-9_%]|[.,/]\d)(?!{_AMOUNT_AFTER})"
    # an earlier year (1885, 1066) only where English puts a year: in 1885, since 1852, by 1900
    r"|(?<=\s)"
    rf"(?P<oy>1[0-8]\d\d)(?![a-z0-9_%]|[.,/]\d|\s?-)(?!{_AMOUNT_AFTER})"
    rf"(?!{_COUNTED_AFTER})"
    # a decade: the 1850s, the 1920's, mid-1990s
    r"|(?<![a-z0-9_$/])(?<!\d[.,])(?P<dec>(?:1[5-9]|20)\d0)'?s(?![a-z0-9])"
)
# A designation that starts with a year is a name, neither a date nor an amount: asteroid 1999 RQ36,
# 2012 DA14. Matched before the bare year, and reported with the fiscal labels.
_DESIGNATION = r"(?P<desig>(?<![a-z0-9_$/])(?<!\d[.,])(?:19|20)\d\d\s[a-z]{2}\d{1,3}(?![a-z\d]))"

# Fiscal-year and quarter labels: matched first so that nothing else reads them.
# A quarter is named, not counted: 第一财季 / 第二季度 / q1 / first quarter of
# fiscal 2026 (3个财季, three quarters, stays an amount).
_FY_EN = r"(?:fiscal(?:[\s-]year)?\s(?:19|20)\d\d|fy\s?(?:(?:19|20)\d\d|\d\d))(?!\d)"
_FISCAL = (
    rf"(?P<fiscal>(?<![a-z]){_FY_EN}"
    r"|(?<!\d)[12]\d{3}\s?(?:财年|财政年度|会计年度)"
    # a year across two calendar years, written with the second's last digits or in full (2025/26年度, 2026/2027):
    # a period, no amount (see _FY_SPAN_RE)
    r"|(?<![\d/.])(?<!\d,)(?:19|20)\d\d/(?:(?:19|20)\d\d|\d\d)(?![\d/%]|[.,]\d)(?:\s?(?:财政)?年度?)?"
    r"|第\s?[一二三四1-4](?!\d)\s?(?:财季|财政季度|季度)"
    r"|(?<![a-z\d])q[1-4](?![a-z\d])|(?<![a-z\d.,])[1-4]q(?:\d\d)?(?![a-z\d])|(?<![a-z])quarter\s(?:one|two|three|four)(?![a-z])(?!\s(?:times|percent|of\s(?:the|them|those|all)))"
    r"|(?<![a-z])(?:(?:fiscal|financial)\s)?(?:first|second|third|fourth|1st|2nd|3rd|4th)"
    rf"(?:[\s-](?:fiscal|financial))?[\s-]quarter(?![a-z])(?:\sof\s(?:the\s)?{_FY_EN})?)"
)

# A month and day written M/D (2/1), or a range of them (2/1-2/7): a date in a Chinese text only when
# it is a range, stands alone in brackets or has its weekday after it, since 1/3 is a third too.
_MD_NUM = r"(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9])(?![\d/%]|[.,]\d)"
_MD = (rf"(?<![\d./:])(?P<md>{_MD_NUM})(?:\s?(?:-|–|~|〜|至|到)\s?(?P<md2>{_MD_NUM}))?")
_FY_SPAN_RE = lazy(r"(?:19|20)(\d\d)/(?:(?:19|20)(?=\d\d))?(\d\d)")
_MD_WEEKDAY_RE = lazy(r"\s?\((?:周|星期|礼拜)?[一二三四五六日天]\)")
_DATE_RE = compile_pattern(rf"{_FISCAL}|{_ISO}|{_CN_DATE}|{_EN_DATE}|{_DESIGNATION}|{_BARE_YEAR}|{_WEEKDAY}|{_LONE_DAY}|{_CN_TIME}|{_EN_TIME}|{_MD}")
_AMOUNT_BEFORE_RE = compile_pattern(_AMOUNT_BEFORE)
# An amount over a year is measured against that year (an increase of 612 over 2023, up 5% over 2022), not "more than 2023".
_OVER_YEAR_RE = lazy(r"(?:\d|%|(?<![a-z])(?:percent|points?|million|billion|trillion|thousand))\sover\s\Z")
# in 1885; 'of' only after a season or part of a year (the summer of 1066): a crowd of 1800 is a count
_YEAR_BEFORE_RE = lazy(r"(?<![a-z])(?:in|since|until|by|from|year|before|after|circa"
                       r"|(?:spring|summer|autumn|fall|winter|end|beginning|start|middle|half|year)\sof)\s\Z")
# … or between "the" and a noun of an event, which a year names (the 1821 merger, the 1847 famine; not the 1500 troops)
_THE_BEFORE_RE = lazy(r"(?<![a-z])the\s\Z", needs="the")
_EVENT_AFTER_RE = lazy(r"\s(?:merger|election|census|war|treaty|flood|fire|earthquake|rebellion|revolution|uprising|famine"
                       r"|epidemic|pandemic|olympics|games|season|expedition|charter|annexation|amalgamation|incorporation"
                       r"|founding|act|massacre|riot|strike|crash|collapse|eruption|storm|hurricane|survey|constitution)s?(?![a-z])")
# … or where a span's later end is a year (between 1850 and 1900, the 1880–2015 record): its first end is one too
_YEAR_SPAN_START_RE = lazy(r"(?<![\d.,])((?:1\d|20)\d\d)\s?(?:–|—|to|and)\s?\Z")
_YEAR_SPAN_END_RE = lazy(r"\s?(?:–|—|to|and)\s?((?:1\d|20)\d\d)(?![a-z0-9%]|[.,]\d)(?!" + _COUNTED_AFTER + ")")
# Where _DATE_RE can start: a digit, a Chinese numeral, 今/去/明… (今年), a
# bracket (明年(2018年)), 第 (第一财季), or a word (a run of letters) that is a
# month name or begins a fiscal label. Found with this one class, so that the
# alternation is tried at those positions only (see _next_date): a text with no
# date token costs one scan of a class.
_DATE_START_RE = compile_pattern(r"[\d〇零一二三四五六七八九十两今去明前同当本(第上下早清凌中正傍晚昨夜深半午]|周(?=[一二三四五六日天])|星期|礼拜|(?<![a-z])[a-z]+")
_DATE_FIRST_WORDS = frozenset(_MONTH_NAMES) | frozenset(_WEEKDAY_NAMES) | {
    "fiscal", "financial", "fy", "q", "first", "second", "third", "fourth", "quarter", "noon", "midnight"}
# A month right after the second day of a range (1 June to 31 August; 7月1日至8月17日): that day is the month's, not the
# first date's month's (a day written before its month, as British texts and Chinese write a month's number).
_RANGE_OWN_MONTH_RE = compile_pattern(rf"\s?(?:{_EN_MON}|月)")
# The second day of a range: 7月15日至17日, July 15-17.
_RANGE_DAY_RE = compile_pattern(
    rf"\s?(?:至|到|~|〜|-|–|—|to|and)\s?(?:(?P<rd>{_DAY_NUM})(?:[日号]|st|nd|rd|th)?"
    rf"|(?P<rcd>{_CN_DAY_NUM})[日号])(?![\d.%])(?:,?\s(?P<ry>{_EN_YEAR}))?"
)


def _cn_small(text: str) -> int:
    """Value of a Chinese month or day numeral (一 .. 三十一)."""
    if text.isdigit():
        return int(text)
    if "十" not in text:
        return _CN_DIGIT[text]
    tens, _, ones = text.partition("十")
    return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[ones] if ones else 0)


def _cn_year(text: str) -> int:
    """Value of 2025 or 二〇二五 (Chinese year digits are read one by one), or of an ROC year (113 is 2024)."""
    if text.isdigit():
        return int(text) + (1911 if len(text) == 3 else 0)
    return int("".join(str(_CN_DIGIT.get(c, 0)) for c in text))  # o: 〇 written as a letter


def _en_day(text: str) -> int:
    return int(text.rstrip("stndrh"))


# The hour of the day an hour as written (1-12, or 0-24) is, after a word for the part of the day.
def _morning(h: int) -> int:
    return h % 12 if h <= 12 else h  # 12 a.m. and 凌晨12时 are midnight


_HOUR_IN = {
    "am": _morning,
    "small": _morning,
    "midnight": _morning,
    "pm": lambda h: h % 12 + 12 if h <= 12 else h,
    "noon": lambda h: h + 12 if h <= 5 else h,  # 中午12时, 中午1时 (13:00)
    "night": lambda h: h if h <= 5 else h + 12 if h < 12 else 0 if h == 12 else h,  # 深夜1时, 夜间11时
}
_BARE_TIMES = {"中午": 12, "正午": 12, "午夜": 0, "noon": 12, "midnight": 0}
# A time and the date just before it are one value: 22日上午7时45分, July 16 at 9 a.m.
_TIME_AFTER_RE = lazy(r",?\s?(?:at\s)?")  # compiled when a text first holds a time
_TIME_BEFORE_RE = lazy(r",?\s?(?:on\s)?")


def _time(g: dict, start: int, end: int) -> DateValue | None:
    """The clock time a match of _CN_TIME or _EN_TIME names, or None when it names none."""
    bare = g["enoon"] or (g["cp"] if not g["ch"] else None)
    if bare:
        return DateValue(None, None, None, start, end, hour=_BARE_TIMES[bare]) if bare in _BARE_TIMES else None
    if g["ch"]:
        written, period = g["ch"], _PERIOD_WORDS.get(g["cp"] or "")
        if g["cu"].startswith("点") and not (period or g["cmin"] or g["chalf"] or g["cu"] == "点钟"):
            return None  # 3点要求: three points
        minute = 30 if g["chalf"] else _cn_small(g["cmin"].lstrip("零") or "0") if g["cmin"] else None
    else:
        written, period = g["eh"], {"a": "am", "p": "pm"}.get((g["ap"] or " ")[0])
        minute = int(g["emin"] or g["edmin"]) if g["emin"] or g["edmin"] else None
        if period and int(written) > 12:
            return None  # 14 pm
    h = _cn_small(written)
    if h > 24:
        return None
    zone = _ZONES.get(g["tz"], g["tz"]) if g["eh"] else None
    if period:
        return DateValue(None, None, None, start, end, hour=_HOUR_IN[period](h) % 24, minute=minute, zone=zone)
    # 9时 and 9:30 may be 9 or 21; 09:30, 0时 and 15时 may not
    return DateValue(None, None, None, start, end, hour=h % 24, minute=minute,
                     clock12=1 <= h <= 12 and not written.startswith("0"), zone=zone)


def _month_day(text: str, m: re.Match) -> bool:
    """Is this M/D (or M/D-M/D) a date: in a Chinese text, a range, alone in brackets or before its weekday?"""
    start, end = m.span()
    if not any(han_at(text, i) for i in range(max(0, start - 2), min(len(text), end + 2))):
        return False
    if m["md2"]:  # a range runs forward (12/29-1/4 across the new year); 1/3-1/2 is a third to a half
        first, second = (tuple(map(int, m[g].split("/"))) for g in ("md", "md2"))
        return first < second or (first[0], second[0]) == (12, 1)
    return bool(text[start - 1:start] == "(" and text[end:end + 1] == ")" or _MD_WEEKDAY_RE.match(text, end))


def _next_date(text: str, pos: int) -> re.Match | None:
    """``_DATE_RE.search(text, pos)``, tried only where a date can start."""
    return search_at_starts(_DATE_RE, _DATE_START_RE, _DATE_FIRST_WORDS, text, pos)


# Room for the texts of a 5,000-card deck (about 7,000 cites, answers and
# translations): a smaller cache forgets a cite before its last reader comes.
@lru_cache(maxsize=8192)
def _scanned(text: str) -> tuple[tuple, tuple]:
    found, other = _scan_text(text)
    return tuple(_short_years(text, _roc_years(text, found, other), other)), tuple(other)


def _scan(text: str) -> tuple[list[DateValue], list[tuple[int, int]]]:
    """:func:`_scan_text`, read once per text: a card's cite is read by its check, its
    translation's check, binding and lint alike. The lists are the caller's own."""
    found, other = _scanned(text)
    return list(found), list(other)


# A month glued to the kind of a futures contract (1月期油, 12月期金, 5月合约) names the contract, not a period.
_CONTRACT_AFTER_RE = lazy(r"(?:份)?(?:期(?:油|货|貨|金|铜|銅|银|銀|约|約)|合约|合約)")


def _scan_text(text: str) -> tuple[list[DateValue], list[tuple[int, int]]]:
    """One pass: the dates of ``text`` and the spans of fiscal-year labels."""
    dates: list[DateValue] = []
    labels: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while pos < n:
        m = _next_date(text, pos)
        if m is None:
            break
        start, end = m.span()
        pos = end if end > start else start + 1
        g = m.groupdict()
        if g["by"] and han_at(text, end):  # a bare year glued to a CJK character: none here
            pos = start + 1
            continue
        date: DateValue | None = None
        if g["fiscal"] or g["desig"]:
            if (fy := _FY_SPAN_RE.match(text, start)) and (int(fy[2]) - int(fy[1])) % 100 != 1:
                pos = start + 1  # (2019/23 is no year across two: read as written)
                continue
            labels.append((start, end))
            continue
        if g["iy"]:
            date = DateValue(int(g["iy"]), int(g["im"]), int(g["id"]), start, end)
        elif g["gy"] or g["cy"] or (g["cm"] and not g["gl"]):  # a bracket without a year: no date
            year = _cn_year(g["gy"] or g["cy"]) if g["gy"] or g["cy"] else None
            cm, cd = g["cm"], g["cd"]
            month = _cn_small(cm) if cm else None
            day = _cn_small(cd) if cd else None
            if day is not None and not 1 <= day <= 31:
                day = None
            if year is None and day is None and _CONTRACT_AFTER_RE.match(text, end):
                continue  # (1月期油: the contract a futures price is for, a name, no month of the report)
            date = DateValue(year, month, day, start, end)
        elif g["m1"] and g["d1"]:
            y = int(g["y1"]) if g["y1"] else None
            date = DateValue(y, _MONTH_NAMES[g["m1"].rstrip(".")], _en_day(g["d1"]), start, end)
        elif g["m2"]:
            y = int(g["y2"]) if g["y2"] else None
            date = DateValue(y, _MONTH_NAMES[g["m2"].rstrip(".")], _en_day(g["d2"]), start, end)
        elif g["m1"]:  # November 2023
            date = DateValue(int(g["y3"]), _MONTH_NAMES[g["m1"].rstrip(".")], None, start, end)
        elif g["m4"]:
            date = DateValue(None, _MONTH_NAMES[g["m4"]], None, start, end)
        elif g["by"] or g["oy"]:
            if (_AMOUNT_BEFORE_RE.search(text, max(0, start - 12), start) and not _OVER_YEAR_RE.search(text, max(0, start - 24), start)
                    or g["oy"] and not _YEAR_BEFORE_RE.search(text, max(0, start - 16), start)
                    and not (_THE_BEFORE_RE.search(text, max(0, start - 5), start) and _EVENT_AFTER_RE.match(text, end)) and not (
                        (later := _YEAR_SPAN_END_RE.match(text, end)) and int(later[1]) > int(g["oy"])
                        or (earlier := _YEAR_SPAN_START_RE.search(text, max(0, start - 12), start))
                        and int(earlier[1]) < int(g["oy"]))):
                continue
            date = DateValue(int(g["by"] or g["oy"]), None, None, start, end)
        elif g["dec"]:
            date = DateValue(int(g["dec"]), None, None, start, end, decade=True)
        elif g["ld"] or g["led"] or g["lbd"] or g["lsd"]:
            date = DateValue(None, None, int(g["ld"] or g["led"] or g["lbd"] or g["lsd"]), start, end)
        elif g["lcd"]:
            date = DateValue(None, None, _cn_small(g["lcd"]), start, end)
        elif g["md"]:
            if _month_day(text, m):
                for part in ("md", "md2"):
                    if g[part]:
                        month, day = g[part].split("/")
                        dates.append(DateValue(None, int(month), int(day), m.start(part), m.end(part)))
            else:
                pos = start + 1
            continue
        elif g["ch"] or g["cp"] or g["eh"] or g["enoon"]:
            date = _time(g, start, end)
            last = dates[-1] if dates else None
            if (date is not None and last is not None and last.hour is None
                    and (last.month or last.day or last.weekday) and _TIME_AFTER_RE.fullmatch(text, last.end, start)):
                dates[-1] = last._replace(end=end, hour=date.hour, minute=date.minute, clock12=date.clock12, zone=date.zone)
                continue
        elif g["wd"]:
            wd = g["ewd"] or g["awd"]
            day = _WEEKDAY_NAMES[wd] if wd else _CN_WEEKDAYS[g["cwd"] or g["cwd2"]]
            date = DateValue(None, None, None, start, end, day)
            last = dates[-1] if dates else None
            if last is not None and last.weekday is None and (last.month or last.day) and _WEEKDAY_AFTER_RE.fullmatch(text, last.end, start):
                # 5月25日(周六), May 25 (Saturday): the weekday of the date before it
                end += 1 if text[end:end + 1] == ")" else 0
                dates[-1] = last._replace(end=end, weekday=day)
                pos = end
                continue
        if date is None:
            continue
        last = dates[-1] if dates else None
        if (last is not None and last.weekday is not None and last.month is None and last.year is None
                and (date.month or date.day) and _WEEKDAY_AFTER_RE.fullmatch(text, last.end, date.start)):
            # Saturday, May 25: one date, from the weekday on
            date = date._replace(start=last.start, weekday=last.weekday, hour=last.hour, minute=last.minute,
                                 clock12=last.clock12, zone=last.zone)
            dates.pop()
        elif (last is not None and last.hour is not None and not (last.year or last.month or last.day or last.weekday)
                and (date.month or date.day or date.weekday) and date.hour is None
                and _TIME_BEFORE_RE.fullmatch(text, last.end, date.start)):
            # 9 a.m. on July 16: one date, from the time on
            date = date._replace(start=last.start, hour=last.hour, minute=last.minute, clock12=last.clock12, zone=last.zone)
            dates.pop()
        dates.append(date)
        if date.day is not None:
            r = _RANGE_DAY_RE.match(text, end)
            if r and _RANGE_OWN_MONTH_RE.match(text, r.end()):
                r = None  # (1 June to 31 August, 7月1日至8月17日: the second day has a month of its own, its own date)
            if r:
                day = int(r["rd"]) if r["rd"] else _cn_small(r["rcd"])
                if date.day < day <= 31:
                    year = date.year
                    if r["ry"] and year is None:  # July 15-17, 2025: both days in 2025
                        year = int(r["ry"])
                        dates[-1] = DateValue(year, date.month, date.day, date.start, date.end)
                    # The second date starts at its day: 至 / - belong to neither.
                    d0 = r.start("rd") if r["rd"] else r.start("rcd")
                    dates.append(DateValue(year, date.month, day, d0, r.end()))
                    pos = r.end()
    return dates, labels


# A year written alone (99年, 18年) in a text that marks itself as writing years so: a count of years is told by its
# words (近50年, 连续4年, 50年来, 80年代), which stay durations. (A comma before it is a thousands separator only after a
# digit: 快转,112年 is a year.)
_LONE_YEAR_BEFORE = r"(?<![\d.a-z])(?<!\d,)(?<![第近约逾满达共每])(?<!长达|过去|连续|超过|将近|历时)"
_LONE_YEAR_AFTER = r"年(?![代内间来多半左前后])"
# A text dated in ROC years (102年, 112年; 民国) names a year as N年 alone too: a three-digit 101-129 before 年 is no
# duration anyone writes, so it marks the text.
_ROC_TEXT_RE = lazy(r"(?<![\d.])(?<!\d,)1(?:0[1-9]|[12]\d)年|民国", needs=("年", "民国"), starts="[1民]")
_ROC_LONE_RE = lazy(_LONE_YEAR_BEFORE + r"(?P<y>[4-9]\d|10[1-9]|1[12]\d)" + _LONE_YEAR_AFTER, needs="年")
# A text that writes years by their last two digits (18年较之17年, 与06年相比) marks itself by comparing one with another:
# a count of years is measured against no other count of years (19年较18年上涨21.85%: 2019 against 2018).
_SHORT_YEAR_TEXT_RE = lazy(r"(?<![\d.])\d\d年(?:较之?|比|相比|对比)\s?\d\d年(?![代内间来多半左])|与\s?\d\d年(?:相比|对比|比较)",
                           needs=("较", "比"))
_SHORT_YEAR_RE = lazy(_LONE_YEAR_BEFORE + r"(?P<y>[0-3]\d)" + _LONE_YEAR_AFTER, needs="年")


def _lone_years(text: str, dates: list[DateValue], labels: list[tuple[int, int]], marks, lone_re, offset: int) -> list[DateValue]:
    """``dates`` with the years ``text`` writes alone (``lone_re``; the year is its digits plus ``offset``), when
    ``marks`` finds that it writes years so."""
    if not marks.search(text):
        return dates
    taken = [(d.start, d.end) for d in dates] + labels
    lone = [DateValue(int(m["y"]) + offset, None, None, m.start(), m.end()) for m in lone_re.finditer(text)
            if not any(a < m.end() and m.start() < b for a, b in taken)]
    return sorted(dates + lone, key=lambda d: d.start) if lone else dates


def _roc_years(text: str, dates: list[DateValue], labels: list[tuple[int, int]]) -> list[DateValue]:
    """``dates`` with the ROC years ``text`` writes alone (99年 is 2010), when it is dated in ROC years."""
    return _lone_years(text, dates, labels, _ROC_TEXT_RE, _ROC_LONE_RE, 1911)


def _short_years(text: str, dates: list[DateValue], labels: list[tuple[int, int]]) -> list[DateValue]:
    """``dates`` with the two-digit years ``text`` writes (18年 is 2018), when it writes years so."""
    return _lone_years(text, dates, labels, _SHORT_YEAR_TEXT_RE, _SHORT_YEAR_RE, 2000)


def parse_dates(text: str) -> list[DateValue]:
    """Every calendar date in ``text`` (already :func:`normalize`-d), in order."""
    return _scan(text)[0]


def non_quantity_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that hold dates or fiscal-year labels, not amounts."""
    dates, labels = _scan(text)
    spans = [(d.start, d.end) for d in dates] + labels
    spans.sort()
    return spans


# --- grounding -------------------------------------------------------------

_WEEKDAY_WORDS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_WORDS = ("January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December")


def _clock(d: DateValue) -> str:
    """``15:00``, or ``9:00 (or 21:00)`` for an hour written without its half of the day."""
    minute = d.minute or 0
    zone = f" {d.zone.upper()}" if d.zone else ""
    if d.clock12:
        return f"{d.hour}:{minute:02d} (or {(d.hour + 12) % 24:02d}:{minute:02d}){zone}"
    return f"{d.hour:02d}:{minute:02d}{zone}"


def _plain(d: DateValue) -> str:
    """The parts a date states, in words: ``1995``, ``November 2023``, ``April 9, 2025``."""
    month = _MONTH_WORDS[d.month - 1] if d.month is not None else ""
    if month and d.day is not None:
        md = f"{month} {d.day}"
    elif d.day is not None:
        md = f"day {d.day}"
    else:
        md = month
    if d.weekday is not None:
        md = _WEEKDAY_WORDS[d.weekday - 1] + (", " + md if md else "")
    if d.year is None:
        when = md
    elif not md:
        when = f"the {d.year}s" if d.decade else str(d.year)
    else:
        when = f"{md}, {d.year}" if d.day is not None else f"{md} {d.year}"
    if d.hour is None:
        return when
    return f"{when}, {_clock(d)}" if when else _clock(d)


def _describe(d: DateValue, text: str) -> str:
    """The date in words, then as the text writes it when that reads otherwise (``April 9 (4月9日)``)."""
    written = text[d.start:d.end]
    plain = _plain(d)
    return plain if written.casefold() == plain.casefold() else f"{plain} ({written})"


def _describe_all(dates: list[DateValue], text: str) -> str:
    return " and ".join(dict.fromkeys(_describe(d, text) for d in dates))


def same_time(a: DateValue, c: DateValue) -> bool:
    """Does ``c`` state the clock time ``a`` gives (none given: yes)? An answer's hour written
    without its half of the day (9时) is either; a cite's is read on the 24-hour clock
    (9时 is 09:00, never 21:00), so 下午9时 is not grounded by it. Two named time zones must
    be one (9 a.m. EDT = 9 a.m. ET, not 9 a.m. PT); a zone one of them leaves out is free."""
    if a.hour is None:
        return True
    if c.hour is None or (a.minute or 0) != (c.minute or 0) or a.zone and c.zone and a.zone != c.zone:
        return False
    return a.hour % 12 == c.hour % 12 if a.clock12 else a.hour == c.hour


def agrees(a: DateValue, c: DateValue) -> bool:
    """Does ``c`` state every part of ``a`` that ``a`` gives, with the same value?"""
    return (all(x is None or x == y for x, y in ((a.year, c.year), (a.month, c.month), (a.day, c.day), (a.weekday, c.weekday)))
            and (a.year is None or a.decade == c.decade) and same_time(a, c))


def _check_one(a: DateValue, answer: str, cites: list[DateValue], cite: str) -> Mismatch | None:
    said = _describe(a, answer)
    calendar = a.month is not None or a.day is not None
    # Cite dates that state the answer's month and day (those it gives), its time, and its weekday
    # unless the answer's calendar date grounds it and the cite names no weekday to contradict.
    same_md = [c for c in cites
               if (a.month is None or c.month == a.month)
               and (a.day is None or c.day == a.day)
               and (a.weekday is None or c.weekday == a.weekday or c.weekday is None and calendar)
               and same_time(a, c)]
    if any(a.year is None or c.year == a.year and c.decade == a.decade for c in same_md):
        return None
    if same_md:
        with_year = [c for c in same_md if c.year is not None]
        if with_year:
            return Mismatch("DG303", f"answer says {said}; the cite says {_describe_all(with_year, cite)}")
        others = sorted({c.year for c in cites if c.year is not None})
        elsewhere = f" (it names {', '.join(map(str, others))} elsewhere)" if others else ""
        return Mismatch(
            "DG303", f"answer says {said}; the cite says {_describe_all(same_md, cite)}, with no year{elsewhere}"
        )
    # 主计总处27日发布 states the day of November 27, 2020, not its month or year
    day_only = [c for c in cites if c.month is None and c.day is not None and c.day == a.day and same_time(a, c)]
    if day_only:
        return Mismatch("DG303", f"answer says {said}; the cite says {_describe_all(day_only, cite)}, with no month or year")
    # A weekday and a calendar date never contradict each other: a cite date is
    # compared with the parts of the answer it shares a kind of, and a time with a time.
    comparable = [c for c in cites if calendar and (c.month is not None or c.day is not None)
                  or a.weekday is not None and c.weekday is not None
                  or a.hour is not None and c.hour is not None]
    if comparable:
        best = max(comparable, key=lambda c: (c.month == a.month, c.day == a.day, c.weekday == a.weekday, same_time(a, c)))
        why = _describe(best, cite)
        if a.month is not None and best.month == a.month and best.day is None:
            why += ", with no day"
        elif a.hour is not None and best.hour is None:
            why += ", with no time"
        elif a.hour is not None and best.clock12 and not a.clock12:
            why += ", read on the 24-hour clock"
        return Mismatch("DG304", f"answer says {said}; the cite says {why}")
    return Mismatch("DG302", f"answer says {said}; the cite only has {_describe_all(cites, cite)}")


# An answer that is only a day: "27th", "the 27th" (in running text, "27th" alone is an ordinal).
_WHOLE_YEAR_RE = lazy(r"(?:in\s)?(1\d\d\d|20\d\d)")
_WHOLE_ROC_RE = lazy(r"(?:民国)?([4-9]\d|10[1-9]|1[12]\d)年")
_WHOLE_MD_RE = lazy(r"(1[0-2]|0?[1-9])/(3[01]|[12]\d|0?[1-9])")  # an answer that is only 2/1
_WHOLE_DAY_RE = lazy(rf"(?:on\s)?(?:the\s)?({_DAY_NUM})(?:st|nd|rd|th)")
# An answer that is only an hour in 点 (9点): in running text 3点 counts points as often as it tells
# the time, but a card's whole answer to 几点 is the hour, as 9时 is.
_WHOLE_HOUR_RE = lazy(rf"(2[0-4]|[01]?\d|{_CN_HOUR_NUM})点钟?")


def _whole_dates(text: str) -> list[DateValue]:
    """The dates of ``text``; else, when the whole text is a month name ("May"), a day ("27th") or
    a weekday ("Sat."), that one: words that in running text are ordinary words or ordinals."""
    found = parse_dates(text)
    if found:
        return found
    word = text.strip(" .")
    whole = _MONTH_NAMES.get(word.rstrip("."))
    if whole is not None:
        return [DateValue(None, whole, None, 0, len(text))]
    year = _WHOLE_YEAR_RE.fullmatch(word)
    if year:  # an answer that is only a year: 1885
        return [DateValue(int(year[1]), None, None, 0, len(text))]
    roc = _WHOLE_ROC_RE.fullmatch(word)
    if roc:  # an answer that is only an ROC year: 99年 (a card on a text dated in ROC years)
        return [DateValue(int(roc[1]) + 1911, None, None, 0, len(text))]
    md = _WHOLE_MD_RE.fullmatch(word)
    if md:
        return [DateValue(None, int(md[1]), int(md[2]), 0, len(text))]
    lone = _WHOLE_DAY_RE.fullmatch(word)
    if lone:
        return [DateValue(None, None, int(lone[1]), 0, len(text))]
    hour = _WHOLE_HOUR_RE.fullmatch(word)
    if hour and _cn_small(hour[1]) <= 24:
        h = _cn_small(hour[1])
        return [DateValue(None, None, None, 0, len(text), hour=h % 24, clock12=1 <= h <= 12)]
    weekday = _WEEKDAY_NAMES.get(word.rstrip("."))
    return [DateValue(None, None, None, 0, len(text), weekday)] if weekday is not None else []


_THAT_YEAR_RE = lazy(r",?\s(?:that|the\ssame)\syear\b", needs="year")


def _that_year(dates: list[DateValue], text: str) -> list[DateValue]:
    """``dates`` with a date the text puts in "that year" (on 2 June that year, 同年5月) given the
    year of the last date before it that names one: the text has said which year it means."""
    out, year = [], None
    for d in dates:
        if d.year is None and d.month is not None and year is not None and (
                _THAT_YEAR_RE.match(text, d.end) or text.startswith("同年", d.start)):
            d = d._replace(year=year)
        if d.year is not None and not d.decade:
            year = d.year
        out.append(d)
    return out


# Why a text that looks dated holds no date, so the author is told what to write instead of only "no date".
_FISCAL_RE = lazy(_FISCAL, re.IGNORECASE)
_NUMERIC_DATE_RE = lazy(r"(?<![\d/.])\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})(?![\d/.])")
_NO_DATE_FIX = {  # what to do about it, in the answer and in the cite (which must stay verbatim)
    "fiscal": ("is a fiscal period, not a calendar date: make it a fact card",) * 2,
    "numeric": ("is not read as a date (the order of day and month differs by country): "
                "write it with the month's name (May 24, 2017) or as the source does",
                "is not read as a date (the order of day and month differs by country): "
                "cite a passage that names the month, or make it a fact card"),
}


def _why_no_date(text: str, in_cite: bool = False) -> str:
    """A hint for DG301/DG302 (``text`` as written): a fiscal period is not a calendar date,
    and an all-numeric date (05/24/2017) is read as none."""
    for kind, pattern in (("fiscal", _FISCAL_RE), ("numeric", _NUMERIC_DATE_RE)):
        m = pattern.search(text) or pattern.search(normalize(text))  # 財年 is matched folded
        if m:
            return f"; {'the cite' if in_cite else 'the answer'}'s {m.group()!r} {_NO_DATE_FIX[kind][in_cite]}"
    return ""


def check_date(answer: str, cite: str) -> list[Mismatch]:
    """Ground a date card: each answer date must be stated by one cite date.

    Both arguments are the raw card strings; they are normalised here.
    """
    a_text = normalize(answer)
    c_text = normalize(cite)
    said = _whole_dates(a_text)
    # (an answer that is only 99年 is a year of a text dated in ROC years; of another, a count of years)
    if not said or _WHOLE_ROC_RE.fullmatch(a_text.strip(" .")) and not _ROC_TEXT_RE.search(c_text):
        return [Mismatch("DG301", f"answer {answer!r} has no date{_why_no_date(answer)}")]
    stated = _that_year(_whole_dates(c_text), c_text)
    if not stated:
        return [Mismatch("DG302", f"the cite has no date to ground {_describe(said[0], a_text)}{_why_no_date(cite, in_cite=True)}")]
    found = [_check_one(a, a_text, stated, c_text) for a in said]
    return [f for f in found if f is not None]
