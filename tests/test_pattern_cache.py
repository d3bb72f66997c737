"""The compiled programs deckgen keeps between runs (patterns.compile_pattern).

A kept program is only ever used by the interpreter that made it; these tests hold
every program kept for deckgen's patterns equal to what ``re.compile`` builds today,
and every unexpected state (another key, a corrupt file, a private name missing)
to plain ``re.compile``."""

from __future__ import annotations

import marshal
import re

import pytest

from deckgen import patterns


def _all_patterns() -> list[tuple[str, int]]:
    """Every pattern deckgen's checking modules declare: module-level and lazy ones."""
    import importlib

    found: dict[tuple[str, int], None] = {}
    for name in ("binding", "people", "quantities", "speakers", "dates"):
        module = importlib.import_module(f"deckgen.{name}")
        for value in vars(module).values():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found[(value.pattern, value.flags & ~re.UNICODE)] = None
            elif isinstance(value, patterns.LazyPattern):
                found[(value.pattern, value._flags)] = None
            elif isinstance(value, patterns.GuardedPattern):
                found[(value.lazy.pattern, value.lazy._flags)] = None
    return list(found)


def _same(a: re.Pattern, b: re.Pattern) -> bool:
    # Pattern.__eq__ compares the pattern, the flags and the compiled code itself.
    return a == b and a.groupindex == b.groupindex and a.groups == b.groups


