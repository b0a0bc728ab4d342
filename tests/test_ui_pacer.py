"""The breath pacer grows over the inhale and shrinks over the exhale, on the controller's clock."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QPalette, QRegion
from pytestqt.qtbot import QtBot

from stretchplayer.core.model import Library
from stretchplayer.engine.pacing import Pacing
from stretchplayer.engine.timeline import Cue, build_timeline
from stretchplayer.session.controller import SessionController
from stretchplayer.ui import style
from stretchplayer.ui.breath_pacer import SMALLEST, BreathPacer, eased
from stretchplayer.ui.style import contrast
from tests.fakes import FakeClock
from tests.helpers import REPO, changed_pixels, on_screen, without_display


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


def word_contrast(pacer: BreathPacer) -> float:
    """The contrast of the word against the circle it is on: the commonest colour in the box
    round the word is the circle's, the one most unlike it in lightness the letters'."""
    image = pacer.grab().toImage()
    inner = min(pacer.width(), pacer.height()) * SMALLEST
    box = QRect(
        round(pacer.width() / 2 - inner / 3), round(pacer.height() / 2 - inner / 6),
        round(2 * inner / 3), round(inner / 3),
    )  # fmt: skip
    colours = [
        image.pixelColor(x, y)
        for x in range(box.left(), box.right())
        for y in range(box.top(), box.bottom())
    ]
    counts: dict[int, int] = {}
    for colour in colours:
        counts[colour.rgb()] = counts.get(colour.rgb(), 0) + 1
    ground = QColor.fromRgb(max(counts, key=lambda rgb: counts[rgb]))
    return max(contrast(ground, colour) for colour in colours)


@pytest.mark.parametrize("dark", [False, True])
@pytest.mark.parametrize("moment", ["breath", "paused in a breath", "hold", "paused in a hold"])
def test_the_word_stands_out_from_the_circle(
    pacer: BreathPacer, controller: SessionController, clock: FakeClock, moment: str, dark: bool
) -> None:
    if dark:
        palette = QPalette(pacer.palette())
        palette.setColor(QPalette.ColorRole.Window, QColor("#202124"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
        pacer.setPalette(palette)
    inhale = first_breath(controller, "inhale")
    controller.start()
    go(controller, clock, inhale.t + 0.2 if "breath" in moment else inhale.t - 1.0)
    if moment.startswith("paused"):
        controller.pause()
        pacer.set_paused(True)
    assert pacer.word() in ("Paused", "Inhale", "Hold")
    # WCAG's large-text minimum is 3; read from a mat, 4.5.
    assert word_contrast(pacer) >= 4.5


# A longer arc is cut into other curves, so pixels of its old part may shift by a shade of
# antialiasing (measured: under 32 of 255): not a change anyone sees, and left unpainted.
AA_SHADE = 32


@pytest.mark.parametrize("moment", ["inhale", "exhale", "step"])
def test_a_tick_repaints_every_pixel_that_changed_and_nothing_when_none_did(
    pacer: BreathPacer,
    controller: SessionController,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    moment: str,
) -> None:
    asked: list[QRegion] = []
    monkeypatch.setattr(pacer, "update", lambda *area: asked.append(QRegion(*area)))
    cue = next(
        c for c in controller.timeline.cues if moment in (c.kind, c.phase) and c.duration > 1
    )
    controller.start()
    go(controller, clock, cue.t + 0.3)
    pacer.tick()
    before = pacer.grab().toImage()
    asked.clear()
    pacer.tick()  # nothing moved
    assert asked == []
    go(controller, clock, cue.t + 0.5)  # a few frames later: the circle or the ring moved
    pacer.tick()
    after = pacer.grab().toImage()
    changed = changed_pixels(before, after, tolerance=AA_SHADE)
    assert changed, "the moment chosen should move something"
    assert len(asked) == 1
    ratio = pacer.devicePixelRatioF()
    missed = [
        (x, y)
        for x, y in changed
        if not asked[0].contains(QPoint(round(x / ratio), round(y / ratio)))
    ]
    assert missed == []
    if moment == "step":  # the ring's new arc alone, a small part of the widget
        area = asked[0].boundingRect()
        assert area.width() * area.height() < 0.2 * 300 * 300


@pytest.mark.parametrize("dark", [False, True])
def test_the_pacer_paints_its_own_background(pacer: BreathPacer, dark: bool) -> None:
    palette = QPalette(pacer.palette())
    if dark:
        palette.setColor(QPalette.ColorRole.Window, QColor("#202124"))
        pacer.setPalette(palette)
    corner = pacer.grab().toImage().pixelColor(1, 1)
    assert corner == pacer.palette().color(QPalette.ColorRole.Window)


def test_a_pause_between_a_frame_and_its_paint_is_shown_at_once(
    pacer: BreathPacer, controller: SessionController, clock: FakeClock
) -> None:
    controller.start()
    go(controller, clock, first_breath(controller, "inhale").t + 1.0)
    pacer.tick()  # a frame asks for its paint...
    controller.pause()
    pacer.set_paused(True)  # ...and the pause comes before it
    shown = pacer.grab().toImage()
    assert pacer.word() == "Paused"
    assert changed_pixels(shown, pacer.grab().toImage()) == []  # what a full repaint shows


# The pacer at another pixel ratio, in a process of its own (Qt reads the scale at start-up):
# the circle's colour just inside its edge and just outside it, in 36 directions, half-way
# through an inhale and with the lungs full.
_AT_RATIO = """
import json, math, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from stretchplayer.core.library import load_library
from stretchplayer.engine.pacing import Pacing
from stretchplayer.engine.timeline import build_timeline
from stretchplayer.session.controller import SessionController
from stretchplayer.ui import style
from stretchplayer.ui.breath_pacer import BreathPacer
now = [0.0]
poses = load_library().select(["calf-stretch"])
controller = SessionController(build_timeline(poses, Pacing(4, 6)), lambda: now[0])
pacer = BreathPacer()
pacer.set_source(controller.position)
pacer.resize(333, 287)
pacer.show()
controller.start()
inhale = next(c for c in controller.timeline.cues if c.kind == "breath" and c.phase == "inhale")
accent = style.accent(pacer.palette())
seen = {}
for moment, into in (("half", 2.0), ("full", 3.999)):
    now[0] = inhale.t + into
    controller.update()
    pacer.tick()
    image = pacer.grab().toImage()
    ratio = image.devicePixelRatio()
    radius = pacer.diameter() / 2 * ratio
    for where, off in (("inside", -2.5 * ratio), ("outside", 2.5 * ratio)):
        fill = []
        for i in range(36):
            a = 2 * math.pi * i / 36
            x = image.width() / 2 + (radius + off) * math.cos(a)
            y = image.height() / 2 + (radius + off) * math.sin(a)
            colour = image.pixelColor(math.floor(x), math.floor(y))
            fill.append(abs(colour.hueF() - accent.hueF()) < 0.08 and colour.saturationF() > 0.4)
        seen[moment + " " + where] = fill
