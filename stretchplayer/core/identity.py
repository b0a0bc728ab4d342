"""Who StretchPlayer is to the desktop: the one place that names it (standard library only).

`APP_ID` is the reverse-DNS application id (DESIGN.md section 4, "Desktop identity"). The
desktop entry `packaging/<APP_ID>.desktop`, the AppStream component `<APP_ID>.metainfo.xml`,
the hicolor icon names and `QGuiApplication.setDesktopFileName` all use it, and
tests/test_desktop_files.py checks that every one of them says exactly this.

Not derived from it, on purpose: the command (`stretchplayer`), the folders for settings and
history (platformdirs app name `stretchplayer`, storage/paths.py) and the MPRIS bus name
suffix (`org.mpris.MediaPlayer2.stretchplayer`) are public contracts of their own.
"""

from __future__ import annotations

APP_ID = "io.github.stretchplayer.StretchPlayer"
DISPLAY_NAME = "StretchPlayer"
COMMAND = "stretchplayer"
# The MPRIS bus name media controls find the app by (DESIGN.md section 4).
MPRIS_NAME = "org.mpris.MediaPlayer2.stretchplayer"
