"""Folding: the one way deckgen compares text.

Authors type cites in Simplified or Traditional Chinese, with half- or full-width
punctuation, across line breaks. Both the source and the cite are folded the same
way before they are compared, and a folded offset always maps back to the original
text so that findings point at the real passage.

A character folds, on its own and without context, to NFKC, then OpenCC ``t2s``,
then lower case; quotation marks of every style fold to ASCII quotes. Folding is
per character (not per phrase) so that a cite folds exactly as the same characters
do inside the source, wherever the cite starts.
"""

from __future__ import annotations

import bisect
import re
from array import array
import unicodedata
from functools import lru_cache

from .patterns import lazy

_QUOTES = {
    **dict.fromkeys("“”„‟「」『』〝〞＂", '"'),
    **dict.fromkeys("‘’‚‛", "'"),
}

# Per-character results, shared by every text folded in this process.
_TABLE: dict[int, str] = {}
_SPACE_TABLE: dict[int, str] = {}
_KNOWN: set[str] = set()  # characters in the tables
_EMPTY: set[str] = set()  # characters that fold to nothing (white space)
_WIDE: set[str] = set()  # characters that fold to several (ﬁ -> fi)


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


# OpenCC's t2s changes no text whose characters all stand below U+3400 (where CJK
# Extension A starts): tests/test_fold_opencc.py holds this over every code point. Such
# characters are not sent to it, so a deck without Chinese never loads it (5 ms of start-up).
_OPENCC_FROM = "\u3400"


# --- OpenCC's answers kept between runs ---------------------------------------------------------
# Loading OpenCC and its t2s dictionaries costs about 37 million instructions (4% of checking the
# shipped deck) to fold a few hundred characters, and OpenCC's answer for one character alone is the
# same at every run while OpenCC is the same. So its answers are kept in one file of the user's
# cache folder, keyed by the Python and the OpenCC installed (its module file, size and time), and
# OpenCC is loaded only for a character no earlier run asked about. Contained: anything unexpected
# (no OpenCC to key by, another key, a corrupt file, a value that is not text) is ignored and
# OpenCC is asked; tests/test_fold_opencc.py holds every kept answer to OpenCC's own.

_T2S_MAX = 60_000  # answers kept at most (a 10 MB Chinese source has a few thousand characters)
_t2s_kept: dict[str, str] | None = None  # a character's NFKC form -> OpenCC t2s of it
_t2s_new = False


@lru_cache(maxsize=1)
def _t2s_path() -> tuple[str, str] | None:
    """(the store file, its key) for this Python and this OpenCC; None where OpenCC cannot be found."""
    import importlib.util
    import os
    import sys
    import zlib

    try:
        origin = importlib.util.find_spec("opencc").origin
        info = os.stat(origin)
    except Exception:
        return None
    key = repr((2, sys.version, origin, info.st_size, info.st_mtime_ns, "t2s"))  # (2: the two texts' format)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "deckgen", f"fold-t2s-{zlib.crc32(key.encode()):08x}.marshal"), key


def _read_t2s() -> dict[str, str]:
    where = _t2s_path()
    if where is None:
        return {}
    try:
        import marshal

        with open(where[0], "rb") as f:
            return t2s_answers(marshal.loads(f.read()), where[1])
    except Exception:
        pass
    return {}


# The store holds its answers as two texts, every character's NFKC form and OpenCC's answer each joined by NUL (which
# neither holds: NUL stands below U+3400, and OpenCC adds none): unmarshalling a dict of some three thousand
# one-character strings cost 7.5 million instructions at each start (and checking each one's type 2 million more);
# two texts split and zipped into the dict cost a small part of that.
_T2S_SEP = "\0"


