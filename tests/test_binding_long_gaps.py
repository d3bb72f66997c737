"""A long cite of revised forecasts (将…预测由3.8%上修至4.1%, repeated) binds each value by looking up the few direction
words and values near it, not by reading every one of them for each value: the work is counted (never timed), must
grow as the cite does (4x for 4x), and each look-up is held to the plain reading it replaced."""

import re
from re import _constants as C
from re import _parser

import pytest

from deckgen import binding
from deckgen.binding import _ByStart, _GapDirections, _Term, _table_terms, check_binding
from deckgen.fold import normalize

REVISED = "乙局上周公布,甲省去年经济成长率为3.2%,并将今年经济成长率预测由3.8%上修至4.1%。"
QUESTION = "乙局将今年甲省经济成长率上修至多少？"
GAPS = ("_DELTA_GAP_RE", "_NOUN_DELTA_GAP_RE", "_OBJECT_BY_GAP_RE")


class _Counted:
    """A compiled pattern that counts its fullmatch calls."""

    def __init__(self, pattern):
        self.pattern, self.calls = pattern, 0

    def fullmatch(self, *args):
        self.calls += 1
        return self.pattern.fullmatch(*args)

    def __getattr__(self, name):
        return getattr(self.pattern, name)


def _gap_calls(monkeypatch, cite: str, answer: str = "4.1%", question: str = QUESTION) -> tuple[int, list[str]]:
    counted = {name: _Counted(getattr(binding, name)) for name in GAPS}
    with monkeypatch.context() as m:
        for name, c in counted.items():
            m.setattr(binding, name, c)
        found = check_binding("figure", answer, cite, question)
    return sum(c.calls for c in counted.values()), [x.code for x in found]


def test_the_gaps_between_a_direction_word_and_its_change_are_tried_only_near_each_value(monkeypatch):
    """Each value tried the three gap patterns from every direction word before it (about 5 s of 11 at 20,000
    characters): values x direction words x 3."""
    short_calls, short = _gap_calls(monkeypatch, REVISED * 2)
    calls_25, long_25 = _gap_calls(monkeypatch, REVISED * 25)
    calls_100, long_100 = _gap_calls(monkeypatch, REVISED * 100)
    assert short == long_25 == long_100
    # 300 values and 100 direction words: the plain reading made about 300 x 100 / 2 x 3 = 45,000 calls
    assert calls_100 <= 4.5 * calls_25
    assert calls_100 <= 3 * 300 * 2


def test_english_gaps_are_tried_from_the_direction_words_just_before_each_value(monkeypatch):
    """rose an estimated 5%, lowered by 3%, revised up 2%: each value tries the gaps from its own verb (e209403: 5,600
    calls for 25 sentences, 89,900 for 100; now 50 and 200) and keeps its verdict."""
    unit = "sales rose an estimated 5% and costs were lowered by 3%, then revised up 2%. "
    question = "how much did sales rise?"
    short_calls, short = _gap_calls(monkeypatch, unit * 2, "5%", question)
    calls_25, long_25 = _gap_calls(monkeypatch, unit * 25, "5%", question)
    calls_100, long_100 = _gap_calls(monkeypatch, unit * 100, "5%", question)
    assert short == long_25 == long_100
    assert 0 < calls_25 and calls_100 <= 4.5 * calls_25
    assert calls_100 <= 3 * 300


def _chars(parsed) -> list:
    """Every character set a parsed pattern can take: ('lit', c), ('range', a, b) or ('space',); anything else
    (any character, a negated class) as ('other', op)."""
    out = []
    for op, av in parsed:
        if op is C.LITERAL:
            out.append(("lit", chr(av)))
        elif op is C.IN:
            for iop, iav in av:
                if iop is C.LITERAL:
                    out.append(("lit", chr(iav)))
                elif iop is C.RANGE:
                    out.append(("range", *iav))
                elif iop is C.CATEGORY and iav is C.CATEGORY_SPACE:
                    out.append(("space",))
                else:
                    out.append(("other", iop))
        elif op is C.AT:
            continue
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            out += _chars(av[2])
        elif op is C.SUBPATTERN:
            out += _chars(av[3])
        elif op is C.BRANCH:
            for branch in av[1]:
                out += _chars(branch)
        else:
            out.append(("other", op))
    return out


