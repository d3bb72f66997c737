"""The cycle collector, paused while deckgen builds what has no cycles."""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def cycle_collector_paused() -> Iterator[None]:
    """Run a block without Python's cycle collector; restore it after.

    A large deck is millions of objects without cycles (nodes, cards, findings,
    rendered fields); letting the collector walk them again and again while
    they are built doubles the time of a check. Reference counting frees them
    all the same.

    What the block made is handed to the oldest generation when the collector
    comes back on: left young, the first allocation after it would start a
    collection of every one of them (about 5% of a small check's CPU time, for
    nothing: a check makes no garbage cycles worth a pass). The oldest
    generation's next full collection still sees them, so nothing leaks;
    where something else froze objects (``gc.freeze``), they stay frozen and
    the block's objects stay young.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            if not gc.get_freeze_count():
                gc.freeze()  # every tracked object to the permanent generation (a list splice, no traversal) ...
                gc.unfreeze()  # ... and back into the oldest one
            gc.enable()
