"""Routines on the command line, as a person (or a program) meets them: in a subprocess."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from stretchplayer.cli.main import main
from stretchplayer.storage import routines as routines_module
from tests.helpers import POSE_IDS, run_cli, shipped_library_data, write_json

MORNING = ["half-split", "calf-stretch", "pyramid-pose", "lizard-pose"]


def test_a_routine_saved_on_the_command_line_is_listed_and_planned_in_its_order() -> None:
    saved = run_cli("routines", "save", "Morning", "--poses", ",".join(MORNING), "--rest", "5")
    assert saved.returncode == 0, saved.stderr
    assert saved.stdout.strip() == 'saved routine "Morning": 4 poses'

    listed = json.loads(run_cli("routines", "--json").stdout)
    assert listed == [
        {"name": "Morning", "poses": MORNING, "pacing": {"rest": 5.0}, "breaths": {}, "missing": []}
    ]
    text = run_cli("routines").stdout.splitlines()
    assert text[0].startswith("All seven (built in): calf-stretch")
    assert text[1] == f"Morning: {', '.join(MORNING)} [rest 5.0]"

    plan = json.loads(run_cli("plan", "--routine", "Morning", "--json").stdout)
    poses = [c["pose"] for c in plan["cues"] if c["kind"] == "pose"]
    assert list(dict.fromkeys(poses)) == MORNING
    rests = [c for c in plan["cues"] if c["kind"] == "rest"]
    assert rests  # the routine's own 5 s rest (more when going to or from the floor)
    everything = json.loads(run_cli("plan", "--json").stdout)
    assert plan["total_seconds"] < everything["total_seconds"]


def test_the_command_line_overrides_a_routines_pacing_for_one_run() -> None:
    run_cli("routines", "save", "Slow", "--poses", "pyramid-pose", "--breath-in", "6")
    slow = json.loads(run_cli("plan", "--routine", "Slow", "--json").stdout)
    quick = json.loads(run_cli("plan", "--routine", "Slow", "--breath-in", "2", "--json").stdout)
    assert quick["total_seconds"] < slow["total_seconds"]
    assert json.loads(run_cli("routines", "--json").stdout)[0]["pacing"] == {"breath_in": 6.0}


def test_rename_and_delete_and_the_one_line_errors() -> None:
    run_cli("routines", "save", "Morning", "--poses", "calf-stretch")
    renamed = run_cli("routines", "rename", "Morning", "Dawn")
    assert renamed.returncode == 0, renamed.stderr
    assert [r["name"] for r in json.loads(run_cli("routines", "--json").stdout)] == ["Dawn"]

    unknown = run_cli("plan", "--routine", "Morning")
    assert unknown.returncode == 1
    assert unknown.stderr == (
        'stretchplayer: --routine: no routine named "Morning"; '
        'known routines: "All seven", "Dawn"\n'
    )
    for args in (
        ("routines", "delete", "Nope"),
        ("routines", "rename", "Nope", "X"),
        ("play", "--text", "--routine", "Nope"),
        ("export-audio", "--routine", "Nope", "--out", "x.wav"),
        ("--routine", "Nope"),  # the window: told before any window opens
    ):
        done = run_cli(*args)
        assert done.returncode == 1, args
        assert done.stderr.count("\n") == 1 and '"All seven", "Dawn"' in done.stderr, args

    builtin = run_cli("routines", "delete", "All seven")
    assert builtin.returncode == 1
    assert "built in and cannot be deleted" in builtin.stderr
    assert run_cli("routines", "save", "all seven", "--poses", "calf-stretch").returncode == 1
    bad_pose = run_cli("routines", "save", "X", "--poses", "calf-stretch,nope")
    assert bad_pose.returncode == 1 and "unknown pose id 'nope'" in bad_pose.stderr
    both = run_cli("plan", "--routine", "Dawn", "--poses", "calf-stretch")
    assert both.returncode == 1 and "not both" in both.stderr

    deleted = run_cli("routines", "delete", "Dawn")
    assert deleted.returncode == 0
    assert json.loads(run_cli("routines", "--json").stdout) == []


def test_the_built_in_routine_is_every_pose() -> None:
    plan = json.loads(run_cli("plan", "--routine", "All seven", "--json").stdout)
    poses = [c["pose"] for c in plan["cues"] if c["kind"] == "pose"]
    assert list(dict.fromkeys(poses)) == POSE_IDS


def test_a_routine_whose_poses_left_the_library_is_kept_and_says_which(tmp_path: Path) -> None:
    run_cli("routines", "save", "Morning", "--poses", "calf-stretch,half-split")
    data = shipped_library_data()
    data["poses"] = [p for p in data["poses"] if p["id"] != "half-split"]
    smaller = write_json(tmp_path / "smaller.json", data)

    plan = run_cli("plan", "--library", str(smaller), "--routine", "Morning", "--json")
    assert plan.returncode == 0, plan.stderr
    assert "poses not in this library: half-split" in plan.stderr
    assert {c["pose"] for c in json.loads(plan.stdout)["cues"] if c["pose"]} == {"calf-stretch"}
    listed = json.loads(run_cli("routines", "--json", "--library", str(smaller)).stdout)
    assert listed[0]["poses"] == ["calf-stretch", "half-split"]
    assert listed[0]["missing"] == ["half-split"]


def test_a_corrupt_routines_file_is_moved_aside_with_one_notice(stretchplayer_home: Path) -> None:
    (stretchplayer_home / "routines.json").write_text("{nope", encoding="utf-8")
    done = run_cli("routines", "--json")
    assert done.returncode == 0
    assert json.loads(done.stdout) == []
    assert done.stderr.count("\n") == 1 and "moved it aside" in done.stderr
    assert [p.name for p in stretchplayer_home.glob("routines.json.corrupt-*")]


def test_a_routine_holds_its_own_breath_counts() -> None:
    saved = run_cli(
        "routines",
        "save",
        "Short",
        "--poses",
        "pyramid-pose,half-split",
        "--breaths",
        "half-split=3",
    )
    assert saved.returncode == 0, saved.stderr
    [routine] = json.loads(run_cli("routines", "--json").stdout)
    assert routine["breaths"] == {"half-split": 3}
    plan = json.loads(run_cli("plan", "--routine", "Short", "--json").stdout)
    holds = {c["pose"]: c["breaths"] for c in plan["cues"] if c["kind"] == "hold"}
    assert holds == {"pyramid-pose": 10, "half-split": 3}
    stray = run_cli("routines", "save", "X", "--poses", "pyramid-pose", "--breaths", "half-split=3")
    assert stray.returncode == 1 and "not among --poses: half-split" in stray.stderr
    bad = run_cli("routines", "save", "X", "--poses", "pyramid-pose", "--breaths", "pyramid-pose")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1


def test_a_routine_name_cannot_send_escape_sequences_to_the_terminal() -> None:
    evil = "Evil\x1b]0;pwned\x07"
    saved = run_cli("routines", "save", evil, "--poses", "calf-stretch")
    listed = run_cli("routines")
    assert saved.returncode == listed.returncode == 0
    for output in (saved.stdout, listed.stdout):
        assert "\x1b" not in output and "\x07" not in output
    assert "Evil" in listed.stdout


def test_saving_over_a_routine_replaces_it_and_says_what_it_had(
    stretchplayer_home: Path,
) -> None:
    run_cli("routines", "save", "Morning", "--poses", "calf-stretch,half-split")
    again = run_cli("routines", "save", "Morning", "--poses", "pyramid-pose")
    assert again.returncode == 0, again.stderr
    assert again.stdout == ('replaced routine "Morning": 1 pose (it had calf-stretch,half-split)\n')
    [routine] = json.loads(run_cli("routines", "--json").stdout)
    assert routine["poses"] == ["pyramid-pose"]


def test_saving_over_a_routine_keeps_the_pacing_and_breaths_not_given(
    stretchplayer_home: Path,
) -> None:
    """A script changing a routine's poses lost its own pacing and breath counts unsaid."""
    first = ["--poses", "calf-stretch,half-split", "--breath-in", "6", "--breaths", "half-split=3"]
    assert run_cli("routines", "save", "Morning", *first).returncode == 0
    again = run_cli(
        "routines", "save", "Morning", "--poses", "half-split,pyramid-pose", "--countdown", "3"
    )
    assert again.returncode == 0, again.stderr
    [routine] = json.loads(run_cli("routines", "--json").stdout)
    assert routine["poses"] == ["half-split", "pyramid-pose"]
    assert routine["pacing"] == {"breath_in": 6.0, "countdown": 3.0}
    assert routine["breaths"] == {"half-split": 3}
    # A pose left out takes its count with it; one given again wins.
    run_cli("routines", "save", "Morning", "--poses", "pyramid-pose", "--breath-in", "4")
    [routine] = json.loads(run_cli("routines", "--json").stdout)
    assert routine["pacing"] == {"breath_in": 4.0, "countdown": 3.0}
    assert routine["breaths"] == {}
    # Deleting it first starts afresh.
    run_cli("routines", "delete", "Morning")
    run_cli("routines", "save", "Morning", "--poses", "pyramid-pose")
    [routine] = json.loads(run_cli("routines", "--json").stdout)
    assert routine["pacing"] == {} and routine["breaths"] == {}


