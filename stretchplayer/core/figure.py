"""The pose figure as plain data: a 2-D body seen from the side, posed by keyframes (stdlib only).

Coordinates are centimetres with y up, the floor at y = 0, the figure facing +x. Angles are
degrees measured from +x, counter-clockwise, and are absolute (a thigh at -90 points straight
down whatever the pelvis does), which keeps keyframes readable by hand.

The legs and arms are named by the pose's side: `side_*` is the working limb (the `{side}` of
the step texts), drawn nearest the viewer; `other_*` the opposite one. A keyframe fixes the body
in one of two ways: a `pelvis` point, or a planted joint (`plant`: a heel, a toe, a knee stays
exactly where the step puts it). A limb may `reach` a target (a point, the top of a block, a
place along the other thigh); two-bone inverse kinematics then bends its elbow or knee.

Between two keyframes the angles ease; a plant or a reach that both keyframes share is solved
again on every in-between frame, so a planted foot does not slide and hands stay on the blocks.
Mirroring (the other side) is exact: x becomes -x.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Literal

Point = tuple[float, float]

# Segment lengths of an adult about 170 cm tall (anthropometric proportions, rounded).
LENGTHS: Mapping[str, float] = {
    "spine": 25.0,  # pelvis centre to the middle of the back
    "chest": 25.0,  # middle of the back to the shoulders
    "neck": 9.0,
    "upper_arm": 29.0,
    "forearm": 26.0,
    "hand": 8.0,
    "thigh": 44.0,
    "shin": 43.0,
}
HEAD_RADIUS = 11.0
# The foot in its own frame (along the sole, then along the sole's normal), from the ankle.
HEEL: Point = (-5.0, -7.0)
TOE: Point = (17.0, -7.0)
# Half thickness of the body at each joint: the painter draws these, the floor test uses them.
RADII: Mapping[str, float] = {
    "pelvis": 13.0,
    "waist": 12.0,
    "shoulder": 12.5,
    "neck_top": 5.0,
    "hip": 8.5,
    "knee": 5.5,
    "ankle": 3.6,
    "elbow": 4.0,
    "wrist": 3.0,
    "fingers": 2.4,
}
BLOCK_SIZES: Mapping[str, float] = {"low": 7.5, "middle": 15.0, "tall": 23.0}
BLOCK_LENGTH = 23.0  # a standard yoga block is 23 x 15 x 7.5 cm; side view shows its length
WRIST_ABOVE_BLOCK = 3.0

LIMBS = ("side", "other")
LEG_ANGLES = ("thigh", "shin", "foot")
ARM_ANGLES = ("upper_arm", "forearm", "hand")
ANGLE_NAMES: tuple[str, ...] = (
    "spine",
    "chest",
    "neck",
    *(f"{limb}_{part}" for limb in LIMBS for part in LEG_ANGLES),
    *(f"{limb}_{part}" for limb in LIMBS for part in ARM_ANGLES),
)
REACHERS = ("side_leg", "other_leg", "side_arm", "other_arm")
# Joints a keyframe may plant: those the leg angles alone place, given the pelvis.
PLANTABLE: tuple[str, ...] = (
    "pelvis",
    *(f"{limb}_{joint}" for limb in LIMBS for joint in ("knee", "ankle", "heel", "toe")),
)
# Every joint a posed figure has: what arrows may point at.
JOINT_NAMES: tuple[str, ...] = (
    "pelvis",
    "waist",
    "shoulder",
    "neck_top",
    "head",
    *(
        f"{limb}_{joint}"
        for limb in LIMBS
        for joint in ("hip", "knee", "ankle", "heel", "toe", "elbow", "wrist", "fingers")
    ),
)
# A frame every figure fits, so all poses are drawn at one scale (x0, y0, x1, y1).
FRAME: tuple[float, float, float, float] = (-110.0, -12.0, 110.0, 178.0)


@dataclass(frozen=True)
class Target:
    """Where a limb reaches: a point, the top of a block, a place along a thigh's back, or the
    hips (hands on hips)."""

    kind: Literal["point", "block", "thigh", "hips"]
    point: Point = (0.0, 0.0)
    block: int = 0
    limb: str = "side"  # for "thigh": whose thigh
    along: float = 0.5  # for "thigh": 0 at the hip, 1 at the knee


@dataclass(frozen=True)
class Block:
    """A yoga block standing on the floor at x (its centre), or held in a hand."""

    height: str = "middle"
    x: float = 0.0
    held_by: str | None = None  # "side" or "other": the block is in that hand


@dataclass(frozen=True)
class Arrow:
    """An effort the eye cannot see in a still body: press a heel down, pull it back, lift.

    Drawn at `joint` in the direction `angle`: leaving the joint (a move), or pointing into it
    (a press, `press` True).
    """

    joint: str
    angle: float
    press: bool = False


@dataclass(frozen=True)
class Keyframe:
    angles: Mapping[str, float]
    pelvis: Point | None = None
    plant: tuple[str, Point] | None = None
    reach: Mapping[str, Target] = field(default_factory=dict)
    blocks: tuple[Block, ...] = ()
    arrows: tuple[Arrow, ...] = ()  # this step's effort, drawn once it is reached


@dataclass(frozen=True)
class PoseFigure:
    """A pose's keyframes: one per setup step, one for the hold, maybe an inhale/exhale pair."""

    pose_id: str
    stretched: tuple[str, ...]  # the legs whose hamstrings the pose stretches: "side", "other"
    steps: tuple[Keyframe, ...]
    hold: Keyframe
    inhale: Keyframe | None = None
    exhale: Keyframe | None = None

    def keyframe(self, step: int | None) -> Keyframe:
        """Step `step` (0-based) of the setup, or the hold for None."""
        return self.hold if step is None else self.steps[step]


