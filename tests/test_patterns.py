"""Start-up helpers stand in for regular expressions exactly: a lazily compiled
pattern behaves as the compiled one, and the Han-character tests of deckgen.fold
agree with the class [\\u3400-\\u9fff] they replace."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from deckgen.fold import han_at, han_runs, has_han
from deckgen.patterns import lazy

HAN = re.compile(r"[\u3400-\u9fff]")
HAN_RUN = re.compile(r"[\u3400-\u9fff]+")
# Texts mixing ASCII, Han and the characters just outside the range.
TEXTS = st.text(st.sampled_from("ab 1,\u33ff\u3400\u4e00中文年\u9fff\ua000。"), max_size=30) | st.text(max_size=30)


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.integers(0, 35))
def test_han_at_is_the_class_matched_at_a_position(text, i):
    assert han_at(text, i) == bool(HAN.match(text, i))


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_han_runs_and_has_han_are_the_pattern(text):
    assert han_runs(text) == HAN_RUN.findall(text)
    assert has_han(text) == bool(HAN_RUN.search(text))


def test_a_lazy_pattern_compiles_once_on_first_use():
    p = lazy(r"(?P<y>\d{4})年", re.S)
    assert p._compiled is None and p.pattern == r"(?P<y>\d{4})年"  # pattern known without compiling
    m = p.search("于2025年")
    assert m.group("y") == "2025" and m.re is p.compiled
    assert p.compiled is p.compiled and p.flags == re.compile(r"x", re.S).flags
    assert p.sub("-", "2024年和2025年") == "-和-"


def _old_unit_pattern():
    from deckgen import quantities

    return re.compile(rf"\s?(?P<u>{quantities._alt(quantities._UNITS)})")


def _unit_texts():
    from deckgen.quantities import _UNITS

    pieces = sorted(_UNITS) + ["a", "s", "z", "A", " ", "\t", "\u3000", "1", "万", "-", "."]
    return st.lists(st.sampled_from(pieces), max_size=6).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_unit_texts(), st.integers(0, 12))
def test_the_unit_table_matches_as_the_alternation_of_units(text, pos):
    from deckgen.quantities import _UNIT_WORDS

    m = _old_unit_pattern().match(text, pos)
    assert _UNIT_WORDS.match(text, pos) == (None if m is None else (m.end(), m["u"]))


def test_a_word_table_keeps_ascii_words_whole_and_tries_a_space_first():
    from deckgen.patterns import WordTable

    t = WordTable({"per cent", "percent", "pp", "万", " x"})
    assert t.match("5 percent", 1) == (9, "percent")
    assert t.match("5 percentage", 1) is None  # a letter after the word
    assert t.match("app", 1) is None  # a letter before it
    assert t.match("1万", 1) == (2, "万")
    assert t.match("1  x", 1) == (4, " x")  # the space taken, then the word's own


def _date_texts():
    pieces = ["2024", "1999", "2025年", "年", "款", "中", "\u3400", "\u9fff", "\u33ff", "\ua000", " ", "7月",
              "16日", "july 16", "fy", "q1", "%", "$", "million", ".", "5", "a", ",", "-"]
    return st.lists(st.sampled_from(pieces), max_size=8).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_date_texts())
def test_a_bare_year_before_a_cjk_character_is_refused_as_the_old_lookahead_did(text):
    from deckgen import dates

    old = re.compile(dates._DATE_RE.pattern.replace(
        r"(?![a-z0-9_%]|[.,/]\d)(?!", r"(?![a-z0-9_%]|[.,/]\d|[\u3400-\u9fff])(?!", 1))
    assert old.pattern != dates._DATE_RE.pattern
    new = dates._scan_text(text)
    saved = dates._DATE_RE
    dates._DATE_RE = old  # the old pattern never yields a bare year glued to a CJK character
    try:
        assert dates._scan_text(text) == new
    finally:
        dates._DATE_RE = saved


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(["和", "与", "及", "中", "国", "\u4e00", "\u9fff", "\u4dff", "\ua000", " and ", "and",
                                 " ", "a", ","]), max_size=8).map("".join))
def test_conjunct_parts_split_as_the_old_pattern_with_its_cjk_lookarounds(text):
    from deckgen.speakers import _conjunct_parts

    old = re.compile(r"\s+and\s+|(?<=[\u4e00-\u9fff])[和与及](?=[\u4e00-\u9fff]{2})")
    assert _conjunct_parts(text) == (old.split(text) if old.search(text) else [])


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(["和", "与", "及", "以及", "及其", "其", "、", ",", ", ", " and ", " & ", "中", "\u3400",
                                 "\u9fff", "\u33ff", "\ua000", "a", "z", "A", "0", "9", " ", "."]), max_size=8).map("".join),
       st.integers(0, 20), st.integers(0, 24))
def test_item_splits_are_the_old_pattern_with_its_lookarounds(text, lo, hi):
    from deckgen.binding import _item_splits

    old = re.compile(r"、|,\s?|\s(?:and|&)\s|(?<=[\u3400-\u9fffa-z0-9])(?:和|与|及(?!其)|以及)(?=[\u3400-\u9fffa-z0-9])")
    assert _item_splits(text, lo, hi) == [m.span() for m in old.finditer(text, lo, hi)]


OLD_ALT = '''
def _alt(words, guards=None):
    parts = []
    for w in sorted(words, key=len, reverse=True):
        p = (guards or {}).get(w, "") + re.escape(w)
        if w[0].isascii() and w[0].isalpha():
            p = r"(?<![a-z])" + p
        if w[-1].isascii() and w[-1].isalpha():
            p += r"(?![a-z])"
        parts.append(p)
    return "(?:" + "|".join(parts) + ")"


'''


def _quantities_with_old_alt():
    """deckgen.quantities as it was built when every word carried its own word breaks."""
    import sys
    import types

    from deckgen import quantities

    from pathlib import Path

    src = Path(quantities.__file__).read_text(encoding="utf-8")
    head, rest = src.split("def _alt(", 1)
    _, tail = rest.split("\n_ARABIC = ", 1)
    module = types.ModuleType("deckgen._quantities_old_alt")
    module.__file__ = quantities.__file__
    sys.modules[module.__name__] = module  # for its dataclasses
    try:
        exec(compile(head + OLD_ALT + "_ARABIC = " + tail, quantities.__file__, "exec"), module.__dict__)
    finally:
        del sys.modules[module.__name__]
    return module


_OLD_Q = []


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from([
    "one", "seven", "seventy", "seventeen", "hundred", "and", "thousand", "first", "twentieth", "s", "x", "a",
    "about", "approx.", "approx", "nearly", "almost", "at least", "us$", "hk$", "$", "usd", "cad", "rmb",
    "约", "近", "最", "合", "一", "十", "万", "3", "12", ".", ",", "%", " ", "-", "多", "左右", "or more",
    "plus", "-odd", "倍", "个", "每股", "第", "how many", "多少", "至少"]), max_size=9).map("".join))
def test_quantities_read_as_with_one_word_break_per_word(text):
    if not _OLD_Q:
        _OLD_Q.append(_quantities_with_old_alt())
    from deckgen import quantities

    old = _OLD_Q[0]
    for name in ("_CORE_RE", "_PREFIX_RE", "_QUESTION_QUAL_RE", "_QUESTION_QUAL_HEAD_RE", "_QUAL_END_RE"):
        a, b = getattr(quantities, name), getattr(old, name)
        assert a.pattern != b.pattern or name == "_QUAL_END_RE"
        for pos in range(len(text) + 1):
            ma, mb = a.search(text, pos), b.search(text, pos)
            assert (ma and (ma.span(), ma.groupdict())) == (mb and (mb.span(), mb.groupdict())), (name, pos)
    assert repr(quantities._scan_text(text)) == repr(old._scan_text(text))
    assert quantities.question_qualifier(text) == old.question_qualifier(text)


def test_a_lazy_pattern_answers_as_the_compiled_one_before_and_after_its_first_use():
    from deckgen.patterns import lazy

    p = lazy(r"(\d+)\s?(万|亿)?")
    assert p.pattern == r"(\d+)\s?(万|亿)?" and p.groups == 2  # (groups compiles it)
    q = lazy(r"(\d+)\s?(万|亿)?")
    for text in ("3万", "x 12 亿 y", "none"):
        for method in ("search", "match", "fullmatch", "findall", "split"):
            assert repr(getattr(q, method)(text)) == repr(getattr(p.compiled, method)(text)), (method, text)
        assert q.sub("#", text) == p.compiled.sub("#", text)
        assert [m.span() for m in q.finditer(text)] == [m.span() for m in p.compiled.finditer(text)]