@pytest.fixture
def fresh_store(tmp_path, monkeypatch):
    """An empty store in a cache folder of the test's own."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(patterns, "_kept", None)
    monkeypatch.setattr(patterns, "_kept_new", True)  # no atexit write from the tests
    return tmp_path


def test_the_key_is_available_on_this_interpreter():
    # Without it every pattern would silently take the slow path; CPython 3.11+ has the names.
    assert patterns._KEY is not None


def test_every_pattern_kept_and_read_back_equals_re_compile(fresh_store, monkeypatch):
    pats = _all_patterns()
    assert len(pats) > 300
    made = {key: patterns.compile_pattern(*key) for key in pats}
    for key, compiled in made.items():
        assert _same(compiled, re.compile(*key)), key
    patterns._save_kept()
    monkeypatch.setattr(patterns, "_kept", None)
    stored = patterns._read_kept()
    assert set(stored) >= set(pats)
    for key in pats:
        again = patterns.compile_pattern(*key)
        assert _same(again, re.compile(*key)), key
        assert again is not re.compile(*key)


def test_every_program_in_the_users_store_equals_re_compile():
    """What this machine's store holds now (written by earlier runs, read here, never written) and
    what this suite's own store holds build today's patterns."""
    import _sre
    import os
    from array import array

    from conftest import USER_CACHE_HOME

    store = {**patterns._read_kept(), **(patterns._kept or {})}
    path = os.path.join(USER_CACHE_HOME, "deckgen", os.path.basename(patterns._kept_path(patterns._KEY[0])))
    if os.path.exists(path):
        with open(path, "rb") as f:
            key, programs = patterns._parse_store(f.read())
        if key == patterns._KEY[0]:
            store.update(programs)
    for (pattern, flags), (final, code, groups, groupindex, indexgroup) in list(store.items()):
        built = _sre.compile(pattern, final, array(patterns._KEY[1], code).tolist(), groups, groupindex, indexgroup)
        assert _same(built, re.compile(pattern, flags)), pattern


def test_a_store_of_another_interpreter_is_ignored(fresh_store):
    key = patterns._KEY[0]
    path = patterns._kept_path(key)
    import os

    os.makedirs(os.path.dirname(path), exist_ok=True)
    # "b"'s program filed under "a": a wrong pattern if it were believed
    from array import array

    final, code, groups, groupindex, indexgroup = patterns._program("b", 0)
    entry = (final, array(patterns._KEY[1], code).tobytes(), groups, groupindex, indexgroup)
    for other in (("3.99.0", *key[1:]), (*key[:4], "9.9.9")):
        with open(path, "wb") as f:
            f.write(patterns._store_bytes(other, {("a", 0): entry}))
        patterns._kept = None
        assert patterns._read_kept() == {}
        assert patterns.compile_pattern("a").match("a") and not patterns.compile_pattern("a").match("b")
    with open(path, "wb") as f:  # the same entry under the right key is believed: the test above can fail
        f.write(patterns._store_bytes(key, {("a", 0): entry}))
    patterns._kept = None
    assert patterns.compile_pattern("a").match("b")


@pytest.mark.parametrize("content", [b"", b"not marshal", marshal.dumps([1, 2, 3]), marshal.dumps(("k", "v"))])
def test_a_corrupt_store_is_ignored(fresh_store, content):
    import os

    path = patterns._kept_path(patterns._KEY[0])
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(content)
    assert _same(patterns.compile_pattern(r"(?P<n>\d+)年"), re.compile(r"(?P<n>\d+)年"))


def test_a_broken_entry_falls_back_to_re(fresh_store):
    patterns._load_kept()
    patterns._kept[("x+", 0)] = ("garbage",)
    assert _same(patterns.compile_pattern("x+"), re.compile("x+"))
    patterns._kept[("y+", 0)] = (32, b"\1\2\3\4", 0, {}, (None,))  # invalid SRE code: _sre refuses it
    assert _same(patterns.compile_pattern("y+"), re.compile("y+"))


def test_without_the_private_names_it_is_re_compile(fresh_store, monkeypatch):
    monkeypatch.setattr(patterns, "_KEY", None)
    assert patterns.compile_pattern("a|b") is re.compile("a|b")


def test_a_bad_pattern_raises_res_own_error(fresh_store):
    with pytest.raises(re.error) as raised:
        patterns.compile_pattern("(unclosed")
    with pytest.raises(re.error) as plain:
        re.compile("(unclosed")
    assert str(raised.value) == str(plain.value)


def test_the_store_is_written_atomically_and_keeps_its_key(fresh_store):
    import os

    patterns.compile_pattern(r"\d+%")
    patterns._save_kept()
    path = patterns._kept_path(patterns._KEY[0])
    assert [p for p in os.listdir(os.path.dirname(path)) if p.endswith(".tmp")] == []
    with open(path, "rb") as f:
        key, programs = patterns._parse_store(f.read())
    assert key == patterns._KEY[0] and (r"\d+%", 0) in programs


# --- the second review: the suite's own folder, concurrency, growth, a read-only home, other Pythons ---

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _entry(pattern: str, flags: int = 0):
    from array import array

    final, code, groups, groupindex, indexgroup = patterns._program(pattern, flags)
    return (final, array(patterns._KEY[1], code).tobytes(), groups, groupindex, indexgroup)


def _write_store(programs: dict) -> str:
    path = patterns._kept_path(patterns._KEY[0])
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(patterns._store_bytes(patterns._KEY[0], programs))
    return path


def test_the_suite_never_writes_to_the_users_cache_folder():
    from conftest import TEST_CACHE_HOME, USER_CACHE_HOME

    assert os.environ["XDG_CACHE_HOME"] == TEST_CACHE_HOME != USER_CACHE_HOME
    assert patterns._kept_path(patterns._KEY[0]).startswith(TEST_CACHE_HOME + os.sep)


def test_a_save_keeps_what_another_process_wrote_meanwhile(fresh_store, monkeypatch):
    patterns._load_kept()  # this process read an empty store
    monkeypatch.setattr(patterns, "_used", set())
    patterns.compile_pattern("mine+")
    _write_store({("theirs+", 0): _entry("theirs+")})  # another deckgen ended first
    patterns._save_kept()
    assert set(patterns._read_kept()) == {("mine+", 0), ("theirs+", 0)}


def test_processes_saving_at_once_leave_one_valid_store(fresh_store):
    script = (
        "import sys; from deckgen import patterns\n"
        "n = int(sys.argv[1])\n"
        "for i in range(40): patterns.compile_pattern(f'p{n}x{i}[0-9]+')\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_CACHE_HOME=str(fresh_store))
    runs = [subprocess.Popen([sys.executable, "-c", script, str(n)], env=env) for n in range(6)]
    assert [r.wait(timeout=120) for r in runs] == [0] * 6
    folder = os.path.dirname(patterns._kept_path(patterns._KEY[0]))
    assert [p for p in os.listdir(folder) if p.endswith(".tmp")] == []
    stored = patterns._read_kept()
    assert len(stored) >= 40  # at least the last writer's, whole (each merges what it finds)
    for (pattern, flags) in stored:
        assert pattern.startswith("p") and _same(patterns.compile_pattern(pattern, flags), re.compile(pattern, flags))


def test_a_full_store_keeps_this_runs_patterns_and_stays_bounded(fresh_store, monkeypatch):
    monkeypatch.setattr(patterns, "_KEPT_MAX", 5)
    monkeypatch.setattr(patterns, "_used", set())
    _write_store({(f"old{i}", 0): _entry(f"old{i}") for i in range(5)})  # a pattern since changed, say
    patterns._load_kept()
    for i in range(3):
        patterns.compile_pattern(f"new{i}")
    patterns._save_kept()
    stored = patterns._read_kept()
    assert len(stored) == 5 and {("new0", 0), ("new1", 0), ("new2", 0)} <= set(stored)


def test_no_pattern_built_from_card_text_can_reach_the_store():
    """Only patterns written in deckgen's source are kept: every call that keeps one is at module
    level (a call inside a function could be handed a card's text)."""
    import ast

    makers = {"compile_pattern", "lazy", "LazyPattern", "GuardedPattern"}
    inside = []
    for path in sorted((ROOT / "deckgen").glob("*.py")):
        if path.name == "patterns.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for scope in ast.walk(tree):
            if isinstance(scope, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
                for node in ast.walk(scope):
                    if isinstance(node, ast.Call):
                        f = node.func
                        name = f.id if isinstance(f, ast.Name) else getattr(f, "attr", None)
                        if name in makers:
                            inside.append(f"{path.name}:{node.lineno}")
    assert inside == []


def test_a_failed_write_leaves_no_temporary_file_and_raises_nothing(fresh_store, monkeypatch):
    patterns.compile_pattern(r"\d+x")

    def refuse(*args):
        raise OSError("read-only file system")

    monkeypatch.setattr(os, "replace", refuse)
    patterns._save_kept()
    folder = os.path.dirname(patterns._kept_path(patterns._KEY[0]))
    assert os.listdir(folder) == []


def test_a_cache_folder_that_cannot_be_made_changes_nothing(tmp_path):
    """A read-only home: the store cannot be written (here its folder is under a plain file, which
    refuses even root); the check's output and exit code are those of a run with a store."""
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    args = [sys.executable, "-m", "deckgen", "check", "--format", "json", "--no-cache", "cards/h20-export.yaml"]
    runs = []
    for home in (blocked / "cache", tmp_path / "cache", tmp_path / "cache"):  # none, writes one, reads it
        env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_CACHE_HOME=str(home))
        runs.append(subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300))
    assert [r.stderr for r in runs] == ["", "", ""]
    assert runs[0].stdout == runs[1].stdout == runs[2].stdout and runs[0].stdout.strip()
    assert runs[0].returncode == runs[1].returncode == runs[2].returncode
    assert not (blocked / "cache").exists() and (tmp_path / "cache" / "deckgen").is_dir()


