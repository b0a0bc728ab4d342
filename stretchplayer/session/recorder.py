"""Turns what a session did into one history entry: finished, or stopped after real effort."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from stretchplayer.engine.playback import State

Record = Callable[[datetime, float, list[str], bool], object]

# A session stopped before this much session time was an accidental start, not a practice.
MINIMUM_SECONDS = 60.0


class SessionRecorder:
    """Feed it the controller's state changes and cue times; it calls `record` once per session."""

    def __init__(
        self,
        record: Record,
        now: Callable[[], datetime] = datetime.now,
        minimum: float = MINIMUM_SECONDS,
    ) -> None:
        self._record = record
        self._now = now
        self._minimum = minimum
        self._started_at: datetime | None = None
        self._reached = 0.0

    def reached(self, t: float) -> None:
        """The session got as far as session time t (a cue fired there)."""
        self._reached = max(self._reached, t)

    def state_changed(self, state: State, poses: list[str], total: float) -> None:
        if state is State.RUNNING and self._started_at is None:
            self._started_at = self._now()
            self._reached = 0.0
        elif state is State.FINISHED and self._started_at is not None:
            self._finish(total, poses, completed=True)
        elif state is State.IDLE and self._started_at is not None:
            if self._reached >= self._minimum:
                self._finish(self._reached, poses, completed=False)
            self._started_at = None

    def _finish(self, seconds: float, poses: list[str], completed: bool) -> None:
        started, self._started_at = self._started_at, None
        assert started is not None
        self._record(started, seconds, poses, completed)
