"""Each session the person does becomes one history entry, of what was really practised;
accidental starts do not."""

from __future__ import annotations

from datetime import datetime

import pytest

from stretchplayer.core.model import Library
from stretchplayer.engine.playback import Playback, State
from stretchplayer.engine.practice import Practice, practice
from stretchplayer.engine.timeline import build_timeline
from stretchplayer.session.recorder import SessionRecorder
from tests.fakes import FakeClock, RecordingBook

POSES = ("calf-stretch", "lizard-pose")
MORNING = datetime(2026, 11, 24, 7, 0)


def test_a_finished_session_is_recorded_once_with_its_start_and_length() -> None:
    book = RecordingBook()
    recorder = SessionRecorder(book, now=lambda: MORNING)
    recorder.state_changed(State.RUNNING)
    recorder.state_changed(State.PAUSED)
    recorder.state_changed(State.RUNNING)  # resuming is not a new session
    recorder.ended(Practice(900.0, POSES), finished=True)
    recorder.state_changed(State.IDLE)  # Stop after the end adds nothing
    assert book.entries == [(MORNING, 900.0, list(POSES), True)]


def test_a_session_stopped_after_real_effort_is_recorded_as_stopped_early() -> None:
    book = RecordingBook()
    recorder = SessionRecorder(book, now=lambda: MORNING, minimum=60)
    recorder.state_changed(State.RUNNING)
    recorder.ended(Practice(250.0, POSES[:1]), finished=False)
    assert book.entries == [(MORNING, 250.0, list(POSES[:1]), False)]


def test_an_accidental_start_or_a_session_skipped_through_is_not_recorded() -> None:
    book = RecordingBook()
    recorder = SessionRecorder(book, now=lambda: MORNING, minimum=60)
    recorder.state_changed(State.RUNNING)
    recorder.ended(Practice(12.0, ()), finished=False)
    recorder.state_changed(State.RUNNING)
    recorder.ended(Practice(15.0, ()), finished=True)  # Next, Next, Next to the end
    assert book.entries == []
    recorder.state_changed(State.RUNNING)
    recorder.ended(Practice(900.0, POSES), finished=True)
    assert book.entries == [(MORNING, 900.0, list(POSES), True)]


def test_poses_skipped_with_next_are_not_done_and_skipped_time_is_not_spent(
    library: Library, clock: FakeClock
) -> None:
    timeline = build_timeline(library.poses[:3])
    first, second, third = timeline.spans
    playback = Playback(timeline, clock)
    playback.start()
    clock.advance(first.end + 1)
    playback.poll()  # the first pose played through, one second into the second
    playback.next_pose()  # the second skipped
    clock.advance(timeline.total)
    playback.poll()
    assert playback.state is State.FINISHED
    done = practice(timeline, playback.played())
    assert done.poses == (first.pose.id, third.pose.id)
    skipped = second.end - (first.end + 1)
    assert done.seconds == pytest.approx(timeline.total - skipped)


def test_a_pose_restarted_counts_its_time_twice_and_the_pose_once(
    library: Library, clock: FakeClock
) -> None:
    timeline = build_timeline(library.poses[:2])
    first = timeline.spans[0]
    playback = Playback(timeline, clock)
    playback.start()
    clock.advance(first.start + 20)
    playback.poll()
    playback.previous_pose()  # 20 s in: back to the start of the pose, to do it again
    clock.advance(timeline.total)
    playback.poll()
    done = practice(timeline, playback.played())
    assert done.poses == tuple(s.pose.id for s in timeline.spans)
    assert done.seconds == pytest.approx(timeline.total + 20)


def test_a_pause_is_not_practice_and_a_stop_keeps_what_was_played(
    library: Library, clock: FakeClock
) -> None:
    timeline = build_timeline(library.poses[:2])
    playback = Playback(timeline, clock)
    playback.start()
    clock.advance(40)
    playback.pause()
    clock.advance(600)  # a long pause
    playback.resume()
    clock.advance(30)
    playback.stop()
    assert practice(timeline, playback.played()).seconds == pytest.approx(70)
    playback.start()  # a new session starts from nothing
    assert practice(timeline, playback.played()).seconds == 0


def test_a_pose_begun_twice_counts_for_the_time_spent_in_it(
    library: Library, clock: FakeClock
) -> None:
    """Restarted with Previous at 30 s, then played 30 s more: 60 s of a 101 s pose, in two
    tries each under half of it. The session was recorded with no pose."""
    timeline = build_timeline(library.poses[:2])
    first = timeline.spans[0]
    third = 0.3 * (first.end - first.start)
    playback = Playback(timeline, clock)
    playback.start()
    clock.advance(first.start + third)
    playback.poll()
    playback.previous_pose()  # back to the pose's start
    clock.advance(third)
    playback.stop()
    assert practice(timeline, playback.played()).poses == (first.pose.id,)
