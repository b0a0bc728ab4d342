"""How fast a session goes: breaths, gaps, reading time, and (optionally) speech time."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, fields

from stretchplayer.core.fields import BREATH_IN, BREATH_OUT, COUNTDOWN, REST
from stretchplayer.core.model import Side

# Seconds a spoken text takes, given its cue kind (voice off: always 0).
SpeechTime = Callable[[str, str], float]


def no_speech(kind: str, text: str) -> float:
    return 0.0


# Limits that keep a session humane and the numbers sane; (low, high) inclusive. What a
# person can set comes from the table of fields; the rest are the engine's own knobs.
LIMITS: dict[str, tuple[float, float]] = {
    **{f.name: f.limits for f in (BREATH_IN, BREATH_OUT, COUNTDOWN, REST)},
    "floor_change": (0.0, 600.0),
    "switch_gap": (0.0, 120.0),
    "release": (0.0, 120.0),
    "step_min": (0.5, 120.0),
    "seconds_per_word": (0.0, 5.0),
}


@dataclass(frozen=True)
class Pacing:
    breath_in: float = BREATH_IN.default
    breath_out: float = BREATH_OUT.default
    countdown: float = COUNTDOWN.default  # get ready: time to reach the mat
    rest: float = REST.default  # between two poses
    floor_change: float = 10.0  # extra rest when moving between standing and the floor
    switch_gap: float = 5.0
    release: float = 4.0
    step_min: float = 6.0  # the least time a setup step gets, to read it and move
    seconds_per_word: float = 0.45  # reading plus getting into position
    first_side: Side | None = None  # None: each pose starts on the side its text describes
    speech: SpeechTime = no_speech
    speech_margin: float = 0.8  # silence after an utterance before the next cue

    def __post_init__(self) -> None:
        for f in fields(self):
            if f.name not in LIMITS:
                continue
            value = getattr(self, f.name)
            low, high = LIMITS[f.name]
            if (
                not isinstance(value, int | float)
                or not math.isfinite(value)
                or not low <= value <= high
            ):
                raise ValueError(
                    f"{f.name.replace('_', '-')} must be a number of seconds from {low:g} to {high:g}, got {value!r}"
                )

    def spoken(self, kind: str, text: str, at_least: float) -> float:
        """A cue's slot: at least `at_least`, and long enough to say `text` and pause."""
        speech = self.speech(kind, text)
        return max(at_least, speech + self.speech_margin) if speech > 0 else at_least
