"""One audio output for speech and chimes alike, that outlives the sound server.

Measured here with a PulseAudio null sink (see DESIGN.md section 3 and issue 9): QSoundEffect
can freeze the whole process in a flood of "Invalid socket" warnings, and the sound server
going away aborts any process that holds a libpulse connection (`Assertion 'c' failed at
context.c`, exit 134). So the connection to the sound server lives outside the app: one
long-lived child process, `pacat --raw` (Debian's pulseaudio-utils; PipeWire desktops serve
it through pipewire-pulse), reads 16-bit mono PCM from a pipe. A mixer thread here mixes the
speech clip and the chime into that one stream, paced by the monotonic clock a few tens of
milliseconds ahead, so that:

- the stream is opened once and kept open: a cue is heard ~20–50 ms after it is asked for
  (measured: 17–30 ms from the call to the sound on the sink's monitor), the first one too;
- between sounds nothing is written: the stream runs dry (the server plays silence and waits
  for data) and the mixer sleeps until it is asked to play or its child ends. Streaming
  silence every 10 ms cost ~2 % of a core in this process alone, for most of every session;
- after REST seconds with nothing to play the child is let go: a stream that has run dry still
  keeps the sound server mixing (~1 % of a core, measured with a null sink) and the sound card
  from suspending, for as long as the window stays open. The next sound starts a new one;
- pause, stop and volume act on the next 20 ms of mixing, not on a media pipeline;
- if the child dies (server gone, never there, or killed) or stops reading (wedged), the
  session goes on silently, one notice says so, and a new child is tried with back-off
  (0.5 s doubling to 10 s); when one stays up, a second notice says sound is back.

No Qt here: `notify` is called on the mixer thread; `SoundOutput` in players.py forwards it.
"""

from __future__ import annotations

import array
import contextlib
import fcntl
import logging
import os
import shutil
import subprocess
import termios
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from stretchplayer.core.i18n import QT_TRANSLATE_NOOP, Context
from stretchplayer.voice import wav
from stretchplayer.voice.wav import RATE, WIDTH

sound_notices = Context("sound_notices")

log = logging.getLogger(__name__)

LEAD = 0.05  # seconds of audio written ahead of the clock
# The mixer's period while sound plays. Each wake of this thread costs ~250 µs of CPU here
# (most of it a cold interpreter after 10 ms asleep), so at 100 a second it cost ~2 % of a
# core whenever anything sounded; at 50 ~1.1 %. LEAD - TICK = 30 ms of audio is still queued
# when the next tick is due, as before.
TICK = 0.02
# With nothing to play, the mixer sleeps until it is asked to play, its child ends (the
# child's stderr closing wakes it) or something about the child is due: ticking every 10 ms cost
# ~1.5-2 % of a core for nothing, and even ten wakes a second kept an idle window busy.
IDLE_CHECK = 5.0  # at most this long asleep with a child, in case its end went unheard
# Longer than the silences of a session's breaths (a chime every few seconds), so a session
# keeps its stream; a pause, a long silent step or a window left open lets the server rest.
# A sound after a rest is heard ~10-15 ms later than from an open stream (measured).
REST = 10.0
UNHEARD_TICK = 0.1  # with no sound program, how often the voices playing to nobody move on
UP_AFTER = 1.0  # a child still running this long has reached the sound server
STALL = 2.0  # a child that takes nothing for this long is wedged
RETRY = (0.5, 10.0)  # first and longest wait before trying a new child
PIPE_BYTES = 4096  # the pipe holds ~90 ms at 22050 Hz: a stuck child cannot hoard audio
# Audio waiting in the pipe beyond this is late: the mixer holds back until the child takes
# it. Without this, what the pipe collects while the child connects stays as latency forever
# (measured: every cue 105-120 ms late instead of 20-50).
QUEUED = 0.03  # over a tick's worth: a child that reads every tick is never held back
SCALED_KEPT = 8  # sounds kept scaled to the volume: the chimes, and the clip now speaking
INSTALL_HINT = QT_TRANSLATE_NOOP(
    "sound_notices", "on Debian or Ubuntu: sudo apt-get install pulseaudio-utils"
)


# What pacat says when it cannot play (PulseAudio's pa_strerror, after "Connection failure:"
# or "Stream error:"), said in the person's language; any other reason is quoted as it is.
# The child runs in the C locale so that these are the words it uses.
KNOWN_REASONS = {
    "connection refused": QT_TRANSLATE_NOOP("sound_notices", "the connection was refused"),
    "connection terminated": QT_TRANSLATE_NOOP("sound_notices", "the connection was closed"),
    "timeout": QT_TRANSLATE_NOOP("sound_notices", "the wait timed out"),
    "access denied": QT_TRANSLATE_NOOP("sound_notices", "access was denied"),
}
STOPPED_RESPONDING = QT_TRANSLATE_NOOP("sound_notices", "the sound program stopped responding")


def pacat_command(rate: int = RATE) -> list[str]:
    return [
        "pacat",
        "--playback",
        "--raw",
        f"--rate={rate}",
        "--channels=1",
        "--format=s16le",
        "--latency-msec=30",
        "--client-name=StretchPlayer",
        "--stream-name=StretchPlayer voice",
    ]


def output_program_problem(command: Sequence[str] | None = None) -> str | None:
    """Why the output program cannot run here, or None."""
    program = (command or pacat_command())[0]
    if shutil.which(program) is None:
        return sound_notices.tr("the sound program %s is not installed (%s)") % (
            program,
            sound_notices.tr(INSTALL_HINT),
        )
    return None


def lost_notice(detail: str) -> str:
    return (
        sound_notices.tr(
            "No sound: %s. The session goes on silently and on time; "
            "sound comes back when the sound server does."
        )
        % detail
    )


BACK_NOTICE = QT_TRANSLATE_NOOP("sound_notices", "Sound is back.")


@dataclass(frozen=True)
class SoundNotice:
    """One line for the person: sound was lost (and why), or it is back.

    `back` says which, so that a listener never has to recognise the words, which change
    with the language."""

    text: str
    back: bool = False


def back_notice() -> SoundNotice:
    """The notice that sound is back, in the language in use."""
    return SoundNotice(sound_notices.tr(BACK_NOTICE), back=True)


@dataclass
class _Voice:
    pcm: bytes
    pos: int = 0  # bytes already mixed
    paused: bool = False


class AudioOutput:
    """The one output. Thread-safe: call play/stop/pause/resume/set_volume from any thread.

    Channels: "speech" (a new clip cuts the old one off) and "chime" (likewise); the two are
    mixed, so a chime never silences speech.
    """

    def __init__(
        self,
        notify: Callable[[SoundNotice], None] = lambda notice: None,
        command: Sequence[str] | None = None,
        rate: int = RATE,
        clock: Callable[[], float] = time.monotonic,
        retry: tuple[float, float] = RETRY,
        stall: float = STALL,
        rest: float = REST,
    ) -> None:
        self._notify = notify
        self._command = list(command or pacat_command(rate))
        self._rate = rate
        self._clock = clock
        self._retry = retry
        self._stall = stall
        self._rest = rest
        self._lock = threading.Lock()
        self._scaled_cache: dict[tuple[bytes, float], bytes] = {}  # the mixer thread's own
        self._voices: dict[str, _Voice] = {}
        self._volume = 1.0
        self._closed = threading.Event()
        self._wake = threading.Event()
        # Mixer-thread state.
        self._child: subprocess.Popen[bytes] | None = None
        self._reader: threading.Thread | None = None  # keeps the child's last line of stderr
        self._child_started = 0.0
        self._child_up = False
        self._last_line = ""
        self._pending = b""
        self._progress = 0.0  # when the child last took data
        self._sounded = 0.0  # when there was last something to play
        self._resting = False  # the child was let go for quiet: none until a sound is asked for
        self._wait = retry[0]
        self._next_try = 0.0
        self._silent_notice_sent = False
        self._gave_up = False
        self.up = False  # a child is playing (for tests and the log)
        self.children = 0  # how many were started
        self._thread = threading.Thread(target=self._main, name="stretchplayer-sound", daemon=True)
        self._thread.start()

    # -- asking (any thread) -------------------------------------------------------------------

    def play(self, channel: str, pcm: bytes) -> None:
        with self._lock:
            self._voices[channel] = _Voice(pcm)
        self._wake.set()

    def stop(self, channel: str) -> None:
        with self._lock:
            self._voices.pop(channel, None)

    def pause(self, channel: str) -> None:
        with self._lock:
            voice = self._voices.get(channel)
            if voice is not None:
                voice.paused = True

    def resume(self, channel: str) -> None:
        with self._lock:
            voice = self._voices.get(channel)
            if voice is not None:
                voice.paused = False
        self._wake.set()

    def playing(self, channel: str) -> bool:
        with self._lock:
            voice = self._voices.get(channel)
            return voice is not None and not voice.paused

    def set_volume(self, volume: float) -> None:
        with self._lock:
            self._volume = min(1.0, max(0.0, volume))

    def close(self) -> None:
        self._closed.set()
        self._wake.set()
        if self._thread is not threading.current_thread():
            self._thread.join(2)
        self._end_child()

    # -- the mixer thread ----------------------------------------------------------------------

    def _main(self) -> None:
        started = self._clock()
        produced = 0  # frames
        lead = round(LEAD * self._rate)
        dry = False  # nothing was written since the last sound played out
        while True:
            self._wake.wait(self._next_tick())
            self._wake.clear()
            if self._closed.is_set():
                break
            if self._resting and self._quiet():
                # Let go for quiet: no child, and nothing to mix, until a sound is asked for
                # (the ended child's last wake comes here). The stream stays dry, so that
                # sound starts from its first sample in a new child.
                continue
            now = self._clock()
            self._look_after_child(now)
            if self._child is not None and self._quiet():
                dry = True
                if self._child_up and now - self._sounded >= self._rest:
                    self._let_child_rest()
                continue
            self._sounded = now
            if dry:  # a sound after a quiet spell: the stream starts again from now
                dry = False
                produced = round((now - started) * self._rate)
                self._progress = now
            due = round((now - started) * self._rate) + lead - produced
            if due <= 0:
                continue
            if due > self._rate:  # this thread was held up for over a second: don't catch up
                produced += due - lead
                due = lead
            if self._backlog() > QUEUED * self._rate * WIDTH:
                # Ahead of the sound server's clock: let it catch up (the voices wait too).
                produced += due
                self._check_stall(now)
                continue
            self._send(self._mix(due), now)
            produced += due
        self._end_child()

    def _quiet(self) -> bool:
        """Nothing to play and nothing left to send: the stream may run dry."""
        with self._lock:
            playing = any(not voice.paused for voice in self._voices.values())
        return not playing and not self._pending

    def _next_tick(self) -> float | None:
        """How long the mixer may sleep (None: until woken): a tick while sound streams,
        otherwise until the next thing about the child is due."""
        now = self._clock()
        if self._child is not None:
            if not self._quiet():
                return TICK
            # A child is up once it has run UP_AFTER, and settled at five times that.
            since = now - self._child_started
            if not self._child_up:
                return max(0.0, UP_AFTER - since)
            settle = max(0.0, 5 * UP_AFTER - since)
            rest = max(0.0, self._sounded + self._rest - now)
            return min(IDLE_CHECK, rest, settle or IDLE_CHECK)
        if not self._quiet():
            # Nobody hears them, but the voices move on in time: a chime asked for during an
            # outage must not sound when a sound program comes back.
            if self._gave_up:
                return UNHEARD_TICK
            return min(UNHEARD_TICK, max(0.0, self._next_try - now))
        if self._gave_up or self._resting:
            return None
        return max(0.0, self._next_try - now)  # the next try at a sound program

    def _mix(self, frames: int) -> bytes:
        size = frames * WIDTH
        with self._lock:
            volume = self._volume
            playing = []
            for name, voice in list(self._voices.items()):
                if voice.paused:
                    continue
                voice.pos += size
                playing.append(voice)
                if voice.pos >= len(voice.pcm):
                    del self._voices[name]
        if self._child is None or volume == 0.0:
            return bytes(size)  # nobody hears it: the voices move on all the same
        chunks = [
            chunk
            for voice in playing
            if (chunk := self._scaled(voice.pcm, volume)[voice.pos - size : voice.pos])
        ]
        if not chunks:
            return bytes(size)
        if len(chunks) == 1:
            return chunks[0] + bytes(size - len(chunks[0]))
        mixed = array.array("h", bytes(size))
        for chunk in chunks:
            for i, v in enumerate(wav.to_samples(chunk)):
                mixed[i] = max(-32768, min(32767, mixed[i] + v))
        return wav.to_pcm(mixed)

    def _scaled(self, pcm: bytes, volume: float) -> bytes:
        """`pcm` at `volume`, worked out once per sound and volume: the chimes come back every
        breath, and scaling sample by sample every tick cost the mixer ~1 % of a core."""
        if volume == 1.0:
            return pcm
        key = (pcm, volume)  # bytes keep their hash: a lookup costs nothing after the first
        scaled = self._scaled_cache.get(key)
        if scaled is None:
            if len(self._scaled_cache) >= SCALED_KEPT:
                self._scaled_cache.clear()
            scaled = wav.to_pcm(array.array("h", [int(v * volume) for v in wav.to_samples(pcm)]))
            self._scaled_cache[key] = scaled
        return scaled

    def _send(self, data: bytes, now: float) -> None:
        child = self._child
        if child is None or child.stdin is None:
            return  # nobody to hear it: time goes on all the same
        self._pending += data
        try:
            written = os.write(child.stdin.fileno(), self._pending)
        except BlockingIOError:
            written = 0
        except OSError as exc:  # EPIPE: the child is gone
            log.debug("the sound program stopped reading: %s", exc)
            self._child_died(now)
            return
        if written:
            self._progress = now
        self._pending = self._pending[written:]
        # Keep at most a tenth of a second queued here; older audio is out of date.
        limit = round(0.1 * self._rate) * WIDTH
        if len(self._pending) > limit:
            self._pending = self._pending[-limit:]
        self._check_stall(now)

    def _backlog(self) -> int:
        """Bytes written to the child that it has not read yet."""
        child = self._child
        if child is None or child.stdin is None:
            return 0
        queued = array.array("i", [0])
        try:
            fcntl.ioctl(child.stdin.fileno(), termios.FIONREAD, queued)
        except OSError:
            return 0
        return queued[0]

    def _check_stall(self, now: float) -> None:
        if self._child is not None and now - self._progress > self._stall:
            log.info("the sound program took no audio for %.1f s: restarting it", self._stall)
            self._child_died(now, STOPPED_RESPONDING)

    def _look_after_child(self, now: float) -> None:
        child = self._child
        if child is not None:
            if child.poll() is not None:
                self._child_died(now)
            elif not self._child_up and now - self._child_started >= UP_AFTER:
                self._child_up = self.up = True
                log.info("sound: playing through %s", self._command[0])
                if self._silent_notice_sent:
                    self._silent_notice_sent = False
                    self._notify(back_notice())
            elif self._child_up and now - self._child_started >= 5 * UP_AFTER:
                self._wait = self._retry[0]  # it stayed up: the next outage starts afresh
        elif not self._gave_up and now >= self._next_try:
            self._resting = False
            self._start_child(now)

    def _let_child_rest(self) -> None:
        """Nothing was played for REST seconds: end the child as when closing, with no notice
        (nothing went wrong); the next sound asked for starts another."""
        log.debug(
            "sound: quiet for %.0f s; the sound program is let go until the next sound", self._rest
        )
        self._end_child()
        self.up = False
        self._resting = True

    def _start_child(self, now: float) -> None:
        self.children += 1
        self._last_line = ""
        log.debug("sound: starting %s", " ".join(self._command))
        environment = {k: v for k, v in os.environ.items() if k != "LANGUAGE"}
        environment["LC_ALL"] = "C.UTF-8"  # its reasons in English, as KNOWN_REASONS has them
        try:
            child = subprocess.Popen(
                self._command,
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                env=environment,
                start_new_session=True,  # a Ctrl+C in the terminal is for the app, not for it
            )
        except OSError as exc:
            self._gave_up = True
            detail = output_program_problem(self._command) or sound_notices.tr(
                "the sound program could not start (%s)"
            ) % (exc.strerror or exc)
            log.info("sound: %s", detail)
            self._tell_silent(detail)
            return
        assert child.stdin is not None and child.stderr is not None
        with contextlib.suppress(OSError):
            fcntl.fcntl(child.stdin.fileno(), 1031, PIPE_BYTES)  # F_SETPIPE_SZ (Linux)
        os.set_blocking(child.stdin.fileno(), False)
        self._reader = threading.Thread(target=self._read_errors, args=(child,), daemon=True)
        self._reader.start()
        self._child = child
        self._child_started = self._progress = self._sounded = now
        self._child_up = False
        self._pending = b""

    def _read_errors(self, child: subprocess.Popen[bytes]) -> None:
        """Keep the child's last line for the notice; read everything, so a flood costs no
        memory and never blocks it."""
        assert child.stderr is not None
        with child.stderr:  # closed here, at the child's end (EOF)
            for raw in child.stderr:
                line = raw.decode("utf-8", "replace").strip()
                if line:
                    self._last_line = line[:200]
        # Its stderr closes as it exits: once it has, the mixer (perhaps asleep) looks after it.
        with contextlib.suppress(subprocess.TimeoutExpired):
            child.wait(1)
        self._wake.set()

    def _child_died(self, now: float, why: str = "") -> None:
        """The child is gone or given up on; `why` (a source sentence) when this side knows."""
        was_up = self._child_up
        self._end_child()
        if self._reader is not None and not why:
            # The child is gone: its last words are a moment away, and they are the reason.
            self._reader.join(0.5)
        self.up = False
        detail = why or self._last_line or "the sound program stopped"
        reason = sound_notices.tr(why) if why else _reason(self._last_line)
        if was_up:
            log.info("sound: the output stopped (%s)", detail)
            self._tell_silent(sound_notices.tr("the sound server went away (%s)") % reason)
        else:
            log.debug("sound: no output (%s); next try in %.1f s", detail, self._wait)
            self._tell_silent(sound_notices.tr("no sound server answered (%s)") % reason)
        self._next_try = now + self._wait
        self._wait = min(self._wait * 2, self._retry[1])

    def _tell_silent(self, detail: str) -> None:
        if not self._silent_notice_sent:
            self._silent_notice_sent = True
            self._notify(SoundNotice(lost_notice(detail)))

    def _end_child(self) -> None:
        child, self._child = self._child, None
        self._child_up = False
        self._pending = b""
        if child is None:
            return
        with contextlib.suppress(OSError):
            if child.stdin is not None:
                child.stdin.close()
        if child.poll() is None:
            child.terminate()
            try:
                child.wait(1)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait(1)


def _reason(line: str) -> str:
    """Why the child stopped, from its last line, for the notice: a known reason in the
    language in use ("Connection failure: Connection refused" as "the connection was
    refused"), any other as the child said it ("Stream error: Bad state" as "bad state")."""
    if not line:
        return sound_notices.tr("the sound program stopped")
    text = line.rsplit(":", 1)[-1].strip() or line
    known = KNOWN_REASONS.get(text.lower())
    if known is not None:
        return sound_notices.tr(known)
    return text[:1].lower() + text[1:]
