"""What media controls show for a moment of the session: its track and its title (no Qt).

A track is a pose (both its sides), so skipping with Next or Previous moves one track;
the countdown and the closing cue are tracks of their own.
"""

from __future__ import annotations

from dataclasses import dataclass

from stretchplayer.core import wording
from stretchplayer.core.identity import APP_ID
from stretchplayer.engine.playback import Position, State
from stretchplayer.engine.timeline import Timeline

BASE_PATH = "/" + APP_ID.replace(".", "/")
NO_TRACK = "/org/mpris/MediaPlayer2/TrackList/NoTrack"


@dataclass(frozen=True)
class Track:
    path: str  # the D-Bus object path that names the track (mpris:trackid)
    title: str


def pose_and_side(name: str, side: str | None) -> str:
    """ "Lizard pose — left side"; a pose without sides is just its name."""
    return f"{name} — {side} side" if side else name


def track_at(timeline: Timeline | None, position: Position, state: State) -> Track:
    """The track and title of the session at `position` (between sessions: what comes)."""
    if timeline is None:
        return Track(NO_TRACK, "No poses ticked")
    names = {span.pose.id: span.pose.name for span in timeline.spans}
    cue = position.cue
    if state is State.IDLE or cue is None:
        summary = f"{wording.count(len(timeline.spans), 'pose')}, {wording.clock(timeline.total)}"
        return Track(NO_TRACK, f"Ready: {summary}")
    if cue.kind == "countdown":
        coming = pose_and_side(names.get(cue.next_pose or "", ""), cue.next_pose_side)
        return Track(f"{BASE_PATH}/countdown", f"Get ready: {coming}")
    if cue.kind == "done":
        return Track(f"{BASE_PATH}/done", "Well done")
    path = f"{BASE_PATH}/pose/{cue.pose_index}"
    if cue.kind == "rest":
        return Track(path, f"Rest. Next: {names.get(cue.next_pose or '', '')}")
    return Track(path, pose_and_side(names.get(cue.pose or "", ""), cue.side))
