"""The pose figure's model: forward kinematics, constraints, blending, mirroring, the shipped data."""

from __future__ import annotations

import itertools
import math

import pytest

from stretchplayer.core.figure import (
    ANGLE_NAMES,
    FRAME,
    LENGTHS,
    RADII,
    Keyframe,
    Posed,
    PoseFigure,
    blend,
    breathing,
    ease,
    moment,
    pose,
    target_point,
    two_bone,
)
from stretchplayer.core.keyframes import Figures, load_figures
from stretchplayer.core.model import Library


@pytest.fixture(scope="module")
def figures(library: Library) -> Figures:
    return load_figures(library)


def standing(**changes: float) -> dict[str, float]:
    angles = {name: -90.0 for name in ANGLE_NAMES}
    angles.update(spine=90.0, chest=90.0, neck=90.0, side_foot=0.0, other_foot=0.0)
    angles.update(changes)
    return angles


def close(a: tuple[float, float], b: tuple[float, float], tol: float = 1e-6) -> bool:
    return math.dist(a, b) <= tol


def moments(figure: PoseFigure) -> list[tuple[str, Posed]]:
    named = [(f"step {i + 1}", moment(figure, i)) for i in range(len(figure.steps))]
    named.append(("hold", moment(figure, None)))
    named += [(f"breath {b}", moment(figure, None, breath=b)) for b in (0.0, 0.5, 1.0)]
    return named


def test_forward_kinematics_places_joints_for_known_angles() -> None:
    posed = pose(Keyframe(angles=standing(), pelvis=(0.0, 94.0)))
    j = posed.joints
    assert close(j["side_knee"], (0.0, 94.0 - LENGTHS["thigh"]))
    assert close(j["side_ankle"], (0.0, 7.0))
    assert close(j["side_heel"], (-5.0, 0.0))  # a flat foot stands on the floor
    assert close(j["side_toe"], (17.0, 0.0))
    assert close(j["shoulder"], (0.0, 94.0 + LENGTHS["spine"] + LENGTHS["chest"]))
    # a thigh raised to horizontal puts the knee straight in front of the hip
    raised = pose(Keyframe(angles=standing(side_thigh=0.0), pelvis=(0.0, 94.0)))
    assert close(raised.joints["side_knee"], (LENGTHS["thigh"], 94.0))


def test_two_bone_reaches_targets_and_goes_straight_when_too_far() -> None:
    upper, lower = two_bone((0.0, 0.0), (30.0, -60.0), 44.0, 43.0, +1.0)
    knee = (44.0 * math.cos(math.radians(upper)), 44.0 * math.sin(math.radians(upper)))
    end = (
        knee[0] + 43 * math.cos(math.radians(lower)),
        knee[1] + 43 * math.sin(math.radians(lower)),
    )
    assert close(end, (30.0, -60.0), 1e-6)
    assert knee[0] > 30.0 * 44.0 / math.hypot(30, 60) - 1e-9  # the knee bends forward (+x)
    assert two_bone((0.0, 0.0), (500.0, 0.0), 44.0, 43.0, +1.0) == pytest.approx((0.0, 0.0))


def test_a_planted_foot_does_not_slide_between_keyframes() -> None:
    plant = ("side_heel", (-40.0, 0.0))
    a = Keyframe(angles=standing(side_thigh=-100, side_shin=-100), plant=plant)
    b = Keyframe(angles=standing(side_thigh=-125, side_shin=-125, spine=70), plant=plant)
    for i in range(11):
        posed = blend(a, b, ease(i / 10))
        assert close(posed.joints["side_heel"], (-40.0, 0.0), 1e-9)


def test_hands_stay_on_the_blocks_while_the_body_moves(figures: Figures) -> None:
    fold = figures["standing-forward-fold"]
    exhale, inhale = fold.exhale, fold.inhale
    assert exhale is not None and inhale is not None
    top = target_point(exhale.reach["side_arm"], exhale.blocks, {})
    shoulders = set()
    for i in range(11):
        posed = blend(exhale, inhale, i / 10)
        assert close(posed.joints["side_wrist"], top, 1e-6)
        shoulders.add(tuple(round(c, 3) for c in posed.joints["shoulder"]))
    assert len(shoulders) == 11  # the body did move


def test_mirroring_is_exact(figures: Figures) -> None:
    posed = moment(figures["half-split"], None, breath=0.3)
    mirrored = posed.mirrored()
    for name, (x, y) in posed.joints.items():
        assert mirrored.joints[name] == (-x, y)
    assert mirrored.mirrored().joints == posed.joints
    assert [(-b.x1, -b.x0) for b in posed.blocks] == [(b.x0, b.x1) for b in mirrored.blocks]


def test_every_shipped_pose_has_a_figure_with_a_keyframe_per_step(
    library: Library, figures: Figures
) -> None:
    assert set(figures) == {p.id for p in library.poses}
    for p in library.poses:
        assert len(figures[p.id].steps) == len(p.steps), p.id
        assert figures[p.id].stretched, p.id


def test_shipped_rhythms_have_an_inhale_and_exhale_keyframe(
    library: Library, figures: Figures
) -> None:
    for p in library.poses:
        if p.rhythm is not None:
            assert figures[p.id].inhale is not None, p.id


