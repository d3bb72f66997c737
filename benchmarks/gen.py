"""Synthetic decks and sources for the benchmark, generated deterministically.

``write_case(folder, lang, cards, source_bytes, seed, style)`` writes

    folder/<slug>.yaml            the deck: ``cards`` cards
    folder/sources/<slug>.txt     the source: ``source_bytes`` bytes of UTF-8 news copy

Two styles. ``news`` (the first benchmark's decks, kept as they were): cards of
kind figure or date citing a short passage that holds one value. ``dense``
(issue 16, decks like real ones): every source sentence is long and states
several values of different kinds, as real reports do (a filing number, a year
and month, an amount, a percentage, a count), names a company and a person from
the deck's ``entities`` and quotes the person; cards of all four kinds (figure,
date, quote, fact) cite whole sentences, answers use the entities' aliases, and
every card has a translation (English on Chinese decks, Chinese on English
ones) that is grounded by value or by alias. See ``_dense_zh``/``_dense_en``.

Chinese sources are in Traditional characters with figures written the way
Chinese news writes them (``5890億美元``, ``48.5萬枚``, ``4230.22%``) and dates
like ``2025年4月27日``; English sources use ``$589 billion`` and
``July 16, 2025``. Every card cites a 20-40 character passage of its own
sentence that contains the answer, written in the same notation; one Chinese
card in five carries an English translation (``$589 billion``,
``April 27, 2025``), as the shipped deck does.

A source holds one sentence with a figure or date per card when it has room
for them (the rest is filler copy about the same made-up companies); when it
is too small (10k cards in 10 KB), it is made of such sentences only and cards
take turns citing them, each with its own question.

Same arguments, same bytes: only ``random.Random(seed)`` is used.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

# --- vocabulary --------------------------------------------------------------
# Name characters avoid numerals (一 十 百 萬 億 兩 ...), qualifiers (多 餘 近 約
# 超), date words (年 月 日) and currencies (元): a company called 萬億 would be
# a trap for the figure parser no real article sets.
ZH_NAME_CHARS = "華興聯創科達遠航盛電銀貿訊寶騰瑞恆信通納凱輝匯龍鑫鴻豐晶芯源海天宏昌泰德新光明東南西北安康和平正博藍星雲峰啟智"
ZH_SUFFIXES = ["科技", "集團", "電子", "半導體", "能源", "汽車", "通訊", "控股", "微電子", "資本", "精密", "材料"]
ZH_PRODUCTS = ["伺服器", "車用", "手機", "人工智能", "數據中心", "邊緣運算", "網通", "記憶體", "光通訊", "儲能"]
ZH_PLACES = ["台灣", "香港", "上海", "深圳", "新加坡", "東京", "首爾", "越南", "德國", "美國", "印度", "巴西"]
ZH_FILLER = [
    "{org}表示，將持續關注{place}市場的需求變化，並適時調整產能佈局。",
    "分析人士認為，{org}在{product}領域的佈局仍有待觀察。",
    "{org}發言人拒絕就{place}工廠的進度置評。",
    "業內人士指出，{product}晶片的供應緊張局面短期內難以緩解。",
    "{org}與{org2}在{place}的競爭日趨激烈，雙方均加大了研發投入。",
    "據悉，{org}正在與{place}當地政府洽談新的合作項目。",
    "市場研究機構的報告顯示，{product}產品的需求持續走強。",
    "{org}管理層在業績說明會上回應了投資者關於{product}業務的提問。",
]

EN_PREFIXES = ["Vel", "Cor", "Nor", "Ast", "Bri", "Cal", "Dra", "Eld", "Fal", "Gal", "Hel", "Ion", "Jor", "Kes", "Lum",
               "Mar", "Nex", "Oro", "Pyr", "Quin", "Ros", "Sol", "Tal", "Ul", "Var", "Wyn", "Xan", "Yor", "Zen", "Arc",
               "Bel", "Cyr", "Dor", "Fen", "Gor", "Hal", "Kal", "Mir", "Ner", "Pel"]
EN_MIDDLES = ["", "a", "e", "i", "o", "u", "an", "er", "is", "on", "al", "en"]
EN_SUFFIXES = ["tron", "vex", "dyne", "tek", "nix", "cor", "gen", "lux", "ware", "sys", "com", "tel", "mar", "dex", "ion",
               "ra", "nova", "byte", "core", "link", "wave", "path", "grid", "node", "soft", "labs", "mind", "gate", "point", "scale"]
EN_PRODUCTS = ["Aurora", "Nimbus", "Zephyr", "Falcon", "Orion", "Vega", "Atlas", "Comet", "Lynx", "Titan", "Quasar", "Sable"]
EN_PLACES = ["Texas", "Ohio", "Bavaria", "Penang", "Osaka", "Taiwan", "Arizona", "Ireland", "Quebec", "Johor", "Wales"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
EN_FILLER = [
    "{org} said it would keep watching demand in {place} and adjust capacity as needed.",
    "Analysts said it was too early to judge how {org} would fare against {org2}.",
    "A spokesperson for {org} declined to comment on the plant in {place}.",
    "Industry executives expect supply of {product} parts to stay tight for some time.",
    "The rivalry between {org} and {org2} in {place} has pushed both to spend more on research.",
    "{org} is said to be in talks with officials in {place} about a new project.",
    "Market researchers report that demand for products like the {product} keeps growing.",
    "Executives at {org} took questions from investors about the {product} business.",
]

CITE_MIN, CITE_MAX = 20, 40


@dataclass
class Fact:
    """One sentence of the source that a card can cite."""

    sentence: str  # as it appears in the source
    cite: str  # 20-40 characters of it, containing the answer
    kind: str  # figure | date
    q: str
    a: str
    tag: str
    tq: str = ""  # English translation (Chinese decks only)
    ta: str = ""


def _zh_org(r: random.Random) -> str:
    return "".join(r.choice(ZH_NAME_CHARS) for _ in range(r.choice((2, 2, 3)))) + r.choice(ZH_SUFFIXES)


def _en_org(r: random.Random) -> str:
    return r.choice(EN_PREFIXES) + r.choice(EN_MIDDLES) + r.choice(EN_SUFFIXES)


def _date(r: random.Random) -> tuple[int, int, int]:
    return r.randint(2015, 2026), r.randint(1, 12), r.randint(1, 28)


def _zh_fact(r: random.Random) -> Fact:
    org, product, place = _zh_org(r), r.choice(ZH_PRODUCTS), r.choice(ZH_PLACES)
    y, m, d = _date(r)
    t = r.randrange(6)
    if t == 0:
        n = r.randint(100, 9999)  # 億美元; 5890億美元 = $589 billion
        cite = f"{org}{y}年全年營收達{n}億美元"
        sentence = f"財報顯示，{cite}，較上年增長{r.randint(2, 60)}%。"
        bn = f"{n / 10:.1f}".rstrip("0").rstrip(".")
        return Fact(sentence, cite, "figure", f"{org}{y}年全年營收是多少？", f"{n}億美元", "revenue",
                    f"What was {org}'s revenue for {y}?", f"${bn} billion")
    if t == 1:
        n = f"{r.randint(1, 999)}.{r.randint(1, 9)}"  # 48.5萬枚 = 485,000
        cite = f"{org}的{product}晶片累計出貨{n}萬枚"
        sentence = f"公司公告稱，截至{y}年底，{cite}。"
        units = int(round(float(n) * 10000))
        return Fact(sentence, cite, "figure", f"截至{y}年底，{org}的{product}晶片累計出貨多少枚？", f"{n}萬枚", "shipments",
                    f"How many {org} chips had shipped by the end of {y}?", f"{units:,}")
    if t == 2:
        p = f"{r.randint(10, 9999)}.{r.randint(10, 99)}"
        cite = f"{org}股價自上市以來累計上漲{p}%"
        sentence = f"{cite}，市值在{y}年一度超越{_zh_org(r)}。"
        return Fact(sentence, cite, "figure", f"{org}股價自上市以來累計上漲多少（{y}年報道）？", f"{p}%", "share-price",
                    f"How much had {org}'s shares risen since listing, as reported in {y}?", f"{p}%")
    if t == 3:
        n = r.randint(2, 900)
        cite = f"{org}計劃投資{n}億元人民幣擴建{place}工廠"
        sentence = f"據知情人士透露，{cite}。"
        return Fact(sentence, cite, "figure", f"{org}計劃投資多少錢擴建{place}工廠？", f"{n}億元", "investment")
    if t == 4:
        cite = f"{org}於{y}年{m}月{d}日正式發佈{product}晶片"
        sentence = f"{cite}，並同步公佈了量產時間表。"
        return Fact(sentence, cite, "date", f"{org}哪一天正式發佈{product}晶片？", f"{y}年{m}月{d}日", "launch",
                    f"On what date did {org} launch its {product} chip?", f"{EN_MONTHS[m - 1]} {d}, {y}")
    org2 = _zh_org(r)
    cite = f"{y}年{m}月{d}日，{org}宣佈完成對{org2}的收購"
    sentence = f"{cite}，交易金額未予披露。"
    return Fact(sentence, cite, "date", f"{org}哪一天宣佈完成對{org2}的收購？", f"{y}年{m}月{d}日", "acquisition")


def _en_fact(r: random.Random) -> Fact:
    org, product, place = _en_org(r), r.choice(EN_PRODUCTS), r.choice(EN_PLACES)
    y, m, d = _date(r)
    t = r.randrange(6)
    if t == 0:
        n = f"{r.randint(1, 999)}" if r.random() < 0.5 else f"{r.randint(1, 99)}.{r.randint(1, 9)}"
        cite = f"{org}'s {y} revenue hit ${n} billion"
        sentence = f"{cite}, up {r.randint(2, 60)}% from a year earlier, filings show."
        return Fact(sentence, cite, "figure", f"What was {org}'s revenue in {y}?", f"${n} billion", "revenue")
    if t == 1:
        n = f"{r.randint(1, 99)}.{r.randint(1, 9)}"
        cite = f"{org} shipped {n} million {product} chips"
        sentence = f"By the end of {y}, {cite}, the company said."
        return Fact(sentence, cite, "figure", f"How many {product} chips had {org} shipped by the end of {y}?", f"{n} million", "shipments")
    if t == 2:
        p = f"{r.randint(10, 9999)}.{r.randint(10, 99)}"
        cite = f"{org} shares have risen {p}%"
        sentence = f"Since its {y} listing, {cite}, briefly overtaking {_en_org(r)} in value."
        return Fact(sentence, cite, "figure", f"How much have {org} shares risen since the {y} listing?", f"{p}%", "share-price")
    if t == 3:
        n = r.randint(2, 900)
        cite = f"{org} will invest ${n} million in {place}"
        sentence = f"People familiar with the plan said {cite} to expand its plant."
        return Fact(sentence, cite, "figure", f"How much will {org} invest to expand its plant in {place}?", f"${n} million", "investment")
    date = f"{EN_MONTHS[m - 1]} {d}, {y}"
    if t == 4:
        cite = f"{org} launched {product} on {date}"
        sentence = f"{cite}, and published a schedule for volume production."
        return Fact(sentence, cite, "date", f"On what date did {org} launch {product}?", date, "launch")
    target = _en_org(r)
    cite = f"{org} bought {target} on {date}"
    sentence = f"{cite}, for a price it did not disclose."
    return Fact(sentence, cite, "date", f"On what date did {org} buy {target}?", date, "acquisition")


# --- dense decks (issue 16) ----------------------------------------------------
# Surnames and given-name characters avoid numerals, qualifiers (余 多 近 约 超
# 高), date words and counters, for the same reason as ZH_NAME_CHARS.
ZH_SURNAMES = "王李張劉陳楊黃趙吳周徐孫馬朱胡郭林羅鄭梁謝宋唐許韓馮鄧曹彭蕭田董袁潘蔣蔡杜葉程蘇魏呂任沈姚盧姜崔鍾譚陸汪范金廖賈夏韋傅方白鄒孟熊秦邱江尹薛段雷侯史陶黎賀顧毛龔邵"
ZH_GIVEN = "偉明強軍傑濤磊靜麗敏燕芳娜秀英慧穎鵬輝婷宇浩然欣怡晨陽博文志勇峰琳雪梅蘭健斌凱瑤丹晶瑞"
ZH_ROLES = ["董事長", "總裁", "首席執行官", "首席財務官", "發言人", "總經理"]
EN_FIRST = ["Alice", "Brian", "Chloe", "Daniel", "Elena", "Felix", "Grace", "Henry", "Irene", "Jonas", "Karen", "Liam",
            "Maya", "Nolan", "Olivia", "Peter", "Quinn", "Rosa", "Simon", "Tara", "Umar", "Vera", "Walter", "Yara", "Zoe"]
EN_LAST = ["Abbott", "Barker", "Carver", "Dalton", "Ellison", "Fischer", "Garrison", "Holloway", "Ingram", "Jensen",
           "Keller", "Lambert", "Mercer", "Norris", "Osborne", "Prescott", "Quigley", "Ramsey", "Sutton", "Thornton",
           "Underwood", "Vaughn", "Whitaker", "Yates", "Zimmer"]
EN_ROLES = ["chief executive", "chief financial officer", "spokesperson", "president", "chairman"]
ZH_PRODUCTS_EN = {"伺服器": "server", "車用": "automotive", "手機": "handset", "人工智能": "AI", "數據中心": "data-centre",
                  "邊緣運算": "edge-computing", "網通": "networking", "記憶體": "memory", "光通訊": "optical", "儲能": "energy-storage"}
ZH_PLACES_EN = {"台灣": "Taiwan", "香港": "Hong Kong", "上海": "Shanghai", "深圳": "Shenzhen", "新加坡": "Singapore", "東京": "Tokyo",
                "首爾": "Seoul", "越南": "Vietnam", "德國": "Germany", "美國": "the US", "印度": "India", "巴西": "Brazil"}
DENSE_KINDS = ("figure", "figure", "date", "quote", "fact")  # a sentence's cards, in turn
ENTITY_POOL = 300  # companies and as many people per deck: a book-length deck's cast


@dataclass
class Entity:
    name: str  # canonical, as the source writes it
    aliases: tuple[str, ...]  # [another script / short form, the other language]


@dataclass
class DenseFact:
    """One long source sentence and the five cards it can carry (``card(k)``)."""

    sentence: str
    cite: str
    cards: list[Fact]  # one per DENSE_KINDS, translations included

    def card(self, k: int) -> Fact:
        return self.cards[k % len(self.cards)]


def _cast(r: random.Random, lang: str) -> tuple[list[Entity], list[Entity]]:
    """The deck's companies and people, each with an alias in the other script or language."""
    import opencc  # only for the generator's Simplified aliases

    t2s = opencc.OpenCC("t2s").convert
    orgs: dict[str, Entity] = {}
    people: dict[str, Entity] = {}
    en_names: set[str] = set()

    def unique_en(make) -> str:
        while (n := make()) in en_names:
            pass
        en_names.add(n)
        return n

    taken: set[str] = set()  # folded Chinese spellings: no two entities may share one (an alias must name one entity)
    while len(orgs) < ENTITY_POOL:
        zh = _zh_org(r)
        en = unique_en(lambda: _en_org(r))
        if t2s(zh) in taken:
            continue
        taken.add(t2s(zh))
        orgs[t2s(zh) if lang == "zh" else en] = Entity(zh, (t2s(zh), en)) if lang == "zh" else Entity(en, (en + " Inc.", zh))
    while len(people) < ENTITY_POOL:
        zh = r.choice(ZH_SURNAMES) + "".join(r.choice(ZH_GIVEN) for _ in range(r.choice((1, 2, 2))))
        en = unique_en(lambda: f"{r.choice(EN_FIRST)} {r.choice(EN_LAST)}")
        if t2s(zh) in taken:
            continue
        taken.add(t2s(zh))
        if lang == "zh":
            people[t2s(zh)] = Entity(zh, (t2s(zh), en))
        else:
            people[en] = Entity(en, (en.split()[1] + " " + en.split()[0][0] + ".", zh))
    return list(orgs.values()), list(people.values())


