"""The shipped deck, shipped_in_anki into a real Anki collection with the official backend."""



def note_by_id(col, card_id):
    (nid,) = col.find_notes(f"CardId:{card_id}")
    return col.get_note(nid)


def test_every_card_is_imported_once(shipped_in_anki):
    col, deck = shipped_in_anki
    assert col.note_count() == len(deck.cards)
    assert col.card_count() == len(deck.cards)
    for card in deck.cards:
        assert len(col.find_notes(f"CardId:{card.id}")) == 1


def test_deck_and_subdeck_names(shipped_in_anki):
    col, deck = shipped_in_anki
    names = {d.name for d in col.decks.all_names_and_ids()}
    assert deck.name in names
    for card in deck.cards:
        expected = f"{deck.name}::{card.subdeck}" if card.subdeck else deck.name
        note = note_by_id(col, card.id)
        assert col.decks.name(note.cards()[0].did) == expected


def test_tags_carry_the_card_tags_and_kind(shipped_in_anki):
    col, deck = shipped_in_anki
    card = deck.cards[0]
    note = note_by_id(col, card.id)
    assert set(note.tags) == {*card.tags, f"kind::{card.kind}"}


def test_rendered_question_and_answer_show_the_citation(shipped_in_anki):
    col, deck = shipped_in_anki
    card = next(c for c in deck.cards if c.id == "h20-export-control-date")
    out = note_by_id(col, card.id).cards()[0].render_output()
    assert card.q in out.question_text
    assert card.translation.q in out.question_text
    assert card.a not in out.question_text.replace(card.q, "")
    answer = out.answer_text
    assert '<div class="a">4月9日</div>' in answer
    assert "美國自<mark>4月9日</mark>將H20芯片納入出口管制" in answer
    assert deck.source.title in answer and "羅亦丹" in answer
    assert '<span class="where">paragraph 4</span>' in answer and "line" not in answer  # a paragraph a reader finds
    assert f'<div class="tr" lang="en">{card.translation.a}</div>' in answer


def test_the_deck_description_carries_the_source_and_its_notice(shipped_in_anki):
    col, deck = shipped_in_anki
    description = col.decks.by_name(deck.name)["desc"]
    assert not deck.source.url  # the shipped deck has none; tests/test_package.py covers a deck with one
    for value in (deck.source.title, deck.source.publisher, deck.source.author, deck.source.published):
        assert value and value in description
    assert deck.source.notice[:20] in description


def test_a_cloze_card_shows_its_answer_and_both_translations_on_the_back(shipped_in_anki):
    col, deck = shipped_in_anki
    card = next(c for c in deck.cards if c.cloze)
    out = note_by_id(col, card.id).cards()[0].render_output()
    back = out.answer_text
    answer_div = back.index('<div class="a">')
    assert back[answer_div:].startswith(f'<div class="a">{card.a}</div>')
    # the translations sit with the question and with the answer, not on the passage
    assert back.index(card.translation.q) < answer_div < back.index(card.translation.a) < back.index('<blockquote class="passage">')


def test_the_docs_of_cloze_say_what_anki_gets(shipped_in_anki):
    # README and the schema said 'cloze: true' made a cloze card "also"; Anki gets one card per card
    import json
    from pathlib import Path

    col, deck = shipped_in_anki
    card = next(c for c in deck.cards if c.cloze)
    assert len(note_by_id(col, card.id).cards()) == 1 and col.card_count() == len(deck.cards)
    root = Path(__file__).resolve().parent.parent
    schema = json.loads((root / "deckgen" / "deck.schema.json").read_text(encoding="utf-8"))
    described = json.dumps(schema, ensure_ascii=False)
    assert "Also make a cloze card" not in described and "a cloze card instead" in described
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert "# also a cloze card" not in readme and "# a cloze card instead" in readme
