"""Property-based tests (Hypothesis): random transport runs over Playback and SessionController,
and generated valid libraries whose timelines must add up and mirror their sides.

The invariants, whatever the user presses and however the clock jumps:
- time never runs backwards unless the user moves it (start, stop, seek, next, previous);
- every cue fires once and in order between two such moves, and none that is due is left behind;
- no remaining time is ever negative; finished means finished (nothing more fires, all time spent).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from pytestqt.qtbot import QtBot

from stretchplayer.core.library import load_library, parse_library
from stretchplayer.core.model import other_side
from stretchplayer.engine.pacing import Pacing
from stretchplayer.engine.playback import EPSILON, UNDERWAY, Playback, State
from stretchplayer.engine.practice import practice
from stretchplayer.engine.timeline import Cue, Timeline, build_timeline
from stretchplayer.session.controller import SessionController
from tests.fakes import FakeClock
from tests.helpers import POSE_IDS

# Bounded so the whole file stays a few seconds: the state machines are the costly part.
MACHINE_SETTINGS = settings(
    max_examples=40,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

SHIPPED = load_library()


def small_timeline(ids: list[str], countdown: float) -> Timeline:
    """A short session (one-second breaths) of shipped poses, so runs reach the end often."""
    return build_timeline(
        SHIPPED.select(ids), Pacing(breath_in=1, breath_out=1, countdown=countdown, rest=5)
    )


SESSIONS = st.lists(st.sampled_from(POSE_IDS), min_size=1, max_size=3, unique=True)
SPEEDS = st.sampled_from([0.5, 1.0, 2.0, 20.0])
# Small steps inside a cue, and jumps far past the end of a session (a suspended laptop).
STEPS = st.one_of(
    st.floats(0, 3, allow_nan=False), st.floats(0, 2000, allow_nan=False), st.just(0.0)
)


# --- Playback over a fake clock -----------------------------------------------------------


class PlaybackMachine(RuleBasedStateMachine):
    """Drives one Playback with random intents and clock steps, checking it after each."""

    def __init__(self) -> None:
        super().__init__()
        self.clock = FakeClock()
        self.playback: Playback | None = None
        self.fired: list[int] = []  # indices of cues fired since the last user move
        self.last_elapsed = 0.0

    @property
    def pb(self) -> Playback:
        assert self.playback is not None
        return self.playback

    @initialize(ids=SESSIONS, countdown=st.sampled_from([0.0, 3.0, 10.0]), speed=SPEEDS)
    def setup(self, ids: list[str], countdown: float, speed: float) -> None:
        self.playback = Playback(small_timeline(ids, countdown), self.clock, speed)

    # -- helpers -------------------------------------------------------------------------------

    def index(self, cue: Cue) -> int:
        return self.pb.timeline.cues.index(cue)

    def moved(self, due: list[Cue]) -> None:
        """The user moved time: a new run of cues starts where the playback landed."""
        self.fired = [self.index(c) for c in due]
        self.last_elapsed = self.pb.elapsed()
        self.check_due(due)

    def check_due(self, due: list[Cue]) -> None:
        indices = [self.index(c) for c in due]
        assert indices == list(range(indices[0], indices[0] + len(indices))) if indices else True

    # -- user intents --------------------------------------------------------------------------

    @rule()
    def start(self) -> None:
        self.moved(self.pb.start())

    @rule()
    def toggle(self) -> None:
        before = self.pb.state
        due = self.pb.toggle()
        if before in (State.IDLE, State.FINISHED):
            self.moved(due)
        elif before is State.RUNNING:
            self.caught_up(due)  # pausing delivers what came due first
        else:
            assert due == []

    @rule()
    def pause(self) -> None:
        self.caught_up(self.pb.pause())
        assert self.pb.state is not State.RUNNING

    @rule()
    def resume(self) -> None:
        self.pb.resume()

    @rule()
    def stop(self) -> None:
        self.pb.stop()
        assert self.pb.state is State.IDLE and self.pb.elapsed() == 0.0
        self.moved([])

    @rule()
    def next_pose(self) -> None:
        self.move(self.pb.next_pose, movable=self.pb.can_move())

    @rule()
    def previous_pose(self) -> None:
        self.move(self.pb.previous_pose, movable=self.pb.can_move())

    @rule(fraction=st.floats(-0.1, 1.1, allow_nan=False))
    def seek(self, fraction: float) -> None:
        underway = self.pb.state in (State.RUNNING, State.PAUSED)
        self.move(lambda: self.pb.seek(fraction * self.pb.timeline.total), movable=underway)

    def move(self, action: Callable[[], list[Cue]], movable: bool) -> None:
        """Next, Previous and seeking move a session under way; before one starts or after it
        finishes they do nothing (a finished session reopened would finish, and count, twice),
        nor do Next and Previous at its closing words."""
        before, elapsed = self.pb.state, self.pb.elapsed()
        if before in (State.IDLE, State.FINISHED):
            assert not movable
        due = action()
        if not movable:
            assert due == [] and self.pb.state is before and self.pb.elapsed() == elapsed
        else:
            assert self.pb.state is before
            self.moved(due)

    # -- time ----------------------------------------------------------------------------------

    @rule(seconds=STEPS)
    def advance_and_poll(self, seconds: float) -> None:
        self.clock.advance(seconds)
        was_finished = self.pb.state is State.FINISHED
        due = self.pb.poll()
        if was_finished:
            assert due == []
        self.caught_up(due)

    def caught_up(self, due: list[Cue]) -> None:
        """Cues delivered as time passed: in order, none skipped or twice, none due left behind."""
        self.check_due(due)
        fired = [self.index(c) for c in due]
        if self.fired and fired:
            assert fired[0] == self.fired[-1] + 1, "a cue was skipped or fired twice"
        self.fired += fired
        assert len(set(self.fired)) == len(self.fired)
        if self.pb.state is not State.IDLE:
            # Nothing that is due is left behind; at the end, the last cue has fired.
            assert self.fired, "a started session always has the cue in force announced"
            times = self.pb.timeline.times
            following = self.fired[-1] + 1
            assert following == len(times) or times[following] > self.pb.elapsed() - 1e-9
            if self.pb.state is State.FINISHED:
                assert self.fired[-1] == len(times) - 1

    @rule(seconds=STEPS)
    def clock_jump_without_poll(self, seconds: float) -> None:
        self.clock.advance(seconds)

    # -- invariants ----------------------------------------------------------------------------

    @invariant()
    def time_never_runs_backwards(self) -> None:
        if self.playback is None:
            return
        now = self.pb.elapsed()
        assert now >= self.last_elapsed - 1e-9
        assert 0.0 <= now <= self.pb.timeline.total
        self.last_elapsed = now

    @invariant()
    def nothing_left_is_negative(self) -> None:
        if self.playback is None:
            return
        position = self.pb.position()
        assert position.cue_left >= 0 and position.pose_left >= 0
        assert position.session_left >= 0
        assert 0.0 <= position.phase_progress <= 1.0
        wait = self.pb.wait()
        assert (wait is None) == (self.pb.state is not State.RUNNING)
        assert wait is None or wait >= 0

    @invariant()
    def finished_means_finished(self) -> None:
        if self.playback is None or self.pb.state is not State.FINISHED:
            return
        assert self.pb.elapsed() == self.pb.timeline.total
        assert self.pb.position().session_left == 0
        assert self.pb.poll() == []
        assert self.pb.wait() is None

    @invariant()
    def what_was_played_lies_in_the_session_and_ends_where_it_is(self) -> None:
        if self.playback is None:
            return
        played = self.pb.played()
        assert all(0.0 <= start <= end <= self.pb.timeline.total for start, end in played)
        if self.pb.state is not State.IDLE:
            assert played and played[-1][1] == self.pb.elapsed()
        done = practice(self.pb.timeline, played)
        known = [s.pose.id for s in self.pb.timeline.spans]
        assert list(done.poses) == [p for p in known if p in done.poses]


TestPlaybackMachine = PlaybackMachine.TestCase
TestPlaybackMachine.settings = MACHINE_SETTINGS


# --- SessionController driven by update() -------------------------------------------------


class ControllerMachine(RuleBasedStateMachine):
    """The controller with a fake clock; its timer is never left to fire, update() stands in."""

    def __init__(self) -> None:
        super().__init__()
        self.clock = FakeClock()
        self.controller: SessionController | None = None
        self.cues: list[tuple[Cue, bool]] = []
        self.states: list[State] = []
        self.finished = 0
        self.ended: list[bool] = []

    @property
    def c(self) -> SessionController:
        assert self.controller is not None
        return self.controller

    @initialize(ids=SESSIONS, speed=SPEEDS)
    def setup(self, ids: list[str], speed: float) -> None:
        self.controller = SessionController(small_timeline(ids, 3.0), self.clock, speed)
        self.c.cueReached.connect(lambda cue, stale: self.cues.append((cue, stale)))
        self.c.stateChanged.connect(self.states.append)
        self.c.finished.connect(self.on_finished)
        self.c.sessionEnded.connect(lambda _practised, done: self.ended.append(done))

    def on_finished(self) -> None:
        self.finished += 1

    def teardown(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller.deleteLater()

    def act(self, action: str) -> None:
        self.cues.clear()
        before = list(self.states)
        was = self.c.state
        closing = was in UNDERWAY and self.c.elapsed() >= self.c.timeline.cues[-1].t - EPSILON
        ended = len(self.ended)
        getattr(self.c, action)()
        # A session ends once, as it leaves being under way: finished if it played out or had
        # reached its closing words ("Well done"), however it ended then.
        left = was in UNDERWAY and self.c.state not in UNDERWAY
        assert self.ended[ended:] == ([self.c.state is State.FINISHED or closing] if left else [])
        # A state is announced only when it changes, and then it is the controller's state.
        new = self.states[len(before) :]
        assert len(new) <= 1
        if new:
            assert new[0] is self.c.state
            assert not before or before[-1] is not new[0]
        # After a stall all but the newest cue are stale; the cues come in timeline order.
        assert [stale for _, stale in self.cues] == [True] * (len(self.cues) - 1) + (
            [False] if self.cues else []
        )
        times = [cue.t for cue, _ in self.cues]
        assert times == sorted(times)

    @rule(
        action=st.sampled_from(
            ["start", "toggle", "pause", "resume", "stop", "next_pose", "previous_pose"]
        )
    )
    def intent(self, action: str) -> None:
        self.act(action)

    @rule(seconds=STEPS)
    def wake(self, seconds: float) -> None:
        self.clock.advance(seconds)
        self.act("update")

    @precondition(lambda self: self.controller is not None and self.c.state is State.RUNNING)
    @rule()
    def wake_exactly_when_armed(self) -> None:
        armed = self.c.armed_ms()
        assert armed is not None
        self.clock.advance(armed / 1000)
        before = self.c.elapsed()
        self.act("update")
        # Woken when it asked to be: something came due (a cue, or the end).
        assert self.cues or self.c.state is State.FINISHED or self.c.elapsed() >= before

    @invariant()
    def the_timer_runs_exactly_while_playing(self) -> None:
        if self.controller is None:
            return
        armed = self.c.armed_ms()
        if self.c.state is State.RUNNING:
            assert armed is not None and armed >= 0
        else:
            assert armed is None

    @invariant()
    def finished_is_signalled_once_per_finish(self) -> None:
        assert self.finished == self.states.count(State.FINISHED)
        if self.controller is not None:
            assert self.c.position().session_left >= 0


def test_controller_state_machine(qtbot: QtBot) -> None:
    run_state_machine_as_test(ControllerMachine, settings=MACHINE_SETTINGS)


# --- generated valid libraries ------------------------------------------------------------

WORDS = st.sampled_from(["reach", "your", "leg", "gently", "forward", "knee", "mat", "slowly"])


def sentence(placeholders: bool) -> st.SearchStrategy[str]:
    pieces = (
        st.one_of(WORDS, st.sampled_from(["{side}", "{other}", "{Side}"]))
        if placeholders
        else WORDS
    )
    return st.lists(pieces, min_size=1, max_size=8).map(lambda ws: " ".join(ws).capitalize() + ".")


@st.composite
def pose_json(draw: st.DrawFn, pose_id: str) -> dict[str, Any]:
    two_sided = draw(st.booleans())
    pose: dict[str, Any] = {
        "id": pose_id,
        "name": pose_id.replace("-", " ").capitalize(),
        "purpose": draw(sentence(False)),
        "posture": draw(st.sampled_from(["standing", "kneeling", "lying", "seated"])),
        "sides": "both" if two_sided else "none",
        "equipment": draw(st.lists(st.sampled_from(["strap", "block", "chair"]), unique=True)),
        "image": f"{pose_id}.svg",
        "steps": draw(st.lists(sentence(two_sided), min_size=1, max_size=4)),
        "hold": {"breaths": draw(st.integers(1, 12)), "text": "Hold for {breaths} breaths."},
        "release": draw(sentence(two_sided)),
    }
    if two_sided:
        pose["first_side"] = draw(st.sampled_from(["right", "left"]))
    if draw(st.booleans()):
        pose["hold"]["rhythm"] = {
            "summary": draw(sentence(two_sided)),
            "inhale": draw(sentence(two_sided)),
            "exhale": draw(sentence(two_sided)),
        }
    return pose


@st.composite
def library_json(draw: st.DrawFn) -> bytes:
    count = draw(st.integers(1, 5))
    poses = [draw(pose_json(f"pose-{i}")) for i in range(count)]
    doc = {
        "version": 1,
        "about": {"title": "T", "paragraphs": ["P."], "advice": "A.", "safety": ["S."]},
        "poses": poses,
    }
    return json.dumps(doc).encode()


PACINGS = st.builds(
    Pacing,
    breath_in=st.floats(1, 10),
    breath_out=st.floats(1, 10),
    countdown=st.floats(0, 20),
    rest=st.floats(0, 60),
    first_side=st.sampled_from([None, "right", "left"]),
)


def shape(cues: list[Cue]) -> list[tuple[str, float, int | None, int | None, Any]]:
    """What one pass through a pose does, without its words: kinds, lengths, steps, breaths."""
    return [(c.kind, round(c.duration, 9), c.step, c.n, c.phase) for c in cues]


@settings(max_examples=60, deadline=None)
@given(raw=library_json(), pacing=PACINGS, data=st.data())
def test_generated_libraries_give_timelines_that_add_up_and_mirror(
    raw: bytes, pacing: Pacing, data: st.DataObject
) -> None:
    library = parse_library(raw)
    ids = data.draw(st.permutations(list(library.ids)))
    poses = library.select(ids)
    timeline = build_timeline(poses, pacing)
    cues = timeline.cues

    # Length: cue after cue with no gap, the last one ending the session.
    assert cues[0].t == 0.0
    for a, b in itertools.pairwise(cues):
        assert b.t == pytest.approx(a.t + a.duration)
    assert timeline.total == pytest.approx(cues[-1].t + cues[-1].duration)
    breathing = sum(
        p.breaths * (pacing.breath_in + pacing.breath_out) * len(p.sides(pacing.first_side))
        for p in poses
    )
    assert timeline.total >= pacing.countdown + breathing + pacing.rest * (len(poses) - 1) - 1e-6
    assert [c.pose for c in cues if c.kind == "pose"] == list(ids)
    for span, pose in zip(timeline.spans, poses, strict=True):
        assert span.pose == pose and span.start < span.end <= timeline.total

    # Side symmetry: a two-sided pose does the same on each side, in the mirrored words.
    for pose in poses:
        own = [c for c in cues if c.pose == pose.id and c.kind not in ("pose", "rest")]
        if not pose.two_sided:
            assert {c.side for c in own} == {None}
            continue
        first, second = pose.sides(pacing.first_side)
        assert first is not None and second == other_side(first)
        switch = [i for i, c in enumerate(own) if c.kind == "switch"]
        assert len(switch) == 1
        one, two = own[: switch[0]], own[switch[0] + 1 :]
        assert {c.side for c in one} == {first} and {c.side for c in two} == {second}
        assert shape(one) == shape(two)
        assert [c.text for c in one if c.kind == "step"] == list(pose.steps_for(first))
        assert [c.text for c in two if c.kind == "step"] == list(pose.steps_for(second))
        assert sum(1 for c in one if c.kind == "breath") == 2 * pose.breaths
