"""The check cache (deckgen/cache.py): it may make a check faster, never different."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import deckgen.cache as cache_module
from deckgen.build import run_build
from deckgen.cache import CARD_FIELDS, SOURCE_FIELDS, CheckCache, card_row
from deckgen.check import run_check
from deckgen.cli import main
from deckgen.decks import Card, Deck, Source, load_deck
from deckgen.report import FORMATS, output

SOURCE = """第一段：蘋果公司於2024年發布了新款手機，售價999美元。
第二段：公司首席執行官表示，銷量超過預期。
The third paragraph says the launch drew 10,000 people.
On March 3, 2024, the company opened a store in Ohio.
"""
OTHER = """The second text: revenue rose 12% to $5.2 billion in 2023.
Its chief executive, Jane Roe, said "demand stays strong".
"""

# Each card: (id, kind, question, answers, cites, source); answers and cites: the right one first, then a wrong one.
POOL = [
    ("price", "figure", "新款手機售價多少？", ["999美元", "899美元"], ["售價999美元", "售價990美元"], ""),
    ("crowd", "figure", "How many people did the launch draw?", ["10,000 people", "1,000 people"], ["the launch drew 10,000 people", "the launch drew 10,000 peoples"], ""),
    ("ceo", "fact", "誰表示銷量超過預期？", ["公司首席執行官", "蘋果公司"], ["公司首席執行官表示，銷量超過預期", "公司首席執行官表示，銷量低於預期"], ""),
    ("store", "date", "When did the company open a store in Ohio?", ["March 3, 2024", "March 4, 2024"], ["On March 3, 2024, the company opened a store in Ohio", "On March 3 the company opened a store"], ""),
    ("revenue", "figure", "How much revenue did the second company report for 2023?", ["$5.2 billion", "$5.3 billion"], ["revenue rose 12% to $5.2 billion in 2023", "revenue rose 12% to $5.2 billion"], "other"),
    ("maker", "fact", "Which company released the new phone?", ["Apple", "Banana"], ["蘋果公司於2024年發布了新款手機", "蘋果公司於2025年發布了新款手機"], ""),  # by its alias
    ("quote", "quote", "Who said demand stays strong?", ["Jane Roe", "John Doe"], ['Its chief executive, Jane Roe, said "demand stays strong"', "Jane Roe said demand is strong"], "other"),
]


@dataclasses.dataclass
class State:
    """A small deck as data, written out after each edit."""

    cards: list[list]  # [id, kind, q, answer index, cite index, source, question override or None, cloze]
    sources: dict[str, str]
    entities: bool = False
    math: bool = False  # deck.math: notes render differently
    header_lines: int = 0  # comment lines above the cards: every card moves down

    def yaml(self) -> str:
        out = ["deck:", "  id: cached", "  name: Cached", *(["  math: true"] if self.math else []), "  sources:"]
        out += ["    - id: main", "      file: sources/main.txt", "      title: Main", "    - id: other", "      file: sources/other.txt", "      title: Other"]
        if self.entities:
            out += ["  entities:", "    蘋果公司: [Apple]", "    Jane Roe: [Roe]"]
        out += ["# a comment" for _ in range(self.header_lines)]
        out.append("cards:")
        pool = {p[0]: p for p in POOL}
        for cid, kind, q, ai, ci, source, override, cloze in self.cards:
            p = pool[cid.split("-")[0]]
            out += [f"  - id: {cid}", f"    kind: {kind}", f"    q: {json.dumps(override or q, ensure_ascii=False)}"]
            out += [f"    a: {json.dumps(p[3][ai], ensure_ascii=False)}", f"    cite: {json.dumps(p[4][ci], ensure_ascii=False)}"]
            if source:
                out.append(f"    source: {source}")
            if cloze:
                out.append("    cloze: true")
        return "\n".join(out) + "\n"

    def write(self, folder: Path) -> None:
        (folder / "sources").mkdir(exist_ok=True)
        for name, text in self.sources.items():
            (folder / "sources" / f"{name}.txt").write_text(text, encoding="utf-8")
        (folder / "deck.yaml").write_text(self.yaml(), encoding="utf-8")


def start() -> State:
    return State([[p[0], p[1], p[2], 0, 0, p[5], None, False] for p in POOL[:6]], {"main": SOURCE, "other": OTHER}, entities=True)


def edit(state: State, step: tuple) -> str:
    """Apply one random edit; "lock" means: write the lock the next build would write."""
    what, i, j = step
    cards = state.cards
    if what == "answer" and cards:
        cards[i % len(cards)][3] ^= 1
    elif what == "cite" and cards:
        cards[i % len(cards)][4] ^= 1
    elif what == "question" and len(cards) > 1:  # the same question as another card's (DG503), or back
        c = cards[i % len(cards)]
        c[6] = None if c[6] else cards[(i + 1) % len(cards)][2]
    elif what == "cloze" and cards:
        cards[i % len(cards)][7] ^= True
    elif what == "add":
        p = POOL[i % len(POOL)]
        ids = {c[0] for c in cards}
        cid = next(f"{p[0]}-{n}" if n else p[0] for n in range(99) if (f"{p[0]}-{n}" if n else p[0]) not in ids)
        cards.insert(j % (len(cards) + 1), [cid, p[1], p[2], 0, 0, p[5], None, False])
    elif what == "remove" and len(cards) > 1:
        cards.pop(i % len(cards))
    elif what == "move" and len(cards) > 1:
        cards.insert(j % len(cards), cards.pop(i % len(cards)))
    elif what == "shift":
        state.header_lines = (state.header_lines + 1 + i) % 4
    elif what == "source":  # a revision: lines move, a figure changes, or back as it was
        name = ("main", "other")[i % 2]
        base = SOURCE if name == "main" else OTHER
        state.sources[name] = [base, "導言一行。\n" + base, base.replace("999", "899").replace("12%", "13%")][j % 3]
    elif what == "entities":
        state.entities = not state.entities
    elif what == "math":
        state.math = not state.math
    return what


EDITS = st.tuples(
    st.sampled_from(["answer", "cite", "question", "cloze", "add", "remove", "move", "shift", "source", "entities", "math", "lock", "unlock"]),
    st.integers(0, 11),
    st.integers(0, 11),
)


def write_lock(folder: Path) -> None:
    """The lock the next build would write (when every card is grounded, else none changes)."""
    fresh = run_check([str(folder / "deck.yaml")]).files[0]
    if fresh.lock is not None:
        (folder / "deck.lock.json").write_text(fresh.lock.advance(now=1_700_000_000).to_json(), encoding="utf-8")


def apply(state, folder: Path, step, relock: bool) -> None:
    """One random edit written to the deck folder; ``relock``: a build after it (it rewrites the lock)."""
    done = edit(state, step)
    state.write(folder)
    if done == "lock" or relock:
        write_lock(folder)
    elif done == "unlock":
        (folder / "deck.lock.json").unlink(missing_ok=True)


def outputs(report) -> list[str]:
    return [output("check", fmt, report, strict=strict) for fmt in FORMATS["check"] for strict in (False, True)]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(EDITS, st.booleans()), min_size=1, max_size=6), locked=st.booleans())
def test_cached_and_uncached_reports_are_equal_byte_for_byte_across_random_edits(tmp_path_factory, steps, locked):
    folder = tmp_path_factory.mktemp("edits")
    state = start()
    state.write(folder)
    write_lock(folder)  # so that revised sources are told card by card (DG701-DG704)
    with contextlib.chdir(folder):
        cache = CheckCache()  # one cache across the edits, as a pre-commit hook's
        for step, relock in steps:  # relock: a build after the edit (it rewrites the lock)
            apply(state, folder, step, relock)
            expected = outputs(run_check(["deck.yaml"], locked=locked))
            assert outputs(run_check(["deck.yaml"], locked=locked, cache=cache)) == expected  # cards from the cache
            assert outputs(run_check(["deck.yaml"], locked=locked, cache=CheckCache())) == expected  # the whole file from it


@pytest.fixture
def deck_folder(tmp_path, monkeypatch) -> Path:
    start().write(tmp_path)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def cache_file(folder: Path) -> Path:
    (found,) = (folder / "build" / ".cache" / "check").iterdir()
    return found


def grounded_count(monkeypatch) -> list[str]:
    """The ids of the cards the cache has grounded afresh, as they are."""
    seen: list[str] = []
    real = cache_module.check_card

    def counting(deck, card, index, recorded=None):
        seen.append(card.id)
        return real(deck, card, index, recorded)

    monkeypatch.setattr(cache_module, "check_card", counting)
    return seen


def test_an_edited_deck_grounds_only_its_changed_cards_and_a_moved_card_keeps_its_grounding(deck_folder, monkeypatch):
    state = start()
    run_check(["deck.yaml"], cache=CheckCache())
    grounded = grounded_count(monkeypatch)
    state.header_lines = 2  # every card two lines further down
    state.write(deck_folder)
    moved = run_check(["deck.yaml"], cache=CheckCache())
    assert grounded == []
    assert [p.line for p in moved.problems()] == [p.line for p in run_check(["deck.yaml"]).problems()]
    state.cards[1][3] = 1  # one wrong answer
    state.write(deck_folder)
    report = run_check(["deck.yaml"], cache=CheckCache())
    assert grounded == ["crowd"]
    assert outputs(report) == outputs(run_check(["deck.yaml"]))
    lines = state.yaml().splitlines()
    answer_line = lines.index("  - id: crowd") + 4  # its a:, two comment lines further down than before
    assert [(p.code[:3], p.line) for p in report.errors()] == [("DG2", answer_line)]


def test_an_unchanged_deck_is_not_loaded_or_grounded(deck_folder, monkeypatch):
    run_check(["deck.yaml"], cache=CheckCache())
    grounded = grounded_count(monkeypatch)
    monkeypatch.setattr("deckgen.check.load_deck", lambda path: pytest.fail("the deck was loaded"))
    report = run_check(["deck.yaml"], cache=CheckCache())
    assert grounded == []
    assert report.files[0].deck == load_deck(Path("deck.yaml"))


def test_a_changed_source_invalidates_what_was_kept(deck_folder, monkeypatch):
    """A card's kept grounding is for its source's text: a revised source grounds it again."""
    before = run_check(["deck.yaml"], cache=CheckCache())
    assert before.success()
    grounded = grounded_count(monkeypatch)
    (deck_folder / "sources" / "main.txt").write_text(SOURCE.replace("售價999美元", "售價九百美元"), encoding="utf-8")
    after = run_check(["deck.yaml"], cache=CheckCache())
    assert sorted(grounded) == ["ceo", "crowd", "maker", "price", "store"]  # every card of that source, none of the other
    assert [p.code for p in after.errors()] == ["DG101"]
    assert outputs(after) == outputs(run_check(["deck.yaml"]))


@pytest.fixture(autouse=True)
def own_key(tmp_path, monkeypatch):
    """Every test its own machine key (the user cache folder), none in the real home."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))


