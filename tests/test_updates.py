"""A learner updates a deck they study: the round trip through the real Anki backend.

v1 is built and imported into a fresh collection, every card is studied, the
learner edits one note; the author rewords two questions, adds a card and
removes one; v2 is imported with Anki's default options. Review history,
scheduling and the learner's edit must survive; exactly the changed notes are
updated; nothing is duplicated.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest, SearchNode
from anki.consts import CARD_TYPE_NEW, QUEUE_TYPE_NEW
from anki.scheduler.v3 import CardAnswer

from deckgen import render
from deckgen.build import run_build
from deckgen.check import run_check
from deckgen.diff import removed_search, run_diff, search_text
from deckgen.report import output
from deckgen.errors import DeckgenError
from deckgen.lock import lock_path

T1 = 1_700_000_000
T2 = T1 + 86_400
DECK_NAME = "更新測試"

SOURCE = """第一段：英偉達總部位於聖克拉拉。
第二段：黃仁勛創立了英偉達。
第三段：H20是一款面向中國市場的芯片。
第四段：商務部部長王文濤會見了黃仁勛。
第五段：鏈博會在北京舉行。
第六段：寒武紀是一家國產芯片公司。
第七段：華為推出了昇騰芯片。
第八段：H20芯片由英偉達生產。
"""

V1 = [
    {"id": "hq", "q": "英偉達總部位於哪裡？", "a": "聖克拉拉", "cite": "英偉達總部位於聖克拉拉"},
    {"id": "founder", "q": "誰創立了英偉達？", "a": "黃仁勛", "cite": "黃仁勛創立了英偉達"},
    {"id": "h20-market", "q": "H20面向哪個市場？", "a": "中國市場", "cite": "H20是一款面向中國市場的芯片", "tags": ["chips"]},
    {"id": "minister", "q": "哪位部長會見了黃仁勛？", "a": "王文濤", "cite": "商務部部長王文濤會見了黃仁勛"},
    {"id": "expo-city", "q": "鏈博會在哪裡舉行？", "a": "北京", "cite": "鏈博會在北京舉行"},
    {"id": "cambricon", "q": "寒武紀是什麼公司？", "a": "國產芯片公司", "cite": "寒武紀是一家國產芯片公司", "cloze": True},
    {"id": "ascend", "q": "華為推出了什麼芯片？", "a": "昇騰", "cite": "華為推出了昇騰芯片"},
]
REWORDED = {"hq": "英偉達的總部在哪個城市？", "founder": "英偉達的創辦人是誰？"}
ADDED = {"id": "h20-maker", "q": "誰生產H20芯片？", "a": "英偉達", "cite": "H20芯片由英偉達生產", "kind": "fact"}
REMOVED = "minister"
LEARNER_EDITED = "expo-city"
LEARNER_TEXT = "鏈博會（供應鏈博覽會）在哪座城市舉行？"


def diff_report(paths):
    """The release notes `deckgen diff` prints."""
    return output("diff", "markdown", run_diff(paths))


def write_deck(folder: Path, cards: list[dict], name: str = DECK_NAME, deck_id: str = "updates") -> Path:
    """A fact-only deck file in ``folder`` with ``SOURCE`` beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "src.txt").write_text(SOURCE, encoding="utf-8")
    data = {"deck": {"id": deck_id, "name": name, "source": {"file": "src.txt", "title": "測試來源"}}, "cards": cards}
    path = folder / "deck.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def v2_cards() -> list[dict]:
    cards = [dict(c, q=REWORDED.get(c["id"], c["q"])) for c in V1 if c["id"] != REMOVED]
    return [*cards, ADDED]


def build(deck: Path, out: Path, now: int) -> Path:
    report = run_build([str(deck)], out, now=now)
    assert report.success, report.check.problems()
    (built,) = report.built
    return built.path


def import_package(col: Collection, apkg: Path):
    """Import as a learner would: with the options Anki's import dialog starts with."""
    options = col._backend.get_import_anki_package_presets()
    return col.import_anki_package(ImportAnkiPackageRequest(package_path=str(apkg), options=options)).log


