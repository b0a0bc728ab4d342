"""Mat mode: full screen with nothing but the session, readable from the mat."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMainWindow, QWidget


class MatMode(QObject):
    """Switches a window between its usual look and mat mode, and back to how it was.

    Signals:
        toggled(on): mat mode was entered (True) or left (False).
    """

    toggled = Signal(bool)

    def __init__(self, window: QMainWindow, chrome: Sequence[QWidget]) -> None:
        super().__init__(window)
        self._window = window
        self._chrome = list(chrome)
        self._active = False
        self._before = Qt.WindowState.WindowNoState
        self._shown: list[QWidget] = []

    @property
    def active(self) -> bool:
        return self._active

    def toggle(self) -> None:
        self.set_active(not self._active)

    def set_active(self, on: bool) -> None:
        if on == self._active:
            return
        self._active = on
        window = self._window
        if on:
            self._before = window.windowState()
            # Remember what was visible so leaving restores it exactly (a hidden status bar
            # stays hidden).
            self._shown = [w for w in self._chrome if not w.isHidden()]
            for widget in self._shown:
                widget.hide()
            window.showFullScreen()
        else:
            for widget in self._shown:
                widget.show()
            if self._before & Qt.WindowState.WindowMaximized:
                window.showMaximized()
            else:
                window.showNormal()
        self.toggled.emit(on)
