"""The progress bar: a segment per pose, and the lead-in and the closing words at its ends."""

from __future__ import annotations

import dataclasses

from PySide6.QtGui import QPalette
from pytestqt.qtbot import QtBot

from stretchplayer.core.model import Library
from stretchplayer.engine.pacing import Pacing
from stretchplayer.engine.timeline import build_timeline
from stretchplayer.ui.progress_bar import SessionProgress


def test_both_ends_of_the_bar_are_drawn_alike(qtbot: QtBot, library: Library) -> None:
    """With one short pose the countdown and the closing words are wide enough to see: the
    countdown had its band, the end of the session was left blank."""
    timeline = build_timeline(
        library.select(["seated-forward-fold"]), Pacing(breath_in=1, breath_out=1)
    )
    bar = SessionProgress()
    bar.set_timeline(timeline)
    bar.resize(1200, 30)
    qtbot.addWidget(bar)
    image = bar.grab().toImage()
    window = bar.palette().color(QPalette.ColorRole.Window)
    middle = image.height() // 2
    lead, close = image.pixelColor(3, middle), image.pixelColor(image.width() - 4, middle)
    assert lead != window
    assert close == lead


def reads_as(label: str, name: str) -> bool:
    """Whether a label shortened with "…" could be `name`: its start and its end are."""
    head, _, tail = label.partition("…")
    return name.startswith(head) and name.endswith(tail)


def test_names_shortened_alike_keep_the_ends_that_tell_them_apart(
    qtbot: QtBot, library: Library
) -> None:
    """German's forward folds, "Vorbeuge im Stehen" and "Vorbeuge im Sitzen", both read
    "Vorbeuge i…" in a narrow bar: which chip was which could not be told."""
    standing, seated = (
        dataclasses.replace(library.get(i), name=name)
        for i, name in (
            ("standing-forward-fold", "Vorbeuge im Stehen"),
            ("seated-forward-fold", "Vorbeuge im Sitzen"),
        )
    )
    timeline = build_timeline((standing, seated), Pacing(breath_in=1, breath_out=1))
    bar = SessionProgress()
    qtbot.addWidget(bar)
    bar.set_timeline(timeline)
    bar.resize(1200, 30)
    assert bar.labels() == ["Vorbeuge im Stehen", "Vorbeuge im Sitzen"]  # room: whole
    bar.resize(200, 30)
    first, second = bar.labels()
    assert "…" in first and "…" in second
    assert reads_as(first, "Vorbeuge im Stehen") and not reads_as(first, "Vorbeuge im Sitzen")
    assert reads_as(second, "Vorbeuge im Sitzen") and not reads_as(second, "Vorbeuge im Stehen")
    # A name no other shares its start with is shortened at its end, as before.
    alone = build_timeline((library.get("half-split"), seated), Pacing(1, 1))
    bar.set_timeline(alone)
    label = bar.labels()[1]
    assert label.endswith("…") and reads_as(label, "Vorbeuge im Sitzen")


def test_a_shortened_name_has_no_space_beside_its_ellipsis(qtbot: QtBot, library: Library) -> None:
    standing, seated = (
        dataclasses.replace(library.get(i), name=name)
        for i, name in (
            ("standing-forward-fold", "Vorbeuge im Stehen"),
            ("seated-forward-fold", "Vorbeuge im Sitzen"),
        )
    )
    bar = SessionProgress()
    qtbot.addWidget(bar)
    bar.set_timeline(build_timeline((standing, seated), Pacing(breath_in=1, breath_out=1)))
    for width in range(120, 400, 4):
        bar.resize(width, 30)
        for label in bar.labels():
            assert "… " not in label and " …" not in label, (width, label)
