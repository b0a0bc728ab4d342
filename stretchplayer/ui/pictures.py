"""Pose drawings: SVGs rendered at the size shown, mirrored for the other side.

A drawing's name comes from a pose library, which may have come from anyone: it is looked up
only inside the library's own folder and then the shipped assets, never outside them (no
absolute paths, no '..', no link leading out), read through the bounded reader, refused when
it is larger than MAX_SVG_BYTES, wider or taller than MAX_SIDE, or when it refers to anything
outside itself (an external image or entity). Each drawing is loaded once, when first shown.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap, QTransform

from stretchplayer.core.guest import ReadError, printable, read_limited
from stretchplayer.core.library import find_image, image_folders, is_image_name
from stretchplayer.core.model import Library
from stretchplayer.core.resources import assets_dir

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

MAX_SVG_BYTES = 512 * 1024  # the shipped drawings are under 3 KB
MAX_SIDE = 4096  # the drawing's own width and height, in its units

# href="..." / xlink:href='...' / url(...) / @import that point anywhere but inside the drawing
# itself (an <?xml-stylesheet href=...?> too), and entities (expansion bombs).
_OUTSIDE = re.compile(
    rb"""href\s*=\s*["']\s*(?!#|data:)|url\(\s*["']?\s*(?!#)|@import|<!ENTITY""", re.IGNORECASE
)

log = logging.getLogger(__name__)


class PosePictures:
    """Renders and caches pose drawings; a missing or broken file gives None, never an error.

    The drawings show the side each pose's text describes (`Pose.first_side`); the other side
    is the same drawing flipped left to right.
    """

    def __init__(self, folders: Sequence[Path] | None = None) -> None:
        """Drawings are looked up in `folders`, in order (the shipped assets by default)."""
        self._folders = list(folders) if folders is not None else [assets_dir()]
        self._renderers: dict[str, QSvgRenderer | None] = {}
        self._cache: dict[tuple[str, int, int, bool, float], QPixmap] = {}

    @classmethod
    def for_library(cls, library: Library) -> PosePictures:
        """The drawings of this library (its folder first, then the shipped ones), each loaded
        when first shown."""
        pictures = cls()
        pictures.use_library(library)
        return pictures

    def use_library(self, library: Library) -> None:
        """From now on, this library's drawings: in place, so every widget holding this
        object shows the new ones (File → Open pose library…)."""
        self._folders = image_folders(library.path)
        self._renderers.clear()
        self._cache.clear()

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
            path = self.locate(image)
            self._renderers[image] = _load(path) if path is not None else None
        return self._renderers[image]

    def locate(self, image: str) -> Path | None:
        """The file `image` names inside one of the folders, or None; never one outside."""
        if not is_image_name(image):
            if image:
                log.info("pose drawing %s: not a plain relative name; not shown", printable(image))
            return None
        return find_image(image, self._folders)


def _load(path: Path) -> QSvgRenderer | None:
    try:
        data = read_limited(path, MAX_SVG_BYTES)
    except (OSError, ReadError) as exc:
        log.info("pose drawing %s: %s; not shown", path, printable(str(exc)))
        return None
    if _OUTSIDE.search(data):
        log.info("pose drawing %s: refers to files outside itself; not shown", path)
        return None
    # QtSvg is loaded with the first drawing shown: the shipped poses are drawn as figures.
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(data))
    size = renderer.defaultSize()
    if not renderer.isValid() or not (
        0 < size.width() <= MAX_SIDE and 0 < size.height() <= MAX_SIDE
    ):
        log.info(
            "pose drawing %s: not a drawing of at most %d by %d; not shown",
            path,
            MAX_SIDE,
            MAX_SIDE,
        )
        return None
    renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    return renderer
