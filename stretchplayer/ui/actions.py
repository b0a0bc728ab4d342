"""The main window's actions: their names, keys and tooltips, the menus, the transport's icons.

The window decides what each action does (it connects `triggered`); this module decides how
the person reaches it, so every key and menu entry is listed in one place.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import QMenuBar, QWidget

from stretchplayer.ui import icons

Keys = Sequence[QKeySequence | QKeySequence.StandardKey | str]


def window_action(
    window: QWidget, text: str, keys: Keys, tip: str = "", checkable: bool = False
) -> QAction:
    action = QAction(text, window)
    action.setShortcuts([k if isinstance(k, QKeySequence) else QKeySequence(k) for k in keys])
    # Window context and added to the window itself: the keys work whatever has focus
    # (the pose list included) and still work in mat mode with the menu bar hidden.
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setCheckable(checkable)
    if tip:
        action.setToolTip(tip)
    window.addAction(action)
    return action


def _key(key: Qt.Key) -> QKeySequence:
    return QKeySequence(key)


class WindowActions:
    """Every action of the main window, each with its keys, added to `window`."""

    def __init__(self, window: QWidget) -> None:
        # Media keys (keyboards, headsets) reach the window when the desktop does not take
        # them for its media controls, which then drive the session over MPRIS instead.
        media = Qt.Key
        self.play = window_action(
            window,
            "Start",
            ["Space", _key(media.Key_MediaPlay), _key(media.Key_MediaTogglePlayPause)],
            "Start or pause the session (Space)",
        )
        self.pause = window_action(window, "Pause", [_key(media.Key_MediaPause)])
        self.previous = window_action(
            window,
            "Previous pose",
            ["Left", "PgUp", _key(media.Key_MediaPrevious)],
            "Previous pose (Left or Page Up)",
        )
        self.next = window_action(
            window,
            "Next pose",
            ["Right", "PgDown", _key(media.Key_MediaNext)],
            "Next pose (Right or Page Down)",
        )
        self.stop = window_action(
            window,
            "Stop",
            ["Esc", _key(media.Key_MediaStop)],
            "Stop and go back to the start (Esc)",
        )
        self.voice = window_action(window, "Voice", ["V"], "Voice on or off (V)", checkable=True)
        self.mat = window_action(
            window, "Mat mode", ["F11"], "Full screen, big type, for the mat (F11)", checkable=True
        )
        self.preferences = window_action(
            window, "Preferences…", [QKeySequence.StandardKey.Preferences, "Ctrl+,"]
        )
        self.history = window_action(window, "History…", ["Ctrl+H"])
        self.quit = window_action(window, "Quit", ["Ctrl+Q"])
        self.about = window_action(
            window, "Why stretch? (About)", [QKeySequence.StandardKey.HelpContents]
        )

    def fill_menus(self, menus: QMenuBar) -> None:
        session = menus.addMenu("&Session")
        session.addActions([self.play, self.previous, self.next, self.stop])
        session.addSeparator()
        session.addAction(self.voice)
        session.addAction(self.preferences)
        session.addAction(self.history)
        session.addSeparator()
        session.addAction(self.quit)
        view = menus.addMenu("&View")
        view.addAction(self.mat)
        help_menu = menus.addMenu("&Help")
        help_menu.addAction(self.about)

    def show_state(self, palette: QPalette, running: bool) -> None:
        """Icons in the current text colour, showing what each button does now."""
        color = palette.color(QPalette.ColorRole.ButtonText)
        disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
        voice = self.voice.isChecked()
        for action, kind in (
            (self.play, "pause" if running else "play"),
            (self.previous, "previous"),
            (self.next, "next"),
            (self.stop, "stop"),
            (self.voice, "voice-on" if voice else "voice-off"),
        ):
            action.setIcon(icons.icon(kind, color, disabled))
        self.voice.setText("Voice on" if voice else "Voice off")
