"""How long a text probably takes to say, before it has been rendered (a safe over-estimate).

The numbers were fitted to espeak-ng 1.51 via pyttsx3 2.99 on every utterance of the seven-pose
session at 80–400 words per minute, then rounded up so that no measured utterance took
longer than its estimate (the closest came within 0.2 %; the mean is about 20 % over). An
over-estimate only makes a slot a little long until the real rendering arrives; an
under-estimate would let the next cue talk over this one.
"""

from __future__ import annotations

import re

from stretchplayer.speech.base import DEFAULT_RATE

_LETTERS = re.compile(r"[^\W\d_]")
_DIGITS = re.compile(r"\d")
_PAUSES = re.compile(r"[.,;:!?—–]")

# espeak-ng clamps its rate to about this range; beyond it the speech stops changing.
_SLOWEST, _FASTEST = 80, 300


def estimate_seconds(text: str, rate: int = DEFAULT_RATE) -> float:
    if not text.strip():
        return 0.0
    letters = len(_LETTERS.findall(text))
    # A digit is read as a word ("7" -> "seven"): count it as several letters.
    digits = len(_DIGITS.findall(text))
    pauses = len(_PAUSES.findall(text))
    at_default = 0.75 + 0.075 * (letters + 4 * digits) + 0.3 * pauses
    # Slow speech stretches the pauses too, so time grows a little faster than 1/rate.
    effective = min(max(rate, _SLOWEST), _FASTEST)
    return at_default * float((DEFAULT_RATE / effective) ** 1.15)
