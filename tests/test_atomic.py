"""Writes are atomic: a failing or killed build leaves the previous .apkg and lock intact.

``build`` writes each file to a temporary file beside its target and renames it
over the target. A build killed at any moment leaves, under the final name,
either the old file or the complete new one, never a part.
"""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from deckgen.errors import DeckgenError
from deckgen import lock as lock_module
from deckgen.build import run_build
from deckgen.cli import main
from deckgen.lock import write_atomic

REPO = Path(__file__).resolve().parent.parent

DECK = """\
deck:
  id: {id}
  name: Atomic
  source:
    file: src.txt
cards:
"""
CARD = """\
  - id: c{i}
    q: What is the value of item {i}?
    a: v{i}
    cite: Item {i} has the value v{i}
"""


def make_deck(folder: Path, cards: int, deck_id: str = "atomic", extra: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "src.txt").write_text("".join(f"Item {i} has the value v{i} in this line.\n" for i in range(cards)), encoding="utf-8")
    path = folder / "deck.yaml"
    path.write_text(DECK.format(id=deck_id) + "".join(CARD.format(i=i) for i in range(cards)) + extra, encoding="utf-8")
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def old_build(folder: Path, cards: int = 3, deck_id: str = "atomic") -> tuple[Path, bytes, Path, bytes]:
    """Build a small deck: the 'previous' .apkg and lock that must survive."""
    make_deck(folder, cards, deck_id)
    report = run_build([str(folder / "deck.yaml")], folder / "out", now=1_700_000_000)
    assert report.success, report.check.problems()
    apkg, lock = folder / "out" / f"{deck_id}.apkg", folder / "deck.lock.json"
    return apkg, apkg.read_bytes(), lock, lock.read_bytes()


def deckgen(folder: Path, *args: str, prelude: str = "") -> subprocess.Popen:
    """``deckgen ARGS`` in a child process (with ``prelude`` run first)."""
    code = prelude + "\nimport sys\nsys.argv[0] = 'deckgen'\nfrom deckgen.cli import main\nmain()\n"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=folder,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def wait_for(predicate, timeout: float = 60.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.005)
    return False


def is_complete_apkg(data: bytes) -> bool:
    import io

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return z.testzip() is None and "collection.anki2" in z.namelist()
    except zipfile.BadZipFile:
        return False


def test_build_killed_while_writing_leaves_old_apkg_and_lock(tmp_path):
    """SIGKILL while the new .apkg is half on disk (its fsync held up): the old bytes stay."""
    apkg, old_apkg, lock, old_lock = old_build(tmp_path)
    make_deck(tmp_path, 5)  # two more cards: the new build differs
    signal_file = tmp_path / "writing"
    prelude = textwrap.dedent(
        f"""
        import os, time
        _fsync = os.fsync
        def slow_fsync(fd):
            open({str(signal_file)!r}, "w").close()
            time.sleep(120)  # a very slow disk: the kill comes now
            _fsync(fd)
        os.fsync = slow_fsync
        """
    )
    child = deckgen(tmp_path, "build", "deck.yaml", "-o", "out", prelude=prelude)
    try:
        assert wait_for(lambda: signal_file.exists() or child.poll() is not None), "the build never started writing"
        assert child.poll() is None, child.stderr.read().decode()
        temps = list(apkg.parent.glob(f".{apkg.name}.*.tmp"))
        assert len(temps) == 1, "the build writes to a temporary file beside the target"
        assert temps[0].stat().st_size > 0
        assert apkg.read_bytes() == old_apkg  # the target is untouched while the new one is written
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    assert apkg.read_bytes() == old_apkg
    assert lock.read_bytes() == old_lock
    assert sorted(p.name for p in apkg.parent.iterdir() if not p.name.endswith(".tmp")) == [apkg.name]
    # the next build succeeds and replaces both
    report = run_build([str(tmp_path / "deck.yaml")], tmp_path / "out")
    assert report.success
    assert apkg.read_bytes() != old_apkg and is_complete_apkg(apkg.read_bytes())
    assert set(json.loads(lock.read_text(encoding="utf-8"))["cards"]) == {f"c{i}" for i in range(5)}


