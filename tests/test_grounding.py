import re

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from deckgen.decks import load_deck
from deckgen.grounding import SourceIndex, check_deck
from deckgen.kinds import check_fact
from deckgen.fold import fold_text

from conftest import write_deck


def test_cite_found_gives_evidence_in_the_original(small_deck):
    deck = load_deck(small_deck)
    results = check_deck(deck)
    assert [r.status for r in results] == ["grounded", "grounded"]
    ev = results[0].evidence[0]
    assert deck.source.text[ev.start : ev.end] == "售價999美元"
    assert (ev.line, ev.paragraph) == (1, 1)
    ev = results[1].evidence[0]
    assert deck.source.text[ev.start : ev.end] == "the launch drew 10,000 people"
    assert ev.line == 3


def test_misquoted_cite_is_not_found_and_gets_the_nearest_passage(tmp_path):
    path = write_deck(
        tmp_path,
        """
        deck: {id: d, name: D, source: {file: sources/src.txt}}
        cards:
          - id: ceo
            q: 誰表示銷量超過預期？
            a: 首席執行官
            cite: 公司首席執行官表示，銷量遠超預期
        """,
    )
    (r,) = check_deck(load_deck(path))
    assert r.status == "ungrounded"
    (p,) = r.problems
    assert p.code == "DG101"
    assert (p.line, p.col) == (6, 11)
    # the passage as the source writes it (Traditional, full-width comma), the differences marked in it
    assert "nearest passage, line 2: '公司首席執行官表示，銷量[-遠超-]{+超過+}預期'" in p.message
    marked = p.message.split("'")[1]
    assert re.sub(r"\[-.*?-\]", "", marked).replace("{+", "").replace("+}", "") == "公司首席執行官表示，銷量超過預期"
    assert p.message.endswith("({+…+}: in the source, not in the cite; [-…-]: in the cite, not in the source)")


def test_a_cite_wrong_in_its_last_or_first_character_gets_the_whole_passage_not_a_cut_one():
    """下跌 for the source's 下降: the passage must end with 降, or copying it gives a cut-short cite."""
    from deckgen.suggest import nearest

    source = "工业生产运行在适度增长区间，企业利润同比下降；固定资产投资稳定增长。\n"
    assert nearest("企业利润同比下跌", source).text == "企业利润同比下降"
    assert nearest("企业利润同比下跌", source).marked == "企业利润同比下[-跌-]{+降+}"
    assert nearest("亏企业利润同比下降", source).text == "企业利润同比下降"  # never past the comma before it
    assert nearest("企业利润同比下降了", source).text == "企业利润同比下降"  # nor past the semicolon after it


def test_cite_in_simplified_with_ascii_punctuation_matches_traditional_source(tmp_path):
    path = write_deck(
        tmp_path,
        """
        deck: {id: d, name: D, source: {file: sources/src.txt}}
        cards:
          - {id: ceo, q: 誰?, a: 首席执行官, cite: "公司首席执行官表示,销量超过预期"}
        """,
    )
    (r,) = check_deck(load_deck(path))
    assert r.status == "grounded", r.problems


def test_every_cite_of_a_list_must_be_found(tmp_path):
    path = write_deck(
        tmp_path,
        """
        deck: {id: d, name: D, source: {file: sources/src.txt}}
        cards:
          - id: two
            q: 售價？
            a: 999美元
            cite: [售價999美元, 這句不在原文裡]
        """,
    )
    (r,) = check_deck(load_deck(path))
    assert [p.code for p in r.problems] == ["DG101"]
    assert r.evidence[1] is None and r.evidence[0] is not None  # aligned with the cites
    assert r.located == [r.evidence[0]]


def test_fact_answer_must_occur_in_the_cite_or_by_alias():
    entities = {"黃仁勛": ("Jensen Huang",)}
    assert check_fact("黄仁勋", "黃仁勛表示", "", entities) == []
    assert check_fact("Jensen Huang", "黃仁勛表示", "", entities) == []
    assert [m.code for m in check_fact("田豐", "黃仁勛表示", "", entities)] == ["DG102"]


