"""The code the standard library writes for a class, compiled once and kept between runs.

``@dataclass`` writes each class's ``__init__``, ``__repr__``, ``__eq__``, ``__hash__`` … as Python source
and runs it with ``exec``; ``NamedTuple`` (``collections.namedtuple``) writes its ``__new__`` and runs it
with ``eval``; and ``typing`` compiles each field's annotation, a string under ``from __future__ import
annotations`` (``ForwardRef``). Parsing and compiling that source is most of what a class costs to define:
about 3.8 million instructions a frozen dataclass, 0.6 million a named tuple and 0.1 million a string
annotation, some 40 million of each start-up for the classes a check defines. The source is the same at
every run, so its compiled code is kept in one file of the user's cache folder (beside the pattern store,
keyed the same way by the exact interpreter) and the next run runs the kept code object: the same code that
compiling the same source gives, with the same globals and locals.

Contained: :func:`install` shadows ``exec`` in ``dataclasses``, ``eval`` in ``collections`` and ``compile``
in ``typing`` (module globals, read at each call) for the ``deckgen`` command's process only (``cli``
installs it); anything but a plain string source goes to the builtin unchanged; a source no earlier run
kept is compiled as the builtin would compile it (``dont_inherit``: the caller's ``from __future__`` flags
are the standard library's, none) and kept; a missing, corrupt or foreign file is ignored.
tests/test_generated.py holds each kept code object equal to what compiling its source gives today, and
the classes built through it equal to the builtin's. The file is trusted as the ``.pyc`` files Python
keeps beside each module are: the user's own folder (made ``0o700``), written only by deckgen.
"""

from __future__ import annotations

import builtins
import sys

_MAX = 1000  # sources kept at most (a check defines about 80)
_kept: dict | None = None  # (mode, source) -> code object
_new = False
_used: set = set()
_builtin_exec, _builtin_eval, _builtin_compile = builtins.exec, builtins.eval, builtins.compile


def _key() -> tuple:
    from importlib._bootstrap_external import MAGIC_NUMBER  # (frozen, loaded at start-up)

    return (sys.version, sys.implementation.cache_tag, MAGIC_NUMBER, 1)


_CODE = type(_key.__code__)


def _path() -> str:
    import os
    import zlib

    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "deckgen", f"generated-{sys.implementation.cache_tag}-{zlib.crc32(repr(_key()).encode()):08x}.marshal")


def _read() -> dict:
    try:
        import marshal

        with open(_path(), "rb") as f:
            key, codes = marshal.loads(f.read())
        if key == _key() and type(codes) is dict:
            return codes
    except Exception:
        pass
    return {}


def _save() -> None:
    """Write the kept code atomically, merged with what the file holds now; never raises."""
    try:
        from .patterns import merge_kept, write_store

        write_store(_path(), (_key(), merge_kept(_read(), _kept, _used, _MAX)), "generated-")
    except Exception:
        pass


def code(source: str, mode: str):
    """``compile(source, "<string>", mode)`` as ``exec``/``eval`` of ``source`` compile it, kept between runs."""
    global _kept, _new
    if _kept is None:
        _kept = _read()
    key = (mode, source)
    compiled = _kept.get(key)
    if type(compiled) is not _CODE:
        compiled = _kept[key] = compile(source, "<string>", mode, dont_inherit=True)
        if not _new:
            import atexit

            _new = True
            atexit.register(_save)
    _used.add(key)
    return compiled


def kept_exec(source, globals=None, locals=None, /, **kwargs):
    """``exec``, with a string source's compiled code kept between runs."""
    if globals is None:  # (the caller's namespace, as the builtin takes it)
        caller = sys._getframe(1)
        globals, locals = caller.f_globals, caller.f_locals if locals is None else locals
    if type(source) is str and not kwargs:
        source = code(source, "exec")
    return _builtin_exec(source, globals, locals, **kwargs)


def kept_eval(source, globals=None, locals=None, /):
    """``eval``, with a string source's compiled code kept between runs (``eval`` strips leading blanks first)."""
    if globals is None:  # (the caller's namespace, as the builtin takes it)
        caller = sys._getframe(1)
        globals, locals = caller.f_globals, caller.f_locals if locals is None else locals
    if type(source) is str:
        source = code(source.lstrip(" \t"), "eval")
    return _builtin_eval(source, globals, locals)


def kept_compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, **kwargs):
    """``compile`` as ``typing`` calls it (a string annotation of a named tuple's field, ``ForwardRef``), kept
    between runs. ``typing`` has no ``from __future__`` import, so what it compiles inherits no flag: the same
    as ``dont_inherit`` here (this module's own flags are never taken)."""
    if type(source) is str and filename == "<string>" and mode in ("eval", "exec") and not flags and optimize == -1 and not kwargs:
        return code(source, mode)
    return _builtin_compile(source, filename, mode, flags, True, optimize, **kwargs)


def install() -> None:
    """Route the standard library's class writers (``dataclasses``' ``exec``, ``namedtuple``'s ``eval``, the
    ``compile`` of ``typing``'s string annotations) here."""
    import collections
    import dataclasses
    import typing

    dataclasses.exec = kept_exec
    collections.eval = kept_eval
    typing.compile = kept_compile
