"""How one row of the pose list is drawn, and the item data a row is drawn from."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
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
from stretchplayer.ui.figures import PoseFigures
from stretchplayer.ui.pictures import PosePictures

# A row's item data, defined once: the list fills it in and the delegate draws from it.
ID_ROLE = Qt.ItemDataRole.UserRole
POSE_ROLE = Qt.ItemDataRole.UserRole + 1
CURRENT_ROLE = Qt.ItemDataRole.UserRole + 2
THUMB = QSize(64, 54)
MARGIN = 8  # between a row's words and its right edge
BADGE_GAP = 10  # between the words and the badge beside them
BADGE_PADDING = 12  # the badge's width beyond its text
BELOW_GAP = 3  # between the sides label and a badge on the line under it

Index = QModelIndex | QPersistentModelIndex


def equipment_text(pose: Pose) -> str:
    """What the badge says: "2 yoga blocks"; empty for a pose that needs nothing."""
    return ", ".join(pose.equipment)


def row_details(pose: Pose) -> list[str]:
    """The row's words after the name, in full: ["2 sides × 10 breaths", "2 yoga blocks"]."""
    needs = equipment_text(pose)
    return [pose.sides_label, needs] if needs else [pose.sides_label]


class PoseDelegate(QStyledItemDelegate):
    """Draws a row: tick box, drawing, name, "2 sides × 10 breaths" and an equipment badge."""

    def __init__(
        self,
        pictures: PosePictures,
        parent: QWidget | None = None,
        figures: PoseFigures | None = None,
    ) -> None:
        super().__init__(parent)
        self._pictures = pictures
        self._figures = figures or PoseFigures()
        self._below = False  # every badge on a line of its own, under the sides label

    def place_badges(self, rows: Sequence[tuple[QStyleOptionViewItem, Index]]) -> bool:
        """Decide, for the whole list, where the badges go: beside the sides label when every
        row has the room for both whole, else on a line of their own in every row (a row
        has the height for a third line). Placed row by row, badges sat on two lines in one
        list; squeezed beside the label, both were cut ("2 côtés × 10 re…", "2 briques de
        y…"). True if the place changed."""
        was, self._below = self._below, False
        for option, index in rows:
            text = self._text_layout(option, index)
            if text is not None and not text.whole():
                self._below = True
                break
        return self._below != was

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = QFontMetrics(option.font)
        text = round(metrics.height() * 2.4 + 14)
        return QSize(240, max(THUMB.height() + 14, text))

    def badge(self, option: QStyleOptionViewItem, index: Index) -> tuple[QRect, str] | None:
        """Where a row's equipment badge is drawn and its text, as paint draws them (the text
        shortened when the row is too narrow); None for a pose without equipment, or no room."""
        text = self._text_layout(option, index)
        return text.badge() if text is not None else None

    def sides(self, option: QStyleOptionViewItem, index: Index) -> tuple[QRect, str] | None:
        """Where the row's "2 sides × 10 breaths" is drawn and its text, shortened with "…"
        where the row is narrow or the badge needs the room; None for a row that is no pose."""
        text = self._text_layout(option, index)
        return (text.sides_box, text.sides) if text is not None else None

    def full_width(self, option: QStyleOptionViewItem, index: Index) -> int:
        """The narrowest row that shows this pose's name, sides label and badge unshortened."""
        text = self._text_layout(option, index)
        return text.full_width() if text is not None else 0

    def _text_layout(self, option: QStyleOptionViewItem, index: Index) -> _TextLayout | None:
        """The row's words laid out as paint lays them out; None for a row that is no pose."""
        pose = index.data(POSE_ROLE)
        if not isinstance(pose, Pose):
            return None
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        return _TextLayout(opt, _thumb_left(_style_of(opt.widget), opt), pose, self._below)

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
        qstyle = _style_of(widget)
        # The style draws the selection, focus and tick box (no text: that is drawn below).
        qstyle.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = opt.rect
        left = _thumb_left(qstyle, opt)
        palette: QPalette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        accent = style.accent(palette)
        current = bool(index.data(CURRENT_ROLE))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if current:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accent)
            # In the gap between the style's tick box and the drawing: the row's edge left it
            # no room, and the bar overlapped the box.
            painter.drawRoundedRect(QRectF(left - 7, rect.top() + 6, 4, rect.height() - 12), 2, 2)

        thumb = QRect(
            left, rect.top() + (rect.height() - THUMB.height()) // 2, THUMB.width(), THUMB.height()
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.picture_card(palette))
        painter.drawRoundedRect(thumb, 6, 6)
        ratio = widget.devicePixelRatioF() if isinstance(widget, QWidget) else 1.0
        # The pose's figure at its hold when it has one, else its drawing.
        pixmap = self._figures.thumbnail(
            pose.id, THUMB - QSize(6, 6), ratio
        ) or self._pictures.pixmap(pose.image, THUMB - QSize(6, 6), ratio=ratio)
        if pixmap is not None:
            painter.drawPixmap(thumb.left() + 3, thumb.top() + 3, pixmap)

        enabled = (
            bool(index.flags() & Qt.ItemFlag.ItemIsUserCheckable)
            and index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked.value
        )
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        # Less dimmed on the selection colour, which is already mid-toned: 40 % of the way
        # there left an unticked pose's name at about 2:1, too faint to read.
        dim = style.mix(
            text_color,
            palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base),
            0.15 if selected else 0.4,
        )
        text = _TextLayout(opt, left, pose, self._below)
        painter.setFont(text.name_font)
        painter.setPen(accent if current and not selected else text_color if enabled else dim)
        painter.drawText(text.name_line, Qt.AlignmentFlag.AlignLeft, text.name)

        painter.setFont(opt.font)
        painter.setPen(dim)
        painter.drawText(text.sides_box, Qt.AlignmentFlag.AlignLeft, text.sides)
        badge = text.badge()
        if badge is not None:
            box, badge_text = badge
            painter.setPen(style.faded(accent if not selected else text_color, 0.8))
            painter.setBrush(style.faded(accent, 0.10))
            painter.drawRoundedRect(box, box.height() / 2, box.height() / 2)
            painter.setPen(text_color if selected else accent)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, badge_text)
        painter.restore()


