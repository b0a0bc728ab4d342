"""What is said and what is chimed at each cue, by verbosity, and the narrator that does it.

One policy drives three things that must agree: the narrator (what is heard), the timeline's
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
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from stretchplayer.core.fields import CHIMES, SPOKEN_BREATHS, VERBOSITY, Verbosity
from stretchplayer.engine.pacing import SpeechTime
from stretchplayer.engine.playback import State
from stretchplayer.engine.timeline import Cue
from stretchplayer.storage.settings import Settings
from stretchplayer.voice.chimes import Chime

_KEY_KINDS = frozenset({"countdown", "pose", "hold", "switch", "rest", "done"})


class Durations(Protocol):
    def duration(self, text: str) -> float: ...


class Sound(Durations, Protocol):
    """What the narrator needs from the voice (VoiceSystem; tests record instead)."""

    @property
    def speaks(self) -> bool: ...
    def say(self, text: str) -> None: ...
    def stop(self) -> None: ...
    def pause(self) -> None: ...
    def resume(self) -> None: ...
    def play_chime(self, name: Chime) -> None: ...
    def stop_chimes(self) -> None: ...


@dataclass(frozen=True)
class Policy:
    verbosity: Verbosity = VERBOSITY.default
    spoken_breaths: int = SPOKEN_BREATHS.default
    chimes: bool = CHIMES.default
    voice: bool = True  # the voice is switched on (and has not failed)

    @classmethod
    def from_settings(cls, settings: Settings, voice: bool | None = None) -> Policy:
        return cls(
            verbosity=settings.verbosity,
            spoken_breaths=settings.spoken_breaths,
            chimes=settings.chimes,
            voice=settings.voice_enabled if voice is None else voice,
        )

    @classmethod
    def for_command_line(cls, settings: Settings) -> Policy:
        """`--voice` asks for speech, so a "chimes" or "silent" verbosity reads as "full"."""
        policy = cls.from_settings(settings, voice=True)
        return policy if policy.speaks else replace(policy, verbosity="full")

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


def speech_time(policy: Policy, voice: Durations) -> SpeechTime:
    """The SpeechTime for build_timeline: a cue's slot stretches only for words that will be said."""

    def seconds(kind: str, text: str) -> float:
        return voice.duration(text) if policy.speaks_kind(kind) and text.strip() else 0.0

    return seconds


class Narrator(QObject):
    """Says (or chimes) each cue as the session reaches it; the root connects it to the
    controller's `cueReached` and `stateChanged`.

    Only the newest of a burst of cues is announced (the controller marks the others stale).
    Pause pauses the voice, Stop silences it. A cue reached while paused (the person skipped
    to another pose) is held and announced when the session resumes, from its start.

    Signals:
        spoken(text): words were handed to the voice.
        chimed(name): a chime was played.
        policyChanged(): what is said changed, so the speech time of a plan changed too.
    """

    spoken = Signal(str)
    chimed = Signal(str)
    policyChanged = Signal()

    def __init__(self, sound: Sound, policy: Policy, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sound = sound
        self._base = policy
        self._paused = False
        self._held: Cue | None = None

    @property
    def policy(self) -> Policy:
        """The policy in force: the person's choice, with the voice as it is now."""
        return self._base.with_voice(self._base.voice and self._sound.speaks)

    @property
    def speech_time(self) -> SpeechTime:
        """For Pacing(speech=...): the current policy and voice."""
        return speech_time(self.policy, self._sound)

    def set_policy(self, policy: Policy) -> None:
        if policy == self._base:
            return
        self._base = policy
        if not self.policy.speaks:
            self._sound.stop()
        if not policy.chimes or policy.verbosity == "silent":
            self._sound.stop_chimes()
        self.policyChanged.emit()

    def on_cue(self, cue: Cue, stale: bool) -> None:
        if stale:
            return
        if self._paused:
            # Skipping while paused: what was being said no longer applies.
            self._sound.stop()
            self._held = cue
            return
        self.announce(cue)

    def on_state(self, state: State) -> None:
        self._paused = state is State.PAUSED
        if state is State.PAUSED:
            self._sound.pause()
            self._sound.stop_chimes()
        elif state is State.RUNNING:
            held, self._held = self._held, None
            if held is not None:
                self.announce(held)
            else:
                self._sound.resume()
        elif state is State.IDLE:
            self._held = None
            self._sound.stop()
            self._sound.stop_chimes()
        # FINISHED: the closing words are still being said; let them end.

    def announce(self, cue: Cue) -> None:
        policy = self.policy
        words = policy.words(cue)
        if words is not None:
            self._sound.say(words)
            self.spoken.emit(words)
            return
        chime = policy.chime(cue)
        if chime is not None:
            self._sound.play_chime(chime)
            self.chimed.emit(chime)
