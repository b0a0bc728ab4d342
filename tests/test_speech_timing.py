"""With the real voice on, cues still fire on time: speaking never blocks the event loop."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from stretchplayer.app import connect_narration
from stretchplayer.core.library import load_library
from stretchplayer.engine.pacing import Pacing
from stretchplayer.engine.timeline import Cue, build_timeline
from stretchplayer.session.controller import SessionController
from stretchplayer.session.narration import Narrator, Policy
from stretchplayer.session.planner import SessionPlanner
from stretchplayer.storage.settings import Settings
from stretchplayer.voice.players import ClipPlayer
from stretchplayer.voice.rendered_speaker import RenderedSpeaker
from stretchplayer.voice.voice_system import Backends, VoiceSystem
from tests.helpers import run_cli
from tests.test_speech_support import FakeChimes, needs_espeak

pytestmark = [needs_espeak, pytest.mark.slow]
LIBRARY = load_library()
SHORT = ("--poses", "calf-stretch", "--breath-in", "1", "--breath-out", "1", "--countdown", "3")


@pytest.fixture
def voice(qtbot: QtBot) -> Iterator[VoiceSystem]:
    # The real engine and the real output; without a sound server it plays to nowhere, at
    # the right pace, which is all this test needs (tests/test_real_sound.py records it).
    system = VoiceSystem(
        Settings(), chimes=FakeChimes(), backends=Backends(audio_available=lambda: True)
    )
    yield system
    system.shutdown()


def test_cues_fire_on_time_while_the_real_voice_speaks(qtbot: QtBot, voice: VoiceSystem) -> None:
    speaker = voice.speaker
    assert isinstance(speaker, RenderedSpeaker)
    assert isinstance(speaker._player, ClipPlayer)
    poses = LIBRARY.select(["calf-stretch"])
    pacing = Pacing(breath_in=1, breath_out=1, countdown=3)
    speed = 40.0
    controller = SessionController(build_timeline(poses), time.monotonic, speed)
    narrator = Narrator(voice, Policy())
    connect_narration(controller, narrator)
    # The first plan renders every utterance ahead; once they are rendered, the next is exact.
    planner = SessionPlanner(controller, voice, narrator, pacing, poses)
    qtbot.waitUntil(lambda: not speaker.busy(), timeout=20_000)
    planner.plan()
    timeline = controller.timeline
    said = [w for c in timeline.cues if (w := narrator.policy.words(c)) is not None]
    assert said and all(speaker.known(w) for w in said)

    spoken: list[str] = []
    narrator.spoken.connect(spoken.append)
    lateness: list[float] = []
    started = time.monotonic()

    def reached(cue: Cue, stale: bool) -> None:
        lateness.append(time.monotonic() - started - cue.t / speed)

    controller.cueReached.connect(reached)
    started = time.monotonic()
    with qtbot.waitSignal(controller.finished, timeout=int(timeline.total / speed * 1000) + 5000):
        controller.start()
    assert len(spoken) > 20
    assert len(lateness) == len(timeline.cues)
    print(f"{len(lateness)} cues, latest {max(lateness) * 1000:.1f} ms late")
    # A PreciseTimer is within a millisecond or two; the rest is slack for a busy 2-core box.
    assert max(lateness) < 0.03


def test_play_json_keeps_time_with_the_voice_on() -> None:
    done = run_cli("play", "--text", "--voice", "--json", "--speed", "40", *SHORT)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]  # JSON only
    assert lines[0]["kind"] == "countdown" and lines[-1]["kind"] == "done"
    late = max(line["at"] - line["t"] for line in lines)
    assert late < 0.03
    with_voice = run_cli("plan", "--voice", "--json", *SHORT)
    planned = json.loads(with_voice.stdout)
    assert [c["t"] for c in planned["cues"]] == pytest.approx(
        [line["t"] * 40 for line in lines], abs=0.01
    )
