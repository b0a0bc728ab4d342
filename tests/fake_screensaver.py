"""A stand-in for the desktop's screen-saver services, run as its own process on a test bus.

    python -m tests.fake_screensaver LOG [freedesktop|gnome|notifications]

It owns org.freedesktop.ScreenSaver (or org.gnome.SessionManager), answers Inhibit with
cookies 1, 2, 3, … and writes one line per call to LOG: "Inhibit COOKIE ARGS…" and
"UnInhibit COOKIE"; "ready" once the name is owned. As "notifications" it is a
notification server that writes "Notify APP SUMMARY | BODY | DESKTOP-ENTRY". The signatures are the real ones
(uint32 cookies and flags), so a client that sends int32 gets the real error.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusAbstractAdaptor, QDBusConnection

from stretchplayer.desktop.mpris import dbus_interface


class Log:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.cookies = 0

    def write(self, *words: object) -> None:
        with self.path.open("a", encoding="utf-8") as file:
            file.write(" ".join(str(w) for w in words) + "\n")

    def inhibit(self, *args: object) -> int:
        self.cookies += 1
        self.write("Inhibit", self.cookies, *args)
        return self.cookies


@dbus_interface("org.freedesktop.ScreenSaver")
class ScreenSaver(QDBusAbstractAdaptor):
    def __init__(self, parent: QObject, log: Log) -> None:
        super().__init__(parent)
        self.log = log

    @Slot(str, str, result="uint")
    def Inhibit(self, application: str, reason: str) -> int:
        return self.log.inhibit(application)

    @Slot("uint")
    def UnInhibit(self, cookie: int) -> None:
        self.log.write("UnInhibit", cookie)


@dbus_interface("org.gnome.SessionManager")
class SessionManager(QDBusAbstractAdaptor):
    def __init__(self, parent: QObject, log: Log) -> None:
        super().__init__(parent)
        self.log = log

    @Slot(str, "uint", str, "uint", result="uint")
    def Inhibit(self, app_id: str, toplevel_xid: int, reason: str, flags: int) -> int:
        return self.log.inhibit(app_id, f"flags={flags}")

    @Slot("uint")
    def Uninhibit(self, cookie: int) -> None:
        self.log.write("UnInhibit", cookie)


@dbus_interface("org.freedesktop.Notifications")
class Notifications(QDBusAbstractAdaptor):
    def __init__(self, parent: QObject, log: Log) -> None:
        super().__init__(parent)
        self.log = log

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(
        self,
        app_name: str,
        replaces_id: int,
        icon: str,
        summary: str,
        body: str,
        actions: list[str],
        hints: dict[str, object],
        timeout: int,
    ) -> int:
        self.log.write("Notify", app_name, summary, "|", body, "|", hints.get("desktop-entry"))
        return 1


def main() -> int:
    log = Log(Path(sys.argv[1]))
    kind = sys.argv[2] if len(sys.argv) > 2 else "freedesktop"
    app = QCoreApplication(sys.argv[:1])
    bus = QDBusConnection.sessionBus()
    holder = QObject()
    if kind == "gnome":
        SessionManager(holder, log)
        name, path = "org.gnome.SessionManager", "/org/gnome/SessionManager"
    elif kind == "notifications":
        Notifications(holder, log)
        name, path = "org.freedesktop.Notifications", "/org/freedesktop/Notifications"
    else:
        ScreenSaver(holder, log)
        name, path = "org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"
    exported = QDBusConnection.RegisterOption.ExportAdaptors
    if not (bus.registerObject(path, holder, exported) and bus.registerService(name)):
        print(f"fake_screensaver: {bus.lastError().message()}", file=sys.stderr)
        return 1
    log.write("ready")
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
