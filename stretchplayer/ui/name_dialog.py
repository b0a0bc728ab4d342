"""Asking for a routine's name, and asking before deleting one.

Both show the person's own words as typed: a name like "Evening & more" or "<b>x</b>" is text,
not markup. The name field refuses in place what a routine cannot be called, so the typing
is never lost to a dialog that closed on it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from stretchplayer.core.i18n import Context
from stretchplayer.storage.routines import NAME_LIMIT

ui_name = Context("ui_name")


class NameDialog(QDialog):
    """One line for a name; OK only for a name that can be kept. `refused` names the built-in
    routine's name (any case), which a saved one cannot take."""

    def __init__(
        self, parent: QWidget | None, title: str, label: str, text: str, refused: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._refused = refused.casefold()
        question = QLabel(label)
        question.setTextFormat(Qt.TextFormat.PlainText)
        question.setWordWrap(True)
        self.field = QLineEdit(text)
        self.field.setMaxLength(NAME_LIMIT)
        question.setBuddy(self.field)
        self.hint = QLabel()
        self.hint.setObjectName("nameHint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.field)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.field.textChanged.connect(self._check)
        self.field.selectAll()
        self._check(text)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)

    def name(self) -> str:
        return self.field.text().strip()

    def _check(self, text: str) -> None:
        name = text.strip()
        if not name:
            problem = ui_name.tr("Type a name for the routine.")
        elif self._refused and name.casefold() == self._refused:
            problem = ui_name.tr('"%s" is built in; choose another name.') % name
        elif len(text) >= NAME_LIMIT:
            problem = ui_name.tr("A name has at most %s characters.") % NAME_LIMIT
        else:
            problem = ""
        # The length notice only informs (the field has stopped taking letters); the others
        # say why OK cannot be pressed.
        ok = bool(name) and not (self._refused and name.casefold() == self._refused)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self.hint.setText(problem)
        self.hint.setVisible(bool(problem))


def ask_name(parent: QWidget, title: str, label: str, text: str, refused: str = "") -> str | None:
    dialog = NameDialog(parent, title, label, text, refused)
    return dialog.name() if dialog.exec() == QDialog.DialogCode.Accepted else None


def question_box(parent: QWidget | None, title: str, question: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    # No is the default: Delete has a key now, and a Return meant for the list must not delete.
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box


def confirm(parent: QWidget, title: str, question: str) -> bool:
    return question_box(parent, title, question).exec() == QMessageBox.StandardButton.Yes
