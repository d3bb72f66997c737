"""Patterns that cost nothing at start-up.

Compiling deckgen's regular expressions is most of its start-up. A pattern that
only a rare card or a rare command needs is declared with :func:`lazy`, so a run
that never uses it never compiles it: the one way to defer a pattern, shared by
every module. A table of words looked up at a position is a :class:`WordTable`,
a dictionary scan instead of an alternation of every word.
"""

from __future__ import annotations

import marshal
import re
import zlib
# Imported once here (``re`` has loaded _sre, and array is built in): an import statement in
# ``compile_pattern`` ran for each of the ~170 patterns a check compiles (the two about 12,000 instructions).
import _sre
from array import array

__all__ = ["GUARDED", "GuardedPattern", "LED", "LazyPattern", "WordTable", "compile_pattern", "lazy", "literal_spans", "search_at_starts",
           "standalone"]


# --- compiled programs kept between runs ---------------------------------------------------------
# ``re`` parses a pattern and generates its program in Python: about 50 ms of each start-up for
# deckgen's few hundred patterns. ``compile_pattern`` keeps each program (the arguments ``re``
# hands to ``_sre.compile``) in one file of the user's cache folder, keyed by the exact
# interpreter and deckgen's version, and builds the pattern from it at the next run. Contained:
# only deckgen's patterns come here (``re``'s own cache and ``re.compile`` are untouched), and
# anything unexpected (another interpreter, a private name missing, a corrupt file, an error)
# falls back to ``re.compile``. tests/test_pattern_cache.py holds every kept program equal to what
# ``re.compile`` builds from the same pattern today.

_KEPT_MAX = 2000  # programs in the file at most (deckgen declares about 800; a few MB at most)
_kept: dict | None = None  # (pattern, flags) -> (flags, code as bytes, groups, groupindex, indexgroup): this run's
_kept_new = False
_used: set = set()  # the keys this run built: kept first when the file is full (a pattern changed
# between two commits of the same version leaves its old program behind, unused)
# The file read at the first pattern: its index (a slot, see ``_slot`` -> where the program starts in ``_data``) and
# the programs themselves, each unmarshalled only when a pattern asks for it. (The store was one dict read whole at each
# start: about 8.5 million instructions for the 1,200 programs every tree of the machine had kept, a check using 300.)
_index: dict = {}
_data: bytes | memoryview = b""
_STORE_FORMAT = "indexed 1"  # (part of the key, so a store of the older format, one dict, is another file)


def _kept_key():
    """What the kept programs are only valid for; None without the private names they need."""
    import sys

    try:
        import _sre
        from array import array
        from re import _compiler, _parser  # Python 3.11+ (3.10 has sre_compile: no store there)

        from . import __version__

        for needed in (_sre.compile, _compiler._code, _parser.parse):  # every private name _program uses
            if not callable(needed):
                return None
        typecode = next(t for t in "IL" if array(t).itemsize == _sre.CODESIZE)
        return (sys.version, sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE, __version__, _STORE_FORMAT), typecode
    except Exception:
        return None


def _kept_path(key) -> str:
    import os
    import zlib

    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    name = f"patterns-{key[1]}-{zlib.crc32(repr(key).encode()):08x}.marshal"
    return os.path.join(base, "deckgen", name)


def _slot(pattern: str, flags: int) -> int:
    """A pattern's place in the store's index: a checksum of its text and flags (two patterns may share one: the
    program read there names its own pattern, and another pattern's is never used)."""
    return zlib.crc32(pattern.encode("utf-8", "surrogatepass"), flags & 0xFFFFFFFF)


def _store_bytes(key, programs: dict) -> bytes:
    """The store file for ``programs`` ((pattern, flags) -> entry): the length of its head (8 bytes), the head
    (``key`` and the index, marshalled) and each program marshalled as (pattern, flags, *entry), one after another."""
    index, parts, at = {}, [], 0
    for (pattern, flags), entry in programs.items():
        part = marshal.dumps((pattern, flags, *entry))
        index[_slot(pattern, flags)] = at  # (a shared slot keeps the last: the other pattern is compiled again)
        parts.append(part)
        at += len(part)
    head = marshal.dumps((key, index))
    return len(head).to_bytes(8, "little") + head + b"".join(parts)


def _open_store(data: bytes) -> tuple:
    """(key, index, programs' bytes) of a store file's content; raises for what is not one."""
    n = int.from_bytes(data[:8], "little")
    key, index = marshal.loads(data[8:8 + n])
    if type(index) is not dict or len(data) < 8 + n:
        raise ValueError("not a pattern store")
    return key, index, memoryview(data)[8 + n:]


