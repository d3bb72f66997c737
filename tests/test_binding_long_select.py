"""Long cites, the sixteenth session: ``_select``'s test of a foreseen move (``_moved_from``, tried for every value of
the answer against every forecast of the cite), ``_bind``'s test of a forecast named inside a base, and
``_table_terms``' test of a word inside a blocked or judged span read every pair: about 377,000 steps each on a
20,000-character cite. Each is now looked up (by sentence, by bisection); the tests count the work and hold the
looked-up answers to the plain readings."""

from hypothesis import given, settings
from hypothesis import strategies as st

from deckgen import binding
from deckgen.binding import _table_terms, check_binding

REVISED = "乙局上周公布,甲省去年经济成长率为3.2%,并将今年经济成长率预测由3.8%上修至4.1%。"
QUESTION = "乙局将今年甲省经济成长率上修至多少？"
MOVED = "With 11 percent of the shares, Thomson would jump to 34 percent, analysts expect. "


def _moved_from_calls(monkeypatch, answer: str, cite: str, question: str):
    calls = [0]
    plain = binding._moved_from

    def counted(*args):
        calls[0] += 1
        return plain(*args)

    monkeypatch.setattr(binding, "_moved_from", counted)
    found = check_binding("figure", answer, cite, question)
    monkeypatch.setattr(binding, "_moved_from", plain)
    return calls[0], [m.code for m in found]


def test_a_foreseen_move_is_tried_only_within_each_values_sentence(monkeypatch):
    """On REVISED x 250 (20,000 characters): 376,712 calls before; a value's own sentence's forecasts now."""
    counts, codes = {}, {}
    for n in (25, 100):
        counts[n], codes[n] = _moved_from_calls(monkeypatch, "4.1%", REVISED * n, QUESTION)
    assert codes[25] == codes[100] == [m.code for m in check_binding("figure", "4.1%", REVISED, QUESTION)]
    assert counts[100] <= 4.5 * max(counts[25], 1), counts  # linear: 4x the sentences, at most 4.5x the calls
    assert counts[100] <= 3 * 100, counts  # (at most a few forecasts in a sentence)


def test_the_move_rule_still_decides_where_it_did(monkeypatch):
    """The rule the look-up serves keeps its verdict: asked the 34 percent Thomson would jump to, the 11 percent it
    moves from is the earlier period's value (DG602), in one sentence and in the same sentence repeated."""
    question = "What percent would Thomson jump to, as analysts expect?"
    short = [m.code for m in check_binding("figure", "11 percent", MOVED, question)]
    calls, long = _moved_from_calls(monkeypatch, "11 percent", MOVED * 40, question)
    assert long == short and calls <= 40 * 3


PIECES = ["up to ", "down on ", "增长率", "增速", "rose ", "fell ", "增长", "下降", "forecast ", "预测", "expected ",
          "than was expected", "than many anticipated", "high end of its range", "growth rate ", "rates of growth ",
          "estimate ", "5% ", "。", ", ", " ", "a", "预期"]


def _plain_table_terms(text: str):
    """``_table_terms`` as written before the look-ups: every word against every span."""
    out = []
    blocked = [m.span() for m in binding._NOT_DIRECTION_RE.finditer(text)]
    reported = binding._estimates_of_past(text) if "estimate" in text else []
    judged = [m.span() for m in binding._JUDGED_RE.finditer(text)]
    for start, end, word in binding.table_words(text):
        cls, ident = binding._TABLE[word]
        if cls == "direction" and any(a <= start < b for a, b in blocked):
            continue
        if cls == "forecast" and any(a <= start < b for a, b in reported):
            continue
        if cls == "forecast" and any(a <= start < b for a, b in judged):
            ident = "actual"
        out.append((start, end, cls, ident))
    return tuple(out)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=40).map("".join))
def test_table_terms_look_up_the_spans_as_the_plain_reading_reads_them(text):
    assert _table_terms.__wrapped__(text) == _plain_table_terms(text)


def test_table_terms_of_a_long_text_are_the_plain_ones():
    text = ("sales rose 5%, up to 7% than was expected; 增长率上升3%,预测增长4%,rates of growth fell 2%. " * 200)
    found = _table_terms.__wrapped__(text)
    assert found == _plain_table_terms(text)
    assert any(ident == "actual" for _, _, cls, ident in found if cls == "forecast")  # a judged forecast: can fail
    assert len(found) < len(binding.table_words(text))  # blocked directions dropped: can fail
