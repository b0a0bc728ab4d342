"""The window without a mouse: Tab reaches every control in reading order, Return presses the
button it reached, Up and Down pick a routine, and Space is start/pause wherever focus is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from stretchplayer.app import StretchApp
from stretchplayer.core.model import Library
from stretchplayer.storage.settings import load_settings
from stretchplayer.ui.focus_mark import FocusMark
from tests.fakes import FakeClock
from tests.helpers import run_cli


def shown(qtbot: QtBot, library: Library) -> StretchApp:
    settings, _ = load_settings()
    stretch = StretchApp(library, settings, clock=FakeClock())
    qtbot.addWidget(stretch.window)
    with qtbot.waitActive(stretch.window):  # keys reach only the active window
        stretch.window.show()
        stretch.window.activateWindow()
    return stretch


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def tab_until(target: QWidget, limit: int = 30) -> list[QWidget]:
    """Press Tab until `target` has focus; every widget passed on the way."""
    passed = [focused()]
    while focused() is not target:
        assert len(passed) < limit, f"Tab never reached {target!r}"
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
        passed.append(focused())
    return passed


def test_tab_reaches_every_control_in_reading_order(qtbot: QtBot, library: Library) -> None:
    window = shown(qtbot, library).window
    bar, poses, transport = window.routine_bar, window.pose_list, window.transport
    assert focused() is window.step_panel  # where the window puts it at start
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    passed = tab_until(window.step_panel)
    expected = [
        # Previous, Next and Stop are off until a session begins, so Tab skips them.
        transport.play_button,
        transport.voice_button,
        bar.combo,
        bar.save_button,  # "More" is off for the built-in routine, so Tab skips it
        poses.view,
        poses.all_button,
        poses.none_button,
        window._why,
        window.step_panel,
    ]
    assert passed == expected


def test_return_presses_the_button_tab_reached_and_space_still_starts(
    qtbot: QtBot, library: Library
) -> None:
    stretch = shown(qtbot, library)
    window = stretch.window
    tab_until(window.pose_list.none_button)
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.chosen_ids() == [])
    QTest.keyClick(focused(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is window.pose_list.all_button
    QTest.keyClick(focused(), Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: len(window.chosen_ids()) == 7)

    tab_until(window.transport.play_button)
    QTest.keyClick(focused(), Qt.Key.Key_Space)  # on a focused button: start, once
    assert stretch.controller.state.value == "running"
    QTest.keyClick(focused(), Qt.Key.Key_Tab)  # to Next and Stop, on now a session is under way
    assert focused() is window.transport.next_button
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is window.transport.stop_button
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stretch.controller.state.value == "idle")
    # Stop is off again: the focus, and its frame, went to Start, the next thing to press.
    assert focused() is window.transport.play_button
    assert window._keyboard.mark.target is window.transport.play_button


def test_up_and_down_pick_a_saved_routine(qtbot: QtBot, library: Library) -> None:
    run_cli("routines", "save", "Quick", "--poses", "pyramid-pose,half-split")
    window = shown(qtbot, library).window
    tab_until(window.routine_bar.combo)
    QTest.keyClick(focused(), Qt.Key.Key_Down)
    QTest.keyClick(focused(), Qt.Key.Key_Down)
    assert window.routine_bar.current() == "Quick"
    assert window.chosen_ids() == ["pyramid-pose", "half-split"]
    QTest.keyClick(focused(), Qt.Key.Key_Up)
    assert window.routine_bar.current() == "All seven"
    assert len(window.chosen_ids()) == 7


def test_a_frame_shows_where_tab_left_the_focus_and_a_click_clears_it(
    qtbot: QtBot, library: Library
) -> None:
    window = shown(qtbot, library).window
    mark = window.findChild(FocusMark)
    assert mark is not None and not mark.isVisible()  # focus given at start: no mark
    for target in (window.transport.play_button, window.pose_list.none_button, window.step_panel):
        tab_until(target)
        assert mark.isVisible()
        where = QRect(target.mapTo(window, QPoint(0, 0)), target.size())
        assert mark.geometry().contains(where)  # around it, whole
        assert mark.geometry().size().width() < where.width() + 10
    QTest.mouseClick(window.pose_list.view.viewport(), Qt.MouseButton.LeftButton)
    assert window.pose_list.view.hasFocus() and not mark.isVisible()


def test_every_menu_entry_with_a_key_shows_it(qtbot: QtBot, library: Library) -> None:
    window = shown(qtbot, library).window
    shown_keys = {
        action.text().replace("&", ""): action.shortcut().toString()
        for menu in window.menuBar().findChildren(QMenu)
        for action in menu.actions()
        if not action.isSeparator() and action.menu() is None
    }
    assert shown_keys["Preferences…"] == "Ctrl+,"
    assert shown_keys["Start"] == "Space"
    assert shown_keys["History…"] == "Ctrl+H"
    assert shown_keys["Open pose library…"] == "Ctrl+O"


# A popup menu on the offscreen platform: it cannot grab the keyboard or raise the menu.
@pytest.mark.qt_log_ignore(
    "^This plugin does not support grabbing the keyboard$",
    r"^This plugin does not support raise\(\) \(IGNORED\)$",
)
def test_return_on_more_opens_its_menu_below_it(qtbot: QtBot, library: Library) -> None:
    run_cli("routines", "save", "Quick", "--poses", "pyramid-pose")
    window = shown(qtbot, library).window
    bar = window.routine_bar
    bar.combo.activated.emit(bar.names().index("Quick"))
    opened: list[list[str]] = []
    tries = iter(range(100))

    def look() -> None:
        menu = bar.more_menu
        settling = not menu.isVisible() or menu.activeAction() is None
        if settling and next(tries, None) is not None:
            QTimer.singleShot(20, look)  # not open yet (Return clicks after a moment)
            return
        below = menu.geometry().top() >= bar.more.mapToGlobal(bar.more.rect().bottomLeft()).y()
        active = menu.activeAction()
        ready = [f"ready: {active.text()}"] if active is not None else []
        opened.append([a.text() for a in menu.actions()] + (["below"] if below else []) + ready)
        menu.close()  # first: a failed check must not leave the menu's loop running

    tab_until(bar.more)
    QTimer.singleShot(20, look)
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: opened != [])
    assert opened == [["Rename…", "Delete…", "below", "ready: Rename…"]]
