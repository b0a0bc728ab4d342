"""One window at a time, and the window where the person left it."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from stretchplayer.app import StretchApp
from stretchplayer.core.model import Library
from stretchplayer.desktop.single_instance import SingleInstance
from stretchplayer.storage.settings import Settings, load_settings
from tests.fakes import FakeClock
from tests.helpers import REPO, run_cli, run_to_first_paint, without_display


def test_a_second_launch_raises_the_first(qtbot: QtBot, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path / "window.lock")
    assert first.claim()
    first.listen()
    second = SingleInstance(tmp_path / "window.lock")
    with qtbot.waitSignal(first.activated, timeout=5000):
        assert not second.claim()
    first.release()
    third = SingleInstance(tmp_path / "window.lock")
    assert third.claim()  # the first is gone: the next launch is the window
    third.release()


def test_a_second_process_is_told_no_and_exits_at_once(qtbot: QtBot, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path / "window.lock")
    assert first.claim()
    first.listen()
    script = (
        "import sys; from pathlib import Path; from PySide6.QtCore import QCoreApplication;"
        "from stretchplayer.desktop.single_instance import SingleInstance;"
        "app = QCoreApplication([]);"
        "sys.exit(0 if not SingleInstance(Path(sys.argv[1])).claim() else 3)"
    )
    with qtbot.waitSignal(first.activated, timeout=20000):
        other = subprocess.Popen(
            [sys.executable, "-c", script, str(tmp_path / "window.lock")], cwd=REPO
        )
    assert other.wait(timeout=30) == 0
    first.release()


def test_a_launch_while_the_first_is_still_starting_raises_it(qtbot: QtBot, tmp_path: Path) -> None:
    # The first takes the lock before its window is built and answers once it has painted.
    first = SingleInstance(tmp_path / "window.lock")
    assert first.claim()
    script = (
        "import sys; from pathlib import Path; from PySide6.QtCore import QCoreApplication;"
        "from stretchplayer.desktop.single_instance import SingleInstance;"
        "app = QCoreApplication([]); print('asking', flush=True);"
        "sys.exit(0 if not SingleInstance(Path(sys.argv[1])).claim() else 3)"
    )
    other = subprocess.Popen(
        [sys.executable, "-c", script, str(tmp_path / "window.lock")],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    with other:
        assert other.stdout is not None and other.stdout.readline() == "asking\n"
        with qtbot.waitSignal(first.activated, timeout=20000):
            first.listen()
        assert other.wait(timeout=30) == 0
    first.release()


def test_where_no_lock_can_be_made_the_window_opens_unguarded(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    home = tmp_path / "home"
    home.write_text("a file where the folder goes\n")
    first = SingleInstance(home / "window.lock")
    with caplog.at_level(logging.WARNING):
        assert first.claim()  # it was "already open" and quit, having shown nothing
    warnings = [r.getMessage() for r in caplog.records]
    first.listen()
    second = SingleInstance(home / "window.lock")
    assert second.claim()  # nothing to tell them apart: each opens its window
    assert warnings == [
        f"{home / 'window.lock'}: cannot make the lock that keeps to one window (Not a"
        " directory); a second launch will open a second window"
    ]
    first.release()
    second.release()
    assert home.read_text() == "a file where the folder goes\n"


def test_a_file_in_place_of_the_folder_still_opens_the_window(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.write_text("a file where the folder goes\n")
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "STRETCHPLAYER_HOME": str(home)}
    result = run_to_first_paint('"shown"', env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["shown"]
    assert "Traceback" not in result.stderr
    assert result.stderr.count("cannot make the lock") == 1
    assert home.read_text() == "a file where the folder goes\n"


def test_size_place_and_splitter_come_back(qtbot: QtBot, library: Library) -> None:
    stretch = StretchApp(library, Settings(voice_enabled=False), clock=FakeClock())
    qtbot.addWidget(stretch.window)
    stretch.window.resize(1000, 650)  # not the first size, 1280 x 800
    stretch.window.move(0, 30)
    stretch.window._splitter.setSizes([420, 580])
    sizes = stretch.window._splitter.sizes()
    stretch.window.close()
    saved, warnings = load_settings()
    assert not warnings and saved.window_geometry and saved.splitter_sizes == sizes

    again = StretchApp(library, saved, clock=FakeClock())
    qtbot.addWidget(again.window)
    assert again.window.size() == QSize(1000, 650)
    assert again.window.pos().y() == 30
    assert again.window._splitter.sizes() == sizes


def test_a_geometry_qt_cannot_read_is_ignored(qtbot: QtBot, library: Library) -> None:
    settings = Settings(voice_enabled=False, window_geometry="bm9uc2Vuc2U=", splitter_sizes=[0, 5])
    stretch = StretchApp(library, settings, clock=FakeClock())
    qtbot.addWidget(stretch.window)
    assert stretch.window.size() == QSize(1280, 800)  # the first size, as if none was saved


def test_launching_the_window_twice_keeps_one_window(
    qtbot: QtBot, stretchplayer_home: Path
) -> None:
    env = without_display({"QT_QPA_PLATFORM": "offscreen"})
    first = subprocess.Popen(
        [sys.executable, "-m", "stretchplayer"],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        qtbot.waitUntil((stretchplayer_home / "window.lock").exists, timeout=60_000)
        second = run_cli(env={"QT_QPA_PLATFORM": "offscreen"}, timeout=60)
        german = run_cli("--language", "de", env={"QT_QPA_PLATFORM": "offscreen"}, timeout=60)
    finally:
        first.terminate()
        first.wait(timeout=60)
    assert second.returncode == 0
    assert second.stderr.strip() == "stretchplayer: already open; showing that window"
    assert german.returncode == 0
    assert german.stderr.strip() == "stretchplayer: bereits geöffnet; dieses Fenster wird gezeigt"
