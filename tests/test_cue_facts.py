"""The facts a cue carries for views (the pose coming up, its first side, the equipment).

They exist so that no view has to pick apart the words the timeline wrote; `plan --json`
keeps its public shape without them.
"""

from __future__ import annotations

from stretchplayer.core.model import Library
from stretchplayer.engine.pacing import Pacing
from stretchplayer.engine.timeline import build_timeline


def test_cues_carry_the_pose_coming_up_its_first_side_and_equipment(library: Library) -> None:
    timeline = build_timeline(library.select(["calf-stretch", "pyramid-pose"]))
    countdown = [c for c in timeline.cues if c.kind == "countdown"]
    assert {(c.next_pose, c.next_pose_side, c.equipment) for c in countdown} == {
        ("calf-stretch", "right", ())
    }
    poses = [c for c in timeline.cues if c.kind == "pose"]
    assert [(c.pose, c.side, c.equipment) for c in poses] == [
        ("calf-stretch", "right", ()),
        ("pyramid-pose", "left", ("2 yoga blocks",)),
    ]
    (rest,) = [c for c in timeline.cues if c.kind == "rest"]
    assert (rest.pose, rest.next_pose, rest.next_pose_side) == (
        "calf-stretch",
        "pyramid-pose",
        "left",
    )
    assert rest.equipment == ("2 yoga blocks",)
    assert {c.next_pose for c in timeline.cues if c.kind not in ("countdown", "rest")} == {None}


def test_the_first_side_setting_is_the_side_the_next_pose_starts_on(library: Library) -> None:
    timeline = build_timeline(
        library.select(["calf-stretch", "pyramid-pose"]), Pacing(first_side="right")
    )
    rest = next(c for c in timeline.cues if c.kind == "rest")
    assert rest.next_pose_side == "right"
    one_sided = build_timeline(library.select(["seated-forward-fold"]))
    assert one_sided.cues[0].next_pose_side is None


def test_the_view_facts_stay_out_of_the_public_json(library: Library) -> None:
    timeline = build_timeline(library.select(["calf-stretch", "pyramid-pose"]))
    public = ["t", "kind", "text", "say", "duration", "pose", "pose_index", "side", "step"]
    public += ["breaths", "n", "phase"]
    assert {tuple(c.to_json()) for c in timeline.cues} == {tuple(public)}
