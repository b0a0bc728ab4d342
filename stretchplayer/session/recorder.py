"""Turns what a session did into one history entry: finished, or stopped after real effort."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from stretchplayer.engine.playback import State
from stretchplayer.engine.practice import MINIMUM_SECONDS, Practice, counts

Record = Callable[[datetime, float, list[str], bool], object]


class SessionRecorder:
    """Feed it the controller's state changes (to see a session start) and the sessions'
    ends with what they practised; it calls `record` once per session."""

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

    def state_changed(self, state: State) -> None:
        if state is State.RUNNING and self._started_at is None:
            self._started_at = self._now()

    def ended(self, practised: Practice, finished: bool) -> None:
        if self._started_at is None:
            return
        started, self._started_at = self._started_at, None
        if counts(practised, finished, self._minimum):
            self._record(started, practised.seconds, list(practised.poses), finished)