def test_entries_claiming_a_card_is_grounded_are_not_used_for_other_content(deck_folder):
    """Plant 'no findings' for every card and the whole file: the cache file's keys are
    for the content it was written for, so the wrong answer written since is still found."""
    run_check(["deck.yaml"], cache=CheckCache())
    path = cache_file(deck_folder)
    data = read_sealed(path)
    for entry in data["cards"].values():
        entry[0] = []
    write_sealed(path, data)
    state = start()
    state.cards[0][3] = 1
    state.write(deck_folder)
    report = run_check(["deck.yaml"], cache=CheckCache())
    assert [p.code for p in report.errors()] == ["DG202"]
    assert outputs(report) == outputs(run_check(["deck.yaml"]))


def read_sealed(path: Path):
    return json.loads(cache_module.unsealed(path.read_bytes()))


def write_sealed(path: Path, data) -> None:
    """Write a cache file as this machine would (sealed with its key)."""
    path.write_bytes(cache_module.seal(json.dumps(data, ensure_ascii=False).encode("utf-8")))


def break_by(how: str, path: Path) -> None:
    text = cache_module.unsealed(path.read_bytes())
    if how == "garbage":
        path.write_bytes(b"\x00\xff not json")
    elif how == "truncated":
        path.write_bytes(text[: len(text) // 2])
    elif how == "foreign":  # another deckgen wrote it
        data = json.loads(text)
        data["code"] = "0" * 32
        write_sealed(path, data)
    elif how == "other-format":
        data = json.loads(text)
        data["format"] = 99
        write_sealed(path, data)
    elif how == "directory":
        path.unlink()
        (path / "inside").mkdir(parents=True)
    elif how == "wrong-types":  # the keys match, the values are not what deckgen writes
        data = json.loads(text)
        data["whole"]["cards"] = [[7, None, "x"] for _ in data["whole"]["cards"]]
        data["whole"]["deck"]["cards"][0][2] = ["not", "a", "string"]
        for entry in data["cards"].values():
            entry[0] = [["DG999", 0, 1, "no such code", None]]
        write_sealed(path, data)
    elif how == "not-an-object":
        write_sealed(path, [1, 2, 3])
    elif how == "unsealed":  # valid content, but not sealed by this machine: anyone could have written it
        path.write_bytes(text)


@pytest.mark.parametrize("how", ["garbage", "truncated", "foreign", "other-format", "directory", "wrong-types", "not-an-object", "unsealed"])
def test_a_broken_cache_file_is_ignored_and_rebuilt(deck_folder, how):
    state = start()
    state.cards[2][3] = 1  # a finding for the cache to keep
    state.write(deck_folder)
    expected = outputs(run_check(["deck.yaml"]))
    run_check(["deck.yaml"], cache=CheckCache())
    path = cache_file(deck_folder)
    break_by(how, path)
    assert outputs(run_check(["deck.yaml"], cache=CheckCache())) == expected
    assert path.is_file()
    rebuilt = read_sealed(path)
    assert rebuilt["code"] == cache_module.code_key() and rebuilt["whole"] is not None
    assert outputs(run_check(["deck.yaml"], cache=CheckCache())) == expected


def test_a_cache_that_cannot_be_written_is_not_written_and_the_check_carries_on(deck_folder):
    (deck_folder / "build" / ".cache").mkdir(parents=True)
    (deck_folder / "build" / ".cache" / "check").write_text("a file where the folder goes", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "deck.yaml"])
    assert result.exit_code == 0, result.output
    assert (deck_folder / "build" / ".cache" / "check").read_text(encoding="utf-8") == "a file where the folder goes"


def test_no_cache_writes_nothing_and_the_default_keeps_one_file_per_deck(deck_folder):
    result = CliRunner().invoke(main, ["check", "--no-cache", "deck.yaml"])
    assert result.exit_code == 0, result.output
    assert not (deck_folder / "build").exists()
    result = CliRunner().invoke(main, ["build", "--no-cache", "deck.yaml", "-o", "out"])
    assert result.exit_code == 0, result.output
    assert not (deck_folder / "build").exists()
    cached = CliRunner().invoke(main, ["check", "deck.yaml"])
    assert cached.exit_code == 0, cached.output
    assert [p.suffix for p in (deck_folder / "build" / ".cache" / "check").iterdir()] == [".json"]


def test_a_build_from_the_cache_is_byte_identical(deck_folder):
    run_check(["deck.yaml"], cache=CheckCache())  # kept: the build's check is a whole-file hit
    lock = deck_folder / "deck.lock.json"
    cached = run_build(["deck.yaml"], deck_folder / "a", now=1_700_000_000, cache=CheckCache())
    assert cached.success
    written = lock.read_bytes()
    lock.unlink()
    fresh = run_build(["deck.yaml"], deck_folder / "b", now=1_700_000_000)
    assert (deck_folder / "a" / "cached.apkg").read_bytes() == (deck_folder / "b" / "cached.apkg").read_bytes()
    assert lock.read_bytes() == written


def test_the_cache_file_holds_every_field_of_a_deck(deck_folder):
    """A field added to Card or Source must be added to the cache's tables too."""
    assert list(CARD_FIELDS) == [f.name for f in dataclasses.fields(Card)]
    assert set(SOURCE_FIELDS) | {"file", "text"} == {f.name for f in dataclasses.fields(Source)}
    assert {f.name for f in dataclasses.fields(Deck)} == {"id", "name", "path", "sources", "cards", "entities", "exempt", "math"}
    state = start()
    state.math = True
    state.cards[0][7] = True
    state.write(deck_folder)
    run_check(["deck.yaml"], cache=CheckCache())
    kept = run_check(["deck.yaml"], cache=CheckCache()).files[0].deck
    loaded = load_deck(Path("deck.yaml"))
    assert [card_row(c) for c in kept.cards] == [card_row(c) for c in loaded.cards]  # `where` too, which == skips
    assert kept == loaded and kept.entities == loaded.entities
    for a, b in zip(kept.sources, loaded.sources):
        assert [getattr(a, f.name) for f in dataclasses.fields(Source)] == [getattr(b, f.name) for f in dataclasses.fields(Source)]


def test_the_shipped_deck_checks_the_same_from_the_cache(tmp_path, monkeypatch):
    shutil.copytree(Path(__file__).resolve().parent.parent / "cards", tmp_path / "cards")
    monkeypatch.chdir(tmp_path)
    expected = outputs(run_check(["cards"], locked=True))
    run_check(["cards"], locked=True, cache=CheckCache())
    assert outputs(run_check(["cards"], locked=True, cache=CheckCache())) == expected


def test_a_rewritten_lock_is_seen_though_deck_and_sources_are_unchanged(deck_folder):
    """What the lock recorded is in the keys: once a build records the revised source, its findings go."""
    write_lock(deck_folder)
    (deck_folder / "sources" / "main.txt").write_text("導言一行。\n" + SOURCE, encoding="utf-8")
    for locked in (False, True):
        moved = run_check(["deck.yaml"], locked=locked, cache=CheckCache())
        assert "DG701" in {p.code for p in moved.problems()}
        assert outputs(moved) == outputs(run_check(["deck.yaml"], locked=locked))
    write_lock(deck_folder)
    for locked in (True, False):  # first as last checked: only the lock differs
        for _ in range(2):  # the cards from the cache, then the whole file
            recorded = run_check(["deck.yaml"], locked=locked, cache=CheckCache())
            assert not recorded.problems()
            assert outputs(recorded) == outputs(run_check(["deck.yaml"], locked=locked))


def test_a_cache_file_forged_elsewhere_is_never_believed(deck_folder, tmp_path, monkeypatch):
    """A pull request can force-add build/.cache: a file sealed with another machine's key
    that says every card is grounded is ignored, and the wrong answer is still found."""
    state = start()
    state.cards[0][3] = 1  # a wrong answer
    state.write(deck_folder)
    expected = outputs(run_check(["deck.yaml"]))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "attacker"))
    run_check(["deck.yaml"], cache=CheckCache())  # the attacker's own machine writes a cache...
    path = cache_file(deck_folder)
    data = read_sealed(path)
    data["whole"]["cards"] = [[[], [], e] for *_, e in data["whole"]["cards"]]  # ...then claims no findings
    for entry in data["cards"].values():
        entry[0] = []
    write_sealed(path, data)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "ci"))  # CI has its own key
    assert outputs(run_check(["deck.yaml"], cache=CheckCache())) == expected


