"""The main voice: utterances rendered to cached WAVs on the worker, played through the one sound output.

Because every utterance is a file before it is needed, its exact length is known before the
session starts (the timeline makes room for it), and playback can stop or pause at once.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from concurrent.futures import Future
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from stretchplayer.core.fields import VOICE_VOLUME
from stretchplayer.voice.players import Player
from stretchplayer.voice.render_worker import Rendered, RenderWorker
from stretchplayer.voice.speakers import WorkerClient
from stretchplayer.voice.tts import Voice, VoiceConfig, estimate_seconds

log = logging.getLogger(__name__)

# A cue asked for before its clip was ready is still said if the clip comes this soon;
# later, it would run into the next cue, so it is dropped.
LATE_LIMIT = 1.0


class RenderedSpeaker(WorkerClient):
    """Speaker backend, rank 1. See WorkerClient for the signals; also:

    voicesChanged(): the engine's list of voices is known.
    """

    voicesChanged = Signal()

    def __init__(
        self,
        worker: RenderWorker,
        player: Player,
        config: VoiceConfig | None = None,
        volume: float = VOICE_VOLUME.default,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(worker, parent)
        self.name = "pyttsx3"
        self._player = player
        self._config = config or VoiceConfig()
        self._clips: dict[str, Rendered] = {}
        self._pending: dict[str, Future[Rendered]] = {}
        self._wanted: tuple[str, float] | None = None  # said before its clip was ready
        self._fresh = False  # new durations since the last durationsChanged
        self._voices: list[Voice] = []
        player.set_volume(volume)

    # -- Speaker --------------------------------------------------------------------------------

    def say(self, text: str) -> None:
        if self.failure is not None or not text.strip():
            return
        clip = self._clips.get(text)
        if clip is not None:
            self._wanted = None
            self._player.play(clip.path)
            return
        self._player.stop()
        self._wanted = (text, time.monotonic())
        self._request(text)

    def stop(self) -> None:
        self._wanted = None
        self._player.stop()

    def pause(self) -> None:
        self._wanted = None
        self._player.pause()

    def resume(self) -> None:
        self._player.resume()

    def duration(self, text: str) -> float:
        # Only looks: rendering ahead is what `prepare` is for, so asking is always free.
        if not text.strip():
            return 0.0
        clip = self._clips.get(text)
        return clip.duration if clip is not None else estimate_seconds(text, self._config.rate)

    def prepare(self, texts: Iterable[str]) -> None:
        for text in texts:
            if text.strip() and text not in self._clips:
                self._request(text)

    def voices(self) -> list[Voice]:
        return list(self._voices)

    def configure(self, voice_id: str, rate: int, volume: float) -> None:
        self._player.set_volume(volume)
        config = VoiceConfig(voice_id, rate)
        if config == self._config:
            return
        self._config = config
        self._clips.clear()
        self._wanted = None
        for future in self._pending.values():
            future.cancel()
        self._pending.clear()
        self.durationsChanged.emit()  # estimates again until the new voice is rendered

    # -- state, for the app and tests ----------------------------------------------------------

    def known(self, text: str) -> bool:
        """True when `text` has been rendered, so its duration is exact."""
        return text in self._clips

    def clip(self, text: str) -> Path | None:
        clip = self._clips.get(text)
        return clip.path if clip else None

    def busy(self) -> bool:
        """True while renders are outstanding."""
        return bool(self._pending)

    # -- internals ------------------------------------------------------------------------------

    def on_ready(self, engine_name: str) -> None:
        self.name = engine_name
        self.track(self.worker.voices(), self._on_voices)

    def on_failure(self, reason: str) -> None:
        self.stop()
        self._pending.clear()

    def _request(self, text: str) -> None:
        if text in self._pending:
            return
        future = self.worker.render(text, self._config)
        self._pending[text] = future
        self.track(future, partial(self._on_rendered, text, self._config))

    def _on_rendered(self, text: str, config: VoiceConfig, future: Future[Rendered]) -> None:
        if config != self._config or self._pending.get(text) is not future:
            return  # the voice changed meanwhile
        del self._pending[text]
        error = future.exception()
        if error is not None:
            self.fail(str(error))
            return
        clip = future.result()
        self._clips[text] = clip
        self._fresh = True
        wanted = self._wanted
        if wanted and wanted[0] == text:
            self._wanted = None
            if time.monotonic() - wanted[1] <= LATE_LIMIT:
                self._player.play(clip.path)
        if not self._pending and self._fresh:
            self._fresh = False
            self.durationsChanged.emit()

    def _on_voices(self, future: Future[list[Voice]]) -> None:
        error = future.exception()
        if error is not None:
            log.info("the speech engine could not list its voices: %s", error)
            return
        self._voices = future.result()
        self.voicesChanged.emit()
