"""The Speaker protocol and the backend that always works: silence."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Voice:
    id: str
    name: str
    language: str = ""


class Speaker(Protocol):
    """Says things without ever making the caller wait.

    `say` returns at once; an utterance still playing is cut off by the next `say` only if
    the caller asks for it, and the timeline is built so that it never has to.
    """

    name: str  # shown to the user, e.g. "espeak-ng via pyttsx3" or "silent"

    def say(self, text: str) -> None: ...
    def stop(self) -> None: ...
    def pause(self) -> None: ...
    def resume(self) -> None: ...
    def duration(self, text: str) -> float:
        """Seconds `text` takes to say: exact when already rendered, else a safe estimate."""
        ...

    def voices(self) -> list[Voice]: ...
    def configure(self, voice_id: str, rate: int, volume: float) -> None: ...


class SilentSpeaker:
    """The last backend in the ranking: says nothing, takes no time, never fails."""

    name = "silent"

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

    def voices(self) -> list[Voice]:
        return []

    def configure(self, voice_id: str, rate: int, volume: float) -> None:
        pass
