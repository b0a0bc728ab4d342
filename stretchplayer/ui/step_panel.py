"""The step panel: the pose, its drawing, its steps, the instruction now, the side, the breath.

What it says comes from ui/presenter.py; this module lays it out and sizes the type.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from stretchplayer.core.i18n import Context
from stretchplayer.engine.playback import State
from stretchplayer.engine.timeline import Cue, Timeline
from stretchplayer.ui import style
from stretchplayer.ui.breath_pacer import BreathPacer
from stretchplayer.ui.figures import PoseFigures, figure_step
from stretchplayer.ui.pictures import PosePictures
from stretchplayer.ui.pose_card import PoseCard
from stretchplayer.ui.presenter import View, idle_view, view_for, with_streak
from stretchplayer.ui.step_list import StepList

ui_steps = Context("ui_steps")

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
    "kicker": 26,  # "POSE 2 OF 3": at 18 it was 13 px on a small screen, unreadable from the mat
    "title": 44,
    "side": 30,
    "steps": 16,
    "instruction": 64,
    "detail": 28,
    "hint": 22,
    "breaths": 40,
    "countdown": 280,
}


class StepPanel(QWidget):
    """Shows one moment of the session; the window feeds it cues and the session state."""

    def __init__(
        self,
        pictures: PosePictures,
        advice: str = "",
        parent: QWidget | None = None,
        figures: PoseFigures | None = None,
    ) -> None:
        super().__init__(parent)
        self._advice = advice
        self._mat = False
        self._scale = 1.0
        self._view = View()
        self._idle: tuple[Timeline | None, str] | None = None  # what show_idle was given
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

        self.picture = PoseCard(pictures, figures=figures)
        self.steps = StepList()

        self.pacer = BreathPacer()
        self.countdown = QLabel()
        self.countdown.setObjectName("countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setAccessibleName(ui_steps.tr("Countdown"))
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
        self.instruction.setAccessibleName(ui_steps.tr("Instruction"))
        self.detail = QLabel()
        self.detail.setObjectName("detail")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        # Everything here may come from a shared library: show it as written, never as markup.
        labels = (self.kicker, self.title, self.side, self.countdown, self.breaths, self.hint)
        for label in (*labels, self.instruction, self.detail):
            label.setTextFormat(Qt.TextFormat.PlainText)
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
        self._idle = (timeline, summary)
        self._show(idle_view(timeline, summary, self._mat))

    def show_cue(self, cue: Cue, timeline: Timeline, counted: bool = True) -> None:
        """Show this moment; at the end, whether the session `counted` in the history."""
        self._idle = None
        self._show(view_for(cue, timeline, self._advice, counted))

    def show_streak(self, days: int) -> None:
        """Add to the finished session's closing words the days in a row it makes."""
        self._show(with_streak(self._view, days, self._advice))

    def set_state(self, state: State, startable: bool = True) -> None:
        """Says what Space will do; with no pose ticked (not `startable`) it starts nothing."""
        self.pacer.set_paused(state is State.PAUSED)
        if not startable and state in (State.IDLE, State.FINISHED):
            # Idle, the instruction already says "Tick a pose to begin".
            hint = "" if state is State.IDLE else ui_steps.tr("Tick a pose to go again")
        else:
            hint = {
                State.IDLE: ui_steps.tr("Press Space to start"),
                State.PAUSED: ui_steps.tr("Paused — press Space to continue"),
                State.FINISHED: ui_steps.tr("Press Space to go again"),
            }.get(state, "")
        self.hint.setText(hint)

    def set_mat_mode(self, on: bool) -> None:
        """Mat mode: the words big enough to read from the mat, the small print hidden."""
        self._mat = on
        self.steps.setVisible(not on)
        # The pacer says "Paused" in mat mode; every line of height goes to the big things.
        self.hint.setVisible(not on)
        # Idle, what to do next depends on what mat mode hides.
        self._show(idle_view(*self._idle, on) if self._idle is not None else self._view)
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
        self.picture.set_figure(pose.id if pose else "", figure_step(view))
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
        self.pacer.set_mat_mode(self._mat)
        # On the mat the breath matters more than the drawing.
        self._body.setStretchFactor(self._left, 2 if self._mat else 5)
        self._body.setStretchFactor(self._right, 3 if self._mat else 4)

    def _fit_instruction(self) -> None:
        """The largest type, up to the full size, at which the instruction fits its box."""
        margins = self._column.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        box = self.instruction.height()
        text = self.instruction.text()
        for pixels in style.shrinking(self._instruction_px, self._instruction_px * 0.5):
            font = style.sized(self.font(), pixels, QFont.Weight.DemiBold)
            if not text or width <= 0:
                break
            wrapped = QFontMetrics(font).boundingRect(
                0, 0, width, 100_000, Qt.TextFlag.TextWordWrap, text
            )
            if wrapped.height() <= box:
                break
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
