"""Sources as authors have them: saved web pages and Markdown in, plain-text sources out (issue 14).

The pages under ``tests/pages/`` are real saved pages (provenance in
``pages.json``); each test names sentences of the article that must be kept and
boilerplate around it (navigation, related links, comments, footers) that must not.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from deckgen import extract
from deckgen.build import run_build
from deckgen.check import run_check
from deckgen.cli import main
from deckgen.decks import load_deck
from deckgen.errors import DeckgenError
from deckgen.extract import extract_markdown, extract_page, extract_source
from deckgen.scaffold import init_deck
from deckgen.sources import add_source, source_slug

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "pages"

# page: (sentences of the article that must be kept, boilerplate that must not)
EXPECTED = {
    "zh-banyuetan-news.html": (
        ["益水之阳，是名益阳。", "“数字”赋能农业", "才能书写益阳新的传奇。（刊于《半月谈》2019年第24期）"],
        ["中共中央宣传部委托新华通讯社主办", "互联网举报中心", "调研基地巡礼", "社情民意调查"],
    ),
    "zh-xinhuanet-news.html": (
        ["“妈妈，为什么还不能出去？”", "钟南山院士说：“武汉本来就是一个英雄的城市", "正是有了英勇的你们，才有这座英雄的城！（评论员 罗博 萧海川）"],
        ["关注新华网", "纠错", "河南81家上市公司已复工75家", "王毅会见越南副总理兼外长范平明"],
    ),
    "ja-nhk-easy-news.html": (
        ["子どもへの虐待をなくすための法律ができて", "新しい法律では、親の叱る権利をなくしたり変えたりすることも話し合うと決めています。"],
        ["じどうそうだんじょ", "ぎゃくたい", "NEWS WEB EASYについて", "わかりやすいことばでニュースを"],
    ),
    "ja-note100yen-blog.html": (
        ["これでようやく元の操作性を取り戻せました。"],
        ["サイトマップ", "プライバシーポリシー", "トップナビゲーション"],
    ),
    "ja-lhpat-tm-blog.html": (
        ["商標法違反の疑いで20代の男性が逮捕された", "※「iPhone」は、Apple Inc.の商標です。"],
        ["受付時間：平日9:00〜18:00", "03-5829-8082", "無料相談・お問い合わせ"],
    ),
    "en-aljazeera-news.html": (
        ["Two United States service members have been killed in a helicopter crash in Afghanistan"],
        ["Afghan woman politician sees Taliban talks as only hope", "China invites Taliban, Afghan officials for two-day talks", "Al Jazeera Centre for Public Liberties"],
    ),
    "en-nbcnews-news.html": (
        ["VIENNA — The house where Adolf Hitler was born will be turned into a police station", "there was little resistance to Hitler's rule."],
        ["Meet the Press", "Nightly News", "Culture Matters", "Decision 2020"],
    ),
    "en-givewell-blog-comments.html": (
        ["In July 2018, we recommended a $5.1 million grant to Evidence Action Beta", "We look forward to sharing updates and the results."],
        [
            "I am so pumped about this!",  # the comment section
            "Jamie Cassidy",
            "Comments are closed.",
            "Recent Comments",  # sidebar
            "Why you might get a letter from us this giving season",  # related posts
            "Your Donation Can Change Someone",  # navigation menu
            "Subscribe to email updates",  # footer
            "Privacy Policy",
        ],
    ),
    "de-comwrap-blog.html": (
        ["Am 12. Bis 13. September startet wieder die DMEXCO 2018 in Köln – und comwrap ist mit dabei."],
        ["Weitere Beiträge zum Thema", "eZ Platform Version 2.5: Das sind die neuen Features", "Als Inbound Sales Manager bildet Moritz Bachmann"],
    ),
    "it-remember8090-blog.html": (
        ["Black Friday per nostalgici: le occasioni da non perdere"],
        ["Lascia un commento", "Skip to content", "Utilizziamo i cookie", "Siamo un memorabilia del meglio"],
    ),
}


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_every_kept_page_has_provenance_a_reference_and_expectations():
    pages = json.loads((PAGES / "pages.json").read_text("utf-8"))
    assert {p["file"] for p in pages} == set(EXPECTED) == {p.name for p in PAGES.glob("*.html")}
    for p in pages:
        assert (PAGES / p["reference_file"]).is_file()
        assert p["origin"]["repository"] and p["origin"]["commit"] and p["origin"]["licence"] and p["reference"]
    assert {p["lang"] for p in pages} >= {"zh", "ja", "en", "de", "it"}
    assert sum(f.stat().st_size for f in PAGES.iterdir()) < 3_000_000


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_article_kept_and_boilerplate_dropped(name):
    kept, dropped = EXPECTED[name]
    text = extract_page(PAGES / name).text
    for sentence in kept:
        assert sentence in text
    for junk in dropped:
        assert junk not in text
    # one paragraph a line: no blank or padded lines, a final newline
    assert text.endswith("\n") and "\n\n" not in text
    assert all(line == line.strip() and line for line in text[:-1].split("\n"))


def test_extraction_is_deterministic():
    page = PAGES / "en-givewell-blog-comments.html"
    assert extract_page(page) == extract_page(page)


def test_metadata_only_where_the_page_states_it():
    givewell = extract_page(PAGES / "en-givewell-blog-comments.html")
    assert givewell.metadata() == {
        "title": "A grant to Evidence Action Beta to prototype, test, and scale promising programs",
        "author": "Olivia Larsen",
        "publisher": "The GiveWell Blog",
        "published": "2018-10-09",
        "url": "https://blog.givewell.org/2018/10/09/a-grant-to-evidence-action-beta-to-prototype-test-and-scale-promising-programs/",
    }
    # the byline names the editor (责任编辑), not the writer; the site name is only its host name
    banyuetan = extract_page(PAGES / "zh-banyuetan-news.html")
    assert banyuetan.metadata() == {
        "title": "益阳：“数字”是优长",
        "published": "2020-01-02",
        "url": "http://www.banyuetan.org/jmcs/detail/20200102/1000200033136171577956287380194268_1.html",
    }
    # no canonical address on the page: no url
    assert extract_page(PAGES / "zh-xinhuanet-news.html").metadata() == {"title": "武汉的声音：有英勇的你，才有英雄的城！-新华网", "published": "2020-02-19"}
    # the page shows "[06月24日 11時30分]" without a year: no date
    nhk = extract_page(PAGES / "ja-nhk-easy-news.html")
    assert "published" not in nhk.metadata() and nhk.title == "子どもへの体罰を禁止する法律ができる"


def test_heavy_libraries_stay_out_of_check_start_up():
    code = (
        "import sys; from deckgen.cli import main; from deckgen.check import run_check; run_check(['cards']);"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('trafilatura', 'htmldate', 'lxml', 'markdown_it')))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.stdout.strip() == "[]"


def test_library_log_records_stay_off_stderr():
    code = (
        "import logging; from deckgen.extract import extract_page; extract_page('tests/pages/ja-nhk-easy-news.html');"
        "logging.getLogger('trafilatura.core').error('discarding data'); logging.getLogger('htmldate.core').warning('x')"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.stderr == ""


def test_a_page_in_another_encoding_gives_the_same_text(tmp_path):
    """Chinese pages are often saved in GBK; the page's declared charset is honoured."""
    page = PAGES / "zh-banyuetan-news.html"
    html = page.read_text("utf-8")
    assert 'charset="utf-8"' in html.lower() or "charset=utf-8" in html.lower()
    gbk = tmp_path / "gbk.html"
    gbk.write_bytes(html.replace("utf-8", "gbk").replace("UTF-8", "GBK").encode("gbk", "xmlcharrefreplace"))
    assert extract_page(gbk).text == extract_page(page).text