# -- whole reports (cache.ReportCache): an unchanged check prints what it printed -------------


def cli_check(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.output


def report_files(folder: Path) -> list[Path]:
    found = folder / "build" / ".cache" / "report"
    return sorted(found.iterdir()) if found.is_dir() else []


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(
    steps=st.lists(st.tuples(EDITS, st.booleans(), st.sampled_from(sorted(FORMATS["check"])), st.booleans()), min_size=1, max_size=5),
    locked=st.booleans(),
)
def test_the_kept_output_is_the_fresh_one_byte_for_byte_across_random_edits(tmp_path_factory, steps, locked):
    folder = tmp_path_factory.mktemp("reports")
    state = start()
    state.write(folder)
    write_lock(folder)
    with contextlib.chdir(folder):
        for step, relock, fmt, strict in steps:
            apply(state, folder, step, relock)
            options = ["--format", fmt, *(["--strict"] if strict else []), *(["--locked"] if locked else []), "deck.yaml"]
            expected = cli_check("--no-cache", *options)
            assert cli_check(*options) == expected  # kept now, or from an earlier step with the same inputs
            assert cli_check(*options) == expected  # from the kept output
            assert report_files(folder)


def test_an_unchanged_check_prints_the_kept_output_without_checking(deck_folder, monkeypatch):
    state = start()
    state.cards[2][3] = 1  # a wrong answer: exit 1, findings in the output
    state.write(deck_folder)
    first = cli_check("deck.yaml")
    assert first[0] == 1 and "DG102" in first[1]
    monkeypatch.setattr("deckgen.check.run_check", lambda *a, **k: pytest.fail("the decks were checked again"))
    assert cli_check("deck.yaml") == first


@pytest.mark.parametrize("change", ["deck", "source", "lock", "new deck file", "options"])
def test_a_changed_input_is_checked_again(deck_folder, change):
    cli_check(".")
    if change == "deck":
        state = start()
        state.cards[0][3] = 1
        state.write(deck_folder)
    elif change == "source":
        (deck_folder / "sources" / "main.txt").write_text(SOURCE.replace("售價999美元", "售價九百美元"), encoding="utf-8")
    elif change == "lock":
        write_lock(deck_folder)
    elif change == "new deck file":
        (deck_folder / "other.yaml").write_text(start().yaml().replace("id: cached", "id: another"), encoding="utf-8")
    args = ["--format", "json", "."] if change == "options" else ["."]
    fresh = cli_check("--no-cache", *args)
    assert cli_check(*args) == fresh
    assert cli_check(*args) == fresh


@pytest.mark.parametrize("how", ["garbage", "truncated", "foreign", "other-format", "directory", "wrong-types", "not-an-object", "unsealed", "lying"])
def test_a_broken_report_file_is_ignored_and_rebuilt(deck_folder, how):
    state = start()
    state.cards[2][3] = 1
    state.write(deck_folder)
    expected = cli_check("--no-cache", "deck.yaml")
    cli_check("deck.yaml")
    (path,) = report_files(deck_folder)
    if how == "wrong-types":
        data = read_sealed(path)
        data["output"], data["exit"] = ["not", "text"], "1"
        write_sealed(path, data)
    elif how == "lying":  # sealed here, but says the deck was clean: its inputs are another deck's
        data = read_sealed(path)
        data["output"], data["exit"] = "ok", 0
        data["files"][0][0][1] = "0" * 64
        write_sealed(path, data)
    else:
        data = read_sealed(path)
        data["whole"] = {"cards": [[]]}  # what break_by's "wrong-types" edits
        data["cards"] = {}
        write_sealed(path, data)
        break_by(how, path)
    assert cli_check("deck.yaml") == expected
    assert path.is_file()
    assert read_sealed(path)["code"] == cache_module.code_key()
    assert cli_check("deck.yaml") == expected


def test_only_the_newest_report_files_are_kept(deck_folder, monkeypatch):
    monkeypatch.setattr(cache_module.ReportCache, "KEEP", 3)
    state = start()
    state.write(deck_folder)
    runs = [["deck.yaml"], ["--strict", "deck.yaml"], ["--format", "json", "deck.yaml"], ["--locked", "deck.yaml"], ["--select", "DG1", "deck.yaml"]]
    for n, args in enumerate(runs):
        cli_check(*args)
        kept = report_files(deck_folder)
        assert len(kept) == min(n + 1, 3)
        if n == 0:
            (first_file,) = kept
        assert (first_file in kept) == (n < 3)  # the oldest goes when the fourth is stored
    fresh = cli_check("--no-cache", *runs[-1])
    assert cli_check(*runs[-1]) == fresh  # the newest is still used


def test_an_unchanged_check_imports_neither_the_loader_nor_a_checker(deck_folder):
    """What a kept output costs: the interpreter, Click and the files' bytes hashed (no YAML, no deck, no parser)."""
    first = cli_check("deck.yaml")
    heavy = ("yaml", "opencc", "deckgen.decks", "deckgen.grounding", "deckgen.binding", "deckgen.quantities", "deckgen.lock", "deckgen.cache")
    code = (
        "import sys\nfrom deckgen.cli import main\ntry:\n    main(['check', 'deck.yaml'])\nexcept SystemExit as e:\n    code = e.code\n"
        f"print(code, sorted(m for m in sys.modules if m in {heavy!r}))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    *printed, last = done.stdout.splitlines()
    assert "\n".join(printed) + "\n" == first[1]
    assert last == f"{first[0]} []"
    os.utime("deck.yaml")  # the same bytes: still kept
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == done.stdout


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(
    steps=st.lists(
        st.tuples(
            st.booleans(),
            EDITS,
            st.sampled_from(sorted(FORMATS["check"])),
            st.booleans(),
            st.sampled_from([(), ("--select", "DG2"), ("--ignore", "DG1,DG5")]),
        ),
        min_size=1,
        max_size=4,
    ),
    locked=st.booleans(),
)
def test_the_kept_output_of_several_decks_is_the_fresh_one(tmp_path_factory, steps, locked):
    """Two deck files checked together (a folder, or each named): an edit to either is seen, in every format and option."""
    folder = tmp_path_factory.mktemp("several")
    states = [start(), start()]

    def write() -> None:
        states[0].write(folder)  # the sources are the first deck's
        (folder / "second.yaml").write_text(states[1].yaml().replace("id: cached", "id: second"), encoding="utf-8")

    write()
    write_lock(folder)
    with contextlib.chdir(folder):
        for n, (second, step, fmt, strict, chosen) in enumerate(steps):
            done = edit(states[int(second)], step)
            write()
            if done == "lock":
                write_lock(folder)
            elif done == "unlock":
                (folder / "deck.lock.json").unlink(missing_ok=True)
            named = ["."] if n % 2 else ["deck.yaml", "second.yaml"]
            options = ["--format", fmt, *(["--strict"] if strict else []), *(["--locked"] if locked else []), *chosen, *named]
            expected = cli_check("--no-cache", *options)
            assert cli_check(*options) == expected
            assert cli_check(*options) == expected
