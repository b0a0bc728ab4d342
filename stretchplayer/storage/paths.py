"""Where StretchPlayer keeps the user's files: the one place that knows.

Everything comes from platformdirs so each OS gets its usual folders. Setting
STRETCHPLAYER_HOME puts config and data together in that one folder instead, so tests, CI and
a portable install never touch the real home. Nothing here creates folders: the writers do, at
the moment they first need one, so merely asking for a path has no side effects.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_cache_dir, user_config_dir, user_data_dir

APP_NAME = "stretchplayer"
HOME_ENV = "STRETCHPLAYER_HOME"


def _home() -> Path | None:
    # An empty value is how shells "unset" a variable for one command; treat it as unset.
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser() if value else None


def config_dir() -> Path:
    home = _home()
    # appauthor=False: on Windows, otherwise the folder would be nested twice as Name\Name.
    return home if home is not None else Path(user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    home = _home()
    return home if home is not None else Path(user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """Things that can be made again (rendered speech): under the home folder when set."""
    home = _home()
    return home / "cache" if home is not None else Path(user_cache_dir(APP_NAME, appauthor=False))


def settings_file() -> Path:
    return config_dir() / "settings.json"


def routines_file() -> Path:
    return config_dir() / "routines.json"


def history_file() -> Path:
    return data_dir() / "history.sqlite3"


def instance_lock() -> Path:
    """Held by the running window, so a second launch raises it instead of opening another."""
    return data_dir() / "window.lock"
