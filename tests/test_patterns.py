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
