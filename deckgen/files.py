"""Reading an author's files safely: deck files found, sources and locks read within limits.

Every file deckgen reads from a deck's folder is held here to the same rules: a regular file
(never a FIFO or a device), within a size limit, inside its folder or the working folder when
symlinks are followed. Nothing here imports the loader or the checkers, so a check whose whole
output is kept (``report_cache``) finds and hashes its files without them.
"""

from __future__ import annotations

import os
import stat
from contextlib import contextmanager
from collections.abc import Iterator
from pathlib import Path

from .errors import DeckgenError

DECK_SUFFIXES = (".yaml", ".yml")
MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_SOURCE_BYTES = 64 * 1024 * 1024
MAX_LOCK_BYTES = 64 * 1024 * 1024  # a lock line per card: ten times the largest deck's lock
FIX = "delete it and run 'deckgen build'"  # what to do about a lock deckgen cannot use


def display(path: Path) -> str:
    """The path as a user should read it: relative to the working folder if inside."""
    try:
        return os.path.relpath(path) if not os.path.relpath(path).startswith("..") else str(path)
    except ValueError:  # another drive on Windows
        return str(path)


def find_deck_files(paths: list[str] | tuple[str, ...]) -> list[Path]:
    """Deck files named by ``paths``: files as given, folders searched with their subfolders
    (sorted), so that a deck an author files under ``cards/us/`` is never silently left out;
    hidden folders (``.cache``, ``.git``) and links to folders are not entered."""
    found: list[Path] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for folder, subfolders, files in os.walk(path):
                subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
                here = Path(folder)
                found.extend(here / f for f in sorted(files) if Path(f).suffix in DECK_SUFFIXES and (here / f).is_file())
        elif path.suffix not in DECK_SUFFIXES and path.exists():  # an article named by mistake is not read as YAML
            raise DeckgenError("not a deck file: a deck file ends in .yaml or .yml (its source text is named in it)", display(path))
        elif path.exists():
            found.append(path)
        else:
            raise DeckgenError("no such file or folder", display(path))
    return found


def no_deck_files(paths) -> DeckgenError:
    """The error for paths that hold no deck file: a command that checks nothing must not pass
    (a CI job pointed at an emptied or misnamed folder would otherwise stay green)."""
    return DeckgenError(f"no deck files (.yaml, .yml) found in {', '.join(str(p) for p in paths) or 'the given paths'}")


def confined(path: Path, folder: Path | None = None) -> Path | None:
    """``path`` with symlinks followed, if it lies inside ``folder`` (default: the
    folder it is named in) or the working folder; None if it lies elsewhere.

    Deck files, their sources and their locks are all held to this, so a file
    in a pull request cannot be a link that makes CI read and quote a file from
    elsewhere. A symlink loop is left for the read to report.
    """
    base = path.parent if folder is None else folder
    target = Path(os.path.realpath(path))
    roots = (Path(os.path.realpath(base)), Path(os.path.realpath(Path.cwd())))
    return target if any(target == root or root in target.parents for root in roots) else None


def read_limited(path: Path, limit: int, error, what: str, advice: str) -> bytes:
    """The bytes of regular file ``path``, refusing more than ``limit``.

    ``what`` names the file in messages ("the file", "source file x.txt");
    ``error(msg)`` builds the exception. Never opens a folder, FIFO or device.
    """
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a folder, a FIFO, /dev/zero: never read those
            raise error(f"{what} is not a regular file")
        if info.st_size > limit:
            raise error(f"{what} is {info.st_size:,} bytes, over the {limit:,}-byte limit {advice}")
        with open(path, "rb") as f:
            # read what stat promised (never a limit-sized buffer), then check it did not grow
            chunks = [f.read(info.st_size)]
            total = len(chunks[0])
            while total <= limit:
                chunk = f.read(min(1 << 16, limit + 1 - total))
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
        data = b"".join(chunks)
    except FileNotFoundError:
        raise error(f"{what} does not exist") from None
    except OSError as e:
        raise error(f"cannot read {what}: {e.strerror or e}") from None
    except ValueError as e:  # an embedded NUL in the name
        raise error(f"cannot read {what}: {e}") from None
    if len(data) > limit:  # it grew while being read
        raise error(f"{what} is over the {limit:,}-byte limit {advice}")
    return data


