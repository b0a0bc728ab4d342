"""Turns the controller's cues into speech and chimes, by the verbosity policy."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from stretchplayer.session.policy import Policy
from stretchplayer.voice.base import Speaker
from stretchplayer.voice.chimes import Chimes

if TYPE_CHECKING:
    from stretchplayer.engine.timeline import Cue
    from stretchplayer.session.controller import SessionController


class CueAnnouncer(QObject):
    """Says (or chimes) each cue as the controller reaches it.

    Only the newest of a burst of cues is announced (the controller marks the others stale).
    Pause pauses the voice, Stop silences it. A cue reached while paused (the person skipped
    to another pose) is held and announced when the session resumes, from its start.

    Signals:
        spoken(text): words were handed to the speaker.
        chimed(name): a chime was played.
    """

    spoken = Signal(str)
    chimed = Signal(str)

    def __init__(
        self,
        speaker: Speaker,
        chimes: Chimes,
        policy: Policy | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._speaker = speaker
        self._chimes = chimes
        self.policy = policy or Policy()
        self._controller: SessionController | None = None
        self._held: Cue | None = None

    def attach(self, controller: SessionController) -> None:
        self._controller = controller
        controller.cueReached.connect(self.on_cue)
        controller.stateChanged.connect(self.on_state)

    @property
    def speaker(self) -> Speaker:
        return self._speaker

    def set_speaker(self, speaker: Speaker) -> None:
        if speaker is not self._speaker:
            self._speaker.stop()
            self._speaker = speaker

    def set_policy(self, policy: Policy) -> None:
        if not policy.speaks:
            self._speaker.stop()
        if not policy.chimes or policy.verbosity == "silent":
            self._chimes.stop()
        self.policy = policy

    def on_cue(self, cue: Cue, stale: bool) -> None:
        if stale:
            return
        if self._paused():
            # Skipping while paused: what was being said no longer applies.
            self._speaker.stop()
            self._held = cue
            return
        self.announce(cue)

    def on_state(self, state: str) -> None:
        if state == "paused":
            self._speaker.pause()
            self._chimes.stop()
        elif state == "running":
            held, self._held = self._held, None
            if held is not None:
                self.announce(held)
            else:
                self._speaker.resume()
        elif state == "idle":
            self._held = None
            self._speaker.stop()
            self._chimes.stop()
        # "finished": the closing words are still being said; let them end.

    def announce(self, cue: Cue) -> None:
        words = self.policy.words(cue)
        if words is not None:
            self._speaker.say(words)
            self.spoken.emit(words)
            return
        chime = self.policy.chime(cue)
        if chime is not None:
            self._chimes.play(chime)
            self.chimed.emit(chime)

    def _paused(self) -> bool:
        return self._controller is not None and self._controller.state.value == "paused"
