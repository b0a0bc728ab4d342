"""A pose's setup steps as a list: done, current, next and later ones drawn apart."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from stretchplayer.core.i18n import Context
from stretchplayer.ui import style

ui_steplist = Context("ui_steplist")

# A row's layout: margins left, top, right, bottom, and the gap between number and text.
ROW_MARGINS = (12, 6, 10, 6)
COMPACT_MARGINS = (12, 2, 10, 2)  # a row on one line, when even the smallest type is too big
ROW_GAP = 10
ROW_SPACING = 2  # between rows
# How far the steps' type may shrink to fit the room the panel has for them.
SMALLEST_SHARE = 0.6


class StepRow(QWidget):
    """One setup step: its number (a tick once done) and its text; the current one stands out."""

    def __init__(self, number: int, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.full_text = text
        self.state = "later"
        self.compact = False  # on one line, shortened with "…" (not the current step)
        self.marker = QLabel(str(number))
        self.marker.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(text)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # a step from a library, not markup
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._row_layout = layout = QHBoxLayout(self)
        layout.setContentsMargins(*ROW_MARGINS)
        layout.setSpacing(ROW_GAP)
        layout.addWidget(self.marker, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)

    def apply(self, state: str, size: float, compact: bool = False, width: int = 0) -> None:
        """state: "done", "current", "next" or "later"; size: the text size in pixels;
        compact: a step other than the current one on one line, shortened to the row's width."""
        self.state = state
        self.compact = compact = compact and state != "current"
        self._row_layout.setContentsMargins(*(COMPACT_MARGINS if compact else ROW_MARGINS))
        self.text.setWordWrap(not compact)
        if compact:
            metrics = QFontMetrics(self.font_for(state, size))
            room = self._text_room(width, size, metrics)
            self.text.setText(metrics.elidedText(self.full_text, Qt.TextElideMode.ElideRight, room))
        else:
            self.text.setText(self.full_text)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        color = {
            "done": style.dim_text(palette),
            "current": text,
            "next": text,
            "later": style.mix(text, palette.color(QPalette.ColorRole.Window), 0.22),
        }[state]
        for label in (self.marker, self.text):
            label_palette = label.palette()
            label_palette.setColor(QPalette.ColorRole.WindowText, color)
            label.setPalette(label_palette)
            label.setFont(self.font_for(state, size))
        self.marker.setText(self.marker_text(state))
        self.marker.setMinimumWidth(round(size * 1.3))
        if state == "current":
            self.setAccessibleDescription(ui_steplist.tr("current step"))
        elif state == "next":
            self.setAccessibleDescription(ui_steplist.tr("next step"))
        else:
            self.setAccessibleDescription("")
        self.update()

    def font_for(self, state: str, size: float) -> QFont:
        weight = QFont.Weight.DemiBold if state == "current" else QFont.Weight.Normal
        return style.sized(self.font(), size, weight)

    def marker_text(self, state: str) -> str:
        return "✓" if state == "done" else str(self.number)

    def height_at(self, width: int, size: float, compact: bool = False) -> int:
        """The height this row needs at that width and text size, as its labels lay it out
        (a plain-text QLabel wraps as QFontMetrics.boundingRect does)."""
        metrics = QFontMetrics(self.font_for(self.state, size))
        if compact and self.state != "current":
            # One line as the label measures it: a pixel more than height() at some sizes.
            line = metrics.boundingRect(0, 0, 100_000, 100_000, 0, self.full_text).height()
            return COMPACT_MARGINS[1] + max(line, metrics.height()) + COMPACT_MARGINS[3]
        room = self._text_room(width, size, metrics)
        flags = Qt.TextFlag.TextWordWrap
        text = metrics.boundingRect(0, 0, room, 100_000, flags, self.full_text).height()
        return ROW_MARGINS[1] + max(text, metrics.height()) + ROW_MARGINS[3]

    def _text_room(self, width: int, size: float, metrics: QFontMetrics) -> int:
        marker = max(round(size * 1.3), metrics.horizontalAdvance(self.marker_text(self.state)))
        return max(1, width - ROW_MARGINS[0] - ROW_MARGINS[2] - ROW_GAP - marker)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.state not in ("current", "next"):
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        accent = style.accent(self.palette())
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        if self.state == "current":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.faded(accent, 0.16))
            painter.drawRoundedRect(rect, 8, 8)
            painter.setBrush(accent)
            painter.drawRoundedRect(QRectF(rect.left(), rect.top() + 4, 4, rect.height() - 8), 2, 2)
        else:
            painter.setPen(style.faded(accent, 0.45))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, 8, 8)
        painter.end()


