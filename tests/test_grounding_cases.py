"""Every accept/reject table row, through the same dispatcher `deckgen check` uses."""

from collections import Counter
from pathlib import Path

import pytest
import yaml

from deckgen.findings import CODES
from deckgen.grounding import support

HERE = Path(__file__).parent / "grounding_cases"


def rows():
    for kind, name in (("figure", "figures"), ("date", "dates"), ("quote", "quotes"), ("fact", "facts")):
        data = yaml.safe_load((HERE / f"{name}.yaml").read_text("utf-8"))
        entities = data.get("entities", {}) if isinstance(data, dict) else {}
        cases = data["cases"] if isinstance(data, dict) else data
        for n, case in enumerate(cases):
            yield pytest.param(kind, case, entities, id=f"{name}-{n}")


ROWS = list(rows())


def test_the_tables_cover_both_directions_for_every_kind():
    assert len(ROWS) >= 100
    seen = Counter((p.values[0], p.values[1]["expect"] == "grounded") for p in ROWS)
    for kind in ("figure", "date", "quote", "fact"):
        assert seen[(kind, True)] >= 5 and seen[(kind, False)] >= 3, kind


def test_every_code_of_every_rule_is_exercised():
    expected = {p.values[1]["expect"] for p in ROWS}
    assert expected >= {"grounded", "DG102", *(f"DG20{i}" for i in range(1, 8)), "DG301", "DG302", "DG303", "DG304", "DG401", "DG402"}


@pytest.mark.parametrize("kind, case, entities", ROWS)
def test_row(kind, case, entities):
    assert all(isinstance(v, str) for v in case.values()), "table values are strings as written"
    entities = {k: tuple(v) for k, v in entities.items()}
    found = support(kind, case["answer"], case["cite"], case.get("question", ""), entities)
    got = found[0].code if found else "grounded"
    assert got == case["expect"], [m.message for m in found]
    for m in found:
        assert m.code in CODES and m.message and "\n" not in m.message
