"""How long a text probably takes to say, before it has been rendered (a safe over-estimate).

The numbers were fitted to espeak-ng 1.51 via pyttsx3 2.99 on the 79 utterances of the
seven-pose session at 80–400 words per minute (clips trimmed as the cache keeps them), so
that every estimate is at least 10 % over the measured length; on average it is about 30 %
over. An over-estimate only makes a slot a little long until the real rendering arrives; an
under-estimate would let the next cue talk over this one.
"""

from __future__ import annotations

import re

from stretchplayer.voice.base import DEFAULT_RATE

_LETTERS = re.compile(r"[^\W\d_]")
_DIGITS = re.compile(r"\d")
_PAUSES = re.compile(r"[.,;:!?—–]")

# espeak-ng speaks no slower than 80 words a minute (50 sounds like 80); 450 is its top.
_SLOWEST, _FASTEST = 80, 450


def estimate_seconds(text: str, rate: int = DEFAULT_RATE) -> float:
    if not text.strip():
        return 0.0
    letters = len(_LETTERS.findall(text))
    # A digit is read as a word ("7" -> "seven"): count it as several letters.
    digits = len(_DIGITS.findall(text))
    pauses = len(_PAUSES.findall(text))
    at_default = 0.4 + 0.07 * (letters + 4 * digits) + 0.36 * pauses
    effective = min(max(rate, _SLOWEST), _FASTEST)
    return at_default * DEFAULT_RATE / effective
