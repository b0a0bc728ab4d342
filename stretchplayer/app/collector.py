"""Python's cyclic garbage collector, run on the GUI thread only, while a Qt app runs.

CPython collects in whichever thread crosses its allocation threshold. The speech worker, the
sound mixer and the mixer's stderr reader are Python threads that allocate, so a collection
could start on one of them and destroy there any Qt object caught in a reference cycle that the
GUI thread owns, which Qt does not survive (QPixmap, QTimer and QObject must die on their own
thread). PyQt and PySide apps that run Python threads (calibre, novelWriter, NeXpy …) turn the
automatic collector off for this reason and collect from a timer on the GUI thread, generation
by generation, when the counts pass the usual thresholds: the same collections, on the right
thread. Reference counting, which frees almost everything, is untouched.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

# Often enough that garbage cycles never pile up (a session makes a few hundred objects a
# second), rarely enough that an idle window does not wake for it.
INTERVAL_MS = 2000


class GuiThreadCollector(QObject):
    """While it runs, cycles are collected on this object's (the GUI) thread only."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        self._threshold = gc.get_threshold()
        self._froze = False
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    def collect_due(self) -> None:
        """Collect each generation whose count has passed its threshold, as CPython would."""
        young, middle, old = gc.get_count()
        first, second, third = self._threshold
        if young > first:
            gc.collect(0)
            if middle > second:
                gc.collect(1)
                if old > third:
                    gc.collect(2)

    def set_aside_what_exists(self) -> None:
        """What start-up made lives as long as the app: no collection need look at it again
        (`gc.freeze`), which keeps a full one (11-20 ms of the GUI thread before) from
        delaying a cue. Undone by `stop`."""
        gc.freeze()
        self._froze = True

    def stop(self) -> None:
        """Hand collection back to CPython, as it was before (the app is ending)."""
        self._timer.stop()
        if self._froze:
            gc.unfreeze()
        if self._was_enabled:
            gc.enable()
