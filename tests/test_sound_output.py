"""The one audio output without a sound server: its child program is faked, so this is fast.

tests/test_real_sound.py plays through a real PulseAudio server; here the child is a small
Python program that writes what it is fed to a file, exits at once, or is missing.
"""

from __future__ import annotations

import array
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from stretchplayer.core import i18n
from stretchplayer.storage.settings import Settings
from stretchplayer.voice.output import BACK_NOTICE, AudioOutput, SoundNotice
from stretchplayer.voice.players import ClipPlayer, SoundOutput
from stretchplayer.voice.voice_system import VoiceSystem
from tests.fakes import FakeEngine, fake_backends

SINK = (
    "import sys\n"
    "out = open(sys.argv[1], 'wb')\n"
    "while chunk := sys.stdin.buffer.read1(4096):\n"
    "    out.write(chunk); out.flush()\n"
)


def wait_until(condition: object, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


class Notices:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.back: list[bool] = []
        self._lock = threading.Lock()

    def __call__(self, notice: SoundNotice) -> None:
        with self._lock:
            self.lines.append(notice.text)
            self.back.append(notice.back)


def level(frames: int, value: int) -> bytes:
    return array.array("h", [value] * frames).tobytes()


def tone(frames: int, level: int = 8000) -> bytes:
    return array.array("h", [level if i % 20 < 10 else -level for i in range(frames)]).tobytes()


def test_speech_and_a_chime_are_mixed_into_one_stream(tmp_path: Path) -> None:
    out = tmp_path / "stream.raw"
    output = AudioOutput(command=[sys.executable, "-c", SINK, str(out)])
    try:
        wait_until(lambda: output.up)
        output.set_volume(0.5)
        output.play("speech", level(22050, 8000))  # a second of "speech"
        output.play("chime", level(2205, 4000))  # and a tenth of a second of chime in it
        wait_until(lambda: not output.playing("speech") and not output.playing("chime"))
        time.sleep(0.1)
    finally:
        output.close()
    samples = array.array("h")
    samples.frombytes(out.read_bytes())
    # At half volume: the chime over the speech, (8000 + 4000) / 2, then the speech alone;
    # nothing cut off, nothing played twice.
    assert samples.count(6000) == 2205
    assert samples.count(4000) == 22050 - 2205
    assert max(samples) == 6000


def test_no_sound_server_means_one_notice_and_retries_that_back_off() -> None:
    notices = Notices()
    output = AudioOutput(
        notices, command=[sys.executable, "-c", "raise SystemExit(1)"], retry=(0.1, 0.4)
    )
    try:
        time.sleep(2.0)
        output.play("speech", tone(22050))  # nobody hears it, and nothing breaks
    finally:
        output.close()
    assert len(notices.lines) == 1
    assert notices.lines[0].startswith("No sound: no sound server answered")
    assert "goes on silently and on time" in notices.lines[0]
    # 0.1, 0.2, 0.4, 0.4, … s apart: a handful in two seconds, not a storm.
    assert 3 <= output.children <= 8


def no_server(reason: str) -> list[str]:
    """A sound program that gives up at once, saying why as pacat does."""
    return [sys.executable, "-c", f"import sys; sys.exit('Connection failure: {reason}')"]


def first_notice_in_german(reason: str) -> str:
    """The notice a German desktop shows when the sound program gives up with `reason`."""
    i18n.set_language("de")
    notices = Notices()
    output = AudioOutput(notices, command=no_server(reason), retry=(5.0, 5.0))
    try:
        wait_until(lambda: notices.lines)
    finally:
        output.close()
    return notices.lines[0]


def test_in_german_no_sound_server_is_said_in_german() -> None:
    notice = first_notice_in_german("Connection refused")
    assert notice.startswith(
        "Kein Ton: kein Tonserver hat geantwortet (die Verbindung wurde abgelehnt)."
    )
    assert "refused" not in notice


def test_a_reason_the_app_does_not_know_is_quoted_as_the_program_said_it() -> None:
    notice = first_notice_in_german("Bad state")
    assert notice.startswith("Kein Ton: kein Tonserver hat geantwortet (bad state).")


def test_a_missing_sound_program_is_one_notice_and_no_retries() -> None:
    notices = Notices()
    output = AudioOutput(notices, command=["no-such-sound-program-here"], retry=(0.05, 0.1))
    try:
        time.sleep(0.5)
    finally:
        output.close()
    assert output.children == 1
    assert (
        len(notices.lines) == 1
        and "no-such-sound-program-here is not installed" in notices.lines[0]
    )


def test_a_server_that_comes_back_brings_the_sound_back(tmp_path: Path) -> None:
    notices = Notices()
    flag = tmp_path / "server-up"
    # Exits at once until the flag file exists, then plays (reads) like a real child.
    child = (
        "import os, sys\n"
        f"if not os.path.exists({str(flag)!r}): raise SystemExit(1)\n"
        "while sys.stdin.buffer.read1(4096): pass\n"
    )
    output = AudioOutput(notices, command=[sys.executable, "-c", child], retry=(0.1, 0.2))
    try:
        wait_until(lambda: notices.lines)
        flag.touch()
        wait_until(lambda: output.up)
        wait_until(lambda: len(notices.lines) == 2)
    finally:
        output.close()
    assert notices.lines[1] == BACK_NOTICE
    assert notices.back == [False, True]


def voice_playing_through(program: str) -> VoiceSystem:
    """The voice (a fake engine, real clip players) with this Python program as its sound
    program in place of pacat."""
    backends = fake_backends(FakeEngine())
    backends.make_output = lambda parent: SoundOutput(
        parent, command=[sys.executable, "-c", program]
    )
    backends.make_player = ClipPlayer
    return VoiceSystem(Settings(), backends=backends)


def test_in_german_sound_coming_back_clears_the_no_sound_notice(
    qtbot: QtBot, tmp_path: Path
) -> None:
    i18n.set_language("de")
    flag = tmp_path / "server-up"
    child = (
        "import os, sys\n"
        f"if not os.path.exists({str(flag)!r}): raise SystemExit(1)\n"
        "while sys.stdin.buffer.read1(4096): pass\n"
    )
    voice = voice_playing_through(child)
    try:
        notices: list[str] = []
        voice.notice.connect(notices.append)
        qtbot.waitUntil(lambda: bool(notices), timeout=5000)
        assert notices[0].startswith("Kein Ton:")
        assert voice.current_notice == notices[0]
        flag.touch()
        qtbot.waitUntil(lambda: len(notices) == 2, timeout=10000)
        assert notices[1] == "Der Ton ist zurück."
        assert voice.current_notice == ""  # nothing wrong is shown any more
    finally:
        voice.shutdown()


def test_between_sounds_nothing_is_streamed_and_the_next_sound_plays_whole(
    tmp_path: Path,
) -> None:
    out = tmp_path / "stream.raw"
    output = AudioOutput(command=[sys.executable, "-c", SINK, str(out)])
    try:
        wait_until(lambda: output.up)  # a second with nothing to play
        assert out.read_bytes() == b""  # no silence written: the mixer slept
        output.play("chime", level(4410, 3000))
        wait_until(lambda: not output.playing("chime"))
        time.sleep(0.1)
    finally:
        output.close()
    samples = array.array("h")
    samples.frombytes(out.read_bytes())
    assert samples.count(3000) == 4410  # from its first sample to its last


def test_a_quiet_output_lets_its_program_go_and_the_next_sound_plays_whole(
    tmp_path: Path,
) -> None:
    """A stream left open with nothing to play keeps the sound server mixing and the sound
    card awake for as long as the window is open: after `rest` seconds of quiet the program
    ends, with no notice and no wake of the mixer until a sound is asked for, which a new
    program then plays from its first sample to its last."""
    notices = Notices()
    out = tmp_path / "stream.raw"
    appending = SINK.replace("'wb'", "'ab'")  # each program adds to the file
    others = set(threading.enumerate())  # earlier tests' outputs may still be winding down
    output = AudioOutput(notices, command=[sys.executable, "-c", appending, str(out)], rest=1.5)
    try:
        wait_until(lambda: output.up)  # a second after it started, half a second to go
        wait_until(lambda: not output.up, timeout=3.0)  # let go
        assert output.children == 1
        mixer = _new_mixer(others)
        before = _settled_wakes(mixer)
        threading.Event().wait(1.0)  # a window of time to watch, not a wait for an event
        assert _wakes(mixer) - before <= 1
        output.play("chime", level(4410, 3000))
        wait_until(lambda: out.exists() and out.read_bytes().count(level(1, 3000)) >= 4410)
        assert output.children == 2
    finally:
        output.close()
    samples = array.array("h")
    samples.frombytes(out.read_bytes())
    assert samples.count(3000) == 4410  # nothing cut off, nothing played twice
    assert notices.lines == []  # nothing went wrong, so nothing is said


def test_a_sound_right_after_the_program_is_let_go_plays_whole(tmp_path: Path) -> None:
    """The moments after a quiet output lets its program go are moments like any other: a
    chime asked for then starts a new program and is heard from its first sample, not cut."""
    out = tmp_path / "stream.raw"
    appending = SINK.replace("'wb'", "'ab'")  # each program adds to the file
    output = AudioOutput(command=[sys.executable, "-c", appending, str(out)], rest=1.5)
    try:
        wait_until(lambda: output.up)
        wait_until(lambda: not output.up, timeout=3.0)  # let go
        threading.Event().wait(0.5)  # the person presses Space half a second later
        output.play("chime", level(11025, 3000))  # half a second
        wait_until(lambda: not output.playing("chime"))
        wait_until(lambda: output.children == 2)
    finally:
        output.close()
    samples = array.array("h")
    samples.frombytes(out.read_bytes())
    assert samples.count(3000) == 11025  # nothing cut off, nothing played twice


def test_a_child_that_stops_reading_is_replaced(tmp_path: Path) -> None:
    notices = Notices()
    output = AudioOutput(
        notices, command=[sys.executable, "-c", "import time; time.sleep(60)"], stall=0.5
    )
    try:
        output.play("speech", level(22050 * 10, 8000))  # a sound it takes none of
        wait_until(lambda: output.children >= 2, timeout=5)
    finally:
        output.close()
    assert len(notices.lines) == 1  # one outage, one line


def test_the_voice_shows_the_outputs_notice_once_and_keeps_speaking(qtbot: QtBot) -> None:
    """Without a sound server the voice still renders and times speech (the session is the
    same as with sound); the person sees one line, on the GUI thread."""
    voice = voice_playing_through("raise SystemExit(1)")
    try:
        notices: list[str] = []
        voice.notice.connect(notices.append)
        qtbot.waitUntil(lambda: bool(notices), timeout=5000)
        qtbot.wait(1600)  # retries at 0.5 and 1.5 s: no more lines
        assert len(notices) == 1 and notices[0].startswith("No sound:")
        assert voice.current_notice == notices[0]
        assert voice.speaks  # the speech, and so the timeline, is as with sound
    finally:
        voice.shutdown()


def test_the_no_sound_notice_is_shown_even_when_the_app_is_slow_to_listen(qtbot: QtBot) -> None:
    """Measured in CI: on a loaded machine the sound program had failed, and the output had
    said so, before the voice connected to it; `play --voice` then said nothing at all."""
    spoke = threading.Event()

    class Watched(SoundOutput):
        def _notify(self, notice: SoundNotice) -> None:
            spoke.set()
            super()._notify(notice)

    def held_up(parent: QObject) -> SoundOutput:
        output = Watched(parent, command=no_server("Connection refused"))
        # The GUI thread held up here, the worst case: until the output has spoken, if it can.
        spoke.wait(1.0)
        return output

    backends = fake_backends(FakeEngine())
    backends.make_output = held_up
    backends.make_player = ClipPlayer
    voice = VoiceSystem(Settings(), backends=backends)
    try:
        notices: list[str] = []
        voice.notice.connect(notices.append)
        qtbot.waitUntil(lambda: bool(notices), timeout=5000)
        assert notices == [
            "No sound: no sound server answered (the connection was refused). The session "
            "goes on silently and on time; sound comes back when the sound server does."
        ]
    finally:
        voice.shutdown()


def _new_mixer(others: set[threading.Thread]) -> threading.Thread:
    """The one output's mixer thread started since `others` were listed."""
    (mixer,) = (
        t for t in threading.enumerate() if t.name == "stretchplayer-sound" and t not in others
    )
    return mixer


def _wakes(thread: threading.Thread) -> int:
    """How many times this thread has gone to sleep and been woken (Linux)."""
    status = Path(f"/proc/self/task/{thread.native_id}/status").read_text()
    return int(
        next(line for line in status.splitlines() if line.startswith("voluntary_ctxt")).split()[1]
    )


def _settled_wakes(thread: threading.Thread) -> int:
    """The thread's wakes once it has gone back to sleep: it may still be finishing the turn
    in which it saw its child up (waiting for the GIL counts as a wake too)."""
    last = _wakes(thread)
    for _ in range(20):
        threading.Event().wait(0.1)  # a window to watch, not a wait for an event
        now = _wakes(thread)
        if now == last:
            break
        last = now
    return last


def test_an_idle_output_sleeps_and_hears_its_program_end_at_once(tmp_path: Path) -> None:
    """With nothing to play the mixer thread does not wake (an open, idle window costs no
    CPU); when the sound program ends, the mixer still hears of it at once."""
    notices = Notices()
    ends = tmp_path / "end"
    # Plays (reads) like a real child until the file `ends` appears.
    child = f"import os, sys, time\nwhile not os.path.exists({str(ends)!r}): time.sleep(0.02)\n"
    others = set(threading.enumerate())  # earlier tests' outputs may still be winding down
    output = AudioOutput(notices, command=[sys.executable, "-c", child], retry=(5.0, 5.0))
    try:
        wait_until(lambda: output.up)  # a second after it started
        mixer = _new_mixer(others)
        before = _settled_wakes(mixer)
        threading.Event().wait(2.0)  # a window of time to watch, not a wait for an event
        assert _wakes(mixer) - before <= 2  # it woke ten times a second before
        ended = time.monotonic()
        ends.touch()
        wait_until(lambda: notices.lines, timeout=4.0)
        assert time.monotonic() - ended < 1.0
    finally:
        output.close()
    assert notices.lines[0].startswith("No sound: the sound server went away")


@pytest.mark.parametrize(
    ("command", "retry"),
    [
        ([sys.executable, "-c", "raise SystemExit(1)"], (5.0, 5.0)),  # no server; next try 5 s
        (["no-such-sound-program-here"], (0.05, 0.1)),  # no program at all: never again
    ],
    ids=["no-server", "no-program"],
)
def test_a_sound_asked_for_during_an_outage_passes_unheard_on_time(
    command: list[str], retry: tuple[float, float]
) -> None:
    """With no sound program running, a chime still ends when it would have: it must not
    sound late when a sound program comes back, nor count as playing until then."""
    notices = Notices()
    output = AudioOutput(notices, command=command, retry=retry)
    try:
        wait_until(lambda: notices.lines)  # the outage has begun
        output.play("chime", level(4410, 3000))  # a fifth of a second
        asked = time.monotonic()
        wait_until(lambda: not output.playing("chime"), timeout=3.0)
        assert time.monotonic() - asked < 1.0
    finally:
        output.close()
