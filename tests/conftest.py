"""Shared test setup: no real display, never the real home folder, and the shared fixtures.

Fixtures used by more than one test module live here; the fakes they hand out live in
fakes.py, and plain helpers in helpers.py.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QApplication

from stretchplayer.core import i18n
from stretchplayer.core.library import load_library
from stretchplayer.core.model import Library
from stretchplayer.voice.voice_system import VoiceSystem
from tests.fakes import FakeClock

# Before any Qt application exists: widgets render offscreen unless a display is asked for,
# on a common desktop screen (1920×1080) rather than the platform's own 800×800, where the
# window (which fits itself to the screen) could not open at its usual size.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    SCREEN = Path(__file__).with_name("desktop_screen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"


@pytest.fixture(autouse=True)
def stretchplayer_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, routines and history go to a fresh folder for each test."""
    home = tmp_path / "stretchplayer-home"
    home.mkdir()
    monkeypatch.setenv("STRETCHPLAYER_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Tests read English whatever this machine's locale; a test that switches the language
    (in-process CLI runs set it from --language) leaves English behind it."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    i18n.set_language(i18n.SOURCE)
    yield
    i18n.set_language(i18n.SOURCE)


@pytest.fixture(autouse=True)
def _logging_as_it_was() -> Iterator[None]:
    """main() and configure_logging set process-wide logging up (handlers on this test's
    stderr); put it back as it was for the next test, whichever test ran the CLI in-process."""
    root, ours = logging.getLogger(), logging.getLogger("stretchplayer")
    handlers, levels = list(root.handlers), (root.level, ours.level)
    yield
    root.handlers[:] = handlers
    root.setLevel(levels[0])
    ours.setLevel(levels[1])


@pytest.fixture(autouse=True)
def _voices_shut_down(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every voice a test makes is shut down after it, as quitting the app does. A voice left
    running kept its sound thread retrying a sound program, and its speech thread alive, for
    the rest of the run: one more for every window a test built (17 by the time the sound
    output's tests ran), waking and competing with the tests that measure timing."""
    made: list[VoiceSystem] = []
    make = VoiceSystem.__init__

    def remembered(self: VoiceSystem, *args: object, **kwargs: object) -> None:
        make(self, *args, **kwargs)  # type: ignore[arg-type]
        made.append(self)

    monkeypatch.setattr(VoiceSystem, "__init__", remembered)
    yield
    for voice in made:
        voice.shutdown()


@pytest.fixture
def clock() -> FakeClock:
    """A fresh fake monotonic clock (at 1000.0) for each test; move it with advance()."""
    return FakeClock()


@pytest.fixture(scope="session")
def library() -> Library:
    """The shipped pose library, loaded once: it is frozen dataclasses and tuples all the way."""
    return load_library()


# --- a private D-Bus session bus (DESIGN.md section 3) --------------------------------------


def _missing(tool: str, package: str) -> None:
    """Where scripts/setup.sh installs the D-Bus tools (root with apt-get, as in CI) or in CI,
    a missing one is a failure; elsewhere the tests that need it are skipped, naming it."""
    message = f"{tool} is not installed (Debian package {package})"
    if os.environ.get("CI") or (os.geteuid() == 0 and shutil.which("apt-get")):
        pytest.fail(message + ": scripts/setup.sh test should have installed it")
    pytest.skip(message)


@pytest.fixture(scope="session")
def bus_address() -> Iterator[str]:
    """The address of a dbus-daemon started for this test run alone, stopped after it.

    Tests never touch the session bus of the person running them.
    """
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        _missing("dbus-daemon", "dbus")
    started = subprocess.run(
        [str(daemon), "--session", "--print-address=1", "--print-pid=1", "--fork"],
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    )
    address, pid = started.stdout.split()[:2]
    try:
        yield address
    finally:
        os.kill(int(pid), signal.SIGTERM)


@pytest.fixture(scope="session")
def test_bus(bus_address: str, qapp: QApplication) -> Iterator[QDBusConnection]:
    """This process's connection to the private bus."""
    bus = QDBusConnection.connectToBus(bus_address, "stretchplayer-tests")
    assert bus.isConnected(), bus.lastError().message()
    yield bus
    QDBusConnection.disconnectFromBus("stretchplayer-tests")


@pytest.fixture(scope="session")
def playerctl() -> str:
    tool = shutil.which("playerctl")
    if tool is None:
        _missing("playerctl", "playerctl")
    return str(tool)
