"""The fallback voice: pyttsx3's own `say()`, on the worker thread, when rendering fails.

What it cannot do, by pyttsx3's nature: stop or pause a sentence already begun, or know how
long a sentence takes (so durations stay estimates, which over-estimate on purpose).
"""

from __future__ import annotations

from collections.abc import Iterable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject

from stretchplayer.voice.base import Voice, VoiceConfig
from stretchplayer.voice.estimate import estimate_seconds
from stretchplayer.voice.supervised import WorkerClient
from stretchplayer.voice.worker import RenderWorker


class SayingSpeaker(WorkerClient):
    """Speaker backend, rank 2. See WorkerClient for the signals."""

    def __init__(
        self,
        worker: RenderWorker,
        config: VoiceConfig | None = None,
        volume: float = 0.9,
        voices: list[Voice] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(worker, parent)
        self.name = "pyttsx3 say()"
        self._config = config or VoiceConfig()
        self._volume = volume
        self._voices = voices or []
        self._queued_say: Future[None] | None = None

    def say(self, text: str) -> None:
        if self.failure is not None or not text.strip():
            return
        self.stop()  # a sentence not yet begun is dropped for the newer one
        # The worker counts as stalled only well past the time the sentence should take.
        limit = 2 * estimate_seconds(text, self._config.rate) + self.worker.timeout
        self._queued_say = self.worker.speak(text, self._config, self._volume, limit)
        self.track(self._queued_say, self._on_said)

    def stop(self) -> None:
        if self._queued_say is not None:
            self._queued_say.cancel()  # only works before it starts; pyttsx3 cannot interrupt
            self._queued_say = None

    def pause(self) -> None:
        self.stop()

    def resume(self) -> None:
        pass

    def duration(self, text: str) -> float:
        return estimate_seconds(text, self._config.rate) if text.strip() else 0.0

    def prepare(self, texts: Iterable[str]) -> None:
        pass

    def voices(self) -> list[Voice]:
        return list(self._voices)

    def configure(self, voice_id: str, rate: int, volume: float) -> None:
        self._volume = volume
        config = VoiceConfig(voice_id, rate)
        if config != self._config:
            self._config = config
            self.durationsChanged.emit()

    def on_failure(self, reason: str) -> None:
        self.stop()

    def _on_said(self, future: Future[Any]) -> None:
        if future is self._queued_say:
            self._queued_say = None
        if future.exception() is not None:
            self.fail(str(future.exception()))