@pytest.mark.parametrize("side_mirrored", [False, True])
def test_every_pose_step_and_side_stays_in_its_frame_and_above_the_floor(
    figures: Figures, side_mirrored: bool
) -> None:
    x0, _y0, x1, y1 = FRAME
    for pose_id, figure in figures.items():
        for name, posed in moments(figure):
            if side_mirrored:
                posed = posed.mirrored()
            where = f"{pose_id} {name}"
            assert posed.lowest() >= -0.5, where  # no limb through the floor
            for joint, (x, y) in posed.joints.items():
                margin = RADII.get(joint.split("_", 1)[-1], RADII.get(joint, 0.0))
                assert x0 <= x - margin and x + margin <= x1, (where, joint)
                assert y + margin <= y1, (where, joint)
            for block in posed.blocks:
                assert x0 <= block.x0 and block.x1 <= x1 and block.y0 >= 0, where


def test_every_reaching_limb_reaches_its_target(figures: Figures) -> None:
    """Hands on the blocks and on the thigh, feet on the floor: the data asks for what a body can do."""
    for pose_id, figure in figures.items():
        frames = [*figure.steps, figure.hold]
        frames += [k for k in (figure.inhale, figure.exhale) if k is not None]
        for index, keyframe in enumerate(frames):
            posed = pose(keyframe)
            for limb, target in keyframe.reach.items():
                end = posed.joints[limb.replace("_leg", "_ankle").replace("_arm", "_wrist")]
                goal = target_point(target, keyframe.blocks, posed.joints)
                assert math.dist(end, goal) < 0.5, (pose_id, index, limb)


def test_consecutive_steps_differ(figures: Figures) -> None:
    for pose_id, figure in figures.items():
        frames = [pose(k) for k in figure.steps]
        for n, (a, b) in enumerate(itertools.pairwise(frames)):
            moved = max(math.dist(a.joints[k], b.joints[k]) for k in a.joints)
            changed_blocks = a.blocks != b.blocks
            assert moved > 2.0 or changed_blocks, f"{pose_id}: step {n + 1} and {n + 2} look alike"


def test_the_figures_show_what_the_steps_say(figures: Figures) -> None:
    def knee_angle(p: Posed, limb: str) -> float:
        a = p.angles
        return abs((a[f"{limb}_thigh"] - a[f"{limb}_shin"] + 180) % 360 - 180)

    seated = pose(figures["seated-forward-fold"].hold)
    assert knee_angle(seated, "side") < 5 and knee_angle(seated, "other") < 5  # straight legs
    assert abs(seated.angles["spine"] - seated.angles["chest"]) < 10  # a long back
    split = pose(figures["half-split"].hold)
    assert knee_angle(split, "side") < 5  # a straight front leg
    assert split.joints["side_heel"][1] == pytest.approx(0.0, abs=0.5)  # its heel on the mat
    assert split.joints["other_knee"][1] == pytest.approx(RADII["knee"], abs=0.5)  # back knee down
    supine = pose(figures["supine-hamstring-stretch"].hold)
    assert supine.joints["side_knee"][1] > 40  # the thigh raised
    hip, knee = supine.joints["side_hip"], supine.joints["side_knee"]
    wrist = supine.joints["side_wrist"]
    # the hands are behind the raised thigh, between hip and knee
    assert min(hip[1], knee[1]) < wrist[1] < max(hip[1], knee[1])


def test_breathing_lifts_the_chest_and_blends_the_rhythm(figures: Figures) -> None:
    calf = figures["calf-stretch"]
    assert breathing(calf, 1.0).chest > breathing(calf, 0.0).chest
    fold = figures["seated-forward-fold"]
    empty, full = breathing(fold, 0.0), breathing(fold, 1.0)
    # lengthen on the inhale: the shoulders higher; fold on the exhale: lower
    assert full.joints["shoulder"][1] > empty.joints["shoulder"][1] + 3
    assert ease(0.0) == 0.0 and ease(1.0) == 1.0 and ease(0.5) == 0.5


def test_moving_between_steps_starts_at_one_and_ends_at_the_other(figures: Figures) -> None:
    lizard = figures["lizard-pose"]
    start = moment(lizard, 2, previous=1, progress=0.0)
    end = moment(lizard, 2, previous=1, progress=1.0)
    middle = moment(lizard, 2, previous=1, progress=0.5)
    assert start.joints == pose(lizard.steps[1]).joints
    assert end.joints == pose(lizard.steps[2]).joints
    assert middle.joints["pelvis"] not in (start.joints["pelvis"], end.joints["pelvis"])


def test_moving_between_steps_never_goes_through_the_floor(figures: Figures) -> None:
    for pose_id, figure in figures.items():
        frames = [*figure.steps, figure.hold]
        for n, (a, b) in enumerate(itertools.pairwise(frames)):
            for i in range(1, 10):
                posed = blend(a, b, ease(i / 10))
                assert posed.lowest() >= -0.5, f"{pose_id}: step {n + 1} to {n + 2} at {i / 10}"


def test_the_hold_is_where_the_breath_starts_and_moving_into_it_does_not_jump(
    figures: Figures,
) -> None:
    for pose_id, figure in figures.items():
        still = moment(figure, None)
        empty = moment(figure, None, breath=0.0)
        assert all(math.dist(empty.joints[k], p) < 1e-6 for k, p in still.joints.items()), pose_id
        last = len(figure.steps) - 1
        almost = moment(figure, None, breath=0.4, previous=last, progress=0.999)
        arrived = moment(figure, None, breath=0.4)
        for joint, (x, y) in arrived.joints.items():
            assert math.dist(almost.joints[joint], (x, y)) < 0.5, (pose_id, joint)
