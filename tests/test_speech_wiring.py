"""VoiceSystem and the narrator: what the composition root relies on."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QObject
from pytestqt.qtbot import QtBot

from stretchplayer.app import connect_narration
from stretchplayer.core.model import Library
from stretchplayer.engine.timeline import build_timeline
from stretchplayer.session.controller import SessionController
from stretchplayer.session.narration import Narrator, Policy
from stretchplayer.storage.settings import Settings
from stretchplayer.voice.players import ChimePlayer, SoundOutput
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
    asked: list[FakeOutput] = []

    def reach() -> FakeOutput:
        asked.append(output)
        return output

    player = ChimePlayer(reach, volume=0.5)  # type: ignore[arg-type]
    player.stop()
    assert asked == []  # chimes never played never start the output
    player.play("exhale")
    assert output.volume == pytest.approx(0.5)
    player.stop()
    # 0.8 s of chime at 22050 Hz, 16-bit: decoded once, played from memory.
    assert output.calls == [("play", "chime", 2 * round(0.8 * 22050)), ("stop", "chime", 0)]


class _Outputs:
    """Counts the outputs a VoiceSystem starts; each is `cat` into nothing."""

    def __init__(self) -> None:
        self.made: list[SoundOutput] = []

    def __call__(self, parent: QObject) -> SoundOutput:
        output = SoundOutput(parent, command=["cat"])
        self.made.append(output)
        return output


@pytest.mark.parametrize(
    ("settings", "warmed"),
    [
        (Settings(voice_enabled=False, chimes=False), False),
        (Settings(voice_enabled=False, chimes=True, verbosity="silent"), False),
        (Settings(voice_enabled=False, chimes=True), True),
        (Settings(voice_enabled=True, chimes=False), True),
    ],
)
def test_the_sound_output_starts_only_when_something_will_be_heard(
    qtbot: QtBot, settings: Settings, warmed: bool
) -> None:
    # With the voice and the chimes off, no output, so no "No sound" notice either.
    outputs = _Outputs()
    backends = fake_backends(FakeEngine())
    backends.make_output = outputs
    system = VoiceSystem(settings, backends=backends)
    try:
        assert len(outputs.made) == (1 if warmed else 0)
        chimes_on = dataclasses.replace(
            settings, voice_enabled=False, chimes=True, verbosity="full"
        )
        system.apply_settings(chimes_on)
        assert len(outputs.made) == 1  # switching chimes on warms it at once
    finally:
        system.shutdown()


def test_until_the_voice_starts_it_plans_with_estimates_and_keeps_what_to_render(
    qtbot: QtBot, library: Library
) -> None:
    engine, player = FakeEngine(), FakePlayer()
    system = VoiceSystem(
        Settings(), chimes=FakeChimes(), backends=fake_backends(engine, player), start=False
    )
    try:
        text = library.poses[0].steps[0]
        assert system.speaks and system.duration(text) > 0  # the first plan leaves room
        system.prepare([text])
        assert engine.rendered == []  # no engine before the window has painted
        with qtbot.waitSignal(system.durationsChanged, timeout=5000):
            system.start()
        qtbot.waitUntil(lambda: text in engine.rendered, timeout=5000)
    finally:
        system.shutdown()


def test_speaking_before_the_voice_started_starts_it(qtbot: QtBot) -> None:
    engine, player = FakeEngine(), FakePlayer()
    system = VoiceSystem(
        Settings(), chimes=FakeChimes(), backends=fake_backends(engine, player), start=False
    )
    try:
        system.say("Get ready.")
        qtbot.waitUntil(lambda: any(call[0] == "play" for call in player.calls), timeout=5000)
    finally:
        system.shutdown()
