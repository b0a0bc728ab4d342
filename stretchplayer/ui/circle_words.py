"""The pacer's word fitted inside its smallest circle: as big as the circle holds, broken into
lines where the text then reads bigger ("Switch / sides", "Installez- / vous").

Only the longest word was fitted before, and a phrase wrapped on a box wider than the circle:
in mat mode "Set up" stood over the circle's edge, and "Installez-vous" shrank to about half
the other words' size to stay on one line.
"""

from __future__ import annotations

import math
from itertools import combinations

from PySide6.QtGui import QFont, QFontMetricsF

from stretchplayer.ui import style

SOFT_HYPHEN = "\u00ad"
# The circle's inside that the letters may use: clear of the rim by 4 % of the diameter.
_INSIDE = 0.46
_SMALLEST_PIXELS = 10
_MOST_LINES = 3


class Piece:
    """A run of the text between two places it may break, and what joins it to the next."""

    __slots__ = ("joint", "text")

    def __init__(self, text: str, joint: str) -> None:
        self.text = text
        self.joint = joint  # " ", "" after a hyphen, or SOFT_HYPHEN


def pieces(text: str) -> list[Piece]:
    """The text cut where a line may break: at a space (which goes), after a hyphen (which
    stays), or at a soft hyphen (shown as a hyphen only where the line does break)."""
    found: list[Piece] = []
    current = ""
    for char in text:
        if char in (" ", SOFT_HYPHEN):
            if current:
                found.append(Piece(current, char))
            elif found and char == " ":
                found[-1].joint = " "  # a space after a hyphen: "Nord- und Süd"
            current = ""
        else:
            current += char
            if char == "-":
                found.append(Piece(current, ""))
                current = ""
    if current:
        found.append(Piece(current, ""))
    elif found:
        found[-1].joint = ""  # nothing follows the last piece
    return found


def line_of(run: list[Piece]) -> str:
    """The pieces on one line: joined as written, a soft hyphen shown only at the line's end."""
    text = "".join(piece.text + (piece.joint if piece.joint == " " else "") for piece in run[:-1])
    last = run[-1]
    return text + last.text + ("-" if last.joint == SOFT_HYPHEN else "")


def splits(run: list[Piece], lines: int) -> list[list[str]]:
    """Every way of setting the pieces on that many lines, in order."""
    return [
        [line_of(run[a:b]) for a, b in zip((0, *cuts), (*cuts, len(run)), strict=True)]
        for cuts in combinations(range(1, len(run)), lines - 1)
    ]


def room(lines: list[str], metrics: QFontMetricsF, diameter: float) -> float:
    """How many times bigger the lines could be set, centred, and keep their letters inside
    the circle (under 1: they stand out of it). Each line may be as wide as the circle is at
    its letters' top or bottom, whichever is further from the middle; every distance scales
    with the type, so the answer is one division per line."""
    radius = diameter * _INSIDE
    pitch = metrics.lineSpacing()
    top = -(pitch * (len(lines) - 1) + metrics.height()) / 2
    most = math.inf
    for line in lines:
        # The letters' ink: from the capitals' top down to the descenders.
        ink_top = top + metrics.ascent() - metrics.capHeight()
        ink_bottom = top + metrics.ascent() + metrics.descent()
        reach = max(abs(ink_top), abs(ink_bottom))
        most = min(most, radius / math.hypot(metrics.horizontalAdvance(line) / 2, reach))
        top += pitch
    return most


def fit(text: str, diameter: float, pixels: float, base: QFont) -> tuple[QFont, list[str]]:
    """The font, at most `pixels` high, and the lines that set `text` the biggest inside a
    circle of that diameter: the biggest whole pixel size any setting fits at, on the fewest
    lines that reach it, the most even of those. Text too long to fit even at the smallest
    size is set on one line at that size."""
    run = pieces(text)
    cap = max(_SMALLEST_PIXELS, round(pixels))
    font = style.sized(base, cap, QFont.Weight.DemiBold)
    if not run:
        return font, []
    # Measured once, at the cap: a setting's size then follows from room(), without making a
    # font (and Qt a glyph cache) for each size tried, ~0.2 ms each.
    metrics = QFontMetricsF(font)
    settings = [
        (min(cap, math.floor(cap * room(lines, metrics, diameter))), lines)
        for count in range(1, min(_MOST_LINES, len(run)) + 1)
        for lines in splits(run, count)
    ]
    size, lines = max(
        settings,
        key=lambda s: (s[0], -len(s[1]), -max(map(metrics.horizontalAdvance, s[1]))),
    )
    if size < _SMALLEST_PIXELS:
        return style.sized(base, _SMALLEST_PIXELS, QFont.Weight.DemiBold), [line_of(run)]
    # Hinted type is not quite in proportion to its size: a pixel less until it really fits.
    while True:
        font = style.sized(base, size, QFont.Weight.DemiBold)
        if size == _SMALLEST_PIXELS or room(lines, QFontMetricsF(font), diameter) >= 1:
            return font, lines
        size -= 1
