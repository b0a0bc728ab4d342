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
        self.totals: list[int | None] = []

    def choose(self, parent: object) -> Path | None:
        return self.path

    def show(
        self, parent: object, path: Path, problems: Sequence[str], total: int | None = None
    ) -> None:
        self.problems.append((path, list(problems)))
        self.totals.append(total)


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


def forty_problems(tmp_path: Path) -> Path:
    """A library of 40 poses whose holds are 0 breaths: one problem each, in pose order."""
    data = shipped_library_data()
    pose = data["poses"][1]  # one-sided: no first_side to add
    data["poses"] = [
        {**pose, "id": f"pose-{i}", "hold": {**pose["hold"], "breaths": 0}} for i in range(40)
    ]
    return write_json(tmp_path / "forty.json", data)


def test_forty_problems_list_twelve_in_the_dialog_and_count_the_other_28(
    qtbot: QtBot, library: Library, tmp_path: Path
) -> None:
    broken = forty_problems(tmp_path)
    seams = Seams(broken)
    stretch = make(qtbot, library, seams)
    stretch.window.open_library_action.trigger()
    [(_, problems)] = seams.problems
    assert seams.totals == [40]
    box = problems_box(None, broken, problems, 40)
    qtbot.addWidget(box)
    listed = box.informativeText().split("\n\n")
    assert "40 problems" in box.text()
    assert len(listed) == 13 and listed[-1] == "… and 28 more (Show Details…)"
    assert listed[11].startswith(f"• {broken}: poses[11] (pose-11).hold.breaths")
    assert len(box.detailedText().splitlines()) == 40


def test_the_dialog_counts_problems_that_were_only_counted(qtbot: QtBot, tmp_path: Path) -> None:
    # The loader keeps the first 1,000 problems of a huge file and counts the rest.
    box = problems_box(None, tmp_path / "huge.json", [f"problem {i}" for i in range(1000)], 3000)
    qtbot.addWidget(box)
    assert "3000 problems" in box.text()  # Qt's %n: no thousands separator
    assert box.informativeText().endswith("… and 2,988 more (Show Details…)")
    assert box.detailedText().splitlines()[-1] == "… and 2,000 more"


def test_a_remembered_library_counts_every_problem_not_only_those_kept(
    library: Library, tmp_path: Path
) -> None:
    data = shipped_library_data()
    data["poses"] = [{"id": f"p{i}"} for i in range(200)]  # nine missing fields each
    broken = write_json(tmp_path / "broken.json", data)
    _, [warning] = _remembered_library(library, str(broken), [])
    assert "1,800 problems, the first: " in warning and "poses[0] (p0)" in warning
