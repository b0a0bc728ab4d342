"""The benchmark command stays runnable: it imports, and its cheapest rows run (not timed here)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from benchmarks.__main__ import ROWS, Row, big_library, compile_bytecode, main, table


def test_the_table_lists_every_row_with_its_goal() -> None:
    rows = [Row("x", "a measure", "1 ms", "2 ms bare", "≤ 1.3×", True)]
    lines = table(rows).splitlines()
    assert lines[0].startswith("| measure | figure | baseline")
    assert lines[2] == "| a measure | 1 ms | 2 ms bare | ≤ 1.3× | yes |"
    assert set(ROWS) >= {"startup", "cpu", "lateness", "export", "storage", "stall"}


def test_starts_are_timed_with_the_bytecode_of_the_current_sources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each module's cached bytecode is what Python would load for it: not recompiled on every
    timed start where PYTHONDONTWRITEBYTECODE is set."""
    import importlib.util

    from benchmarks import __main__ as bench

    package = tmp_path / "stretchplayer"
    package.mkdir()
    (package / "edited.py").write_text("VALUE = 1\n")
    (tmp_path / "benchmarks").mkdir()
    monkeypatch.setattr(bench, "ROOT", tmp_path)
    compile_bytecode()
    cached = Path(importlib.util.cache_from_source(str(package / "edited.py")))
    assert cached.is_file()
    assert cached.stat().st_mtime >= (package / "edited.py").stat().st_mtime


def test_the_big_library_is_valid(tmp_path: Path) -> None:
    from stretchplayer.core.library import load_library

    path = tmp_path / "big.json"
    big_library(path, 30)
    assert len(load_library(path).poses) == 30
    assert json.loads(path.read_text())["version"] == 1


def test_the_storage_rows_run(capsys: object) -> None:
    assert main(["--quick", "--only", "storage", "--no-xvfb"]) in (0, 1)


def test_a_probe_that_crashes_is_one_row_and_the_others_still_run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def crashed(options: object) -> list[Row]:
        raise RuntimeError("probe stall 20.0 printed 0 of 1 lines (exit -11)")

    monkeypatch.setitem(ROWS, "stall", crashed)
    assert main(["--quick", "--only", "stall,storage", "--no-xvfb"]) == 1
    out = capsys.readouterr().out
    assert "| stall rows | not measured: probe stall 20.0 printed 0 of 1 lines (exit -11) |" in out
    assert "`history` with 3,650 sessions" in out  # the storage rows ran after it


