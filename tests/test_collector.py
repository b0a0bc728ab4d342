"""Garbage cycles are collected on the GUI thread, never on the app's Python worker threads."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QObject
from pytestqt.qtbot import QtBot

from stretchplayer.app.collector import GuiThreadCollector

GARBAGE = 2000  # cycles: well past the youngest generation's threshold (700), as in a session


class Cycle:
    """Garbage that only the cyclic collector frees; it notes the thread that freed it."""

    def __init__(self, freed_on: list[str]) -> None:
        self.me = self
        self.freed_on = freed_on

    def __del__(self) -> None:
        self.freed_on.append(threading.current_thread().name)


def allocate_in_a_worker() -> None:
    """What the speech worker does to the collector: make many objects that live a while."""

    def work() -> None:
        kept = [[i] for i in range(50_000)]
        del kept

    worker = threading.Thread(target=work, name="worker")
    worker.start()
    worker.join()


@pytest.fixture
def automatic_gc() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    gc.collect()
    yield
    if not was:
        gc.disable()


@pytest.mark.usefixtures("automatic_gc")
def test_without_it_a_worker_thread_frees_the_guis_garbage() -> None:
    """The hazard itself, shown: CPython collects on whichever thread allocates."""
    freed_on: list[str] = []
    for _ in range(GARBAGE):
        Cycle(freed_on)
    allocate_in_a_worker()
    assert "worker" in freed_on


@pytest.mark.usefixtures("automatic_gc")
def test_with_it_garbage_is_freed_on_the_gui_thread_by_its_timer(qtbot: QtBot) -> None:
    parent = QObject()
    collector = GuiThreadCollector(parent, interval_ms=10)
    try:
        freed_on: list[str] = []
        for _ in range(GARBAGE):
            Cycle(freed_on)
        allocate_in_a_worker()
        assert freed_on == []  # the worker allocated past every threshold and freed nothing
        qtbot.waitUntil(lambda: len(freed_on) == GARBAGE, timeout=2000)
        assert set(freed_on) == {threading.main_thread().name}
    finally:
        collector.stop()
    assert gc.isenabled()  # handed back as it was


def test_a_headless_session_hands_collection_back_when_it_ends(qapp: QCoreApplication) -> None:
    from stretchplayer.app import play_headless
    from stretchplayer.core.library import load_library
    from stretchplayer.engine.timeline import build_timeline

    was = gc.isenabled()
    gc.enable()
    try:
        timeline = build_timeline(load_library().poses[:1])
        assert play_headless(timeline, 1000.0, lambda cue, stale: None)
        assert gc.isenabled()
        assert gc.get_freeze_count() == 0
    finally:
        if not was:
            gc.disable()


@pytest.mark.usefixtures("automatic_gc")
def test_a_command_runs_without_automatic_collection_and_hands_it_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Start-up is not walked by the collector (~60 times before the first paint, ~10 ms)."""
    from stretchplayer.cli import commands
    from stretchplayer.cli.main import main

    seen: list[bool] = []

    def list_poses(args: object) -> int:
        seen.append(gc.isenabled())
        return 0

    monkeypatch.setattr(commands, "list_poses", list_poses)
    assert main(["list"]) == 0
    assert seen == [False]
    assert gc.isenabled()
    gc.disable()  # a caller that had it off keeps it off
    assert main(["list"]) == 0
    assert not gc.isenabled()