def _dense_zh(r: random.Random, cast) -> DenseFact:
    orgs, people = cast
    org, who = r.choice(orgs), r.choice(people)
    product, place = r.choice(ZH_PRODUCTS), r.choice(ZH_PLACES)
    y, m, _ = _date(r)
    doc = r.randint(100, 9999)
    n = r.randint(100, 9999)  # 億美元
    p = f"{r.randint(1, 99)}.{r.randint(1, 9)}"
    k = r.randint(2, 9)
    role = r.choice(ZH_ROLES)
    words = f"公司將在{y + 1}年把{place}的{product}產能提高{k}成"
    cite = (f"根據{org.name}第{doc}號公告，{y}年{m}月，{org.name}在{place}的{product}業務營收達{n}億美元，"
            f"較上年同期增長{p}%，{role}{who.name}在業績說明會上表示，{words}")
    sentence = cite + "。"
    bn = f"{n / 10:.1f}".rstrip("0").rstrip(".")
    pe, ple, me = ZH_PRODUCTS_EN[product], ZH_PLACES_EN[place], EN_MONTHS[m - 1]
    tag = "dense"
    cards = [
        Fact(sentence, cite, "figure", f"{y}年{m}月，{org.name}在{place}的{product}業務營收達到多少？", f"{n}億美元", tag,
             f"What was {org.aliases[1]}'s {pe} revenue in {ple} in {me} {y}?", f"${bn} billion"),
        Fact(sentence, cite, "figure", f"{y}年{m}月，{org.name}在{place}的{product}業務營收較上年同期增長多少？", f"{p}%", tag,
             f"By how much did {org.aliases[1]}'s {pe} revenue in {ple} grow year on year in {me} {y}?", f"{p}%"),
        Fact(sentence, cite, "date", f"{org.name}第{doc}號公告所述{place}{product}業務營收是哪個月的數字？", f"{y}年{m}月", tag,
             f"Which month's {pe} revenue in {ple} does {org.aliases[1]}'s filing No. {doc} report?", f"{me} {y}"),
        Fact(sentence, cite, "quote", f"{y}年{m}月的業績說明會上，誰表示「{words}」？", who.name, tag,
             f"At the {me} {y} results briefing, who said {org.aliases[1]} would raise its {pe} capacity in {ple} by {k}0%?", who.aliases[1]),
        Fact(sentence, cite, "fact", f"{y}年{m}月，哪家公司在{place}的{product}業務營收達{n}億美元？", org.aliases[0], tag,
             f"Which company's {pe} revenue in {ple} reached ${bn} billion in {me} {y}?", org.aliases[1]),
    ]
    return DenseFact(sentence, cite, cards)