def note_of(col: Collection, card_id: str):
    (nid,) = col.find_notes(f"CardId:{card_id}")
    return col.get_note(nid)


def card_ids_of(log, field: str, col: Collection) -> set[str]:
    return {col.get_note(n.id.nid)["CardId"] for n in getattr(log, field)}


def study_everything(col: Collection, deck_name: str) -> int:
    """Answer every queued card Good with the v3 scheduler until the queue is empty."""
    col.decks.select(col.decks.id_for_name(deck_name))
    answered = 0
    while True:
        queued = col.sched.get_queued_cards()
        if not queued.cards:
            return answered
        top = queued.cards[0]
        card = col.get_card(top.card.id)
        card.start_timer()
        col.sched.answer_card(col.sched.build_answer(card=card, states=top.states, rating=CardAnswer.GOOD))
        answered += 1
        assert answered < 100, "the queue never empties"


SCHEDULING = "select id, nid, did, ord, type, queue, due, ivl, factor, reps, lapses, left from cards order by id"


@dataclass
class RoundTrip:
    col: Collection
    deck: Path
    out: Path
    v1: Path
    v2: Path
    v2_bytes: bytes
    log1: object
    log2: object
    answered: int
    revlog_before: list
    cards_before: list
    learner_note_id: int


@pytest.fixture(scope="module")
def trip(tmp_path_factory) -> RoundTrip:
    tmp = tmp_path_factory.mktemp("updates")
    deck = write_deck(tmp / "cards", V1)
    v1 = build(deck, tmp / "build-v1", T1)
    col = Collection(str(tmp / "collection.anki2"))
    try:
        log1 = import_package(col, v1)
        answered = study_everything(col, DECK_NAME)
        revlog_before = col.db.all("select * from revlog order by id")
        cards_before = col.db.all(SCHEDULING)
        note = note_of(col, LEARNER_EDITED)
        note["Question"] = LEARNER_TEXT
        col.update_note(note)

        write_deck(tmp / "cards", v2_cards())
        v2 = build(deck, tmp / "build-v2", T2)
        v2_bytes = v2.read_bytes()
        log2 = import_package(col, v2)
        yield RoundTrip(col, deck, tmp, v1, v2, v2_bytes, log1, log2, answered, revlog_before, cards_before, note.id)
    finally:
        col.close()


def test_default_import_options_are_the_ones_documented(trip):
    options = trip.col._backend.get_import_anki_package_presets()
    assert options == ImportAnkiPackageOptions(
        merge_notetypes=False,
        update_notes=ImportAnkiPackageOptions().update_notes,  # 0: IF_NEWER
        update_notetypes=ImportAnkiPackageOptions().update_notetypes,
        with_scheduling=False,
        with_deck_configs=False,
    )
    assert options.update_notes == 0 and options.update_notetypes == 0  # IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER


def test_first_import_adds_every_card(trip):
    log = trip.log1
    assert len(log.new) == len(V1)
    assert (len(log.updated), len(log.duplicate), len(log.conflicting)) == (0, 0, 0)
    # Good on a new card moves it through the learning steps, so each is answered
    # more than once before the queue is empty; every card ends up in review.
    assert trip.answered >= len(V1)
    assert len(trip.revlog_before) == trip.answered
    assert {(row[4], row[5]) for row in trip.cards_before} == {(2, 2)}  # CARD_TYPE_REV, QUEUE_TYPE_REV


def test_update_counts(trip):
    log, col = trip.log2, trip.col
    assert card_ids_of(log, "updated", col) == set(REWORDED)
    assert len(log.updated) == 2
    assert card_ids_of(log, "new", col) == {ADDED["id"]}
    assert len(log.new) == 1
    assert len(log.conflicting) == 0
    # Anki logs a note it skipped because the collection's copy is as new or
    # newer as "duplicate" ("already in your collection"); nothing is copied.
    unchanged = {c["id"] for c in V1} - set(REWORDED) - {REMOVED}
    assert card_ids_of(log, "duplicate", col) == unchanged
    for field in ("first_field_match", "missing_notetype", "missing_deck", "empty_first_field"):
        assert len(getattr(log, field)) == 0, field


