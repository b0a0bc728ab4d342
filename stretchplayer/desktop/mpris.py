"""MPRIS 2: desktop media controls, headset buttons and phone remotes drive the session.

The two D-Bus interfaces are `QDBusAbstractAdaptor`s (PySide6 exports their slots and
properties with the types they declare); `PropertiesChanged` is sent by hand, because QtDBus
does not send it for adaptors. Whatever a client asks goes to the same intents as the keys:
the planner's toggle for play/pause (so a new plan takes over), the controller for the rest.
See https://specifications.freedesktop.org/mpris-spec/latest/ for the interfaces.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import ClassInfo, Property, QMetaType, QObject, Signal, Slot
from PySide6.QtDBus import (
    QDBusAbstractAdaptor,
    QDBusArgument,
    QDBusConnection,
    QDBusMessage,
    QDBusObjectPath,
)

from stretchplayer.core.i18n import Context
from stretchplayer.core.identity import APP_ID, DISPLAY_NAME, MPRIS_NAME
from stretchplayer.desktop.int64 import int64
from stretchplayer.desktop.track import track_at
from stretchplayer.engine.playback import UNDERWAY, State
from stretchplayer.engine.timeline import Cue
from stretchplayer.session.controller import SessionController
from stretchplayer.session.planner import SessionPlanner

log = logging.getLogger(__name__)
desktop_words = Context("desktop_words")

OBJECT_PATH = "/org/mpris/MediaPlayer2"
ROOT_INTERFACE = "org.mpris.MediaPlayer2"
PLAYER_INTERFACE = "org.mpris.MediaPlayer2.Player"
STATUS = {State.RUNNING: "Playing", State.PAUSED: "Paused"}  # otherwise "Stopped"
MICROSECONDS = 1_000_000
T = TypeVar("T")


def dbus_interface(name: str) -> Callable[[type[T]], type[T]]:
    """The class decorator naming the D-Bus interface an adaptor exports.

    PySide6's stubs type ClassInfo as taking str-to-dict keywords and not as a decorator;
    at run time it takes this dict (the key has a space) and decorates.
    """
    decorator: Callable[[type[T]], type[T]] = ClassInfo({"D-Bus Interface": name})  # type: ignore[call-arg, assignment]
    return decorator


@dbus_interface(ROOT_INTERFACE)
class _RootAdaptor(QDBusAbstractAdaptor):
    def __init__(self, service: MprisService) -> None:
        super().__init__(service)
        self._service = service

    @Slot()
    def Raise(self) -> None:
        self._service.raise_window()

    @Slot()
    def Quit(self) -> None:
        self._service.quit()

    def _yes(self) -> bool:
        return True

    def _no(self) -> bool:
        return False

    def _identity(self) -> str:
        return DISPLAY_NAME

    def _desktop_entry(self) -> str:
        return APP_ID

    def _nothing(self) -> list[str]:
        return []

    CanQuit = Property(bool, _yes)
    CanRaise = Property(bool, _yes)
    HasTrackList = Property(bool, _no)
    Identity = Property(str, _identity)
    DesktopEntry = Property(str, _desktop_entry)
    # Qt type names where Python's types would not say which D-Bus type to send ("as").
    SupportedUriSchemes = Property("QStringList", _nothing)  # type: ignore[arg-type]
    SupportedMimeTypes = Property("QStringList", _nothing)  # type: ignore[arg-type]


@dbus_interface(PLAYER_INTERFACE)
class _PlayerAdaptor(QDBusAbstractAdaptor):
    # Declared as qlonglong so that it goes out as MPRIS's int64 ("x"), not as an int32.
    Seeked = Signal("qlonglong")  # type: ignore[arg-type]

    def __init__(self, service: MprisService) -> None:
        super().__init__(service)
        self._service = service

    @Slot()
    def Next(self) -> None:
        self._service.next()

    @Slot()
    def Previous(self) -> None:
        self._service.previous()

    @Slot()
    def Pause(self) -> None:
        self._service.pause()

    @Slot()
    def PlayPause(self) -> None:
        self._service.play_pause()

    @Slot()
    def Stop(self) -> None:
        self._service.stop()

    @Slot()
    def Play(self) -> None:
        self._service.play()

    @Slot("qlonglong")
    def Seek(self, offset: int) -> None:
        """CanSeek is false: a session moves by poses (Next, Previous), not by seconds."""

    @Slot(QDBusObjectPath, "qlonglong")
    def SetPosition(self, track: QDBusObjectPath, position: int) -> None:
        """CanSeek is false (see Seek)."""

    @Slot(str)
    def OpenUri(self, uri: str) -> None:
        """No URI schemes are supported."""

    def _get(self, name: str) -> Any:
        return self._service.player_properties()[name]

    def _status(self) -> str:
        return str(self._get("PlaybackStatus"))

    def _metadata(self) -> dict[str, Any]:
        return _typed(self._get("Metadata"))

    def _position(self) -> int:
        return self._service.position_us()

    def _one(self) -> float:
        return 1.0

    def _can_go_next(self) -> bool:
        return bool(self._get("CanGoNext"))

    def _can_go_previous(self) -> bool:
        return bool(self._get("CanGoPrevious"))

    def _can_play(self) -> bool:
        return bool(self._get("CanPlay"))

    def _can_pause(self) -> bool:
        return bool(self._get("CanPause"))

    def _yes(self) -> bool:
        return True

    def _no(self) -> bool:
        return False

    PlaybackStatus = Property(str, _status)
    Metadata = Property("QVariantMap", _metadata)  # type: ignore[arg-type]
    Position = Property("qlonglong", _position)  # type: ignore[arg-type]
    Rate = Property(float, _one)
    MinimumRate = Property(float, _one)
    MaximumRate = Property(float, _one)
    Volume = Property(float, _one)
    CanGoNext = Property(bool, _can_go_next)
    CanGoPrevious = Property(bool, _can_go_previous)
    CanPlay = Property(bool, _can_play)
    CanPause = Property(bool, _can_pause)
    CanSeek = Property(bool, _no)
    CanControl = Property(bool, _yes)


class MprisService(QObject):
    """org.mpris.MediaPlayer2.stretchplayer: the session as a media player on the session bus.

    `raise_window` and `quit` are what Raise and Quit do (the window is not ours to know);
    `stop` is what Stop does, the controller's stop unless told (the window's Stop also
    leaves mat mode).
    """

    def __init__(
        self,
        controller: SessionController,
        planner: SessionPlanner,
        bus: QDBusConnection,
        raise_window: Callable[[], None] = lambda: None,
        quit: Callable[[], None] = lambda: None,
        parent: QObject | None = None,
        stop: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._planner = planner
        self._bus = bus
        self.raise_window = raise_window
        self.quit = quit
        self.stop = stop if stop is not None else controller.stop
        self._root = _RootAdaptor(self)
        self._player = _PlayerAdaptor(self)
        self._name: str | None = None
        self._sent = self.player_properties()
        self._last_cue: Cue | None = None
        controller.stateChanged.connect(self._state_changed)
        controller.cueReached.connect(self._cue)
        controller.timelineChanged.connect(lambda _timeline: self._changed())
        planner.planned.connect(lambda _timeline, _held: self._changed())

    # -- on the bus -----------------------------------------------------------------------------

    @property
    def name(self) -> str | None:
        """The bus name owned, None when not registered."""
        return self._name

    def register(self) -> bool:
        """Export the player and take its bus name; False (and one log line) if that failed.

        If another StretchPlayer already has the name, this one takes the per-instance name
        the MPRIS spec suggests, so both stay controllable.
        """
        if not self._bus.registerObject(
            OBJECT_PATH, self, QDBusConnection.RegisterOption.ExportAdaptors
        ):
            log.warning("media controls are off: %s is taken on the session bus", OBJECT_PATH)
            return False
        for name in (MPRIS_NAME, f"{MPRIS_NAME}.instance{os.getpid()}"):
            if self._bus.registerService(name):
                self._name = name
                return True
        self._bus.unregisterObject(OBJECT_PATH)
        log.warning("media controls are off: %s", self._bus.lastError().message())
        return False

    def unregister(self) -> None:
        if self._name is not None:
            self._bus.unregisterService(self._name)
            self._bus.unregisterObject(OBJECT_PATH)
            self._name = None

    # -- what clients read ----------------------------------------------------------------------

    def player_properties(self) -> dict[str, Any]:
        """The Player interface's properties but Position (which is read, never announced)."""
        controller = self._controller
        state = controller.state
        underway = state in UNDERWAY
        timeline = controller.timeline if underway else self._planner.timeline
        track = track_at(timeline, controller.position(), state)
        metadata: dict[str, Any] = {"mpris:trackid": QDBusObjectPath(track.path)}
        if timeline is not None:
            metadata.update(
                {
                    # A plain int here; _typed makes it the int64 MPRIS asks for.
                    "mpris:length": round(timeline.total * MICROSECONDS),
                    "xesam:title": track.title,
                    "xesam:artist": [DISPLAY_NAME],
                    "xesam:album": desktop_words.tr("Hamstring stretches"),
                }
            )
        can = underway or self._planner.timeline is not None
        movable = controller.can_move()
        return {
            "PlaybackStatus": STATUS.get(state, "Stopped"),
            "Metadata": metadata,
            # Next and Previous move only a session under way (see Playback.can_move).
            "CanGoNext": movable,
            "CanGoPrevious": movable,
            "CanPlay": can,
            "CanPause": can,
        }

    def position_us(self) -> int:
        return round(self._controller.elapsed() * MICROSECONDS)

    # -- what clients ask -----------------------------------------------------------------------

    def play_pause(self) -> None:
        if self._can_control():
            self._planner.toggle()

    def play(self) -> None:
        state = self._controller.state
        if state is State.PAUSED:
            self._controller.resume()
        elif state is not State.RUNNING and self._can_control():
            self._planner.toggle()

    def pause(self) -> None:
        self._controller.pause()

    def next(self) -> None:
        self._controller.next_pose()

    def previous(self) -> None:
        self._controller.previous_pose()

    # -- telling clients ------------------------------------------------------------------------

    def _can_control(self) -> bool:
        return self._controller.state in UNDERWAY or self._planner.timeline is not None

    def _state_changed(self, state: State) -> None:
        if state not in UNDERWAY:
            self._last_cue = None
        self._changed()

    def _cue(self, cue: Cue, stale: bool) -> None:
        last, self._last_cue = self._last_cue, cue
        if last is not None and abs(cue.t - (last.t + last.duration)) > 1e-6:
            # Not the cue after the last one: Next, Previous or a restart moved the position.
            self._player.Seeked.emit(self.position_us())
        if not stale:
            self._changed()

    def _changed(self) -> None:
        """Send PropertiesChanged with whatever differs from what clients last heard."""
        now = self.player_properties()
        changed = {k: v for k, v in now.items() if _comparable(v) != _comparable(self._sent[k])}
        self._sent = now
        if not changed or self._name is None:
            return
        signal = QDBusMessage.createSignal(
            OBJECT_PATH, "org.freedesktop.DBus.Properties", "PropertiesChanged"
        )
        invalidated = QDBusArgument()  # an empty "as": an empty Python list would go out as "av"
        invalidated.beginArray(QMetaType.Type.QString)
        invalidated.endArray()
        if "Metadata" in changed:
            changed["Metadata"] = _typed(changed["Metadata"])
        signal.setArguments([PLAYER_INTERFACE, changed, invalidated])
        self._bus.send(signal)


def _typed(metadata: dict[str, Any]) -> dict[str, Any]:
    """Metadata as it goes on the bus: mpris:length an int64 even when it would fit in 32 bits."""
    length = metadata.get("mpris:length")
    if length is None:
        return metadata
    return {**metadata, "mpris:length": int64(length)}


def _comparable(value: object) -> object:
    """QDBusObjectPath has no ==: compare metadata by its paths' text."""
    if isinstance(value, dict):
        return {k: _comparable(v) for k, v in value.items()}
    if isinstance(value, QDBusObjectPath):
        return value.path()
    return value
