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
    stored = patterns._load_kept()
    assert set(stored) >= set(pats)
    for key in pats:
        again = patterns.compile_pattern(*key)
        assert _same(again, re.compile(*key)), key
        assert again is not re.compile(*key)


def test_every_program_in_the_users_store_equals_re_compile():
    """What this machine's store holds now (written by earlier runs) builds today's patterns."""
    import _sre
    from array import array

    store = patterns._load_kept() if patterns._kept is None else patterns._kept
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
            f.write(marshal.dumps((other, {("a", 0): entry})))
        patterns._kept = None
        assert patterns._load_kept() == {}
        assert patterns.compile_pattern("a").match("a") and not patterns.compile_pattern("a").match("b")
    with open(path, "wb") as f:  # the same entry under the right key is believed: the test above can fail
        f.write(marshal.dumps((key, {("a", 0): entry})))
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
        key, programs = marshal.loads(f.read())
    assert key == patterns._KEY[0] and (r"\d+%", 0) in programs
