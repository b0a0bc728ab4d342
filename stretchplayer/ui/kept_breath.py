"""A breathing hold's pixels, kept: the card repaints a breath step from a pixmap, not a drawing.

In a hold the figure comes back to the same breath steps every breath, and most of it keeps
still. Replaying a step's recorded drawing costs ~0.3 ms a frame, a dozen frames a second in
a forward fold; copying the few pixels the breath moves costs a tenth of that.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QRect
from PySide6.QtGui import QPainter, QPixmap

from stretchplayer.core.figure import PoseFigure

# A hold at the step panel's default size keeps ~1.5 MiB; mat mode on a large screen keeps the
# steps that fit and draws the others afresh each time.
KEPT_BYTES = 8 * 1024 * 1024


class Key(NamedTuple):
    """What the pixels were drawn for."""

    pose_id: str
    mirrored: bool
    width: int
    height: int
    ratio: float  # device pixels per logical pixel
    palette: int  # QPalette.cacheKey()


class KeptBreath:
    """One hold's breath as a card draws it: `box`, the widget's pixels a breath changes
    (None: all of them), and those pixels at each breath step, drawn the first time it is
    shown."""

    def __init__(self, figure: PoseFigure, key: Key, box: QRect | None) -> None:
        self.figure = figure
        self.key = key
        self.box = box
        self._frames: dict[float, QPixmap] = {}
        self._bytes = 0

    def frame(self, breath: float, paint: Callable[[QPainter, QRect], None]) -> QPixmap | None:
        """The pixels of `box` at breath step `breath`, as `paint(painter, box)` draws them;
        None when they cannot be kept exactly (no box, or a fractional pixel ratio, where a
        copy would land between device pixels)."""
        ratio = self.key.ratio
        if self.box is None or not ratio.is_integer():
            return None
        pixmap = self._frames.get(breath)
        if pixmap is not None:
            return pixmap
        pixmap = QPixmap(self.box.size() * ratio)
        pixmap.setDevicePixelRatio(ratio)
        painter = QPainter(pixmap)
        painter.translate(-self.box.topLeft())
        paint(painter, self.box)
        painter.end()
        size = pixmap.width() * pixmap.height() * pixmap.depth() // 8
        if self._bytes + size <= KEPT_BYTES:
            self._frames[breath] = pixmap
            self._bytes += size
        return pixmap
