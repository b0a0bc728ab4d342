"""The window tells the desktop who it is: the app id (Wayland, and the desktop entry), the
window class `stretchplayer`/`StretchPlayer` however it was started, and the app's icon."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from stretchplayer.core.identity import APP_ID, COMMAND, DISPLAY_NAME
from tests.helpers import REPO

# app.run() with QApplication.exec wrapped: once the window has painted (the icon is set then),
# it reports what the window tells the desktop, and quits.
PROBE = """
import json, sys
from PySide6.QtWidgets import QApplication
real_exec = QApplication.exec
def report(self=None):
    app = QApplication.instance()
    window = next(w for w in app.topLevelWidgets() if hasattr(w, "firstPainted"))
    def done():
        print(json.dumps({"desktop_file": app.desktopFileName(), "name": app.applicationName(),
                          "argv0": app.arguments()[0], "icon": not app.windowIcon().isNull()}))
        app.exit(0)
    window.firstPainted.connect(done)
    return real_exec()
QApplication.exec = report
from stretchplayer.app import run
from stretchplayer.core.library import load_library
sys.exit(run(load_library()))
"""


def test_run_names_the_app_by_its_id_whatever_started_it() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=REPO,
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},  # STRETCHPLAYER_HOME: conftest
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout.strip().splitlines()[-1])
    assert facts == {"desktop_file": APP_ID, "name": DISPLAY_NAME, "argv0": COMMAND, "icon": True}
