"""Reading an author's files and hashing them (deckgen/files.py)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from deckgen.files import _OPENSSL_FROM, sha256_hex, text_sha256

ROOT = Path(__file__).resolve().parent.parent


def test_sha256_hex_is_hashlibs_at_every_size():
    for n in (0, 1, 1000, _OPENSSL_FROM - 1, _OPENSSL_FROM, _OPENSSL_FROM + 1, 3 * _OPENSSL_FROM):
        data = bytes(range(256)) * (n // 256) + b"x" * (n % 256)
        assert len(data) == n
        assert sha256_hex(data) == hashlib.sha256(data).hexdigest()
    assert text_sha256("第一段：售價999美元。\n") == hashlib.sha256("第一段：售價999美元。\n".encode("utf-8")).hexdigest()


def test_a_small_check_loads_no_openssl():
    """The shipped deck's notes, cites and source are all hashed without loading OpenSSL (hashlib)."""
    probe = (
        "import sys\nfrom deckgen.cli import main\n"
        "try:\n    main(['check', '--no-cache', 'cards/h20-export.yaml'])\nexcept SystemExit:\n    pass\n"
        "print('_hashlib' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True, text=True, timeout=300)
    assert done.stdout.splitlines()[-1] == "False", done.stderr
