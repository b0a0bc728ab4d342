"""The composition root: the one place where library, settings, voice, session and window meet.

Everything else receives what it needs from here; nothing below reaches back up. The command
line calls `run` (launch.py) only when a window is wanted and `play_headless` (headless.py) for
`play --text`; the widgets are imported inside the window's code (window_app.py), so the
headless player never loads them.
"""

from stretchplayer.app.headless import play_headless
from stretchplayer.app.launch import run
from stretchplayer.app.window_app import StretchApp
from stretchplayer.app.wiring import connect_narration, selection_to_save

__all__ = ["StretchApp", "connect_narration", "play_headless", "run", "selection_to_save"]
