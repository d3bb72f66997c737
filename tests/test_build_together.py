"""A build of several decks is all or nothing: every .apkg and lock is written beside its
target first and renamed into place only when all are written; decks that would overwrite
each other are refused before anything is written."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from deckgen.build import run_build
from deckgen.check import run_check
from deckgen.errors import DeckgenError

from conftest import write_deck

REPO = Path(__file__).resolve().parent.parent
T1, T2 = 1_700_000_000, 1_700_086_400


def deck(folder: Path, deck_id: str, extra: str = "") -> Path:
    return write_deck(
        folder,
        f"""
        deck: {{id: {deck_id}, name: {deck_id}, source: {{file: sources/src.txt, title: T}}}}
        cards:
          - {{id: price, q: 新款手機售價多少？, a: 999美元, cite: 售價999美元}}
        {extra}
        """,
    )


def snapshot(*folders: Path) -> dict[str, bytes]:
    """Every file under ``folders``, by path: what a failed build must leave exactly as it was."""
    return {str(p): p.read_bytes() for f in folders for p in sorted(f.rglob("*")) if p.is_file()}


def two_built_decks(tmp_path: Path) -> tuple[Path, Path, Path]:
    a, b = deck(tmp_path / "a", "alpha"), deck(tmp_path / "b", "beta")
    out = tmp_path / "out"
    assert run_build([str(a), str(b)], out, now=T1).success
    return a, b, out


def reword(path: Path) -> None:
    path.write_text(path.read_text(encoding="utf-8").replace("售價多少", "賣多少錢"), encoding="utf-8")


@pytest.fixture
def immutable():
    """chattr +i: a real folder nobody may write in, root included (root ignores modes)."""
    made = []

    def make(folder: Path) -> None:
        if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
            pytest.skip("chattr +i is not available here (needs CAP_LINUX_IMMUTABLE and ext4/xfs/btrfs)")
        made.append(folder)

    yield make
    for folder in made:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


def test_a_lock_that_cannot_be_written_changes_no_deck(tmp_path, immutable):
    a, b, out = two_built_decks(tmp_path)
    reword(a), reword(b)
    before = snapshot(tmp_path / "a", tmp_path / "b", out)
    immutable(tmp_path / "b")  # the second deck's lock cannot be written
    with pytest.raises(DeckgenError, match="cannot write the lock file"):
        run_build([str(a), str(b)], out, now=T2)
    assert snapshot(tmp_path / "a", tmp_path / "b", out) == before  # the first deck's .apkg and lock too
    assert not [p for p in tmp_path.rglob("*.tmp")]


@pytest.fixture
def tiny_filesystem(tmp_path):
    """A real 64 KiB file system (tmpfs): nothing more fits in it."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)], capture_output=True).returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root in a namespace that allows it)")
    yield mount
    subprocess.run(["umount", str(mount)], check=True)


def test_a_full_disk_changes_nothing_and_leaves_no_temporary_file(tmp_path, tiny_filesystem):
    a, b = deck(tmp_path / "a", "alpha"), deck(tmp_path / "b", "beta")
    (tiny_filesystem / "alpha.apkg").write_bytes(b"the old package")
    (tiny_filesystem / "filler").write_bytes(b"x" * 60_000)  # the rest of the room
    before = snapshot(tmp_path / "a", tmp_path / "b", tiny_filesystem)
    with pytest.raises(DeckgenError, match="cannot write .*: No space left on device"):
        run_build([str(a), str(b)], tiny_filesystem, now=T1)
    assert snapshot(tmp_path / "a", tmp_path / "b", tiny_filesystem) == before  # no lock written either
    assert sorted(p.name for p in tiny_filesystem.iterdir()) == ["alpha.apkg", "filler"]


