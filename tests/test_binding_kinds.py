"""Binding tells apart values of the answer's kind: a quote card has none, and check_binding returns at once for it
(no rule below its first line is a quote's). Held here against every quote row of the binding tables, as the rules
answered before the early return (benchmarks/binding_same.py compares every row with another tree's)."""

from pathlib import Path

import yaml

from deckgen.binding import check_binding

TABLES = Path(__file__).parent / "binding_cases"


def _quote_rows():
    for path in sorted(TABLES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text("utf-8"))
        entities = {k: tuple(v) for k, v in (data.get("entities") or {}).items()}
        for case in data["cases"]:
            if case["kind"] == "quote":
                for answer in [str(a) for a in case.get("ok", [])] + [str(a) for a in (case.get("traps") or {})]:
                    yield answer, case["cite"], case["q"], entities


def test_a_quote_is_never_bound():
    rows = list(_quote_rows())
    assert rows  # (the tables hold quote cards)
    for answer, cite, question, entities in rows:
        assert check_binding("quote", answer, cite, question, entities) == []
