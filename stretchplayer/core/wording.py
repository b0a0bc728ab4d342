"""How things are worded, the same in the window, on the command line and in the voice (stdlib).

A sentence both the timeline (which says it) and the step panel (which shows it) need lives here
once, so rewording it changes both and neither has to pick the other's words apart. Every
sentence goes through the catalogue (core/i18n.py) in the language in use; a sentence that
names a side is written out for each side, so each language words it as its grammar needs.
"""

from __future__ import annotations

from collections.abc import Sequence

from stretchplayer.core.i18n import Context

wording = Context("wording")


def clock(seconds: float) -> str:
    """Minutes and seconds, e.g. 3:07; an hour or more as 1:02:03."""
    total = max(0, round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def poses(n: int) -> str:
    """ "1 pose", "3 poses"."""
    return wording.tr("%n pose(s)", "", n)


def breaths(n: int) -> str:
    """ "1 breath", "10 breaths"."""
    return wording.tr("%n breath(s)", "", n)


def sentences(*parts: str) -> str:
    """Sentences run together with one space; the empty ones (nothing to say) left out."""
    return " ".join(part for part in parts if part)


def you_need(equipment: Sequence[str]) -> str:
    """ "You need 2 yoga blocks." for what a pose needs; "" when it needs nothing."""
    if not equipment:
        return ""
    return wording.tr("You need %s.") % ", ".join(equipment)


def side_first(side: str | None) -> str:
    """ "Right side first." for a two-sided pose; "" when the pose has no sides."""
    if side == "right":
        return wording.tr("Right side first.")
    if side == "left":
        return wording.tr("Left side first.")
    return ""


def switch_sides(side: str) -> str:
    """What is said, and shown, when a two-sided pose turns to its other side."""
    if side == "left":
        return wording.tr("Switch sides. Now your left side.")
    return wording.tr("Switch sides. Now your right side.")


def switch_label(side: str) -> str:
    """The switch cue's short text."""
    if side == "left":
        return wording.tr("Switch sides: left side")
    return wording.tr("Switch sides: right side")


def breath_word(phase: str) -> str:
    """ "Inhale" or "Exhale": the plain word for a breath's phase."""
    return wording.tr("Inhale") if phase == "inhale" else wording.tr("Exhale")


def get_ready(first: str) -> str:
    return wording.tr("Get ready. First: %s.") % first


def get_ready_label() -> str:
    return wording.tr("Get ready")


def rest(upcoming: str) -> str:
    return wording.tr("Rest. Next: %s.") % upcoming


def next_label(upcoming: str) -> str:
    return wording.tr("Next: %s") % upcoming


def done_label() -> str:
    return wording.tr("Well done!")


def well_done() -> str:
    return wording.tr("Well done. That's your stretches for today.")


def skipped_through() -> str:
    """Said instead of `well_done` at the end of a session skipped through, which the history
    does not keep; shorter in every language, so it fits the closing words' time."""
    return wording.tr("That was quick.")


def sides_label(two_sided: bool, n: int) -> str:
    """ "2 sides × 10 breaths" or "10 breaths"."""
    if two_sided:
        return wording.tr("2 sides × %n breath(s)", "", n)
    return breaths(n)
