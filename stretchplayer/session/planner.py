"""SessionPlanner: what the next session is, and when it takes over from the one before."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from stretchplayer.core import wording
from stretchplayer.core.model import Pose
from stretchplayer.engine.pacing import Pacing
from stretchplayer.engine.playback import UNDERWAY, State
from stretchplayer.engine.timeline import Timeline, build_timeline
from stretchplayer.session.controller import SessionController
from stretchplayer.session.narration import Policy, speech_time

# A session under way keeps the timeline it started with, and so does one just finished: its
# "Well done" screen stays until the person starts again or stops, and a pose ticked meanwhile
# must not wipe it (setting a timeline resets the controller to idle).
_KEPT = (*UNDERWAY, State.FINISHED)


class Speech(Protocol):
    """What planning needs from the voice: lengths, and rendering ahead."""

    def duration(self, text: str) -> float: ...
    def prepare(self, texts: Iterable[str]) -> None: ...


class Spoken(Protocol):
    """Which cues will be spoken (the narrator's policy in force)."""

    @property
    def policy(self) -> Policy: ...


class SessionPlanner(QObject):
    """Owns the chosen poses, the pacing and the speech lengths; plans the session from them.

    Whenever one of them changes it plans anew, asks the voice to render ahead every text the
    plan may say (so those lengths become exact, which plans once more), and gives the plan
    to the controller if no session is under way; otherwise (a session under way, or one
    just finished, its "Well done" still shown) it holds the plan until that session is
    stopped, or until the next one is started with `toggle`.

    Signals:
        planned(timeline, held): the session as planned now (None when no pose is chosen),
            and whether it waits for the session under way to end.
    """

    planned = Signal(object, bool)

    def __init__(
        self,
        controller: SessionController,
        speech: Speech,
        spoken: Spoken,
        pacing: Pacing | None = None,
        poses: Sequence[Pose] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._speech = speech
        self._spoken = spoken
        self._pacing = pacing or Pacing()
        self._poses = tuple(poses)
        self._timeline: Timeline | None = None
        self._held: Timeline | None = None
        # Speech lengths arrive in batches from another thread's renders: plan once a batch.
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.plan)
        controller.stateChanged.connect(self._state_changed)
        self.plan()

    # -- reading --------------------------------------------------------------------------------

    @property
    def timeline(self) -> Timeline | None:
        """The session as planned now; None when no pose is chosen."""
        return self._timeline

    @property
    def held(self) -> bool:
        """A plan is waiting for the session under way to end."""
        return self._held is not None

    # -- what changed ---------------------------------------------------------------------------

    def set_poses(self, poses: Sequence[Pose]) -> None:
        self._poses = tuple(poses)
        self.plan()

    def set_pacing(self, pacing: Pacing) -> None:
        self._pacing = pacing
        self.plan()

    def replan_soon(self) -> None:
        """Speech lengths or what is spoken changed: plan once, after the current batch."""
        self._soon.start()

    def toggle(self) -> None:
        """Space: a held plan takes over before a new session starts."""
        if self._held is not None and self._controller.state not in UNDERWAY:
            self._apply(self._held)
        self._controller.toggle()

    def plan(self) -> None:
        self._soon.stop()
        timeline = self._build() if self._poses else None
        self._timeline = timeline
        if timeline is not None and self._controller.state not in _KEPT:
            self._apply(timeline)
        elif timeline is not None and timeline == self._controller.timeline:
            # The same session as the one under way (Preferences cancelled, say): nothing
            # waits, and nothing says "from the next session on".
            self._held = None
            self.planned.emit(timeline, False)
        else:
            self._held = timeline
            self.planned.emit(timeline, timeline is not None)

    # -- internals ------------------------------------------------------------------------------

    def _build(self) -> Timeline:
        asked = _Asked(self._speech)
        speech = speech_time(self._spoken.policy, asked)
        timeline = build_timeline(self._poses, dataclasses.replace(self._pacing, speech=speech))
        # What is said instead of the closing words after a session skipped through
        # (app.wiring): rendered ahead as well, so it is heard on time too.
        speech("done", wording.skipped_through())
        self._speech.prepare(asked.texts)
        return timeline

    def _apply(self, timeline: Timeline) -> None:
        self._held = None
        if timeline is not self._controller.timeline:
            self._controller.set_timeline(timeline)
        self.planned.emit(timeline, False)

    def _state_changed(self, state: State) -> None:
        if state is State.IDLE and self._held is not None:
            self._apply(self._held)


class _Asked:
    """Remembers every text the plan asked the length of: exactly what to render ahead."""

    def __init__(self, speech: Speech) -> None:
        self._speech = speech
        # Each text once, in the order the plan first needs it (renders go in that order):
        # "Inhale" alone is asked about for every breath of every hold.
        self.texts: dict[str, None] = {}

    def duration(self, text: str) -> float:
        self.texts[text] = None
        return self._speech.duration(text)
