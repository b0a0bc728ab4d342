"""The progress bar: a segment per pose, and the lead-in and the closing words at its ends."""

from __future__ import annotations

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
