"""Binding's shortcuts for speed give the answers of the plain code they stand for.

``_distance`` searches a gap for an item separator only from the first offset where one can
start (kept per cite); ``_terms`` is kept per question, cite and value spans. Neither may
change what binding finds: each is held here to the computation it replaces."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from deckgen import binding
from deckgen.binding import Value, _Term, _distance, _gap, _terms

# Pieces that make and break item separators: list marks, the thousands comma, and/&, 及其, 以及.
PIECES = ["、", ",", ", ", "1,000", "12,5", " and ", " & ", "and", "和", "与", "及", "及其", "以及", "以", "增长5%",
          "出口", " ", "a", "b", "7", "\n", "\t"]


def plain_distance(cite: str, t: _Term, v: Value) -> int:
    """``_distance`` as it was written before the offsets were kept: a search of the whole gap."""
    gap = _gap(t, v)
    if cite and gap:
        a, b = (t.end, v.start) if t.end <= v.start else (v.end, t.start)
        if binding._ITEM_SPLIT_RE.search(cite, a, b):
            gap += 3
    return gap


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=30).map("".join), st.data())
def test_distance_is_the_plain_search_of_the_gap(cite, data):
    n = len(cite)
    for _ in range(20):
        ts, te = sorted(data.draw(st.tuples(st.integers(0, n), st.integers(0, n))))
        vs, ve = sorted(data.draw(st.tuples(st.integers(0, n), st.integers(0, n))))
        t = _Term(ts, te, "entity", "x", True)
        v = Value(vs, ve, cite[vs:ve], 1)
        assert _distance(cite, t, v) == plain_distance(cite, t, v), (cite, (ts, te), (vs, ve))


def test_every_separator_starts_where_the_offsets_say_one_can():
    text = "出口、进口, 1,000和与及其以及 and & x,y" * 3
    starts = set(binding._split_starts(text))
    for m in re.finditer(binding._ITEM_SPLIT_RE.pattern, text):
        assert m.start() in starts


def test_a_long_cite_of_one_repeated_change_binds_in_reasonable_work():
    """23 s before the offsets (every word against every value, each gap searched again); the
    timing is benchmarks' business, but the answer must not change: no finding."""
    cite = "增长5%" * 250
    assert binding.check_binding("figure", "5%", cite, "增长多少？") == []


CITES = [
    ("出口增长5%，进口下降3%，机电产品出口增长7%。", "出口增长多少？", [(4, 6), (11, 13), (21, 23)]),
    ("revenue rose 5% and exports fell 3%, while imports grew 7% in 2024.", "how much did exports fall?",
     [(13, 15), (33, 35), (56, 58)]),
]


def values_at(cite, spans):
    return [Value(a, b, cite[a:b], (cite[a:b], "%")) for a, b in spans]


def test_kept_terms_are_the_plain_terms_and_each_caller_gets_its_own_list():
    for cite, question, spans in CITES:
        first = _terms(question, cite, values_at(cite, spans))
        assert first == _terms.__wrapped__(question, cite, values_at(cite, spans))
        first.clear()  # a caller's list is its own: the kept terms are untouched
        again = _terms(question, cite, values_at(cite, spans))
        assert again and again == _terms.__wrapped__(question, cite, values_at(cite, spans))
        # other spans, other terms: the key holds the values' spans
        fewer = _terms(question, cite, values_at(cite, spans[:1]))
        assert fewer == _terms.__wrapped__(question, cite, values_at(cite, spans[:1]))