@dataclass(frozen=True)
class BlockShape:
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True)
class Posed:
    """A figure at one moment: every joint's position, ready to draw."""

    joints: Mapping[str, Point]
    blocks: tuple[BlockShape, ...]
    stretched: tuple[str, ...]
    chest: float = 1.0  # the chest's size: 1 on empty lungs, a little more when full
    angles: Mapping[str, float] = field(default_factory=dict)
    facing: int = 1  # +1 faces +x; -1 once mirrored (which way is "front" for the painter)
    arrows: tuple[tuple[Point, float, bool], ...] = ()  # (joint position, angle, press)

    def mirrored(self) -> Posed:
        return Posed(
            joints={k: (-x, y) for k, (x, y) in self.joints.items()},
            blocks=tuple(BlockShape(-b.x1, b.y0, -b.x0, b.y1) for b in self.blocks),
            stretched=self.stretched,
            chest=self.chest,
            angles={k: _norm(180.0 - a) for k, a in self.angles.items()},
            facing=-self.facing,
            arrows=tuple(((-x, y), _norm(180.0 - a), p) for (x, y), a, p in self.arrows),
        )

    def lowest(self) -> float:
        """How far the body's surface comes down: below 0 means through the floor."""
        low = math.inf
        for name, (_, y) in self.joints.items():
            base = name.split("_", 1)[1] if name.startswith(LIMBS) else name
            radius = 0.0 if base in ("heel", "toe") else RADII.get(base, 0.0)
            low = min(low, y - radius)
        return low


# -- geometry ----------------------------------------------------------------------------------


def _dir(angle: float) -> Point:
    r = math.radians(angle)
    return math.cos(r), math.sin(r)


def _add(p: Point, angle: float, length: float) -> Point:
    dx, dy = _dir(angle)
    return p[0] + dx * length, p[1] + dy * length


def _angle(a: Point, b: Point) -> float:
    return math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))


def _norm(angle: float) -> float:
    """An angle in (-180, 180]."""
    a = math.fmod(angle, 360.0)
    if a <= -180.0:
        a += 360.0
    elif a > 180.0:
        a -= 360.0
    return a


def _in_frame(origin: Point, angle: float, local: Point) -> Point:
    (fx, fy), (nx, ny) = _dir(angle), _dir(angle + 90.0)
    return origin[0] + fx * local[0] + nx * local[1], origin[1] + fy * local[0] + ny * local[1]


def two_bone(root: Point, target: Point, a: float, b: float, bend: float) -> tuple[float, float]:
    """Angles of two bones of lengths a, b from root towards target (straight if out of reach).

    `bend` +1 puts the middle joint counter-clockwise of the root-target line (a knee in front
    of a leg facing +x), -1 clockwise (an elbow behind the arm).
    """
    d = math.dist(root, target)
    base = _angle(root, target)
    d = max(abs(a - b) + 1e-6, min(a + b, d))
    cos_root = (a * a + d * d - b * b) / (2 * a * d)
    offset = math.degrees(math.acos(max(-1.0, min(1.0, cos_root))))
    upper = base + bend * offset
    middle = _add(root, upper, a)
    lower = _angle(middle, target) if d < a + b else upper
    return _norm(upper), _norm(lower)


# -- posing ------------------------------------------------------------------------------------


