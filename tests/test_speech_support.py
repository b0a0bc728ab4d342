"""Fakes and markers shared by the speech tests (this module holds no tests of its own)."""

from __future__ import annotations

import ctypes
import itertools
import math
import struct
import threading
import wave
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from stretchplayer.voice.chimes import Chime
from stretchplayer.voice.tts import EngineError, Voice, VoiceConfig
from stretchplayer.voice.voice_system import Backends


def _espeak_present() -> bool:
    for name in ("libespeak-ng.so.1", "libespeak-ng.1.dylib", "libespeak.so.1"):
        try:
            ctypes.CDLL(name)
        except OSError:
            continue
        return True
    return False


# CI installs libespeak-ng1 (scripts/setup.sh), so these run there; skipped only where the
# library is genuinely missing.
needs_espeak = pytest.mark.skipif(not _espeak_present(), reason="libespeak-ng is not installed")


def write_tone(path: Path, seconds: float, rate: int = 22050, level: float = 0.3) -> None:
    count = round(seconds * rate)
    frames = b"".join(
        struct.pack("<h", round(level * 32767 * math.sin(2 * math.pi * 440 * i / rate)))
        for i in range(count)
    )
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(frames)


class FakeEngine:
    """An engine that renders a tone (0.05 s a character), or raises, or hangs, on demand."""

    name = "fake"

    def __init__(self, mode: str = "ok", fail_on: str | None = None) -> None:
        self.mode = mode  # "ok", "raise", "hang"
        self.fail_on = fail_on  # only this text misbehaves, if given
        self.rendered: list[str] = []
        self.spoken: list[str] = []
        self.release = threading.Event()  # ends a hang (set it at teardown)

    def _misbehave(self, text: str) -> None:
        if self.fail_on is not None and text != self.fail_on:
            return
        if self.mode == "raise":
            raise EngineError("the speech engine failed: boom")
        if self.mode == "hang":
            self.release.wait(30)

    def render(self, text: str, target: Path, config: VoiceConfig) -> None:
        self._misbehave(text)
        self.rendered.append(text)
        write_tone(target, 0.05 * len(text))

    def speak(self, text: str, config: VoiceConfig, volume: float) -> None:
        self._misbehave(text)
        self.spoken.append(text)

    def voices(self) -> list[Voice]:
        return [Voice("fake/en", "Fake English", "en")]


class FakePlayer:
    def __init__(self, parent: object = None) -> None:
        self.calls: list[tuple[str, object]] = []
        self.volume = 1.0

    def play(self, path: Path) -> None:
        self.calls.append(("play", path))

    def stop(self) -> None:
        self.calls.append(("stop", None))

    def pause(self) -> None:
        self.calls.append(("pause", None))

    def resume(self) -> None:
        self.calls.append(("resume", None))

    def set_volume(self, volume: float) -> None:
        self.volume = volume

    def played(self) -> list[Path]:
        return [p for name, p in self.calls if name == "play" and isinstance(p, Path)]


class FakeChimes:
    def __init__(self) -> None:
        self.calls: list[str] = []
        self.volume = 1.0

    def play(self, name: Chime) -> None:
        self.calls.append(name)

    def stop(self) -> None:
        self.calls.append("stop")

    def set_volume(self, volume: float) -> None:
        self.volume = volume


class RecordingSpeaker:
    """A Speaker that remembers what it was asked to do."""

    name = "recording"

    def __init__(self, seconds_per_char: float = 0.05) -> None:
        self.calls: list[tuple[str, str]] = []
        self.seconds_per_char = seconds_per_char

    def said(self) -> list[str]:
        return [text for name, text in self.calls if name == "say"]

    def actions(self) -> list[str]:
        return [name for name, _ in self.calls]

    def say(self, text: str) -> None:
        self.calls.append(("say", text))

    def stop(self) -> None:
        self.calls.append(("stop", ""))

    def pause(self) -> None:
        self.calls.append(("pause", ""))

    def resume(self) -> None:
        self.calls.append(("resume", ""))

    def duration(self, text: str) -> float:
        return self.seconds_per_char * len(text)

    def prepare(self, texts: Iterable[str]) -> None:
        pass

    def voices(self) -> list[Voice]:
        return []

    def configure(self, voice_id: str, rate: int, volume: float) -> None:
        self.calls.append(("configure", f"{voice_id}/{rate}/{volume}"))


class RecordingSound:
    """The voice as the narrator sees it, recording into a speaker and chimes."""

    def __init__(self, speaker: RecordingSpeaker, chimes: FakeChimes, speaks: bool = True) -> None:
        self.speaker = speaker
        self.chimes = chimes
        self.speaks = speaks

    def duration(self, text: str) -> float:
        return self.speaker.duration(text)

    def say(self, text: str) -> None:
        self.speaker.say(text)

    def stop(self) -> None:
        self.speaker.stop()

    def pause(self) -> None:
        self.speaker.pause()

    def resume(self) -> None:
        self.speaker.resume()

    def play_chime(self, name: Chime) -> None:
        self.chimes.play(name)

    def stop_chimes(self) -> None:
        self.chimes.stop()


def fake_backends(
    engine: FakeEngine, player: FakePlayer | None = None, say_works: bool = False
) -> Backends:
    player = player or FakePlayer()
    return Backends(
        make_engine=lambda: engine,
        make_player=lambda parent: player,
        audio_available=lambda: True,
        say_problem=(lambda: None) if say_works else (lambda: "no aplay here"),
        timeout=0.3,
    )


def intervals(times: list[float]) -> Iterator[float]:
    return (b - a for a, b in itertools.pairwise(times))
