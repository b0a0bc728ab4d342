"""The last twelve weeks at a glance: one cell a day, shaded by the minutes stretched."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from stretchplayer.core.i18n import QT_TRANSLATE_NOOP, Context
from stretchplayer.ui import style

ui_calendar = Context("ui_calendar")

WEEKS = 12
CELL = 22
GAP = 4
LABEL_W = 36
HEAD_H = 18
DAY_NAMES = (
    QT_TRANSLATE_NOOP("ui_calendar", "Mon"),
    "",
    QT_TRANSLATE_NOOP("ui_calendar", "Wed"),
    "",
    QT_TRANSLATE_NOOP("ui_calendar", "Fri"),
    "",
    QT_TRANSLATE_NOOP("ui_calendar", "Sun"),
)
# Minutes at which a day's cell gets one shade deeper: a short stretch already counts.
LEVELS = (0.0, 5.0, 10.0, 20.0)


def first_day(today: date, weeks: int = WEEKS) -> date:
    """The Monday that starts the first of `weeks` weeks ending with today's week."""
    return today - timedelta(days=today.weekday() + 7 * (weeks - 1))


def month_labels(start: date, today: date, weeks: int = WEEKS) -> dict[int, date]:
    """The weeks (columns) to name a month over, each with a day of that month. A week is
    the month's that holds most of it (its Thursday's, or today's in a week not over yet), and
    is named where that month changes; the first week too, unless the next one is named
    (the two names would overlap)."""
    months = [min(start + timedelta(days=7 * week + 3), today) for week in range(weeks)]
    labels = {
        week: day
        for week, day in enumerate(months)
        if week > 0 and day.month != months[week - 1].month
    }
    if 1 not in labels:
        labels[0] = months[0]
    return labels


def level(minutes: float) -> int:
    """0 for no practice, then 1 to 4 by minutes."""
    if minutes <= 0:
        return 0
    return sum(minutes >= low for low in LEVELS)


class HabitCalendar(QWidget):
    """Weeks as columns (oldest left), Monday to Sunday down; today outlined, the future blank."""

    def __init__(
        self, today: date, minutes: Mapping[date, float], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.today = today
        self.minutes = dict(minutes)
        self.start = first_day(today)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setMinimumSize(self.sizeHint())  # never squeezed below its seven rows
        self.setAccessibleName(ui_calendar.tr("Calendar of the last twelve weeks"))
        self.setAccessibleDescription(self.summary())

    def summary(self) -> str:
        days = sum(1 for d, m in self.minutes.items() if m > 0 and d >= self.start)
        return ui_calendar.tr("%s of the last %s days with a stretch") % (days, WEEKS * 7)

    def sizeHint(self) -> QSize:
        return QSize(LABEL_W + WEEKS * (CELL + GAP), HEAD_H + 7 * (CELL + GAP))

    def cell(self, day: date) -> QRect:
        offset = (day - self.start).days
        week, weekday = divmod(offset, 7)
        return QRect(LABEL_W + week * (CELL + GAP), HEAD_H + weekday * (CELL + GAP), CELL, CELL)

    def day_at(self, point: QPoint) -> date | None:
        for offset in range(WEEKS * 7):
            day = self.start + timedelta(days=offset)
            if self.cell(day).contains(point):
                return day if day <= self.today else None
        return None

    def shade(self, minutes: float) -> QColor:
        palette = self.palette()
        # From the window the cells sit on, not the base colour of a text field: in a dark
        # scheme the base is darker than the window, and empty days vanished (1.03:1).
        empty = style.mix(
            palette.color(palette.ColorRole.Window),
            palette.color(palette.ColorRole.WindowText),
            0.16,
        )
        steps = level(minutes)
        if steps == 0:
            return empty
        return style.mix(empty, style.accent(palette), 0.3 + 0.7 * (steps - 1) / 3)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = style.dim_text(self.palette())
        painter.setPen(text)
        font = style.sized(self.font(), 11)
        painter.setFont(font)
        for weekday, name in enumerate(DAY_NAMES):
            if name:
                y = HEAD_H + weekday * (CELL + GAP)
                painter.drawText(
                    QRect(0, y, LABEL_W - 6, CELL),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    ui_calendar.tr(name),
                )
        # December's first days, today among them, stood under "Nov.": weeks were named
        # by their Monday's month.
        for week, day in month_labels(self.start, self.today).items():
            painter.drawText(
                QRect(LABEL_W + week * (CELL + GAP), 0, 3 * CELL, HEAD_H - 2),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                style.date_words(day, "MMM"),
            )
        for week in range(WEEKS):
            monday = self.start + timedelta(days=7 * week)
            for weekday in range(7):
                day = monday + timedelta(days=weekday)
                if day > self.today:
                    continue
                rect = self.cell(day)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(self.shade(self.minutes.get(day, 0.0)))
                painter.drawRoundedRect(rect, 4, 4)
                if day == self.today:
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.setPen(QPen(self.palette().color(self.palette().ColorRole.Text), 2))
                    painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
        painter.end()

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent):
            day = self.day_at(event.pos())
            if day is None:
                QToolTip.hideText()
            else:
                minutes = self.minutes.get(day, 0.0)
                said = (
                    ui_calendar.tr("%s min") % round(minutes)
                    if minutes > 0
                    else ui_calendar.tr("no stretch")
                )
                shown = f"{style.date_words(day, 'ddd dd MMM')}: {said}"
                QToolTip.showText(event.globalPos(), shown, self)
            return True
        return super().event(event)
