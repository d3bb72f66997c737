"""Start-up of `deckgen check` of the shipped deck, this tree against another revision, in the same minutes.

    python benchmarks/startup_ab.py [REV] [--runs N]    # REV: a commit to compare with (default HEAD)

The benchmark machine is shared, so one tree's figure from an hour ago says little about
today's: this exports REV (``git archive``) to a temporary folder, compiles both trees'
bytecode (``PYTHONDONTWRITEBYTECODE`` would otherwise make each run compile deckgen's
source again), and runs ``check --no-cache cards/h20-export.yaml`` from each tree and the
floor (``python -c "import click, yaml"``) in turn, N rounds. It reports CPU time (user +
system of each child, from ``resource``): minimum and median, and each against the floor.
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHECK = ["-m", "deckgen", "check", "--no-cache", "cards/h20-export.yaml"]
FLOOR = ["-c", "import click, yaml"]


def cpu_of(args: list[str], tree: Path) -> float:
    """CPU seconds of one fresh interpreter running ``args`` in ``tree``."""
    env = dict(os.environ, PYTHONPATH=str(tree))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run([sys.executable, *args], cwd=tree, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args)} in {tree}: exit code {done.returncode}")
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def export(rev: str, into: Path) -> Path:
    """``rev``'s tree written into ``into`` (``git archive``), with both trees' bytecode compiled
    beforehand, so that neither side of an A/B pays for compiling."""
    archive = subprocess.run(["git", "archive", rev], cwd=ROOT, capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    for tree in (ROOT, into):
        compileall.compile_dir(tree / "deckgen", quiet=1)
    return into


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rev", nargs="?", default="HEAD", help="the revision to compare this tree with (default HEAD)")
    ap.add_argument("--runs", type=int, default=11, help="rounds of the three commands (default 11)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="deckgen-ab-") as tmp:
        other = export(args.rev, Path(tmp))
        runs: dict[str, list[float]] = {"floor": [], args.rev: [], "this tree": []}
        for _ in range(args.runs):
            runs["floor"].append(cpu_of(FLOOR, ROOT))
            runs[args.rev].append(cpu_of(CHECK, other))
            runs["this tree"].append(cpu_of(CHECK, ROOT))
    floor = min(runs["floor"])
    for name, times in runs.items():
        times.sort()
        print(f"{name:>12}: CPU min {times[0] * 1000:6.1f} ms, median {times[len(times) // 2] * 1000:6.1f} ms, "
              f"{times[0] / floor:.2f}x the floor")


if __name__ == "__main__":
    main()
