"""The SessionPlanner: what the next session is, and when it takes over. A fake clock and a
recording voice: nothing sleeps, nothing renders."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from stretchplayer.core.model import Library
from stretchplayer.engine.pacing import Pacing
from stretchplayer.engine.playback import State
from stretchplayer.engine.timeline import Timeline, build_timeline
from stretchplayer.session.controller import SessionController
from stretchplayer.session.narration import Policy
from stretchplayer.session.planner import SessionPlanner
from tests.fakes import FakeClock, FakeSpeech, FixedPolicy


class Rig:
    def __init__(self, library: Library, policy: Policy | None = None) -> None:
        self.clock = FakeClock()
        self.controller = SessionController(build_timeline(library.poses), self.clock)
        self.speech = FakeSpeech()
        self.spoken = FixedPolicy(policy or Policy())
        self.planner = SessionPlanner(
            self.controller, self.speech, self.spoken, Pacing(), library.select(["calf-stretch"])
        )
        self.plans: list[tuple[Timeline | None, bool]] = []
        self.planner.planned.connect(lambda t, held: self.plans.append((t, held)))


@pytest.fixture(autouse=True)
def _app(qapp: object) -> None:
    """The controller's and the planner's QTimers want a QCoreApplication."""


def test_the_plan_goes_to_the_idle_controller_at_once(library: Library) -> None:
    rig = Rig(library)
    assert rig.controller.timeline is rig.planner.timeline
    assert [s.pose.id for s in rig.controller.timeline.spans] == ["calf-stretch"]
    rig.planner.set_poses(library.select(["lizard-pose", "half-split"]))
    assert [s.pose.id for s in rig.controller.timeline.spans] == ["lizard-pose", "half-split"]
    assert rig.plans[-1] == (rig.controller.timeline, False)


def test_a_plan_made_mid_session_waits_until_the_session_is_stopped(library: Library) -> None:
    rig = Rig(library)
    playing = rig.controller.timeline
    rig.controller.start()
    rig.planner.set_pacing(Pacing(breath_in=6, breath_out=6))
    assert rig.controller.timeline is playing  # the session under way keeps its timeline
    assert rig.planner.held and rig.plans[-1][1] is True
    rig.controller.pause()
    assert rig.controller.timeline is playing
    rig.controller.stop()
    assert rig.controller.timeline is rig.planner.timeline is not playing
    assert rig.controller.timeline.total > playing.total
    assert rig.plans[-1] == (rig.controller.timeline, False)


def test_a_plan_mid_session_that_changes_nothing_is_not_held(library: Library) -> None:
    rig = Rig(library)
    rig.controller.start()
    rig.planner.set_pacing(Pacing(breath_in=6, breath_out=6))
    assert rig.plans[-1][1] is True  # held
    rig.planner.set_pacing(Pacing())  # back as it was, as a cancelled Preferences leaves it
    assert not rig.planner.held
    assert rig.plans[-1] == (rig.controller.timeline, False)
    rig.planner.replan_soon()
    QCoreApplication.processEvents()
    assert not rig.planner.held


def test_a_held_plan_takes_over_when_the_next_session_starts_after_the_end(
    library: Library,
) -> None:
    rig = Rig(library)
    rig.controller.start()
    rig.planner.set_poses(library.select(["half-split"]))
    states: list[State] = []
    rig.controller.stateChanged.connect(states.append)
    rig.clock.advance(rig.controller.timeline.total + 1)
    rig.controller.update()
    assert states == [State.FINISHED]
    assert rig.planner.held  # the "Well done" screen stays until the person starts again
    rig.planner.toggle()
    assert states[-1] is State.RUNNING
    assert [s.pose.id for s in rig.controller.timeline.spans] == ["half-split"]


def test_no_poses_plans_nothing_and_keeps_the_last_session(library: Library) -> None:
    rig = Rig(library)
    before = rig.controller.timeline
    rig.planner.set_poses([])
    assert rig.planner.timeline is None
    assert rig.plans[-1] == (None, False)
    assert rig.controller.timeline is before


def test_every_text_the_plan_may_say_is_rendered_ahead_and_only_those(library: Library) -> None:
    rig = Rig(library, Policy("key"))
    said = {c.say for c in rig.controller.timeline.cues if rig.spoken.policy.words(c)}
    assert said <= set(rig.speech.prepared)
    steps = {c.say for c in rig.controller.timeline.cues if c.kind == "step"}
    assert not steps & set(rig.speech.prepared)  # "key" never says the steps
    assert "That was quick." in rig.speech.prepared  # said instead after a skip through
    rig = Rig(library, Policy("chimes"))
    assert rig.speech.prepared == []


def test_speech_lengths_stretch_the_plan_once_per_batch(library: Library, qtbot: QtBot) -> None:
    rig = Rig(library)
    before = rig.controller.timeline.total
    rig.speech.seconds = 4.0
    for _ in range(3):
        rig.planner.replan_soon()
    count = len(rig.plans)
    qtbot.waitUntil(lambda: len(rig.plans) > count)
    for _ in range(3):  # a second, zero-delay plan would come within these
        QCoreApplication.processEvents()
    assert len(rig.plans) == count + 1
    assert rig.controller.timeline.total > before
