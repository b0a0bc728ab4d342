"""The main window as a person uses it: keys, the step panel, the list, mat mode.

The controller runs on a fake clock: a test moves the clock and asks the controller to catch
up, exactly what its timer would do, so nothing here sleeps.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QStyleOptionViewItem,
)
from pytestqt.qtbot import QtBot

from stretchplayer.app import StretchApp
from stretchplayer.core import i18n, wording
from stretchplayer.core.library import load_library
from stretchplayer.core.model import Library
from stretchplayer.engine.timeline import Cue
from stretchplayer.session.pacing import pacing_for
from stretchplayer.storage.settings import Settings
from stretchplayer.ui import style, translator
from stretchplayer.ui.about_dialog import AboutDialog
from stretchplayer.ui.main_window import MainWindow
from stretchplayer.ui.pose_row import CURRENT_ROLE, ID_ROLE, PoseDelegate
from stretchplayer.ui.style import contrast
from tests.fakes import FakeClock


@pytest.fixture
def app(qtbot: QtBot, library: Library, clock: FakeClock) -> StretchApp:
    stretch = StretchApp(library, Settings(voice_enabled=False), clock=clock)
    qtbot.addWidget(stretch.window)
    # Window shortcuts answer only in the active window, as on a desktop.
    with qtbot.waitActive(stretch.window):
        stretch.window.show()
        stretch.window.activateWindow()
    return stretch


@pytest.fixture
def window(app: StretchApp) -> MainWindow:
    return app.window


def play_to(
    app: StretchApp, clock: FakeClock, match: Callable[[Cue], bool], into: float = 0.1
) -> Cue:
    """Move the session to just after the first cue that matches, as time passing would."""
    cue = next(c for c in app.controller.timeline.cues if match(c))
    clock.advance(cue.t + into - app.controller.elapsed())
    app.controller.update()
    return cue


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    target = window.focusWidget() or window
    QTest.keyClick(target, key)


def test_title_names_the_app(window: MainWindow) -> None:
    assert "StretchPlayer" in window.windowTitle()


def test_space_starts_and_the_first_step_follows_the_countdown(
    app: StretchApp, window: MainWindow, clock: FakeClock, qtbot: QtBot
) -> None:
    panel = window.step_panel
    assert panel.instruction.text() == "Ready when you are"
    press(qtbot, window, Qt.Key.Key_Space)
    assert app.controller.state.value == "running"
    assert panel.instruction.text() == "Get ready"
    assert panel.title.text() == "Calf stretch"

    play_to(app, clock, lambda c: c.kind == "countdown" and c.n == 3)
    assert panel.countdown.isVisible()
    assert panel.countdown.text() == "3"

    first = play_to(app, clock, lambda c: c.kind == "step")
    assert not panel.countdown.isVisible()
    assert panel.title.text() == "Calf stretch"
    assert panel.instruction.text() == first.text
    assert panel.steps.current() == first.text
    assert panel.steps.upcoming() == panel.steps.texts()[1]
    assert window.transport.play_button.text() == "Pause"


def test_space_pauses_and_resumes(app: StretchApp, window: MainWindow, qtbot: QtBot) -> None:
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, Qt.Key.Key_Space)
    assert app.controller.state.value == "paused"
    assert window.step_panel.hint.text().startswith("Paused")
    assert window.transport.play_button.text() == "Resume"
    press(qtbot, window, Qt.Key.Key_Space)
    assert app.controller.state.value == "running"


def test_second_side_says_left_and_mirrors_the_drawing(
    app: StretchApp, window: MainWindow, clock: FakeClock, qtbot: QtBot
) -> None:
    panel = window.step_panel
    press(qtbot, window, Qt.Key.Key_Space)
    play_to(app, clock, lambda c: c.kind == "step" and c.step == 1 and c.side == "right")
    assert panel.side.text() == "Right side"
    assert "right foot" in panel.instruction.text()
    assert not panel.picture.mirrored()

    play_to(app, clock, lambda c: c.kind == "step" and c.step == 1 and c.side == "left")
    assert panel.side.isVisible()
    assert panel.side.text() == "Left side"
    assert "left foot" in panel.instruction.text()
    assert all("right" not in step for step in panel.steps.texts())
    assert panel.picture.mirrored()


def test_one_sided_pose_shows_no_side_and_its_rhythm(
    app: StretchApp, window: MainWindow, clock: FakeClock, qtbot: QtBot
) -> None:
    panel = window.step_panel
    press(qtbot, window, Qt.Key.Key_Space)
    play_to(app, clock, lambda c: c.kind == "breath" and c.pose == "standing-forward-fold")
    assert not panel.side.isVisible()
    assert "pulling your heels apart" in panel.detail.text()
    assert panel.breaths.text() == "Breath 1 of 10"


def test_breath_count_and_pacer_follow_the_breaths(
    app: StretchApp, window: MainWindow, clock: FakeClock, qtbot: QtBot
) -> None:
    pacer = window.step_panel.pacer
    press(qtbot, window, Qt.Key.Key_Space)
    play_to(
        app,
        clock,
        lambda c: c.kind == "breath" and c.side == "left" and c.n == 4 and c.phase == "inhale",
    )
    assert window.step_panel.breaths.text() == "Breath 4 of 10"
    assert pacer.word() == "Inhale"


def test_next_and_previous_with_page_keys(
    app: StretchApp, window: MainWindow, qtbot: QtBot
) -> None:
    panel = window.step_panel
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, Qt.Key.Key_PageDown)
    assert panel.title.text() == "Calf stretch"
    assert panel.kicker.text() == "POSE 1 OF 7"
    press(qtbot, window, Qt.Key.Key_PageDown)
    assert panel.title.text() == "Standing forward fold"
    assert panel.kicker.text() == "POSE 2 OF 7"
    press(qtbot, window, Qt.Key.Key_Right)
    assert panel.title.text() == "Lizard pose"
    press(qtbot, window, Qt.Key.Key_PageUp)
    assert panel.title.text() == "Standing forward fold"
    press(qtbot, window, Qt.Key.Key_Left)
    assert panel.title.text() == "Calf stretch"


def test_previous_and_next_move_only_a_session_under_way(
    app: StretchApp, window: MainWindow, clock: FakeClock, qtbot: QtBot
) -> None:
    transport = window.transport
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
        press(qtbot, window, key)  # before a start: nothing to move through
        assert app.controller.state.value == "idle"
    assert not transport.next_button.isEnabled()
    assert not transport.previous_button.isEnabled()

    press(qtbot, window, Qt.Key.Key_Space)
    assert transport.next_button.isEnabled() and transport.previous_button.isEnabled()
    clock.advance(app.controller.timeline.total + 1)
    app.controller.update()
    assert window.step_panel.instruction.text().startswith("Well done")
    # At the finish they would reopen the session, paused, to finish and count it again.
    for key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Left, Qt.Key.Key_PageUp):
        press(qtbot, window, key)
        assert app.controller.state.value == "finished"
    assert not transport.next_button.isEnabled()
    assert not transport.previous_button.isEnabled()
    assert "Paused" not in window.step_panel.hint.text()
    assert transport.play_button.text() != "Resume"


def current_rows(window: MainWindow) -> list[str]:
    view = window.pose_list.view
    return [
        str(view.item(i).data(ID_ROLE))
        for i in range(view.count())
        if view.item(i).data(CURRENT_ROLE)
    ]


def test_in_the_countdown_and_a_rest_title_and_list_name_the_pose_coming_up(
    app: StretchApp, window: MainWindow, clock: FakeClock, qtbot: QtBot
) -> None:
    press(qtbot, window, Qt.Key.Key_Space)
    assert current_rows(window) == ["calf-stretch"]  # "Get ready" for it
    assert window.windowTitle() == "Calf stretch — StretchPlayer"
    rest = play_to(app, clock, lambda c: c.kind == "rest")
    assert window.step_panel.title.text() == "Standing forward fold"
    assert current_rows(window) == [rest.next_pose] == ["standing-forward-fold"]
    assert window.windowTitle() == "Standing forward fold — StretchPlayer"
    play_to(app, clock, lambda c: c.kind == "done")
    assert current_rows(window) == []
    assert window.windowTitle() == "StretchPlayer"


def test_the_pose_list_follows_the_session_and_keeps_no_stale_highlight(
    app: StretchApp, window: MainWindow, clock: FakeClock, qtbot: QtBot
) -> None:
    window.resize(1024, 600)
    view = window.pose_list.view
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
    view.setCurrentRow(1)  # picked before the session, then the focus went elsewhere
    window.transport.play_button.setFocus()
    press(qtbot, window, Qt.Key.Key_Space)
    assert view.selectedItems() == []
    last = view.item(view.count() - 1)
    play_to(app, clock, lambda c: c.kind == "pose" and c.pose == last.data(ID_ROLE))
    assert view.viewport().rect().contains(view.visualItemRect(last))
    press(qtbot, window, Qt.Key.Key_Escape)  # stopped: back to where the next one starts
    assert view.viewport().rect().contains(view.visualItemRect(view.item(0)))


def test_at_the_closing_words_previous_and_next_are_off(
    app: StretchApp, window: MainWindow, clock: FakeClock, qtbot: QtBot
) -> None:
    """The window shows "Finished" for the closing words: Left there reopened the last pose."""
    press(qtbot, window, Qt.Key.Key_Space)
    play_to(app, clock, lambda c: c.kind == "done")
    assert app.controller.state.value == "running"  # the closing words are still playing
    assert window.step_panel.kicker.text() == "FINISHED"
    assert not window.transport.previous_button.isEnabled()
    assert not window.transport.next_button.isEnabled()
    press(qtbot, window, Qt.Key.Key_Left)
    assert window.step_panel.kicker.text() == "FINISHED"


def test_a_session_skipped_through_is_not_praised(
    app: StretchApp, window: MainWindow, clock: FakeClock, qtbot: QtBot
) -> None:
    press(qtbot, window, Qt.Key.Key_Space)
    for _ in app.controller.timeline.spans:
        press(qtbot, window, Qt.Key.Key_Right)
    press(qtbot, window, Qt.Key.Key_Right)  # past the last pose: the end
    assert window.step_panel.instruction.text() == "That was quick"
    assert "not in your history" in window.step_panel.detail.text()


def test_after_a_stop_the_figure_stands_at_the_first_step(
    app: StretchApp, window: MainWindow, clock: FakeClock, qtbot: QtBot
) -> None:
    """Stopped in the left side's hold, the figure began to move back to step 1 on a clock
    that stood still, and kept the hold's lunge beside step 1's words."""
    press(qtbot, window, Qt.Key.Key_Space)
    play_to(app, clock, lambda c: c.kind == "breath" and c.side == "left")
    press(qtbot, window, Qt.Key.Key_Escape)
    picture = window.step_panel.picture
    pose_id, step = picture.figure_step()
    assert step == 0
    still = picture._figures.posed(pose_id, step, picture.mirrored(), None)
    assert picture.posed() == still
    assert not picture.is_moving()


def test_stop_returns_to_the_start(
    app: StretchApp, window: MainWindow, clock: FakeClock, qtbot: QtBot
) -> None:
    press(qtbot, window, Qt.Key.Key_Space)
    play_to(app, clock, lambda c: c.kind == "breath" and c.pose == "lizard-pose")
    assert window.transport.elapsed.text() != "0:00"
    press(qtbot, window, Qt.Key.Key_Escape)
    assert app.controller.state.value == "idle"
    assert window.step_panel.instruction.text() == "Ready when you are"
    assert window.step_panel.title.text() == "Calf stretch"
    assert window.transport.elapsed.text() == "0:00"
    assert window.transport.play_button.text() == "Start"
    assert window.windowTitle() == "StretchPlayer"


def test_keys_drive_the_session_while_the_pose_list_has_focus(
    app: StretchApp, window: MainWindow, qtbot: QtBot
) -> None:
    view = window.pose_list.view
    view.setFocus()
    view.setCurrentRow(2)
    assert view.hasFocus()
    ticked = window.chosen_ids()
    QTest.keyClick(view, Qt.Key.Key_Space)
    assert app.controller.state.value == "running"
    QTest.keyClick(view, Qt.Key.Key_Right)
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert window.step_panel.title.text() == "Standing forward fold"
    QTest.keyClick(view, Qt.Key.Key_Left)
    assert window.step_panel.title.text() == "Calf stretch"
    QTest.keyClick(view, Qt.Key.Key_Space)
    assert app.controller.state.value == "paused"
    assert window.chosen_ids() == ticked  # Space did not untick a pose either


def test_space_in_the_pose_list_with_nothing_ticked_ticks_nothing(
    app: StretchApp, window: MainWindow
) -> None:
    window.pose_list.none_button.click()
    view = window.pose_list.view
    view.setFocus()
    view.setCurrentRow(2)
    QTest.keyClick(view, Qt.Key.Key_Space)
    QTest.keyClick(view, Qt.Key.Key_Space)
    assert window.chosen_ids() == []
    assert app.controller.state.value == "idle"
    QTest.keyClick(view, Qt.Key.Key_Return)  # the list's own way to tick
    assert window.chosen_ids() == [view.item(2).data(ID_ROLE)]


def test_mat_mode_toggles_with_f11_and_esc_leaves_it_the_session_going_on(
    app: StretchApp, window: MainWindow, qtbot: QtBot
) -> None:
    assert window.pose_list.isVisible()
    press(qtbot, window, Qt.Key.Key_F11)
    assert window.mat_action.isChecked()
    assert window.isFullScreen()
    assert not window.pose_list.isVisible()
    assert not window.menuBar().isVisible()
    assert window.step_panel.instruction.isVisible()
    assert window.transport.progress.isVisible()

    press(qtbot, window, Qt.Key.Key_F11)
    assert not window.mat_action.isChecked()
    assert window.pose_list.isVisible()

    press(qtbot, window, Qt.Key.Key_F11)
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not window.mat_action.isChecked()
    assert not window.isFullScreen()
    assert window.pose_list.isVisible()
    assert window.menuBar().isVisible()
    assert app.controller.state.value == "running"  # not lost: Esc left full screen only
    press(qtbot, window, Qt.Key.Key_Escape)
    assert app.controller.state.value == "idle"  # and out of mat mode, Esc stops

    press(qtbot, window, Qt.Key.Key_F11)
    press(qtbot, window, Qt.Key.Key_Space)
    window.stop_action.trigger()  # the Stop button, or the Stop media key
    assert app.controller.state.value == "idle"
    assert not window.mat_action.isChecked()


def test_mat_mode_uses_bigger_type(window: MainWindow, qtbot: QtBot) -> None:
    before = window.step_panel.instruction.font().pixelSize()
    window.mat_mode.toggle()
    assert window.step_panel.instruction.font().pixelSize() > before * 1.5


def test_mat_mode_type_reads_from_the_floor_on_the_smallest_screen(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.mat_mode.toggle()
    panel = window.step_panel
    panel.set_scale(0.75)  # what a 1024x600 screen gives
    for label in (panel.kicker, panel.title, panel.breaths, panel.instruction):
        assert label.font().pixelSize() >= 18, label.objectName()


def test_unticking_a_pose_drops_it_from_the_session(
    app: StretchApp, window: MainWindow, qtbot: QtBot
) -> None:
    view = window.pose_list.view
    row = window.pose_list.order().index("standing-forward-fold")
    rect = view.visualItemRect(view.item(row))
    # The tick box sits at the left edge of the row.
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 12, rect.center().y())
    )
    ids = [span.pose.id for span in app.controller.timeline.spans]
    assert "standing-forward-fold" not in ids
    assert len(ids) == 6
    assert window.transport.progress.segments()[:2] == ["Calf stretch", "Lizard pose"]
    assert "6 of 7 poses" in window.pose_list.estimate.text()


def test_dragging_a_pose_changes_the_order(
    app: StretchApp, window: MainWindow, qtbot: QtBot
) -> None:
    model = window.pose_list.view.model()
    root = model.index(0, 0).parent()
    # What a drop does inside the list: the model moves the row.
    assert model.moveRow(root, 0, root, 3)
    ids = [span.pose.id for span in app.controller.timeline.spans]
    assert ids[:3] == ["standing-forward-fold", "lizard-pose", "calf-stretch"]
    assert window.step_panel.title.text() == "Standing forward fold"


def test_alt_down_moves_the_selected_pose(
    app: StretchApp, window: MainWindow, qtbot: QtBot
) -> None:
    view = window.pose_list.view
    view.setFocus()
    view.setCurrentRow(0)
    QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    ids = [span.pose.id for span in app.controller.timeline.spans]
    assert ids[:2] == ["standing-forward-fold", "calf-stretch"]


def test_select_none_then_all(app: StretchApp, window: MainWindow, qtbot: QtBot) -> None:
    QTest.mouseClick(window.pose_list.none_button, Qt.MouseButton.LeftButton)
    assert window.chosen_ids() == []
    assert not window.play_action.isEnabled()
    assert window.step_panel.instruction.text() == "Tick a pose to begin"
    QTest.mouseClick(window.pose_list.all_button, Qt.MouseButton.LeftButton)
    assert len(app.controller.timeline.spans) == 7
    assert window.play_action.isEnabled()


def test_with_nothing_ticked_the_window_offers_no_session(
    app: StretchApp, window: MainWindow, qtbot: QtBot
) -> None:
    """Neither the hint, the bar nor the remaining time speaks of the plan just unticked."""
    assert window.step_panel.hint.text() == "Press Space to start"
    assert window.transport.remaining.text() != "\N{MINUS SIGN}0:00"
    QTest.mouseClick(window.pose_list.none_button, Qt.MouseButton.LeftButton)
    assert window.step_panel.hint.text() == ""
    assert window.transport.progress.segments() == []
    assert window.transport.remaining.text() == "\N{MINUS SIGN}0:00"
    window.pose_list.set_checked("half-split", True)
    assert window.step_panel.hint.text() == "Press Space to start"
    assert window.transport.progress.segments() == ["Half split"]
    assert window.transport.remaining.text() == "\N{MINUS SIGN}" + wording.clock(
        app.controller.timeline.total
    )


def seconds(text: str) -> int:
    minutes, secs = text.removeprefix("\N{MINUS SIGN}").split(":")
    return int(minutes) * 60 + int(secs)


def test_elapsed_and_remaining_always_add_up_to_the_session(
    app: StretchApp, window: MainWindow, clock: FakeClock
) -> None:
    window.pose_list.none_button.click()
    window.pose_list.set_checked("half-split", True)
    controller, transport = app.controller, window.transport
    total = round(controller.timeline.total)
    controller.start()
    step = 0.37  # lands at every fraction of a second in turn
    while controller.state.value == "running":
        clock.advance(step)
        controller.update()
        window.refresh()
        shown = seconds(transport.elapsed.text()) + seconds(transport.remaining.text())
        assert shown == total, (controller.elapsed(), transport.elapsed.text())
    assert transport.remaining.text() == "\N{MINUS SIGN}0:00"
    assert seconds(transport.elapsed.text()) == total


def test_mat_mode_with_nothing_ticked_says_how_to_reach_the_poses(
    app: StretchApp, window: MainWindow, qtbot: QtBot
) -> None:
    """The pose list is hidden in mat mode: "Tick a pose" alone asked for the impossible."""
    summary = window.step_panel.detail.text()
    press(qtbot, window, Qt.Key.Key_F11)
    assert window.step_panel.detail.text() == summary  # poses ticked: the plan, as ever
    press(qtbot, window, Qt.Key.Key_F11)
    QTest.mouseClick(window.pose_list.none_button, Qt.MouseButton.LeftButton)
    press(qtbot, window, Qt.Key.Key_F11)
    assert window.step_panel.instruction.text() == "Tick a pose to begin"
    assert window.step_panel.detail.text() == "Press Esc to see the poses"
    assert window.step_panel.detail.isVisibleTo(window)
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not window.mat_mode.active
    assert window.step_panel.detail.text() == ""


def test_after_a_session_with_nothing_ticked_space_is_not_offered(
    app: StretchApp, window: MainWindow, clock: FakeClock, qtbot: QtBot
) -> None:
    press(qtbot, window, Qt.Key.Key_Space)
    clock.advance(app.controller.timeline.total + 1)
    app.controller.update()
    assert window.step_panel.hint.text() == "Press Space to go again"
    QTest.mouseClick(window.pose_list.none_button, Qt.MouseButton.LeftButton)
    assert window.step_panel.hint.text() == "Tick a pose to go again"
    window.stop_action.trigger()  # back to the plan: there is none
    assert window.step_panel.instruction.text() == "Tick a pose to begin"
    assert window.transport.progress.segments() == []


def test_stop_is_offered_only_once_a_session_has_begun(
    app: StretchApp, window: MainWindow, qtbot: QtBot
) -> None:
    assert not window.stop_action.isEnabled()
    assert not window.transport.stop_button.isEnabled()
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.stop_action.isEnabled()
    window.stop_action.trigger()
    assert not window.stop_action.isEnabled()


def test_progress_bar_has_one_segment_per_chosen_pose(
    app: StretchApp, window: MainWindow, qtbot: QtBot
) -> None:
    assert len(window.transport.progress.segments()) == 7
    window.pose_list.set_checked("lizard-pose", False)
    window.pose_list.set_checked("pyramid-pose", False)
    assert window.transport.progress.segments() == [
        "Calf stretch",
        "Standing forward fold",
        "Supine hamstring stretch",
        "Half split",
        "Seated forward fold",
    ]


def test_changing_the_choice_mid_session_waits_for_the_next_session(
    app: StretchApp, window: MainWindow, clock: FakeClock, qtbot: QtBot
) -> None:
    press(qtbot, window, Qt.Key.Key_Space)
    play_to(app, clock, lambda c: c.kind == "step")
    QApplication.processEvents()
    buttons = window.pose_list.all_button.mapTo(window, QPoint(0, 0))
    # Planned anew with a second more to get ready (as turning the voice on lengthens what is
    # said): the same poses, the same "about 25 min", so nothing to say about the next one.
    pacing = pacing_for(app.settings)
    app.planner.set_pacing(dataclasses.replace(pacing, countdown=pacing.countdown + 1))
    assert app.planner.held
    assert "next session" not in window.pose_list.estimate.text()
    window.pose_list.set_checked("calf-stretch", False)
    assert app.controller.state.value == "running"
    assert app.controller.timeline.spans[0].pose.id == "calf-stretch"
    assert "next session" in window.pose_list.estimate.text()
    QApplication.processEvents()  # the layout follows the new text
    assert window.pose_list.all_button.mapTo(window, QPoint(0, 0)) == buttons  # no jump
    clock.advance(app.controller.timeline.total)
    app.controller.update()  # finished: the plan is simply the next session's
    assert "next session" not in window.pose_list.estimate.text()
    press(qtbot, window, Qt.Key.Key_Escape)
    assert app.controller.timeline.spans[0].pose.id == "standing-forward-fold"
    assert window.step_panel.title.text() == "Standing forward fold"


def test_selecting_none_mid_session_says_the_session_plays_on(
    app: StretchApp, window: MainWindow, clock: FakeClock, qtbot: QtBot
) -> None:
    press(qtbot, window, Qt.Key.Key_Space)
    play_to(app, clock, lambda c: c.kind == "step")
    window.pose_list.none_button.click()
    assert app.controller.state.value == "running"
    assert window.pose_list.estimate.text() == ("No poses ticked\nthis session plays on to its end")
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.pose_list.estimate.text() == "No poses ticked"


def test_the_end_says_well_done_and_once_a_day(
    app: StretchApp, window: MainWindow, clock: FakeClock, qtbot: QtBot
) -> None:
    press(qtbot, window, Qt.Key.Key_Space)
    clock.advance(app.controller.timeline.total + 1)
    app.controller.update()
    assert app.controller.state.value == "finished"
    assert window.step_panel.instruction.text().startswith("Well done")
    assert "once a day" in window.step_panel.detail.text()
    assert window.transport.play_button.text() == "Start again"


def test_voice_key_toggles_the_voice(window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.voiceToggled) as blocker:
        press(qtbot, window, Qt.Key.Key_V)
    assert blocker.args == [True]
    assert window.transport.voice_button.isChecked()


def test_notices_show_in_the_status_bar(window: MainWindow) -> None:
    window.show_notice("Voice unavailable: speaking silently")
    assert window.notice() == "Voice unavailable: speaking silently"
    label = window.findChild(QLabel, "notice")
    assert label is not None and label.isVisible()


def test_about_shows_the_once_a_day_advice(window: MainWindow, qtbot: QtBot) -> None:
    press(qtbot, window, Qt.Key.Key_F1)
    dialog = window.findChild(AboutDialog)
    assert dialog is not None
    assert dialog.isVisible()
    assert "once a day" in dialog.text()
    assert "never bounce" in dialog.text()  # the safety notes


def test_why_button_opens_the_about_panel(window: MainWindow, qtbot: QtBot) -> None:
    button = next(b for b in window.findChildren(QPushButton) if b.text().startswith("Why"))
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()


def test_why_button_shows_a_question_mark_in_the_accent_colour_light_or_dark(
    window: MainWindow,
) -> None:
    button = next(b for b in window.findChildren(QPushButton) if b.text().startswith("Why"))

    def at(x: int, y: int) -> QColor:
        return button.icon().pixmap(QSize(48, 48)).toImage().pixelColor(x, y)

    light = style.accent(window.palette())
    assert at(8, 24).rgb() == light.rgb()  # the disc, left of the mark
    assert at(24, 36).alpha() == 0  # the mark's dot: cut out, the button shows through
    dark = QPalette(window.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    window.setPalette(dark)
    assert style.accent(dark).rgb() != light.rgb()
    assert at(8, 24).rgb() == style.accent(dark).rgb()


def test_a_long_instruction_fits_its_box_in_mat_mode(
    app: StretchApp, window: MainWindow, clock: FakeClock, qtbot: QtBot
) -> None:
    window.mat_mode.toggle()
    press(qtbot, window, Qt.Key.Key_Space)
    cue = play_to(app, clock, lambda c: c.kind == "step" and len(c.text) > 110)
    label = window.step_panel.instruction
    assert label.text() == cue.text
    needed = QFontMetrics(label.font()).boundingRect(
        0, 0, label.width(), 100_000, Qt.TextFlag.TextWordWrap, label.text()
    )
    assert needed.height() <= label.height()


def test_starting_on_the_left_mirrors_the_first_pass_not_the_second(
    qtbot: QtBot, library: Library, clock: FakeClock
) -> None:
    # The drawings show the side each pose's text describes (right for the calf stretch).
    stretch = StretchApp(library, Settings(first_side="left"), clock=clock)
    qtbot.addWidget(stretch.window)
    panel = stretch.window.step_panel
    assert panel.picture.mirrored()  # before starting: the first pose as it will be done
    stretch.controller.start()
    play_to(stretch, clock, lambda c: c.kind == "step" and c.side == "left")
    assert panel.side.text() == "Left side"
    assert panel.picture.mirrored()
    play_to(stretch, clock, lambda c: c.kind == "step" and c.side == "right")
    assert panel.side.text() == "Right side"
    assert not panel.picture.mirrored()


def test_after_a_long_jump_only_the_new_poses_steps_are_shown(
    app: StretchApp, window: MainWindow, library: Library, clock: FakeClock, qtbot: QtBot
) -> None:
    from stretchplayer.ui.step_list import StepRow

    def shown() -> list[str]:
        rows = window.step_panel.findChildren(StepRow)
        return [row.text.text() for row in rows if row.isVisible()]

    app.controller.start()
    play_to(app, clock, lambda c: c.kind == "step" and c.pose == "calf-stretch")
    play_to(app, clock, lambda c: c.kind == "breath" and c.pose == "supine-hamstring-stretch")
    supine = list(library.get("supine-hamstring-stretch").steps_for("right"))
    # New rows appear once the event loop runs; the old ones must never be seen again.
    qtbot.waitUntil(lambda: bool(shown()))
    assert shown() == supine


def _settled() -> None:
    # A step change relays the panel in a few passes (new rows, their fonts, the fit).
    for _ in range(6):
        QApplication.processEvents()


def _cut_steps(stretch: StretchApp, library: Library) -> list[tuple[str, int, str]]:
    """Every step row, of every pose and current step, whose text is cut: given less height
    than its lines need, or shortened without an ellipsis."""
    from stretchplayer.ui.step_list import StepRow

    steps = stretch.window.step_panel.steps
    cut = []
    for pose in library.poses:
        texts = pose.steps_for("right")
        for current in range(len(texts)):
            following = current + 1 if current + 1 < len(texts) else None
            steps.show_steps(texts, current, following, current)
            _settled()
            shown = [row for row in steps.findChildren(StepRow) if row.isVisible()]
            assert any(row.state == "current" for row in shown)
            for row in shown:
                label = row.text
                whole = label.text() == row.full_text or label.text().endswith("…")
                if label.height() < label.heightForWidth(label.width()) or not whole:
                    cut.append((pose.id, current, label.text()))
                if row.state == "current":
                    assert label.text() == row.full_text  # the step to do, always whole
    return cut


def test_no_step_is_cut_off_at_the_default_size_in_any_language(
    in_language: tuple[StretchApp, Library],
) -> None:
    stretch, library = in_language
    assert _cut_steps(stretch, library) == []


def test_no_step_is_cut_off_in_the_smallest_window(
    in_language: tuple[StretchApp, Library],
) -> None:
    stretch, library = in_language
    stretch.window.resize(stretch.window.minimumSize())
    _settled()
    assert _cut_steps(stretch, library) == []


def test_in_a_small_window_steps_are_shortened_only_as_far_as_the_room_needs(
    window: MainWindow, library: Library
) -> None:
    """A 1024×600 screen: before a session, each step is shown whole if the room below the
    last one could not hold it whole (all of them were shortened, half the room left empty)."""
    from stretchplayer.ui.step_list import StepRow

    window.resize(1024, 540)
    steps = window.step_panel.steps
    some_whole = False
    for pose in library.poses:
        steps.show_steps(pose.steps_for("right"), None, None, 0)
        _settled()
        rows = [row for row in steps.findChildren(StepRow) if row.isVisible()]
        left = steps.height() - max(row.geometry().bottom() + 1 for row in rows)
        for row in rows:
            if row.text.text() != row.full_text:
                whole = row.height_at(steps.width(), steps.shown_size, compact=False)
                assert whole - row.height() > left, (pose.id, row.full_text)
            else:
                some_whole = True
    assert some_whole


def test_the_steps_take_their_full_size_whenever_the_window_has_room(
    window: MainWindow, library: Library
) -> None:
    steps = window.step_panel.steps
    calf = library.get("calf-stretch").steps_for("right")
    steps.show_steps(calf, 0, 1, 0)
    _settled()
    full = steps.shown_size
    window.resize(window.minimumSize())
    _settled()
    assert steps.shown_size < full or any(row.compact for row in steps._rows)
    window.resize(1280, 800)
    _settled()
    assert steps.shown_size == full
    assert not any(row.compact for row in steps._rows)
    assert steps.texts() == list(calf)


def _icon_at(window: MainWindow, x: int, y: int) -> QColor:
    """The play button's icon, drawn at 48 px, at one point (24, 24 is its middle)."""
    icon = window.transport.play_button.icon()
    return icon.pixmap(QSize(48, 48)).toImage().pixelColor(x, y)


