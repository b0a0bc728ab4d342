"""`stretchplayer play --text`: the session without a window, each cue printed as it fires."""

from __future__ import annotations

import dataclasses
import json
import sys
import time
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import QCoreApplication

from stretchplayer.session.controller import SessionController

if TYPE_CHECKING:
    from stretchplayer.engine.timeline import Cue, Timeline
    from stretchplayer.storage.settings import Settings
    from stretchplayer.voice.wiring import VoiceSystem


def play_text(
    timeline: Timeline,
    speed: float,
    as_json: bool,
    voice: Settings | None = None,
    out: TextIO = sys.stdout,
) -> int:
    """Play `timeline`, speaking with the `voice` settings if given; the exit status."""
    app = QCoreApplication.instance() or QCoreApplication([])
    controller = SessionController(timeline, time.monotonic, speed)
    if voice is not None:
        speak = _attach_voice(controller, app, voice)
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
    if voice is not None:
        speak.shutdown()
    return 0


def _attach_voice(
    controller: SessionController, app: QCoreApplication, settings: Settings
) -> VoiceSystem:
    """The same voice as the window's, speaking in its own thread: the timing stays exact."""
    from stretchplayer.voice.wiring import VoiceSystem

    speak = VoiceSystem(dataclasses.replace(settings, voice_enabled=True), app)
    speak.notice.connect(lambda text: print(f"stretchplayer: {text}", file=sys.stderr))
    speak.attach(controller)
    return speak
