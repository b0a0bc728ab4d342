"""Turns what a session did into one history entry: finished, or stopped after real effort."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from stretchplayer.engine.playback import State
from stretchplayer.engine.practice import Practice

Record = Callable[[datetime, float, list[str], bool], object]

# A session stopped before this much session time was an accidental start, not a practice.
MINIMUM_SECONDS = 60.0


class SessionRecorder:
    """Feed it the controller's state changes with what the session has practised so far; it
    calls `record` once per session."""

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

    def state_changed(self, state: State, practised: Practice) -> None:
        if state is State.RUNNING and self._started_at is None:
            self._started_at = self._now()
        elif state in (State.FINISHED, State.IDLE) and self._started_at is not None:
            started, self._started_at = self._started_at, None
            # Played to the end is done, even with a pose skipped; skipped through in seconds,
            # or stopped before a minute, it was not a practice.
            if practised.seconds >= self._minimum or (state is State.FINISHED and practised.poses):
                completed = state is State.FINISHED
                self._record(started, practised.seconds, list(practised.poses), completed)
