"""The main window: the pose list, the step panel and the transport, following the controller."""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from stretchplayer.core import wording
from stretchplayer.core.i18n import Context
from stretchplayer.core.model import Library
from stretchplayer.engine.playback import UNDERWAY, Position, State
from stretchplayer.engine.timeline import Cue, Timeline
from stretchplayer.session.controller import SessionController
from stretchplayer.session.planner import SessionPlanner
from stretchplayer.ui import icons, screen_fit, style
from stretchplayer.ui.actions import WindowActions
from stretchplayer.ui.figures import PoseFigures
from stretchplayer.ui.keyboard import KeyboardPaths
from stretchplayer.ui.mat_mode import MatMode
from stretchplayer.ui.notices import NoticeLine
from stretchplayer.ui.pictures import PosePictures
from stretchplayer.ui.pose_list import PoseList
from stretchplayer.ui.routine_bar import RoutineBar
from stretchplayer.ui.step_panel import StepPanel
from stretchplayer.ui.transport import Transport

if TYPE_CHECKING:
    from stretchplayer.ui.about_dialog import AboutDialog
    from stretchplayer.ui.library_dialogs import ChooseFile

ui_window = Context("ui_window")

# The shortest gap between two frames: at most 20 a second, when mid-breath the circle's edge
# moves ~2 px a frame, smooth (25 cost a fifth more). Most frames come later than that: see
# `refresh`.
FRAME_MS = 50
# The longest gap between two frames while a session runs, though nothing should move before
# then: the next cue's own signal repaints, so this only bounds a missed guess.
LONGEST_FRAME_MS = 1000


