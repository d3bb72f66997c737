"""Where the instructions of `deckgen check --no-cache` of the shipped deck go, phase by phase (callgrind).

    python benchmarks/startup_phases.py [DECK]     # needs valgrind; about 30 s of CPU, minutes on a busy machine

Instructions, not time: the count does not depend on the machine's load. The check runs once under
``valgrind --tool=callgrind --dump-before=os_getppid``; this script marks each phase's end with a call of
``os.getppid()`` (the imports in groups, then each call of the wrapped library functions), so that each
of callgrind's dumps holds one phase, and adds them up. Run it from the repository root (it imports
this tree's deckgen); ``PYTHONHASHSEED=0`` is set, and the bytecode is compiled first.
"""

from __future__ import annotations

import os
import sys

# Only os and sys here: the child imports this module before its first phase ends, and what it
# imports would count as the interpreter's (main() imports the rest).
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
IMPORTS = [  # (label, modules), imported in this order before the check
    ("interpreter, click, yaml", ["click", "yaml"]),
    ("import deckgen.cli, check and theirs", ["deckgen.cli", "deckgen.check"]),
    ("import binding", ["deckgen.binding"]),
    ("import quantities, dates", ["deckgen.quantities", "deckgen.dates"]),
    ("import speakers, people", ["deckgen.speakers", "deckgen.people"]),
    ("import the rest of the check's", ["deckgen.kinds", "deckgen.lint", "deckgen.lock", "deckgen.render", "deckgen.report"]),
]
WRAPPED = [  # (module, function, label): what check.py and grounding call, as they name it
    ("deckgen.binding", "check_binding", "binding, every card"),
    ("deckgen.check", "load_deck", "load the deck"),
    ("deckgen.check", "source_indexes", "fold and index the sources"),
    ("deckgen.check", "lint_deck", "lint"),
    ("deckgen.check", "note_specs", "render every note"),
    ("deckgen.check", "compare_notes", "compare with the lock"),
]
OTHER = "the rest of the check (grounding, parsers, speakers, click, the report)"


def child(deck: str, labels_out: str) -> None:
    """The check itself, with a marker (os.getppid) after each phase; the phases' labels go to ``labels_out``."""
    import gc
    import importlib

    gc.disable()  # as deckgen.__main__ runs
    labels: list[str] = []

    def mark(label: str) -> None:
        labels.append(label)
        os.getppid()

    for label, modules in IMPORTS:
        for name in modules:
            importlib.import_module(name)
        mark(label)
    for module, name, label in WRAPPED:
        owner = sys.modules[module]
        fn = getattr(owner, name)

        def wrapped(*args, _fn=fn, _label=label, **kwargs):
            mark(OTHER)
            try:
                return _fn(*args, **kwargs)
            finally:
                mark(_label)

        setattr(owner, name, wrapped)
    import atexit

    def done() -> None:
        mark(OTHER)
        with open(labels_out, "w", encoding="utf-8") as f:
            f.write("\n".join(labels))

    atexit.register(done)
    sys.argv = ["deckgen", "check", "--no-cache", deck]
    sys.modules["deckgen.cli"].run()


def main() -> None:
    import compileall
    import glob
    import subprocess
    import tempfile
    from collections import Counter
    from pathlib import Path

    deck = sys.argv[1] if len(sys.argv) > 1 else "cards/h20-export.yaml"
    compileall.compile_dir(os.path.join(ROOT, "deckgen"), quiet=1)
    with tempfile.TemporaryDirectory(prefix="deckgen-phases-") as tmp:
        out, labels = os.path.join(tmp, "cg"), os.path.join(tmp, "labels")
        here = os.path.join(ROOT, "benchmarks")
        code = f"import sys; sys.path.insert(0, {here!r}); import startup_phases; startup_phases.child({deck!r}, {labels!r})"
        env = dict(os.environ, PYTHONPATH=ROOT, PYTHONHASHSEED="0")
        run = [
            "valgrind", "--tool=callgrind", "--dump-before=os_getppid", f"--callgrind-out-file={out}",
            sys.executable, "-c", code,
        ]  # fmt: skip
        subprocess.run(run, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        names = Path(labels).read_text("utf-8").split("\n")
        totals: Counter = Counter()
        dumps = sorted(glob.glob(out + ".*"), key=lambda f: int(f.rsplit(".", 1)[1])) + [out]
        for k, dump in enumerate(dumps):
            count = next((int(line.split()[1]) for line in open(dump) if line.startswith(("summary:", "totals:"))), 0)
            totals[names[k] if k < len(names) else "exit"] += count
    print(f"`deckgen check --no-cache {deck}`, instructions (callgrind) by phase:")
    for label, count in totals.most_common():
        print(f"{count / 1e6:9.1f} M  {label}")
    print(f"{sum(totals.values()) / 1e6:9.1f} M  in all")


if __name__ == "__main__":
    main()
