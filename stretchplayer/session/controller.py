"""SessionController: wakes exactly when the next cue is due and tells the rest of the app.

One single-shot `Qt.PreciseTimer` is re-armed after every wake-up for the next deadline, which
Playback computes from the clock, so lateness never accumulates (no ticks, no chained intervals).

On the real clock the timer is armed EARLY seconds before the deadline and the rest is slept:
Qt's timer wakes 1–8 ms late on a busy machine (rounding to whole milliseconds, then the event
loop), `time.sleep` a fraction of a millisecond (`python -m benchmarks`, cue lateness rows).
"""

from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from stretchplayer.engine.playback import UNDERWAY, Clock, Playback, Position, State
from stretchplayer.engine.practice import Practice, counts, practice

if TYPE_CHECKING:
    from collections.abc import Callable

    from stretchplayer.engine.timeline import Cue, Timeline


# Seconds before a deadline that the timer wakes, to sleep the rest precisely: at most this
# long the GUI thread waits, once per cue (less than a frame).
EARLY = 0.005


class SessionController(QObject):
    """Plays one session timeline in real time.

    Signals:
        cueReached(cue, stale): every cue as it comes due, oldest first. After a stall (a
            suspended laptop, a busy machine) several come at once: all but the newest are
            `stale`, to be applied to the display but not announced.
        stateChanged(state): the new State (IDLE, RUNNING, PAUSED or FINISHED).
        timelineChanged(timeline): a new session was set (the chosen poses or pacing changed).
        finished(): the session played to its end.
        sessionEnded(practised, finished): a session under way ended, played to its end (or
            stopped in its closing words) or stopped: what it practised (a Practice), read
            before anyone hears of the new state (a plan waiting for that state replaces the
            playback it is read from).
    """

    cueReached = Signal(object, bool)
    stateChanged = Signal(object)  # State
    timelineChanged = Signal(object)
    finished = Signal()
    sessionEnded = Signal(object, bool)

    def __init__(
        self,
        timeline: Timeline,
        clock: Clock = time.monotonic,
        speed: float = 1.0,
        parent: QObject | None = None,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        super().__init__(parent)
        # Sleeping the last moment is only meaningful on the clock that sleep() follows: with
        # an injected clock (tests, a scaled clock) the timer is armed for the deadline itself.
        self._sleep = (
            sleep if sleep is not None else time.sleep if clock is time.monotonic else None
        )
        self._clock = clock
        self._speed = speed
        self._playback = Playback(timeline, clock, speed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.update)

    # -- reading -------------------------------------------------------------------------------

    @property
    def timeline(self) -> Timeline:
        return self._playback.timeline

    @property
    def speed(self) -> float:
        """Session seconds per second of the clock."""
        return self._speed

    @property
    def state(self) -> State:
        return self._playback.state

    def position(self) -> Position:
        return self._playback.position()

    def elapsed(self) -> float:
        return self._playback.elapsed()

    def can_move(self) -> bool:
        """Whether Next and Previous would move the session (see Playback.can_move)."""
        return self._playback.can_move()

    def practised(self) -> Practice:
        """What the session since its start has played, and which poses it held."""
        return practice(self.timeline, self._playback.played())

    def counts_when_finished(self) -> bool:
        """Whether the history keeps the session if it finishes now (at its closing words):
        not when it was skipped through. The window and the voice praise it only then."""
        return counts(self.practised(), finished=True)

    def armed_ms(self) -> int | None:
        """Milliseconds the timer was last armed for, None when it is idle (for tests)."""
        return self._timer.interval() if self._timer.isActive() else None

    # -- intents -------------------------------------------------------------------------------

    def set_timeline(self, timeline: Timeline) -> None:
        """Replace the session; only allowed between sessions (a running one is stopped)."""
        # Stopped first, so whoever hears it stop still reads what the session practised.
        self.stop()
        self._playback = Playback(timeline, self._clock, self._speed)
        self.timelineChanged.emit(timeline)

    def start(self) -> None:
        self._run(self._playback.start)

    def toggle(self) -> None:
        self._run(self._playback.toggle)

    def pause(self) -> None:
        self._run(self._playback.pause)

    def resume(self) -> None:
        self._run(self._playback.resume)

    def stop(self) -> None:
        self._run(self._playback.stop)

    def next_pose(self) -> None:
        self._run(self._playback.next_pose)

    def previous_pose(self) -> None:
        self._run(self._playback.previous_pose)

    def update(self) -> None:
        """Fire whatever is due now and re-arm; the timer calls this, tests may too."""
        if self._sleep is not None:
            wait = self._playback.wait()
            if wait is not None and 0 < wait <= EARLY:
                self._sleep(wait)  # woken early on purpose: the last few ms, precisely
        self._run(self._playback.poll)

    # -- internals -----------------------------------------------------------------------------

    def _run(self, action: Callable[[], list[Cue] | None]) -> None:
        before = self._playback.state
        # Stopped during its closing words, a session was played to its end all the same: the
        # window already says "Finished", and the history must not call it stopped early.
        closing = self._playback.at_closing()
        due = action()
        if due:
            self._announce(due)
        after = self._playback.state
        if after is not before:
            if before in UNDERWAY and after not in UNDERWAY:
                self.sessionEnded.emit(self.practised(), after is State.FINISHED or closing)
            self.stateChanged.emit(after)
            if after is State.FINISHED:
                self.finished.emit()
        self._arm()

    def _announce(self, cues: list[Cue]) -> None:
        for i, cue in enumerate(cues):
            self.cueReached.emit(cue, i < len(cues) - 1)

    def _arm(self) -> None:
        wait = self._playback.wait()
        if wait is None:
            self._timer.stop()
            return
        # Round up: waking a hair early only costs a second wake-up, waking late is the error.
        # On the real clock, wake EARLY before and sleep the rest (see update).
        early = EARLY if self._sleep is not None else 0.0
        self._timer.start(max(0, math.ceil((wait - early) * 1000)))
