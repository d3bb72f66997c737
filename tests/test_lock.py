"""The lock file is read as defensively as a deck: any lock on disk gives a one-line
``path:1:1:`` error from check, build and diff, never a traceback, a hang or a
value Anki cannot store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from deckgen.build import run_build
from deckgen.cli import main
from deckgen.lock import MAX_MOD, lock_path, read_lock

from conftest import FACT_DECK, write_deck

T1 = 1_700_000_000


@pytest.fixture
def built(tmp_path, monkeypatch):
    """A small deck with a good lock, run from its folder: the deck's path."""
    monkeypatch.chdir(tmp_path)
    deck = write_deck(tmp_path / "cards", FACT_DECK)
    assert run_build([str(deck)], tmp_path / "out", now=T1).success
    return deck


def good(deck: Path) -> dict:
    return json.loads(lock_path(deck).read_text(encoding="utf-8"))


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def refused_everywhere(deck: Path, says: str) -> None:
    """check, build and diff each exit 1 with one line at lock:1:1, and build writes nothing."""
    name = "cards/deck.lock.json:1:1: "
    check = run("check", "cards")
    assert check.exit_code == 1, check.output
    assert f"{name}DG001 " in check.output and says in check.output, check.output
    build = run("build", "cards", "-o", "out2")  # build runs the same check: the same finding, then it refuses
    assert build.exit_code == 1 and isinstance(build.exception, SystemExit), build.output
    assert build.output.startswith(f"{name}DG001 ") and says in build.output.splitlines()[0], build.output
    assert build.output.splitlines()[-1] == "error: not building: fix the findings above first"
    diff = run("diff", "cards")
    assert diff.exit_code == 1 and isinstance(diff.exception, SystemExit), diff.output
    assert diff.output.count("\n") == 1 and diff.output.startswith(f"error: {name}"), diff.output
    assert says in diff.output
    assert not Path("out2").exists()


# Numbers JSON (or Python's reader of it) lets through and Anki cannot store.
OUT_OF_RANGE = {
    "Infinity": "mod",
    "-Infinity": "note_type_mod",
    "NaN": "mod",
    "1e400": "mod",
    "-1e400": "note_type_mod",
    "1.5": "mod",
    "-1": "mod",
    str(10**30): "mod",
    str(2**62): "mod",
    str(MAX_MOD + 1): "note_type_mod",
    "true": "mod",
    '"1700000000"': "mod",
    "null": "note_type_mod",
}


@pytest.mark.parametrize("number", OUT_OF_RANGE)
def test_a_time_anki_cannot_store_is_refused_by_check_build_and_diff(built, number):
    data = good(built)
    text = json.dumps(data)
    key = OUT_OF_RANGE[number]
    if key == "mod":
        text = text.replace(f'"mod": {data["cards"]["crowd"]["mod"]}', f'"mod": {number}', 1)
    else:
        text = text.replace(f'"note_type_mod": {data["note_type_mod"]}', f'"note_type_mod": {number}', 1)
    assert number in text
    lock_path(built).write_text(text, encoding="utf-8")
    says = "unreadable (it is not valid JSON)" if number in ("Infinity", "-Infinity", "NaN") else "malformed"
    refused_everywhere(built, says)


def test_the_largest_time_is_accepted_and_builds(built):
    data = good(built)
    data["cards"]["crowd"]["mod"] = MAX_MOD - 1
    lock_path(built).write_text(json.dumps(data), encoding="utf-8")
    result = run("build", "cards", "-o", "out")
    assert result.exit_code == 0, result.output
    assert read_lock(lock_path(built)).cards["crowd"].mod == MAX_MOD - 1


def test_values_printed_from_a_lock_are_ids_not_arbitrary_text(built):
    data = good(built)
    data["cards"]["x\x1b[2Jy"] = {"hash": "0123456789abcdef", "mod": T1}
    lock_path(built).write_text(json.dumps(data), encoding="utf-8")
    refused_everywhere(built, "a key of 'cards' is not a card id")


def test_a_lock_nested_past_the_recursion_limit_is_an_error(built):
    lock_path(built).write_text("[" * 200_000, encoding="utf-8")
    refused_everywhere(built, "unreadable (it is not valid JSON)")


def test_a_lock_that_is_a_fifo_is_not_opened(built):
    path = lock_path(built)
    path.unlink()
    os.mkfifo(path)
    # Each command in a second process with a timeout: opening a FIFO for
    # reading blocks until a writer comes, so a reader that opens it hangs.
    for args in (("check", "cards"), ("build", "cards", "-o", "out2"), ("diff", "cards")):
        proc = subprocess.run(
            [sys.executable, "-m", "deckgen", *args],
            capture_output=True, text=True, timeout=60, cwd=built.parent.parent,
            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)},
        )
        assert proc.returncode == 1, proc.stderr
        assert "cards/deck.lock.json:1:1: " in proc.stdout + proc.stderr
        assert "lock file is unreadable (it is not a regular file)" in proc.stdout + proc.stderr
        assert "Traceback" not in proc.stderr


def test_a_lock_linked_to_dev_zero_is_not_read(built):
    path = lock_path(built)
    path.unlink()
    path.symlink_to("/dev/zero")
    refused_everywhere(built, "lock file is a link to a file outside its folder")


