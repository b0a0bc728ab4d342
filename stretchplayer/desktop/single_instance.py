"""One StretchPlayer window at a time: a second launch raises the first instead.

The first process holds a `QLockFile` for as long as it runs and listens on a `QLocalServer`;
a later one fails to take the lock, tells the first through the server to show itself, and
exits. A lock left by a process that crashed is stale (its PID is gone) and taken over.

The lock is taken before the window is built; the server starts once the window has painted
(`listen`), so QtNetwork is not loaded before the first sight of the window. A launch in
between keeps trying to reach it for a second.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

from stretchplayer.storage.folders import make_folder

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

log = logging.getLogger(__name__)

RAISE = b"raise\n"
WAIT_MS = 1000
RETRY_S = 0.05


def server_name(lock_path: Path) -> str:
    """A local socket name unique to this lock file (so each STRETCHPLAYER_HOME has its own)."""
    import hashlib

    digest = hashlib.sha256(str(lock_path.resolve()).encode()).hexdigest()[:16]
    return f"stretchplayer-{digest}"


class SingleInstance(QObject):
    """Claim being the one running StretchPlayer window.

    Signals:
        activated(): another launch asked this one to show its window.
    """

    activated = Signal()

    def __init__(self, lock_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder_problem: str | None = None
        try:
            make_folder(lock_path.parent)
        except OSError as exc:  # a file in the folder's place, a read-only parent
            self._folder_problem = exc.strerror or str(exc)
        self._lock = QLockFile(str(lock_path))
        self._path = lock_path
        self._server: QLocalServer | None = None
        self._guarded = True

    def claim(self) -> bool:
        """True: this is the first (call `listen` soon), or no lock can be made where the lock
        goes, and this one runs unguarded; False: another one runs and was asked to show
        itself."""
        if self._lock.tryLock(100):
            return True
        error = self._lock.error()
        if error is not QLockFile.LockError.LockFailedError:
            # Not held by another window: no lock file can be made there at all. Taking that
            # for "already open" quit at once, saying a window was shown that never was.
            self._guarded = False
            log.warning(
                "%s: cannot make the lock that keeps to one window (%s); a second launch will"
                " open a second window",
                self._path,
                self._folder_problem
                or (
                    "Permission denied"
                    if error is QLockFile.LockError.PermissionError
                    else error.name
                ),
            )
            return True
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        name = server_name(self._path)
        deadline = time.monotonic() + WAIT_MS / 1000
        while True:
            socket.connectToServer(name)
            if socket.waitForConnected(WAIT_MS):
                socket.write(RAISE)
                socket.waitForBytesWritten(WAIT_MS)
                socket.disconnectFromServer()
                break
            if time.monotonic() >= deadline:
                break
            time.sleep(RETRY_S)  # the first is still starting: its server comes in a moment
        return False

    def listen(self) -> None:
        """Answer later launches (after `claim` returned True)."""
        if not self._guarded:
            return  # the server's name is another window's, if one holds the lock after all
        from PySide6.QtNetwork import QLocalServer

        name = server_name(self._path)
        QLocalServer.removeServer(name)  # a socket left by a crash
        server = self._server = QLocalServer(self)
        server.newConnection.connect(self._connection)
        server.listen(name)

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _connection(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            socket.disconnected.connect(socket.deleteLater)
            # Any contact means "show yourself"; the message is for people reading traffic.
            self.activated.emit()
