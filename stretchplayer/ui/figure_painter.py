"""Draws a posed figure (core.figure) with QPainter: a soft, solid body on a mat, seen from the side.

Vector shapes only, so it is crisp at any size and the same code draws the step panel, mat
mode, the list thumbnails and `stretchplayer figure` (PNG through QImage, SVG through
QSvgGenerator). The working leg is a deeper shade and its hamstrings are highlighted; the
far limbs are paler, behind the body. Mirroring is done by the model (exact), not the painter.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBitmap,
    QColor,
    QImage,
    QPainter,
    QPen,
    QPicture,
    QPolygonF,
    QRegion,
    QTransform,
)

from stretchplayer.core.figure import FRAME, HEAD_RADIUS, RADII, Point, Posed


@dataclass(frozen=True)
class FigureColors:
    body: QColor
    far: QColor
    working: QColor
    hamstring: QColor
    mat: QColor
    block: QColor
    block_edge: QColor
    floor: QColor
    arrow: QColor

    @staticmethod
    @functools.cache
    def for_scheme(dark: bool) -> FigureColors:  # shared: nothing changes a QColor it holds
        if dark:
            return FigureColors(
                body=QColor("#b7c3da"),
                far=QColor("#7d879b"),
                working=QColor("#8fd3c7"),
                hamstring=QColor("#ff9f6e"),
                mat=QColor("#4a4f6a"),
                block=QColor("#c9a46a"),
                block_edge=QColor("#8a6a3a"),
                floor=QColor("#5c6275"),
                arrow=QColor("#ffcf5c"),
            )
        return FigureColors(
            body=QColor("#4f5f80"),
            far=QColor("#9aa5bb"),
            working=QColor("#1f7f73"),
            hamstring=QColor("#e8703a"),
            mat=QColor("#b9b3d6"),
            block=QColor("#d9b98a"),
            block_edge=QColor("#9c7a48"),
            floor=QColor("#c8ccd6"),
            arrow=QColor("#c2410c"),
        )


def frame_rect() -> QRectF:
    x0, y0, x1, y1 = FRAME
    return QRectF(x0, y0, x1 - x0, y1 - y0)


def aspect() -> float:
    x0, y0, x1, y1 = FRAME
    return (x1 - x0) / (y1 - y0)


def paint_figure(painter: QPainter, rect: QRectF, posed: Posed, colors: FigureColors) -> None:
    """Draw `posed` fitted into `rect` (keeping proportions, floor at the bottom of the frame)."""
    painter.save()
    fit_figure(painter, rect)
    draw_figure(painter, posed, colors)
    painter.restore()


def scale_to_fit(width: float, height: float) -> float:
    """Pixels per model centimetre when the figure's frame is fitted into width x height."""
    x0, y0, x1, y1 = FRAME
    return min(width / (x1 - x0), height / (y1 - y0))


def fit_figure(painter: QPainter, rect: QRectF) -> None:
    """Map the model's centimetres (y up) onto `rect` in device pixels (y down)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setTransform(figure_transform(rect), combine=True)


def figure_transform(rect: QRectF) -> QTransform:
    """From the model's centimetres to `rect`, as `fit_figure` paints."""
    x0, y0, x1, y1 = FRAME
    scale = scale_to_fit(rect.width(), rect.height())
    width, height = (x1 - x0) * scale, (y1 - y0) * scale
    left = rect.left() + (rect.width() - width) / 2
    top = rect.top() + (rect.height() - height) / 2
    return QTransform(scale, 0.0, 0.0, -scale, left - x0 * scale, top + y1 * scale)


# Pixels per model centimetre at which `moving_box` compares drawings: finer than the step
# panel's card at its default size, and a few milliseconds for a breath's nine drawings.
COMPARE_SCALE = 1.0


