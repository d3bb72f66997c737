"""package.py and lock.py: stable ids, per-note times, reproducible bytes, the lock file."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import zipfile
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from deckgen import render
from deckgen.build import run_build
from deckgen.errors import DeckgenError
from deckgen.lock import Changes, Entry, Lock, advance, compare, lock_path, read_lock, write_atomic
from deckgen.package import ZIP_TIME, note_guid, stable_id
from deckgen.render import content_hash, note_type_hash

T1 = 1_700_000_000
T2 = T1 + 3_600

SOURCE = """甲公司總部位於上海。
乙公司由張三創立。
丙芯片面向海外市場。
"""

CARDS = [
    {"id": "hq", "q": "甲公司總部位於哪裡？", "a": "上海", "cite": "甲公司總部位於上海"},
    {"id": "founder", "q": "誰創立了乙公司？", "a": "張三", "cite": "乙公司由張三創立", "tags": ["people"]},
    {"id": "market", "q": "丙芯片面向哪個市場？", "a": "海外市場", "cite": "丙芯片面向海外市場", "subdeck": "芯片"},
]


def write_deck(folder: Path, cards: list[dict] = CARDS, deck_id: str = "pkg") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "src.txt").write_text(SOURCE, encoding="utf-8")
    data = {"deck": {"id": deck_id, "name": "打包測試", "source": {"file": "src.txt"}}, "cards": cards}
    path = folder / "deck.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def build(deck: Path, out: Path, now: int | None):
    report = run_build([str(deck)], out, now=now)
    assert report.success, report.check.problems()
    (built,) = report.built
    return built


@contextlib.contextmanager
def package_db(apkg: Path, tmp: Path):
    """The collection inside an .apkg, opened read-only."""
    db = tmp / f"{apkg.stem}-{len(list(tmp.iterdir()))}.anki2"
    with zipfile.ZipFile(apkg) as z:
        db.write_bytes(z.read("collection.anki2"))
    with contextlib.closing(sqlite3.connect(db)) as conn:
        yield conn


def notes_by_card_id(conn) -> dict[str, tuple]:
    """CardId -> (guid, mod, note id, fields) for every note in the package."""
    out = {}
    for nid, guid, mod, flds in conn.execute("select id, guid, mod, flds from notes"):
        fields = flds.split("\x1f")
        out[fields[-1]] = (guid, mod, nid, fields)
    return out


# -- stable ids -------------------------------------------------------------------------


def test_stable_id_is_pinned():
    # Anki knows decks and note types by these numbers: they must never change.
    assert stable_id("h20-export", "deck", "英偉達H20與國產芯片") == 304901146482040
    assert stable_id("x") == 2013589495739414
    assert stable_id("x") == stable_id("x")


@given(st.lists(st.text(), min_size=1, max_size=4))
def test_stable_id_fits_a_javascript_number(parts):
    value = stable_id(*parts)
    assert 2**40 <= value < 2**53
    assert value == stable_id(*parts)


def test_stable_id_separates_its_parts():
    assert stable_id("a", "b") != stable_id("ab")
    assert stable_id("a", "b") != stable_id("b", "a")
    assert stable_id("deck", "model", "1") != stable_id("deck", "cloze-model", "1")


def test_guid_depends_only_on_deck_and_card_id():
    assert note_guid("h20-export", "h20-export-control-date") == "y02HrfeFE3"  # pinned: shipped decks use it
    assert note_guid("d", "c") != note_guid("d", "c2")
    assert note_guid("d", "c") != note_guid("d2", "c")
    assert note_guid("a-b", "c") != note_guid("a", "b-c")


def test_guid_in_the_package_survives_a_text_change(tmp_path):
    deck = write_deck(tmp_path / "cards")
    v1 = build(deck, tmp_path / "b1", T1)
    changed = [dict(c, q=c["q"] + "（改）", tags=["edited"]) for c in CARDS]
    write_deck(tmp_path / "cards", changed)
    v2 = build(deck, tmp_path / "b2", T2)
    with package_db(v1.path, tmp_path) as a, package_db(v2.path, tmp_path) as b:
        old, new = notes_by_card_id(a), notes_by_card_id(b)
    assert set(old) == set(new) == {c["id"] for c in CARDS}
    for cid in old:
        assert old[cid][0] == new[cid][0] == note_guid("pkg", cid)
        assert old[cid][3] != new[cid][3]  # the text did change


# -- the lock ---------------------------------------------------------------------------


def test_lock_path_sits_beside_the_deck():
    assert lock_path(Path("cards/h20.yaml")) == Path("cards/h20.lock.json")
    assert lock_path(Path("x/d.yml")) == Path("x/d.lock.json")


def test_advance_from_nothing_stamps_every_card_now():
    lock = advance(None, "d", "nt", {"a": "h1", "b": "h2"}, now=T1)
    assert lock == Lock("d", "nt", {"a": Entry("h1", T1), "b": Entry("h2", T1)}, note_type_mod=T1)


def test_advance_keeps_unchanged_times_and_moves_changed_ones_forward():
    old = Lock("d", "nt", {"same": Entry("h1", T1), "edit": Entry("h2", T1), "gone": Entry("h3", T1 + 5)})
    new = advance(old, "d", "nt", {"same": "h1", "edit": "h2*", "fresh": "h4"}, now=T2)
    assert new.cards["same"] == Entry("h1", T1)
    assert new.cards["edit"] == Entry("h2*", T2)
    assert new.cards["fresh"] == Entry("h4", T2)
    assert "gone" not in new.cards


@pytest.mark.parametrize("now", [T1 - 10_000, T1, T1 + 5, 0])
def test_advance_is_strictly_newer_even_when_the_clock_went_back(now):
    old = Lock("d", "nt", {"a": Entry("h1", T1), "b": Entry("h2", T1 + 5)})
    new = advance(old, "d", "nt", {"a": "changed", "b": "h2"}, now=now)
    assert new.cards["a"].mod > T1 + 5  # newer than anything this deck has shipped
    assert new.cards["a"].mod == max(now, T1 + 6)
    assert new.cards["b"] == Entry("h2", T1 + 5)


def test_advance_of_an_unchanged_deck_is_the_same_lock():
    old = Lock("d", "nt", {"a": Entry("h1", T1)})
    assert advance(old, "d", "nt", {"a": "h1"}, now=T2) == old


def test_advance_without_now_uses_the_clock(monkeypatch):
    import deckgen.lock

    monkeypatch.setattr(deckgen.lock.time, "time", lambda: T2 + 0.9)
    assert advance(None, "d", "nt", {"a": "h"}).cards["a"].mod == T2


def test_compare():
    old = Lock("d", "nt", {"same": Entry("h1", T1), "edit": Entry("h2", T1), "gone": Entry("h3", T1)})
    changes = compare(old, "nt", {"same": "h1", "edit": "x", "new": "h4"})
    assert changes == Changes(added=("new",), changed=("edit",), removed=("gone",), note_type_changed=False)
    assert not changes.empty
    assert compare(old, "other", {"same": "h1", "edit": "h2", "gone": "h3"}).note_type_changed
    assert compare(old, "nt", {"same": "h1", "edit": "h2", "gone": "h3"}).empty
    first = compare(None, "nt", {"a": "h"})
    assert first == Changes(("a",), (), (), False)


def test_lock_json_round_trips_sorted(tmp_path):
    lock = Lock("d", "nt", {"b": Entry("h2", T2), "a": Entry("h1", T1)})
    text = lock.to_json()
    assert text.endswith("\n")
    data = json.loads(text)
    assert data["version"] == 1
    assert list(data["cards"]) == ["a", "b"]
    path = tmp_path / "d.lock.json"
    path.write_text(text, encoding="utf-8")
    assert read_lock(path) == lock


def test_read_lock_of_a_missing_file_is_none(tmp_path):
    assert read_lock(tmp_path / "nothing.lock.json") is None


@pytest.mark.parametrize(
    "content, says",
    [
        (b"{not json", "unreadable"),
        (b"\xff\xfe\x00", "unreadable"),
        (b"[]", "malformed"),
        (b'{"deck": "d", "note_type": "nt"}', "malformed"),
        (b'{"deck": "d", "note_type": "nt", "cards": []}', "malformed"),
        (b'{"deck": "d", "note_type": "nt", "cards": {"a": {"hash": "h"}}}', "malformed"),
        (b'{"deck": "d", "note_type": "nt", "cards": {"a": {"hash": "h", "mod": "soon"}}}', "malformed"),
        (b'{"deck": "d", "note_type": "nt", "cards": {"a": "h"}}', "malformed"),
    ],
)
def test_read_lock_errors_name_the_file_and_the_fix(tmp_path, content, says):
    path = tmp_path / "d.lock.json"
    path.write_bytes(content)
    with pytest.raises(DeckgenError) as e:
        read_lock(path)
    assert says in e.value.message
    assert "deckgen build" in e.value.message
    assert e.value.path == str(path)


def test_read_lock_of_a_folder_is_an_error(tmp_path):
    (tmp_path / "d.lock.json").mkdir()
    with pytest.raises(DeckgenError, match="unreadable"):
        read_lock(tmp_path / "d.lock.json")


def test_a_broken_lock_stops_the_build(tmp_path):
    deck = write_deck(tmp_path / "cards")
    lock_path(deck).write_text("{", encoding="utf-8")
    result = run_build([str(deck)], tmp_path / "out", now=T1)
    assert not result.success and not result.built
    (finding,) = result.check.errors()
    assert finding.code == "DG001" and "unreadable" in finding.message and finding.path.endswith("lock.json")
    assert not (tmp_path / "out").exists()


def test_write_atomic_replaces_and_leaves_nothing_behind(tmp_path):
    path = tmp_path / "f.json"
    path.write_bytes(b"old")
    write_atomic(path, b"new")
    assert path.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.json"]
    mask = os.umask(0)
    os.umask(mask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~mask


def test_content_hash_is_order_free_for_mappings():
    assert content_hash({"a": 1, "b": 2}) == content_hash({"b": 2, "a": 1})
    assert content_hash("a", "b") != content_hash("ab")
    assert len(content_hash("x")) == 16


# -- the .apkg --------------------------------------------------------------------------


def test_rebuild_is_byte_identical(tmp_path):
    deck = write_deck(tmp_path / "cards")
    first = build(deck, tmp_path / "one", T1)
    lock_before = lock_path(deck).read_bytes()
    lock_mtime = lock_path(deck).stat().st_mtime_ns
    again = build(deck, tmp_path / "two", T2)  # a later clock changes nothing
    clockless = build(deck, tmp_path / "three", None)
    assert first.path.read_bytes() == again.path.read_bytes() == clockless.path.read_bytes()
    assert lock_path(deck).read_bytes() == lock_before
    assert lock_path(deck).stat().st_mtime_ns == lock_mtime  # not even rewritten
    assert again.changes.empty


def test_rebuild_after_a_change_and_back_differs_only_in_times(tmp_path):
    deck = write_deck(tmp_path / "cards")
    v1 = build(deck, tmp_path / "one", T1).path.read_bytes()
    write_deck(tmp_path / "cards", [dict(CARDS[0], q="改過的問題？"), *CARDS[1:]])
    build(deck, tmp_path / "two", T2)
    write_deck(tmp_path / "cards")
    back = build(deck, tmp_path / "three", T2 + 60)
    # the text is as in v1, but the card changed twice since: its time must move on
    assert back.path.read_bytes() != v1
    assert back.lock.cards["hq"].mod == T2 + 60
    assert back.lock.cards["founder"].mod == T1


def test_zip_entries_have_fixed_times_and_deflate(tmp_path):
    deck = write_deck(tmp_path / "cards")
    built = build(deck, tmp_path / "out", T1)
    with zipfile.ZipFile(built.path) as z:
        infos = z.infolist()
        assert [i.filename for i in infos] == ["collection.anki2", "media"]
        for info in infos:
            assert info.date_time == ZIP_TIME
            assert info.compress_type == zipfile.ZIP_DEFLATED
            assert info.external_attr == 0o644 << 16
        assert z.read("media") == b"{}"
        assert z.testzip() is None
        assert z.read("collection.anki2").startswith(b"SQLite format 3\x00")


def test_each_note_carries_its_own_time_from_the_lock(tmp_path):
    deck = write_deck(tmp_path / "cards")
    build(deck, tmp_path / "one", T1)
    write_deck(tmp_path / "cards", [dict(CARDS[0], a="上海", q="甲公司的總部在哪個城市？"), *CARDS[1:]])
    built = build(deck, tmp_path / "two", T2)
    assert built.changes.changed == ("hq",)
    with package_db(built.path, tmp_path) as conn:
        notes = notes_by_card_id(conn)
        assert {cid: n[1] for cid, n in notes.items()} == {"hq": T2, "founder": T1, "market": T1}
        for cid, (_, mod, nid, _) in notes.items():
            assert conn.execute("select mod from cards where nid = ?", (nid,)).fetchall() == [(mod,)]
        models = json.loads(conn.execute("select models from col").fetchone()[0])
        assert {m["mod"] for m in models.values()} == {T2}
        decks = json.loads(conn.execute("select decks from col").fetchone()[0])
        names = {d["name"]: int(did) for did, d in decks.items()}
        assert names["打包測試"] == stable_id("pkg", "deck", "打包測試")
        assert names["打包測試::芯片"] == stable_id("pkg", "deck", "打包測試::芯片")


def test_notes_keep_deck_order_and_tags(tmp_path):
    deck = write_deck(tmp_path / "cards")
    built = build(deck, tmp_path / "out", T1)
    with package_db(built.path, tmp_path) as conn:
        rows = conn.execute("select n.flds, c.due, n.tags from cards c join notes n on n.id = c.nid order by c.due").fetchall()
    assert [r[0].split("\x1f")[-1] for r in rows] == [c["id"] for c in CARDS]
    assert [r[1] for r in rows] == [0, 1, 2]
    assert "people" in rows[1][2].split() and "kind::fact" in rows[1][2].split()


def test_note_type_hash_follows_the_templates(monkeypatch, tmp_path):
    before = note_type_hash()
    assert before == note_type_hash()
    deck = write_deck(tmp_path / "cards")
    build(deck, tmp_path / "one", T1)
    monkeypatch.setattr(render, "CSS", render.CSS + "\n.extra {}\n")
    assert note_type_hash() != before
    built = build(deck, tmp_path / "two", T2)
    assert built.changes.note_type_changed
    assert (built.changes.added, built.changes.changed, built.changes.removed) == ((), (), ())
    assert read_lock(lock_path(deck)).note_type == note_type_hash()


def test_a_note_type_change_gets_a_newer_time_and_cards_keep_theirs():
    first = advance(None, "d", "nt1", {"a": "h1"}, now=T1)
    same = advance(first, "d", "nt1", {"a": "h1"}, now=T1 + 50)
    assert same == first
    restyled = advance(first, "d", "nt2", {"a": "h1"}, now=T1 + 50)
    assert restyled.cards == first.cards
    assert restyled.note_type_mod == T1 + 50


def test_a_lock_for_another_deck_id_is_refused(tmp_path):
    from conftest import FACT_DECK, write_deck

    deck = write_deck(tmp_path, FACT_DECK)
    assert run_build([str(deck)], tmp_path / "out").success
    deck.write_text(deck.read_text().replace("id: small", "id: renamed"))
    result = run_build([str(deck)], tmp_path / "out")
    assert not result.success and not result.built
    (finding,) = result.check.errors()
    assert finding.code == "DG001" and "deck id changed from 'small'" in finding.message
    # (at the id the author changed, not the file's first line)
    lines = deck.read_text().splitlines()
    assert lines[finding.line - 1][finding.col - 1:].startswith("renamed")


def test_a_translation_says_its_own_language(tmp_path):
    from deckgen.decks import load_deck
    from deckgen.render import note_specs
    from deckgen.grounding import check_deck
    from conftest import write_deck

    deck = write_deck(
        tmp_path,
        """
        deck: {id: langs, name: L, source: {file: sources/src.txt, url: "https://example.com/a?b=1&c=2", notice: "© 2024 Example"}}
        cards:
          - {id: ja, q: 售價？, a: 999美元, cite: 售價999美元, translation: {q: 価格は？, a: 999ドル}}
          - {id: fr, q: 售價？, a: 999美元, cite: 售價999美元, translation: {lang: fr, q: Quel prix ?, a: 999 dollars}}
          - {id: en, q: 售價？, a: 999美元, cite: 售價999美元, translation: {q: What price?, a: $999}}
        """,
    )
    loaded = load_deck(deck)
    assert [c.translation.lang for c in loaded.cards] == ["ja", "fr", "en"]  # told from the script, or as written
    ja, fr, en = (s.fields for s in note_specs(loaded, check_deck(loaded)))
    assert ja["QuestionTranslation"] == '<span lang="ja">価格は？</span>'
    assert fr["AnswerTranslation"] == '<span lang="fr">999 dollars</span>'
    assert en["AnswerTranslation"] == "$999"  # English, as the template's lang says
    from deckgen.render import deck_description

    description = deck_description(loaded)
    assert '<a href="https://example.com/a?b=1&amp;c=2">' in description and "© 2024 Example" in description


def test_a_translation_lang_must_be_a_language_tag(tmp_path):
    from deckgen.decks import load_deck
    from conftest import write_deck

    deck = write_deck(
        tmp_path,
        """
        deck: {id: langs, name: L, source: {file: sources/src.txt}}
        cards:
          - {id: x, q: 售價？, a: 999美元, cite: 售價999美元, translation: {lang: "english please", q: Q, a: A}}
        """,
    )
    with pytest.raises(DeckgenError, match=r"translation lang 'english please' must be a language tag such as en, ja, zh-Hant or pt-BR"):
        load_deck(deck)
