"""Fakes for the sound output (issue 9), kept apart from the speech fakes being reorganised."""

from __future__ import annotations


class FakeOutput:
    """An AudioOutput that remembers what each channel was asked to do."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, int]] = []  # (action, channel, bytes of audio)
        self.volume = 1.0

    def play(self, channel: str, pcm: bytes) -> None:
        self.calls.append(("play", channel, len(pcm)))

    def stop(self, channel: str) -> None:
        self.calls.append(("stop", channel, 0))

    def pause(self, channel: str) -> None:
        self.calls.append(("pause", channel, 0))

    def resume(self, channel: str) -> None:
        self.calls.append(("resume", channel, 0))

    def set_volume(self, volume: float) -> None:
        self.volume = volume
