"""What every check cache file shares, and ``deckgen check``'s whole output kept (``ReportCache``).

A pre-commit hook re-checks decks that mostly did not change. When every deck file a
check names, its lock and its sources are what they were, and deckgen's code too, the
command's output is what it was: it is kept whole (``build/.cache/report/``) with the
SHA-256 of each of those files, and such a check reads only those files' bytes. This
module imports neither the loader nor the checkers (nor YAML), so an unchanged check
costs little more than the interpreter and Click: ``cache.py`` (the check cache of
each deck file and card) builds on the pieces here.

A cache file is JSON, never pickle (in CI it sits in a checkout and is as untrusted as
a deck), sealed with this machine's key, and every value read from it is checked;
whatever is wrong with one, it is ignored and rewritten.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
from functools import lru_cache
from pathlib import Path

from . import __version__
from .errors import DeckgenError
from .files import MAX_FILE_BYTES, confined, lock_bytes, lock_path, read_limited, read_source, sha256_hex, text_sha256

FOLDER = Path("build") / ".cache"  # relative to the working folder
FORMAT = 1  # of the cache file; another is a foreign file, ignored
MAX_CACHE_BYTES = 16 * MAX_FILE_BYTES  # a deck of the largest size, its results and its cards' keys
LIBRARIES = ("opencc", "rapidfuzz", "yaml")  # their tables and scores are in findings' wording


@lru_cache(maxsize=None)
def code_key() -> str:
    """What identifies this deckgen: a result from any other may differ.

    Hashing the package's files costs a few milliseconds once per run, and
    keeps a cache honest across development, where the version stays the same.
    """
    import importlib.util

    h = hashlib.sha256(f"{FORMAT}\0{__version__}\0{sys.version}\0".encode())
    package = Path(__file__).resolve().parent
    for f in sorted(package.iterdir()):
        if f.suffix in (".py", ".json"):
            h.update(f"{f.name}\0".encode())
            h.update(f.read_bytes())
    for name in LIBRARIES:
        spec = importlib.util.find_spec(name)
        origin = spec.origin if spec is not None else None
        info = os.stat(origin) if origin else None
        h.update(f"{name}\0{origin}\0{info and info.st_size}\0{info and info.st_mtime_ns}\0".encode())
    return h.hexdigest()[:32]


def digest(data: bytes | str) -> str:
    return sha256_hex(data.encode("utf-8") if isinstance(data, str) else data)


class _Bad(Exception):
    """A value in a cache file that is not what this deckgen writes."""


# -- reading values back, each checked ----------------------------------------------


def _str(v) -> str:
    if type(v) is not str:
        raise _Bad
    return v


def _int(v) -> int:
    if type(v) is not int:
        raise _Bad
    return v


def _list(v) -> list:
    if type(v) is not list:
        raise _Bad
    return v


def _bad():
    raise _Bad


# -- whole reports ----------------------------------------------------------------------
# A pre-commit hook re-checks decks that mostly did not change. When every deck file a
# check names, its lock and its sources are what they were, the command's output is what
# it was: it is kept whole (build/.cache/report/*.json), and such a check reads
# only those files' bytes, never parsing a deck or a cache entry per card.


class ReportCache:
    """``deckgen check``'s output for one set of deck files and options, kept with the
    SHA-256 of everything it was made from.

    A pre-commit hook names the files each commit changed, so every commit can make
    a new set of files and a new report file: only the ``KEEP`` most recently written
    are kept, the older ones removed when a new one is stored."""

    KEEP = 64

    def __init__(self, folder: Path = FOLDER):
        self.folder = Path(folder) / "report"

    def file_of(self, files: list[Path], options: list) -> Path:
        parts = [os.getcwd(), [str(_absolute(f)) for f in files], options]
        return self.folder / f"{digest(json.dumps(parts, ensure_ascii=False))[:32]}.json"

    @staticmethod
    def _inputs(path: Path) -> list | None:
        """The deck file's bytes and its lock's, by SHA-256 (None if either cannot be read)."""
        try:
            deck = read_limited(Path(path), MAX_FILE_BYTES, _refuse, "the deck", "")
            lock = lock_bytes(lock_path(Path(path)))
        except (DeckgenError, _Bad, OSError):
            return None
        return [str(_absolute(path)), digest(deck), lock and digest(lock)]

    def lookup(self, files: list[Path], options: list) -> tuple[str, int] | None:
        """The kept (output, exit code) if nothing it was made from changed."""
        try:
            data = read_limited(self.file_of(files, options), MAX_CACHE_BYTES, _refuse, "the cache", "")
            value = json.loads(unsealed(data).decode("utf-8"))
            if type(value) is not dict or value.get("format") != FORMAT or value.get("code") != code_key():
                return None
            kept = _list(value["files"])
            if len(kept) != len(files):
                return None
            for path, row in zip(files, kept):
                inputs, sources = _list(row) if len(_list(row)) == 2 else _bad()
                if self._inputs(path) != _list(inputs):
                    return None
                folder = Path(path).parent
                for written, file, sha in map(_list, _list(sources)):
                    resolved = confined(folder / _str(written), folder)
                    if resolved is None or str(resolved) != _str(file):
                        return None
                    if text_sha256(read_source(resolved, _refuse)) != _str(sha):
                        return None
            return _str(value["output"]), _int(value["exit"])
        except (_Bad, DeckgenError, OSError, KeyError, TypeError, ValueError, RecursionError):
            return None

    def inputs(self, files: list[Path]) -> list | None:
        """Every file's inputs before it is checked (None if one cannot be read)."""
        out = [self._inputs(f) for f in files]
        return None if None in out else out

    def store(self, files: list[Path], options: list, before: list | None, report, text: str, exit_code: int) -> None:
        """Keep ``text`` and ``exit_code``, made by ``report`` from ``files`` whose inputs were
        ``before``; nothing when a file could not be read as a deck or changed meanwhile."""
        if before is None or len(report.files) != len(files) or any(f.deck is None for f in report.files):
            return
        if self.inputs(files) != before:
            return
        rows = []
        for inputs, result in zip(before, report.files):
            sources = [[s.written, str(s.file), s.sha256] for s in result.deck.sources]
            rows.append([inputs, sources])
        value = {"format": FORMAT, "code": code_key(), "files": rows, "output": text, "exit": exit_code}
        sealed = seal(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
        if sealed is not None:
            write_cache(self.file_of(files, options), sealed)
            self._prune()

    def _prune(self) -> None:
        """Remove all but the ``KEEP`` newest report files (by modification time)."""
        try:
            found = [(e.stat().st_mtime_ns, e.path) for e in os.scandir(self.folder) if e.name.endswith(".json")]
            for _, path in sorted(found, reverse=True)[self.KEEP :]:
                os.unlink(path)
        except OSError:
            pass


# -- sealing ------------------------------------------------------------------------
# A cache file in a checkout can come from anyone (a pull request can force-add one
# under build/). Each file is sealed with an HMAC under a key that never leaves this
# machine's user cache folder, so a file this machine did not write is never believed:
# a forged "no findings" entry is ignored like a corrupt one.


def _key() -> bytes | None:
    """This machine's cache key, made on first use (32 random bytes, mode 0600); None if unusable."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    path = os.path.join(base, "deckgen", "cache-key")
    try:
        os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        except FileExistsError:
            pass
        else:
            with os.fdopen(fd, "wb") as f:
                f.write(os.urandom(32))
        with open(path, "rb") as f:
            key = f.read(64)
    except OSError:
        return None
    return key if len(key) >= 32 else None


def seal(data: bytes) -> bytes | None:
    import hmac

    key = _key()
    return None if key is None else hmac.new(key, data, "sha256").hexdigest().encode("ascii") + b"\n" + data


def unsealed(data: bytes) -> bytes:
    """The content of a sealed cache file; _Bad unless this machine sealed it."""
    import hmac

    mac, _, body = data.partition(b"\n")
    key = _key()
    if key is None or not hmac.compare_digest(mac, hmac.new(key, body, "sha256").hexdigest().encode("ascii")):
        raise _Bad
    return body


def write_cache(path: Path, data: bytes) -> None:
    """Write a cache file atomically; a folder in its place is removed; any failure leaves it unwritten."""
    from .lock import write_atomic

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        write_atomic(path, data, durable=False)
    except OSError:
        pass


def _absolute(path: Path) -> Path:
    return Path(os.path.abspath(path))


def _refuse(message: str) -> _Bad:
    """For ``read_limited`` and ``read_source``: a file the cache cannot use is no error, just no hit."""
    return _Bad(message)