def test_a_lock_linked_outside_the_repository_is_not_read(built, tmp_path_factory):
    secret = tmp_path_factory.mktemp("elsewhere") / "secrets.json"
    secret.write_text(json.dumps({"deck": "small", "note_type": "x", "cards": {"api-token-abc": {"hash": "h", "mod": 1}}}))
    path = lock_path(built)
    path.unlink()
    path.symlink_to(secret)
    refused_everywhere(built, "outside its folder")
    assert "api-token" not in run("diff", "cards").output


def test_a_lock_over_the_size_limit_is_refused_unread(built, monkeypatch):
    from deckgen import files

    monkeypatch.setattr(files, "MAX_LOCK_BYTES", 100)
    refused_everywhere(built, "over the 100-byte limit for a lock")


def test_a_lock_of_another_version_is_refused(built):
    data = good(built)
    data["version"] = 2
    lock_path(built).write_text(json.dumps(data), encoding="utf-8")
    refused_everywhere(built, "malformed: it is version 2")


def _dumped(lock) -> str:
    """The lock's text as deckgen wrote it before it was written a piece at a time."""
    data = {"version": 1, "deck": lock.deck, "note_type": lock.note_type, "note_type_mod": lock.note_type_mod}
    if lock.sources:
        data["sources"] = [s.to_json() for s in lock.sources]
    data["cards"] = {cid: e.to_json() for cid, e in sorted(lock.cards.items())}
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def test_a_lock_written_in_pieces_is_the_text_json_dumps_makes():
    import dataclasses
    import io

    shipped = read_lock(Path(__file__).resolve().parent.parent / "cards" / "h20-export.lock.json")
    assert shipped is not None and shipped.cards and shipped.sources
    (some_id, entry) = next(iter(shipped.cards.items()))
    # a lock large enough to be written in many pieces, card ids in no order, some cites recorded
    many = {f"{some_id}-{n:05d}" if n % 3 else f"z{n}": entry for n in range(30_000, 0, -1)}
    large = dataclasses.replace(shipped, cards={**shipped.cards, **many})
    for lock in (shipped, large):
        out = io.BytesIO()
        lock.write_json(out)
        assert out.getvalue() == _dumped(lock).encode("utf-8")
        assert lock.to_json() == _dumped(lock)
    committed = (Path(__file__).resolve().parent.parent / "cards" / "h20-export.lock.json").read_text(encoding="utf-8")
    assert shipped.to_json() == committed


def _git(*args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], check=True, capture_output=True)


def test_a_lock_left_in_a_merge_conflict_says_so_and_how_to_keep_every_time(built):
    """Two authors add a card each to one deck: git's merge leaves conflict markers in the lock.
    Deleting it (the advice for a broken lock) would give every card a new time, and Anki would
    replace learners' edits of every note; taking either side and building keeps every time."""
    lock = lock_path(built)
    _git("init", "-q", "-b", "main")
    Path(".gitignore").write_text("out*/\n", encoding="utf-8")
    _git("add", "-A")
    _git("commit", "-qm", "v1")
    first = good(built)["cards"]

    def add_card(card_id: str, now: int) -> None:
        built.write_text(built.read_text(encoding="utf-8")
                         + f"  - id: {card_id}\n    q: How many people did the launch draw ({card_id})?\n"
                           "    a: 10,000 people\n    cite: the launch drew 10,000 people\n", encoding="utf-8")
        assert run_build([str(built)], Path("out"), now=now).success
        _git("commit", "-qam", card_id)

    _git("checkout", "-qb", "colleague")
    add_card("zb-theirs", T1 + 100)
    _git("checkout", "-q", "main")
    add_card("za-ours", T1 + 200)
    merge = subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", "merge", "colleague"],
                           capture_output=True, text=True)
    assert merge.returncode == 1 and "CONFLICT" in merge.stdout and "<<<<<<<" in lock.read_text(encoding="utf-8")
    marker = lock.read_text(encoding="utf-8").splitlines().index(
        next(line for line in lock.read_text(encoding="utf-8").splitlines() if line.startswith("<<<<<<<"))) + 1
    # the deck file's own conflict, resolved by keeping both cards
    built.write_text(textwrap.dedent(FACT_DECK).lstrip("\n") + "".join(
        f"  - id: {card_id}\n    q: How many people did the launch draw ({card_id})?\n"
        "    a: 10,000 people\n    cite: the launch drew 10,000 people\n" for card_id in ("za-ours", "zb-theirs")), encoding="utf-8")

    check = run("check", "cards")
    assert check.exit_code == 1, check.output
    first_line = check.output.splitlines()[0]
    assert first_line.startswith(f"cards/deck.lock.json:{marker}:1: DG001 lock file has unresolved merge conflict markers"), check.output
    assert "delete it and run" not in check.output and "git checkout --ours cards/deck.lock.json" in first_line
    build = run("build", "cards", "-o", "out2")
    assert build.exit_code == 1 and "merge conflict" in build.output and not Path("out2").exists()
    diff = run("diff", "cards")
    assert diff.exit_code == 1 and "merge conflict" in diff.output and diff.output.count("\n") == 1

    # what the message says to do: keep either side, then build
    _git("checkout", "--ours", "cards/deck.lock.json")
    assert run_build(["cards"], Path("out3"), now=T1 + 300).success
    merged = good(built)["cards"]
    assert {k: merged[k]["mod"] for k in first} == {k: v["mod"] for k, v in first.items()}  # learners' edits survive
    assert merged["za-ours"]["mod"] == T1 + 200 and merged["zb-theirs"]["mod"] == T1 + 300
