"""The routine picker above the pose list: choose, save, rename and delete named routines."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QMenu,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from stretchplayer.core.i18n import QT_TRANSLATE_NOOP, Context

ui_routines = Context("ui_routines")


class AskName(Protocol):
    """A seam for tests: no real modal dialog. The name, None if cancelled. `taken` are
    other routines' names: `replace` says the name may be one of them (saving over it)."""

    def __call__(
        self,
        parent: QWidget,
        title: str,
        label: str,
        text: str,
        *,
        taken: Sequence[str],
        replace: bool,
    ) -> str | None: ...


# (parent, question) -> yes?
Confirm = Callable[[QWidget, str], bool]

CUSTOM = QT_TRANSLATE_NOOP("ui_routines", "Your own choice")


def confirm(parent: QWidget, question: str) -> bool:
    from stretchplayer.ui import name_dialog  # loaded when first asked for

    return name_dialog.confirm(parent, ui_routines.tr("Delete routine"), question)


class _RoutineCombo(QComboBox):
    """A combo box that ends a name too long for it with "…"; Qt's own cuts it mid-letter.
    The full name is in the list it opens and in its tooltip."""

    def shown_text(self, option: QStyleOptionComboBox | None = None) -> str:
        """What the closed box shows: the name, or the placeholder, elided to its field."""
        if option is None:
            option = QStyleOptionComboBox()
            self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        text = self.currentText() if self.currentIndex() >= 0 else self.placeholderText()
        return self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, field.width())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        if self.currentIndex() < 0:  # as Qt draws its placeholder
            option.palette.setBrush(QPalette.ColorRole.ButtonText, option.palette.placeholderText())
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text(option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class RoutineBar(QWidget):
    """A menu of routines (the built-in one first) and, under it, buttons to keep the ticked
    poses as one.

    Signals:
        chosen(name): the person picked this routine.
        saveRequested(name): keep the ticked poses, in order, under this name.
        renameRequested(old, new), deleteRequested(name): as asked (and confirmed).
    """

    chosen = Signal(str)
    saveRequested = Signal(str)
    renameRequested = Signal(str, str)
    deleteRequested = Signal(str)

    def __init__(
        self,
        ask: AskName | None = None,
        sure: Confirm = confirm,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ask = ask or self._ask_in_dialog
        self.sure = sure
        # The names of saved routines that could not be read (the app reads the file when a
        # dialog opens): not in the list, but taken, as a save or a rename would write over them.
        self.unreadable: Callable[[], Sequence[str]] = list
        self._builtin = ""
        self.combo = _RoutineCombo()
        self.combo.setAccessibleName(ui_routines.tr("Routine"))
        self.combo.setToolTip(
            ui_routines.tr("Your saved routines: pick one to tick its poses in its order")
        )
        self.combo.setPlaceholderText(ui_routines.tr(CUSTOM))
        # As wide as the sidebar makes it, whatever the names: an 80-letter one must not
        # widen the sidebar (it is shown with "…" instead).
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(12)
        # Tab reaches it (Up and Down then pick a routine), a click does not keep focus
        # here. Space stays start/pause either way: the window's shortcut takes it first.
        self.combo.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.combo.activated.connect(self._activated)
        # Actions, not only buttons: the window gives them keys and a place in its menus.
        self.save_action = QAction(ui_routines.tr("Save as…"), self)
        self.save_action.setIconText(self.save_action.text())  # a button would drop the "…"
        self.save_action.setToolTip(
            ui_routines.tr("Keep the ticked poses, in this order, as a named routine")
        )
        self.save_action.triggered.connect(self.ask_save)
        self.save_button = QToolButton()
        self.save_button.setDefaultAction(self.save_action)
        self.save_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.more = QToolButton()
        # Our own arrow, a space after the word, and the menu opened on a click: with
        # setMenu the style drew its indicator in the corner, against the last letter.
        self.more.setText(ui_routines.tr("More") + " \N{BLACK DOWN-POINTING SMALL TRIANGLE}")
        self.more.setAccessibleName(ui_routines.tr("More routine actions"))
        self.more_menu = menu = QMenu(self.more)
        self.rename_action = menu.addAction(ui_routines.tr("Rename…"), self.ask_rename)
        self.delete_action = menu.addAction(ui_routines.tr("Delete…"), self.ask_delete)
        self.more.clicked.connect(self._open_more)
        for button in (self.save_button, self.more):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        # The picker has the sidebar's width to itself: beside the buttons, a routine's name
        # ("Deine eigene Auswahl") was cut short at the sidebar's usual width.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.more)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def set_routines(self, names: Sequence[str], current: str | None, builtin: str) -> None:
        """Offer these routines (the built-in one first), showing `current` (None: own choice).

        No signal."""
        self._builtin = builtin
        self.combo.blockSignals(True)
        try:
            self.combo.clear()
            self.combo.addItems(list(names))
            self.combo.setCurrentIndex(names.index(current) if current in names else -1)
        finally:
            self.combo.blockSignals(False)
        own = self.current() in (None, builtin)
        self.rename_action.setEnabled(not own)
        self.delete_action.setEnabled(not own)
        self.more.setEnabled(not own)

    def routine_actions(self) -> list[QAction]:
        """Save as…, Rename… and Delete…, in that order."""
        return [self.save_action, self.rename_action, self.delete_action]

    def current(self) -> str | None:
        return self.combo.currentText() if self.combo.currentIndex() >= 0 else None

    def names(self) -> list[str]:
        return [self.combo.itemText(i) for i in range(self.combo.count())]

    def _open_more(self) -> None:
        menu = self.more_menu
        if self.more.hasFocus():
            # Tab reached the button (a click leaves focus where it was): the keyboard goes
            # on into the menu, its first entry ready for Return.
            first = next((a for a in menu.actions() if a.isEnabled()), None)
            if first is not None:
                QTimer.singleShot(0, lambda: menu.setActiveAction(first))
        menu.exec(self.more.mapToGlobal(self.more.rect().bottomLeft()))

    def _ask_in_dialog(
        self,
        parent: QWidget,
        title: str,
        label: str,
        text: str,
        *,
        taken: Sequence[str],
        replace: bool,
    ) -> str | None:
        # The dialogs are loaded when first asked for, not before the window's first paint.
        from stretchplayer.ui import name_dialog

        return name_dialog.ask_name(
            parent, title, label, text, refused=self._builtin, taken=taken, replace=replace
        )

    def _saved(self) -> list[str]:
        listed = [name for name in self.names() if name != self._builtin]
        return [*listed, *(n for n in self.unreadable() if n not in listed)]

    # -- intents --------------------------------------------------------------------------------

    def ask_save(self) -> None:
        current = self.current()
        suggested = "" if current in (None, self._builtin) else current or ""
        name = self.ask(
            self.window(),
            ui_routines.tr("Save routine"),
            ui_routines.tr("Keep the ticked poses, in this order, as:"),
            suggested,
            taken=self._saved(),
            replace=True,  # saving over a routine replaces it, and the dialog says so
        )
        if name is not None:
            self.saveRequested.emit(name.strip())

    def ask_rename(self) -> None:
        old = self.current()
        if old is None or old == self._builtin:
            return
        new = self.ask(
            self.window(),
            ui_routines.tr("Rename routine"),
            ui_routines.tr('New name for "%s":') % old,
            old,
            taken=[n for n in self._saved() if n != old],
            replace=False,  # a rename cannot take another routine's name
        )
        if new is not None and new.strip() != old:
            self.renameRequested.emit(old, new.strip())

    def ask_delete(self) -> None:
        name = self.current()
        if name is None or name == self._builtin:
            return
        question = ui_routines.tr('Delete the routine "%s"? Your history keeps it.') % name
        if self.sure(self.window(), question):
            self.deleteRequested.emit(name)

    def _activated(self, index: int) -> None:
        if index >= 0:
            self.chosen.emit(self.combo.itemText(index))