class MainWindow(QMainWindow):
    """Shows the session the controller plays and forwards what the person asks for.

    The window keeps no time: the controller's clock is read on every repaint. It plans no
    session either: it says which poses were ticked, and shows what the planner planned.

    Signals:
        chosenPosesChanged(ids): the ticked pose ids, in order, after the person changed them.
        voiceToggled(on): the person switched the voice on or off (button, menu or V).
        preferencesRequested(): the person asked for the Preferences dialog.
        historyRequested(): the person asked to see past sessions and the streak.
        matModeChanged(on): mat mode was entered or left.
        libraryRequested(path): the person chose a pose library file (None: the built-in one).
        closing(): the window is closing (the moment to remember its size and place).
        firstPainted(): the window has painted for the first time (queued just after it): the
            moment for what the first sight of it does not need, like the voice.
    """

    chosenPosesChanged = Signal(list)
    voiceToggled = Signal(bool)
    preferencesRequested = Signal()
    historyRequested = Signal()
    matModeChanged = Signal(bool)
    libraryRequested = Signal(object)  # a Path, or None for the built-in poses
    closing = Signal()
    firstPainted = Signal()

    def __init__(
        self,
        library: Library,
        controller: SessionController,
        planner: SessionPlanner,
        chosen: Sequence[str] | None = None,
        voice_enabled: bool = True,
        pictures: PosePictures | None = None,
        parent: QWidget | None = None,
        figures: PoseFigures | None = None,
    ) -> None:
        super().__init__(parent)
        # Qt hands a paint of many spans to a pool of threads. A frame here repaints a band
        # of the pacer and the figure 20 times a second: waking two threads and waiting for
        # them cost more than the painting (a quarter of a playing window's CPU, measured
        # with perf). Read when the pool is first made, at the first paint; a user's own
        # setting wins.
        os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
        self._library = library
        self._controller = controller
        self._planner = planner
        self._plan: Timeline | None = planner.timeline  # the next session, None: nothing ticked
        self._held = planner.held  # ... waiting for the one under way to end
        self._about: AboutDialog | None = None
        # Watches for the first paint, then removes itself: an event() override would run
        # Python for every event of the window for good (measured: +1 % of a core playing).
        self._first_paint = _FirstPaint(self)
        self.installEventFilter(self._first_paint)
        self.pictures = pictures = pictures or PosePictures.for_library(library)
        self.figures = figures = figures or PoseFigures.for_library(library)
        self.setWindowTitle("StretchPlayer")
        screen_fit.fit(self, QSize(1280, 800), QSize(900, 600))

        self._make_actions()
        self.pose_list = PoseList(pictures, figures=figures)
        self.pose_list.set_poses(library.poses, chosen)
        self.pose_list.chosenChanged.connect(self._chosen_changed)
        self.routine_bar = RoutineBar()
        self._actions.take_routine_actions(self, self.routine_bar.routine_actions())
        self.choose_library_file: ChooseFile = _choose_library_file  # a seam for tests
        self.pose_list.add_header(self.routine_bar)
        why = QPushButton(ui_window.tr("Why stretch your hamstrings?"))
        why.setFlat(True)
        why.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._why = why
        self._update_about_icon()
        why.clicked.connect(self.show_about)
        self._side = QWidget()
        side_layout = QVBoxLayout(self._side)
        side_layout.setContentsMargins(0, 0, 0, 8)
        side_layout.addWidget(self.pose_list, 1)
        side_layout.addWidget(why, 0, Qt.AlignmentFlag.AlignLeft)
        self._side.setMinimumWidth(300)

        self.step_panel = StepPanel(pictures, library.about.advice, figures=figures)
        self.step_panel.pacer.set_source(controller.position)
        self.step_panel.picture.set_source(controller.position)
        self.transport = Transport(
            self.play_action,
            self.previous_action,
            self.next_action,
            self.stop_action,
            self.voice_action,
        )
        self.transport.progress.set_source(controller.position)

        self._splitter = QSplitter(Qt.Orientation.Horizontal)
        self._splitter.addWidget(self._side)
        self._splitter.addWidget(self.step_panel)
        self._splitter.setStretchFactor(0, 0)
        self._splitter.setStretchFactor(1, 1)
        self._splitter.setChildrenCollapsible(False)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self._splitter, 1)
        column.addWidget(self.transport)
        self.setCentralWidget(central)
        self._actions.fill_menus(self.menuBar())
        self.statusBar().setSizeGripEnabled(False)
        self._notice = NoticeLine()
        self.statusBar().addWidget(self._notice, 1)

        chrome = [self._side, self.menuBar(), self.statusBar()]
        self.mat_mode = MatMode(self, chrome, self.stop_action)
        self.mat_mode.toggled.connect(self._mat_toggled)

        # Repaints only: it makes the pacer and the bar follow the controller's clock, a frame
        # whenever something shown will have moved (each frame arms the next).
        self._frames = QTimer(self)
        self._frames.setSingleShot(True)
        self._frames.timeout.connect(self.refresh)

        controller.cueReached.connect(self._cue)
        controller.stateChanged.connect(self._state_changed)
        controller.timelineChanged.connect(self._timeline_changed)
        planner.planned.connect(self._show_plan)
        self.set_voice_enabled(voice_enabled)
        self.step_panel.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Down the sidebar, then the step panel, then the transport row, as they are read.
        bar, poses, transport = self.routine_bar, self.pose_list, self.transport
        self._keyboard = KeyboardPaths(
            self,
            [
                bar.combo,
                bar.save_button,
                bar.more,
                poses.view,
                poses.all_button,
                poses.none_button,
                self._why,
                self.step_panel,
                transport.previous_button,
                transport.play_button,
                transport.next_button,
                transport.stop_button,
                transport.voice_button,
            ],
        )
        self._splitter.splitterMoved.connect(self._keyboard.clear)
        self._show_plan(planner.timeline, planner.held)
        self._state_changed(controller.state)

    # -- public --------------------------------------------------------------------------------

    def show_notice(self, text: str) -> None:
        """Tell the person something worth knowing but not worth a dialog (status bar).

        The latest notice stays until the next one; the tooltip keeps the last few.
        """
        self._notice.show_notice(text)

    def show_notices(self, texts: Sequence[str]) -> None:
        """Several notices that arrive together: one line, every one of them in the tooltip."""
        self._notice.show_notices(texts)

    def notice(self) -> str:
        """The notice shown now ("" if none)."""
        return self._notice.line()

    def set_voice_enabled(self, on: bool) -> None:
        """Reflect the voice setting (no voiceToggled signal)."""
        self.voice_action.setChecked(on)
        self._update_icons()

    def set_reduce_motion(self, on: bool) -> None:
        """Still figures: no easing between steps, no breathing."""
        self.step_panel.picture.set_reduce_motion(on)

    def chosen_ids(self) -> list[str]:
        return self.pose_list.chosen_ids()

    def set_chosen(self, library: Library, chosen: Sequence[str] | None) -> None:
        """Show this library's poses with these ticked, in this order (no chosenPosesChanged)."""
        self._library = library
        self.pictures.use_library(library)
        self.figures.use_library(library)
        self.pose_list.set_poses(library.poses, chosen)
        self.step_panel.picture.update()

    def show_about(self) -> AboutDialog:
        """Open the About/Why panel (non-blocking) and return it."""
        if self._about is None:
            from stretchplayer.ui.about_dialog import AboutDialog

            self._about = AboutDialog(self._library.about, self)
        self._about.show()
        self._about.raise_()
        self._about.activateWindow()
        return self._about

    # -- actions -------------------------------------------------------------------------------

    def _make_actions(self) -> None:
        """The actions (their keys and texts: ui/actions.py), each connected to what it asks."""
        actions = self._actions = WindowActions(self)
        self.play_action = actions.play
        self.previous_action = actions.previous
        self.next_action = actions.next
        self.stop_action = actions.stop
        self.voice_action = actions.voice
        self.mat_action = actions.mat
        self.preferences_action = actions.preferences
        self.history_action = actions.history
        self.quit_action = actions.quit
        self.about_action = actions.about
        self.play_action.triggered.connect(self._play_pause)
        actions.pause.triggered.connect(self._controller.pause)  # the media Pause key
        self.previous_action.triggered.connect(self._controller.previous_pose)
        self.next_action.triggered.connect(self._controller.next_pose)
        self.stop_action.triggered.connect(self._stop)
        self.voice_action.triggered.connect(self._voice_triggered)
        self.mat_action.triggered.connect(lambda on: self.mat_mode.set_active(on))
        self.preferences_action.triggered.connect(self.preferencesRequested.emit)
        self.history_action.triggered.connect(self.historyRequested.emit)
        self.quit_action.triggered.connect(self.close)
        self.about_action.triggered.connect(self.show_about)
        self.open_library_action = actions.open_library
        self.builtin_library_action = actions.builtin_library
        self.open_library_action.triggered.connect(self._open_library)
        self.builtin_library_action.triggered.connect(lambda: self.libraryRequested.emit(None))

    def _open_library(self) -> None:
        path = self.choose_library_file(self)
        if path is not None:
            self.libraryRequested.emit(path)

    # -- intents -------------------------------------------------------------------------------

    def _play_pause(self) -> None:
        state = self._controller.state
        if state in (State.IDLE, State.FINISHED) and not self._has_poses:
            self.show_notice(ui_window.tr("Tick at least one pose to start a session."))
            return
        self._planner.toggle()

    def _stop(self) -> None:
        self.mat_mode.set_active(False)
        self._controller.stop()

    def _voice_triggered(self, on: bool) -> None:
        self._update_icons()
        self.voiceToggled.emit(on)

    def _update_icons(self) -> None:
        self._actions.show_state(self.palette(), self._controller.state is State.RUNNING)

    def _update_about_icon(self) -> None:
        self._why.setIcon(icons.icon("about", style.accent(self.palette())))

    def _chosen_changed(self, ids: list[str]) -> None:
        self.chosenPosesChanged.emit(list(ids))

    @property
    def _has_poses(self) -> bool:
        return self._plan is not None

    def _show_plan(self, timeline: Timeline | None, held: bool) -> None:
        """What the planner made of the ticked poses: its length, and whether it waits."""
        self._plan, self._held = timeline, held
        # Nothing ticked, nothing to keep: the dialog asked for a name and then threw it away.
        self.routine_bar.save_action.setEnabled(self._has_poses)
        self.step_panel.set_state(self._controller.state, startable=self._has_poses)
        self._show_estimate()
        self._update_actions()
        if self._controller.state is State.IDLE:
            self._show_idle()
            self.refresh()

    def _show_estimate(self) -> None:
        """The plan's poses and length; while a session under way differs from it, that it is
        the next session's. A replan that changes neither poses nor length (the voice turned
        on, say) adds nothing to say."""
        plan = self._plan
        if plan is None:
            estimate = ui_window.tr("No poses ticked")
            if self._controller.state in UNDERWAY:
                # Said plainly, or it reads as if the session had nothing left to play.
                estimate += "\n" + ui_window.tr("this session plays on to its end")
            self.pose_list.set_estimate(estimate)
            return
        words = style.duration_words(plan.total)
        estimate = ui_window.tr("%s of %n pose(s) · %s", "", len(self._library.poses)) % (
            len(plan.spans),
            words,
        )
        playing = self._controller.timeline
        if (
            self._held
            and self._controller.state in UNDERWAY
            and (
                [s.pose.id for s in plan.spans] != [s.pose.id for s in playing.spans]
                or words != style.duration_words(playing.total)
            )
        ):
            estimate += "\n" + ui_window.tr("from the next session on")
        self.pose_list.set_estimate(estimate)

    # -- what the controller says --------------------------------------------------------------

    def _cue(self, cue: Cue, stale: bool) -> None:
        timeline = self._controller.timeline
        closing = cue.kind == "done"
        # "Well done" only for a session the history will count (not one skipped through).
        counted = not closing or self._controller.counts_when_finished()
        self.step_panel.show_cue(cue, timeline, counted)
        if closing:
            self._update_actions()  # the closing words: nothing left to move through
        # The pose the step panel shows: in the countdown and a rest, the one coming up.
        shown = cue.next_pose if cue.kind in ("countdown", "rest") else cue.pose
        if closing:
            shown = None
        self.pose_list.set_current(shown)
        name = next((s.pose.name for s in timeline.spans if shown and s.pose.id == shown), None)
        self.setWindowTitle(f"{name} — StretchPlayer" if name else "StretchPlayer")
        self.refresh()

    def show_streak(self, days: int) -> None:
        """The session played to its end makes `days` in a row: said under its closing words
        (not once a Stop has left them for the next session's first pose)."""
        if self._controller.state is State.FINISHED:
            self.step_panel.show_streak(days)

    def _state_changed(self, state: State) -> None:
        running = state is State.RUNNING
        text = {
            State.RUNNING: ui_window.tr("Pause"),
            State.PAUSED: ui_window.tr("Resume"),
            State.FINISHED: ui_window.tr("Start again"),
        }.get(state, ui_window.tr("Start"))
        self.play_action.setText(text)
        self._update_icons()
        self.step_panel.set_state(state, startable=self._has_poses)
        if not running:
            self._frames.stop()
        if state is State.IDLE:
            self._show_idle()
        self._show_estimate()  # a session over: the plan is the next one's, nothing to add
        self._update_actions()
        self.refresh()

    def _timeline_changed(self, timeline: Timeline) -> None:
        if self._controller.state is State.IDLE:
            self._show_idle()  # which gives the bar the timeline (none with nothing ticked)
        else:
            self.transport.progress.set_timeline(timeline)
        self.refresh()

    def _show_idle(self) -> None:
        timeline = self._controller.timeline
        self.pose_list.set_current(None)
        self.setWindowTitle("StretchPlayer")
        # With nothing ticked, the last plan's poses and length are not what Space would start.
        self.transport.progress.set_timeline(timeline if self._has_poses else None)
        if not self._has_poses:
            self.step_panel.show_idle(None, "")
            return
        count = len(timeline.spans)
        summary = f"{wording.poses(count)} · {style.duration_words(timeline.total)}"
        self.step_panel.show_idle(timeline, summary)

    def _update_actions(self) -> None:
        state = self._controller.state
        underway = state in UNDERWAY
        self.play_action.setEnabled(underway or self._has_poses)
        # Previous and Next move through a session under way: before a start they would start
        # one paused, and after the finish reopen it to finish (and count) a second time.
        # Stopped is where Stop leads: from a finished session back to the plan, else nowhere.
        movable = self._controller.can_move()  # not at the closing words either
        enabled = {
            self.transport.previous_button: movable,
            self.transport.next_button: movable,
            self.transport.stop_button: state is not State.IDLE,
        }
        if any(button.hasFocus() and not on for button, on in enabled.items()):
            # Pressed from the keyboard: the focus goes where the next press will be, Start,
            # rather than on along the row as Qt moves it from a button turned off.
            self.transport.play_button.setFocus(Qt.FocusReason.TabFocusReason)
            self._keyboard.tabbed()
        self.previous_action.setEnabled(movable)
        self.next_action.setEnabled(movable)
        self.stop_action.setEnabled(enabled[self.transport.stop_button])

    # -- frames --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """A frame: the pacer, the figure, the bar and the times follow the controller's clock
        (each repaints only what moved), and, while the session runs, the next frame is armed
        for when something will have moved again. The frame timer's slot."""
        position = self._controller.position()
        planned = self._has_poses or self._controller.state is not State.IDLE
        total = self._controller.timeline.total if planned else 0.0
        self.transport.set_times(0.0 if position.cue is None else position.elapsed, total)
        # Each repaints only the pixels that changed since the last frame, if any did.
        self.step_panel.pacer.tick(position)
        self.transport.progress.tick(position)
        self.step_panel.picture.tick(position)  # repaints only while the figure moves
        if self._controller.state is State.RUNNING:
            self._frames.start(self._next_frame_ms(position))

    def next_frame_ms(self) -> int | None:
        """Milliseconds the frame timer was last armed for, None when it is idle (for tests)."""
        return self._frames.interval() if self._frames.isActive() else None

    def _next_frame_ms(self, position: Position) -> int:
        """When the next frame is worth painting: as soon as the breath or the figure will have
        moved, but not sooner than FRAME_MS, nor later than LONGEST_FRAME_MS. A new second of
        the times or a pixel of the bar waits up to a frame for the next frame of a breath,
        rather than waking the window a moment before it."""
        if position.cue is None:
            return LONGEST_FRAME_MS
        speed = self._controller.speed

        def soonest(*waits: float | None) -> float | None:
            return min((w / speed for w in waits if w is not None), default=None)

        moving = soonest(
            self.step_panel.pacer.until_change(position),
            self.step_panel.picture.until_change(position),
        )
        counting = soonest(
            self.transport.progress.until_change(position),
            self.transport.until_change(position.elapsed),
        )
        if moving is None or (counting is not None and counting + FRAME_MS / 1000 < moving):
            seconds = counting
        else:
            seconds = moving
        if seconds is None:
            return LONGEST_FRAME_MS
        return min(LONGEST_FRAME_MS, max(FRAME_MS, math.ceil(seconds * 1000)))

    # -- window --------------------------------------------------------------------------------

    def _mat_toggled(self, on: bool) -> None:
        self._keyboard.clear()
        self.mat_action.setChecked(on)
        self.step_panel.set_mat_mode(on)
        self.transport.set_mat_mode(on)
        self._rescale()
        self.matModeChanged.emit(on)

    def _rescale(self) -> None:
        size = self.size()
        scale = min(size.width() / 1280, size.height() / 800)
        scale = min(2.4, max(0.75, scale))
        self.step_panel.set_scale(scale)
        self.transport.set_scale(scale, self.mat_mode.active)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._update_icons()  # a switch between light and dark
            self._update_about_icon()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The list would take the focus and select its first row, which reads as "chosen".
        self.step_panel.setFocus(Qt.FocusReason.OtherFocusReason)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()
        self._keyboard.clear()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._keyboard.press(event):
            super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Every Tab and Shift+Tab in the window comes here.
        moved = super().focusNextPrevChild(next)
        self._keyboard.tabbed()
        return moved

    def layout_state(self) -> tuple[str, list[int]]:
        """The window's size and place (base64) and the splitter's sizes, to restore later."""
        geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        return geometry, list(self._splitter.sizes())

    def restore_layout_state(self, geometry: str | None, sizes: Sequence[int] | None) -> None:
        """Put the window back where it was; a geometry Qt cannot use is ignored. Without
        remembered widths the pose list is as wide as its rows need (at least 340 px), and
        no more than 40 % of the window: the step panel is what is read from the mat. Only
        then are the rows measured, which a remembered width spares every start."""
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        if sizes and len(sizes) == 2 and all(s > 0 for s in sizes):
            self._splitter.setSizes(list(sizes))
            return
        side = min(max(340, self.pose_list.full_width()), self.width() * 2 // 5)
        self._splitter.setSizes([side, self.width() - side])

    def bring_to_front(self) -> None:
        """Another launch asked for this window: show it, above the others."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        self._frames.stop()
        self._controller.stop()
        super().closeEvent(event)


def _choose_library_file(parent: QWidget) -> Path | None:
    """File → Open pose library…: the dialogs are loaded when first asked for."""
    from stretchplayer.ui.library_dialogs import choose_library_file

    return choose_library_file(parent)


class _FirstPaint(QObject):
    """Emits the window's firstPainted once, queued just after its first paint."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._window, self._window.firstPainted.emit)
        return False
