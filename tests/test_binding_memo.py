"""Binding's shortcuts for speed give the answers of the plain code they stand for.

``_distance`` searches a gap for an item separator only from the first offset where one can
start (kept per cite); ``_terms`` is kept per question, cite and value spans. Neither may
change what binding finds: each is held here to the computation it replaces."""

import re

from hypothesis import example, given, settings
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


def plain_list_predicate(cite: str, values: list[Value], terms: list[_Term]) -> None:
    """``_list_predicate`` as it was written before its clause marks were read once per cite: each list's
    clause start searched from the cite's start, its end from the list on."""
    for m in binding._LIST_VERB_RE.finditer(cite):
        lo = max((c.end() for c in binding._EN_CLAUSE_END_RE.finditer(cite, 0, m.start())), default=0)
        if binding.has_han(cite[lo:m.start()]):
            continue
        end = binding._EN_CLAUSE_END_RE.search(cite, m.end())
        hi = end.start() if end else len(cite)
        subject = [t for t in terms if lo <= t.start and t.end <= m.start() and t.cls in binding._ITEM_CLASSES and t.asked]
        if not subject:
            continue
        for v in values:
            if m.end() <= v.start < hi:
                v.flags["part"] = "part"
                for t in subject:
                    binding._attach(v, t, beside=False)


LIST_PIECES = ["the army", " of 69,000", " consisted of ", "48,000 infantry", ", ", ", and ", ", but ", ". ", "; ", "? ",
               "7,500 men: ", "5,000", " cavalry", "u.s. ", "e.g. ", "troops", "中", " ", "$3", "\n", ",", ":"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(LIST_PIECES), min_size=1, max_size=24).map("".join))
def test_list_predicate_is_the_plain_search_of_each_clause(cite):
    def parts():
        values = [Value(m.start(), m.end(), m.group(), m.group()) for m in re.finditer(r"\$?\d[\d,]*", cite)]
        terms = [_Term(m.start(), m.end(), "entity", m.group(), True) for m in re.finditer(r"army|troops|men", cite)]
        terms += [_Term(m.start(), m.end(), "metric", m.group(), False) for m in re.finditer(r"infantry", cite)]
        return values, terms

    kept, plain = parts(), parts()
    binding._list_predicate(cite, *kept)
    plain_list_predicate(cite, *plain)
    assert [(v.flags, v.terms, v.spans) for v in kept[0]] == [(v.flags, v.terms, v.spans) for v in plain[0]], cite


def plain_owners(cite: str, question: str, values: list[Value], entities) -> list:
    """``clause_owner``'s owner of each figure as it was written before its marks were found by bisection:
    each figure's mentions and breaks read in full, its sentence's start searched from the cite's start."""
    from deckgen import people

    mentions = people._mentioned(cite, people._entity_table(entities))
    breaks = list(people._EN_CLAUSE_BREAK_RE.finditer(cite))

    def owner(v):
        before = [x for x in mentions if x[1] <= v.start]
        if before and people._EN_APPOSED_GAP_RE.fullmatch(cite, before[-1][1], v.start):
            return before[-1][2]
        brk = next((b for b in reversed(breaks) if b.end() <= v.start), None)
        lo = brk.end() if brk else 0
        inside = [x for x in before if x[0] >= lo]
        if inside:
            return inside[0][2]
        if brk is not None and brk["who"]:
            start = max((s.end() for s in people._EN_SENTENCE_BREAK_RE.finditer(cite, 0, brk.start())), default=0)
            named = [x for x in before if start <= x[0] and x[1] <= brk.start()]
            return named[-1][2] if named else None
        return None

    return [owner(v) for v in values]


OWNER_PIECES = ["matthew wilson", "ippei watanabe", " touched home in ", "2:06.68", "2:06.73", ", and ", ", who clocked ",
                ". ", "! ", "u.s. ", "jr., ", ".", ",", ", ", "; ", "\n", " ", "a", "with "]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(OWNER_PIECES), min_size=1, max_size=24).map("".join))
