"""`play --text`: a session without a window, its cues printed, its voice optional."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject

from stretchplayer.app.collector import GuiThreadCollector
from stretchplayer.app.wiring import connect_narration
from stretchplayer.engine.playback import State
from stretchplayer.engine.timeline import Cue, Timeline
from stretchplayer.session.controller import SessionController
from stretchplayer.session.narration import Narrator, Policy
from stretchplayer.session.recorder import SessionRecorder
from stretchplayer.storage.settings import Settings
from stretchplayer.voice.voice_system import VoiceSystem

if TYPE_CHECKING:
    from stretchplayer.storage.history import History


def play_headless(
    timeline: Timeline,
    speed: float,
    show: Callable[[Cue, bool], None],
    voice: Settings | None = None,
    notice: Callable[[str], None] = print,
    starting: Callable[[], object] = lambda: None,
    routine: str | None = None,
    history: History | None = None,
) -> bool:
    """Play a session without a window until it ends: `show` sees every cue as it fires.

    With `voice` (the person's settings), the same voice as the window's speaks in its own
    thread, so the timing stays exact; `notice` hears what it has to say about itself.
    `starting` is called the moment before the session starts, after all the setting up.
    The session goes into the history (`routine` named, played "text") like a window's:
    finished, or stopped (Ctrl+C, SIGTERM) after a minute. Returns whether it finished.
    """
    from stretchplayer.storage.history import History, HistoryError

    app = QCoreApplication.instance() or QCoreApplication([])
    controller = SessionController(timeline, time.monotonic, speed)
    past = history or History()
    for warning in past.warnings:
        notice(warning)

    def record(started: datetime, seconds: float, poses: list[str], completed: bool) -> None:
        try:
            past.record(started, seconds, poses, completed, routine, "text", speed)
        except HistoryError as exc:
            notice(str(exc))

    recorder = SessionRecorder(record)
    controller.stateChanged.connect(recorder.state_changed)
    controller.sessionEnded.connect(recorder.ended)
    stopped = _stop_on_signals(app, controller)
    sound: VoiceSystem | None = None
    if voice is not None:
        sound = VoiceSystem(dataclasses.replace(voice, voice_enabled=True), cast("QObject", app))
        sound.notice.connect(notice)
        connect_narration(
            controller, Narrator(sound, Policy.from_settings(voice, voice=True), sound)
        )
    controller.cueReached.connect(show)
    controller.finished.connect(app.quit)
    collector = GuiThreadCollector(app)  # the speech worker and the mixer allocate too
    collector.set_aside_what_exists()  # what was set up lives as long as the session
    starting()
    controller.start()
    app.exec()
    collector.stop()
    _restore_signals(stopped)
    if sound is not None:
        sound.shutdown()
    if history is None:
        past.close()
    return controller.state is State.FINISHED


_Handlers = tuple[dict[int, object], QObject]


def _stop_on_signals(app: QCoreApplication, controller: SessionController) -> _Handlers:
    """Ctrl+C or SIGTERM stops the session (so the recorder sees it end) and leaves exec()."""
    import signal

    from PySide6.QtCore import QTimer

    def stop(signum: int, frame: object) -> None:
        controller.stop()
        app.quit()

    old: dict[int, object] = {}
    for signum in (signal.SIGINT, signal.SIGTERM):
        old[signum] = signal.signal(signum, stop)
    # Python runs signal handlers only between bytecodes: wake it while Qt waits.
    wake = QTimer(app)
    wake.setInterval(200)
    wake.timeout.connect(lambda: None)
    wake.start()
    return old, wake


def _restore_signals(handlers: _Handlers) -> None:
    import signal

    old, wake = handlers
    wake.deleteLater()  # stops it
    for signum, handler in old.items():
        signal.signal(signum, cast("signal._HANDLER", handler))
