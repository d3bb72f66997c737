"""Rules from the second grain-output table's first run (heldout-grain-output-nbs), each on a made-up cite."""

import pytest

from conftest import binding_code as verdict


# A value restated in brackets in another unit carries the direction word of the value it restates.
BRACKETED = "某县棉花产量5200吨(1040万斤),比上年减少300吨(60万斤),下降5.5%。"


@pytest.mark.parametrize("answer, expect", [
    ("减少60万斤", "grounded"),
    ("增加60万斤", "DG604"),
    ("60万斤", "grounded"),
    ("增加300吨", "DG604"),
])
def test_a_bracketed_restatement_carries_its_values_direction(answer, expect):
    assert verdict("figure", answer, BRACKETED, "某县棉花产量比上年如何变化？") == expect


# A unit tells its measure (亩, 公顷 an area; 斤, 吨 a weight; 公斤/亩 or 每亩…公斤 a yield): a question naming one measure
# by its unit or noun is not answered by a value of another, and asked per 亩 a yield per 公顷 is another measure.
MEASURES = ("某县棉花种植面积32万亩,比上年减少1.5万亩;单位面积产量95公斤/亩(1425公斤/公顷),比上年增加3公斤/亩(45公斤/公顷);"
            "总产量3.04万吨,比上年增加0.2万吨。因面积减少而减产0.15万吨。")


@pytest.mark.parametrize("answer, question, expect", [
    ("1.5万亩", "某县棉花种植面积比上年减少了多少？", "grounded"),
    ("0.15万吨", "某县棉花种植面积比上年减少了多少万亩？", "DG601"),
    ("0.2万吨", "某县棉花总产量比上年增加了多少？", "grounded"),
    ("3公斤/亩", "某县棉花总产量比上年增加了多少？", "DG601"),
    ("0.15万吨", "因面积减少,棉花减产多少？", "grounded"),
    ("1.5万亩", "因面积减少,棉花减产多少？", "DG601"),
    ("95公斤/亩", "某县棉花单位面积产量是每亩多少公斤？", "grounded"),
    ("95公斤", "某县棉花单位面积产量是每亩多少公斤？", "grounded"),
    ("1425公斤/公顷", "某县棉花单位面积产量是每亩多少公斤？", "DG601"),
    ("1425公斤/公顷", "某县棉花单位面积产量是多少？", "grounded"),
])
def test_a_unit_tells_the_measure_a_question_asks(answer, question, expect):
    assert verdict("figure", answer, MEASURES, question) == expect


# A bound the question writes after its interrogative (保持在多少以上) is the answer's, as one before it (超过多少) is.
BOUND = "今年全县粮食产量预计保持在50万吨以上,创历史新高。"


@pytest.mark.parametrize("answer, question, expect", [
    ("50万吨", "全县粮食产量预计保持在多少以上？", "grounded"),
    ("50万吨", "全县粮食产量预计保持在多少万吨以上？", "grounded"),
    ("50万吨", "全县粮食产量预计是多少？", "DG204"),
])
def test_a_bound_after_the_interrogative_is_the_answers(answer, question, expect):
    assert verdict("figure", answer, BOUND, question) == expect


# Reading figures between a name and its verb of saying (王五解读…表示, 王五解读数据时指出) is no part of the name.
@pytest.mark.parametrize("cite", [
    "甲县统计局局长王五解读棉花生产情况表示,今年全县棉花产量再创新高。",
    "甲县统计局局长王五解读数据时指出,今年全县棉花产量再创新高。",
])
def test_reading_figures_before_the_verb_is_no_part_of_the_speaker(cite):
    assert verdict("quote", "王五", cite, "谁说今年全县棉花产量再创新高？") == "grounded"


# A short term in quotes inside indirect speech (按照"以水定地"的思路) is no quotation of words: the speech runs on
# into the next sentence of its paragraph.
TERMED = ("本报甲县5月6日电(记者赵六)甲县农业局局长王五指出,今年各地按照\u201c以水定地、以地定产\u201d的思路调整种植结构。"
          "初步统计,今年全县棉花面积比上年减少1.2万亩。")


@pytest.mark.parametrize("answer, expect", [("王五", "grounded"), ("赵六", "DG401")])
def test_indirect_speech_with_a_quoted_term_runs_on(answer, expect):
    assert verdict("quote", answer, TERMED, "谁指出今年全县棉花面积比上年减少1.2万亩？") == expect


# A ;-part naming an item of its own before its 其中 (豆类播种面积增加,其中大豆…) holds the parts' total: the value of the
# earlier ;-part is not theirs, and its words do not name them.
OWN_TOTAL = "甲县粮食播种面积80万亩,比上年减少2万亩,下降2.4%;豆类播种面积增加,其中大豆播种面积6万亩,比上年增加1万亩,增长20%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("2.4%", "甲县粮食播种面积比上年下降了多少？", "grounded"),
    ("20%", "甲县粮食播种面积比上年下降了多少？", "DG601"),
    ("1万亩", "甲县大豆播种面积比上年增加了多少？", "grounded"),
    ("2万亩", "甲县大豆播种面积比上年增加了多少？", "DG601"),
])
def test_a_semicolon_part_naming_its_own_item_holds_the_total_of_its_parts(answer, question, expect):
    assert verdict("figure", answer, OWN_TOTAL, question) == expect


# A total's comparison (比上年增加) names no part under 其中: the part's bare change keeps its level's item.
COMPARED = "全县棉花总产量5万吨,比上年增加0.4万吨。其中,长绒棉产量2万吨,比上年增加0.3万吨。"


@pytest.mark.parametrize("answer, expect", [("0.3万吨", "grounded"), ("0.4万吨", "DG601")])
def test_a_totals_comparison_names_no_part(answer, expect):
    assert verdict("figure", answer, COMPARED, "长绒棉产量比上年增加了多少？") == expect


# Asked the base year's level, a level restated in brackets is this year's as the value it restates is (DG602).
BASE_YEAR = "2023年某县棉花产量5200吨(1040万斤),比2022年增加300吨(60万斤),增长6.1%。"


@pytest.mark.parametrize("answer, question, expect", [
    ("1040万斤", "2022年某县棉花产量是多少？", "DG602"),
    ("5200吨", "2022年某县棉花产量是多少？", "DG602"),
    ("1040万斤", "2023年某县棉花产量是多少？", "grounded"),
])
def test_a_bracketed_level_is_of_its_heads_year(answer, question, expect):
    assert verdict("figure", answer, BASE_YEAR, question) == expect
