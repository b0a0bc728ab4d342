"""The status bar's notice line: a notice arriving just after others does not hide them."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from stretchplayer.ui.notices import TOGETHER, NoticeLine
from tests.fakes import FakeClock


def test_a_notice_just_after_the_starts_counts_them_and_a_later_one_does_not(
    qtbot: QtBot, clock: FakeClock
) -> None:
    line = NoticeLine(clock=clock)
    qtbot.addWidget(line)
    line.show_notices(["settings.json: theme: expected one of …", "settings.json: day_start: …"])
    assert line.line() == "settings.json: theme: expected one of … (and 1 more: point here to read)"
    clock.advance(0.5)  # the sound's notice, a moment after the start's
    line.show_notice("No sound: no sound server answered.")
    assert line.line() == "No sound: no sound server answered. (and 2 more: point here to read)"
    clock.advance(TOGETHER)
    line.show_notice('Saved the routine "Morning".')
    assert line.line() == 'Saved the routine "Morning".'
    assert "day_start" in line.toolTip()  # every one of them still listed there
