"""Sessions played with `play --text` go into the history like the window's."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from stretchplayer.storage.history import History
from tests.helpers import REPO, run_cli


def test_a_finished_text_session_is_recorded_with_its_routine() -> None:
    run_cli("routines", "save", "Morning", "--poses", "pyramid-pose,calf-stretch")
    played = run_cli("play", "--text", "--routine", "Morning", "--speed", "1000")
    assert played.returncode == 0, played.stderr
    history = json.loads(run_cli("history", "--json").stdout)
    assert history["streak"] == 1
    [session] = history["sessions"]
    assert session["poses"] == ["pyramid-pose", "calf-stretch"]
    assert session["completed"] is True
    assert session["routine"] == "Morning"
    assert session["played"] == "text"
    assert session["speed"] == 1000.0
    assert {"started_at", "duration_s", "completed", "poses"} <= session.keys()
    text = run_cli("history").stdout
    assert "Streak: 1 day in a row" in text and "Morning, in the terminal" in text


def _play(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "stretchplayer", "play", "--text", "--json", *args],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={k: v for k, v in os.environ.items() if k != "DISPLAY"},
    )


def _wait_for_session_time(player: subprocess.Popen[str], seconds: float, speed: float) -> None:
    assert player.stdout is not None
    while json.loads(player.stdout.readline())["t"] * speed < seconds:
        pass


def test_a_text_session_stopped_after_a_minute_is_recorded_as_stopped() -> None:
    player = _play("--poses", "calf-stretch", "--speed", "50")
    _wait_for_session_time(player, 70, 50)
    player.send_signal(signal.SIGINT)
    _, err = player.communicate(timeout=60)
    assert player.returncode == 130, err
    [session] = json.loads(run_cli("history", "--json").stdout)["sessions"]
    assert session["completed"] is False
    assert 70 <= session["duration_s"] < 200
    assert session["played"] == "text"


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killing_a_text_session_leaves_every_earlier_session_intact(
    stretchplayer_home: Path,
) -> None:
    with History() as h:
        for day in range(1, 11):
            h.record(datetime(2026, 3, day, 8), 600.0, ["calf-stretch"], True)
    player = _play("--poses", "calf-stretch", "--speed", "50")
    _wait_for_session_time(player, 70, 50)
    player.kill()
    player.communicate(timeout=60)
    conn = sqlite3.connect(stretchplayer_home / "history.sqlite3")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    history = json.loads(run_cli("history", "--json").stdout)
    assert len(history["sessions"]) == 10
