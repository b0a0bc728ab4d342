"""The session bus, if this desktop has one."""

from __future__ import annotations

import logging

from PySide6.QtDBus import QDBusConnection

log = logging.getLogger(__name__)


def session_bus() -> QDBusConnection | None:
    """The user's session bus; None (and one log line) where there is none."""
    bus = QDBusConnection.sessionBus()
    if bus.isConnected():
        return bus
    log.warning(
        "no D-Bus session bus (%s): no media controls, and the screen may blank during a session",
        bus.lastError().message() or "DBUS_SESSION_BUS_ADDRESS is not set",
    )
    return None
