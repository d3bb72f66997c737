"""``deckgen find``: fragments in any script or width become cite lines that paste and check."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from deckgen.check import run_check
from deckgen.cli import main
from deckgen.decks import load_deck
from deckgen.errors import DeckgenError
from deckgen.find import clause, run_find, yaml_quote
from deckgen.report import output


def find_cites(text, deck, limit):
    """The cite: lines `deckgen find` prints."""
    found = run_find(text, deck, limit)
    return output("find", "yaml", found).splitlines() if found.passages else []


ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "cards" / "h20-export.yaml"
SOURCE = (ROOT / "cards" / "sources" / "h20-article.txt").read_text(encoding="utf-8")
LINE = re.compile(r'cite: (".*")  # line (\d+)\Z')


def parse(line: str) -> tuple[str, int]:
    """The cite a pasted line gives the loader, and the line number it claims."""
    m = LINE.match(line)
    assert m, line
    node = yaml.compose(f"cite: {m.group(1)}\n", Loader=yaml.SafeLoader)
    return node.value[0][1].value, int(m.group(2))


def make_deck(folder: Path, source: str, cards: str) -> Path:
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    (folder / "sources" / "a.txt").write_text(source, encoding="utf-8")
    deck = folder / "a.yaml"
    deck.write_text(
        "deck:\n  id: a\n  name: A\n  source:\n    file: sources/a.txt\ncards:\n" + cards,
        encoding="utf-8",
    )
    return deck


def test_simplified_fragment_finds_the_traditional_passage():
    lines = find_cites("美国自4月9日将H20芯片纳入出口管制", SHIPPED, 3)
    assert lines[0] == 'cite: "美國自4月9日將H20芯片納入出口管制"  # line 4'
    cite, line = parse(lines[0])
    assert cite in SOURCE
    assert SOURCE.split("\n")[line - 1].find(cite) >= 0


def test_full_width_punctuation_matches_ascii_punctuation():
    lines = find_cites("7月16日，当日常以皮衣示人的黄仁勋", SHIPPED, 2)
    cite, line = parse(lines[0])
    assert cite == "7月16日,當日常以皮衣示人的黃仁勛"
    assert line == 2
    # the second result widens the hit to its whole clause
    wider, _ = parse(lines[1])
    assert wider.startswith(cite) and wider in SOURCE and len(wider) > len(cite)


def test_quotes_of_any_style_match():
    cite, _ = parse(find_cites("「可以对华销售H20 GPU」", SHIPPED, 1)[0])
    assert cite == "“可以對華銷售H20 GPU”"


def test_short_fragment_is_given_as_its_clauses():
    lines = find_cites("4月9日", SHIPPED, 5)
    cites = [parse(line)[0] for line in lines]
    assert "這背后是美國自4月9日將H20芯片納入出口管制" in cites
    assert "H20的對華銷售最終在4月9日被特朗普政府叫停" in cites
    assert "4月9日" not in cites  # too short to be a useful cite on its own


def test_limit_is_respected():
    assert len(find_cites("H20芯片", SHIPPED, 2)) == 2
    assert len(find_cites("H20芯片", SHIPPED, 1)) == 1


def test_near_passage_when_nothing_matches_exactly():
    # 号 for 日 and 纳进 for 纳入: no exact hit, the nearest passage is the real one
    lines = find_cites("美国自4月9号将H20芯片纳进出口管制", SHIPPED, 3)
    assert lines
    cite, line = parse(lines[0])
    assert line == 4
    assert "4月9日將H20芯片納入出口管制" in cite and cite in SOURCE


def test_nothing_close_gives_nothing():
    assert find_cites("zzzzqqqq xxxx", SHIPPED, 3) == []


def test_empty_fragment_is_an_error():
    with pytest.raises(DeckgenError, match="nothing to search"):
        find_cites(" \n ", SHIPPED, 3)


def test_every_result_pastes_into_a_deck_that_checks(tmp_path):
    source = "The H20 was released in November 2023, by NVIDIA.\n\tIt said: \"sold \\ in China\".\n"
    deck = make_deck(tmp_path, source, "  - id: x\n    q: What?\n    a: H20\n    cite: The H20\n")
    for fragment in ("released in november", 'said: "sold \\ in', "by nvidia"):
        for line in find_cites(fragment, deck, 3):
            cite, _ = parse(line)
            assert cite in source
            answer = cite.split()[0]  # a whole word: a fact's answer in Latin letters is whole words of its cite
            body = f"  - id: y\n    q: Which?\n    a: {yaml_quote(answer)}\n    {line}\n"
            pasted = make_deck(tmp_path / "pasted", source, body)
            assert load_deck(pasted).cards[0].cites == (cite,)
            report = run_check([str(pasted)], locked=False)
            assert [r.status for r in report.cards] == ["grounded"], report.problems()


def test_default_searches_every_deck_in_cards(tmp_path, monkeypatch):
    make_deck(tmp_path / "cards", "Alpha beta gamma. Delta epsilon.\n", "  - id: x\n    q: What?\n    a: Alpha\n    cite: Alpha\n")
    monkeypatch.chdir(tmp_path)
    lines = find_cites("delta epsilon", None, 3)
    assert parse(lines[0])[0] == "Delta epsilon"


def test_default_without_cards_folder_is_an_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(DeckgenError, match="--deck"):
        find_cites("x", None, 3)


def test_cli_prints_cite_lines():
    result = CliRunner().invoke(main, ["find", "美国自4月9日将H20芯片纳入出口管制", "--deck", str(SHIPPED), "-n", "1"])
    assert result.exit_code == 0, result.output
    assert result.output == 'cite: "美國自4月9日將H20芯片納入出口管制"  # line 4\n'


def test_cli_exits_1_when_nothing_is_found():
    result = CliRunner().invoke(main, ["find", "zzzzqqqq", "--deck", str(SHIPPED)])
    assert result.exit_code == 1


def test_clause_keeps_numbers_whole():
    text = "Revenue was 1,234.5 million, up 3.5%. Next sentence."
    i = text.index("1,234")
    assert text[slice(*clause(text, i, i + 5))] == "Revenue was 1,234.5 million"
    assert clause("x" * 500, 10, 12, limit=100) is None


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_yaml_quote_round_trips_any_text(text):
    quoted = yaml_quote(text)
    assert "\n" not in quoted and "\r" not in quoted
    node = yaml.compose(f"cite: {quoted}  # line 1\n", Loader=yaml.SafeLoader)
    assert node.value[0][1].value == text
