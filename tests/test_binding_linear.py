"""The older loops of binding made near-linear on a long cite (moves in 个百分点 repeated: 20,000 characters took
15 s): each test counts the work a loop does, calls or look-ups, never its time, and the verdict stays the same."""

from __future__ import annotations

from deckgen import binding
from deckgen.binding import check_binding

MOVES = "甲类贷款余额增长8.2%,增速比上季末高0.3个百分点,比上年同期低2.1个百分点;"
QUESTION = "增速比上季末高多少个百分点？"


def long_cite(n: int) -> str:
    return MOVES * n


class CountedTuple(tuple):
    """A tuple that counts the items read from it, one by one or by slice."""

    read = 0

    def __iter__(self):
        for x in tuple.__iter__(self):
            CountedTuple.read += 1
            yield x

    def __getitem__(self, k):
        got = tuple.__getitem__(self, k)
        CountedTuple.read += len(got) if isinstance(k, slice) else 1
        return got


class CountedList(list):
    """A list that counts the items read from it, one by one or by slice."""

    read = 0

    def __iter__(self):
        for x in list.__iter__(self):
            CountedList.read += 1
            yield x

    def __getitem__(self, k):
        got = list.__getitem__(self, k)
        CountedList.read += len(got) if isinstance(k, slice) else 1
        return got


def test_elliptical_reads_only_its_clause_s_table_words(monkeypatch):
    """_elliptical read every table word of the cite for each clause (clauses x words): it reads those in its
    clause, found by where they start."""
    cite = long_cite(100)
    table = binding._table_terms(cite)
    monkeypatch.setattr(binding, "_table_terms", lambda text: CountedTuple(table) if text == cite else ())
    clauses = binding._boundaries(cite, [])[0]
    CountedTuple.read = 0
    said = []
    for c, lo in enumerate(clauses):
        hi = clauses[c + 1] if c + 1 < len(clauses) else len(cite)
        said.append(binding._elliptical(cite, lo, hi, [], []))
    assert len(clauses) > 200 and len(table) >= 200
    # (each clause's words, and two bisections' look-ups, about 2 log2 of the words, per clause)
    bound = len(table) + len(clauses) * 2 * (len(table).bit_length() + 1)
    assert CountedTuple.read <= bound, (CountedTuple.read, len(table), len(clauses))
    assert not all(said) and any(said)  # (some clauses say something of their own, some only table words)


def test_bind_clauses_walks_the_clauses_near_its_sentence_not_every_clause(monkeypatch):
    """_bind_clauses, called once per sentence, walked every clause of the cite (sentences x clauses): it walks
    those near the sentence's values. Counted: the clause starts it reads."""
    bind_clauses = binding._bind_clauses
    sentences = []

    def counted(clauses, values, terms, *args):
        CountedList.read = 0
        bind_clauses(CountedList(clauses), values, terms, *args)
        sentences.append(CountedList.read)

    monkeypatch.setattr(binding, "_bind_clauses", counted)
    cite = long_cite(100)
    assert check_binding("figure", "0.3个百分点", cite, QUESTION) == []
    clauses = binding._boundaries(cite, [])[0]
    assert len(sentences) >= 2 * 100
    # (a sentence's three clauses and those 80 characters before, each term's and value's clause found by bisection)
    assert max(sentences) <= 120, (max(sentences), len(sentences), len(clauses))  # (the whole walk read 600 a sentence)


def test_bases_look_values_up_by_where_they_start(monkeypatch):
    """_bases asked, for each base word, whether any value of the cite stands inside it, before it in its
    clause, after it (bases x values look-ups): each base looks up only the values near it."""
    bases = binding._bases
    seen = {}

    def counted(cite, clauses, sentences, values, terms):
        CountedList.read = 0
        got = bases(cite, clauses, sentences, CountedList(values), terms)
        seen.update(values=len(values), read=CountedList.read, bases=len(got))
        return got

    monkeypatch.setattr(binding, "_bases", counted)
    assert check_binding("figure", "0.3个百分点", long_cite(100), QUESTION) == []
    assert seen["values"] >= 300 and seen["bases"] >= 200
    assert seen["read"] <= 12 * (seen["values"] + seen["bases"]), seen


def test_the_verdicts_on_a_long_cite_of_moves_are_those_of_a_short_one():
    for answer in ("0.3个百分点", "2.1个百分点", "8.2%"):
        short = [m.code for m in check_binding("figure", answer, MOVES, QUESTION)]
        # (甲类's rate is DG601, the move against the other base DG602)
        assert short == {"0.3个百分点": [], "2.1个百分点": ["DG602"], "8.2%": ["DG601"]}[answer]
        for n in (3, 40):
            assert [m.code for m in check_binding("figure", answer, long_cite(n), QUESTION)] == short
