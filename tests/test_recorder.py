"""Each session the person does becomes one history entry; accidental starts do not."""

from __future__ import annotations

from datetime import datetime

from stretchplayer.engine.playback import State
from stretchplayer.session.recorder import SessionRecorder
from tests.fakes import RecordingBook

POSES = ["calf-stretch", "lizard-pose"]
MORNING = datetime(2026, 11, 24, 7, 0)


def test_a_finished_session_is_recorded_once_with_its_start_and_length() -> None:
    book = RecordingBook()
    recorder = SessionRecorder(book, now=lambda: MORNING)
    recorder.state_changed(State.RUNNING, POSES, 900.0)
    recorder.state_changed(State.PAUSED, POSES, 900.0)
    recorder.state_changed(State.RUNNING, POSES, 900.0)  # resuming is not a new session
    recorder.reached(880.0)
    recorder.state_changed(State.FINISHED, POSES, 900.0)
    recorder.state_changed(State.IDLE, POSES, 900.0)  # Stop after the end adds nothing
    assert book.entries == [(MORNING, 900.0, POSES, True)]


def test_a_session_stopped_after_real_effort_is_recorded_as_stopped_early() -> None:
    book = RecordingBook()
    recorder = SessionRecorder(book, now=lambda: MORNING, minimum=60)
    recorder.state_changed(State.RUNNING, POSES, 900.0)
    recorder.reached(10.0)
    recorder.reached(250.0)
    recorder.state_changed(State.IDLE, POSES, 900.0)
    assert book.entries == [(MORNING, 250.0, POSES, False)]


def test_an_accidental_start_is_not_recorded() -> None:
    book = RecordingBook()
    recorder = SessionRecorder(book, now=lambda: MORNING, minimum=60)
    recorder.state_changed(State.RUNNING, POSES, 900.0)
    recorder.reached(12.0)
    recorder.state_changed(State.IDLE, POSES, 900.0)
    recorder.state_changed(State.RUNNING, POSES, 900.0)
    recorder.state_changed(State.FINISHED, POSES, 900.0)
    assert book.entries == [(MORNING, 900.0, POSES, True)]
