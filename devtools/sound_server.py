"""A real sound server for tests: a private PulseAudio daemon with a null sink, and a recorder.

DESIGN.md section 3: machines here have no sound card, so a PulseAudio null sink gives the app
a real output, and its monitor is recorded with `parec --raw` at a low latency (the WAV mode
drops samples). The daemon gets its own XDG_RUNTIME_DIR and HOME, so it works as root, on a
fresh machine, with no session bus; tests that need it are skipped when `pulseaudio` or
`parec` is not installed (scripts/setup.sh installs them as root).
"""

from __future__ import annotations

import array
import contextlib
import os
import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

RATE = 22050
SINK = "test"


def available() -> str | None:
    """Why there can be no sound server here, or None."""
    for program in ("pulseaudio", "parec", "pacat"):
        if shutil.which(program) is None:
            return f"{program} is not installed (Debian: pulseaudio, pulseaudio-utils)"
    return None


class SoundServer:
    """A PulseAudio daemon of our own: `env` is what a client needs to find it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.runtime = folder / "runtime"
        self.home = folder / "home"
        self.runtime.mkdir(parents=True, exist_ok=True)
        self.runtime.chmod(0o700)
        self.home.mkdir(parents=True, exist_ok=True)
        self.env = {
            "XDG_RUNTIME_DIR": str(self.runtime),
            "HOME": str(self.home),
            "PULSE_SERVER": f"unix:{self.runtime / 'pulse' / 'native'}",
        }
        self._process: subprocess.Popen[bytes] | None = None

    def environment(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in ("PULSE_SERVER", "PULSE_SINK")}
        env.update(self.env)
        return env

    def start(self, timeout: float = 10.0) -> None:
        self._process = subprocess.Popen(
            [
                "pulseaudio",
                "--daemonize=no",
                "--exit-idle-time=-1",
                "-n",
                "--disable-shm=yes",
                "--load=module-native-protocol-unix",
                f"--load=module-null-sink sink_name={SINK} rate={RATE} channels=1",
                "--log-target=stderr",
                "--log-level=error",
            ],
            env=self.environment(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"pulseaudio exited with {self._process.returncode}")
            probe = subprocess.run(
                ["pactl", "info"], env=self.environment(), capture_output=True, check=False
            )
            if probe.returncode == 0:
                return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError("pulseaudio did not start")

    @property
    def pid(self) -> int | None:
        """The daemon's process id while it runs (it does not fork: --daemonize=no)."""
        return self._process.pid if self._process is not None else None

    def kill(self) -> None:
        """The sound server vanishes at once (SIGKILL), as when it crashes."""
        if self._process is not None and self._process.poll() is None:
            self._process.send_signal(signal.SIGKILL)
            self._process.wait(5)

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(5)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(5)
        self._process = None


@dataclass
class Recording:
    samples: array.array[int]
    start: float  # monotonic time of the first sample (an upper bound, within ~20 ms)

    def at(self, t: float) -> int:
        """The sample index heard at monotonic time t."""
        return round((t - self.start) * RATE)

    def loud(self, begin: float, end: float, level: int = 300) -> bool:
        """Whether anything above `level` was heard between two monotonic times."""
        a, b = max(0, self.at(begin)), max(0, self.at(end))
        return any(abs(v) > level for v in self.samples[a:b])

    def onsets(self, level: int = 300, gap: float = 0.25) -> list[float]:
        """Monotonic times at which sound starts after at least `gap` seconds of quiet."""
        found: list[float] = []
        quiet_for = gap * RATE
        last_loud = -quiet_for - 1
        for i, v in enumerate(self.samples):
            if abs(v) > level:
                if i - last_loud > quiet_for:
                    found.append(self.start + i / RATE)
                last_loud = i
        return found


class Recorder:
    """Records the null sink's monitor with parec, with monotonic times for the samples."""

    def __init__(self, server: SoundServer) -> None:
        self._server = server
        self._data = bytearray()
        self._start = float("inf")
        self._process: subprocess.Popen[bytes] | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._process = subprocess.Popen(
            [
                "parec",
                f"--device={SINK}.monitor",
                "--raw",
                f"--rate={RATE}",
                "--channels=1",
                "--format=s16le",
                "--latency-msec=20",
            ],
            env=self._server.environment(),
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()
        # Wait for the first samples, so that the recording covers what the test plays next.
        deadline = time.monotonic() + 5
        while not self._data and time.monotonic() < deadline:
            time.sleep(0.01)

    def _read(self) -> None:
        assert self._process is not None and self._process.stdout is not None
        fd = self._process.stdout.fileno()
        while chunk := os.read(fd, 4096):
            now = time.monotonic()
            self._data += chunk
            # A sample cannot arrive before it was played: the earliest mapping is the truest.
            self._start = min(self._start, now - len(self._data) / (2 * RATE))

    def stop(self) -> Recording:
        if self._process is not None:
            self._process.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self._process.wait(5)
        if self._thread is not None:
            self._thread.join(5)
        if self._process is not None and self._process.stdout is not None:
            self._process.stdout.close()
        samples = array.array("h")
        samples.frombytes(bytes(self._data[: len(self._data) // 2 * 2]))
        return Recording(samples, self._start)


@contextlib.contextmanager
def recording(server: SoundServer) -> Iterator[Recorder]:
    recorder = Recorder(server)
    recorder.start()
    try:
        yield recorder
    finally:
        recorder.stop()
