"""How one row of the pose list is drawn, and the item data a row is drawn from."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from stretchplayer.core.model import Pose
from stretchplayer.ui import style
from stretchplayer.ui.pictures import PosePictures

# A row's item data, defined once: the list fills it in and the delegate draws from it.
ID_ROLE = Qt.ItemDataRole.UserRole
POSE_ROLE = Qt.ItemDataRole.UserRole + 1
CURRENT_ROLE = Qt.ItemDataRole.UserRole + 2
THUMB = QSize(64, 54)

Index = QModelIndex | QPersistentModelIndex


class PoseDelegate(QStyledItemDelegate):
    """Draws a row: tick box, drawing, name, "2 sides × 10 breaths" and an equipment badge."""

    def __init__(self, pictures: PosePictures, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pictures = pictures

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = QFontMetrics(option.font)
        text = round(metrics.height() * 2.4 + 14)
        return QSize(240, max(THUMB.height() + 14, text))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        pose = index.data(POSE_ROLE)
        if not isinstance(pose, Pose):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.showDecorationSelected = True  # the selection spans the whole row, tick box included
        widget = opt.widget
        # Qt may paint without a view (e.g. for a drag image): fall back to the app's style.
        qstyle = widget.style() if isinstance(widget, QWidget) else QApplication.style()
        # The style draws the selection, focus and tick box (no text: that is drawn below).
        qstyle.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = opt.rect
        check = qstyle.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, widget)
        left = check.right() + 10
        palette: QPalette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        accent = style.accent(palette)
        current = bool(index.data(CURRENT_ROLE))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if current:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accent)
            painter.drawRoundedRect(
                QRect(rect.left() + 1, rect.top() + 6, 4, rect.height() - 12), 2, 2
            )

        thumb = QRect(
            left, rect.top() + (rect.height() - THUMB.height()) // 2, THUMB.width(), THUMB.height()
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.picture_card(palette))
        painter.drawRoundedRect(thumb, 6, 6)
        ratio = widget.devicePixelRatioF() if isinstance(widget, QWidget) else 1.0
        pixmap = self._pictures.pixmap(pose.image, THUMB - QSize(6, 6), ratio=ratio)
        if pixmap is not None:
            painter.drawPixmap(thumb.left() + 3, thumb.top() + 3, pixmap)

        enabled = (
            bool(index.flags() & Qt.ItemFlag.ItemIsUserCheckable)
            and index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked.value
        )
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        dim = style.mix(
            text_color,
            palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base),
            0.4,
        )
        text_left = thumb.right() + 12
        width = rect.right() - text_left - 8
        base_font: QFont = opt.font
        name_font = QFont(base_font)
        name_font.setWeight(QFont.Weight.DemiBold)
        name_metrics = QFontMetrics(name_font)
        small_metrics = QFontMetrics(base_font)
        block = name_metrics.height() + 4 + small_metrics.height()
        top = rect.top() + (rect.height() - block) // 2

        painter.setFont(name_font)
        painter.setPen(accent if current and not selected else text_color if enabled else dim)
        name = name_metrics.elidedText(pose.name, Qt.TextElideMode.ElideRight, width)
        painter.drawText(
            QRect(text_left, top, width, name_metrics.height()), Qt.AlignmentFlag.AlignLeft, name
        )

        painter.setFont(base_font)
        painter.setPen(dim)
        line = QRect(text_left, top + name_metrics.height() + 4, width, small_metrics.height())
        sides = pose.sides_label
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft, sides)
        if pose.equipment:
            badge_text = ", ".join(pose.equipment)
            needed = small_metrics.horizontalAdvance(badge_text) + 12
            # Beside the sides label if it fits, else beside a short name, else shortened:
            # a narrow list should still say which poses need the blocks, in full if it can.
            after_sides = text_left + small_metrics.horizontalAdvance(sides) + 10
            after_name = text_left + name_metrics.horizontalAdvance(name) + 10
            right = rect.right() - 8
            if after_sides + needed <= right:
                x, row = after_sides, line
            elif after_name + needed <= right:
                x, row = after_name, QRect(text_left, top, width, name_metrics.height())
            else:
                x, row = after_sides, line
                badge_text = small_metrics.elidedText(
                    badge_text, Qt.TextElideMode.ElideRight, right - x - 12
                )
            if right - x > 30:
                badge = QRect(
                    x,
                    row.top() + (row.height() - line.height()) // 2 - 1,
                    small_metrics.horizontalAdvance(badge_text) + 12,
                    line.height() + 2,
                )
                painter.setPen(style.faded(accent if not selected else text_color, 0.8))
                painter.setBrush(style.faded(accent, 0.10))
                painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
                painter.setPen(text_color if selected else accent)
                painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, badge_text)
        painter.restore()
