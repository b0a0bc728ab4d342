"""The Preferences dialog: it edits a Settings and hands it back; it saves nothing itself."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from stretchplayer.core import fields, i18n
from stretchplayer.core.fields import Field
from stretchplayer.core.i18n import Context
from stretchplayer.storage.settings import DEFAULTS, Settings
from stretchplayer.ui import screen_fit, style
from stretchplayer.ui.marked_dialog import MarkedDialog
from stretchplayer.voice.tts import Voice

ui_prefs = Context("ui_prefs")

Preview = Callable[[Settings], None]


def _seconds(field: Field[float]) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(*field.limits)
    box.setSingleStep(field.step)
    box.setDecimals(1)
    box.setSuffix(f" {field.shown_symbol}")
    box.setAccelerated(True)
    return box


def _whole(field: Field[int]) -> QSpinBox:
    box = QSpinBox()
    low, high = field.limits
    box.setRange(int(low), int(high))
    box.setSingleStep(int(field.step))
    box.setSuffix(f" {field.shown_symbol}")
    return box


def _counting(box: QSpinBox, words: Callable[[int], str]) -> None:
    """A suffix that agrees with the number ("1 breath", "3 breaths"), which a fixed one
    cannot: "1 breaths", "1 Atemzüge"."""

    def agree(n: int) -> None:
        box.setSuffix(f" {words(n)}")

    box.valueChanged.connect(agree)
    agree(box.value())


def _percent(field: Field[float]) -> QSlider:
    # A fraction in the file, a percentage on screen: people think of volume in percent.
    slider = QSlider(Qt.Orientation.Horizontal)
    low, high = field.limits
    slider.setRange(round(low * 100), round(high * 100))
    return slider


def _menu(field: Field[Any]) -> QComboBox:
    combo = QComboBox()
    for value, label in field.shown_choices():
        combo.addItem(label, value)
    return combo


# Pixels at least between a label and its field.
LABEL_GAP = 14


def _form(box: QGroupBox) -> QFormLayout:
    form = QFormLayout(box)
    # A field goes under its label when the two do not fit side by side (French labels are
    # long), so the dialog fits a 1024-wide screen.
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    # The style's few pixels left a long label ("Ein neuer Tag beginnt um") touching its field.
    form.setHorizontalSpacing(max(form.horizontalSpacing(), LABEL_GAP))
    return form


def _select(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


def speakers_first(voices: Sequence[Voice], language: str) -> tuple[list[Voice], list[Voice]]:
    """The voices that speak `language` (any of its regions: "en-GB" for "en"), which the
    person most likely wants, and then every other, each in the order given."""

    def speaks(voice: Voice) -> bool:
        return voice.language.replace("_", "-").split("-")[0].lower() == language.lower()

    return [v for v in voices if speaks(v)], [v for v in voices if not speaks(v)]


def _voice_label(voice: Voice) -> str:
    name = " ".join(voice.name.split())  # espeak-ng has "Cherokee " among them
    return f"{name} ({voice.language})" if voice.language else name


class PreferencesDialog(MarkedDialog):
    """Pacing and voice settings. `settings()` is the edited copy; the caller decides to keep it.

    `preview`, when given, is called with the settings as currently edited so the person
    can hear the chosen voice, rate and volume before saving them.
    """

    def __init__(
        self,
        settings: Settings,
        voices: Sequence[Voice] = (),
        preview: Preview | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(ui_prefs.tr("Preferences — StretchPlayer"))
        self._original = settings
        self._preview = preview

        self.breath_in = _seconds(fields.BREATH_IN)
        self.breath_out = _seconds(fields.BREATH_OUT)
        self.countdown = _seconds(fields.COUNTDOWN)
        self.rest = _seconds(fields.REST)
        self.first_side = _menu(fields.FIRST_SIDE)
        pacing = QGroupBox(ui_prefs.tr("Pacing"))
        pacing_form = _form(pacing)
        pacing_form.addRow(fields.BREATH_IN.shown_label, self.breath_in)
        pacing_form.addRow(fields.BREATH_OUT.shown_label, self.breath_out)
        pacing_form.addRow(fields.COUNTDOWN.shown_label, self.countdown)
        pacing_form.addRow(fields.REST.shown_label, self.rest)
        pacing_form.addRow(fields.FIRST_SIDE.shown_label, self.first_side)
        self.reduce_motion = QCheckBox(fields.REDUCE_MOTION.shown_label)
        pacing_form.addRow(self.reduce_motion)

        self.voice_enabled = QCheckBox(fields.VOICE_ENABLED.shown_label)
        self.voice = QComboBox()
        self.voice.addItem(ui_prefs.tr("Default voice for the language"), "")
        speaking, others = speakers_first(voices, i18n.language())
        for voice in speaking:
            self.voice.addItem(_voice_label(voice), voice.id)
        if speaking and others:
            self.voice.insertSeparator(self.voice.count())
        for voice in others:
            self.voice.addItem(_voice_label(voice), voice.id)
        if not voices:
            self.voice.setToolTip(ui_prefs.tr("No voices were found on this computer."))
        self.rate = _whole(fields.VOICE_RATE)
        self.volume = _percent(fields.VOICE_VOLUME)
        self.volume_label = QLabel()
        self.volume_label.setMinimumWidth(44)
        self.volume.valueChanged.connect(lambda v: self.volume_label.setText(f"{v}%"))
        volume_row = QHBoxLayout()
        volume_row.addWidget(self.volume, 1)
        volume_row.addWidget(self.volume_label)
        self.preview_button = QPushButton(ui_prefs.tr("&Preview"))
        self.preview_button.setEnabled(preview is not None)
        self.preview_button.clicked.connect(self._play_preview)
        self.verbosity = _menu(fields.VERBOSITY)
        self.spoken_breaths = _whole(fields.SPOKEN_BREATHS)
        _counting(self.spoken_breaths, lambda n: ui_prefs.tr("breath(s)", "", n))
        # Qt shows this at the minimum, 0: "the first 0 breaths" read oddly.
        self.spoken_breaths.setSpecialValueText(ui_prefs.tr("no breaths (chimes only)"))
        self.chimes = QCheckBox(fields.CHIMES.shown_label)

        voice_box = QGroupBox(ui_prefs.tr("Voice"))
        voice_form = _form(voice_box)
        voice_form.addRow(self.voice_enabled)
        voice_form.addRow(fields.VOICE_ID.shown_label, self.voice)
        voice_form.addRow(fields.VOICE_RATE.shown_label, self.rate)
        volume_label = QLabel(
            fields.VOICE_VOLUME.shown_label
        )  # a row of widgets has no buddy of its own
        volume_label.setBuddy(self.volume)
        voice_form.addRow(volume_label, volume_row)
        voice_form.addRow("", self.preview_button)
        voice_form.addRow(fields.VERBOSITY.shown_label, self.verbosity)
        voice_form.addRow(fields.SPOKEN_BREATHS.shown_label, self.spoken_breaths)
        voice_form.addRow(self.chimes)
        self._voice_widgets: list[QWidget] = [
            self.voice,
            self.rate,
            self.volume,
            self.preview_button,
            self.verbosity,
            self.spoken_breaths,
        ]
        self.voice_enabled.toggled.connect(self._voice_switched)

        self.keep_awake = QCheckBox(fields.KEEP_AWAKE.shown_label)
        self.keep_awake.setToolTip(
            ui_prefs.tr("No screen saver and no blank screen in the middle of a session")
        )
        self.theme = _menu(fields.THEME)
        screen_box = QGroupBox(ui_prefs.tr("Screen"))
        screen_form = _form(screen_box)
        screen_form.addRow(fields.THEME.shown_label, self.theme)
        screen_form.addRow(self.keep_awake)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        style.without_icons(buttons.buttons())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        restore = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(self._restore_defaults)

        habit_box = QGroupBox(ui_prefs.tr("History"))
        habit_form = _form(habit_box)
        self.day_start = _whole(fields.DAY_START)
        self.day_start.setToolTip(
            ui_prefs.tr("A session before this hour counts for the day before")
        )
        self.show_streak = QCheckBox(fields.SHOW_STREAK.shown_label)
        habit_form.addRow(fields.DAY_START.shown_label, self.day_start)
        habit_form.addRow(self.show_streak)

        language_box = QGroupBox(ui_prefs.tr("Language"))
        language_form = _form(language_box)
        self.language = _menu(fields.LANGUAGE)
        language_form.addRow(fields.LANGUAGE.shown_label, self.language)
        # The words are read once, at start: the window says so rather than switch halfway.
        self.language_note = QLabel(
            ui_prefs.tr("A new language takes effect the next time StretchPlayer starts.")
        )
        self.language_note.setWordWrap(True)
        self.language_note.setEnabled(False)  # drawn dimmed: small print
        language_form.addRow(self.language_note)

        # Two columns: one column was 760 px tall, and OK fell off a 1366×768 screen.
        left = QVBoxLayout()
        for box in (language_box, pacing, screen_box, habit_box):
            left.addWidget(box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(voice_box)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(buttons)
        self._load(settings)
        self._touched: set[str] = set()
        for name, signal in self._changes().items():
            signal.connect(lambda *_, name=name: self._touched.add(name))
        screen_fit.fit(self, self.sizeHint())

    @classmethod
    def edit(
        cls,
        settings: Settings,
        voices: Sequence[Voice] = (),
        preview: Preview | None = None,
        parent: QWidget | None = None,
    ) -> tuple[Settings, frozenset[str]] | None:
        """Show the dialog; if the person pressed OK, the edited settings and the names of
        those they set (see `touched`), else None."""
        dialog = cls(settings, voices, preview, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.settings(), dialog.touched()
        finally:
            dialog.deleteLater()

    def touched(self) -> frozenset[str]:
        """The settings the person set here, even back to the value they had: set to its
        default, a setting whose value in the file could not be used replaces that value."""
        return frozenset(self._touched)

    def _changes(self) -> dict[str, SignalInstance]:
        """Each setting shown here, and the signal its control sends when it is changed."""
        return {
            "breath_in": self.breath_in.valueChanged,
            "breath_out": self.breath_out.valueChanged,
            "countdown": self.countdown.valueChanged,
            "rest": self.rest.valueChanged,
            "first_side": self.first_side.currentIndexChanged,
            "voice_enabled": self.voice_enabled.toggled,
            "voice_id": self.voice.currentIndexChanged,
            "voice_rate": self.rate.valueChanged,
            "voice_volume": self.volume.valueChanged,
            "verbosity": self.verbosity.currentIndexChanged,
            "spoken_breaths": self.spoken_breaths.valueChanged,
            "chimes": self.chimes.toggled,
            "keep_awake": self.keep_awake.toggled,
            "day_start": self.day_start.valueChanged,
            "show_streak": self.show_streak.toggled,
            "reduce_motion": self.reduce_motion.toggled,
            "language": self.language.currentIndexChanged,
            "theme": self.theme.currentIndexChanged,
        }

    def _restore_defaults(self) -> None:
        self._load(DEFAULTS)
        self._touched.update(self._changes())  # every one set, those already at the default too

    def settings(self) -> Settings:
        """The settings as edited (everything the dialog does not show is kept as it was)."""
        return dataclasses.replace(
            self._original,
            breath_in=self.breath_in.value(),
            breath_out=self.breath_out.value(),
            countdown=self.countdown.value(),
            rest=self.rest.value(),
            first_side=fields.FIRST_SIDE.choice(self.first_side.currentData()),
            voice_enabled=self.voice_enabled.isChecked(),
            voice_id=str(self.voice.currentData()),
            voice_rate=self.rate.value(),
            voice_volume=self.volume.value() / 100,
            verbosity=fields.VERBOSITY.choice(self.verbosity.currentData()),
            spoken_breaths=self.spoken_breaths.value(),
            chimes=self.chimes.isChecked(),
            keep_awake=self.keep_awake.isChecked(),
            day_start=self.day_start.value(),
            show_streak=self.show_streak.isChecked(),
            reduce_motion=self.reduce_motion.isChecked(),
            language=str(self.language.currentData()),
            theme=fields.THEME.choice(self.theme.currentData()),
        )

    def _load(self, settings: Settings) -> None:
        self.breath_in.setValue(settings.breath_in)
        self.breath_out.setValue(settings.breath_out)
        self.countdown.setValue(settings.countdown)
        self.rest.setValue(settings.rest)
        _select(self.first_side, settings.first_side)
        self.voice_enabled.setChecked(settings.voice_enabled)
        if self.voice.findData(settings.voice_id) < 0:
            # A voice saved on another machine: keep it selectable rather than lose it.
            self.voice.addItem(ui_prefs.tr("%s (not found)") % settings.voice_id, settings.voice_id)
        _select(self.voice, settings.voice_id)
        self.rate.setValue(settings.voice_rate)
        self.volume.setValue(round(settings.voice_volume * 100))
        self.volume_label.setText(f"{self.volume.value()}%")
        _select(self.verbosity, settings.verbosity)
        self.spoken_breaths.setValue(settings.spoken_breaths)
        self.chimes.setChecked(settings.chimes)
        self.keep_awake.setChecked(settings.keep_awake)
        self.day_start.setValue(settings.day_start)
        self.show_streak.setChecked(settings.show_streak)
        self.reduce_motion.setChecked(settings.reduce_motion)
        _select(self.language, settings.language)
        _select(self.theme, settings.theme)
        self._voice_switched(settings.voice_enabled)

    def _voice_switched(self, on: bool) -> None:
        for widget in self._voice_widgets:
            widget.setEnabled(
                on and (widget is not self.preview_button or self._preview is not None)
            )

    def _play_preview(self) -> None:
        if self._preview is not None:
            self._preview(self.settings())
