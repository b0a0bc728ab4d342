"""Writes a posed figure to a PNG (QImage) or an SVG (QSvgGenerator), offscreen, no window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from stretchplayer.core.figure import Posed
from stretchplayer.core.i18n import Context
from stretchplayer.ui.figure_painter import FigureColors, aspect, paint_figure

ui_figure_export = Context("ui_figure_export")


def not_saved() -> str:
    # Qt says only that it failed; the command line puts the file's name before this.
    return ui_figure_export.tr("the image could not be saved")


def figure_size(width: int) -> QSize:
    return QSize(width, round(width / aspect()))


def render_image(posed: Posed, width: int = 880, dark: bool = False) -> QImage:
    size = figure_size(width)
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#1f2229") if dark else QColor("#eef1f3"))
    painter = QPainter(image)
    paint_figure(
        painter, QRectF(0, 0, size.width(), size.height()), posed, FigureColors.for_scheme(dark)
    )
    painter.end()
    return image


def write_figure(posed: Posed, out: Path, width: int = 880, dark: bool = False) -> None:
    """PNG or SVG by the file's suffix; OSError if it cannot be written."""
    if out.suffix.lower() == ".svg":
        size = figure_size(width)
        generator = QSvgGenerator()
        generator.setFileName(str(out))
        generator.setSize(size)
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        generator.setTitle("StretchPlayer pose figure")
        painter = QPainter()
        if not painter.begin(generator):
            raise OSError(not_saved())
        paint_figure(
            painter, QRectF(0, 0, size.width(), size.height()), posed, FigureColors.for_scheme(dark)
        )
        painter.end()
        if not out.exists():
            raise OSError(not_saved())
        return
    if not render_image(posed, width, dark).save(str(out)):
        raise OSError(not_saved())
