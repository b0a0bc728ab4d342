"""A pose's setup steps as a list: done, current, next and later ones drawn apart."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from stretchplayer.ui import style


class StepRow(QWidget):
    """One setup step: its number (a tick once done) and its text; the current one stands out."""

    def __init__(self, number: int, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.state = "later"
        self.marker = QLabel(str(number))
        self.marker.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 10, 6)
        layout.setSpacing(10)
        layout.addWidget(self.marker, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)

    def apply(self, state: str, size: float) -> None:
        """state: "done", "current", "next" or "later"; size: the text size in pixels."""
        self.state = state
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        color = {
            "done": style.dim_text(palette),
            "current": text,
            "next": text,
            "later": style.mix(text, palette.color(QPalette.ColorRole.Window), 0.22),
        }[state]
        weight = QFont.Weight.DemiBold if state == "current" else QFont.Weight.Normal
        for label in (self.marker, self.text):
            label_palette = label.palette()
            label_palette.setColor(QPalette.ColorRole.WindowText, color)
            label.setPalette(label_palette)
            label.setFont(style.sized(self.font(), size, weight))
        self.marker.setText("✓" if state == "done" else str(self.number))
        self.marker.setMinimumWidth(round(size * 1.3))
        if state == "current":
            self.setAccessibleDescription("current step")
        elif state == "next":
            self.setAccessibleDescription("next step")
        else:
            self.setAccessibleDescription("")
        self.update()

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
    """The pose's setup steps, the current one highlighted and the next one outlined."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addStretch(1)
        self._rows: list[StepRow] = []
        self._texts: tuple[str, ...] = ()
        self._size = 16.0
        self.setAccessibleName("Steps")

    def set_text_size(self, pixels: float) -> None:
        self._size = pixels
        for row in self._rows:
            row.apply(row.state, pixels)

    def show_steps(
        self, steps: tuple[str, ...], current: int | None, following: int | None, done: int
    ) -> None:
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
        for i, row in enumerate(self._rows):
            state = (
                "current"
                if i == current
                else "next"
                if i == following
                else "done"
                if i < done
                else "later"
            )
            row.apply(state, self._size)

    def texts(self) -> list[str]:
        return [row.text.text() for row in self._rows]

    def current(self) -> str | None:
        """The text of the highlighted step, if one is."""
        return next((row.text.text() for row in self._rows if row.state == "current"), None)

    def upcoming(self) -> str | None:
        return next((row.text.text() for row in self._rows if row.state == "next"), None)
