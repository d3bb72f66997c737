"""Every malformed deck: exit 1, ``file:line:col: message``, one clear message, no traceback.

Each file in ``tests/examples/invalid/`` starts with the exact error it must
produce (``# expect: <file>:<line>:<col>: <message>``); the bad inputs that need
a file system state (huge, unreadable, symlinked, FIFO) are built in a temporary
folder below. Every message is listed in ``docs/errors.md``, and the table there
is checked against these tests.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from deckgen import decks, files
from deckgen.build import run_build
from deckgen.check import check_file, run_check
from deckgen.cli import main
from deckgen.decks import load_deck
from deckgen.errors import DeckgenError

from conftest import write_deck

HERE = Path(__file__).resolve().parent
INVALID = HERE / "examples" / "invalid"
VALID = HERE / "examples" / "valid"
DOCS = HERE.parent / "docs" / "errors.md"
EXAMPLES = sorted(INVALID.glob("*.yaml"))
LOCATION = re.compile(r"(?P<path>[^\s:][^:]*):(?P<line>\d+):(?P<col>\d+): (?P<message>.+)\Z")


def expected(path: Path) -> str:
    """The ``# expect:`` line of an example (its first line, always ASCII or UTF-8)."""
    first = path.read_bytes().split(b"\n", 1)[0].decode("utf-8")
    assert first.startswith("# expect: "), f"{path.name} has no '# expect:' first line"
    return first[len("# expect: ") :]


def message_of(full: str) -> str:
    m = LOCATION.match(full)
    assert m, f"not 'file:line:col: message': {full!r}"
    return m.group("message")


def documented_messages() -> set[str]:
    """The messages in the table of docs/errors.md (third column, in backticks)."""
    out = set()
    for row in table_rows():
        out.add(row["message"])
    return out


def table_rows() -> list[dict[str, str]]:
    rows = []
    for line in DOCS.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 4 or not cells[0].isdigit():
            continue
        message = re.fullmatch(r"`(.*)`", cells[2])
        backed = re.fullmatch(r"`(.*)`", cells[3])
        assert message and backed, f"malformed row in docs/errors.md: {line}"
        rows.append({"n": cells[0], "input": cells[1], "message": message.group(1), "backed": backed.group(1)})
    return rows


def assert_documented(message: str) -> None:
    assert message in documented_messages(), f"message missing from docs/errors.md: {message!r}"


@pytest.fixture
def invalid_dir(tmp_path, monkeypatch) -> Path:
    """A copy of tests/examples/invalid, as the working folder (builds write nothing into the repo)."""
    folder = tmp_path / "work" / "invalid"
    shutil.copytree(INVALID, folder, symlinks=True)
    monkeypatch.chdir(folder)
    return folder


def write(folder: Path, body: str, name: str = "deck.yaml", source: str | None = "The bridge opened in 1932.\n") -> Path:
    return write_deck(folder, body, source, name)


DECK = """
deck:
  id: bridge
  name: Bridge
  source:
    file: {file}
cards:
  - id: opened
    q: When did the bridge open?
    a: "1932"
    cite: The bridge opened in 1932
"""


def fails(path, expect: str) -> DeckgenError:
    """``path`` fails to load with exactly ``expect`` (``file:line:col: message``)."""
    with pytest.raises(DeckgenError) as info:
        load_deck(path)
    assert str(info.value) == expect
    assert info.value.line >= 1 and info.value.col >= 1
    return info.value


# -- the examples ---------------------------------------------------------------


def test_there_are_examples():
    assert len(EXAMPLES) >= 40


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_example_gives_its_message(example, invalid_dir):
    fails(example.name, expected(example))


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_example_is_documented(example):
    assert_documented(message_of(expected(example)))


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_example_is_one_dg001_finding(example, invalid_dir):
    result = check_file(Path(example.name))
    assert result.invalid
    (problem,) = result.all_problems()
    assert problem.code == "DG001"
    assert str(problem) == expected(example).replace(": ", ": DG001 ", 1)


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_example_through_cli_check(example, invalid_dir):
    result = CliRunner().invoke(main, ["check", example.name])
    assert result.exit_code == 1, result.output
    assert expected(example).replace(": ", ": DG001 ", 1) in result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_example_through_cli_build_writes_nothing(example, invalid_dir):
    before = sorted(p.name for p in invalid_dir.rglob("*"))
    result = CliRunner().invoke(main, ["build", example.name, "-o", "out"])
    assert result.exit_code == 1, result.output
    assert expected(example).replace(": ", ": DG001 ", 1) in result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert not (invalid_dir / "out").exists()
    assert sorted(p.name for p in invalid_dir.rglob("*")) == before  # no .apkg, no lock, no temp file


