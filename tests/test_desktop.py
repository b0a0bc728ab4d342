"""The desktop drives the session: MPRIS (played with the real `playerctl` and `gdbus`), the
screen kept awake (against a fake screen-saver service), all on a private session bus.

The app runs in this process on a fake clock; the clients run as processes, so while one
waits for its answer the test keeps Qt's event loop turning (`qtbot.waitUntil`).
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusArgument, QDBusConnection
from pytestqt.qtbot import QtBot

from stretchplayer.app import StretchApp
from stretchplayer.core.identity import APP_ID, MPRIS_NAME
from stretchplayer.core.model import Library
from stretchplayer.core.wording import well_done
from stretchplayer.desktop import int64 as dbus_int64
from stretchplayer.desktop.int64 import int64
from stretchplayer.desktop.mpris import OBJECT_PATH
from stretchplayer.desktop.track import NO_TRACK, pose_and_side, track_at
from stretchplayer.engine.playback import Playback, State
from stretchplayer.engine.timeline import Cue, build_timeline
from stretchplayer.storage.settings import Settings
from stretchplayer.ui.preferences import PreferencesDialog
from tests.fakes import FakeClock
from tests.helpers import REPO

WAIT_MS = 10_000


class Client:
    """Runs D-Bus clients against the private bus without blocking this process's event loop."""

    def __init__(self, qtbot: QtBot, address: str) -> None:
        self.qtbot = qtbot
        self.env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address}

    def run(self, *command: str) -> str:
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=self.env
        )
        try:
            self.qtbot.waitUntil(lambda: process.poll() is not None, timeout=WAIT_MS)
        finally:
            if process.poll() is None:
                process.kill()
            out, err = process.communicate()
        assert process.returncode == 0, f"{command}: {err}"
        return out.strip()

    def follow(self, *command: str, into: Path) -> subprocess.Popen[bytes]:
        """A client that keeps running and writing (playerctl --follow), stopped by the test."""
        with into.open("w", encoding="utf-8") as out:
            return subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=self.env)


@pytest.fixture
def client(qtbot: QtBot, bus_address: str) -> Client:
    return Client(qtbot, bus_address)


@pytest.fixture
def desktop_app(
    qtbot: QtBot, library: Library, clock: FakeClock, test_bus: QDBusConnection
) -> Iterator[StretchApp]:
    stretch = StretchApp(library, Settings(voice_enabled=False), clock=clock)
    qtbot.addWidget(stretch.window)
    stretch.connect_desktop(test_bus)
    yield stretch
    stretch.disconnect_desktop()


def play_to(app: StretchApp, clock: FakeClock, match: Callable[[Cue], bool]) -> Cue:
    """Move the session to just after the first cue that matches, as time passing would."""
    cue = next(c for c in app.controller.timeline.cues if match(c))
    clock.advance(cue.t + 0.1 - app.controller.elapsed())
    app.controller.update()
    return cue


# --- what media controls show (pure) --------------------------------------------------------


def test_a_track_is_a_pose_and_its_title_names_the_side(library: Library, clock: FakeClock) -> None:
    assert pose_and_side("Lizard pose", "left") == "Lizard pose — left side"
    assert pose_and_side("Seated forward fold", None) == "Seated forward fold"
    timeline = build_timeline(library.poses)
    playback = Playback(timeline, clock)
    idle = track_at(timeline, playback.position(), playback.state)
    assert idle.path == NO_TRACK
    assert idle.title.startswith("Ready: 7 poses, ")
    assert track_at(None, playback.position(), State.IDLE).title == "No poses ticked"
    playback.start()
    countdown = track_at(timeline, playback.position(), playback.state)
    assert countdown.title == "Get ready: Calf stretch — right side"
    seen: dict[str, set[str]] = {}
    for cue in timeline.cues:
        track = track_at(timeline, playback.position_at(cue.t), State.RUNNING)
        seen.setdefault(track.path, set()).add(track.title)
    lizard = seen[f"/{APP_ID.replace('.', '/')}/pose/2"]
    assert {"Lizard pose — right side", "Lizard pose — left side"} <= lizard
    assert "Rest. Next: Supine hamstring stretch" in lizard  # the rest belongs to the pose before
    assert seen[f"/{APP_ID.replace('.', '/')}/done"] == {"Well done"}


