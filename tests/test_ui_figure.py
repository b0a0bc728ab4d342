"""The figure in the window: the step panel, mat mode and the list draw it; it moves on the
controller's clock between steps and breathes during the hold; reduce motion keeps it still."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QRegion
from pytestqt.qtbot import QtBot

from stretchplayer.app import StretchApp
from stretchplayer.core.figure import moment
from stretchplayer.core.keyframes import figures_path_for, load_figures
from stretchplayer.core.library import load_library
from stretchplayer.core.model import Library
from stretchplayer.engine.timeline import Cue
from stretchplayer.storage.settings import Settings
from stretchplayer.ui.figures import MOVE_SECONDS, PoseFigures
from stretchplayer.ui.kept_breath import KEPT_BYTES, KeptBreath, Key
from stretchplayer.ui.pictures import PosePictures
from stretchplayer.ui.pose_card import PoseCard
from tests.fakes import FakeClock
from tests.helpers import changed_pixels, on_screen, shipped_library_data, write_json


@pytest.fixture
def app(qtbot: QtBot, library: Library, clock: FakeClock) -> StretchApp:
    stretch = StretchApp(library, Settings(voice_enabled=False), clock=clock)
    qtbot.addWidget(stretch.window)
    stretch.window.show()
    return stretch


def play_to(app: StretchApp, clock: FakeClock, match: Callable[[Cue], bool], into: float) -> Cue:
    cue = next(c for c in app.controller.timeline.cues if match(c))
    clock.advance(cue.t + into - app.controller.elapsed())
    app.controller.update()
    return cue


def start(app: StretchApp) -> None:
    app.controller.start()


def test_the_panel_draws_the_figure_and_eases_to_the_next_step(
    app: StretchApp, clock: FakeClock, library: Library
) -> None:
    card = app.window.step_panel.picture
    figure = load_figures(library)["calf-stretch"]
    start(app)
    play_to(app, clock, lambda c: c.kind == "step" and c.step == 0, into=2.0)
    assert card.figure_step() == ("calf-stretch", 0)
    posed = card.posed()
    assert posed is not None and posed.joints == moment(figure, 0).joints
    assert not card.is_moving()  # a still step: no repaints

    play_to(app, clock, lambda c: c.kind == "step" and c.step == 1, into=0.3)
    assert card.figure_step() == ("calf-stretch", 1)
    assert card.is_moving()
    between = card.posed()
    assert between is not None
    before, after = moment(figure, 0), moment(figure, 1)
    pelvis = between.joints["pelvis"]
    assert pelvis not in (before.joints["pelvis"], after.joints["pelvis"])
    # the clock moves the figure, not a timer of its own: past the move, it has arrived
    clock.advance(MOVE_SECONDS)
    settled = card.posed()
    assert settled is not None and settled.joints == after.joints
    assert not card.is_moving()


def test_the_figure_breathes_with_the_pacer_during_the_hold(
    app: StretchApp, clock: FakeClock
) -> None:
    card = app.window.step_panel.picture
    start(app)
    pose_id = "seated-forward-fold"
    inhale = play_to(
        app, clock, lambda c: c.kind == "breath" and c.pose == pose_id and c.phase == "inhale",
        into=0.05,
    )  # fmt: skip
    assert card.figure_step() == (pose_id, None)
    assert card.is_moving()
    empty = card.posed()
    clock.advance(inhale.duration - 0.1)  # nearly full lungs: lengthened
    full = card.posed()
    assert empty is not None and full is not None
    assert full.joints["shoulder"][1] > empty.joints["shoulder"][1] + 3
    assert full.chest > empty.chest

    app.window.set_reduce_motion(True)
    still = card.posed()
    assert not card.is_moving()
    clock.advance(1.5)
    assert card.posed() == still


def test_the_other_side_is_the_mirror_image(app: StretchApp, clock: FakeClock) -> None:
    card = app.window.step_panel.picture
    start(app)

    def step(side: str) -> Callable[[Cue], bool]:
        return lambda c: c.kind == "step" and c.step == 2 and c.side == side

    play_to(app, clock, step("right"), into=3.0)
    right = card.posed()
    play_to(app, clock, step("left"), into=3.0)
    left = card.posed()
    assert right is not None and left is not None
    assert left.joints == right.mirrored().joints


def test_mat_mode_draws_the_figure_big(app: StretchApp, clock: FakeClock, qtbot: QtBot) -> None:
    card = app.window.step_panel.picture
    start(app)
    play_to(app, clock, lambda c: c.kind == "step" and c.pose == "half-split", into=2.0)
    app.window.mat_mode.set_active(True)
    qtbot.waitUntil(lambda: app.window.mat_mode.active)
    image = card.grab().toImage()
    assert card.posed() is not None
    # the figure, not an empty card: several distinct colours are drawn
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 5


def test_thumbnails_draw_the_hold_and_a_pose_without_a_figure_uses_its_svg(
    library: Library, qtbot: QtBot
) -> None:
    figures = PoseFigures(load_figures(library))
    thumb = figures.thumbnail("half-split", QSize(58, 48), 2.0)
    assert thumb is not None and thumb.width() == 116
    assert figures.thumbnail("half-split", QSize(58, 48), 2.0) is thumb  # drawn once
    card = PoseCard(PosePictures(), figures=PoseFigures())
    qtbot.addWidget(card)
    card.set_picture("half-split.svg", False)
    card.set_figure("half-split", 0)
    assert card.posed() is None  # the SVG is drawn
    card.grab()


def test_broken_figures_fall_back_to_the_drawings(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    library = load_library(write_json(tmp_path / "mine.json", shipped_library_data()))
    (tmp_path / "mine.figures.json").write_text("{", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        figures = PoseFigures.for_library(library)
    assert "half-split" not in figures
    assert "the drawings are shown instead" in caplog.text


def test_reduce_motion_is_a_setting_the_window_follows(
    app: StretchApp, clock: FakeClock, library: Library
) -> None:
    app.apply_settings(Settings(voice_enabled=False, reduce_motion=True))
    card = app.window.step_panel.picture
    start(app)
    play_to(app, clock, lambda c: c.kind == "step" and c.step == 0, into=2.0)
    play_to(app, clock, lambda c: c.kind == "step" and c.step == 1, into=0.1)
    assert not card.is_moving()
    posed = card.posed()
    assert posed is not None
    assert posed.joints == moment(load_figures(library)["calf-stretch"], 1).joints


def into_the_hold(app: StretchApp, clock: FakeClock, pose_id: str, side: int = 0) -> list[Cue]:
    """Start, and play to the second inhale of `pose_id` on its first or second side (the
    first inhale follows the move into the hold): that side's inhales."""
    card = app.window.step_panel.picture
    start(app)
    inhales = [
        c for c in app.controller.timeline.cues
        if c.kind == "breath" and c.pose == pose_id and c.phase == "inhale"
    ]  # fmt: skip
    sides = sorted({c.side for c in inhales}, key=[c.side for c in inhales].index)
    inhales = [c for c in inhales if c.side == sides[side]]
    play_to(app, clock, lambda c: c is inhales[0], into=0.0)
    card.tick()  # the move into the hold starts
    play_to(app, clock, lambda c: c is inhales[1], into=0.0)
    return inhales


