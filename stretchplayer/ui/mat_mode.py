"""Mat mode: full screen with nothing but the session, readable from the mat."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

_ESCAPE = QKeySequence(Qt.Key.Key_Escape)


class MatMode(QObject):
    """Switches a window between its usual look and mat mode, and back to how it was.

    Signals:
        toggled(on): mat mode was entered (True) or left (False).
    """

    toggled = Signal(bool)

    def __init__(self, window: QMainWindow, chrome: Sequence[QWidget], stop: QAction) -> None:
        super().__init__(window)
        self._window = window
        self._chrome = list(chrome)
        self._active = False
        self._before = Qt.WindowState.WindowNoState
        self._shown: list[QWidget] = []
        # Esc in mat mode leaves it and the session goes on, as Esc leaves full screen in a
        # video player; it was Stop's, and lost the person's place. While mat mode is on, Esc
        # is lent to `leave` (the Stop button and the Stop media key still stop).
        self._stop = stop
        self._stop_keys = stop.shortcuts()
        self.leave = QAction(self)
        self.leave.setShortcut(_ESCAPE)
        self.leave.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.leave.setEnabled(False)
        self.leave.triggered.connect(lambda: self.set_active(False))
        window.addAction(self.leave)

    @property
    def active(self) -> bool:
        return self._active

    def toggle(self) -> None:
        self.set_active(not self._active)

    def set_active(self, on: bool) -> None:
        if on == self._active:
            return
        self._active = on
        self._stop.setShortcuts([k for k in self._stop_keys if not (on and k == _ESCAPE)])
        self.leave.setEnabled(on)
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