@example("matthew wilson touched home in 2:06.68, and ippei watanabe., who clocked 2:06.73")
@example("ippei watanabe touched home in 2:06.68. matthew wilson, who clocked 2:06.73")
def test_clause_owner_finds_the_owners_the_plain_reading_finds(monkeypatch_free_cite):
    """Each figure's owner found by bisection is the one the plain per-figure reading finds: clause_owner's
    verdict on each figure, asked as each name's, is the plain one's."""
    from deckgen import people

    cite = monkeypatch_free_cite
    entities = {"Matthew Wilson": [], "Ippei Watanabe": []}
    values = [Value(m.start(), m.end(), m.group(), (m.group(), "s")) for m in re.finditer(r"\d:\d\d\.\d\d", cite)]
    if not values:
        return
    owners = plain_owners(cite, "", values, entities)
    for name in ("matthew wilson", "ippei watanabe"):
        question = f"in what time did {name} finish?"
        theirs = {v.key for v, o in zip(values, owners) if o == name}
        for k, mine in enumerate(values):
            got = people.clause_owner(cite, question, [mine], values, entities)
            if len(theirs) != 1 or owners[k] is None:
                assert got is None
            elif owners[k] == name:
                assert got == ([] if mine.key in theirs else None)
            else:
                assert [f.code for f in got] == ["DG601"] and owners[k] in got[0].message


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([";", " ", "\n", "\u3000", "。", "a", "中", ";;"]), max_size=12).map("".join), st.data())
def test_after_mark_is_the_stripped_prefix_test(cite, data):
    """The ;-part rules ask whether a sentence follows a ; for each sentence: without copying the cite's prefix
    (a copy per sentence is quadratic in a long cite), the answer of cite[:pos].rstrip().endswith(mark)."""
    pos = data.draw(st.integers(0, len(cite)))
    for mark in (";", "。"):
        assert binding._after_mark(cite, pos, mark) == cite[:pos].rstrip().endswith(mark)


def test_a_decks_spellings_are_folded_once_per_deck_not_per_card(monkeypatch):
    """The names the question and the cite give were found by folding every entity spelling of the deck
    again for each card (about 20,000 folds on the shipped deck's 90 cards); each spelling is now folded
    once per deck, with the same names found."""
    import deckgen
    from deckgen import fold

    spellings = ("Tesla", "", "  特斯拉 ", "BioNTech", "臺灣")
    assert binding._spelled(spellings) == tuple((s, fold.normalize(s).strip()) for s in spellings if s)
    for q, c in [("What did Tesla report?", "Tesla reported 5%."), ("特斯拉的营收增长多少？", "特斯拉营收增长5%。"),
                 ("台湾出口增长多少？", "臺灣出口增长5%，进口下降3%。")]:
        got = binding._question_names(q, c, spellings)
        assert got == binding._question_names.__wrapped__(q, c, spellings)
        assert got  # the deck's name is found in each question: the test can fail
    calls = [0]
    plain = fold.normalize

    def counted(text):
        calls[0] += 1
        return plain(text)

    for module in (binding, fold):
        monkeypatch.setattr(module, "normalize", counted)
    # (and the memos made from _spelled, which a check run before this one may hold: test_cli's)
    for memo in (binding._spelled, binding._spelled_forms, binding._spelling_starts, binding._question_names,
                 binding._cite_names):
        memo.cache_clear()
    from conftest import SHIPPED

    deckgen.run_check([str(SHIPPED)])
    assert binding._spelled.cache_info().misses == 1
    assert calls[0] < 6000, calls[0]  # 2,900 now; about 20,000 before (binding's own folds)


# Pieces of names and texts: ASCII runs of each length, Han, a letter folding changes, white space.
NAME_PIECES = ["a", "ab", "abc", "kes", "kesonra", " ", "x", "台", "台湾", "臺灣", "特斯拉", "Ｔ", "é", "1", "-"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(NAME_PIECES), max_size=4).map("".join), max_size=12),
       st.lists(st.sampled_from(NAME_PIECES), max_size=40).map("".join))
