"""The window without a mouse: Tab's path through the controls, Return on the button Tab
reached, and a frame around it (ui/focus_mark.py). Space and the session's keys are window
shortcuts (ui/actions.py); they take their keys before any focused control."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from stretchplayer.ui.focus_mark import FocusMark

_RETURN = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class KeyboardPaths(QObject):
    """Sets Tab's order along `path` in `window`. The window passes on what Qt gives it only
    through its own virtuals: `tabbed` after focusNextPrevChild, `press` from keyPressEvent,
    `clear` when its layout moves. A child of the window, so the app's focusChanged
    forgets it with the window."""

    def __init__(self, window: QWidget, path: Sequence[QWidget]) -> None:
        super().__init__(window)
        for first, second in itertools.pairwise(path):
            QWidget.setTabOrder(first, second)
        self.mark = FocusMark(window)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)

    def tabbed(self) -> None:
        """Tab or Shift+Tab moved the focus: frame where it went."""
        self.mark.around(QApplication.focusWidget())

    def press(self, event: QKeyEvent) -> bool:
        """Return on a button Tab reached presses it (outside a dialog, buttons leave Return
        to their window); True if it did."""
        focused = QApplication.focusWidget()
        if event.key() in _RETURN and isinstance(focused, QAbstractButton):
            if focused.isEnabled():
                focused.animateClick()
            return True
        return False

    def clear(self) -> None:
        self.mark.clear()

    def _focus_changed(self, old: QWidget | None, now: QWidget | None) -> None:
        if now is not self.mark.target:
            self.mark.clear()  # a click, or another window: no mark