def moving_box(poses: Sequence[Posed], colors: FigureColors) -> QRectF | None:
    """The box (model centimetres) round every pixel that differs between one of `poses` and
    the next, drawn side by side; None when they all look the same.

    Found from the pixels rather than the joints, so a rod from a still joint to a moving one
    is inside whatever the painter draws. The poses are close enough together that a body
    between two of them stays within the box's one-pixel margin.
    """
    x0, y0, x1, y1 = FRAME
    size = (round((x1 - x0) * COMPARE_SCALE), round((y1 - y0) * COMPARE_SCALE))
    frame = QRectF(0, 0, *size)
    changed = QRegion()
    before: QImage | None = None
    for posed in poses:
        image = QImage(*size, QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        paint_figure(painter, frame, posed, colors)
        painter.end()
        if before is not None:
            painter = QPainter(before)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Difference)
            painter.drawImage(0, 0, image)
            painter.end()
            # Black where the two agree; the mask's bitmap holds every other pixel.
            mask = before.createMaskFromColor(0xFF000000, Qt.MaskMode.MaskInColor)
            changed += QRegion(QBitmap.fromImage(mask))
        before = image
    if changed.isEmpty():
        return None
    box = QRectF(changed.boundingRect()).adjusted(-1, -1, 1, 1)
    inverse, _ = figure_transform(frame).inverted()
    return inverse.mapRect(box)


def figure_picture(posed: Posed, colors: FigureColors) -> QPicture:
    """The drawing of `posed` in model centimetres, recorded to replay under `fit_figure`.

    Replaying it is Qt's work alone: 0.19 ms at the card's default size, against 0.33 ms for
    the sixty-odd calls of drawing it afresh from Python, up to 20 times a second in a hold.
    """
    picture = QPicture()
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw_figure(painter, posed, colors)
    painter.end()
    return picture


def draw_figure(painter: QPainter, posed: Posed, colors: FigureColors) -> None:
    """Draw `posed` in model centimetres, on whatever transform the painter has."""
    painter.setPen(Qt.PenStyle.NoPen)
    _mat(painter, colors)
    # The near leg is the one being stretched (the working leg); arms: the side's arm is near.
    near_leg = posed.stretched[0] if len(posed.stretched) == 1 else "side"
    far_leg = "other" if near_leg == "side" else "side"
    _arm(painter, posed, "other", colors.far)
    _leg(painter, posed, far_leg, colors, far=True)
    for block in posed.blocks:
        if block.y0 <= 0.01:
            _block(painter, block.x0, block.y0, block.x1, block.y1, colors)
    _torso(painter, posed, colors.body)
    _leg(painter, posed, near_leg, colors, far=False)
    _arm(painter, posed, "side", colors.body.darker(112))
    for point, angle, press in posed.arrows:
        _arrow(painter, point, angle, press, colors.arrow)
    for block in posed.blocks:
        if block.y0 > 0.01:  # held in a hand: in front of it
            _block(painter, block.x0, block.y0, block.x1, block.y1, colors)


def _mat(painter: QPainter, colors: FigureColors) -> None:
    x0, _, x1, _ = FRAME
    painter.setBrush(colors.floor)
    painter.drawRect(QRectF(x0, -3.0, x1 - x0, 1.2))
    painter.setBrush(colors.mat)
    painter.drawRoundedRect(QRectF(-95.0, -2.0, 190.0, 2.0), 1.0, 1.0)


def _block(
    painter: QPainter, x0: float, y0: float, x1: float, y1: float, colors: FigureColors
) -> None:
    painter.setBrush(colors.block)
    painter.setPen(QPen(colors.block_edge, 0.8))
    painter.drawRoundedRect(QRectF(x0, y0, x1 - x0, y1 - y0), 1.5, 1.5)
    painter.setPen(Qt.PenStyle.NoPen)


def _torso(painter: QPainter, posed: Posed, color: QColor) -> None:
    joints, chest = posed.joints, posed.chest
    painter.setBrush(color)
    _rod(painter, joints["pelvis"], RADII["pelvis"], joints["waist"], RADII["waist"])
    _rod(painter, joints["waist"], RADII["waist"], joints["shoulder"], RADII["shoulder"] * chest)
    _rod(painter, joints["shoulder"], 5.5, joints["neck_top"], RADII["neck_top"])
    hx, hy = joints["head"]
    painter.drawEllipse(QPointF(hx, hy), HEAD_RADIUS, HEAD_RADIUS)
    # a nose: which way the figure faces, at a glance
    nx, ny = joints["neck_top"]
    up = math.atan2(hy - ny, hx - nx)
    # the neck's direction turned clockwise (anticlockwise once mirrored)
    face = (posed.facing * math.sin(up), -posed.facing * math.cos(up))
    nose = QPointF(hx + face[0] * HEAD_RADIUS * 0.92, hy + face[1] * HEAD_RADIUS * 0.92)
    painter.drawEllipse(nose, 2.6, 2.6)