def test_build_killed_at_any_moment_leaves_old_or_new_never_part(tmp_path):
    """A large generated deck, SIGKILLed after ever longer delays until a build gets to finish.

    Early kills land while Python starts and the deck is read, later ones while
    it is checked, packaged and written: after each, the final name holds the
    old .apkg or a complete new one, and the lock is the old one or a complete one.
    """
    apkg, old_apkg, lock, old_lock = old_build(tmp_path, cards=1, deck_id="big")
    make_deck(tmp_path, 3000, deck_id="big")
    delay, killed, finished = 0.1, 0, False
    while not finished:
        assert delay < 120, "the build never finished"
        apkg.write_bytes(old_apkg)
        lock.write_bytes(old_lock)
        child = deckgen(tmp_path, "build", "deck.yaml", "-o", "out")
        try:
            child.wait(timeout=delay)
            finished = True
        except subprocess.TimeoutExpired:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
        err = child.stderr.read().decode()
        child.stderr.close()
        if finished:
            assert child.returncode == 0, err
        else:
            killed += child.returncode == -signal.SIGKILL
        data = apkg.read_bytes()
        assert data == old_apkg or is_complete_apkg(data), f"partial .apkg after a kill at {delay:.2f} s"
        lock_data = json.loads(lock.read_text(encoding="utf-8"))  # never a partial lock either
        assert lock.read_bytes() == old_lock or (lock_data["deck"] == "big" and len(lock_data["cards"]) == 3000)
        names = {p.name for p in apkg.parent.iterdir() if not p.name.endswith(".tmp")}
        assert names == {apkg.name}
        delay *= 1.6
    assert killed >= 3
    assert apkg.read_bytes() != old_apkg and is_complete_apkg(apkg.read_bytes())  # the last build replaced it


def test_build_that_fails_validation_leaves_old_apkg_and_lock(tmp_path, monkeypatch):
    apkg, old_apkg, lock, old_lock = old_build(tmp_path)
    deck = tmp_path / "deck.yaml"
    deck.write_text(deck.read_text(encoding="utf-8") + "  - id: c0\n    q: again\n    a: v0\n    cite: Item 0 has the value v0\n", encoding="utf-8")
    before = snapshot(tmp_path)
    report = run_build([str(deck)], tmp_path / "out")
    assert not report.success and not report.built
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["build", "deck.yaml", "-o", "out"])
    assert result.exit_code == 1
    assert "deck.yaml:19:5: DG001 duplicate card id 'c0' (first at line 7)" in result.output
    assert snapshot(tmp_path) == before
    assert apkg.read_bytes() == old_apkg and lock.read_bytes() == old_lock


def test_build_with_an_ungrounded_card_leaves_old_apkg_and_lock(tmp_path, monkeypatch):
    apkg, old_apkg, lock, old_lock = old_build(tmp_path)
    deck = tmp_path / "deck.yaml"
    deck.write_text(deck.read_text(encoding="utf-8").replace("cite: Item 1 has", "cite: Item 1 had"), encoding="utf-8")
    before = snapshot(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["build", "deck.yaml", "-o", "out"])
    assert result.exit_code == 1
    assert "DG101" in result.output
    after = snapshot(tmp_path)
    cached = [name for name in after if name.startswith("build/.cache/check/")]
    assert len(cached) == 1, after.keys()  # the check's cache is kept, and nothing else is written
    assert {k: v for k, v in after.items() if k not in cached} == before


def test_write_that_fails_leaves_old_file_and_no_temp(tmp_path, monkeypatch):
    """A full disk during the write: the error surfaces, the old .apkg and lock stay, no temp file is left."""
    apkg, old_apkg, lock, old_lock = old_build(tmp_path)
    make_deck(tmp_path, 5)

    def full_disk(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(lock_module.os, "fsync", full_disk)
    with pytest.raises(DeckgenError, match=r"cannot write .*atomic\.apkg: No space left on device"):
        run_build([str(tmp_path / "deck.yaml")], tmp_path / "out")
    assert apkg.read_bytes() == old_apkg
    assert lock.read_bytes() == old_lock
    assert [p.name for p in apkg.parent.iterdir()] == [apkg.name]
    assert not list(tmp_path.glob(".*.tmp"))


def test_rename_that_fails_leaves_old_file_and_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "x.apkg"
    target.write_bytes(b"old")

    def broken(src, dst):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(lock_module.os, "replace", broken)
    with pytest.raises(OSError):
        write_atomic(target, b"new" * 1000)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["x.apkg"]


def test_interrupt_during_write_leaves_old_file_and_no_temp(tmp_path, monkeypatch):
    """Ctrl-C (KeyboardInterrupt) in the middle of a write is cleaned up like any error."""
    target = tmp_path / "x.apkg"
    target.write_bytes(b"old")

    def interrupted(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(lock_module.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["x.apkg"]


def test_write_replaces_whole_file_with_usual_mode(tmp_path):
    target = tmp_path / "x.apkg"
    target.write_bytes(b"old contents that are longer than the new")
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask
    assert [p.name for p in tmp_path.iterdir()] == ["x.apkg"]