def t2s_stored(key: str, answers: dict[str, str]) -> tuple[str, str, str]:
    """What the store file holds for ``answers`` (marshalled): the key, the forms and the answers, each set of texts
    joined by NUL. An entry holding NUL is left out (none does: it is asked of OpenCC again)."""
    kept = [(k, v) for k, v in answers.items() if _T2S_SEP not in k and _T2S_SEP not in v]
    return key, _T2S_SEP.join(k for k, _ in kept), _T2S_SEP.join(v for _, v in kept)


def t2s_answers(stored, key: str) -> dict[str, str]:
    """The answers of a store file's content (unmarshalled) made by ``t2s_stored`` under ``key``; {} for anything else
    (another key, another shape, texts that do not pair up)."""
    if type(stored) is not tuple or len(stored) != 3:
        return {}
    stored_key, forms, simplified = stored
    if stored_key != key or type(forms) is not str or type(simplified) is not str or not forms:
        return {}
    forms_, simplified_ = forms.split(_T2S_SEP), simplified.split(_T2S_SEP)
    if len(forms_) != len(simplified_):
        return {}
    return dict(zip(forms_, simplified_))


def _save_t2s() -> None:
    """Write the answers atomically, merged with what the file holds now (another deckgen may have
    written it meanwhile); never raises: a read-only cache folder only means OpenCC is asked again."""
    from .patterns import write_store

    where = _t2s_path()
    try:
        merged = _read_t2s()
        for k, v in _t2s_kept.items():
            if len(merged) >= _T2S_MAX:
                break
            merged.setdefault(k, v)
        write_store(where[0], t2s_stored(where[1], merged), "fold-t2s-")  # (another OpenCC's, unused a month, is removed)
    except Exception:
        pass


def _t2s(texts: list[str]) -> list[str]:
    """OpenCC t2s of each of ``texts`` (a character's NFKC form) alone: kept answers first, then one
    OpenCC call for the rest (the newline keeps them apart, so no phrase rule can join two of them;
    white space, which alone normalises to a newline, stands below U+3400 and is never sent)."""
    global _t2s_kept, _t2s_new
    if _t2s_kept is None:
        _t2s_kept = _read_t2s()
    kept = _t2s_kept
    missing = [t for t in dict.fromkeys(texts) if t not in kept]
    if missing:
        converted = _converter().convert("\n".join(missing)).split("\n")
        if len(converted) != len(missing):  # a conversion swallowed a separator
            converted = [_converter().convert(n) for n in missing]
        kept.update(zip(missing, converted))
        if not _t2s_new and _t2s_path() is not None:
            import atexit

            _t2s_new = True
            atexit.register(_save_t2s)
    return [kept[t] for t in texts]


def _learn(chars: set[str]) -> None:
    """Add the fold of each new character to the translate tables."""
    if chars <= _KNOWN:  # the common case, checked in C
        return
    new = list(chars - _KNOWN)
    normal = [unicodedata.normalize("NFKC", c) for c in new]
    simplified = normal
    # (a one-character form is its own max: max() with its keyword cost 4,000 instructions a character)
    asked = [i for i, n in enumerate(normal) if (n if len(n) == 1 else max(n, default="")) >= _OPENCC_FROM]
    if asked:
        converted = _t2s([normal[i] for i in asked])
        simplified = list(normal)
        for i, s in zip(asked, converted):
            simplified[i] = s
    for c, s in zip(new, simplified):
        if c.isspace() or (not s.strip() and s != ""):
            s, spaced = "", " "
        else:
            low = s.lower()
            if len(low) == 1:  # (most characters: the two joins below, without their generators)
                s = _QUOTES.get(low, low)
                s = spaced = "" if s.isspace() else s
            else:
                s = "".join(_QUOTES.get(ch, ch) for ch in low)
                s = spaced = "".join(ch for ch in s if not ch.isspace())
        _TABLE[ord(c)] = s
        _SPACE_TABLE[ord(c)] = spaced
        if s == "":
            _EMPTY.add(c)
        elif len(s) > 1:
            _WIDE.add(c)
    _KNOWN.update(new)


