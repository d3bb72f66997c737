"""Binding on a long cite of many 其中 reads each value and word a bounded number of times: ``_parts`` looks up
the total, the parts and the words near them rather than reading every value and word of the cite for each 其中,
and ``_clause_start`` bisects the cite's clause marks rather than reading the cite back to its start for a mark it
lacks. Each test counts the work (never times it) and holds the faster reading to the plain one it replaces."""

import copy

from deckgen import binding
from deckgen.binding import (_FULL_STOP_RE, _ITEM_CLASSES, _OF_AFTER_RE, _PARTS_RE, _TOTAL_VERB_RE, _VERB_AFTER_RE,
                             _attach, _clause_start, _in_bracket, _listed, _own_part_total, _own_verb, _unit_key,
                             check_binding)
from bisect import bisect_right
from itertools import accumulate

from deckgen.fold import han_at


class _Read(list):
    """A list that counts the items read from it (by iteration or by index)."""

    def __init__(self, items):
        super().__init__(items)
        self.read = 0

    def __iter__(self):
        for x in super().__iter__():
            self.read += 1
            yield x

    def __getitem__(self, i):
        self.read += 1
        return super().__getitem__(i)


def plain_parts(cite, values, terms):
    """``_parts`` as it was written before its look-ups: every value and word of the cite read for each 其中."""
    for m in _PARTS_RE.finditer(cite):
        before = [v for v in values if v.end <= m.start()]
        if not before:
            continue
        total = before[-1]
        if _own_part_total(cite, total.end, m.start()):
            continue  # (a ;-part naming its own item before 其中 holds the parts' total: none of the value before it)
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
        parts = [v for v in values if v.start >= m.end() and (v.sentence == total.sentence + opens or (
            runs_on and v.start < end))]
        # (a word of the total that a part names as its own, 以拆借、现券和回购方式合计成交…其中,…现券日均成交…,
        # names that part, not every part)
        # (each part's clause read once, the terms found in them by bisection: not every part's for each term)
        heads = sorted((_clause_start(cite, v.start), v.start) for v in parts)
        reach = list(accumulate((b for _, b in heads), max))  # the furthest a clause opened so far runs
        opened = [a for a, _ in heads]
        named = {t.ident for t in terms if (k := bisect_right(opened, t.start)) and reach[k - 1] > t.start}
        # (the total's own verb, was based on 196 cases, recruited 43,661 participants, is not a part's that says
        # its own: of which 185 were observed …, of which 41,135 have secured a second dose)
        verb = _TOTAL_VERB_RE.search(cite, max(_clause_start(cite, total.start), total.start - 40), total.start)
        # (a total written as a level and its change, 面积11897万公顷,比上年增加64万公顷。其中,稻谷…2895万公顷,减少50万公顷:
        # each part pairs its level with its bare change, so only the change is a part of the change)
        levels = [w for w in values if w.sentence == total.sentence and not w.role and w.end <= total.start
                  and _unit_key(w) == _unit_key(total)] if total.role == "delta" else []
        paired = bool(levels)
        for t in terms:
            if t.cls in _ITEM_CLASSES and t.end <= total.start and t.start >= cite.rfind("。", 0, total.start) + 1 \
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
                    and not any(v.terms.get(cls) for cls in _ITEM_CLASSES):
                for cls in _ITEM_CLASSES:
                    if level.terms.get(cls):
                        v.terms.setdefault(cls, set()).update(level.terms[cls])




def _inputs(monkeypatch, cite, question, answer="16人"):
    """The cite, values and words ``_parts`` is given when ``check_binding`` binds ``answer`` in ``cite``."""
    seen = []
    real = binding._parts

    def kept(c, values, terms):
        seen.append((c, copy.deepcopy(values), list(terms)))
        return real(c, values, terms)

    monkeypatch.setattr(binding, "_parts", kept)
    check_binding("figure", answer, cite, question)
    monkeypatch.setattr(binding, "_parts", real)
    return seen


def _state(values):
    return [(v.start, v.terms, v.flags, v.role, v.measure, v.spans) for v in values]


def _same_as_plain(c, values, terms):
    mine, plain = copy.deepcopy(values), copy.deepcopy(values)
    binding._parts(c, mine, terms)
    plain_parts(c, plain, terms)
    assert _state(mine) == _state(plain), c


