"""Folding sends OpenCC only the characters it can change (fold._OPENCC_FROM), so that a deck
without Chinese never loads it. These tests hold that shortcut to OpenCC itself."""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import opencc
import pytest

from deckgen import fold

from conftest import FACT_DECK, write_deck

ROOT = Path(__file__).resolve().parent.parent


def test_opencc_changes_no_text_below_the_bound():
    """Every code point's NFKC form that stands wholly below the bound is left as it is by
    t2s, as one call (how fold sends it) and one by one."""
    converter = opencc.OpenCC("t2s")
    below = []
    for i in range(0x110000):
        if 0xD800 <= i <= 0xDFFF:
            continue
        n = unicodedata.normalize("NFKC", chr(i))
        if "\n" not in n and max(n) < fold._OPENCC_FROM:
            below.append(n)
    assert len(below) > 10_000  # Latin, Greek, Cyrillic, punctuation, symbols, kana …
    assert converter.convert("\n".join(below)).split("\n") == below
    # the bound is tight enough to matter: OpenCC does change characters just above it
    assert converter.convert("㑯") != "㑯"


def test_fold_is_opencc_s_for_every_character_it_does_not_send():
    """The fold of each code point fold keeps from OpenCC (all below U+3400, and what NFKC maps
    there), and of the CJK blocks it sends, against NFKC, OpenCC for every character (as fold
    did before) and the same post-processing."""
    converter = opencc.OpenCC("t2s")
    chars = [chr(i) for i in (*range(0x3400), *range(0xF900, 0x10000), *range(0x1F100, 0x1F300))]
    chars += [chr(i) for i in range(0x3400, 0xA000)]
    normal = [unicodedata.normalize("NFKC", c) for c in chars]
    sent = ["" if "\n" in n else n for n in normal]
    simplified = converter.convert("\n".join(sent)).split("\n")
    assert len(simplified) == len(chars)
    expected = {}
    for c, s in zip(chars, simplified):
        if c.isspace() or (not s.strip() and s != ""):
            expected[c] = ""
        else:
            s = "".join(fold._QUOTES.get(ch, ch) for ch in s.lower())
            expected[c] = "".join(ch for ch in s if not ch.isspace())
    fold._learn(set(chars))
    table = fold._TABLE
    assert {c: table[ord(c)] for c in chars} == expected


def test_an_english_check_never_loads_opencc(tmp_path):
    """The start-up the shortcut is for: checking an English deck (a source without Chinese,
    with an accent and a dash) does not import OpenCC; checking a Chinese one does."""
    probe = (
        "import sys\n"
        "from deckgen.cli import main\n"
        "sys.argv = ['deckgen', 'check', '--no-cache', sys.argv[1]]\n"
        "try:\n    main()\n"
        "except SystemExit:\n    pass\n"
        "print('opencc' in sys.modules)\n"
    )
    english = write_deck(
        tmp_path / "en",
        """
        deck: {id: en, name: En, source: {file: sources/src.txt}}
        cards:
          - {id: crowd, q: How many people did the café launch draw?, a: "10,000", cite: "the café launch drew 10,000 people"}
        """,
        source="The café launch drew 10,000 people — a record.\n",
    )
    chinese = write_deck(tmp_path / "zh", FACT_DECK)
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "user-cache"))  # no answers kept yet
    for deck, loads in ((english, "False"), (chinese, "True"), (chinese, "False")):  # then OpenCC's answers are kept
        done = subprocess.run([sys.executable, "-c", probe, str(deck)], cwd=ROOT, env=env, capture_output=True, text=True)
        assert done.stdout.strip().splitlines()[-1] == loads, done.stdout + done.stderr
        assert "0 errors" in done.stdout


# -- OpenCC's answers kept between runs (fold._t2s) ----------------------------------------------

TRADITIONAL = "國際貨幣基金組織預測，臺灣經濟成長率為3.2%；「這個數字」並不樂觀。"
FOLD_PROBE = "import sys\nfrom deckgen.fold import fold_text, normalize\nprint(normalize(sys.argv[1]), fold_text(sys.argv[1]))\nprint('opencc' in sys.modules)\n"


