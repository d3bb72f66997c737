"""The labels binding messages quote, checked against each row's cite as written.

    python benchmarks/binding_labels.py OUT.json [TREE]   # TREE: a deckgen tree (default: this one)
    python benchmarks/binding_labels.py --rev REV         # this tree against REV (git archive), in two processes

Every answer of every row of tests/binding_cases (ok answers and traps) is run through
``grounding.support`` and ``binding.check_binding``. Against REV the codes and data must be the
same (a message change may not change a verdict); the changed messages are printed, and for each
tree the count of quoted labels (in binding's DG6xx and DG4xx findings) that are not a whole-word
run of the cite as written, and how many of those are the cite's words only after folding.
"""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from binding_same import two_trees, verdicts  # noqa: E402  (the rows and the two trees, written once)


def _checker():
    spec = importlib.util.spec_from_file_location("binding_messages", ROOT / "tests" / "test_binding_messages.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def count(rows) -> tuple[int, int, int]:
    """(labels quoted, not a whole-word run of the cite as written, of those the cite's words after folding)."""
    check = _checker()
    quoted = bad = folded = 0
    for _name, cite, *found in rows:
        for code, message, _data in (m for f in found for m in f):
            for label in check.quoted_labels(code, message):
                quoted += 1
                if not check.as_written(label, cite):
                    bad += 1
                    folded += check.folded_only(label, cite)
    return quoted, bad, folded


def against(rev: str, sample: int) -> int:
    old, new = two_trees(rev, __file__)
    if len(old) != len(new):
        print("row counts differ")
        return 1
    verdict_changed, changed = [], []
    for a, b in zip(old, new):
        for fa, fb in zip(a[2:], b[2:]):
            if [(c, d) for c, _, d in fa] != [(c, d) for c, _, d in fb]:
                verdict_changed.append(a[0])
            changed += [(a[0], a[1], ma[1], mb[1]) for ma, mb in zip(fa, fb) if ma[1] != mb[1]]
    distinct = list(dict.fromkeys(changed))
    for name, cite, ma, mb in random.Random(9).sample(distinct, min(sample, len(distinct))):
        print(f"{name}\n  cite:   {cite}\n  before: {ma}\n  after:  {mb}")
    for tree, rows in ((rev, old), ("here", new)):
        quoted, bad, folded = count(rows)
        print(f"{tree}: {quoted} labels quoted, {bad} not in the cite as written ({folded} only after folding)")
    print(f"{len(new)} rows, {len(verdict_changed)} with another code or data, {len(distinct)} distinct messages changed")
    return 1 if verdict_changed else 0


if __name__ == "__main__":
    if sys.argv[1] == "--rev":
        sys.exit(against(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 100))
    verdicts(sys.argv[1], with_cite=True)
