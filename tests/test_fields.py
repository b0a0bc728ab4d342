"""The one table of user-settable fields, and proof that each consumer reads it.

If one of these fails after a change to a row, some part of the app kept its own copy.
"""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path
from typing import get_args

import pytest
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLabel, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from stretchplayer.cli.parser import build_parser
from stretchplayer.core.fields import (
    BREATH_IN,
    BY_NAME,
    FIELDS,
    FIRST_SIDE,
    ON_COMMAND_LINE,
    THEME,
    VERBOSITY,
    Field,
    FirstSide,
    Theme,
    Verbosity,
)
from stretchplayer.engine.pacing import LIMITS, Pacing
from stretchplayer.storage.settings import REMEMBERED, RULES, Settings, load_settings
from stretchplayer.ui.preferences import PreferencesDialog

PACING_ROWS = ("breath_in", "breath_out", "countdown", "rest")


def test_every_setting_but_the_pose_selection_is_a_row() -> None:
    assert [f.name for f in FIELDS] == [
        f.name for f in fields(Settings) if f.name not in REMEMBERED
    ]
    assert BY_NAME["breath_in"] is BREATH_IN


@pytest.mark.parametrize("row", FIELDS, ids=lambda f: f.name)
def test_each_row_is_complete_and_its_default_is_allowed(row: Field[object]) -> None:
    assert isinstance(row.default, row.kind)
    assert row.label
    if row.range is not None:
        low, high = row.range
        assert low <= row.default <= high  # type: ignore[operator]
    if row.choices:
        assert row.default in row.values()
        assert all(label for _, label in row.choices)
    if row.flag is not None:
        assert row.help and row.flag == "--" + row.name.replace("_", "-")


@pytest.mark.parametrize(
    ("row", "literal"), [(FIRST_SIDE, FirstSide), (VERBOSITY, Verbosity), (THEME, Theme)]
)
def test_choice_rows_offer_exactly_their_literal_type(row: Field[str], literal: object) -> None:
    assert row.values() == get_args(literal)
    assert row.choice(row.values()[-1]) == row.values()[-1]
    with pytest.raises(ValueError, match="expected one of"):
        row.choice("sideways")


@pytest.mark.parametrize("name", PACING_ROWS)
def test_pacing_takes_its_defaults_and_limits_from_the_rows(name: str) -> None:
    row = BY_NAME[name]
    assert getattr(Pacing(), name) == row.default
    assert LIMITS[name] == row.range
    low, high = row.limits
    Pacing(**{name: high})  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=f"from {low:g} to {high:g}"):
        Pacing(**{name: high + 0.5})  # type: ignore[arg-type]


@pytest.mark.parametrize("row", FIELDS, ids=lambda f: f.name)
def test_settings_take_their_defaults_and_rules_from_the_rows(row: Field[object]) -> None:
    assert getattr(Settings(), row.name) == row.default
    assert RULES[row.name](row.default) == row.default


def test_an_out_of_range_saved_value_warns_with_the_rows_range(stretchplayer_home: Path) -> None:
    file = stretchplayer_home / "settings.json"
    low, high = BREATH_IN.limits
    file.write_text(json.dumps({"breath_in": high + 1}), encoding="utf-8")
    settings, [warning] = load_settings(file)
    assert settings.breath_in == BREATH_IN.default
    assert f"breath_in: expected a number from {low:g} to {high:g} {BREATH_IN.unit}" in warning


@pytest.mark.parametrize("row", ON_COMMAND_LINE, ids=lambda f: f.name)
def test_command_line_options_take_their_limits_and_choices_from_the_rows(
    row: Field[object], capsys: pytest.CaptureFixture[str]
) -> None:
    assert row.flag is not None
    parser = build_parser()
    if row.range is not None:
        low, high = row.range
        args = parser.parse_args(["plan", row.flag, f"{high:g}"])
        assert getattr(args, row.name) == high
        with pytest.raises(SystemExit):
            parser.parse_args(["plan", row.flag, f"{high + 0.5:g}"])
        assert f"from {low:g} to {high:g}" in capsys.readouterr().err
    else:
        for value in row.values():
            assert getattr(parser.parse_args(["plan", row.flag, value]), row.name) == value
        with pytest.raises(SystemExit):
            parser.parse_args(["plan", row.flag, "sideways"])
    assert getattr(parser.parse_args(["plan"]), row.name) is None, "unset: the saved value"


def labels_of(dialog: PreferencesDialog) -> dict[QWidget, str]:
    """Each widget that a label names (its keyboard shortcut leads there), and that label."""
    return {label.buddy(): label.text() for label in dialog.findChildren(QLabel) if label.buddy()}


def test_preferences_spin_boxes_and_menus_come_from_the_rows(qtbot: QtBot) -> None:
    dialog = PreferencesDialog(Settings())
    qtbot.addWidget(dialog)
    labels = labels_of(dialog)
    spins: dict[str, QDoubleSpinBox | QSpinBox] = {
        "breath_in": dialog.breath_in,
        "breath_out": dialog.breath_out,
        "countdown": dialog.countdown,
        "rest": dialog.rest,
        "voice_rate": dialog.rate,
        "spoken_breaths": dialog.spoken_breaths,
    }
    for name, box in spins.items():
        row = BY_NAME[name]
        assert (box.minimum(), box.maximum()) == row.range, name
        assert box.singleStep() == row.step, name
        assert box.suffix() == f" {row.symbol}", name
        assert labels[box] == row.label, name
    menus: dict[str, QComboBox] = {"first_side": dialog.first_side, "verbosity": dialog.verbosity}
    for name, combo in menus.items():
        row = BY_NAME[name]
        shown = [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]
        assert shown == list(row.choices), name
        assert labels[combo] == row.label, name
    assert dialog.chimes.text() == BY_NAME["chimes"].label
    assert dialog.voice_enabled.text() == BY_NAME["voice_enabled"].label
    assert labels[dialog.voice] == BY_NAME["voice_id"].label
    assert labels[dialog.volume] == BY_NAME["voice_volume"].label
    assert (dialog.volume.minimum(), dialog.volume.maximum()) == (0, 100)