def test_a_full_temporary_folder_is_a_one_line_error(tmp_path, tiny_filesystem):
    source = "".join(f"第{n}段：售價{n}美元。\n" for n in range(1, 400))
    cards = "\n".join(f"  - {{id: c{n}, q: 第{n}段的售價？, a: {n}美元, cite: 第{n}段：售價{n}美元}}" for n in range(1, 400))
    path = write_deck(tmp_path / "d", f"deck: {{id: big, name: Big, source: {{file: sources/src.txt, title: T}}}}\ncards:\n{cards}\n", source=source)
    (tiny_filesystem / "filler").write_bytes(b"x" * 60_000)
    env = {**os.environ, "TMPDIR": str(tiny_filesystem), "PYTHONPATH": str(REPO)}
    run = subprocess.run([sys.executable, "-m", "deckgen", "build", str(path), "-o", str(tmp_path / "out")], capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 1
    assert run.stderr.count("\n") == 1 and run.stderr.startswith("error: cannot write the collection of big.apkg"), run.stderr
    assert "full" in run.stderr and "Traceback" not in run.stderr
    assert [p.name for p in tiny_filesystem.iterdir()] == ["filler"]  # the deckgen-* folder is gone


def test_sigterm_leaves_no_temporary_file_or_folder(tmp_path):
    n = 20_000  # big enough that the build is still writing when it is stopped
    source = "".join(f"第{i}段：售價{i}美元。\n" for i in range(n))
    cards = "\n".join(f"  - {{id: c{i}, q: 第{i}段的售價？, a: {i}美元, cite: 第{i}段：售價{i}美元}}" for i in range(n))
    path = write_deck(tmp_path / "d", f"deck: {{id: big, name: Big, source: {{file: sources/src.txt, title: T}}}}\ncards:\n{cards}\n", source=source)
    temp = tmp_path / "temp"
    temp.mkdir()
    out = tmp_path / "out"
    env = {**os.environ, "TMPDIR": str(temp), "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-m", "deckgen", "build", str(path), "-o", str(out)], env=env, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 900  # (a wait, not a timing: a shared machine's load may make the check take minutes)
    while not any(temp.iterdir()) and time.monotonic() < deadline and proc.poll() is None:  # the collection is being written
        time.sleep(0.01)
    assert any(temp.iterdir()), "the build never started writing"
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=60)
    assert proc.returncode == 128 + signal.SIGTERM
    assert list(temp.iterdir()) == []  # no deckgen-* folder
    assert not [p for p in tmp_path.rglob("*.tmp")] and not (path.parent / "deck.lock.json").exists()
    assert not out.exists() or list(out.iterdir()) == []


@pytest.mark.parametrize("maker", ["mkdtemp", "mkstemp"])
def test_a_stop_the_moment_a_temporary_file_or_folder_is_made_leaves_none(tmp_path, monkeypatch, maker):
    """SIGTERM sent the moment the build's temporary folder (or a staged file beside its target) exists, before the
    code that removes it on the way out has its name: the build stops as SIGTERM stops it, and nothing is left."""
    import tempfile

    from deckgen.cli import terminated_as_exit

    path = deck(tmp_path / "d", "one")
    made, real = [], getattr(tempfile, maker)

    def made_then_stopped(*args, **kwargs):
        result = real(*args, **kwargs)
        made.append(result if maker == "mkdtemp" else result[1])
        os.kill(os.getpid(), signal.SIGTERM)
        return result

    monkeypatch.setattr(tempfile, maker, made_then_stopped)
    before = snapshot(tmp_path)
    with pytest.raises(SystemExit) as stopped, terminated_as_exit():
        run_build([str(path)], tmp_path / "out")
    assert stopped.value.code == 128 + signal.SIGTERM
    assert made and not [m for m in made if os.path.exists(m)]
    assert snapshot(tmp_path) == before


def test_two_decks_with_one_id_are_refused_naming_both(tmp_path):
    first, second = deck(tmp_path / "a", "same"), deck(tmp_path / "b", "same")
    report = run_build([str(first), str(second)], tmp_path / "out")
    assert not report.success and not (tmp_path / "out").exists()
    (problem,) = report.check.errors()
    assert problem.code == "DG003" and problem.path == str(second)
    assert f"deck id 'same' is also the id of {first}" in problem.message


def test_two_deck_files_sharing_a_lock_are_refused(tmp_path):
    yaml = deck(tmp_path, "one")
    (tmp_path / "deck.yml").write_text(yaml.read_text(encoding="utf-8").replace("id: one", "id: two"), encoding="utf-8")
    report = run_check([str(tmp_path)])
    (problem,) = report.errors()
    assert problem.code == "DG003" and "would share the lock file deck.lock.json" in problem.message
