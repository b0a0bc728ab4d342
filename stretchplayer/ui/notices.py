"""The status bar's notice: something worth knowing but not worth a dialog."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from stretchplayer.core.guest import summarise
from stretchplayer.core.i18n import Context
from stretchplayer.ui import style

ui_notices = Context("ui_notices")

KEPT = 20  # notices the tooltip still lists, the newest last


class NoticeLine(QLabel):
    """The latest notice, shown until the next one; the tooltip keeps the last few.

    Notices that arrive together (nine bad settings at start) are one line that names the
    first and counts the rest, and the tooltip lists them all: none replaces another unseen.
    Shown as plain text: a notice can quote a file, and a file's markup must not render.

    A label in the status bar rather than showMessage(): menus clear temporary messages as the
    mouse passes over them.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._notices: list[str] = []

    def show_notice(self, text: str) -> None:
        self.show_notices([text])

    def show_notices(self, texts: Sequence[str]) -> None:
        """Show these notices at once: the first, with how many more the tooltip holds."""
        texts = [t for t in texts if t]
        if not texts:
            return
        self._notices = [*self._notices, *texts][-KEPT:]
        more = len(texts) - 1
        shown = ui_notices.tr("%s (and %s more: point here to read)") % (texts[0], more)
        self.setText(texts[0] if not more else shown)
        self.setToolTip(style.plain_tooltip("\n".join(summarise(self._notices))))
