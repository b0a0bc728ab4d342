"""Preferences → Theme: light, dark or as the desktop is set, applied at once, on a desktop
without a platform theme too (where Qt ignores a requested colour scheme)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QStyle, QStyleOptionButton
from pytestqt.qtbot import QtBot

from stretchplayer.app import StretchApp
from stretchplayer.core.model import Library
from stretchplayer.storage.settings import Settings, load_settings
from stretchplayer.ui import style
from stretchplayer.ui.habit_calendar import HabitCalendar
from stretchplayer.ui.preferences import PreferencesDialog
from stretchplayer.ui.style import contrast
from stretchplayer.ui.theme import apply_theme, dark_palette
from tests.fakes import FakeClock


@pytest.fixture
def desktop_theme(qapp: QApplication) -> Iterator[None]:
    yield
    apply_theme(qapp, "system")


def test_the_theme_is_chosen_in_preferences_and_applies_at_once(
    qtbot: QtBot, library: Library, desktop_theme: None
) -> None:
    dialog = PreferencesDialog(Settings())
    qtbot.addWidget(dialog)
    choices = [dialog.theme.itemText(i) for i in range(dialog.theme.count())]
    assert choices == ["As the desktop is set", "Light", "Dark"]
    dialog.theme.setCurrentIndex(2)
    assert dialog.settings().theme == "dark"

    stretch = StretchApp(library, Settings(voice_enabled=False), clock=FakeClock())
    qtbot.addWidget(stretch.window)
    assert not style.is_dark(stretch.window.palette())
    stretch.apply_settings(dataclasses.replace(stretch.settings, theme="dark"))
    qtbot.waitUntil(lambda: style.is_dark(stretch.window.palette()))  # Qt posts the change
    palette = stretch.window.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    assert contrast(text, palette.color(QPalette.ColorRole.Window)) >= 7
    assert load_settings()[0].theme == "dark"

    stretch.apply_settings(dataclasses.replace(stretch.settings, theme="system"))
    qtbot.waitUntil(lambda: not style.is_dark(stretch.window.palette()))  # this desktop's own


@pytest.mark.parametrize("dark", [False, True])
def test_empty_days_in_the_calendar_stand_out_from_the_window(
    qtbot: QtBot, qapp: QApplication, dark: bool
) -> None:
    calendar = HabitCalendar(date(2026, 12, 4), {})
    qtbot.addWidget(calendar)
    palette = dark_palette() if dark else qapp.style().standardPalette()
    calendar.setPalette(palette)
    empty = calendar.shade(0)
    assert contrast(empty, palette.color(QPalette.ColorRole.Window)) >= 1.3
    busiest = calendar.shade(60)
    assert contrast(busiest, empty) >= 2


def test_the_steps_turn_light_on_dark_when_the_theme_changes_while_shown(
    qtbot: QtBot, library: Library, desktop_theme: None
) -> None:
    stretch = StretchApp(library, Settings(voice_enabled=False), clock=FakeClock())
    qtbot.addWidget(stretch.window)
    stretch.window.show()
    qtbot.waitExposed(stretch.window)
    stretch.apply_settings(dataclasses.replace(stretch.settings, theme="dark"))
    panel = stretch.window.step_panel
    qtbot.waitUntil(lambda: style.is_dark(panel.palette()))
    window = panel.palette().color(QPalette.ColorRole.Window)
    rows = panel.steps._rows
    assert rows

    def readable() -> bool:
        return all(
            contrast(row.text.palette().color(QPalette.ColorRole.WindowText), window) >= 4.5
            for row in rows
        )

    qtbot.waitUntil(readable)


def test_the_pose_lists_hint_reads_in_light_and_after_a_switch_to_dark(
    qtbot: QtBot, library: Library, desktop_theme: None
) -> None:
    """The hint "Tick the poses to do; drag to change the order." was the placeholder grey,
    3.9:1 on the light window at 13 px."""
    stretch = StretchApp(library, Settings(voice_enabled=False), clock=FakeClock())
    qtbot.addWidget(stretch.window)
    pose_list = stretch.window.pose_list

    def readable() -> bool:
        window = pose_list.palette().color(QPalette.ColorRole.Window)
        hint = pose_list._hint.palette().color(QPalette.ColorRole.WindowText)
        return contrast(hint, window) >= 4.5

    assert readable()
    stretch.apply_settings(dataclasses.replace(stretch.settings, theme="dark"))
    qtbot.waitUntil(lambda: style.is_dark(pose_list.palette()))
    qtbot.waitUntil(readable)


def test_an_unticked_box_can_be_seen_in_the_dark_palette(qtbot: QtBot) -> None:
    box = QCheckBox("Reduce motion")
    qtbot.addWidget(box)
    box.setPalette(dark_palette())
    box.show()
    image = box.grab().toImage()
    option = QStyleOptionButton()
    box.initStyleOption(option)
    square = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    middle = square.center().y()
    inside = image.pixelColor(square.center())
    edge = max(
        (image.pixelColor(x, middle) for x in range(square.left(), square.left() + 3)),
        key=lambda c: contrast(c, inside),
    )
    assert contrast(edge, inside) >= 1.4  # its frame shows against its fill
    assert contrast(edge, box.palette().color(QPalette.ColorRole.Window)) >= 1.1