@pytest.mark.parametrize("action", [["save", "Dawn", "--poses", "calf-stretch"], ["delete", "A"]])
def test_a_routine_that_cannot_be_written_names_routines_json(
    stretchplayer_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    action: list[str],
) -> None:
    assert main(["routines", "save", "A", "--poses", "calf-stretch"]) == 0
    capsys.readouterr()

    def full_disk(path: Path, data: object, ours: object = None) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(routines_module, "write_json_atomic", full_disk)
    assert main(["routines", *action]) == 1
    err = capsys.readouterr().err
    assert err == (
        f"stretchplayer: routines {action[0]}: {stretchplayer_home / 'routines.json'}: "
        "not saved (No space left on device)\n"
    )


def test_a_pose_twice_on_the_command_line_is_one_clear_line() -> None:
    saved = run_cli("routines", "save", "X", "--poses", "calf-stretch,calf-stretch")
    assert saved.returncode == 2
    assert saved.stderr.splitlines()[-1].endswith(
        "--poses: expected each pose once, got calf-stretch more than once (see --help)"
    )
    assert json.loads(run_cli("routines", "--json").stdout) == []
    planned = run_cli("plan", "--poses", "half-split,half-split")
    assert planned.returncode == 2 and "Traceback" not in planned.stderr


def test_the_known_routines_are_quoted_as_the_language_quotes() -> None:
    run_cli("routines", "save", "Dawn", "--poses", "calf-stretch")
    gone = run_cli("--language", "de", "routines", "rename", "Nope", "X")
    assert gone.stderr.rstrip().endswith(
        "keine Routine namens „Nope“; bekannte Routinen: „Alle sieben“, „Dawn“"
    )


