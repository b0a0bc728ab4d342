"""The step panel: the pose, its drawing, its steps, the instruction now, the side, the breath."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from stretchplayer.engine.timeline import Cue, Timeline
from stretchplayer.ui import style
from stretchplayer.ui.breath_pacer import BreathPacer
from stretchplayer.ui.pictures import PosePictures
from stretchplayer.ui.presenter import View, idle_view, view_for

# Type sizes in logical pixels for a 1280×800 window; the window scales them with its size.
SIZES = {
    "kicker": 13,
    "title": 30,
    "side": 20,
    "steps": 16,
    "instruction": 32,
    "detail": 18,
    "hint": 15,
    "breaths": 22,
    "countdown": 150,
}
# Mat mode: read from 2–3 m away, so roughly twice the size.
MAT_SIZES = {
    "kicker": 18,
    "title": 44,
    "side": 30,
    "steps": 16,
    "instruction": 64,
    "detail": 28,
    "hint": 22,
    "breaths": 40,
    "countdown": 280,
}


class PoseView(QWidget):
    """The pose drawing on a light card, flipped left to right for the other side."""

    def __init__(self, pictures: PosePictures, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pictures = pictures
        self._image = ""
        self._mirrored = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)
        self.setAccessibleName("Pose drawing")

    def set_picture(self, image: str, mirrored: bool) -> None:
        if (image, mirrored) != (self._image, self._mirrored):
            self._image, self._mirrored = image, mirrored
            self.update()

    def image(self) -> str:
        return self._image

    def mirrored(self) -> bool:
        return self._mirrored

    def sizeHint(self) -> QSize:
        return QSize(360, 300)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        aspect = self._pictures.aspect(self._image) if self._image else 1.2
        width = min(float(self.width()), self.height() * aspect)
        height = width / aspect
        card = QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.picture_card(self.palette()))
        painter.drawRoundedRect(card, 14, 14)
        inner = card.adjusted(12, 12, -12, -12).toRect()
        pixmap = (
            self._pictures.pixmap(
                self._image, inner.size(), self._mirrored, self.devicePixelRatioF()
            )
            if self._image
            else None
        )
        if pixmap is not None:
            size = pixmap.deviceIndependentSize()
            x = inner.left() + (inner.width() - size.width()) / 2
            y = inner.top() + (inner.height() - size.height()) / 2
            painter.drawPixmap(round(x), round(y), pixmap)
        painter.end()


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


class StepPanel(QWidget):
    """Shows one moment of the session; the window feeds it cues and the session state."""

    def __init__(
        self, pictures: PosePictures, advice: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._advice = advice
        self._mat = False
        self._scale = 1.0
        self._view = View()
        self._instruction_px = float(SIZES["instruction"])

        self.kicker = QLabel()
        self.kicker.setObjectName("kicker")
        self.title = QLabel()
        self.title.setObjectName("poseName")
        self.title.setWordWrap(True)
        self.side = QLabel()
        self.side.setObjectName("side")
        self.side.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.side.setAutoFillBackground(False)

        self.picture = PoseView(pictures)
        self.steps = StepList()

        self.pacer = BreathPacer()
        self.countdown = QLabel()
        self.countdown.setObjectName("countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setAccessibleName("Countdown")
        holder = QWidget()
        self._stack = QStackedLayout(holder)
        self._stack.addWidget(self.pacer)
        self._stack.addWidget(self.countdown)
        self.breaths = QLabel()
        self.breaths.setObjectName("breathCount")
        self.breaths.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.instruction = QLabel()
        self.instruction.setObjectName("instruction")
        self.instruction.setWordWrap(True)
        self.instruction.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.instruction.setAccessibleName("Instruction")
        self.detail = QLabel()
        self.detail.setObjectName("detail")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        for label in (self.instruction, self.title, self.detail):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        header = QGridLayout()
        header.setHorizontalSpacing(16)
        header.setVerticalSpacing(0)
        header.addWidget(self.kicker, 0, 0)
        header.addWidget(self.title, 1, 0)
        header.addWidget(
            self.side, 0, 1, 2, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        header.setColumnStretch(0, 1)

        # Box layouts, not a grid: they give wrapped step texts the height they need and
        # the drawing whatever is left.
        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(self.picture, 1)
        left.addWidget(self.steps)
        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(holder, 1)
        right.addWidget(self.breaths)
        self._left, self._right = left, right
        self._body = QHBoxLayout()
        self._body.setSpacing(28)
        self._body.addLayout(left, 5)
        self._body.addLayout(right, 4)

        layout = self._column = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addLayout(self._body, 1)
        layout.addWidget(self.instruction)
        layout.addWidget(self.detail)
        layout.addWidget(self.hint)
        self._apply_fonts()

    # -- what to show --------------------------------------------------------------------------

    def show_idle(self, timeline: Timeline | None, summary: str) -> None:
        """Before a session: its first pose (none if no pose is chosen), and how to begin."""
        self._show(idle_view(timeline, summary))

    def show_cue(self, cue: Cue, timeline: Timeline) -> None:
        self._show(view_for(cue, timeline, self._advice))

    def set_state(self, state: str) -> None:
        """ "idle", "running", "paused" or "finished": says what Space will do."""
        self.pacer.set_paused(state == "paused")
        self.hint.setText(
            {
                "idle": "Press Space to start",
                "paused": "Paused — press Space to continue",
                "finished": "Press Space to go again",
            }.get(state, "")
        )

    def set_mat_mode(self, on: bool) -> None:
        """Mat mode: the words big enough to read from the mat, the small print hidden."""
        self._mat = on
        self.steps.setVisible(not on)
        # The pacer says "Paused" in mat mode; every line of height goes to the big things.
        self.hint.setVisible(not on)
        self._show(self._view)
        self._apply_fonts()

    def set_scale(self, scale: float) -> None:
        """Type size relative to a 1280×800 window; the window sets it as it is resized."""
        if abs(scale - self._scale) > 0.02:
            self._scale = scale
            self._apply_fonts()

    def view(self) -> View:
        return self._view

    # -- internals -----------------------------------------------------------------------------

    def _show(self, view: View) -> None:
        self._view = view
        pose = view.pose
        self.kicker.setText(view.kicker.upper())
        self.title.setText(pose.name if pose else "")
        self.side.setText(style.side_label(view.side) if view.show_side else "")
        self.side.setVisible(view.show_side)
        self.picture.set_picture(pose.image if pose else "", view.mirrored)
        self.picture.setVisible(pose is not None)
        self.steps.show_steps(view.steps, view.current_step, view.next_step, view.steps_done)
        self.instruction.setText(view.instruction)
        self._fit_instruction()
        self.detail.setText(view.detail)
        # In the window the line is kept, empty, so nothing jumps; on the mat it is given up.
        self.detail.setVisible(bool(view.detail) or not self._mat)
        self.countdown.setText(view.countdown)
        self._stack.setCurrentWidget(self.countdown if view.countdown else self.pacer)
        self.breaths.setText(view.breaths)
        self.pacer.setAccessibleDescription(view.breaths)

    def _apply_fonts(self) -> None:
        size = {
            name: pixels * self._scale
            for name, pixels in (MAT_SIZES if self._mat else SIZES).items()
        }
        base = self.font()
        palette = self.palette()
        accent = style.accent(palette)
        self.kicker.setFont(style.sized(base, size["kicker"], QFont.Weight.DemiBold))
        self._color(self.kicker, accent)
        self.title.setFont(style.sized(base, size["title"], QFont.Weight.Bold))
        self.side.setFont(style.sized(base, size["side"], QFont.Weight.Bold))
        pad = round(size["side"] * 0.4)
        self.side.setContentsMargins(pad * 2, pad, pad * 2, pad)
        # A pill in the accent colour; the text takes the window colour, which contrasts
        # with the accent in either scheme.
        self.side.setStyleSheet(
            f"QLabel#side {{ color: {palette.color(QPalette.ColorRole.Window).name()};"
            f" background: {accent.name()}; border-radius: {round(size['side'] * 0.9)}px; }}"
        )
        self.steps.set_text_size(size["steps"])
        self._instruction_px = size["instruction"]
        # A box of two lines at full size whatever is shown, so nothing jumps as the
        # instructions change; a longer one is set smaller to fit it (see _fit_instruction).
        self.instruction.setFixedHeight(round(size["instruction"] * 2.6))
        self._fit_instruction()
        self.detail.setFont(style.sized(base, size["detail"]))
        self._color(self.detail, style.dim_text(palette))
        self.hint.setFont(style.sized(base, size["hint"]))
        self._color(self.hint, style.dim_text(palette))
        self.breaths.setFont(style.sized(base, size["breaths"], QFont.Weight.DemiBold))
        self.countdown.setFont(style.sized(base, size["countdown"], QFont.Weight.Bold))
        self._color(self.countdown, accent)
        self.pacer.set_text_scale(1.35 if self._mat else 1.0)
        # On the mat the breath matters more than the drawing.
        self._body.setStretchFactor(self._left, 2 if self._mat else 5)
        self._body.setStretchFactor(self._right, 3 if self._mat else 4)

    def _fit_instruction(self) -> None:
        """The largest type, up to the full size, at which the instruction fits its box."""
        margins = self._column.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        box = self.instruction.height()
        text = self.instruction.text()
        pixels = self._instruction_px
        font = style.sized(self.font(), pixels, QFont.Weight.DemiBold)
        while text and width > 0 and pixels > self._instruction_px * 0.5:
            rect = QFontMetrics(font).boundingRect(
                0, 0, width, 100_000, Qt.TextFlag.TextWordWrap, text
            )
            if rect.height() <= box:
                break
            pixels *= 0.92
            font = style.sized(self.font(), pixels, QFont.Weight.DemiBold)
        if font != self.instruction.font():
            self.instruction.setFont(font)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_instruction()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_fonts()  # the accent and the dimmed text follow a light/dark switch

    @staticmethod
    def _color(label: QLabel, color: QColor) -> None:
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, color)
        label.setPalette(palette)