def test_examples_cover_every_class_in_the_docs():
    """Each row of docs/errors.md is backed by an example or a test that exists."""
    rows = table_rows()
    assert len(rows) >= 40
    examples = {f"invalid/{p.name}": p for p in EXAMPLES}
    tests = {}
    for module in ("test_bad_input", "test_hostile", "test_atomic", "test_properties"):
        text = (HERE / f"{module}.py").read_text(encoding="utf-8")
        tests.update({name: module for name in re.findall(r"^def (test_\w+)", text, re.M)})
    for row in rows:
        backed = row["backed"]
        if backed.startswith("invalid/"):
            assert backed in examples, f"row {row['n']}: no example {backed}"
            assert message_of(expected(examples[backed])) == row["message"], f"row {row['n']}"
        else:
            assert backed in tests, f"row {row['n']}: no test {backed}"
    used = {row["backed"] for row in rows}
    assert not set(examples) - used, "examples missing from docs/errors.md"


# -- bad inputs that need a file system state ---------------------------------------


def test_empty_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("deck.yaml").write_bytes(b"")
    e = fails("deck.yaml", "deck.yaml:1:1: the file is empty; a deck needs a 'deck:' and a 'cards:' section")
    assert_documented(e.message)
    Path("deck.yaml").write_bytes(b"  \n\n\t\n")
    fails("deck.yaml", "deck.yaml:1:1: the file is empty; a deck needs a 'deck:' and a 'cards:' section")
    Path("deck.yaml").write_bytes(b"---\n...\n")
    fails("deck.yaml", "deck.yaml:1:1: the file is empty; a deck needs a 'deck:' and a 'cards:' section")


