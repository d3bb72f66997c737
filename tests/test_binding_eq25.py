"""Rules from the Taiwan earthquake table's gaps (eq25), each on made-up sentences."""
from deckgen.quantities import normalize, question_qualifier
from conftest import binding_codes as codes


def test_a_bound_after_the_interrogative_is_the_answers():
    """規模多少以上? / 幾級以下?: 以上 or 以下 after the interrogative (and its counter) asks for the bound,
    so a bare value the cite bounds so answers it."""
    assert question_qualifier(normalize("颱風警報的發布條件是風速多少以上？")) == "more than"
    assert question_qualifier(normalize("停班標準是雨量幾毫米以下？")) == "less than"
    cite = "新的防汛規定將在累積雨量200毫米以上時啟動,並通知各鄉鎮公所。"
    assert codes("figure", "200毫米", cite, "新規定在累積雨量多少以上時啟動？") == []
    assert codes("figure", "200毫米", cite, "新規定在累積雨量達到多少時啟動？") == ["DG204"]
    assert codes("figure", "3級", "颱風達3級以上時學校停課。", "颱風達幾級以上時學校停課？") == []


LEVELS = "各地最大震度部分,甲仙鄉6弱、玉井與楠西5強、新化、善化、麻豆5弱,本縣其餘鄉鎮都至少4級,多處傳出災情。"


def test_a_half_intensity_is_a_level_of_its_own():
    """5強 and 5弱 are two levels: the half is part of the value (no 5強 answers for a 5弱), and both are on the 級
    scale, so 幾級 asks them where the question names the place of their list item."""
    assert codes("figure", "6弱", LEVELS, "甲仙鄉的最大震度是幾級？") == []
    assert codes("figure", "5強", LEVELS, "楠西的最大震度是幾級？") == []
    assert codes("figure", "5弱", LEVELS, "楠西的最大震度是幾級？") == ["DG601"]


def test_a_name_after_a_values_dun_opens_the_next_item():
    """Chinese writes an item before its value: a name after a value's 、 (玉井 of 6弱、玉井與楠西5強; 善化 of
    5強、新化、善化、麻豆5弱) is the next value's, however near the value before it stands."""
    assert codes("figure", "5強", LEVELS, "玉井的最大震度達到多少？") == []
    assert codes("figure", "6弱", LEVELS, "玉井的最大震度達到多少？") == ["DG601"]
    assert codes("figure", "5弱", LEVELS, "善化的最大震度是幾級？") == []
    assert codes("figure", "5強", LEVELS, "善化的最大震度是幾級？") == ["DG601"]


def test_a_value_after_a_word_of_what_may_come_is_foreseen():
    """研判 / 不排除 / 恐怕 / 可能, or 未來 with a modal, before a value in its own clause say it is foreseen: asked what
    happened, it is DG603; a question with those words asks the forecast."""
    cite = "氣象站指出,昨晚颱風帶來雨量320毫米,研判明天仍有雨量150毫米。"
    assert codes("figure", "150毫米", cite, "昨晚颱風帶來的雨量是多少？") == ["DG603"]
    assert codes("figure", "320毫米", cite, "昨晚颱風帶來的雨量是多少？") == []
    hedged = "水庫昨日進帳1200萬噸,若午後雷陣雨持續,進帳恐怕會破2000萬噸。"
    assert codes("figure", "2000萬噸", hedged, "水庫昨日進帳多少？") == ["DG603"]
    assert codes("figure", "2000萬噸", hedged, "水庫進帳恐怕會破多少？") == []


def test_a_count_whose_noun_is_left_out_counts_the_noun_written_before():
    """今年共售出12台電動機車,去年有8台: the clause ends right after 8台, so it counts what the count before it in its
    sentence counts, and the period the question names selects (this year's 12台 is DG602 asked last year's)."""
    cite = "店長表示,今年共售出12台電動機車,去年有8台,前年只有5台。"
    assert codes("figure", "12台", cite, "去年店裡售出幾台電動機車？") == ["DG602"]
    assert codes("figure", "12台", cite, "今年店裡售出幾台電動機車？") == []
    assert codes("figure", "8台", cite, "今年店裡售出幾台電動機車？") == ["DG602"]


def test_a_count_with_the_questions_noun_counts_it_however_the_words_run_on():
    """去年發生的40起土石流多在山區: the noun right after 40起 is 土石流, the one the question counts, though the Han
    characters run on (多在山區); so it competes with 超過300起土石流 and the period the question names selects."""
    cite = "消防局表示,今年已有超過300起土石流,去年發生的40起土石流多在山區。"
    assert codes("figure", "40起", cite, "去年發生了多少起土石流？") == []
    assert codes("figure", "超過300起", cite, "去年發生了多少起土石流？") == ["DG602"]
    assert codes("figure", "超過300起", cite, "今年已有多少起土石流？") == []