def _dense_en(r: random.Random, cast) -> DenseFact:
    orgs, people = cast
    org, who = r.choice(orgs), r.choice(people)
    product, place = r.choice(EN_PRODUCTS), r.choice(EN_PLACES)
    y, m, _ = _date(r)
    doc = r.randint(100, 9999)
    n = f"{r.randint(1, 99)}.{r.randint(1, 9)}"  # billion dollars
    p = f"{r.randint(1, 99)}.{r.randint(1, 9)}"
    k = r.randint(2, 9)
    role = r.choice(EN_ROLES)
    me = EN_MONTHS[m - 1]
    cite = (f"According to filing No. {doc}, {org.name}'s {product} revenue in {place} reached ${n} billion in {me} {y}, "
            f"up {p}% from a year earlier, and {role} {who.name} said the company would add {k} {product} lines in {place} by {y + 1}")
    sentence = cite + "."
    yi = f"{Decimal(n) * 10:f}".rstrip("0").rstrip(".")  # 億美元
    tag = "dense"
    zo, zp = org.aliases[1], who.aliases[1]
    cards = [
        Fact(sentence, cite, "figure", f"What was {org.name}'s {product} revenue in {place} in {me} {y}?", f"${n} billion", tag,
             f"{y}年{m}月，{zo}的{product}在{place}的營收是多少？", f"{yi}億美元"),
        Fact(sentence, cite, "figure", f"By how much did {org.name}'s {product} revenue in {place} grow in the year to {me} {y}?", f"{p}%", tag,
             f"{y}年{m}月，{zo}的{product}在{place}的營收同比增長多少？", f"{p}%"),
        Fact(sentence, cite, "date", f"Which month's {product} revenue in {place} does {org.name}'s filing No. {doc} report?", f"{me} {y}", tag,
             f"{zo}第{doc}號文件報告的是哪個月{place}的{product}營收？", f"{y}年{m}月"),
        Fact(sentence, cite, "quote", f"Who said in {me} {y} that {org.name} would add {k} {product} lines in {place} by {y + 1}?", who.name, tag,
             f"誰在{y}年{m}月表示{zo}將在{place}增加{k}條{product}生產線？", zp),
        Fact(sentence, cite, "fact", f"Which company's {product} revenue in {place} reached ${n} billion in {me} {y}?", org.aliases[0], tag,
             f"哪家公司{y}年{m}月在{place}的{product}營收達到{yi}億美元？", zo),
    ]
    return DenseFact(sentence, cite, cards)


