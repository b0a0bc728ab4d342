"""Small WAV helpers on the stdlib `wave` module: durations, trimming, format conversion."""

from __future__ import annotations

import array
import sys
import wave
from pathlib import Path

RATE = 22050  # what espeak-ng renders, and what export-audio writes
WIDTH = 2  # bytes per sample: 16-bit
# Below this a 16-bit sample is inaudible hiss (about -50 dBFS).
SILENCE_LEVEL = 100


def duration(path: Path) -> float:
    """Seconds of audio in a WAV file, from its header."""
    with wave.open(str(path), "rb") as w:
        return w.getnframes() / w.getframerate()


def trim_tail(source: Path, target: Path, keep: float = 0.06) -> None:
    """Copy a 16-bit mono WAV without the silence at its end (keeping `keep` seconds).

    espeak-ng ends every utterance with a third of a second of silence; the timeline adds its
    own margin after each utterance, so the clip's length should be the speech alone.
    """
    with wave.open(str(source), "rb") as w:
        params = w.getparams()
        frames = w.readframes(w.getnframes())
    if params.sampwidth == WIDTH and params.nchannels == 1:
        samples = to_samples(frames)
        end = len(samples)
        while end > 0 and abs(samples[end - 1]) < SILENCE_LEVEL:
            end -= 1
        end = min(len(samples), end + round(keep * params.framerate))
        frames = frames[: end * WIDTH]
    with wave.open(str(target), "wb") as out:
        out.setparams(params)
        out.writeframes(frames)


def read_mono16(path: Path, rate: int = RATE) -> bytes:
    """A WAV file's audio as 16-bit little-endian mono at `rate`, whatever it was stored as."""
    with wave.open(str(path), "rb") as w:
        channels, width, source_rate = w.getnchannels(), w.getsampwidth(), w.getframerate()
        frames = w.readframes(w.getnframes())
    if (channels, width, source_rate) == (1, WIDTH, rate) and sys.byteorder == "little":
        return frames
    samples = _to_int16(frames, width)
    if channels > 1:
        samples = array.array(
            "h",
            (
                sum(samples[i : i + channels]) // channels
                for i in range(0, len(samples) - channels + 1, channels)
            ),
        )
    if source_rate != rate:
        samples = _resample(samples, source_rate, rate)
    return to_pcm(samples)


def to_samples(frames: bytes) -> array.array[int]:
    """16-bit little-endian PCM as samples (in this machine's byte order)."""
    samples = array.array("h")
    samples.frombytes(frames)
    if sys.byteorder != "little":
        samples.byteswap()
    return samples


def to_pcm(samples: array.array[int]) -> bytes:
    """Samples back to 16-bit little-endian PCM (on a big-endian machine, swaps them)."""
    if sys.byteorder != "little":
        samples.byteswap()
    return samples.tobytes()


def _to_int16(frames: bytes, width: int) -> array.array[int]:
    if width == 2:
        return to_samples(frames)
    if width == 1:  # unsigned 8-bit
        return array.array("h", ((b - 128) << 8 for b in frames))
    if width in (3, 4):  # keep the top 16 bits of each little-endian sample
        return array.array(
            "h",
            (
                int.from_bytes(frames[i + width - 2 : i + width], "little", signed=True)
                for i in range(0, len(frames), width)
            ),
        )
    raise ValueError(f"unsupported sample width: {width} bytes")


def _resample(samples: array.array[int], source: int, target: int) -> array.array[int]:
    """Linear interpolation: plenty for chimes and speech, and no dependencies."""
    count = max(1, round(len(samples) * target / source))
    step = source / target
    last = len(samples) - 1
    out = array.array("h", bytes(2 * count))
    for i in range(count):
        x = i * step
        j = int(x)
        if j >= last:
            out[i] = samples[last]
            continue
        frac = x - j
        out[i] = int(samples[j] + (samples[j + 1] - samples[j]) * frac)
    return out
