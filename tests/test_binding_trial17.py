"""A trial on a fresh real text (2026-12-02, branch trial17): 央廣網's "文旅這十年" release of 2022-10-18 on China's
museums and art galleries, 2012 against 2021 (a culture ministry's decade statistics, zh-Hant). 32 cards and 16 traps
were written before the run; 39 of 48 agreed. Each error of the tool is restated here on a made-up sentence of the same
shape (libraries, archives and science museums of one province), as a strict xfail beside a twin that passes."""

import pytest

from conftest import binding_code as verdict


def gap(reason):
    return pytest.mark.xfail(strict=True, reason=f"known gap: {reason}")


AS_OF = "截至2023年底,全省图书馆机构数为412个,藏书量8650万册;2013年全省图书馆机构数为287个,藏书量3920万册。"
ARCHIVES = "2023年,全省档案馆陈列展览2140个,比2013年增长38.2%;参观人次3160.5万,比2013年增长19.4%。"
SCIENCE = "2023年,全省科技馆展览个数达到1260个;全省科技馆展览参观人次达到1947.2万人次。"
ARCHIVES_BIG = "2023年,全省档案馆陈列展览21340个;参观人次13160.5万。"
ARCHIVES_SMALL = "2023年,全省档案馆陈列展览2140个;参观人次13160.5万。"
RATE_AND_LEVEL = ("2023年,全省图书馆平均每万人图书馆建筑面积126.4平方米,比2013年增长87.5%;"
                  "图书馆藏书量8641.7万册,比2013年增长120.4%。")
BASE_STATED = "2023年,全省图书馆藏书量8641.7万册,比2013年的3920万册增长120.4%。"

OTHER_ITEM = "a value of the sentence's other item (参观人次) is refused for 展览个数, with or without its unit"
BASE_YEAR = "a year named only as the base of a change (比2013年) is not the period of the level beside it"
LEVEL = "a question asking a level (建筑面积是多少) is not answered by that level's change (87.5%)"


@pytest.mark.parametrize("kind, answer, cite, question, expect", [
    # twins that pass
    ("date", "2013年", AS_OF, "全省图书馆机构数为287个是哪一年？", "grounded"),
    ("figure", "38.2%", ARCHIVES, "2023年全省档案馆陈列展览比2013年增长多少？", "grounded"),
    ("figure", "19.4%", ARCHIVES, "2023年全省档案馆陈列展览比2013年增长多少？", "DG601"),
    ("figure", "3160.5万", ARCHIVES, "2023年全省档案馆参观人次是多少？", "grounded"),
    ("figure", "1947.2万人次", ARCHIVES + SCIENCE, "2023年全省科技馆展览参观人次是多少？", "grounded"),
    ("figure", "1.31605亿", ARCHIVES_SMALL, "2023年全省档案馆参观人次约多少亿？", "grounded"),
    ("figure", "1.31605亿人次", ARCHIVES_BIG, "2023年全省档案馆参观人次约多少亿？", "grounded"),
    ("figure", "1260个", SCIENCE, "2023年全省科技馆展览个数是多少？", "grounded"),
    ("figure", "3920万册", BASE_STATED, "2013年全省图书馆藏书量是多少万册？", "grounded"),
    ("figure", "8641.7万册", RATE_AND_LEVEL, "2023年全省图书馆藏书量是多少万册？", "grounded"),
    ("figure", "126.4平方米", RATE_AND_LEVEL, "2023年全省图书馆平均每万人图书馆建筑面积是多少？", "grounded"),
    ("figure", "120.4%", RATE_AND_LEVEL, "2023年全省图书馆平均每万人图书馆建筑面积比2013年增长多少？", "DG601"),
    # the gaps
    # (fixed on branch tq26: a date "as of" heading its sentence; a sentence's subject shared by its later clauses,
    # which also binds the 亿 restatement and picks the question's institution)
    ("date", "2023年底", AS_OF, "全省图书馆机构数为412个，是截至什么时候的数字？", "grounded"),
    ("figure", "19.4%", ARCHIVES, "2023年全省档案馆参观人次比2013年增长多少？", "grounded"),
    ("figure", "增长19.4%", ARCHIVES, "2023年全省档案馆参观人次比2013年变化多少？", "grounded"),
    ("figure", "38.2%", ARCHIVES, "2023年全省档案馆参观人次比2013年增长多少？", "DG601"),
    ("figure", "1.31605亿", ARCHIVES_BIG, "2023年全省档案馆参观人次约多少亿？", "grounded"),
    ("figure", "3160.5万", ARCHIVES + SCIENCE, "2023年全省档案馆参观人次是多少？", "grounded"),
    ("figure", "1947.2万人次", ARCHIVES + SCIENCE, "2023年全省档案馆参观人次是多少？", "DG601"),
    pytest.param("figure", "1947.2万", SCIENCE, "2023年全省科技馆展览个数是多少？", "DG601",
                 marks=gap(OTHER_ITEM)),
    pytest.param("figure", "1947.2万人次", SCIENCE, "2023年全省科技馆展览个数是多少？", "DG601",
                 marks=gap(OTHER_ITEM)),
    # (fixed by tm27: a year the cite names only as a base of comparison, 比2013年, is no period of the level beside it)
    ("figure", "8641.7万册", RATE_AND_LEVEL, "2013年全省图书馆藏书量是多少万册？", "DG602"),
    pytest.param("figure", "87.5%", RATE_AND_LEVEL, "2023年全省图书馆平均每万人图书馆建筑面积是多少？", "DG601",
                 marks=gap(LEVEL)),
])
def test_a_trial17_card(kind, answer, cite, question, expect):
    assert verdict(kind, answer, cite, question) == expect