def leg(hip: Point, angles: Mapping[str, float], limb: str) -> dict[str, Point]:
    knee = _add(hip, angles[f"{limb}_thigh"], LENGTHS["thigh"])
    ankle = _add(knee, angles[f"{limb}_shin"], LENGTHS["shin"])
    foot = angles[f"{limb}_foot"]
    return {
        f"{limb}_hip": hip,
        f"{limb}_knee": knee,
        f"{limb}_ankle": ankle,
        f"{limb}_heel": _in_frame(ankle, foot, HEEL),
        f"{limb}_toe": _in_frame(ankle, foot, TOE),
    }


def block_shapes(blocks: tuple[Block, ...], joints: Mapping[str, Point]) -> tuple[BlockShape, ...]:
    shapes = []
    for block in blocks:
        h = BLOCK_SIZES[block.height]
        if block.held_by is not None:
            x, y = joints[f"{block.held_by}_fingers"]
            shapes.append(
                BlockShape(x - BLOCK_LENGTH / 2, y - h / 2, x + BLOCK_LENGTH / 2, y + h / 2)
            )
        else:
            shapes.append(
                BlockShape(block.x - BLOCK_LENGTH / 2, 0.0, block.x + BLOCK_LENGTH / 2, h)
            )
    return tuple(shapes)


def target_point(target: Target, blocks: tuple[Block, ...], joints: Mapping[str, Point]) -> Point:
    if target.kind == "point":
        return target.point
    if target.kind == "hips":
        px, py = joints["pelvis"]
        return px + 3.0, py + 9.0
    if target.kind == "block":
        block = blocks[target.block]
        return block.x, BLOCK_SIZES[block.height] + WRIST_ABOVE_BLOCK
    hip, knee = joints[f"{target.limb}_hip"], joints[f"{target.limb}_knee"]
    along = (hip[0] + (knee[0] - hip[0]) * target.along, hip[1] + (knee[1] - hip[1]) * target.along)
    # the back of the thigh: the side away from the knee's front
    return _add(along, _angle(hip, knee) - 90.0, RADII["hip"] + 1.0)


def pose(
    keyframe: Keyframe,
    stretched: tuple[str, ...] = (),
    angles: Mapping[str, float] | None = None,
    pelvis: Point | None = None,
    chest: float = 1.0,
) -> Posed:
    """Forward kinematics: the joint positions for a keyframe (or for blended `angles` and a
    blended `pelvis`, keeping the keyframe's plant and reach)."""
    a = dict(angles if angles is not None else keyframe.angles)
    if pelvis is None:
        if keyframe.plant is not None:
            joint, (px, py) = keyframe.plant
            if joint == "pelvis":
                pelvis = (px, py)
            else:
                limb = joint.split("_", 1)[0]
                jx, jy = leg((0.0, 0.0), a, limb)[joint]
                pelvis = (px - jx, py - jy)
        else:
            pelvis = keyframe.pelvis or (0.0, 100.0)
    joints: dict[str, Point] = {"pelvis": pelvis}
    for limb in LIMBS:
        target = keyframe.reach.get(f"{limb}_leg")
        if target is not None:
            point = target_point(target, keyframe.blocks, joints)
            a[f"{limb}_thigh"], a[f"{limb}_shin"] = two_bone(
                pelvis, point, LENGTHS["thigh"], LENGTHS["shin"], +1.0
            )
        joints.update(leg(pelvis, a, limb))
    joints["waist"] = _add(pelvis, a["spine"], LENGTHS["spine"])
    joints["shoulder"] = _add(joints["waist"], a["chest"], LENGTHS["chest"])
    joints["neck_top"] = _add(joints["shoulder"], a["neck"], LENGTHS["neck"])
    joints["head"] = _add(joints["neck_top"], a["neck"], HEAD_RADIUS * 0.85)
    for limb in LIMBS:
        target = keyframe.reach.get(f"{limb}_arm")
        if target is not None:
            point = target_point(target, keyframe.blocks, joints)
            a[f"{limb}_upper_arm"], a[f"{limb}_forearm"] = two_bone(
                joints["shoulder"], point, LENGTHS["upper_arm"], LENGTHS["forearm"], -1.0
            )
        elbow = _add(joints["shoulder"], a[f"{limb}_upper_arm"], LENGTHS["upper_arm"])
        wrist = _add(elbow, a[f"{limb}_forearm"], LENGTHS["forearm"])
        joints[f"{limb}_elbow"] = elbow
        joints[f"{limb}_wrist"] = wrist
        joints[f"{limb}_fingers"] = _add(wrist, a[f"{limb}_hand"], LENGTHS["hand"])
    return Posed(
        joints=joints,
        blocks=block_shapes(keyframe.blocks, joints),
        stretched=stretched,
        chest=chest,
        angles={k: _norm(v) for k, v in a.items()},
        arrows=tuple((joints[x.joint], x.angle, x.press) for x in keyframe.arrows),
    )