# English function words: what matching by content words (find's ranking, binding's
# question terms) leaves out. One list; each user adds the words only it ignores.
STOP_WORDS = frozenset(
    "a an the of in on at to for from by with and or but as is are was were be been being it its this that these "
    "those he she they we you i his her their our your which who whom whose what when where why how much many than "
    "then there also not no so such into onto over under after before about during between same other others "
    "did does do per".split()
)


def han_at(text: str, i: int) -> bool:
    """Whether ``text[i]`` is a Han character (U+3400-U+9FFF), as ``[\u3400-\u9fff]``
    matches at ``i`` (``i >= 0``): compiling that class costs a millisecond at start-up."""
    return i < len(text) and "\u3400" <= text[i] <= "\u9fff"


def has_han(text: str) -> bool:
    """Whether ``text`` has a Han character (U+3400-U+9FFF)."""
    return not text.isascii() and _HAN.search(text) is not None


# (one search in C: the generator over the characters it replaces cost four times as much, 2,700 calls a check;
# compiled on the first text that is not ASCII, from the pattern store: no millisecond of re's compiler a run)
_HAN = lazy("[\u3400-\u9fff]")


def han_runs(text: str) -> list[str]:
    """The runs of Han characters in ``text``, as ``re.findall(r"[\u3400-\u9fff]+", text)``."""
    if text.isascii():
        return []
    runs: list[str] = []
    start = -1
    for i, c in enumerate(text):
        if "\u3400" <= c <= "\u9fff":
            if start < 0:
                start = i
        elif start >= 0:
            runs.append(text[start:i])
            start = -1
    if start >= 0:
        runs.append(text[start:])
    return runs


# A card's answer, cite and question are folded again by each check that reads
# them: short texts are folded once (sources, too long to keep, are not).
_MEMO_CHARS = 512


def _folded(text: str) -> str:
    _learn(set(text))
    return text.translate(_TABLE)


_folded_once = lru_cache(maxsize=4096)(_folded)


def fold_text(text: str) -> str:
    """Fold ``text`` without whitespace: the form cites are matched in."""
    return _folded_once(text) if len(text) <= _MEMO_CHARS else _folded(text)


_SPACES = lazy(" {2,}")


def normalize(text: str) -> str:
    """Fold ``text`` but keep word breaks (each run of white space becomes one space).

    This is the form the quantity, date and speaker parsers read: Simplified,
    ASCII digits and punctuation, lower case, with English words still apart.
    ``fold(text, keep_spaces=True)`` gives the same text with its map back.
    """
    return _normalized_once(text) if len(text) <= _MEMO_CHARS else _normalized(text)


def _normalized(text: str) -> str:
    _learn(set(text))
    return _SPACES.sub(" ", text.translate(_SPACE_TABLE))


_normalized_once = lru_cache(maxsize=4096)(_normalized)


