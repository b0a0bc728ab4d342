"""What a session really practised: the time played and the poses held, skips left out.

History records this rather than how far through the timeline a session got: Next past three
poses is not three poses done, and a pose restarted twice is time spent, not a longer plan.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from stretchplayer.engine.timeline import Timeline

# A pose counts as done when the session spent at least this share of its length in it (its
# breaths, side switch and the rest after it): a glance on the way past does not count.
DONE_SHARE = 0.5

# A session stopped before this much session time was an accidental start, not a practice.
MINIMUM_SECONDS = 60.0

Segment = tuple[float, float]  # session seconds played without a jump, from and to


@dataclass(frozen=True)
class Practice:
    seconds: float  # session seconds played: a skipped stretch not, a repeated one twice
    poses: tuple[str, ...]  # ids of the poses done, in the order of the plan


def practice(timeline: Timeline, segments: Sequence[Segment]) -> Practice:
    # Time in a pose counts however it came: a pose begun twice with Previous, half of it
    # each time, was held as long as one played through to its middle.
    seconds = sum(max(0.0, end - start) for start, end in segments)
    done = tuple(
        span.pose.id
        for span in timeline.spans
        if span.end > span.start
        and _overlap(segments, span.start, span.end) >= DONE_SHARE * (span.end - span.start)
    )
    return Practice(seconds, done)


def counts(practised: Practice, finished: bool, minimum: float = MINIMUM_SECONDS) -> bool:
    """Whether a session that ended so goes into the history. Played to the end is done, even
    with a pose skipped; skipped through in seconds, or stopped before `minimum`, it was not
    a practice."""
    return practised.seconds >= minimum or (finished and bool(practised.poses))


def _overlap(segments: Sequence[Segment], start: float, end: float) -> float:
    """Seconds of the segments between start and end, each counted (a repeat twice)."""
    return sum(max(0.0, min(b, end) - max(a, start)) for a, b in segments)