def test_int64_writes_a_d_bus_int64_or_falls_back_to_the_plain_number(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    argument = int64(5)
    assert isinstance(argument, QDBusArgument) and argument.currentSignature() == "x"
    monkeypatch.setattr(dbus_int64, "QT_DBUS", "libQt6DBus-not-here.so.6")
    dbus_int64._append_int64.cache_clear()
    try:
        with caplog.at_level(logging.WARNING):
            assert int64(5) == 5
        assert "media controls send lengths as plain numbers" in caplog.text
    finally:
        dbus_int64._append_int64.cache_clear()


# --- MPRIS with real clients ----------------------------------------------------------------


def test_the_player_is_on_the_bus_with_its_identity(
    desktop_app: StretchApp, client: Client
) -> None:
    assert desktop_app.mpris is not None and desktop_app.mpris.name == MPRIS_NAME
    get = ("gdbus", "call", "--session", "-d", MPRIS_NAME, "-o", OBJECT_PATH, "-m")
    props = "org.freedesktop.DBus.Properties.Get"
    root = "org.mpris.MediaPlayer2"
    assert client.run(*get, props, root, "Identity") == "(<'StretchPlayer'>,)"
    assert client.run(*get, props, root, "DesktopEntry") == f"(<'{APP_ID}'>,)"
    assert "stretchplayer" in client.run("playerctl", "--list-all").split()


def test_playerctl_starts_pauses_skips_and_shows_the_pose_and_side(
    desktop_app: StretchApp, client: Client, clock: FakeClock
) -> None:
    controller = desktop_app.controller

    def playerctl(*args: str) -> str:
        return client.run("playerctl", "--player=stretchplayer", *args)

    def state() -> State:
        return controller.state

    assert playerctl("status") == "Stopped"
    assert playerctl("metadata", "title").startswith("Ready: 7 poses")
    playerctl("play-pause")
    assert state() is State.RUNNING
    assert playerctl("status") == "Playing"
    assert playerctl("metadata", "title") == "Get ready: Calf stretch — right side"
    playerctl("next")
    assert playerctl("metadata", "title") == "Calf stretch — right side"
    playerctl("next")
    playerctl("next")
    assert playerctl("metadata", "title") == "Lizard pose — right side"
    length = int(playerctl("metadata", "mpris:length"))
    assert length == round(controller.timeline.total * 1_000_000)
    play_to(desktop_app, clock, lambda c: c.kind == "switch" and c.pose == "lizard-pose")
    assert playerctl("metadata", "title") == "Lizard pose — left side"
    assert float(playerctl("position")) == pytest.approx(controller.elapsed(), abs=0.01)
    playerctl("previous")  # well into the pose: back to its start
    assert playerctl("metadata", "title") == "Lizard pose — right side"
    playerctl("pause")
    assert playerctl("status") == "Paused"
    assert state() is State.PAUSED
    playerctl("play")
    assert state() is State.RUNNING
    playerctl("stop")
    assert state() is State.IDLE
    assert playerctl("status") == "Stopped"


def test_next_from_the_media_controls_moves_only_a_session_under_way(
    desktop_app: StretchApp, client: Client, clock: FakeClock
) -> None:
    controller = desktop_app.controller
    call = ("gdbus", "call", "--session", "-d", MPRIS_NAME, "-o", OBJECT_PATH, "-m")
    player = "org.mpris.MediaPlayer2.Player"

    def can_go_next() -> str:
        return client.run(*call, "org.freedesktop.DBus.Properties.Get", player, "CanGoNext")

    def ask(method: str) -> None:
        # Called directly: playerctl itself refuses Next while CanGoNext is false.
        client.run(*call, f"{player}.{method}")

    def state() -> State:
        return controller.state

    assert can_go_next() == "(<false>,)"
    ask("Next")
    assert state() is State.IDLE
    ask("Play")
    assert can_go_next() == "(<true>,)"
    clock.advance(controller.timeline.total + 1)
    controller.update()
    ask("Next")  # it would reopen the finished session, to finish (and count) twice
    ask("Previous")
    assert state() is State.FINISHED
    assert can_go_next() == "(<false>,)"


def test_every_change_is_announced_to_clients_that_follow(
    desktop_app: StretchApp, client: Client, qtbot: QtBot, tmp_path: Path
) -> None:
    # playerctl --follow prints from PropertiesChanged alone: a signal with a wrong
    # signature (an empty list sent as "av", say) would print nothing.
    log = tmp_path / "follow.txt"
    follower = client.follow(
        "playerctl", "--player=stretchplayer", "--follow", "metadata", "--format",
        "{{status}} {{title}}", into=log,
    )  # fmt: skip
    try:

        def lines() -> list[str]:
            return log.read_text(encoding="utf-8").splitlines()

        qtbot.waitUntil(lambda: len(lines()) >= 1, timeout=WAIT_MS)
        desktop_app.planner.toggle()
        qtbot.waitUntil(
            lambda: "Playing Get ready: Calf stretch — right side" in lines(), timeout=WAIT_MS
        )
        desktop_app.controller.next_pose()
        qtbot.waitUntil(lambda: "Playing Calf stretch — right side" in lines(), timeout=WAIT_MS)
        desktop_app.controller.pause()
        qtbot.waitUntil(lambda: "Paused Calf stretch — right side" in lines(), timeout=WAIT_MS)
    finally:
        follower.terminate()
        follower.wait()


def test_signals_go_out_with_the_types_of_the_spec(
    desktop_app: StretchApp, client: Client, qtbot: QtBot, tmp_path: Path
) -> None:
    log = tmp_path / "monitor.txt"
    monitor = client.follow("gdbus", "monitor", "--session", "--dest", MPRIS_NAME, into=log)
    try:

        def text() -> str:
            return log.read_text(encoding="utf-8")

        qtbot.waitUntil(lambda: "owned by" in text(), timeout=WAIT_MS)
        desktop_app.planner.toggle()
        desktop_app.controller.next_pose()  # a jump: Seeked, with the new position in µs
        at = round(desktop_app.controller.elapsed() * 1_000_000)
        qtbot.waitUntil(lambda: f"Seeked (int64 {at},)" in text(), timeout=WAIT_MS)
        assert "PropertiesChanged ('org.mpris.MediaPlayer2.Player', {" in text()
        assert "'PlaybackStatus': <'Playing'>" in text()
        assert "'mpris:length': <int64 " in text()  # 25 minutes: it would fit in an int32
        assert "@as []" in text()  # the invalidated properties: an empty list of strings
    finally:
        monitor.terminate()
        monitor.wait()


def test_a_short_routines_length_and_the_position_are_int64_as_mpris_asks(
    desktop_app: StretchApp, client: Client, library: Library
) -> None:
    # Under 35 minutes a length in microseconds fits in 32 bits: it must still be an int64,
    # or playerctl's duration() prints nothing and strict clients misread it.
    desktop_app.planner.set_poses(library.poses[:1])
    timeline = desktop_app.planner.timeline
    assert timeline is not None
    total = timeline.total
    length = round(total * 1_000_000)
    assert length < 2**31
    get = (
        "dbus-send", "--session", "--print-reply", f"--dest={MPRIS_NAME}", OBJECT_PATH,
        "org.freedesktop.DBus.Properties.Get", "string:org.mpris.MediaPlayer2.Player",
    )  # fmt: skip

    def words(text: str) -> str:
        return " ".join(text.split())

    metadata = words(client.run(*get, "string:Metadata"))
    assert f'string "mpris:length" variant int64 {length}' in metadata
    all_properties = client.run(
        "gdbus", "call", "--session", "-d", MPRIS_NAME, "-o", OBJECT_PATH, "-m",
        "org.freedesktop.DBus.Properties.GetAll", "org.mpris.MediaPlayer2.Player",
    )  # fmt: skip
    assert f"'mpris:length': <int64 {length}>" in all_properties
    assert "'Position': <int64 0>" in all_properties
    assert "variant int64 0" in words(client.run(*get, "string:Position"))
    minutes, seconds = divmod(int(total), 60)
    duration = client.run(
        "playerctl", "--player=stretchplayer", "metadata", "--format",
        "{{duration(mpris:length)}}",
    )  # fmt: skip
    assert duration == f"{minutes}:{seconds:02d}"


def test_stop_from_the_media_controls_leaves_mat_mode_as_the_windows_stop_does(
    desktop_app: StretchApp, client: Client, qtbot: QtBot
) -> None:
    window = desktop_app.window
    window.mat_action.trigger()
    qtbot.waitUntil(window.isFullScreen, timeout=WAIT_MS)
    desktop_app.planner.toggle()
    client.run("playerctl", "--player=stretchplayer", "stop")
    assert desktop_app.controller.state is State.IDLE
    assert not window.mat_mode.active and not window.mat_action.isChecked()
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=WAIT_MS)
    assert window.menuBar().isVisible() and window.pose_list.isVisible()


