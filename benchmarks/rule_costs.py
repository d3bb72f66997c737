"""What each of binding's rules costs a card, in instructions (callgrind): the rules' fixed work, rule by rule.

    python benchmarks/rule_costs.py DECK.yaml [N]     # the first N cards of DECK (default all); needs valgrind

The check of DECK runs once with every rule that ``check_binding``, ``_decided_first`` and ``_check_binding`` call
(binding's functions and ``people``'s) wrapped to record its calls (arguments, and the card's names and products
that check_binding sets); the first N cards' ``check_binding`` calls are then run again unwrapped, so that every
text's kept readings (the parsers' scans, ``_table_terms``, ...) are warm, and each rule's recorded calls are run
once more with a marker (``os.getppid``) after each rule: callgrind's dumps give each rule's instructions with the
readings it shares already made, its own work. A rule another rule calls is counted in both (``told_apart`` holds
``own_words``); a rule that mutates what it is given (the passes after ``bind``) is run on what it left. Each dump
also holds some 0.3 M of the harness's own (the marker, the loop): a rule of a few calls near that is free.
Run it from the repository root (it imports this tree's deckgen); ``PYTHONHASHSEED=0`` is set.
"""

from __future__ import annotations

import os
import sys


def child(deck: str, n: int, labels_out: str) -> None:
    import ast
    import gc
    import inspect

    gc.disable()  # as deckgen.__main__ runs
    from deckgen import binding, people
    from deckgen.cli import main

    tree = ast.parse(inspect.getsource(binding))
    defs = {d.name: d for d in tree.body if isinstance(d, ast.FunctionDef)}
    tops = ("check_binding", "_decided_first", "_check_binding")
    targets = []
    for top in tops:
        for node in ast.walk(defs[top]):
            f = node.func if isinstance(node, ast.Call) else None
            if isinstance(f, ast.Name) and f.id in defs and f.id not in tops:
                targets.append((binding, f.id))
            elif isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id == "people":
                targets.append((people, f.attr))
    cards, depth, rec, plain = [], [0], {}, {}
    top = binding.check_binding

    def card(*a, **k):  # (the deck's cards, as grounding asks: nested calls are the rules' own)
        if depth[0] == 0 and len(cards) < n:
            cards.append((a, k))
        depth[0] += 1
        try:
            return top(*a, **k)
        finally:
            depth[0] -= 1

    for owner, name in dict.fromkeys(targets):
        fn = getattr(owner, name, None)
        if not callable(fn):
            continue
        plain[name] = (owner, fn)

        def recorded(*a, _fn=fn, _name=name, **k):
            if len(cards) <= n:
                rec.setdefault(_name, []).append((a, k, binding._NAMES.get(), binding._PRODUCTS.get()))
            return _fn(*a, **k)

        setattr(owner, name, recorded)
    binding.check_binding = card
    sys.argv = ["deckgen", "check", "--no-cache", deck]
    try:
        main(standalone_mode=False)
    except SystemExit:
        pass
    binding.check_binding = top
    for name, (owner, fn) in plain.items():
        setattr(owner, name, fn)
    for a, k in cards:  # (warm: every reading kept, every pattern compiled)
        top(*a, **k)
    labels = []
    os.getppid()
    for name, calls in rec.items():
        fn = plain[name][1]
        for a, k, names, products in calls:
            tokens = binding._NAMES.set(names), binding._PRODUCTS.set(products)
            try:
                fn(*a, **k)
            except Exception:  # (a pass run again on the values it already changed)
                pass
            finally:
                binding._NAMES.reset(tokens[0])
                binding._PRODUCTS.reset(tokens[1])
        labels.append(f"{name}\t{len(calls)}")
        os.getppid()
    with open(labels_out, "w", encoding="utf-8") as f:
        f.write("\n".join(labels))


def main() -> None:
    import compileall
    import subprocess
    import tempfile

    deck = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 10**9
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    compileall.compile_dir(os.path.join(root, "deckgen"), quiet=1)
    with tempfile.TemporaryDirectory(prefix="deckgen-rules-") as tmp:
        out, labels = os.path.join(tmp, "cg"), os.path.join(tmp, "labels")
        here = os.path.join(root, "benchmarks")
        code = f"import sys; sys.path.insert(0, {here!r}); import rule_costs; rule_costs.child({deck!r}, {n}, {labels!r})"
        env = dict(os.environ, PYTHONPATH=root, PYTHONHASHSEED="0")
        run = ["valgrind", "--tool=callgrind", "--dump-before=os_getppid", f"--callgrind-out-file={out}",
               sys.executable, "-c", code]
        subprocess.run(run, cwd=root, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        rows = []
        for k, line in enumerate(open(labels, encoding="utf-8").read().split("\n")):
            name, calls = line.split("\t")
            with open(f"{out}.{k + 2}") as dump:  # (dump 1 ends at the first marker; dump k + 2 is the k-th rule)
                count = next((int(x.split()[1]) for x in dump if x.startswith(("summary:", "totals:"))), 0)
            rows.append((count, name, int(calls)))
    print(f"`check_binding`'s rules, {deck}, instructions with the readings warm (callgrind):")
    for count, name, calls in sorted(rows, reverse=True):
        print(f"{count / 1e6:9.2f} M {calls:6d} calls {count / max(calls, 1) / 1e3:8.1f} k a call  {name}")


if __name__ == "__main__":
    main()
