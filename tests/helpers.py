"""Shared test helpers that are not stand-ins: paths, pose ids, the CLI runner, files, markers,
and the one real-timer harness.

Fakes, stubs and recording doubles live in fakes.py; fixtures live in conftest.py.
"""

from __future__ import annotations

import ctypes
import gc
import itertools
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, cast

import pytest
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from stretchplayer.engine.timeline import Cue, Timeline
from stretchplayer.session.controller import SessionController

REPO = Path(__file__).resolve().parent.parent

# The public pose ids, in the seed's order (a contract: see DESIGN.md).
POSE_IDS = [
    "calf-stretch",
    "standing-forward-fold",
    "lizard-pose",
    "supine-hamstring-stretch",
    "half-split",
    "pyramid-pose",
    "seated-forward-fold",
]


def _espeak_present() -> bool:
    for name in ("libespeak-ng.so.1", "libespeak-ng.1.dylib", "libespeak.so.1"):
        try:
            ctypes.CDLL(name)
        except OSError:
            continue
        return True
    return False


# For tests of the real speech engine. CI installs libespeak-ng1 (scripts/setup.sh), so these
# run there; skipped only where the library is genuinely missing.
needs_espeak = pytest.mark.skipif(not _espeak_present(), reason="libespeak-ng is not installed")


def without_display(env: dict[str, str] | None = None) -> dict[str, str]:
    """This process's environment as a terminal with no display has it, with `env` on top."""
    environment = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    return environment | (env or {})


def run_cli(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run `python -m stretchplayer ARGS` the way a user would, without a display."""
    return subprocess.run(
        [sys.executable, "-m", "stretchplayer", *args],
        capture_output=True,
        text=True,
        env=without_display(env),
        cwd=cwd or REPO,
        timeout=timeout,
    )


# app.run() with QApplication.exec wrapped: once the window has painted and what it does after
# its first paint is done, it prints what it was asked to and quits.
_FIRST_PAINT_PROBE = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
real_exec = QApplication.exec
def shown(self=None):
    app = QApplication.instance()
    window = next(w for w in app.topLevelWidgets() if hasattr(w, "firstPainted"))
    def done():
        print(SAID, flush=True)
        app.exit(0)
    window.firstPainted.connect(lambda: QTimer.singleShot(0, done))
    return real_exec()
QApplication.exec = shown
from stretchplayer.app import run
from stretchplayer.core.library import load_library
sys.exit(run(load_library()))
"""


def run_to_first_paint(said: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Open the window as `stretchplayer` does, in a process of its own; once it has painted
    and done what follows its first paint, print `said` (a Python expression, with `app` the
    QApplication and `json` imported) and quit."""
    return subprocess.run(
        [sys.executable, "-c", _FIRST_PAINT_PROBE.replace("SAID", said)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def linked_to_dotfiles(link: Path, dotfiles: Path, name: str) -> Path:
    """Make `link` a link to `name` in a folder of dotfiles (the person's own, kept
    elsewhere); the file it points to, not yet written."""
    dotfiles.mkdir(exist_ok=True)
    link.parent.mkdir(parents=True, exist_ok=True)
    target = dotfiles / name
    link.symlink_to(target)
    return target


def shipped_library_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((REPO / "data" / "poses.json").read_text(encoding="utf-8"))
    return data


def intervals(times: list[float]) -> Iterator[float]:
    """The gaps between consecutive times."""
    return (b - a for a, b in itertools.pairwise(times))


# The real-timer tests: a session played on the real monotonic clock at REAL_TIME_SPEED.
# Every cue must fire no later than CUE_LATENESS_LIMIT seconds after its planned (sped-up)
# time: the one limit for every such test, and for `play --json`'s `at - t`. Measured with
# this harness on the shared 2-core machine (21 runs of the calf stretch, 57 cues each, one
# run with a CPU hog on one core): median about 1 ms, worst 14 ms; the README has a whole
# session. 30 ms was already the tightest limit of the old copies; it leaves twice the worst.
REAL_TIME_SPEED = 40.0
CUE_LATENESS_LIMIT = 0.03


def play_in_real_time(
    qtbot: QtBot,
    timeline: Timeline,
    attach: Callable[[SessionController], object] | None = None,
    speed: float = REAL_TIME_SPEED,
) -> list[float]:
    """Play `timeline` to the end with the real QTimer and clock; return how late each cue fired.

    `attach` gets the controller before it starts (to hang a voice on it, say). The lateness
    of a cue is the real time it reached the test minus its planned time divided by `speed`.
    """
    controller = SessionController(timeline, time.monotonic, speed)
    if attach is not None:
        attach(controller)
    lateness: list[float] = []
    started = 0.0

    def reached(cue: Cue, stale: bool) -> None:
        lateness.append(time.monotonic() - started - cue.t / speed)

    controller.cueReached.connect(reached)
    # This process carries the garbage of every test before this one; a full collection of
    # it landing inside the session (45 ms once, in a whole-suite run) is not the
    # controller's lateness, so it happens before the clock starts.
    gc.collect()
    started = time.monotonic()
    with qtbot.waitSignal(controller.finished, timeout=int(timeline.total / speed * 1000) + 10_000):
        controller.start()
    return lateness


def on_screen(widget: QWidget) -> QImage:
    """What the widget's last paints left on screen (no paint of its own, unlike grab())."""
    return QGuiApplication.primaryScreen().grabWindow(widget.winId()).toImage()


def changed_pixels(before: QImage, after: QImage, tolerance: int = 0) -> list[tuple[int, int]]:
    """Pixels that differ by more than `tolerance` in some channel."""
    assert before.size() == after.size()
    before = before.convertToFormat(QImage.Format.Format_ARGB32)
    after = after.convertToFormat(QImage.Format.Format_ARGB32)
    width = after.width()
    changed: list[tuple[int, int]] = []
    for y in range(after.height()):
        # Rows compared whole first: a few pixels of a large image differ, if any.
        old = bytes(cast(memoryview, before.constScanLine(y)))[: width * 4]
        new = bytes(cast(memoryview, after.constScanLine(y)))[: width * 4]
        if old == new:
            continue
        changed.extend(
            (x, y)
            for x in range(width)
            if any(abs(old[i] - new[i]) > tolerance for i in range(4 * x, 4 * x + 4))
        )
    return changed
