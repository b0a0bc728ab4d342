"""A dialog that frames what Tab reached, as the main window does: the style's own focus
outline is faint or missing (a default button looks the same focused or not), and a person
working the dialog by keyboard must see where they are."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDialog, QWidget

from stretchplayer.ui.keyboard import KeyboardPaths


class MarkedDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keyboard = KeyboardPaths(self, [])  # Tab's order: the layout's own

    def focus_marked(self) -> QWidget | None:
        """The widget the frame is round, if it shows (for tests)."""
        mark = self._keyboard.mark
        return mark.target if mark.isVisible() else None

    def focusNextPrevChild(self, next: bool) -> bool:
        moved = super().focusNextPrevChild(next)
        self._keyboard.tabbed()
        return moved

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._keyboard.clear()  # the frame stood where the widget was
