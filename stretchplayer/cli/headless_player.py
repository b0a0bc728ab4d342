"""`stretchplayer play --text`: the session without a window, each cue printed as it fires."""

from __future__ import annotations

import json
import signal
import sys
import time
from typing import TextIO

from stretchplayer.cli.errors import drop_output
from stretchplayer.core.guest import printable
from stretchplayer.core.i18n import Context
from stretchplayer.engine.timeline import Cue, Timeline
from stretchplayer.storage.settings import Settings

cli = Context("cli")


def play_text(
    timeline: Timeline,
    speed: float,
    as_json: bool,
    voice: Settings | None = None,
    out: TextIO | None = None,
    routine: str | None = None,
) -> int:
    """Print every cue as it fires (JSON lines with planned and measured times, or text)."""
    from stretchplayer.app import play_headless

    # Looked up now, not when this module was imported: whoever runs us may have replaced it.
    stream = out if out is not None else sys.stdout

    started = time.monotonic()
    reader_gone = False

    def start() -> None:
        nonlocal started
        started = time.monotonic()

    def show(cue: Cue, stale: bool) -> None:
        nonlocal reader_gone
        if reader_gone:
            return
        try:
            write(cue, stale)
        except BrokenPipeError:
            # The reader went away (`| head`): stop here, quietly, as a pipe expects, and as
            # a terminating signal does (play_headless's handler: the session is stopped, and
            # kept in the history if it had played a minute).
            reader_gone = True
            drop_output(stream)
            signal.raise_signal(signal.SIGTERM)

    def write(cue: Cue, stale: bool) -> None:
        at = time.monotonic() - started
        if as_json:
            line = cue.to_json() | {"t": round(cue.t / speed, 4), "at": round(at, 4)}
            if stale:
                line["stale"] = True
            stream.write(json.dumps(line, ensure_ascii=False) + "\n")
        else:
            minutes, seconds = divmod(cue.t, 60)
            shown = cli.tr("right") if cue.side == "right" else cli.tr("left")
            side = f" [{shown}]" if cue.side and cue.kind in ("pose", "switch") else ""
            stream.write(printable(f"{int(minutes):3d}:{seconds:04.1f}  {cue.text}{side}") + "\n")
        stream.flush()

    finished = play_headless(
        timeline, speed, show, voice, notice=_notice, starting=start, routine=routine
    )
    return 0 if finished or reader_gone else 130


def _notice(text: str) -> None:
    print(f"stretchplayer: {printable(text)}", file=sys.stderr)
