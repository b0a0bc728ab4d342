"""The status bar's notice: something worth knowing but not worth a dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

KEPT = 5  # notices the tooltip still lists, the newest last


class NoticeLine(QLabel):
    """The latest notice, shown until the next one; the tooltip keeps the last few.

    A label in the status bar rather than showMessage(): menus clear temporary messages as the
    mouse passes over them.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self._notices: list[str] = []

    def show_notice(self, text: str) -> None:
        self._notices = [*self._notices[-(KEPT - 1) :], text]
        self.setText(text)
        self.setToolTip("\n".join(self._notices))
