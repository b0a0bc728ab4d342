"""Transport: start/pause, previous, next, stop, the voice switch, the progress and the times."""

from __future__ import annotations

import math

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from stretchplayer.core import wording
from stretchplayer.core.i18n import Context
from stretchplayer.ui import style
from stretchplayer.ui.progress_bar import SessionProgress

ui_transport = Context("ui_transport")


def _button(action: QAction, name: str, prominent: bool = False) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setAutoRaise(not prominent)
    # The keyboard drives the session through window shortcuts, which take Space before a
    # focused button could; Tab still reaches the buttons, and Return presses them.
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    button.setIconSize(QSize(22, 22))
    button.setAccessibleName(name)
    button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    button.setMinimumHeight(40)
    if prominent:
        button.setMinimumWidth(130)
        button.setFont(style.sized(button.font(), 16, QFont.Weight.DemiBold))
    # Keep the name a screen reader announces in step with the button's changing text.
    action.changed.connect(lambda: button.setAccessibleName(action.text().replace("&", "")))
    return button


class Transport(QWidget):
    """The bottom bar. It holds no logic: each button is a window action."""

    def __init__(
        self,
        play: QAction,
        previous: QAction,
        next_: QAction,
        stop: QAction,
        voice: QAction,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._seconds: tuple[int, int] | None = None  # the times shown, in whole seconds
        self.progress = SessionProgress()
        self.play_button = _button(play, ui_transport.tr("Start"), prominent=True)
        self.previous_button = _button(previous, ui_transport.tr("Previous pose"))
        self.next_button = _button(next_, ui_transport.tr("Next pose"))
        self.stop_button = _button(stop, ui_transport.tr("Stop"))
        self.voice_button = _button(voice, ui_transport.tr("Voice"))
        self.voice_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.elapsed = QLabel("0:00")
        self.elapsed.setObjectName("elapsed")
        self.elapsed.setAccessibleName(ui_transport.tr("Elapsed time"))
        self.remaining = QLabel()
        self.remaining.setObjectName("remaining")
        self.remaining.setAccessibleName(ui_transport.tr("Time remaining"))
        self.remaining.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._buttons = QWidget()
        row = QHBoxLayout(self._buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addStretch(1)
        row.addWidget(self.previous_button)
        row.addWidget(self.play_button)
        row.addWidget(self.next_button)
        row.addWidget(self.stop_button)
        row.addStretch(1)

        bottom = QHBoxLayout()
        bottom.setSpacing(12)
        bottom.addWidget(self.elapsed)
        bottom.addWidget(self._buttons, 1)
        bottom.addWidget(self.voice_button)
        bottom.addWidget(self.remaining)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 8, 18, 10)
        layout.setSpacing(8)
        layout.addWidget(self.progress)
        layout.addLayout(bottom)
        self.set_scale(1.0, mat=False)

    def set_times(self, elapsed: float, total: float) -> None:
        """Elapsed and remaining time, in whole seconds that always add up to the total: each
        rounded on its own, they were a second short half the time."""
        # Called every frame; the labels change once a second.
        seconds = (round(elapsed), round(total))
        if seconds == self._seconds:
            return
        self._seconds = seconds
        shown, whole = seconds
        self._set(self.elapsed, wording.clock(shown))
        self._set(self.remaining, f"\N{MINUS SIGN}{wording.clock(max(0, whole - shown))}")

    @staticmethod
    def until_change(elapsed: float) -> float:
        """Session seconds until the times show another second (as `round` turns)."""
        return math.floor(elapsed + 0.5) + 0.5 - elapsed

    def set_scale(self, scale: float, mat: bool) -> None:
        size = (30 if mat else 17) * scale
        for label in (self.elapsed, self.remaining):
            font = style.sized(self.font(), size, QFont.Weight.DemiBold)
            label.setFont(font)
            # A fixed size that fits the longest time: a new second then repaints the label
            # alone instead of asking the window for a new layout.
            metrics = QFontMetrics(font)
            widest = metrics.horizontalAdvance("\N{MINUS SIGN}8:88:88") + 8
            label.setFixedSize(max(110, widest), metrics.height() + 4)
        self.progress.setFont(style.sized(self.font(), (20 if mat else 13) * scale))
        self.progress.updateGeometry()

    def set_mat_mode(self, on: bool) -> None:
        """Mat mode keeps the progress and the times and drops the buttons: the keys do it."""
        self._buttons.setVisible(not on)
        self.voice_button.setVisible(not on)

    @staticmethod
    def _set(label: QLabel, text: str) -> None:
        if label.text() != text:
            label.setText(text)