def test_a_routine_that_cannot_be_read_is_not_written_over_without_a_word(
    stretchplayer_home: Path,
) -> None:
    file = stretchplayer_home / "routines.json"
    write_json(file, {"routines": {"Broken": {"poses": 7}, "Evening": {"poses": ["half-split"]}}})
    renamed = run_cli("routines", "rename", "Evening", "Broken")
    assert renamed.returncode == 1
    assert renamed.stderr.rstrip().endswith(
        'routines.json has a routine named "Broken" that cannot be read; mend or remove it'
        " there, or choose another name"
    )
    assert json.loads(file.read_text(encoding="utf-8"))["routines"]["Broken"] == {"poses": 7}
    saved = run_cli("routines", "save", "Broken", "--poses", "calf-stretch")
    assert saved.stdout == 'replaced routine "Broken": 1 pose (it could not be read)\n'


def test_the_built_in_name_in_another_language_is_taken_too() -> None:
    """Saved in English, "Alle sieben" was hidden behind the built-in in German."""
    saved = run_cli("routines", "save", "Alle sieben", "--poses", "calf-stretch")
    assert saved.returncode == 1
    assert saved.stderr.rstrip().endswith('"Alle sieben" is built in; choose another name')
    assert run_cli("routines", "save", "Todas", "--poses", "calf-stretch").returncode == 0


def test_a_file_where_the_settings_folder_goes_is_named_as_not_a_folder(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.write_text("not a folder\n")
    env = {**os.environ, "STRETCHPLAYER_HOME": str(home)}
    saved = run_cli("routines", "save", "Dawn", "--poses", "calf-stretch", env=env)
    assert saved.returncode == 1
    assert saved.stderr.splitlines()[-1] == (
        f"stretchplayer: routines save: {home / 'routines.json'}: not saved (Not a directory)"
    )
    assert home.read_text() == "not a folder\n"
