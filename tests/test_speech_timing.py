"""With the real voice on, cues still fire on time: speaking never blocks the event loop."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from stretchplayer.app import connect_narration
from stretchplayer.core.model import Library
from stretchplayer.engine.pacing import Pacing
from stretchplayer.engine.timeline import build_timeline
from stretchplayer.session.controller import SessionController
from stretchplayer.session.narration import Narrator, Policy
from stretchplayer.session.planner import SessionPlanner
from stretchplayer.storage.settings import Settings
from stretchplayer.voice.players import ClipPlayer
from stretchplayer.voice.rendered_speaker import RenderedSpeaker
from stretchplayer.voice.voice_system import Backends, VoiceSystem
from tests.fakes import FakeChimes
from tests.helpers import CUE_LATENESS_LIMIT, needs_espeak, play_in_real_time, run_cli

pytestmark = [needs_espeak, pytest.mark.slow]
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


# The voice fixture claims an audio device this machine does not have, so QMediaPlayer tells
# Qt's log at each clip that it plays to nowhere (the app itself would have gone silent).
@pytest.mark.qt_log_ignore("^No audio device detected$")
def test_cues_fire_on_time_while_the_real_voice_speaks(
    library: Library, qtbot: QtBot, voice: VoiceSystem
) -> None:
    speaker = voice.speaker
    assert isinstance(speaker, RenderedSpeaker)
    assert isinstance(speaker._player, ClipPlayer)
    poses = library.select(["calf-stretch"])
    pacing = Pacing(breath_in=1, breath_out=1, countdown=3)
    narrator = Narrator(voice, Policy())
    # The first plan renders every utterance ahead; once they are rendered, the next is exact.
    planner = SessionPlanner(
        SessionController(build_timeline(poses)), voice, narrator, pacing, poses
    )
    qtbot.waitUntil(lambda: not speaker.busy(), timeout=20_000)
    planner.plan()
    timeline = planner.timeline
    assert timeline is not None
    said = [w for c in timeline.cues if (w := narrator.policy.words(c)) is not None]
    assert said and all(speaker.known(w) for w in said)

    spoken: list[str] = []
    narrator.spoken.connect(spoken.append)
    lateness = play_in_real_time(qtbot, timeline, attach=lambda c: connect_narration(c, narrator))
    assert len(spoken) > 20
    assert len(lateness) == len(timeline.cues)
    print(f"{len(lateness)} cues, latest {max(lateness) * 1000:.1f} ms late")
    assert max(lateness) < CUE_LATENESS_LIMIT


def test_play_json_keeps_time_with_the_voice_on() -> None:
    done = run_cli("play", "--text", "--voice", "--json", "--speed", "40", *SHORT)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]  # JSON only
    assert lines[0]["kind"] == "countdown" and lines[-1]["kind"] == "done"
    late = max(line["at"] - line["t"] for line in lines)
    assert late < CUE_LATENESS_LIMIT
    with_voice = run_cli("plan", "--voice", "--json", *SHORT)
    planned = json.loads(with_voice.stdout)
    assert [c["t"] for c in planned["cues"]] == pytest.approx(
        [line["t"] * 40 for line in lines], abs=0.01
    )
