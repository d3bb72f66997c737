"""deckgen's performance benchmark and gate (issues 8 and 16).

    python benchmarks/run.py                 # full run: 1k-100k cards, 10 KB-10 MB sources, zh and en, news and dense decks
    python benchmarks/run.py --quick         # smoke run: small decks, one repeat (a few minutes)
    python benchmarks/run.py --write-doc     # also record the results in docs/performance.md

Generates synthetic decks and sources (``gen.py``, in a child process: seeded,
into a temporary folder that is deleted afterwards) in two styles: ``news``
(one value per short cite, figure and date cards: the first benchmark's decks)
and ``dense`` (long sentences with five values of different kinds, all four
kinds of card, entities with aliases, a translation on every card: decks like
real ones). It measures, side by side in one run:

* ``deckgen build`` against its floor, ``floor_build.py``: the same YAML loaded
  with ``yaml.load(f, Loader=yaml.CSafeLoader)`` and the same notes (eight
  fields, tags) written with a plain ``genanki.Package.write_to_file``;
* ``deckgen check`` against its floor, ``floor_check.py``: the same YAML load
  plus one read and ``deckgen.fold.fold`` of the source;
* each floor twice: with Python's cycle collector off, as deckgen runs (the
  target), and on (the first benchmark's floor, reported beside it);
* start-up: ``deckgen --version`` and ``deckgen check`` on the shipped deck
  against ``python -c "import click, yaml"``;
* growth: time at 4x the cards (fixed source) and at 10x the source (fixed
  cards) against 1x;
* peak resident memory of the 100k-card build;
* the incremental check (re-checking unchanged cards from a cache), once
  deckgen has one: detected from ``--no-cache`` in ``deckgen check --help``;
  until then its line says "not built". With a cache, every other check and
  build is timed with ``--no-cache``.

Every measured command runs in a fresh interpreter (``python -m deckgen ...``
or a floor script), so imports and memory count; each is repeated and the
minimum wall time kept, measured and floor runs alternating. Peak memory is
the child's ``ru_maxrss`` from ``os.wait4``. ``deckgen build`` is measured in
the steady state (its lock file already written by a first, warm-up build);
the first build, which writes the lock, is reported on its own line.

Every generated deck must pass ``deckgen build`` and ``deckgen check`` with
no error and no warning, or the run stops: a benchmark of failure
paths measures nothing useful.

Exit status: 0 when every target passes, 1 when any fails, 2 when a command
failed (so it can be used as a gate).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PY = sys.executable
DOC = ROOT / "docs" / "performance.md"
BEGIN, END = "<!-- benchmarks/run.py: begin -->", "<!-- benchmarks/run.py: end -->"

# Targets (issue 16). Ratios are against floors run with the cycle collector off.
TARGET_STYLE = "dense"  # the build and check ratios are targets on this style; on the others, information
BUILD_MAX = 2.0  # deckgen build / floor, at the headline size
CHECK_MAX = 2.0  # deckgen check / floor, at the headline size
CARDS_GROWTH_MAX = 4.5  # time at 4x the cards / time at 1x
SOURCE_GROWTH_MAX = 11.0  # time at 10x the source / time at 1x
STARTUP_MAX = 2.0  # deckgen --version (and check on the shipped deck) / python -c "import click, yaml"
RSS_MAX_MB = 500  # peak RSS of the headline build
INCREMENTAL_MAX = 1.5  # re-check of 10k unchanged cards (cache warm) / deckgen check of the shipped deck


class CommandFailed(Exception):
    pass


# --- running one command -------------------------------------------------------


@dataclass
class Sample:
    wall: float
    cpu: float
    rss_mb: float
    rc: int
    out: str


def run_once(cmd: list[str], cwd: Path, env: dict[str, str]) -> Sample:
    """Run ``cmd`` in a fresh process; wall time, CPU time and peak RSS from wait4."""
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        p = subprocess.Popen(cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - start
        p.returncode = os.waitstatus_to_exitcode(status)  # reaped here; keep Popen from waiting again
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    return Sample(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, p.returncode, text)


@dataclass
class Measure:
    """Repeated samples of one command; the minimum is the figure."""

    label: str
    samples: list[Sample] = field(default_factory=list)

    @property
    def best(self) -> float:
        return min(s.wall for s in self.samples)

    @property
    def cpu(self) -> float:
        return min(s.cpu for s in self.samples)

    @property
    def rss(self) -> float:
        return max(s.rss_mb for s in self.samples)


class Runner:
    def __init__(self, env: dict[str, str], verbose: bool):
        self.env = env
        self.verbose = verbose
        self.measures: dict[str, Measure] = {}
        self.started = time.perf_counter()

    def sample(self, key: str, cmd: list[str], cwd: Path, expect_rc: int | None = 0, before=None) -> Sample:
        if before is not None:
            before()
        s = run_once(cmd, cwd, self.env)
        if expect_rc is not None and s.rc != expect_rc:
            raise CommandFailed(f"{' '.join(cmd)} (in {cwd}) exited {s.rc}, expected {expect_rc}:\n{s.out[-3000:]}")
        self.measures.setdefault(key, Measure(key)).samples.append(s)
        if self.verbose:
            el = time.perf_counter() - self.started
            print(f"  [{el:6.0f}s] {key:<44} {s.wall:8.3f}s  cpu {s.cpu:7.2f}s  rss {s.rss_mb:7.1f} MB", flush=True)
        return s

    def alternate(self, pairs: list[tuple[str, list[str], Path, object]], repeat: int, expect_rc: int | None = 0, first_only: int = 0) -> None:
        """Run each (key, cmd, cwd, before) in turn, ``repeat`` rounds; fewer rounds for slow commands.

        The first ``first_only`` commands run in the first round only. When the
        first round takes over 30 seconds there are at most two rounds: the
        minimum of two such runs is stable to a few percent, and the full
        benchmark has to fit in about 15 minutes on two cores.
        """
        done = 0
        while done < repeat:
            t0 = time.perf_counter()
            for k, cmd, cwd, before in pairs if done == 0 else pairs[first_only:]:
                self.sample(k, cmd, cwd, expect_rc, before=before)
            done += 1
            if done == 1 and time.perf_counter() - t0 > 30:
                repeat = min(repeat, 2)

    def get(self, key: str) -> Measure | None:
        return self.measures.get(key)


# --- sizes ---------------------------------------------------------------------


def parse_count(s: str) -> int:
    s = s.strip().lower().replace("_", "")
    for suffix, mul in (("k", 1000), ("m", 1_000_000)):
        if s.endswith(suffix):
            return int(float(s[: -len(suffix)]) * mul)
    return int(s)


def parse_bytes(s: str) -> int:
    s = s.strip().upper().replace("_", "")
    for suffix, mul in (("KB", 1000), ("MB", 1_000_000), ("GB", 1_000_000_000), ("K", 1000), ("M", 1_000_000), ("B", 1)):
        if s.endswith(suffix):
            return int(float(s[: -len(suffix)]) * mul)
    return int(s)


def fmt_count(n: int) -> str:
    return f"{n // 1000}k" if n >= 1000 and n % 1000 == 0 else str(n)


def fmt_bytes(n: int) -> str:
    if n >= 1_000_000 and n % 100_000 == 0:
        return f"{n / 1_000_000:g} MB"
    if n >= 1000 and n % 100 == 0:
        return f"{n / 1000:g} KB"
    return f"{n} B"


@dataclass(frozen=True)
class Case:
    lang: str
    cards: int
    source: int
    style: str = "news"

    @property
    def name(self) -> str:
        style = "" if self.style == "news" else f" {self.style}"
        return f"{self.lang}{style} {fmt_count(self.cards)} cards x {fmt_bytes(self.source)}"


@dataclass
class Plan:
    langs: list[str]
    card_series: list[int]  # at growth_source
    source_series: list[int]  # at growth_cards
    growth_source: int
    growth_cards: int
    headline: tuple[int, int]
    repeat: int
    startup_repeat: int
    styles: list[str] = field(default_factory=lambda: ["news", "dense"])
    cache: dict[str, bool] = field(default_factory=lambda: {"check": False, "build": False})  # commands with --no-cache

    def growth_source_for(self, style: str) -> int:
        """Source of the 4x-cards pair: news decks as in issue 8; dense ones at the
        headline source, so that their 100k case is the headline run itself."""
        return self.growth_source if style == "news" else self.headline[1]

    def cases(self, style: str = "news") -> list[tuple[int, int]]:
        if style == "news":
            out = {(c, self.growth_source) for c in self.card_series}
            out |= {(self.growth_cards, s) for s in self.source_series}
        else:  # the headline and the two growth pairs only: dense decks are slow to check
            big_c, big_s = self.headline
            out = {(max(big_c // 4, 1), big_s), (self.growth_cards, max(big_s // 10, 1)), (self.growth_cards, big_s)}
        out.add(self.headline)
        return sorted(out)


def make_plan(args) -> Plan:
    if args.quick:
        cards, sources, gsource, gcards, repeat, srepeat = [1000], [10_000, 100_000], 100_000, 1000, 1, 3
    else:
        cards, sources, gsource, gcards, repeat, srepeat = [1000, 10_000, 100_000], [10_000, 1_000_000, 10_000_000], 1_000_000, 10_000, 3, 10
    if args.sizes:
        cards = sorted(parse_count(x) for x in args.sizes.split(","))
    if args.sources:
        sources = sorted(parse_bytes(x) for x in args.sources.split(","))
    if args.growth_source:
        gsource = parse_bytes(args.growth_source)
    elif gsource not in sources:
        gsource = sources[len(sources) // 2]
    if args.growth_cards:
        gcards = parse_count(args.growth_cards)
    elif gcards not in cards:
        gcards = cards[len(cards) // 2]
    repeat = args.repeat or repeat
    big_cards, big_source = max(cards), max(sources)
    # growth pairs: the largest size against a quarter of its cards and a tenth of its source
    card_series = sorted(set(cards) | {max(big_cards // 4, 1)})
    source_series = sorted(set(sources) | {max(big_source // 10, 1)})
    return Plan(args.langs.split(","), card_series, source_series, gsource, gcards, (big_cards, big_source), repeat, srepeat, args.styles.split(","))


# --- the benchmark ---------------------------------------------------------------


def deckgen_cmd(*args: str) -> list[str]:
    return [PY, "-m", "deckgen", *args]


def key(what: str, case: Case) -> str:
    return f"{what} | {case.name}"


def has_cache_option(env: dict[str, str], command: str) -> bool:
    """Whether ``deckgen COMMAND`` has a ``--no-cache`` option (the incremental check, issue 16)."""
    out = subprocess.run(deckgen_cmd(command, "--help"), cwd=ROOT, env=env, capture_output=True, text=True)
    return "--no-cache" in out.stdout


def summary_of(runner: Runner, k: str) -> str:
    """The last line ``deckgen check`` printed (``ok: N of N cards grounded ...``)."""
    m = runner.get(k)
    lines = m.samples[-1].out.strip().splitlines() if m and m.samples else []
    return lines[-1] if lines else ""


def bench_case(runner: Runner, plan: Plan, work: Path, case: Case) -> None:
    folder = work / f"{case.style}-{case.lang}-{case.cards}-{case.source}"
    folder.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    # Generated in a child process: a child's ru_maxrss counts the peak of the
    # process it was forked from, so this one has to stay small.
    made = subprocess.run([PY, str(HERE / "gen.py"), str(folder), case.lang, str(case.cards), str(case.source), case.style], capture_output=True, text=True)
    if made.returncode != 0:
        raise CommandFailed(f"generating {case.name} failed:\n{made.stderr[-3000:]}")
    decks = [Path(line) for line in made.stdout.split()]  # one file, or the parts of a large dense deck
    names = [d.name for d in decks]
    locks = [d.with_name(d.stem + ".lock.json") for d in decks]
    size = sum(d.stat().st_size for d in decks) / 1e6
    print(f"{case.name}: deck {size:.1f} MB in {len(decks)} file(s), generated in {time.perf_counter() - t0:.1f}s", flush=True)
    headline = (case.cards, case.source) == plan.headline
    (folder / "out").mkdir(exist_ok=True)
    no_cache = ["--no-cache"]
    build = deckgen_cmd("build", *names, "-o", "out", *(no_cache if plan.cache["build"] else []))
    check = deckgen_cmd("check", *names, *(no_cache if plan.cache["check"] else []))
    floor_build = [PY, str(HERE / "floor_build.py"), "out", *names]
    floor_check = [PY, str(HERE / "floor_check.py"), *names]

    def no_lock():
        for lock in locks:
            lock.unlink(missing_ok=True)

    # A round: the first build (no lock yet; it writes one), then a steady-state
    # build (the lock exists and is up to date), then the floor. Every command
    # must exit 0: build refuses (exit 1) when any card fails its check, so a
    # failing deck stops the benchmark instead of timing a failure path.
    # The first build is repeated (the lock deleted before each) at the
    # headline size only; elsewhere it runs once, as the warm-up.
    builds = [(key("first build", case), build, folder, no_lock), (key("build", case), build, folder, None)]
    checks = [(key("check", case), check, folder, None)]
    if headline:  # both floors: collector off (the target's) and on (issue 8's)
        builds += [(key("floor build", case), floor_build, folder, None), (key("floor build, collector on", case), [*floor_build, "--gc"], folder, None)]
        checks += [(key("floor check", case), floor_check, folder, None), (key("floor check, collector on", case), [*floor_check, "--gc"], folder, None)]
    runner.alternate(builds, plan.repeat, first_only=0 if headline else 1)
    runner.alternate(checks, plan.repeat)
    summary = summary_of(runner, key("check", case))
    if not re.search(r" 0 error(?:s|\(s\)), 0 warning(?:s|\(s\))", summary):  # the report says "0 errors" (once "0 error(s)")
        raise CommandFailed(f"{case.name}: the generated deck does not pass its check cleanly: {summary!r}")
    print(f"  check: {summary}", flush=True)
    if plan.cache["check"] and case.style == TARGET_STYLE and (case.cards, case.source) == (plan.growth_cards, max(plan.headline[1] // 10, 1)):
        # The incremental check: the same deck, unchanged, checked again with its cache warm.
        cached = deckgen_cmd("check", *names)
        run_once(cached, folder, runner.env)  # fills the cache
        runner.alternate([(key("check, cache warm", case), cached, folder, None)], plan.startup_repeat)
    shutil.rmtree(folder, ignore_errors=True)


def bench_startup(runner: Runner, plan: Plan) -> None:
    floor = [PY, "-c", "import click, yaml"]
    version = deckgen_cmd("--version")
    shipped = deckgen_cmd("check", "cards/h20-export.yaml", *(["--no-cache"] if plan.cache["check"] else []))  # the whole check, cache or not
    # Where the time of `check` goes: the interpreter alone, then every module
    # a check of the shipped deck imports, without the work.
    bare = [PY, "-c", "pass"]
    imports = [PY, "-c", f"import {', '.join(CHECK_MODULES)}"]
    for cmd in (floor, version, shipped, bare, imports):  # warm the bytecode caches
        run_once(cmd, ROOT, runner.env)
    runner.alternate(
        [("startup floor", floor, ROOT, None), ("deckgen --version", version, ROOT, None), ("startup floor", floor, ROOT, None), ("deckgen check (shipped deck)", shipped, ROOT, None)],
        plan.startup_repeat,
        expect_rc=None,  # a shipped deck that fails its check is reported as a failed target, not a crash
    )
    runner.alternate([("python -c pass", bare, ROOT, None), ("imports of deckgen check", imports, ROOT, None)], plan.startup_repeat)


# What `deckgen check` imports on the shipped deck (its kinds need every parser).
CHECK_MODULES = ("deckgen.cli", "deckgen.check", "deckgen.report", "deckgen.lint", "deckgen.build", "deckgen.quantities", "deckgen.dates", "deckgen.speakers", "opencc")


# --- results -----------------------------------------------------------------------


@dataclass
class Row:
    what: str
    case: str
    value: str
    base: str
    ratio: float | None
    target: str
    ok: bool | None  # None: no target (information)
    note: str = ""
    cpu_ratio: float | None = None  # the same ratio in CPU time: steadier than wall time on a shared machine

    @property
    def result(self) -> str:
        if self.ok is None:
            return "not built" if self.value == "not built" else "-"
        return "PASS" if self.ok else "FAIL"


def secs(m: Measure | None) -> str:
    return "-" if m is None else f"{m.best:.3f} s"


def results(runner: Runner, plan: Plan) -> list[Row]:
    rows: list[Row] = []
    g = runner.get
    big_c, big_s = plan.headline

    def ratio_row(what, m, base, limit, case_name, target_text=None):
        if m is None or base is None:
            return
        r = m.best / base.best
        rows.append(Row(what, case_name, secs(m), secs(base), r, target_text or f"<= {limit:g}x", None if limit is None else r <= limit, cpu_ratio=m.cpu / base.cpu if base.cpu else None))

    fl = g("startup floor")
    ratio_row("start-up: deckgen --version / import click, yaml", g("deckgen --version"), fl, STARTUP_MAX, "-")
    ratio_row("start-up: deckgen check (shipped deck) / import click, yaml", g("deckgen check (shipped deck)"), fl, STARTUP_MAX, "cards/h20-export.yaml")
    for r in rows:
        m = g("deckgen --version") if "--version" in r.what else g("deckgen check (shipped deck)")
        bad = sorted({s.rc for s in m.samples if s.rc != 0}) if m else []
        if bad:
            r.ok = False
            r.note = f"exits {', '.join(map(str, bad))}, not 0: {m.samples[-1].out.strip().splitlines()[-1][:100]}"
    ratio_row("start-up: python -c pass / import click, yaml", g("python -c pass"), fl, None, "-", "information")
    ratio_row("start-up: imports of deckgen check, no work / import click, yaml", g("imports of deckgen check"), fl, None, "-", "information")
    # The incremental check: a target once deckgen has a cache, a line saying so until then.
    shipped = g("deckgen check (shipped deck)")
    warm = [m for k, m in runner.measures.items() if k.startswith("check, cache warm | ")]
    if not plan.cache["check"]:
        rows.append(Row("incremental: re-check 10k unchanged cards / deckgen check (shipped deck)", "-", "not built", secs(shipped), None, f"<= {INCREMENTAL_MAX:g}x", None, "deckgen check has no --no-cache option yet: no cache to measure"))
    for m in warm:
        ratio_row(f"incremental: re-check {m.label.split(' | ')[1].split(' cards')[0].split()[-1]} unchanged cards (cache warm) / deckgen check (shipped deck)", m, shipped, INCREMENTAL_MAX, m.label.split(" | ")[1])
    for style in plan.styles:
        gated = style == TARGET_STYLE
        for lang in plan.langs:
            hc = Case(lang, big_c, big_s, style)
            for what, floor, limit in (("build", "floor build", BUILD_MAX), ("check", "floor check", CHECK_MAX)):
                label = f"{what} / floor" + (" (steady state, lock exists)" if what == "build" else "")
                ratio_row(f"{label}, collector off", g(key(what, hc)), g(key(floor, hc)), limit if gated else None, hc.name, None if gated else "information")
                ratio_row(f"{label}, collector on (issue 8's floor)", g(key(what, hc)), g(key(f"{floor}, collector on", hc)), None, hc.name, "information")
            ratio_row("first build (writes the lock) / floor, collector off", g(key("first build", hc)), g(key("floor build", hc)), None, hc.name, "information")
            # growth in cards, fixed source
            gsrc = plan.growth_source_for(style)
            lo, hi = Case(lang, max(big_c // 4, 1), gsrc, style), Case(lang, big_c, gsrc, style)
            for what in ("build", "check"):
                m1, m4 = g(key(what, lo)), g(key(what, hi))
                if m1 and m4:
                    rows.append(Row(f"{what}: 4x the cards ({fmt_count(lo.cards)} -> {fmt_count(hi.cards)}, {fmt_bytes(gsrc)} source)", f"{lang} {style}", secs(m4), secs(m1), m4.best / m1.best, f"<= {CARDS_GROWTH_MAX:g}x", m4.best / m1.best <= CARDS_GROWTH_MAX, cpu_ratio=m4.cpu / m1.cpu))
            lo, hi = Case(lang, plan.growth_cards, max(big_s // 10, 1), style), Case(lang, plan.growth_cards, big_s, style)
            for what in ("build", "check"):
                m1, m10 = g(key(what, lo)), g(key(what, hi))
                if m1 and m10:
                    rows.append(Row(f"{what}: 10x the source ({fmt_bytes(lo.source)} -> {fmt_bytes(hi.source)}, {fmt_count(plan.growth_cards)} cards)", f"{lang} {style}", secs(m10), secs(m1), m10.best / m1.best, f"<= {SOURCE_GROWTH_MAX:g}x", m10.best / m1.best <= SOURCE_GROWTH_MAX, cpu_ratio=m10.cpu / m1.cpu))
            for what in ("build", "first build"):
                m = g(key(what, hc))
                fb = g(key("floor build", hc))
                if m:
                    rows.append(Row(f"peak RSS, {what} ({fmt_count(big_c)} cards)", hc.name, f"{m.rss:.0f} MB", f"{fb.rss:.0f} MB" if fb else "-", None, f"<= {RSS_MAX_MB} MB", m.rss <= RSS_MAX_MB))
    return rows


def details(runner: Runner, plan: Plan) -> list[list[str]]:
    out = []
    for style in plan.styles:
        for lang in plan.langs:
            for c, s in plan.cases(style):
                case = Case(lang, c, s, style)
                for what in ("first build", "build", "floor build", "floor build, collector on", "check", "floor check", "floor check, collector on", "check, cache warm"):
                    m = runner.get(key(what, case))
                    if m:
                        out.append([case.name, what, f"{m.best:.3f}", f"{m.cpu:.2f}", f"{m.rss:.0f}", str(len(m.samples))])
    for what in ("startup floor", "deckgen --version", "deckgen check (shipped deck)", "python -c pass", "imports of deckgen check"):
        m = runner.get(what)
        if m:
            out.append(["-", what, f"{m.best:.3f}", f"{m.cpu:.2f}", f"{m.rss:.0f}", str(len(m.samples))])
    return out


def markdown_table(head: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join(" --- " for _ in head) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def text_table(head: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(x) for x in col) for col in zip(head, *rows)]
    fmt = lambda r: "  ".join(x.ljust(w) for x, w in zip(r, widths)).rstrip()  # noqa: E731
    return "\n".join([fmt(head), fmt(["-" * w for w in widths]), *map(fmt, rows)])


RESULT_HEAD = ["measure", "case", "deckgen", "baseline", "ratio", "cpu ratio", "target", "result"]
DETAIL_HEAD = ["case", "command", "wall s (min)", "cpu s (min)", "peak RSS MB (max)", "runs"]


def result_cells(rows: list[Row]) -> list[list[str]]:
    out = []
    n = 0
    for r in rows:
        result = r.result
        if r.note:
            n += 1
            result += f" [{n}]"
        out.append([r.what, r.case, r.value, r.base, "-" if r.ratio is None else f"{r.ratio:.2f}x", "-" if r.cpu_ratio is None else f"{r.cpu_ratio:.2f}x", r.target, result])
    return out


def notes(rows: list[Row]) -> list[str]:
    return [f"[{i}] {r.note}" for i, r in enumerate((r for r in rows if r.note), 1)]


def machine() -> dict[str, str]:
    cpu = "unknown"
    mem = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    try:
        nproc = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
    except OSError:
        nproc = str(os.cpu_count())
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "deckgen"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
        commit = f"{commit}{' + uncommitted changes in deckgen/' if dirty else ''}"
    except OSError:
        commit = "unknown"
    import genanki
    import yaml

    return {
        "nproc": nproc,
        "CPU": cpu,
        "memory": mem,
        "Python": f"{platform.python_version()} ({platform.python_implementation()})",
        "OS": platform.platform(),
        "PyYAML": f"{yaml.__version__} (libyaml {'yes' if yaml.__with_libyaml__ else 'no'})",
        "genanki": getattr(genanki, "__version__", "?"),
        "deckgen": commit,
    }


def write_doc(text: str) -> None:
    DOC.parent.mkdir(parents=True, exist_ok=True)
    block = f"{BEGIN}\n{text.rstrip()}\n{END}\n"
    if DOC.exists():
        old = DOC.read_text(encoding="utf-8")
        if BEGIN in old and END in old:
            a, b = old.index(BEGIN), old.index(END) + len(END)
            DOC.write_text(old[:a] + block.rstrip("\n") + old[b:], encoding="utf-8")
            return
        DOC.write_text(old.rstrip() + "\n\n" + block, encoding="utf-8")
        return
    DOC.write_text("# Performance\n\n" + block, encoding="utf-8")


def report_markdown(rows: list[Row], det: list[list[str]], plan: Plan, info: dict[str, str], elapsed: float, argv: list[str], failure: str = "") -> str:
    failed = [r for r in rows if r.ok is False]
    verdict = "every target passes" if not failed else f"{len(failed)} of {sum(r.ok is not None for r in rows)} targets fail"
    when = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"Measured {when} with `python benchmarks/run.py {' '.join(argv)}`".rstrip() + f" in {elapsed / 60:.1f} minutes: **{verdict}**.",
        "",
        "Machine: " + "; ".join(f"{k} {v}" for k, v in info.items()) + ".",
        "",
        "Sizes: "
        + (f"news decks: cards {', '.join(fmt_count(c) for c in plan.card_series)} with a {fmt_bytes(plan.growth_source)} source; "
           f"sources {', '.join(fmt_bytes(s) for s in plan.source_series)} with {fmt_count(plan.growth_cards)} cards; " if "news" in plan.styles else "")
        + f"headline {fmt_count(plan.headline[0])} cards with a {fmt_bytes(plan.headline[1])} source; languages {', '.join(plan.langs)}; "
        f"styles {', '.join(plan.styles)} (dense decks: the headline, {fmt_count(max(plan.headline[0] // 4, 1))} cards with the headline source, "
        f"and {fmt_count(plan.growth_cards)} cards with {fmt_bytes(max(plan.headline[1] // 10, 1))} and {fmt_bytes(plan.headline[1])}). "
        f"Times are the minimum wall time of up to {plan.repeat} runs ({plan.startup_repeat} for start-up), each in a fresh process; "
        "the result is judged on the wall-time ratio, and the same ratio in CPU time (user + system, minimum) is shown beside it. "
        f"Load average at the end of the run (the machine is shared): {' '.join(f'{x:.1f}' for x in os.getloadavg())}.",
        "",
        *([f"**The run stopped early** (the cases after it were not measured): `{failure.splitlines()[0][:300]}`", ""] if failure else []),
        markdown_table(RESULT_HEAD, result_cells(rows)),
        "",
        *(f"{line}  " for line in notes(rows)),
        "",
        "<details><summary>Every measurement</summary>",
        "",
        markdown_table(DETAIL_HEAD, det),
        "",
        "</details>",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="small smoke run: 250 and 1k cards, 10 KB and 100 KB sources, one repeat")
    ap.add_argument("--sizes", help="card counts, comma-separated (default 1k,10k,100k); a quarter of the largest is added for the 4x growth figure")
    ap.add_argument("--sources", help="source sizes in bytes, comma-separated (default 10KB,1MB,10MB); a tenth of the largest is added for the 10x growth figure")
    ap.add_argument("--growth-source", help="source size for the card series (default 1MB)")
    ap.add_argument("--growth-cards", help="card count for the source series (default 10k)")
    ap.add_argument("--langs", default="zh,en", help="languages, comma-separated (default zh,en)")
    ap.add_argument("--styles", default="news,dense", help="deck styles, comma-separated (default news,dense; see gen.py)")
    ap.add_argument("--repeat", type=int, help="runs of each measured command (default 3; 1 with --quick)")
    ap.add_argument("--only", choices=["startup", "decks"], help="run only part of the benchmark")
    ap.add_argument("--write-doc", action="store_true", help=f"write the results into {DOC.relative_to(ROOT)}")
    ap.add_argument("--json", type=Path, help="also write every sample as JSON to this file")
    ap.add_argument("--keep", type=Path, help="generate into this folder and keep it (default: a temporary folder, deleted)")
    ap.add_argument("-q", "--quiet", action="store_true", help="do not print each run")
    args = ap.parse_args(argv)
    plan = make_plan(args)

    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")  # measure this tree's deckgen
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    runner = Runner(env, not args.quiet)
    plan.cache = {c: has_cache_option(env, c) for c in ("check", "build")}
    work = args.keep or Path(tempfile.mkdtemp(prefix="deckgen-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    cases = [Case(lang, c, s, style) for style in plan.styles for lang in plan.langs for c, s in plan.cases(style)]
    print(f"deckgen benchmark: {len(cases)} cases ({', '.join(plan.styles)}; {', '.join(plan.langs)}); cache option: {plan.cache}; work in {work}", flush=True)
    started = time.perf_counter()
    try:
        if args.only in (None, "startup"):
            print("start-up", flush=True)
            bench_startup(runner, plan)
        if args.only in (None, "decks"):
            for case in cases:
                bench_case(runner, plan, work, case)
    except CommandFailed as e:  # report what was measured before it, then exit 2
        failure = str(e)
        print(f"\nerror: {e}", file=sys.stderr)
    else:
        failure = ""
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    elapsed = time.perf_counter() - started

    rows = results(runner, plan)
    det = details(runner, plan)
    print()
    print(text_table(DETAIL_HEAD, det))
    print()
    print(text_table(RESULT_HEAD, result_cells(rows)))
    for line in notes(rows):
        print(line)
    failed = [r for r in rows if r.ok is False]
    print(f"\n{'FAIL' if failed else 'PASS'}: {len(failed)} of {sum(r.ok is not None for r in rows)} targets fail; {elapsed / 60:.1f} minutes")
    if args.json:
        args.json.write_text(
            json.dumps({k: [s.__dict__ | {"out": s.out[-500:]} for s in m.samples] for k, m in runner.measures.items()}, ensure_ascii=False, indent=1),
            encoding="utf-8",
        )
    if args.write_doc:
        write_doc(report_markdown(rows, det, plan, machine(), elapsed, argv, failure))
        print(f"wrote {DOC.relative_to(ROOT)}")
    if failure:
        print(f"error: the run stopped early: {failure.splitlines()[0]}", file=sys.stderr)
        return 2
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
