"""Keep the screen awake while a session runs, through the desktop's screen-saver service.

`org.freedesktop.ScreenSaver` (KDE, GNOME's proxy, Xfce, …) first, `org.gnome.SessionManager`
as the fallback. At most one inhibit is held, and it is released when the session pauses,
stops or ends, when the switch in Preferences is turned off, and when the app quits (the
services also drop it if the app dies). Their cookies are uint32, which a plain Python int
is not on the wire, so the calls go through the interface's introspected methods with typed
arguments (`Q_ARG("uint", …)`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, QObject, Qt
from PySide6.QtDBus import QDBusConnection, QDBusInterface

from stretchplayer.core.i18n import QT_TRANSLATE_NOOP, Context
from stretchplayer.core.identity import APP_ID, DISPLAY_NAME
from stretchplayer.engine.playback import State

log = logging.getLogger(__name__)

desktop_words = Context("desktop_words")
# What the desktop shows for the inhibition (GNOME lists it when you log out or suspend).
REASON = QT_TRANSLATE_NOOP("desktop_words", "A stretching session is running")
TIMEOUT_MS = 3000  # a hung service must not freeze the window for D-Bus's default 25 s
IDLE = 8  # org.gnome.SessionManager's flag: inhibit the session being marked idle


@dataclass(frozen=True)
class Service:
    """One way to inhibit: where it lives and how its Inhibit is called."""

    name: str
    path: str
    inhibit: str
    uninhibit: str
    arguments: Callable[[], tuple[Any, ...]]


SERVICES = (
    Service(
        "org.freedesktop.ScreenSaver",
        "/org/freedesktop/ScreenSaver",
        "Inhibit",
        "UnInhibit",
        lambda: (Q_ARG(str, DISPLAY_NAME), Q_ARG(str, desktop_words.tr(REASON))),
    ),
    Service(
        "org.gnome.SessionManager",
        "/org/gnome/SessionManager",
        "Inhibit",
        "Uninhibit",
        lambda: (
            Q_ARG(str, APP_ID),
            Q_ARG("uint", 0),
            Q_ARG(str, desktop_words.tr(REASON)),
            Q_ARG("uint", IDLE),
        ),
    ),
)


class ScreenInhibitor(QObject):
    """Holds one screen-saver inhibit while a session runs and the switch is on.

    Feed it the controller's states (`state_changed`); `release` on quit.
    """

    def __init__(
        self,
        bus: QDBusConnection,
        enabled: bool = True,
        services: tuple[Service, ...] = SERVICES,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._bus = bus
        self._enabled = enabled
        self._services = services
        self._running = False
        self._held: tuple[QDBusInterface, Service, int] | None = None
        self._told_none = False

    @property
    def held(self) -> bool:
        return self._held is not None

    @property
    def service(self) -> str | None:
        """The service holding the inhibit now, if any."""
        return self._held[1].name if self._held else None

    def set_enabled(self, on: bool) -> None:
        self._enabled = on
        self._update()

    def state_changed(self, state: State) -> None:
        self._running = state is State.RUNNING
        self._update()

    def release(self) -> None:
        """Let the screen blank again (on quit)."""
        self._running = False
        self._update()

    def _update(self) -> None:
        wanted = self._enabled and self._running
        if wanted and self._held is None:
            self._held = self._inhibit()
        elif not wanted and self._held is not None:
            interface, service, cookie = self._held
            self._held = None
            QMetaObject.invokeMethod(
                interface,
                service.uninhibit,
                Qt.ConnectionType.DirectConnection,
                Q_ARG("uint", cookie),
            )
            if interface.lastError().isValid():
                log.info("%s: %s", service.name, interface.lastError().message())
            interface.deleteLater()

    def _inhibit(self) -> tuple[QDBusInterface, Service, int] | None:
        problems = []
        for service in self._services:
            interface = QDBusInterface(service.name, service.path, service.name, self._bus, self)
            interface.setTimeout(TIMEOUT_MS)
            if interface.isValid():
                cookie = QMetaObject.invokeMethod(
                    interface,
                    service.inhibit,
                    Qt.ConnectionType.DirectConnection,
                    Q_RETURN_ARG("uint"),
                    *service.arguments(),
                )
                if not interface.lastError().isValid() and isinstance(cookie, int):
                    log.info("%s keeps the screen awake (cookie %d)", service.name, cookie)
                    return interface, service, cookie
            problems.append(f"{service.name}: {interface.lastError().message()}")
            interface.deleteLater()
        if not self._told_none:
            self._told_none = True
            log.warning("the screen may blank during the session: %s", "; ".join(problems))
        return None
