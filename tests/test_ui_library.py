"""File → Open pose library…: a good file replaces the poses, a broken one lists every problem."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from stretchplayer.app import StretchApp
from stretchplayer.app.launch import _remembered_library
from stretchplayer.core.model import Library
from stretchplayer.storage.settings import Settings, load_settings
from stretchplayer.ui.library_dialogs import problems_box, problems_text
from tests.fakes import FakeClock
from tests.helpers import run_cli, shipped_library_data, write_json


class Seams:
    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.problems: list[tuple[Path, list[str]]] = []

    def choose(self, parent: object) -> Path | None:
        return self.path

    def show(self, parent: object, path: Path, problems: Sequence[str]) -> None:
        self.problems.append((path, list(problems)))


def make(
    qtbot: QtBot, library: Library, seams: Seams, settings: Settings | None = None
) -> StretchApp:
    stretch = StretchApp(library, settings or Settings(voice_enabled=False), clock=FakeClock())
    qtbot.addWidget(stretch.window)
    stretch.window.choose_library_file = seams.choose
    stretch.show_library_problems = seams.show  # type: ignore[method-assign]
    return stretch


def smaller_library(tmp_path: Path) -> Path:
    data = shipped_library_data()
    data["poses"] = [p for p in data["poses"] if p["id"] in ("calf-stretch", "pyramid-pose")]
    return write_json(tmp_path / "two.json", data)


def test_opening_a_good_library_shows_its_poses_and_is_remembered(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    two = smaller_library(tmp_path)
    seams = Seams(two)
    stretch = make(qtbot, library, seams)
    stretch.window.open_library_action.trigger()
    assert seams.problems == []
    assert stretch.window.pose_list.order() == ["calf-stretch", "pyramid-pose"]
    assert [s.pose.id for s in stretch.controller.timeline.spans] == [
        "calf-stretch",
        "pyramid-pose",
    ]
    assert stretch.window.routine_bar.names()[0] == "All two"
    assert load_settings()[0].library == str(two)
    assert str(two) in stretch.window.notice()

    remembered, warnings = _remembered_library(library, str(two), [])
    assert [p.id for p in remembered.poses] == ["calf-stretch", "pyramid-pose"] and not warnings

    stretch.window.builtin_library_action.trigger()
    assert len(stretch.window.pose_list.order()) == 7
    assert load_settings()[0].library is None


def test_a_broken_library_lists_every_problem_and_the_poses_stay(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    data = shipped_library_data()
    data["poses"][0]["breaths"] = "ten"
    del data["poses"][2]["steps"]
    broken = write_json(tmp_path / "broken.json", data)
    seams = Seams(broken)
    stretch = make(qtbot, library, seams)
    stretch.window.open_library_action.trigger()
    [(path, problems)] = seams.problems
    assert path == broken
    # Exactly what `validate` says, one line per problem.
    validated = run_cli("validate", str(broken))
    assert problems == validated.stderr.strip().splitlines()
    assert len(problems) == 2
    assert len(stretch.window.pose_list.order()) == 7
    assert load_settings()[0].library is None
    headline, listed = problems_text(broken, problems)
    assert "2 problems" in headline and "current poses stay" in headline
    assert listed.split("\n\n") == [f"• {problem}" for problem in problems]


def test_a_remembered_library_that_broke_falls_back_with_a_notice(
    library: Library, tmp_path: Path
) -> None:
    gone = tmp_path / "gone.json"
    chosen, warnings = _remembered_library(library, str(gone), [])
    assert chosen is library
    [warning] = warnings
    assert "gone.json" in warning and "using the built-in poses" in warning


def test_a_routine_keeps_poses_the_new_library_lacks(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    run_cli("routines", "save", "Morning", "--poses", "half-split,calf-stretch")
    seams = Seams(smaller_library(tmp_path))
    settings, _ = load_settings()
    stretch = make(qtbot, library, seams, settings)
    stretch.choose_routine("Morning")
    stretch.window.open_library_action.trigger()
    assert stretch.window.chosen_ids() == ["calf-stretch"]
    assert "half-split" in stretch.window.notice()
    assert stretch.saved_routines[0].poses == ["half-split", "calf-stretch"]


def test_an_opened_library_brings_its_own_drawings_and_figures(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    data = shipped_library_data()
    data["poses"] = [p for p in data["poses"] if p["id"] == "calf-stretch"]
    data["poses"][0]["id"] = "wall-calf"
    data["poses"][0]["image"] = "wall-calf.svg"
    own = write_json(tmp_path / "mine.json", data)
    (tmp_path / "wall-calf.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="100">'
        '<rect width="120" height="100" fill="#345"/></svg>',
        encoding="utf-8",
    )
    stretch = make(qtbot, library, Seams(own))
    window = stretch.window
    assert "calf-stretch" in window.figures  # the shipped figures, before
    window.open_library_action.trigger()
    # The drawing beside the new library is found, and the shipped figures are gone: a pose
    # of that library with no figure of its own shows its drawing.
    assert window.pictures.pixmap("wall-calf.svg", QSize(60, 50)) is not None
    assert "calf-stretch" not in window.figures and "wall-calf" not in window.figures


def test_the_problems_box_shows_the_file_name_and_problems_as_written(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "Evening & <b>more</b>.json"
    box = problems_box(None, path, ["poses[0].name: expected text, got <i>42</i>"])
    qtbot.addWidget(box)
    labels = {label.objectName(): label for label in box.findChildren(QLabel)}
    headline, problem = labels["qt_msgbox_label"], labels["qt_msgbox_informativelabel"]
    assert path.name in headline.text() and "<i>42</i>" in problem.text()
    # Plain text: "&" and the tags are shown, not eaten or rendered.
    assert headline.textFormat() == problem.textFormat() == Qt.TextFormat.PlainText
