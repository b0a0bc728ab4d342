"""The main window's actions: their names, keys and tooltips, the menus, the transport's icons.

The window decides what each action does (it connects `triggered`); this module decides how
the person reaches it, so every key and menu entry is listed in one place.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import QMenuBar, QWidget

from stretchplayer.core.i18n import Context
from stretchplayer.ui import icons

ui_actions = Context("ui_actions")
ui_routines = Context("ui_routines")  # the routine bar's own words, for its submenu's title

Keys = Sequence[QKeySequence | QKeySequence.StandardKey | str]

# The routine bar's Save as…, Rename… and Delete…. Delete gets no bare Del: that key would
# act on the routine while the focus (and the eye) is on a pose in the list, and Return,
# which ticks poses there, would then answer the question. Ctrl+Shift+Del is not pressed by
# accident; Shift+Del is Cut in Qt's own keys.
ROUTINE_KEYS: tuple[Keys, Keys, Keys] = (
    [QKeySequence.StandardKey.SaveAs],  # Ctrl+Shift+S
    ["F2"],  # rename, as in file managers
    ["Ctrl+Shift+Del"],
)


def window_action(
    window: QWidget, text: str, keys: Keys, tip: str = "", checkable: bool = False
) -> QAction:
    action = QAction(text, window)
    give_keys(window, action, keys)
    action.setCheckable(checkable)
    if tip:
        action.setToolTip(tip)
    return action


def give_keys(window: QWidget, action: QAction, keys: Keys) -> None:
    sequences = [k if isinstance(k, QKeySequence) else QKeySequence(k) for k in keys]
    # A standard key this platform has no binding for is an empty sequence; first in the
    # list, it was what the menu showed (Preferences had no key beside it, not Ctrl+,).
    action.setShortcuts([s for s in sequences if not s.isEmpty()])
    # Window context and added to the window itself: the keys work whatever has focus
    # (the pose list included) and still work in mat mode with the menu bar hidden.
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    window.addAction(action)


def _key(key: Qt.Key) -> QKeySequence:
    return QKeySequence(key)


class WindowActions:
    """Every action of the main window, each with its keys, added to `window`."""

    def __init__(self, window: QWidget) -> None:
        self._icons_shown: tuple[int, int, bool, bool] | None = None  # what show_state drew
        # Media keys (keyboards, headsets) reach the window when the desktop does not take
        # them for its media controls, which then drive the session over MPRIS instead.
        media = Qt.Key
        self.play = window_action(
            window,
            ui_actions.tr("Start"),
            ["Space", _key(media.Key_MediaPlay), _key(media.Key_MediaTogglePlayPause)],
            ui_actions.tr("Start or pause the session (Space)"),
        )
        self.pause = window_action(window, ui_actions.tr("Pause"), [_key(media.Key_MediaPause)])
        self.previous = window_action(
            window,
            ui_actions.tr("Previous pose"),
            ["Left", "PgUp", _key(media.Key_MediaPrevious)],
            ui_actions.tr("Previous pose (Left or Page Up)"),
        )
        self.next = window_action(
            window,
            ui_actions.tr("Next pose"),
            ["Right", "PgDown", _key(media.Key_MediaNext)],
            ui_actions.tr("Next pose (Right or Page Down)"),
        )
        self.stop = window_action(
            window,
            ui_actions.tr("Stop"),
            ["Esc", _key(media.Key_MediaStop)],
            ui_actions.tr("Stop and go back to the start (Esc)"),
        )
        self.voice = window_action(
            window,
            ui_actions.tr("Voice"),
            ["V"],
            ui_actions.tr("Voice on or off (V)"),
            checkable=True,
        )
        self.mat = window_action(
            window,
            ui_actions.tr("Mat mode"),
            ["F11"],
            ui_actions.tr("Full screen, big type, for the mat (F11)"),
            checkable=True,
        )
        self.preferences = window_action(
            window, ui_actions.tr("Preferences…"), [QKeySequence.StandardKey.Preferences, "Ctrl+,"]
        )
        self.history = window_action(window, ui_actions.tr("History…"), ["Ctrl+H"])
        self.open_library = window_action(
            window, ui_actions.tr("Open pose library…"), [QKeySequence.StandardKey.Open]
        )
        self.builtin_library = window_action(window, ui_actions.tr("Use the built-in poses"), [])
        self.quit = window_action(window, ui_actions.tr("Quit"), ["Ctrl+Q"])
        self.about = window_action(
            window, ui_actions.tr("Why stretch? (About)"), [QKeySequence.StandardKey.HelpContents]
        )
        self.routine: list[QAction] = []  # the routine bar's, once take_routine_actions has them

    def take_routine_actions(self, window: QWidget, actions: Sequence[QAction]) -> None:
        """Keys for the routine bar's Save as…, Rename… and Delete…, and a File menu entry.

        The bar's own More menu shows their keys; its Save as… button says its key in the
        tooltip, as the transport's buttons do.
        """
        self.routine = list(actions)
        for action, keys in zip(self.routine, ROUTINE_KEYS, strict=True):
            give_keys(window, action, keys)
        save = self.routine[0]
        key = save.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        save.setToolTip(f"{save.toolTip()} ({key})")

    def fill_menus(self, menus: QMenuBar) -> None:
        files = menus.addMenu(ui_actions.tr("&File"))
        files.addActions([self.open_library, self.builtin_library])
        if self.routine:
            files.addSeparator()
            files.addMenu(ui_routines.tr("Routine")).addActions(self.routine)
        # Where desktop apps keep it, and where people look first for it.
        files.addSeparator()
        files.addAction(self.quit)
        session = menus.addMenu(ui_actions.tr("&Session"))
        session.addActions([self.play, self.previous, self.next, self.stop])
        session.addSeparator()
        session.addAction(self.voice)
        session.addAction(self.preferences)
        session.addAction(self.history)
        view = menus.addMenu(ui_actions.tr("&View"))
        view.addAction(self.mat)
        help_menu = menus.addMenu(ui_actions.tr("&Help"))
        help_menu.addAction(self.about)

    def show_state(self, palette: QPalette, running: bool) -> None:
        """Icons in the current text colour, showing what each button does now."""
        color = palette.color(QPalette.ColorRole.ButtonText)
        disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
        voice = self.voice.isChecked()
        state = (color.rgba(), disabled.rgba(), running, voice)
        if state == self._icons_shown:
            return  # a new icon would still make each button lay itself out again
        self._icons_shown = state
        for action, kind in (
            (self.play, "pause" if running else "play"),
            (self.previous, "previous"),
            (self.next, "next"),
            (self.stop, "stop"),
            (self.voice, "voice-on" if voice else "voice-off"),
        ):
            action.setIcon(icons.icon(kind, color, disabled))
        on, off = ui_actions.tr("Voice on"), ui_actions.tr("Voice off")
        self.voice.setText(on if voice else off)
