"""The app's first window as stock PySide6 widgets, built by the shortest plain script.

A baseline for the start-up row: what Qt alone costs to build and paint a window that shows
what the app's first window shows (the same kinds and numbers of widgets, texts and type
sizes, seven list rows with 64x54 pictures, a card and a breathing circle drawn in Python, a
menu bar of four menus and their shortcuts), with none of the app's own code: no library,
no session, no pictures read or figures drawn, nothing deferred to do. The app's window
cannot start faster than this one, so the distance between this one and the bare window is
the part of the app's start-up its own code cannot remove.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QIcon,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

POSES = (
    "Supine hamstring stretch",
    "Half split",
    "Seated forward fold",
    "Calf stretch",
    "Standing forward fold",
    "Lizard pose",
    "Pyramid pose",
)
STEPS = (
    "Lie on your back with both knees bent and your feet on the ground, hip-width apart.",
    "Stretch your left leg out along the mat. Flex both feet.",
    "Bend your right knee towards your chest and clasp your hands beneath your right thigh.",
)
MENUS = {
    "&File": ("Open pose library…", "Built-in poses", "Save routine as…"),
    "&Session": ("Start", "Previous pose", "Next pose", "Stop", "Voice", "Preferences…"),
    "&View": ("Mat mode",),
    "&Help": ("Why stretch your hamstrings?", "About StretchPlayer"),
}
KEYS = ("Ctrl+O", "Ctrl+B", "Ctrl+S", "Space", "Left", "Right", "Esc", "V", "Ctrl+,", "F11")


class Drawn(QWidget):
    """A widget that paints a few shapes in Python, as the figure's card and the pacer do."""

    def __init__(self, circle: bool) -> None:
        super().__init__()
        self.circle = circle

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre = QPointF(self.width() / 2, self.height() / 2)
        if self.circle:
            painter.setPen(QPen(QColor("#9cc9bd"), 2, Qt.PenStyle.DashLine))
            painter.drawEllipse(centre, 185, 185)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#178a78"))
            painter.drawEllipse(centre, 90, 90)
            painter.setPen(QColor("white"))
            painter.setFont(QFont(self.font().family(), 28, QFont.Weight.Bold))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "Inhale")
        else:
            painter.fillRect(QRectF(90, 0, self.width() - 180, self.height()), QColor("#eef0f4"))
            pen = QPen(QColor("#4a5a78"), 14)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawPolyline([QPointF(140, 200), QPointF(260, 200), QPointF(360, 205)])
            painter.drawLine(QPointF(230, 200), QPointF(290, 150))
        painter.end()


def label(text: str, pixels: int = 0, bold: bool = False) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(True)
    if pixels:
        font = QFont(widget.font())
        font.setPixelSize(pixels)
        font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        widget.setFont(font)
    return widget


def tool_button(text: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    return button


def left_side() -> QWidget:
    side = QWidget()
    column = QVBoxLayout(side)
    column.addWidget(label("Your routine", 20, bold=True))
    routines = QComboBox()
    routines.addItems(["Your own choice", "Morning"])
    column.addWidget(routines)
    buttons = QHBoxLayout()
    buttons.addWidget(QPushButton("Save as…"))
    buttons.addWidget(tool_button("More"))
    buttons.addStretch(1)
    column.addLayout(buttons)
    column.addWidget(label("Tick the poses to do; drag to change the order."))
    poses = QListWidget()
    poses.setIconSize(QSize(64, 54))
    for i, name in enumerate(POSES):
        picture = QPixmap(64, 54)
        picture.fill(QColor.fromHsv(20 * i, 40, 230))
        item = QListWidgetItem(QIcon(picture), f"{name}\n2 sides × 10 breaths")
        item.setCheckState(Qt.CheckState.Checked if i < 3 else Qt.CheckState.Unchecked)
        item.setSizeHint(QSize(240, 70))
        poses.addItem(item)
    column.addWidget(poses, 1)
    choose = QHBoxLayout()
    choose.addWidget(QPushButton("Select all"))
    choose.addWidget(QPushButton("Select none"))
    choose.addStretch(1)
    column.addLayout(choose)
    column.addWidget(label("3 of 7 poses · about 10 min", 15, bold=True))
    why = QPushButton("Why stretch your hamstrings?")
    why.setFlat(True)
    column.addWidget(why, 0, Qt.AlignmentFlag.AlignLeft)
    return side


def right_side() -> QWidget:
    side = QWidget()
    column = QVBoxLayout(side)
    top = QHBoxLayout()
    names = QVBoxLayout()
    names.addWidget(label("POSE 1 OF 3", 13, bold=True))
    names.addWidget(label(POSES[0], 30, bold=True))
    top.addLayout(names, 1)
    top.addWidget(label("Right side", 20, bold=True))
    column.addLayout(top)
    middle = QHBoxLayout()
    steps = QVBoxLayout()
    card = Drawn(circle=False)
    card.setMinimumSize(478, 263)
    steps.addWidget(card)
    for text in STEPS:
        row = QHBoxLayout()
        row.addWidget(label("✓", 16), 0)
        row.addWidget(label(text, 16), 1)
        steps.addLayout(row)
    middle.addLayout(steps, 3)
    pacer = QVBoxLayout()
    circle = Drawn(circle=True)
    circle.setMinimumSize(382, 396)
    pacer.addWidget(circle)
    pacer.addWidget(label("Breath 4 of 10", 22, bold=True), 0, Qt.AlignmentFlag.AlignHCenter)
    middle.addLayout(pacer, 2)
    column.addLayout(middle, 1)
    column.addWidget(label("Release", 32, bold=True), 0, Qt.AlignmentFlag.AlignHCenter)
    column.addWidget(
        label("Press your right leg into your hands for 3 seconds, then release. Repeat.", 19)
    )
    return side


def bottom_bar() -> QWidget:
    bar = QWidget()
    column = QVBoxLayout(bar)
    progress = Drawn(circle=False)
    progress.setFixedHeight(26)
    column.addWidget(progress)
    row = QHBoxLayout()
    row.addWidget(label("1:11", 19, bold=True))
    row.addStretch(1)
    for text in ("Previous pose", "Pause", "Next pose", "Stop"):
        button = tool_button(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setMinimumHeight(40)
        row.addWidget(button)
    row.addStretch(1)
    row.addWidget(tool_button("Voice on"))
    row.addWidget(label("\N{MINUS SIGN}9:10", 19, bold=True))
    column.addLayout(row)
    return bar


def replica_window() -> QMainWindow:
    window = QMainWindow()
    window.setWindowTitle("Supine hamstring stretch — StretchPlayer")
    keys = iter(KEYS)
    for title, names in MENUS.items():
        menu = window.menuBar().addMenu(title)
        for name in names:
            action = QAction(name, window)
            key = next(keys, None)
            if key is not None:
                action.setShortcut(QKeySequence(key))
            menu.addAction(action)
            window.addAction(action)
    body = QWidget()
    column = QVBoxLayout(body)
    split = QSplitter()
    split.addWidget(left_side())
    split.addWidget(right_side())
    split.setSizes([330, 950])
    column.addWidget(split, 1)
    column.addWidget(bottom_bar())
    window.setCentralWidget(body)
    window.statusBar().showMessage("")
    window.resize(1280, 800)
    window.show()
    return window
