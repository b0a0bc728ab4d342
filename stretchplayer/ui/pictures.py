"""Pose drawings: SVGs from assets/ rendered at the size shown, mirrored for the other side."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap, QTransform
from PySide6.QtSvg import QSvgRenderer

from stretchplayer.core.resources import asset_path


class PosePictures:
    """Renders and caches pose drawings; a missing or broken file gives None, never an error.

    The drawings show the side each pose's text describes (`Pose.first_side`); the other side
    is the same drawing flipped left to right.
    """

    def __init__(self, locate: Callable[[str], Path] = asset_path) -> None:
        self._locate = locate
        self._renderers: dict[str, QSvgRenderer | None] = {}
        self._cache: dict[tuple[str, int, int, bool, float], QPixmap] = {}

    def aspect(self, image: str) -> float:
        """Width over height of the drawing (1.2 when unknown, the shape of the set)."""
        renderer = self._renderer(image)
        if renderer is None:
            return 1.2
        size = renderer.defaultSize()
        return size.width() / size.height() if size.height() > 0 else 1.2

    def pixmap(
        self, image: str, size: QSize, mirrored: bool = False, ratio: float = 1.0
    ) -> QPixmap | None:
        """The drawing fitted inside `size` (logical pixels) for a screen of this pixel ratio."""
        renderer = self._renderer(image)
        if renderer is None or size.width() < 1 or size.height() < 1:
            return None
        key = (image, size.width(), size.height(), mirrored, ratio)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        if len(self._cache) > 64:  # window resizes would otherwise keep every size ever shown
            self._cache.clear()
        pixels = QSize(round(size.width() * ratio), round(size.height() * ratio))
        canvas = QImage(pixels, QImage.Format.Format_ARGB32_Premultiplied)
        canvas.fill(Qt.GlobalColor.transparent)
        painter = QPainter(canvas)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, pixels.width(), pixels.height()))
        painter.end()
        if mirrored:
            canvas = canvas.transformed(QTransform().scale(-1, 1))
        pixmap = QPixmap.fromImage(canvas)
        pixmap.setDevicePixelRatio(ratio)
        self._cache[key] = pixmap
        return pixmap

    def _renderer(self, image: str) -> QSvgRenderer | None:
        if image not in self._renderers:
            renderer: QSvgRenderer | None = None
            path = self._locate(image) if image else None
            if path is not None and path.is_file():
                loaded = QSvgRenderer(str(path))
                if loaded.isValid():
                    loaded.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
                    renderer = loaded
            self._renderers[image] = renderer
        return self._renderers[image]