def test_a_fact_answer_in_latin_letters_must_be_whole_words_of_the_cite():
    # folded without white space, "not" was in "no tax", "approve" in "approves" and "Bell" in "Bellamy"
    entities = {"William Bell": ("Mayor Bell",)}
    for answer, cite in [("not", "it includes no tax or fee increases"), ("approve", "City Council approves the budget"),
                         ("Bell", "said Mayor Bellamy"), ("William Bell", "said Mayor Bellamy"), ("10", "a 2010 plan")]:
        assert [m.code for m in check_fact(answer, cite, "", entities)] == ["DG102"], answer
    for answer, cite in [("no", "it includes no tax or fee increases"), ("City Council", "City Council\napproves"),
                         ("William Bell", "said Mayor Bell."), ("H20芯片", "將H20 芯片納入"), ("citycouncil", "the City Council"),
                         ("“status quo” budget", 'a "status quo" budget'), ("$39.1 million", "the $39.1 million budget"),
                         ("黄仁勋", "黃仁勛表示"), ("NVIDIA", "英偉達（NVIDIA）")]:
        assert check_fact(answer, cite, "", entities) == [], answer


@settings(max_examples=300, deadline=None)
@given(st.text("ab1 .-", min_size=1, max_size=6), st.text("ab1 .-黃", max_size=24))
def test_the_whole_words_shortcut_agrees_with_the_pattern(answer, cite):
    """Where folding leaves the answer's place next to no Latin letter or digit, it is whole words without
    compiling a pattern; the pattern alone must give the same verdict."""
    from deckgen.fold import normalize

    folded, folded_cite = fold_text(answer), fold_text(cite)
    if not folded or folded not in folded_cite:
        return
    lead, tail = folded[0].isascii() and folded[0].isalnum(), folded[-1].isascii() and folded[-1].isalnum()
    pattern = ("(?<![a-z0-9])" if lead else "") + r"\s?".join(map(re.escape, folded)) + ("(?![a-z0-9])" if tail else "")
    whole = not (lead or tail) or re.search(pattern, normalize(cite)) is not None
    assert (check_fact(answer, cite, "", {}) == []) == whole


def test_the_index_finds_what_str_find_finds_once_past_the_find_limit():
    text = "".join(f"第{i}段：營收{i * 7}億元，同比增長{i}%。\n" for i in range(3000))
    index = SourceIndex(text)
    folded = index.folded.text
    cites = [fold_text(f"第{i}段：營收{i * 7}億元，同比增長{i}%") for i in range(0, 3000, 37)]
    cites += [fold_text("營收7億元，同比"), fold_text("不在原文的一句話，足夠長以走索引的路徑")]
    for cite in cites * 2:  # the second round goes through the k-gram index
        assert index.locate(cite) == folded.find(cite)
    assert index.lookups > SourceIndex.FIND_LIMIT


def test_paragraphs_follow_blank_lines_when_the_source_has_them(tmp_path):
    source = "first line\nsame paragraph\n\nsecond paragraph here\n"
    index = SourceIndex(source)
    start = index.folded.text.find(fold_text("second paragraph"))
    ev = index.evidence(start, start + 5)
    assert (ev.line, ev.paragraph) == (4, 2)


NEWS_COPY = ("时间:2030-03-02 来源:某某网\n"
             "全市地区生产总值5321亿元,比上年增长5.2%。全年人均地区生产总值81200元,比上年增长4.8%。全年居民人均可支配收入"
             "41000元,增长6.1%。\n"
             "全年货物运输总量8.5亿吨,比上年增长5.3%。\n\n* * *\n\n"
             "港口货物吞吐量3.1亿吨,同比增长3.7%。\n集装箱吞吐量达420万标箱,同比增长8.2%。\n")