def _style_of(widget: QWidget | None) -> QStyle:
    # Qt may paint without a view (e.g. for a drag image): then the app's style.
    return widget.style() if isinstance(widget, QWidget) else QApplication.style()


def _thumb_left(qstyle: QStyle, opt: QStyleOptionViewItem) -> int:
    """Where the drawing starts: past the style's tick box."""
    check = qstyle.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, opt.widget)
    return check.right() + 10


class _TextLayout:
    """Where a row's words go, right of its drawing: the name, the sides label below it, and
    the equipment badge."""

    def __init__(
        self, opt: QStyleOptionViewItem, thumb_left: int, pose: Pose, below: bool = False
    ) -> None:
        rect: QRect = opt.rect
        self.pose = pose
        self.below = below
        self.row_left = rect.left()
        self.left = thumb_left + THUMB.width() + 11  # 12 px past the drawing's last column
        self.right = rect.right() - MARGIN
        width = self.right - self.left
        self.name_font = QFont(opt.font)
        self.name_font.setWeight(QFont.Weight.DemiBold)
        self.name_metrics = QFontMetrics(self.name_font)
        self.small_metrics = QFontMetrics(opt.font)
        block = self.name_metrics.height() + 4 + self.small_metrics.height()
        if below:  # the same in every row, badge or none, so the names line up
            block += BELOW_GAP + self.small_metrics.height() + 2
        top = rect.top() + (rect.height() - block) // 2
        self.name = self.name_metrics.elidedText(pose.name, Qt.TextElideMode.ElideRight, width)
        self.name_line = QRect(self.left, top, width, self.name_metrics.height())
        line_height = self.small_metrics.height()
        self.sides_line = QRect(self.left, top + self.name_metrics.height() + 4, width, line_height)
        self._beside = False  # the badge beside the sides label, not under it
        self._badge, sides_room = self._place_badge(width)
        label, metrics = pose.sides_label, self.small_metrics
        # Shortened with "…", never cut off mid-letter: "2 lados × 10 respira…".
        if metrics.horizontalAdvance(label) > sides_room:
            label = metrics.elidedText(label, Qt.TextElideMode.ElideRight, sides_room)
        self.sides = label
        # Its box (which clips what is drawn in it) ends just short of a badge beside it.
        box_width = sides_room + BADGE_GAP - 2 if sides_room < width else width
        self.sides_box = QRect(self.sides_line.topLeft(), QSize(box_width, line_height))

    def full_width(self) -> int:
        """The least row width at which nothing of the row's words is shortened and the badge
        has its first place, beside the sides label, as in every other such row."""
        name = self.name_metrics.horizontalAdvance(self.pose.name)
        sides = self.small_metrics.horizontalAdvance(self.pose.sides_label)
        if self.pose.equipment:
            sides += BADGE_GAP + self._badge_width(equipment_text(self.pose))
        # A QRect's right() is its last column: a row reaching `right` is one wider.
        return self.left + max(name, sides) + MARGIN - self.row_left + 1

    def whole(self) -> bool:
        """Whether the name, the sides label and the badge are all shown unshortened, the
        badge in the place the list gave every badge."""
        badge = self._badge
        return (
            self.name == self.pose.name
            and self.sides == self.pose.sides_label
            and (
                not self.pose.equipment
                or (
                    badge is not None
                    and badge[1] == equipment_text(self.pose)
                    and (self.below or self._beside)
                )
            )
        )

    def badge(self) -> tuple[QRect, str] | None:
        """The badge's box and its text, shortened where the row is too narrow; None for a
        pose without equipment, or a row with no room for a badge at all."""
        return self._badge

    def _place_badge(self, width: int) -> tuple[tuple[QRect, str] | None, int]:
        """The badge (as badge() says it) and the room left for the sides label beside it."""
        if not self.pose.equipment:
            return None, width
        text = equipment_text(self.pose)
        needed = self._badge_width(text)
        line = self.sides_line
        after_sides = self.left + self.small_metrics.horizontalAdvance(self.pose.sides_label)
        after_sides += BADGE_GAP
        if not self.below and after_sides + needed <= self.right:
            self._beside = True
            box = QRect(after_sides, line.top() - 1, needed, line.height() + 2)
            return (box, text), after_sides - BADGE_GAP - self.left
        # On a line of its own, under the sides label, where it has the row's width: the list
        # puts every row's there once one row lacks the room beside it (place_badges).
        if needed > width:
            text = self.small_metrics.elidedText(
                text, Qt.TextElideMode.ElideRight, width - BADGE_PADDING
            )
        box = QRect(
            self.left, line.bottom() + 1 + BELOW_GAP, self._badge_width(text), line.height() + 2
        )
        return (box, text), width

    def _badge_width(self, text: str) -> int:
        return self.small_metrics.horizontalAdvance(text) + BADGE_PADDING