class StepList(QWidget):
    """The pose's setup steps, the current one highlighted and the next one outlined.

    It asks the panel for the height its steps need at the full text size. Given less (a
    small window, a long translation, a library's long steps), rather than cut their last
    lines off it sets them smaller, down to SMALLEST_SHARE of that size; then, one by one,
    the steps least needed now on one line each, shortened (the done ones, then the last
    ones); then only the current and the next step. The current step is always shown whole.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._inner = QWidget(self)
        self._layout = QVBoxLayout(self._inner)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(ROW_SPACING)
        self._layout.addStretch(1)
        self._rows: list[StepRow] = []
        self._texts: tuple[str, ...] = ()
        self._size = 16.0  # the full size, asked for
        self.shown_size = 16.0  # the size the rows are set in, to fit
        self._fitted: tuple[float, int, bool, int] | None = None
        self.setAccessibleName(ui_steplist.tr("Steps"))
        # After a palette change, once the rows have theirs: Qt tells this widget first.
        self._restyle_soon = QTimer(self)
        self._restyle_soon.setSingleShot(True)
        self._restyle_soon.setInterval(0)
        self._restyle_soon.timeout.connect(lambda: self._fit(restyle=True))

    def set_text_size(self, pixels: float) -> None:
        self._size = pixels
        self._fit(restyle=True)

    def show_steps(
        self, steps: tuple[str, ...], current: int | None, following: int | None, done: int
    ) -> None:
        states = [
            "current"
            if i == current
            else "next"
            if i == following
            else "done"
            if i < done
            else "later"
            for i in range(len(steps))
        ]
        if steps == self._texts and states == [row.state for row in self._rows]:
            return  # a breath's cue: the same steps, as they were (nothing to set or fit)
        if steps != self._texts:
            for row in self._rows:
                self._layout.removeWidget(row)
                # Hidden at once: deleteLater waits for the event loop, and until then the
                # old pose's steps would be painted under the new ones.
                row.hide()
                row.deleteLater()
            self._rows = [StepRow(i + 1, text) for i, text in enumerate(steps)]
            for i, row in enumerate(self._rows):
                self._layout.insertWidget(i, row)
            self._texts = steps
        for row, state in zip(self._rows, states, strict=True):
            row.state = state
        self._fit(restyle=True)

    def texts(self) -> list[str]:
        return [row.full_text for row in self._rows]

    def current(self) -> str | None:
        """The text of the highlighted step, if one is."""
        return next((row.full_text for row in self._rows if row.state == "current"), None)

    def upcoming(self) -> str | None:
        return next((row.full_text for row in self._rows if row.state == "next"), None)

    # -- fitting the room --------------------------------------------------------------------

    # The rows' layout is on an inner widget: a layout of its own would answer the panel's
    # layout for this widget (QWidgetItem asks it, not heightForWidth()), at the size the rows
    # are set in now.

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        # At the full size, whatever size the rows are set in now: asked for less, the panel
        # would give the drawing the rest, and the steps could never grow back.
        return self._needed(width, self._size)

    def sizeHint(self) -> QSize:
        # Before its first layout it has no width: then the rows' own preferred one.
        width = self._inner.sizeHint().width()
        return QSize(width, self.heightForWidth(self.width() or width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._inner.setGeometry(self.rect())
        self._fit(restyle=False)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            # Each row's colours are set from the palette: a switch to dark left them dark
            # on dark until the next step.
            self._restyle_soon.start()

    def _needed(self, width: int, size: float, compact: int = 0, focus: bool = False) -> int:
        """The height the rows need with the first `compact` of _compact_order() on one line
        (focus: only the current and the next step, both as they are set)."""
        shortened = set(self._compact_order()[:compact])
        rows = [row for row in self._rows if not focus or row.state in ("current", "next")]
        spacing = ROW_SPACING * max(0, len(rows) - 1)
        return sum(row.height_at(width, size, row in shortened) for row in rows) + spacing

    def _compact_order(self) -> list[StepRow]:
        """The rows that may go on one line, the least needed first: the steps done, oldest
        first; the later ones, the last first; the next one. Never the current step."""
        done = [row for row in self._rows if row.state == "done"]
        later = [row for row in reversed(self._rows) if row.state == "later"]
        following = [row for row in self._rows if row.state == "next"]
        return done + later + following

    def _fit(self, restyle: bool) -> None:
        """Set the rows in the largest size, up to the full one, at which they fit; failing
        that, at the largest size at which they fit with the fewest of the least needed steps
        on one line each, shortened; failing that too, only the current and the next step.
        restyle: their steps, states or full size changed, so they are set again whatever the
        fit."""
        size, compact, focus = self._size, 0, False
        width, height = self.width(), self.height()
        if self.isVisible() and height > 0:
            size, compact, focus = self._largest_fit(width, height)
        # A shortened step is shortened to the width: set again when that changes.
        fitted = (size, compact, focus, width if compact else 0)
        if restyle or fitted != self._fitted:
            self._fitted = fitted
            self.shown_size = size
            shortened = self._compact_order()[:compact]
            for row in self._rows:
                row.apply(row.state, size, row in shortened, width)
                row.setVisible(not focus or row.state in ("current", "next"))
        if restyle:
            self.updateGeometry()  # the height they ask the panel for has changed

    def _largest_fit(self, width: int, height: int) -> tuple[float, int, bool]:
        least = max(10.0, self._size * SMALLEST_SHARE)
        sizes = style.shrinking(self._size, least)
        everything = len(self._compact_order())
        for compact, focus in [(n, False) for n in range(everything + 1)] + [(everything, True)]:
            for size in sizes:
                if self._needed(width, size, compact, focus) <= height:
                    return size, compact, focus
        return least, everything, True  # the least that can be done: a long step may be cut