def utf8_problem(data: bytes) -> tuple[str, int, int] | None:
    """Why ``data`` (BOM removed) is not UTF-8, and the 1-based line and column where; None if it is."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16 (it starts with a UTF-16 byte-order mark), not UTF-8", 1, 1
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        before = data[: e.start]
        line = before.count(b"\n") + 1
        col = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        return f"not UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start})", line, col
    return None


def decode_utf8(data: bytes, name: str) -> str:
    """Decode UTF-8 (a BOM is fine; CRLF is fine); name the line, column and byte if not."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    problem = utf8_problem(data)
    if problem is not None:
        message, line, col = problem
        raise DeckgenError(f"the file is {message}; save it as UTF-8", name, line, col)
    return data.decode("utf-8")


def read_source(path: Path, error) -> str:
    """Read a source text: UTF-8 text, not binary, not huge. ``error(msg)`` builds the exception."""
    name = display(path)
    data = read_limited(path, MAX_SOURCE_BYTES, error, f"source file {name}", "for a source")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    problem = utf8_problem(data)
    if problem is not None and problem[0].startswith("UTF-16"):
        raise error(f"source file {name} is {problem[0]}; save it as UTF-8")
    if b"\x00" in data[:8192]:
        raise error(f"source file {name} is binary, not text; give a UTF-8 text file")
    if problem is not None:
        message, line, col = problem
        raise error(f"source file {name} is {message} at line {line}, column {col}; save it as UTF-8")
    return data.decode("utf-8").replace("\r\n", "\n")


try:  # CPython's own SHA-256 (``_sha2`` from 3.12): no OpenSSL to load
    from _sha2 import sha256 as _own_sha256
except ImportError:
    try:
        from _sha256 import sha256 as _own_sha256
    except ImportError:  # pragma: no cover - another Python
        _own_sha256 = None
_OPENSSL_FROM = 256 * 1024  # bytes


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of ``data``, in hex: the one way deckgen hashes (notes, cites, sources, cache keys).

    ``hashlib`` loads OpenSSL, about 11 million instructions (1% of a small check's), and pays for it
    only on large inputs, where its SHA-256 is several times faster than CPython's own: below a
    quarter of a megabyte, CPython's own (the same digest) is used."""
    if _own_sha256 is not None and len(data) < _OPENSSL_FROM:
        return _own_sha256(data).hexdigest()
    import hashlib

    return hashlib.sha256(data).hexdigest()


def text_sha256(text: str) -> str:
    """The SHA-256 of a source's text as read (UTF-8, CR-LF as LF): what the lock records of a revision."""
    return sha256_hex(text.encode("utf-8"))


def lock_path(deck_path: Path) -> Path:
    """``cards/h20.yaml`` -> ``cards/h20.lock.json``."""
    return deck_path.with_name(deck_path.stem + ".lock.json")


def lock_bytes(path: Path) -> bytes | None:
    """The bytes of the lock at ``path`` as ``read_lock`` reads them, or None if there is none."""
    if not os.path.lexists(path):
        return None
    name = display(Path(path))

    def error(message: str) -> DeckgenError:
        return DeckgenError(message, name, 1, 1)

    if confined(Path(path)) is None:
        raise error(f"lock file is a link to a file outside its folder and the working folder (symlinks are followed); {FIX}")
    return read_limited(Path(path), MAX_LOCK_BYTES, lambda m: error(f"lock file is unreadable ({m}); {FIX}"), "it", "for a lock")


@contextmanager
def stops_held() -> Iterator[None]:
    """SIGTERM and SIGINT held back for the block, where the platform can hold them: a stop that comes while a
    temporary file or folder is made and recorded for removal is delivered when the block ends, once whoever removes
    it on the way out knows its name (a stop between ``mkdtemp`` and the ``finally`` that removes its folder left the
    folder behind)."""
    import signal

    if not hasattr(signal, "pthread_sigmask"):  # (Windows: no masks, and no SIGTERM sent between processes)
        yield
        return
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM, signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


@contextmanager
def temporary_folder() -> Iterator[str]:
    """A new folder (deckgen-…) in the temporary folder, removed with all it holds when the block ends, however it
    ends: a stop is held back from its making to the ``try`` that removes it."""
    import shutil
    import tempfile

    folder = None
    try:
        with stops_held():
            folder = tempfile.mkdtemp(prefix="deckgen-")
        yield folder
    finally:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
