"""Light, dark or as the desktop is set (Preferences → Theme).

Qt asks the desktop's platform theme for a colour scheme; with no platform theme (a bare X
session, many window managers) the request is ignored and the window stays light. Then the
app sets a palette itself: Fusion's own colours for light, and the dark ones below.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from stretchplayer.core.fields import Theme

_OURS = "stretchplayerPalette"  # an application property: a palette of ours is in place
_SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Show the window in `theme`; "system" hands the choice back to the desktop."""
    hints = app.styleHints()
    wanted = _SCHEMES.get(theme, Qt.ColorScheme.Unknown)
    if wanted is Qt.ColorScheme.Unknown and not app.property(_OURS):
        hints.unsetColorScheme()
        return  # the usual start: nothing to undo, nothing to set
    hints.setColorScheme(wanted)
    ours = wanted is not Qt.ColorScheme.Unknown and hints.colorScheme() != wanted
    if ours:
        app.setPalette(dark_palette() if theme == "dark" else app.style().standardPalette())
    elif app.property(_OURS):
        app.setPalette(QPalette())  # back to the desktop's (or the style's) own
    app.setProperty(_OURS, ours)


def dark_palette() -> QPalette:
    """Dark greys with light text, in the roles Fusion draws with (bevels included), and
    dimmed text for what is disabled. Body text is about 13:1 against the window."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#262626",
        QPalette.ColorRole.WindowText: "#ececec",
        # Lighter than the window, not darker: Fusion draws a tick box in the base colour
        # framed a shade darker than the window, and on a darker base it vanished.
        QPalette.ColorRole.Base: "#383838",
        QPalette.ColorRole.AlternateBase: "#3e3e3e",
        QPalette.ColorRole.Text: "#ececec",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Button: "#3a3a3a",
        QPalette.ColorRole.ButtonText: "#ececec",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Light: "#4a4a4a",
        QPalette.ColorRole.Midlight: "#3e3e3e",
        QPalette.ColorRole.Mid: "#242424",
        QPalette.ColorRole.Dark: "#1a1a1a",
        QPalette.ColorRole.Shadow: "#0a0a0a",
        QPalette.ColorRole.Highlight: "#2f6fab",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#7ab8ff",
        QPalette.ColorRole.LinkVisited: "#c29cf0",
        QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#ececec",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7c7c7c"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight, QColor("#3a3a3a"))
    return palette
