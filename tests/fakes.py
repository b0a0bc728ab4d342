"""Every fake, stub and recording double of the test suite, in one place.

Each stands in for one collaborator of the code under test, so a test can drive it by hand
(the clock), make it misbehave on demand (the speech engine) or ask afterwards what it was
asked to do (players, chimes, speakers, the history book). Nothing here sleeps or needs a
sound card. Shared fixtures built from these live in conftest.py; helpers that are not
stand-ins (paths, the CLI runner, the real-timer harness, markers) live in helpers.py.
A test module keeps only what is not a stand-in: its rigs that wire real parts to these
fakes, and listeners on the object under test's own signals (test_controller's Recorder).
"""

from __future__ import annotations

import math
import struct
import threading
import wave
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from stretchplayer.session.narration import Policy
from stretchplayer.voice.chimes import Chime
from stretchplayer.voice.players import SoundOutput
from stretchplayer.voice.tts import EngineError, Voice, VoiceConfig
from stretchplayer.voice.voice_system import Backends

# --- time ---------------------------------------------------------------------------------


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


# --- speech -------------------------------------------------------------------------------


def write_tone(path: Path, seconds: float, rate: int = 22050, level: float = 0.3) -> None:
    """A 440 Hz sine WAV (16-bit mono): what the fake engine renders, and a clip for tests."""
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


class CountingEngine(FakeEngine):
    """Works for the first `good` renders, then misbehaves as `mode` says."""

    def __init__(self, mode: str, good: int) -> None:
        super().__init__("ok")
        self.after = mode
        self.good = good

    def render(self, text: str, target: Path, config: VoiceConfig) -> None:
        if len(self.rendered) >= self.good:
            self.mode = self.after
        super().render(text, target, config)


class FakePlayer:
    """A clip player that records play/stop/pause/resume instead of making a sound."""

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
    """Chimes that record which chime was asked for (and "stop")."""

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
    """Backends for VoiceSystem that build these fakes and claim an audio device (whose
    output, warmed when the voice starts, is `cat` into nothing)."""
    player = player or FakePlayer()
    return Backends(
        make_engine=lambda: engine,
        make_output=lambda parent: SoundOutput(parent, command=["cat"]),
        make_player=lambda parent: player,
        audio_available=lambda: True,
        say_problem=(lambda: None) if say_works else (lambda: "no aplay here"),
        timeout=0.3,
    )


# --- history ------------------------------------------------------------------------------


class RecordingBook:
    """Stands in for History.record: keeps every entry the session recorder writes."""

    def __init__(self) -> None:
        self.entries: list[tuple[datetime, float, list[str], bool]] = []

    def __call__(
        self, started: datetime, seconds: float, poses: list[str], completed: bool
    ) -> None:
        self.entries.append((started, seconds, poses, completed))


class FakeSpeech:
    """Lengths by text; remembers what it was asked to render ahead."""

    def __init__(self, seconds: float = 1.5) -> None:
        self.seconds = seconds
        self.prepared: list[str] = []

    def duration(self, text: str) -> float:
        return self.seconds

    def prepare(self, texts: Iterable[str]) -> None:
        self.prepared.extend(texts)


class FixedPolicy:
    """The narrator as the planner sees it: a policy that does not change by itself."""

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