# -- Markdown ------------------------------------------------------------------


def test_markdown_markup_is_stripped(tmp_path):
    md = tmp_path / "notes.md"
    md.write_text(
        "---\ntitle: Chips in 2025\nauthor: [Ann Lee, Bo Chen]\ndate: 2025-07-16\nurl: not an address\n---\n"
        "# The *H20* story\n\n"
        "Nvidia **resumed** sales of the [H20](https://example.com/h20) in July\n"
        "after a ban. ![a photo](p.png) Prices were `high`.\n\n"
        "英伟达恢复\n向中国销售H20芯片。\n\n"
        "- first point\n- second *point*\n\n"
        "> a quoted line\n\n"
        "| year | units |\n|---|---|\n| 2025 | 10 |\n",
        encoding="utf-8",
    )
    got = extract_markdown(md)
    assert got.text == (
        "The H20 story\n"
        "Nvidia resumed sales of the H20 in July after a ban. Prices were high.\n"
        "英伟达恢复向中国销售H20芯片。\n"
        "first point\n"
        "second point\n"
        "a quoted line\n"
        "year units\n"
        "2025 10\n"
    )
    # front matter states title, author and date; its url is not an address, so none
    assert got.metadata() == {"title": "Chips in 2025", "author": "Ann Lee, Bo Chen", "published": "2025-07-16"}


