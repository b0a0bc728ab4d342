"""The window's frames: one whenever something shown will have moved, at most 20 a second.

Played here as the window's two timers run a session (the controller's at each cue, the frame
timer when it is armed for), on the injected clock: the breath, the figure and the ring move
in small steps, the times show each second on time, with fewer frames than a steady 20 a
second.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from stretchplayer.app import StretchApp
from stretchplayer.core import wording
from stretchplayer.core.model import Library
from stretchplayer.engine.playback import Position
from stretchplayer.engine.timeline import Cue, Phase
from stretchplayer.storage.settings import Settings
from stretchplayer.ui.breath_pacer import EDGE_STEP_PX, RING_STEP_DEG, fullness, until_fullness
from stretchplayer.ui.figure_painter import scale_to_fit
from stretchplayer.ui.figures import MOVE_SECONDS
from stretchplayer.ui.main_window import FRAME_MS, LONGEST_FRAME_MS
from tests.fakes import FakeClock

FOLD = "seated-forward-fold"
# What a frame may show beyond EDGE_STEP_PX of movement: the circle is drawn to the whole
# pixel of its diameter, the figure in breath steps of under a pixel.
ROUNDING_PX = 1.0


@pytest.fixture
def app(qtbot: QtBot, library: Library, clock: FakeClock) -> StretchApp:
    stretch = StretchApp(library, Settings(voice_enabled=False), clock=clock)
    qtbot.addWidget(stretch.window)
    stretch.window.resize(1280, 800)  # the benchmark's window
    stretch.window.show()
    return stretch


@dataclass(frozen=True)
class Shown:
    """What one frame showed."""

    at: float  # the clock, seconds
    elapsed: float  # session seconds
    edge: float  # the breathing circle's radius, pixels
    ring: float | None  # how far round the progress ring is, degrees
    joints: dict[str, tuple[float, float]]  # the figure's joints, pixels
    times: str  # the elapsed time label


def shown(app: StretchApp, clock: FakeClock) -> Shown:
    pacer, card = app.window.step_panel.pacer, app.window.step_panel.picture
    frame = pacer.frame()
    scale = scale_to_fit(card.width(), card.height())
    posed = card.posed()
    joints = {} if posed is None else posed.joints
    return Shown(
        at=clock.now,
        elapsed=app.controller.elapsed(),
        edge=frame.radius2 / 2,
        ring=None if frame.ring is None else frame.ring / 16,
        joints={name: (x * scale, y * scale) for name, (x, y) in joints.items()},
        times=app.window.transport.elapsed.text(),
    )


def play(app: StretchApp, clock: FakeClock, until: float) -> list[Shown]:
    """Play on to session time `until` as the window's timers would, and what each frame
    showed."""
    window, controller = app.window, app.controller
    reached: list[Cue] = []
    controller.cueReached.connect(lambda cue, stale: reached.append(cue))
    window.refresh()
    frames: list[Shown] = []
    armed = window.next_frame_ms()
    assert armed is not None
    due = clock.now + armed / 1000
    while controller.elapsed() < until:
        now = controller.elapsed()
        cue = next((c for c in controller.timeline.cues if c.t > now + 1e-6), None)
        cue_due = clock.now + (cue.t - now) / controller.speed if cue else math.inf
        if cue_due <= due:
            clock.advance(cue_due - clock.now)
            before = len(reached)
            controller.update()
            assert len(reached) > before, "the cue timer fired for nothing"
        else:
            clock.advance(due - clock.now)
            window.refresh()
        frames.append(shown(app, clock))  # a cue repaints as a frame does
        armed = window.next_frame_ms()  # each frame, and each cue, arms the next frame
        assert armed is not None and FRAME_MS <= armed <= LONGEST_FRAME_MS
        due = clock.now + armed / 1000
    return frames


def into(app: StretchApp, clock: FakeClock, match: str) -> Cue:
    """Start, and jump to the first cue of the fold of this kind."""
    app.controller.start()
    cue = next(c for c in app.controller.timeline.cues if c.pose == FOLD and c.kind == match)
    clock.advance(cue.t - app.controller.elapsed())
    app.controller.update()
    return cue


def moved(a: Shown, b: Shown) -> dict[str, float]:
    """How far each moving thing moved between two frames: pixels, the ring in degrees."""
    figure = max(
        (math.dist(p, b.joints[k]) for k, p in a.joints.items() if k in b.joints), default=0.0
    )
    out = {"circle": abs(b.edge - a.edge), "figure": figure}
    if a.ring is not None and b.ring is not None:
        out["ring"] = abs(b.ring - a.ring)
    return out


def test_a_breathing_hold_moves_in_small_steps_with_a_third_fewer_frames(
    app: StretchApp, clock: FakeClock
) -> None:
    inhale = into(app, clock, "breath")
    breaths = 2 * (inhale.duration + app.controller.timeline.cues[
        app.controller.timeline.cues.index(inhale) + 1
    ].duration)  # fmt: skip
    frames = play(app, clock, inhale.t + breaths)
    steady = breaths * 1000 / FRAME_MS
    assert len(frames) < 0.75 * steady
    biggest = {"circle": 0.0, "figure": 0.0}
    for a, b in itertools.pairwise(frames):
        gap_ms = (b.at - a.at) * 1000
        for what, pixels in moved(a, b).items():
            biggest[what] = max(biggest[what], pixels)
            if gap_ms > FRAME_MS + 1:  # it waited: nothing may have moved further than a step
                assert pixels <= EDGE_STEP_PX + ROUNDING_PX, (what, a.elapsed, gap_ms, pixels)
    # Both breathe, and in steps that show: the circle at the fastest frames moves ~2 px.
    assert biggest["circle"] >= EDGE_STEP_PX - ROUNDING_PX
    assert biggest["figure"] >= EDGE_STEP_PX - ROUNDING_PX
    # Each breath ends full or empty on its cue's own frame.
    pacer = app.window.step_panel.pacer
    assert pacer.frame().radius2 in (round(pacer.frame().full), round(pacer.frame().full * 0.42))


def test_the_figure_alone_asks_for_a_frame_when_its_body_has_moved_a_step(
    app: StretchApp, clock: FakeClock
) -> None:
    into(app, clock, "breath")
    inhale = next(
        c for c in app.controller.timeline.cues
        if c.pose == FOLD and c.phase == "inhale" and c.t > app.controller.elapsed()
    )  # fmt: skip
    clock.advance(inhale.t - app.controller.elapsed())  # the second: the move into it is over
    app.controller.update()
    card = app.window.step_panel.picture
    card.repaint()  # the frame that ends the move into the hold
    moves = []
    while (wait := card.until_change(app.controller.position())) is not None:
        assert wait > 0
        before = shown(app, clock)
        clock.advance(wait)
        moves.append(moved(before, shown(app, clock))["figure"])
    assert app.controller.elapsed() < inhale.t + inhale.duration
    assert len(moves) > 10
    # No wait lets the body move more than an edge step (give or take its breath steps of under
    # a pixel), and mid-breath it moves about that far.
    assert max(moves) <= EDGE_STEP_PX + ROUNDING_PX
    assert max(moves) >= EDGE_STEP_PX - ROUNDING_PX


def test_the_ring_goes_round_in_small_steps_and_a_moving_figure_takes_every_frame(
    app: StretchApp, clock: FakeClock
) -> None:
    first_step = into(app, clock, "step")
    cues = app.controller.timeline.cues
    steps = [c for c in cues if c.pose == FOLD and c.kind == "step"]
    hold = next(c for c in app.controller.timeline.cues if c.pose == FOLD and c.kind == "hold")
    frames = play(app, clock, hold.t)
    assert frames and all(f.ring is not None for f in frames)
    moving = 0
    for a, b in itertools.pairwise(frames):
        gap_ms = (b.at - a.at) * 1000
        if any(c.t <= a.elapsed < c.t + MOVE_SECONDS for c in steps[1:]):
            moving += 1  # the figure eases to the step: every frame, as fast as they come
            assert gap_ms <= FRAME_MS + 1, a.elapsed
        elif gap_ms > FRAME_MS + 1 and not any(a.elapsed < c.t <= b.elapsed for c in cues):
            # It waited, within one moment: the ring moved no more than a step.
            assert moved(a, b)["ring"] <= RING_STEP_DEG + 0.1, (a.elapsed, gap_ms)
    assert moving >= 0.9 * (len(steps) - 1) * MOVE_SECONDS * 1000 / FRAME_MS
    # Steps last 6 s or more here: the ring alone takes fewer frames than 20 a second.
    assert len(frames) < 0.85 * (hold.t - first_step.t) * 1000 / FRAME_MS


def test_the_times_tick_every_second_and_no_more_than_a_frame_late(
    app: StretchApp, clock: FakeClock
) -> None:
    inhale = into(app, clock, "breath")
    frames = play(app, clock, inhale.t + 12)
    for f in frames:
        assert f.times == wording.clock(f.elapsed)  # every frame shows its own second
    # A new second may wait a frame for the breath's next: it shows within two frames' time.
    late = 2 * FRAME_MS / 1000 + 1e-6
    turns = [k + 0.5 for k in range(math.ceil(inhale.t), math.floor(inhale.t + 11))]
    for turn in turns:
        assert any(turn <= f.elapsed <= turn + late for f in frames), turn


def test_frames_stop_while_paused_and_after_the_end(app: StretchApp, clock: FakeClock) -> None:
    window, controller = app.window, app.controller
    assert window.next_frame_ms() is None
    into(app, clock, "breath")
    assert window.next_frame_ms() is not None
    controller.pause()
    assert window.next_frame_ms() is None
    controller.resume()
    assert window.next_frame_ms() is not None
    clock.advance(controller.timeline.total)
    controller.update()
    assert window.next_frame_ms() is None


def _position(phase: Phase, duration: float, progress: float) -> Position:
    cue = Cue(t=0.0, kind="breath", text="", pose="p", n=1, phase=phase, duration=duration)
    return Position(
        elapsed=progress * duration, cue=cue, pose_index=0, side=None, step=None, breath=1,
        phase=phase, phase_progress=progress, cue_left=0.0, pose_left=0.0, session_left=0.0,
    )  # fmt: skip


@given(
    st.sampled_from(["inhale", "exhale"]),
    st.floats(1.0, 30.0),
    st.floats(0.0, 1.0),
    st.floats(0.0, 1.0),
)
def test_until_fullness_is_when_the_breath_gets_there(
    phase: Phase, duration: float, progress: float, level: float
) -> None:
    now = _position(phase, duration, progress)
    wait = until_fullness(now, level)
    ahead = level - fullness(now) if phase == "inhale" else fullness(now) - level
    if ahead < -1e-9:  # already past it: not again in this breath
        assert wait is None
        return
    if ahead < 1e-9:
        return  # there now, to within rounding: either answer is right
    assert wait is not None and wait >= 0.0
    then = _position(phase, duration, min(1.0, progress + wait / duration))
    assert fullness(then) == pytest.approx(level, abs=1e-6)
    # Beyond empty or full lungs: not in this breath.
    assert until_fullness(now, -0.1) is None and until_fullness(now, 1.1) is None
