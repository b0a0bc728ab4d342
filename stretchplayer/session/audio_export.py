"""The whole session as one WAV: speech and chimes at their planned times, silence between.

Streams to disk: silence is written in one-second chunks and only the clip being mixed is in
memory, so a 25-minute session costs a few hundred kilobytes, not 66 MB. Clips are mixed
(summed, clipped to 16 bits) only where two overlap, which a well-built timeline avoids; the
common case copies bytes. Output: mono, 22050 Hz, 16-bit, the rate espeak-ng renders at.
No Qt: this runs from the command line.
"""

from __future__ import annotations

import array
import logging
import sys
import wave
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from stretchplayer.engine.timeline import Timeline
from stretchplayer.session.narration import Policy
from stretchplayer.voice import wav
from stretchplayer.voice.chimes import Chime, chime_path

log = logging.getLogger(__name__)

RATE = wav.RATE
WIDTH = wav.WIDTH
_SILENCE = bytes(RATE * WIDTH)  # one second


@dataclass(frozen=True)
class Summary:
    frames: int
    spoken: int  # cues with speech
    chimes: int  # cues with a chime

    @property
    def seconds(self) -> float:
        return self.frames / RATE


def export_session(
    timeline: Timeline,
    policy: Policy,
    speech_clip: Callable[[str], Path],
    out: Path,
    chime_clip: Callable[[Chime], Path] = chime_path,
) -> Summary:
    """Write `timeline` as heard with `policy` to `out`; `speech_clip(text)` gives a WAV.

    Raises OSError if `out` cannot be written (a partial file is removed).
    """
    total = frames_at(timeline.total)
    spoken = chimed = 0
    # Chimes (resampled once) and "Inhale"/"Exhale" repeat; most other words are said once.
    speech = lru_cache(maxsize=8)(wav.read_mono16)
    chimes = lru_cache(maxsize=None)(wav.read_mono16)
    try:
        # Opened first, so a bad path fails here cleanly rather than inside wave's constructor.
        with out.open("wb") as file, wave.open(file, "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(WIDTH)
            w.setframerate(RATE)
            w.setnframes(total)  # the header is right from the start: no patching per write
            mixer = _Mixer(w, total)
            for cue in timeline.cues:
                words = policy.words(cue)
                chime = None if words is not None else policy.chime(cue)
                if words is not None:
                    mixer.add(frames_at(cue.t), speech(speech_clip(words)))
                    spoken += 1
                elif chime is not None:
                    mixer.add(frames_at(cue.t), chimes(chime_clip(chime)))
                    chimed += 1
            mixer.finish()
    except BaseException:
        try:
            out.unlink(missing_ok=True)
        except OSError as exc:
            log.debug("could not remove the partial %s: %s", out, exc)
        raise
    return Summary(total, spoken, chimed)


def frames_at(seconds: float) -> int:
    return round(seconds * RATE)


class _Mixer:
    """Writes clips at frame positions in increasing order, keeping only the unwritten tail."""

    def __init__(self, out: wave.Wave_write, total: int) -> None:
        self._out = out
        self._total = total
        self._written = 0  # frames on disk
        self._tail = b""  # audio from frame `_written` on, not yet on disk

    def add(self, at: int, clip: bytes) -> None:
        at = min(max(at, self._written), self._total)
        self._flush_to(at)
        clip = clip[: (self._total - at) * WIDTH]
        if not self._tail:
            self._tail = clip
        elif clip:
            self._tail = _sum(self._tail, clip)

    def finish(self) -> None:
        self._flush_to(self._total)

    def _flush_to(self, frame: int) -> None:
        """Put everything before `frame` on disk: the tail first, then silence."""
        want = (frame - self._written) * WIDTH
        if want <= 0:
            return
        head, self._tail = self._tail[:want], self._tail[want:]
        self._out.writeframesraw(head)
        gap = want - len(head)
        while gap > 0:
            chunk = min(gap, len(_SILENCE))
            self._out.writeframesraw(_SILENCE[:chunk])
            gap -= chunk
        self._written = frame


def _sum(a: bytes, b: bytes) -> bytes:
    """Two 16-bit clips starting together, summed and clipped."""
    x, y = array.array("h"), array.array("h")
    x.frombytes(a)
    y.frombytes(b)
    if sys.byteorder != "little":
        x.byteswap()
        y.byteswap()
    if len(x) < len(y):
        x, y = y, x
    for i, v in enumerate(y):
        x[i] = max(-32768, min(32767, x[i] + v))
    if sys.byteorder != "little":
        x.byteswap()
    return x.tobytes()
