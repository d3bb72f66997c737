"""A deck about several sources (deck.sources, a card's source:): load, check, card back, coverage,
preview, find, and the bad input that comes with ids, in Chinese and English."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from deckgen import schema
from deckgen.check import run_check
from deckgen.cli import main
from deckgen.coverage import run_coverage
from deckgen.decks import load_deck
from deckgen.errors import DeckgenError
from deckgen.find import run_find
from deckgen.preview import write_preview
from deckgen.render import note_specs

TEXTS = Path(__file__).resolve().parent / "texts"

ZH = """
deck:
  id: voa-two
  name: 美国之音两篇
  sources:
    - id: gdp
      file: gdp.txt
      title: 中国成为世界第三大经济体
      publisher: 美国之音
    - id: jobs
      file: jobs.txt
      title: 美国失业率降到六年来最低
      publisher: 美国之音
cards:
  - id: growth-2007
    kind: figure
    q: 中国经济在2007年增长了多少？
    a: 13%
    cite: 中国经济在2007年增长13%
  - id: us-unemployment
    kind: figure
    source: jobs
    q: 美国十月份的失业率降到多少？
    a: 5.8%
    cite: 美国的失业率十月份降到5.8%
  - id: months-of-growth
    source: jobs
    q: 这是连续第几个月就业机会增加？
    a: 第56个月
    cite: 这是连续第56个月就业机会增加
"""

EN = """
deck:
  id: two-reports
  name: Two reports
  sources:
    - id: bls
      file: bls.txt
      title: The Employment Situation — January 2021
    - id: unifirst
      file: unifirst.txt
      title: UniFirst fourth quarter results
      url: https://example.com/unifirst
cards:
  - id: unemployment-rate
    kind: figure
    q: What was the unemployment rate in January 2021?
    a: 6.3 percent
    cite: The unemployment rate fell by 0.4 percentage point to 6.3 percent in January
  - id: unifirst-revenues
    kind: figure
    source: unifirst
    q: What were UniFirst's fourth-quarter revenues?
    a: $352.9 million
    cite: Revenues were $352.9 million
