"""Play a timeline against an injected clock: start, pause, seek, and "where am I now".

Time is never accumulated tick by tick (that drifts): the session position is always
`offset + (clock() - anchor) * speed`, re-anchored only when the user pauses or seeks.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable
from dataclasses import dataclass

from stretchplayer.core.model import Side
from stretchplayer.engine.practice import Segment
from stretchplayer.engine.timeline import Cue, Phase, Timeline

Clock = Callable[[], float]

# Within this many seconds of a pose's start, "previous" goes to the pose before it,
# as music players do; later, it restarts the current pose.
RESTART_GRACE = 3.0
# Float noise in clock arithmetic must not leave a cue a femtosecond short of due forever.
EPSILON = 1e-6


class State(enum.Enum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


# The states of a session under way: started and not yet finished or stopped.
UNDERWAY = (State.RUNNING, State.PAUSED)


@dataclass(frozen=True)
class Position:
    """What the session is doing at one moment, for display."""

    elapsed: float
    cue: Cue | None  # the latest cue at or before `elapsed`
    pose_index: int | None
    side: Side | None
    step: int | None  # current setup step, None outside the setup
    breath: int | None
    phase: Phase | None
    phase_progress: float  # 0..1 through the current inhale or exhale
    cue_left: float  # seconds until the next cue
    pose_left: float  # seconds until the next pose starts (or the session ends)
    session_left: float


class Playback:
    def __init__(
        self, timeline: Timeline, clock: Clock = time.monotonic, speed: float = 1.0
    ) -> None:
        if speed <= 0:
            raise ValueError(f"speed must be positive, got {speed}")
        self.timeline = timeline
        self.clock = clock
        self.speed = speed
        self.state = State.IDLE
        self._offset = 0.0  # session seconds at the anchor
        self._anchor = 0.0  # clock reading when last started, resumed or seeked
        self._cursor = 0  # index of the next cue to fire
        # What the session since its start played, for the history: the stretches between
        # jumps (a seek, Next, the end), and where the one going on began.
        self._played: list[Segment] = []
        self._played_from = 0.0

    # -- time ----------------------------------------------------------------------------------

    def elapsed(self) -> float:
        """Session seconds played so far (pauses excluded, seeks included)."""
        if self.state is State.RUNNING:
            return min(
                self._offset + (self.clock() - self._anchor) * self.speed, self.timeline.total
            )
        return self._offset

    def played(self) -> list[Segment]:
        """The session times played since the last start, a stretch per run without a jump."""
        if self.state is State.IDLE:
            return list(self._played)
        return [*self._played, (self._played_from, self.elapsed())]

    def wait(self) -> float | None:
        """Real seconds until something is due (the next cue or the end); None when not running."""
        if self.state is not State.RUNNING:
            return None
        cues = self.timeline.cues
        target = cues[self._cursor].t if self._cursor < len(cues) else self.timeline.total
        return max(0.0, (target - self.elapsed()) / self.speed)

    # -- transport -----------------------------------------------------------------------------

    def start(self) -> list[Cue]:
        """Start from the beginning (from any state) and return the cues due at once."""
        self._jump(0.0, State.RUNNING)
        self._played = []  # a new session: what the last one played is its own
        return self.poll()

    def pause(self) -> list[Cue]:
        """Pause; the cues that came due before the pause (a late timer, a stall) are returned
        first, so the paused screen shows where the session really is."""
        if self.state is not State.RUNNING:
            return []
        due = self.poll()
        if self.state is State.RUNNING:  # the poll may have reached the end
            self._offset = self.elapsed()
            self.state = State.PAUSED
        return due

    def resume(self) -> None:
        if self.state is State.PAUSED:
            self._anchor = self.clock()
            self.state = State.RUNNING

    def toggle(self) -> list[Cue]:
        """Space bar: start when idle or finished, otherwise pause or resume."""
        if self.state in (State.IDLE, State.FINISHED):
            return self.start()
        if self.state is State.RUNNING:
            return self.pause()
        self.resume()
        return []

    def stop(self) -> None:
        self._jump(0.0, State.IDLE)

    def seek(self, t: float) -> list[Cue]:
        """Go to session time t; the cue in force there is returned to be announced again.

        Only a session under way moves: before a start there is nothing to move through, and
        a finished session reopened here would finish again and be recorded twice."""
        if self.state not in UNDERWAY:
            return []
        t = min(max(t, 0.0), self.timeline.total)
        index = self.timeline.index_at(t)
        # Land on the cue that governs t, so its instruction is shown and spoken afresh.
        landing = self.timeline.cues[index].t if index >= 0 else t
        self._jump(landing, self.state)
        return self._due(landing)

    def at_closing(self) -> bool:
        """Whether a session under way has reached its closing words ("Well done"): it is done
        then, whatever ends it, played out or stopped."""
        return self.state in UNDERWAY and self.elapsed() >= self.timeline.cues[-1].t - EPSILON

    def can_move(self) -> bool:
        """Whether Next and Previous have a session to move through: one under way and not
        yet at its closing words, which the window shows as finished."""
        return self.state in UNDERWAY and not self.at_closing()

    def next_pose(self) -> list[Cue]:
        if not self.can_move():
            return []
        now = self.elapsed()
        for span in self.timeline.spans:
            if span.start > now + 1e-9:
                return self.seek(span.start)
        return self.seek(self.timeline.cues[-1].t)  # past the last pose: the closing cue

    def previous_pose(self) -> list[Cue]:
        if not self.can_move():
            return []
        now = self.elapsed()
        spans = self.timeline.spans
        i = self.timeline.span_index_at(now)
        if i is None:
            return self.seek(0.0)  # in the countdown: start it again
        if i >= len(spans):
            i = len(spans) - 1
        if now - spans[i].start <= RESTART_GRACE and i > 0:
            i -= 1
        return self.seek(spans[i].start)

    # -- cues ----------------------------------------------------------------------------------

    def poll(self) -> list[Cue]:
        """The cues that have come due since the last poll, oldest first; finishes at the end."""
        if self.state is not State.RUNNING:
            return []
        now = self.elapsed()
        due = self._due(now)
        if now >= self.timeline.total - EPSILON:
            self._offset = self.timeline.total
            self.state = State.FINISHED
        return due

    def position(self) -> Position:
        """Where the session is now; before it starts, nothing is current."""
        return self.position_at(self.elapsed(), started=self.state is not State.IDLE)

    def position_at(self, t: float, started: bool = True) -> Position:
        """Where a session is at session time t: pose, side, step, breath and time left."""
        tl = self.timeline
        now = min(max(t, 0.0), tl.total)
        index = tl.index_at(now) if started else -1
        cue = tl.cues[index] if index >= 0 else None
        next_t = tl.cues[index + 1].t if index + 1 < len(tl.cues) else tl.total
        span = tl.span_index_at(now)
        pose_end = (
            tl.spans[span].end
            if span is not None
            else (tl.spans[0].start if tl.spans else tl.total)
        )
        progress = 0.0
        if cue is not None and cue.kind == "breath" and cue.duration > 0:
            progress = min(1.0, max(0.0, (now - cue.t) / cue.duration))
        return Position(
            elapsed=now,
            cue=cue,
            pose_index=cue.pose_index if cue else None,
            side=cue.side if cue else None,
            step=cue.step if cue and cue.kind == "step" else None,
            breath=cue.n if cue and cue.kind == "breath" else None,
            phase=cue.phase if cue else None,
            phase_progress=progress,
            cue_left=max(0.0, next_t - now),
            pose_left=max(0.0, pose_end - now),
            session_left=max(0.0, tl.total - now),
        )

    # -- internals -----------------------------------------------------------------------------

    def _jump(self, t: float, state: State) -> None:
        if self.state is not State.IDLE:
            self._played.append((self._played_from, self.elapsed()))
        self._played_from = t
        self._offset = t
        self._anchor = self.clock()
        self._cursor = self.timeline.first_index_from(t)
        self.state = state

    def _due(self, now: float) -> list[Cue]:
        cues = self.timeline.cues
        start = self._cursor
        while self._cursor < len(cues) and cues[self._cursor].t <= now + EPSILON:
            self._cursor += 1
        return list(cues[start : self._cursor])