def test_no_note_is_duplicated(trip):
    col = trip.col
    assert col.note_count() == len(V1) + 1  # the removed note stays until the learner deletes it
    assert col.card_count() == len(V1) + 1
    for card in [*V1, ADDED]:
        assert len(col.find_notes(f"CardId:{card['id']}")) == 1, card["id"]
    guids = col.db.list("select guid from notes")
    assert len(guids) == len(set(guids))


def test_review_history_is_kept(trip):
    assert trip.col.db.all("select * from revlog order by id") == trip.revlog_before


def test_scheduling_is_kept_and_no_reviewed_card_is_new_again(trip):
    col = trip.col
    after = {row[0]: row for row in col.db.all(SCHEDULING)}
    for row in trip.cards_before:
        assert after[row[0]] == row
        card = col.get_card(row[0])
        assert card.type != CARD_TYPE_NEW and card.queue != QUEUE_TYPE_NEW
    new_card = note_of(col, ADDED["id"]).cards()[0]
    assert (new_card.type, new_card.queue) == (CARD_TYPE_NEW, QUEUE_TYPE_NEW)
    assert col.decks.name(new_card.did) == DECK_NAME


def test_learners_edit_survives(trip):
    note = trip.col.get_note(trip.learner_note_id)
    assert note["Question"] == LEARNER_TEXT
    assert note["CardId"] == LEARNER_EDITED


def test_changed_notes_show_the_new_text(trip):
    for cid, q in REWORDED.items():
        note = note_of(trip.col, cid)
        assert note["Question"] == q
        assert q in note.cards()[0].render_output().question_text


def test_removed_note_is_left_alone(trip):
    note = note_of(trip.col, REMOVED)
    assert note.cards()[0].type != CARD_TYPE_NEW


def test_unchanged_rebuild_is_byte_identical(trip):
    lock = lock_path(trip.deck)
    lock_before = lock.read_bytes()
    again = build(trip.deck, trip.out / "build-again", T2 + 12_345)
    assert again.read_bytes() == trip.v2_bytes
    assert lock.read_bytes() == lock_before


def test_reimporting_the_same_version_changes_nothing(trip):
    col = trip.col
    before = col.db.all(SCHEDULING)
    log = import_package(col, trip.v2)
    assert (len(log.new), len(log.updated), len(log.conflicting)) == (0, 0, 0)
    assert len(log.duplicate) == len(v2_cards())
    assert col.db.all(SCHEDULING) == before
    assert col.get_note(trip.learner_note_id)["Question"] == LEARNER_TEXT


# -- the release notes and the removed-card search --------------------------------


NOTE_TYPES = '"note:deckgen updates v1" OR "note:deckgen updates cloze v1"'


def test_removed_card_search_finds_the_note_in_anki(trip):
    col = trip.col
    search = removed_search(DECK_NAME, "updates", [REMOVED])
    assert search == f'("deck:{DECK_NAME}" OR {NOTE_TYPES}) CardId:{REMOVED}'
    assert col.find_notes(search) == [note_of(col, REMOVED).id]


def test_combined_search_finds_only_the_named_notes(trip):
    col = trip.col
    ids = [REMOVED, "ascend", "cambricon"]  # cambricon is a cloze note
    found = col.find_notes(removed_search(DECK_NAME, "updates", ids))
    assert sorted(found) == sorted(note_of(col, cid).id for cid in ids)


def test_every_note_type_has_the_card_id_field():
    from deckgen.diff import CARD_ID_FIELD
    from deckgen.render import CLOZE_FIELDS, FIELDS

    assert CARD_ID_FIELD in FIELDS and CARD_ID_FIELD in CLOZE_FIELDS


def test_search_escaping_matches_ankis_own(tmp_path):
    col = Collection(str(tmp_path / "escape.anki2"))
    try:
        for name in ['Odd*deck_名 "q" (x)\\y:z -a', "plain", "a::b", "50%_off*"]:
            ours = f"deck:{search_text(name)}"
            assert col.build_search_string(SearchNode(deck=name)) in (ours, f'"{ours}"')
    finally:
        col.close()


