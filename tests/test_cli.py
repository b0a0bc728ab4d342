"""The command line as a user (or another program) meets it: through a subprocess, no display."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from stretchplayer import __version__
from tests.helpers import (
    CUE_LATENESS_LIMIT,
    POSE_IDS,
    REPO,
    run_cli,
    shipped_library_data,
    without_display,
    write_json,
)


def test_help_and_version_work_without_a_display() -> None:
    helped = run_cli("--help", env={"QT_QPA_PLATFORM": ""})
    assert helped.returncode == 0
    for command in ("list", "plan", "play", "validate", "export-audio", "history"):
        assert command in helped.stdout
    version = run_cli("--version")
    assert version.stdout.strip() == f"stretchplayer {__version__}"


def test_no_arguments_mean_what_the_parser_would_make_of_them() -> None:
    # A plain start skips building the parser: it must read no arguments as the parser does.
    code = (
        "from stretchplayer.cli.main import parse\n"
        "from stretchplayer.cli.parser import build_parser\n"
        "assert parse([]) == build_parser().parse_args([])\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)


def test_list_json_is_the_public_shape() -> None:
    done = run_cli("list", "--json")
    assert done.returncode == 0, done.stderr
    poses = json.loads(done.stdout)
    assert [p["id"] for p in poses] == POSE_IDS
    for pose in poses:
        assert {"id", "name", "sides", "breaths", "equipment"} <= pose.keys()
        assert pose["sides"] in ("both", "none")
        assert pose["breaths"] == 10
        assert isinstance(pose["equipment"], list)
    sides = {p["id"]: p["sides"] for p in poses}
    assert sides["standing-forward-fold"] == sides["seated-forward-fold"] == "none"


def test_list_prints_a_readable_table() -> None:
    done = run_cli("list")
    assert "lizard-pose" in done.stdout and "2 sides × 10 breaths" in done.stdout


def test_plan_json_is_a_mirrored_breath_by_breath_session() -> None:
    done = run_cli(
        "plan",
        "--poses",
        "pyramid-pose,seated-forward-fold",
        "--breath-in",
        "3",
        "--breath-out",
        "5",
        "--json",
    )
    assert done.returncode == 0, done.stderr
    plan = json.loads(done.stdout)
    cues = plan["cues"]
    assert plan["total_seconds"] > cues[-1]["t"] >= cues[0]["t"] == 0
    for cue in cues:
        assert {"t", "kind", "pose", "side", "text"} <= cue.keys()
    assert [c["pose"] for c in cues if c["kind"] == "pose"] == [
        "pyramid-pose",
        "seated-forward-fold",
    ]
    holds = [c for c in cues if c["kind"] == "hold"]
    assert [(c["pose"], c["side"], c["breaths"]) for c in holds] == [
        ("pyramid-pose", "left", 10),
        ("pyramid-pose", "right", 10),
        ("seated-forward-fold", None, 10),
    ]
    breaths = [
        c
        for c in cues
        if c["kind"] == "breath" and c["pose"] == "pyramid-pose" and c["side"] == "left"
    ]
    assert [(c["n"], c["phase"]) for c in breaths] == [
        (n, p) for n in range(1, 11) for p in ("inhale", "exhale")
    ]
    assert breaths[1]["t"] - breaths[0]["t"] == pytest.approx(3)
    assert breaths[2]["t"] - breaths[1]["t"] == pytest.approx(5)
    steps = [c["text"] for c in cues if c["kind"] == "step" and c["pose"] == "pyramid-pose"]
    assert "Step your left foot back" in steps[1] and "Step your right foot back" in steps[4]
    assert [c["kind"] for c in cues].count("switch") == 1
    assert {"countdown", "pose", "step", "hold", "breath", "switch", "rest", "done"} <= {
        c["kind"] for c in cues
    }


def test_plan_text_shows_times_and_total() -> None:
    done = run_cli("plan", "--poses", "calf-stretch")
    assert done.returncode == 0
    assert done.stdout.splitlines()[0].split() == ["0:00", "countdown", "Get", "ready"]
    assert done.stdout.splitlines()[-1].startswith("total ")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["plan", "--poses", "calf-stretch,splits"], "unknown pose id 'splits'"),
        (["plan", "--poses", "calf-stretch,,lizard-pose"], "expected pose ids separated by commas"),
        (["plan", "--breath-in", "0"], "expected seconds from 1 to 30, got '0'"),
        (["plan", "--breath-in", "-4"], "expected seconds from 1 to 30"),
        (["plan", "--breath-out", "fast"], "expected a number of seconds, got 'fast'"),
        (["plan", "--breath-out", "1e9"], "expected seconds from 1 to 30"),
        (["plan", "--breath-out", "nan"], "expected seconds from 1 to 30"),
        (["play", "--text", "--speed", "0"], "expected a speed from 0.1 to 1000"),
        (["play", "--text", "--speed", "x"], "expected a number like 20"),
        (
            ["list", "--library", "/nonexistent/poses.json"],
            "/nonexistent/poses.json: cannot read file",
        ),
        (["validate", "/nonexistent/poses.json"], "/nonexistent/poses.json: cannot read file"),
    ],
)
def test_user_errors_are_one_clear_line_and_a_non_zero_exit(args: list[str], message: str) -> None:
    done = run_cli(*args)
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert message in lines[0]
    assert "Traceback" not in done.stderr


def test_validate_accepts_the_shipped_library() -> None:
    done = run_cli("validate", "data/poses.json")
    assert done.returncode == 0
    assert (
        done.stdout.strip()
        == "data/poses.json: valid — 7 poses (5 on both sides), schema version 1"
    )


def test_validate_reports_every_problem_with_its_place(tmp_path: Path) -> None:
    data = shipped_library_data()
    data["poses"][2]["hold"]["breaths"] = 0
    data["poses"][4]["first_side"] = "up"
    path = write_json(tmp_path / "broken.json", data)
    done = run_cli("validate", str(path))
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.splitlines() == [
        f"{path}: poses[2] (lizard-pose).hold.breaths: expected a whole number from 1 to 100, got 0",
        f"{path}: poses[4] (half-split).first_side: expected one of 'right', 'left', got 'up'",
    ]


def test_validate_gives_line_and_column_for_json_syntax(tmp_path: Path) -> None:
    path = tmp_path / "syntax.json"
    path.write_text('{\n  "version": 1,\n  "poses": [\n    {"id": "x",}\n  ]\n}\n')
    done = run_cli("validate", str(path))
    assert done.returncode == 1
    assert done.stderr.startswith(f"{path}: 4:16: invalid JSON")


def test_library_option_works_for_any_command(tmp_path: Path) -> None:
    data = shipped_library_data()
    data["poses"] = [p for p in data["poses"] if p["id"] == "half-split"]
    path = write_json(tmp_path / "mine.json", data)
    listed = run_cli("list", "--json", "--library", str(path))
    assert [p["id"] for p in json.loads(listed.stdout)] == ["half-split"]
    planned = run_cli("--library", str(path), "plan", "--json")
    assert {c["pose"] for c in json.loads(planned.stdout)["cues"]} == {None, "half-split"}


def test_a_broken_library_option_lists_its_problems_without_a_traceback(tmp_path: Path) -> None:
    data = shipped_library_data()
    data["poses"][0]["steps"] = []
    data["poses"][1]["posture"] = 3
    path = write_json(tmp_path / "broken.json", data)
    done = run_cli("plan", "--library", str(path))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "poses[0] (calf-stretch).steps: expected at least one entry" in done.stderr
    assert "poses[1] (standing-forward-fold).posture" in done.stderr


def assert_played_on_time(
    done: subprocess.CompletedProcess[str], planned: dict[str, Any], speed: float
) -> None:
    """`play --json` printed every planned cue, in order, each within a few ms of its time."""
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [c["text"] for c in lines] == [c["text"] for c in planned["cues"]]
    for line, cue in zip(lines, planned["cues"], strict=True):
        assert line["t"] == pytest.approx(cue["t"] / speed, abs=1e-3)
        assert -0.002 < line["at"] - line["t"] < CUE_LATENESS_LIMIT


@pytest.mark.slow  # real time: test_controller.py has the one real-time test of the default run
def test_play_text_json_fires_every_cue_on_time() -> None:
    planned = json.loads(
        run_cli("plan", "--poses", "calf-stretch", "--countdown", "4", "--json").stdout
    )
    done = run_cli(
        "play",
        "--text",
        "--json",
        "--speed",
        "100",
        "--poses",
        "calf-stretch",
        "--countdown",
        "4",
        "--no-voice",
    )
    assert_played_on_time(done, planned, speed=100)


def test_play_text_prints_readable_lines() -> None:
    done = run_cli(
        "play", "--text", "--speed", "200", "--poses", "seated-forward-fold", "--countdown", "0"
    )
    assert done.returncode == 0, done.stderr
    assert "Seated forward fold" in done.stdout
    assert done.stdout.splitlines()[-1].endswith("Well done!")


def test_history_shows_past_sessions_and_the_streak(stretchplayer_home: Path) -> None:
    from datetime import datetime, timedelta

    from stretchplayer.storage.history import History

    now = datetime.now().replace(microsecond=0)
    with History() as past:
        past.record(
            now - timedelta(days=1), 1500.0, ["calf-stretch", "lizard-pose"], completed=True
        )
        past.record(now, 600.0, ["half-split"], completed=True)
        past.record(now - timedelta(days=3), 90.0, ["half-split"], completed=False)
    shown = run_cli("history", "--json")
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    assert data["streak"] == 2
    assert [s["completed"] for s in data["sessions"]] == [True, True, False]
    assert data["sessions"][1]["poses"] == ["calf-stretch", "lizard-pose"]
    text = run_cli("history").stdout
    assert text.startswith("Streak: 2 days in a row.")
    assert "stopped early" in text


def test_history_is_empty_and_friendly_on_a_fresh_machine() -> None:
    shown = run_cli("history")
    assert shown.returncode == 0
    # One friendly line: no streak of 0 days to keep going.
    assert shown.stdout == "No sessions yet: run `stretchplayer` and press Space to start.\n"


def test_a_corrupt_history_is_moved_aside_with_one_line(stretchplayer_home: Path) -> None:
    from stretchplayer.storage import paths

    broken = paths.history_file()
    broken.parent.mkdir(parents=True, exist_ok=True)
    broken.write_bytes(b"this is not a database" * 100)
    shown = run_cli("history", "--json")
    assert shown.returncode == 0
    assert len(shown.stderr.strip().splitlines()) == 1
    assert str(broken) in shown.stderr and "moved it aside" in shown.stderr
    assert json.loads(shown.stdout)["sessions"] == []
    assert any(p.name.startswith("history.sqlite3.corrupt") for p in broken.parent.iterdir())


def test_rest_between_poses_can_be_set() -> None:
    def rests(*extra: str) -> list[float]:
        done = run_cli("plan", "--poses", "calf-stretch,pyramid-pose,half-split", "--json", *extra)
        return [c["duration"] for c in json.loads(done.stdout)["cues"] if c["kind"] == "rest"]

    assert rests() == [10, 20]  # pyramid to half split goes down to the floor
    assert rests("--rest", "30") == [30, 40]


@pytest.mark.slow  # real time (and real speech), as above
def test_play_with_voice_keeps_its_json_clean_and_its_timing_exact() -> None:
    args = ("--poses", "seated-forward-fold", "--countdown", "3", "--json")
    planned = json.loads(run_cli("plan", "--voice", *args).stdout)
    done = run_cli("play", "--text", "--voice", "--speed", "20", *args)
    assert_played_on_time(done, planned, speed=20)
    assert "Traceback" not in done.stderr


def test_every_command_accepts_library(tmp_path: Path) -> None:
    mine = write_json(tmp_path / "mine.json", shipped_library_data())
    for command in (["list"], ["plan"], ["history"], ["validate", str(mine)]):
        done = run_cli(*command, "--library", str(mine))
        assert done.returncode == 0, (command, done.stderr)


def play_until_the_reader_leaves(
    *args: str, enough: Callable[[bytes], bool] = lambda line: True
) -> tuple[bytes, str]:
    """`stretchplayer play ARGS` into a reader that reads lines until `enough` of one and then
    goes away, as `| head` does: that last line, and what the player said on stderr. The
    player must end with status 0."""
    with subprocess.Popen(
        [sys.executable, "-m", "stretchplayer", "play", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=without_display({"QT_QPA_PLATFORM": "offscreen"}),
        cwd=REPO,
    ) as player:
        assert player.stdout is not None and player.stderr is not None
        while not enough(line := player.stdout.readline()):
            pass
        player.stdout.close()  # the reader goes away; the next cue finds the pipe broken
        assert player.wait(timeout=60) == 0
        return line, player.stderr.read().decode()


def test_play_into_a_reader_that_stops_reading_ends_quietly() -> None:
    # `stretchplayer play --text | head -1`: no traceback per remaining cue, no error status.
    first, errors = play_until_the_reader_leaves("--text", "--speed", "20")
    assert "Get ready" in first.decode()
    assert "Traceback" not in errors and "BrokenPipe" not in errors


def test_a_reader_that_goes_away_after_a_minute_of_session_leaves_it_in_the_history() -> None:
    # As Ctrl+C does: a session stopped after a minute is kept, marked not completed.
    _, errors = play_until_the_reader_leaves(
        "--text",
        "--json",
        "--speed",
        "100",
        enough=lambda line: json.loads(line)["t"] * 100 >= 70,  # session seconds
    )
    assert "Traceback" not in errors
    sessions = json.loads(run_cli("history", "--json").stdout)["sessions"]
    assert [s["completed"] for s in sessions] == [False]
    assert sessions[0]["duration_s"] >= 60
