"""Pick the voice backend by rank: rendered clips, then pyttsx3's say(), then silence.

Only cheap checks happen here (is there an audio device, can pyttsx3 be imported); starting
the engine happens on the worker thread, and a failure there arrives later as the speaker's
`failed` signal, upon which `demote` picks the next rank.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject

from stretchplayer.voice.base import SilentSpeaker, Speaker, VoiceConfig
from stretchplayer.voice.cache import SpeechCache
from stretchplayer.voice.engine import Engine, Pyttsx3Engine, say_can_be_heard
from stretchplayer.voice.player import ClipPlayer, Player, audio_output_available
from stretchplayer.voice.rendered import RenderedSpeaker
from stretchplayer.voice.saying import SayingSpeaker
from stretchplayer.voice.worker import RENDER_TIMEOUT, RenderWorker

NO_DEVICE = "No audio output device was found, so the voice and chimes are silent."


@dataclass(frozen=True)
class Choice:
    speaker: Speaker
    notice: str = ""  # why the app is not using the best backend; empty when it is


@dataclass
class Backends:
    """How to make each part; tests swap in broken or recording ones."""

    make_engine: Callable[[], Engine] = Pyttsx3Engine
    make_player: Callable[[QObject | None], Player] = ClipPlayer
    audio_available: Callable[[], bool] = audio_output_available
    say_problem: Callable[[], str | None] = say_can_be_heard
    cache: SpeechCache | None = None
    timeout: float = RENDER_TIMEOUT


def choose_speaker(
    config: VoiceConfig,
    volume: float,
    parent: QObject | None = None,
    backends: Backends | None = None,
) -> Choice:
    b = backends or Backends()
    if not b.audio_available():
        return silent(NO_DEVICE)
    try:
        import pyttsx3  # noqa: F401  (cheap: the engine's native library loads on the worker)
    except ImportError as exc:
        return silent(voice_off(f"the speech engine pyttsx3 is not installed ({exc})"))
    worker = RenderWorker(b.make_engine, b.cache, b.timeout)
    player = b.make_player(None)
    speaker = RenderedSpeaker(worker, player, config, volume, parent)
    if isinstance(player, QObject):
        player.setParent(speaker)  # replaced together when the speaker is
    return Choice(speaker)


def demote(
    failed: Speaker,
    reason: str,
    config: VoiceConfig,
    volume: float,
    parent: QObject | None = None,
    backends: Backends | None = None,
) -> Choice:
    """The next backend after `failed` gave up for `reason`."""
    b = backends or Backends()
    if isinstance(failed, RenderedSpeaker) and failed.worker.failure is None:
        # The engine still answers, only rendering failed: let it speak for itself,
        # on the same worker thread, which already owns the one engine.
        problem = b.say_problem()
        if problem is None:
            speaker = SayingSpeaker(failed.worker, config, volume, failed.voices(), parent)
            return Choice(
                speaker,
                f"Speech could not be prepared ({reason}); speaking directly instead, "
                "so Pause and Stop wait for the sentence to end.",
            )
        reason = f"{reason}; {problem}"
    close_speaker(failed)
    return silent(voice_off(reason))


def silent(notice: str) -> Choice:
    return Choice(SilentSpeaker(notice), notice)


def voice_off(reason: str) -> str:
    return f"The voice is off: {reason}. The session carries on; switch the voice on to try again."


def close_speaker(speaker: Any) -> None:
    close = getattr(speaker, "close", None)
    if callable(close):
        close()
