"""Past sessions in a small SQLite file, and the daily streak the seed's "once a day" asks for.

History is a nice-to-have: nothing here may stop a person from stretching. A damaged database
is moved aside (never deleted) and a new one started; one that cannot be opened at all, or was
written by a newer StretchPlayer, is left alone and this run keeps its history in memory. Each
case leaves one line in `History.warnings` for the caller to show.

Days are the calendar days of `started_at` as given: pass local times (`datetime.now()` or an
aware `datetime.now().astimezone()`) so a session at 23:30 counts for the day the person lived.
"""

from __future__ import annotations

import itertools
import json
import logging
import math
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any

from stretchplayer.core.guest import ReadError, parse_json, printable, read_head
from stretchplayer.core.i18n import Context
from stretchplayer.storage import paths
from stretchplayer.storage.folders import make_folder
from stretchplayer.storage.jsonfile import aside_name, linked_file, move_aside

SCHEMA_VERSION = 2
PLAYED = ("window", "text")  # how a session was played: in the window, or `play --text`
_SIDECARS = ("-journal", "-wal", "-shm")
_CORRUPT = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}
_MAGIC = b"SQLite format 3\x00"

log = logging.getLogger(__name__)
history_errors = Context("history_errors")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    day TEXT NOT NULL,
    duration_s REAL NOT NULL,
    poses TEXT NOT NULL,
    completed INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_by_start ON sessions (started_at);
