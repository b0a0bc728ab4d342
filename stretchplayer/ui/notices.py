"""The status bar's notice: something worth knowing but not worth a dialog."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from stretchplayer.core.guest import summarise
from stretchplayer.core.i18n import Context
from stretchplayer.ui import style

ui_notices = Context("ui_notices")

KEPT = 20  # notices the tooltip still lists, the newest last
# Notices this close together came together (the start's, then the sound's a moment later): a
# later one names itself and counts the earlier ones still unread, rather than hiding them.
TOGETHER = 10.0  # seconds


class NoticeLine(QLabel):
    """The latest notice, shown until the next one; the tooltip keeps the last few.

    Notices that arrive together (nine bad settings at start) are one line that names the
    first and counts the rest, and the tooltip lists them all: none replaces another unseen.
    Shown as plain text: a notice can quote a file, and a file's markup must not render.

    A label in the status bar rather than showMessage(): menus clear temporary messages as the
    mouse passes over them.
    """

    def __init__(
        self, parent: QWidget | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._batch = 0  # notices the line stands for: the one it names and those it counts
        self._since = -TOGETHER  # when the line's notices began to arrive
        self.setObjectName("notice")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._notices: list[str] = []
        self._line = ""  # the whole line; the label shows it shortened with "…" to fit
        # Shortened rather than wider than the window: a German notice ran off its edge.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(1)

    def line(self) -> str:
        """The latest notice, whole ("" if none)."""
        return self._line

    def show_notice(self, text: str) -> None:
        self.show_notices([text])

    def show_notices(self, texts: Sequence[str]) -> None:
        """Show these notices at once: the first, with how many more the tooltip holds."""
        texts = [t for t in texts if t]
        if not texts:
            return
        self._notices = [*self._notices, *texts][-KEPT:]
        now = self._clock()
        carried = self._batch if now - self._since < TOGETHER else 0
        if not carried:
            self._since = now
        self._batch = carried + len(texts)
        more = self._batch - 1
        shown = ui_notices.tr("%s (and %s more: point here to read)") % (texts[0], more)
        self._line = texts[0] if not more else shown
        self._fit()
        self.setToolTip(style.plain_tooltip("\n".join(summarise(self._notices))))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        room = max(0, self.contentsRect().width())
        shown = self.fontMetrics().elidedText(self._line, Qt.TextElideMode.ElideRight, room)
        if shown != self.text():
            self.setText(shown)
