"""The breath pacer: a circle that grows over the inhale and shrinks over the exhale."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QRadialGradient,
    QRegion,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from stretchplayer.core.i18n import QT_TRANSLATE_NOOP, Context
from stretchplayer.engine.playback import Position
from stretchplayer.engine.timeline import Cue
from stretchplayer.ui import circle_words, style

ui_pacer = Context("ui_pacer")

PositionSource = Callable[[], Position]

# The empty lungs circle, as a share of the full one: small enough for the growth to read
# from across a room, big enough to hold the word inside it.
SMALLEST = 0.42
# In mat mode, read from the floor, the word matters more than how far the circle moves: its
# empty-lungs circle is this big, and the word in it 1.35 times the window's size (as large
# as fits). At 1024x600 "Einatmen" was 22 px in a circle of 0.42.
MAT_SMALLEST = 0.55
MAT_TEXT_SCALE = 1.35

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
# The breath words as the circle shows them: the spoken ones, but a translation may mark
# where a long word can break (German "Ein-/atmen" reads a third bigger on two lines).
PHASE_WORDS = {
    "inhale": QT_TRANSLATE_NOOP("ui_pacer", "Inhale"),
    "exhale": QT_TRANSLATE_NOOP("ui_pacer", "Exhale"),
}


RING_PEN = 5.0
# Pixels around a changed edge that antialiasing (and a repaint a frame later) may touch.
MARGIN = 4
# The fill's strength between breaths and while paused: the circle is there, not breathing.
PALE = 0.55
# The fill's middle is this much lighter than its rim (QColor.lighter's percent): lungs lit.
GRADIENT_MIDDLE = 118
# How far the circle's edge moves between two frames of a breath: a frame comes when it has
# moved this far, or at the frame timer's fastest (20 a second, when the edge moves ~2 px a
# frame mid-breath in a 1280x800 window). The slow ends of a breath then move as the middle
# does, in ~2 px steps, at a third fewer frames than a steady 20 a second.
EDGE_STEP_PX = 2.0
# How far the progress ring's end moves between two frames, in degrees: a moment of 6 s or more
# (a setup step) then takes 15 frames a second or fewer, shorter ones 20; 4 degrees are 13 px
# of a 1280x800 window's ring. A step of the ring is a step of a clock hand, not of a body.
RING_STEP_DEG = 4.0


@dataclass(frozen=True)
class Frame:
    """What one paint of the pacer shows, to the pixel: equal frames paint equal pixels."""

    word: str
    breathing: bool
    strong: bool  # breathing and not paused: the full-strength fill
    radius2: int  # the circle's radius in half pixels
    ring: int | None  # the progress ring's sweep in 1/16 degrees, None without one
    full: int  # the full-lungs diameter in whole pixels


@dataclass(frozen=True)
class _Kit:
    """What every paint of one palette and size uses.

    The square round the circle is drawn once, twice over: empty (the background and the
    dashed outline of full lungs), and filled whole. A frame then copies pixels: the empty
    square where the circle has shrunk, and the filled one as the texture of the circle it
    draws (at PALE opacity between breaths), so no gradient or dash is worked out again 20
    times a second.
    """

    base: QColor
    word_on_fill: QColor  # the word on the full-strength circle
    word_on_pale: QColor  # ... on the pale one (outside the breaths, and paused)
    ring: QPen
    square: QRect  # where both squares go, in the widget (whole pixels)
    empty: QPixmap
    fill: QBrush  # the full-strength fill, laid on the full circle
    centre: QPointF
    ring_box: QRectF  # the square the progress ring is drawn on
    word_box: QRectF  # where the word goes: the smallest circle, 10 % wider for the letters
    resting: QRect  # the smallest circle and its word, as much as a paint may touch of them


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


def until_fullness(position: Position, level: float) -> float | None:
    """Session seconds until the lungs are `level` full, None if not in this inhale or exhale
    (the next cue comes first). The inverse of `fullness`."""
    if position.cue is None or position.breath is None or position.phase is None:
        return None
    eased_level = level if position.phase == "inhale" else 1.0 - level
    if not 0.0 <= eased_level <= 1.0:
        return None
    seconds = math.acos(1.0 - 2.0 * eased_level) / math.pi - position.phase_progress
    return seconds * position.cue.duration if seconds >= 0 else None  # None: already past it


def until_breath_moves(position: Position, step: float) -> float | None:
    """Session seconds until the lungs' fullness is `step` further on in this inhale or
    exhale, None if the next cue comes first."""
    level = fullness(position)
    return until_fullness(position, level + step if position.phase == "inhale" else level - step)


def _ringed(position: Position | None) -> Cue | None:
    """The cue whose length the ring shows, if it shows one: a moment with a length, outside
    the breaths."""
    cue = position.cue if position is not None else None
    if cue is None or position is None or position.breath is not None:
        return None
    return cue if cue.duration > 0 and cue.kind != "done" else None


class BreathPacer(QWidget):
    """Paints the breath as it is now; it reads the controller's position and keeps no time.

    Whoever owns the clock calls `tick()` on every frame while the session runs; it
    repaints only the pixels that changed since the last tick (the ring's new arc, the band
    between the old and the new circle), and nothing when nothing did. Each paint asks
    `source()` where the session is.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source: PositionSource | None = None
        self._paused = False
        self._text_scale = 1.0
        self._smallest = SMALLEST
        self._shown: Frame | None = None  # the frame last asked to be painted
        self._due: Frame | None = None  # ... by a tick, and not painted yet
        self._layouts: dict[tuple[str, int, float, str], tuple[QFont, str]] = {}
        self._kit_cache: tuple[float, _Kit] | None = None  # by device pixel ratio
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(140, 140)
        # It paints its own background, so a tick's few pixels do not make Qt repaint the
        # window, splitter and panel beneath them first (that was most of a frame's cost).
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName(ui_pacer.tr("Breath pacer"))

    def set_source(self, source: PositionSource | None) -> None:
        self._source = source
        self._repaint_all()

    def set_paused(self, paused: bool) -> None:
        self._paused = paused
        self._repaint_all()

    def set_mat_mode(self, on: bool) -> None:
        """Mat mode: a bigger word in a bigger empty-lungs circle."""
        self._text_scale = MAT_TEXT_SCALE if on else 1.0
        self._smallest = MAT_SMALLEST if on else SMALLEST
        self._kit_cache = None  # the word's box is the smallest circle
        self._repaint_all()

    def word_pixels(self) -> int:
        """The pixel size the word is set in now (the smallest circle decides it)."""
        return self._word_layout(self.word(), self._kit().word_box.height())[0].pixelSize()

    def _repaint_all(self) -> None:
        self._due = None  # a tick's frame no longer says what the circle shows
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._kit_cache = None
        self._due = None

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._kit_cache = None

    def sizeHint(self) -> QSize:
        return QSize(280, 280)

    def position(self) -> Position | None:
        return self._source() if self._source is not None else None

    def diameter(self) -> float:
        """The circle's diameter now, in logical pixels."""
        return self._diameter(self._full_diameter(), self.position())

    def word(self) -> str:
        """What the circle says now: "Inhale", "Exhale", "Hold", "Paused"..."""
        return self._word(self.position())

    # One reading of the position serves a whole tick or paint: asking is not free.

    def _diameter(self, full: float, position: Position | None) -> float:
        return full * (self._smallest + (1.0 - self._smallest) * fullness(position))

    def _word(self, position: Position | None) -> str:
        if position is None or position.cue is None:
            return ""
        if self._paused:
            return ui_pacer.tr("Paused")
        if position.cue.kind == "breath" and position.phase is not None:
            return ui_pacer.tr(PHASE_WORDS[position.phase])
        word = WORDS.get(position.cue.kind, "")
        return ui_pacer.tr(word) if word else ""

    def frame(self) -> Frame:
        """What a paint now would show, quantised to what the pixels can show."""
        return self._frame(self.position())

    def _frame(self, position: Position | None) -> Frame:
        breathing = position is not None and position.breath is not None
        full = self._full_diameter()
        ring = None
        cue = _ringed(position)
        if position is not None and cue is not None:
            done = min(1.0, max(0.0, (position.elapsed - cue.t) / cue.duration))
            ring = round(done * 360 * 16)
        return Frame(
            word=self._word(position),
            breathing=breathing,
            strong=breathing and not self._paused,
            radius2=round(self._diameter(full, position)),
            ring=ring,
            full=round(full),
        )

    def tick(self, position: Position | None = None) -> None:
        """Repaint what changed since the last tick; the frame timer calls this (with the
        position it read for the whole frame, or this reads it)."""
        frame = self._frame(position if position is not None else self.position())
        before, self._shown = self._shown, frame
        if frame == before:
            return
        self._due = frame
        if before is None or (before.word, before.breathing, before.strong, before.full) != (
            frame.word,
            frame.breathing,
            frame.strong,
            frame.full,
        ):
            self.update(self._circle_rect(frame.full))
            return
        if before.radius2 == frame.radius2 and before.ring is not None and frame.ring is not None:
            # Only the ring moved (most frames outside the breaths): one box, no region.
            self.update(self._arc_rect(frame.full / 2, before.ring, frame.ring))
            return
        region = QRegion()
        if before.radius2 != frame.radius2:
            region += self._band(before.radius2 / 2, frame.radius2 / 2)
        if before.ring != frame.ring:
            if before.ring is None or frame.ring is None:
                region += self._circle_rect(frame.full)
            else:
                region += self._arc_rect(frame.full / 2, before.ring, frame.ring)
        self.update(region)

    def until_change(self, position: Position | None) -> float | None:
        """Session seconds until the next frame worth painting: when the breathing circle's
        edge will have moved EDGE_STEP_PX, or the ring's end RING_STEP_DEG; None if nothing
        moves before the next cue."""
        if position is None or position.cue is None:
            return None
        ringed = _ringed(position)
        if ringed is not None:
            return RING_STEP_DEG / 360 * ringed.duration
        span = self._full_diameter() * (1.0 - self._smallest) / 2  # the edge's travel in a breath
        if position.breath is None or span <= 0:
            return None
        return until_breath_moves(position, EDGE_STEP_PX / span)

    def _centre(self) -> QPointF:
        return QPointF(self.width() / 2, self.height() / 2)

    def _circle_rect(self, full: float) -> QRect:
        c = self._centre()
        half = full / 2 + RING_PEN + MARGIN
        return QRectF(c.x() - half, c.y() - half, 2 * half, 2 * half).toAlignedRect()

    def _band(self, r1: float, r2: float) -> QRegion:
        """The ring between two radii: the only pixels a growing or shrinking circle changes
        (the fill's gradient is laid out on the full circle, so a pixel inside keeps its shade)."""
        c = self._centre()
        outer, inner = max(r1, r2) + MARGIN, max(0.0, min(r1, r2) - MARGIN)
        # The square round the outer circle, less the square inside the inner one: four
        # rectangles. An ellipse region is one rectangle per scanline, and Qt clips, repaints
        # and flushes each of those hundreds on its own, which cost more than the pixels.
        ring = QRegion(QRectF(c.x() - outer, c.y() - outer, 2 * outer, 2 * outer).toAlignedRect())
        if inner > 2 * MARGIN:
            # A square inside the inner circle: cheap to subtract, and it keeps the word out.
            side = inner * math.sqrt(2) - 2
            ring -= QRegion(QRectF(c.x() - side / 2, c.y() - side / 2, side, side).toAlignedRect())
        return ring

    def _arc_rect(self, radius: float, a: int, b: int) -> QRect:
        """The box round the ring between two sweeps (1/16 degrees from twelve o'clock)."""
        # Plain floats and one QRect at the end: asked 20 times a second between breaths.
        cx, cy = self.width() / 2, self.height() / 2
        low, high = sorted((a, b))
        steps = max(1, math.ceil((high - low) / (16 * 10)))  # a point every 10 degrees or less
        angles = [
            math.radians(90 - (low + (high - low) * i / steps) / 16) for i in range(steps + 1)
        ]
        xs = [cx + radius * math.cos(angle) for angle in angles]
        ys = [cy - radius * math.sin(angle) for angle in angles]
        pad = RING_PEN + MARGIN
        # As QRectF.toAlignedRect: the smallest whole-pixel box holding the padded one.
        left, top = math.floor(min(xs) - pad), math.floor(min(ys) - pad)
        right, bottom = math.ceil(max(xs) + pad), math.ceil(max(ys) + pad)
        return QRect(left, top, right - left, bottom - top)

    def _word_layout(self, word: str, inner: float) -> tuple[QFont, str]:
        """The font for the word and the word broken into lines to fit the smallest circle:
        worked out once per word and size, not on every paint."""
        key = (word, round(inner), self._text_scale, self.font().key())
        layout = self._layouts.get(key)
        if layout is None:
            pixels = max(13.0, inner * 0.22 * self._text_scale)
            font, lines = circle_words.fit(word, inner, pixels, self.font())
            if len(self._layouts) > 64:
                self._layouts.clear()
            layout = self._layouts[key] = (font, "\n".join(lines))
        return layout

    def _full_diameter(self) -> float:
        return max(0.0, min(self.width(), self.height()) - 8.0)

    def _kit(self) -> _Kit:
        """What a paint uses: made again only when the palette, the size or the pixel ratio
        changes (resizeEvent and changeEvent forget it), not 20 times a second."""
        ratio = self.devicePixelRatioF()
        if self._kit_cache is not None and self._kit_cache[0] == ratio:
            return self._kit_cache[1]
        full, centre = self._full_diameter(), self._centre()
        palette = self.palette()
        accent = style.accent(palette)
        base = palette.color(QPalette.ColorRole.Window)
        square = self._circle_rect(full)
        local = QPointF(centre.x() - square.x(), centre.y() - square.y())

        def canvas() -> tuple[QPixmap, QPainter]:
            # Opaque, so copying it blends nothing.
            pixmap = QPixmap(math.ceil(square.width() * ratio), math.ceil(square.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(base)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            # The outline of full lungs: where the breath is heading.
            painter.setPen(QPen(style.faded(accent, 0.35), 2.0, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(local, full / 2, full / 2)
            return pixmap, painter

        def filled() -> QBrush:
            pixmap, painter = canvas()
            # Laid out on the full circle, not the breathing one: a pixel keeps its shade as
            # the circle grows over it, so a tick repaints only the band that changed.
            gradient = QRadialGradient(local, full / 2)
            gradient.setColorAt(0.0, accent.lighter(GRADIENT_MIDDLE))
            gradient.setColorAt(1.0, accent)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(gradient)
            # A little past the rim, so the breathing circle's own edge is the only soft one.
            painter.drawEllipse(local, full / 2 + 2, full / 2 + 2)
            painter.end()
            return QBrush(pixmap)  # Qt maps its device pixels to the widget's by itself

        empty, painter = canvas()
        painter.end()
        inner = full * self._smallest
        word_box = QRectF(centre.x() - inner / 2, centre.y() - inner / 2, inner, inner).adjusted(
            -inner * 0.05, 0, inner * 0.05, 0
        )
        pad = MARGIN + 2  # as `needed` in _paint_circle_and_word pads by 2 px
        # The word is on the middle of the circle, the gradient's lightest part: of the window
        # and text colours (or black and white, past them), the one that reads best there.
        # White on the light theme's middle was 3.9:1, and on its pale fill 2:1.
        middle = accent.lighter(GRADIENT_MIDDLE)
        words = (
            base,
            palette.color(QPalette.ColorRole.WindowText),
            QColor("black"),
            QColor("white"),
        )
        kit = _Kit(
            base=base,
            word_on_fill=style.legible(middle, *words),
            word_on_pale=style.legible(style.mix(base, middle, PALE), *words),
            ring=QPen(accent, RING_PEN, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap),
            square=square,
            empty=empty,
            fill=filled(),
            centre=centre,
            ring_box=QRectF(centre.x() - full / 2, centre.y() - full / 2, full, full),
            word_box=word_box,
            resting=word_box.adjusted(-pad, -pad, pad, pad).toAlignedRect(),
        )
        self._kit_cache = (ratio, kit)
        return kit

    def paintEvent(self, event: QPaintEvent) -> None:
        # The frame the last tick asked for: the dirty band and arc are its own, so it is drawn
        # exactly, with no second reading of the clock. A paint no tick asked for (the widget
        # shown, resized or set) reads the position.
        frame = self._due if self._due is not None else self._frame(self.position())
        self._due = None
        kit = self._kit()
        area = event.rect()  # the bounding box of the region to paint
        painter = QPainter(self)
        if not kit.square.contains(area):
            painter.fillRect(area, kit.base)
        painter.drawPixmap(kit.square.topLeft(), kit.empty)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Outside the breaths a thin ring runs round the circle: how long this moment lasts.
        # The circle then rests at its smallest, well inside it, so neither overlaps the other.
        if frame.ring is not None:
            painter.setPen(kit.ring)
            painter.drawArc(kit.ring_box, 90 * 16, -frame.ring)
        # Most frames between breaths repaint only the ring's new arc: nothing of the circle
        # or its word to work out, 20 times a second.
        if frame.ring is None or area.intersects(kit.resting):
            self._paint_circle_and_word(painter, frame, kit, event.region())
        painter.end()

    def _paint_circle_and_word(
        self, painter: QPainter, frame: Frame, kit: _Kit, dirty: QRegion
    ) -> None:
        """The breathing circle and the word in it, where they meet the region to paint (a
        tick repaints a few pixels: a band round the circle, the ring's new arc)."""
        centre = kit.centre

        def needed(rect: QRectF) -> bool:
            return dirty.intersects(rect.toAlignedRect().adjusted(-2, -2, 2, 2))

        radius = frame.radius2 / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(kit.fill)
        # Pale: the fill let through over the empty square, as a faded fill over it would be.
        painter.setOpacity(1.0 if frame.strong else PALE)
        painter.setBrushOrigin(kit.square.topLeft())  # the texture's corner on the square's
        if needed(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)):
            painter.drawEllipse(centre, radius, radius)
        painter.setOpacity(1.0)

        if frame.word and needed(kit.word_box):
            inner = kit.word_box.height()  # the smallest circle's diameter
            font, lines = self._word_layout(frame.word, inner)
            painter.setFont(font)
            painter.setPen(kit.word_on_fill if frame.strong else kit.word_on_pale)
            painter.drawText(kit.word_box, Qt.AlignmentFlag.AlignCenter, lines)
