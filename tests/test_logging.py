"""Logging: quiet by default, -v/--verbose to see what StretchPlayer does, on stderr only."""

from __future__ import annotations

import json
import logging
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from stretchplayer.cli.main import configure_logging
from stretchplayer.storage.history import History
from stretchplayer.storage.jsonfile import write_json_atomic
from tests.helpers import run_cli


def test_by_default_plan_json_prints_nothing_on_stderr() -> None:
    done = run_cli("plan", "--json", "--poses", "calf-stretch")
    assert done.returncode == 0
    assert done.stderr == ""


@pytest.mark.parametrize("where", ["before", "after"])
def test_verbose_shows_info_lines_on_stderr_and_leaves_stdout_alone(where: str) -> None:
    command = ["plan", "--json", "--poses", "calf-stretch"]
    quiet = run_cli(*command)
    loud = run_cli(*(["-v", *command] if where == "before" else [*command, "--verbose"]))
    assert loud.returncode == 0, loud.stderr
    assert loud.stdout == quiet.stdout
    json.loads(loud.stdout)
    lines = loud.stderr.splitlines()
    assert lines and all(line.startswith("stretchplayer: INFO: ") for line in lines), lines
    assert any("settings.json" in line for line in lines)


def test_options_given_for_one_run_are_named_at_info() -> None:
    done = run_cli("-v", "plan", "--json", "--breath-in", "5")
    assert "for this run only: breath_in=5.0" in done.stderr


def test_verbose_works_on_the_way_to_the_window(tmp_path: Path) -> None:
    # A missing library stops before any window opens, after logging is set up.
    missing = tmp_path / "missing.json"
    done = run_cli("-v", "--library", str(missing))
    assert done.returncode == 1
    info, error = done.stderr.splitlines()
    assert info == f"stretchplayer: INFO: commands: pose library: {missing}"
    assert error.startswith(f"stretchplayer: {missing}: cannot read file")


def test_a_settings_warning_is_printed_once_even_when_verbose(stretchplayer_home: Path) -> None:
    (stretchplayer_home / "settings.json").write_text('{"rest": "long"}', encoding="utf-8")
    done = run_cli("-vv", "plan", "--json", "--poses", "calf-stretch")
    assert done.returncode == 0
    assert [line for line in done.stderr.splitlines() if "rest:" in line] == [
        f"stretchplayer: {stretchplayer_home / 'settings.json'}: rest: expected a number"
        ' from 0 to 600 seconds, got "long"; using the default 10.0'
    ]


@pytest.mark.parametrize(
    ("verbose", "ours", "others"),
    [
        (0, logging.WARNING, logging.WARNING),
        (1, logging.INFO, logging.WARNING),
        (2, logging.DEBUG, logging.DEBUG),
        (5, logging.DEBUG, logging.DEBUG),
    ],
)
def test_each_v_shows_more(verbose: int, ours: int, others: int) -> None:
    configure_logging(verbose)
    configure_logging(verbose)  # once or twice: one handler, so one line per message
    assert logging.getLogger("stretchplayer.voice.worker").getEffectiveLevel() == ours
    assert logging.getLogger("some.library").getEffectiveLevel() == others
    mine = [h for h in logging.getLogger().handlers if h.get_name() == "stretchplayer"]
    assert len(mine) == 1
    record = logging.LogRecord("stretchplayer.x", logging.INFO, __file__, 1, "hello", None, None)
    assert mine[0].format(record) == "stretchplayer: INFO: test_logging: hello"


def test_a_lost_file_mode_is_logged_not_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    file = tmp_path / "settings.json"
    write_json_atomic(file, {})

    def refuse(self: Path, mode: int) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(Path, "chmod", refuse)
    with caplog.at_level(logging.INFO, "stretchplayer"):
        write_json_atomic(file, {"rest": 5})
    assert json.loads(file.read_text()) == {"rest": 5}, "the save itself still happens"
    assert [r.levelno for r in caplog.records] == [logging.INFO]
    assert "could not keep its permissions" in caplog.text


def test_an_unreadable_history_row_is_logged_not_hidden(
    stretchplayer_home: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with History() as past:
        past.record(datetime(2026, 3, 1, 7, 0), 60.0, ["half-split"], completed=True)
        path = past.path
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE sessions SET started_at = 'yesterday-ish'")
    conn.close()
    with caplog.at_level(logging.INFO, "stretchplayer"), History() as past:
        assert past.sessions() == []
    assert "skipped a session it cannot read" in caplog.text
    assert "yesterday-ish" in caplog.text
