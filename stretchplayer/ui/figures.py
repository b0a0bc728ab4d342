"""The pose figures the widgets draw: which keyframe a moment shows, and how it is painted.

One object serves the step panel (and so mat mode) and the pose-list thumbnails, so they all
draw from the same model. A pose without a figure (a custom library without its figures file)
is drawn from its SVG, as before.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPicture, QPixmap

from stretchplayer.core.figure import Posed, PoseFigure, moment
from stretchplayer.core.keyframes import Figures, load_figures
from stretchplayer.core.library import LibraryError
from stretchplayer.core.model import Library
from stretchplayer.ui.figure_painter import (
    FigureColors,
    aspect,
    figure_picture,
    fit_figure,
    moving_box,
    paint_figure,
)
from stretchplayer.ui.presenter import View

log = logging.getLogger(__name__)

MOVE_SECONDS = 1.0  # how long the figure takes to move from one step's keyframe to the next

# Still moments whose drawings are kept: a hold breathes through at most ~100 breath steps
# (ui.pose_card), each a few kilobytes, so a pose's hold fits with room for its steps.
KEPT_DRAWINGS = 256

StillKey = tuple[str, int | None, bool, float | None]  # pose id, step, mirrored, breath

# How many breath steps `breath_box` compares: a body between two of them moves less than the
# box's margin (an arm swinging 30 degrees bows out of its chord by under 0.05 cm).
BOX_SAMPLES = 8


def figure_step(view: View) -> int | None:
    """The keyframe a view shows: the step being done, the step coming up, else the hold."""
    if view.current_step is not None:
        return view.current_step
    if view.next_step is not None:
        return view.next_step
    if view.steps and view.steps_done < len(view.steps):
        return 0
    return None


class PoseFigures:
    """The figures of a library, by pose id."""

    def __init__(self, figures: Figures | None = None) -> None:
        self._figures = dict(figures or {})
        self._thumbs: dict[tuple[str, int, int, float], QPixmap] = {}
        self._drawings: dict[StillKey, QPicture] = {}
        self._breath_boxes: dict[tuple[str, bool], QRectF | None] = {}

    @classmethod
    def for_library(cls, library: Library) -> PoseFigures:
        """The figures beside the library; none (SVGs) if they are missing or broken."""
        figures = cls()
        figures.use_library(library)
        return figures

    def use_library(self, library: Library) -> None:
        """From now on, this library's figures, in place (as PosePictures.use_library)."""
        try:
            self._figures = dict(load_figures(library))
        except LibraryError as exc:
            log.warning("pose figures not used, the drawings are shown instead: %s", exc)
            self._figures = {}
        self._thumbs.clear()
        self._drawings.clear()
        self._breath_boxes.clear()

    def get(self, pose_id: str) -> PoseFigure | None:
        return self._figures.get(pose_id)

    def __contains__(self, pose_id: object) -> bool:
        return pose_id in self._figures

    @staticmethod
    def aspect() -> float:
        return aspect()

    @staticmethod
    def paint(painter: QPainter, rect: QRectF, posed: Posed) -> None:
        # The figure sits on the light picture card in either scheme (style.picture_card).
        paint_figure(painter, rect, posed, FigureColors.for_scheme(False))

    def paint_still(
        self,
        painter: QPainter,
        rect: QRectF,
        pose_id: str,
        step: int | None,
        mirrored: bool,
        breath: float | None = None,
    ) -> bool:
        """As paint() of posed(...), from a drawing recorded the first time this moment is
        shown: a breathing hold comes back to the same breath steps every breath. False when
        the pose has no figure."""
        key = (pose_id, step, mirrored, breath)
        drawing = self._drawings.get(key)
        if drawing is None:
            posed = self.posed(pose_id, step, mirrored, breath)
            if posed is None:
                return False
            if len(self._drawings) >= KEPT_DRAWINGS:
                del self._drawings[next(iter(self._drawings))]  # the oldest
            drawing = figure_picture(posed, FigureColors.for_scheme(False))
            self._drawings[key] = drawing
        painter.save()
        fit_figure(painter, rect)
        painter.drawPicture(0, 0, drawing)
        painter.restore()
        return True

    def breath_box(self, pose_id: str, mirrored: bool) -> QRectF | None:
        """The part of the frame (model centimetres) a breathing hold changes: all of the
        figure a breath moves, and nothing the hold keeps still. None without a figure."""
        key = (pose_id, mirrored)
        if key not in self._breath_boxes:
            samples = (
                self.posed(pose_id, None, mirrored, i / BOX_SAMPLES) for i in range(BOX_SAMPLES + 1)
            )
            poses = [posed for posed in samples if posed is not None]
            self._breath_boxes[key] = moving_box(poses, FigureColors.for_scheme(False))
        return self._breath_boxes[key]

    def thumbnail(self, pose_id: str, size: QSize, ratio: float = 1.0) -> QPixmap | None:
        """The hold, drawn once per size and kept: the pose list repaints often."""
        key = (pose_id, size.width(), size.height(), ratio)
        cached = self._thumbs.get(key)
        if cached is not None:
            return cached
        posed = self.posed(pose_id, None, mirrored=False)
        if posed is None:
            return None
        image = QImage(
            round(size.width() * ratio),
            round(size.height() * ratio),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        self.paint(painter, QRectF(0, 0, image.width(), image.height()), posed)
        painter.end()
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self._thumbs[key] = pixmap
        return pixmap

    def posed(
        self, pose_id: str, step: int | None, mirrored: bool, breath: float | None = None
    ) -> Posed | None:
        figure = self._figures.get(pose_id)
        if figure is None:
            return None
        if step is not None and not 0 <= step < len(figure.steps):
            step = None
        posed = moment(figure, step, breath)
        return posed.mirrored() if mirrored else posed
