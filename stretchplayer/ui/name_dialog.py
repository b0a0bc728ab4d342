"""Asking for a routine's name, and asking before deleting one.

Both show the person's own words as typed: a name like "Evening & more" or "<b>x</b>" is text,
not markup. The name field refuses in place what a routine cannot be called, so the typing
is never lost to a dialog that closed on it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
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
from stretchplayer.ui import style
from stretchplayer.ui.marked_dialog import MarkedDialog

ui_name = Context("ui_name")

# The length counter shows from this many characters short of the limit: early enough to
# see the end coming, late enough not to sit under every name.
COUNTER_FROM = NAME_LIMIT - 10


class NameDialog(MarkedDialog):
    """One line for a name; OK only for a name that can be kept. `refused` names the built-in
    routine's name (any case), which a saved one cannot take. A name in `taken` is another
    routine's: with `replace` OK becomes Replace and says so, without it OK waits."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        label: str,
        text: str,
        refused: str = "",
        *,
        taken: Sequence[str] = (),
        replace: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._refused = refused.casefold()
        self._taken = set(taken)
        self._replace = replace
        question = QLabel(label)
        question.setTextFormat(Qt.TextFormat.PlainText)
        question.setWordWrap(True)
        self.field = QLineEdit(text)
        self.field.setMaxLength(NAME_LIMIT)
        # No buddy for the label: with one, Qt reads an "&" in the routine's name as a
        # shortcut marker and drops it.
        self.hint = QLabel()
        self.hint.setObjectName("nameHint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        # Room for two lines from the start: the dialog does not grow as a notice appears,
        # and a notice that wraps must not be cut.
        self.hint.setMinimumHeight(self.hint.fontMetrics().lineSpacing() * 2 + 2)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        style.without_icons(self.buttons.buttons())
        self._ok_text = self.buttons.button(QDialogButtonBox.StandardButton.Ok).text()
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
        # Wide enough for the title bar's "Rename routine — StretchPlayer", and tall enough
        # for the question however it wraps.
        width = self.fontMetrics().averageCharWidth() * 60
        self.setMinimumWidth(width)
        self.resize(width, max(self.sizeHint().height(), layout.heightForWidth(width)))

    def name(self) -> str:
        return self.field.text().strip()

    def _check(self, text: str) -> None:
        name = text.strip()
        built_in = bool(self._refused) and name.casefold() == self._refused
        taken = name in self._taken
        if not name:
            problem = ui_name.tr("Type a name for the routine.")
        elif built_in:
            problem = ui_name.tr('"%s" is built in; choose another name.') % name
        elif taken and self._replace:
            problem = ui_name.tr('This replaces your routine "%s".') % name
        elif taken:
            problem = ui_name.tr('"%s" is another routine\'s name; choose another.') % name
        elif len(text) >= COUNTER_FROM:
            problem = ui_name.tr("%s of at most %s characters") % (len(text), NAME_LIMIT)
        else:
            problem = ""
        # Only a name that cannot be used is an error, in the error colour; an empty field is
        # a prompt (the dialog opens so, with nothing done wrong yet). The replace notice is
        # plain text; the length counter is secondary text: at the limit the field takes no
        # more and OK keeps the name, so nothing there is wrong.
        ok = bool(name) and not built_in and (self._replace or not taken)
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        button.setEnabled(ok)
        button.setText(ui_name.tr("Replace") if taken and self._replace else self._ok_text)
        palette = self.palette()
        if not ok and name:
            color = style.error(palette)
        elif taken:
            color = palette.color(QPalette.ColorRole.WindowText)
        else:
            color = style.dim_text(palette)
        hint_palette = self.hint.palette()
        hint_palette.setColor(QPalette.ColorRole.WindowText, color)
        self.hint.setPalette(hint_palette)
        self.hint.setText(problem)
        self.hint.setVisible(bool(problem))


def ask_name(
    parent: QWidget,
    title: str,
    label: str,
    text: str,
    refused: str = "",
    *,
    taken: Sequence[str] = (),
    replace: bool = False,
) -> str | None:
    dialog = NameDialog(parent, title, label, text, refused, taken=taken, replace=replace)
    return dialog.name() if dialog.exec() == QDialog.DialogCode.Accepted else None


def question_box(parent: QWidget | None, title: str, question: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    # No is the default: Delete has a key now, and a Return meant for the list must not delete.
    box.setDefaultButton(QMessageBox.StandardButton.No)
    style.without_icons(box.buttons())
    return box


def confirm(parent: QWidget, title: str, question: str) -> bool:
    return question_box(parent, title, question).exec() == QMessageBox.StandardButton.Yes
