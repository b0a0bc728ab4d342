"""The session timeline: every cue in order, mirrored, breath by breath, with room to speak."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stretchplayer.core.model import Library
from stretchplayer.engine.pacing import Pacing
from stretchplayer.engine.timeline import Cue, Timeline, build_timeline
from tests.helpers import POSE_IDS


def kinds(cues: list[Cue] | tuple[Cue, ...]) -> list[str]:
    return [c.kind for c in cues]


def cues_of(timeline: Timeline, pose: str) -> list[Cue]:
    return [c for c in timeline.cues if c.pose == pose and c.kind != "rest"]


def test_a_two_sided_pose_is_done_on_both_sides_with_mirrored_words(library: Library) -> None:
    timeline = build_timeline(library.select(["lizard-pose"]))
    cues = cues_of(timeline, "lizard-pose")
    steps = len(library.get("lizard-pose").steps)
    one_side = ["step"] * steps + ["hold"] + ["breath"] * 20 + ["release"]
    assert kinds(cues) == ["pose", *one_side, "switch", *one_side]
    switch = kinds(cues).index("switch")
    assert {c.side for c in cues[1:switch]} == {"right"}
    assert {c.side for c in cues[switch:]} == {"left"}
    assert cues[1].text.startswith("Lunge your right foot forward")
    assert cues[switch + 1].text.startswith("Lunge your left foot forward with your right leg")
    assert "left" in (cues[switch].say or "")


def test_a_one_sided_pose_has_one_pass_and_no_side(library: Library) -> None:
    timeline = build_timeline(library.select(["seated-forward-fold"]))
    cues = cues_of(timeline, "seated-forward-fold")
    assert "switch" not in kinds(cues)
    assert {c.side for c in cues} == {None}
    assert kinds(cues).count("breath") == 20


def test_holds_count_breaths_alternating_inhale_and_exhale_at_the_pacing(library: Library) -> None:
    timeline = build_timeline(library.select(["calf-stretch"]), Pacing(breath_in=3, breath_out=5))
    breaths = [c for c in timeline.cues if c.kind == "breath" and c.side == "right"]
    assert [(c.n, c.phase) for c in breaths] == [
        (n, p) for n in range(1, 11) for p in ("inhale", "exhale")
    ]
    gaps = [b.t - a.t for a, b in itertools.pairwise(breaths)]
    assert gaps == pytest.approx([3, 5] * 9 + [3])
    hold = next(c for c in timeline.cues if c.kind == "hold")
    assert hold.breaths == 10 and hold.text == "Hold for 10 breaths."


def test_special_rhythm_words_replace_inhale_and_exhale(library: Library) -> None:
    timeline = build_timeline(library.select(["supine-hamstring-stretch"]))
    breath = [c for c in timeline.cues if c.kind == "breath"]
    assert {c.text for c in breath} == {"Press", "Release"}
    hold = [c.text for c in timeline.cues if c.kind == "hold"]
    assert hold == [
        "For 10 breaths: press your right leg into your hands for three seconds, then release.",
        "For 10 breaths: press your left leg into your hands for three seconds, then release.",
    ]


def test_session_starts_with_a_countdown_and_ends_with_done(library: Library) -> None:
    timeline = build_timeline(library.poses, Pacing(countdown=10))
    assert [c.text for c in timeline.cues[:4]] == ["Get ready", "3", "2", "1"]
    assert [c.t for c in timeline.cues[:5]] == [0, 7, 8, 9, 10]
    assert timeline.cues[4].kind == "pose"
    assert timeline.cues[-1].kind == "done"
    assert timeline.total == pytest.approx(timeline.cues[-1].t + timeline.cues[-1].duration)


def test_rest_is_longer_when_going_from_standing_to_the_floor(library: Library) -> None:
    pacing = Pacing(rest=10, floor_change=12)
    standing = build_timeline(library.select(["calf-stretch", "pyramid-pose"]), pacing)
    to_floor = build_timeline(library.select(["calf-stretch", "lizard-pose"]), pacing)
    rest = [c for c in standing.cues if c.kind == "rest"]
    floor = [c for c in to_floor.cues if c.kind == "rest"]
    assert [c.duration for c in rest] == [10]
    assert [c.duration for c in floor] == [22]
    assert floor[0].text == "Next: Lizard pose"
    assert "yoga blocks" in (floor[0].say or "")


def test_the_chosen_order_is_the_session_order(library: Library) -> None:
    ids = ["seated-forward-fold", "calf-stretch", "half-split"]
    timeline = build_timeline(library.select(ids))
    assert [c.pose for c in timeline.cues if c.kind == "pose"] == ids
    assert [s.pose.id for s in timeline.spans] == ids
    assert timeline.spans[1].start == next(c.t for c in timeline.cues if c.pose == "calf-stretch")


def test_first_side_setting_overrides_the_pose(library: Library) -> None:
    timeline = build_timeline(library.select(["pyramid-pose"]), Pacing(first_side="right"))
    pose = next(c for c in timeline.cues if c.kind == "pose")
    assert pose.side == "right"
    default = build_timeline(library.select(["pyramid-pose"]))
    assert next(c for c in default.cues if c.kind == "pose").side == "left"


def test_speech_time_stretches_the_slots_so_nothing_talks_over_itself(library: Library) -> None:
    def speech(kind: str, text: str) -> float:
        return len(text.split()) * 0.5  # a slow talker

    pacing = Pacing(speech=speech, speech_margin=0.5)
    timeline = build_timeline(library.poses, pacing)
    for cue in timeline.cues:
        if cue.say:
            assert cue.duration >= speech(cue.kind, cue.say) + 0.25, cue
    quiet = build_timeline(library.poses)
    assert timeline.total > quiet.total


def test_breath_words_that_would_not_fit_the_phase_are_shortened_or_dropped(
    library: Library,
) -> None:
    pacing = Pacing(breath_in=1.5, breath_out=1.5, speech=lambda kind, text: len(text) * 0.1)
    timeline = build_timeline(library.select(["seated-forward-fold"]), pacing)
    breath = [c for c in timeline.cues if c.kind == "breath"]
    assert {c.text for c in breath} == {"Inhale, lengthen", "Exhale, fold deeper"}
    assert {c.say for c in breath} == {
        "Inhale",
        "Exhale",
    }  # 0.6 s of speech fits, the rhythm does not


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("breath_in", 0),
        ("breath_in", -4),
        ("breath_out", float("nan")),
        ("countdown", 1e9),
        ("rest", float("inf")),
    ],
)
def test_absurd_pacing_is_refused_with_the_limits(field: str, value: float) -> None:
    with pytest.raises(
        ValueError, match=field.replace("_", "-") + " must be a number of seconds from"
    ):
        Pacing(**{field: value})  # type: ignore[arg-type]


def test_no_poses_is_refused() -> None:
    with pytest.raises(ValueError, match="no poses chosen"):
        build_timeline([])


@settings(max_examples=60, deadline=None)
@given(
    ids=st.lists(st.sampled_from(POSE_IDS), min_size=1, max_size=7, unique=True),
    breath_in=st.floats(1, 10),
    breath_out=st.floats(1, 10),
    countdown=st.floats(0, 20),
)
def test_any_subset_and_order_gives_a_consistent_timeline(
    library: Library, ids: list[str], breath_in: float, breath_out: float, countdown: float
) -> None:
    poses = library.select(ids)
    timeline = build_timeline(
        poses, Pacing(breath_in=breath_in, breath_out=breath_out, countdown=countdown)
    )
    times = [c.t for c in timeline.cues]
    assert times == sorted(times)
    for a, b in itertools.pairwise(timeline.cues):
        assert b.t == pytest.approx(a.t + a.duration)
    assert [c.pose for c in timeline.cues if c.kind == "pose"] == ids
    for pose in poses:
        holds = [c for c in timeline.cues if c.kind == "hold" and c.pose == pose.id]
        assert len(holds) == (2 if pose.two_sided else 1)
        sides = [c.side for c in holds]
        assert sides == (
            [pose.first_side, "left" if pose.first_side == "right" else "right"]
            if pose.two_sided
            else [None]
        )
    assert kinds(timeline.cues).count("rest") == len(ids) - 1