def test_a_probe_that_fails_shows_the_end_of_what_it_said(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from benchmarks.__main__ import run_probe_lines

    with pytest.raises(RuntimeError, match=r"printed 0 of 1 lines \(exit 1\)"):
        run_probe_lines(dict(os.environ), 1, "no-such-mode")
    assert "unknown mode 'no-such-mode'" in capsys.readouterr().err


def test_drift_compares_the_last_tenth_of_the_cues_with_the_first() -> None:
    from benchmarks.__main__ import drift

    steady = [0.001] * 100
    assert drift(steady) == "drift +0.0 ms"
    falling_behind = [0.001 + i * 0.0001 for i in range(100)]  # 0.1 ms later each cue
    assert drift(falling_behind) == "drift +9.0 ms"  # the means of cues 90-99 and 0-9


def test_the_app_says_when_its_window_is_up_and_then_when_its_deferred_work_is_done(
    tmp_path: Path,
) -> None:
    """Start-up stops the clock at the first paint, as the bare window's does; the work the
    app defers until then (voice, history, media controls) is timed on a line of its own."""
    import os

    from benchmarks.__main__ import run_probe_lines, scratch_env

    env = scratch_env({**os.environ, "QT_QPA_PLATFORM": "offscreen"}, tmp_path)
    (painted, first), (ready, second) = run_probe_lines(env, 2, "first-window", "app")
    assert first == {"peak_kib": first["peak_kib"], "deferred_done": False}
    assert second == {"deferred_done": True}
    assert 0 < painted < ready


def test_the_no_python_floor_moves_its_circle_and_card_by_qt_alone(qtbot: QtBot) -> None:
    """The CPU rows' second baseline: Qt itself scales both shapes, frame after frame."""
    from PySide6.QtWidgets import QGraphicsEllipseItem

    from benchmarks.probe import native_window

    window, keep = native_window()
    try:
        shapes = [item for item in keep if isinstance(item, QGraphicsEllipseItem)]
        assert len(shapes) == 2
        first = [shape.transform().m11() for shape in shapes]
        qtbot.waitUntil(
            lambda: all(s.transform().m11() != f for s, f in zip(shapes, first, strict=True))
        )
    finally:
        window.close()


def test_the_replica_shows_what_the_apps_first_window_shows(qtbot: QtBot) -> None:
    """The start-up floor is only a floor if it builds what the app's window shows: the same
    menus, one checkable row with a picture per built-in pose, and the pacer and card drawn."""
    from PySide6.QtWidgets import QListWidget

    from benchmarks.replica import Drawn, replica_window
    from stretchplayer.core.library import load_library

    window = replica_window()
    try:
        qtbot.waitExposed(window)
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus == ["&File", "&Session", "&View", "&Help"]
        rows = window.findChild(QListWidget)
        assert rows is not None
        assert rows.count() == len(load_library().poses)
        assert all(not rows.item(i).icon().isNull() for i in range(rows.count()))
        drawn = window.findChildren(Drawn)
        assert len(drawn) == 3  # the card, the pacer, the progress bar
        pacer = next(widget for widget in drawn if widget.circle)
        image = pacer.grab().toImage()
        below_the_word = image.pixelColor(image.width() // 2, image.height() // 2 + 70)
        assert below_the_word.name() == "#178a78"  # the disc is painted
    finally:
        window.close()


def test_the_replica_says_when_its_window_is_up(tmp_path: Path) -> None:
    from benchmarks.__main__ import run_probe, scratch_env

    env = scratch_env({**os.environ, "QT_QPA_PLATFORM": "offscreen"}, tmp_path)
    took, out = run_probe(env, "first-window", "replica")
    assert took > 0
    assert out["peak_kib"] > 0


def loaded_by_first_paint(env: dict[str, str], kind: str) -> set[str]:
    """The modules a first-window probe has loaded when its window first paints."""
    from benchmarks.__main__ import run_probe_lines

    [(_, line)] = run_probe_lines(env, 1, "first-window", kind, "modules")
    listed: Any = line["modules"]  # the one line of the probe's that is not a figure
    return set(listed)


def test_the_imports_floor_loads_what_the_app_has_loaded_by_its_first_paint(
    tmp_path: Path,
) -> None:
    """The row that prices the app's imports alone must import what the app does before its
    first paint: no module fewer (it would look cheaper) and none more."""
    from benchmarks.__main__ import scratch_env

    env = scratch_env({**os.environ, "QT_QPA_PLATFORM": "offscreen"}, tmp_path)

    def imported(kind: str) -> set[str]:
        # Codecs load when a file is first read in one, not by an import.
        return {m for m in loaded_by_first_paint(env, kind) if not m.startswith("encodings.")}

    assert imported("imports") == imported("app")
    assert "stretchplayer.ui.main_window" not in imported("bare")  # the listing tells them apart


def test_the_start_costs_count_what_each_window_makes_and_time_it(tmp_path: Path) -> None:
    """The context row that splits the start: the app makes more of Qt's Python enums than
    the bare window (its window uses more Qt classes) and makes dataclasses of its own,
    which the bare window does not; each count comes with the time it took."""
    from benchmarks.__main__ import measured_costs, scratch_env

    env = scratch_env({**os.environ, "QT_QPA_PLATFORM": "offscreen"}, tmp_path)
    bare, app = measured_costs(env, "bare", runs=1), measured_costs(env, "app", runs=1)
    assert 0 < bare["qt_enums"] < app["qt_enums"]
    assert bare["qt_enums_ms"] > 0
    assert "dataclasses" not in bare
    assert app["dataclasses"] >= 20  # the model, settings, timeline, pacer frames...
    assert app["dataclasses_ms"] > 0


def test_the_first_paint_waits_for_nothing_it_does_not_show(tmp_path: Path) -> None:
    """What the window needs only after it is up (the history's database, the media controls,
    the single-instance listener, the icon, the voice) is not even imported before its first
    paint: each would make every start slower."""
    from benchmarks.__main__ import scratch_env

    env = scratch_env({**os.environ, "QT_QPA_PLATFORM": "offscreen"}, tmp_path)
    loaded = loaded_by_first_paint(env, "app")
    later = {
        "sqlite3",
        "PySide6.QtDBus",
        "PySide6.QtNetwork",
        "PySide6.QtSvg",
        "pyttsx3",
        "stretchplayer.storage.history",
        "stretchplayer.desktop.bus",
    }
    assert later & loaded == set()
    assert "stretchplayer.ui.main_window" in loaded


def test_the_cpu_rows_count_a_child_process_while_it_runs() -> None:
    """The app's sound output is a child process (pacat) that lives as long as the window:
    its CPU is the app's too, read while it runs (getrusage counts a child only once ended)."""
    from benchmarks.probe import children_cpu_seconds

    burn = (
        "import sys, time\n"
        "while time.process_time() < 0.3: pass\n"
        "print('burnt', flush=True)\n"
        "sys.stdin.read()\n"
    )
    with subprocess.Popen(
        [sys.executable, "-c", burn], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as child:
        assert child.stdout is not None and child.stdin is not None
        assert child.stdout.readline() == "burnt\n"
        used = children_cpu_seconds()
        child.stdin.close()
    assert 0.25 <= used[child.pid] < 5


def test_the_cpu_rows_say_what_the_sound_server_spent_meanwhile(tmp_path: Path) -> None:
    """The sound server the benchmark starts is not the app's process, but mixing the app's
    sound is work the app causes: a CPU probe reports the server's CPU over its own seconds
    (here a stand-in that keeps a core busy), and nothing when there is no server."""
    from benchmarks.__main__ import run_probe, scratch_env
    from benchmarks.probe import SERVER_PID

    env = scratch_env({**os.environ, "QT_QPA_PLATFORM": "offscreen"}, tmp_path)
    assert run_probe(env, "cpu", "bare", "0.5")[1]["server"] is None
    with subprocess.Popen([sys.executable, "-c", "while True: pass"]) as busy:
        try:
            out = run_probe({**env, SERVER_PID: str(busy.pid)}, "cpu", "bare", "0.5")[1]
        finally:
            busy.kill()
    assert out["server"] is not None and 0.3 < out["server"] < 1.5
    assert out["cpu"] < 0.3  # the server's share is said apart, not added to the window's
