"""The window tells the desktop who it is: the app id (Wayland, and the desktop entry), the
window class `stretchplayer`/`StretchPlayer` however it was started, and the app's icon."""

from __future__ import annotations

import json
import os

from stretchplayer.core.identity import APP_ID, COMMAND, DISPLAY_NAME
from tests.helpers import run_to_first_paint

# What the window tells the desktop, once it has painted (the icon is set then).
FACTS = (
    'json.dumps({"desktop_file": app.desktopFileName(), "name": app.applicationName(),'
    ' "argv0": app.arguments()[0], "icon": not app.windowIcon().isNull()})'
)


def test_run_names_the_app_by_its_id_whatever_started_it() -> None:
    # STRETCHPLAYER_HOME: conftest
    result = run_to_first_paint(FACTS, os.environ | {"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout.strip().splitlines()[-1])
    assert facts == {"desktop_file": APP_ID, "name": DISPLAY_NAME, "argv0": COMMAND, "icon": True}
