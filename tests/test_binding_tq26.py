"""Branch tq26: a date "as of" heading its sentence (截至2022年末,) is the date of the clause after it; and a Chinese
sentence's subject written before its first item's name (全市博物馆 of 全市博物馆藏品数) is the subject of the later
clauses that open with a bare item's name. Made-up sentences."""

import pytest

from conftest import binding_code as verdict


AS_OF = "截止2022年末,全市公园数量为96个,绿地面积3150公顷;2012年全市公园数量为41个,绿地面积1720公顷。"
SHARED = "2022年,全市博物馆藏品数58600件,比2012年增长64.5%;观众人数812.3万,比2012年增长27.8%。"


@pytest.mark.parametrize("kind, answer, cite, question, expect", [
    ("date", "2022年末", AS_OF, "全市公园数量为96个，是截止什么时候的数字？", "grounded"),
    ("date", "2012年", AS_OF, "全市公园数量为96个，是截止什么时候的数字？", "DG601"),
    ("figure", "27.8%", SHARED, "2022年全市博物馆观众人数比2012年增长多少？", "grounded"),
    ("figure", "64.5%", SHARED, "2022年全市博物馆观众人数比2012年增长多少？", "DG601"),
    ("figure", "64.5%", SHARED, "2022年全市博物馆藏品数比2012年增长多少？", "grounded"),
    ("figure", "27.8%", SHARED, "2022年全市博物馆藏品数比2012年增长多少？", "DG601"),
])
def test_tq26(kind, answer, cite, question, expect):
    assert verdict(kind, answer, cite, question) == expect
