"""Icons drawn in one colour (the transport's in the text colour), so they read in light and
dark schemes alike.

The style's standard media icons are fixed dark pixmaps in several styles (Fusion among them)
and all but vanish on a dark window. Its first standard icon also costs ~5 ms of start-up
(Qt looks through the icon themes), which drawing ours does not.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

SIZE = 48  # drawn large and scaled down: crisp at any icon size and pixel ratio


def _triangle(painter: QPainter, left: float, right: float, pointing_right: bool = True) -> None:
    tip, base = (right, left) if pointing_right else (left, right)
    painter.drawPolygon(QPolygonF([QPointF(base, 10), QPointF(tip, 24), QPointF(base, 38)]))


def _draw(kind: str, painter: QPainter, color: QColor) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    if kind == "play":
        _triangle(painter, 14, 38)
    elif kind == "pause":
        painter.drawRoundedRect(QRectF(13, 10, 8, 28), 2, 2)
        painter.drawRoundedRect(QRectF(27, 10, 8, 28), 2, 2)
    elif kind == "stop":
        painter.drawRoundedRect(QRectF(12, 12, 24, 24), 3, 3)
    elif kind == "next":
        _triangle(painter, 8, 24)
        _triangle(painter, 22, 38)
        painter.drawRect(QRectF(37, 10, 4, 28))
    elif kind == "previous":
        _triangle(painter, 24, 40, pointing_right=False)
        _triangle(painter, 10, 26, pointing_right=False)
        painter.drawRect(QRectF(7, 10, 4, 28))
    elif kind in ("voice-on", "voice-off"):
        speaker = QPainterPath()
        speaker.addPolygon(
            QPolygonF(
                [
                    QPointF(6, 18),
                    QPointF(14, 18),
                    QPointF(24, 9),
                    QPointF(24, 39),
                    QPointF(14, 30),
                    QPointF(6, 30),
                ]
            )
        )
        painter.drawPath(speaker)
        pen = QPen(color, 3.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if kind == "voice-on":
            painter.drawArc(QRectF(20, 16, 12, 16), -60 * 16, 120 * 16)
            painter.drawArc(QRectF(18, 9, 22, 30), -60 * 16, 120 * 16)
        else:
            painter.drawLine(QPointF(30, 18), QPointF(42, 30))
            painter.drawLine(QPointF(42, 18), QPointF(30, 30))
    elif kind == "about":
        painter.drawEllipse(QRectF(4, 4, 40, 40))
        # The question mark is cut out of the disc: the button shows through it.
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
        painter.setPen(QPen(color, 5.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawArc(QRectF(17, 11, 14, 14), 165 * 16, -255 * 16)
        painter.drawLine(QPointF(24, 25), QPointF(24, 29))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawEllipse(QPointF(24, 36), 3.0, 3.0)


def icon(kind: str, color: QColor, disabled: QColor | None = None) -> QIcon:
    """One of "play", "pause", "stop", "next", "previous", "voice-on", "voice-off", "about"."""
    return _drawn(kind, color.rgba(), (disabled or color).rgba())


# Play and pause swap on every pause and resume: each is drawn once per pair of colours.
@lru_cache(maxsize=32)
def _drawn(kind: str, rgba: int, disabled_rgba: int) -> QIcon:
    result = QIcon()
    for mode, tint in ((QIcon.Mode.Normal, rgba), (QIcon.Mode.Disabled, disabled_rgba)):
        pixmap = QPixmap(SIZE, SIZE)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _draw(kind, painter, QColor.fromRgba(tint))
        painter.end()
        result.addPixmap(pixmap, mode)
    return result
