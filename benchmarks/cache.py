"""The check cache's benchmark (issue 16): re-checking 10,000 unchanged cards against start-up.

    python benchmarks/cache.py              # 10,000 Chinese cards, 1 MB source, 7 repeats
    python benchmarks/cache.py --cards 2000 --repeat 3

Generates a deck with ``gen.py`` (seeded, in a temporary folder deleted
afterwards) and measures, each command in a fresh interpreter, minimum wall
time of the repeats, the commands alternating:

* start-up: ``deckgen check --no-cache cards/h20-export.yaml`` (the shipped deck,
  checked in full: the reference), and the same with its cache warm;
* the generated deck: cold (``--no-cache``), first check (no cache yet: it writes
  one), warm (unchanged since the last check), and after editing one card's
  question (each such run follows a check of the original deck).

Target: warm / start-up <= 1.5. Exit 0 when it holds, 1 when not, 2 when a command failed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PY = sys.executable
WARM_MAX = 1.5  # re-checking the unchanged deck / checking the shipped deck


def timed(cmd: list[str], cwd: Path, env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        print(f"{' '.join(cmd)} exited {done.returncode}:\n{done.stdout[-2000:]}{done.stderr[-2000:]}", file=sys.stderr)
        sys.exit(2)
    return wall


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cards", type=int, default=10_000)
    ap.add_argument("--source", type=int, default=1_000_000, help="source bytes")
    ap.add_argument("--lang", default="zh", choices=["zh", "en"])
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    deckgen = [PY, "-m", "deckgen", "check"]
    work = Path(tempfile.mkdtemp(prefix="deckgen-cache-bench-"))
    try:
        made = subprocess.run([PY, str(HERE / "gen.py"), str(work), args.lang, str(args.cards), str(args.source)], capture_output=True, text=True, check=True)
        deck = Path(made.stdout.strip())
        original = deck.read_text(encoding="utf-8")
        # One card's question edited: each run of "edited" follows a check of the original, so it sees one changed card.
        at = original.index("    q: ", len(original) // 2)
        end = original.index("\n", at)
        variants = [original, original[:end] + "（改）" + original[end:]]
        cache = work / "build" / ".cache"
        # The shipped deck's check, run in a copy so that its cache stays out of the repository.
        shipped = work / "shipped"
        shutil.copytree(ROOT / "cards", shipped / "cards")
        for cmd, cwd in ((deckgen + ["--no-cache", "cards/h20-export.yaml"], shipped), (deckgen + ["cards/h20-export.yaml"], shipped)):
            timed(cmd, cwd, env)  # bytecode and the shipped deck's cache warm
        times: dict[str, list[float]] = {}

        def edit() -> None:  # the cache is of the original here
            deck.write_text(variants[1], encoding="utf-8")

        def restore() -> None:
            deck.write_text(original, encoding="utf-8")

        plan = [
            ("start-up: shipped deck, --no-cache", deckgen + ["--no-cache", "cards/h20-export.yaml"], shipped, None),
            ("start-up: shipped deck, cache warm", deckgen + ["cards/h20-export.yaml"], shipped, None),
            (f"{args.cards:,} cards, --no-cache", deckgen + ["--no-cache", deck.name], work, restore),
            (f"{args.cards:,} cards, first check (writes the cache)", deckgen + [deck.name], work, lambda: (restore(), shutil.rmtree(cache, ignore_errors=True))),
            (f"{args.cards:,} cards, unchanged (cache warm)", deckgen + [deck.name], work, None),
            (f"{args.cards:,} cards, one card edited", deckgen + [deck.name], work, edit),
        ]
        slow = {plan[2][0], plan[3][0]}
        for n in range(args.repeat):
            for label, cmd, cwd, before in plan:
                if label in slow and n >= 2:  # seconds each: two runs are enough
                    continue
                if before is not None:
                    before()
                times.setdefault(label, []).append(timed(cmd, cwd, env))
            restore()
            timed(deckgen + [deck.name], work, env)  # the cache is of the original again
        size = sum(f.stat().st_size for f in cache.rglob("*.json"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    best = {k: min(v) for k, v in times.items()}
    width = max(map(len, best))
    for label, t in best.items():
        print(f"{label:<{width}}  {t:7.3f} s")
    reference = best[plan[0][0]]
    warm = best[plan[4][0]]
    ratio = warm / reference
    print(f"cache file: {size / 1e6:.1f} MB for {args.cards:,} cards")
    print(f"unchanged {args.cards:,} cards / start-up (shipped deck, --no-cache): {ratio:.2f}x (target <= {WARM_MAX}x): {'PASS' if ratio <= WARM_MAX else 'FAIL'}")
    print(f"one card edited / --no-cache: {best[plan[5][0]] / best[plan[2][0]]:.2f}x")
    return 0 if ratio <= WARM_MAX else 1


if __name__ == "__main__":
    sys.exit(main())
