"""The code dataclasses and named tuples write, compiled once and kept between runs (deckgen.generated).

Kept code is only ever used by the interpreter that made it; these tests hold every kept code object
equal to what compiling its source gives today, the classes built through the store equal in behaviour
to the builtin's, and a corrupt or foreign store file to a fresh compile."""

from __future__ import annotations

import dataclasses
import marshal
import subprocess
import sys
from typing import NamedTuple

import pytest

from conftest import ROOT, SHIPPED
from deckgen import generated


@pytest.fixture
def fresh_store(tmp_path, monkeypatch):
    """An empty store in a cache folder of the test's own."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(generated, "_kept", None)
    monkeypatch.setattr(generated, "_used", set())
    monkeypatch.setattr(generated, "_new", True)  # no atexit write from the tests
    return tmp_path


def _define(store: bool = True):
    """A frozen dataclass, a plain one with a default factory and a named tuple, built through the store (or not)."""
    import collections

    old_exec, old_eval = dataclasses.__dict__.get("exec"), collections.__dict__.get("eval")
    if store:
        generated.install()
    else:
        dataclasses.__dict__.pop("exec", None)
        collections.__dict__.pop("eval", None)
    try:

        @dataclasses.dataclass(frozen=True)
        class Frozen:
            a: int
            b: str = "x"
            c: tuple = ()

        @dataclasses.dataclass
        class Plain:
            a: int
            items: list = dataclasses.field(default_factory=list)

        class Pair(NamedTuple):
            left: str
            right: int = 0

    finally:
        for module, name, old in ((dataclasses, "exec", old_exec), (collections, "eval", old_eval)):
            if old is None:
                module.__dict__.pop(name, None)
            else:
                setattr(module, name, old)
    return Frozen, Plain, Pair


def _behaviour(Frozen, Plain, Pair) -> list:
    f = Frozen(1)
    out = [repr(f), f == Frozen(1, "x", ()), f == Frozen(2), hash(f) == hash(Frozen(1)), repr(dataclasses.replace(f, b="y"))]
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.a = 2
    p, q = Plain(1), Plain(1)
    p.items.append(3)
    out += [repr(p), repr(q), p == q, p.items is not q.items]
    t = Pair("l")
    out += [repr(t), t == ("l", 0), Pair._fields, Pair._field_defaults, repr(Pair(right=2, left="r")), repr(t._replace(right=5))]
    with pytest.raises(TypeError):
        Pair()
    return out


def test_classes_built_through_the_store_behave_as_the_builtins_build_them(fresh_store):
    builtin = _behaviour(*_define(store=False))
    first = _define()  # compiled, and kept
    assert generated._kept
    assert _behaviour(*first) == builtin
    generated._save()
    generated._kept = None
    again = _define()  # read back from the file
    assert _behaviour(*again) == builtin
    assert type(first[0].__init__.__code__) is type(again[0].__init__.__code__)
    assert first[0].__init__.__code__ == again[0].__init__.__code__  # the same code, read back


def test_every_kept_code_equals_a_fresh_compile(fresh_store):
    _define()
    generated._save()
    generated._kept = None
    kept = generated._read()
    assert len(kept) >= 5
    for (mode, source), code in kept.items():
        assert code == compile(source, "<string>", mode, dont_inherit=True), source


def test_the_command_keeps_the_code_of_the_classes_a_check_defines(tmp_path):
    env = {"XDG_CACHE_HOME": str(tmp_path), "PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    run = [sys.executable, "-m", "deckgen", "check", "--no-cache", str(SHIPPED)]
    first = subprocess.run(run, cwd=ROOT, env=env, capture_output=True, text=True)
    files = list((tmp_path / "deckgen").glob("generated-*.marshal"))
    assert len(files) == 1
    key, codes = marshal.loads(files[0].read_bytes())
    assert len(codes) > 30  # (the check's dataclasses' methods and its named tuples' __new__)
    again = subprocess.run(run, cwd=ROOT, env=env, capture_output=True, text=True)
    assert (again.returncode, again.stdout, again.stderr) == (first.returncode, first.stdout, first.stderr)


@pytest.mark.parametrize("content", [b"", b"not marshal", marshal.dumps(("another key", {("eval", "1"): 2})),
                                     marshal.dumps([1, 2])])
def test_a_corrupt_or_foreign_store_is_ignored(fresh_store, content):
    path = generated._path()
    import os

    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(content)
    assert generated._read() == {}
    assert generated.kept_eval("1 + 1", {}) == 2


def test_a_kept_value_that_is_not_code_is_compiled_again(fresh_store):
    generated._kept = {("eval", "1 + 1"): "not code"}
    assert generated.kept_eval("1 + 1", {}) == 2
    assert generated._kept[("eval", "1 + 1")] == compile("1 + 1", "<string>", "eval", dont_inherit=True)


def test_exec_and_eval_keep_the_builtins_namespaces(fresh_store):
    here = 5
    assert generated.kept_eval("here + 1") == 6  # the caller's locals, as eval takes them
    assert generated.kept_eval("  here * 2", None, {"here": 4}) == 8  # (leading blanks stripped, as eval does)
    ns: dict = {}
    generated.kept_exec("x = y + 1", {"y": 1}, ns)
    assert ns == {"x": 2}
    g: dict = {"y": 2}
    generated.kept_exec("x = y + 1", g)
    assert g["x"] == 3 and "__builtins__" in g
    code = compile("z = 1", "<string>", "exec")
    generated.kept_exec(code, g)  # code objects pass through
    assert g["z"] == 1
    assert here == 5


def test_typing_compiles_a_string_annotation_as_before(fresh_store):
    import typing

    generated.install()
    through = typing.ForwardRef("tuple[str, ...] | None")
    again = typing.ForwardRef("tuple[str, ...] | None")  # (from the kept code)
    plain = compile("tuple[str, ...] | None", "<string>", "eval", dont_inherit=True)
    assert through.__forward_code__ == plain == again.__forward_code__
    assert through == again and through._evaluate(globals(), None, frozenset()) == (tuple[str, ...] | None)
    with pytest.raises(SyntaxError):
        typing.ForwardRef("not an ( expression")
    assert generated.kept_compile("x = 1", "other.py", "exec").co_filename == "other.py"  # (anything else: the builtin's)
