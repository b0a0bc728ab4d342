"""The pose list: tick the poses to do, drag them into order, see how long it will take."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from stretchplayer.core.i18n import Context
from stretchplayer.core.model import Pose
from stretchplayer.ui import style
from stretchplayer.ui.figures import PoseFigures
from stretchplayer.ui.pictures import PosePictures
from stretchplayer.ui.pose_row import (
    CURRENT_ROLE,
    ID_ROLE,
    POSE_ROLE,
    PoseDelegate,
    row_details,
)

ui_poses = Context("ui_poses")


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


class _PoseView(QListWidget):
    """The list itself, with keyboard ways to do what the mouse does by ticking and dragging.

    Space and the arrow keys drive the session (window shortcuts take them first), so here
    Return ticks or unticks the current pose and Alt+Up/Alt+Down move it. Space never ticks:
    when Start is off (nothing ticked) the shortcut lets it through, and a pose nobody chose
    would be ticked, for the next Space to start.
    """

    moveRequested = Signal(int, int)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.place_badges()

    def place_badges(self) -> None:
        """Where every row's badge goes at this width (see PoseDelegate.place_badges)."""
        delegate = self.itemDelegate()
        if not isinstance(delegate, PoseDelegate):
            return
        rows = []
        for row in range(self.count()):
            index = self.model().index(row, 0)
            option = QStyleOptionViewItem()
            self.initViewItemOption(option)
            option.rect = self.visualRect(index)
            rows.append((option, index))
        if delegate.place_badges(rows):
            self.viewport().update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        key = event.key()
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if item is not None and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            return
        if key == Qt.Key.Key_Space:
            event.ignore()
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

    def __init__(
        self,
        pictures: PosePictures,
        parent: QWidget | None = None,
        figures: PoseFigures | None = None,
    ) -> None:
        super().__init__(parent)
        self._quiet = False
        self._current: str | None = None
        title = QLabel(ui_poses.tr("Your routine"))
        title.setFont(style.sized(self.font(), style.pixels(self.font()) * 1.5, QFont.Weight.Bold))
        hint = QLabel(ui_poses.tr("Tick the poses to do; drag to change the order."))
        hint.setWordWrap(True)
        self._hint = hint
        style.dimmed(hint, self.palette())

        self.view = _PoseView()
        self.view.setObjectName("poseList")
        self.view.setAccessibleName(ui_poses.tr("Poses"))
        self._delegate = PoseDelegate(pictures, self.view, figures)
        self.view.setItemDelegate(self._delegate)
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

        self.all_button = QPushButton(ui_poses.tr("Select all"))
        self.none_button = QPushButton(ui_poses.tr("Select none"))
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        for button in (self.all_button, self.none_button):
            # Tab reaches them (Return presses them: see MainWindow); a click leaves focus
            # where it was.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
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

        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 6, 12)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.estimate)

    def add_header(self, widget: QWidget) -> None:
        """Show `widget` under the title (the routine picker)."""
        self._layout.insertWidget(1, widget)

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
                # Said in full, for a row narrowed until its words are shortened and for a
                # screen reader, which reads the name (the item's text) but not the painting.
                details = row_details(pose)
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, " · ".join(details))
                # The tooltip wraps its lines: each phrase kept whole ("2 yoga blocks").
                whole = " · ".join(phrase.replace(" ", "\u00a0") for phrase in details)
                purpose = f"{pose.purpose}\n\n" if pose.purpose else ""
                item.setToolTip(style.plain_tooltip(purpose + whole))
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
        # A routine picked mid-session lists the poses anew: the one being done stays marked.
        self.set_current(self._current)
        self.view.place_badges()

    def full_width(self) -> int:
        """The width at which every row shows its words and badge unshortened: the rows', and
        the list's own margins, frame and scroll bar."""
        view = self.view
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        model = view.model()
        rows = max(
            (self._delegate.full_width(option, model.index(r, 0)) for r in range(view.count())),
            default=0,
        )
        margins = self._layout.contentsMargins()
        return (
            rows
            + 2 * (view.frameWidth() + view.spacing())
            + view.verticalScrollBar().sizeHint().width()
            + margins.left()
            + margins.right()
        )

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
        # Room for a second line at all times: "from the next session on" comes and goes
        # mid-session, and the list and its buttons must not jump up and down with it. The
        # label measures two lines itself (twice the line spacing was 2 px short).
        self.estimate.setText("X\nX")
        self.estimate.setMinimumHeight(self.estimate.sizeHint().height())
        self.estimate.setText(text)

    def set_current(self, pose_id: str | None) -> None:
        """Mark the pose being done now (None: no session running), and bring it into view."""
        if pose_id is None and self._current is not None:
            # The session over: back to the top, where the next one starts, as the step
            # panel's "Up first" (not on every idle change, which would scroll a list in use).
            self.view.scrollToTop()
        self._current = pose_id
        for i in range(self.view.count()):
            item = self.view.item(i)
            is_current = pose_id is not None and item.data(ID_ROLE) == pose_id
            if bool(item.data(CURRENT_ROLE)) != is_current:
                self._quiet = True
                try:
                    item.setData(CURRENT_ROLE, is_current)
                finally:
                    self._quiet = False
                if is_current:
                    self.view.scrollToItem(item)
        if pose_id is not None and not self.view.hasFocus():
            # A row picked before the session, highlighted, would look like the one being done.
            self.view.clearSelection()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            style.dimmed(self._hint, self.palette())  # a switch between light and dark

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
