"""The composition root: the one place where library, settings, speech, controller and window meet.

Everything else receives what it needs from here; nothing below reaches back up. The command
line calls `run` only when a window is wanted, so Qt is never loaded for the other commands.
"""

from __future__ import annotations

import dataclasses
import sys
import time
from collections.abc import Sequence
from datetime import datetime
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from stretchplayer.core.fields import Theme
from stretchplayer.core.model import Library, Pose
from stretchplayer.core.resources import asset_path
from stretchplayer.engine.playback import Clock
from stretchplayer.engine.timeline import Timeline, build_timeline
from stretchplayer.session.controller import SessionController
from stretchplayer.session.pacing import pacing_for
from stretchplayer.session.recorder import SessionRecorder
from stretchplayer.storage.history import History, HistoryError
from stretchplayer.storage.settings import Settings, load_settings, save_settings
from stretchplayer.ui.history_dialog import HistoryDialog
from stretchplayer.ui.main_window import MainWindow
from stretchplayer.ui.preferences import PreferencesDialog
from stretchplayer.voice.wiring import VoiceSystem

PREVIEW_TEXT = "Breathe in slowly. And breathe out. This is how I will guide you."


def selection_to_save(library: Library, ids: Sequence[str]) -> list[str] | None:
    """None when every pose is ticked in the shipped order, so poses added later show up too."""
    return None if list(ids) == list(library.ids) else list(ids)


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
        self.library = library
        self.settings = settings
        # The voice picks its backend by rank (rendered speech, plain say(), silence) and
        # renders in its own thread; the window never waits for it.
        self.voice = VoiceSystem(settings)
        self.controller = SessionController(self.build_timeline(library.poses), clock)
        self.window = MainWindow(
            library,
            self.controller,
            self.build_timeline,
            chosen=settings.selected_poses,
            voice_enabled=settings.voice_enabled,
        )
        self.window.chosenPosesChanged.connect(self._chosen_changed)
        self.window.voiceToggled.connect(self._voice_toggled)
        self.window.preferencesRequested.connect(self.edit_preferences)
        self.voice.attach(self.controller)
        self.voice.notice.connect(self.window.show_notice)
        # Exact speech lengths arrive as renders finish: pace the next session by them.
        self.voice.durationsChanged.connect(
            lambda: self.window.set_timeline_builder(self.build_timeline)
        )
        self.history = history or History()
        self.recorder = SessionRecorder(self._record)
        self.controller.cueReached.connect(lambda cue, stale: self.recorder.reached(cue.t))
        self.controller.stateChanged.connect(self._session_state)
        self.window.historyRequested.connect(self.show_history)
        for warning in [*warnings, *self.history.warnings]:
            self.window.show_notice(warning)

    # -- sessions ------------------------------------------------------------------------------

    def build_timeline(self, poses: Sequence[Pose]) -> Timeline:
        """A session of these poses with the person's pacing, each cue long enough to be said."""
        return build_timeline(poses, pacing_for(self.settings, self.voice.speech_time))

    def _chosen_changed(self, ids: list[str]) -> None:
        self._save(
            dataclasses.replace(self.settings, selected_poses=selection_to_save(self.library, ids))
        )

    # -- history -------------------------------------------------------------------------------

    def _session_state(self, state: str) -> None:
        timeline = self.controller.timeline
        self.recorder.state_changed(state, [s.pose.id for s in timeline.spans], timeline.total)

    def _record(self, started: datetime, seconds: float, poses: list[str], completed: bool) -> None:
        try:
            self.history.record(started, seconds, poses, completed)
        except HistoryError as exc:
            self.window.show_notice(str(exc))

    def show_history(self) -> HistoryDialog:
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
        # The voice reports durationsChanged, and the next session is paced for it.
        self.voice.set_enabled(on)

    # -- preferences ---------------------------------------------------------------------------

    def edit_preferences(self) -> None:
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
        self.window.set_voice_enabled(settings.voice_enabled)
        self.window.set_timeline_builder(self.build_timeline)

    def _save(self, settings: Settings) -> None:
        self.settings = settings
        try:
            save_settings(settings)
        except OSError as exc:
            self.window.show_notice(f"Settings not saved: {exc}")


def run(library: Library) -> int:
    """Open the window and run until it is closed; the process exit status."""
    qt_app = cast("QApplication | None", QApplication.instance()) or QApplication(sys.argv[:1])
    qt_app.setApplicationName("StretchPlayer")
    qt_app.setApplicationDisplayName("StretchPlayer")
    QGuiApplication.setDesktopFileName("stretchplayer")
    icon_path = asset_path("stretchplayer.svg")
    if icon_path.is_file():
        qt_app.setWindowIcon(QIcon(str(icon_path)))
    settings, warnings = load_settings()
    _apply_theme(qt_app, settings.theme)
    stretch = StretchApp(library, settings, warnings)
    qt_app.aboutToQuit.connect(stretch.voice.shutdown)
    stretch.window.show()
    return qt_app.exec()


def _apply_theme(app: QApplication, theme: Theme) -> None:
    # "system" (the default) leaves the scheme to the desktop; "light"/"dark" force one.
    schemes = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}
    if theme in schemes:
        app.styleHints().setColorScheme(schemes[theme])
