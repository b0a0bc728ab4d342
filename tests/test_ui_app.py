"""The composition root: what the app does with what the window reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from stretchplayer.app import StretchApp, selection_to_save
from stretchplayer.app.launch import open_app
from stretchplayer.core.model import Library
from stretchplayer.engine.timeline import build_timeline
from stretchplayer.storage.settings import Settings, load_settings
from stretchplayer.ui.preferences import PreferencesDialog
from tests.fakes import FakeClock
from tests.helpers import run_cli


def make(
    qtbot: QtBot, library: Library, settings: Settings, warnings: list[str] | None = None
) -> StretchApp:
    stretch = StretchApp(library, settings, warnings or [], clock=FakeClock())
    qtbot.addWidget(stretch.window)
    return stretch


def test_a_broken_library_is_reported_before_any_window(tmp_path: Path) -> None:
    broken = tmp_path / "poses.json"
    broken.write_text("{ not json", encoding="utf-8")
    result = run_cli("--library", str(broken), env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"stretchplayer: {broken}: 1:3: invalid JSON: Expecting property name enclosed in double quotes"
    ]


def test_the_command_line_reports_a_missing_library_without_a_window(tmp_path: Path) -> None:
    result = run_cli("--library", str(tmp_path / "missing.json"))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "missing.json" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_saved_choice_and_order_come_back(qtbot: QtBot, library: Library) -> None:
    settings = Settings(selected_poses=["pyramid-pose", "calf-stretch"])
    stretch = make(qtbot, library, settings)
    assert [s.pose.id for s in stretch.controller.timeline.spans] == [
        "pyramid-pose",
        "calf-stretch",
    ]
    assert stretch.window.pose_list.order()[:2] == ["pyramid-pose", "calf-stretch"]


def test_unknown_saved_ids_are_skipped(qtbot: QtBot, library: Library) -> None:
    stretch = make(qtbot, library, Settings(selected_poses=["no-such-pose", "half-split"]))
    assert stretch.window.chosen_ids() == ["half-split"]


def test_a_changed_choice_is_saved(
    qtbot: QtBot, library: Library, stretchplayer_home: Path
) -> None:
    stretch = make(qtbot, library, Settings())
    stretch.window.pose_list.set_checked("lizard-pose", False)
    saved, warnings = load_settings()
    assert warnings == []
    assert saved.selected_poses is not None and "lizard-pose" not in saved.selected_poses
    stretch.window.pose_list.set_checked("lizard-pose", True)
    # Everything ticked in the shipped order is stored as "all", so new poses appear too.
    on_disk = json.loads((stretchplayer_home / "settings.json").read_text(encoding="utf-8"))
    assert "selected_poses" not in on_disk


def test_selection_to_save(library: Library) -> None:
    assert selection_to_save(library, list(library.ids)) is None
    assert selection_to_save(library, ["half-split"]) == ["half-split"]


def test_the_voice_switch_is_saved(qtbot: QtBot, library: Library) -> None:
    stretch = make(qtbot, library, Settings(voice_enabled=True))
    with qtbot.waitActive(stretch.window):
        stretch.window.show()
        stretch.window.activateWindow()
    QTest.keyClick(stretch.window.focusWidget() or stretch.window, Qt.Key.Key_V)
    assert stretch.settings.voice_enabled is False
    assert load_settings()[0].voice_enabled is False


def test_settings_warnings_are_shown_as_notices(qtbot: QtBot, library: Library) -> None:
    stretch = make(qtbot, library, Settings(), ["settings.json: breath_in: expected a number"])
    assert "breath_in" in stretch.window.notice()


def test_a_window_started_with_bad_files_says_what_is_wrong_with_each_once(
    qtbot: QtBot, qapp: QApplication, library: Library, stretchplayer_home: Path
) -> None:
    settings_file = stretchplayer_home / "settings.json"
    settings_file.write_text('{"breath_in": "slow"}', encoding="utf-8")
    routines_file = stretchplayer_home / "routines.json"
    routines_file.write_text(
        json.dumps({"routines": {"A": {"poses": ["calf-stretch"], "breaths": {"x": "x"}}}}),
        encoding="utf-8",
    )
    stretch = open_app(qapp, library, None, None)
    qtbot.addWidget(stretch.window)
    assert stretch.window.notice().startswith(f"{settings_file}: breath_in: expected a number")
    notice = stretch.window.findChild(QLabel, "notice")
    assert notice is not None
    listed = notice.toolTip()  # every notice: the line names the first and counts the rest
    assert listed.count(f"{settings_file}: breath_in:") == 1
    assert listed.count(f"{routines_file}: routines.") == 1

    # The voice toggled in the window saves the settings; the value it could not use stays.
    stretch.window.voice_action.trigger()
    assert json.loads(settings_file.read_text(encoding="utf-8")) == {
        "breath_in": "slow",
        "voice_enabled": False,
    }


def test_a_bad_value_goes_once_the_person_sets_that_setting_even_to_its_default(
    qtbot: QtBot,
    qapp: QApplication,
    library: Library,
    stretchplayer_home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Set to the value standing in for it (the default), the bad value stayed in the file
    and its warning came back at every start."""
    settings_file = stretchplayer_home / "settings.json"
    bad = {"voice_enabled": "yes", "selected_poses": "oops", "breath_in": "slow", "rest": "x"}
    settings_file.write_text(json.dumps(bad), encoding="utf-8")
    stretch = open_app(qapp, library, None, None)
    qtbot.addWidget(stretch.window)
    assert len(load_settings()[1]) == 4
    stretch.window.voice_action.trigger()  # off, and on again: the default
    stretch.window.voice_action.trigger()
    stretch.window.pose_list.set_checked("lizard-pose", False)  # all seven again: the default
    stretch.window.pose_list.set_checked("lizard-pose", True)
    # In Preferences, breath in set to 5 s and back to the default 4 s; rest not touched.
    touched = (stretch.settings, frozenset({"breath_in"}))
    monkeypatch.setattr(PreferencesDialog, "edit", classmethod(lambda cls, *a: touched))
    stretch.edit_preferences()
    on_disk = json.loads(settings_file.read_text(encoding="utf-8"))
    assert {k: v for k, v in on_disk.items() if k in bad} == {"rest": "x"}
    assert [w.split(": ")[1] for w in load_settings()[1]] == ["rest"]