def test_markdown_title_from_its_first_heading_and_nothing_else_invented(tmp_path):
    md = tmp_path / "plain.md"
    md.write_text("Intro line.\n\n# Real Title\n\nBody.\n", encoding="utf-8")
    got = extract_source(md)
    assert got.text == "Intro line.\nReal Title\nBody.\n"
    assert got.metadata() == {"title": "Real Title"}


# -- source add ----------------------------------------------------------------


def test_source_add_writes_text_and_prints_the_block(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("source", "add", str(PAGES / "zh-banyuetan-news.html"))
    assert result.exit_code == 0, result.output
    written = tmp_path / "cards" / "sources" / "zh-banyuetan-news.txt"
    assert written.read_text("utf-8") == extract_page(PAGES / "zh-banyuetan-news.html").text
    assert result.output.splitlines()[1:] == [
        "paste into your deck, under deck:",
        "  source:",
        '    file: "sources/zh-banyuetan-news.txt"',
        '    title: "益阳：“数字”是优长"',
        "    # author: not stated on the page; fill it in by hand",
        "    # publisher: not stated on the page; fill it in by hand",
        '    published: "2020-01-02"',
        '    url: "http://www.banyuetan.org/jmcs/detail/20200102/1000200033136171577956287380194268_1.html"',
    ]
    assert result.output.startswith("wrote cards/sources/zh-banyuetan-news.txt: 20 paragraphs")
    # the same page again: the identical file is kept, not rewritten or duplicated
    again = run("source", "add", str(PAGES / "zh-banyuetan-news.html"))
    assert again.exit_code == 0 and "already holds this text" in again.output
    assert sorted(p.name for p in written.parent.iterdir()) == ["zh-banyuetan-news.txt"]


def test_slug_from_a_latin_title_else_the_file_name():
    givewell = extract_page(PAGES / "en-givewell-blog-comments.html")
    assert source_slug(givewell, Path("x.html")) == "a-grant-to-evidence-action-beta-to-prototype-test-and-scale"
    assert source_slug(extract.Extracted("t\n", title="益阳：“数字”是优长"), Path("yiyang-2020.html")) == "yiyang-2020"
    assert source_slug(extract.Extracted("t\n", title="Café à Köln"), Path("x.html")) == "cafe-a-koln"
    assert source_slug(extract.Extracted("t\n"), Path("页面.html")) == "source"
    # a Chinese title's figures and acronym name nothing: the page's file name does
    assert source_slug(extract.Extracted("t\n", title="上半年中国经济增长7.8%"), Path("xinhua.md")) == "xinhua"
    assert source_slug(extract.Extracted("t\n", title="上半年GDP同比增长7.8%"), Path("gmrb.html")) == "gmrb"
    assert source_slug(extract.Extracted("t\n", title="Nvidia's H20 and 黃仁勛"), Path("x.html")) == "nvidia-s-h20-and"


def test_end_to_end_source_add_then_check_and_build(tmp_path, monkeypatch):
    """The written source, with the printed block pasted into a deck, checks and builds."""
    monkeypatch.chdir(tmp_path)
    result = run("source", "add", str(PAGES / "en-givewell-blog-comments.html"))
    assert result.exit_code == 0, result.output
    block = "\n".join(result.output.splitlines()[2:])
    deck = tmp_path / "cards" / "givewell.yaml"
    deck.write_text(
        "deck:\n  id: givewell\n  name: GiveWell grant\n" + block + "\n"
        "cards:\n"
        "  - id: grant-size\n"
        "    kind: figure\n"
        "    q: How large a grant to Evidence Action Beta did GiveWell recommend in July 2018?\n"
        "    a: $5.1 million\n"
        "    cite: In July 2018, we recommended a $5.1 million grant to Evidence Action Beta\n",
        encoding="utf-8",
    )
    loaded = load_deck(deck)
    assert loaded.source.author == "Olivia Larsen" and loaded.source.published == "2018-10-09"
    built = run_build([str(deck)], tmp_path / "build")  # checks first, then writes the deck's lock
    assert built.check.success(), built.check.problems()
    assert [b.cards for b in built.built] == [1] and (tmp_path / "build" / "givewell.apkg").stat().st_size > 0
    report = run_check([str(deck)])
    assert report.success(strict=True), report.problems()
    [card] = report.files[0].cards
    assert card.evidence and card.evidence[0].line == 1


def test_source_add_with_deck_writes_beside_it(tmp_path):
    deck = tmp_path / "decks" / "d.yaml"
    deck.parent.mkdir()
    deck.write_text("deck: {}\n", encoding="utf-8")
    result = run("source", "add", str(PAGES / "ja-nhk-easy-news.html"), "--deck", str(deck))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "decks" / "sources" / "ja-nhk-easy-news.txt").is_file()
    assert f"in {deck}, replace the source: block under deck: with" in result.output


