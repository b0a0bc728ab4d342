"""Speech for the command line (plan --voice, export-audio): render now and wait (no Qt).

Waiting is fine here, unlike in the window: nothing else is going on. The same worker and
cache as the app are used, so the durations (and so the timeline) are the app's, and a render
that hangs still ends in an error instead of a frozen command.
"""

from __future__ import annotations

from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from stretchplayer.engine.pacing import SpeechTime
from stretchplayer.session.policy import Policy, speech_time
from stretchplayer.voice.base import VoiceConfig, VoiceSettings
from stretchplayer.voice.engine import EngineError, describe_failure, shorten
from stretchplayer.voice.worker import Rendered, RenderWorker

T = TypeVar("T")


class OfflineVoice:
    """Raises EngineError (one line) when the engine cannot start or a render fails."""

    def __init__(self, config: VoiceConfig, policy: Policy, worker: RenderWorker | None = None):
        self.config = config
        self.policy = policy
        self._worker = worker or RenderWorker()
        self._done: dict[str, Rendered] = {}
        self.engine_name = self._wait(self._worker.ready, "starting")

    @classmethod
    def from_settings(cls, settings: VoiceSettings) -> OfflineVoice:
        """The person's voice, rate and verbosity; asking for the voice means speech, so a
        "chimes" or "silent" verbosity is read as "full" here."""
        policy = Policy.from_settings(settings, voice=True)
        if not policy.speaks:
            policy = replace(policy, verbosity="full")
        config = VoiceConfig(settings.voice_id, settings.voice_rate)
        return cls(config, policy)

    def rendered(self, text: str) -> Rendered:
        done = self._done.get(text)
        if done is None:
            done = self._done[text] = self._wait(self._worker.render(text, self.config), text)
        return done

    def duration(self, text: str) -> float:
        return self.rendered(text).duration if text.strip() else 0.0

    def clip(self, text: str) -> Path:
        return self.rendered(text).path

    @property
    def speech_time(self) -> SpeechTime:
        return speech_time(self.policy, self)

    def close(self) -> None:
        self._worker.close()

    def _wait(self, future: Future[T], what: str) -> T:
        # The first wait includes starting the engine; later ones wait behind nothing.
        try:
            return future.result(timeout=self._worker.timeout + 1.0)
        except FutureTimeout:
            reason = (
                f"the speech engine stopped responding (nothing for {self._worker.timeout:g} s "
                f"while {what if what == 'starting' else 'saying ' + shorten(what)})"
            )
            self._worker.abandon(reason)
            raise EngineError(reason) from None
        except EngineError:
            raise
        except Exception as exc:
            raise EngineError(describe_failure(exc)) from None
