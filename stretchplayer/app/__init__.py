"""The composition root: the one place where library, settings, voice, session and window meet.

Everything else receives what it needs from here; nothing below reaches back up. The command
line calls `run` (launch.py) only when a window is wanted and `play_headless` (headless.py) for
`play --text`; the widgets are imported inside the window's code (window_app.py), so the
headless player never loads them.
"""

from stretchplayer.app.source_scan import scan_sources_cheaply

scan_sources_cheaply()  # before the modules below import PySide6, which would read each in full

from stretchplayer.app.headless import play_headless  # noqa: E402
from stretchplayer.app.launch import run  # noqa: E402
from stretchplayer.app.window_app import StretchApp  # noqa: E402
from stretchplayer.app.wiring import connect_narration, selection_to_save  # noqa: E402

__all__ = ["StretchApp", "connect_narration", "play_headless", "run", "selection_to_save"]
