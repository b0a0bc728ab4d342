"""Times and counts read the same in the window and on the command line."""

from __future__ import annotations

import pytest

from stretchplayer.core.wording import clock, count, sentences, side_first, switch_sides, you_need


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [
        (0, "0:00"),
        (59.4, "0:59"),
        (59.6, "1:00"),
        (1500.8, "25:01"),
        (3725, "1:02:05"),
        (-3, "0:00"),
    ],
)
def test_clock(seconds: float, shown: str) -> None:
    assert clock(seconds) == shown


def test_count_says_one_pose_and_two_poses() -> None:
    assert [count(n, "pose") for n in (0, 1, 2)] == ["0 poses", "1 pose", "2 poses"]


def test_what_a_pose_needs_and_its_first_side_are_sentences_or_nothing() -> None:
    assert you_need(["2 yoga blocks"]) == "You need 2 yoga blocks."
    assert you_need(["a strap", "a block"]) == "You need a strap, a block."
    assert you_need(()) == ""
    assert side_first("left") == "Left side first."
    assert side_first(None) == ""
    assert switch_sides("left") == "Switch sides. Now your left side."


def test_sentences_leave_out_the_empty_ones() -> None:
    assert sentences("Lizard pose.", "", "Right side first.") == "Lizard pose. Right side first."
    assert sentences("", "") == ""
