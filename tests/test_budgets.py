"""Slow paths inside the documented limits are bounded: a nearest-passage hint has a
search budget, coverage finds overlapping cites without comparing every pair, and a
deck's entity spellings are indexed once per deck, not once per card.

Times are measured in benchmarks/, never here; these tests hold the bounds that keep
them (the budget's note, the work counted) and the results equal to the plain ones.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from deckgen import kinds, speakers, suggest
from deckgen.check import check_file
from deckgen.coverage import _Spans, deck_coverage
from deckgen.fold import fold_text
from deckgen.grounding import SourceIndex, cite_not_found

from conftest import write_deck


def chinese(n: int, seed: int) -> str:
    r = random.Random(seed)
    return "".join(chr(r.randrange(0x4E00, 0x9FA5)) for _ in range(n))


def test_a_long_cite_in_a_large_source_gets_a_note_not_a_search(monkeypatch):
    source = "\n".join(chinese(200, n) for n in range(10_000))  # 2 MB, 10,000 lines
    cite = chinese(19_000, -1)
    searched = []
    monkeypatch.setattr(suggest, "nearest_passages", lambda *a, **k: searched.append(a) or [])
    message = cite_not_found(cite, SourceIndex(source))
    assert searched == []
    assert message.endswith(
        f"; no nearest passage suggested: a 19,000-character cite in a {len(source):,}-character source is over the search budget"
    )


def test_within_the_budget_the_hint_is_given_and_quoted_short():
    line = chinese(1_000, 7)
    source = f"{chinese(50, 1)}\n{line}\n{chinese(50, 2)}\n"
    cite = line[:300] + "錯" + line[301:600]  # one character wrong
    assert suggest.search_cost(len(fold_text(cite)), len(source)) <= suggest.SEARCH_BUDGET
    message = cite_not_found(cite, SourceIndex(source))
    assert "nearest passage, line 2: '" in message
    passage = message.split("nearest passage, line 2: ", 1)[1].rsplit(" (", 1)[0]
    assert len(passage) <= suggest.MAX_QUOTE + 2 + 2 + 10 and passage.startswith("'…") and passage.endswith("…'")
    assert "[-錯-]" in passage or "{+" in passage  # the cut keeps the difference in view
    assert message.endswith(": in the cite, not in the source)") or message.endswith(": in the source, not in the cite)")


def test_the_budget_grows_with_the_source_and_the_cite():
    cost = suggest.search_cost
    assert cost(64, 1_000_000) == cost(10, 1_000_000) == 1_000_000
    assert cost(64 * 4, 1_000_000) == 2_000_000
    assert cost(19_000, 60_000_000) > suggest.SEARCH_BUDGET  # the case that took 74 s
    assert cost(200, 20_000) < suggest.SEARCH_BUDGET  # an article-sized source always gets its hint


spans = st.lists(st.tuples(st.integers(0, 300), st.integers(1, 60), st.sampled_from("abcdef")), max_size=40)


@settings(max_examples=300, deadline=None)
@given(spans, st.integers(0, 320), st.integers(1, 30))
def test_overlapping_spans_are_those_a_full_scan_finds_in_the_same_order(raw, a, length):
    given_spans = [(s, s + n, label) for s, n, label in raw]
    b = a + length
    assert _Spans(given_spans).overlapping(a, b) == [sp for sp in given_spans if sp[0] < b and a < sp[1]]


DECK = """
deck:
  id: cov
  name: Cov
  source:
    file: sources/src.txt
  exempt:
    - cite: 第2段
      reason: a heading
cards:
{cards}
"""


def test_coverage_looks_at_nearby_cites_only(tmp_path, monkeypatch):
    """Each item is compared with the cites near it, not with every cite of the deck."""
    source = "".join(f"第{n}段：公司在{1900 + n}年賣出{n}部手機。\n" for n in range(1, 151))
    cards = "".join(
        f"  - id: c{n}\n    q: 哪年？\n    a: \"{1900 + n}\"\n    kind: date\n    cite: 公司在{1900 + n}年賣出\n" for n in range(1, 151)
    )
    deck = write_deck(tmp_path, DECK.format(cards=cards), source)
    result = check_file(deck, locked=False)
    assert all(r.status == "grounded" for r in result.cards), [p for r in result.cards for p in r.problems][:3]
    compared = []
    real = _Spans.window

    def counting(self, a, b):
        found = real(self, a, b)
        compared.append(len(found))
        return found

    monkeypatch.setattr(_Spans, "window", counting)
    (coverage,) = deck_coverage(result)  # one source: one coverage
    dates = [i for i in coverage.items if i.kind == "date"]
    assert len(dates) == 150 and all(i.cards == (f"c{i.line}",) for i in dates)
    assert [(i.line, i.text) for i in coverage.items if i.exempt] == [(2, "第2段")]  # inside the exempt 第2段 only
    assert max(compared) <= 2  # a full scan would look at all 150 cites for every item


def test_entity_spellings_are_indexed_once_per_deck(tmp_path, monkeypatch):
    aliases = "".join(f"      - 別名{n}\n" for n in range(2_000))
    cards = "".join(
        f"  - id: c{n}\n    q: 誰說的？\n    a: 張三\n    kind: quote\n    cite: 張三表示，第{n}件事很好\n"
        f"  - id: f{n}\n    q: 誰說第{n}件事很好？\n    a: 別名{n}\n    cite: 張三表示，第{n}件事很好\n"
        for n in range(50)
    )
    source = "".join(f"張三表示，第{n}件事很好。\n" for n in range(50))
    body = DECK.format(cards=cards).replace("  exempt:\n    - cite: 第2段\n      reason: a heading\n", f"  entities:\n    張三:\n{aliases}")
    deck = write_deck(tmp_path, body, source)
    built = {"spellings": 0, "groups": 0}
    kinds._last_table[0] = speakers._last_groups[0] = None  # as in a new process
    real_spellings, real_groups = kinds._spellings.__wrapped__, speakers._entity_groups.__wrapped__

    def spellings(entities):
        built["spellings"] += 1
        return real_spellings(entities)

    def groups(entities):
        built["groups"] += 1
        return real_groups(entities)

    monkeypatch.setattr(kinds, "_spellings", spellings)
    monkeypatch.setattr(speakers, "_entity_groups", groups)
    result = check_file(deck, locked=False)
    assert all(r.status == "grounded" for r in result.cards), [p for r in result.cards for p in r.problems]
    assert built == {"spellings": 1, "groups": 1}