def test_spellings_found_from_their_starts_are_the_plain_test_of_each(spellings, text):
    """``_spelled_in`` tries only the spellings that start with characters the text holds; it finds every
    pair the plain test (``folded in text``, each of the deck's spellings) finds, and no other."""
    spellings = tuple(spellings)
    plain = [p for p in binding._spelled(spellings) if p[1] in text]
    assert sorted(binding._spelled_in(spellings, text)) == sorted(plain)


def test_a_decks_spellings_are_made_once_per_table_and_again_when_it_changes():
    """check_binding made the tuple of a deck's spellings for each card (1,800 of them for 600 entities); the
    last table's are kept, and a table that is not equal to it (a name added, an alias list changed in
    place) gets its own."""
    entities = {"Tesla": ("特斯拉",), "Kesonra": ["KSR"]}
    first = binding._spellings(entities)
    assert first == ("Tesla", "特斯拉", "Kesonra", "KSR")
    assert binding._spellings(entities) is first  # kept: not made again
    assert binding._spellings(dict(entities)) is first  # an equal table is the same deck's
    assert binding._spellings({**entities, "Kesonra": ("KSR",)}) == first  # (not equal: a tuple is no list)
    entities["Kesonra"].append("Kesonra Inc")
    assert binding._spellings(entities) == ("Tesla", "特斯拉", "Kesonra", "KSR", "Kesonra Inc")
    entities["Vega"] = ()
    assert binding._spellings(entities)[-1] == "Vega"
    assert binding._spellings({}) == ()


def test_a_cites_names_as_written_are_read_once_and_are_the_plain_reading():
    """The question's names and the cite's own both read which of the cite's words are written as names; the
    words are kept per cite (``_written_names``), in order, as the plain reading of each word finds them."""
    binding._written_names.cache_clear()
    for cite in ("Shares of BioNTech rose. Tesla said its Q1 sales fell, Akufo-Addo told NASA.", "特斯拉 Model Y 销量", ""):
        plain = tuple(m.group() for m in binding._WRITTEN_WORD_RE.finditer(cite) if binding._capitalised(cite, m))
        assert binding._written_names(cite) == plain
    assert binding._written_names("Shares of BioNTech rose.") == ("BioNTech",)  # (a sentence's first word is none)
    for kept in (binding._question_names, binding._cite_names, binding._written_names):
        kept.cache_clear()
    binding.check_binding("figure", "5%", "Kesonra said sales at Vega rose 5% and Tesla's fell 3%.",
                          "How much did sales at Vega rise?")
    info = binding._written_names.cache_info()
    assert (info.misses, info.hits) == (1, 1)  # the cite read once, by the question's names; the cite's own kept it


def test_the_things_rules_read_the_decks_spellings_kept_per_deck():
    """``_deck_spellings`` (the rules about several things of one kind) is the deck's kept tuple of spellings, and
    ``_named_things`` reads their folded forms as one set kept per deck (``_spelled_forms``), not remade at each
    call: both give what the plain computation gives, also after the table changes."""
    entities = {"Ranch Fire": ("the Ranch",), "Cal Fire": ["CAL FIRE", "加州消防局"]}
    plain = tuple(s for k, v in entities.items() for s in (k, *v))
    assert binding._deck_spellings(entities) == plain
    assert binding._deck_spellings(entities) is binding._spellings(entities)
    assert binding._spelled_forms(plain) == {f for _, f in binding._spelled(plain)}
    assert binding._spelled_forms(plain) is binding._spelled_forms(plain)
    entities["Holy Fire"] = ()
    assert binding._deck_spellings(entities) == (*plain, "Holy Fire")
    assert "holy fire" in binding._spelled_forms(binding._deck_spellings(entities))
