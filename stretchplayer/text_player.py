"""`stretchplayer play --text`: the session without a window, each cue printed as it fires."""

from __future__ import annotations

import json
import sys
import time
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import QCoreApplication

from stretchplayer.controller import SessionController

if TYPE_CHECKING:
    from stretchplayer.engine.timeline import Cue, Timeline


def play_text(timeline: Timeline, speed: float, as_json: bool, out: TextIO = sys.stdout) -> int:
    app = QCoreApplication.instance() or QCoreApplication([])
    controller = SessionController(timeline, time.monotonic, speed)
    started = time.monotonic()

    def show(cue: Cue, stale: bool) -> None:
        at = time.monotonic() - started
        if as_json:
            line = cue.to_json() | {"t": round(cue.t / speed, 4), "at": round(at, 4)}
            if stale:
                line["stale"] = True
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
        else:
            minutes, seconds = divmod(cue.t, 60)
            side = f" [{cue.side}]" if cue.side and cue.kind in ("pose", "switch") else ""
            out.write(f"{int(minutes):3d}:{seconds:04.1f}  {cue.text}{side}\n")
        out.flush()

    controller.cueReached.connect(show)
    controller.finished.connect(app.quit)
    controller.start()
    app.exec()
    return 0