def test_removed_search_works_with_subdecks_and_odd_deck_names(tmp_path):
    name = 'Odd*deck_名 "q" (x)\\y:z -a'
    cards = [dict(c) for c in V1]
    cards[3]["subdeck"] = "子::孫"  # the card that will be removed lives in a sub-subdeck
    deck = write_deck(tmp_path / "cards", cards, name=name, deck_id="odd")
    apkg = build(deck, tmp_path / "build", T1)
    twin = write_deck(tmp_path / "twin", V1, name=name + " 2", deck_id="twin")  # same card ids, another deck
    twin_apkg = build(twin, tmp_path / "build", T1)
    col = Collection(str(tmp_path / "c.anki2"))
    try:
        import_package(col, apkg)
        import_package(col, twin_apkg)
        assert col.note_count() == 2 * len(V1)
        search = removed_search(name, "odd", [REMOVED])
        found = col.find_notes(search)
        assert len(found) == 1
        note = col.get_note(found[0])
        assert note["CardId"] == REMOVED
        assert col.decks.name(note.cards()[0].did) == f"{name}::子::孫"
        # the deck clause alone finds it too: deck: includes subdecks, the escaping holds
        assert col.find_notes(f'"deck:{search_text(name)}" CardId:{REMOVED}') == found
    finally:
        col.close()


def test_removed_search_finds_moved_cards_and_cards_of_a_renamed_deck(tmp_path):
    deck = write_deck(tmp_path / "cards", V1)
    col = Collection(str(tmp_path / "c.anki2"))
    try:
        import_package(col, build(deck, tmp_path / "b1", T1))
        moved = note_of(col, "ascend")
        col.set_deck([c.id for c in moved.cards()], col.decks.id("Elsewhere"))
        renamed = [c for c in V1 if c["id"] not in (REMOVED, "ascend")]
        write_deck(tmp_path / "cards", renamed, name="新名字")
        notes = diff_report([str(deck)])  # the release notes for v2, as printed
        (search,) = re.findall(r"^```\n(.*)\n```$", notes, re.M)
        import_package(col, build(deck, tmp_path / "b2", T2))
        # importing never moves existing cards: the removed one stays in the old deck
        assert col.decks.name(note_of(col, REMOVED).cards()[0].did) == DECK_NAME
        assert sorted(col.find_notes(search)) == sorted([note_of(col, REMOVED).id, moved.id])
    finally:
        col.close()


def test_diff_report_lists_added_changed_and_removed(tmp_path):
    deck = write_deck(tmp_path / "cards", V1)
    build(deck, tmp_path / "build", T1)
    assert "No changes" in diff_report([str(deck)])
    write_deck(tmp_path / "cards", v2_cards())
    notes = diff_report([str(deck)])
    assert notes.startswith(f"## {DECK_NAME}\n")
    assert "1 card added, 2 cards changed, 1 card removed" in notes

    def section(title: str) -> str:
        m = re.search(rf"^### {title} \((\d+)\)\n(.*?)(?=^### |\Z)", notes, re.S | re.M)
        assert m, title
        return m.group(2)

    added, changed, removed = section("Added"), section("Changed"), section("Removed")
    assert f"- `{ADDED['id']}` {ADDED['q']}" in added
    for cid, q in REWORDED.items():
        assert f"- `{cid}` {q}" in changed
    assert "expo-city" not in changed and "expo-city" not in added
    assert f"- `{REMOVED}`\n" in removed
    assert f'```\n("deck:{DECK_NAME}" OR {NOTE_TYPES}) CardId:{REMOVED}\n```' in removed
    assert "Browse" in removed
    # the diff reads and writes nothing: the lock is untouched
    assert "2 cards changed" in diff_report(str(deck))


