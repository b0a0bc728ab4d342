"""The Speaker protocol and the backend that always works: silence."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

DEFAULT_RATE = 170  # words per minute, as in Settings


@dataclass(frozen=True)
class Voice:
    id: str
    name: str
    language: str = ""


@dataclass(frozen=True)
class VoiceConfig:
    """What changes the sound of an utterance, so also what a rendered clip is cached by.

    Volume is not here: it is applied at playback, so one rendering serves every volume.
    """

    voice_id: str = ""  # empty: the engine's default voice
    rate: int = DEFAULT_RATE


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


class SilentSpeaker:
    """The last backend in the ranking: says nothing, takes no time, never fails.

    `reason` says why the app ended up here ("" when silence was asked for), for a notice.
    """

    name = "silent"

    def __init__(self, reason: str = "") -> None:
        self.reason = reason

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


class VoiceSettings(Protocol):
    """What the speech layer reads from the person's settings.

    A protocol, not the Settings class, so speech does not import storage (see the layers
    in the README); stretchplayer.storage.settings.Settings satisfies it.
    """

    @property
    def voice_enabled(self) -> bool: ...
    @property
    def voice_id(self) -> str: ...
    @property
    def voice_rate(self) -> int: ...
    @property
    def voice_volume(self) -> float: ...
    @property
    def verbosity(self) -> str: ...
    @property
    def spoken_breaths(self) -> int: ...
    @property
    def chimes(self) -> bool: ...