def _program_at(data, at: int):
    """The (pattern, flags, entry) marshalled at ``at`` of the programs' bytes."""
    pattern, flags, *entry = marshal.loads(data[at:])
    return pattern, flags, tuple(entry)


def _parse_store(data: bytes) -> tuple:
    """(key, every program by (pattern, flags)) of a store file's content, all read; raises for what is not one."""
    key, index, body = _open_store(data)
    programs = {}
    for at in index.values():
        pattern, flags, entry = _program_at(body, at)
        programs[(pattern, flags)] = entry
    return key, programs


def _read_store() -> tuple:
    """(index, programs' bytes) of the store file for this interpreter; ({}, b"") if there is none or it is not ours."""
    key = _KEY[0] if _KEY else None
    if key is not None:
        try:
            with open(_kept_path(key), "rb") as f:
                stored_key, index, body = _open_store(f.read())
            if stored_key == key:
                return index, body
        except Exception:
            pass
    return {}, b""


def _read_kept() -> dict:
    """Every program in the store file for this interpreter, read whole; {} if there is none or it is not ours."""
    index, body = _read_store()
    programs = {}
    try:
        for at in index.values():
            pattern, flags, entry = _program_at(body, at)
            programs[(pattern, flags)] = entry
    except Exception:
        return {}
    return programs


def _load_kept() -> dict:
    """Open the store (its index only) for this run; returns this run's programs, none yet."""
    global _kept, _index, _data
    _kept = {}
    _index, _data = _read_store()
    return _kept


def _stored(pattern: str, flags: int):
    """The store's entry for (pattern, flags), read from the file's bytes; None if it holds none."""
    at = _index.get(_slot(pattern, flags))
    if at is None:
        return None
    try:
        stored_pattern, stored_flags, entry = _program_at(_data, at)
    except Exception:
        return None
    return entry if stored_pattern == pattern and stored_flags == flags else None


_STALE_DAYS = 30  # another version's or interpreter's store file unused this long is removed


def _save_kept() -> None:
    """Write the kept programs atomically (a temporary file of this process renamed over the old one).

    Two deckgen processes may end at once: each merges what the file holds now with what it learnt,
    so the last rename loses at most the other's patterns of that one run, never a whole file. Never
    raises: a read-only or missing cache folder only means the next run compiles again."""
    try:
        merged = merge_kept(_read_kept(), _kept, _used, _KEPT_MAX)
        write_store(_kept_path(_KEY[0]), _store_bytes(_KEY[0], merged), "patterns-", raw=True)
    except Exception:
        pass


def merge_kept(on_file: dict, learnt: dict, used, limit: int) -> dict:
    """What a store keeps when a run ends: the file's entries updated with the run's, those this run used first, then
    the rest in the file's order, at most ``limit``."""
    on_file.update(learnt)
    merged = {k: on_file[k] for k in used if k in on_file}
    for k, v in on_file.items():
        if len(merged) >= limit:
            break
        merged.setdefault(k, v)
    return merged


def write_store(path: str, payload, prefix: str, raw: bool = False) -> None:
    """Write ``payload`` to ``path`` atomically with marshal (a temporary file of this process renamed over the old one),
    then remove the files beside it named ``prefix…`` that no run has written for ``_STALE_DAYS`` (another version's or
    interpreter's store). The pattern store and folding's OpenCC answers are kept this way; a failure raises, and the
    temporary file never stays. ``raw``: ``payload`` is the file's bytes already."""
    import marshal
    import os
    import time

    os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        with open(tmp, "wb") as f:
            f.write(payload if raw else marshal.dumps(payload))
        os.replace(tmp, path)
    except BaseException:
        try:
            os.remove(tmp)
        except OSError:
            pass
        raise
    folder, old = os.path.dirname(path), time.time() - _STALE_DAYS * 86400
    for name in os.listdir(folder):
        other = os.path.join(folder, name)
        if name.startswith(prefix) and other != path and os.path.getmtime(other) < old:
            os.remove(other)


