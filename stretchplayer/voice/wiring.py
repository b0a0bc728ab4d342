"""The voice, assembled: backend choice and fallback, chimes, the announcer, notices.

The composition root calls `attach_voice(controller, settings, parent)` and then only talks
to the returned VoiceSystem (see its docstring for the few lines to write).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from stretchplayer.engine.pacing import SpeechTime
from stretchplayer.session.announcer import CueAnnouncer
from stretchplayer.session.policy import Policy, speech_time, verbosity_of
from stretchplayer.voice.base import SilentSpeaker, Speaker, Voice, VoiceConfig, VoiceSettings
from stretchplayer.voice.chimes import ChimePlayer, Chimes
from stretchplayer.voice.chooser import Backends, choose_speaker, close_speaker, demote
from stretchplayer.voice.supervised import WorkerClient

if TYPE_CHECKING:
    from stretchplayer.session.controller import SessionController

log = logging.getLogger(__name__)


class VoiceSystem(QObject):
    """Everything the app needs from speech and sound.

    Signals:
        notice(text): something about the voice the person should see (it fell silent and
            why, or a fallback is in use). One line; show it, don't make them dismiss it.
        durationsChanged(): speech durations changed (renders finished, the voice, rate or
            verbosity changed, voice switched on/off): rebuild the timeline if no session
            is running, with `speech=voice.speech_time`.
        speakerChanged(name): the backend now in use ("espeak via pyttsx3", "silent", …).
        voicesChanged(): the list from `voices()` is (newly) known.
    """

    notice = Signal(str)
    durationsChanged = Signal()
    speakerChanged = Signal(str)
    voicesChanged = Signal()

    def __init__(
        self,
        settings: VoiceSettings,
        parent: QObject | None = None,
        chimes: Chimes | None = None,
        backends: Backends | None = None,
    ) -> None:
        super().__init__(parent)
        self._backends = backends or Backends()
        self._enabled = settings.voice_enabled
        self._config = VoiceConfig(settings.voice_id, settings.voice_rate)
        self._volume = settings.voice_volume
        self._chimes = chimes if chimes is not None else ChimePlayer(self, self._volume)
        self._speaker: Speaker = SilentSpeaker()
        self.current_notice = ""  # the notice in force, for a status bar; "" when all is well
        self._base_policy = Policy.from_settings(settings)
        # Coalesced: changing several settings at once, or a batch of renders finishing,
        # should rebuild the timeline once, not once per change.
        self._durations = QTimer(self)
        self._durations.setSingleShot(True)
        self._durations.setInterval(0)
        self._durations.timeout.connect(self.durationsChanged)
        self.announcer = CueAnnouncer(self._speaker, self._chimes, self._policy(), self)
        if self._enabled:
            self._choose()

    # -- reading --------------------------------------------------------------------------------

    @property
    def speaker(self) -> Speaker:
        return self._speaker

    @property
    def enabled(self) -> bool:
        return self._enabled

    @property
    def speech_time(self) -> SpeechTime:
        """For build_timeline's Pacing(speech=...): the current policy and voice, frozen."""
        return speech_time(self.announcer.policy, self._speaker)

    def voices(self) -> list[Voice]:
        return self._speaker.voices()

    # -- intents --------------------------------------------------------------------------------

    def attach(self, controller: SessionController) -> None:
        self.announcer.attach(controller)

    def set_enabled(self, enabled: bool) -> None:
        """Voice on or off, also mid-session. Switching on after a failure tries again."""
        self._enabled = enabled
        if enabled and isinstance(self._speaker, SilentSpeaker):
            self._choose()
        elif not enabled:
            self._speaker.stop()
        self._update_policy()

    def set_policy(self, verbosity: str, spoken_breaths: int, chimes: bool) -> None:
        self._base_policy = Policy(verbosity_of(verbosity), spoken_breaths, chimes)
        self._update_policy()

    def apply_settings(self, settings: VoiceSettings) -> None:
        """Take everything voice-related from a (changed) Settings."""
        self._base_policy = Policy.from_settings(settings)
        self.configure(settings.voice_id, settings.voice_rate, settings.voice_volume)
        self.set_enabled(settings.voice_enabled)

    def configure(self, voice_id: str, rate: int, volume: float) -> None:
        self._config = VoiceConfig(voice_id, rate)
        self._volume = volume
        self._chimes.set_volume(volume)
        self._speaker.configure(voice_id, rate, volume)

    def preview(self, text: str) -> None:
        """Say `text` now (the preferences' "Try the voice"), whatever the verbosity."""
        if not self._enabled:
            self.notice.emit("The voice is switched off.")
        elif isinstance(self._speaker, SilentSpeaker):
            self.notice.emit(self._speaker.reason or "The voice is silent.")
        else:
            self._speaker.say(text)

    def shutdown(self) -> None:
        self._speaker.stop()
        self._chimes.stop()
        close_speaker(self._speaker)

    # -- internals ------------------------------------------------------------------------------

    def _policy(self) -> Policy:
        working = self._enabled and not isinstance(self._speaker, SilentSpeaker)
        return self._base_policy.with_voice(working)

    def _update_policy(self) -> None:
        self.announcer.set_policy(self._policy())
        self._durations_changed()

    def _choose(self) -> None:
        choice = choose_speaker(self._config, self._volume, self, self._backends)
        self._use(choice.speaker, choice.notice)

    def _use(self, speaker: Speaker, notice: str) -> None:
        old = self._speaker
        self._speaker = speaker
        self.announcer.set_speaker(speaker)
        if isinstance(speaker, WorkerClient):
            speaker.durationsChanged.connect(self._durations_changed)
            speaker.failed.connect(lambda reason, s=speaker: self._on_failed(s, reason))
            if hasattr(speaker, "voicesChanged"):
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
        self._update_policy()

    def _durations_changed(self) -> None:
        self._durations.start()

    def _on_failed(self, speaker: Speaker, reason: str) -> None:
        if speaker is not self._speaker:
            return
        choice = demote(speaker, reason, self._config, self._volume, self, self._backends)
        self._use(choice.speaker, choice.notice)


def attach_voice(
    controller: SessionController, settings: VoiceSettings, parent: QObject | None = None
) -> VoiceSystem:
    """Make the voice for this controller from the person's settings (see VoiceSystem)."""
    voice = VoiceSystem(settings, parent)
    voice.attach(controller)
    return voice