@pytest.mark.parametrize("has", ["source", "sources"])
def test_source_add_to_a_deck_with_a_source_gives_an_item_of_sources_not_a_replacement(tmp_path, has):
    """Replacing the deck's source: would leave all its cards citing the new text."""
    deck = tmp_path / "decks" / "d.yaml"
    deck.parent.mkdir()
    first = "  source:\n    file: a.txt\n" if has == "source" else "  sources:\n    - id: a\n      file: a.txt\n"
    deck.write_text("deck:\n  id: d\n  name: D\n" + first + "cards: []\n", encoding="utf-8")
    result = run("source", "add", str(PAGES / "ja-nhk-easy-news.html"), "--deck", str(deck))
    assert result.exit_code == 0, result.output
    assert "replace the source: block" not in result.output
    assert "cards citing it say 'source: ja-nhk-easy-news'" in result.output
    assert "\n    - id: ja-nhk-easy-news\n      file: \"sources/ja-nhk-easy-news.txt\"\n" in result.output
    if has == "sources":
        assert f"in {deck}, add it to the list under sources:" in result.output
    else:
        assert "rename source: to sources:" in result.output
    # the item pasted into the list makes a deck with two sources
    if has == "sources":
        item = result.output.split("\n", 2)[2]
        (deck.parent / "a.txt").write_text("x\n", encoding="utf-8")
        deck.write_text(
            "deck:\n  id: d\n  name: D\n" + first + item.rstrip("\n") + "\n"
            "cards:\n  - {id: c, source: ja-nhk-easy-news, q: q?, a: x, cite: x}\n",
            encoding="utf-8",
        )
        assert [s.id for s in load_deck(deck).sources] == ["a", "ja-nhk-easy-news"]


def test_init_from_a_page_writes_its_text_and_metadata(tmp_path):
    cards = tmp_path / "cards"
    init_deck("givewell", PAGES / "en-givewell-blog-comments.html", cards)
    text = (cards / "sources" / "en-givewell-blog-comments.txt").read_text("utf-8")
    assert text == extract_page(PAGES / "en-givewell-blog-comments.html").text
    deck = load_deck(cards / "givewell.yaml")
    assert deck.source.title == "A grant to Evidence Action Beta to prototype, test, and scale promising programs"
    assert deck.source.publisher == "The GiveWell Blog" and deck.source.published == "2018-10-09"
    report = run_check([str(cards)])
    assert report.success()
    # what the page states is filled in; only the example card is left as a placeholder
    assert [(p.code, p.line) for p in report.problems()] == [("DG507", 22)]


def test_init_from_markdown(tmp_path):
    md = tmp_path / "article.md"
    md.write_text("# Launch\n\nThe **probe** launched in *2024*. It worked.\n", encoding="utf-8")
    cards = tmp_path / "cards"
    init_deck("probe", md, cards)
    assert (cards / "sources" / "article.txt").read_text("utf-8") == "Launch\nThe probe launched in 2024. It worked.\n"
    assert load_deck(cards / "probe.yaml").source.title == "Launch"
    report = run_check([str(cards)])
    assert report.success() and {p.code for p in report.problems()} == {"DG507"}
    assert "publisher, author, published are still a placeholder" in report.problems()[0].message


# -- bad input: one located line, exit 1, nothing left behind ------------------------


