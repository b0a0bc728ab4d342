"""About / Why: why tight hamstrings hurt the back, how often to stretch, and how safely."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from stretchplayer import __version__
from stretchplayer.core.i18n import Context
from stretchplayer.core.model import About
from stretchplayer.ui import screen_fit, style
from stretchplayer.ui.marked_dialog import MarkedDialog

ui_about = Context("ui_about")


class AboutDialog(MarkedDialog):
    """The library's About text: its title, its paragraphs, its advice and its safety notes."""

    def __init__(self, about: About, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(ui_about.tr("Why stretch? — StretchPlayer"))
        screen_fit.fit(self, QSize(640, 620), QSize(520, 460))

        title = QLabel(about.title)
        title.setObjectName("aboutTitle")
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        title.setFont(style.sized(self.font(), 24, QFont.Weight.Bold))

        body = QLabel("".join(f"<p>{html.escape(p)}</p>" for p in about.paragraphs))
        body.setObjectName("aboutBody")
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.RichText)
        body.setFont(style.sized(self.font(), 15))

        self.advice = QLabel(about.advice)
        self.advice.setObjectName("advice")
        self.advice.setTextFormat(Qt.TextFormat.PlainText)
        self.advice.setWordWrap(True)
        self.advice.setFont(style.sized(self.font(), 17, QFont.Weight.DemiBold))
        accent = style.accent(self.palette())
        self.advice.setStyleSheet(
            f"QLabel#advice {{ border-left: 4px solid {accent.name()}; padding: 8px 12px;"
            f" background: {style.faded(accent, 0.12).name(QColor.NameFormat.HexArgb)}; }}"
        )

        safety_title = QLabel(ui_about.tr("Safely"))
        safety_title.setFont(style.sized(self.font(), 17, QFont.Weight.DemiBold))
        safety = QLabel(
            "<ul style='margin-left: -20px'>"
            + "".join(f"<li>{html.escape(s)}</li>" for s in about.safety)
            + "</ul>"
        )
        safety.setObjectName("safety")
        safety.setWordWrap(True)
        safety.setTextFormat(Qt.TextFormat.RichText)
        safety.setFont(style.sized(self.font(), 15))

        version = QLabel(f"StretchPlayer {__version__}")
        version.setEnabled(False)  # drawn in the dimmed text colour: small print

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(24, 20, 24, 12)
        column.setSpacing(12)
        for widget in (title, body, self.advice, safety_title, safety, version):
            column.addWidget(widget)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # The text is what the dialog is for: it opens with the focus, so PageDown, Space and
        # the arrows read on at once, and Tab reaches it (Tab reached only Close; on a small
        # screen the safety advice lay below the fold, out of the keyboard's reach).
        scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.reading = scroll

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        style.without_icons(buttons.buttons())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 12, 12)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        scroll.setFocus(Qt.FocusReason.OtherFocusReason)

    def text(self) -> str:
        """Every word the dialog shows, as plain text (for tests and screen readers)."""
        return "\n".join(label.text() for label in self.findChildren(QLabel))
