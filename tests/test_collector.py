"""The cycle collector around a check (deckgen/collector.py): paused while deckgen builds, back after."""

from __future__ import annotations

import gc

import pytest
from click.testing import CliRunner

from deckgen.cli import main
from deckgen.collector import cycle_collector_paused


def holds(objects: list, target: object) -> bool:
    return any(o is target for o in objects)


@pytest.fixture(autouse=True)
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_what_a_paused_block_made_is_old_when_the_collector_is_back():
    """Left young, every object the block made would be walked by the next collection, which frees none of them."""
    with cycle_collector_paused():
        assert not gc.isenabled()
        made = [[n] for n in range(2000)]
    assert gc.isenabled()
    assert gc.get_count()[0] < 100
    assert not holds(gc.get_objects(generation=0), made[0])
    assert holds(gc.get_objects(generation=2), made[0])


def test_a_cycle_made_while_paused_is_still_collected():
    with cycle_collector_paused():
        a: list = []
        a.append(a)
        probe = [a]
    del a
    probe.clear()
    assert gc.collect() >= 1


def test_objects_frozen_by_someone_else_stay_frozen():
    kept = [[1], [2]]
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with cycle_collector_paused():
            made = [[3]]
        assert gc.get_freeze_count() == frozen
        assert holds(gc.get_objects(generation=0), made[0])
    finally:
        gc.unfreeze()
    assert kept


def test_a_paused_collector_stays_paused_and_a_command_gives_it_back(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    gc.disable()
    with cycle_collector_paused():
        pass
    assert not gc.isenabled()
    gc.enable()
    result = CliRunner().invoke(main, ["check", "--no-cache", "nothing.yaml"])
    assert result.exit_code != 0
    assert gc.isenabled()
