"""Soft chimes for breaths and transitions: small WAVs in assets/chimes/, played by QSoundEffect.

QSoundEffect keeps each sound decoded and ready, so a chime starts on
time without the latency of a media pipeline. The files are made by scripts/make_chimes.py.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, QUrl
from PySide6.QtMultimedia import QSoundEffect

from stretchplayer.voice.player import audio_output_available
from stretchplayer.voice.sounds import CHIMES, Chime, chime_path


class Chimes(Protocol):
    def play(self, name: Chime) -> None: ...
    def stop(self) -> None: ...
    def set_volume(self, volume: float) -> None: ...


class ChimePlayer(QObject):
    def __init__(self, parent: QObject | None = None, volume: float = 0.9) -> None:
        super().__init__(parent)
        self._effects: dict[Chime, QSoundEffect] = {}
        # Without an audio device Qt complains about every effect, and the person has been
        # told once already: then there are none, and play() does nothing.
        if audio_output_available():
            for name in CHIMES:
                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(chime_path(name))))  # loads now
                self._effects[name] = effect
        self.set_volume(volume)

    def play(self, name: Chime) -> None:
        effect = self._effects.get(name)
        if effect is not None:
            effect.play()

    def stop(self) -> None:
        for effect in self._effects.values():
            effect.stop()

    def set_volume(self, volume: float) -> None:
        for effect in self._effects.values():
            effect.setVolume(min(1.0, max(0.0, volume)))
