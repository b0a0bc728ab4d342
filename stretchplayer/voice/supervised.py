"""The Qt side of the render worker: results come back as queued calls, and a watchdog.

Worker futures complete on the worker thread; `post` hands their continuation to this
object's thread through a queued signal, so the GUI thread only ever runs short slots and
never waits. A QTimer polls the worker while jobs are out and gives up on it when one hangs.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from stretchplayer.voice.worker import RenderWorker

log = logging.getLogger(__name__)

WATCH_MS = 200


class WorkerClient(QObject):
    """Base for the speakers that use a RenderWorker.

    Signals:
        durationsChanged(): new exact durations are known (emitted once a batch is done), or
            the voice changed so earlier ones no longer hold: rebuild the idle timeline.
        failed(reason): this backend stopped working; one line for a person. Emitted once.
    """

    durationsChanged = Signal()
    failed = Signal(str)
    _queued = Signal(object)

    def __init__(self, worker: RenderWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.failure: str | None = None
        self._outstanding = 0
        self._queued.connect(self._run_queued, Qt.ConnectionType.QueuedConnection)
        self._watchdog = QTimer(self)
        self._watchdog.setInterval(WATCH_MS)
        self._watchdog.timeout.connect(self._check)
        self.track(worker.ready, self._on_ready)

    def track(self, future: Future[Any], then: Callable[[Future[Any]], None]) -> None:
        """Call `then(future)` on this object's thread when the future is done."""
        self._outstanding += 1
        self._watchdog.start()

        def done(f: Future[Any]) -> None:
            self.post(lambda: self._settle(f, then))

        future.add_done_callback(done)

    def post(self, call: Callable[[], None]) -> None:
        # RuntimeError: this object is gone (the app is closing) and nobody is waiting.
        with contextlib.suppress(RuntimeError):
            self._queued.emit(call)

    def fail(self, reason: str) -> None:
        if self.failure is not None:
            return
        self.failure = reason
        self._watchdog.stop()
        self.on_failure(reason)
        self.failed.emit(reason)

    def on_failure(self, reason: str) -> None:
        """Subclasses silence themselves here."""

    def close(self) -> None:
        self._watchdog.stop()
        self.worker.close()

    def _on_ready(self, future: Future[Any]) -> None:
        if future.exception() is not None:
            self.fail(str(future.exception()))
        else:
            self.on_ready(str(future.result()))

    def on_ready(self, engine_name: str) -> None:
        """Subclasses learn the engine's name here."""

    def _settle(self, future: Future[Any], then: Callable[[Future[Any]], None]) -> None:
        self._outstanding -= 1
        if self._outstanding <= 0:
            self._watchdog.stop()
        if not future.cancelled():
            then(future)

    def _run_queued(self, call: Callable[[], None]) -> None:
        call()

    def _check(self) -> None:
        if self.worker.stalled():
            reason = f"the speech engine stopped responding (nothing for {self.worker.timeout:g} s)"
            log.warning(reason)
            self.worker.abandon(reason)
            self.fail(reason)
