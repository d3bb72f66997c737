"""Where deckgen's time goes, in CPU time (the figures docs/performance.md quotes).

    python benchmarks/profile.py phases DECK.yaml    # `deckgen check DECK`, phase by phase
    python benchmarks/profile.py scanner DECK.yaml   # the value parsers on one of DECK's cites, regex by regex
    python benchmarks/profile.py startup [N]         # `deckgen check` of the shipped deck, stage by stage
    python benchmarks/profile.py patterns [DECK.yaml] [N]  # the regexes `check --no-cache DECK` compiles, costliest first

CPU time (``time.process_time``), not wall time: the benchmark machine is shared,
and a profiler's wall clock charges another process's time slice to whatever
function was running. ``phases`` wraps a few library functions with timers
(cheap next to cProfile, which inflates small functions several times over);
each phase's figure excludes the other wrapped phases it calls. Run it from the
repository root (it imports this tree's deckgen).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

T = time.process_time


# --- phases --------------------------------------------------------------------


def phases(deck: str) -> None:
    from deckgen import binding, check, dates, grounding, kinds, quantities, render, report, speakers
    from deckgen.cli import main

    stats: dict[str, list] = {}
    stack: list[float] = []

    def wrap(owner, name: str, label: str):
        fn = getattr(owner, name)

        def timed(*a, **k):
            t0 = T()
            stack.append(0.0)
            try:
                return fn(*a, **k)
            finally:
                dt = T() - t0
                inner = stack.pop()
                s = stats.setdefault(label, [0, 0.0])
                s[0] += 1
                s[1] += dt - inner
                if stack:
                    stack[-1] += dt

        setattr(owner, name, timed)
        return timed

    wrap(check, "load_deck", "load the deck (libyaml events -> cards)")
    wrap(grounding.SourceIndex, "__init__", "fold the source")
    wrap(grounding.SourceIndex, "place", "place cites (once per distinct cite)")
    wrap(grounding.SourceIndex, "locate", "locate cites (search the folded source)")
    wrap(grounding, "fold_text", "fold cites and answers")
    wrap(quantities, "_scan", "quantities._scan (figure parser)")
    wrap(quantities, "check_figure", "quantities.check_figure (its own work, past the scans)")
    wrap(dates, "check_date", "dates.check_date (its own work, past the scans)")
    wrap(quantities, "question_qualifier", "quantities.question_qualifier")
    wrap(quantities, "non_quantity_spans", "dates.non_quantity_spans (for the figure parser)")
    wrap(dates, "_scan", "dates._scan (date parser)")
    wrap(speakers, "attributions", "speakers.attributions")
    wrap(speakers, "_answer_names", "speakers._answer_names (entity lookup)")
    render.aliases_of = grounding.aliases_of = wrap(kinds, "aliases_of", "kinds.aliases_of (entity lookup)")
    wrap(binding, "check_binding", "binding (the question selects the value)")
    wrap(check, "lint_deck", "lint")
    wrap(grounding, "check_card", "ground each card (the glue: cites, evidence, findings)")
    wrap(grounding, "support_translation", "ground each translation (the glue)")
    wrap(speakers, "check_speaker", "speakers.check_speaker (the rest: overlap, names)")
    wrap(check, "settle", "settle each card's warnings")
    wrap(report, "output", "the report")
    wrap(check, "note_specs", "render every note (for the lock comparison)")
    wrap(check, "compare_notes", "compare with the lock")
    c0, w0 = T(), time.perf_counter()
    try:
        main(["check", "--no-cache", deck], standalone_mode=False)
    except SystemExit:
        pass
    cpu, wall = T() - c0, time.perf_counter() - w0
    cards = stats.get("place cites (once per distinct cite)", [0])[0]
    print(f"\ndeckgen check {deck}: {cpu:.3f} s CPU ({wall:.3f} s wall), {cards} cards, {1000 * cpu / max(cards, 1):.3f} ms CPU a card")
    print(f"{'CPU s':>8} {'share':>6} {'calls':>8} {'us/call':>9}  phase")
    rest = cpu
    for label, (n, s) in sorted(stats.items(), key=lambda kv: -kv[1][1]):
        rest -= s
        print(f"{s:8.3f} {100 * s / cpu:5.1f}% {n:8d} {1e6 * s / n:9.1f}  {label}")
    print(f"{rest:8.3f} {100 * rest / cpu:5.1f}% {'':8} {'':9}  the rest (imports, click)")


# --- scanner -------------------------------------------------------------------


def _best(fn, n: int = 1000) -> float:
    """Best of five: microseconds of CPU a call."""
    out = []
    for _ in range(5):
        t0 = T()
        for _ in range(n):
            fn()
        out.append((T() - t0) / n)
    return min(out) * 1e6


def scanner(deck: str) -> None:
    import yaml

    from deckgen import dates, quantities, speakers
    from deckgen.fold import normalize
    from deckgen.grounding import aliases_of

    with open(deck, encoding="utf-8") as f:
        data = yaml.load(f, Loader=yaml.CSafeLoader)
    card = next(c for c in data["cards"] if c.get("kind") == "figure")
    cite = card["cite"] if isinstance(card["cite"], str) else "\n".join(card["cite"])
    text = normalize(cite)
    print(f"cite of card {card['id']} ({len(text)} characters): {cite}")
    print(f"{_best(lambda: quantities._scan(text)):8.1f} us  quantities._scan -> {len(quantities._scan(text)[0])} quantities")
    print(f"{_best(lambda: dates.non_quantity_spans(text)):8.1f} us  dates.non_quantity_spans (called by _scan)")
    print(f"{_best(lambda: dates.parse_dates(text)):8.1f} us  dates.parse_dates")
    print(f"{_best(lambda: speakers.attributions(text)):8.1f} us  speakers.attributions")

    calls: dict[str, list] = {}

    class Counted:
        """A compiled pattern that counts and times its calls."""

        def __init__(self, name: str, pattern: re.Pattern):
            self.name, self.pattern = name, pattern

        def __getattr__(self, meth: str):
            fn = getattr(self.pattern, meth)

            def timed(*a, **k):
                t0 = T()
                r = fn(*a, **k)
                c = calls.setdefault(f"{self.name}.{meth}", [0, 0.0])
                c[0] += 1
                c[1] += T() - t0
                return r

            return timed

    patterns = {k: v for k, v in vars(quantities).items() if isinstance(v, re.Pattern)}
    runs = 500
    for k, v in patterns.items():
        setattr(quantities, k, Counted(k, v))
    try:
        for _ in range(runs):
            quantities._scan(text)
    finally:
        for k, v in patterns.items():
            setattr(quantities, k, v)
    print(f"quantities._scan's regular expressions, per scan of this cite ({sum(n for n, _ in calls.values()) / runs:.0f} calls):")
    for k, (n, s) in sorted(calls.items(), key=lambda kv: -kv[1][1]):
        print(f"  {n / runs:5.1f} calls {1e6 * s / runs:8.1f} us  {k}")

    entities = {k: tuple(v) for k, v in (data["deck"].get("entities") or {}).items()}
    if entities:
        name = next(iter(entities))
        print(f"entity lookups, {len(entities)} entities in the deck:")
        print(f"{_best(lambda: aliases_of(name, entities), 300):8.1f} us  grounding.aliases_of")
        print(f"{_best(lambda: speakers._answer_names(name, entities), 300):8.1f} us  speakers._answer_names")


# --- start-up ------------------------------------------------------------------

STARTUP_CHILD = r"""
import json, time
T = time.process_time
out, t = {}, T()
def lap(k):
    global t
    n = T(); out[k] = n - t; t = n
