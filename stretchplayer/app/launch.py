"""Opening the window: one instance, the language, the theme, the remembered library; then
what the first sight of the window does not need, once it has painted."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, cast

from stretchplayer.app.collector import GuiThreadCollector
from stretchplayer.app.window_app import StretchApp
from stretchplayer.core.fields import Theme
from stretchplayer.core.i18n import Context, grouped
from stretchplayer.core.identity import APP_ID, COMMAND, DISPLAY_NAME
from stretchplayer.core.model import Library
from stretchplayer.core.resources import asset_path

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

app_window = Context("app_window")


def run(library: Library, routine: str | None = None, library_file: Path | None = None) -> int:
    """Open the window and run until it is closed; the process exit status.

    `routine` (from --routine) is chosen instead of the one last used; `library_file` is the
    file `library` came from (--library), None for the built-in one.
    """
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    # The first argument names the X11 window class's instance: "stretchplayer" however the
    # app was started (`python -m stretchplayer` would otherwise make it "__main__.py").
    qt_app = cast("QApplication | None", QApplication.instance()) or QApplication([COMMAND])
    collector = GuiThreadCollector(qt_app)  # from here on, no collection on another thread
    qt_app.setApplicationName(DISPLAY_NAME)
    qt_app.setApplicationDisplayName(DISPLAY_NAME)
    from stretchplayer.ui import translator

    translator.install(qt_app)
    # Wayland's app id and the desktop entry the shell matches the window with.
    QGuiApplication.setDesktopFileName(APP_ID)
    from stretchplayer.desktop.single_instance import SingleInstance
    from stretchplayer.storage import paths

    instance = SingleInstance(paths.instance_lock())
    if not instance.claim():
        print(f"{COMMAND}: " + app_window.tr("already open; showing that window"), file=sys.stderr)
        return 0
    stretch = open_app(qt_app, library, routine, library_file)
    qt_app.aboutToQuit.connect(stretch.voice.shutdown)
    qt_app.aboutToQuit.connect(instance.release)

    def after_first_paint() -> None:
        # Nothing here is needed to see the window; each would delay the first sight of it.
        collector.set_aside_what_exists()
        _set_icon(qt_app)
        instance.listen()
        instance.activated.connect(stretch.window.bring_to_front)
        from stretchplayer.desktop.bus import session_bus

        bus = session_bus()
        if bus is not None:
            stretch.connect_desktop(bus)
            qt_app.aboutToQuit.connect(stretch.disconnect_desktop)

    stretch.window.firstPainted.connect(after_first_paint)
    stretch.window.show()
    code = qt_app.exec()
    collector.stop()
    return code


def open_app(
    qt_app: QApplication, library: Library, routine: str | None, library_file: Path | None
) -> StretchApp:
    """The window and its parts, from the saved settings, the remembered library and the
    routines; every problem with those files is a notice in it, once (the terminal that
    started the window may be long gone, or never shown)."""
    from stretchplayer.storage.settings import load_settings

    settings, warnings = load_settings()
    if library_file is None and settings.library is not None:
        library, warnings = _remembered_library(library, settings.library, warnings)
    _apply_theme(qt_app, settings.theme)
    # Routines' problems are read, and added to these, by StretchApp itself.
    return StretchApp(library, settings, warnings, routine=routine)


def _set_icon(app: QApplication) -> None:
    """The installed theme icon when there is one (scripts/install-desktop.sh), else our own.
    Set once the window has painted: the SVG icon engine costs ~4 ms and 2.5 MiB before it, and
    the desktop takes the icon from the window whenever it changes."""
    from PySide6.QtGui import QIcon

    icon_path = asset_path("stretchplayer.svg")
    fallback = QIcon(str(icon_path)) if icon_path.is_file() else QIcon()
    app.setWindowIcon(QIcon.fromTheme(APP_ID, fallback))


def _remembered_library(
    builtin: Library, path: str, warnings: list[str]
) -> tuple[Library, list[str]]:
    """The pose library opened last time, or the built-in one and a notice saying why not."""
    from stretchplayer.core.library import LibraryError, load_library

    try:
        return load_library(Path(path)), warnings
    except LibraryError as exc:
        n = exc.count  # all of them: only the first MAX_PROBLEMS are kept
        why = (
            str(exc.problems[0])
            if n == 1
            else app_window.tr("%s problems, the first: %s") % (grouped(n), exc.problems[0])
        )
        return builtin, [
            *warnings,
            app_window.tr("Your pose library cannot be used (%s); using the built-in poses.") % why,
        ]


def _apply_theme(app: QApplication, theme: Theme) -> None:
    if theme != "system":  # the default leaves it all to the desktop: nothing to load
        from stretchplayer.ui.theme import apply_theme

        apply_theme(app, theme)
