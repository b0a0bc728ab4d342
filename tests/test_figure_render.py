"""Drawing the figure: `stretchplayer figure` writes PNG and SVG; sides mirror; steps differ."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QTransform

from stretchplayer.core.figure import moment
from stretchplayer.core.keyframes import load_figures
from stretchplayer.core.model import Library
from stretchplayer.ui.figure_export import render_image
from tests.helpers import run_cli


def differing(a: QImage, b: QImage) -> float:
    """The share of pixels that differ by more than a little (antialiasing aside)."""
    assert a.size() == b.size()
    a = a.convertToFormat(QImage.Format.Format_RGB32)
    b = b.convertToFormat(QImage.Format.Format_RGB32)
    count = 0
    step = 2
    total = 0
    for y in range(0, a.height(), step):
        for x in range(0, a.width(), step):
            total += 1
            pa, pb = a.pixel(x, y), b.pixel(x, y)
            if any(abs(((pa >> s) & 255) - ((pb >> s) & 255)) > 48 for s in (0, 8, 16)):
                count += 1
    return count / total


def test_figure_for_the_other_side_is_the_mirror_image(tmp_path: Path) -> None:
    right, left = tmp_path / "right.png", tmp_path / "left.png"
    for side, out in (("right", right), ("left", left)):
        result = run_cli(
            "figure", "--pose", "half-split", "--step", "2", "--side", side,
            "--width", "300", "--out", str(out),
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == f"{out}: half-split, step 2, {side} side"
    a, b = QImage(str(right)), QImage(str(left))
    assert not a.isNull() and a.width() == 300
    assert differing(a, b) > 0.01  # the figure is not symmetric...
    assert (
        differing(a.transformed(QTransform().scale(-1, 1)), b) < 0.002
    )  # ...but the left is the right, flipped


def test_figure_writes_svg_for_the_hold_breathing(tmp_path: Path) -> None:
    out = tmp_path / "fold.svg"
    result = run_cli(
        "figure", "--pose", "seated-forward-fold", "--hold", "--breath", "1", "--out", str(out)
    )
    assert result.returncode == 0, result.stderr
    text = out.read_text("utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text and "<path" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--pose", "no-such-pose"], "--pose: "),
        (["--pose", "lizard-pose", "--step", "9"], "--step: expected 1 to 4 for lizard-pose"),
        (
            ["--pose", "seated-forward-fold", "--side", "left"],
            "--side: seated-forward-fold is done once",
        ),
        (["--pose", "lizard-pose", "--breath", "2"], "expected a number from 0 to 1"),
    ],
)
def test_figure_mistakes_are_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    result = run_cli("figure", *args, "--out", str(tmp_path / "x.png"))
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1 and message in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_consecutive_steps_draw_differently(library: Library, qapp: object) -> None:
    figures = load_figures(library)
    for pose in library.poses:
        figure = figures[pose.id]
        images = [render_image(moment(figure, i), 200) for i in range(len(figure.steps))]
        for n in range(len(images) - 1):
            assert differing(images[n], images[n + 1]) > 0.003, (pose.id, n + 1)


def test_dark_scheme_draws_a_light_body_on_dark(library: Library, qapp: object) -> None:
    posed = moment(load_figures(library)["calf-stretch"], None)
    dark, light = render_image(posed, 200, dark=True), render_image(posed, 200)
    assert dark.pixelColor(2, 2).lightness() < 64 < 200 < light.pixelColor(2, 2).lightness()
    assert differing(dark, light) > 0.5
