"""What the step panel shows at each moment, worked out without Qt (no QApplication here)."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from collections.abc import Callable

from stretchplayer.core.model import Library
from stretchplayer.engine.pacing import Pacing
from stretchplayer.engine.timeline import Cue, Timeline, build_timeline
from stretchplayer.ui.presenter import View, idle_view, is_mirrored, view_for, with_streak
from tests.helpers import REPO

ADVICE = "Stretch once a day."


def session(library: Library, *ids: str, pacing: Pacing | None = None) -> Timeline:
    return build_timeline(library.select(list(ids)), pacing)


def view_at(timeline: Timeline, match: Callable[[Cue], bool]) -> View:
    cue = next(c for c in timeline.cues if match(c))
    return view_for(cue, timeline, ADVICE)


def test_the_countdown_shows_the_first_pose_and_the_number(library: Library) -> None:
    timeline = session(library, "calf-stretch", "lizard-pose")
    calf = library.get("calf-stretch")
    head = view_at(timeline, lambda c: c.kind == "countdown" and c.n is None)
    assert head.kicker == "Up first"
    assert head.pose == calf
    assert head.instruction == "Get ready"
    assert head.detail == "First: Calf stretch"
    assert head.countdown == ""
    assert head.steps == calf.steps_for("right") and head.next_step == 0
    assert not head.show_side
    three = view_at(timeline, lambda c: c.kind == "countdown" and c.n == 3)
    assert (three.instruction, three.countdown) == ("Get ready", "3")


def test_a_pose_names_its_equipment_and_first_side_under_the_title(library: Library) -> None:
    timeline = session(library, "calf-stretch", "lizard-pose", "seated-forward-fold")
    lizard = view_at(timeline, lambda c: c.kind == "pose" and c.pose == "lizard-pose")
    assert lizard.kicker == "Pose 2 of 3"
    assert lizard.instruction == "You need 2 yoga blocks. Right side first."
    assert (lizard.side, lizard.show_side, lizard.next_step) == ("right", True, 0)
    calf = view_at(timeline, lambda c: c.kind == "pose" and c.pose == "calf-stretch")
    assert calf.instruction == "Right side first."
    # Nothing to fetch and no sides: the name itself, rather than an empty line.
    seated = view_at(timeline, lambda c: c.kind == "pose" and c.pose == "seated-forward-fold")
    assert seated.instruction == "Seated forward fold"
    assert not seated.show_side


def test_a_step_is_current_the_one_after_it_next_and_those_before_done(library: Library) -> None:
    timeline = session(library, "lizard-pose")
    cue = next(c for c in timeline.cues if c.kind == "step" and c.step == 1)
    view = view_for(cue, timeline)
    assert view.instruction == cue.text
    assert (view.current_step, view.next_step, view.steps_done) == (1, 2, 1)
    last = len(library.get("lizard-pose").steps) - 1
    final = view_at(timeline, lambda c: c.kind == "step" and c.step == last)
    assert (final.current_step, final.next_step) == (last, None)


def test_the_hold_counts_its_breaths_and_gives_the_rhythm(library: Library) -> None:
    timeline = session(library, "standing-forward-fold")
    cue = next(c for c in timeline.cues if c.kind == "hold")
    view = view_for(cue, timeline)
    assert view.instruction == cue.text
    assert view.breaths == "10 breaths"
    assert "pulling your heels apart" in view.detail
    assert view.steps_done == len(view.steps)
    assert view.current_step is None and view.next_step is None


def test_a_plain_breath_keeps_the_hold_instruction_and_counts(library: Library) -> None:
    timeline = session(library, "calf-stretch")
    view = view_at(timeline, lambda c: c.kind == "breath" and c.side == "left" and c.n == 4)
    assert view.breaths == "Breath 4 of 10"
    assert view.instruction == library.get("calf-stretch").hold_for("left")
    assert view.detail == ""


def test_a_rhythm_breath_shows_its_own_words(library: Library) -> None:
    timeline = session(library, "supine-hamstring-stretch")
    view = view_at(timeline, lambda c: c.kind == "breath" and c.phase == "inhale")
    assert view.instruction == "Press"
    assert view.detail != ""


def test_switching_sides_mirrors_the_drawing(library: Library) -> None:
    timeline = session(library, "calf-stretch")
    right = view_at(timeline, lambda c: c.kind == "step" and c.side == "right")
    switch = view_at(timeline, lambda c: c.kind == "switch")
    assert not right.mirrored
    assert switch.instruction == "Switch sides. Now your left side."
    assert (switch.side, switch.mirrored, switch.next_step) == ("left", True, 0)
    assert all("right foot" not in step for step in switch.steps)


def test_a_rest_shows_the_next_pose_what_it_needs_and_the_side_it_starts_on(
    library: Library,
) -> None:
    # The pacing says right, though the pyramid's own text starts on the left.
    timeline = session(library, "calf-stretch", "pyramid-pose", pacing=Pacing(first_side="right"))
    pyramid = library.get("pyramid-pose")
    rest = view_at(timeline, lambda c: c.kind == "rest")
    assert rest.kicker == "Up next"
    assert rest.pose == pyramid
    assert rest.instruction == "Next: Pyramid pose"
    assert rest.detail == "You need 2 yoga blocks."
    assert rest.side == "right"
    assert rest.steps == pyramid.steps_for("right") and rest.next_step == 0
    assert rest.mirrored  # the drawing shows the left side first, so the right is flipped
    assert not rest.show_side


def test_a_rest_before_a_pose_that_needs_nothing_has_no_detail(library: Library) -> None:
    timeline = session(library, "pyramid-pose", "calf-stretch")
    rest = view_at(timeline, lambda c: c.kind == "rest")
    assert (rest.pose, rest.side, rest.detail) == (library.get("calf-stretch"), "right", "")


def test_the_end_says_well_done_with_the_advice(library: Library) -> None:
    timeline = session(library, "calf-stretch")
    view = view_at(timeline, lambda c: c.kind == "done")
    assert view.kicker == "Finished"
    assert view.instruction == "Well done. That's your stretches for today."
    assert view.detail == ADVICE
    assert view.pose is None


def test_the_end_once_counted_says_the_days_in_a_row_before_the_advice(library: Library) -> None:
    done = view_at(session(library, "calf-stretch"), lambda c: c.kind == "done")
    first = with_streak(done, 1, ADVICE)
    assert first.detail == f"1 day in a row. {ADVICE}"
    assert (first.kicker, first.instruction) == (done.kicker, done.instruction)
    assert with_streak(done, 12).detail == "12 days in a row."


def test_idle_shows_the_first_pose_as_it_will_be_done(library: Library) -> None:
    timeline = session(library, "pyramid-pose", "calf-stretch")
    view = idle_view(timeline, "2 poses · 5 minutes")
    assert view.kicker == "Up first"
    assert view.pose == library.get("pyramid-pose")
    assert (view.side, view.mirrored) == ("left", False)
    assert view.instruction == "Ready when you are"
    assert view.detail == "2 poses · 5 minutes"
    assert view.next_step is None and view.countdown == ""
    overridden = idle_view(session(library, "pyramid-pose", pacing=Pacing(first_side="right")), "")
    assert (overridden.side, overridden.mirrored) == ("right", True)


def test_idle_without_poses_asks_for_one(library: Library) -> None:
    view = idle_view(None, "")
    assert view == View(instruction="Tick a pose to begin")
    assert not view.mirrored


def test_a_cue_out_of_the_session_shows_its_own_text(library: Library) -> None:
    cue = Cue(t=0.0, kind="step", text="Somewhere else", pose="calf-stretch", pose_index=9)
    assert view_for(cue, session(library, "calf-stretch")) == View(instruction="Somewhere else")


def test_rewording_what_is_said_changes_nothing_shown(library: Library) -> None:
    # The issue this guards: the panel used to cut the timeline's spoken sentences apart.
    timeline = session(library, "calf-stretch", "lizard-pose", pacing=Pacing(first_side="left"))
    for cue in timeline.cues:
        reworded = dataclasses.replace(cue, say=f"Something else entirely about {cue.kind}.")
        assert view_for(reworded, timeline, ADVICE) == view_for(cue, timeline, ADVICE)


def test_only_two_sided_poses_off_their_drawn_side_are_mirrored(library: Library) -> None:
    calf, pyramid, seated = (
        library.get(i) for i in ("calf-stretch", "pyramid-pose", "seated-forward-fold")
    )
    assert [is_mirrored(calf, s) for s in ("right", "left", None)] == [False, True, False]
    assert [is_mirrored(pyramid, s) for s in ("right", "left")] == [True, False]
    assert not is_mirrored(seated, None)


def test_the_presenter_loads_no_qt(library: Library) -> None:
    code = (
        "import sys\n"
        "from stretchplayer.core.library import load_library\n"
        "from stretchplayer.engine.timeline import build_timeline\n"
        "from stretchplayer.ui.presenter import idle_view, view_for\n"
        "t = build_timeline(load_library().poses)\n"
        "idle_view(t, '')\n"
        "[view_for(c, t) for c in t.cues]\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)
