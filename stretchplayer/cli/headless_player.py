"""`stretchplayer play --text`: the session without a window, each cue printed as it fires."""

from __future__ import annotations

import json
import sys
import time
from typing import TextIO

from stretchplayer.engine.timeline import Cue, Timeline
from stretchplayer.storage.settings import Settings


def play_text(
    timeline: Timeline,
    speed: float,
    as_json: bool,
    voice: Settings | None = None,
    out: TextIO = sys.stdout,
) -> int:
    """Print every cue as it fires (JSON lines with planned and measured times, or text)."""
    from stretchplayer.app import play_headless

    started = [time.monotonic()]

    def start() -> None:
        started[0] = time.monotonic()

    def show(cue: Cue, stale: bool) -> None:
        at = time.monotonic() - started[0]
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

    play_headless(timeline, speed, show, voice, notice=_notice, starting=start)
    return 0


def _notice(text: str) -> None:
    print(f"stretchplayer: {text}", file=sys.stderr)