def test_diff_report_without_a_lock_lists_everything_as_added(tmp_path):
    deck = write_deck(tmp_path / "cards", V1)
    notes = diff_report([str(tmp_path / "cards")])
    assert "no lock file" in notes and "every card is new (7)" in notes
    assert f"### Added ({len(V1)})" in notes
    for card in V1:
        assert f"`{card['id']}`" in notes
    assert "### Changed" not in notes and "### Removed" not in notes
    assert not lock_path(deck).exists()


def test_diff_report_escapes_markdown_and_gives_one_search_for_many(tmp_path):
    cards = [dict(c) for c in V1]
    cards[0]["q"] = "英偉達*總部*位於[哪裡](x)？"
    deck = write_deck(tmp_path / "cards", cards)
    build(deck, tmp_path / "build", T1)
    write_deck(tmp_path / "cards", [c for c in cards if c["id"] not in ("minister", "ascend")])
    notes = diff_report([str(deck)])
    assert "### Removed (2)" in notes
    assert f'```\n("deck:{DECK_NAME}" OR {NOTE_TYPES}) (CardId:ascend OR CardId:minister)\n```' in notes
    write_deck(tmp_path / "cards", [dict(c, q=c["q"] + "？") for c in cards])
    notes = diff_report([str(deck)])
    assert r"英偉達\*總部\*位於\[哪裡\]\(x\)？？" in notes


def test_diff_report_warns_when_the_deck_id_changed(tmp_path):
    deck = write_deck(tmp_path / "cards", V1)
    build(deck, tmp_path / "build", T1)
    write_deck(tmp_path / "cards", V1, deck_id="renamed")
    assert "deck id changed from `updates` to `renamed`" in diff_report([str(deck)])


def test_diff_report_warns_about_cards_that_do_not_pass_check(tmp_path):
    deck = write_deck(tmp_path / "cards", V1)
    build(deck, tmp_path / "build", T1)
    write_deck(tmp_path / "cards", [dict(V1[0], a="舊金山"), *V1[1:]])
    notes = diff_report([str(deck)])
    assert "1 card of this deck does not pass `deckgen check`" in notes
    assert "### Changed (1)" in notes


def test_diff_report_refuses_an_invalid_deck(tmp_path):
    deck = write_deck(tmp_path / "cards", V1)
    deck.write_text("deck: [\n", encoding="utf-8")
    with pytest.raises(DeckgenError):
        diff_report([str(deck)])
    (tmp_path / "empty").mkdir()
    with pytest.raises(DeckgenError, match="no deck files"):
        diff_report([str(tmp_path / "empty")])


# -- DG002: the committed lock must match the deck ----------------------------------


def dg002(deck: Path) -> list:
    return [p for p in run_check([str(deck)], locked=True).problems() if p.code == "DG002"]


def test_check_locked_reports_a_missing_or_stale_lock_in_one_wording(tmp_path):
    deck = write_deck(tmp_path / "cards", V1)
    (missing,) = dg002(deck)
    assert missing.message.startswith("lock file deck.lock.json is out of date (no lock file yet; 7 added)")
    build(deck, tmp_path / "build", T1)
    assert dg002(deck) == []
    write_deck(tmp_path / "cards", v2_cards())
    (stale,) = dg002(deck)
    assert stale.message.startswith("lock file deck.lock.json is out of date (1 added, 2 changed, 1 removed)")
    assert not run_check([str(deck)], locked=True).success()
    plain = run_check([str(deck)])  # without --locked: reported, not an error
    assert plain.success() and [f.lock.changes.added for f in plain.lock_updates()] == [stale_added(deck)]
    build(deck, tmp_path / "build", T2)
    assert dg002(deck) == [] and run_check([str(deck)]).lock_updates() == []


def stale_added(deck: Path) -> tuple[str, ...]:
    (f,) = run_check([str(deck)]).files
    return f.lock.changes.added


# -- cloze cards ----------------------------------------------------------------------


def visible(html: str) -> str:
    """The text a learner sees: no style sheet, no tags, no attributes."""
    html = re.sub(r"<style>.*?</style>", "", html, flags=re.S)
    return re.sub(r"<[^>]+>", "", html)


