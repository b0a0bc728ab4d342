"""Times and counts read the same in the window and on the command line."""

from __future__ import annotations

import pytest

from stretchplayer.core.wording import clock, count


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
