"""Revisions of a source caught per card (revisions.py, lock.py): real texts revised for real.

tests/revisions/ holds two real texts and a second version of each (README there): a BLS
release (English) and a VOA report (Chinese), each revised with a corrected figure, a moved
paragraph, a reworded phrase and a deleted sentence. A deck about each is built on the first
version, the source is replaced by the second, and every card is told what became of its
evidence.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from deckgen.build import run_build
from deckgen.check import run_check
from deckgen.cli import main
from deckgen.errors import DeckgenError
from deckgen.lock import lock_path, parse_lock, read_lock
from deckgen.revisions import Recorded, fingerprint, revision, values

HERE = Path(__file__).resolve().parent / "revisions"
ROOT = HERE.parent.parent
T1, T2 = 1_800_000_000, 1_800_000_600

# deck file, its source's name beside it, version 1, version 2
DECKS = {
    "en": ("bls.en.yaml", "bls.en.txt", "bls-v1.en.txt", "bls-v2.en.txt"),
    "zh": ("voa.zh.yaml", "voa.zh-hans.txt", "voa-v1.zh-hans.txt", "voa-v2.zh-hans.txt"),
}
# What each card's evidence became in version 2 (None: unchanged, no finding).
EXPECTED = {
    "en": {
        "report-month": None,
        "unemployment-rate": "DG701",  # its paragraph moved below the revisions paragraph
        "payroll-change": "DG703",  # +49,000 corrected to +166,000
        "reporting-agency": "DG702",  # "reported today" became "said today"
        "pandemic": "DG704",  # the sentence was deleted
        "november-revision": "DG701",  # its paragraph moved up
    },
    "zh": {
        "rank": None,
        "growth-2007": "DG703",  # 13% corrected to 14.2%
        "gdp-2007": "DG701",  # its paragraph moved below the next one
        "ahead": "DG702",  # 位居 became 排在
        "next-data": "DG704",  # the sentence was deleted
    },
}


def revised_deck(tmp_path: Path, lang: str) -> Path:
    """The deck built on version 1 (its lock written), then its source replaced by version 2."""
    deck_name, source, v1, v2 = DECKS[lang]
    shutil.copy(HERE / deck_name, tmp_path / deck_name)
    shutil.copy(HERE / v1, tmp_path / source)
    first = run_build([str(tmp_path / deck_name)], tmp_path / "out", now=T1)
    assert first.success and not first.check.problems()
    shutil.copy(HERE / v2, tmp_path / source)
    return tmp_path / deck_name


def codes_by_card(report) -> dict[str, str | None]:
    out = {}
    for r in report.cards:
        found = [p.code for p in r.problems if p.code.startswith("DG7")]
        assert len(found) <= 1, found
        out[r.card.id] = found[0] if found else None
    return out


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_each_card_is_told_what_became_of_its_evidence(tmp_path, lang):
    deck = revised_deck(tmp_path, lang)
    report = run_check([str(deck)])
    assert codes_by_card(report) == EXPECTED[lang]
    assert not [p for p in report.problems() if p.code == "DG101"]  # a revision, not an author's typo
    # one line each, at the card's cite
    for r in report.cards:
        for p in r.problems:
            assert "\n" not in p.message and (p.line, p.col) == r.card.at("cite")


def test_messages_show_the_passage_now_and_the_values_that_changed(tmp_path):
    report = run_check([str(revised_deck(tmp_path, "zh"))])
    by_code = {p.code: p for p in report.problems()}
    assert "13% → 14.2%" in by_code["DG703"].message
    assert by_code["DG703"].data == {"was": ["13%"], "now": ["14.2%"]}
    assert "line 5: '中国经济在2007年增长[-13-]{+14.2+}%'" in by_code["DG703"].message
    assert "'中国目前[-位居-]{+排在+}美国和日本之后'" in by_code["DG702"].message
    assert "now line 5, paragraph 3 (was line 3, paragraph 2)" in by_code["DG701"].message
    assert "no passage like it remains" in by_code["DG704"].message
    (tmp_path / "en").mkdir()
    en = run_check([str(revised_deck(tmp_path / "en", "en"))])
    messages = {p.code: p.message for p in en.problems()}
    assert "49,000 → 166,000" in messages["DG703"]
    assert "'the U.S. Bureau of Labor Statistics [-reported-]{+said+} today'" in messages["DG702"]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_build_refuses_changed_and_gone_evidence_until_the_author_has_looked(tmp_path, lang):
    deck = revised_deck(tmp_path, lang)
    lock_before = lock_path(deck).read_bytes()
    (tmp_path / "out2").mkdir()
    refused = run_build([str(deck)], tmp_path / "out2", now=T2)
    assert not refused.success and not refused.built
    assert {p.code for p in refused.check.errors()} == {"DG703", "DG704"}
    assert lock_path(deck).read_bytes() == lock_before and not list((tmp_path / "out2").iterdir())

    # The author looks: updates the card whose figure changed, removes the one whose passage went.
    text = deck.read_text(encoding="utf-8")
    if lang == "en":
        text = text.replace('a: "+49,000"', 'a: "+166,000"').replace("changed little (+49,000)", "changed little (+166,000)")
        gone = "pandemic"
    else:
        text = text.replace("a: 13%", "a: 14.2%").replace("增长13%", "增长14.2%")
        gone = "next-data"
    start = text.index(f"  - id: {gone}\n")
    end = text.find("  - id:", start + 1)
    deck.write_text(text[:start] + (text[end:] if end > 0 else ""), encoding="utf-8")

    # Moved and reworded evidence builds; until it does, CI's --locked fails on the revision.
    locked = run_check([str(deck)], locked=True)
    (stale,) = [p for p in locked.problems() if p.code == "DG002"]
    assert "revised since the lock" in stale.message
    built = run_build([str(deck)], tmp_path / "out3", now=T2)
    assert built.success, built.check.problems()
    lock = read_lock(lock_path(deck))
    assert lock.sources[0].sha256 == hashlib.sha256((HERE / DECKS[lang][3]).read_bytes()).hexdigest()

    after = run_check([str(deck)], locked=True)
    assert after.success()
    # moved evidence is recorded at its new place; reworded stays a warning until the cite is updated
    assert {r.card.id: [p.code for p in r.problems] for r in after.cards if r.problems} == {
        cid: ["DG702"] for cid, code in EXPECTED[lang].items() if code == "DG702"
    }
    assert not after.success(strict=True)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_cli_check_and_locked_across_a_revision(tmp_path, lang, monkeypatch):
    deck = revised_deck(tmp_path, lang)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", deck.name, "--format", "json"])
    assert result.exit_code == 1
    data = json.loads(result.output)
    codes = sorted(p["code"] for c in data["cards"] for p in c["problems"] if p["code"].startswith("DG7"))
    assert codes == sorted(c for c in EXPECTED[lang].values() if c)
    result = CliRunner().invoke(main, ["build", deck.name, "--locked"])
    assert result.exit_code == 1


def test_an_unrevised_source_gives_no_revision_finding(tmp_path):
    deck = revised_deck(tmp_path, "zh")
    shutil.copy(HERE / DECKS["zh"][2], tmp_path / DECKS["zh"][1])  # back to version 1
    report = run_check([str(deck)], locked=True)
    assert report.success(strict=True) and not report.problems()


def test_a_cite_the_author_edited_is_grounded_afresh(tmp_path):
    # The lock's record is of the cite as written; a cite edited since is an author's cite, DG101 if wrong.
    deck = revised_deck(tmp_path, "zh")
    deck.write_text(deck.read_text(encoding="utf-8").replace("cite: 中国目前位居美国和日本之后", "cite: 中国目前位居美国与日本之后"), encoding="utf-8")
    report = run_check([str(deck)])
    (ahead,) = [r for r in report.cards if r.card.id == "ahead"]
    assert [p.code for p in ahead.problems] == ["DG101"]


def test_a_lock_from_before_revisions_were_recorded_stays_valid(tmp_path):
    deck_name, source, v1, _ = DECKS["en"]
    shutil.copy(HERE / deck_name, tmp_path / deck_name)
    shutil.copy(HERE / v1, tmp_path / source)
    assert run_build([str(tmp_path / deck_name)], tmp_path / "out", now=T1).success
    path = lock_path(tmp_path / deck_name)
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["sources"]
    for entry in data["cards"].values():
        del entry["cites"]
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    # no DG002 just because the lock format grew
    assert run_check([str(tmp_path / deck_name)], locked=True).success()
    # the next build records the sources and the cites, and nothing else changes
    again = run_build([str(tmp_path / deck_name)], tmp_path / "out2", now=T2)
    assert again.success and again.built[0].changes.empty
    assert (tmp_path / "out" / "bls-revision.apkg").read_bytes() == (tmp_path / "out2" / "bls-revision.apkg").read_bytes()
    lock = read_lock(path)
    assert lock.sources and all(e.cites for e in lock.cards.values())


def test_the_shipped_lock_passes_locked_and_records_its_source():
    report = run_check([str(ROOT / "cards")], locked=True)
    assert report.success(), report.problems()
    lock = read_lock(ROOT / "cards" / "h20-export.lock.json")
    (source,) = lock.sources
    assert source.file == "sources/h20-article.txt"
    assert source.sha256 == hashlib.sha256((ROOT / "cards" / "sources" / "h20-article.txt").read_bytes()).hexdigest()
    assert sum(len(e.cites) for e in lock.cards.values()) >= len(lock.cards)


def test_cite_records_round_trip_and_bad_ones_are_refused():
    r = Recorded(fingerprint("售價999美元"), 12, 5, 340, 362)
    assert Recorded.parse(str(r)) == r
    assert str(r).startswith("12:5:340-362:")
    for bad in ("12:5:340-362", "12:5:362-340:" + "a" * 16, "x:5:1-2:" + "a" * 16, "1:1:1-2:" + "g" * 16, "-1:1:1-2:" + "a" * 16):
        with pytest.raises(ValueError):
            Recorded.parse(bad)
    lock = {"version": 1, "deck": "d", "note_type": "n", "cards": {"a": {"hash": "h", "mod": 1, "cites": ["nonsense"]}}}
    with pytest.raises(DeckgenError, match="malformed"):
        parse_lock(json.dumps(lock), "d.lock.json")


# -- the classification on its own, in both languages --------------------------


@pytest.mark.parametrize(
    ("cite", "text", "code"),
    [
        ("中国经济在2007年增长13%", "中国国家统计局的数据显示，中国经济在2007年增长14.2%，比估计高。", "DG703"),
        ("中国经济在2007年增长13%", "数据显示，中国经济在二〇〇七年增长13%，比估计高。", "DG702"),
        ("美国自4月9日将H20芯片纳入出口管制", "美国自4月15日将H20芯片纳入出口管制。", "DG703"),
        ("美国自4月9日将H20芯片纳入出口管制", "英伟达发布了新的财报。", "DG704"),
        ("Revenues were $352.9 million, up 13.0%", "Revenues were $352.9 million, up 13.1% from a year ago.", "DG703"),
        ("Revenues were $352.9 million, up 13.0%", "Revenue was $352.9 million, up 13.0% from a year ago.", "DG702"),
        ("announced results for its fourth fiscal quarter ended August 31, 2013", "announced results for its fourth fiscal quarter ended August 30, 2013", "DG703"),
        ("The labor market continued to reflect the impact", "In January, notable job gains in professional services.", "DG704"),
    ],
)
def test_revision_tells_reworded_from_changed_in_value_from_gone(cite, text, code):
    assert revision(cite, text, "the source").code == code


def test_values_are_read_by_the_parsers_not_by_text():
    assert values("增长13%") == values("增长13.0%") == values("up 13 percent")
    assert values("3万5千亿美元") == values("3.5万亿美元")
    assert values("2007年4月9日") != values("2007年4月19日")
