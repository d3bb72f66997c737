"""Rules from the Taiwan earthquake table's gaps (eq25), each on made-up sentences."""
from deckgen.binding import check_binding
from deckgen.grounding import support
from deckgen.quantities import normalize, question_qualifier


def codes(kind, answer, cite, question, entities=None):
    found = support(kind, answer, cite, question, entities or {})
    return [f.code for f in found or check_binding(kind, answer, cite, question, entities or {})]


def test_a_bound_after_the_interrogative_is_the_answers():
    """規模多少以上? / 幾級以下?: 以上 or 以下 after the interrogative (and its counter) asks for the bound,
    so a bare value the cite bounds so answers it."""
    assert question_qualifier(normalize("颱風警報的發布條件是風速多少以上？")) == "more than"
    assert question_qualifier(normalize("停班標準是雨量幾毫米以下？")) == "less than"
    cite = "新的防汛規定將在累積雨量200毫米以上時啟動,並通知各鄉鎮公所。"
    assert codes("figure", "200毫米", cite, "新規定在累積雨量多少以上時啟動？") == []
    assert codes("figure", "200毫米", cite, "新規定在累積雨量達到多少時啟動？") == ["DG204"]
    assert codes("figure", "3級", "颱風達3級以上時學校停課。", "颱風達幾級以上時學校停課？") == []