def folded_in_a_process(cache: Path, text: str = TRADITIONAL) -> tuple[str, str]:
    env = dict(os.environ, XDG_CACHE_HOME=str(cache), PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", FOLD_PROBE, text], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    folded, loaded = done.stdout.splitlines()
    return folded, loaded


def store_of(cache: Path) -> Path:
    (found,) = (cache / "deckgen").glob("fold-t2s-*.marshal")
    return found


def answers_of(path: Path) -> tuple[str, dict[str, str]]:
    """The key and the answers a store file holds (fold.t2s_stored's format)."""
    stored = marshal.loads(path.read_bytes())
    return stored[0], fold.t2s_answers(stored, stored[0])


def test_opencc_s_answers_are_kept_and_fold_the_same(tmp_path):
    first = folded_in_a_process(tmp_path)
    assert first[1] == "True"
    assert folded_in_a_process(tmp_path) == (first[0], "False")  # not loaded: every character's answer is kept
    assert first[0].startswith("国际货币基金组织预测,台湾经济成长率为3.2%;")
    assert folded_in_a_process(tmp_path, TRADITIONAL + "麵") == (folded_in_a_process(tmp_path / "fresh", TRADITIONAL + "麵")[0], "True")


def test_every_kept_answer_is_opencc_s(tmp_path):
    folded_in_a_process(tmp_path, TRADITIONAL + "後來發現，這隻貓喜歡乾淨的臺燈與麵條。")
    key, answers = answers_of(store_of(tmp_path))
    converter = opencc.OpenCC("t2s")
    assert len(answers) > 20 and "國" in answers
    assert {k: converter.convert(k) for k in answers} == answers


def forged(path: Path, how: str) -> None:
    key, answers = answers_of(path)
    if how == "garbage":
        path.write_bytes(b"\x00 not marshal")
    elif how == "foreign":  # another OpenCC's answers: 國 kept as 國
        path.write_bytes(marshal.dumps(fold.t2s_stored("another OpenCC", {k: k for k in answers})))
    elif how == "wrong-types":
        path.write_bytes(marshal.dumps((key, "\0".join(answers), 7)))
    elif how == "not-a-triple":
        path.write_bytes(marshal.dumps([*fold.t2s_stored(key, answers), 1]))
    elif how == "the-old-dict":  # the first format: (key, {form: answer})
        path.write_bytes(marshal.dumps((key, answers)))
    elif how == "unpaired":  # one answer fewer than forms: no answer can be trusted to its form
        key, forms, simplified = fold.t2s_stored(key, answers)
        path.write_bytes(marshal.dumps((key, forms, simplified.split("\0", 1)[1])))


@pytest.mark.parametrize("how", ["garbage", "foreign", "wrong-types", "not-a-triple", "the-old-dict", "unpaired"])
def test_a_broken_or_foreign_store_is_ignored_and_rewritten(tmp_path, how):
    expected = folded_in_a_process(tmp_path)[0]
    path = store_of(tmp_path)
    forged(path, how)
    assert folded_in_a_process(tmp_path) == (expected, "True")
    assert folded_in_a_process(tmp_path) == (expected, "False")
    assert answers_of(path)[1]["國"] == "国"


def test_the_store_s_texts_give_back_every_answer():
    """t2s_stored's two texts read back (t2s_answers) as the very answers, several-character ones and empty ones too;
    an entry holding the separator is left out, not misread."""
    answers = {"國": "国", "臺": "台", "㍿": "株式会社", "丟": "丢", "\u3400": "\u3400", "x\u4e00": "", "麵": "面"}
    assert fold.t2s_answers(fold.t2s_stored("k", answers), "k") == answers
    assert fold.t2s_answers(fold.t2s_stored("k", {**answers, "\0國": "国"}), "k") == answers
    assert fold.t2s_answers(fold.t2s_stored("k", answers), "other") == {}
    assert fold.t2s_answers(fold.t2s_stored("k", {}), "k") == {}