def _arm(painter: QPainter, posed: Posed, limb: str, color: QColor) -> None:
    joints = posed.joints
    painter.setBrush(color)
    elbow, wrist = joints[f"{limb}_elbow"], joints[f"{limb}_wrist"]
    _rod(painter, joints["shoulder"], 5.5, elbow, RADII["elbow"])
    _rod(painter, elbow, RADII["elbow"], wrist, RADII["wrist"])
    _rod(painter, wrist, RADII["wrist"], joints[f"{limb}_fingers"], RADII["fingers"])


def _leg(painter: QPainter, posed: Posed, limb: str, colors: FigureColors, far: bool) -> None:
    joints = posed.joints
    working = limb in posed.stretched
    color = colors.working if working else colors.body
    if far:
        color = _mix(color, colors.far, 0.55)
    hip, knee, ankle = joints[f"{limb}_hip"], joints[f"{limb}_knee"], joints[f"{limb}_ankle"]
    heel, toe = joints[f"{limb}_heel"], joints[f"{limb}_toe"]
    painter.setBrush(color)
    _rod(painter, hip, RADII["hip"], knee, RADII["knee"])
    _rod(painter, knee, RADII["knee"], ankle, RADII["ankle"])
    painter.drawPolygon(QPolygonF([QPointF(*ankle), QPointF(*heel), QPointF(*toe)]))
    _rod(painter, heel, 2.2, toe, 1.6)
    _rod(painter, ankle, RADII["ankle"], heel, 2.4)
    if working:
        muscle = colors.hamstring if not far else _mix(colors.hamstring, colors.far, 0.4)
        _hamstring(painter, hip, knee, muscle, posed.facing)


def _hamstring(painter: QPainter, hip: Point, knee: Point, color: QColor, facing: int) -> None:
    """The back of the thigh, from just below the buttock to just above the knee (inside the
    thigh's outline, so it needs no clipping)."""
    angle = math.atan2(knee[1] - hip[1], knee[0] - hip[0])
    # the thigh's direction turned clockwise (anticlockwise once mirrored)
    back = (facing * math.sin(angle), -facing * math.cos(angle))

    def at(t: float, off: float) -> Point:
        return (
            hip[0] + (knee[0] - hip[0]) * t + back[0] * off,
            hip[1] + (knee[1] - hip[1]) * t + back[1] * off,
        )

    painter.setBrush(color)
    _rod(painter, at(0.2, 3.2), 4.4, at(0.85, 2.4), 2.6)


def _rod(painter: QPainter, a: Point, ra: float, b: Point, rb: float) -> None:
    """A tapered rod: two circles joined by their outer tangents. The body's colours are
    opaque, so overlapping rods of one colour read as one solid shape, with no path unions
    (which would cost milliseconds a frame)."""
    painter.drawEllipse(QPointF(*a), ra, ra)
    painter.drawEllipse(QPointF(*b), rb, rb)
    dx, dy = b[0] - a[0], b[1] - a[1]
    d = math.hypot(dx, dy)
    if d <= abs(ra - rb) + 1e-6:
        return
    ux, uy = dx / d, dy / d
    s = (ra - rb) / d
    c = math.sqrt(max(0.0, 1.0 - s * s))
    n1 = (ux * s - uy * c, uy * s + ux * c)
    n2 = (ux * s + uy * c, uy * s - ux * c)
    painter.drawPolygon(
        QPolygonF(
            [
                QPointF(a[0] + n1[0] * ra, a[1] + n1[1] * ra),
                QPointF(b[0] + n1[0] * rb, b[1] + n1[1] * rb),
                QPointF(b[0] + n2[0] * rb, b[1] + n2[1] * rb),
                QPointF(a[0] + n2[0] * ra, a[1] + n2[1] * ra),
            ]
        )
    )


def _arrow(painter: QPainter, at: Point, angle: float, press: bool, color: QColor) -> None:
    """A short bold arrow: out of the joint for a move, into it for a press."""
    dx, dy = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    start, end = (-32.0, -9.0) if press else (14.0, 38.0)
    tail = QPointF(at[0] + dx * start, at[1] + dy * start)
    tip = QPointF(at[0] + dx * end, at[1] + dy * end)
    painter.setPen(QPen(color, 3.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    head = 8.5
    back = QPointF(tip.x() - dx * head, tip.y() - dy * head)
    painter.drawLine(tail, back)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    side = QPointF(-dy * head * 0.6, dx * head * 0.6)
    painter.drawPolygon(QPolygonF([tip, back + side, back - side]))


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )
