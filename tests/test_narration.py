"""The narrator: what is said and chimed at each cue, by verbosity, and how it follows
the session's state. A recording speaker and a fake clock: nothing sleeps."""

from __future__ import annotations

from collections import Counter

import pytest
from pytestqt.qtbot import QtBot

from stretchplayer.app import connect_narration
from stretchplayer.core.fields import Verbosity
from stretchplayer.core.model import Library
from stretchplayer.engine.pacing import Pacing
from stretchplayer.engine.timeline import Timeline, build_timeline
from stretchplayer.session.controller import SessionController
from stretchplayer.session.narration import Narrator, Policy, speech_time
from tests.fakes import FakeChimes, FakeClock, RecordingSound, RecordingSpeaker


class Session:
    def __init__(self, timeline: Timeline, policy: Policy) -> None:
        self.clock = FakeClock()
        self.speaker = RecordingSpeaker()
        self.chimes = FakeChimes()
        self.controller = SessionController(timeline, self.clock)
        self.sound = RecordingSound(self.speaker, self.chimes)
        self.narrator = Narrator(self.sound, policy)
        connect_narration(self.controller, self.narrator)

    def step(self) -> bool:
        """Advance the fake clock to the next wake-up and fire it; False when nothing is due."""
        armed = self.controller.armed_ms()
        if armed is None:
            return False
        self.clock.advance(armed / 1000)
        self.controller.update()
        return True

    def play_through(self) -> None:
        self.controller.start()
        while self.step():
            pass


def session(
    library: Library,
    poses: list[str],
    verbosity: Verbosity = "full",
    spoken_breaths: int = 3,
    chimes: bool = True,
) -> Session:
    policy = Policy(verbosity, spoken_breaths, chimes)
    speaker = RecordingSpeaker()
    timeline = build_timeline(library.select(poses), Pacing(speech=speech_time(policy, speaker)))
    return Session(timeline, policy)


@pytest.fixture(autouse=True)
def _app(qapp: object) -> None:
    """The controller's QTimer wants a QCoreApplication; the fake clock drives it."""


def test_full_says_every_cue_and_only_the_first_breaths(library: Library) -> None:
    s = session(library, ["lizard-pose"], "full", spoken_breaths=3)
    s.play_through()
    said = s.speaker.said()
    timeline = s.controller.timeline
    steps = [c.say for c in timeline.cues if c.kind == "step"]
    assert steps and all(step in said for step in steps)
    assert said[0].startswith("Get ready.")
    assert said[-1].startswith("Well done")
    # Two sides x 3 breaths x (inhale + exhale) spoken; the other 7 breaths a side chime.
    assert Counter(said)["Inhale"] == 6 and Counter(said)["Exhale"] == 6
    assert Counter(s.chimes.calls)["inhale"] == 14
    assert Counter(s.chimes.calls)["exhale"] == 14
    assert "transition" not in s.chimes.calls  # everything else was spoken


def test_a_session_skipped_through_is_not_praised_aloud(library: Library) -> None:
    """The window said "That was quick" (not in the history); the voice said Well done."""
    s = session(library, ["lizard-pose", "half-split"])
    s.controller.start()
    for _ in s.controller.timeline.spans:
        s.controller.next_pose()
    s.controller.next_pose()  # past the last pose: the end
    while s.step():
        pass
    said = s.speaker.said()
    assert said[-1] == "That was quick."
    assert not any(text.startswith("Well done") for text in said)


def test_breath_words_follow_the_pose_rhythm(library: Library) -> None:
    s = session(library, ["supine-hamstring-stretch"], "full", spoken_breaths=2)
    s.play_through()
    said = s.speaker.said()
    breath_says = {c.say for c in s.controller.timeline.cues if c.kind == "breath"}
    assert breath_says & set(said)
    assert "Press" in said  # the pose's own rhythm, not "Inhale"


def test_key_skips_setup_steps_and_release(library: Library) -> None:
    s = session(library, ["calf-stretch", "seated-forward-fold"], "key")
    s.play_through()
    said = s.speaker.said()
    kinds_said = {c.kind for c in s.controller.timeline.cues if c.say in said}
    assert kinds_said >= {"countdown", "pose", "hold", "switch", "rest", "done", "breath"}
    steps = {c.say for c in s.controller.timeline.cues if c.kind == "step"}
    assert not steps & set(said)
    assert any(text.startswith("Rest. Next: Seated") for text in said)
    assert {"3", "2", "1"} <= set(said)
    releases = sum(c.kind == "release" for c in s.controller.timeline.cues)
    assert Counter(s.chimes.calls)["transition"] == releases


