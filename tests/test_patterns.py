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
