"""The pose library as plain data: poses, their steps, sides and holds (stdlib only)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from stretchplayer.core import wording
from stretchplayer.core.i18n import Context

model_errors = Context("model_errors")

Side = Literal["left", "right"]
Posture = Literal["standing", "kneeling", "lying", "seated"]

SIDES: tuple[Side, ...] = ("right", "left")
POSTURES: tuple[Posture, ...] = ("standing", "kneeling", "lying", "seated")

# Step texts name sides through placeholders, so the same words serve both passes:
# "{side}" is the working side of this pass, "{other}" the opposite one; capitalised, the
# word is too. A language whose side words change form (German "mit dem rechten Fuß", "das
# linke Bein") names the form after a colon, "{side:dem}", and lists each form's word for
# each side in its translation file (core/translation.py): no language is special-cased.
SIDE_PLACEHOLDERS = frozenset({"side", "other", "Side", "Other"})
PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
BASE_FORM = "base"  # the form a placeholder without ":form" takes

SideWords = tuple[tuple[str, str, str], ...]  # (form, the word for right, the word for left)
ENGLISH_SIDE_WORDS: SideWords = ((BASE_FORM, "right", "left"),)


def other_side(side: Side) -> Side:
    return "left" if side == "right" else "right"


def split_placeholder(name: str) -> tuple[str, str]:
    """ "side:dem" -> ("side", "dem"); "side" -> ("side", BASE_FORM)."""
    word, _, form = name.partition(":")
    return word, form or BASE_FORM


def fill(
    template: str,
    side: Side | None = None,
    breaths: int | None = None,
    words: SideWords = ENGLISH_SIDE_WORDS,
) -> str:
    """Replace the placeholders of a validated template for one side."""
    forms = {form: {"right": right, "left": left} for form, right, left in words}

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        if name == "breaths" and breaths is not None:
            return str(breaths)
        word, form = split_placeholder(name)
        if side is None or word not in SIDE_PLACEHOLDERS or form not in forms:
            return match.group(0)
        shown = forms[form][side if word in ("side", "Side") else other_side(side)]
        return shown[:1].upper() + shown[1:] if word[0].isupper() else shown

    return PLACEHOLDER.sub(value, template)


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
    side_words: SideWords = ENGLISH_SIDE_WORDS  # how this pose's language names the sides

    def fill(self, template: str, side: Side | None, breaths: int | None = None) -> str:
        return fill(template, side, breaths, self.side_words)

    def sides(self, first: Side | None = None) -> tuple[Side | None, ...]:
        """The passes through this pose, in order: two sides, or one pass with no side."""
        if not self.two_sided:
            return (None,)
        start = first or self.first_side or "right"
        return (start, other_side(start))

    def steps_for(self, side: Side | None) -> tuple[str, ...]:
        return tuple(self.fill(step, side) for step in self.steps)

    def hold_for(self, side: Side | None) -> str:
        return self.fill(self.hold_text, side, self.breaths)

    def release_for(self, side: Side | None) -> str:
        return self.fill(self.release, side)

    @property
    def sides_label(self) -> str:
        return wording.sides_label(self.two_sided, self.breaths)


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
        super().__init__(
            model_errors.tr("unknown pose id %s; expected one of: %s")
            % (repr(pose_id), ", ".join(known))
        )
        self.pose_id = pose_id
