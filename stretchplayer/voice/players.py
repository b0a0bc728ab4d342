"""Speech clips and chimes, both played through the one AudioOutput (output.py).

`SoundOutput` owns that output for the app and brings its notices to this object's thread;
`ClipPlayer` (speech: one utterance at a time, instant pause and stop) and `ChimePlayer` are
two channels of it, so there is one stream to the sound server, opened once and kept open.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from stretchplayer.core.fields import VOICE_VOLUME
from stretchplayer.voice import wav
from stretchplayer.voice.chimes import CHIMES, Chime, chime_path
from stretchplayer.voice.output import AudioOutput, SoundNotice, output_program_problem

log = logging.getLogger(__name__)


class Player(Protocol):
    def play(self, path: Path) -> None:
        """Play this WAV now, cutting off whatever was playing."""
        ...

    def stop(self) -> None: ...
    def pause(self) -> None: ...
    def resume(self) -> None: ...
    def set_volume(self, volume: float) -> None: ...


class Chimes(Protocol):
    def play(self, name: Chime) -> None: ...
    def stop(self) -> None: ...
    def set_volume(self, volume: float) -> None: ...


class SoundOutput(QObject):
    """The app's one AudioOutput. VoiceSystem asks for it as it starts, so that it is warm
    for the first cue, and listens before it asks.

    Signals:
        notice(text, back): one line: sound was lost (the session goes on silently), or,
            when `back`, it is back.
    """

    notice = Signal(str, bool)

    def __init__(self, parent: QObject | None = None, command: Sequence[str] | None = None) -> None:
        super().__init__(parent)
        self._command = command
        self._output: AudioOutput | None = None

    @property
    def output(self) -> AudioOutput:
        """The output, its mixer started when first asked for. Connect to `notice` first:
        with no sound server its first words come at once, on the mixer thread, and a signal
        nobody is connected to yet is lost (measured: a loaded machine lost "No sound")."""
        if self._output is None:
            # Called on the mixer thread: the signal is queued to this object's thread.
            self._output = AudioOutput(self._notify, self._command)
        return self._output

    def _notify(self, notice: SoundNotice) -> None:
        try:
            self.notice.emit(notice.text, notice.back)
        except RuntimeError:  # closing: nobody is listening any more
            log.debug("sound notice after the output was deleted: %s", notice.text)

    def close(self) -> None:
        if self._output is not None:
            self._output.close()


class ClipPlayer:
    """Speech: one clip at a time on the output's "speech" channel.

    Given how to reach the output (VoiceSystem.output), asked when there is something to do.
    """

    def __init__(self, output: Callable[[], AudioOutput]) -> None:
        self._get = output

    @property
    def _output(self) -> AudioOutput:
        return self._get()

    def play(self, path: Path) -> None:
        try:
            pcm = wav.read_mono16(path)
        except Exception as exc:  # OSError, EOFError, wave.Error
            # One clip that cannot play (a cache file cleaned away) is not worth a notice.
            log.warning("speech clip could not play: %s (%s)", path, exc)
            self._output.stop("speech")
            return
        self._output.play("speech", pcm)

    def stop(self) -> None:
        self._output.stop("speech")

    def pause(self) -> None:
        self._output.pause("speech")

    def resume(self) -> None:
        self._output.resume("speech")

    def set_volume(self, volume: float) -> None:
        self._output.set_volume(volume)

    def playing(self) -> bool:
        return self._output.playing("speech")


class ChimePlayer:
    """The chimes, decoded once, on the output's "chime" channel (mixed with speech).

    Given how to reach the output (VoiceSystem.output), asked only when a chime plays: chimes
    that are switched off never start the output, nor its notices.
    """

    def __init__(
        self, output: Callable[[], AudioOutput], volume: float = VOICE_VOLUME.default
    ) -> None:
        self._get = output
        self._volume = volume
        self._output_started = False
        self._pcm = {name: wav.read_mono16(chime_path(name)) for name in CHIMES}

    def play(self, name: Chime) -> None:
        output = self._get()
        output.set_volume(self._volume)
        output.play("chime", self._pcm[name])
        self._output_started = True

    def stop(self) -> None:
        if self._output_started:
            self._get().stop("chime")

    def set_volume(self, volume: float) -> None:
        self._volume = volume
        if self._output_started:
            self._get().set_volume(volume)


def audio_output_available() -> bool:
    """The output program is there; whether a sound server answers is the output's business
    (it says so, and keeps trying, without stopping the session)."""
    return output_program_problem() is None
