from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest

from stretchplayer.storage.history import SCHEMA_VERSION, History, Session
from tests.helpers import linked_to_dotfiles

TODAY = date(2026, 3, 14)
NOW = datetime(2026, 3, 14, 7, 30, 5)
ALL = ["calf-stretch", "half-split"]


@pytest.fixture
def file(stretchplayer_home: Path) -> Path:
    return stretchplayer_home / "history.sqlite3"


@pytest.fixture
def history(file: Path) -> Iterator[History]:
    with History(file) as h:
        yield h


def at(days_ago: int, hour: int = 8) -> datetime:
    return datetime.combine(TODAY - timedelta(days=days_ago), time(hour))


def done(h: History, *days_ago: int, completed: bool = True) -> None:
    for d in days_ago:
        h.record(at(d), 600.0, ALL, completed)


def test_sessions_are_listed_newest_first_and_survive_a_restart(file: Path) -> None:
    with History(file) as h:
        h.record(at(2), 300.0, ["calf-stretch"], True)
        h.record(at(0), 615.5, ALL, False)
        h.record(at(1), 450.0, ["half-split"], True)
        assert h.warnings == []
        assert h.persistent
    with History(file) as h:
        assert h.sessions() == [
            Session(at(0), 615.5, ALL, False),
            Session(at(1), 450.0, ["half-split"], True),
            Session(at(2), 300.0, ["calf-stretch"], True),
        ]
        assert [s.started_at for s in h.sessions(limit=2)] == [at(0), at(1)]
        assert len(h.sessions(limit=None)) == 3


def test_the_default_file_is_under_the_home_variable(stretchplayer_home: Path) -> None:
    with History() as h:
        done(h, 0)
    assert (stretchplayer_home / "history.sqlite3").exists()


