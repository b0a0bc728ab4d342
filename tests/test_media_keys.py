"""Media keys in the window (keyboards, headsets): the same intents as Space and the arrows."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from stretchplayer.app import StretchApp
from stretchplayer.core.model import Library
from stretchplayer.engine.playback import State
from stretchplayer.storage.settings import Settings
from tests.fakes import FakeClock

Key = Qt.Key
# QTest makes up each key's text and complains about the keys that have none (the play/pause
# toggle): that is the test's own key event, not the app.
pytestmark = pytest.mark.qt_log_ignore("^keyToAscii Unhandled key code Qt::Key_Media")


@pytest.fixture
def app(qtbot: QtBot, library: Library, clock: FakeClock) -> StretchApp:
    stretch = StretchApp(library, Settings(voice_enabled=False), clock=clock)
    qtbot.addWidget(stretch.window)
    with qtbot.waitActive(stretch.window):  # window shortcuts answer in the active window
        stretch.window.show()
        stretch.window.activateWindow()
    return stretch


@pytest.fixture
def press(app: StretchApp) -> Callable[[Qt.Key], None]:
    def press(key: Qt.Key) -> None:
        # What qtbot.keyClick does, typed (as tests/test_ui_window.py presses keys).
        QTest.keyClick(app.window.focusWidget() or app.window, key)

    return press


def state(app: StretchApp) -> State:
    return app.controller.state


def pose(app: StretchApp) -> int | None:
    return app.controller.position().pose_index


def test_play_toggles_next_and_previous_skip_stop_stops(
    app: StretchApp, press: Callable[[Qt.Key], None]
) -> None:
    press(Key.Key_MediaPlay)
    assert state(app) is State.RUNNING
    press(Key.Key_MediaNext)
    assert pose(app) == 0
    press(Key.Key_MediaNext)
    assert pose(app) == 1
    press(Key.Key_MediaPrevious)  # at the start of a pose: the one before
    assert pose(app) == 0
    press(Key.Key_MediaPlay)
    assert state(app) is State.PAUSED
    press(Key.Key_MediaTogglePlayPause)
    assert state(app) is State.RUNNING
    press(Key.Key_MediaStop)
    assert state(app) is State.IDLE


def test_the_pause_key_only_pauses(app: StretchApp, press: Callable[[Qt.Key], None]) -> None:
    press(Key.Key_MediaPause)
    assert state(app) is State.IDLE
    press(Key.Key_MediaTogglePlayPause)
    press(Key.Key_MediaPause)
    assert state(app) is State.PAUSED
    press(Key.Key_MediaPause)
    assert state(app) is State.PAUSED


def test_the_stop_key_leaves_mat_mode_as_esc_does(
    app: StretchApp, press: Callable[[Qt.Key], None]
) -> None:
    window = app.window
    press(Key.Key_F11)
    assert window.mat_action.isChecked()
    press(Key.Key_MediaPlay)
    press(Key.Key_MediaStop)
    assert state(app) is State.IDLE
    assert not window.mat_mode.active and not window.mat_action.isChecked()