def test_raise_shows_the_window_and_quit_closes_it(
    desktop_app: StretchApp, client: Client, qtbot: QtBot
) -> None:
    call = ("gdbus", "call", "--session", "-d", MPRIS_NAME, "-o", OBJECT_PATH, "-m")
    window = desktop_app.window
    assert not window.isVisible()
    client.run(*call, "org.mpris.MediaPlayer2.Raise")
    qtbot.waitUntil(window.isVisible, timeout=WAIT_MS)
    desktop_app.planner.toggle()
    client.run(*call, "org.mpris.MediaPlayer2.Quit")
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    assert desktop_app.controller.state is State.IDLE


def test_with_no_pose_ticked_there_is_nothing_to_play(
    desktop_app: StretchApp, client: Client
) -> None:
    desktop_app.planner.set_poses([])
    get = ("gdbus", "call", "--session", "-d", MPRIS_NAME, "-o", OBJECT_PATH, "-m")
    can_play = (*get, "org.freedesktop.DBus.Properties.Get", "org.mpris.MediaPlayer2.Player")
    assert client.run(*can_play, "CanPlay") == "(<false>,)"
    client.run(*get, "org.mpris.MediaPlayer2.Player.PlayPause")
    assert desktop_app.controller.state is State.IDLE


def test_without_a_session_bus_the_app_says_so_once_and_goes_on(tmp_path: Path) -> None:
    code = (
        "from PySide6.QtCore import QCoreApplication\n"
        "from stretchplayer.desktop.bus import session_bus\n"
        "app = QCoreApplication([])\n"
        "assert session_bus() is None\n"
    )
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY")
    }
    env["XDG_RUNTIME_DIR"] = str(tmp_path)  # libdbus's fallback: $XDG_RUNTIME_DIR/bus
    done = subprocess.run(
        [sys.executable, "-c", "import logging; logging.basicConfig()\n" + code],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and "no D-Bus session bus" in lines[0], done.stderr


# --- the screen kept awake ------------------------------------------------------------------


class FakeScreenSaver:
    """tests/fake_screensaver.py in its own process, and the calls it recorded."""

    def __init__(self, qtbot: QtBot, address: str, log: Path, kind: str) -> None:
        env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address}
        self.log = log
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.fake_screensaver", str(log), kind], cwd=REPO, env=env
        )
        qtbot.waitUntil(lambda: self.calls()[:1] == ["ready"], timeout=WAIT_MS)

    def calls(self) -> list[str]:
        return self.log.read_text(encoding="utf-8").splitlines() if self.log.exists() else []

    def held(self) -> int:
        """How many inhibits are held now."""
        calls = [c.split()[0] for c in self.calls()]
        return calls.count("Inhibit") - calls.count("UnInhibit")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)


