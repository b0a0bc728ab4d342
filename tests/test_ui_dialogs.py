"""The About panel and the Preferences dialog."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from stretchplayer.core import i18n
from stretchplayer.core.model import Library
from stretchplayer.storage.settings import DEFAULTS, Settings
from stretchplayer.ui.about_dialog import AboutDialog
from stretchplayer.ui.preferences import PreferencesDialog
from stretchplayer.voice.tts import Voice

VOICES = [Voice("en-gb", "English (Great Britain)", "en-GB"), Voice("fr", "French", "fr")]


def test_about_has_the_why_the_advice_and_the_safety_notes(qtbot: QtBot, library: Library) -> None:
    about = library.about
    dialog = AboutDialog(about)
    qtbot.addWidget(dialog)
    text = dialog.text()
    assert about.title in text
    assert "posterior tilt" in text
    assert "once a day" in dialog.advice.text()
    for note in about.safety:
        assert note.split(";")[0].replace("'", "&#x27;") in text or note.split(";")[0] in text


def test_about_reads_on_from_the_keyboard_on_a_small_screen(qtbot: QtBot, library: Library) -> None:
    dialog = AboutDialog(library.about)
    qtbot.addWidget(dialog)
    dialog.resize(640, 360)  # the safety notes below the fold
    with qtbot.waitExposed(dialog):
        dialog.show()
    bar = dialog.reading.verticalScrollBar()
    assert bar.maximum() > 0
    assert dialog.focusWidget() is dialog.reading  # the text, not Close, has the keys
    QTest.keyClick(dialog.reading, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    while bar.value() < bar.maximum():  # PageDown reaches the end, the safety notes
        before = bar.value()
        QTest.keyClick(dialog.reading, Qt.Key.Key_PageDown)
        assert bar.value() > before
    QTest.keyClick(dialog.reading, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is not dialog.reading  # and Tab leaves for Close


def test_preferences_start_from_the_given_settings(qtbot: QtBot) -> None:
    settings = Settings(breath_in=5.0, first_side="left", voice_id="fr", verbosity="key")
    dialog = PreferencesDialog(settings, VOICES)
    qtbot.addWidget(dialog)
    assert dialog.breath_in.value() == 5.0
    assert dialog.first_side.currentText() == "Left side first"
    assert dialog.voice.currentText() == "French (fr)"
    assert dialog.verbosity.currentText() == "Key moments only"
    assert dialog.settings() == settings


def test_preferences_return_what_was_edited_and_keep_the_rest(qtbot: QtBot) -> None:
    settings = Settings(selected_poses=["lizard-pose"], theme="dark")
    dialog = PreferencesDialog(settings, VOICES)
    qtbot.addWidget(dialog)
    dialog.breath_out.setValue(6.5)
    dialog.rest.setValue(20)
    dialog.voice.setCurrentIndex(dialog.voice.findData("en-gb"))
    dialog.volume.setValue(50)
    edited = dialog.settings()
    assert edited == dataclasses.replace(
        settings, breath_out=6.5, rest=20.0, voice_id="en-gb", voice_volume=0.5
    )


def test_voice_off_greys_out_the_voice_choices(qtbot: QtBot) -> None:
    dialog = PreferencesDialog(Settings(voice_enabled=True), VOICES, preview=lambda s: None)
    qtbot.addWidget(dialog)
    assert dialog.preview_button.isEnabled()
    dialog.voice_enabled.setChecked(False)
    assert not dialog.voice.isEnabled()
    assert not dialog.preview_button.isEnabled()
    assert dialog.settings().voice_enabled is False


def test_preview_hears_the_settings_as_edited(qtbot: QtBot) -> None:
    heard: list[Settings] = []
    dialog = PreferencesDialog(Settings(), VOICES, preview=heard.append)
    qtbot.addWidget(dialog)
    dialog.rate.setValue(120)
    QTest.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert [s.voice_rate for s in heard] == [120]


def test_restore_defaults(qtbot: QtBot) -> None:
    dialog = PreferencesDialog(Settings(breath_in=7.0, chimes=False), VOICES)
    qtbot.addWidget(dialog)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    restore = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
    QTest.mouseClick(restore, Qt.MouseButton.LeftButton)
    assert dialog.settings() == DEFAULTS


def test_preferences_know_which_settings_the_person_set(qtbot: QtBot) -> None:
    """Even one set back to its value: it may stand in for a value the file could not use."""
    dialog = PreferencesDialog(Settings(), VOICES)
    qtbot.addWidget(dialog)
    assert dialog.touched() == frozenset()
    dialog.breath_in.setValue(5.0)
    dialog.breath_in.setValue(Settings().breath_in)
    dialog.chimes.toggle()
    dialog.chimes.toggle()
    assert dialog.settings() == Settings()
    assert dialog.touched() == {"breath_in", "chimes"}
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    restore = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
    QTest.mouseClick(restore, Qt.MouseButton.LeftButton)
    assert {"rest", "theme", "language", "voice_volume"} <= dialog.touched()


def test_a_voice_from_another_machine_is_kept(qtbot: QtBot) -> None:
    dialog = PreferencesDialog(Settings(voice_id="mb-de1"), VOICES)
    qtbot.addWidget(dialog)
    assert dialog.settings().voice_id == "mb-de1"
    assert "not found" in dialog.voice.currentText()


def test_voice_names_are_listed_tidily(qtbot: QtBot) -> None:
    voices = [*VOICES, Voice("iro/chr", "Cherokee ", "chr"), Voice("x", "Two  spaces", "")]
    dialog = PreferencesDialog(Settings(), voices)
    qtbot.addWidget(dialog)
    listed = [dialog.voice.itemText(i) for i in range(dialog.voice.count())]
    assert listed == [
        "Default voice for the language",
        "English (Great Britain) (en-GB)",
        "",  # a separator: above it the voices for the language of the session
        "French (fr)",
        "Cherokee (chr)",
        "Two spaces",
    ]


def test_the_voices_for_the_session_language_come_first(qtbot: QtBot) -> None:
    """131 espeak-ng voices, sorted by code: German ones first in a German window."""
    voices = [
        Voice("en-us", "English (America)", "en-us"),
        Voice("de", "German", "de"),
        Voice("fr", "French", "fr"),
        Voice("de-ch", "German (Switzerland)", "de_CH"),
    ]
    i18n.set_language("de")
    dialog = PreferencesDialog(Settings(voice_id="fr"), voices)
    qtbot.addWidget(dialog)
    listed = [dialog.voice.itemData(i) for i in range(1, dialog.voice.count())]
    assert listed == ["de", "de-ch", None, "en-us", "fr"]
    assert dialog.voice.currentText() == "French (fr)"  # a saved choice is still the one shown
    assert dialog.settings().voice_id == "fr"


def test_tab_in_a_dialog_frames_what_it_reached(qtbot: QtBot) -> None:
    """The style's focus outline is faint, and the default button (OK) looks the same
    focused or not: the dialog frames what Tab reached, as the main window does."""
    dialog = PreferencesDialog(Settings())
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.activateWindow()
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    reached = []
    for _ in range(40):
        QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Tab)
        reached.append(dialog.focus_marked())
        assert reached[-1] is dialog.focusWidget()
    assert ok in reached
    QTest.mouseClick(dialog.keep_awake, Qt.MouseButton.LeftButton)  # the mouse: no frame
    assert dialog.focus_marked() is None
