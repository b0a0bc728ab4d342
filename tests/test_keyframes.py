"""The figures file is validated like the pose library: every problem, one line, with its place."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from stretchplayer.core.keyframes import figures_path_for, load_figures
from stretchplayer.core.library import LibraryError, load_library
from stretchplayer.core.model import Library
from tests.helpers import REPO, run_cli, shipped_library_data, write_json


def shipped() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((REPO / "data" / "figures.json").read_text("utf-8"))
    return data


def _broken(edit: str) -> dict[str, Any]:
    data = copy.deepcopy(shipped())
    lizard = data["figures"][2]
    assert lizard["pose"] == "lizard-pose"
    if edit == "unknown-pose":
        lizard["pose"] = "lizzard-pose"
    elif edit == "step-count":
        lizard["steps"].pop()
    elif edit == "unknown-angle":
        lizard["steps"][1]["angles"]["elbow"] = 10
    elif edit == "angle-type":
        lizard["steps"][1]["angles"]["spine"] = "up"
    elif edit == "first-incomplete":
        del lizard["steps"][0]["angles"]["neck"]
    elif edit == "both-placings":
        lizard["steps"][0]["pelvis"] = [0, 60]
    elif edit == "block-index":
        lizard["steps"][0]["reach"]["side_arm"] = {"block": 3}
    elif edit == "plant-joint":
        lizard["steps"][2]["plant"]["joint"] = "nose"
    elif edit == "below-floor":
        lizard["steps"][2]["plant"]["at"] = [-30, -5]
    elif edit == "half-pair":
        lizard["inhale"] = {"angles": {"spine": 30}}
    elif edit == "typo":
        lizard["stretchd"] = lizard.pop("stretched")
    elif edit == "arrow-joint":
        lizard["steps"][3]["arrows"] = [{"joint": "tail", "angle": 0}]
    elif edit == "version":
        data["version"] = 2
    return data


@pytest.mark.parametrize(
    ("edit", "place", "expected"),
    [
        ("unknown-pose", "figures[2] (lizzard-pose).pose", "unknown pose 'lizzard-pose'"),
        ("step-count", "figures[2] (lizard-pose).steps", "expected 4 keyframes, one per step"),
        ("unknown-angle", "figures[2] (lizard-pose).steps[1].angles.elbow", "unknown angle"),
        ("angle-type", "figures[2] (lizard-pose).steps[1].angles.spine", "expected a number"),
        ("first-incomplete", "figures[2] (lizard-pose).steps[0].angles", "missing neck"),
        ("both-placings", "figures[2] (lizard-pose).steps[0]", "either 'pelvis' or 'plant'"),
        (
            "block-index",
            "figures[2] (lizard-pose).steps[0].reach.side_arm.block",
            "index of a block",
        ),
        ("plant-joint", "figures[2] (lizard-pose).steps[2].plant.joint", "got 'nose'"),
        ("below-floor", "figures[2] (lizard-pose).steps[2].plant.at[1]", "0 (the floor) or more"),
        (
            "half-pair",
            "figures[2] (lizard-pose).exhale",
            "an inhale and an exhale keyframe together",
        ),
        ("typo", "figures[2] (lizard-pose).stretchd", "did you mean 'stretched'?"),
        ("arrow-joint", "figures[2] (lizard-pose).steps[3].arrows[0].joint", "got 'tail'"),
        ("version", "version", "expected 1, got 2"),
    ],
)
def test_each_problem_names_file_place_and_expectation(
    tmp_path: Path, library: Library, edit: str, place: str, expected: str
) -> None:
    path = write_json(tmp_path / "figures.json", _broken(edit))
    with pytest.raises(LibraryError) as caught:
        load_figures(library, path)
    lines = [str(p) for p in caught.value.problems]
    here = [line for line in lines if line.startswith(f"{path}: {place}: ")]
    assert len(here) == 1, lines
    assert expected in here[0]
    assert len(lines) <= 2 and all("\n" not in line for line in lines)


@pytest.mark.parametrize(
    ("raw", "place", "expected"),
    [
        (b"", "", "file is empty"),
        (b'{"version": 1,', "1:15", "invalid JSON"),
        (b"\xff\xfe", "byte 0", "expected UTF-8"),
        (b"[]", "", "expected an object, got an empty list"),
    ],
)
def test_unreadable_files_are_explained(
    tmp_path: Path, library: Library, raw: bytes, place: str, expected: str
) -> None:
    path = tmp_path / "figures.json"
    path.write_bytes(raw)
    with pytest.raises(LibraryError) as caught:
        load_figures(library, path)
    (problem,) = caught.value.problems
    assert problem.place == place and expected in problem.message


def test_a_custom_library_brings_its_figures_beside_it(tmp_path: Path) -> None:
    library_path = write_json(tmp_path / "mine.json", shipped_library_data())
    library = load_library(library_path)
    assert figures_path_for(library_path) == tmp_path / "mine.figures.json"
    assert load_figures(library) == {}  # none: every pose falls back to its SVG
    data = shipped()
    data["figures"] = data["figures"][:2]
    write_json(tmp_path / "mine.figures.json", data)
    assert set(load_figures(library)) == {"calf-stretch", "standing-forward-fold"}


def test_validate_checks_the_figures_beside_a_library(tmp_path: Path) -> None:
    library_path = write_json(tmp_path / "mine.json", shipped_library_data())
    write_json(tmp_path / "mine.figures.json", _broken("step-count"))
    result = run_cli("validate", str(library_path))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"{tmp_path / 'mine.figures.json'}: figures[2] (lizard-pose).steps: "
        "expected 4 keyframes, one per step of the pose, got 3"
    ]


def test_a_figures_file_is_read_as_a_guest_like_the_library(tmp_path: Path) -> None:
    # A shared library may come with anything beside it: a pipe must not hang `validate`,
    # and nesting deep enough to crash Python's parser is one line, like in poses.json.
    import os

    mine = write_json(tmp_path / "mine.json", shipped_library_data())
    os.mkfifo(tmp_path / "mine.figures.json")
    done = run_cli("validate", str(mine), timeout=30)
    assert done.returncode == 1
    assert "mine.figures.json" in done.stderr and "FIFO" in done.stderr
    assert "Traceback" not in done.stderr
    (tmp_path / "mine.figures.json").unlink()
    (tmp_path / "mine.figures.json").write_text("[" * 5000 + "]" * 5000, encoding="utf-8")
    done = run_cli("validate", str(mine), timeout=30)
    assert done.returncode == 1
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