class Folded:
    """A folded text that remembers where each folded character came from.

    The map back is not an entry per run of white space (a 10 MB English source
    has two million of them: seconds to build, tens of MB to keep). The original
    is cut into blocks of about BLOCK characters, each folded on its own, and
    only where each block's folding starts is kept; an offset is mapped back by
    a binary search over the prefixes of its block, folded again. Folding is per
    character, so a prefix of a block folds to a prefix of its folding; a block
    ends only after a character that folds to something, so no run of white
    space that ``keep_spaces`` would collapse spans two blocks.

    A plain class with slots: @dataclass would cost start-up time.
    """

    __slots__ = ("original", "text", "_keep_spaces", "_ostarts", "_fstarts", "_empties")

    BLOCK = 128

    def __init__(
        self, original: str, text: str, keep_spaces: bool, ostarts: array | None, fstarts: array | None, empties: str | None = None
    ) -> None:
        self.original = original
        self.text = text
        self._keep_spaces = keep_spaces
        # Block k is original[_ostarts[k]:_ostarts[k + 1]] and folds to text
        # starting at _fstarts[k]; None where folding is 1:1 throughout.
        self._ostarts = ostarts
        self._fstarts = fstarts
        # The characters that fold to nothing, where no other changes the length
        # (none expands, ``keep_spaces`` is off): offsets are then mapped back by counting them.
        self._empties = empties

    def to_original(self, pos: int) -> int:
        """Offset in the original of the character that folded into ``pos``.

        ``pos == len(text)`` maps to ``len(original)``.
        """
        if not 0 <= pos <= len(self.text):
            raise ValueError(f"folded offset {pos} outside 0..{len(self.text)}")
        if pos == len(self.text):
            return len(self.original)
        fstarts = self._fstarts
        if fstarts is None:
            return pos
        k = bisect.bisect_right(fstarts, pos) - 1
        ostarts, o = self._ostarts, self.original
        a = ostarts[k]
        b = ostarts[k + 1] if k + 1 < len(ostarts) else len(o)
        inside = pos - fstarts[k]
        empties = self._empties
        if empties is not None:
            # Only characters that fold to nothing change the length: the first m
            # with m - a - inside of them before it (counted in C) is the one.
            m = a + inside
            while True:
                n = a + inside + sum(o.count(c, a, m + 1) for c in empties)
                if n == m:
                    return m
                m = n
        # The first m whose prefix a..m (inclusive) folds to more than ``inside`` characters.
        table, keep = (_SPACE_TABLE, True) if self._keep_spaces else (_TABLE, False)
        lo, hi = a, b - 1
        while lo < hi:
            mid = (lo + hi) // 2
            n = o[a : mid + 1].translate(table)
            if keep:
                n = _SPACES.sub(" ", n)
            if len(n) > inside:
                hi = mid
            else:
                lo = mid + 1
        return lo

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Tight original span ``[a, b)`` of folded span ``[start, end)``."""
        a = self.to_original(start)
        if end <= start:
            return a, a
        return a, self.to_original(end - 1) + 1

    def line_of(self, orig_pos: int) -> int:
        """1-based line number of original offset ``orig_pos``."""
        return self.original.count("\n", 0, orig_pos) + 1


def fold(text: str, keep_spaces: bool = False) -> Folded:
    """Fold ``text`` and keep the map back to it.

    With ``keep_spaces`` the result is ``normalize(text)``: each run of white
    space folds to one space instead of nothing.
    """
    chars = set(text)
    _learn(chars)
    table = _SPACE_TABLE if keep_spaces else _TABLE
    empty, wide = chars & _EMPTY, chars & _WIDE
    if not empty and not wide:
        return Folded(text, text.translate(table), keep_spaces, None, None)
    n, block = len(text), Folded.BLOCK
    code = "i" if n < 2**31 else "q"
    ostarts, fstarts = array(code), array(code)
    pieces: list[str] = []
    a, f = 0, 0
    while a < n:
        b = min(a + block, n)
        while b < n and text[b - 1] in empty:  # a block ends after a character that folds to something
            b += 1
        piece = text[a:b].translate(table)
        if keep_spaces:
            piece = _SPACES.sub(" ", piece)
        ostarts.append(a)
        fstarts.append(f)
        pieces.append(piece)
        f += len(piece)
        a = b
    counted = None if keep_spaces or wide else "".join(sorted(empty))
    return Folded(text, "".join(pieces), keep_spaces, ostarts, fstarts, counted)


def find_span(needles: list[str], text: str) -> tuple[int, int] | None:
    """Original span in ``text`` of the first of ``needles`` found there, compared folded."""
    folded = fold_text(text)
    for needle in needles:
        key = fold_text(needle)
        i = folded.find(key) if key else -1
        if i >= 0:
            # Only the two ends are mapped back (``Folded.to_original``).
            whole = fold(text)
            return whole.span(i, i + len(key))
    return None

