"""``deckgen preview``: every card as Anki renders it, its findings, and the source with its cites marked.

The browser tests drive Debian's Chromium (never a downloaded browser) through
the playwright package. Without /usr/bin/chromium they are skipped, unless
DECKGEN_REQUIRE_BROWSER=1 (CI), where a missing browser fails them.
"""

from __future__ import annotations

import html
import os
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from deckgen.check import run_check
from deckgen.cli import main
from deckgen.preview import write_preview
from deckgen.render import note_specs, BACK, CLOZE_BACK, CLOZE_FRONT, CSS, FRONT, render_template

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "cards" / "h20-export.yaml"
SCREENS = ROOT / "build" / "preview-screens"
CHROMIUM = Path("/usr/bin/chromium")
CHOSEN = "h20-export-control-date"  # its cite is verbatim in the source: 美國自4月9日將H20芯片納入出口管制


def make_deck(folder: Path, source: str, cards: str, name: str = "a", deck_name: str = "A") -> Path:
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    (folder / "sources" / f"{name}.txt").write_text(source, encoding="utf-8")
    deck = folder / f"{name}.yaml"
    deck.write_text(
        f"deck:\n  id: {name}\n  name: {deck_name!r}\n  source:\n    file: sources/{name}.txt\ncards:\n" + cards,
        encoding="utf-8",
    )
    return deck


def marks(page_html: str, token: str) -> str:
    """The text of every <mark> whose data-cites lists ``token``, joined."""
    out = []
    for m in re.finditer(r'<mark[^>]*data-cites="([^"]*)"[^>]*><a [^>]*>(.*?)</a></mark>', page_html, re.S):
        if token in m.group(1).split():
            out.append(html.unescape(m.group(2)))
    return "".join(out)


@pytest.fixture(scope="module")
def shipped_site(tmp_path_factory):
    out = tmp_path_factory.mktemp("preview")
    index = write_preview([str(SHIPPED)], out)
    return index, out / "deck-h20-export.html"


@pytest.fixture(scope="module")
def shipped_report():
    return run_check([str(SHIPPED)])


# -- the HTML ------------------------------------------------------------------


def test_index_links_to_the_deck_page(shipped_site, shipped_report):
    index, deck_page = shipped_site
    assert index.name == "index.html" and deck_page.is_file()
    text = index.read_text(encoding="utf-8")
    assert 'href="deck-h20-export.html"' in text
    n = len(shipped_report.cards)
    grounded = sum(r.status == "grounded" for r in shipped_report.cards)
    assert f"{grounded} of {n} cards grounded" in text


def test_every_card_is_rendered_with_the_apkg_templates_and_css(shipped_site, shipped_report):
    page = shipped_site[1].read_text(encoding="utf-8")
    assert CSS in page  # the note type's CSS, verbatim
    (f,) = shipped_report.files
    specs = note_specs(f.deck, list(f.cards))
    assert len(specs) == len(f.deck.cards) > 0
    for spec in specs:
        assert f'id="card-{spec.card.id}"' in page
        if spec.card.cloze:
            front = render_template(CLOZE_FRONT, spec.fields, side="q")
            back = render_template(CLOZE_BACK, spec.fields, front=front, side="a")
        else:
            front = render_template(FRONT, spec.fields, side="q")
            back = render_template(BACK, spec.fields, front=front, side="a")
        assert front in page and back in page


def test_every_cite_is_marked_exactly(shipped_site, shipped_report):
    page = shipped_site[1].read_text(encoding="utf-8")
    (f,) = shipped_report.files
    source = f.deck.source.text
    for r in f.cards:
        for n, e in enumerate(r.evidence):
            assert marks(page, f"{r.card.id}.{n}") == source[e.start : e.end].replace("\n", "")
            assert f'id="cite-{r.card.id}-{n}"' in page
    assert marks(page, f"{CHOSEN}.0") == "美國自4月9日將H20芯片納入出口管制"