def _bad_cases(tmp: Path) -> dict[str, tuple[Path, str]]:
    """name: (the file given to source add, what its one-line error says)."""
    (tmp / "text.html").write_text("just some words\nno markup at all\n", encoding="utf-8")
    (tmp / "binary.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp / "login.html").write_text(
        "<html><head><title>Sign in</title><script>var a = 1;</script></head><body><form><input type=password></form></body></html>",
        encoding="utf-8",
    )
    (tmp / "folder.html").mkdir()
    (tmp / "paper.pdf").write_bytes(b"%PDF-1.4")
    (tmp / "article.txt").write_text("Already text.\n", encoding="utf-8")
    (tmp / "gbk.md").write_bytes("中文".encode("gbk"))
    (tmp / "empty.md").write_text("<!-- nothing -->\n\n---\n", encoding="utf-8")
    return {
        "not a page": (tmp / "text.html", "is not an HTML page"),
        "binary": (tmp / "binary.html", "is binary, not an HTML page"),
        "no article": (tmp / "login.html", "no article text could be extracted from the page"),
        "a folder": (tmp / "folder.html", "is not a regular file"),
        "missing": (tmp / "gone.html", "does not exist"),
        "other suffix": (tmp / "paper.pdf", "cannot read a source from a '.pdf' file"),
        "a text file": (tmp / "article.txt", "a text file needs no extraction"),
        "not UTF-8 Markdown": (tmp / "gbk.md", "not UTF-8"),
        "empty Markdown": (tmp / "empty.md", "has no text to make cards from"),
    }


@pytest.mark.parametrize("case", ["not a page", "binary", "no article", "a folder", "missing", "other suffix", "a text file", "not UTF-8 Markdown", "empty Markdown"])
def test_bad_input_is_one_located_line(tmp_path, monkeypatch, case):
    monkeypatch.chdir(tmp_path)
    page, message = _bad_cases(tmp_path)[case]
    result = CliRunner().invoke(main, ["source", "add", str(page)])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0], result.output
    assert page.name in lines[0]
    assert not (tmp_path / "cards").exists()


def test_too_large_a_page_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(extract, "MAX_SOURCE_BYTES", 10_000)
    with pytest.raises(DeckgenError, match=r"en-nbcnews-news.html: the page is 101,579 bytes, over the 10,000-byte limit for a page"):
        extract_page(PAGES / "en-nbcnews-news.html")


@pytest.mark.parametrize("obstacle", ["other text", "a folder", "a symlink", "a dangling symlink"])
def test_existing_target_is_never_overwritten(tmp_path, monkeypatch, obstacle):
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "cards" / "sources" / "zh-banyuetan-news.txt"
    target.parent.mkdir(parents=True)
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("keep me\n", encoding="utf-8")
    if obstacle == "other text":
        target.write_text("an older article\n", encoding="utf-8")
    elif obstacle == "a folder":
        target.mkdir()
    elif obstacle == "a symlink":
        target.symlink_to(elsewhere)
    else:
        target.symlink_to(tmp_path / "nowhere.txt")
    result = CliRunner().invoke(main, ["source", "add", str(PAGES / "zh-banyuetan-news.html")])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: cards/sources/zh-banyuetan-news.txt: "), result.output
    assert elsewhere.read_text("utf-8") == "keep me\n"
    assert not (tmp_path / "nowhere.txt").exists()
    if obstacle == "other text":
        assert target.read_text("utf-8") == "an older article\n"
    # no temporary file left beside it
    assert [p.name for p in target.parent.iterdir()] == [target.name]


def test_sources_folder_that_is_a_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cards").mkdir()
    (tmp_path / "cards" / "sources").write_text("not a folder\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["source", "add", str(PAGES / "ja-nhk-easy-news.html")])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and result.output.startswith("error: cards/sources/ja-nhk-easy-news.txt: cannot create the file")


@pytest.mark.parametrize(
    "byline, author",
    [("文天祥", "文天祥"), ("文：王五", "王五"), ("作者：李四", "李四"), ("By Jane Roe", "Jane Roe"), ("Byron Lee", "Byron Lee"), ("责任编辑：孔德明", ""), ("Edited by Sam Poe", ""), ("记者 张翼", "张翼"), ("記者：張翼", "張翼")],
)
def test_byline_labels_are_not_names_and_editors_are_not_authors(byline, author):
    assert extract._author(byline) == author


@pytest.mark.parametrize("stated, author", [("张翼", "张翼"), ("羅亦丹", "羅亦丹"), ("刘铮 王希", "刘铮 王希"), ("记者 张翼", "张翼"), ("责任编辑：孔德明", "")])
def test_a_chinese_author_the_page_states_in_its_meta_tag_is_kept(tmp_path, stated, author):
    """trafilatura drops an author with no space in it: every Chinese name of one word."""
    page = tmp_path / "gmrb.html"
    page.write_text(
        f'<html><head><meta charset="utf-8"><meta name="author" content="{stated}"><title>上半年GDP同比增长7.8%</title></head>'
        "<body><article><p>国家统计局今天发布上半年经济数据，初步测算，上半年国内生产总值227098亿元，同比增长7.8%。</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    assert extract.extract_page(page).author == author
