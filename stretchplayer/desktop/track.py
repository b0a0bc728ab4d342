"""What media controls show for a moment of the session: its track and its title (no Qt).

A track is a pose (both its sides), so skipping with Next or Previous moves one track;
the countdown and the closing cue are tracks of their own.
"""

from __future__ import annotations

from dataclasses import dataclass

from stretchplayer.core import wording
from stretchplayer.core.i18n import Context
from stretchplayer.core.identity import APP_ID
from stretchplayer.engine.playback import Position, State
from stretchplayer.engine.timeline import Timeline

media_track = Context("media_track")

BASE_PATH = "/" + APP_ID.replace(".", "/")
NO_TRACK = "/org/mpris/MediaPlayer2/TrackList/NoTrack"


@dataclass(frozen=True)
class Track:
    path: str  # the D-Bus object path that names the track (mpris:trackid)
    title: str


def pose_and_side(name: str, side: str | None) -> str:
    """ "Lizard pose — left side"; a pose without sides is just its name."""
    if side == "right":
        return media_track.tr("%s — right side") % name
    if side == "left":
        return media_track.tr("%s — left side") % name
    return name


def track_at(timeline: Timeline | None, position: Position, state: State) -> Track:
    """The track and title of the session at `position` (between sessions: what comes)."""
    if timeline is None:
        return Track(NO_TRACK, media_track.tr("No poses ticked"))
    names = {span.pose.id: span.pose.name for span in timeline.spans}
    cue = position.cue
    if state is State.IDLE or cue is None:
        summary = f"{wording.poses(len(timeline.spans))}, {wording.clock(timeline.total)}"
        return Track(NO_TRACK, media_track.tr("Ready: %s") % summary)
    if cue.kind == "countdown":
        coming = pose_and_side(names.get(cue.next_pose or "", ""), cue.next_pose_side)
        return Track(f"{BASE_PATH}/countdown", media_track.tr("Get ready: %s") % coming)
    if cue.kind == "done":
        return Track(f"{BASE_PATH}/done", media_track.tr("Well done"))
    path = f"{BASE_PATH}/pose/{cue.pose_index}"
    if cue.kind == "rest":
        return Track(path, media_track.tr("Rest. Next: %s") % names.get(cue.next_pose or "", ""))
    return Track(path, pose_and_side(names.get(cue.pose or "", ""), cue.side))