UNIT = "共收治伤员868人,其中危重病人16人。"
QUESTION = "危重病人有多少人？"


def test_a_long_cite_of_many_parts_reads_each_value_and_word_a_few_times(monkeypatch):
    """80c8fbb read every value and word of the cite for each 其中 (16,000 characters: 1.5 s, 800 其中 x 1,600
    values): here each is read a bounded number of times however many 其中 the cite holds."""
    [(c, values, terms)] = _inputs(monkeypatch, UNIT * 200, QUESTION)
    assert len(values) == 400 and len(terms) >= 200
    counted_values, counted_terms = _Read(copy.deepcopy(values)), _Read(terms)
    binding._parts(c, counted_values, counted_terms)
    plain_values, plain_terms = _Read(copy.deepcopy(values)), _Read(terms)
    plain_parts(c, plain_values, plain_terms)
    assert counted_values.read + counted_terms.read <= 12 * (len(values) + len(terms))
    assert plain_values.read + plain_terms.read > 100 * (len(values) + len(terms))  # (the count tells the two apart)
    assert _state(counted_values) == _state(plain_values)


def test_the_long_cite_keeps_the_short_one_s_verdicts():
    for answer in ("16人", "868人"):
        short = [m.code for m in check_binding("figure", answer, UNIT * 2, QUESTION)]
        assert [m.code for m in check_binding("figure", answer, UNIT * 300, QUESTION)] == short
    assert check_binding("figure", "16人", UNIT * 300, QUESTION) == []


CITES = [
    ("共收治伤员868人,其中危重病人16人,重症病人35人;轻伤员817人,其中门诊治疗600人。", "重症病人有多少人？", "35人"),
    ("全年粮食播种面积11897万公顷,比上年增加64万公顷。其中,稻谷播种面积2895万公顷,减少50万公顷;小麦2334万公顷,增加5万公顷。",
     "稻谷播种面积减少多少？", "50万公顷"),
    ("以拆借、现券和回购方式合计成交1500万亿元,日均成交6万亿元,其中,现券日均成交3000亿元,回购日均成交5万亿元。", "现券日均成交多少？",
     "3000亿元"),
    ("新增确诊病例100例,其中境外输入20例,本土病例80例,包括无症状感染者5例。", "境外输入多少例？", "20例"),
    ("the trial recruited 43,661 participants, of which 41,135 have secured a second dose, including 200 children.",
     "how many participants secured a second dose?", "41,135"),
    ("422 aftershocks were recorded, including one of magnitude 5 and 12 of magnitude 4.", "how many aftershocks were recorded?", "422"),
    ("甲县人口增加900人;其中:男性500人,女性400人。乙县人口减少300人,其中男性200人。", "乙县男性减少多少人？", "200人"),
]


def test_the_looked_up_parts_are_the_plain_parts(monkeypatch):
    """On cites with totals and parts of every kind (a level and its change, 其中 opening a sentence, a ;-part with a
    其中 of its own, English of which and including) and on each one repeated, the values come out as the plain
    reading leaves them."""
    for cite, question, answer in CITES:
        for times in (1, 3):
            for c, values, terms in _inputs(monkeypatch, cite * times, question, answer):
                _same_as_plain(c, values, terms)


def test_the_parts_of_every_binding_case_are_the_plain_parts(monkeypatch):
    from pathlib import Path

    import yaml

    tried = 0
    for path in sorted((Path(__file__).parent / "binding_cases").glob("*.yaml")):
        for case in yaml.safe_load(path.read_text("utf-8"))["cases"]:
            cite = case["cite"]
            if not _PARTS_RE.search(cite) or case["kind"] != "figure":
                continue
            answer = str((case.get("ok") or list(case.get("traps") or {}) or [""])[0])
            for c, values, terms in _inputs(monkeypatch, cite, case["q"], answer):
                _same_as_plain(c, values, terms)
                tried += 1
    assert tried >= 20


