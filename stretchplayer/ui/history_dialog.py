"""History: the current streak, big, and the recent sessions under it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stretchplayer.core import wording
from stretchplayer.storage.history import Session
from stretchplayer.ui import style


def streak_words(days: int) -> str:
    if days == 0:
        return "No streak yet — today is a good day to start."
    return f"{days} day{'s' if days != 1 else ''} in a row"


class HistoryDialog(QDialog):
    """Shows what it is given; reading the history file is the app's business."""

    def __init__(
        self, streak: int, sessions: Sequence[Session], advice: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("History — StretchPlayer")
        self.resize(560, 520)

        self.streak = QLabel(streak_words(streak))
        self.streak.setObjectName("streak")
        self.streak.setWordWrap(True)
        self.streak.setFont(style.sized(self.font(), 28, QFont.Weight.Bold))
        accent = style.accent(self.palette()).name()
        self.streak.setStyleSheet(f"QLabel#streak {{ color: {accent}; }}")
        tip = QLabel(advice)
        tip.setTextFormat(Qt.TextFormat.PlainText)  # the library's words, not markup
        tip.setWordWrap(True)
        tip.setFont(style.sized(self.font(), 15))

        self.table = QTableWidget(len(sessions), 3)
        self.table.setHorizontalHeaderLabels(["When", "Length", "Poses"])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, session in enumerate(sessions):
            outcome = "" if session.completed else " (stopped early)"
            cells = (
                session.started_at.strftime("%a %d %b, %H:%M"),
                wording.clock(session.duration_s),
                wording.count(len(session.poses), "pose") + outcome,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.empty = QLabel("No sessions yet. Press Space in the main window to start one.")
        self.empty.setVisible(not sessions)
        self.table.setVisible(bool(sessions))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.streak)
        layout.addWidget(tip)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(buttons)

    def rows(self) -> list[list[str]]:
        """The table as text, row by row (for tests and screen readers)."""
        rows: list[list[str]] = []
        for r in range(self.table.rowCount()):
            items = (self.table.item(r, c) for c in range(self.table.columnCount()))
            rows.append([item.text() if item else "" for item in items])
        return rows
