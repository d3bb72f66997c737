"""perf28 (issue 16, the dense decks' binding cost a card): cheap tests in front of binding's readings and memos of
pure readings, each held to the plain reading it replaces, and the verdicts of the rule a guard skips kept, on
made-up sentences (each a pair: the case the guarded rule still decides, and a twin the guard lets through unread)."""

import random

import pytest

from conftest import binding_code as verdict
from deckgen import binding
from deckgen.binding import _RELATIVE_BASE_OF, _ON_YEAR_OR_PERIOD, _OTHER_BASE_WORDS

# A month's exports with a change against the month before and one against the year before, then each alone.
BOTH = "5月份,某省电动自行车出口8万辆,环比增长12.5%,同比增长3.2倍,保持良好势头。"
ON_YEAR = "5月份,某省电动自行车出口8万辆,同比增长3.2倍,保持良好势头。"
NO_BASE = "5月份,某省电动自行车出口8万辆,增长3.2倍,保持良好势头。"
ASK_PERIOD = "5月份,某省电动自行车出口环比增长多少?"
ASK_YEAR = "5月份,某省电动自行车出口同比增长多少?"


@pytest.mark.parametrize("answer, question, code", [
    ("3.2倍", ASK_PERIOD, "DG602"),  # the change against the year, asked the one against the month
    ("12.5%", ASK_YEAR, "DG602"),  # and the reverse
    ("12.5%", ASK_PERIOD, "grounded"),
    ("3.2倍", ASK_YEAR, "grounded"),
])
def test_change_against_the_other_base_still_found(answer, question, code):
    assert verdict("figure", answer, BOTH, question) == code


def test_lone_change_against_the_year_asked_against_the_month():
    # (the cite's only base word is the year's: the guard reads 同比 and lets the rule bind)
    assert verdict("figure", "3.2倍", ON_YEAR, ASK_PERIOD) == "DG602"
    assert verdict("figure", "3.2倍", ON_YEAR, ASK_YEAR) == "grounded"


def test_change_with_no_base_word_is_not_another_base():
    # (no base word at all: the guard answers without binding, as the binding would have)
    assert verdict("figure", "3.2倍", NO_BASE, ASK_PERIOD) == "grounded"
    assert binding._against_year_or_period("3.2倍", NO_BASE, ASK_PERIOD) == []


def test_other_base_words_cover_every_word_of_the_other_kind():
    """Every base word whose kind is the other one holds one of the guard's words (so a cite the guard skips has none
    of them), and no guard word is of the asked kind."""
    for asked in ("year", "period"):
        others = [w for w, kind in _RELATIVE_BASE_OF.items() if _ON_YEAR_OR_PERIOD.get(kind) not in (None, asked)]
        assert others
        for w in others:
            assert any(g in w for g in _OTHER_BASE_WORDS[asked]), (asked, w)
        for g in _OTHER_BASE_WORDS[asked]:
            assert _ON_YEAR_OR_PERIOD.get(_RELATIVE_BASE_OF[g]) not in (None, asked), (asked, g)


def test_names_of_two_cards_on_one_cite_are_their_own():
    """Two cards on one cite, each question naming another company of the deck: each finds its own company's value
    (the cite's names kept from the first card do not carry the first question's names into the second)."""
    entities = {"Acme Corp": ["Acme"], "Beta Ltd": ["Beta"]}
    cite = "Revenue at Acme Corp rose 12% in 2021, and revenue at Beta Ltd rose 7%."
    assert verdict("figure", "12%", cite, "How much did Acme Corp's revenue rise in 2021?", entities) == "grounded"
    assert verdict("figure", "7%", cite, "How much did Acme Corp's revenue rise in 2021?", entities) == "DG601"
    assert verdict("figure", "7%", cite, "How much did Beta Ltd's revenue rise in 2021?", entities) == "grounded"
    assert verdict("figure", "12%", cite, "How much did Beta Ltd's revenue rise in 2021?", entities) == "DG601"