def test_clause_starts_bisect_the_marks_read_once_per_cite():
    """The plain reading, four ``rfind``s, read the cite back to its start for each mark it lacks, on every call."""
    plain = lambda c, p: max(c.rfind(x, 0, p) for x in ",;:。") + 1  # noqa: E731
    cite = "甲增长5%,乙下降3%。" * 500
    before = binding._clause_marks.cache_info().misses
    for pos in range(-3, len(cite) + 3, 7):
        assert _clause_start(cite, pos) == plain(cite, pos)
    assert binding._clause_marks.cache_info().misses - before == 1  # the cite's marks found once
    for text in ("", "a", ",", "a,b;c:d。e", "。。", "ab;"):
        for pos in range(-len(text) - 2, len(text) + 3):
            assert _clause_start(text, pos) == plain(text, pos), (text, pos)


# --- a long cite of repeated 年增率 (the words near each value looked up, not read in full) -------------------------

RATES = "出口年增率为5%,进口年增率为3%,"
RATES_QUESTION = "出口年增率是多少？"


def _words_read(monkeypatch, cite):
    """The words ``_elided`` and ``_flows`` read, and the spans ``_terms`` tries against each word it finds."""
    read = {"_elided": 0, "_flows": 0, "spans": 0}
    for name in ("_elided", "_flows"):
        real = getattr(binding, name)

        def counted(*args, _real=real, _name=name):
            terms = _Read(args[-1])
            try:
                return _real(*args[:-1], terms)
            finally:
                read[_name] += terms.read

        monkeypatch.setattr(binding, name, counted)
    over = binding._Spans.over

    def counted_over(self, a, b):
        found = over(self, a, b)
        read["spans"] += len(found)
        return found

    monkeypatch.setattr(binding._Spans, "over", counted_over)
    found = check_binding("figure", "5%", cite, RATES_QUESTION)
    return read, found


def test_a_long_cite_of_repeated_rates_reads_each_word_a_few_times(monkeypatch):
    """80c8fbb read every word of the cite for each value in ``_elided`` and ``_flows``, and every value's span for
    each word ``_terms`` found (16,000 characters: 7.1 s): here the work grows with the cite, not with its square."""
    short, _ = _words_read(monkeypatch, RATES * 50)
    long, found = _words_read(monkeypatch, RATES * 200)
    assert found == [] and check_binding("figure", "5%", RATES * 2, RATES_QUESTION) == []
    for what in ("_elided", "_flows", "spans"):
        assert long[what] <= 5 * short[what], (what, short, long)  # 4x the cite: about 4x the work
    assert long["spans"] <= 4 * 400  # (at most a few spans for each of its 400 words)


def test_spans_answer_as_reading_every_span():
    import random

    rng = random.Random(7)
    for _ in range(3000):
        spans = [(x, x + rng.randint(0, 5)) for x in (rng.randint(0, 12) for _ in range(rng.randint(0, 6)))]
        found = binding._Spans(spans)
        a = rng.randint(-2, 15)
        b = a + rng.randint(0, 6)
        assert found.overlaps(a, b) == any(x < b and a < y for x, y in spans)
        assert found.holds(a, b) == any(x <= a and b <= y for x, y in spans)
        assert [s for s in found.over(a, b) if s[0] < b and a < s[1]] == [s for s in spans if s[0] < b and a < s[1]]


def test_words_by_start_are_those_read_in_full_in_the_list_s_order():
    import random

    from deckgen.binding import _ByStart, _Term

    rng = random.Random(11)
    for _ in range(2000):
        terms = [_Term(s, s + rng.randint(0, 3), "entity", "x", False) for s in (rng.randint(0, 20) for _ in range(rng.randint(0, 8)))]
        lo, hi = sorted((rng.randint(-1, 22), rng.randint(-1, 22)))
        assert list(_ByStart(terms).within(lo, hi)) == [i for i, t in enumerate(terms) if lo <= t.start <= hi]


def test_in_bracket_bisects_the_brackets_as_rfind_reads_them():
    import random

    from deckgen.binding import Value, _in_bracket

    rng = random.Random(3)
    for _ in range(3000):
        cite = "".join(rng.choice("ab() ") for _ in range(rng.randint(0, 12)))
        v = Value(rng.randint(-14, 14), 0, "", None)
        assert _in_bracket(cite, v) == (cite.rfind("(", 0, v.start) > cite.rfind(")", 0, v.start)), (cite, v.start)
