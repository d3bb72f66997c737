"""The shipped H20 deck (issue 4): complete, clean, bilingual, and importable into real Anki.

These tests pin the promises the deck makes to learners, not its exact contents:
every date, figure and attributed statement of the article is cited by a card (or
exempt with a reason), the strict check is clean, every card carries an English
translation, no answer is a list, and the built package shows both languages in Anki.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter

import pytest
from click.testing import CliRunner

from deckgen.cli import main
from deckgen.coverage import run_coverage
from deckgen.decks import load_deck
from deckgen.fold import normalize
from deckgen.lint import _LIST_SPLIT, lint_card
from deckgen.render import escape

from conftest import ARTICLE, CARDS, SHIPPED

ARTICLE_SHA256 = "0e4ceb463ac1de227b163eac3a98acbb202c9d857eca3445b959bb5398f23f48"
SECTIONS = {"AI訓練有個英偉達芯", "禁售是兩敗俱傷還是鯨落入海", "國產替代任重道遠"}
# Floors, not exact counts: adding cards is fine, losing a kind is not.
AT_LEAST = {"fact": 25, "date": 8, "figure": 20, "quote": 10}
# Card ids learners already have in their collections (the first release): never renamed.
FIRST_RELEASE = {
    "h20-export-control-date", "huang-visit-ordinal", "chain-expo-speech-date", "mofcom-minister-meeting",
    "deepseek-share-drop", "deepseek-market-value-loss", "share-price-close", "market-cap-record",
    "microsoft-hopper-purchases", "h20-release-date", "h20-compute", "h100-compute", "h20-writedown",
    "h20-lost-revenue-q1", "ascend-920-mass-production", "cambricon-revenue-growth", "tian-feng-ban-quote",
    "huang-cuda-open-quote", "witt-release-cadence-quote", "amd-mi308-date",
}


@pytest.fixture(scope="module")
def deck():
    return load_deck(SHIPPED)


@pytest.fixture(scope="module")
def coverage():
    return run_coverage([str(SHIPPED)])


# -- the source ------------------------------------------------------------------


def test_the_article_is_byte_identical_to_the_original():
    assert hashlib.sha256(ARTICLE.read_bytes()).hexdigest() == ARTICLE_SHA256


def test_the_deck_states_no_publication_day_the_article_lacks(deck):
    assert deck.source.published == "2025年7月"


# -- coverage --------------------------------------------------------------------


def test_every_date_figure_and_quote_of_the_article_is_covered(coverage):
    (d,) = coverage.decks
    missing = [f"line {i.line} {i.kind} {i.text}" for i in d.items if not i.covered]
    assert missing == []
    assert coverage.percent == 100.0
    assert len(d.items) > 50  # the parsers found the article's items, not nothing


def test_most_items_are_covered_by_cards_not_exemptions(coverage):
    (d,) = coverage.decks
    exempt = [i for i in d.items if not i.cards]
    assert len(exempt) <= 3, [f"line {i.line} {i.text}" for i in exempt]


def test_every_exemption_has_a_reason_and_is_used(deck, coverage):
    assert deck.exempt, "the photo credit line is exempt"
    (d,) = coverage.decks
    used = {i.exempt for i in d.items if i.exempt}
    for ex in deck.exempt:
        assert ex.cite.strip()
        assert len(ex.reason.strip()) >= 20, f"exemption {ex.cite!r} needs a real reason"
        assert ex.reason in used, f"exemption {ex.cite!r} covers nothing coverage reports; remove it"


def test_coverage_cli_passes_at_100():
    result = CliRunner().invoke(main, ["coverage", str(CARDS), "--fail-under", "100"])
    assert result.exit_code == 0, result.output
    assert result.output.rstrip().endswith("coverage: 100.0%")


# -- the strict check ----------------------------------------------------------------


def test_strict_check_is_clean():
    result = CliRunner().invoke(main, ["check", "--strict", str(CARDS)])
    assert result.exit_code == 0, result.output
    assert "warning" not in result.output.replace("0 warnings", ""), result.output
    assert re.search(r"ok: (\d+) of \1 cards grounded in 1 deck file; 0 errors, 0 warnings", result.output)


# -- card quality --------------------------------------------------------------------


def test_first_release_card_ids_are_kept(deck):
    assert FIRST_RELEASE <= {c.id for c in deck.cards}


def test_every_card_has_an_english_translation(deck):
    for card in deck.cards:
        assert card.translation is not None, card.id
        assert card.translation.q.strip() and card.translation.a.strip(), card.id
        assert card.translation.q.isascii() or re.search(r"[A-Za-z]{3}", card.translation.q), card.id


def test_each_kind_has_enough_cards(deck):
    kinds = Counter(c.kind for c in deck.cards)
    for kind, floor in AT_LEAST.items():
        assert kinds[kind] >= floor, f"{kinds[kind]} {kind} cards, want at least {floor}"


def test_no_answer_is_a_list(deck):
    for card in deck.cards:
        assert not [p for p in lint_card(deck, card) if p.code in ("DG501", "DG502")], card.id
        items = [i for i in _LIST_SPLIT.split(normalize(card.translation.a)) if i]  # the lint's own split
        assert len(items) < 3, f"{card.id}: English answer lists {len(items)} items"


def test_questions_are_unique_in_both_languages(deck):
    for field in (lambda c: c.q, lambda c: c.translation.q):
        seen = Counter(normalize(field(c)) for c in deck.cards)
        assert [q for q, n in seen.items() if n > 1] == []


def test_quote_cards_quote_the_words_they_ask_about(deck):
    for card in deck.cards:
        if card.kind == "quote":
            assert "「" in card.q and "」" in card.q, card.id
            assert '"' in card.translation.q, card.id


def test_cloze_cards_blank_words_of_their_cite(deck):
    cloze = [c for c in deck.cards if c.cloze]
    assert len(cloze) >= 3
    for card in cloze:
        assert any(normalize(card.a) in normalize(cite) for cite in card.cites), card.id


def test_the_six_models_are_one_card_each(deck):
    models = {"DeepSeek", "Kimi", "通義", "Minimax", "文心一言", "混元"}
    answers = [c.a for c in deck.cards if c.id.startswith("huang-model-")]
    assert sorted(answers) == sorted(models)


def test_subdecks_are_the_article_sections(deck):
    used = {c.subdeck for c in deck.cards}
    assert used - {""} == SECTIONS
    assert "" in used  # the lead stays in the parent deck


def test_time_bound_figures_are_date_stamped(deck):
    for cid in ("share-price-close", "market-cap-record"):
        card = next(c for c in deck.cards if c.id == cid)
        assert "最近一個交易日" in card.q and "last trading day" in card.translation.q


def test_people_and_organisations_have_aliases(deck):
    for name in ("黃仁勛", "王文濤", "雷軍", "王堅", "田豐", "斯蒂芬·威特", "羅亦丹", "英偉達"):
        aliases = deck.entities.get(name, ())
        assert any(a.isascii() for a in aliases), f"{name} has no English alias"
    for name in ("黃仁勛", "雷軍", "王堅", "田豐", "斯蒂芬·威特", "羅亦丹", "王文濤"):
        assert any(c.a == name or name in c.q for c in deck.cards if "who-is-who" in c.tags), name


# -- build and import into real Anki ---------------------------------------------------


def test_the_deck_builds_and_imports_every_card(shipped_in_anki):
    col, deck = shipped_in_anki
    assert col.note_count() == len(deck.cards)
    assert col.card_count() == len(deck.cards)


@pytest.mark.parametrize("card_id", ["deepseek-market-value-loss", "tian-feng-ban-quote", "huang-model-tongyi"])
def test_a_rendered_card_shows_both_languages(shipped_in_anki, card_id):
    col, deck = shipped_in_anki
    card = next(c for c in deck.cards if c.id == card_id)
    (nid,) = col.find_notes(f"CardId:{card_id}")
    out = col.get_note(nid).cards()[0].render_output()
    assert escape(card.q) in out.question_text
    assert escape(card.translation.q) in out.question_text
    assert escape(card.translation.a) not in out.question_text
    assert escape(card.translation.a) in out.answer_text
    if not card.cloze:
        assert escape(card.a) in out.answer_text