@pytest.fixture(params=["freedesktop", "gnome"])
def screensaver(
    request: pytest.FixtureRequest, qtbot: QtBot, bus_address: str, tmp_path: Path
) -> Iterator[FakeScreenSaver]:
    fake = FakeScreenSaver(qtbot, bus_address, tmp_path / "screensaver.log", request.param)
    yield fake
    fake.stop()


def test_a_running_session_holds_one_inhibit_and_pause_stop_and_quit_release_it(
    screensaver: FakeScreenSaver, desktop_app: StretchApp
) -> None:
    controller, inhibitor = desktop_app.controller, desktop_app.inhibitor
    assert inhibitor is not None
    assert screensaver.held() == 0
    desktop_app.planner.toggle()
    assert screensaver.held() == 1
    controller.next_pose()  # cues and seeks do not inhibit again
    controller.next_pose()
    assert screensaver.held() == 1
    controller.pause()
    assert screensaver.held() == 0
    controller.resume()
    assert screensaver.held() == 1
    controller.stop()
    assert screensaver.held() == 0
    desktop_app.planner.toggle()
    assert screensaver.held() == 1
    desktop_app.disconnect_desktop()  # what quitting does
    assert screensaver.held() == 0
    inhibits = [c for c in screensaver.calls() if c.startswith("Inhibit")]
    assert len(inhibits) == 3
    if "flags=8" in inhibits[0]:  # GNOME's session manager: inhibit "idle", with the app id
        assert APP_ID in inhibits[0]
    else:
        assert "StretchPlayer" in inhibits[0]