def _program(pattern: str, flags: int):
    """What ``re.compile`` hands ``_sre.compile`` for ``pattern`` (re._compiler.compile's steps)."""
    from re import _compiler, _parser

    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    indexgroup = [None] * p.state.groups
    for k, i in p.state.groupdict.items():
        indexgroup[i] = k
    return flags | p.state.flags, code, p.state.groups - 1, dict(p.state.groupdict), tuple(indexgroup)


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` for deckgen's own patterns, its program kept between runs."""
    global _kept_new
    flags = int(flags)
    if _KEY is None or not isinstance(pattern, str) or flags & re.DEBUG:
        return re.compile(pattern, flags)

    kept = _load_kept() if _kept is None else _kept
    entry = kept.get((pattern, flags))
    if entry is None and _index:
        entry = _stored(pattern, flags)
        if entry is not None:
            kept[(pattern, flags)] = entry
    if entry is not None:
        try:
            final, code, groups, groupindex, indexgroup = entry
            compiled = _sre.compile(pattern, final, array(_KEY[1], code).tolist(), groups, groupindex, indexgroup)
            _used.add((pattern, flags))
            return compiled
        except Exception:
            pass
    try:
        final, code, groups, groupindex, indexgroup = _program(pattern, flags)
        compiled = _sre.compile(pattern, final, code, groups, groupindex, indexgroup)
    except Exception:
        return re.compile(pattern, flags)  # re's own error for a bad pattern
    if len(_used) < _KEPT_MAX:
        kept[(pattern, flags)] = (final, array(_KEY[1], code).tobytes(), groups, groupindex, indexgroup)
        _used.add((pattern, flags))
        if not _kept_new:
            import atexit

            _kept_new = True
            atexit.register(_save_kept)
    return compiled


_KEY = _kept_key()


class LazyPattern:
    """Stands in for ``re.compile(pattern, flags)``: compiles on first use, then
    forwards every attribute (``search``, ``finditer`` …) to the compiled pattern.
    ``pattern`` and ``flags`` are known without compiling."""

    # The compiled pattern's methods are kept in slots once compiled, so that a call after the first
    # costs what a call on ``re.compile``'s pattern does (no ``__getattr__`` each time).
    _METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")
    __slots__ = ("pattern", "_flags", "_compiled", "starts", *_METHODS)

    def __init__(self, pattern: str, flags: int = 0, starts: str = "") -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None
        self.starts = starts

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            # (with ``starts``, the pattern is compiled behind a lookahead of where a match can start: ``re`` tries
            # each branch of a pattern that opens with a lookbehind at every position, the lookahead refuses most
            # positions at once; same matches, same groups)
            led = f"(?={self.starts})(?:{self.pattern})" if self.starts else self.pattern
            self._compiled = compile_pattern(led, self._flags)
            for name in self._METHODS:
                setattr(self, name, getattr(self._compiled, name))
        return self._compiled

    def __getattr__(self, name: str):
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


class GuardedPattern:
    """A lazy pattern that can only match a text holding one of the words ``needs``:
    a text without any of them is answered without the regular expression (no match,
    the text unchanged), so a run whose texts never hold them never compiles it.
    tests/test_patterns.py holds every guard to its pattern (each way to match takes
    one of the words)."""

    __slots__ = ("lazy", "needs", "_seen", "_held")

    def __init__(self, pattern: str, flags: int, needs: tuple[str, ...], starts: str = "") -> None:
        self.lazy = LazyPattern(pattern, flags, starts)
        self.needs = needs
        self._seen: str | None = None
        self._held = False

    def holds(self, text: str) -> bool:
        """Whether ``text`` holds one of the words the pattern needs.

        The answer for the last text is kept, by identity (the same string object has the same
        words): a rule that searches a long cite near each of its values (``search(cite, lo, hi)``)
        would otherwise read the whole cite again for each value."""
        if text is self._seen:
            return self._held
        held = False
        for word in self.needs:
            if word in text:
                held = True
                break
        self._seen, self._held = text, held
        return held

    def search(self, string: str, *args):
        return self.lazy.search(string, *args) if self.holds(string) else None

    def match(self, string: str, *args):
        return self.lazy.match(string, *args) if self.holds(string) else None

    def fullmatch(self, string: str, *args):
        return self.lazy.fullmatch(string, *args) if self.holds(string) else None

    def finditer(self, string: str, *args):
        return self.lazy.finditer(string, *args) if self.holds(string) else iter(())

    def findall(self, string: str, *args):
        return self.lazy.findall(string, *args) if self.holds(string) else []

    def split(self, string: str, *args):
        return self.lazy.split(string, *args) if self.holds(string) else [string]

    def sub(self, repl, string: str, *args):
        return self.lazy.sub(repl, string, *args) if self.holds(string) else string

    def subn(self, repl, string: str, *args):
        return self.lazy.subn(repl, string, *args) if self.holds(string) else (string, 0)

    def __getattr__(self, name: str):
        return getattr(self.lazy, name)

    def __repr__(self) -> str:
        return f"lazy({self.lazy.pattern!r}, needs={self.needs!r})"


# Every guarded pattern, for the test that holds each guard to its pattern; every led one, likewise.
GUARDED: list[GuardedPattern] = []
LED: list[LazyPattern | GuardedPattern] = []


def lazy(pattern: str, flags: int = 0, needs: str | tuple[str, ...] = (), starts: str = "") -> LazyPattern | GuardedPattern:
    """``re.compile(pattern, flags)``, compiled when first used. ``needs``: words one of
    which every match takes (a word or a tuple); a text without them is not searched.
    ``starts``: a pattern (a class, or a few classes with a lookbehind) that holds where every
    match starts, tried before the pattern at each position (``.pattern`` stays the pattern).
    A lazy pattern is no match's ``m.re``: code that tells matches apart by their pattern
    compares ``m.re.pattern`` with ``X.pattern`` (or ``X`` stays ``re.compile``)."""
    if not needs:
        out: LazyPattern | GuardedPattern = LazyPattern(pattern, flags, starts)
    else:
        out = GuardedPattern(pattern, flags, (needs,) if isinstance(needs, str) else tuple(needs), starts)
        GUARDED.append(out)
    if starts:
        LED.append(out)
    return out


def literal_spans(word: str, text: str) -> list[tuple[int, int]]:
    """Where ``word`` stands in ``text``, left to right and not overlapping: ``[m.span() for m in
    re.finditer(re.escape(word), text)]`` without a pattern compiled for each word (re's compiler, in
    Python, ran for each answer, title and name a check looked for so)."""
    if not word:  # (the empty pattern's matches: one at each position)
        return [(i, i) for i in range(len(text) + 1)]
    spans, n = [], len(word)
    at = text.find(word)
    while at >= 0:
        spans.append((at, at + n))
        at = text.find(word, at + n)
    return spans


def standalone(word: str, text: str) -> bool:
    """Whether ``text`` holds ``word`` with no ASCII letter just before or after it: ``re.search(rf"(?<![A-Za-z])
    {re.escape(word)}(?![A-Za-z])", text) is not None``, without compiling a pattern for the word."""
    at, n = text.find(word), len(word)
    while at >= 0:
        before, after = text[at - 1:at] if at else "", text[at + n:at + n + 1]
        if not (before.isascii() and before.isalpha()) and not (after.isascii() and after.isalpha()):
            return True
        at = text.find(word, at + 1)
    return False


def _ascii_letter(c: str) -> bool:
    return c.isascii() and c.isalpha()


class WordTable:
    """The words of a table found at a position without a regular expression: the
    same answer as the alternation ``\\s?(?:w1|w2|…)`` of the words, longest first,
    with a word that starts (ends) with an ASCII letter refused after (before) a
    letter a-z — but no alternation of every spelling to compile at start-up."""

    __slots__ = ("_by_first",)

    def __init__(self, words) -> None:
        by_first: dict[str, list[str]] = {}
        for w in sorted(words, key=len, reverse=True):
            by_first.setdefault(w[0], []).append(w)
        self._by_first = {c: tuple(ws) for c, ws in by_first.items()}

    def _at(self, text: str, i: int) -> str | None:
        words = self._by_first.get(text[i]) if i < len(text) else None
        if words is None:
            return None
        before = text[i - 1] if i else ""
        for w in words:
            if not text.startswith(w, i):
                continue
            if "a" <= before <= "z" and _ascii_letter(w[0]):
                continue
            j = i + len(w)
            if j < len(text) and "a" <= text[j] <= "z" and _ascii_letter(w[-1]):
                continue
            return w
        return None

    def match(self, text: str, pos: int) -> tuple[int, str] | None:
        """(end, word) of the table's word at ``pos`` or after one white-space
        character there (tried first, as ``\\s?`` would); None if there is none."""
        if pos < len(text) and text[pos].isspace():
            w = self._at(text, pos + 1)
            if w is not None:
                return pos + 1 + len(w), w
        w = self._at(text, pos)
        return None if w is None else (pos + len(w), w)


def search_at_starts(pattern, starts, first_words, text: str, pos: int = 0) -> re.Match | None:
    """``pattern.search(text, pos)``, tried only where ``starts`` (a cheap character class)
    says a match can begin. A word of Latin letters found there is a start only if it is one
    of ``first_words``; otherwise no match starts inside it either, and the scan moves past it.
    """
    while True:
        c = starts.search(text, pos)
        if c is None:
            return None
        i = c.start()
        if "a" <= text[i] <= "z" and c.group() not in first_words:
            pos = c.end()
            continue
        m = pattern.match(text, i)
        if m is not None:
            return m
        pos = i + 1
