"""Every window opens whole on the screen it has: a 1366×768 laptop, a 1024×600 netbook, a
1920×1080 screen at 150 % (1280×720 in logical pixels), in the widest languages too, with no
label crowding its field."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import REPO

TITLE_BAR = 30  # what a window manager puts above a window, at the least


@pytest.mark.parametrize(
    ("width", "height", "language"),
    [(1366, 768, "en"), (1024, 600, "fr"), (1024, 600, "de"), (1280, 720, "de")],
)
def test_each_window_and_its_buttons_fit_the_screen(
    width: int, height: int, language: str, tmp_path: Path
) -> None:
    # Qt's offscreen platform takes the size of its screen from a file.
    config = tmp_path / "screen.json"
    screen = {"name": "s", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96}
    config.write_text(json.dumps({"screens": [screen]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    env["STRETCHPLAYER_HOME"] = str(tmp_path / "home")
    shown = subprocess.run(
        [sys.executable, "-m", "tests.screen_probe", language],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    seen = json.loads(shown.stdout)
    assert seen["screen"] == [width, height]
    for name in ("window", "preferences", "history", "history, a long one", "about"):
        w, h = seen[name]["size"]
        assert w <= width and h + TITLE_BAR <= height, (name, w, h)
        assert seen[name]["cut"] == [], name
        assert seen[name]["crowded"] == [], name
        assert seen[name]["overlapping"] == [], name