CREATE INDEX IF NOT EXISTS sessions_by_day ON sessions (day, completed);
"""


class HistoryError(Exception):
    """A session could not be recorded or read; the message is one line for the person."""


@dataclass(frozen=True)
class Session:
    started_at: datetime
    duration_s: float
    poses: list[str] = field(default_factory=list)
    completed: bool = False
    routine: str | None = None
    played: str = "window"
    speed: float = 1.0

    @property
    def day(self) -> date:
        return self.started_at.date()

    def to_json(self) -> dict[str, object]:
        return {
            "started_at": self.started_at.isoformat(),
            "duration_s": self.duration_s,
            "poses": list(self.poses),
            "completed": self.completed,
            "routine": self.routine,
            "played": self.played,
            "speed": self.speed,
        }


def _session(row: tuple[Any, ...]) -> Session:
    """A row (started_at, duration_s, poses, completed, routine, played, speed) as a Session,
    checked as record() checks it; ValueError, TypeError or ReadError for one record() could
    not have written."""
    started_at, duration_s, poses, completed, routine, played, speed = row
    duration = check_duration(duration_s)
    if duration > LONGEST_S:
        raise ValueError(f"duration_s: expected at most {LONGEST_S:.0f} s, got {duration:.3g}")
    pose_list = parse_json(str(poses).encode())
    return Session(
        datetime.fromisoformat(started_at),
        duration,
        [str(p) for p in pose_list] if isinstance(pose_list, list) else [],
        bool(completed),
        routine if isinstance(routine, str) else None,
        played if played in PLAYED else "window",
        float(speed),
    )


def practice_day(moment: datetime, day_start: int = 0) -> date:
    """The day a moment counts for when days start at `day_start` o'clock (wall-clock time):
    with 4, a session at 00:30 belongs to the evening before. DST cannot move it, since the
    hours are taken off the wall-clock time, not off an instant."""
    return (moment.replace(tzinfo=None) - timedelta(hours=day_start)).date()


def _day_sql(day_start: int) -> str:
    # started_at is local ISO time, maybe with an offset; SQLite's date() would turn an offset
    # into UTC, so only the wall-clock part (the first 19 characters) is used.
    return f"date(substr(started_at, 1, 19), '-{int(day_start)} hours')"


# No one stretches for more than a day: a longer duration is a row edited (or a clock gone
# wrong), and printed it would be hundreds of digits wide.
LONGEST_S = 24 * 3600.0
# A row dated after tomorrow is no session anyone had; tomorrow itself can be one recorded in
# a time zone east of here (a day ahead at most), so it is listed, though no streak counts it.
_AHEAD = timedelta(days=1)


def _latest(today: date | None) -> date:
    """The last day a readable session can be on (by default from this computer's clock)."""
    return (today or date.today()) + _AHEAD


def check_duration(value: object) -> float:
    """A session's length in seconds, finite and not negative; raises ValueError otherwise.

    Used both when recording and when reading, so a row edited by hand into nonsense (an
    infinite or negative duration) is treated like one that was never written.
    """
    if (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
        and value >= 0
    ):
        return float(value)
    raise ValueError(
        f"duration_s: expected a non-negative number, got {printable(repr(value), 40)}"
    )


class _Corrupt(Exception):
    pass


class _TooNew(Exception):
    def __init__(self, version: int) -> None:
        super().__init__(version)
        self.version = version


class History:
    """The history file, open for the life of this object. Use from one thread only."""

    def __init__(
        self, path: Path | None = None, *, now: datetime | None = None, reading: bool = False
    ) -> None:
        """`reading`: only to read it (the `history` command), so where there is no history
        yet there is nothing to say and nothing to create (on a full disk it warned that
        "this run's sessions will not be kept", and left an empty file)."""
        self.path = path or paths.history_file()
        self.warnings: list[str] = []
        self.persistent = True
        if reading and not self.path.exists() and not self.path.is_symlink():
            self.persistent = False
            self._conn = _open_memory()
            return
        self._conn = self._connect(now)

    def _connect(self, now: datetime | None) -> sqlite3.Connection:
        path = self.path
        lost = history_errors.tr("this run's sessions will not be kept")
        try:
            return _open(path)
        except _TooNew as exc:
            self.warnings.append(
                f"{path}: "
                + history_errors.tr(
                    "expected history schema version %(ours)s or older, got %(theirs)s "
                    "(written by a newer StretchPlayer); %(lost)s"
                )
                % {"ours": SCHEMA_VERSION, "theirs": exc.version, "lost": lost}
            )
        except _Corrupt as exc:
            try:
                real = linked_file(path)  # through a link, SQLite keeps its journal by the file
                aside = move_aside(path, now)
                for suffix in _SIDECARS:
                    # A journal belongs to its database; keep the pair together for recovery.
                    sidecar = real.with_name(real.name + suffix)
                    if sidecar.exists():
                        sidecar.replace(aside.with_name(aside.name + suffix))
            except OSError as err:
                self.warnings.append(
                    f"{path}: "
                    + history_errors.tr(
                        "expected a history database (%(problem)s); "
                        "could not move it aside (%(reason)s); %(lost)s"
                    )
                    % {"problem": exc, "reason": err.strerror or err, "lost": lost}
                )
            else:
                self.warnings.append(
                    f"{path}: "
                    + history_errors.tr(
                        "expected a history database (%(problem)s); "
                        "moved it aside to %(aside)s and started a new history"
                    )
                    % {"problem": exc, "aside": aside_name(path, aside)}
                )
                try:
                    return _open(path)
                except (_Corrupt, _TooNew, sqlite3.Error, OSError) as err:
                    self.warnings.append(
                        f"{path}: "
                        + history_errors.tr("cannot create a new history (%s); %s") % (err, lost)
                    )
        except (sqlite3.Error, OSError) as exc:
            try:
                # A history that cannot be written (a read-only folder or file) can still be
                # shown: the sessions are the person's, and reading them changes nothing.
                conn = _open_read_only(path)
            except (_Corrupt, _TooNew, sqlite3.Error, OSError) as err:
                log.debug("%s: cannot open it read-only either: %s", path, err)
            else:
                self.warnings.append(
                    f"{path}: "
                    + history_errors.tr(
                        "cannot write to the history (%s); showing it read-only; %s"
                    )
                    % (exc, lost)
                )
                self.persistent = False
                return conn
            self.warnings.append(
                f"{path}: " + history_errors.tr("cannot open the history (%s); %s") % (exc, lost)
            )
        self.persistent = False
        return _open_memory()

    def record(
        self,
        started_at: datetime,
        duration_s: float,
        poses: list[str],
        completed: bool,
        routine: str | None = None,
        played: str = "window",
        speed: float = 1.0,
    ) -> Session:
        if played not in PLAYED:
            raise ValueError(f"played: expected one of {', '.join(PLAYED)}, got {played!r}")
        session = Session(
            started_at,
            check_duration(duration_s),
            list(poses),
            bool(completed),
            routine,
            played,
            speed,
        )
        try:
            with self._conn:
                self._conn.execute(
                    "INSERT INTO sessions (started_at, day, duration_s, poses, completed,"
                    " routine, played, speed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        started_at.isoformat(),
                        session.day.isoformat(),
                        session.duration_s,
                        json.dumps(session.poses),
                        int(session.completed),
                        routine,
                        played,
                        float(speed),
                    ),
                )
        except sqlite3.Error as exc:
            raise HistoryError(
                f"{self.path}: " + history_errors.tr("cannot record the session (%s)") % exc
            ) from None
        return session

    def count(self, today: date | None = None) -> int:
        """How many sessions there are in all: those `sessions` can list, so that "the latest
        100 of N" never counts a row no list will show."""
        return sum(1 for _ in self._readable(today))

    def sessions(self, limit: int | None = 50, today: date | None = None) -> list[Session]:
        """The most recent sessions, newest first; `limit=None` for all of them.

        Rows that cannot be read (see `_readable`) are left out and do not use up the limit.
        """
        return list(itertools.islice(self._readable(today), limit))

    def _readable(self, today: date | None) -> Iterator[Session]:
        """Every session that can be read, newest first.

        A row edited by hand into nonsense is skipped rather than hiding all the others: it
        must be one record() could have written, no longer than `LONGEST_S` and dated no
        later than the day after `today` (by default the date on this computer's clock).
        """
        latest = _latest(today)
        try:
            rows = self._conn.execute(
                "SELECT started_at, duration_s, poses, completed, routine, played, speed"
                " FROM sessions ORDER BY started_at DESC, id DESC"
            )
            for row in rows:
                try:
                    session = _session(row)
                    if session.day > latest:
                        raise ValueError(f"started_at: expected a day up to {latest}")
                except (TypeError, ValueError, OverflowError, ReadError) as exc:
                    log.info(
                        "%s: skipped a session it cannot read (started_at %s): %s",
                        self.path,
                        printable(repr(row[0]), 60),
                        printable(str(exc), 120),
                    )
                    continue
                yield session
        except sqlite3.Error as exc:
            raise HistoryError(
                f"{self.path}: " + history_errors.tr("cannot read the history (%s)") % exc
            ) from None

    def streak(self, today: date | None = None, day_start: int = 0) -> int:
        """Consecutive days with a completed session, ending today, or yesterday if not yet today.

        Yesterday still counts so the streak shown in the morning is not zero before the
        person has had a chance to stretch. Days start at `day_start` o'clock (see
        `practice_day`); `today` is the practice day, not the calendar one.
        """
        today = today or practice_day(datetime.now(), day_start)
        day_sql = _day_sql(day_start)
        # Rows edited into nonsense (infinite, negative, longer than a day) count for nothing,
        # as on reading.
        rows = self._query(
            f"SELECT DISTINCT {day_sql} AS d FROM sessions WHERE completed = 1 AND d <= ?"
            " AND duration_s BETWEEN 0 AND ?",
            (today.isoformat(), LONGEST_S),
        )
        days = set()
        for (day,) in rows:
            try:
                days.add(date.fromisoformat(day))
            except (TypeError, ValueError) as exc:
                log.info("%s: left a day it cannot read out of the streak: %s", self.path, exc)
                continue
        one = timedelta(days=1)
        day = today if today in days else today - one
        count = 0
        while day in days:
            count += 1
            day -= one
        return count

    def minutes_by_day(self, since: date, day_start: int = 0) -> dict[date, float]:
        """Minutes practised on each day from `since` on (days with none are left out)."""
        day_sql = _day_sql(day_start)
        # Rows edited into nonsense (infinite, negative, longer than a day) count for nothing,
        # as on reading.
        rows = self._query(
            f"SELECT {day_sql} AS d,"
            " SUM(CASE WHEN duration_s BETWEEN 0 AND ? THEN duration_s ELSE 0 END)"
            " FROM sessions WHERE d >= ? GROUP BY d",
            (LONGEST_S, since.isoformat()),
        )
        minutes: dict[date, float] = {}
        for day, seconds in rows:
            try:
                minutes[date.fromisoformat(day)] = max(0.0, float(seconds)) / 60
            except (TypeError, ValueError) as exc:
                log.info("%s: left a day it cannot read out of the calendar: %s", self.path, exc)
        return minutes

    def pose_counts(self, today: date | None = None) -> dict[str, int]:
        """How many sessions each pose was part of, most often first: of the sessions the
        list shows (see `_readable`), so the table never counts a row the list leaves out."""
        latest = _latest(today)
        rows = self._query(
            "SELECT value, COUNT(*) AS n FROM sessions, json_each(sessions.poses)"
            " WHERE json_valid(sessions.poses) AND json_type(sessions.poses) = 'array'"
            " AND duration_s BETWEEN 0 AND ? AND date(substr(started_at, 1, 19)) <= ?"
            " GROUP BY value ORDER BY n DESC, value",
            (LONGEST_S, latest.isoformat()),
        )
        return {str(pose): int(n) for pose, n in rows if isinstance(pose, str)}

    def to_json(
        self, today: date | None = None, limit: int | None = None, day_start: int = 0
    ) -> dict[str, object]:
        today = today or practice_day(datetime.now(), day_start)
        return {
            "today": today.isoformat(),
            "streak": self.streak(today, day_start),
            "day_start": day_start,
            "sessions": [s.to_json() for s in self.sessions(limit, today)],
        }

    def _query(self, sql: str, params: tuple[object, ...]) -> list[tuple[Any, ...]]:
        try:
            return list(self._conn.execute(sql, params))
        except sqlite3.Error as exc:
            raise HistoryError(
                f"{self.path}: " + history_errors.tr("cannot read the history (%s)") % exc
            ) from None

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> History:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _open(path: Path) -> sqlite3.Connection:
    make_folder(path.parent)
    _check_header(path)
    # Another StretchPlayer may be writing (a text session while the window is open): wait.
    conn = sqlite3.connect(path, timeout=10)
    try:
        conn.execute("PRAGMA busy_timeout = 10000")
        try:
            # Opening never reads the file; these do, and find damage before a session is lost.
            check = conn.execute("PRAGMA quick_check").fetchone()
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        except sqlite3.DatabaseError as exc:
            if getattr(exc, "sqlite_errorname", "") in _CORRUPT:
                raise _Corrupt(str(exc)) from None
            raise
        if check is None or check[0] != "ok":
            raise _Corrupt(f"integrity check: {check[0] if check else 'no answer'}")
        if version > SCHEMA_VERSION:
            raise _TooNew(version)
        if version < SCHEMA_VERSION:
            _migrate(conn, version)
        # Readers never block the writer, and a killed writer leaves a journal SQLite replays.
        conn.execute("PRAGMA journal_mode = WAL")
    except BaseException:
        conn.close()
        raise
    return conn