def test_chimes_says_nothing_and_chimes_every_change(library: Library) -> None:
    s = session(library, ["calf-stretch"], "chimes")
    s.play_through()
    assert s.speaker.said() == []
    counts = Counter(s.chimes.calls)
    assert counts["inhale"] == counts["exhale"] == 20
    assert counts["countdown"] == 3
    assert counts["transition"] > 5


def test_silent_is_silent(library: Library) -> None:
    s = session(library, ["calf-stretch"], "silent")
    s.play_through()
    assert s.speaker.said() == []
    assert [c for c in s.chimes.calls if c != "stop"] == []


def test_no_chimes_setting_means_no_chimes(library: Library) -> None:
    s = session(library, ["calf-stretch"], "full", chimes=False)
    s.play_through()
    assert s.speaker.said()
    assert [c for c in s.chimes.calls if c != "stop"] == []


def test_stale_cues_are_never_spoken(library: Library) -> None:
    s = session(library, ["calf-stretch"], "full")
    s.controller.start()
    assert len(s.speaker.said()) == 1
    # A stall: 40 s pass at once. Several cues come due; only the newest is announced.
    s.clock.advance(40)
    s.controller.update()
    newest = s.controller.position().cue
    assert newest is not None
    assert s.speaker.said()[1:] == [newest.say]


def test_pause_resume_and_stop_reach_the_speaker(library: Library) -> None:
    s = session(library, ["calf-stretch"], "full")
    s.controller.start()
    s.controller.pause()
    assert s.speaker.actions()[-1] == "pause"
    assert s.chimes.calls[-1] == "stop"
    s.controller.resume()
    assert s.speaker.actions()[-1] == "resume"
    s.controller.stop()
    assert s.speaker.actions()[-1] == "stop"
    assert s.chimes.calls[-1] == "stop"


def test_a_pose_chosen_while_paused_is_announced_on_resume(library: Library) -> None:
    s = session(library, ["calf-stretch", "lizard-pose"], "full")
    s.controller.start()
    s.controller.pause()
    before = len(s.speaker.said())
    s.controller.next_pose()
    assert len(s.speaker.said()) == before  # nothing said while paused...
    assert s.speaker.actions()[-1] == "stop"  # ...and the paused words are dropped
    s.controller.resume()
    assert s.speaker.said()[-1].startswith("Calf stretch")


def test_turning_the_voice_off_mid_session_stops_it_and_chimes_instead(library: Library) -> None:
    s = session(library, ["calf-stretch"], "full")
    s.controller.start()
    s.narrator.set_policy(Policy("full", voice=False))
    assert s.speaker.actions()[-1] == "stop"
    said = len(s.speaker.said())
    while s.step():
        pass
    assert len(s.speaker.said()) == said
    assert Counter(s.chimes.calls)["inhale"] == 20


def test_speech_time_counts_only_what_will_be_said() -> None:
    speaker = RecordingSpeaker()
    full = speech_time(Policy("full"), speaker)
    key = speech_time(Policy("key"), speaker)
    chimes = speech_time(Policy("chimes"), speaker)
    off = speech_time(Policy("full", voice=False), speaker)
    assert full("step", "Bend your knee") > 0
    assert key("step", "Bend your knee") == 0
    assert key("pose", "Calf stretch.") > 0
    assert chimes("pose", "Calf stretch.") == off("pose", "Calf stretch.") == 0
    assert speech_time(Policy("full", spoken_breaths=0), speaker)("breath", "Inhale") == 0


def test_unspoken_cues_do_not_stretch_the_timeline(library: Library) -> None:
    slow = RecordingSpeaker(seconds_per_char=0.3)  # a very slow voice
    poses = library.select(["calf-stretch"])
    silent = build_timeline(poses)
    full = build_timeline(poses, Pacing(speech=speech_time(Policy("full"), slow)))
    chimes = build_timeline(poses, Pacing(speech=speech_time(Policy("chimes"), slow)))
    assert full.total > silent.total
    assert chimes.total == silent.total


def test_signals_report_what_was_announced(library: Library, qtbot: QtBot) -> None:
    s = session(library, ["calf-stretch"], "full")
    with qtbot.waitSignal(s.narrator.spoken) as blocker:
        s.controller.start()
    assert blocker.args is not None and blocker.args[0].startswith("Get ready")
