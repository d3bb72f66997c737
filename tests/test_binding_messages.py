"""What binding messages quote: each label is a whole-word run of the cite as the author wrote it
(its own script and case), so the author can find it there."""

import re

from deckgen.fold import normalize

# A label in '…': the quote marks are not an apostrophe inside a word (Wellington's).
_QUOTED_RE = re.compile(r"(?<![A-Za-z])'(.+?)'(?![A-Za-z])")
_BINDING = ("DG4", "DG6")


def quoted_labels(code: str, message: str) -> list[str]:
    """The labels a binding finding's message quotes."""
    return _QUOTED_RE.findall(message) if code.startswith(_BINDING) else []


def _spaced(text: str) -> str:
    return " ".join(text.split())


def _alnum(c: str) -> bool:
    return c.isascii() and c.isalnum()


def _separator_at(text: str, i: int) -> bool:
    """Whether ``text[i]`` is a thousands separator or a decimal point between two digits (466,140; 2.47)."""
    return 0 < i < len(text) - 1 and text[i] in ",." and text[i - 1].isdigit() and text[i + 1].isdigit()


def as_written(label: str, cite: str) -> bool:
    """Whether ``label`` is a run of ``cite`` as written that starts and ends on whole words (and whole numbers: not
    the '140' of 466,140)."""
    label, cite = _spaced(label), _spaced(cite)
    if not label:
        return False
    at = cite.find(label)
    while at >= 0:
        end = at + len(label)
        if not (_alnum(label[0]) and at and _alnum(cite[at - 1])) and not (_alnum(label[-1]) and end < len(cite) and _alnum(cite[end])) \
                and not _separator_at(cite, at - 1) and not _separator_at(cite, end):
            return True
        at = cite.find(label, at + 1)
    return False


def folded_only(label: str, cite: str) -> bool:
    """Whether ``label`` is the cite's words only once both are folded (script, case, width)."""
    return not as_written(label, cite) and as_written(normalize(label), normalize(cite))


# --- the property over every row of the binding tables --------------------------------------------

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
import yaml  # noqa: E402

from deckgen.binding import as_cited  # noqa: E402
from deckgen.grounding import support  # noqa: E402

TABLES = sorted((Path(__file__).parent / "binding_cases").glob("*.yaml"))


def _not_as_written(found, cite) -> list[str]:
    return [f"{m.code} {label!r} in {m.message!r}" for m in found
            for label in quoted_labels(m.code, m.message) if not as_written(label, cite)]


def test_the_checker_tells_a_label_of_the_cite_from_one_that_is_not():
    cite = "據海關統計，一季度出口增長4.9%; Pfizer's BNT162b2 was 95% effective"
    assert as_written("一季度出口", cite) and as_written("BNT162b2", cite) and as_written("Pfizer's BNT162b2", cite)
    assert not as_written("一季度 出口", cite)  # two pieces joined
    assert not as_written("据海关统计", cite) and folded_only("据海关统计", cite)  # Simplified for a Traditional cite
    assert not as_written("bnt162b2", cite) and folded_only("bnt162b2", cite)  # lower-cased
    assert not as_written("BNT162", cite) and not as_written("b2", cite)  # half a word
    assert not as_written("140 deliveries", "from the 466,140 deliveries") and as_written("466,140 deliveries", "the 466,140 deliveries")
    assert not as_written("the 466", "from the 466,140 deliveries") and not as_written("47 percent", "rose 2.47 percent")


@pytest.mark.parametrize("path", TABLES, ids=[p.stem for p in TABLES])
def test_every_label_a_binding_message_quotes_is_a_run_of_the_cite_as_written(path):
    data = yaml.safe_load(path.read_text("utf-8"))
    entities = {k: tuple(v) for k, v in (data.get("entities") or {}).items()}
    bad = []
    for n, case in enumerate(data["cases"]):
        for answer in [*case.get("ok", []), *(case.get("traps") or {})]:
            # what `deckgen check` reports (benchmarks/binding_labels.py also runs check_binding alone on every row)
            found = support(case["kind"], str(answer), case["cite"], case["q"], entities)
            bad += [f"{n}:{answer}: {b}" for b in _not_as_written(found, case["cite"])]
    assert not bad, bad[:10]


# --- made-up cites: another script than the labels are made in, and labels garbled by cutting ---------

