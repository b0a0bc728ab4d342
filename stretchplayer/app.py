"""The composition root: the one place where library, settings, voice, session and window meet.

Everything else receives what it needs from here; nothing below reaches back up. The command
line calls `run` only when a window is wanted and `play_headless` for `play --text`; the
widgets are imported inside the window's code, so the headless player never loads them.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject

from stretchplayer.core import wording
from stretchplayer.core.fields import Theme
from stretchplayer.core.identity import APP_ID, COMMAND, DISPLAY_NAME
from stretchplayer.core.model import Library
from stretchplayer.core.resources import asset_path
from stretchplayer.engine.playback import Clock, State
from stretchplayer.engine.timeline import Cue, Timeline, build_timeline
from stretchplayer.session.controller import SessionController
from stretchplayer.session.narration import Narrator, Policy
from stretchplayer.session.pacing import pacing_for
from stretchplayer.session.planner import SessionPlanner
from stretchplayer.session.recorder import SessionRecorder
from stretchplayer.storage.history import History, HistoryError
from stretchplayer.storage.settings import Settings, save_settings
from stretchplayer.voice.voice_system import VoiceSystem

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection
    from PySide6.QtWidgets import QApplication

    from stretchplayer.desktop.inhibit import ScreenInhibitor
    from stretchplayer.desktop.mpris import MprisService
    from stretchplayer.ui.history_dialog import HistoryDialog

PREVIEW_TEXT = "Breathe in slowly. And breathe out. This is how I will guide you."


def selection_to_save(library: Library, ids: Sequence[str]) -> list[str] | None:
    """None when every pose is ticked in the shipped order, so poses added later show up too."""
    return None if list(ids) == list(library.ids) else list(ids)


def connect_narration(controller: SessionController, narrator: Narrator) -> None:
    """The narrator hears each cue and each change of state, and keeps its own pause state."""
    controller.cueReached.connect(narrator.on_cue)
    controller.stateChanged.connect(narrator.on_state)


class StretchApp:
    """One running StretchPlayer: owns the settings and connects the parts to each other."""

    def __init__(
        self,
        library: Library,
        settings: Settings,
        warnings: Sequence[str] = (),
        clock: Clock = time.monotonic,
        history: History | None = None,
    ) -> None:
        from stretchplayer.ui.main_window import MainWindow

        self.library = library
        self.settings = settings
        # The voice picks its backend by rank (rendered speech, plain say(), silence) and
        # renders in its own thread; the window never waits for it.
        self.voice = VoiceSystem(settings)
        self.narrator = Narrator(self.voice, Policy.from_settings(settings))
        self.controller = SessionController(build_timeline(library.poses), clock)
        connect_narration(self.controller, self.narrator)
        self.planner = SessionPlanner(
            self.controller, self.voice, self.narrator, pacing_for(settings)
        )
        # Exact speech lengths arrive as renders finish: pace the next session by them.
        self.voice.durationsChanged.connect(self.planner.replan_soon)
        self.narrator.policyChanged.connect(self.planner.replan_soon)
        self.window = MainWindow(
            library,
            self.controller,
            self.planner,
            chosen=settings.selected_poses,
            voice_enabled=settings.voice_enabled,
        )
        self.planner.set_poses(library.select(self.window.chosen_ids()))
        self.window.chosenPosesChanged.connect(self._chosen_changed)
        self.window.voiceToggled.connect(self._voice_toggled)
        self.window.preferencesRequested.connect(self.edit_preferences)
        self.voice.notice.connect(self.window.show_notice)
        self.history = history or History()
        self.recorder = SessionRecorder(self._record)
        self.controller.cueReached.connect(lambda cue, stale: self.recorder.reached(cue.t))
        self.controller.stateChanged.connect(self._session_state)
        self.window.historyRequested.connect(self.show_history)
        for warning in [*warnings, *self.history.warnings]:
            self.window.show_notice(warning)
        self.mpris: MprisService | None = None  # connect_desktop
        self.inhibitor: ScreenInhibitor | None = None

    # -- desktop: media controls (MPRIS), the screen kept awake ---------------------------------

    def connect_desktop(self, bus: QDBusConnection) -> None:
        from stretchplayer.desktop.inhibit import ScreenInhibitor
        from stretchplayer.desktop.mpris import MprisService
        from stretchplayer.desktop.notify import Notifier

        self.mpris = MprisService(
            self.controller, self.planner, bus, self._raise_window, self._quit
        )
        self.mpris.register()
        self.inhibitor = ScreenInhibitor(bus, self.settings.keep_awake)
        self.controller.stateChanged.connect(self.inhibitor.state_changed)
        self.notifier = Notifier(bus)
        self.controller.finished.connect(self._finished_out_of_sight)

    def disconnect_desktop(self) -> None:
        if self.inhibitor is not None:
            self.inhibitor.release()
        if self.mpris is not None:
            self.mpris.unregister()

    def _finished_out_of_sight(self) -> None:
        if not self.window.isVisible() or self.window.isMinimized():
            self.notifier.notify("Session complete", wording.WELL_DONE)

    def _quit(self) -> None:
        self.window.close()

    def _raise_window(self) -> None:
        self.window.showNormal() if self.window.isMinimized() else self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    # -- sessions ------------------------------------------------------------------------------

    def _chosen_changed(self, ids: list[str]) -> None:
        self.planner.set_poses(self.library.select(ids))
        self._save(
            dataclasses.replace(self.settings, selected_poses=selection_to_save(self.library, ids))
        )

    # -- history -------------------------------------------------------------------------------

    def _session_state(self, state: State) -> None:
        timeline = self.controller.timeline
        self.recorder.state_changed(state, [s.pose.id for s in timeline.spans], timeline.total)

    def _record(self, started: datetime, seconds: float, poses: list[str], completed: bool) -> None:
        try:
            self.history.record(started, seconds, poses, completed)
        except HistoryError as exc:
            self.window.show_notice(str(exc))

    def show_history(self) -> HistoryDialog:
        from PySide6.QtCore import Qt

        from stretchplayer.ui.history_dialog import HistoryDialog

        try:
            streak, sessions = self.history.streak(), self.history.sessions(limit=100)
        except HistoryError as exc:
            self.window.show_notice(str(exc))
            streak, sessions = 0, []
        dialog = HistoryDialog(streak, sessions, self.library.about.advice, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # -- voice ---------------------------------------------------------------------------------

    def _voice_toggled(self, on: bool) -> None:
        self._save(dataclasses.replace(self.settings, voice_enabled=on))
        # The voice reports durationsChanged, and the planner paces the next session for it.
        self.voice.set_enabled(on)

    # -- preferences ---------------------------------------------------------------------------

    def edit_preferences(self) -> None:
        from stretchplayer.ui.preferences import PreferencesDialog

        def preview(edited: Settings) -> None:
            self.voice.configure(edited.voice_id, edited.voice_rate, edited.voice_volume)
            self.voice.preview(PREVIEW_TEXT)

        edited = PreferencesDialog.edit(self.settings, self.voice.voices(), preview, self.window)
        if edited is None or edited == self.settings:
            self.voice.apply_settings(self.settings)  # undo what a preview changed
            return
        self.apply_settings(edited)

    def apply_settings(self, settings: Settings) -> None:
        """Keep new settings: save them, reconfigure the voice, pace the next session anew."""
        self._save(settings)
        self.voice.apply_settings(settings)
        self.narrator.set_policy(Policy.from_settings(settings))
        self.planner.set_pacing(pacing_for(settings))
        self.window.set_voice_enabled(settings.voice_enabled)
        if self.inhibitor is not None:
            self.inhibitor.set_enabled(settings.keep_awake)

    def _save(self, settings: Settings) -> None:
        self.settings = settings
        try:
            save_settings(settings)
        except OSError as exc:
            self.window.show_notice(f"Settings not saved: {exc}")


def run(library: Library) -> int:
    """Open the window and run until it is closed; the process exit status."""
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    from stretchplayer.storage.settings import load_settings

    # The first argument names the X11 window class's instance: "stretchplayer" however the
    # app was started (`python -m stretchplayer` would otherwise make it "__main__.py").
    qt_app = cast("QApplication | None", QApplication.instance()) or QApplication([COMMAND])
    qt_app.setApplicationName(DISPLAY_NAME)
    qt_app.setApplicationDisplayName(DISPLAY_NAME)
    # Wayland's app id and the desktop entry the shell matches the window with.
    QGuiApplication.setDesktopFileName(APP_ID)
    # The installed theme icon when there is one (scripts/install-desktop.sh), else our own.
    icon_path = asset_path("stretchplayer.svg")
    fallback = QIcon(str(icon_path)) if icon_path.is_file() else QIcon()
    qt_app.setWindowIcon(QIcon.fromTheme(APP_ID, fallback))
    settings, warnings = load_settings()
    _apply_theme(qt_app, settings.theme)
    stretch = StretchApp(library, settings, warnings)
    qt_app.aboutToQuit.connect(stretch.voice.shutdown)
    from stretchplayer.desktop.bus import session_bus

    bus = session_bus()
    if bus is not None:
        stretch.connect_desktop(bus)
        qt_app.aboutToQuit.connect(stretch.disconnect_desktop)
    stretch.window.show()
    return qt_app.exec()


def play_headless(
    timeline: Timeline,
    speed: float,
    show: Callable[[Cue, bool], None],
    voice: Settings | None = None,
    notice: Callable[[str], None] = print,
    starting: Callable[[], object] = lambda: None,
) -> None:
    """Play a session without a window until it ends: `show` sees every cue as it fires.

    With `voice` (the person's settings), the same voice as the window's speaks in its own
    thread, so the timing stays exact; `notice` hears what it has to say about itself.
    `starting` is called the moment before the session starts, after all the setting up.
    """
    app = QCoreApplication.instance() or QCoreApplication([])
    controller = SessionController(timeline, time.monotonic, speed)
    sound: VoiceSystem | None = None
    if voice is not None:
        sound = VoiceSystem(dataclasses.replace(voice, voice_enabled=True), cast("QObject", app))
        sound.notice.connect(notice)
        connect_narration(
            controller, Narrator(sound, Policy.from_settings(voice, voice=True), sound)
        )
    controller.cueReached.connect(show)
    controller.finished.connect(app.quit)
    starting()
    controller.start()
    app.exec()
    if sound is not None:
        sound.shutdown()


def _apply_theme(app: QApplication, theme: Theme) -> None:
    from PySide6.QtCore import Qt

    # "system" (the default) leaves the scheme to the desktop; "light"/"dark" force one.
    schemes = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}
    if theme in schemes:
        app.styleHints().setColorScheme(schemes[theme])