"""

FILES = {
    "zh": (ZH, {"gdp.txt": "news-voa-china-gdp-2009.zh-hans.txt", "jobs.txt": "news-voa-us-jobs-2014.zh-hans.txt"}),
    "en": (EN, {"bls.txt": "gov-bls-employment-2021-01.en.txt", "unifirst.txt": "earnings-unifirst-q4-fy2013.en.txt"}),
}


def two_sources(tmp_path: Path, lang: str, body: str | None = None) -> Path:
    text, files = FILES[lang]
    for name, original in files.items():
        shutil.copy(TEXTS / original, tmp_path / name)
    path = tmp_path / f"{lang}.yaml"
    path.write_text(textwrap.dedent(body if body is not None else text).lstrip("\n"), encoding="utf-8")
    return path


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_each_card_is_grounded_in_its_own_source(tmp_path, lang):
    deck = load_deck(two_sources(tmp_path, lang))
    first, second = deck.sources
    assert deck.source is first and deck.source_of(deck.cards[0]) is first  # default: the first
    assert deck.source_of(deck.cards[1]) is second
    report = run_check([str(deck.path)])
    assert report.success(strict=True), report.problems()
    assert {s.id for s in deck.sources} == set(report.files[0].indexes) - {""}


def test_a_cite_from_the_other_source_is_not_found_and_the_message_names_the_source(tmp_path):
    # The card says nothing of its source, so it cites the first; the passage is the second's.
    path = two_sources(tmp_path, "zh", ZH.replace("    source: jobs\n    q: 美国十月份", "    q: 美国十月份"))
    (problem,) = run_check([str(path)]).problems()
    assert problem.code == "DG101"
    assert problem.message.startswith("cite not found in source 'gdp' (")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_back_of_each_card_cites_its_own_source(tmp_path, lang):
    report = run_check([str(two_sources(tmp_path, lang))])
    f = report.files[0]
    notes = note_specs(f.deck, list(f.cards))
    citations = [n.fields["Citation"] for n in notes]
    first, second = f.deck.sources
    assert first.title in citations[0] and second.title not in citations[0]
    assert second.title in citations[1] and first.title not in citations[1]
    if lang == "en":
        assert 'href="https://example.com/unifirst"' in citations[1]


def test_coverage_is_per_source(tmp_path):
    report = run_coverage([str(two_sources(tmp_path, "zh"))])
    gdp, jobs = report.decks
    assert (gdp.source.id, jobs.source.id) == ("gdp", "jobs")
    covered = {i.text: i.cards for d in report.decks for i in d.items if i.cards}
    assert covered["13%"] == ("growth-2007",)
    assert covered["5.8%"] == ("us-unemployment",)
    assert all(i.start < len(jobs.source.text) for i in jobs.items)
    result = CliRunner().invoke(main, ["coverage", str(tmp_path / "zh.yaml")])
    assert "zh.yaml (voa-two), source 'gdp':" in result.output and "zh.yaml (voa-two), source 'jobs':" in result.output


def test_preview_has_one_page_per_source(tmp_path):
    path = two_sources(tmp_path, "en")
    index = write_preview([str(path)], tmp_path / "site")
    pages = sorted(p.name for p in (tmp_path / "site").glob("deck-*.html"))
    assert pages == ["deck-two-reports--bls.html", "deck-two-reports--unifirst.html"]
    bls = (tmp_path / "site" / pages[0]).read_text(encoding="utf-8")
    unifirst = (tmp_path / "site" / pages[1]).read_text(encoding="utf-8")
    assert 'id="card-unemployment-rate"' in bls and 'id="card-unifirst-revenues"' not in bls
    assert 'id="card-unifirst-revenues"' in unifirst and "UniFirst Corporation announced" in unifirst
    assert "UniFirst Corporation announced" not in bls
    assert 'href="deck-two-reports--unifirst.html"' in bls  # the other source's page, linked
    listing = index.read_text(encoding="utf-8")
    assert pages[0] in listing and pages[1] in listing


def test_find_searches_every_source_or_the_one_named(tmp_path, monkeypatch):
    path = two_sources(tmp_path, "zh")
    everywhere = run_find("增长", path, 10)
    assert everywhere.several_sources
    only_jobs = run_find("就业机会增加", path, 3, source="jobs")
    assert only_jobs.passages and all(p.source.endswith("jobs.txt") for p in only_jobs.passages)
    assert {Path(p.source).name for p in everywhere.passages} == {"gdp.txt", "jobs.txt"}
    assert not only_jobs.several_sources
    with pytest.raises(DeckgenError, match="no source with the id 'nope': the sources' ids are gdp, jobs"):
        run_find("2007年", path, 3, source="nope")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["find", "Revenues were", "--deck", str(two_sources(tmp_path, "en")), "--source", "unifirst"])
    assert result.exit_code == 0 and "Revenues were $352.9 million" in result.output


def test_the_one_source_form_may_name_its_source(tmp_path):
    shutil.copy(TEXTS / "news-voa-us-jobs-2014.zh-hans.txt", tmp_path / "jobs.txt")
    path = tmp_path / "one.yaml"
    path.write_text(
        "deck:\n  id: one\n  name: One\n  source:\n    id: jobs\n    file: jobs.txt\n"
        "cards:\n  - id: rate\n    kind: figure\n    source: jobs\n    q: 美国十月份的失业率降到多少？\n    a: 5.8%\n    cite: 美国的失业率十月份降到5.8%\n",
        encoding="utf-8",
    )
    assert run_check([str(path)]).success(strict=True)


# -- bad input: each a one-line located error, from the loader and the schema alike ---------


BAD = {
    "unknown source id": (
        ZH.replace("source: jobs\n    q: 美国十月份", "source: job\n    q: 美国十月份"),
        "zh.yaml:21:13: card source 'job' is not a source of this deck; its sources are gdp, jobs",
    ),
    "two sources with one id": (
        ZH.replace("    - id: jobs\n", "    - id: gdp\n"),
        "zh.yaml:9:11: duplicate source id 'gdp' (first at line 5); source ids must be unique",
    ),
    "source and sources": (
        ZH.replace("  sources:\n", "  source:\n    file: gdp.txt\n  sources:\n"),
        "zh.yaml:2:3: deck has both 'source' and 'sources'; keep one: 'source' for one text, 'sources' for several",
    ),
    "a listed source without an id": (
        ZH.replace("    - id: jobs\n      file: jobs.txt\n", "    - file: jobs.txt\n"),
        "zh.yaml:9:7: a source is missing the required key 'id'",
    ),
    "no sources at all": (
        ZH.replace("  sources:\n", "  sources: []\n  unused:\n"),
        None,  # checked below: the unknown key comes first
    ),
    "an id that is not a slug": (
        ZH.replace("    - id: jobs\n", "    - id: Jobs Report\n"),
        "zh.yaml:9:11: source id 'Jobs Report' must be a lowercase slug: letters a-z, digits and single hyphens",
    ),
    "a card naming a source in a deck whose one source has no id": (
        "deck:\n  id: one\n  name: One\n  source:\n    file: gdp.txt\ncards:\n  - id: c\n    source: gdp\n    q: Q\n    a: 13%\n    cite: 增长13%\n",
        "zh.yaml:8:13: card source 'gdp' is not a source of this deck; its one source has no id (give it one with 'id:', or leave out the card's 'source')",
    ),
}


@pytest.mark.parametrize("name", [n for n, (_, want) in BAD.items() if want], ids=str)
def test_bad_sources_are_one_line_located_errors(tmp_path, name):
    body, want = BAD[name]
    path = two_sources(tmp_path, "zh", body)
    with pytest.raises(DeckgenError) as info:
        load_deck(path)
    assert str(info.value).endswith(want) and "\n" not in str(info.value)
    structural = schema.validate_text(path.read_text(encoding="utf-8"))
    if structural:  # what a schema can see, it says in the loader's words at the loader's place
        line, col, message = structural[0]
        assert f"zh.yaml:{line}:{col}: {message}" == want
    else:  # ids unique and known: only the loader can tell
        assert name in ("unknown source id", "two sources with one id", "a card naming a source in a deck whose one source has no id")
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 1 and "DG001" in result.output and want.split(": ", 1)[1] in result.output


def test_an_empty_sources_list_is_refused_alike(tmp_path):
    path = two_sources(tmp_path, "zh", "deck:\n  id: x\n  name: X\n  sources: []\ncards:\n  - {id: c, q: Q, a: A, cite: A}\n")
    with pytest.raises(DeckgenError, match=r"zh.yaml:4:12: deck sources is an empty list; give at least one source"):
        load_deck(path)
    assert schema.validate_text(path.read_text(encoding="utf-8"))[0] == (4, 12, "deck sources is an empty list; give at least one source")


def test_a_source_file_replaced_by_a_directory(tmp_path):
    path = two_sources(tmp_path, "zh")
    (tmp_path / "jobs.txt").unlink()
    (tmp_path / "jobs.txt").mkdir()
    with pytest.raises(DeckgenError) as info:
        load_deck(path)
    assert str(info.value).startswith(str(path) + ":10:13: source file ") and str(info.value).endswith("jobs.txt is not a regular file")


@pytest.mark.parametrize("suffix", [".html", ".md"])
def test_a_page_named_as_a_source_points_to_source_add(tmp_path, suffix):
    # An HTML (or Markdown) file is extracted to text first; named as a source it is refused, page or not.
    path = two_sources(tmp_path, "en", EN.replace("file: unifirst.txt", f"file: unifirst{suffix}"))
    (tmp_path / f"unifirst{suffix}").write_text("not a page at all\n", encoding="utf-8")
    with pytest.raises(DeckgenError) as info:
        load_deck(path)
    assert str(info.value).endswith(
        f"en.yaml:9:13: source file 'unifirst{suffix}' is a web page or Markdown, not a text file; "
        f"extract its text with 'deckgen source add unifirst{suffix}' and name the .txt file it writes"
    )


def test_an_html_file_that_is_not_a_page_is_refused_by_source_add(tmp_path):
    page = tmp_path / "notes.html"
    page.write_text("just words, no markup\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["source", "add", str(page), "--cards-dir", str(tmp_path / "cards")])
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0 and "is not an HTML page" in result.output


def test_the_schema_takes_several_sources_as_editors_see_them(tmp_path):
    text = textwrap.dedent(ZH).lstrip("\n")
    assert schema.validate_text(text) == []
    assert schema.validate(yaml.safe_load(text)) == []
    data = yaml.safe_load(text)
    del data["deck"]["sources"][1]["id"]
    assert schema.validate(data) == [("$.deck.sources[1]", "a source is missing the required key 'id'")]
    data = yaml.safe_load(text)
    del data["deck"]["sources"]
    assert schema.validate(data) == [("$.deck", "deck is missing the required key 'source' (or 'sources', a list of sources each with an id)")]


def test_the_deck_description_names_every_source(tmp_path):
    from deckgen.render import deck_description

    deck = load_deck(two_sources(tmp_path, "en"))
    description = deck_description(deck)
    assert "The Employment Situation — January 2021" in description and "UniFirst fourth quarter results" in description
    assert description.endswith("Every card cites the passage of one of these sources that states its answer.")
