"""The pose library as plain data: poses, their steps, sides and holds (stdlib only)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Side = Literal["left", "right"]
Posture = Literal["standing", "kneeling", "lying", "seated"]

SIDES: tuple[Side, ...] = ("right", "left")
POSTURES: tuple[Posture, ...] = ("standing", "kneeling", "lying", "seated")

# Step texts name sides through placeholders, so the same words serve both passes:
# "{side}" is the working side of this pass, "{other}" the opposite one.
SIDE_PLACEHOLDERS = frozenset({"side", "other", "Side", "Other"})
PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


def other_side(side: Side) -> Side:
    return "left" if side == "right" else "right"


def fill(template: str, side: Side | None = None, breaths: int | None = None) -> str:
    """Replace the placeholders of a validated template for one side."""
    values: dict[str, str] = {}
    if side is not None:
        other = other_side(side)
        values.update(side=side, other=other, Side=side.capitalize(), Other=other.capitalize())
    if breaths is not None:
        values["breaths"] = str(breaths)
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


@dataclass(frozen=True)
class Rhythm:
    """A special way of breathing through the hold (e.g. press on the inhale, release on the exhale)."""

    summary: str
    inhale: str
    exhale: str


@dataclass(frozen=True)
class Pose:
    id: str
    name: str
    purpose: str
    posture: Posture
    two_sided: bool
    first_side: Side | None
    equipment: tuple[str, ...]
    image: str
    steps: tuple[str, ...]
    breaths: int
    hold_text: str
    rhythm: Rhythm | None
    release: str

    def sides(self, first: Side | None = None) -> tuple[Side | None, ...]:
        """The passes through this pose, in order: two sides, or one pass with no side."""
        if not self.two_sided:
            return (None,)
        start = first or self.first_side or "right"
        return (start, other_side(start))

    def steps_for(self, side: Side | None) -> tuple[str, ...]:
        return tuple(fill(step, side) for step in self.steps)

    def hold_for(self, side: Side | None) -> str:
        return fill(self.hold_text, side, self.breaths)

    def release_for(self, side: Side | None) -> str:
        return fill(self.release, side)

    @property
    def sides_label(self) -> str:
        return f"2 sides × {self.breaths} breaths" if self.two_sided else f"{self.breaths} breaths"


@dataclass(frozen=True)
class About:
    """The seed's why (tight hamstrings, pelvis and back) and its advice."""

    title: str
    paragraphs: tuple[str, ...]
    advice: str
    safety: tuple[str, ...]


@dataclass(frozen=True)
class Library:
    path: Path | None
    version: int
    about: About
    poses: tuple[Pose, ...]

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.poses)

    def get(self, pose_id: str) -> Pose:
        for pose in self.poses:
            if pose.id == pose_id:
                return pose
        raise UnknownPoseError(pose_id, self.ids)

    def select(self, ids: list[str] | None) -> tuple[Pose, ...]:
        """The poses for these ids in this order; all poses when ids is None."""
        if ids is None:
            return self.poses
        return tuple(self.get(i) for i in ids)


class UnknownPoseError(LookupError):
    def __init__(self, pose_id: str, known: tuple[str, ...]) -> None:
        super().__init__(f"unknown pose id {pose_id!r}; expected one of: {', '.join(known)}")
        self.pose_id = pose_id
