"""The command line paces a session as the window would: by the saved settings, which its
options override for one run without saving (DESIGN.md section 4, "Defaults")."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest

from stretchplayer.core.fields import BREATH_IN, ON_COMMAND_LINE
from stretchplayer.storage.settings import Settings, save_settings
from tests.helpers import run_cli

ONE_POSE = ("--poses", "seated-forward-fold")


def planned(*args: str) -> dict[str, Any]:
    done = run_cli("plan", "--json", *args)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    data: dict[str, Any] = json.loads(done.stdout)
    return data


def inhales(plan: dict[str, Any]) -> list[float]:
    """How long each inhale lasts: from its cue to the exhale after it."""
    cues = plan["cues"]
    return [
        round(after["t"] - cue["t"], 3)
        for cue, after in itertools.pairwise(cues)
        if cue["kind"] == "breath" and cue["phase"] == "inhale"
    ]


def hold_sides(plan: dict[str, Any]) -> list[str | None]:
    return [c["side"] for c in plan["cues"] if c["kind"] == "hold"]


def test_plan_takes_the_saved_pacing() -> None:
    save_settings(Settings(breath_in=5.0, countdown=3.0))
    plan = planned(*ONE_POSE)
    assert set(inhales(plan)) == {5.0}
    assert [c["t"] for c in plan["cues"] if c["kind"] == "pose"] == [3.0]


def test_an_option_overrides_the_saved_pacing_for_that_run_only(stretchplayer_home: Path) -> None:
    save_settings(Settings(breath_in=5.0, first_side="left"))
    file = stretchplayer_home / "settings.json"
    before = file.read_bytes()
    plan = planned("--poses", "calf-stretch", "--breath-in", "3", "--first-side", "right")
    assert set(inhales(plan)) == {3.0}
    assert hold_sides(plan) == ["right", "left"]
    assert file.read_bytes() == before, "an option must never be saved"
    assert set(inhales(planned(*ONE_POSE))) == {5.0}, "the next run is paced as saved again"


def test_first_side_pose_overrides_a_saved_side() -> None:
    save_settings(Settings(first_side="right"))
    # The pyramid pose's text describes the left side first.
    assert hold_sides(planned("--poses", "pyramid-pose")) == ["right", "left"]
    assert hold_sides(planned("--poses", "pyramid-pose", "--first-side", "pose")) == [
        "left",
        "right",
    ]


def test_play_takes_the_saved_pacing_like_plan() -> None:
    save_settings(Settings(breath_in=5.0, breath_out=2.0, countdown=1.0))
    plan = planned(*ONE_POSE)
    done = run_cli("play", "--text", "--json", "--no-voice", "--speed", "200", *ONE_POSE)
    assert done.returncode == 0, done.stderr
    played = [json.loads(line) for line in done.stdout.splitlines()]
    assert [c["t"] for c in played] == pytest.approx([c["t"] / 200 for c in plan["cues"]], abs=1e-3)


def test_a_bad_saved_value_is_one_warning_and_the_default_is_used(
    stretchplayer_home: Path,
) -> None:
    file = stretchplayer_home / "settings.json"
    low, high = BREATH_IN.limits
    file.write_text(json.dumps({"breath_in": 31, "countdown": 2}), encoding="utf-8")
    done = run_cli("plan", "--json", *ONE_POSE)
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines() == [
        f"stretchplayer: {file}: breath_in: expected a number from {low:g} to {high:g} seconds,"
        " got 31; using the default 4.0"
    ]
    plan = json.loads(done.stdout)
    assert set(inhales(plan)) == {BREATH_IN.default}
    assert [c["t"] for c in plan["cues"] if c["kind"] == "pose"] == [2.0], "the rest still count"


def test_a_bad_saved_value_is_reported_once_even_with_the_voice(stretchplayer_home: Path) -> None:
    (stretchplayer_home / "settings.json").write_text('{"rest": -1}', encoding="utf-8")
    done = run_cli(
        "play", "--text", "--voice", "--speed", "200", "--countdown", "0", "--json", *ONE_POSE
    )
    assert done.returncode == 0, done.stderr
    assert [line for line in done.stderr.splitlines() if "rest:" in line] == [
        f"stretchplayer: {stretchplayer_home / 'settings.json'}: rest: expected a number from"
        " 0 to 600 seconds, got -1; using the default 10.0"
    ]


def test_an_option_out_of_the_rows_range_is_one_line_naming_that_range() -> None:
    low, high = BREATH_IN.limits
    done = run_cli("plan", "--breath-in", f"{high + 1:g}")
    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert f"argument --breath-in: expected seconds from {low:g} to {high:g}, got '31'" in line


def test_help_shows_each_settings_option_with_its_unit_and_default() -> None:
    helped = run_cli("plan", "--help")
    assert helped.returncode == 0
    text = " ".join(helped.stdout.split())  # argparse wraps lines where it likes
    for field in ON_COMMAND_LINE:
        assert field.flag is not None and field.flag in text
        if field.range is not None:
            low, high = field.range
            assert (
                f"{low:g} to {high:g} {field.symbol} (default {field.default:g} {field.symbol}"
                in text
            )
        else:
            assert "{" + ",".join(field.values()) + "}" in text
            assert f"(default {field.default}, or as saved in Preferences)" in text
