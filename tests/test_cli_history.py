"""Sessions played with `play --text` go into the history like the window's."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

import pytest

from stretchplayer.storage.history import History
from tests.helpers import REPO, run_cli, without_display


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


def test_reading_a_history_that_is_not_there_creates_nothing(stretchplayer_home: Path) -> None:
    """`history` only reads: it made an empty database, and on a full disk warned that "this
    run's sessions will not be kept"."""
    for args in ([], ["--json"]):
        done = run_cli("history", *args)
        assert done.returncode == 0 and done.stderr == ""
        assert not (stretchplayer_home / "history.sqlite3").exists()
    assert json.loads(done.stdout)["sessions"] == []
    assert "No sessions yet" in run_cli("history").stdout


def test_with_no_streak_history_does_not_ask_to_keep_it_going() -> None:
    assert run_cli("history").stdout.splitlines()[0].startswith("No sessions yet")
    with History() as past:
        past.record(datetime.now(), 300.0, ["calf-stretch"], False)
    first = run_cli("history").stdout.splitlines()[0]
    assert first == "No streak yet: finish a session once a day to start one."


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


def _read_only_mount_works() -> bool:
    # Root ignores file permissions, so "read-only" is a read-only bind mount in a private
    # mount namespace (as a user namespace's root, so no privileges are needed).
    if shutil.which("unshare") is None:
        return False
    with tempfile.TemporaryDirectory() as folder:
        script = f'mount --bind "{folder}" "{folder}" && mount -o remount,bind,ro "{folder}"'
        probe = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True)
    return probe.returncode == 0


@pytest.mark.skipif(not _read_only_mount_works(), reason="cannot make a read-only mount here")
def test_a_read_only_history_is_listed(stretchplayer_home: Path) -> None:
    """A history the person can read but not write (a read-only home) is still shown."""
    with History(stretchplayer_home / "history.sqlite3") as past:
        past.record(datetime(2026, 12, 1, 8, 0), 600.0, ["calf-stretch"], True)
    home = str(stretchplayer_home)
    script = (
        f'mount --bind "{home}" "{home}" && mount -o remount,bind,ro "{home}" && '
        f'touch "{home}/probe" 2>/dev/null && exit 99; '
        f'exec "{sys.executable}" -m stretchplayer history "$@"'
    )
    for args in ([], ["--json"]):
        done = subprocess.run(
            ["unshare", "-rm", "sh", "-c", script, "sh", *args],
            capture_output=True, text=True, cwd=REPO, env=without_display(), timeout=60,
            check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        if args:
            [session] = json.loads(done.stdout)["sessions"]
            assert session["started_at"] == "2026-12-01T08:00:00"
        else:
            assert "No sessions yet" not in done.stdout
            assert "Tue 01 Dec 2026 08:00   10:00  1 pose, done" in done.stdout
        assert done.stderr.count("\n") == 1 and "showing it read-only" in done.stderr
