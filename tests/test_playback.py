"""Playback over a timeline with an injected clock: no sleeps, exact arithmetic."""

from __future__ import annotations

import pytest

from stretchplayer.core.model import Library
from stretchplayer.engine.pacing import Pacing
from stretchplayer.engine.playback import Playback, State
from stretchplayer.engine.timeline import Timeline, build_timeline
from tests.fakes import FakeClock


@pytest.fixture
def timeline(library: Library) -> Timeline:
    return build_timeline(
        library.select(["calf-stretch", "seated-forward-fold", "lizard-pose"]),
        Pacing(countdown=10),
    )


@pytest.fixture
def playback(timeline: Timeline, clock: FakeClock) -> Playback:
    return Playback(timeline, clock)


def texts(cues: list) -> list[str]:  # type: ignore[type-arg]
    return [c.text for c in cues]


def test_start_announces_get_ready_then_cues_come_due_on_time(
    playback: Playback, clock: FakeClock
) -> None:
    assert texts(playback.start()) == ["Get ready"]
    assert playback.wait() == pytest.approx(7.0)
    clock.advance(6.999)
    assert playback.poll() == []
    clock.advance(0.001)
    assert texts(playback.poll()) == ["3"]
    assert playback.wait() == pytest.approx(1.0)


def test_pause_excludes_the_paused_time(playback: Playback, clock: FakeClock) -> None:
    playback.start()
    clock.advance(5)
    playback.pause()
    assert playback.state is State.PAUSED and playback.wait() is None
    clock.advance(600)  # a long phone call
    assert playback.elapsed() == pytest.approx(5)
    assert playback.poll() == []
    playback.resume()
    clock.advance(2)
    assert playback.elapsed() == pytest.approx(7)
    assert texts(playback.poll()) == ["3"]


def test_toggle_starts_pauses_and_resumes(playback: Playback, clock: FakeClock) -> None:
    assert texts(playback.toggle()) == ["Get ready"]
    states = []
    for _ in range(2):
        playback.toggle()
        states.append(playback.state)
    assert states == [State.PAUSED, State.RUNNING]


def test_a_stall_delivers_every_due_cue_in_order(playback: Playback, clock: FakeClock) -> None:
    playback.start()
    clock.advance(12.5)  # the machine slept through the countdown
    due = playback.poll()
    assert texts(due) == ["3", "2", "1", "Calf stretch"]
    assert playback.poll() == []


def test_next_pose_from_the_countdown_goes_to_the_first_pose(
    timeline: Timeline, playback: Playback, clock: FakeClock
) -> None:
    playback.start()
    clock.advance(2)
    assert texts(playback.next_pose()) == ["Calf stretch"]
    assert playback.elapsed() == pytest.approx(timeline.spans[0].start)
    assert playback.state is State.RUNNING
    clock.advance(1)
    assert playback.elapsed() == pytest.approx(timeline.spans[0].start + 1)


def test_next_pose_skips_from_the_middle_of_a_hold_and_from_a_rest(
    timeline: Timeline, playback: Playback, clock: FakeClock
) -> None:
    playback.start()
    clock.advance(timeline.spans[0].start + 50)
    playback.poll()
    assert texts(playback.next_pose()) == ["Seated forward fold"]
    rest = next(c for c in timeline.cues if c.kind == "rest" and c.pose == "seated-forward-fold")
    playback.seek(rest.t + 1)
    assert texts(playback.next_pose()) == ["Lizard pose"]


def test_next_on_the_last_pose_goes_to_the_end(
    timeline: Timeline, playback: Playback, clock: FakeClock
) -> None:
    playback.start()
    playback.seek(timeline.spans[-1].start + 5)
    assert texts(playback.next_pose()) == ["Well done!"]
    clock.advance(timeline.cues[-1].duration)
    playback.poll()
    assert playback.state is State.FINISHED