def _fact(r: random.Random, lang: str, questions: set[str] | None = None) -> Fact:
    """A fact whose cite is 20-40 characters and whose question is not in ``questions`` (then added)."""
    make = _zh_fact if lang == "zh" else _en_fact
    while True:
        f = make(r)
        if not CITE_MIN <= len(f.cite) <= CITE_MAX:
            continue
        if questions is not None:
            if f.q.lower() in questions:
                continue
            questions.add(f.q.lower())
        return f


def _filler(r: random.Random, lang: str) -> str:
    if lang == "zh":
        return r.choice(ZH_FILLER).format(org=_zh_org(r), org2=_zh_org(r), product=r.choice(ZH_PRODUCTS), place=r.choice(ZH_PLACES))
    return r.choice(EN_FILLER).format(org=_en_org(r), org2=_en_org(r), product=r.choice(EN_PRODUCTS), place=r.choice(EN_PLACES))


def _source(r: random.Random, lang: str, wanted_facts: int, size: int, make=None) -> tuple[str, list]:
    """Paragraphs (one per line) of about ``size`` UTF-8 bytes and the facts in them.

    Facts are spread evenly among filler sentences; when all ``wanted_facts``
    do not fit in ``size`` bytes the source is facts only, as many as fit.
    ``make(r)`` makes one fact (default: a news fact with a unique question).
    """
    sep = "" if lang == "zh" else " "
    questions: set[str] = set()
    if make is None:
        make = lambda r: _fact(r, lang, questions)  # noqa: E731
    sample = [make(random.Random(i)) for i in range(200)]
    questions.clear()
    fact_bytes = sum(len((f.sentence + sep).encode()) for f in sample) / len(sample)
    fits = wanted_facts * fact_bytes <= size
    facts: list = []
    lines: list[str] = []
    para: list[str] = []
    para_len = r.randint(3, 8)
    total = 0
    while total < size or (fits and len(facts) < wanted_facts):
        left = wanted_facts - len(facts)
        if left > 0 and r.random() * max((size - total) / fact_bytes, 1.0) < left:
            f = make(r)
            facts.append(f)
            s = f.sentence
        else:
            s = _filler(r, lang)
        para.append(s)
        total += len((s + sep).encode())
        if len(para) >= para_len:
            lines.append(sep.join(para))
            para, para_len = [], r.randint(3, 8)
    if para:
        lines.append(sep.join(para))
    return "\n".join(lines) + "\n", facts


