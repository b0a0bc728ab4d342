"""A finished session lands in the history, and the History window shows the streak."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from stretchplayer.app import StretchApp
from stretchplayer.core.model import Library
from stretchplayer.storage.history import History, Session
from stretchplayer.storage.settings import Settings
from stretchplayer.ui.history_dialog import HistoryDialog
from tests.fakes import FakeClock


def make(qtbot: QtBot, library: Library, clock: FakeClock) -> StretchApp:
    settings = Settings(voice_enabled=False, selected_poses=["seated-forward-fold"])
    stretch = StretchApp(library, settings, clock=clock)
    qtbot.addWidget(stretch.window)
    return stretch


def play_through(stretch: StretchApp, clock: FakeClock) -> None:
    """Start the session and let it play to its end."""
    stretch.controller.start()
    clock.advance(stretch.controller.timeline.total + 1)
    stretch.controller.update()


def test_a_finished_session_is_recorded_and_counts_for_the_streak(
    qtbot: QtBot, library: Library, clock: FakeClock
) -> None:
    stretch = make(qtbot, library, clock)
    play_through(stretch, clock)
    (session,) = History().sessions()
    assert session.completed
    assert session.poses == ["seated-forward-fold"]
    assert session.duration_s == stretch.controller.timeline.total
    assert History().streak() == 1


def test_next_or_previous_after_the_finish_records_no_second_session(
    qtbot: QtBot, library: Library, clock: FakeClock
) -> None:
    stretch = make(qtbot, library, clock)
    play_through(stretch, clock)
    stretch.window.next_action.trigger()
    stretch.window.previous_action.trigger()
    stretch.controller.next_pose()  # as a media key or MPRIS would ask
    assert stretch.controller.state.value == "finished"
    stretch.controller.toggle()  # Space: a new session from the start, not the old one resumed
    clock.advance(10)
    stretch.controller.update()
    assert stretch.controller.state.value == "running"
    assert len(History().sessions()) == 1


def test_a_pose_skipped_with_next_is_not_recorded_as_done(
    qtbot: QtBot, library: Library, clock: FakeClock
) -> None:
    stretch = make(qtbot, library, clock)
    stretch.planner.set_poses(library.select(["calf-stretch", "seated-forward-fold"]))
    stretch.controller.start()
    first, second = stretch.controller.timeline.spans
    clock.advance(first.end + 1)
    stretch.controller.update()
    stretch.window.next_action.trigger()  # the fold skipped, one second in
    clock.advance(stretch.controller.timeline.total)
    stretch.controller.update()
    (session,) = History().sessions()
    assert session.completed
    assert session.poses == ["calf-stretch"]
    assert session.duration_s == pytest.approx(
        stretch.controller.timeline.total - (second.end - first.end - 1)
    )


def test_a_session_stopped_after_the_ticked_poses_changed_is_still_recorded(
    qtbot: QtBot, library: Library, clock: FakeClock
) -> None:
    """The changed plan waits for the stop, then replaces the session: what the session
    practised must be taken before it goes."""
    stretch = make(qtbot, library, clock)
    stretch.planner.set_poses(library.select(["calf-stretch", "seated-forward-fold"]))
    stretch.controller.start()
    stretch.planner.set_poses(library.select(["calf-stretch"]))  # untick one, mid-session
    first = stretch.controller.timeline.spans[0]
    clock.advance(first.end)
    stretch.controller.update()
    stretch.window.stop_action.trigger()
    assert [s.pose.id for s in stretch.controller.timeline.spans] == ["calf-stretch"]
    (session,) = History().sessions()
    assert not session.completed
    assert session.poses == ["calf-stretch"]
    assert session.duration_s == pytest.approx(first.end)


@pytest.mark.parametrize("pause_first", [False, True])
def test_stop_pressed_at_well_done_keeps_the_session_finished_and_the_streak(
    qtbot: QtBot, library: Library, clock: FakeClock, pause_first: bool
) -> None:
    """The closing words are on screen as "Finished": Stop then (or pause, then Stop) ends a
    session played to its end, not one stopped early that no streak counts."""
    stretch = make(qtbot, library, clock)
    stretch.controller.start()
    clock.advance(stretch.controller.timeline.cues[-1].t + 1)  # "Well done", 1 s in
    stretch.controller.update()
    assert stretch.window.step_panel.kicker.text().lower() == "finished"
    if pause_first:
        stretch.controller.toggle()
    stretch.window.stop_action.trigger()
    (session,) = History().sessions()
    assert session.completed
    assert session.poses == ["seated-forward-fold"]
    assert History().streak() == 1


def test_the_finished_screen_says_the_streak_the_session_makes(
    qtbot: QtBot, library: Library, clock: FakeClock
) -> None:
    with History() as past:
        past.record(datetime.now() - timedelta(days=1), 600, ["seated-forward-fold"], True)
    stretch = make(qtbot, library, clock)
    advice = library.about.advice
    stretch.controller.start()
    clock.advance(stretch.controller.timeline.cues[-1].t + 1)  # "Well done", not yet recorded
    stretch.controller.update()
    assert stretch.window.step_panel.detail.text() == advice
    clock.advance(stretch.controller.timeline.total)
    stretch.controller.update()  # the closing words end: recorded, and the streak read back
    assert stretch.window.step_panel.detail.text() == f"2 days in a row. {advice}"
    stretch.controller.toggle()  # Space: a new session, which has no streak to tell yet
    assert "in a row" not in stretch.window.step_panel.detail.text()


def test_no_streak_on_the_finished_screen_when_hidden_or_when_stopped_at_well_done(
    qtbot: QtBot, library: Library, clock: FakeClock
) -> None:
    settings = Settings(
        voice_enabled=False, selected_poses=["seated-forward-fold"], show_streak=False
    )
    hidden = StretchApp(library, settings, clock=clock)
    qtbot.addWidget(hidden.window)
    play_through(hidden, clock)
    assert hidden.window.step_panel.detail.text() == library.about.advice
    stopped = make(qtbot, library, clock)
    stopped.controller.start()
    clock.advance(stopped.controller.timeline.cues[-1].t + 1)
    stopped.controller.update()
    stopped.window.stop_action.trigger()  # back to the first pose, ready for the next session
    assert History().streak() == 1
    assert "in a row" not in stopped.window.step_panel.detail.text()


def test_no_streak_on_the_finished_screen_from_a_history_that_keeps_nothing(
    qtbot: QtBot, library: Library, clock: FakeClock, stretchplayer_home: Path
) -> None:
    (stretchplayer_home / "history.sqlite3").symlink_to("/dev/zero")  # said: "will not be kept"
    stretch = make(qtbot, library, clock)
    play_through(stretch, clock)
    assert stretch.window.step_panel.detail.text() == library.about.advice


def test_stop_pressed_in_the_last_pose_is_a_session_stopped_early(
    qtbot: QtBot, library: Library, clock: FakeClock
) -> None:
    stretch = make(qtbot, library, clock)
    stretch.controller.start()
    clock.advance(stretch.controller.timeline.cues[-1].t - 0.5)  # half a second before the end
    stretch.controller.update()
    stretch.window.stop_action.trigger()
    (session,) = History().sessions()
    assert not session.completed
    assert History().streak() == 0


def test_a_session_stopped_in_the_first_seconds_is_not_recorded(
    qtbot: QtBot, library: Library, clock: FakeClock
) -> None:
    stretch = make(qtbot, library, clock)
    stretch.controller.start()
    clock.advance(5)
    stretch.controller.update()
    stretch.controller.stop()
    assert History().sessions() == []


def test_ctrl_h_opens_the_history_with_the_streak(
    qtbot: QtBot, library: Library, clock: FakeClock
) -> None:
    with History() as past:
        now = datetime.now()
        past.record(now - timedelta(days=1), 1500.0, ["calf-stretch"], completed=True)
        past.record(now, 300.0, ["calf-stretch", "half-split"], completed=False)
        past.record(now, 1200.0, ["calf-stretch", "half-split"], completed=True)
    stretch = make(qtbot, library, clock)
    with qtbot.waitExposed(stretch.window):
        stretch.window.show()
    QTest.keyClick(stretch.window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = stretch.window.findChild(HistoryDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.streak.text() == "2 days in a row"
    assert [row[1:] for row in dialog.rows()] == [
        ["20:00", "2 poses"],
        ["5:00", "2 poses (stopped early)"],
        ["25:00", "1 pose"],
    ]


def test_a_stopped_session_today_is_not_denied_by_the_headline(qtbot: QtBot) -> None:
    today = datetime(2026, 12, 4).date()
    dialog = HistoryDialog(0, [], "Once a day.", today=today, minutes={today: 5.0})
    qtbot.addWidget(dialog)
    assert dialog.streak.text() == "No streak yet — finish a session to start one."
    assert dialog.week.text().startswith("This week: 1 of 7 days")


def test_an_empty_history_invites_a_first_session(qtbot: QtBot) -> None:
    dialog = HistoryDialog(0, [], "Once a day.")
    qtbot.addWidget(dialog)
    assert "No streak yet" in dialog.streak.text()
    assert dialog.rows() == []
    assert not dialog.empty.isHidden()


def test_a_long_history_says_how_much_is_listed_and_older_years_show(
    qtbot: QtBot, library: Library, clock: FakeClock
) -> None:
    now = datetime.now()
    with History() as past:
        for n in range(150):  # one every five days: two years back
            past.record(now - timedelta(days=5 * n), 600.0, ["calf-stretch"], completed=True)
    stretch = make(qtbot, library, clock)
    with qtbot.waitExposed(stretch.window):
        stretch.window.show()
    QTest.keyClick(stretch.window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = stretch.window.findChild(HistoryDialog)
    assert dialog is not None
    rows = dialog.rows()
    assert len(rows) == 100
    assert dialog.more.isVisible()
    assert dialog.more.text().startswith("The latest 100 of 150 sessions are listed")
    last = now - timedelta(days=5 * 99)
    assert rows[-1][0].endswith(f"{last.year}, {last:%H:%M}")  # an older year says so
    assert str(now.year) not in rows[0][0]  # this year's need not


def test_at_its_smallest_the_calendar_and_the_pose_names_are_whole(qtbot: QtBot) -> None:
    today = datetime(2026, 12, 4).date()
    names = {"supine-hamstring-stretch": "Supine hamstring stretch"}
    dialog = HistoryDialog(
        3,
        [],
        "Once a day, for the full benefit.",
        today=today,
        poses=[(next(iter(names)), 40)],
        names=names,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(200, 200)  # as small as a window manager lets it be
    qtbot.waitUntil(lambda: dialog.size() == dialog.minimumSize())
    QApplication.processEvents()
    assert dialog.calendar.size() == dialog.calendar.sizeHint()  # all seven rows
    name = dialog.poses.item(0, 0)
    assert name is not None
    shown = dialog.poses.columnWidth(0)
    assert dialog.poses.fontMetrics().horizontalAdvance(name.text()) + 8 <= shown


def test_tab_from_the_session_table_reaches_the_close_button(qtbot: QtBot) -> None:
    """Keyboard users leave the table with one Tab, not one per cell."""
    now = datetime(2026, 12, 4, 8, 0)
    sessions = [Session(now - timedelta(days=n), 600.0, ["calf-stretch"], True) for n in range(5)]
    dialog = HistoryDialog(1, sessions, "Once a day.", today=now.date())
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.table.setFocus()
    qtbot.waitUntil(dialog.table.hasFocus)
    QTest.keyClick(dialog.table, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert isinstance(focused, QPushButton), focused
    assert focused.text().replace("&", "") == "Close"


def test_a_row_that_cannot_be_read_does_not_upset_the_count_shown(
    qtbot: QtBot, library: Library, clock: FakeClock
) -> None:
    """100 sessions and one edited into nonsense: all 100 listed, no "latest 99 of 101"."""
    now = datetime.now()
    with History() as past:
        for n in range(100):
            past.record(now - timedelta(days=n + 1), 600.0, ["calf-stretch"], completed=True)
        path = past.path
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO sessions (started_at, day, duration_s, poses, completed)"
            " VALUES (?, ?, 1e300, '[]', 1)",
            (now.isoformat(), now.date().isoformat()),
        )
    conn.close()
    stretch = make(qtbot, library, clock)
    dialog = stretch.show_history()
    qtbot.addWidget(dialog)
    assert len(dialog.rows()) == 100
    assert dialog.more.isHidden()
    assert all(len(row[1]) <= 8 for row in dialog.rows())  # no 300-digit length


def test_control_characters_in_a_history_row_show_as_text_not_boxes(qtbot: QtBot) -> None:
    now = datetime(2026, 12, 4, 8, 0)
    sessions = [Session(now, 600.0, ["calf-stretch"], True, routine="Dawn\x1b[2J")]
    dialog = HistoryDialog(
        1, sessions, "Once a day.", today=now.date(), poses=[("odd\x1bpose", 3)], names={}
    )
    qtbot.addWidget(dialog)
    shown = [text for row in dialog.rows() for text in row] + [n for n, _ in dialog.pose_rows()]
    assert all(text.isprintable() for text in shown), shown
    assert dialog.pose_rows() == [("odd\\x1bpose", 3)]
    assert dialog.rows()[0][2].endswith("· Dawn\\x1b[2J")