def test_previous_restarts_the_pose_or_goes_back_one_near_its_start(
    timeline: Timeline, playback: Playback, clock: FakeClock
) -> None:
    playback.start()
    playback.seek(timeline.spans[1].start + 20)
    assert texts(playback.previous_pose()) == ["Seated forward fold"]
    clock.advance(1)
    assert texts(playback.previous_pose()) == ["Calf stretch"]
    assert texts(playback.previous_pose()) == ["Calf stretch"]  # no pose before the first
    playback.seek(3)
    assert texts(playback.previous_pose()) == ["Get ready"]


def test_seek_lands_on_the_cue_in_force_and_announces_it(
    timeline: Timeline, playback: Playback, clock: FakeClock
) -> None:
    playback.start()
    step = next(c for c in timeline.cues if c.kind == "step" and c.side == "left")
    assert texts(playback.seek(step.t + 0.5)) == [step.text]
    assert playback.elapsed() == pytest.approx(step.t)


def test_position_reports_pose_side_breath_and_time_left(
    timeline: Timeline, playback: Playback, clock: FakeClock
) -> None:
    playback.start()
    second_breath = next(
        c
        for c in timeline.cues
        if c.kind == "breath" and c.side == "left" and c.n == 4 and c.phase == "exhale"
    )
    clock.advance(second_breath.t + second_breath.duration / 4)
    playback.poll()
    where = playback.position()
    assert (where.pose_index, where.side, where.breath, where.phase) == (0, "left", 4, "exhale")
    assert where.phase_progress == pytest.approx(0.25)
    assert where.cue_left == pytest.approx(second_breath.duration * 0.75)
    assert where.session_left == pytest.approx(timeline.total - where.elapsed)
    assert where.pose_left == pytest.approx(timeline.spans[1].start - where.elapsed)


def test_stop_returns_to_the_start(playback: Playback, clock: FakeClock) -> None:
    playback.start()
    clock.advance(100)
    playback.poll()
    playback.stop()
    assert playback.state is State.IDLE and playback.elapsed() == 0
    assert playback.position().cue is None
    assert texts(playback.start()) == ["Get ready"]


def test_the_whole_session_plays_every_cue_exactly_once(
    timeline: Timeline, playback: Playback, clock: FakeClock
) -> None:
    fired = playback.start()
    while playback.state is State.RUNNING:
        wait = playback.wait()
        assert wait is not None
        clock.advance(wait)
        fired += playback.poll()
    assert fired == list(timeline.cues)
    assert clock.now - 1000.0 == pytest.approx(timeline.total)


def test_speed_scales_real_time_not_session_time(timeline: Timeline, clock: FakeClock) -> None:
    fast = Playback(timeline, clock, speed=20)
    fast.start()
    assert fast.wait() == pytest.approx(7.0 / 20)
    clock.advance(0.5)
    assert fast.elapsed() == pytest.approx(10.0)
    with pytest.raises(ValueError, match="speed must be positive"):
        Playback(timeline, clock, speed=0)


def test_where_am_i_at_any_time_t_without_playing(timeline: Timeline, playback: Playback) -> None:
    hold = next(
        c
        for c in timeline.cues
        if c.kind == "hold" and c.pose == "lizard-pose" and c.side == "left"
    )
    breath = next(
        c
        for c in timeline.cues
        if c.kind == "breath" and c.t > hold.t and c.n == 2 and c.phase == "inhale"
    )
    where = playback.position_at(breath.t + 1)
    assert (where.pose_index, where.side, where.breath, where.phase) == (2, "left", 2, "inhale")
    assert where.session_left == pytest.approx(timeline.total - breath.t - 1)
    assert playback.state is State.IDLE  # asking does not move the session
    step = playback.position_at(timeline.spans[2].start + 4)
    assert step.step == 0 and step.side == "right"
    assert playback.position_at(-5).elapsed == 0
    assert playback.position_at(timeline.total + 60).cue == timeline.cues[-1]
