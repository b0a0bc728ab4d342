"""VoiceSystem and the narrator: what the composition root relies on."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from stretchplayer.app import connect_narration
from stretchplayer.core.model import Library
from stretchplayer.engine.timeline import build_timeline
from stretchplayer.session.controller import SessionController
from stretchplayer.session.narration import Narrator, Policy
from stretchplayer.storage.settings import Settings
from stretchplayer.voice.players import ChimePlayer
from stretchplayer.voice.voice_system import VoiceSystem
from tests.fakes import FakeChimes, FakeEngine, FakePlayer, fake_backends
from tests.sound_fakes import FakeOutput


@pytest.fixture
def voice(qtbot: QtBot) -> Iterator[tuple[VoiceSystem, FakeEngine, FakePlayer]]:
    engine, player = FakeEngine(), FakePlayer()
    system = VoiceSystem(Settings(), chimes=FakeChimes(), backends=fake_backends(engine, player))
    yield system, engine, player
    system.shutdown()


@pytest.fixture
def narrator(voice: tuple[VoiceSystem, FakeEngine, FakePlayer]) -> Narrator:
    return Narrator(voice[0], Policy.from_settings(Settings()))


def test_many_changes_at_once_ask_for_one_rebuild(
    qtbot: QtBot, voice: tuple[VoiceSystem, FakeEngine, FakePlayer], narrator: Narrator
) -> None:
    system, _, _ = voice
    qtbot.waitUntil(lambda: not system._durations.isActive())
    rebuilds: list[None] = []
    system.durationsChanged.connect(lambda: rebuilds.append(None))
    changed = dataclasses.replace(Settings(), verbosity="key", voice_rate=200, chimes=False)
    system.apply_settings(changed)
    narrator.set_policy(Policy.from_settings(changed))
    qtbot.waitUntil(lambda: bool(rebuilds))
    for _ in range(3):  # a second, zero-delay emission would come within these
        QCoreApplication.processEvents()
    assert len(rebuilds) == 1
    assert narrator.policy.verbosity == "key"
    assert not narrator.policy.chimes


def test_speech_time_follows_the_verbosity(qtbot: QtBot, narrator: Narrator) -> None:
    assert narrator.speech_time("step", "Bend your knee.") > 0
    narrator.set_policy(Policy("key", 3, True))
    assert narrator.speech_time("step", "Bend your knee.") == 0
    assert narrator.speech_time("pose", "Calf stretch.") > 0
    narrator.set_policy(Policy("chimes", 3, True))
    assert narrator.speech_time("pose", "Calf stretch.") == 0


def test_attached_to_a_controller_it_speaks_the_cues(
    library: Library,
    qtbot: QtBot,
    voice: tuple[VoiceSystem, FakeEngine, FakePlayer],
    narrator: Narrator,
) -> None:
    _, engine, player = voice
    timeline = build_timeline(library.select(["calf-stretch"]))
    controller = SessionController(timeline, time.monotonic)
    connect_narration(controller, narrator)
    controller.start()
    qtbot.waitUntil(lambda: bool(player.played()), timeout=5000)
    assert engine.rendered[-1].startswith("Get ready")
    controller.pause()
    assert player.calls[-1] == ("pause", None)
    controller.stop()
    assert player.calls[-1] == ("stop", None)


def test_chimes_load_the_shipped_files_and_play_on_their_own_channel() -> None:
    output = FakeOutput()
    player = ChimePlayer(output, volume=0.5)  # type: ignore[arg-type]
    assert output.volume == pytest.approx(0.5)
    player.play("exhale")
    player.stop()
    # 0.8 s of chime at 22050 Hz, 16-bit: decoded (and resampled) once, played from memory.
    assert output.calls == [("play", "chime", 2 * round(0.8 * 22050)), ("stop", "chime", 0)]
