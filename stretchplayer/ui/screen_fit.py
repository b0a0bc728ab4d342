"""First sizes that fit the screen: a window or dialog opens whole, its buttons on screen, on a
1366×768 laptop, a 1024×600 netbook or a 1920×1080 screen at 150 %, not only on a big one."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

# Room for what the window manager adds (the frame is not known before the first show, so a
# generous guess at a title bar). No width: side borders are a pixel or two, and a window as
# wide as the screen loses nothing to them.
FRAME = QSize(0, 48)


def room(widget: QWidget) -> QSize:
    """The room on the screen the widget will open on, less the window frame."""
    screen = widget.screen()
    available = screen.availableGeometry().size()
    return QSize(
        max(1, available.width() - FRAME.width()), max(1, available.height() - FRAME.height())
    )


def fit(widget: QWidget, preferred: QSize, minimum: QSize | None = None) -> None:
    """Resize `widget` to `preferred`, or to the room the screen has when that is less; and a
    minimum size, if given, never over that room."""
    space = room(widget)
    if minimum is not None:
        widget.setMinimumSize(minimum.boundedTo(space))
    widget.resize(preferred.boundedTo(space))