def test_play_button_shows_pause_while_running_in_the_text_colour(
    window: MainWindow, qtbot: QtBot
) -> None:
    text = window.palette().color(QPalette.ColorRole.ButtonText)
    assert _icon_at(window, 24, 24).alpha() > 0  # the triangle's middle: "play"
    for _ in range(2):  # a pause and resume draw the same two icons again
        press(qtbot, window, Qt.Key.Key_Space)
        assert _icon_at(window, 24, 24).alpha() == 0  # between the two bars: "pause"
        assert _icon_at(window, 17, 24).rgb() == text.rgb()
        press(qtbot, window, Qt.Key.Key_Space)
        assert _icon_at(window, 24, 24).alpha() > 0

    dark = QPalette(window.palette())
    dark.setColor(QPalette.ColorRole.ButtonText, QColor("#f0f0f0"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    window.setPalette(dark)
    assert _icon_at(window, 24, 24).rgb() == QColor("#f0f0f0").rgb()


Drawn = tuple[QRect, str]


def _rows(window: MainWindow) -> dict[str, tuple[Drawn | None, Drawn | None]]:
    """Each pose's sides label and equipment badge, each a box and its text, as its row
    draws them at the list's present width."""
    view = window.pose_list.view
    delegate = view.itemDelegate()
    assert isinstance(delegate, PoseDelegate)
    shown: dict[str, tuple[Drawn | None, Drawn | None]] = {}
    for row in range(view.count()):
        index = view.model().index(row, 0)
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = view.visualRect(index)
        shown[index.data(ID_ROLE)] = (delegate.sides(option, index), delegate.badge(option, index))
    return shown


def _badges(window: MainWindow) -> dict[str, str | None]:
    """Each pose's equipment badge as its row draws it at the list's present width."""
    return {pose: badge[1] if badge else None for pose, (_, badge) in _rows(window).items()}


@pytest.fixture(params=["en", "de", "es", "fr"])
def in_language(
    request: pytest.FixtureRequest, qtbot: QtBot, qapp: QApplication, clock: FakeClock
) -> Iterator[tuple[StretchApp, Library]]:
    """The window in each of the app's languages, its library's poses in that language."""
    i18n.set_language(request.param)
    translator.install(qapp)
    try:
        library = load_library()
        stretch = StretchApp(library, Settings(voice_enabled=False), clock=clock)
        qtbot.addWidget(stretch.window)
        stretch.window.show()
        yield stretch, library
    finally:
        i18n.set_language(i18n.SOURCE)
        translator.install(qapp)


def test_every_equipment_badge_is_shown_in_full_at_the_default_size(
    in_language: tuple[StretchApp, Library],
) -> None:
    stretch, library = in_language
    badges = _badges(stretch.window)
    needing = {p.id: ", ".join(p.equipment) for p in library.poses if p.equipment}
    assert len(needing) >= 3
    assert {pose: badges[pose] for pose in needing} == needing
    assert all(badges[p.id] is None for p in library.poses if not p.equipment)


def test_the_narrowest_list_still_says_which_poses_need_equipment(
    in_language: tuple[StretchApp, Library],
) -> None:
    stretch, library = in_language
    splitter = stretch.window.findChild(QSplitter)
    assert splitter is not None
    splitter.setSizes([1, 2000])  # as narrow as the list may be
    QApplication.processEvents()
    view = stretch.window.pose_list.view
    metrics = QFontMetrics(view.font())
    row_right = view.visualRect(view.model().index(0, 0)).right()
    rows = _rows(stretch.window)
    for pose in library.poses:
        sides, badge = rows[pose.id]
        assert sides is not None
        sides_box, sides_text = sides
        # Every label is whole or visibly shortened, never cut off mid-letter.
        assert _whole_or_shortened(sides_text, pose.sides_label), sides_text
        assert metrics.horizontalAdvance(sides_text) <= sides_box.width() < row_right
        if not pose.equipment:
            assert badge is None
            continue
        # Every pose that needs equipment still shows its badge, inside the row and clear of
        # the label beside it.
        assert badge is not None, (pose.id, sides_text)
        box, text = badge
        assert _whole_or_shortened(text, ", ".join(pose.equipment))
        assert len(text) >= 4, text  # some words of it, not just "2…"
        assert box.right() < row_right
        if abs(box.center().y() - sides_box.center().y()) <= 2:  # on the sides label's line
            assert sides_box.right() < box.left()
        else:  # on a line of its own, under it
            assert box.top() > sides_box.bottom()


@pytest.mark.parametrize("list_width", [1, 380, 2000])  # narrowest, between, widest
def test_every_badge_of_the_list_sits_on_the_same_line(
    in_language: tuple[StretchApp, Library], list_width: int
) -> None:
    # Placed row by row, a badge went beside the name in some rows and beside the breaths
    # in others ("2 Yogablöcke", "2 briques de yoga"): the list looked ragged.
    stretch, library = in_language
    splitter = stretch.window.findChild(QSplitter)
    assert splitter is not None
    splitter.setSizes([list_width, 3000])
    QApplication.processEvents()
    view = stretch.window.pose_list.view
    tops = {}
    whole = {}
    for pose, (sides, badge) in _rows(stretch.window).items():
        if badge is None:
            continue
        assert sides is not None
        row_top = view.visualRect(
            view.model().index(stretch.window.pose_list.order().index(pose), 0)
        ).top()
        # The badge's line, from its row's top: each row on the line of its breaths.
        tops[pose] = (badge[0].center().y() - row_top, sides[0].center().y() - row_top)
        entry = library.get(pose)
        whole[pose] = sides[1] == entry.sides_label and badge[1] == ", ".join(entry.equipment)
    assert len(tops) >= 3
    assert len({badge for badge, _ in tops.values()}) == 1, tops
    if list_width > 1:
        # ... and where the list has some room, every word whole: beside the sides label if
        # all fit there, else on the line under it ("2 côtés × 10 re…" was cut to fit).
        assert all(words for words in whole.values()), whole


def test_a_narrowed_row_keeps_its_sides_label_whole_and_a_long_badge_under_it(
    qtbot: QtBot, library: Library, clock: FakeClock
) -> None:
    # A library of one's own may name equipment in one long word: the badge then takes at
    # most half the row's line, and the "10 breaths" beside it stays readable.
    long_word = dataclasses.replace(library.poses[1], equipment=("Gymnastikballkombination",))
    own = dataclasses.replace(library, poses=(library.poses[0], long_word, *library.poses[2:]))
    stretch = StretchApp(own, Settings(voice_enabled=False), clock=clock)
    qtbot.addWidget(stretch.window)
    stretch.window.show()
    splitter = stretch.window.findChild(QSplitter)
    assert splitter is not None
    splitter.setSizes([1, 2000])
    QApplication.processEvents()
    sides, badge = _rows(stretch.window)[long_word.id]
    assert sides is not None and badge is not None
    assert sides[1] == long_word.sides_label  # "10 breaths", whole
    assert badge[1].startswith("Gymnast")
    assert badge[0].top() > sides[0].bottom()  # on the line under it, all the row's width


def test_each_row_says_its_words_in_full_to_a_hover_and_a_screen_reader(
    window: MainWindow, library: Library
) -> None:
    view = window.pose_list.view
    for row in range(view.count()):
        item = view.item(row)
        pose = library.get(item.data(ID_ROLE))
        said = item.data(Qt.ItemDataRole.AccessibleDescriptionRole)
        assert said.startswith(pose.sides_label)
        for needed in pose.equipment:
            assert needed in said
        tip = item.toolTip().replace("\u00a0", " ")  # phrases kept whole on a line
        assert said in tip and pose.purpose.split(".")[0] in tip
    lizard = next(view.item(r) for r in range(view.count()) if view.item(r).text() == "Lizard pose")
    assert lizard.data(Qt.ItemDataRole.AccessibleDescriptionRole) == (
        "2 sides × 10 breaths · 2 yoga blocks"
    )


def _whole_or_shortened(shown: str, full: str) -> bool:
    return shown == full or (shown.endswith("…") and full.startswith(shown[:-1].rstrip()))


def test_a_selected_unticked_poses_name_is_readable_on_the_selection(
    window: MainWindow, qtbot: QtBot
) -> None:
    pose_list = window.pose_list
    pose_list.set_checked("standing-forward-fold", False)
    view = pose_list.view
    view.setCurrentRow(1)
    assert view.item(1).text() == "Standing forward fold"
    image = view.viewport().grab().toImage()
    row = view.visualItemRect(view.item(1))
    selection = view.palette().color(QPalette.ColorRole.Highlight)
    # The name is the top line right of the thumbnail: its strongest pixel is the text's colour.
    strongest = max(
        contrast(image.pixelColor(x, y), selection)
        for x in range(row.left() + 100, row.right() - 20)
        for y in range(row.top() + 8, row.center().y())
    )
    assert strongest >= 3.0


def test_the_current_poses_bar_stays_clear_of_its_tick_box(
    app: StretchApp, window: MainWindow, clock: FakeClock
) -> None:
    app.controller.start()
    play_to(app, clock, lambda c: c.kind == "step")  # into the first pose
    view = window.pose_list.view
    row = view.visualItemRect(view.item(0))
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = row
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
    image = view.viewport().grab().toImage()
    accent = style.accent(view.palette())
    bar = [
        x
        for x in range(row.left(), box.right() + 12)
        if contrast(image.pixelColor(x, row.center().y() + 16), accent) < 1.5
    ]
    assert bar, "no bar beside the current pose"
    assert min(bar) > box.right() + 1  # a gap between the box and the bar


def test_a_long_notice_is_shortened_to_the_window_not_run_off_its_edge(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.resize(900, 600)
    long_notice = "Kein Ton: kein Tonserver hat geantwortet. " * 8
    window.show_notice(long_notice)
    qtbot.waitUntil(lambda: window.width() == 900)
    label = window.findChild(QLabel, "notice")
    assert label is not None
    assert label.geometry().right() < window.width()
    assert label.text().endswith("…") and long_notice.startswith(label.text()[:-1])
    assert window.notice() == long_notice  # whole, as the tooltip has it
    assert "kein Tonserver" in label.toolTip()