def ease(t: float) -> float:
    """Ease in and out (smoothstep): slow to leave, slow to arrive."""
    t = max(0.0, min(1.0, t))
    return t * t * (3.0 - 2.0 * t)


def _lerp_angle(a: float, b: float, t: float) -> float:
    return _norm(a + _norm(b - a) * t)


def blend(
    a: Keyframe, b: Keyframe, t: float, stretched: tuple[str, ...] = (), chest: float = 1.0
) -> Posed:
    """The figure `t` (0..1, already eased) of the way from keyframe a to keyframe b.

    What both keyframes hold still is held on every frame in between: a shared plant keeps
    that joint where it is, a shared reach keeps the hand or foot on its target.
    """
    if t <= 0.0:
        return pose(a, stretched, chest=chest)
    if t >= 1.0:
        return pose(b, stretched, chest=chest)
    pa, pb = pose(a, stretched), pose(b, stretched)
    angles = {k: _lerp_angle(pa.angles[k], pb.angles[k], t) for k in ANGLE_NAMES}
    shared_reach = {k: v for k, v in a.reach.items() if b.reach.get(k) == v}
    blocks = (
        tuple(replace(x, x=x.x + (y.x - x.x) * t) for x, y in zip(a.blocks, b.blocks, strict=False))
        if len(a.blocks) == len(b.blocks)
        else (b.blocks if t >= 0.5 else a.blocks)
    )
    middle = Keyframe(
        angles=angles,
        plant=a.plant if a.plant == b.plant else None,
        reach=shared_reach,
        blocks=blocks,
    )
    if middle.plant is not None:
        return pose(middle, stretched, angles=angles, chest=chest)
    (ax, ay), (bx, by) = pa.joints["pelvis"], pb.joints["pelvis"]
    pelvis = (ax + (bx - ax) * t, ay + (by - ay) * t)
    posed = pose(middle, stretched, angles=angles, pelvis=pelvis, chest=chest)
    # Nothing holds the body down between two ways of standing: keep it out of the floor.
    low = posed.lowest()
    if low < 0.0:
        posed = pose(
            middle, stretched, angles=angles, pelvis=(pelvis[0], pelvis[1] - low), chest=chest
        )
    return posed


def breathing(figure: PoseFigure, breath: float) -> Posed:
    """The hold at a point of the breath: 0 empty lungs, 1 full.

    With an inhale/exhale pair the body moves between them (lengthen on the inhale, fold or
    release on the exhale); without one, the chest rises and fills a little.
    """
    breath = max(0.0, min(1.0, breath))
    chest = 1.0 + 0.06 * breath
    if figure.inhale is not None and figure.exhale is not None:
        return blend(figure.exhale, figure.inhale, ease(breath), figure.stretched, chest)
    return pose(figure.hold, figure.stretched, chest=chest)


def breath_reach(figure: PoseFigure) -> float:
    """The farthest any point of the body moves (model cm) between empty and full lungs: how
    finely a breath must be drawn for no step of it to show."""
    empty, full = breathing(figure, 0.0), breathing(figure, 1.0)
    moved = max((math.dist(p, full.joints[k]) for k, p in empty.joints.items()), default=0.0)
    return moved + (full.chest - empty.chest) * RADII["shoulder"]


def moment(
    figure: PoseFigure,
    step: int | None,
    breath: float | None = None,
    previous: int | Literal["none"] | None = "none",
    progress: float = 1.0,
) -> Posed:
    """The figure for a step (None = the hold), optionally breathing, optionally still moving in
    from `previous` (a step index, None for the hold) with `progress` 0..1 of the move done."""
    if step is None and breath is not None:
        target = breathing(figure, breath)
    else:
        target = pose(figure.keyframe(step), figure.stretched)
    if previous == "none" or progress >= 1.0:
        return target
    start = figure.keyframe(previous)
    end = figure.keyframe(step)
    if step is None and breath is not None:
        # Moving into a hold that already breathes: towards the breathing body, not the still
        # one, so nothing jumps when the move ends.
        end = replace(end, angles=target.angles)
    return blend(start, end, ease(progress), figure.stretched, target.chest)