def test_new_pacing_rebuilds_the_session(qtbot: QtBot, library: Library) -> None:
    stretch = make(qtbot, library, Settings())
    before = stretch.controller.timeline.total
    stretch.apply_settings(Settings(breath_in=6.0, breath_out=6.0))
    assert stretch.controller.timeline.total > before
    assert load_settings()[0].breath_in == 6.0


def test_the_window_is_seen_before_the_voice_is_made(qtbot: QtBot, library: Library) -> None:
    stretch = make(qtbot, library, Settings())
    assert stretch.voice.speaker.name == "starting"  # nothing that makes sound yet
    spoken = stretch.planner.timeline
    assert spoken is not None
    silent_total = build_timeline(library.poses).total
    assert spoken.total > silent_total  # planned with room for the words all the same
    with qtbot.waitSignal(stretch.window.firstPainted, timeout=5000):
        stretch.window.show()
    assert stretch.voice.speaker.name != "starting"


def test_a_history_that_cannot_be_used_is_said_once_the_window_is_up(
    qtbot: QtBot, library: Library, stretchplayer_home: Path
) -> None:
    (stretchplayer_home / "history.sqlite3").symlink_to("/dev/zero")
    stretch = make(qtbot, library, Settings(voice_enabled=False))
    with qtbot.waitSignal(stretch.window.firstPainted, timeout=5000):
        stretch.window.show()
    assert "cannot open the history" in stretch.window.notice()
    assert "this run's sessions will not be kept" in stretch.window.notice()
