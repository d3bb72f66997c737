"""Performance, the twenty-second session (branch perf31): work a start-up check did that no verdict needs, done cheaper.

- ``binding._shaped`` (a fact with a figure in it: H20, 昇腾910B) compiled a pattern for each answer with re's own
  compiler, in Python, at each check; ``shaped_spans`` reads the answer's shape by hand, as the pattern reads it.
- ``people.zh_actor`` imported difflib for ``SequenceMatcher.find_longest_match``; ``longest_match`` is that loop
  where nothing is junk.
- ``fold._learn`` folds a character whose fold is one character without the joins' generators, and compares a
  one-character form with OpenCC's bound without ``max()`` (tests/test_fold_opencc.py holds every code point's fold to
  OpenCC's, as before); OpenCC's kept answers are read as two texts (tests/test_fold_opencc.py).

Each is held here to what it replaces, on made-up and random texts, and two cards on one cite keep their own verdicts.
"""

import difflib
import random
import re

import pytest

from conftest import binding_code as verdict
from deckgen.binding import _DIGITS_RE, _shaped, shaped_spans
from deckgen.people import _places, longest_match


def shape_pattern(answer: str) -> re.Pattern:
    """The pattern _shaped compiled for ``answer`` before."""
    parts = _DIGITS_RE.split(answer)
    return re.compile(r"(?<![\d.])" + r"\d+(?:\.\d+)?".join(re.escape(p) for p in parts) + r"(?!\d|\.\d)")


@pytest.mark.parametrize("answer, text", [
    ("H20", "除了旗舰H100,英伟达H20芯片和H800都受限,H20.5不是型号"),
    ("昇腾910B", "华为昇腾910B和昇腾910C,昇腾9.10B"),
    ("RTX 5090", "RTX 5090, RTX 5080 and RTX 4090; RTX 5.5"),
    ("v1.2.3", "v1.2.3 and v1.2.4 but not v1.2.3.4 nor 0v1.2.3"),
    ("3兆男", "3兆男与5兆男,13兆男,3.5兆男"),
    ("1.x", "1.x, 1.5.x, 2.x5"),
])
def test_shaped_spans_are_the_pattern_s(answer, text):
    assert shaped_spans(_DIGITS_RE.split(answer), text) == [m.span() for m in shape_pattern(answer).finditer(text)]


def test_shaped_spans_on_random_texts():
    """Against the pattern on 30,000 random answers and texts of digits, dots, letters, Han characters and a digit of
    another script (re's \\d is any decimal digit)."""
    rnd = random.Random(31)
    alphabet = "0123456789..H x芯片-٣"
    tried = matched = 0
    while tried < 30000:
        answer = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 7))).strip()
        parts = _DIGITS_RE.split(answer)
        if len(parts) < 2 or not "".join(parts).strip():
            continue
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 25)))
        if rnd.random() < 0.5:
            k = rnd.randint(0, len(text))
            text = text[:k] + answer + text[k:]
        want = [m.span() for m in shape_pattern(answer).finditer(text)]
        assert shaped_spans(parts, text) == want, (answer, text)
        tried, matched = tried + 1, matched + bool(want)
    assert matched > 3000  # (the texts do hold the shapes)


def test_shaped_values_and_the_answer_s_own():
    values, mine = _shaped("H20", "英伟达H20芯片与H100芯片")
    assert [(v.start, v.end, v.text) for v in values] == [(3, 6, "H20"), (9, 13, "H100")]
    assert [v.text for v in mine] == ["H20"]
    assert _shaped("芯片", "H20芯片") == ([], [])  # (no figure in the answer: no shape)


@pytest.mark.parametrize("a, b", [
    ("全场三分球7投6中", "张帆全场三分球7投6中,和外援里勒合砍47分"),
    ("带队打出一波10比0", "他带队打出一波10比0的攻势,随后带队打出"),
    ("abcabc", "xxabcaabcabcx"),
    ("aaaa", "aaaaaaaa"),
    ("xyz", ""),
])
def test_longest_match_is_difflib_s(a, b):
    m = difflib.SequenceMatcher(None, a, b, autojunk=False).find_longest_match
    places = _places(b)
    for lo in range(len(a) + 1):
        assert longest_match(a, b, places, lo, len(a)) == tuple(m(lo, len(a), 0, len(b)))


def test_longest_match_on_random_texts():
    """Against difflib on 20,000 random pairs, ties included (few letters), and on texts over 200 characters (where
    difflib's autojunk would drop popular characters: zh_actor turns it off, and so nothing here is junk)."""
    rnd = random.Random(16)
    for n in range(20000):
        letters = rnd.choice(["ab", "abc", "的中国表示公司"])
        a = "".join(rnd.choice(letters) for _ in range(rnd.randint(1, 12)))
        b = "".join(rnd.choice(letters + "x") for _ in range(rnd.randint(0, 30 if n % 50 else 300)))
        m = difflib.SequenceMatcher(None, a, b, autojunk=False).find_longest_match
        places = _places(b)
        for lo in range(min(len(a), 5) + 1):
            assert longest_match(a, b, places, lo, len(a)) == tuple(m(lo, len(a), 0, len(b))), (a, b, lo)


# Two cards on one cite: a product's number (H20 against H100, read by _shaped) and a deed's actor (zh_actor). Each keeps
# the verdict it gets alone, in either order: nothing one card reads is kept for the other.
SHAPE_CITE = "英伟达H20芯片的售价低于H100芯片"
SHAPE_CARDS = [
    ("fact", "H20", "售价较低的是英伟达哪款芯片?"),
    ("fact", "H100", "售价较低的是英伟达哪款芯片?"),
]
ACTOR_CITE = "张帆全场三分球7投6中,和外援里勒合砍47分"
ACTOR_CARDS = [
    ("fact", "张帆", "谁全场三分球7投6中?"),
    ("fact", "里勒", "谁全场三分球7投6中?"),
]


@pytest.mark.parametrize("cite, cards", [(SHAPE_CITE, SHAPE_CARDS), (ACTOR_CITE, ACTOR_CARDS)])
def test_cards_on_one_cite_keep_their_own_verdicts(cite, cards):
    alone = [verdict(kind, answer, cite, q) for kind, answer, q in cards]
    assert alone[0] == "grounded" and alone[1] == "DG601"  # (the right answer passes, the other item is DG601: the rules read)
    for order in (cards, cards[::-1]):
        together = {(k, a, q): verdict(k, a, cite, q) for k, a, q in order}
        assert [together[c] for c in cards] == alone