@pytest.mark.parametrize("source, cite, line, paragraph", [
    # news copy, a paragraph a line, with blank lines only around a separator (trial19): each line is a paragraph
    (NEWS_COPY, "全年货物运输总量8.5亿吨", 3, 3),
    (NEWS_COPY, "集装箱吞吐量达420万标箱", 8, 6),
    # its twin, hard-wrapped: lines of one paragraph run to the next blank line
    ("The port handled 3.1 million tonnes, up 3.7 percent from\nthe year before, and 420,000 containers.\n\n"
     "Container traffic rose 8.2 percent.\n", "420,000 containers", 2, 1),
    ("港口货物吞吐量3.1亿吨,同比增长3.7%,集装箱\n吞吐量达420万标箱。\n\n集装箱吞吐量同比增长8.2%。\n",
     "集装箱吞吐量同比", 4, 2),
])
def test_a_paragraph_a_line_unless_the_lines_are_wrapped(source, cite, line, paragraph):
    index = SourceIndex(source)
    start = index.folded.text.find(fold_text(cite))
    ev = index.evidence(start, start + 5)
    assert (ev.line, ev.paragraph) == (line, paragraph)


def test_the_index_finds_cites_among_boilerplate():
    # An archive repeats its bylines thousands of times; cites start inside them.
    text = "".join(f"新京報貝殼財經記者報道，第{i}家公司營收{i * 3}億元。\n" for i in range(5000))
    index = SourceIndex(text)
    folded = index.folded.text
    cites = [fold_text(f"新京報貝殼財經記者報道，第{i}家公司營收{i * 3}億元") for i in range(0, 5000, 97)]
    cites += [fold_text("新京報貝殼財經記者報道，第"), fold_text("新京報貝殼財經記者報道，第1家公司營收4億元")]
    for cite in cites * 2:
        assert index.locate(cite) == folded.find(cite)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["營收億元。"] * 8 + ["營收億元a。", "ab"]), max_size=300).map("".join),
    st.lists(st.tuples(st.integers(0, 600), st.integers(15, 40), st.booleans()), min_size=1, max_size=20),
)
def test_the_index_finds_the_first_occurrence_like_str_find(text, picks):
    # Text of a few words repeats every k-gram many times over: the index must
    # still return the first occurrence, and -1 for what is not there.
    index = SourceIndex(text)
    folded = index.folded.text
    index.lookups = SourceIndex.FIND_LIMIT  # every look-up below goes through the index
    for start, length, change in picks:
        cite = folded[start : start + length] if folded else "ab" * 10
        if change and cite:
            cite = cite[:-1] + ("b" if cite[-1] != "b" else "a")
        if cite:
            assert index.locate(cite) == folded.find(cite), cite


@pytest.mark.parametrize("answer", [" ", "\x85", "\u2028"])
def test_an_answer_of_white_space_alone_is_a_finding_not_an_exception(answer):
    # the loader refuses an empty answer; the library API must not raise on one either
    from deckgen.grounding import support

    assert support("fact", answer, "Smith said 3.", "Who?", {}) != []


@pytest.mark.parametrize("answer, cite, expect", [
    # a glued m that counts vehicles is a million, so the text's other glued m and the answer's are millions too
    ("2.4m", "The recall grew from 2.4m cars announced in May to 3.9m.", []),
    ("3.9m", "The recall grew from 2.4m cars announced in May to 3.9m.", []),
    ("almost 4.2m", "Kestrel accounts for almost 4.2m of the bikes.", []),
    # a text whose glued m is a height keeps its metres: 3.9m is no 3.9 million
    ("3.9 million", "The mast stands 3.9m high and the tower 41m.", ["DG202"]),
])
def test_a_glued_m_is_read_in_the_sense_its_text_gives_it(answer, cite, expect):
    from deckgen.grounding import support

    assert [m.code for m in support("figure", answer, cite, "", {}, bind=False)] == expect
