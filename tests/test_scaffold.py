"""``deckgen init``: a new deck that checks at once, and nothing overwritten."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from deckgen.build import run_build
from deckgen.check import run_check
from deckgen.cli import main
from deckgen.decks import load_deck
from deckgen.errors import DeckgenError
from deckgen.schema import validate_text
from deckgen.report import output
from deckgen.scaffold import example_answers, first_sentence, init_deck

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "cards" / "sources" / "h20-article.txt"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_new_deck_checks_at_once_and_names_its_placeholders(tmp_path):
    source = write(tmp_path / "in" / "article.txt", "The chip was released in 2023. It sold well.\nSecond paragraph.\n")
    cards = tmp_path / "cards"
    created = init_deck("chip-news", source, cards)
    message = output("init", "text", created)
    assert (created.deck, created.lock, created.copied) == (cards / "chip-news.yaml", cards / "chip-news.lock.json", True)
    deck_file = cards / "chip-news.yaml"
    assert deck_file.is_file()
    assert (cards / "sources" / "article.txt").read_bytes() == source.read_bytes()
    assert (cards / "chip-news.lock.json").is_file()
    report = run_check([str(cards)])
    assert report.success(), report.problems()
    # the placeholders deckgen init leaves: warnings while editing, refused by --strict and by build
    assert sorted((p.code, p.line) for p in report.problems()) == [("DG507", 1), ("DG507", 22)]
    assert not report.success(strict=True) and not report.success(building=True)
    deck = load_deck(deck_file)
    assert deck.id == "chip-news"
    (card,) = deck.cards
    assert card.cites == ("The chip was released in 2023",)
    assert card.a in card.cites[0]
    for step in ("deckgen find", "deckgen check", "deckgen build"):
        assert step in message


def test_new_deck_has_schema_line_and_metadata_prompts(tmp_path):
    source = write(tmp_path / "a.txt", "One sentence here.\n")
    init_deck("one", source, tmp_path / "cards")
    text = (tmp_path / "cards" / "one.yaml").read_text(encoding="utf-8")
    first = text.splitlines()[0]
    assert first.startswith("# yaml-language-server: $schema=")
    ref = first.split("$schema=", 1)[1]
    assert ref == "deck.schema.json"  # beside the deck, wherever deckgen is installed
    assert (tmp_path / "cards" / ref).read_text(encoding="utf-8") == (ROOT / "deckgen" / "deck.schema.json").read_text(encoding="utf-8")
    for key in ("title", "publisher", "author", "published"):
        assert f'    {key}: "TODO: ' in text
    assert '    url: ""  # TODO' in text
    assert validate_text(text) == []


def test_chinese_article(tmp_path):
    init_deck("h20-copy", ARTICLE, tmp_path / "cards")
    deck = load_deck(tmp_path / "cards" / "h20-copy.yaml")
    assert deck.cards[0].cites == ("黃仁勛出席第三屆鏈博會 圖/IC",)
    assert run_check([str(tmp_path / "cards")]).success()


def test_new_deck_builds_once_its_placeholders_are_filled_in(tmp_path):
    source = write(tmp_path / "a.txt", "Alpha beta gamma, delta. Epsilon.\n")
    init_deck("greek", source, tmp_path / "cards")
    refused = run_build([str(tmp_path / "cards")], tmp_path / "build")
    assert not refused.success and not refused.built and not (tmp_path / "build").exists()
    assert {p.code for p in refused.check.problems()} == {"DG507"}
    deck = tmp_path / "cards" / "greek.yaml"
    text = deck.read_text(encoding="utf-8")
    text = text.replace("TODO: the article's title, shown on the back of every card", "Greek letters")
    for field in ("who published it", "who wrote it", "when, as it should be shown (e.g. 2025年7月)"):
        text = text.replace(f"TODO: {field}", "")
    text = text.replace("TODO: ask a question that the cite below answers", "Which letter comes first?")
    deck.write_text(text.replace("tags: [todo]", "tags: [letters]"), encoding="utf-8")
    result = run_build([str(tmp_path / "cards")], tmp_path / "build")
    assert result.success, result.check.problems()
    assert (tmp_path / "build" / "greek.apkg").is_file()


def test_refuses_to_overwrite_a_deck(tmp_path):
    source = write(tmp_path / "a.txt", "First. Second.\n")
    cards = tmp_path / "cards"
    init_deck("mine", source, cards)
    deck = cards / "mine.yaml"
    deck.write_text(deck.read_text(encoding="utf-8") + "# my edits\n", encoding="utf-8")
    before = {p: p.read_bytes() for p in cards.rglob("*") if p.is_file()}
    with pytest.raises(DeckgenError, match="already exists"):
        init_deck("mine", source, cards)
    assert {p: p.read_bytes() for p in cards.rglob("*") if p.is_file()} == before


def test_refuses_a_leftover_lock(tmp_path):
    source = write(tmp_path / "a.txt", "First.\n")
    write(tmp_path / "cards" / "mine.lock.json", "{}")
    with pytest.raises(DeckgenError, match="mine.lock.json already exists"):
        init_deck("mine", source, tmp_path / "cards")
    assert not (tmp_path / "cards" / "mine.yaml").exists()


def test_refuses_to_overwrite_another_source_of_the_same_name(tmp_path):
    cards = tmp_path / "cards"
    theirs = write(cards / "sources" / "a.txt", "Someone else's article.\n")
    source = write(tmp_path / "new" / "a.txt", "My article.\n")
    with pytest.raises(DeckgenError, match="already exists with other content"):
        init_deck("mine", source, cards)
    assert theirs.read_text(encoding="utf-8") == "Someone else's article.\n"
    assert not (cards / "mine.yaml").exists()


def test_reuses_an_identical_source(tmp_path):
    cards = tmp_path / "cards"
    write(cards / "sources" / "a.txt", "Shared article. Two decks.\n")
    init_deck("first", cards / "sources" / "a.txt", cards)  # the source is already in place
    copy = write(tmp_path / "a.txt", "Shared article. Two decks.\n")
    created = init_deck("second", copy, cards)
    assert not created.copied and created.source == cards / "sources" / "a.txt"
    assert output("init", "text", created).startswith(f"created {cards / 'second.yaml'} with one example card") and "; using " in output("init", "text", created)
    assert run_check([str(cards)]).success()


@pytest.mark.parametrize("slug", ["Bad", "bad_slug", "-x", "a--b", ""])
def test_rejects_bad_slugs(tmp_path, slug):
    source = write(tmp_path / "a.txt", "Text.\n")
    with pytest.raises(DeckgenError, match="slug"):
        init_deck(slug, source, tmp_path / "cards")
    assert not (tmp_path / "cards").exists()


def test_rejects_sources_that_are_not_text(tmp_path):
    bad = tmp_path / "a.txt"
    bad.write_bytes(b"caf\xe9\n")
    with pytest.raises(DeckgenError, match="UTF-8"):
        init_deck("x", bad, tmp_path / "cards")
    blank = write(tmp_path / "b.txt", " \n\n")
    with pytest.raises(DeckgenError, match="no text"):
        init_deck("x", blank, tmp_path / "cards")
    assert not (tmp_path / "cards" / "x.yaml").exists()


def test_awkward_source_names_and_text(tmp_path):
    source = write(tmp_path / "my: article #1.txt", '"Quoted," she said: yes — and/or no; 1,000 of them.\n')
    init_deck("odd", source, tmp_path / "cards")
    assert run_check([str(tmp_path / "cards")]).success()


def test_first_sentence():
    assert first_sentence("\n\n  Hello there. More.\n") == "Hello there"
    assert first_sentence("這是第一句。這是第二句。") == "這是第一句"
    assert first_sentence("Version 1.5 is out. Yes.") == "Version 1.5 is out"
    long = "a" * 150 + ", " + "b" * 150 + "."
    assert first_sentence(long) == "a" * 150


def test_example_answers_occur_in_the_cite():
    for cite in ("黃仁勛出席第三屆鏈博會 圖/IC", "Hello world and more words here", "「引號」開頭"):
        answers = example_answers(cite)
        assert answers and all(a in cite for a in answers)


def test_an_english_title_gets_an_example_answer_of_whole_words(tmp_path):
    # the example was cut at 20 characters, "City Council approve", half of "approves": init then failed
    source = write(tmp_path / "a.txt", "City Council approves first reading of upcoming fiscal year budget\n\nText.\n")
    assert example_answers("City Council approves first reading") == ["City Council"]
    assert example_answers("黃仁勛出席第三屆鏈博會並發表演講介紹新的芯片產品") == ["黃仁勛出席第三屆鏈博會並發表演講介紹新的"]  # Han: cut anywhere
    result = CliRunner().invoke(main, ["init", "council", "--source", str(source), "--cards-dir", str(tmp_path / "cards")])
    assert result.exit_code == 0, result.output
    assert '    a: "City Council"\n' in (tmp_path / "cards" / "council.yaml").read_text(encoding="utf-8")


def test_cli_init(tmp_path):
    source = write(tmp_path / "a.txt", "Some text. More.\n")
    runner = CliRunner()
    result = runner.invoke(main, ["init", "via-cli", "--source", str(source), "--cards-dir", str(tmp_path / "cards")])
    assert result.exit_code == 0, result.output
    assert "deckgen check" in result.output
    again = runner.invoke(main, ["init", "via-cli", "--source", str(source), "--cards-dir", str(tmp_path / "cards")])
    assert again.exit_code == 1
    assert "already exists" in again.output


def test_copied_source_is_byte_identical(tmp_path):
    source = tmp_path / "crlf.txt"
    source.write_bytes("\ufeffLine one.\r\nLine two.\r\n".encode("utf-8"))
    init_deck("crlf", source, tmp_path / "cards")
    assert (tmp_path / "cards" / "sources" / "crlf.txt").read_bytes() == source.read_bytes()
    assert run_check([str(tmp_path / "cards")]).success()
    shutil.rmtree(tmp_path / "cards")


# -- the file system pushes back: one line, nothing written outside, nothing left behind --


def init_cli(*args: str):
    result = CliRunner().invoke(main, ["init", *args])
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def one_error_line(result) -> str:
    assert result.exit_code == 1, result.output
    assert result.output.count("\n") == 1 and result.output.startswith("error: "), result.output
    return result.output


def tree(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) if folder.exists() else []


@pytest.fixture
def article(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return write(tmp_path / "in" / "article.txt", "The chip was released in 2023.\n")


def test_a_dangling_symlink_at_the_source_copy_is_not_written_through(article, tmp_path):
    outside = tmp_path / "outside" / "planted.txt"
    outside.parent.mkdir()
    (tmp_path / "cards" / "sources").mkdir(parents=True)
    (tmp_path / "cards" / "sources" / "article.txt").symlink_to(outside)
    out = one_error_line(init_cli("chip", "--source", str(article)))
    assert "cards/sources/article.txt is a link" in out
    assert not outside.exists()  # nothing written through the link, nothing left there
    assert tree(tmp_path / "cards") == ["sources", "sources/article.txt"]


def test_a_planted_link_at_the_deck_or_lock_is_not_written_through(article, tmp_path):
    outside = tmp_path / "outside.yaml"
    (tmp_path / "cards").mkdir()
    for name in ("chip.yaml", "chip.lock.json"):
        link = tmp_path / "cards" / name
        link.symlink_to(outside)
        out = one_error_line(init_cli("chip", "--source", str(article)))
        assert f"cards/{name} already exists" in out
        assert not outside.exists()
        link.unlink()
    assert tree(tmp_path / "cards") == []


def test_a_fifo_at_the_source_copy_is_not_opened(article, tmp_path):
    import os
    import subprocess
    import sys

    (tmp_path / "cards" / "sources").mkdir(parents=True)
    os.mkfifo(tmp_path / "cards" / "sources" / "article.txt")
    # In a second process: reading a FIFO blocks until a writer comes.
    proc = subprocess.run(
        [sys.executable, "-m", "deckgen", "init", "chip", "--source", str(article)],
        capture_output=True, text=True, timeout=60, cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr == "error: cards/sources/article.txt already exists and is not a regular file; remove it or rename the source file\n"
    assert not (tmp_path / "cards" / "chip.yaml").exists()


def test_a_folder_where_a_file_should_go_is_refused(article, tmp_path):
    (tmp_path / "cards" / "sources" / "article.txt").mkdir(parents=True)
    out = one_error_line(init_cli("chip", "--source", str(article)))
    assert "cards/sources/article.txt already exists and is not a regular file" in out
    (tmp_path / "cards" / "sources" / "article.txt").rmdir()
    (tmp_path / "cards" / "chip.yaml").mkdir()
    assert "cards/chip.yaml already exists" in one_error_line(init_cli("chip", "--source", str(article)))


def test_a_name_too_long_for_the_file_system_is_one_line(article, tmp_path):
    slug = "a" * 300  # a valid slug, but 305 bytes is over NAME_MAX (255)
    out = one_error_line(init_cli(slug, "--source", str(article)))
    assert "File name too long" in out
    assert tree(tmp_path / "cards") == []  # the folders it made are gone again


def test_an_uncreatable_cards_dir_is_one_line(article, tmp_path):
    write(tmp_path / "a-file", "not a folder\n")
    out = one_error_line(init_cli("chip", "--source", str(article), "--cards-dir", "a-file/cards"))
    assert out.startswith("error: cannot create a-file/cards")
    out = one_error_line(init_cli("chip", "--source", str(article), "--cards-dir", "/proc/no-such-dir/cards"))
    assert out == "error: cannot create /proc/no-such-dir: No such file or directory\n"


def test_a_read_only_cards_folder_is_one_line(article, tmp_path):
    """A real folder no process may add to, root included: chattr +i (root ignores modes)."""
    import subprocess

    cards = tmp_path / "cards"
    cards.mkdir()
    if subprocess.run(["chattr", "+i", str(cards)], capture_output=True).returncode != 0:
        pytest.skip("chattr +i is not available here (needs CAP_LINUX_IMMUTABLE and ext4/xfs/btrfs)")
    try:
        out = one_error_line(init_cli("chip", "--source", str(article)))
        assert out == "error: cannot create cards/sources: Operation not permitted\n"
    finally:
        subprocess.run(["chattr", "-i", str(cards)], check=True)
    assert tree(cards) == []


def test_a_sources_folder_that_is_a_link_is_not_written_through(article, tmp_path):
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "cards").mkdir()
    (tmp_path / "cards" / "sources").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    out = one_error_line(init_cli("chip", "--source", str(article)))
    assert "cards/sources is a link" in out
    assert tree(tmp_path / "elsewhere") == []