@pytest.mark.parametrize("name", GAPS)
def test_every_character_a_gap_pattern_takes_is_a_gap_character(name):
    gap_chars = binding._DIRECTION_GAP_CHARS_RE
    found = _chars(_parser.parse(getattr(binding, name).pattern))
    assert found
    for item in found:
        if item[0] == "lit":
            assert gap_chars.fullmatch(item[1]), (name, item)
        elif item[0] == "range":
            assert all(gap_chars.fullmatch(chr(c)) for c in range(item[1], item[2] + 1)), (name, item)
        else:
            assert item == ("space",), (name, item)  # \s: the class holds it


def _plain(cite, directions, at):
    return [t for t in directions if t.end <= at and any(
        getattr(binding, n).fullmatch(cite, t.end, at) for n in GAPS)]


def _fast(cite, directions, at):
    return [t for t in _GapDirections(cite, directions).before(at) if t.end <= at and any(
        getattr(binding, n).fullmatch(cite, t.end, at) for n in GAPS)]


TEXTS = [
    normalize(REVISED * 3),
    "imports rose an estimated 2% and exports fell by 3%, while output was lowered by 860,000 bpd",
    "an increase in the goods deficit of $0.6 billion, and a decrease for the year -- 4%",
    "sales dropped a record 3.5 percent; costs rose 了 5%, revised up by + 2 and down of −3",
    "增长了5%,上修至4.1%,下降约3%,提高达 7%",
]


@pytest.mark.parametrize("cite", TEXTS)
def test_the_direction_words_found_near_a_value_are_those_the_plain_reading_finds(cite):
    directions = [_Term(a, b, cls, ident, False) for a, b, cls, ident in _table_terms(cite) if cls == "direction"]
    assert directions
    for at in range(len(cite) + 1):
        assert _fast(cite, directions, at) == _plain(cite, directions, at), at


def test_the_words_and_values_near_each_sentence_base_and_word_are_looked_up(monkeypatch):
    """_compare read every value before each base (and every word for each base that leads to a value), _bind every
    base for each word, _frames, _group_frames, _reported, _semicolon_parts and _bind's pairing every value or word
    for each sentence: the items their look-ups hand back must grow as the cite does (the plain readings: 16x)."""
    read = []
    within = _ByStart.within
    before_index = binding._before_index

    def counted_within(self, lo, hi):
        out = within(self, lo, hi)
        read.append(len(out))
        return out

    def counted_before(indices, i):
        out = before_index(indices, i)
        read.append(len(out))
        return out

    bases_over = binding._bases_over

    def counted_bases_over(bases):
        over = bases_over(bases)

        def counted(start, end):
            out = over(start, end)
            read.append(len(out))
            return out
        return counted

    def work(n):
        read.clear()
        with monkeypatch.context() as m:
            m.setattr(_ByStart, "within", counted_within)
            m.setattr(binding, "_before_index", counted_before)
            m.setattr(binding, "_bases_over", counted_bases_over)
            codes = [x.code for x in check_binding("figure", "4.1%", REVISED * n, QUESTION)]
        return sum(read), codes

    w25, c25 = work(25)
    w100, c100 = work(100)
    assert c25 == c100 == [x.code for x in check_binding("figure", "4.1%", REVISED * 2, QUESTION)]
    assert w100 <= 4.5 * w25


def test_a_word_inside_a_named_item_is_the_one_the_plain_reading_finds():
    from deckgen.binding import _Spans

    spans = [(0, 5), (3, 9), (20, 22), (21, 30), (40, 41)]
    at = _Spans(spans)
    for a in range(-1, 45):
        for b in range(a, 46):
            assert at.holds(a - 1, b + 1) == any(x < a and b < y for x, y in spans), (a, b)


def test_the_bases_over_a_word_hold_every_base_overlapping_it_in_their_order():
    bases = [(10, 30, True, False), (0, 4, False, True), (12, 13, False, False), (35, 60, True, True), (5, 6, False, False)]
    over = binding._bases_over(bases)
    for start in range(0, 65):
        for end in range(start, 66):
            got = over(start, end)
            assert [b for b in got if b[0] <= end and start < b[1]] == [b for b in bases if b[0] <= end and start < b[1]]
            assert got == [b for b in bases if b in got]  # (the list's order)