# --- the frame's words, read once per character ---------------------------------------------------------------------

def _frame_runs_plain(q_text, inside):
    """The runs of 2-8 characters inside the frame holding a Han character, read as the rule first wrote it."""
    from deckgen.fold import has_han
    return {q_text[i:j] for i in range(len(q_text)) if inside[i] for j in range(i + 2, min(len(q_text), i + 8) + 1)
            if all(inside[i:j]) and has_han(q_text[i:j])}


def _frame_runs(q_text, inside):
    """The same runs as ``_frame_words`` now reads them (its own lines, with its marks given)."""
    n = len(q_text)
    run_end, han_next = [n] * (n + 1), [n] * (n + 1)
    for i in range(n - 1, -1, -1):
        run_end[i] = run_end[i + 1] if inside[i] else i
        han_next[i] = i if "\u3400" <= q_text[i] <= "\u9fff" else han_next[i + 1]
    return {q_text[i:j] for i in range(n) if inside[i] for j in range(max(i + 2, han_next[i] + 1), min(n, i + 8, run_end[i]) + 1)}


def test_frame_runs_as_the_plain_reading():
    rng = random.Random(28)
    for _ in range(3000):
        q = "".join(rng.choice("今年首5个月 ab,") for _ in range(rng.randrange(0, 20)))
        inside = [rng.random() < 0.6 for _ in q]
        assert _frame_runs(q, inside) == _frame_runs_plain(q, inside), (q, inside)


_PIECES = ["今年首5个月", "2021年第一季度", ",", "某省", "电动自行车", "出口", "同比增长", "多少", "?", " ", "在3D重映周末之后",
           "according to the agency", "in the first 11 months of fiscal year 2008", "how many rides", "上年同期", "较", "的"]


def test_frame_words_as_the_plain_reading():
    """``_frame_words`` marks each span once and reads each run once: the same words as reading every span for each
    character and every slice afresh (the plain reading below, with the rule's own spans)."""
    rng = random.Random(2028)
    questions = ["今年首5个月,某省电动自行车出口多少辆?", "2021年第一季度,国内汽车企业出口同比增长多少?", "",
                 "how many rides were provided in the first 11 months of fiscal year 2008?", "在3D重映周末之后,票房是多少?"]
    questions += ["".join(rng.choice(_PIECES) for _ in range(rng.randrange(1, 8))) for _ in range(300)]
    for q in questions:
        assert binding._frame_words.__wrapped__(q) == _frame_words_plain(q), q


def _frame_words_plain(q_text):
    spans = _frame_spans(q_text)
    inside = [any(x <= i < y for x, y in spans) or c.isspace() for i, c in enumerate(q_text)]
    framed = {}
    for m in binding._WORD_RE.finditer(q_text):
        stem = binding._stem(m.group())
        framed[stem] = framed.get(stem, True) and all(inside[m.start():m.end()])
    return frozenset({w for w, f in framed.items() if f or w in binding._PERIOD_NOUNS} | _frame_runs_plain(q_text, inside))


def _frame_spans(q_text):
    from deckgen.people import _Q_FRAME_RE
    b = binding
    return [(a, z) for a, z, _ in b._periods(q_text)] + [m.span() for m in b._SPAN_PHRASE_RE.finditer(q_text)] + [
        (a, z) for a, z, cls, _ in b._table_terms(q_text) if cls == "period"] + [
        m.span(1) if m[1] else m.span(2) for m in b._SHARE_OF_RE.finditer(q_text)] + list(b._quoted_conditions(q_text)) + [
        m.span() for m in b._ACCORDING_TO_RE.finditer(q_text)] + [m.span() for m in _Q_FRAME_RE.finditer(q_text)] + [
        m.span() for m in b._AMONG_FRAME_RE.finditer(q_text)]
