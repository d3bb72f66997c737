"""`deckgen check` of generated decks, this tree against another revision, in the same minutes.

    python benchmarks/dense_ab.py DECK.yaml [DECK.yaml ...] [--rev REV] [--runs N]

Like ``startup_ab.py`` (whose ``cpu_of`` and ``export`` it uses), for whole decks: it exports REV (default
HEAD) with ``git archive``, compiles both trees' bytecode, first requires ``check --format json
--no-cache DECK`` to print the same bytes from both trees (a change of speed may never change a
verdict), then runs that check from each tree in turn (each first in every other round), N
rounds per deck, and reports CPU time (user + system of each child): minimum and median, and
this tree's minimum against REV's.
Generate the dense decks with ``benchmarks/gen.py`` (``python benchmarks/gen.py /tmp/d en 5000
1000000 dense``).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from startup_ab import ROOT, cpu_of, export


def check_args(deck: Path) -> list[str]:
    return ["-m", "deckgen", "check", "--format", "json", "--no-cache", str(deck)]


def output_of(deck: Path, tree: Path) -> bytes:
    env = dict(os.environ, PYTHONPATH=str(tree))
    return subprocess.run([sys.executable, *check_args(deck)], cwd=tree, env=env, capture_output=True).stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("decks", nargs="+", type=Path, help="deck files to check")
    ap.add_argument("--rev", default="HEAD", help="the revision to compare this tree with (default HEAD)")
    ap.add_argument("--runs", type=int, default=5, help="rounds per deck (default 5)")
    args = ap.parse_args()
    decks = [d.resolve() for d in args.decks]
    with tempfile.TemporaryDirectory(prefix="deckgen-ab-") as tmp:
        other = export(args.rev, Path(tmp))
        for deck in decks:
            same = output_of(deck, ROOT) == output_of(deck, other)
            print(f"{deck.name}: output {'the same, byte for byte' if same else 'DIFFERENT'}")
            if not same:
                raise SystemExit(1)
        for deck in decks:
            runs: dict[str, list[float]] = {args.rev: [], "this tree": []}
            order = [(args.rev, other), ("this tree", ROOT)]
            for k in range(args.runs):  # (each tree first in turn: a run right after another may pay for it)
                for name, tree in order if k % 2 == 0 else order[::-1]:
                    runs[name].append(cpu_of(check_args(deck), tree))
            for name, times in runs.items():
                times.sort()
                print(f"{deck.name} {name:>10}: CPU min {times[0]:6.2f} s, median {times[len(times) // 2]:6.2f} s")
            print(f"{deck.name}: this tree / {args.rev} = {min(runs['this tree']) / min(runs[args.rev]):.3f} (CPU, min)")


if __name__ == "__main__":
    main()
