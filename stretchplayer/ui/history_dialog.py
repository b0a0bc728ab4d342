"""History: the streak (unless hidden), this week against once a day, twelve weeks of days,
how often each pose was done, and the recent sessions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stretchplayer.core import wording
from stretchplayer.core.guest import printable
from stretchplayer.core.i18n import Context, grouped
from stretchplayer.storage.history import Session
from stretchplayer.ui import screen_fit, style
from stretchplayer.ui.habit_calendar import HabitCalendar
from stretchplayer.ui.marked_dialog import MarkedDialog

ui_history = Context("ui_history")


def streak_words(days: int, tried_today: bool = False) -> str:
    if days == 0 and tried_today:
        # Only finished sessions make a streak: today's stopped one is in the calendar and
        # this week's count, and "today is a good day to start" would deny it.
        return ui_history.tr("No streak yet — finish a session to start one.")
    if days == 0:
        return ui_history.tr("No streak yet — today is a good day to start.")
    return ui_history.tr("%n day(s) in a row", "", days)


def week_words(today: date, minutes: Mapping[date, float]) -> str:
    """This week (Monday on) against the seed's "once a day"."""
    monday = today - timedelta(days=today.weekday())
    done = sum(1 for n in range(today.weekday() + 1) if minutes.get(monday + timedelta(n), 0) > 0)
    return ui_history.tr("This week: %s of 7 days (the goal is once a day)") % done


class HistoryDialog(MarkedDialog):
    """Shows what it is given; reading the history file is the app's business.

    `streak` None hides it (for people who find a streak stressful). `minutes` is the minutes
    stretched on each practice day (`today` is one too), `poses` (name, sessions) most first.
    """

    def __init__(
        self,
        streak: int | None,
        sessions: Sequence[Session],
        advice: str,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        minutes: Mapping[date, float] | None = None,
        poses: Sequence[tuple[str, int]] = (),
        names: Mapping[str, str] | None = None,
        total: int = 0,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(ui_history.tr("History — StretchPlayer"))
        # At least the calendar whole beside a readable pose table, and three sessions: the
        # layout's own minimum does not count the wrapped lines, and let both be squeezed.
        screen_fit.fit(self, QSize(820, 720), QSize(660, 580))
        today = today or date.today()
        minutes = dict(minutes or {})
        names = names or {}

        self.streak = QLabel(
            streak_words(streak, minutes.get(today, 0) > 0)
            if streak is not None
            else ui_history.tr("Your practice")
        )
        self.streak.setObjectName("streak")
        self.streak.setWordWrap(True)
        self.streak.setFont(style.sized(self.font(), 28, QFont.Weight.Bold))
        accent = style.accent(self.palette()).name()
        self.streak.setStyleSheet(f"QLabel#streak {{ color: {accent}; }}")
        tip = QLabel(advice)
        tip.setTextFormat(Qt.TextFormat.PlainText)  # the library's words, not markup
        tip.setWordWrap(True)
        tip.setFont(style.sized(self.font(), 15))
        self.week = QLabel(week_words(today, minutes))
        self.week.setObjectName("week")
        self.week.setFont(style.sized(self.font(), 17, QFont.Weight.DemiBold))
        self.calendar = HabitCalendar(today, minutes)

        self.poses = QTableWidget(len(poses), 2)
        self.poses.setHorizontalHeaderLabels([ui_history.tr("Pose"), ui_history.tr("Sessions")])
        self.poses.verticalHeader().setVisible(False)
        self.poses.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.poses.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.poses.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Tab leaves a table for the next control, as in every other dialog; arrows move inside.
        self.poses.setTabKeyNavigation(False)
        self.poses.setMinimumWidth(240)  # "Supine hamstring stretch" and its count, whole
        self.poses.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.poses.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        for row, (pose_id, n) in enumerate(poses):
            # An unknown id is shown as it was written, which may be by hand: a control
            # character would be an empty box, so it is spelled out (\x1b) instead.
            name = QTableWidgetItem(printable(names.get(pose_id, pose_id)))
            name.setToolTip(name.text())  # whole, where a narrow table cuts it
            self.poses.setItem(row, 0, name)
            count = QTableWidgetItem(str(n))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.poses.setItem(row, 1, count)

        self.table = QTableWidget(len(sessions), 3)
        self.table.setMinimumHeight(120)  # its header and three sessions
        self.table.setTabKeyNavigation(False)  # else Tab walks every cell and never reaches Close
        self.table.setHorizontalHeaderLabels(
            [ui_history.tr("When"), ui_history.tr("Length"), ui_history.tr("Poses")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, session in enumerate(sessions):
            outcome = "" if session.completed else ui_history.tr(" (stopped early)")
            how = f" · {printable(session.routine)}" if session.routine else ""
            how += ui_history.tr(" · in the terminal") if session.played == "text" else ""
            # The year only where it is not this one: a long history reaches back years.
            pattern = "ddd dd MMM, HH:mm"
            if session.started_at.year != today.year:
                pattern = "ddd dd MMM yyyy, HH:mm"
            cells = (
                style.date_words(session.started_at, pattern),
                wording.clock(session.duration_s),
                wording.poses(len(session.poses)) + outcome + how,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.empty = QLabel(
            ui_history.tr("No sessions yet. Press Space in the main window to start one.")
        )
        self.empty.setVisible(not sessions)
        self.more = QLabel(
            ui_history.tr(
                "The latest %s of %s sessions are listed; the command “stretchplayer history”"
                " lists them all."
            )
            % (grouped(len(sessions)), grouped(total))
        )
        self.more.setWordWrap(True)
        style.dimmed(self.more, self.palette())
        self.more.setVisible(total > len(sessions))
        self.table.setVisible(bool(sessions))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        style.without_icons(buttons.buttons())
        buttons.rejected.connect(self.reject)
        # All of it scrolls where the screen is too short for it (a 1024×600 netbook with a
        # long history): squeezed below what it needs, the calendar was drawn over its legend.
        body = QWidget()
        scroll = QScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidgetResizable(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 20, 0, 16)
        outer.setSpacing(12)
        outer.addWidget(scroll, 1)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 0, 24, 0)
        layout.setSpacing(12)
        layout.addWidget(self.streak)
        layout.addWidget(tip)
        layout.addWidget(self.week)
        habit = QHBoxLayout()
        habit.setSpacing(24)
        days = QVBoxLayout()
        days.addWidget(self.calendar)
        legend = QLabel(
            ui_history.tr(
                "The last 12 weeks, a square a day:\nthe stronger the colour, the more minutes."
            )
        )
        style.dimmed(legend, self.palette())
        days.addWidget(legend)
        days.addStretch(1)
        habit.addLayout(days)
        habit.addWidget(self.poses, 1)
        layout.addLayout(habit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.more)
        scroll.setWidget(body)
        buttons.setContentsMargins(24, 0, 24, 0)
        outer.addWidget(buttons)
        self.poses.setVisible(bool(poses))

    def pose_rows(self) -> list[tuple[str, int]]:
        """How often each pose was done, as shown."""
        rows = []
        for r in range(self.poses.rowCount()):
            name, count = self.poses.item(r, 0), self.poses.item(r, 1)
            if name is not None and count is not None:
                rows.append((name.text(), int(count.text())))
        return rows

    def rows(self) -> list[list[str]]:
        """The table as text, row by row (for tests and screen readers)."""
        rows: list[list[str]] = []
        for r in range(self.table.rowCount()):
            items = (self.table.item(r, c) for c in range(self.table.columnCount()))
            rows.append([item.text() if item else "" for item in items])
        return rows
