"""The pose library: the shipped file is faithful to the seed, and broken files are explained."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from stretchplayer.core.library import MAX_BYTES, LibraryError, load_library, parse_library
from stretchplayer.core.model import Library, UnknownPoseError, fill
from tests.helpers import POSE_IDS, shipped_library_data, write_json


def test_shipped_library_has_the_seven_poses_in_seed_order(library: Library) -> None:
    assert list(library.ids) == POSE_IDS


def test_sides_equipment_and_holds_match_the_seed(library: Library) -> None:
    two_sided = {p.id for p in library.poses if p.two_sided}
    assert two_sided == {
        "calf-stretch",
        "lizard-pose",
        "supine-hamstring-stretch",
        "half-split",
        "pyramid-pose",
    }
    with_blocks = {p.id for p in library.poses if any("yoga block" in e for e in p.equipment)}
    assert with_blocks == {"standing-forward-fold", "lizard-pose", "half-split", "pyramid-pose"}
    assert all(p.breaths == 10 for p in library.poses)
    assert library.get("pyramid-pose").first_side == "left"  # the seed steps the left foot back
    assert library.get("supine-hamstring-stretch").first_side == "right"


def test_special_rhythms_are_in_the_data(library: Library) -> None:
    supine = library.get("supine-hamstring-stretch").rhythm
    seated = library.get("seated-forward-fold").rhythm
    fold = library.get("standing-forward-fold")
    assert supine is not None and "3 seconds" in supine.summary and supine.exhale == "Release"
    assert seated is not None and "inhale" in seated.summary and "exhale" in seated.summary
    assert any("pull them apart" in s for s in fold.steps)
    assert fold.rhythm is not None and "heels apart" in fold.rhythm.summary


def test_second_side_mirrors_every_side_word(library: Library) -> None:
    lizard = library.get("lizard-pose")
    first = " ".join(lizard.steps_for("right"))
    second = " ".join(lizard.steps_for("left"))
    assert "Lunge your right foot forward with your left leg behind you" in first
    assert "Lunge your left foot forward with your right leg behind you" in second
    assert "{" not in first + second


def test_about_keeps_the_why_and_the_once_a_day_advice(library: Library) -> None:
    about = library.about
    assert any("posterior tilt" in p for p in about.paragraphs)
    assert "once a day" in about.advice
    assert any("bounce" in s for s in about.safety)


def test_select_keeps_the_order_asked_and_rejects_unknown_ids(library: Library) -> None:
    chosen = library.select(["seated-forward-fold", "calf-stretch"])
    assert [p.id for p in chosen] == ["seated-forward-fold", "calf-stretch"]
    with pytest.raises(UnknownPoseError, match="'splits'"):
        library.select(["splits"])


def test_fill_capitalises_and_leaves_the_other_side() -> None:
    assert (
        fill("{Side} foot back, {other} foot forward", "left")
        == "Left foot back, right foot forward"
    )


# -- broken files ------------------------------------------------------------------------------


def _broken(edit: str) -> dict[str, Any]:
    data = shipped_library_data()
    lizard = data["poses"][2]
    if edit == "typo-field":
        lizard["hold"]["breath"] = lizard["hold"].pop("breaths")
    elif edit == "breaths-fraction":
        lizard["hold"]["breaths"] = 2.5
    elif edit == "breaths-zero":
        lizard["hold"]["breaths"] = 0
    elif edit == "breaths-string":
        lizard["hold"]["breaths"] = "10"
    elif edit == "breaths-bool":
        lizard["hold"]["breaths"] = True
    elif edit == "side-word":
        lizard["first_side"] = "north"
    elif edit == "placeholder":
        lizard["steps"][0] = "Lunge your {sdie} foot forward."
    elif edit == "side-on-one-sided":
        data["poses"][1]["steps"][0] = "Step your {side} foot forward."
    elif edit == "empty-steps":
        lizard["steps"] = []
    elif edit == "blank-step":
        lizard["steps"][1] = "  "
    elif edit == "duplicate-id":
        data["poses"][3]["id"] = "lizard-pose"
    elif edit == "wrong-type":
        lizard["equipment"] = "2 yoga blocks"
    elif edit == "posture":
        lizard["posture"] = "floating"
    elif edit == "version":
        data["version"] = 7
    elif edit == "missing-name":
        del lizard["name"]
    return data


@pytest.mark.parametrize(
    ("edit", "place", "expected"),
    [
        ("typo-field", "poses[2] (lizard-pose).hold.breath", "did you mean 'breaths'?"),
        (
            "breaths-fraction",
            "poses[2] (lizard-pose).hold.breaths",
            "expected a whole number from 1 to 100, got 2.5",
        ),
        ("breaths-zero", "poses[2] (lizard-pose).hold.breaths", "got 0"),
        ("breaths-string", "poses[2] (lizard-pose).hold.breaths", "got '10'"),
        ("breaths-bool", "poses[2] (lizard-pose).hold.breaths", "got True"),
        (
            "side-word",
            "poses[2] (lizard-pose).first_side",
            "expected one of 'right', 'left', got 'north'",
        ),
        ("placeholder", "poses[2] (lizard-pose).steps[0]", "unknown placeholder {sdie}"),
        (
            "side-on-one-sided",
            "poses[1] (standing-forward-fold).steps[0]",
            "unknown placeholder {side}",
        ),
        ("empty-steps", "poses[2] (lizard-pose).steps", "expected at least one entry"),
        ("blank-step", "poses[2] (lizard-pose).steps[1]", "expected a non-empty string"),
        ("duplicate-id", "poses[3] (lizard-pose).id", "duplicate id 'lizard-pose'"),
        (
            "wrong-type",
            "poses[2] (lizard-pose).equipment",
            "expected a list of strings, got a string",
        ),
        ("posture", "poses[2] (lizard-pose).posture", "got 'floating'"),
        ("version", "version", "expected 1, got 7"),
        ("missing-name", "poses[2] (lizard-pose).name", "missing required field"),
    ],
)
def test_each_structural_problem_names_file_place_and_expectation(
    tmp_path: Path, edit: str, place: str, expected: str
) -> None:
    path = write_json(tmp_path / "poses.json", _broken(edit))
    with pytest.raises(LibraryError) as caught:
        load_library(path)
    lines = [str(p) for p in caught.value.problems]
    here = [line for line in lines if line.startswith(f"{path}: {place}: ")]
    assert len(here) == 1, lines
    assert expected in here[0]
    # One mistake, one line (a renamed field is both unknown and missing, nothing more).
    assert len(lines) <= 2 and "\n" not in here[0]


def test_all_problems_are_reported_not_just_the_first(tmp_path: Path) -> None:
    data = _broken("typo-field")
    data["poses"][0]["posture"] = "upside-down"
    data["poses"][6]["steps"] = []
    path = write_json(tmp_path / "poses.json", data)
    with pytest.raises(LibraryError) as caught:
        load_library(path)
    places = [p.place for p in caught.value.problems]
    assert places == [
        "poses[0] (calf-stretch).posture",
        "poses[2] (lizard-pose).hold.breath",
        "poses[2] (lizard-pose).hold.breaths",
        "poses[6] (seated-forward-fold).steps",
    ]


def test_problems_are_listed_in_the_files_order(tmp_path: Path) -> None:
    data = shipped_library_data()
    one = data["poses"][1]  # one-sided: no first_side to add
    poses = [{**one, "id": f"pose-{i}"} for i in range(12)]
    # Checked as sides, hold, then the texts; written as name, ..., hold, release.
    poses[1] = {**poses[1], "name": "", "hold": {**one["hold"], "breaths": 0}, "release": ""}
    poses[2] = {**poses[2], "zeta": 1, "alpha": 2}  # unknown fields, not in a-z order
    data["poses"] = poses
    text = json.dumps(data, indent=1)
    # A duplicate key in poses[10]: Python's parser reports it before any check runs.
    text = text.replace('"id": "pose-10",', '"id": "pose-10", "id": "pose-10",')
    path = tmp_path / "poses.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LibraryError) as caught:
        load_library(path)
    assert [p.place for p in caught.value.problems] == [
        "poses[1] (pose-1).name",
        "poses[1] (pose-1).hold.breaths",
        "poses[1] (pose-1).release",
        "poses[2] (pose-2).zeta",
        "poses[2] (pose-2).alpha",
        "poses[10] (pose-10).id",  # named by its pose, and after poses[2], not before
    ]
    assert "duplicate key" in caught.value.problems[-1].message


@pytest.mark.parametrize(
    ("raw", "place", "expected"),
    [
        (b'{"version": 1,\n  "poses": [,]\n}', "2:13", "invalid JSON"),
        (b"", "", "file is empty"),
        (b"  \n ", "", "file is empty"),
        (b"[1, 2]", "", "expected an object, got a list"),
        (
            b'{"version": 1, "version": 1, "about": {}, "poses": []}',
            "version",
            "duplicate key",
        ),
        (b"\xff\xfe{}", "byte 0", "expected UTF-8"),
    ],
)
def test_unreadable_documents_are_explained(raw: bytes, place: str, expected: str) -> None:
    with pytest.raises(LibraryError) as caught:
        parse_library(raw, "mine.json")
    first = caught.value.problems[0]
    assert (first.file, first.place) == ("mine.json", place)
    assert expected in first.message


def test_huge_files_are_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    path.write_bytes(b" " * (MAX_BYTES + 1))
    with pytest.raises(LibraryError, match="expected at most"):
        load_library(path)


def test_missing_file_is_one_clear_problem(tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match=r"nowhere\.json: cannot read file"):
        load_library(tmp_path / "nowhere.json")


def test_a_valid_edited_copy_loads(tmp_path: Path) -> None:
    data = copy.deepcopy(shipped_library_data())
    data["poses"] = data["poses"][:2]
    data["poses"][0]["hold"]["breaths"] = 6
    library = load_library(write_json(tmp_path / "mine.json", data))
    assert library.ids == ("calf-stretch", "standing-forward-fold")
    assert library.poses[0].hold_for("right") == "Hold for 6 breaths."


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(shipped_library_data()).encode())
    assert len(load_library(path).poses) == 7
