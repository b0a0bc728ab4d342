"""The breath pacer grows over the inhale and shrinks over the exhale, on the controller's clock."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from stretchplayer.core.model import Library
from stretchplayer.engine.pacing import Pacing
from stretchplayer.engine.timeline import Cue, build_timeline
from stretchplayer.session.controller import SessionController
from stretchplayer.ui import style
from stretchplayer.ui.breath_pacer import SMALLEST, BreathPacer, eased
from tests.fakes import FakeClock


@pytest.fixture
def controller(library: Library, clock: FakeClock) -> SessionController:
    poses = library.select(["calf-stretch"])
    return SessionController(build_timeline(poses, Pacing(breath_in=4, breath_out=6)), clock)


@pytest.fixture
def pacer(qtbot: QtBot, controller: SessionController) -> BreathPacer:
    widget = BreathPacer()
    widget.set_source(controller.position)
    widget.resize(300, 300)
    qtbot.addWidget(widget)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def first_breath(controller: SessionController, phase: str) -> Cue:
    return next(c for c in controller.timeline.cues if c.kind == "breath" and c.phase == phase)


def go(controller: SessionController, clock: FakeClock, t: float) -> None:
    clock.advance(t - controller.elapsed())
    controller.update()


def painted_width(pacer: BreathPacer) -> int:
    """Width of the filled circle as drawn, measured on a row above the word in its middle."""
    image = pacer.grab().toImage()
    y = round(pacer.height() / 2 - min(pacer.width(), pacer.height()) * SMALLEST * 0.35)
    accent = style.accent(pacer.palette())
    widest = run = 0
    for x in range(image.width()):
        pixel = QColor(image.pixel(x, y))
        close = abs(pixel.hueF() - accent.hueF()) < 0.08 and pixel.saturationF() > 0.25
        run = run + 1 if close else 0
        widest = max(widest, run)
    return widest


def test_easing_starts_and_ends_slowly() -> None:
    assert eased(0.0) == 0.0
    assert eased(1.0) == pytest.approx(1.0)
    assert eased(0.5) == pytest.approx(0.5)
    assert eased(0.1) < 0.1 < 0.9 < eased(0.9)


def test_circle_grows_during_the_inhale(
    pacer: BreathPacer, controller: SessionController, clock: FakeClock
) -> None:
    inhale = first_breath(controller, "inhale")
    controller.start()
    go(controller, clock, inhale.t + 0.2)
    early, early_width = pacer.diameter(), painted_width(pacer)
    go(controller, clock, inhale.t + 2.0)
    middle, middle_width = pacer.diameter(), painted_width(pacer)
    go(controller, clock, inhale.t + 3.8)
    late = pacer.diameter()
    assert early < middle < late
    assert early_width < middle_width
    assert pacer.word() == "Inhale"


def test_circle_shrinks_during_the_exhale(
    pacer: BreathPacer, controller: SessionController, clock: FakeClock
) -> None:
    exhale = first_breath(controller, "exhale")
    controller.start()
    go(controller, clock, exhale.t + 0.3)
    early, early_width = pacer.diameter(), painted_width(pacer)
    go(controller, clock, exhale.t + 3.0)
    middle, middle_width = pacer.diameter(), painted_width(pacer)
    go(controller, clock, exhale.t + 5.7)
    late = pacer.diameter()
    assert early > middle > late
    assert early_width > middle_width
    assert pacer.word() == "Exhale"


def test_circle_rests_small_outside_the_breaths_and_stops_when_paused(
    pacer: BreathPacer, controller: SessionController, clock: FakeClock
) -> None:
    smallest = pacer.diameter()
    inhale = first_breath(controller, "inhale")
    controller.start()
    go(controller, clock, inhale.t - 1.0)  # the hold cue, before the first breath
    assert pacer.diameter() == pytest.approx(smallest)
    go(controller, clock, inhale.t + 2.0)
    controller.pause()
    pacer.set_paused(True)
    frozen = pacer.diameter()
    clock.advance(10)
    assert pacer.diameter() == pytest.approx(frozen)
    assert pacer.word() == "Paused"