@pytest.mark.parametrize("missing", [("re._compiler", "_code"), ("re._parser", "parse"), ("_sre", "compile"), ("_sre", "MAGIC")])
def test_without_a_private_name_there_is_no_key(monkeypatch, missing):
    """Python 3.10 has no re._compiler; a later Python may rename any of these."""
    import importlib

    monkeypatch.delattr(importlib.import_module(missing[0]), missing[1])
    assert patterns._kept_key() is None


def test_a_check_without_the_private_names_is_the_same(tmp_path):
    """The fallback end to end: a deckgen whose Python lacks _sre.MAGIC (re itself needs the other
    names) checks the shipped deck exactly as one with the store does."""
    args = ["-m", "deckgen", "check", "--format", "json", "--no-cache", "cards/h20-export.yaml"]
    hide = "import _sre, runpy, sys; del _sre.MAGIC; sys.argv = ['deckgen', *sys.argv[1:]]; runpy.run_module('deckgen', run_name='__main__')"
    env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_CACHE_HOME=str(tmp_path))
    plain = subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    hidden = subprocess.run([sys.executable, "-c", hide, *args[2:]], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert hidden.stderr == "" and hidden.stdout == plain.stdout and hidden.returncode == plain.returncode
    stores = [n for n in os.listdir(tmp_path / "deckgen") if n.startswith("patterns-")]
    assert os.listdir(tmp_path) == ["deckgen"] and len(stores) == 1  # only the plain run's store (folding keeps its own)


def _other_pythons() -> list[str]:
    """This interpreter and any other CPython 3.10+ on the machine (pyenv's), to run patterns.py alone."""
    found = [sys.executable]
    versions = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    for v in sorted(versions.glob("3.1[0-9]*")) if versions.is_dir() else []:
        exe = v / "bin" / "python"
        if exe.exists() and not v.name.startswith(f"{sys.version_info[0]}.{sys.version_info[1]}."):
            found.append(str(exe))
    return found


@pytest.mark.parametrize("python", _other_pythons())
def test_every_pattern_under_each_python_on_the_machine(python, tmp_path):
    """deckgen.patterns needs nothing but the standard library, so each Python here (3.10 to 3.13 on
    the shared machine) builds every deckgen pattern through the store, and read back from it,
    equal to its own re.compile (3.10: no store, plain re.compile)."""
    pats = _all_patterns()
    (tmp_path / "pats").write_bytes(marshal.dumps([(p, int(f)) for p, f in pats]))
    script = (
        "import marshal, re, sys\nfrom deckgen import patterns\n"
        "pats = marshal.loads(open(sys.argv[1], 'rb').read())\n"
        "same = lambda a, b: a == b and a.groupindex == b.groupindex and a.groups == b.groups\n"
        "bad = [p for p, f in pats if not same(patterns.compile_pattern(p, f), re.compile(p, f))]\n"
        "if patterns._KEY: patterns._save_kept(); patterns._kept = None; assert len(patterns._read_kept()) >= len(pats)\n"
        "bad += [p for p, f in pats if not same(patterns.compile_pattern(p, f), re.compile(p, f))]\n"
        "print(sys.version_info[:2] >= (3, 11), patterns._KEY is not None, len(bad))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_CACHE_HOME=str(tmp_path))
    done = subprocess.run([python, "-c", script, str(tmp_path / "pats")], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    new_enough, keyed, bad = done.stdout.split()
    assert keyed == new_enough and bad == "0"


def test_the_patterns_kept_are_the_same_whatever_the_hash_seed(tmp_path):
    """A pattern joined from a set's words in the set's order was a new pattern at each run (the order follows
    PYTHONHASHSEED): each run compiled it again, and added it to the store, which grew by three programs a run
    (2.4 MB after an afternoon). The patterns a check keeps are the same under any seed."""
    script = (
        "import hashlib, marshal, deckgen\nfrom deckgen import patterns\n"
        "from conftest import SHIPPED\n"
        "deckgen.run_check([str(SHIPPED)])\n"
        "print(len(patterns._used), hashlib.sha256(marshal.dumps(sorted(patterns._used))).hexdigest())\n"
    )
    outs = []
    for seed in ("1", "2", "3"):
        env = dict(os.environ, PYTHONPATH=f"{ROOT}{os.pathsep}{ROOT / 'tests'}", PYTHONHASHSEED=seed,
                   XDG_CACHE_HOME=str(tmp_path / seed))
        done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        outs.append(done.stdout)
    assert int(outs[0].split()[0]) > 200 and outs[0] == outs[1] == outs[2]


# --- the store's index: each program read when its pattern is asked for ---


def test_the_store_is_read_by_its_index_only_the_programs_asked_for(fresh_store, monkeypatch):
    monkeypatch.setattr(patterns, "_used", set())
    _write_store({(f"w{i}+", 0): _entry(f"w{i}+") for i in range(20)})
    assert patterns._load_kept() == {} and len(patterns._index) == 20  # (the index: no program read yet)
    assert _same(patterns.compile_pattern("w3+"), re.compile("w3+"))
    assert set(patterns._kept) == {("w3+", 0)}
    assert set(patterns._read_kept()) == {(f"w{i}+", 0) for i in range(20)}


def test_a_program_filed_at_another_patterns_slot_is_never_used(fresh_store):
    """Two patterns may share a slot of the index (a 32-bit checksum): the program there names its own pattern,
    and a pattern whose slot holds another's is compiled by re."""
    path = _write_store({("b", 0): _entry("b")})
    with open(path, "rb") as f:
        key, index, body = patterns._open_store(f.read())
    head = marshal.dumps((key, {patterns._slot("a", 0): 0}))  # "a"'s slot holds "b"'s program
    with open(path, "wb") as f:
        f.write(len(head).to_bytes(8, "little") + head + bytes(body))
    patterns._kept = None
    a = patterns.compile_pattern("a")
    assert a.match("a") and not a.match("b")


def test_the_store_file_round_trips(fresh_store):
    programs = {(p, f): _entry(p, f) for p, f in (("x+", 0), ("年", 0), ("(?i)abc", 0), ("y", int(re.IGNORECASE)))}
    key, read = patterns._parse_store(patterns._store_bytes(patterns._KEY[0], programs))
    assert key == patterns._KEY[0] and read == programs
    for content in (b"", b"\x05\0\0\0\0\0\0\0abc", patterns._store_bytes(patterns._KEY[0], programs)[:-3]):
        with pytest.raises(Exception):
            patterns._parse_store(content)
