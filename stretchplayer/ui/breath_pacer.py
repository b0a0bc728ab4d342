"""The breath pacer: a circle that grows over the inhale and shrinks over the exhale."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QRadialGradient,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from stretchplayer.core import wording
from stretchplayer.core.i18n import QT_TRANSLATE_NOOP, Context
from stretchplayer.engine.playback import Position
from stretchplayer.ui import style

ui_pacer = Context("ui_pacer")

PositionSource = Callable[[], Position]

# The empty lungs circle, as a share of the full one: small enough for the growth to read
# from across a room, big enough to hold the word inside it.
SMALLEST = 0.42

# Short words for the circle outside the breaths, so it always says what the moment is.
WORDS = {
    "countdown": "",  # the instruction already says "Get ready", in bigger type
    "pose": QT_TRANSLATE_NOOP("ui_pacer", "Get into position"),
    "step": QT_TRANSLATE_NOOP("ui_pacer", "Set up"),
    "hold": QT_TRANSLATE_NOOP("ui_pacer", "Hold"),
    "release": QT_TRANSLATE_NOOP("ui_pacer", "Release"),
    "switch": QT_TRANSLATE_NOOP("ui_pacer", "Switch sides"),
    "rest": QT_TRANSLATE_NOOP("ui_pacer", "Rest"),
    "done": QT_TRANSLATE_NOOP("ui_pacer", "Done"),
}


def eased(progress: float) -> float:
    """Sine easing: breath starts and ends slowly, like real lungs."""
    p = min(1.0, max(0.0, progress))
    return (1.0 - math.cos(math.pi * p)) / 2.0


def fullness(position: Position | None) -> float:
    """How full the lungs are (0 empty .. 1 full) at this moment of the session."""
    if position is None or position.breath is None or position.phase is None:
        return 0.0
    level = eased(position.phase_progress)
    return level if position.phase == "inhale" else 1.0 - level


class BreathPacer(QWidget):
    """Paints the breath as it is now; it reads the controller's position and keeps no time.

    Whoever owns the clock calls `update()` about 30 times a second while the session runs;
    each repaint asks `source()` where the session is.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source: PositionSource | None = None
        self._paused = False
        self._text_scale = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(140, 140)
        self.setAccessibleName(ui_pacer.tr("Breath pacer"))

    def set_source(self, source: PositionSource | None) -> None:
        self._source = source
        self.update()

    def set_paused(self, paused: bool) -> None:
        self._paused = paused
        self.update()

    def set_text_scale(self, scale: float) -> None:
        self._text_scale = scale
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(280, 280)

    def position(self) -> Position | None:
        return self._source() if self._source is not None else None

    def diameter(self) -> float:
        """The circle's diameter now, in logical pixels."""
        full = self._full_diameter()
        return full * (SMALLEST + (1.0 - SMALLEST) * fullness(self.position()))

    def word(self) -> str:
        """What the circle says now: "Inhale", "Exhale", "Hold", "Paused"..."""
        position = self.position()
        if position is None or position.cue is None:
            return ""
        if self._paused:
            return ui_pacer.tr("Paused")
        if position.cue.kind == "breath" and position.phase is not None:
            return wording.breath_word(position.phase)
        word = WORDS.get(position.cue.kind, "")
        return ui_pacer.tr(word) if word else ""

    def _full_diameter(self) -> float:
        return max(0.0, min(self.width(), self.height()) - 8.0)

    def paintEvent(self, event: QPaintEvent) -> None:
        position = self.position()
        palette = self.palette()
        accent = style.accent(palette)
        base = palette.color(QPalette.ColorRole.Window)
        centre = QPointF(self.width() / 2, self.height() / 2)
        full = self._full_diameter()
        diameter = self.diameter()

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)

        # The outline of full lungs: where the breath is heading.
        painter.setPen(QPen(style.faded(accent, 0.35), 2.0, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, full / 2, full / 2)

        breathing = position is not None and position.breath is not None
        radius = diameter / 2
        gradient = QRadialGradient(centre, radius)
        strength = 1.0 if breathing and not self._paused else 0.55
        gradient.setColorAt(0.0, style.faded(accent.lighter(118), strength))
        gradient.setColorAt(1.0, style.faded(accent, strength))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(gradient))
        painter.drawEllipse(centre, radius, radius)

        # Outside the breaths a thin ring runs round the circle: how long this moment lasts.
        if position is not None and position.cue is not None and not breathing:
            cue = position.cue
            if cue.duration > 0 and cue.kind not in ("done",):
                done = min(1.0, max(0.0, (position.elapsed - cue.t) / cue.duration))
                ring = QRectF(centre.x() - full / 2, centre.y() - full / 2, full, full)
                painter.setPen(QPen(accent, 5.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
                painter.drawArc(ring, 90 * 16, -round(done * 360 * 16))

        word = self.word()
        if word:
            # On the accent fill the window colour reads best; outside a breath the circle is
            # pale and the text colour does.
            on_fill = base if breathing else palette.color(QPalette.ColorRole.WindowText)
            # Sized for the empty-lungs circle so the word never changes size with the breath,
            # and made smaller for a long word rather than spill out of it.
            inner = full * SMALLEST
            pixels = max(13.0, inner * 0.22 * self._text_scale)
            font = style.sized(self.font(), pixels, QFont.Weight.DemiBold)
            longest = max(word.split(), key=len)
            while pixels > 10 and QFontMetrics(font).horizontalAdvance(longest) > inner * 0.92:
                pixels *= 0.92
                font = style.sized(self.font(), pixels, QFont.Weight.DemiBold)
            painter.setFont(font)
            painter.setPen(on_fill)
            box = QRectF(centre.x() - inner / 2, centre.y() - inner / 2, inner, inner)
            painter.drawText(
                box.adjusted(-inner * 0.05, 0, inner * 0.05, 0),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                word,
            )
        painter.end()
