"""Performance, the twenty-first session (branch perf30): the bind's readings of a sentence made cheaper, no verdict changed.

- ``_SPAN_RE`` (the periods a year names as months: 上半年, 1至8月, first half, january-march) was searched twice over
  each cite a card binds, once by ``_periods`` and once by ``_terms`` for its month ranges: its matches are now read once
  per text (``_span_matches``), and the pattern is searched behind a lookahead of where a match can start (``lazy(…,
  starts=…)``, held to the pattern by tests/test_patterns.py), as are five other patterns read over whole cites.
- ``_breaks`` (clause and sentence starts) read each character of a text in Python; it now reads only the characters
  that can end a clause or a sentence or open or close a bracket (``_BREAK_CHAR_RE``), as the loop did nothing at any
  other.

A reading kept per text is shared by every card citing that text: the tests hold two cards on one cite to the verdicts
each gets alone, in either order, and a kept reading to what a fresh reading gives after cards have bound it.
"""

import itertools
import random

import pytest

from conftest import binding_code as verdict
import deckgen.binding as binding
from deckgen.fold import normalize

# One cite, several cards: a month range and a half (read by _SPAN_RE), clauses and sentences (read by _breaks).
RANGE_CITE = "今年1至8月,全市工业增加值同比增长6.5%,上半年增长5.9%。其中8月份增长7.1%。"
RANGE_CARDS = [
    ("figure", "6.5%", "今年1至8月全市工业增加值同比增长多少?"),
    ("figure", "5.9%", "今年上半年全市工业增加值同比增长多少?"),
    ("figure", "7.1%", "8月份全市工业增加值同比增长多少?"),
    ("figure", "5.9%", "今年1至8月全市工业增加值同比增长多少?"),  # (another period's value: not the one asked)
]
EN_CITE = ("Revenue rose 12% to $4.1 billion in the first half, and it was up 9% in January-March. "
           "The company expects revenue of $9 billion next year.")
EN_CARDS = [
    ("figure", "12%", "By how much did revenue rise in the first half?"),
    ("figure", "9%", "By how much was revenue up in January-March?"),
    ("figure", "9%", "By how much did revenue rise in the first half?"),
    ("figure", "$9 billion", "How much revenue does the company expect next year?"),
]


def _clear():
    for kept in (binding._span_matches, binding._periods, binding._breaks, binding._terms):
        kept.cache_clear()


@pytest.mark.parametrize("cite, cards", [(RANGE_CITE, RANGE_CARDS), (EN_CITE, EN_CARDS)])
def test_cards_on_one_cite_get_the_verdicts_each_gets_alone_in_either_order(cite, cards):
    alone = []
    for kind, answer, question in cards:
        _clear()
        alone.append(verdict(kind, answer, cite, question))
    assert len(set(alone)) > 1  # (the cards do not all get one verdict: a leak would show)
    for order in itertools.permutations(range(len(cards))):
        _clear()
        got = {i: verdict(cards[i][0], cards[i][1], cite, cards[i][2]) for i in order}
        assert [got[i] for i in range(len(cards))] == alone, order


def test_the_range_card_and_its_twin_are_told_apart():
    """The twin pair the kept readings serve: asked 1至8月, the range's value is grounded; another period's is DG602."""
    assert verdict(*RANGE_CARDS[0][:2], RANGE_CITE, RANGE_CARDS[0][2]) == "grounded"
    assert verdict(*RANGE_CARDS[3][:2], RANGE_CITE, RANGE_CARDS[3][2]) != "grounded"


@pytest.mark.parametrize("cite, cards", [(RANGE_CITE, RANGE_CARDS), (EN_CITE, EN_CARDS)])
def test_a_kept_reading_is_not_changed_by_the_cards_that_read_it(cite, cards):
    text = normalize(cite)
    _clear()
    before = ([(m.span(), m.groups()) for m in binding._span_matches(text)], binding._periods(text), binding._breaks(text))
    assert before[0] and before[1]
    for kind, answer, question in cards:
        verdict(kind, answer, cite, question)
    kept = ([(m.span(), m.groups()) for m in binding._span_matches(text)], binding._periods(text), binding._breaks(text))
    _clear()
    fresh = ([(m.span(), m.groups()) for m in binding._span_matches(text)], binding._periods(text), binding._breaks(text))
    assert kept == before == fresh
    assert isinstance(binding._span_matches(text), tuple)  # (a tuple of matches: nothing a reader can change)


def test_the_month_ranges_terms_reads_are_the_patterns():
    """_terms' month ranges are _SPAN_RE's matches with a first month, as searched over the cite."""
    text = normalize(RANGE_CITE + " 1-3月 前三季度")
    plain = [m.span() for m in binding._SPAN_RE.compiled.finditer(text) if m["m1"]]
    assert [m.span() for m in binding._span_matches(text) if m["m1"]] == plain and len(plain) == 2


def _breaks_by_character(text):
    """_breaks as it read each character of the text, for the test that holds the two equal."""
    clauses, sentences = [0], [0]
    for i, ch in enumerate(text):
        if ch in binding._SENTENCE_END or (ch == "." and (i + 1 == len(text) or text[i + 1] == " ")
                                           and not binding._abbreviated(text, i)):
            if not (ch == "." and i > 0 and text[i - 1].isdigit() and i + 1 < len(text) and text[i + 1].isdigit()):
                sentences.append(i + 1)
                clauses.append(i + 1)
        elif ch in binding._CLAUSE_END:
            if ch in ",:" and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
                continue
            clauses.append(i + 1)
        elif ch == "(" or ch == ")":
            if binding._CODE_BRACKET_RE.match(text, i if ch == "(" else text.rfind("(", 0, i)):
                continue
            clauses.append(i + 1 if ch == ")" else i)
    weak = tuple(m.span() for m in binding._WEAK_RE.finditer(text))
    return tuple(sorted(set(clauses))), tuple(sorted(set(sentences))), weak


@pytest.mark.parametrize("text", [
    normalize(RANGE_CITE), normalize(EN_CITE), "华新(1605)4万1499张,国巨(2327)3万张。", "gov. andy beshear said 12:0, 10:30.",
    "sales were 1,250.5 (up 3.2%); costs fell. next", "", ".", "(", ")",
])
def test_breaks_read_from_the_marks_are_the_breaks_read_by_character(text):
    assert binding._breaks.__wrapped__(text) == _breaks_by_character(text)


def test_breaks_on_random_texts_are_the_breaks_read_by_character():
    rng = random.Random(30)
    alphabet = "ab1 .,:;()!?。，、\n中年(0)x"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert binding._breaks.__wrapped__(text) == _breaks_by_character(text), text
