"""How things are worded, the same in the window, on the command line and in the voice (stdlib).

A sentence both the timeline (which says it) and the step panel (which shows it) need lives here
once, so rewording it changes both and neither has to pick the other's words apart.
"""

from __future__ import annotations

from collections.abc import Sequence


def clock(seconds: float) -> str:
    """Minutes and seconds, e.g. 3:07; an hour or more as 1:02:03."""
    total = max(0, round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def count(n: int, noun: str) -> str:
    """ "1 pose", "3 poses": every noun used here takes a plain -s."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def sentences(*parts: str) -> str:
    """Sentences run together with one space; the empty ones (nothing to say) left out."""
    return " ".join(part for part in parts if part)


def you_need(equipment: Sequence[str]) -> str:
    """ "You need 2 yoga blocks." for what a pose needs; "" when it needs nothing."""
    return f"You need {', '.join(equipment)}." if equipment else ""


def side_first(side: str | None) -> str:
    """ "Right side first." for a two-sided pose; "" when the pose has no sides."""
    return f"{side.capitalize()} side first." if side else ""


def switch_sides(side: str) -> str:
    """What is said, and shown, when a two-sided pose turns to its other side."""
    return f"Switch sides. Now your {side} side."


WELL_DONE = "Well done. That's your stretches for today."
