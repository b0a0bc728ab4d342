"""The pose drawing on its card, as the step panel shows it."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from stretchplayer.core.figure import Posed, PoseFigure, breath_reach, moment
from stretchplayer.core.i18n import Context
from stretchplayer.engine.playback import Position
from stretchplayer.ui import style
from stretchplayer.ui.breath_pacer import EDGE_STEP_PX, fullness, until_breath_moves
from stretchplayer.ui.figure_painter import figure_transform, scale_to_fit
from stretchplayer.ui.figures import MOVE_SECONDS, PoseFigures
from stretchplayer.ui.kept_breath import KeptBreath, Key
from stretchplayer.ui.pictures import PosePictures

ui_card = Context("ui_card")

# A breath is drawn in steps between which no point of the body moves more than this many
# (device-independent) pixels: a body folding with the breath still moves on most frames, a
# chest that barely rises repaints a few times a breath instead of every frame. Half a pixel
# cost ~0.5 % of a core more in a forward fold's hold for a difference of shading only.
BREATH_STEP_PX = 1.0

# What the card shows: the step, the breath step, and the body while it moves between steps.
Shown = tuple[int | None, float | None, Posed | None]
# For one figure at one widget size: the most pixels a point of the body moves per unit of the
# lungs' fullness, and the steps a breath is drawn in.
_BreathScale = tuple[PoseFigure | None, tuple[int, int], tuple[float, int]]


class PoseCard(QWidget):
    """The pose on a light card, flipped left to right for the other side.

    A pose with a figure shows the keyframe of the step at hand; with a `source` (the
    controller's position) the figure eases from one step to the next over about a second and
    breathes with the pacer during the hold. It keeps no time: whoever owns the clock calls
    `tick()` each frame, and the card repaints only while the figure moves. A pose without a
    figure shows its SVG drawing.
    """

    def __init__(
        self,
        pictures: PosePictures,
        parent: QWidget | None = None,
        figures: PoseFigures | None = None,
    ) -> None:
        super().__init__(parent)
        self._pictures = pictures
        self._figures = figures or PoseFigures()
        self._image = ""
        self._mirrored = False
        self._pose_id = ""
        self._step: int | None = None
        self._source: Callable[[], Position | None] | None = None
        self._reduce_motion = False
        self._move: tuple[int | None, float] | None = None  # (from step, session time it began)
        self._breath_shown: float | None = None  # the breath step the last paint drew
        self._due: Position | None = None  # the position a tick asked to be painted, not yet
        self._steps_cache: _BreathScale | None = None
        self._kept: KeptBreath | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)
        self.setAccessibleName(ui_card.tr("Pose drawing"))
        # It paints its own background: a breathing frame then repaints the card alone, not
        # the panel and window beneath it first.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def set_picture(self, image: str, mirrored: bool) -> None:
        if (image, mirrored) != (self._image, self._mirrored):
            if mirrored != self._mirrored:
                self._move = None  # a new side starts still, not swinging across
            self._image, self._mirrored = image, mirrored
            self._repaint()

    def set_figure(self, pose_id: str, step: int | None) -> None:
        """The pose's figure at this step (None: the hold); moves there if it is the same pose."""
        if (pose_id, step) == (self._pose_id, self._step):
            return
        # The move starts when the cue did (the panel may hear of it a frame late).
        position = self._position()
        # Only a session's clock carries a move on: stopped, the clock stands at 0:00 and a
        # move begun there stayed at its start (the hold's lunge over step 1's text).
        began = position.cue.t if position is not None and position.cue is not None else None
        same_pose = pose_id == self._pose_id and pose_id in self._figures
        if same_pose and began is not None and not self._reduce_motion:
            self._move = (self._step, began)
        else:
            self._move = None
        self._pose_id, self._step = pose_id, step
        self._repaint()

    def set_source(self, source: Callable[[], Position | None]) -> None:
        """Where the session is (the controller's position): read on every repaint."""
        self._source = source

    def set_reduce_motion(self, on: bool) -> None:
        """Still keyframes only: no easing between steps, no breathing."""
        if on != self._reduce_motion:
            self._reduce_motion = on
            self._move = None
            self._repaint()

    def _repaint(self) -> None:
        self._due = None  # a tick's moment no longer says what the card shows
        self.update()

    def tick(self, position: Position | None = None) -> None:
        """A frame of the session's clock: repaint only if the figure moved since it was drawn
        (easing to a step, every frame; breathing, when the breath reaches its next step).
        `position` is the one read for the whole frame, else this reads it."""
        position = position if position is not None else self._position()
        if not self._moving(position):
            return
        if self._move is not None:
            self._due = position
            self.update()
        elif self._breath(position) != self._breath_shown:
            # Painted at the frame's own moment: no second reading of the clock, and the
            # breath step drawn is the one this tick compared. Only what the breath moves.
            self._due = position
            box = self.breath_box()
            if box is not None:
                self.update(box)
            else:
                self.update()

    def until_change(self, position: Position | None) -> float | None:
        """Session seconds until the figure is worth a new frame: 0 while it moves between
        steps (every frame); in a hold, when the breath may have moved a point of the body
        EDGE_STEP_PX (as the pacer's edge); None if it keeps still."""
        if position is None or not self._moving(position):
            return None
        if self._move is not None:
            return 0.0
        speed = self._breath_scale()[0]
        if speed <= 0:
            return None
        return until_breath_moves(position, EDGE_STEP_PX / speed)

    def is_moving(self) -> bool:
        return self._moving(self._position())

    def _moving(self, position: Position | None) -> bool:
        if self._reduce_motion or self._pose_id not in self._figures or not self.isVisible():
            return False
        if self._move is not None:
            return True
        return self._step is None and position is not None and position.breath is not None

    def image(self) -> str:
        return self._image

    def mirrored(self) -> bool:
        return self._mirrored

    def figure_step(self) -> tuple[str, int | None]:
        return self._pose_id, self._step

    def posed(self) -> Posed | None:
        """The figure as it is drawn now (None: the SVG is shown)."""
        shown = self._shown(self._position())
        if shown is None:
            return None
        step, breath, moving = shown
        if moving is not None:
            return moving
        return self._figures.posed(self._pose_id, step, self._mirrored, breath)

    def _shown(self, position: Position | None) -> Shown | None:
        """What the figure shows at `position`: its step and breath, and the body itself while
        it moves between two steps (a still moment's drawing is kept by PoseFigures). None: no
        figure."""
        figure = self._figures.get(self._pose_id)
        if figure is None:
            return None
        step = self._step if self._step is None or self._step < len(figure.steps) else None
        if self._reduce_motion:
            position = None
        breath = self._breath(position) if step is None else None
        self._breath_shown = breath
        if self._move is None:
            return step, breath, None
        start, began = self._move
        progress = 1.0 if position is None else (position.elapsed - began) / MOVE_SECONDS
        if progress >= 1.0 or (start is not None and start >= len(figure.steps)):
            self._move = None
            return step, breath, None
        posed = moment(figure, step, previous=start, progress=max(0.0, progress))
        return step, breath, posed.mirrored() if self._mirrored else posed

    def _breath(self, position: Position | None) -> float | None:
        """How full the figure's lungs are drawn now, in steps of BREATH_STEP_PX at most."""
        if position is None or position.breath is None:
            return None
        steps = self._breath_scale()[1]
        return round(fullness(position) * steps) / steps

    def _breath_scale(self) -> tuple[float, int]:
        """The most pixels a point of the body moves per unit of the lungs' fullness, and the
        steps a breath is drawn in."""
        figure = self._figures.get(self._pose_id)
        size = (self.width(), self.height())
        # The figure by identity: another library brings other figures under the same ids.
        cached = self._steps_cache
        if cached is None or cached[0] is not figure or cached[1] != size:
            scale = scale_to_fit(self.width(), self.height())
            reach = breath_reach(figure) * scale if figure is not None else 0.0
            # The body moves with the eased breath, up to pi/2 times as fast as it fills.
            speed = reach * math.pi / 2
            steps = max(1, math.ceil(speed / BREATH_STEP_PX))
            self._steps_cache = cached = (figure, size, (speed, steps))
        return cached[2]

    def sizeHint(self) -> QSize:
        return QSize(360, 300)

    def paintEvent(self, event: QPaintEvent) -> None:
        due, self._due = self._due, None
        shown = self._shown(due if due is not None else self._position())
        painter = QPainter(self)
        kept = self._kept_frame(shown, event.rect())
        if kept is not None:
            painter.drawPixmap(*kept)
        else:
            self._paint(painter, event.rect(), shown)
        painter.end()

    def _kept_frame(self, shown: Shown | None, area: QRect) -> tuple[QPoint, QPixmap] | None:
        """Where and what to copy when `area` is within what a still breath step changes."""
        if shown is None or shown[1] is None or shown[2] is not None:
            return None
        kept = self._kept_breath()
        if kept is None or kept.box is None or not kept.box.contains(area):
            return None
        frame = kept.frame(shown[1], lambda painter, box: self._paint(painter, box, shown))
        return None if frame is None else (kept.box.topLeft(), frame)

    def _paint(
        self,
        painter: QPainter,
        area: QRect,
        shown: Shown | None,
    ) -> None:
        """The card as `shown`, where it meets `area`."""
        painter.fillRect(area, self.palette().color(QPalette.ColorRole.Window))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = self._card_rect(shown is not None)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.picture_card(self.palette()))
        painter.drawRoundedRect(card, 14, 14)
        if shown is not None:
            step, breath, moving = shown
            if moving is not None:
                self._figures.paint(painter, self._figure_rect(card), moving)
            else:
                self._figures.paint_still(
                    painter, self._figure_rect(card), self._pose_id, step, self._mirrored, breath
                )
            return
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

    def _card_rect(self, figure: bool) -> QRectF:
        """The light card, as big as the widget allows in the figure's (or the SVG's) shape."""
        if figure:
            aspect = self._figures.aspect()
        else:
            aspect = self._pictures.aspect(self._image) if self._image else 1.2
        width = min(float(self.width()), self.height() * aspect)
        height = width / aspect
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    @staticmethod
    def _figure_rect(card: QRectF) -> QRectF:
        return card.adjusted(8, 8, -8, -8)

    def breath_box(self) -> QRect | None:
        """The part of the card a breath step repaints (None: no figure)."""
        kept = self._kept_breath()
        return None if kept is None else kept.box

    def _kept_breath(self) -> KeptBreath | None:
        """The breath of this hold as drawn at this size (None: no figure)."""
        figure = self._figures.get(self._pose_id)
        if figure is None:
            return None
        key = Key(
            self._pose_id, self._mirrored, self.width(), self.height(),
            self.devicePixelRatioF(), self.palette().cacheKey(),
        )  # fmt: skip
        kept = self._kept
        # The figure by identity: another library brings other figures under the same ids.
        if kept is None or kept.figure is not figure or kept.key != key:
            self._kept = kept = KeptBreath(figure, key, self._breath_box())
        return kept

    def _breath_box(self) -> QRect | None:
        """The widget's pixels a breath of this hold changes."""
        box = self._figures.breath_box(self._pose_id, self._mirrored)
        if box is None:
            return None
        fitted = figure_transform(self._figure_rect(self._card_rect(True))).mapRect(box)
        # Antialiasing reaches a pixel past an edge; one more for rounding.
        return fitted.adjusted(-2, -2, 2, 2).toAlignedRect() & self.rect()

    def _position(self) -> Position | None:
        return self._source() if self._source is not None else None