@pytest.mark.parametrize("label, cite, written", [
    ("两者幅均高于市场预期", "進口貨值按年上升18.1%。兩者升幅均高於市場預期的17.8%。", "兩者升幅均高於市場預期"),  # 升 cut out
    ("一季度 我国货物贸易进出口总值", "據海關統計，一季度，我國貨物貿易進出口總值10萬億元", "一季度，我國貨物貿易進出口總值"),
    ("bnt b", "Pfizer's BNT162b2 was 95% effective", "BNT162b2"),  # digits cut out of a name
    ("mrna", "Moderna's mRNA-1273 was 94.1% effective", "mRNA-1273"),
    ("hours internet us", "24 hours of iPod-style audio playback, 6 hours of Internet use", "hours of Internet use"),
    ("岁年龄者失业率", "25至44歲年齡者失業率3.76%", "25至44歲年齡者失業率"),  # the counter's number with it
    ("汽车", "東風汽車銷量增長", "汽車"),
    ("营收 季", "第四季營收達2兆6028億元，季增26.51%", "營收達2兆6028億元，季增"),  # 季增 whole, not 季
    ("上年", "比上年增加113亿斤", "上年"),  # but not 增 of 增加
    ("korea", "its counterparts in Korea and the Korean carrier", "Korea"),  # a whole word, not the one in Korean
    ("140 deliveries", "from the 466,140 deliveries reported", "466,140 deliveries"),  # a whole number, not its end
    ("083 units", "it made 1,083 units in May", "1,083 units"),
    ("brillo painting est", "Brillo Painting (3 ¢ Off) (est $5m-$7m)", "Brillo Painting (3 ¢ Off)"),  # no bracket left open
])
def test_a_folded_label_is_found_again_in_the_cite_as_written(label, cite, written):
    assert as_cited(label, cite) == written


def test_the_run_nearest_the_value_is_the_one_quoted():
    cite = "鴻海第3季淨利率2.8%，較第2季2.47%增加0.33個百分點"
    assert as_cited("第 季", cite, (cite.index("2.47%"), cite.index("2.47%") + 5)) == "第2季"
    assert as_cited("第 季净利率", cite, (cite.index("2.8%"), cite.index("2.8%") + 4)) == "第3季淨利率"


@pytest.mark.parametrize("kind, answer, cite, question, message", [
    # issue 12: the items named as the Traditional cite writes them
    ("figure", "350瓦", "據測試，甲款吹風機功率為350瓦，乙款吹風機功率為700瓦。", "乙款吹風機功率是多少？",
     "answer 350瓦 belongs to '甲款吹風機功率'; the question asks about '乙款吹風機功率' (700瓦)"),
    ("figure", "95%", "Pfizer's BNT162b2 was 95% effective in the trial, while Moderna's mRNA-1273 was 94.1% effective.",
     "How effective was mRNA-1273?", "answer 95% belongs to 'BNT162b2'; the question asks about 'mRNA-1273' (94.1%)"),
    ("figure", "$312.4 million", "Revenues were $352.9 million, up 13.0% from $312.4 million in the year ago period.",
     "What were UniFirst's fourth-quarter revenues?",
     "answer $312.4 million is the value of the earlier period; the question asks about 'Revenues' ($352.9 million)"),
    # two labels a value's word tells apart: the number before each whole, not cut at its thousands separator
    ("figure", "3,140", "Its plants built 2,810 engines in May, after 3,140 engines in April.", "How many engines did its plants build in May?",
     "answer 3,140 is the value of '3,140 engines'; the question asks about '2,810 engines' (2,810)"),
    # a label of nothing but a value says what it is instead of quoting the value
    ("figure", "17,000", "Netherlands: 17,000\nHanover: 11,000", "How many troops did Hanover send?",
     "answer 17,000 belongs to another item; the question asks about 'Hanover' (11,000)"),
])
def test_a_binding_message_quotes_the_cite_as_written(kind, answer, cite, question, message):
    found = support(kind, answer, cite, question, {})
    assert [m.message for m in found] == [message]
    assert not _not_as_written(found, cite)


def test_a_data_source_is_named_as_the_cite_writes_it():
    found = support("quote", "海關", "據海關統計，一季度出口增長4.9%。", "誰說一季度出口增長4.9%？", {})
    assert [m.code for m in found] == ["DG402"] and "海關 is a source of data" in found[0].message
