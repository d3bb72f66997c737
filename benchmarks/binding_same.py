"""Binding's verdicts on every row of tests/binding_cases, written out so two trees can be compared.

    python benchmarks/binding_same.py OUT.json [TREE]    # TREE: a deckgen tree (default: this one)
    python benchmarks/binding_same.py --rev REV           # this tree against REV (git archive), in two processes

Each row's ``support()`` and ``check_binding()`` findings (code, message and data), for every answer
of every case (the ok answers and the traps): a speed change may not change one of them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def verdicts(out: str, with_cite: bool = False) -> None:
    """Write each row's name (and, ``with_cite``, its cite) and its support() and check_binding() findings to ``out``."""
    import yaml

    from deckgen.binding import check_binding
    from deckgen.grounding import support

    def shown(found):
        return [[m.code, m.message, repr(m.data)] for m in found or ()]

    rows = []
    for path in sorted((ROOT / "tests" / "binding_cases").glob("*.yaml")):
        data = yaml.safe_load(path.read_text("utf-8"))
        entities = {k: tuple(v) for k, v in (data.get("entities") or {}).items()}
        for n, case in enumerate(data["cases"]):
            answers = [str(a) for a in case.get("ok", [])] + [str(a) for a in (case.get("traps") or {})]
            for answer in answers:
                args = (case["kind"], answer, case["cite"], case["q"], entities)
                rows.append([f"{path.stem}:{n}:{answer}", *([case["cite"]] if with_cite else []),
                             shown(support(*args)), shown(check_binding(*args))])
    Path(out).write_text(json.dumps(rows, ensure_ascii=False, indent=0), "utf-8")
    print(f"{len(rows)} rows")


def two_trees(rev: str, script: str) -> tuple[list, list]:
    """The rows ``script`` writes with REV's deckgen and with this tree's, each in a process of its own."""
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base"
        base.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "deckgen"], check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(base)], input=archive, check=True)
        outs = []
        for tree in (base, ROOT):
            out = Path(tmp) / f"{len(outs)}.json"
            # the tables and the script come from this tree; only deckgen differs
            env = {**os.environ, "PYTHONPATH": str(tree)}
            subprocess.run([sys.executable, script, str(out), str(tree)], check=True, env=env)
            outs.append(json.loads(out.read_text("utf-8")))
    return outs[0], outs[1]


def against(rev: str) -> int:
    old, new = two_trees(rev, __file__)
    differ = [(a[0], a[1:], b[1:]) for a, b in zip(old, new) if a != b]
    for name, was, now in differ[:20]:
        print(f"DIFFERS {name}\n  {rev}: {was}\n  here: {now}")
    print(f"{len(new)} rows, {len(differ)} differ" if len(old) == len(new) else "row counts differ")
    return 1 if differ or len(old) != len(new) else 0


if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] in ("-h", "--help") or sys.argv[1] == "--rev" and len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)  # (a usage error, not an output file named --help)
        sys.exit(2)
    if sys.argv[1] == "--rev":
        sys.exit(against(sys.argv[2]))
    if len(sys.argv) > 2:
        sys.path.insert(0, sys.argv[2])
    else:
        sys.path.insert(0, str(ROOT))
    verdicts(sys.argv[1])