def test_cloze_card_blanks_the_answer_on_the_front_and_shows_it_on_the_back(tmp_path):
    deck = write_deck(tmp_path / "cards", V1)
    apkg = build(deck, tmp_path / "build", T1)
    col = Collection(str(tmp_path / "c.anki2"))
    try:
        import_package(col, apkg)
        note = note_of(col, "cambricon")
        assert note.note_type()["type"] == 1  # MODEL_CLOZE
        (card,) = note.cards()
        out = card.render_output()
        front, back = visible(out.question_text), visible(out.answer_text)
        assert "寒武紀是什麼公司？" in front
        assert "寒武紀是一家[...]" in front
        assert "國產芯片公司" not in front
        assert "寒武紀是一家國產芯片公司" in back
        assert '<span class="cloze"' in out.answer_text
    finally:
        col.close()


def test_cloze_card_whose_answer_is_not_in_its_cite_is_refused_at_build(tmp_path):
    # Grounded (the cite states the figure, written 第六段) but not as the answer writes it (第6段), so there is
    # nothing to blank.
    card = {"id": "unwritten-cloze", "q": "寒武紀出現在第幾段？", "a": "第6段", "kind": "figure",
            "cite": "第六段：寒武紀是一家國產芯片公司", "cloze": True}
    deck = write_deck(tmp_path / "cards", [*V1[:2], card])
    report = run_build([str(deck)], tmp_path / "build", now=T1)
    assert not report.success and report.built == ()
    (finding,) = report.check.errors()
    assert finding.code == "DG103" and "unwritten-cloze" in finding.message and "nothing to blank" in finding.message
    assert not (tmp_path / "build" / "updates.apkg").exists()
    assert not lock_path(deck).exists()
    # `deckgen check` reports the same card finding
    assert [p.code for p in run_check([str(deck)]).errors()] == ["DG103"]


@pytest.mark.parametrize("cloze", [True, False])
def test_an_answer_the_cut_between_two_cite_parts_splits_is_refused_with_what_is_wrong(tmp_path, cloze):
    # Each cite part ends its sentence, so the two parts read together do not hold 一家國產: the message says why,
    # without showing a stop the author never wrote.
    card = {"id": "split", "q": "寒武紀是一家什麼公司？", "a": "一家國產", "cite": ["寒武紀是一家", "國產芯片公司"], "cloze": cloze}
    deck = write_deck(tmp_path / "cards", [*V1[:2], card])
    report = run_build([str(deck)], tmp_path / "build", now=T1)
    assert not report.success and report.built == ()
    (finding,) = report.check.errors()
    assert finding.code == "DG102" and "runs across the cut between two of the card's cite parts" in finding.message
    assert "。" not in finding.message
    assert not (tmp_path / "build" / "updates.apkg").exists()


def test_cloze_card_with_an_answer_missing_from_the_cite_is_not_built(tmp_path):
    card = {"id": "bad-cloze", "q": "寒武紀是什麼公司？", "a": "美國公司", "cite": "寒武紀是一家國產芯片公司", "cloze": True}
    deck = write_deck(tmp_path / "cards", [*V1[:2], card])
    report = run_build([str(deck)], tmp_path / "build", now=T1)
    assert not report.success and report.built == ()
    assert [p.code for p in report.check.errors()] == ["DG102"]
    assert not (tmp_path / "build").exists()


# -- the note type's look ---------------------------------------------------------------


def test_a_style_change_reaches_learners(tmp_path, monkeypatch):
    deck = write_deck(tmp_path / "cards", V1)
    v1 = build(deck, tmp_path / "b1", T1)
    col = Collection(str(tmp_path / "c.anki2"))
    try:
        import_package(col, v1)
        monkeypatch.setattr(render, "CSS", render.CSS + "\n.deckgen-new-style {}\n")
        v2 = build(deck, tmp_path / "b2", T2)
        with zipfile.ZipFile(v2) as z:
            assert b"deckgen-new-style" in z.read("collection.anki2")
        import_package(col, v2)
        model = col.models.by_name("deckgen updates v1")
        assert "deckgen-new-style" in model["css"]
    finally:
        col.close()


