"""The real window on a real X server (Xvfb), driven by real key presses (xdotool): what the
offscreen platform cannot show — the window class the desktop sees, and keys reaching the app
through the X server."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from devtools.x_server import xvfb
from tests.conftest import _missing
from tests.helpers import REPO

WAIT = 30.0  # seconds for a window to appear or change; a healthy run needs about one


@pytest.fixture(scope="module")
def x_server() -> Iterator[str]:
    for tool, package in (("Xvfb", "xvfb"), ("xdotool", "xdotool"), ("xprop", "x11-utils")):
        if shutil.which(tool) is None:
            _missing(tool, package)
    with xvfb("1280x800x24") as display:
        yield display


def _x(display: str, command: list[str]) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"DISPLAY": display}
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=10)


def _until(condition: object, what: str) -> None:
    # A deadline for a condition polled against another process, not a sleep standing in
    # for the app's timing (the session's own clock is never waited on here).
    deadline = time.monotonic() + WAIT
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def _window(display: str, title: str) -> str | None:
    found = _x(display, ["xdotool", "search", "--name", f"^{title}$"]).stdout.split()
    return found[0] if found else None


def test_the_real_window_names_itself_and_answers_keys(x_server: str, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    # No countdown, so the first key press starts the first pose at once; no voice or chimes.
    (home / "settings.json").write_text(
        '{"countdown": 0, "voice_enabled": false, "chimes": false}', encoding="utf-8"
    )
    env = os.environ | {
        "DISPLAY": x_server,
        "QT_QPA_PLATFORM": "xcb",
        "STRETCHPLAYER_HOME": str(home),
    }
    app = subprocess.Popen(
        [sys.executable, "-m", "stretchplayer"],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        window: list[str | None] = [None]

        def shown() -> bool:
            # The desktop matches the window to its entry (StartupWMClass) by this class. Qt's
            # unmapped helper windows may carry the title too, without a class.
            found = _x(x_server, ["xdotool", "search", "--name", "^StretchPlayer$"]).stdout
            for wid in found.split():
                classes = _x(x_server, ["xprop", "-id", wid, "WM_CLASS"]).stdout
                if '"stretchplayer", "StretchPlayer"' in classes:
                    window[0] = wid
            return window[0] is not None

        _until(shown, "the window, of class stretchplayer/StretchPlayer")
        wid = window[0]
        assert wid is not None
        _x(x_server, ["xdotool", "windowfocus", "--sync", wid])
        _x(x_server, ["xdotool", "key", "--clearmodifiers", "space"])
        # Space started the session: the title names the first pose.
        _until(
            lambda: _window(x_server, "Calf stretch — StretchPlayer") is not None, "the first pose"
        )
        # Painting stays on the GUI thread: Qt's pool of paint threads, which it would have
        # started for the window's first full paint, costs more than it saves on a frame.
        threads = [
            (task / "comm").read_text().strip() for task in Path(f"/proc/{app.pid}/task").iterdir()
        ]
        assert "Thread (pooled)" not in threads, threads
    finally:
        app.terminate()
        _, errors = app.communicate(timeout=20)
    assert "Traceback" not in errors, errors


ICONS_PROBE = """
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from stretchplayer.core.library import load_library
from stretchplayer.storage.settings import Settings
from stretchplayer.ui.about_dialog import AboutDialog
from stretchplayer.ui.preferences import PreferencesDialog
app = QApplication([])
plain = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
print("plain", not plain.buttons()[0].icon().isNull())
for dialog in (AboutDialog(load_library().about), PreferencesDialog(Settings())):
    box = dialog.findChildren(QDialogButtonBox)[0]
    print("ours", any(not b.icon().isNull() for b in box.buttons()))
"""


def test_dialog_buttons_carry_no_desktop_icons(x_server: str) -> None:
    """On X the style puts the desktop theme's icons on dialog buttons (a black X on Close),
    drawn in the theme's colours: on the dark theme's buttons they vanished."""
    env = os.environ | {"DISPLAY": x_server, "QT_QPA_PLATFORM": "xcb"}
    shown = subprocess.run(
        [sys.executable, "-c", ICONS_PROBE], env=env, cwd=REPO, capture_output=True,
        text=True, timeout=60,
    )  # fmt: skip
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.split("\n")
    if "plain True" not in lines:
        pytest.skip("this style puts no icons on dialog buttons: nothing to take off")
    assert lines.count("ours False") == 2, shown.stdout
