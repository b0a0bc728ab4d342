"""Make the chimes in assets/chimes/: soft sine tones with a gentle envelope (stdlib only).

Run from anywhere: `python scripts/make_chimes.py`. The output is deterministic, so running
it again changes no file unless this script changed.

The tones are meant to be heard with eyes closed, between breaths: quiet (peaks at about a
third of full scale), no sharp attack, nothing above a few kHz. Stored at the rate the sound
output and export-audio use (22,050 Hz mono, voice/wav.py RATE), so nothing converts them:
converting in Python took ~20 ms of the GUI thread at every start.
"""

from __future__ import annotations

import argparse
import math
import struct
import wave
from collections.abc import Callable, Sequence
from pathlib import Path

RATE = 22050  # voice.wav.RATE (a script: it does not import the app)
PEAK = 0.32  # of full scale
OUT = Path(__file__).resolve().parent.parent / "assets" / "chimes"

Pitch = Callable[[float], float]  # Hz at a fraction 0..1 through the note


def glide(start: float, end: float) -> Pitch:
    # Glide in log-frequency, as the ear hears pitch; eased so it settles rather than stops.
    def hz(x: float) -> float:
        eased = 0.5 - 0.5 * math.cos(math.pi * x)
        return start * float((end / start) ** eased)

    return hz


def steady(hz: float) -> Pitch:
    return lambda x: hz


def note(
    pitch: Pitch, seconds: float, attack: float, partials: Sequence[tuple[float, float]]
) -> list[float]:
    """One note: `partials` are (frequency multiple, relative level); the phase is integrated
    so a glide stays smooth."""
    count = round(seconds * RATE)
    phases = [0.0] * len(partials)
    out = []
    for i in range(count):
        x = i / count
        base = pitch(x)
        value = 0.0
        for k, (multiple, level) in enumerate(partials):
            phases[k] += 2 * math.pi * base * multiple / RATE
            value += level * math.sin(phases[k])
        # Raised-cosine attack (no click), then a decay that reaches silence at the end.
        t = i / RATE
        rise = 0.5 - 0.5 * math.cos(math.pi * min(1.0, t / attack))
        fall = math.exp(-4.0 * x) * (1.0 - x)
        out.append(value * rise * fall)
    return out


def mix(length: float, *parts: tuple[float, list[float]]) -> list[float]:
    out = [0.0] * round(length * RATE)
    for start, samples in parts:
        offset = round(start * RATE)
        for i, v in enumerate(samples[: len(out) - offset]):
            out[offset + i] += v
    return out


def write(path: Path, samples: list[float]) -> None:
    loudest = max(abs(v) for v in samples) or 1.0
    scale = PEAK * 32767 / loudest
    frames = b"".join(struct.pack("<h", round(v * scale)) for v in samples)
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(frames)


WARM = ((1.0, 1.0), (2.0, 0.18), (3.0, 0.05))  # a soft, slightly hollow tone
BELL = ((1.0, 1.0), (2.76, 0.22), (5.4, 0.06))  # inharmonic partials: a small bell


def chimes() -> dict[str, list[float]]:
    return {
        # The inhale rises (G4 to C5) and the exhale falls back, like the breath pacer.
        "inhale": note(glide(392.0, 523.25), 0.75, 0.12, WARM),
        "exhale": note(glide(523.25, 392.0), 0.8, 0.12, WARM),
        # A new pose, side or phase: two bell notes, a fourth apart.
        "transition": mix(
            1.1,
            (0.0, note(steady(659.25), 0.9, 0.01, BELL)),
            (0.18, note(steady(880.0), 0.92, 0.01, BELL)),
        ),
        # "3, 2, 1": a short, soft tick.
        "countdown": note(steady(784.0), 0.22, 0.008, WARM),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=OUT, help=f"folder (default {OUT})")
    args = parser.parse_args()
    for name, samples in chimes().items():
        path = args.out / f"{name}.wav"
        write(path, samples)
        print(f"{path}: {len(samples) / RATE:.2f} s, {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