# -- release notes since the last release ------------------------------------------------


def git(folder: Path, *args: str) -> None:
    import subprocess

    subprocess.run(["git", "-C", str(folder), *args], check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "a", "GIT_AUTHOR_EMAIL": "a@x", "GIT_COMMITTER_NAME": "a",
                        "GIT_COMMITTER_EMAIL": "a@x", "HOME": str(folder), "PATH": "/usr/bin:/bin"})


def test_diff_since_a_git_tag_compares_with_the_last_release_not_the_fresh_lock(tmp_path):
    repo = tmp_path / "repo"
    deck = write_deck(repo / "cards", V1)
    git(repo, "init", "-q")
    v1 = build(deck, tmp_path / "b1", T1)
    git(repo, "add", "-A"), git(repo, "commit", "-qm", "v1"), git(repo, "tag", "v1")
    write_deck(repo / "cards", v2_cards())
    build(deck, tmp_path / "b2", T2)  # the lock now matches v2
    assert "No changes" in diff_report([str(deck)])  # the committed lock: nothing left to build
    (d,) = run_diff([str(deck)], since="v1")
    assert (sorted(d.changes.added), sorted(d.changes.changed), d.changes.removed) == (["h20-maker"], ["founder", "hq"], ("minister",))
    notes = output("diff", "text", [d])
    assert "compared with the release v1: 1 card added, 2 cards changed, 1 card removed." in notes
    assert "\\" not in notes and "`" not in notes and "**" not in notes  # plain text, no Markdown escapes
    # a published .apkg is the same baseline as the tag it was built from
    (from_apkg,) = run_diff([str(deck)], since=str(v1))
    assert from_apkg.changes == d.changes and from_apkg.since == v1.name == "updates.apkg"


def test_diff_since_a_revision_before_the_deck_existed_is_a_first_release(tmp_path):
    repo = tmp_path / "repo"
    (repo / "README").parent.mkdir(parents=True)
    (repo / "README").write_text("x")
    git(repo, "init", "-q"), git(repo, "add", "-A"), git(repo, "commit", "-qm", "start"), git(repo, "tag", "v0")
    deck = write_deck(repo / "cards", V1)
    build(deck, tmp_path / "b", T1)
    (d,) = run_diff([str(deck)], since="v0")
    assert d.lock is None and len(d.changes.added) == len(V1) and d.changes.removed == ()
    assert "it was not released at v0, so every card is new (7)" in output("diff", "text", [d])


def test_diff_since_an_unknown_revision_is_a_one_line_error(tmp_path):
    repo = tmp_path / "repo"
    deck = write_deck(repo / "cards", V1)
    git(repo, "init", "-q"), git(repo, "add", "-A"), git(repo, "commit", "-qm", "start")
    with pytest.raises(DeckgenError, match="cannot read deck.lock.json at git revision 'nope'"):
        run_diff([str(deck)], since="nope")
    with pytest.raises(DeckgenError, match="not a git revision"):
        run_diff([str(deck)], since="--output=x")
    (tmp_path / "bad.apkg").write_bytes(b"not a zip")
    with pytest.raises(DeckgenError, match="not a deck package"):
        run_diff([str(deck)], since=str(tmp_path / "bad.apkg"))


def test_diff_since_a_missing_package_or_another_file_says_so(tmp_path, monkeypatch):
    """Not Python's '[Errno 2] No such file or directory', nor git's 'invalid object name' for a file."""
    deck = write_deck(tmp_path / "cards", V1)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(DeckgenError) as e:
        run_diff([str(deck)], since="old/v1.apkg")
    assert str(e.value) == "old/v1.apkg: no such file or folder"
    (tmp_path / "article.html").write_text("<html></html>", encoding="utf-8")
    with pytest.raises(DeckgenError) as e:
        run_diff([str(deck)], since="article.html")
    assert str(e.value) == "article.html: --since takes a git revision (a tag such as v1) or a published .apkg, not this file"
