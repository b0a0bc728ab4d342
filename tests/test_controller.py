"""SessionController: one precise timer armed for the next deadline, driven here by a fake clock."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from stretchplayer.core.model import Library
from stretchplayer.engine.pacing import Pacing
from stretchplayer.engine.playback import State
from stretchplayer.engine.timeline import Cue, Timeline, build_timeline
from stretchplayer.session.controller import EARLY, SessionController
from tests.fakes import FakeClock
from tests.helpers import CUE_LATENESS_LIMIT, play_in_real_time


class Recorder:
    def __init__(self, controller: SessionController) -> None:
        self.cues: list[tuple[str, bool]] = []
        self.states: list[State] = []
        self.finished = 0
        controller.cueReached.connect(self.on_cue)
        controller.stateChanged.connect(self.states.append)
        controller.finished.connect(self.on_finished)

    def on_cue(self, cue: Cue, stale: bool) -> None:
        self.cues.append((cue.text, stale))

    def on_finished(self) -> None:
        self.finished += 1


@pytest.fixture
def timeline(library: Library) -> Timeline:
    return build_timeline(
        library.select(["calf-stretch", "seated-forward-fold"]), Pacing(countdown=10)
    )


@pytest.fixture
def controller(qtbot: QtBot, timeline: Timeline, clock: FakeClock) -> SessionController:
    return SessionController(timeline, clock)


def test_start_announces_and_arms_the_timer_for_the_next_deadline(
    controller: SessionController, clock: FakeClock
) -> None:
    seen = Recorder(controller)
    controller.start()
    assert seen.cues == [("Get ready", False)]
    assert seen.states == [State.RUNNING]
    assert controller.armed_ms() == 7000


def test_each_wake_rearms_from_the_clock_so_lateness_does_not_add_up(
    controller: SessionController, clock: FakeClock
) -> None:
    seen = Recorder(controller)
    controller.start()
    clock.advance(7.003)  # the wake-up came 3 ms late
    controller.update()
    assert seen.cues[-1] == ("3", False)
    assert controller.armed_ms() == 997  # the next deadline stays at t=8, not 7.003 + 1
    clock.advance(0.5)  # woke early (or something else called update): nothing due
    controller.update()
    assert seen.cues[-1] == ("3", False)
    assert controller.armed_ms() == 497


def test_after_a_stall_every_cue_is_applied_but_only_the_newest_is_fresh(
    controller: SessionController, clock: FakeClock
) -> None:
    seen = Recorder(controller)
    controller.start()
    clock.advance(11)
    controller.update()
    assert seen.cues[1:] == [("3", True), ("2", True), ("1", True), ("Calf stretch", False)]


def test_pause_stops_the_timer_and_resume_keeps_the_schedule(
    controller: SessionController, clock: FakeClock
) -> None:
    seen = Recorder(controller)
    controller.start()
    clock.advance(2)
    controller.toggle()
    assert controller.armed_ms() is None
    clock.advance(300)
    controller.toggle()
    assert controller.armed_ms() == 5000
    assert seen.states == [State.RUNNING, State.PAUSED, State.RUNNING]
    assert controller.elapsed() == pytest.approx(2)


def test_next_and_previous_announce_the_pose_they_land_on(
    controller: SessionController, clock: FakeClock
) -> None:
    seen = Recorder(controller)
    controller.start()
    controller.next_pose()
    controller.next_pose()
    assert [text for text, _ in seen.cues[1:]] == ["Calf stretch", "Seated forward fold"]
    controller.previous_pose()
    assert seen.cues[-1] == ("Calf stretch", False)


def test_stop_returns_to_idle_with_no_timer(
    controller: SessionController, clock: FakeClock
) -> None:
    seen = Recorder(controller)
    controller.start()
    clock.advance(30)
    controller.update()
    controller.stop()
    assert seen.states[-1] is State.IDLE
    assert controller.armed_ms() is None
    assert controller.position().cue is None


@pytest.mark.parametrize(("before_closing", "finished"), [(0.01, False), (-0.01, True)])
def test_a_stop_in_the_closing_words_ends_a_finished_session(
    controller: SessionController,
    timeline: Timeline,
    clock: FakeClock,
    before_closing: float,
    finished: bool,
) -> None:
    ended: list[bool] = []
    controller.sessionEnded.connect(lambda _practised, done: ended.append(done))
    controller.start()
    clock.advance(timeline.cues[-1].t - before_closing)
    controller.update()
    controller.stop()
    assert ended == [finished]
    assert controller.state is State.IDLE


def test_finishing_emits_finished_once(
    controller: SessionController, timeline: Timeline, clock: FakeClock
) -> None:
    seen = Recorder(controller)
    controller.start()
    clock.advance(timeline.total + 5)
    controller.update()
    assert seen.finished == 1
    assert seen.states[-1] is State.FINISHED
    assert seen.cues[-1] == ("Well done!", False)
    assert controller.armed_ms() is None


def test_a_new_timeline_replaces_the_session(
    controller: SessionController, library: Library
) -> None:
    changed: list[object] = []
    controller.timelineChanged.connect(changed.append)
    shorter = build_timeline(library.select(["seated-forward-fold"]))
    controller.start()
    controller.set_timeline(shorter)
    assert changed == [shorter]
    assert controller.state is State.IDLE
    assert controller.timeline is shorter


def test_real_timer_at_high_speed_plays_every_cue_on_time(qtbot: QtBot, library: Library) -> None:
    # The one real-time test of a plain `pytest`; the others are marked slow.
    timeline = build_timeline(library.select(["calf-stretch"]), Pacing(countdown=5))
    lateness = play_in_real_time(qtbot, timeline)
    assert len(lateness) == len(timeline.cues)
    assert max(lateness) < CUE_LATENESS_LIMIT
    assert min(lateness) > -0.002


def test_with_a_sleep_it_wakes_early_and_sleeps_the_rest_precisely(
    qtbot: QtBot, timeline: Timeline, clock: FakeClock
) -> None:
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock.advance(seconds)

    controller = SessionController(timeline, clock, sleep=sleep)
    seen = Recorder(controller)
    controller.start()
    assert controller.armed_ms() == 7000 - round(EARLY * 1000)  # the first deadline is t=7
    clock.advance(7 - EARLY + 0.001)  # Qt woke a millisecond after it was asked to
    controller.update()
    assert slept == [pytest.approx(EARLY - 0.001)]
    assert seen.cues[-1] == ("3", False)
    assert clock.now == pytest.approx(1007.0)  # the cue fired on its deadline, not after


def test_on_an_injected_clock_it_never_sleeps(
    controller: SessionController, clock: FakeClock
) -> None:
    controller.start()
    assert controller.armed_ms() == 7000
