"""What to say and what to chime at each cue, by verbosity (pure: no Qt).

One policy drives three things that must agree: the announcer (what is heard), the timeline's
SpeechTime (which slots stretch to fit speech: only those that will be spoken), and
export-audio (what is written). Verbosities:

- "full": every cue's words;
- "key": pose names, the hold, switch sides, the countdown, rest / "Next: …", done;
  no setup steps and no release (a chime marks the release instead);
- "chimes": no speech, chimes only;
- "silent": nothing at all.

Breaths are spoken (the word, or the pose's rhythm when it fits the phase) for the first
`spoken_breaths` of each hold, then soft chimes take over.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal, Protocol, get_args

from stretchplayer.engine.pacing import SpeechTime
from stretchplayer.engine.timeline import Cue
from stretchplayer.voice.base import VoiceSettings
from stretchplayer.voice.sounds import Chime

Verbosity = Literal["full", "key", "chimes", "silent"]

_KEY_KINDS = frozenset({"countdown", "pose", "hold", "switch", "rest", "done"})


class Durations(Protocol):
    def duration(self, text: str) -> float: ...


@dataclass(frozen=True)
class Policy:
    verbosity: Verbosity = "full"
    spoken_breaths: int = 3
    chimes: bool = True
    voice: bool = True  # the voice is switched on (and has not failed)

    @classmethod
    def from_settings(cls, settings: VoiceSettings, voice: bool | None = None) -> Policy:
        return cls(
            verbosity=verbosity_of(settings.verbosity),
            spoken_breaths=settings.spoken_breaths,
            chimes=settings.chimes,
            voice=settings.voice_enabled if voice is None else voice,
        )

    def with_voice(self, voice: bool) -> Policy:
        return replace(self, voice=voice)

    @property
    def speaks(self) -> bool:
        return self.voice and self.verbosity in ("full", "key")

    def speaks_kind(self, kind: str) -> bool:
        """Whether cues of this kind can be spoken (breaths: at least the first ones)."""
        if not self.speaks:
            return False
        if kind == "breath":
            return self.spoken_breaths > 0
        return self.verbosity == "full" or kind in _KEY_KINDS

    def words(self, cue: Cue) -> str | None:
        """What to say at this cue, or None."""
        if not cue.say or not self.speaks_kind(cue.kind):
            return None
        if cue.kind == "breath" and (cue.n or 0) > self.spoken_breaths:
            return None
        return cue.say

    def chime(self, cue: Cue) -> Chime | None:
        """The chime to play at this cue when nothing is said there, or None."""
        if not self.chimes or self.verbosity == "silent" or self.words(cue) is not None:
            return None
        if cue.kind == "breath":
            return "inhale" if cue.phase == "inhale" else "exhale"
        if cue.kind == "countdown":
            return "countdown" if cue.n is not None else "transition"
        if cue.kind == "step":
            # With speech on ("key"), the pose name was said and steps pass quietly; with no
            # speech at all, each step's chime is the signal to look up or move on.
            return None if self.speaks else "transition"
        return "transition"


def verbosity_of(value: object) -> Verbosity:
    for known in get_args(Verbosity):
        if value == known:
            return known  # type: ignore[no-any-return]
    return "full"


def speech_time(policy: Policy, speaker: Durations) -> SpeechTime:
    """The SpeechTime for build_timeline: a cue's slot stretches only for words that will be said."""

    def seconds(kind: str, text: str) -> float:
        return speaker.duration(text) if policy.speaks_kind(kind) and text.strip() else 0.0

    return seconds
