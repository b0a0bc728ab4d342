"""When speech breaks, the session goes on exactly on time, silently, with a visible notice;
switching the voice on again tries again. Broken engines are injected; nothing sleeps."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from pytestqt.qtbot import QtBot

from stretchplayer.app import connect_narration
from stretchplayer.core.model import Library
from stretchplayer.engine.pacing import Pacing
from stretchplayer.engine.timeline import Timeline, build_timeline
from stretchplayer.session.narration import Narrator, Policy
from stretchplayer.storage.settings import Settings
from stretchplayer.voice.players import SoundOutput
from stretchplayer.voice.rendered_speaker import RenderedSpeaker
from stretchplayer.voice.speakers import SayingSpeaker, SilentSpeaker
from stretchplayer.voice.tts import EngineError
from stretchplayer.voice.voice_system import NO_DEVICE, Backends, VoiceSystem
from tests.fakes import CountingEngine, FakeChimes, FakeEngine, FakePlayer, fake_backends
from tests.helpers import CUE_LATENESS_LIMIT, play_in_real_time


@dataclass
class Rig:
    voice: VoiceSystem
    engine: FakeEngine
    player: FakePlayer
    notices: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.narrator = Narrator(self.voice, Policy())


@pytest.fixture
def rigs(qtbot: QtBot) -> Iterator[list[Rig]]:
    made: list[Rig] = []
    yield made
    for rig in made:
        rig.engine.release.set()
        rig.voice.shutdown()


def make_rig(
    rigs: list[Rig], engine: FakeEngine, say_works: bool = False, **settings: object
) -> Rig:
    player = FakePlayer()
    voice = VoiceSystem(
        Settings(**settings),  # type: ignore[arg-type]
        chimes=FakeChimes(),
        backends=fake_backends(engine, player, say_works),
    )
    rig = Rig(voice, engine, player)
    voice.notice.connect(rig.notices.append)
    rigs.append(rig)
    return rig


def short_timeline(library: Library) -> Timeline:
    return build_timeline(
        library.select(["calf-stretch"]),
        Pacing(breath_in=1, breath_out=1, countdown=3, switch_gap=2, release=2, step_min=2),
    )


def test_without_pyttsx3_the_voice_is_silent_with_a_notice(
    qtbot: QtBot, rigs: list[Rig], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyttsx3", None)  # import pyttsx3 now fails
    rig = make_rig(rigs, FakeEngine())
    assert isinstance(rig.voice.speaker, SilentSpeaker)
    qtbot.waitUntil(lambda: bool(rig.notices))
    assert "pyttsx3 is not installed" in rig.notices[0]
    assert rig.narrator.speech_time("step", "Bend your knee.") == 0.0


def test_without_an_audio_device_the_voice_is_silent_with_a_notice(
    qtbot: QtBot, rigs: list[Rig]
) -> None:
    player = FakePlayer()
    backends = fake_backends(FakeEngine(), player)
    backends.audio_available = lambda: False
    voice = VoiceSystem(Settings(), chimes=FakeChimes(), backends=backends)
    rigs.append(Rig(voice, FakeEngine(), player))
    with qtbot.waitSignal(voice.notice) as blocker:
        pass
    assert blocker.args == [NO_DEVICE]
    assert voice.current_notice == NO_DEVICE


def test_an_engine_that_cannot_start_leaves_silence_and_a_notice(
    qtbot: QtBot, rigs: list[Rig]
) -> None:
    def broken() -> FakeEngine:
        raise EngineError("the espeak-ng speech library is missing or broken")

    backends = Backends(
        make_engine=broken,
        make_player=lambda parent: FakePlayer(),
        # A sound output that is always up, as fake_backends gives: the real one's "No sound"
        # (no sound server on this machine) could come before the engine's notice.
        make_output=lambda parent: SoundOutput(parent, command=["cat"]),
        audio_available=lambda: True,
        say_problem=lambda: None,
        timeout=0.3,
    )
    voice = VoiceSystem(Settings(), chimes=FakeChimes(), backends=backends)
    rigs.append(Rig(voice, FakeEngine(), FakePlayer()))
    with qtbot.waitSignal(voice.notice, timeout=5000) as blocker:
        pass
    assert blocker.args is not None and "espeak-ng speech library is missing" in blocker.args[0]
    assert isinstance(voice.speaker, SilentSpeaker)  # no say() fallback without an engine


def test_an_engine_that_hangs_while_starting_times_out_too(qtbot: QtBot, rigs: list[Rig]) -> None:
    release = threading.Event()

    def stuck() -> FakeEngine:
        release.wait(30)
        return FakeEngine()

    backends = fake_backends(FakeEngine())
    backends.make_engine = stuck
    try:
        voice = VoiceSystem(Settings(), chimes=FakeChimes(), backends=backends)
        rigs.append(Rig(voice, FakeEngine(), FakePlayer()))
        with qtbot.waitSignal(voice.notice, timeout=5000) as blocker:
            pass
        assert blocker.args is not None and "stopped responding" in blocker.args[0]
        assert isinstance(voice.speaker, SilentSpeaker)
    finally:
        release.set()


@pytest.mark.slow  # real time: test_controller.py has the one real-time test of the default run
def test_a_render_that_raises_mid_session_silences_the_voice_not_the_session(
    library: Library, qtbot: QtBot, rigs: list[Rig]
) -> None:
    rig = make_rig(rigs, CountingEngine("raise", good=3))
    lateness = play_in_real_time(
        qtbot, short_timeline(library), attach=lambda c: connect_narration(c, rig.narrator)
    )
    assert isinstance(rig.voice.speaker, SilentSpeaker)
    assert any("boom" in n for n in rig.notices)
    assert len(rig.player.played()) >= 1  # it spoke before it broke
    # Every cue still fired on time.
    assert len(lateness) == len(short_timeline(library).cues)
    assert max(lateness) < CUE_LATENESS_LIMIT


@pytest.mark.slow  # real time, as above
def test_a_render_that_hangs_times_out_and_the_session_keeps_time(
    library: Library, qtbot: QtBot, rigs: list[Rig]
) -> None:
    rig = make_rig(rigs, CountingEngine("hang", good=2))
    lateness = play_in_real_time(
        qtbot, short_timeline(library), attach=lambda c: connect_narration(c, rig.narrator)
    )
    qtbot.waitUntil(lambda: isinstance(rig.voice.speaker, SilentSpeaker), timeout=5000)
    assert any("stopped responding" in n for n in rig.notices)
    assert max(lateness) < CUE_LATENESS_LIMIT


def test_switching_the_voice_on_again_retries(qtbot: QtBot, rigs: list[Rig]) -> None:
    engine = FakeEngine("raise")
    rig = make_rig(rigs, engine)
    rig.voice.prepare(["Calf stretch."])  # a render, which fails
    qtbot.waitUntil(lambda: isinstance(rig.voice.speaker, SilentSpeaker), timeout=5000)
    engine.mode = "ok"  # say the person fixed it
    rig.voice.set_enabled(False)
    with qtbot.waitSignal(rig.voice.speakerChanged):
        rig.voice.set_enabled(True)
    speaker = rig.voice.speaker
    assert isinstance(speaker, RenderedSpeaker)
    speaker.prepare(["Calf stretch."])
    qtbot.waitUntil(lambda: speaker.known("Calf stretch."), timeout=5000)
    assert "Calf stretch." in engine.rendered
    assert rig.voice.current_notice == ""


def test_after_a_hang_switching_on_again_starts_a_new_worker(qtbot: QtBot, rigs: list[Rig]) -> None:
    engine = FakeEngine("hang")
    rig = make_rig(rigs, engine)
    first = rig.voice.speaker
    assert isinstance(first, RenderedSpeaker)
    first.prepare(["Calf stretch."])
    qtbot.waitUntil(lambda: isinstance(rig.voice.speaker, SilentSpeaker), timeout=5000)
    engine.mode = "ok"
    engine.release.set()
    rig.voice.set_enabled(True)
    second = rig.voice.speaker
    assert isinstance(second, RenderedSpeaker) and second.worker is not first.worker
    with qtbot.waitSignal(second.durationsChanged, timeout=5000):
        second.prepare(["Calf stretch."])


def test_when_rendering_fails_but_the_engine_speaks_say_takes_over(
    qtbot: QtBot, rigs: list[Rig]
) -> None:
    engine = FakeEngine("raise", fail_on="Calf stretch.")
    rig = make_rig(rigs, engine, say_works=True)
    rig.voice.speaker.say("Calf stretch.")
    qtbot.waitUntil(lambda: isinstance(rig.voice.speaker, SayingSpeaker), timeout=5000)
    assert "speaking directly" in rig.voice.current_notice
    rig.voice.speaker.say("Switch sides.")
    qtbot.waitUntil(lambda: engine.spoken == ["Switch sides."], timeout=5000)
    # Its durations are estimates, which over-estimate: still safe for the timeline.
    assert rig.narrator.speech_time("switch", "Switch sides.") > 0.5


def test_voice_off_mid_session_stops_speech_and_frees_the_timeline(
    qtbot: QtBot, rigs: list[Rig]
) -> None:
    rig = make_rig(rigs, FakeEngine())
    assert rig.narrator.speech_time("step", "Bend your knee.") > 0
    with qtbot.waitSignal(rig.voice.durationsChanged):
        rig.voice.set_enabled(False)
    assert rig.player.calls[-1] == ("stop", None)
    assert rig.narrator.speech_time("step", "Bend your knee.") == 0.0
    assert not rig.narrator.policy.speaks


def test_preview_speaks_and_configure_changes_volume_and_voice(
    qtbot: QtBot, rigs: list[Rig]
) -> None:
    rig = make_rig(rigs, FakeEngine())
    rig.voice.preview("This is the voice.")
    qtbot.waitUntil(lambda: bool(rig.player.played()), timeout=5000)
    qtbot.waitUntil(lambda: bool(rig.voice.voices()), timeout=5000)
    assert rig.voice.voices()[0].id == "fake/en"
    with qtbot.waitSignal(rig.voice.durationsChanged):
        rig.voice.configure("fake/en", 220, 0.5)
    assert rig.player.volume == 0.5
