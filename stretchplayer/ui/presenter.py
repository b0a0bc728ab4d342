"""What the step panel shows for a moment of the session, worked out without Qt.

The panel only lays out a `View`; everything it says comes from here, composed from the facts
a cue carries (the pose, its side, the pose coming up, the equipment) and the sentences in
`core.wording`, never by taking apart the words the timeline wrote for the voice.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from stretchplayer.core import wording
from stretchplayer.core.i18n import Context
from stretchplayer.core.model import Pose, Side
from stretchplayer.engine.timeline import Cue, Timeline

ui_presenter = Context("ui_presenter")


def is_mirrored(pose: Pose, side: Side | None) -> bool:
    """Whether this side is the drawing flipped: the drawings show the side the text describes."""
    return pose.two_sided and side is not None and side != (pose.first_side or "right")


@dataclass(frozen=True)
class View:
    """Everything the panel shows for one moment."""

    kicker: str = ""  # "Pose 2 of 7", "Up first", "Up next"
    pose: Pose | None = None
    side: Side | None = None
    show_side: bool = False
    steps: tuple[str, ...] = ()
    current_step: int | None = None
    next_step: int | None = None
    steps_done: int = 0  # steps before this index are behind us
    instruction: str = ""
    detail: str = ""  # the special rhythm, or what comes next
    countdown: str = ""  # "3", "2", "1": shown big in place of the pacer
    breaths: str = ""  # "Breath 4 of 10"

    @property
    def mirrored(self) -> bool:
        return self.pose is not None and is_mirrored(self.pose, self.side)


def idle_view(timeline: Timeline | None, summary: str, mat: bool = False) -> View:
    """Before a session: its first pose (none if no pose is chosen), and how to begin (in mat
    mode, where the pose list is hidden, how to get to it)."""
    opening = timeline.cues[0] if timeline is not None and timeline.cues else None
    first = _next_pose(opening, timeline) if opening is not None else None
    if first is None or opening is None:
        way = ui_presenter.tr("Press Esc to see the poses") if mat else summary
        return View(instruction=ui_presenter.tr("Tick a pose to begin"), detail=way)
    side = opening.next_pose_side
    return View(
        kicker=ui_presenter.tr("Up first"),
        pose=first,
        side=side,
        steps=first.steps_for(side),
        instruction=ui_presenter.tr("Ready when you are"),
        detail=summary,
    )


def view_for(cue: Cue, timeline: Timeline, advice: str = "", counted: bool = True) -> View:
    """What to show from this cue until the next one; `advice` closes the session. A
    session skipped through (not `counted` in the history) is not praised for it."""
    if cue.kind == "countdown":
        return _countdown(cue, timeline)
    if cue.kind == "done" and not counted:
        return View(
            kicker=ui_presenter.tr("Finished"),
            instruction=ui_presenter.tr("That was quick"),
            detail=ui_presenter.tr("Skipped through, so it is not in your history."),
        )
    if cue.kind == "done":
        return View(
            kicker=ui_presenter.tr("Finished"), instruction=wording.well_done(), detail=advice
        )
    spans = timeline.spans
    if cue.pose_index is None or not 0 <= cue.pose_index < len(spans):
        return View(instruction=cue.text)
    if cue.kind == "rest":
        upcoming = _next_pose(cue, timeline)
        if upcoming is not None:
            return View(
                kicker=ui_presenter.tr("Up next"),
                pose=upcoming,
                side=cue.next_pose_side,
                steps=upcoming.steps_for(cue.next_pose_side),
                next_step=0,
                instruction=cue.text,
                detail=wording.you_need(cue.equipment),
            )
    return _in_pose(cue, cue.pose_index, timeline)


def with_streak(finished: View, days: int, advice: str = "") -> View:
    """The finished session's view once the history has counted it: the days in a row it
    makes, then the advice."""
    streak = ui_presenter.tr("%n day(s) in a row.", "", days)
    return replace(finished, detail=f"{streak} {advice}" if advice else streak)


def _countdown(cue: Cue, timeline: Timeline) -> View:
    first = _next_pose(cue, timeline)
    side = cue.next_pose_side
    return View(
        kicker=ui_presenter.tr("Up first"),
        pose=first,
        side=side,
        steps=first.steps_for(side) if first else (),
        next_step=0,
        instruction=cue.text if cue.n is None else wording.get_ready_label(),
        detail=ui_presenter.tr("First: %s") % first.name if first else "",
        countdown=str(cue.n) if cue.n is not None else "",
    )


def _in_pose(cue: Cue, index: int, timeline: Timeline) -> View:
    pose = timeline.spans[index].pose
    side = cue.side
    steps = pose.steps_for(side)
    base = View(
        kicker=ui_presenter.tr("Pose %s of %s") % (index + 1, len(timeline.spans)),
        pose=pose,
        side=side,
        show_side=side is not None,
        steps=steps,
    )
    if cue.kind == "pose":
        # The name is the title already; below it, what to fetch and where to start.
        said = wording.sentences(wording.you_need(cue.equipment), wording.side_first(side))
        return replace(base, next_step=0, instruction=said or pose.name)
    if cue.kind == "switch" and side is not None:
        return replace(base, next_step=0, instruction=wording.switch_sides(side))
    if cue.kind == "step" and cue.step is not None:
        following = cue.step + 1 if cue.step + 1 < len(steps) else None
        return replace(
            base,
            current_step=cue.step,
            next_step=following,
            steps_done=cue.step,
            instruction=cue.text,
        )
    rhythm = pose.fill(pose.rhythm.summary, side) if pose.rhythm is not None else ""
    done = len(steps)
    if cue.kind == "hold":
        return replace(
            base,
            steps_done=done,
            instruction=cue.text,
            detail=rhythm,
            breaths=wording.breaths(cue.breaths) if cue.breaths else "",
        )
    if cue.kind == "breath":
        # A plain breath is said by the pacer; the instruction keeps what the hold asks for.
        instruction = cue.text if pose.rhythm is not None else pose.hold_for(side)
        return replace(
            base,
            steps_done=done,
            instruction=instruction,
            detail=rhythm,
            breaths=ui_presenter.tr("Breath %s of %s") % (cue.n, cue.breaths)
            if cue.n and cue.breaths
            else "",
        )
    return replace(base, steps_done=done, instruction=cue.text)


def _next_pose(cue: Cue, timeline: Timeline | None) -> Pose | None:
    """The pose a countdown or rest cue names as coming up (the same id is the same pose)."""
    if cue.next_pose is None or timeline is None:
        return None
    return next((s.pose for s in timeline.spans if s.pose.id == cue.next_pose), None)