print(json.dumps({"ratio": ratio, **seen}))
"""


@pytest.mark.parametrize("scale", ["1.5", "2"])
def test_the_circle_is_whole_at_other_pixel_ratios(scale: str) -> None:
    env = without_display({"QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": scale})
    done = subprocess.run(
        [sys.executable, "-c", _AT_RATIO], capture_output=True, text=True, env=env, cwd=REPO
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.splitlines()[-1])
    assert seen.pop("ratio") == float(scale)
    assert seen == {
        "half inside": [True] * 36,
        "half outside": [False] * 36,
        "full inside": [True] * 36,
        "full outside": [False] * 36,
    }


def paint_next_frame_in_part(
    pacer: BreathPacer,
    controller: SessionController,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    later: float,
) -> QRegion:
    """Show this moment's frame whole, then the frame `later` seconds on painted only where
    its tick asked (as on screen): the region it asked for."""
    pacer.tick()
    pacer.repaint()  # the screen shows that tick's frame
    asked: list[QRegion] = []
    monkeypatch.setattr(pacer, "update", lambda *area: asked.append(QRegion(*area)))
    go(controller, clock, controller.elapsed() + later)
    pacer.tick()
    monkeypatch.undo()
    assert len(asked) == 1, "the frame should have moved the ring or the circle"
    pacer.repaint(asked[0])
    return asked[0]


@pytest.mark.parametrize("fraction", [0.01, 0.5, 0.985])
def test_a_ring_frame_painted_in_part_looks_as_the_whole_pacer_painted_afresh(
    pacer: BreathPacer,
    controller: SessionController,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    fraction: float,
) -> None:
    """Between breaths a frame repaints the box round the ring's new arc with the ring alone
    (near its start and its end too): the box must look as a whole paint would draw it."""
    step = next(c for c in controller.timeline.cues if c.kind == "step")
    controller.start()
    go(controller, clock, step.t + step.duration * fraction - 0.1)
    box = paint_next_frame_in_part(pacer, controller, clock, monkeypatch, 0.1)
    changed = changed_pixels(on_screen(pacer), pacer.grab().toImage())
    # Outside the box the old arc keeps its own shades (see AA_SHADE): only the box is new.
    assert [(x, y) for x, y in changed if box.contains(QPoint(x, y))] == []


@pytest.mark.parametrize(("phase", "into"), [("inhale", 0.3), ("inhale", 2.0), ("exhale", 3.0)])
def test_a_breath_frame_painted_in_part_looks_as_the_whole_pacer_painted_afresh(
    pacer: BreathPacer,
    controller: SessionController,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    phase: str,
    into: float,
) -> None:
    """A breath frame repaints the band where the circle's edge moved: the band must look as
    a whole paint draws it, and nothing outside it may be left from the old circle."""
    controller.start()
    go(controller, clock, first_breath(controller, phase).t + into)
    paint_next_frame_in_part(pacer, controller, clock, monkeypatch, 0.05)
    assert changed_pixels(on_screen(pacer), pacer.grab().toImage()) == []


@pytest.mark.parametrize("reach", [1, 6])
def test_a_paint_reaching_into_the_resting_circle_draws_the_circle_and_its_word(
    pacer: BreathPacer, controller: SessionController, clock: FakeClock, reach: int
) -> None:
    """A repaint from the ring down into the circle between breaths (the window uncovered,
    say) is not a ring frame: the circle's edge and the word are drawn in it too."""
    step = next(c for c in controller.timeline.cues if c.kind == "step")
    controller.start()
    go(controller, clock, step.t + 1.0)
    pacer.tick()
    pacer.repaint()
    full, middle = pacer.height() - 8, pacer.height() // 2
    ring_top, circle_top = middle - full // 2 - 4, round(middle - full * SMALLEST / 2)
    pacer.repaint(QRect(middle - 30, ring_top, 60, circle_top + reach - ring_top))
    assert changed_pixels(on_screen(pacer), pacer.grab().toImage()) == []
