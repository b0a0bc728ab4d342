"""The pose drawing on its card, as the step panel shows it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from stretchplayer.ui import style
from stretchplayer.ui.pictures import PosePictures


class PoseCard(QWidget):
    """The pose drawing on a light card, flipped left to right for the other side."""

    def __init__(self, pictures: PosePictures, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pictures = pictures
        self._image = ""
        self._mirrored = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)
        self.setAccessibleName("Pose drawing")

    def set_picture(self, image: str, mirrored: bool) -> None:
        if (image, mirrored) != (self._image, self._mirrored):
            self._image, self._mirrored = image, mirrored
            self.update()

    def image(self) -> str:
        return self._image

    def mirrored(self) -> bool:
        return self._mirrored

    def sizeHint(self) -> QSize:
        return QSize(360, 300)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        aspect = self._pictures.aspect(self._image) if self._image else 1.2
        width = min(float(self.width()), self.height() * aspect)
        height = width / aspect
        card = QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.picture_card(self.palette()))
        painter.drawRoundedRect(card, 14, 14)
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
        painter.end()