def test_every_line_is_marked_cited_or_not(shipped_site, shipped_report):
    page = shipped_site[1].read_text(encoding="utf-8")
    (f,) = shipped_report.files
    cited = {e.line + k for r in f.cards for e in r.evidence for k in range(f.deck.source.text.count("\n", e.start, e.end) + 1) if e}
    for n, line in enumerate(f.deck.source.text.split("\n"), 1):
        if not line.strip():
            continue
        klass = "ln cited" if n in cited else "ln uncited"
        assert f'<p class="{klass}" id="L{n}"' in page, n
    assert re.search(r'<p class="ln cited" id="L4"', page)
    texts = sum(1 for line in f.deck.source.text.split("\n") if line.strip())
    assert f"{len(cited)} of {texts} source lines cited" in page


def test_findings_and_statuses_are_shown(tmp_path):
    deck = make_deck(
        tmp_path,
        "The H20 was released in November 2023 by NVIDIA.\nA second line no card cites.\n",
        "  - id: good\n    q: Who made the H20?\n    a: NVIDIA\n    cite: by NVIDIA\n"
        "  - id: missing\n    q: When?\n    a: <b>2024</b>\n    cite: released in <i>2024</i>\n"
        "  - id: wrong-answer\n    q: Who?\n    a: AMD\n    cite: The H20 was released\n"
        "  - id: cloze\n    q: Fill in\n    a: November 2023\n    cite: released in November 2023\n    cloze: true\n",
    )
    index = write_preview([str(deck)], tmp_path / "site")
    page = (tmp_path / "site" / "deck-a.html").read_text(encoding="utf-8")
    assert 'data-status="grounded"' in page
    for cid, status in (("good", "grounded"), ("missing", "ungrounded"), ("wrong-answer", "ungrounded"), ("cloze", "grounded")):
        assert re.search(rf'id="card-{cid}" data-card="{cid}" data-status="{status}"', page), cid
    assert "DG101" in page and "DG102" in page
    assert "<i>2024</i>" not in page and "<b>2024</b>" not in page  # escaped everywhere
    assert "&lt;i&gt;2024&lt;/i&gt;" in page
    assert 'class="cloze"' in page  # the cloze card's faces
    assert "1 of 2 source lines cited" in page
    assert "2 of 4 cards grounded" in index.read_text(encoding="utf-8")


def test_overlapping_cites_are_each_marked_whole(tmp_path):
    source = "Alpha beta gamma delta epsilon.\n"
    deck = make_deck(
        tmp_path,
        source,
        "  - id: one\n    q: First?\n    a: beta\n    cite: Alpha beta gamma\n"
        "  - id: two\n    q: Second?\n    a: delta\n    cite: gamma delta\n"
        "  - id: three\n    q: Third?\n    a: Alpha\n    cite: [Alpha, epsilon]\n",
    )
    write_preview([str(deck)], tmp_path / "site")
    page = (tmp_path / "site" / "deck-a.html").read_text(encoding="utf-8")
    assert marks(page, "one.0") == "Alpha beta gamma"
    assert marks(page, "two.0") == "gamma delta"
    assert marks(page, "three.0") == "Alpha"
    assert marks(page, "three.1") == "epsilon"
    for anchor in ("cite-one-0", "cite-two-0", "cite-three-0", "cite-three-1"):
        assert page.count(f'id="{anchor}"') == 1


def test_cite_across_a_line_break(tmp_path):
    deck = make_deck(tmp_path, "first line ends\nsecond line starts\n", "  - id: x\n    q: What?\n    a: ends\n    cite: ends second\n")
    write_preview([str(deck)], tmp_path / "site")
    page = (tmp_path / "site" / "deck-a.html").read_text(encoding="utf-8")
    assert marks(page, "x.0") == "endssecond"
    assert re.search(r'id="L1"[^>]*>.*data-cites="x\.0"', page) and re.search(r'id="L2"[^>]*>.*data-cites="x\.0"', page)


def test_invalid_files_and_names_are_escaped(tmp_path):
    make_deck(tmp_path, "Text <script>alert(1)</script>.\n", "  - id: x\n    q: Q?\n    a: Text\n    cite: Text <script>\n", deck_name="<b>A</b> & co")
    (tmp_path / "bad<i>.yaml").write_text("deck: [\n", encoding="utf-8")
    index = write_preview([str(tmp_path)], tmp_path / "site")
    text = index.read_text(encoding="utf-8")
    assert "bad&lt;i&gt;.yaml" in text and "bad<i>" not in text
    assert "&lt;b&gt;A&lt;/b&gt; &amp; co" in text
    assert "invalid" in text
    page = (tmp_path / "site" / "deck-a.html").read_text(encoding="utf-8")
    assert "<script>alert" not in page
    assert marks(page, "x.0") == "Text <script>"


def test_a_card_whose_answer_is_not_in_its_cite_says_why(tmp_path):
    deck = make_deck(tmp_path, "Alpha beta gamma.\n", "  - id: x\n    q: Which?\n    a: delta\n    cite: Alpha beta\n    cloze: true\n")
    write_preview([str(deck)], tmp_path / "site")
    page = (tmp_path / "site" / "deck-a.html").read_text(encoding="utf-8")
    assert "DG102" in page and 'data-status="ungrounded"' in page  # the answer is not in the cite


def test_pages_of_removed_decks_are_removed(tmp_path):
    one = make_deck(tmp_path / "one", "Alpha.\n", "  - id: x\n    q: Q?\n    a: Alpha\n    cite: Alpha\n", name="one")
    two = make_deck(tmp_path / "two", "Beta.\n", "  - id: y\n    q: Q?\n    a: Beta\n    cite: Beta\n", name="two")
    site = tmp_path / "site"
    write_preview([str(one), str(two)], site)
    assert {p.name for p in site.iterdir()} == {"index.html", "deck-one.html", "deck-two.html", ".deckgen-preview.json"}
    (site / "notes.html").write_text("mine", encoding="utf-8")
    write_preview([str(two)], site)
    assert {p.name for p in site.iterdir()} == {"index.html", "deck-two.html", "notes.html", ".deckgen-preview.json"}


def preview_cli(*args: str):
    result = CliRunner().invoke(main, ["preview", *args])
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def two_decks(tmp_path: Path) -> tuple[Path, Path]:
    one = make_deck(tmp_path / "one", "Alpha.\n", "  - id: x\n    q: Q?\n    a: Alpha\n    cite: Alpha\n", name="one")
    two = make_deck(tmp_path / "two", "Beta.\n", "  - id: y\n    q: Q?\n    a: Beta\n    cite: Beta\n", name="two")
    return one, two


def test_a_folder_of_the_users_own_files_is_refused_untouched(tmp_path):
    one, _ = two_decks(tmp_path)
    docs = tmp_path / "docs"
    docs.mkdir()
    mine = {"index.html": "my home page", "deck-notes.html": "my notes", "deck-one.html": "my own page"}
    for name, text in mine.items():
        (docs / name).write_text(text, encoding="utf-8")
    result = preview_cli(str(one), "-o", str(docs))
    assert result.exit_code == 1
    assert result.output == (
        f"error: {docs}: the output folder is not empty and is not a deckgen preview (it has no .deckgen-preview.json); "
        "choose an empty or new folder, so that no file of yours is replaced\n"
    )
    assert {p.name: p.read_text(encoding="utf-8") for p in docs.iterdir()} == mine


def test_only_files_it_wrote_are_replaced_or_removed(tmp_path):
    one, two = two_decks(tmp_path)
    site = tmp_path / "site"
    write_preview([str(one), str(two)], site)
    (site / "deck-mine.html").write_text("mine", encoding="utf-8")  # a page-like name deckgen did not write
    write_preview([str(two)], site)
    assert {p.name for p in site.iterdir()} == {"index.html", "deck-two.html", "deck-mine.html", ".deckgen-preview.json"}
    assert (site / "deck-mine.html").read_text(encoding="utf-8") == "mine"
    # a file of the user's where a page must go is refused, not replaced
    (site / "deck-one.html").write_text("mine too", encoding="utf-8")
    result = preview_cli(str(one), "-o", str(site))
    assert result.exit_code == 1
    assert "deck-one.html: a file deckgen did not write is where a page of the preview goes" in result.output
    assert (site / "deck-one.html").read_text(encoding="utf-8") == "mine too"


def test_a_folder_where_a_page_goes_is_an_error(tmp_path):
    one, _ = two_decks(tmp_path)
    site = tmp_path / "site"
    write_preview([str(one)], site)
    (site / "deck-one.html").unlink()
    (site / "deck-one.html").mkdir()
    (site / "deck-one.html" / "keep.txt").write_text("kept", encoding="utf-8")
    result = preview_cli(str(one), "-o", str(site))
    assert result.exit_code == 1
    assert result.output == f"error: {site / 'deck-one.html'}: a folder is where a page of the preview goes; move it away\n"
    assert (site / "deck-one.html" / "keep.txt").read_text(encoding="utf-8") == "kept"


def test_an_empty_or_new_folder_is_written(tmp_path):
    one, _ = two_decks(tmp_path)
    (tmp_path / "empty").mkdir()
    for out in (tmp_path / "empty", tmp_path / "new" / "site"):
        assert preview_cli(str(one), "-o", str(out)).exit_code == 0
        assert json.loads((out / ".deckgen-preview.json").read_text(encoding="utf-8"))["files"] == ["deck-one.html", "index.html"]


def test_cli_preview(tmp_path):
    result = CliRunner().invoke(main, ["preview", str(SHIPPED), "-o", str(tmp_path / "p")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "p" / "index.html").is_file()


def test_cli_preview_of_a_deck_with_errors_writes_the_pages_and_exits_1(tmp_path):
    deck = make_deck(
        tmp_path,
        "The H20 was released in November 2023 by NVIDIA.\n",
        "  - id: good\n    q: Who made the H20?\n    a: NVIDIA\n    cite: by NVIDIA\n"
        "  - id: wrong-answer\n    q: Who made the H20?\n    a: AMD\n    cite: by NVIDIA\n",
    )
    result = CliRunner().invoke(main, ["preview", str(deck), "-o", str(tmp_path / "p")])
    assert result.exit_code == 1, result.output
    assert "1 finding in the decks" in result.output
    page = (tmp_path / "p" / "deck-a.html").read_text(encoding="utf-8")
    assert re.search(r'id="card-wrong-answer" data-card="wrong-answer" data-status="ungrounded"', page)


# -- in a real browser ---------------------------------------------------------

LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
INSTALL = "install Debian's Chromium and a CJK font: apt-get install chromium fonts-noto-cjk"


@pytest.fixture(scope="module")
def browser():
    required = os.environ.get("DECKGEN_REQUIRE_BROWSER") == "1"
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing; {INSTALL}"
        if required:
            pytest.fail(message)
        pytest.skip(message)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - a test dependency
        message = "the playwright package is missing; pip install -e '.[test]'"
        if required:
            pytest.fail(message)
        pytest.skip(message)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        try:
            yield b
        finally:
            b.close()


def open_page(browser, url: str, width: int, height: int, scheme: str = "light"):
    context = browser.new_context(viewport={"width": width, "height": height}, color_scheme=scheme)
    page = context.new_page()
    page.goto(url)
    return context, page


SIZES = [("phone-light", 375, 812, "light"), ("phone-dark", 375, 812, "dark"), ("desktop", 1440, 900, "light")]


@pytest.mark.parametrize("name,width,height,scheme", SIZES, ids=[s[0] for s in SIZES])
def test_pages_fit_and_screenshots(browser, shipped_site, name, width, height, scheme):
    index, deck_page = shipped_site
    SCREENS.mkdir(parents=True, exist_ok=True)
    for target in (index, deck_page):
        context, page = open_page(browser, target.as_uri(), width, height, scheme)
        try:
            scroll, inner = page.evaluate("[document.scrollingElement.scrollWidth, window.innerWidth]")
            assert scroll <= inner, f"{target.name} overflows at {width}px: {scroll} > {inner}"
            if target == deck_page:
                page.screenshot(path=str(SCREENS / f"{name}.png"))
                page.goto(deck_page.as_uri() + "#L4")
                page.screenshot(path=str(SCREENS / f"{name}-source.png"))
        finally:
            context.close()


def test_every_card_of_the_shipped_deck_is_on_the_page(browser, shipped_site, shipped_report):
    context, page = open_page(browser, shipped_site[1].as_uri(), 1440, 900)
    try:
        ids = page.eval_on_selector_all("article.entry", "els => els.map(e => e.dataset.card)")
        assert ids == [c.id for c in shipped_report.files[0].deck.cards]
        faces = page.eval_on_selector_all("article.entry .face .card", "els => els.length")
        assert faces == 2 * len(ids)
        for cid in ids:  # each card's question is visible text on the page
            q = shipped_report.files[0].deck.cards[[c.id for c in shipped_report.files[0].deck.cards].index(cid)].q
            assert q in page.inner_text(f"#card-{cid} .face .q")
    finally:
        context.close()


def test_highlight_covers_exactly_the_cited_text(browser, shipped_site, shipped_report):
    (f,) = shipped_report.files
    source = f.deck.source.text
    context, page = open_page(browser, shipped_site[1].as_uri(), 375, 812)
    try:
        for r in f.cards:
            for n, e in enumerate(r.evidence):
                text = page.eval_on_selector_all(
                    f'mark[data-cites~="{r.card.id}.{n}"]', "els => els.map(e => e.textContent).join('')"
                )
                assert text == source[e.start : e.end].replace("\n", ""), r.card.id
        chosen = page.eval_on_selector_all(f'mark[data-cites~="{CHOSEN}.0"]', "els => els.map(e => e.textContent).join('')")
        assert chosen == "美國自4月9日將H20芯片納入出口管制"
        # the card links to its passage, and the passage links back to the card
        page.click(f'#card-{CHOSEN} .cited-at a[href="#cite-{CHOSEN}-0"]')
        assert page.evaluate("location.hash") == f"#cite-{CHOSEN}-0"
        page.click(f"#cite-{CHOSEN}-0 a")
        assert page.evaluate("location.hash") == f"#card-{CHOSEN}"
    finally:
        context.close()


def test_dark_mode_uses_the_cards_night_mode(browser, shipped_site):
    context, page = open_page(browser, shipped_site[1].as_uri(), 375, 812, "dark")
    try:
        assert page.evaluate("document.body.classList.contains('nightMode')")
        card_bg = page.eval_on_selector(".face .card", "e => getComputedStyle(e).backgroundColor")
        page_bg = page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert card_bg == "rgb(30, 30, 30)"  # render.CSS's .nightMode .card
        assert page_bg != "rgb(255, 255, 255)"
    finally:
        context.close()
    context, page = open_page(browser, shipped_site[1].as_uri(), 375, 812, "light")
    try:
        assert not page.evaluate("document.body.classList.contains('nightMode')")
        assert page.eval_on_selector(".face .card", "e => getComputedStyle(e).backgroundColor") == "rgb(255, 255, 255)"
    finally:
        context.close()


def test_chinese_is_drawn_with_a_cjk_font(browser, shipped_site):
    """Glyphs, not empty boxes: ask Chromium which installed font drew the text."""
    context, page = open_page(browser, shipped_site[1].as_uri(), 375, 812)
    try:
        cdp = context.new_cdp_session(page)
        cdp.send("DOM.enable")
        cdp.send("CSS.enable")
        root = cdp.send("DOM.getDocument")["root"]["nodeId"]
        for selector in ("h1", f"#card-{CHOSEN} .face .q", f"#cite-{CHOSEN}-0"):
            node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
            fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
            names = [font["familyName"] for font in fonts]
            assert any("CJK" in n or "Han" in n or "PingFang" in n for n in names), f"{selector}: {names}; {INSTALL}"
    finally:
        context.close()
