from hypothesis import given, settings
from hypothesis import strategies as st

from deckgen.fold import fold, fold_text, normalize


def test_traditional_and_simplified_fold_alike():
    assert fold_text("黃仁勛出席第三屆鏈博會") == fold_text("黄仁勋出席第三届链博会")


def test_full_width_punctuation_and_digits_fold_to_ascii():
    assert fold_text("（４２％），") == "(42%),"


def test_white_space_and_line_breaks_are_ignored():
    assert fold_text("美國自4月9日\n將 H20\t芯片") == fold_text("美國自4月9日將H20芯片")


def test_quotation_marks_unify():
    assert fold_text("“點贊”「點贊」") == '"点赞""点赞"'


def test_normalize_keeps_word_breaks():
    assert normalize("The  ＄589 Billion\n 黃仁勛") == "the $589 billion 黄仁勋"


def test_map_points_back_at_the_original_characters():
    f = fold("黃仁勛 出席\n第三屆ﬁ  鏈博會，４２％")
    i = f.text.index("链博会")
    a, b = f.span(i, i + 3)
    assert f.original[a:b] == "鏈博會"
    j = f.text.index("fi")
    assert f.original[f.to_original(j)] == "ﬁ"
    assert f.original[f.to_original(j + 1)] == "ﬁ"
    assert f.to_original(len(f.text)) == len(f.original)


def test_span_is_tight_across_skipped_space():
    f = fold("甲 乙\n丙")
    assert f.span(0, 3) == (0, 5)
    assert f.span(1, 2) == (2, 3)


@given(st.text(alphabet=st.sampled_from("黃仁勛 \n\t（）％ﬁ㎏①abcABC1２ “”「」"), max_size=40))
def test_every_folded_character_comes_from_the_character_it_maps_to(text):
    f = fold(text)
    assert f.text == fold_text(text)
    for pos, ch in enumerate(f.text):
        o = f.to_original(pos)
        assert 0 <= o < len(text)
        assert ch in fold_text(text[o])
    for start in range(len(f.text) + 1):
        for end in range(start, len(f.text) + 1):
            a, b = f.span(start, end)
            assert 0 <= a <= b <= len(text)
            # equal, except that a span inside an expansion (㎏ -> kg) widens to the whole character
            assert f.text[start:end] in fold_text(text[a:b])
            if not any(len(fold_text(c)) > 1 for c in text):
                assert fold_text(text[a:b]) == f.text[start:end]


@given(st.text(max_size=200))
def test_any_text_folds_and_maps_inside_it(text):
    f = fold(text)
    for pos in range(len(f.text) + 1):
        assert 0 <= f.to_original(pos) <= len(text)


@given(st.text(alphabet=st.sampled_from("黃仁勛 \n\t\u3000（）％ﬁ㎏①abcA1２ “”「」"), max_size=40))
def test_keep_spaces_folds_to_normalize_with_the_same_map_rules(text):
    f = fold(text, keep_spaces=True)
    assert f.text == normalize(text)
    for pos, ch in enumerate(f.text):
        o = f.to_original(pos)
        assert 0 <= o < len(text)
        assert ch in normalize(text[o]) or (ch == " " and text[o].isspace())


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("\n\r\t 　漢語產業發展與臺灣裡著麼ＡＢＣ１２３ﬁ“”「」\u00a0\u2028\u0085"), min_size=1, max_size=40))
def test_a_batch_of_new_characters_folds_as_each_would_alone(text):
    # _learn converts all new characters in one OpenCC call split on newlines;
    # a newline (or any character) among them must not shift another's fold.
    from deckgen import fold as module

    chars = set(text)
    alone = {}
    for c in chars:  # forget each, then learn it by itself
        module._KNOWN.discard(c)
        module._learn({c})
        alone[c] = (module._TABLE[ord(c)], module._SPACE_TABLE[ord(c)])
    module._KNOWN.difference_update(chars)  # forget them all, then learn them at once
    module._learn(chars)
    for c in chars:
        assert (module._TABLE[ord(c)], module._SPACE_TABLE[ord(c)]) == alone[c], c


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("漢語產業 ＡＢ１２“”ﬁ\t x"), min_size=500, max_size=530))
def test_short_texts_fold_once_and_as_long_ones_do(text):
    # fold_text and normalize keep the fold of a short text (<= 512 characters); a
    # longer one is folded afresh: either way the same fold.
    from deckgen import fold as module

    for cut in (text[:40], text):
        assert fold_text(cut) == module._folded(cut) == fold_text(cut)
        assert normalize(cut) == module._normalized(cut) == normalize(cut)
