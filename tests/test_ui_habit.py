"""The History window as a habit: this week, twelve weeks of days, each pose, the streak optional."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from stretchplayer.app import StretchApp
from stretchplayer.core.model import Library
from stretchplayer.storage.history import History
from stretchplayer.storage.settings import Settings
from stretchplayer.ui.habit_calendar import WEEKS, HabitCalendar, first_day, level, month_labels
from stretchplayer.ui.history_dialog import HistoryDialog, week_words
from tests.fakes import FakeClock

WEDNESDAY = date(2026, 3, 18)


def test_the_calendar_starts_on_a_monday_twelve_weeks_back_and_shades_by_minutes(
    qtbot: QtBot,
) -> None:
    start = first_day(WEDNESDAY)
    assert start.weekday() == 0 and (WEDNESDAY - start).days == 7 * (WEEKS - 1) + 2
    calendar = HabitCalendar(WEDNESDAY, {WEDNESDAY: 12.0, start: 3.0})
    qtbot.addWidget(calendar)
    assert calendar.day_at(calendar.cell(WEDNESDAY).center()) == WEDNESDAY
    assert calendar.day_at(calendar.cell(WEDNESDAY + timedelta(1)).center()) is None  # future
    assert calendar.day_at(QPoint(0, 0)) is None
    assert [level(m) for m in (0, 3, 5, 12, 45)] == [0, 1, 2, 3, 4]
    assert calendar.shade(0) != calendar.shade(3) != calendar.shade(45)
    assert calendar.summary() == f"2 of the last {WEEKS * 7} days with a stretch"


def test_each_month_is_named_over_the_weeks_that_are_mostly_its_own() -> None:
    """December 2026 begins on a Tuesday: its first days, today among them, are under "Dec",
    not under November's name."""
    today = date(2026, 12, 4)
    start = first_day(today)
    labels = {week: day.month for week, day in month_labels(start, today).items()}
    # 1 October is a Thursday: its week is October's; 1 November a Sunday: its week October's.
    assert labels == {0: 9, 2: 10, 7: 11, 11: 12}
    # A week not over yet is named by the days it has so far.
    monday = date(2026, 11, 30)
    assert 11 not in month_labels(first_day(monday), monday)
    # Two names never stand side by side: the first week's yields to the next one's.
    after = date(2026, 8, 12)  # the first week is Monday 25 May's; the next is June's
    assert sorted(month_labels(first_day(after), after))[:2] == [1, 5]


def test_this_week_counts_days_against_once_a_day() -> None:
    minutes = {date(2026, 3, 16): 10.0, date(2026, 3, 18): 4.0, date(2026, 3, 15): 9.0}
    assert week_words(WEDNESDAY, minutes) == "This week: 2 of 7 days (the goal is once a day)"


def test_the_window_shows_week_calendar_and_poses_and_can_hide_the_streak(
    qtbot: QtBot, library: Library
) -> None:
    now = datetime.now()
    with History() as past:
        past.record(now, 600.0, ["calf-stretch", "half-split"], True, "Morning")
        past.record(now - timedelta(days=1), 300.0, ["half-split"], True)
    stretch = StretchApp(library, Settings(voice_enabled=False), clock=FakeClock())
    qtbot.addWidget(stretch.window)
    dialog = stretch.show_history()
    qtbot.addWidget(dialog)
    assert dialog.streak.text() == "2 days in a row"
    assert dialog.pose_rows() == [("Half split", 2), ("Calf stretch", 1)]
    assert dialog.calendar.minutes[max(dialog.calendar.minutes)] >= 5
    assert "Morning" in dialog.rows()[0][2]
    assert dialog.week.text().startswith("This week:")
    dialog.close()

    stretch.apply_settings(Settings(voice_enabled=False, show_streak=False))
    hidden = stretch.show_history()
    qtbot.addWidget(hidden)
    assert "in a row" not in hidden.streak.text()
    assert hidden.streak.text() == "Your practice"


def test_an_empty_history_still_shows_a_calendar(qtbot: QtBot) -> None:
    dialog = HistoryDialog(0, [], "Once a day.", today=WEDNESDAY)
    qtbot.addWidget(dialog)
    assert dialog.calendar.summary().startswith("0 of")
    assert dialog.pose_rows() == []