_PLAIN = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`$][^\n:#]*\Z")


def _scalar(s: str) -> str:
    """A YAML scalar for ``s``: plain when that is safe, double-quoted otherwise."""
    if _PLAIN.match(s) and not s.endswith(" ") and ": " not in s and " #" not in s:
        return s
    return json.dumps(s, ensure_ascii=False)


def deck_yaml(slug: str, lang: str, facts: list, cards: range | int, source_name: str, cast=None) -> str:
    """The deck file with cards number ``cards`` (a range, or a count from 0).

    News facts carry one card each; dense ones five, taken in turn.
    """
    if isinstance(cards, int):
        cards = range(cards)
    name = "合成基準測試" if lang == "zh" else "Synthetic benchmark"
    out = [
        f"# Synthetic benchmark deck ({lang}, {len(cards)} cards); generated by benchmarks/gen.py, never committed.",
        "deck:",
        f"  id: {slug}",
        f"  name: {_scalar(name + ' ' + slug)}",
        "  source:",
        f"    file: sources/{source_name}",
        f"    title: {_scalar('合成新聞稿' if lang == 'zh' else 'Synthetic news copy')}",
        "    publisher: deckgen benchmarks",
    ]
    if cast is not None:
        out.append("  entities:")
        for e in (*cast[0], *cast[1]):
            out.append(f"    {_scalar(e.name)}: [{', '.join(_scalar(a) for a in e.aliases)}]")
    out.append("cards:")
    n = len(facts)
    questions: set[str] = set()
    for i in cards:
        fact = facts[i % n]
        turn = i // n  # > 0 when the source is too small for a sentence per card
        if cast is None:
            f, every = fact, 5
        else:
            f, every = fact.card(i + turn), 1  # a sentence's next card on each turn
            turn //= len(fact.cards)  # the same card again only after all five
        q, tq = f.q, f.tq
        if turn or f.q.lower() in questions:
            k = turn + 1 if turn else 2
            while (q := f"{f.q}（第{k}問）" if lang == "zh" else f"{f.q} (take {k})").lower() in questions:
                k += 1
            tq = f"{f.tq} (take {k})" if lang == "zh" else f"{f.tq}（第{k}問）"
        questions.add(q.lower())
        out.append(f"  - id: {f.tag}-{f.kind}-{i:06d}")
        out.append(f"    kind: {f.kind}")
        out.append(f"    q: {_scalar(q)}")
        out.append(f"    a: {_scalar(f.a)}")
        out.append(f"    cite: {_scalar(f.cite)}")
        out.append(f"    tags: [{lang}-bench, {f.tag}]")
        if f.ta and i % every == 0:
            out.append("    translation:")
            out.append(f"      q: {_scalar(tq)}")
            out.append(f"      a: {_scalar(f.ta)}")
        out.append("")
    return "\n".join(out)


STYLES = ("news", "dense")
# Cards in one dense deck file: deckgen refuses deck files over 32 MiB ("split
# it"), and 100k dense cards take 58 MB, so larger dense decks are split into
# files of this many cards (all citing the one source), checked and built together.
DENSE_PART = 25_000


def write_case(folder: Path, lang: str, cards: int, source_bytes: int, seed: int = 20250716, style: str = "news") -> list[Path]:
    """Write a deck (one file, or several parts of one) and its source into ``folder``; return the deck files."""
    if style == "news":
        slug = f"bench-{lang}-{cards}-{source_bytes}"  # today's names and bytes, unchanged
        r = random.Random(f"{seed}-{lang}-{cards}-{source_bytes}")
        text, facts = _source(r, lang, cards, source_bytes)
        cast = None
    else:
        slug = f"bench-{style}-{lang}-{cards}-{source_bytes}"
        r = random.Random(f"{seed}-{style}-{lang}-{cards}-{source_bytes}")
        cast = _cast(r, lang)
        make = _dense_zh if lang == "zh" else _dense_en
        text, facts = _source(r, lang, cards, source_bytes, lambda r: make(r, cast))
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    (folder / "sources" / f"{slug}.txt").write_text(text, encoding="utf-8")
    if style == "news" or cards <= DENSE_PART:
        parts = [(slug, range(cards))]
    else:
        parts = [(f"{slug}-part{k + 1}", range(a, min(a + DENSE_PART, cards))) for k, a in enumerate(range(0, cards, DENSE_PART))]
    decks = []
    for name, numbers in parts:
        deck = folder / f"{name}.yaml"
        deck.write_text(deck_yaml(name, lang, facts, numbers, f"{slug}.txt", cast), encoding="utf-8")
        decks.append(deck)
    return decks


if __name__ == "__main__":  # python benchmarks/gen.py FOLDER LANG CARDS BYTES [STYLE]; prints the deck files, one a line
    import sys

    print("\n".join(map(str, write_case(Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), style=sys.argv[5] if len(sys.argv) > 5 else "news"))))
