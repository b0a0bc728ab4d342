"""History for a habit: the day-start hour, month ends, DST, routines, and more than one writer."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest

from stretchplayer.storage.history import SCHEMA_VERSION, History, Session, practice_day
from tests.helpers import REPO

POSES = ["calf-stretch"]


def test_a_session_after_midnight_counts_for_the_evening_before(tmp_path: Path) -> None:
    with History(tmp_path / "h.sqlite3") as h:
        h.record(datetime(2026, 3, 12, 21, 0), 600, POSES, True)
        h.record(datetime(2026, 3, 14, 0, 30), 600, POSES, True)  # the night of the 13th
        assert h.streak(date(2026, 3, 13), day_start=4) == 2
        assert h.streak(date(2026, 3, 14), day_start=4) == 2  # the 14th has not been missed yet
        assert h.streak(date(2026, 3, 14), day_start=0) == 1  # midnight: the 13th is a gap
        assert practice_day(datetime(2026, 3, 14, 3, 59), 4) == date(2026, 3, 13)
        assert practice_day(datetime(2026, 3, 14, 4, 0), 4) == date(2026, 3, 14)


def test_a_streak_runs_across_month_and_year_ends(tmp_path: Path) -> None:
    with History(tmp_path / "h.sqlite3") as h:
        start = datetime(2026, 12, 25, 8)
        for d in range(10):  # 25 December to 3 January
            h.record(start + timedelta(days=d), 600, POSES, True)
        assert h.streak(date(2027, 1, 3)) == 10
        h.record(datetime(2026, 2, 28, 8), 600, POSES, True)
        h.record(datetime(2026, 3, 1, 8), 600, POSES, True)  # 2026 is no leap year
        assert h.streak(date(2026, 3, 1)) == 2
        assert h.streak(date(2026, 3, 3)) == 0  # a gap of a day ends it


def test_dst_changes_move_neither_the_day_nor_the_streak(tmp_path: Path) -> None:
    # Europe's clocks go forward on 29 March 2026 and back on 25 October 2026.
    spring_before, spring_after = timezone(timedelta(hours=1)), timezone(timedelta(hours=2))
    with History(tmp_path / "h.sqlite3") as h:
        h.record(datetime(2026, 3, 28, 23, 30, tzinfo=spring_before), 600, POSES, True)
        h.record(datetime(2026, 3, 30, 0, 15, tzinfo=spring_after), 600, POSES, True)
        h.record(datetime(2026, 3, 30, 23, 50, tzinfo=spring_after), 600, POSES, True)
        # Wall-clock days: the 28th, the 29th (the night after) and the 30th.
        assert h.streak(date(2026, 3, 30), day_start=4) == 3
        assert h.minutes_by_day(date(2026, 3, 1), day_start=4) == {
            date(2026, 3, 28): 10.0,
            date(2026, 3, 29): 10.0,
            date(2026, 3, 30): 10.0,
        }


def test_minutes_by_day_and_pose_counts(tmp_path: Path) -> None:
    with History(tmp_path / "h.sqlite3") as h:
        h.record(datetime(2026, 3, 14, 8), 300, ["calf-stretch", "half-split"], True)
        h.record(datetime(2026, 3, 14, 19), 90, ["half-split"], False)
        h.record(datetime(2026, 3, 1, 8), 600, ["half-split"], True)
        assert h.minutes_by_day(date(2026, 3, 10)) == {date(2026, 3, 14): 6.5}
        assert h.pose_counts() == {"half-split": 3, "calf-stretch": 1}


def test_routine_and_how_it_was_played_are_kept(tmp_path: Path) -> None:
    with History(tmp_path / "h.sqlite3") as h:
        h.record(datetime(2026, 3, 14, 8), 300, POSES, True, "Morning", "text", 20.0)
        [session] = h.sessions()
        assert session == Session(datetime(2026, 3, 14, 8), 300, POSES, True, "Morning", "text", 20)
        assert session.to_json()["routine"] == "Morning"
        assert session.to_json()["played"] == "text"


def test_a_version_1_file_is_upgraded_with_its_sessions(tmp_path: Path) -> None:
    file = tmp_path / "h.sqlite3"
    conn = sqlite3.connect(file)
    conn.executescript(
        "CREATE TABLE sessions (id INTEGER PRIMARY KEY, started_at TEXT NOT NULL,"
        " day TEXT NOT NULL, duration_s REAL NOT NULL, poses TEXT NOT NULL,"
        " completed INTEGER NOT NULL);"
        " INSERT INTO sessions VALUES (1, '2026-03-14T08:00:00', '2026-03-14', 600,"
        " '[\"calf-stretch\"]', 1); PRAGMA user_version = 1;"
    )
    conn.close()
    with History(file) as h:
        assert h.warnings == []
        assert h.sessions() == [Session(datetime(2026, 3, 14, 8), 600, POSES, True)]
    conn = sqlite3.connect(file)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


_WRITER = """
import sys
from datetime import datetime, timedelta
from stretchplayer.storage.history import History
with History() as h:
    assert not h.warnings, h.warnings
    for n in range(int(sys.argv[1])):
        h.record(datetime(2026, 1, 1) + timedelta(minutes=n), 60.0, [sys.argv[2]], True)
        print(n, flush=True)
"""


def _writer(count: int, tag: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(count), tag],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_processes_recording_at_once_lose_nothing(stretchplayer_home: Path) -> None:
    History().close()  # both start from the same existing file
    writers = [_writer(150, "a"), _writer(150, "b")]
    for writer in writers:
        _, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
    with History() as h:
        assert h.pose_counts() == {"a": 150, "b": 150}


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_writer_killed_at_any_moment_leaves_a_sound_database(stretchplayer_home: Path) -> None:
    with History() as h:
        for n in range(20):
            h.record(datetime(2025, 1, 1) + timedelta(days=n), 600.0, ["before"], True)
    writer = _writer(100_000, "during")
    assert writer.stdout is not None
    for _ in range(200):  # let it be in the middle of its work
        written = int(writer.stdout.readline())
    os.kill(writer.pid, signal.SIGKILL)
    writer.communicate(timeout=30)  # reaps it and closes its pipes
    with History() as h:
        assert h.warnings == []
        counts = h.pose_counts()
        assert counts["before"] == 20
        assert counts["during"] >= written + 1  # every session it reported as recorded
    conn = sqlite3.connect(stretchplayer_home / "history.sqlite3")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_practice_day_ignores_the_time_zone_of_a_moment() -> None:
    moment = datetime.combine(date(2026, 3, 14), time(2, 0), tzinfo=UTC)
    assert practice_day(moment, 4) == date(2026, 3, 13)
