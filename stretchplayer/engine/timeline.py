"""Build the whole session as a list of cues, each with its planned time (pure)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from functools import cached_property
from typing import Any, Literal

from stretchplayer.core import wording
from stretchplayer.core.model import Pose, Side, fill
from stretchplayer.engine.pacing import Pacing

CueKind = Literal[
    "countdown", "pose", "step", "hold", "breath", "release", "switch", "rest", "done"
]
Phase = Literal["inhale", "exhale"]
FLOOR = frozenset({"kneeling", "lying", "seated"})
# Facts for views, which the words above already say to a listener. Left out of to_json:
# `plan --json` and `play --json` are public contracts and keep their shape.
_VIEW_FACTS = ("next_pose", "next_pose_side", "equipment")


@dataclass(frozen=True)
class Cue:
    """One moment of the session: something to show, and usually something to say."""

    t: float  # planned seconds from the session start
    kind: CueKind
    text: str  # what the screen shows
    say: str | None = None  # what the voice says; None for a silent cue
    duration: float = 0.0  # seconds until the next cue
    pose: str | None = None
    pose_index: int | None = None  # position in the session's pose order
    side: Side | None = None
    step: int | None = None  # index into the pose's steps
    breaths: int | None = None  # the hold's length, on hold and breath cues
    n: int | None = None  # breath number, or the countdown number
    phase: Phase | None = None
    next_pose: str | None = None  # countdown and rest cues: the id of the pose coming up
    next_pose_side: Side | None = None  # the side next_pose starts on (the pacing may choose it)
    equipment: tuple[str, ...] = ()  # pose cues: this pose's; countdown and rest: next_pose's

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for name in _VIEW_FACTS:
            del data[name]
        data["t"] = round(self.t, 3)
        data["duration"] = round(self.duration, 3)
        return data


@dataclass(frozen=True)
class PoseSpan:
    pose: Pose
    start: float
    end: float  # where the next pose starts (the rest belongs to the pose before it)


@dataclass(frozen=True)
class Timeline:
    cues: tuple[Cue, ...]
    spans: tuple[PoseSpan, ...]
    total: float

    @cached_property
    def times(self) -> tuple[float, ...]:
        """The cue times, for bisecting: "where am I" is asked on every repaint."""
        return tuple(c.t for c in self.cues)

    @cached_property
    def _starts(self) -> tuple[float, ...]:
        return tuple(s.start for s in self.spans)

    def index_at(self, t: float) -> int:
        """Index of the latest cue at or before t (-1 before the first)."""
        return bisect.bisect_right(self.times, t) - 1

    def first_index_from(self, t: float) -> int:
        return bisect.bisect_left(self.times, t)

    def span_index_at(self, t: float) -> int | None:
        i = bisect.bisect_right(self._starts, t) - 1
        return i if i >= 0 else None

    def to_json(self) -> dict[str, Any]:
        return {"total_seconds": round(self.total, 3), "cues": [c.to_json() for c in self.cues]}


def build_timeline(poses: Sequence[Pose], pacing: Pacing | None = None) -> Timeline:
    """Every cue of a session of `poses` in this order, timed by `pacing`."""
    return _Builder(pacing or Pacing()).build(poses)


def _words(text: str) -> int:
    return len(text.split())


class _Builder:
    def __init__(self, pacing: Pacing) -> None:
        self.p = pacing
        self.cues: list[Cue] = []
        self.t = 0.0

    def add(
        self, slot: float, kind: CueKind, text: str, say: str | None = None, **extra: Any
    ) -> None:
        self.cues.append(Cue(t=self.t, kind=kind, text=text, say=say, duration=slot, **extra))
        self.t += slot

    def spoken(
        self, kind: CueKind, text: str, at_least: float, say: str | None = None, **extra: Any
    ) -> None:
        words = text if say is None else say
        self.add(self.p.spoken(kind, words, at_least), kind, text, words, **extra)

    def build(self, poses: Sequence[Pose]) -> Timeline:
        if not poses:
            raise ValueError("no poses chosen; expected at least one")
        self.countdown(poses[0])
        spans: list[tuple[Pose, float]] = []
        for index, pose in enumerate(poses):
            spans.append((pose, self.t))
            self.pose(index, pose)
            if index + 1 < len(poses):
                self.rest(index, pose, poses[index + 1])
        self.spoken("done", "Well done!", 3.0, say=wording.WELL_DONE)
        ends = [start for _, start in spans[1:]] + [self.cues[-1].t]
        return Timeline(
            cues=tuple(self.cues),
            spans=tuple(
                PoseSpan(pose, start, end) for (pose, start), end in zip(spans, ends, strict=True)
            ),
            total=self.t,
        )

    def upcoming(self, pose: Pose) -> dict[str, Any]:
        """The facts about the pose coming up that a view shows while waiting for it."""
        return {
            "next_pose": pose.id,
            "next_pose_side": pose.sides(self.p.first_side)[0],
            "equipment": pose.equipment,
        }

    def countdown(self, first: Pose) -> None:
        say = f"Get ready. First: {first.name}."
        numbers = [n for n in (3, 2, 1) if n < self.p.countdown]
        head = self.p.countdown - len(numbers)
        self.spoken("countdown", "Get ready", head, say=say, **self.upcoming(first))
        for n in numbers:
            self.spoken("countdown", str(n), 1.0, n=n, **self.upcoming(first))

    def pose(self, index: int, pose: Pose) -> None:
        sides = pose.sides(self.p.first_side)
        where: dict[str, Any] = {"pose": pose.id, "pose_index": index}
        say = wording.sentences(
            pose.name + ".", wording.you_need(pose.equipment), wording.side_first(sides[0])
        )
        self.spoken(
            "pose", pose.name, 3.0, say=say, side=sides[0], equipment=pose.equipment, **where
        )
        for number, side in enumerate(sides):
            if number and side is not None:  # a second pass is always of a two-sided pose
                self.spoken(
                    "switch",
                    f"Switch sides: {side} side",
                    self.p.switch_gap,
                    say=wording.switch_sides(side),
                    side=side,
                    **where,
                )
            for i, step in enumerate(pose.steps_for(side)):
                self.spoken(
                    "step",
                    step,
                    max(self.p.step_min, _words(step) * self.p.seconds_per_word),
                    side=side,
                    step=i,
                    **where,
                )
            self.hold(pose, side, where)
            self.spoken("release", pose.release_for(side), self.p.release, side=side, **where)

    def hold(self, pose: Pose, side: Side | None, where: dict[str, Any]) -> None:
        self.spoken("hold", pose.hold_for(side), 2.0, side=side, breaths=pose.breaths, **where)
        rhythm = pose.rhythm
        for n in range(1, pose.breaths + 1):
            for phase, seconds in (("inhale", self.p.breath_in), ("exhale", self.p.breath_out)):
                word = phase.capitalize()
                text = fill(getattr(rhythm, phase), side) if rhythm else word
                say = self.fitting_breath_words(text, word, seconds)
                self.add(
                    seconds,
                    "breath",
                    text,
                    say,
                    side=side,
                    breaths=pose.breaths,
                    n=n,
                    phase=phase,
                    **where,
                )

    def fitting_breath_words(self, text: str, word: str, seconds: float) -> str | None:
        """Breaths keep their pace, so say the rhythm only if it fits the phase, else the plain word."""
        for candidate in (text, word):
            if self.p.speech("breath", candidate) + self.p.speech_margin / 2 <= seconds:
                return candidate
        return None

    def rest(self, index: int, pose: Pose, upcoming: Pose) -> None:
        seconds = self.p.rest
        if (pose.posture in FLOOR) != (upcoming.posture in FLOOR):
            seconds += self.p.floor_change
        say = wording.sentences(
            f"Rest. Next: {upcoming.name}.", wording.you_need(upcoming.equipment)
        )
        self.spoken(
            "rest",
            f"Next: {upcoming.name}",
            seconds,
            say=say,
            pose=pose.id,
            pose_index=index,
            **self.upcoming(upcoming),
        )