import click, yaml; lap("import click, yaml")
import deckgen.errors, deckgen.findings, deckgen.fold; lap("deckgen.errors, findings, fold")
import deckgen.decks; lap("deckgen.decks (the loader)")
import deckgen.grounding, deckgen.check; lap("deckgen.grounding, check")
import deckgen.dates; lap("deckgen.dates")
import deckgen.quantities; lap("deckgen.quantities")
import deckgen.speakers; lap("deckgen.speakers")
import deckgen.report, deckgen.lint, deckgen.build, deckgen.lock, deckgen.render, deckgen.package; lap("deckgen.report, lint, build, lock, render, package")
import opencc; lap("import opencc")
deckgen.fold._converter(); lap("OpenCC('t2s'): load its dictionaries")
import deckgen.cli; lap("deckgen.cli")
from deckgen.check import run_check
report = run_check(["cards/h20-export.yaml"]); lap("the check itself: load, fold, ground 90 cards, lint, lock")
from deckgen.report import output
output("check", "text", report); lap("the report")
print(json.dumps(out))
"""

BARE_CHILD = "import json, resource; r = resource.getrusage(resource.RUSAGE_SELF); print(json.dumps(r.ru_utime + r.ru_stime))"


def startup(n: int) -> None:
    def child(code: str):
        return json.loads(subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout)

    bare = min(child(BARE_CHILD) for _ in range(n))
    runs = [child(STARTUP_CHILD) for _ in range(n)]
    print(f"start-up of `deckgen check cards/h20-export.yaml`, CPU ms, min of {n} fresh interpreters")
    print(f"{1000 * bare:7.1f} ms  the interpreter (python -c pass, whole process)")
    total = 0.0
    for k in runs[0]:
        v = 1000 * min(r[k] for r in runs)
        total += v
        print(f"{v:7.1f} ms  {k}")
    print(f"{total:7.1f} ms  all of the above after the interpreter")

    import deckgen.dates
    import deckgen.decks
    import deckgen.quantities
    import deckgen.speakers

    print("compiling the parsers' module-level patterns alone (re.purge() first; min of 5):")
    for mod in (deckgen.quantities, deckgen.dates, deckgen.speakers, deckgen.decks):
        pats = [v for v in vars(mod).values() if isinstance(v, re.Pattern)]
        best = min(_compile_all(pats) for _ in range(5))
        print(f"{1000 * best:7.1f} ms  {mod.__name__}: {len(pats)} patterns, {sum(len(p.pattern) for p in pats):,} characters of pattern")


def _compile_all(pats: list[re.Pattern]) -> float:
    re.purge()
    t0 = T()
    for p in pats:
        re.compile(p.pattern, p.flags)
    return T() - t0


# --- patterns ------------------------------------------------------------------


def patterns(deck: str, top: int) -> None:
    """Each regular expression a ``check --no-cache`` of ``deck`` compiles (re's cache misses,
    this process only): its compile time alone (min of 3), where it was declared (a lazy
    pattern) or compiled, and the totals by module. Guards (``lazy(..., needs=)``) and lazy
    patterns show here only once a text made them compile."""
    import re._compiler as compiler

    from deckgen import patterns as lazy_patterns

    declared: dict[tuple[str, int], str] = {}
    made_lazy = lazy_patterns.LazyPattern.__init__

    def note_declaration(self, pattern, flags=0):
        frame = sys._getframe(1)
        while frame.f_code.co_filename.endswith("patterns.py"):
            frame = frame.f_back
        declared[(pattern, flags)] = f"{Path(frame.f_code.co_filename).name}:{frame.f_lineno}"
        made_lazy(self, pattern, flags)

    lazy_patterns.LazyPattern.__init__ = note_declaration
    compiled: dict[tuple[str, int], str] = {}
    real_compile = re._compile

    def note_compile(pattern, flags):
        if isinstance(pattern, str) and (pattern, flags) not in compiled:
            frame = sys._getframe(1)
            while frame.f_code.co_filename.endswith(("patterns.py", "__init__.py")):
                frame = frame.f_back
            compiled[(pattern, flags)] = f"{Path(frame.f_code.co_filename).name}:{frame.f_lineno}"
        return real_compile(pattern, flags)

    re._compile = note_compile
    try:
        from deckgen.cli import main  # imported here: its modules' patterns are compiled as it loads

        main(["check", "--no-cache", deck], standalone_mode=False)
    except SystemExit:
        pass
    finally:
        re._compile = real_compile
    rows = []
    for (pattern, flags), where in compiled.items():
        costs = []
        for _ in range(3):
            t0 = T()
            compiler.compile(pattern, flags)
            costs.append(T() - t0)
        rows.append((min(costs) * 1000, declared.get((pattern, flags), where), pattern))
    rows.sort(reverse=True)
    by_module: dict[str, float] = {}
    for ms, where, _ in rows:
        by_module[where.split(":")[0]] = by_module.get(where.split(":")[0], 0.0) + ms
    print(f"{len(rows)} patterns compiled by `check --no-cache {deck}`: {sum(r[0] for r in rows):.1f} ms of CPU")
    for module, ms in sorted(by_module.items(), key=lambda kv: -kv[1]):
        print(f"{ms:7.1f} ms  {module}")
    for ms, where, pattern in rows[:top]:
        print(f"{ms:7.2f} ms  {where:22} {len(pattern):5}  {pattern[:70]!r}")


if __name__ == "__main__":
    what = sys.argv[1] if len(sys.argv) > 1 else ""
    if what == "phases" and len(sys.argv) == 3:
        phases(sys.argv[2])
    elif what == "scanner" and len(sys.argv) == 3:
        scanner(sys.argv[2])
    elif what == "startup":
        startup(int(sys.argv[2]) if len(sys.argv) > 2 else 7)
    elif what == "patterns":
        patterns(sys.argv[2] if len(sys.argv) > 2 else "cards/h20-export.yaml", int(sys.argv[3]) if len(sys.argv) > 3 else 30)
    else:
        sys.exit(__doc__)