def test_file_far_larger_than_any_deck(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with open("deck.yaml", "wb") as f:  # sparse: takes no disk, and is never read
        f.truncate(40 * 1024 * 1024)
    e = fails("deck.yaml", "deck.yaml:1:1: the file is 41,943,040 bytes, over the 33,554,432-byte limit for a deck; split it")
    assert_documented(e.message)


def test_field_far_larger_than_any_card(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, DECK.format(file="sources/src.txt").replace("When did the bridge open?", "x" * 20_001))
    e = fails("deck.yaml", "deck.yaml:8:8: question (q) is 20,001 characters, over the 20,000-character limit")
    assert_documented(e.message)
    # exactly at the limit is fine
    write(tmp_path, DECK.format(file="sources/src.txt").replace("When did the bridge open?", "x" * 20_000))
    assert load_deck("deck.yaml").cards[0].q == "x" * 20_000


def test_too_many_values(tmp_path, monkeypatch):
    """A deck file of millions of tiny values is refused once it passes the limit (lowered here to stay fast)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(decks, "MAX_NODES", 1_000)
    write(tmp_path, DECK.format(file="sources/src.txt") + "    tags: [" + "t, " * 1_000 + "]\n")
    e = fails("deck.yaml", "deck.yaml:11:2940: the file holds over 1,000 values, far more than any deck; split it")
    assert_documented(e.message.replace("1,000", "2,000,000"))


def test_deep_nesting_does_not_crash(tmp_path, monkeypatch):
    """libyaml's own composer recurses and crashes the interpreter on this; the loader refuses it."""
    monkeypatch.chdir(tmp_path)
    Path("deck.yaml").write_text("deck: " + "[" * 200_000 + "]" * 200_000 + "\n", encoding="utf-8")
    with pytest.raises(DeckgenError) as info:
        load_deck("deck.yaml")
    # where libyaml stops scanning ahead depends on the PyYAML release (1:26 with 6.0.3)
    assert re.fullmatch(r"deck\.yaml:1:\d+: values nested more than 20 levels deep; a deck needs 5 at most", str(info.value))


def test_billion_laughs_fails_fast_with_little_memory(tmp_path, monkeypatch):
    import time
    import tracemalloc

    monkeypatch.chdir(tmp_path)
    lines = ["deck:", "  l0: &l0 lol"]
    lines += [f"  l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 10)}]" for i in range(1, 12)]
    Path("deck.yaml").write_text("\n".join(lines) + "\ncards: *l11\n", encoding="utf-8")
    tracemalloc.start()
    start = time.perf_counter()
    try:
        fails("deck.yaml", "deck.yaml:2:7: YAML anchors and aliases (&name, *name) are not allowed in a deck; write the value out")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - start < 2
    assert peak < 5 * 1024 * 1024


def test_anchor_without_alias_is_refused(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, DECK.format(file="sources/src.txt").replace("q: When", "q: &q When"))
    fails("deck.yaml", "deck.yaml:8:8: YAML anchors and aliases (&name, *name) are not allowed in a deck; write the value out")


def test_deck_file_not_utf8_names_the_byte(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = write(tmp_path, DECK.format(file="sources/src.txt"))
    path.write_bytes(path.read_bytes().replace(b"name: Bridge", b"name: Br\xfcck\xe9"))
    fails("deck.yaml", "deck.yaml:3:11: the file is not UTF-8 (byte 0xfc at offset 29); save it as UTF-8")
    path.write_bytes(b"\xff\xfe" + "deck:\n".encode("utf-16-le"))
    e = fails("deck.yaml", "deck.yaml:1:1: the file is UTF-16 (it starts with a UTF-16 byte-order mark), not UTF-8; save it as UTF-8")
    assert_documented(e.message)
    # a truncated multi-byte character at the very end
    path.write_bytes(DECK.format(file="sources/src.txt").lstrip("\n").encode() + "    tags: [橋".encode()[:-1])
    fails("deck.yaml", "deck.yaml:11:12: the file is not UTF-8 (byte 0xe6 at offset 186); save it as UTF-8")


def test_bom_and_crlf_are_accepted(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = write(tmp_path, DECK.format(file="sources/src.txt"))
    plain = load_deck("deck.yaml")
    for data in (
        b"\xef\xbb\xbf" + path.read_bytes(),
        path.read_bytes().replace(b"\n", b"\r\n"),
        b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"),
    ):
        path.write_bytes(data)
        deck = load_deck("deck.yaml")
        assert deck.cards == plain.cards
        assert [c.line for c in deck.cards] == [c.line for c in plain.cards]
    (tmp_path / "sources" / "src.txt").write_bytes(b"\xef\xbb\xbfThe bridge opened\r\nin 1932.\r\n")
    assert load_deck("deck.yaml").source.text == "The bridge opened\nin 1932.\n"


def test_crlf_errors_point_at_the_right_place(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = write(tmp_path, DECK.format(file="sources/src.txt").replace("    q: When", "    qq: When"))
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    fails("deck.yaml", "deck.yaml:8:5: unknown key 'qq' in a card; did you mean 'q'?")


def test_valid_examples_load(monkeypatch):
    monkeypatch.chdir(VALID)
    for path in sorted(VALID.glob("*.yaml")):
        deck = load_deck(path.name)
        assert deck.cards


def test_the_same_deck_can_be_read_with_the_pure_python_parser(tmp_path, monkeypatch):
    """Without libyaml (PyYAML built without it) the loader gives the same deck and the same errors."""
    import yaml

    monkeypatch.chdir(VALID)
    fast = load_deck("bom-crlf.yaml")
    monkeypatch.setattr(decks, "_Loader", yaml.SafeLoader)
    assert load_deck("bom-crlf.yaml").cards == fast.cards
    monkeypatch.chdir(INVALID)
    for name in ("duplicate-key.yaml", "anchor-alias.yaml", "unknown-kind.yaml", "no-cards.yaml"):
        fails(name, expected(INVALID / name))


# -- sources stay where they belong -------------------------------------------------


def test_symlink_pointing_outside_is_refused(tmp_path, monkeypatch):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("The bridge opened in 1932.\n", encoding="utf-8")
    deck_dir = tmp_path / "decks"
    write(deck_dir, DECK.format(file="sources/link.txt"))
    os.symlink(outside / "secret.txt", deck_dir / "sources" / "link.txt")
    monkeypatch.chdir(deck_dir)
    e = fails(
        "deck.yaml",
        "deck.yaml:5:11: source file 'sources/link.txt' is outside the deck's folder and the working folder "
        "(symlinks are followed); keep sources beside the deck",
    )
    assert_documented(e.message.replace("sources/link.txt", "<file>"))


def test_symlinked_folder_pointing_outside_is_refused(tmp_path, monkeypatch):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "src.txt").write_text("The bridge opened in 1932.\n", encoding="utf-8")
    deck_dir = tmp_path / "decks"
    write(deck_dir, DECK.format(file="shared/src.txt"))
    os.symlink(outside, deck_dir / "shared", target_is_directory=True)
    monkeypatch.chdir(deck_dir)
    fails(
        "deck.yaml",
        "deck.yaml:5:11: source file 'shared/src.txt' is outside the deck's folder and the working folder "
        "(symlinks are followed); keep sources beside the deck",
    )


def test_symlink_inside_is_followed(tmp_path, monkeypatch):
    deck_dir = tmp_path / "decks"
    write(deck_dir, DECK.format(file="sources/link.txt"))
    os.symlink("src.txt", deck_dir / "sources" / "link.txt")
    monkeypatch.chdir(deck_dir)
    assert load_deck("deck.yaml").source.text == "The bridge opened in 1932.\n"


def test_source_in_the_working_folder_is_allowed(tmp_path, monkeypatch):
    """A deck in cards/ may use a source elsewhere in the project (the working folder)."""
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "src.txt").write_text("The bridge opened in 1932.\n", encoding="utf-8")
    write(tmp_path / "cards", DECK.format(file="../shared/src.txt"), source=None)
    monkeypatch.chdir(tmp_path)
    assert load_deck("cards/deck.yaml").source.file == (tmp_path / "shared" / "src.txt").resolve()
    # ... but not from another working folder
    monkeypatch.chdir(tmp_path / "cards")
    fails(
        "deck.yaml",
        "deck.yaml:5:11: source file '../shared/src.txt' is outside the deck's folder and the working folder "
        "(symlinks are followed); keep sources beside the deck",
    )


OUTSIDE_DECK = (
    "deck.yaml:1:1: the file is a link to a file outside its folder and the working folder "
    "(symlinks are followed); keep deck files in the repository"
)


@pytest.mark.parametrize("secret", ["API_TOKEN=s3cr3t-value\n", "DB_PASSWORD: s3cr3t\nAPI_TOKEN: s3cr3t\n"])
def test_deck_file_linked_outside_the_repository_is_not_read(tmp_path, monkeypatch, secret):
    """A deck file that is a symlink to a secret is refused before it is opened:
    nothing of it (values, key names) is quoted back in a message."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "env.yaml").write_text(secret, encoding="utf-8")
    repo = tmp_path / "repo"
    (repo / "cards").mkdir(parents=True)
    os.symlink(outside / "env.yaml", repo / "cards" / "deck.yaml")
    monkeypatch.chdir(repo / "cards")
    e = fails("deck.yaml", OUTSIDE_DECK)
    assert_documented(e.message)
    monkeypatch.chdir(repo)
    for args in (["check", "cards"], ["check", "cards", "--format", "json"], ["build", "cards", "-o", "out"], ["coverage", "cards"], ["preview", "cards", "-o", "pv"]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 1, result.output  # (preview writes its pages and exits 1, as check does)
        shown = result.output + "".join(p.read_text(encoding="utf-8") for p in Path("pv").glob("*.html"))
        assert "outside its folder" in (shown if args[0] != "preview" else Path("pv/index.html").read_text(encoding="utf-8"))
        assert "s3cr3t" not in shown and "API_TOKEN" not in shown and "DB_PASSWORD" not in shown


def test_deck_file_linked_inside_the_repository_is_read(tmp_path, monkeypatch):
    write(tmp_path / "decks", DECK.format(file="sources/src.txt"))
    os.symlink("deck.yaml", tmp_path / "decks" / "alias.yaml")
    monkeypatch.chdir(tmp_path)
    assert load_deck("decks/alias.yaml").id == "bridge"


def test_symlink_loop_is_an_error(tmp_path, monkeypatch):
    write(tmp_path, DECK.format(file="sources/loop.txt"))
    os.symlink("loop.txt", tmp_path / "sources" / "loop.txt")
    monkeypatch.chdir(tmp_path)
    e = fails("deck.yaml", "deck.yaml:5:11: cannot read source file sources/loop.txt: Too many levels of symbolic links")
    assert_documented(e.message.replace("sources/loop.txt", "<file>").replace("Too many levels of symbolic links", "<reason>"))


def test_source_name_with_nul_is_an_error(tmp_path, monkeypatch):
    write(tmp_path, DECK.format(file='"sources/src.txt\\0"'))
    monkeypatch.chdir(tmp_path)
    fails("deck.yaml", "deck.yaml:5:11: source file contains the control character U+0000; remove it")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_source_by_mode(tmp_path, monkeypatch):
    write(tmp_path, DECK.format(file="sources/src.txt"))
    (tmp_path / "sources" / "src.txt").chmod(0)
    monkeypatch.chdir(tmp_path)
    fails("deck.yaml", "deck.yaml:5:11: cannot read source file sources/src.txt: Permission denied")


def test_unreadable_source(tmp_path, monkeypatch):
    """As any user (root too): opening the source fails with EACCES."""
    write(tmp_path, DECK.format(file="sources/src.txt"))
    monkeypatch.chdir(tmp_path)
    real_open = open

    def deny(path, *args, **kwargs):
        if str(path).endswith("src.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(files, "open", deny, raising=False)
    e = fails("deck.yaml", "deck.yaml:5:11: cannot read source file sources/src.txt: Permission denied")
    assert_documented(e.message.replace("sources/src.txt", "<file>").replace("Permission denied", "<reason>"))


def test_unreadable_deck_file(tmp_path, monkeypatch):
    write(tmp_path, DECK.format(file="sources/src.txt"))
    monkeypatch.chdir(tmp_path)
    real_open = open

    def deny(path, *args, **kwargs):
        if str(path).endswith("deck.yaml"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(files, "open", deny, raising=False)
    e = fails("deck.yaml", "deck.yaml:1:1: cannot read the file: Permission denied")
    assert_documented(e.message.replace("Permission denied", "<reason>"))


def test_deck_file_that_is_a_fifo_is_not_read(tmp_path, monkeypatch):
    """Reading a FIFO would block forever; /dev/zero would never end."""
    monkeypatch.chdir(tmp_path)
    os.mkfifo("deck.yaml")
    e = fails("deck.yaml", "deck.yaml:1:1: the file is not a regular file")
    assert_documented(e.message)
    if Path("/dev/zero").exists():
        with pytest.raises(DeckgenError, match="the file is not a regular file"):
            load_deck("/dev/zero")


def test_source_that_is_a_fifo_is_not_read(tmp_path, monkeypatch):
    write(tmp_path, DECK.format(file="sources/pipe.txt"))
    os.mkfifo(tmp_path / "sources" / "pipe.txt")
    monkeypatch.chdir(tmp_path)
    fails("deck.yaml", "deck.yaml:5:11: source file sources/pipe.txt is not a regular file")


def test_source_far_larger_than_any_article(tmp_path, monkeypatch):
    write(tmp_path, DECK.format(file="sources/huge.txt"))
    with open(tmp_path / "sources" / "huge.txt", "wb") as f:
        f.truncate(100 * 1024 * 1024)
    monkeypatch.chdir(tmp_path)
    e = fails(
        "deck.yaml",
        "deck.yaml:5:11: source file sources/huge.txt is 104,857,600 bytes, over the 67,108,864-byte limit for a source",
    )
    assert_documented(e.message.replace("sources/huge.txt", "<file>"))


def test_long_and_strange_values_are_shortened_in_messages(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, DECK.format(file="sources/src.txt") + '    "' + "k" * 500 + '\\n\\u0000": x\n')
    e = fails("deck.yaml", f"deck.yaml:11:5: unknown key '{'k' * 40}…' in a card; allowed: id, kind, q, a, cite, tags, translation, cloze, subdeck, silence, source")
    assert len(str(e)) < 200
    write(tmp_path, DECK.format(file="sources/src.txt") + '    kind: "fa\\nct\\u200b"\n')
    fails("deck.yaml", "deck.yaml:11:11: unknown kind 'fa\\u000act\\u200b': use one of fact, date, figure, quote; did you mean 'fact'?")


@pytest.mark.parametrize("escape, code", [("\\x1f", "001F"), ("\\x1e", "001E"), ("\\0", "0000"), ("\\r", "000D"), ("\\N", "0085"), ("\\x7f", "007F"), ("\\e", "001B")])
def test_control_characters_in_fields_are_refused(tmp_path, monkeypatch, escape, code):
    """Anki would split the note's fields on U+001F, or silently drop the character."""
    monkeypatch.chdir(tmp_path)
    write(tmp_path, DECK.format(file="sources/src.txt").replace("q: When did the bridge open?", f'q: "When did{escape} the bridge open?"'))
    fails("deck.yaml", f"deck.yaml:8:8: question (q) contains the control character U+{code}; remove it")


def test_tabs_and_line_breaks_in_fields_are_kept(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, DECK.format(file="sources/src.txt").replace("q: When did the bridge open?", 'q: "When\\tdid\\nthe\\r\\nbridge open?"'))
    assert load_deck("deck.yaml").cards[0].q == "When\tdid\nthe\r\nbridge open?"


def test_did_you_mean(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    cases = {
        "    Q: x\n": "unknown key 'Q' in a card; did you mean 'q'?",
        "    answer: x\n": "unknown key 'answer' in a card; did you mean 'a'?",
        "    citation: x\n": "unknown key 'citation' in a card; did you mean 'cite'?",
        "    subdek: x\n": "unknown key 'subdek' in a card; did you mean 'subdeck'?",
        "    translaton: x\n": "unknown key 'translaton' in a card; did you mean 'translation'?",
    }
    for extra, message in cases.items():
        write(tmp_path, DECK.format(file="sources/src.txt") + extra)
        fails("deck.yaml", f"deck.yaml:11:5: {message}")


# -- every error path through the command line -------------------------------------------


def cli(*args: str):
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


@pytest.mark.parametrize("command", ["check", "build"])
def test_cli_errors_from_the_file_system(command, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    # symlink out of the folder
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "s.txt").write_text("The bridge opened in 1932.\n", encoding="utf-8")
    write(tmp_path / "decks", DECK.format(file="sources/link.txt"), name="link.yaml")
    os.symlink(tmp_path / "outside" / "s.txt", tmp_path / "decks" / "sources" / "link.txt")
    monkeypatch.chdir(tmp_path / "decks")
    result = cli(command, "link.yaml", *(["-o", "out"] if command == "build" else []))
    assert result.exit_code == 1
    assert "link.yaml:5:11: DG001 source file 'sources/link.txt' is outside" in result.output
    # a huge file
    with open("huge.yaml", "wb") as f:
        f.truncate(40 * 1024 * 1024)
    result = cli(command, "huge.yaml", *(["-o", "out"] if command == "build" else []))
    assert result.exit_code == 1
    assert "huge.yaml:1:1: DG001 the file is 41,943,040 bytes" in result.output
    # a FIFO
    os.mkfifo("pipe.yaml")
    result = cli(command, "pipe.yaml", *(["-o", "out"] if command == "build" else []))
    assert result.exit_code == 1
    assert "pipe.yaml:1:1: DG001 the file is not a regular file" in result.output
    # all three at once, as a folder: one finding each, nothing built
    result = cli(command, ".", *(["-o", "out"] if command == "build" else []))
    assert result.exit_code == 1
    assert not Path("out").exists()


@pytest.mark.parametrize("command", ["check", "build"])
def test_cli_missing_path(command, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = cli(command, "no-such-deck.yaml")
    assert result.exit_code == 1
    assert "error: no-such-deck.yaml: no such file or folder" in result.output  # a path, not a deck: no line
    assert_documented("no such file or folder")


@pytest.mark.parametrize("command", ["check", "coverage", "diff", "build"])
def test_cli_folder_without_deck_files_fails(command, tmp_path, monkeypatch):
    """'deckgen check' on an emptied or misnamed folder said 'ok' and exited 0: a CI job that checks nothing stayed green."""
    monkeypatch.chdir(tmp_path)
    Path("decks").mkdir()
    Path("decks/notes.txt").write_text("not a deck\n", encoding="utf-8")
    result = cli(command, "decks")
    assert result.exit_code == 1, result.output
    if command != "build":
        assert result.output == "error: no deck files (.yaml, .yml) found in decks\n"
    assert_documented("no deck files (.yaml, .yml) found in decks")


@pytest.mark.parametrize("command", ["check", "build"])
def test_cli_path_that_is_not_a_deck_file(command, tmp_path, monkeypatch):
    # 'deckgen check article.txt' read the article as YAML: "invalid YAML: mapping values are not allowed" at 7:25
    monkeypatch.chdir(tmp_path)
    Path("article.txt").write_text("Title\n\nThe council met: it voted 5-0.\n", encoding="utf-8")
    result = cli(command, "article.txt")
    assert result.exit_code == 1
    assert result.output == "error: article.txt: not a deck file: a deck file ends in .yaml or .yml (its source text is named in it)\n"
    assert_documented("not a deck file: a deck file ends in .yaml or .yml (its source text is named in it)")


def test_missing_source_names_the_file_probably_meant(tmp_path, monkeypatch):
    # a typo in file:, or a deck moved into a subfolder, said only "does not exist"
    monkeypatch.chdir(tmp_path)
    deck = "deck: {id: d, name: D, source: {file: %s}}\ncards:\n  - {id: a, q: Q?, a: A, cite: A}\n"
    Path("cards/sources").mkdir(parents=True)
    Path("cards/sources/article.txt").write_text("A\n", encoding="utf-8")
    Path("cards/d.yaml").write_text(deck % "sources/artcle.txt", encoding="utf-8")
    message = "source file cards/sources/artcle.txt does not exist; did you mean 'sources/article.txt'?"
    fails("cards/d.yaml", f"cards/d.yaml:1:39: {message}")
    assert_documented(message.replace("cards/sources/artcle.txt", "sources/artcle.txt"))
    Path("cards/us").mkdir()
    Path("cards/us/d.yaml").write_text(deck % "sources/article.txt", encoding="utf-8")
    message = "source file cards/us/sources/article.txt does not exist; did you mean '../sources/article.txt'? (file: is relative to the deck file's folder)"
    fails("cards/us/d.yaml", f"cards/us/d.yaml:1:39: {message}")
    assert_documented(message.replace("cards/us/sources/article.txt", "sources/article.txt"))
    Path("cards/d.yaml").write_text(deck % "sources/other.txt", encoding="utf-8")  # nothing near: no guess
    fails("cards/d.yaml", "cards/d.yaml:1:39: source file cards/sources/other.txt does not exist")


def test_build_with_one_bad_deck_builds_none(tmp_path, monkeypatch):
    """``build`` checks every deck first: one invalid deck, no .apkg for any."""
    monkeypatch.chdir(tmp_path)
    write(tmp_path, DECK.format(file="sources/src.txt"), name="good.yaml")
    bad = DECK.format(file="sources/src.txt").replace("id: bridge", "id: other").replace("q: When did the bridge open?", "q:")
    write(tmp_path, bad, name="bad.yaml")
    result = cli("build", ".", "-o", "out")
    assert result.exit_code == 1
    assert "bad.yaml:8:7: DG001 question (q) is empty; write a value" in result.output
    assert not Path("out").exists()
    assert not list(tmp_path.glob("*.lock.json"))
    report = run_build(["."], tmp_path / "out")
    assert not report.success and not report.built


@pytest.mark.parametrize(
    "args",
    [
        ["check", "--format", "nope"],
        ["check", "--no-such-option"],
        ["build", "--no-such-option"],
        ["build", "-o"],
        ["no-such-command"],
    ],
)
def test_usage_errors_exit_2(args):
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert "Error:" in result.output


def test_run_check_never_raises_for_an_invalid_file(invalid_dir):
    report = run_check(["."])
    assert len(report.files) == len(EXAMPLES)
    assert all(f.invalid for f in report.files)
    assert len(report.errors()) == len(EXAMPLES)