def breathe_in(
    app: StretchApp, clock: FakeClock, pose_id: str, monkeypatch: pytest.MonkeyPatch
) -> tuple[int, list[float]]:
    """Play the second inhale of `pose_id` at 20 frames a second: the frames, and the chest
    size each repaint the card asked for drew."""
    card = app.window.step_panel.picture
    inhale = into_the_hold(app, clock, pose_id)[1]
    card.tick()
    asked: list[object] = []
    monkeypatch.setattr(card, "update", lambda *area: asked.append(area))
    drawn: list[float] = []
    frames = round(inhale.duration * 20) - 1
    for _ in range(frames):
        clock.advance(1 / 20)
        app.controller.update()
        before = len(asked)
        card.tick()
        if len(asked) > before:
            posed = card.posed()  # what the asked-for paint draws
            assert posed is not None
            drawn.append(posed.chest)
    return frames, drawn


def test_a_chest_that_barely_moves_repaints_a_few_times_a_breath_not_every_frame(
    app: StretchApp, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    frames, drawn = breathe_in(app, clock, "calf-stretch", monkeypatch)
    assert 1 <= len(drawn) <= frames // 4
    assert drawn[-1] > drawn[0] or len(drawn) == 1  # it still fills up
    assert drawn == sorted(drawn)


def test_a_body_that_folds_with_the_breath_repaints_as_it_moves(
    app: StretchApp, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    frames, drawn = breathe_in(app, clock, "seated-forward-fold", monkeypatch)
    assert len(drawn) >= frames // 2  # smooth: most frames move it by more than the step


def test_the_card_paints_its_own_background(app: StretchApp) -> None:
    card = app.window.step_panel.picture
    corner = card.grab().toImage().pixelColor(1, 1)
    assert corner == card.palette().color(QPalette.ColorRole.Window)


def drawn(paint: Callable[[QPainter], object]) -> QImage:
    image = QImage(240, 140, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint(painter)
    painter.end()
    return image


def test_a_kept_drawing_shows_what_drawing_afresh_shows(library: Library, qtbot: QtBot) -> None:
    figures = PoseFigures(load_figures(library))
    rect = QRectF(8, 8, 224, 124)
    fold = "seated-forward-fold"
    for step, breath, mirrored in [(None, 0.4, False), (None, 0.4, True), (1, None, False)]:
        posed = figures.posed(fold, step, mirrored, breath)
        assert posed is not None
        afresh = drawn(lambda p: figures.paint(p, rect, posed))  # noqa: B023
        for _ in ("recorded", "replayed"):
            kept = drawn(lambda p: figures.paint_still(p, rect, fold, step, mirrored, breath))  # noqa: B023
            assert changed_pixels(afresh, kept, tolerance=1) == []  # antialiasing only
        other = drawn(lambda p: figures.paint_still(p, rect, "half-split", 1, False))
        assert changed_pixels(afresh, other, tolerance=100) != []


def test_another_librarys_figures_replace_the_kept_drawings(
    tmp_path: Path, library: Library, qtbot: QtBot
) -> None:
    figures = PoseFigures.for_library(library)
    rect = QRectF(0, 0, 240, 140)
    assert drawn(lambda p: figures.paint_still(p, rect, "half-split", None, False, 0.5))
    mine = load_library(write_json(tmp_path / "mine.json", shipped_library_data()))
    data = json.loads(figures_path_for(None).read_text(encoding="utf-8"))
    data["figures"] = [f for f in data["figures"] if f["pose"] != "half-split"]
    write_json(tmp_path / "mine.figures.json", data)
    figures.use_library(mine)
    painted: list[bool] = []
    drawn(lambda p: painted.append(figures.paint_still(p, rect, "half-split", None, False, 0.5)))
    assert painted == [False]  # no figure in this library: its SVG is shown, not the old one


@pytest.mark.parametrize(
    ("pose_id", "side", "room"),
    [
        ("seated-forward-fold", 0, None),
        ("half-split", 1, None),  # the other side: the mirror image
        ("seated-forward-fold", 0, 3),  # room for three steps: the others drawn afresh
        ("calf-stretch", 0, None),  # only the chest moves
    ],
)
def test_every_frame_of_a_breath_painted_in_part_looks_as_the_whole_card_painted_afresh(
    app: StretchApp,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    pose_id: str,
    side: int,
    room: int | None,
) -> None:
    """In a hold a breath step repaints only the part of the card the breath moves, copied
    from its pixels as first drawn. Through two whole breaths (the second from what was kept),
    the screen must show what the whole card painted afresh shows, and no more was asked."""
    card = app.window.step_panel.picture
    inhales = into_the_hold(app, clock, pose_id, side)
    card.tick()
    card.repaint()
    box = card.breath_box()
    assert box is not None
    kept_bytes = KEPT_BYTES if room is None else room * box.width() * box.height() * 4
    monkeypatch.setattr("stretchplayer.ui.kept_breath.KEPT_BYTES", kept_bytes)
    asked: list[QRegion] = []
    painted = 0
    for _ in range(round((inhales[3].t - inhales[1].t) * 20)):  # two breaths, 20 frames a second
        clock.advance(1 / 20)
        app.controller.update()
        monkeypatch.setattr(card, "update", lambda *area: asked.append(QRegion(*area)))
        card.tick()
        monkeypatch.undo()
        monkeypatch.setattr("stretchplayer.ui.kept_breath.KEPT_BYTES", kept_bytes)
        if not asked:
            continue
        area = asked.pop()
        assert area.boundingRect() == box
        assert box.width() * box.height() < card.width() * card.height() / 4
        card.repaint(area)
        painted += 1
        screen, afresh = on_screen(card), card.grab().toImage()
        afresh = afresh.convertToFormat(screen.format())
        # The figure's recorded drawings may shade an edge one level apart (see above).
        assert screen == afresh or changed_pixels(screen, afresh, tolerance=1) == []
    assert painted >= 8  # the breath was drawn as it went


def test_a_hold_keeps_its_breath_steps_within_a_bound(
    library: Library, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each breath step is drawn once and then copied, until the kept pixels would pass
    KEPT_BYTES (mat mode on a large screen): the steps past it are drawn each time."""
    figure = load_figures(library)["seated-forward-fold"]
    kept = KeptBreath(
        figure, Key("seated-forward-fold", False, 400, 300, 1.0, 0), QRect(0, 0, 50, 40)
    )
    monkeypatch.setattr("stretchplayer.ui.kept_breath.KEPT_BYTES", 3 * 50 * 40 * 4)
    drawn: list[float] = []
    steps = [i / 10 for i in range(6)]
    for breath in steps + steps:
        frame = kept.frame(breath, lambda painter, box: drawn.append(breath))  # noqa: B023
        assert frame is not None and frame.size() == QSize(50, 40)
    assert drawn == steps + steps[3:]
    fractional = KeptBreath(
        figure, Key("seated-forward-fold", False, 400, 300, 1.5, 0), QRect(0, 0, 50, 40)
    )
    assert fractional.frame(0.0, lambda painter, box: None) is None  # copies would blur: drawn