def test_a_new_file_gets_the_schema_version(file: Path) -> None:
    History(file).close()
    with sqlite3.connect(file) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_times_with_a_timezone_keep_it(history: History) -> None:
    started = datetime(2026, 3, 14, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    history.record(started, 60.0, [], True)
    assert history.sessions()[0].started_at == started
    # The day is the one the person lived, not the UTC one (already the 15th there).
    assert history.streak(date(2026, 3, 14)) == 1


def test_no_sessions_no_streak(history: History) -> None:
    assert history.streak(TODAY) == 0


def test_a_session_today_starts_a_streak(history: History) -> None:
    done(history, 0)
    assert history.streak(TODAY) == 1


def test_a_streak_ending_yesterday_still_counts_until_today_is_over(history: History) -> None:
    done(history, 1, 2)
    assert history.streak(TODAY) == 2
    assert history.streak(TODAY + timedelta(days=1)) == 0, "a whole missed day breaks it"


def test_consecutive_days_ending_today(history: History) -> None:
    done(history, 0, 1, 2, 3)
    assert history.streak(TODAY) == 4


def test_a_gap_ends_the_streak(history: History) -> None:
    done(history, 0, 1, 3, 4, 5)
    assert history.streak(TODAY) == 2


def test_several_sessions_in_one_day_count_once(history: History) -> None:
    for hour in (7, 12, 21):
        history.record(at(0, hour), 600.0, ALL, True)
    history.record(at(1, 6), 600.0, ALL, True)
    assert history.streak(TODAY) == 2


def test_unfinished_sessions_do_not_count(history: History) -> None:
    done(history, 0, 1, completed=False)
    assert history.streak(TODAY) == 0
    done(history, 1)
    assert history.streak(TODAY) == 1, "yesterday's finished one counts; today's attempt not"


def test_a_row_edited_into_nonsense_makes_no_streak(history: History) -> None:
    """The list skips a row a day or more long; the streak counted it."""
    done(history, 0)
    history.record(at(1), 1e300, ALL, True)
    assert [s.day for s in history.sessions(today=TODAY)] == [TODAY]
    assert history.streak(TODAY) == 1


def test_the_pose_table_counts_only_the_sessions_the_list_shows(history: History) -> None:
    """A row dated after tomorrow (a clock gone wrong) is not listed; the table counted it."""
    history.record(at(0), 600.0, ["half-split"], True)
    history.record(at(-1), 600.0, ["half-split"], True)  # tomorrow: a time zone east of here
    history.record(at(-3), 600.0, ["half-split", "lizard-pose"], True)
    history.record(at(2), 1e300, ["lizard-pose"], True)  # edited into nonsense
    assert len(history.sessions(today=TODAY)) == 2
    assert history.pose_counts(TODAY) == {"half-split": 2}


def test_sessions_after_today_are_ignored(history: History) -> None:
    # A clock that was wrong once must not inflate or break the streak.
    done(history, -3, 0)
    assert history.streak(TODAY) == 1


def test_to_json_is_ready_for_json_dumps(history: History) -> None:
    done(history, 0, 1)
    history.record(at(0, 20), 30.0, ["lizard-pose"], False)
    data = json.loads(json.dumps(history.to_json(TODAY)))
    assert data["streak"] == 2
    assert data["today"] == "2026-03-14"
    assert data["sessions"][0] == {
        "started_at": "2026-03-14T20:00:00",
        "duration_s": 30.0,
        "poses": ["lizard-pose"],
        "completed": False,
        "routine": None,
        "played": "window",
        "speed": 1.0,
    }
    assert len(data["sessions"]) == 3


def test_a_nonsense_duration_is_refused(history: History) -> None:
    with pytest.raises(ValueError, match="duration_s"):
        history.record(at(0), -1.0, ALL, True)
    with pytest.raises(ValueError, match="duration_s"):
        history.record(at(0), float("nan"), ALL, True)
    assert history.sessions() == []


def test_a_corrupt_database_is_moved_aside_and_a_new_one_started(file: Path) -> None:
    junk = b"this is not a database, it is a shopping list\n" * 200
    file.write_bytes(junk)
    journal = file.with_name("history.sqlite3-journal")
    journal.write_bytes(b"journal bytes")
    with History(file, now=NOW) as h:
        [warning] = h.warnings
        assert h.persistent
        done(h, 0)
        assert h.streak(TODAY) == 1
    aside = file.with_name("history.sqlite3.corrupt-20260314-073005")
    assert aside.read_bytes() == junk, "never deleted"
    assert aside.with_name(aside.name + "-journal").read_bytes() == b"journal bytes"
    assert "\n" not in warning
    assert warning.startswith(f"{file}: expected a history database")
    assert aside.name in warning
    with History(file) as h:
        assert h.warnings == []
        assert len(h.sessions()) == 1


def test_a_corrupt_linked_database_is_moved_aside_where_it_lives(
    file: Path, tmp_path: Path
) -> None:
    dotfiles = tmp_path / "dotfiles"
    target = linked_to_dotfiles(file, dotfiles, "history.sqlite3")
    junk = b"this is not a database, it is a shopping list\n" * 200
    target.write_bytes(junk)
    (dotfiles / "history.sqlite3-journal").write_bytes(b"journal bytes")
    with History(file, now=NOW) as h:
        [warning] = h.warnings
        done(h, 0)
    aside = dotfiles / "history.sqlite3.corrupt-20260314-073005"
    assert aside.read_bytes() == junk, "never deleted"
    assert aside.with_name(aside.name + "-journal").read_bytes() == b"journal bytes"
    assert f"moved it aside to {aside} and started a new history" in warning
    # The link stays, and the new history is kept where the old one was.
    assert file.is_symlink() and file.resolve() == target
    with History(target) as h:
        assert len(h.sessions()) == 1


def test_a_damaged_page_is_caught_at_open(file: Path) -> None:
    with History(file) as h:
        for i in range(400):
            h.record(at(i % 30), float(i), ALL * 20, True)
    data = bytearray(file.read_bytes())
    page = 4096
    assert len(data) > 4 * page
    data[2 * page : 3 * page] = b"\xa5" * page  # scribble over one page of the table
    file.write_bytes(bytes(data))
    with History(file, now=NOW) as h:
        [warning] = h.warnings
        assert "moved it aside" in warning
        assert h.sessions() == []
    assert file.with_name("history.sqlite3.corrupt-20260314-073005").read_bytes() == data


def test_a_database_from_a_newer_version_is_left_alone(file: Path) -> None:
    with sqlite3.connect(file) as conn:
        conn.execute("CREATE TABLE future (x)")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = file.read_bytes()
    with History(file) as h:
        [warning] = h.warnings
        assert not h.persistent
        done(h, 0)  # the session still runs and is counted for now
        assert h.streak(TODAY) == 1
    assert "newer StretchPlayer" in warning
    assert file.read_bytes() == before
    assert sorted(p.name for p in file.parent.iterdir()) == ["history.sqlite3"]


def test_an_unopenable_location_keeps_history_in_memory(stretchplayer_home: Path) -> None:
    folder_in_the_way = stretchplayer_home / "history.sqlite3"
    folder_in_the_way.mkdir()
    with History(folder_in_the_way) as h:
        [warning] = h.warnings
        assert warning.startswith(f"{folder_in_the_way}: cannot open the history")
        assert not h.persistent
        done(h, 0)
        assert h.streak(TODAY) == 1
    assert folder_in_the_way.is_dir()
