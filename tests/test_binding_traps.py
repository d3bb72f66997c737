"""Traps the engine used to let through, on made-up cites: a card whose answer is another value of
its cite (another person's, item's, period's) is a card that teaches something false."""

from deckgen.binding import check_binding
from deckgen.grounding import support


def codes(kind, answer, cite, question, entities=None):
    found = support(kind, answer, cite, question, entities or {})
    return [f.code for f in found or check_binding(kind, answer, cite, question, entities or {})]


PANEL = "发布会上,省交通厅副厅长周明远,省气象局局长林涛,市公交集团总经理何晓东介绍了有关情况。"


def test_a_title_holds_the_name_after_it_up_to_its_comma_whatever_the_answers_length():
    # 林涛 is two characters, the trap three: the name is read to the comma that ends it
    assert codes("fact", "林涛", PANEL, "省气象局局长是谁？") == []
    assert codes("fact", "何晓东", PANEL, "省气象局局长是谁？") == ["DG601"]
    assert codes("fact", "周明远", PANEL, "省气象局局长是谁？") == ["DG601"]
    assert codes("fact", "何晓东", PANEL, "市公交集团总经理是谁？") == []


DEFENDANTS = "收受该厂销售经理、被告人赵启明,财务主管、被告人钱立给予的现金30万元。"
LAUREATES = "中国工程院院士、桥梁工程专家孙卫国和中国科学院院士、理论物理学家李安获得了今年的大奖。"


def test_a_second_title_set_off_by_a_pause_mark_is_the_same_names():
    # ROLE、被告人NAME: 被告人 is a second title of the name after it, not the name
    assert codes("fact", "赵启明", DEFENDANTS, "该厂的销售经理是谁？") == []
    assert codes("fact", "钱立", DEFENDANTS, "该厂的销售经理是谁？") == ["DG601"]
    # ROLE、field-专家/学家 NAME in a 和 list: each name keeps its own titles
    assert codes("fact", "李安", LAUREATES, "谁是中国工程院院士？") == ["DG601"]
    assert codes("fact", "孙卫国", LAUREATES, "谁是中国工程院院士？") == []