def test_the_end_of_a_session_and_closing_the_window_release_the_inhibit(
    screensaver: FakeScreenSaver, desktop_app: StretchApp, clock: FakeClock
) -> None:
    desktop_app.planner.toggle()
    assert screensaver.held() == 1
    clock.advance(desktop_app.controller.timeline.total + 1)
    desktop_app.controller.update()
    assert desktop_app.controller.state is State.FINISHED
    assert screensaver.held() == 0
    desktop_app.planner.toggle()
    assert screensaver.held() == 1
    desktop_app.window.close()
    assert screensaver.held() == 0


def test_the_preferences_switch_turns_keeping_awake_off_and_on(
    screensaver: FakeScreenSaver, desktop_app: StretchApp
) -> None:
    off = Settings(voice_enabled=False, keep_awake=False)
    desktop_app.apply_settings(off)
    desktop_app.planner.toggle()
    assert screensaver.held() == 0
    desktop_app.apply_settings(Settings(voice_enabled=False))
    assert screensaver.held() == 1
    desktop_app.apply_settings(off)
    assert screensaver.held() == 0


def test_with_no_screen_saver_service_a_session_runs_and_one_line_says_so(
    desktop_app: StretchApp, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="stretchplayer"):
        for _ in range(2):
            desktop_app.planner.toggle()
            assert desktop_app.controller.state is State.RUNNING
            desktop_app.controller.stop()
    assert desktop_app.inhibitor is not None and not desktop_app.inhibitor.held
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 1 and "the screen may blank" in lines[0], lines


def test_preferences_show_the_switch_on_by_default(qtbot: QtBot) -> None:
    dialog = PreferencesDialog(Settings())
    qtbot.addWidget(dialog)
    assert dialog.keep_awake.isChecked()
    dialog.keep_awake.setChecked(False)
    assert dialog.settings() == Settings(keep_awake=False)


def test_tools_the_tests_use_are_where_ci_installs_them() -> None:
    if os.environ.get("CI"):
        for tool in ("dbus-daemon", "playerctl", "gdbus"):
            assert shutil.which(tool), f"{tool} is missing: scripts/setup.sh installs it as root"


# --- a notification when a session ends out of sight ---------------------------------------


@pytest.mark.parametrize("shown", [False, True])
def test_a_session_that_ends_while_the_window_is_hidden_says_so_in_a_notification(
    shown: bool,
    desktop_app: StretchApp,
    clock: FakeClock,
    qtbot: QtBot,
    bus_address: str,
    tmp_path: Path,
) -> None:
    server = FakeScreenSaver(qtbot, bus_address, tmp_path / "notify.log", "notifications")
    try:
        if shown:
            desktop_app.window.show()
        desktop_app.planner.toggle()
        clock.advance(desktop_app.controller.timeline.total + 1)
        desktop_app.controller.update()
        assert desktop_app.controller.state is State.FINISHED
        notes = [c for c in server.calls() if c.startswith("Notify")]
        if shown:
            assert notes == []
        else:
            assert notes == [f"Notify StretchPlayer Session complete | {well_done()} | {APP_ID}"]
    finally:
        server.stop()
