"""A frame around whatever Tab reached: the style marks a focused button faintly or not at all
(a flat one, the step panel), and someone driving the window by keyboard must see where
they are. A click needs no mark; the mark goes as soon as focus moves any other way."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QWidget

MARGIN = 2  # px around the focused widget


class FocusMark(QFrame):
    """A highlight-coloured box in `window`, over the widget `around` is given. The window
    calls `around` after Tab moves the focus and `clear` when focus moves otherwise or the
    layout changes; no event filter, which would run Python for every event."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focusMark")
        self.setFrameStyle(QFrame.Shape.Box | QFrame.Shadow.Plain)
        self.setLineWidth(2)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        self.hide()

    def around(self, widget: QWidget | None) -> None:
        window = self.parentWidget()
        if widget is None or window is None or not window.isAncestorOf(widget):
            self.clear()
            return
        self.target = widget
        corner = widget.mapTo(window, widget.rect().topLeft())
        box = QRect(corner, widget.size()).adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        self.setGeometry(box.intersected(window.rect()))
        # A plain box is drawn in the text colour: make that the selection colour, which
        # the style keeps visible against the window, light or dark.
        palette = self.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText, window.palette().color(QPalette.ColorRole.Highlight)
        )
        self.setPalette(palette)
        self.raise_()
        self.show()

    def clear(self) -> None:
        self.target = None
        self.hide()
