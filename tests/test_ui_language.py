"""The window in the language in use: its words, the poses, Qt's own buttons; Preferences."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from stretchplayer.app import StretchApp
from stretchplayer.core import i18n
from stretchplayer.core.library import load_library
from stretchplayer.storage.history import Session
from stretchplayer.storage.settings import Settings
from stretchplayer.ui import translator
from stretchplayer.ui.history_dialog import HistoryDialog
from stretchplayer.ui.preferences import PreferencesDialog
from tests.fakes import FakeClock

# English words that must not be left over in a German window ("Start" is German too).
ENGLISH = re.compile(
    r"\b(Stop|Voice|Pose|Poses|Tick|Select|Why|Your|Next|Previous|Press|Space|"
    r"right|left|breaths|routine)\b"
)


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    i18n.set_language("de")
    translator.install(qapp)
    yield
    i18n.set_language(i18n.SOURCE)
    translator.install(qapp)


def _texts(widget: object) -> list[str]:
    texts = [label.text() for label in widget.findChildren(QLabel)]  # type: ignore[attr-defined]
    texts += [b.text() for b in widget.findChildren(QAbstractButton)]  # type: ignore[attr-defined]
    return [t for t in texts if t]


def test_a_german_desktop_gets_a_german_window(qtbot: QtBot, german: None) -> None:
    stretch = StretchApp(load_library(), Settings(voice_enabled=False), [], clock=FakeClock())
    qtbot.addWidget(stretch.window)
    window = stretch.window
    texts = _texts(window)
    assert "Warum die Oberschenkelrückseite dehnen?" in texts
    assert "Deine Routine" in texts
    assert window.pose_list.view.item(0).text() == "Wadendehnung"
    assert [a.text() for a in window.menuBar().actions()] == [
        "&Datei",
        "&Einheit",
        "&Ansicht",
        "&Hilfe",
    ]
    leftover = [t for t in texts if ENGLISH.search(t.replace("StretchPlayer", ""))]
    assert leftover == []


def test_preferences_choose_the_language_and_say_when_it_applies(
    qtbot: QtBot, german: None
) -> None:
    dialog = PreferencesDialog(Settings(language="fr"))
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "fr"
    menu = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert menu == ["Wie der Desktop eingestellt ist", "Deutsch", "English", "Español", "Français"]
    assert "nächsten Start" in dialog.language_note.text()
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    assert dialog.settings().language == "es"
    # Qt's own buttons come from Qt's German catalogue.
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "&Abbrechen" or cancel.text() == "Abbrechen"


def test_the_history_says_where_a_session_was_played_in_the_language(
    qtbot: QtBot, german: None
) -> None:
    played = Session(datetime(2026, 3, 14, 8), 300, ["calf-stretch"], True, "Morgen", "text")
    dialog = HistoryDialog(1, [played], "", today=date(2026, 3, 14))
    qtbot.addWidget(dialog)
    what = dialog.table.item(0, 2)
    assert what is not None and what.text() == "1 Übung · Morgen · im Terminal"


@pytest.mark.parametrize(
    ("language", "none", "one", "three"),
    [
        ("en", "no breaths (chimes only)", "1 breath", "3 breaths"),
        ("de", "keine Atemzüge (nur Klänge)", "1 Atemzug", "3 Atemzüge"),
    ],
)
def test_the_breath_count_agrees_with_its_number(
    qtbot: QtBot, qapp: QApplication, language: str, none: str, one: str, three: str
) -> None:
    i18n.set_language(language)
    translator.install(qapp)
    try:
        dialog = PreferencesDialog(Settings(spoken_breaths=1))
        qtbot.addWidget(dialog)
        assert dialog.spoken_breaths.text() == one
        dialog.spoken_breaths.setValue(3)
        assert dialog.spoken_breaths.text() == three
        dialog.spoken_breaths.setValue(0)
        assert dialog.spoken_breaths.text() == none
    finally:
        i18n.set_language(i18n.SOURCE)
        translator.install(qapp)
