"""The Speaker protocol, the backend that always works (silence), and pyttsx3's own `say()`.

Speakers that use the render worker share `WorkerClient`: worker futures complete on the
worker thread, and `post` hands their continuation to this object's thread through a queued
signal, so the GUI thread only ever runs short slots and never waits. A QTimer polls the
worker while jobs are out and gives up on it when one hangs.

`SayingSpeaker` is the fallback when rendering fails. What it cannot do, by pyttsx3's nature:
stop or pause a sentence already begun, or know how long a sentence takes (so durations stay
estimates, which over-estimate on purpose).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from stretchplayer.core.fields import VOICE_VOLUME
from stretchplayer.voice.tts import Voice, VoiceConfig, estimate_seconds, voice_errors

if TYPE_CHECKING:
    from concurrent.futures import Future

    from stretchplayer.voice.render_worker import RenderWorker


class Speaker(Protocol):
    """Says things without ever making the caller wait.

    `say` returns at once and replaces whatever is still being said: in a normal session the
    timeline leaves every utterance time to finish, so this only cuts in when the person
    skips ahead, which is when they want the old words gone.
    """

    name: str  # shown to the user, e.g. "espeak-ng via pyttsx3" or "silent"

    def say(self, text: str) -> None: ...
    def stop(self) -> None: ...
    def pause(self) -> None: ...
    def resume(self) -> None: ...
    def duration(self, text: str) -> float:
        """Seconds `text` takes to say: exact when already rendered, else a safe over-estimate."""
        ...

    def prepare(self, texts: Iterable[str]) -> None:
        """Get ready to say these soon (render them ahead); returns at once."""
        ...

    def voices(self) -> list[Voice]: ...
    def configure(self, voice_id: str, rate: int, volume: float) -> None: ...


class _Quiet:
    """A speaker that makes no sound: the silent one, and the one waiting for the voice."""

    def say(self, text: str) -> None:
        pass

    def stop(self) -> None:
        pass

    def pause(self) -> None:
        pass

    def resume(self) -> None:
        pass

    def duration(self, text: str) -> float:
        return 0.0

    def prepare(self, texts: Iterable[str]) -> None:
        pass

    def voices(self) -> list[Voice]:
        return []

    def configure(self, voice_id: str, rate: int, volume: float) -> None:
        pass


class SilentSpeaker(_Quiet):
    """The last backend in the ranking: says nothing, takes no time, never fails.

    `reason` says why the app ended up here ("" when silence was asked for), for a notice.
    """

    name = "silent"

    def __init__(self, reason: str = "") -> None:
        self.reason = reason


class WaitingSpeaker(_Quiet):
    """Stands in until the voice starts (VoiceSystem.start, just after the window first
    paints): says nothing yet, gives the safe estimates so the first plan leaves room for the
    words, and keeps the texts to render ahead for the speaker that comes."""

    name = "starting"

    def __init__(self, config: VoiceConfig) -> None:
        self._config = config
        self.texts: list[str] = []

    def duration(self, text: str) -> float:
        return estimate_seconds(text, self._config.rate) if text.strip() else 0.0

    def prepare(self, texts: Iterable[str]) -> None:
        self.texts.extend(texts)

    def configure(self, voice_id: str, rate: int, volume: float) -> None:
        self._config = VoiceConfig(voice_id, rate)


log = logging.getLogger(__name__)

WATCH_MS = 200


class WorkerClient(QObject):
    """Base for the speakers that use a RenderWorker.

    Signals:
        durationsChanged(): new exact durations are known (emitted once a batch is done), or
            the voice changed so earlier ones no longer hold: rebuild the idle timeline.
        failed(reason): this backend stopped working; one line for a person. Emitted once.
    """

    durationsChanged = Signal()
    failed = Signal(str)
    _queued = Signal(object)

    def __init__(self, worker: RenderWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.failure: str | None = None
        self._outstanding = 0
        self._queued.connect(self._run_queued, Qt.ConnectionType.QueuedConnection)
        self._watchdog = QTimer(self)
        self._watchdog.setInterval(WATCH_MS)
        self._watchdog.timeout.connect(self._check)
        self.track(worker.ready, self._on_ready)

    def track(self, future: Future[Any], then: Callable[[Future[Any]], None]) -> None:
        """Call `then(future)` on this object's thread when the future is done."""
        self._outstanding += 1
        self._watchdog.start()

        def done(f: Future[Any]) -> None:
            self.post(lambda: self._settle(f, then))

        future.add_done_callback(done)

    def post(self, call: Callable[[], None]) -> None:
        try:
            self._queued.emit(call)
        except RuntimeError:
            # This object is gone (the app is closing) and nobody is waiting for the result.
            log.debug("a speech result arrived after its speaker was deleted")

    def fail(self, reason: str) -> None:
        if self.failure is not None:
            return
        self.failure = reason
        log.info("%s gave up: %s", type(self).__name__, reason)
        self._watchdog.stop()
        self.on_failure(reason)
        self.failed.emit(reason)

    def on_failure(self, reason: str) -> None:
        """Subclasses silence themselves here."""

    def close(self) -> None:
        self._watchdog.stop()
        self.worker.close()

    def _on_ready(self, future: Future[Any]) -> None:
        if future.exception() is not None:
            self.fail(str(future.exception()))
        else:
            self.on_ready(str(future.result()))

    def on_ready(self, engine_name: str) -> None:
        """Subclasses learn the engine's name here."""

    def _settle(self, future: Future[Any], then: Callable[[Future[Any]], None]) -> None:
        self._outstanding -= 1
        if self._outstanding <= 0:
            self._watchdog.stop()
        if not future.cancelled():
            then(future)

    def _run_queued(self, call: Callable[[], None]) -> None:
        call()

    def _check(self) -> None:
        if self.worker.stalled():
            reason = (
                voice_errors.tr("the speech engine stopped responding (nothing for %s s)")
                % f"{self.worker.timeout:g}"
            )
            self.worker.abandon(reason)
            self.fail(reason)


class SayingSpeaker(WorkerClient):
    """Speaker backend, rank 2. See WorkerClient for the signals."""

    def __init__(
        self,
        worker: RenderWorker,
        config: VoiceConfig | None = None,
        volume: float = VOICE_VOLUME.default,
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
