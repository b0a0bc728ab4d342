"""The voice, assembled: speakers by rank ending in silence, the chimes, and notices.

Backends by rank: rendered clips (RenderedSpeaker), then pyttsx3's own `say()`
(SayingSpeaker), then silence. Only cheap checks happen when choosing (is there an audio
device, can pyttsx3 be imported); starting the engine happens on the worker thread, and a
failure there arrives later as the speaker's `failed` signal, upon which the next rank is
taken. The voice knows text, never cues: what to say when is the session's narration.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from stretchplayer.core.i18n import QT_TRANSLATE_NOOP, Context
from stretchplayer.storage.settings import Settings
from stretchplayer.voice.chimes import Chime
from stretchplayer.voice.speakers import SilentSpeaker, Speaker, WaitingSpeaker, WorkerClient
from stretchplayer.voice.tts import Engine, Voice, VoiceConfig, not_installed

if TYPE_CHECKING:
    from stretchplayer.voice.output import AudioOutput
    from stretchplayer.voice.players import Chimes, Player, SoundOutput
    from stretchplayer.voice.render_worker import SpeechCache

# The parts that make sound (the output's thread and child process, the render worker, the
# speech engine) are imported when the voice starts, not with this module: the window paints
# first, and the voice is ready a moment later (VoiceSystem.start).

voice_notices = Context("voice_notices")

log = logging.getLogger(__name__)

NO_DEVICE = QT_TRANSLATE_NOOP(
    "voice_notices",
    "No sound: the sound program pacat is not installed (on Debian or Ubuntu: sudo apt-get "
    "install pulseaudio-utils), so the voice and chimes are silent.",
)


@dataclass(frozen=True)
class Choice:
    speaker: Speaker
    notice: str = ""  # why the app is not using the best backend; empty when it is


def _pyttsx3_engine() -> Engine:
    from stretchplayer.voice.tts import Pyttsx3Engine

    return Pyttsx3Engine()


def _sound_output(parent: QObject) -> SoundOutput:
    from stretchplayer.voice.players import SoundOutput

    return SoundOutput(parent)


def _clip_player(output: Callable[[], AudioOutput]) -> Player:
    from stretchplayer.voice.players import ClipPlayer

    return ClipPlayer(output)


def _audio_available() -> bool:
    from stretchplayer.voice.players import audio_output_available

    return audio_output_available()


def _say_problem() -> str | None:
    from stretchplayer.voice.tts import say_can_be_heard

    return say_can_be_heard()


@dataclass
class Backends:
    """How to make each part; tests swap in broken or recording ones."""

    make_engine: Callable[[], Engine] = _pyttsx3_engine
    make_output: Callable[[QObject], SoundOutput] = _sound_output
    # Given the way to the one output (made when first used), not the output itself.
    make_player: Callable[[Callable[[], AudioOutput]], Player] = _clip_player
    audio_available: Callable[[], bool] = _audio_available
    say_problem: Callable[[], str | None] = _say_problem
    cache: SpeechCache | None = None
    timeout: float | None = None  # None: the render worker's own limit


def wants_sound(settings: Settings) -> bool:
    """Whether these settings ever make a sound: the voice, or chimes that are not silenced."""
    return settings.voice_enabled or (settings.chimes and settings.verbosity != "silent")


class VoiceSystem(QObject):
    """Everything the app needs from speech and sound: say, chime, and whether it can.

    Signals:
        notice(text): something about the voice the person should see (it fell silent and
            why, or a fallback is in use). One line; show it, don't make them dismiss it.
        durationsChanged(): speech durations changed (renders finished, the voice or rate
            changed, the voice switched on or off or fell silent): plan the next session anew.
            Coalesced, so a batch of changes asks once.
        speakerChanged(name): the backend now in use ("espeak via pyttsx3", "silent", …).
        voicesChanged(): the list from `voices()` is (newly) known.
    """

    notice = Signal(str)
    durationsChanged = Signal()
    speakerChanged = Signal(str)
    voicesChanged = Signal()

    def __init__(
        self,
        settings: Settings,
        parent: QObject | None = None,
        chimes: Chimes | None = None,
        backends: Backends | None = None,
        start: bool = True,
    ) -> None:
        """With `start=False` nothing that makes sound is made until `start` (or until
        something needs sound): the window passes it so that its first paint does not wait."""
        super().__init__(parent)
        self._backends = backends or Backends()
        self._enabled = settings.voice_enabled
        self._wants_sound = wants_sound(settings)
        self._config = VoiceConfig(settings.voice_id, settings.voice_rate)
        self._volume = settings.voice_volume
        self._sound: SoundOutput | None = None  # the one output, made when first needed
        self._chimes = chimes
        self._started = False
        # Until the voice starts, lengths are the safe estimates and texts to render wait.
        self._speaker: Speaker = WaitingSpeaker(self._config)
        self.current_notice = ""  # the notice in force, for a status bar; "" when all is well
        self._durations = QTimer(self)
        self._durations.setSingleShot(True)
        self._durations.setInterval(0)
        self._durations.timeout.connect(self.durationsChanged)
        if start:
            self.start()

    def start(self) -> None:
        """Get the chimes ready, choose the speech backend and warm the output if anything
        will be heard. Once; whatever needs sound before calls it itself."""
        if self._started:
            return
        self._started = True
        waiting = self._speaker
        if self._chimes is None:
            self._chimes = self._make_chimes()
        self._warm_output()
        if not self._enabled:
            self._speaker = SilentSpeaker()
            return
        self._choose()
        if isinstance(waiting, WaitingSpeaker):
            self.prepare(waiting.texts)

    # -- reading --------------------------------------------------------------------------------

    @property
    def speaker(self) -> Speaker:
        return self._speaker

    @property
    def enabled(self) -> bool:
        return self._enabled

    @property
    def speaks(self) -> bool:
        """Switched on and not fallen silent: words handed to `say` will be heard."""
        return self._enabled and not isinstance(self._speaker, SilentSpeaker)

    def voices(self) -> list[Voice]:
        self.start()
        return self._speaker.voices()

    def duration(self, text: str) -> float:
        """Seconds `text` takes to say: exact once rendered, else a safe over-estimate."""
        return self._speaker.duration(text)

    # -- sound ----------------------------------------------------------------------------------

    def say(self, text: str) -> None:
        if self.speaks:
            self.start()
            self._speaker.say(text)

    def stop(self) -> None:
        self._speaker.stop()

    def pause(self) -> None:
        self._speaker.pause()

    def resume(self) -> None:
        self._speaker.resume()

    def prepare(self, texts: Iterable[str]) -> None:
        """Render these ahead, so they are said on time and their lengths become exact."""
        if self.speaks:
            self._speaker.prepare(texts)

    def play_chime(self, name: Chime) -> None:
        self._started_chimes().play(name)

    def stop_chimes(self) -> None:
        if self._chimes is not None:
            self._chimes.stop()

    # -- intents --------------------------------------------------------------------------------

    def set_enabled(self, enabled: bool) -> None:
        """Voice on or off, also mid-session. Switching on after a failure tries again."""
        self._enabled = enabled
        if enabled and self._started and isinstance(self._speaker, SilentSpeaker):
            self._choose()  # reports the change itself
            return
        if not enabled:
            self._speaker.stop()
        self._durations_changed()

    def apply_settings(self, settings: Settings) -> None:
        """Take everything voice-related from a (changed) Settings."""
        self._wants_sound = wants_sound(settings)
        self.configure(settings.voice_id, settings.voice_rate, settings.voice_volume)
        self.set_enabled(settings.voice_enabled)
        if self._started:
            self._warm_output()

    def configure(self, voice_id: str, rate: int, volume: float) -> None:
        self._config = VoiceConfig(voice_id, rate)
        self._volume = volume
        if self._chimes is not None:
            self._chimes.set_volume(volume)
        self._speaker.configure(voice_id, rate, volume)

    def preview(self, text: str) -> None:
        """Say `text` now (the preferences' "Try the voice"), whatever the verbosity."""
        self.start()
        if not self._enabled:
            self.notice.emit(voice_notices.tr("The voice is switched off."))
        elif isinstance(self._speaker, SilentSpeaker):
            self.notice.emit(self._speaker.reason or voice_notices.tr("The voice is silent."))
        else:
            self._speaker.say(text)

    def shutdown(self) -> None:
        self._speaker.stop()
        self.stop_chimes()
        _close(self._speaker)
        if self._sound is not None:
            self._sound.close()

    def output(self) -> AudioOutput:
        """The one audio output for speech and chimes, started (and kept warm) from now on."""
        if self._sound is None:
            self._sound = self._backends.make_output(self)
            self._sound.notice.connect(self._sound_notice)
        return self._sound.output

    # -- internals ------------------------------------------------------------------------------

    def _warm_output(self) -> None:
        """Start the output now if anything will be heard, so it is warm for the first cue."""
        if self._wants_sound and self._backends.audio_available():
            self.output()

    def _started_chimes(self) -> Chimes:
        self.start()
        assert self._chimes is not None  # made by start()
        return self._chimes

    def _make_chimes(self) -> Chimes:
        from stretchplayer.voice.players import ChimePlayer

        if not self._backends.audio_available():
            return NoChimes()  # the speaker's notice says why, once
        # Given the way to the output: chimes that are never played never start it.
        return ChimePlayer(self.output, self._volume)

    def _sound_notice(self, text: str, back: bool) -> None:
        self.current_notice = "" if back else text
        log.info("sound: %s", text)
        self.notice.emit(text)

    def _choose(self) -> None:
        choice = choose_speaker(self._config, self._volume, self, self._backends, self.output)
        self._use(choice.speaker, choice.notice)

    def _use(self, speaker: Speaker, notice: str) -> None:
        old = self._speaker
        self._speaker = speaker
        if old is not speaker:
            old.stop()
        if isinstance(speaker, WorkerClient):
            speaker.durationsChanged.connect(self._durations_changed)
            speaker.failed.connect(lambda reason, s=speaker: self._on_failed(s, reason))
            if hasattr(speaker, "voicesChanged"):  # only the rendering speaker lists voices
                speaker.voicesChanged.connect(self.voicesChanged)
        if old is not speaker and isinstance(old, WorkerClient):
            old.durationsChanged.disconnect(self._durations_changed)
            # Later: this may run inside old's own `failed` signal. Its worker lives on if a
            # fallback shares it.
            old.deleteLater()
        self.current_notice = notice
        if notice:
            log.info("voice: %s", notice)
            # Queued, so that a notice found while the app is still being wired (no audio
            # device, no pyttsx3) reaches the handlers connected right after construction.
            QTimer.singleShot(0, self, lambda: self.notice.emit(notice))
        self.speakerChanged.emit(getattr(speaker, "name", "silent"))
        self._durations_changed()

    def _durations_changed(self) -> None:
        self._durations.start()

    def _on_failed(self, speaker: Speaker, reason: str) -> None:
        if speaker is not self._speaker:
            return
        choice = demote(speaker, reason, self._config, self._volume, self, self._backends)
        self._use(choice.speaker, choice.notice)


def choose_speaker(
    config: VoiceConfig,
    volume: float,
    parent: QObject | None = None,
    backends: Backends | None = None,
    output: Callable[[], AudioOutput] | None = None,
) -> Choice:
    from stretchplayer.voice.render_worker import RENDER_TIMEOUT, RenderWorker
    from stretchplayer.voice.rendered_speaker import RenderedSpeaker

    b = backends or Backends()
    if not b.audio_available():
        return silent(voice_notices.tr(NO_DEVICE))
    try:
        import pyttsx3  # noqa: F401  (cheap: the engine's native library loads on the worker)
    except ImportError as exc:
        return silent(voice_off(not_installed(exc)))
    worker = RenderWorker(
        b.make_engine, b.cache, RENDER_TIMEOUT if b.timeout is None else b.timeout
    )
    if output is None:
        from stretchplayer.voice.output import AudioOutput

        output = AudioOutput
    player = b.make_player(output)
    return Choice(RenderedSpeaker(worker, player, config, volume, parent))


def demote(
    failed: Speaker,
    reason: str,
    config: VoiceConfig,
    volume: float,
    parent: QObject | None = None,
    backends: Backends | None = None,
) -> Choice:
    """The next backend after `failed` gave up for `reason`."""
    from stretchplayer.voice.rendered_speaker import RenderedSpeaker
    from stretchplayer.voice.speakers import SayingSpeaker

    b = backends or Backends()
    if isinstance(failed, RenderedSpeaker) and failed.worker.failure is None:
        # The engine still answers, only rendering failed: let it speak for itself,
        # on the same worker thread, which already owns the one engine.
        problem = b.say_problem()
        if problem is None:
            speaker = SayingSpeaker(failed.worker, config, volume, failed.voices(), parent)
            return Choice(
                speaker,
                voice_notices.tr(
                    "Speech could not be prepared (%s); speaking directly instead, "
                    "so Pause and Stop wait for the sentence to end."
                )
                % reason,
            )
        reason = f"{reason}; {problem}"
    _close(failed)
    return silent(voice_off(reason))


def silent(notice: str) -> Choice:
    return Choice(SilentSpeaker(notice), notice)


def voice_off(reason: str) -> str:
    return (
        voice_notices.tr(
            "The voice is off: %s. The session carries on; switch the voice on to try again."
        )
        % reason
    )


class NoChimes:
    """Chimes with no output to play them on."""

    def play(self, name: Chime) -> None:
        pass

    def stop(self) -> None:
        pass

    def set_volume(self, volume: float) -> None:
        pass


def _close(speaker: Any) -> None:
    close = getattr(speaker, "close", None)
    if callable(close):
        close()
