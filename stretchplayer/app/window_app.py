"""StretchApp: one running window, and what it does with what the window reports."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Collection, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from stretchplayer.app.wiring import connect_narration, selection_to_save
from stretchplayer.core import wording
from stretchplayer.core.i18n import QT_TRANSLATE_NOOP, Context
from stretchplayer.core.model import Library, Pose
from stretchplayer.engine.playback import Clock
from stretchplayer.engine.timeline import build_timeline
from stretchplayer.session.controller import SessionController
from stretchplayer.session.narration import Narrator, Policy
from stretchplayer.session.pacing import pacing_for
from stretchplayer.session.planner import SessionPlanner
from stretchplayer.session.recorder import SessionRecorder
from stretchplayer.storage.routines import (
    Routine,
    RoutineError,
    builtin_name,
    checked_name,
    delete_routine,
    find_routine,
    load_routines,
    missing_poses,
    put_routine,
    rename_routine,
    save_routines,
    unreadable_names,
    with_builtin,
)
from stretchplayer.storage.settings import Settings, save_settings
from stretchplayer.voice.voice_system import VoiceSystem

app_window = Context("app_window")

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection
    from PySide6.QtWidgets import QWidget

    from stretchplayer.desktop.inhibit import ScreenInhibitor
    from stretchplayer.desktop.mpris import MprisService
    from stretchplayer.storage.history import History
    from stretchplayer.ui.history_dialog import HistoryDialog

SESSIONS_SHOWN = 100  # in History's table; `stretchplayer history` lists every one

PREVIEW_TEXT = QT_TRANSLATE_NOOP(
    "app_window", "Breathe in slowly. And breathe out. This is how I will guide you."
)


class StretchApp:
    """One running StretchPlayer: owns the settings and connects the parts to each other."""

    def __init__(
        self,
        library: Library,
        settings: Settings,
        warnings: Sequence[str] = (),
        clock: Clock = time.monotonic,
        history: History | None = None,
        routine: str | None = None,
    ) -> None:
        from stretchplayer.ui.main_window import MainWindow

        self.library = library
        self.settings = settings
        self.saved_routines, routine_warnings = load_routines()
        self.routine: Routine | None = None
        notices = [*warnings, *routine_warnings]
        wanted = routine if routine is not None else settings.routine
        if wanted is not None:
            try:
                self.routine = find_routine(self.routines(), wanted)
            except RoutineError:
                notices.append(
                    app_window.tr('The routine "%s" is gone; showing your last poses.') % wanted
                )
        if self.routine is not None:
            settings = dataclasses.replace(
                settings, selected_poses=self._present(self.routine, notices)
            )
        # The voice picks its backend by rank (rendered speech, plain say(), silence) and
        # renders in its own thread; the window never waits for it, not even to start: it
        # starts once the window has painted (until then it plans with safe estimates).
        self.voice = VoiceSystem(settings, start=False)
        self.narrator = Narrator(self.voice, Policy.from_settings(settings))
        # The controller always holds a session: until the planner plans the ticked poses
        # (below, before the window shows), the first pose alone stands in. The whole routine,
        # built here and then again by the planner, cost ~4 ms of every start.
        self.controller = SessionController(build_timeline(library.poses[:1]), clock)
        connect_narration(self.controller, self.narrator)
        self.planner = SessionPlanner(
            self.controller, self.voice, self.narrator, pacing_for(self._session_settings())
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
        self.window.set_reduce_motion(settings.reduce_motion)
        if self.routine is None:
            # A first start ticks every pose in the library's order: that is the built-in
            # routine, and the picker names it rather than calling it the person's own choice.
            self.routine = self._builtin_if_every_pose(self.window.chosen_ids())
        self.window.firstPainted.connect(self.voice.start)
        self.planner.set_poses(self._poses(self.window.chosen_ids()))
        self.window.chosenPosesChanged.connect(self._chosen_changed)
        self.window.voiceToggled.connect(self._voice_toggled)
        self.window.preferencesRequested.connect(self.edit_preferences)
        self.voice.notice.connect(self.window.show_notice)
        # Opened once the window has painted (sqlite and the file's checks cost ~15 ms).
        self._history = history
        self.recorder = SessionRecorder(self._record)
        self.controller.stateChanged.connect(self.recorder.state_changed)
        self.controller.sessionEnded.connect(self.recorder.ended)
        self.window.historyRequested.connect(self.show_history)
        self.window.libraryRequested.connect(self.open_library)
        self.window.restore_layout_state(settings.window_geometry, settings.splitter_sizes)
        self.window.closing.connect(self._remember_layout)
        bar = self.window.routine_bar
        bar.chosen.connect(self.choose_routine)
        bar.saveRequested.connect(self.save_routine)
        bar.unreadable = unreadable_names
        bar.renameRequested.connect(self.rename_routine)
        bar.deleteRequested.connect(self.delete_routine)
        self._show_routines()
        if routine is not None and routine != settings.routine:
            self._save(dataclasses.replace(self.settings, routine=routine))
        self.window.show_notices(notices)
        self.window.firstPainted.connect(self._open_history)
        self.mpris: MprisService | None = None  # connect_desktop
        self.inhibitor: ScreenInhibitor | None = None

    # -- desktop: media controls (MPRIS), the screen kept awake ---------------------------------

    def connect_desktop(self, bus: QDBusConnection) -> None:
        from stretchplayer.desktop.inhibit import ScreenInhibitor
        from stretchplayer.desktop.mpris import MprisService
        from stretchplayer.desktop.notify import Notifier

        self.mpris = MprisService(
            self.controller,
            self.planner,
            bus,
            self._raise_window,
            self._quit,
            stop=self.window.stop_action.trigger,  # as the window's Stop: leaves mat mode too
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
            self.notifier.notify(app_window.tr("Session complete"), wording.well_done())

    def _quit(self) -> None:
        self.window.close()

    def _raise_window(self) -> None:
        self.window.showNormal() if self.window.isMinimized() else self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    # -- sessions ------------------------------------------------------------------------------

    def _chosen_changed(self, ids: list[str]) -> None:
        routine = self.routine
        if routine is None or ids != routine.poses:
            # Ticked or moved by hand: the person's own choice now, at the usual pacing;
            # or, every pose in the library's order again, the built-in routine.
            pacing = pacing_for(self._session_settings())
            self.routine = self._builtin_if_every_pose(ids)
            if self.routine != routine:
                self._show_routines()
                # Only a routine's own pacing replans here: set_poses below plans anyway,
                # and planning the old poses first would only be work thrown away.
                now = pacing_for(self._session_settings())
                if now != pacing:
                    self.planner.set_pacing(now)
        self.planner.set_poses(self._poses(ids))
        self._save(
            dataclasses.replace(
                self.settings,
                selected_poses=selection_to_save(self.library, ids),
                routine=self.routine.name if self.routine else None,
            )
        )

    def _remember_layout(self) -> None:
        geometry, sizes = self.window.layout_state()
        self._save(
            dataclasses.replace(self.settings, window_geometry=geometry, splitter_sizes=sizes)
        )

    # -- pose library --------------------------------------------------------------------------

    def open_library(self, path: Path | None) -> bool:
        """Use the pose library in `path` (None: the built-in one) if it is valid, and remember
        it; otherwise list every problem (`show_library_problems`) and keep the current one."""
        from stretchplayer.core.library import LibraryError, load_library

        try:
            library = load_library(path)
        except LibraryError as exc:
            shown = path or Path("poses.json")
            problems = [str(p) for p in exc.problems]
            self.show_library_problems(self.window, shown, problems, exc.count)
            return False
        self.library = library
        notices: list[str] = []
        chosen: list[str] | None
        if self.routine is not None:
            try:  # the built-in routine's name follows the number of poses
                self.routine = find_routine(self.routines(), self.routine.name)
            except RoutineError:
                self.routine = with_builtin([], library.ids)[0]
            chosen = self._present(self.routine, notices)
        else:
            chosen = [p for p in self.window.chosen_ids() if p in library.ids] or None
        self.window.set_chosen(library, chosen)
        self.planner.set_pacing(pacing_for(self._session_settings()))
        self.planner.set_poses(self._poses(self.window.chosen_ids()))
        self._save(
            dataclasses.replace(
                self.settings,
                library=str(path) if path else None,
                routine=self.routine.name if self.routine else None,
                selected_poses=selection_to_save(library, self.window.chosen_ids()),
            )
        )
        self._show_routines()
        self.window.show_notice(
            app_window.tr("Using the poses in %s.") % path
            if path
            else app_window.tr("Using the built-in poses.")
        )
        for notice in notices:
            self.window.show_notice(notice)
        return True

    @staticmethod
    def show_library_problems(
        parent: QWidget, path: Path, problems: Sequence[str], total: int
    ) -> None:
        """Every problem of a library that cannot be used (`total` of them, the first ones in
        `problems`), in a dialog (a seam for tests)."""
        from stretchplayer.ui.library_dialogs import show_library_problems

        show_library_problems(parent, path, problems, total)

    # -- routines ------------------------------------------------------------------------------

    def routines(self) -> list[Routine]:
        """The built-in routine, then the saved ones, in order."""
        return with_builtin(self.saved_routines, self.library.ids)

    def choose_routine(self, name: str) -> None:
        """Tick the routine's poses in its order and pace the next session by it."""
        try:
            routine = find_routine(self.routines(), name)
        except RoutineError as exc:
            self.window.show_notice(str(exc))
            return
        notices: list[str] = []
        poses = self._present(routine, notices)
        self.routine = routine
        self.window.set_chosen(self.library, poses)
        self.planner.set_pacing(pacing_for(self._session_settings()))
        self.planner.set_poses(self._poses(poses))
        self._save(
            dataclasses.replace(
                self.settings,
                selected_poses=selection_to_save(self.library, poses),
                routine=routine.name,
            )
        )
        self._show_routines()
        for notice in notices:
            self.window.show_notice(notice)

    def save_routine(self, name: str) -> None:
        """Keep the ticked poses, in order, under `name` (replacing a routine of that name)."""
        ids = self.window.chosen_ids()
        if not ids:
            self.window.show_notice(app_window.tr("Tick at least one pose to save a routine."))
            return
        try:
            name = checked_name(name, self._builtin())
        except RoutineError as exc:
            self.window.show_notice(str(exc))
            return
        same = [r for r in self.saved_routines if r.name == name]
        over_unreadable = name in unreadable_names()
        # Saving over a routine keeps its own pacing and breath counts; a new one starts from
        # the current one's.
        base = same[0] if same else self.routine
        routine = base.saved_as(name, ids) if base else Routine(name, ids)
        if self._store(put_routine(self.saved_routines, routine)):
            self.routine = routine
            self._save(dataclasses.replace(self.settings, routine=name))
            self._show_routines()
            # Said as the dialog said it would be, and as `routines save` says it.
            done = (
                app_window.tr('Replaced the routine "%s".')
                if same or over_unreadable
                else app_window.tr('Saved the routine "%s".')
            )
            self.window.show_notice(done % name)

    def rename_routine(self, old: str, new: str) -> None:
        try:
            changed = rename_routine(
                self.saved_routines, old, new, self._builtin(), unreadable_names()
            )
        except RoutineError as exc:
            self.window.show_notice(str(exc))
            return
        if self._store(changed):
            if self.routine is not None and self.routine.name == old:
                self.routine = dataclasses.replace(self.routine, name=new.strip())
                self._save(dataclasses.replace(self.settings, routine=self.routine.name))
            self._show_routines()
            # Said as Save and Delete say theirs, and so "Saved the routine" goes.
            self.window.show_notice(
                app_window.tr('Renamed the routine "%s" to "%s".') % (old, new.strip())
            )

    def delete_routine(self, name: str) -> None:
        try:
            changed = delete_routine(self.saved_routines, name, self._builtin())
        except RoutineError as exc:
            self.window.show_notice(str(exc))
            return
        if self._store(changed):
            if self.routine is not None and self.routine.name == name:
                self.routine = None  # the poses stay ticked, as the person's own choice
                self.planner.set_pacing(pacing_for(self.settings))
                self._save(dataclasses.replace(self.settings, routine=None))
            self._show_routines()
            self.window.show_notice(app_window.tr('Deleted the routine "%s".') % name)

    def _store(self, routines: list[Routine]) -> bool:
        try:
            save_routines(routines)
        except (OSError, ValueError) as exc:
            self.window.show_notice(app_window.tr("Routines not saved: %s") % exc)
            return False
        self.saved_routines = routines
        return True

    def _builtin(self) -> str:
        return builtin_name(len(self.library.ids))

    def _builtin_if_every_pose(self, ids: Sequence[str]) -> Routine | None:
        """The built-in routine if `ids` are every pose of the library in its order, else None."""
        builtin = self.routines()[0]
        return builtin if list(ids) == builtin.poses else None

    def _present(self, routine: Routine, notices: list[str]) -> list[str]:
        """The routine's poses this library has; a notice names the others (kept as saved)."""
        missing = missing_poses(routine, self.library.ids)
        if missing:
            notices.append(
                app_window.tr(
                    'The routine "%s" has poses this library lacks: %s. They stay in the routine.'
                )
                % (routine.name, ", ".join(missing))
            )
        return [p for p in routine.poses if p not in missing]

    def _poses(self, ids: Sequence[str]) -> tuple[Pose, ...]:
        """The poses to do, held for the routine's own breath counts where it has them."""
        poses = self.library.select(list(ids))
        return self.routine.held(poses) if self.routine is not None else poses

    def _session_settings(self) -> Settings:
        """The settings with the chosen routine's pacing on top (what the session uses)."""
        if self.routine is None:
            return self.settings
        return dataclasses.replace(self.settings, **self.routine.pacing)

    def _show_routines(self) -> None:
        self.window.routine_bar.set_routines(
            [r.name for r in self.routines()],
            self.routine.name if self.routine else None,
            self._builtin(),
        )

    # -- history -------------------------------------------------------------------------------

    @property
    def history(self) -> History:
        """The practice history, opened when first needed (at the latest after the first paint)."""
        return self._open_history()

    def _open_history(self) -> History:
        """Open the history once, showing what was wrong with it."""
        if self._history is None:
            from stretchplayer.storage.history import History

            self._history = History()
            if self._history.warnings:
                self.window.show_notices(self._history.warnings)
        return self._history

    def _record(self, started: datetime, seconds: float, poses: list[str], completed: bool) -> None:
        from stretchplayer.storage.history import HistoryError

        routine = self.routine.name if self.routine else None
        try:
            self.history.record(started, seconds, poses, completed, routine, "window")
            # Not from a history kept in memory: its notice said the session will not be kept.
            if completed and self.settings.show_streak and self.history.persistent:
                self._show_streak()
        except HistoryError as exc:
            self.window.show_notice(str(exc))

    def _show_streak(self) -> None:
        """Under the closing words, the days in a row the session just recorded makes: read
        back from the history, so it is the streak History shows, not a guess."""
        days = self.history.streak(day_start=self.settings.day_start)  # today by that hour
        if days:
            self.window.show_streak(days)

    def show_history(self) -> HistoryDialog:
        from PySide6.QtCore import Qt

        from stretchplayer.storage.history import HistoryError, practice_day
        from stretchplayer.ui.habit_calendar import first_day
        from stretchplayer.ui.history_dialog import HistoryDialog

        day_start = self.settings.day_start
        today = practice_day(datetime.now(), day_start)
        try:
            streak = self.history.streak(today, day_start)
            sessions = self.history.sessions(limit=SESSIONS_SHOWN, today=today)
            total = self.history.count(today)  # of the same rows, so "latest N of M" is true
            minutes = self.history.minutes_by_day(first_day(today), day_start)
            poses = list(self.history.pose_counts(today).items())
        except HistoryError as exc:
            self.window.show_notice(str(exc))
            streak, sessions, minutes, poses, total = 0, [], {}, [], 0
        dialog = HistoryDialog(
            streak if self.settings.show_streak else None,
            sessions,
            self.library.about.advice,
            self.window,
            today=today,
            minutes=minutes,
            poses=poses,
            names={p.id: p.name for p in self.library.poses},
            total=total,
        )
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
            self.voice.preview(app_window.tr(PREVIEW_TEXT))

        result = PreferencesDialog.edit(self.settings, self.voice.voices(), preview, self.window)
        edited, touched = result or (self.settings, frozenset())
        if edited != self.settings:
            self.apply_settings(edited, touched)
            return
        self.voice.apply_settings(self.settings)  # undo what a preview changed
        if touched:
            # Set to what they were, maybe a default standing in for a value in the file that
            # could not be used: that value goes, or its warning came back at every start.
            self._save(edited, touched)

    def apply_settings(self, settings: Settings, touched: Collection[str] = ()) -> None:
        """Keep new settings: save them, reconfigure the voice, pace the next session anew.
        `touched`: the settings the person set, whether or not their values changed."""
        theme_changed = settings.theme != self.settings.theme
        self._save(settings, touched)
        self.voice.apply_settings(settings)
        self.narrator.set_policy(Policy.from_settings(settings))
        self.planner.set_pacing(pacing_for(self._session_settings()))
        self.window.set_voice_enabled(settings.voice_enabled)
        if self.inhibitor is not None:
            self.inhibitor.set_enabled(settings.keep_awake)
        self.window.set_reduce_motion(settings.reduce_motion)
        if theme_changed:
            from PySide6.QtWidgets import QApplication

            from stretchplayer.ui.theme import apply_theme

            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, settings.theme)

    def _save(self, settings: Settings, touched: Collection[str] = ()) -> None:
        # Whatever the person changed here replaces a value in the file this version could
        # not use, even when it changed to the default (which alone is not written).
        set_here = {
            f.name
            for f in dataclasses.fields(settings)
            if getattr(settings, f.name) != getattr(self.settings, f.name)
        }
        self.settings = settings
        try:
            save_settings(settings, set_here=set_here | set(touched))
        except OSError as exc:
            self.window.show_notice(app_window.tr("Settings not saved: %s") % exc)
