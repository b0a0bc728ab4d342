"""The pose list: tick the poses to do, drag them into order, see how long it will take."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from stretchplayer.core.model import Pose
from stretchplayer.ui import style
from stretchplayer.ui.pictures import PosePictures

ID_ROLE = Qt.ItemDataRole.UserRole
POSE_ROLE = Qt.ItemDataRole.UserRole + 1
CURRENT_ROLE = Qt.ItemDataRole.UserRole + 2
THUMB = QSize(64, 54)

Index = QModelIndex | QPersistentModelIndex


def ordered(poses: Sequence[Pose], chosen: Sequence[str] | None) -> list[tuple[Pose, bool]]:
    """The rows to show: the chosen poses in their saved order, then the others as shipped.

    Ids the library no longer has are dropped; if none of the saved ones remain, every pose
    is chosen (as on the very first start).
    """
    by_id = {p.id: p for p in poses}
    picked = [by_id[i] for i in dict.fromkeys(chosen or ()) if i in by_id]
    if not picked:
        return [(p, True) for p in poses]
    rest = [p for p in poses if p not in picked]
    return [(p, True) for p in picked] + [(p, False) for p in rest]


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


class _PoseView(QListWidget):
    """The list itself, with keyboard ways to do what the mouse does by ticking and dragging.

    Space and the arrow keys drive the session (window shortcuts take them first), so here
    Return ticks or unticks the current pose and Alt+Up/Alt+Down move it.
    """

    moveRequested = Signal(int, int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        key = event.key()
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if item is not None and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            return
        if item is not None and alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            row = self.row(item)
            self.moveRequested.emit(row, row + (-1 if key == Qt.Key.Key_Up else 1))
            return
        super().keyPressEvent(event)


class PoseList(QWidget):
    """All poses of the library, the chosen ones ticked, in the order they will be done.

    Signals:
        chosenChanged(ids): the ticked pose ids, in list order, after any tick, untick,
            drag or select all/none.
    """

    chosenChanged = Signal(list)

    def __init__(self, pictures: PosePictures, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quiet = False
        title = QLabel("Your routine")
        title.setFont(style.sized(self.font(), style.pixels(self.font()) * 1.5, QFont.Weight.Bold))
        hint = QLabel("Tick the poses to do; drag to change the order.")
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.view = _PoseView()
        self.view.setObjectName("poseList")
        self.view.setAccessibleName("Poses")
        self.view.setItemDelegate(PoseDelegate(pictures, self.view))
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setUniformItemSizes(True)
        self.view.setSpacing(1)
        self.view.itemChanged.connect(self._item_changed)
        # A drag moves a row; the removal after an insert is the end of any other kind of move.
        self.view.model().rowsMoved.connect(self._rows_changed)
        self.view.model().rowsRemoved.connect(self._rows_changed)
        self.view.moveRequested.connect(self.move_pose)

        self.all_button = QPushButton("Select all")
        self.none_button = QPushButton("Select none")
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        for button in (self.all_button, self.none_button):
            # Clicking must not leave focus on a button where Space would press it again.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addStretch(1)

        self.estimate = QLabel()
        self.estimate.setObjectName("estimate")
        self.estimate.setWordWrap(True)
        self.estimate.setFont(
            style.sized(self.font(), style.pixels(self.font()) * 1.2, QFont.Weight.DemiBold)
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 6, 12)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.estimate)

    # -- contents ------------------------------------------------------------------------------

    def set_poses(self, poses: Sequence[Pose], chosen: Sequence[str] | None = None) -> None:
        """Show these poses; `chosen` (ids, in order) are ticked and come first. No signal."""
        self._quiet = True
        try:
            self.view.clear()
            for pose, ticked in ordered(poses, chosen):
                item = QListWidgetItem(pose.name)
                item.setData(ID_ROLE, pose.id)
                item.setData(POSE_ROLE, pose)
                item.setToolTip(pose.purpose)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                    | Qt.ItemFlag.ItemIsDragEnabled
                )
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                self.view.addItem(item)
            # No row looks selected until someone picks one.
            self.view.setCurrentRow(-1)
            self.view.clearSelection()
        finally:
            self._quiet = False

    def order(self) -> list[str]:
        """Every pose id, ticked or not, as listed."""
        return [str(self.view.item(i).data(ID_ROLE)) for i in range(self.view.count())]

    def chosen_ids(self) -> list[str]:
        """The ticked pose ids, in list order: the session to play."""
        return [
            str(item.data(ID_ROLE))
            for item in (self.view.item(i) for i in range(self.view.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, pose_id: str, checked: bool) -> None:
        for i in range(self.view.count()):
            item = self.view.item(i)
            if item.data(ID_ROLE) == pose_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def move_pose(self, row: int, to: int) -> None:
        """Move the pose at `row` to row `to` (what a drag does), keeping it selected."""
        count = self.view.count()
        if not (0 <= row < count and 0 <= to < count) or row == to:
            return
        self._quiet = True
        try:
            item = self.view.takeItem(row)
            self.view.insertItem(to, item)
            self.view.setCurrentItem(item)
        finally:
            self._quiet = False
        self._emit()

    def set_estimate(self, text: str) -> None:
        self.estimate.setText(text)

    def set_current(self, pose_id: str | None) -> None:
        """Mark the pose being done now (None: no session running)."""
        for i in range(self.view.count()):
            item = self.view.item(i)
            is_current = pose_id is not None and item.data(ID_ROLE) == pose_id
            if bool(item.data(CURRENT_ROLE)) != is_current:
                self._quiet = True
                try:
                    item.setData(CURRENT_ROLE, is_current)
                finally:
                    self._quiet = False

    # -- internals -----------------------------------------------------------------------------

    def _tick_all(self, checked: bool) -> None:
        self._quiet = True
        try:
            for i in range(self.view.count()):
                self.view.item(i).setCheckState(
                    Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                )
        finally:
            self._quiet = False
        self._emit()

    def _item_changed(self, item: QListWidgetItem) -> None:
        if not self._quiet:
            self._emit()

    def _rows_changed(self, *_: object) -> None:
        if not self._quiet:
            self._emit()

    def _emit(self, *_: object) -> None:
        self.chosenChanged.emit(self.chosen_ids())
