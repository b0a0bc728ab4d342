"""A desktop notification (org.freedesktop.Notifications), for news the window cannot show."""

from __future__ import annotations

import logging

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, QObject, Qt
from PySide6.QtDBus import QDBusConnection, QDBusInterface

from stretchplayer.core.identity import APP_ID, DISPLAY_NAME

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
TIMEOUT_MS = 3000


class Notifier(QObject):
    """Sends notifications; where there is no notification service, logs and goes on."""

    def __init__(self, bus: QDBusConnection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus

    def notify(self, summary: str, body: str = "") -> bool:
        """Show one notification; False when no service took it."""
        interface = QDBusInterface(SERVICE, PATH, SERVICE, self._bus, self)
        interface.setTimeout(TIMEOUT_MS)
        try:
            if interface.isValid():
                # Through the introspected method, so replaces_id goes out as uint32.
                QMetaObject.invokeMethod(
                    interface,
                    "Notify",
                    Qt.ConnectionType.DirectConnection,
                    Q_RETURN_ARG("uint"),
                    Q_ARG(str, DISPLAY_NAME),
                    Q_ARG("uint", 0),
                    Q_ARG(str, APP_ID),  # the icon, by the app id's name
                    Q_ARG(str, summary),
                    Q_ARG(str, body),
                    Q_ARG("QStringList", []),
                    Q_ARG("QVariantMap", {"desktop-entry": APP_ID}),
                    Q_ARG(int, -1),
                )
                if not interface.lastError().isValid():
                    return True
            log.info("no notification: %s", interface.lastError().message())
            return False
        finally:
            interface.deleteLater()
