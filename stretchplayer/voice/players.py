"""Playing sound with QtMultimedia: rendered speech clips, and the chimes.

Speech: one QMediaPlayer, so only one utterance is ever heard, and stop and pause are instant.
Chimes: small WAVs in assets/chimes/ (made by scripts/make_chimes.py), kept decoded by
QSoundEffect so a chime starts on time without the latency of a media pipeline.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QUrl
from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer, QSoundEffect

from stretchplayer.core.fields import VOICE_VOLUME
from stretchplayer.voice.chimes import CHIMES, Chime, chime_path

log = logging.getLogger(__name__)


class Player(Protocol):
    def play(self, path: Path) -> None:
        """Play this WAV now, cutting off whatever was playing."""
        ...

    def stop(self) -> None: ...
    def pause(self) -> None: ...
    def resume(self) -> None: ...
    def set_volume(self, volume: float) -> None: ...


class ClipPlayer(QObject):
    """One QMediaPlayer for speech: only one utterance is ever heard at a time."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._output = QAudioOutput(self)
        self._player = QMediaPlayer(self)
        self._player.setAudioOutput(self._output)
        self._player.errorOccurred.connect(self._on_error)
        # Follow the system's default output (headphones plugged in, Bluetooth connected).
        self._devices = QMediaDevices(self)
        self._devices.audioOutputsChanged.connect(self._follow_default)

    def play(self, path: Path) -> None:
        self._player.stop()
        self._player.setSource(QUrl.fromLocalFile(str(path)))
        self._player.play()

    def stop(self) -> None:
        self._player.stop()

    def pause(self) -> None:
        if self._player.playbackState() is QMediaPlayer.PlaybackState.PlayingState:
            self._player.pause()

    def resume(self) -> None:
        if self._player.playbackState() is QMediaPlayer.PlaybackState.PausedState:
            self._player.play()

    def set_volume(self, volume: float) -> None:
        self._output.setVolume(min(1.0, max(0.0, volume)))

    def playing(self) -> bool:
        return self._player.playbackState() is QMediaPlayer.PlaybackState.PlayingState

    def _follow_default(self) -> None:
        self._output.setDevice(QMediaDevices.defaultAudioOutput())

    def _on_error(self, error: QMediaPlayer.Error, message: str) -> None:
        # One clip that cannot play (a cache file cleaned away) is not worth a notice.
        log.warning("speech clip could not play: %s (%s)", message, error)


def audio_output_available() -> bool:
    return bool(QMediaDevices.audioOutputs())


class Chimes(Protocol):
    def play(self, name: Chime) -> None: ...
    def stop(self) -> None: ...
    def set_volume(self, volume: float) -> None: ...


class ChimePlayer(QObject):
    def __init__(self, parent: QObject | None = None, volume: float = VOICE_VOLUME.default) -> None:
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