def _open_read_only(path: Path) -> sqlite3.Connection:
    """The history file opened for reading only, or an error; it must be of our schema."""
    if not path.is_file():
        raise OSError(f"{path}: not a file")
    _check_header(path)
    uri = path.resolve().as_uri()
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True)
        conn.execute("PRAGMA user_version").fetchone()
    except sqlite3.OperationalError as exc:
        log.debug("%s: read-only open failed (%s); opening it as immutable", path, exc)
        # A WAL database needs its -shm file, which a read-only folder cannot hold. Immutable
        # skips it; nothing can change the file meanwhile, since nothing can write there.
        conn = sqlite3.connect(f"{uri}?immutable=1", uri=True)
    try:
        check = conn.execute("PRAGMA quick_check").fetchone()
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if check is None or check[0] != "ok":
            raise _Corrupt(f"integrity check: {check[0] if check else 'no answer'}")
        if version != SCHEMA_VERSION:
            # Older needs an upgrade, which cannot be written; newer is not ours to read.
            raise sqlite3.DatabaseError(f"schema version {version}; expected {SCHEMA_VERSION}")
    except BaseException:
        conn.close()
        raise
    return conn


def _check_header(path: Path) -> None:
    # Decide "not a database" before SQLite opens it: on open SQLite may roll back or delete a
    # journal beside the file, and what we move aside should be exactly what was there.
    try:
        # Regular files only: a FIFO would block the start forever, a device never end.
        head = read_head(path, len(_MAGIC))
    except FileNotFoundError:
        return  # a new history
    except ReadError as exc:
        raise OSError(exc.message) from None  # not damage: left alone, history kept in memory
    except OSError as exc:
        log.debug("%s: cannot read its header (%s); sqlite3 will report why", path, exc)
        return  # unreadable is not damage
    if head and head != _MAGIC:
        raise _Corrupt(history_errors.tr("file is not a database"))


def _migrate(conn: sqlite3.Connection, version: int) -> None:
    # Version 0 is a new, empty file. Each step is one transaction that also sets the
    # version, so a crash mid-upgrade leaves a file the next start upgrades from scratch.
    if version < 1:
        conn.executescript(f"BEGIN; {_SCHEMA} PRAGMA user_version = 1; COMMIT;")
    if version < 2:
        # Which routine, and how it was played (window or `play --text`, at what speed).
        conn.executescript(
            "BEGIN;"
            " ALTER TABLE sessions ADD COLUMN routine TEXT;"
            " ALTER TABLE sessions ADD COLUMN played TEXT NOT NULL DEFAULT 'window';"
            " ALTER TABLE sessions ADD COLUMN speed REAL NOT NULL DEFAULT 1.0;"
            " PRAGMA user_version = 2; COMMIT;"
        )


def _open_memory() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    _migrate(conn, 0)
    return conn
