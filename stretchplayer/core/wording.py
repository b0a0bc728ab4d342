"""How times and counts are written, the same in the window and on the command line (stdlib)."""

from __future__ import annotations


def clock(seconds: float) -> str:
    """Minutes and seconds, e.g. 3:07; an hour or more as 1:02:03."""
    total = max(0, round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def count(n: int, noun: str) -> str:
    """ "1 pose", "3 poses": every noun used here takes a plain -s."""
    return f"{n} {noun}{'' if n == 1 else 's'}"
