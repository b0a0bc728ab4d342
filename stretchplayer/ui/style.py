"""Colours, type sizes and small text helpers shared by the widgets.

Colours come from the palette so the window follows the system's light or dark scheme; the
one exception is the accent (the breath, the current step, the progress), a calm teal chosen
per scheme so it keeps its contrast on either background.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtGui import QColor, QFont, QFontInfo, QIcon, QPalette
from PySide6.QtWidgets import QAbstractButton, QWidget

from stretchplayer.core.i18n import Context

ui_style = Context("ui_style")

# Darker teal on light backgrounds, lighter on dark ones: both are about 4.5:1 against the
# usual window colours, readable as text as well as a fill.
_ACCENT_ON_LIGHT = "#157a6e"
_ACCENT_ON_DARK = "#5fd0bd"
# The same for what stops an action (a name that cannot be kept): a red that reads as one.
_ERROR_ON_LIGHT = "#b3261e"
_ERROR_ON_DARK = "#ff8a80"


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def accent(palette: QPalette) -> QColor:
    return QColor(_ACCENT_ON_DARK if is_dark(palette) else _ACCENT_ON_LIGHT)


def error(palette: QPalette) -> QColor:
    """Text that says why something cannot be done yet."""
    return QColor(_ERROR_ON_DARK if is_dark(palette) else _ERROR_ON_LIGHT)


def contrast(a: QColor, b: QColor) -> float:
    """WCAG's contrast ratio of two colours, 1 (the same) to 21 (black and white)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def legible(ground: QColor, *choices: QColor) -> QColor:
    """Of `choices`, the colour that stands out most on `ground`."""
    return max(choices, key=lambda c: contrast(c, ground))


def faded(color: QColor, alpha: float) -> QColor:
    result = QColor(color)
    result.setAlphaF(alpha)
    return result


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """`a` moved `amount` (0..1) of the way towards `b`."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
        a.alphaF() + (b.alphaF() - a.alphaF()) * amount,
    )


def dim_text(palette: QPalette) -> QColor:
    """Secondary text: between the text and the background, still readable."""
    return mix(
        palette.color(QPalette.ColorRole.WindowText),
        palette.color(QPalette.ColorRole.Window),
        0.38,
    )


def dimmed(widget: QWidget, around: QPalette) -> None:
    """Show `widget`'s text as secondary text among widgets of the palette `around`. The
    style's placeholder grey was 3.9:1 on the light window, faint at 13 px. Call it again
    when the palette changes (a switch between light and dark)."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, dim_text(around))
    widget.setPalette(palette)


def without_icons(buttons: Iterable[QAbstractButton]) -> None:
    """Dialog buttons in words alone. The desktop theme's icons on them (a black X on Close)
    were drawn in its own colours, and vanished on the dark theme's buttons."""
    for button in buttons:
        button.setIcon(QIcon())


def sized(font: QFont, pixels: float, weight: QFont.Weight | None = None) -> QFont:
    """A copy of `font` at a size in logical pixels (Qt scales those with the screen's DPI)."""
    result = QFont(font)
    result.setPixelSize(max(8, round(pixels)))
    if weight is not None:
        result.setWeight(weight)
    return result


def shrinking(full: float, least: float) -> list[float]:
    """Type sizes to try, largest first, when text must fit a room: the full size, then each
    8 % smaller (a step the eye barely sees), ending at `least`."""
    sizes = [full]
    while sizes[-1] > least:
        sizes.append(max(least, sizes[-1] * 0.92))
    return sizes


def pixels(font: QFont) -> float:
    """A font's size in logical pixels, however it was specified."""
    return float(QFontInfo(font).pixelSize())


def duration_words(seconds: float) -> str:
    """A session length as people say it: "about 25 min", "about 1 h 5 min"."""
    minutes = max(1, round(seconds / 60))
    if minutes < 60:
        return ui_style.tr("about %s min") % minutes
    hours, rest = divmod(minutes, 60)
    if rest:
        return ui_style.tr("about %s h %s min") % (hours, rest)
    return ui_style.tr("about %s h") % hours


def date_words(when: date, pattern: str) -> str:
    """A date (and time) in the language in use: day and month names translated; `pattern`
    is QLocale's ("ddd dd MMM" reads "Tue 01 Dec" in English, as strftime's "%a %d %b")."""
    shown = QDateTime(QDate(when.year, when.month, when.day), QTime(0, 0))
    if isinstance(when, datetime):
        shown.setTime(QTime(when.hour, when.minute, when.second))
    return QLocale().toString(shown, pattern)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` as written: tooltips guess rich text from any tag."""
    if not text:
        return ""
    # html.escape's own replacements, without loading the html module (and its table of
    # entities) before the first paint: the pose list's tooltips are made as it is built.
    for char, entity in _ESCAPES:
        text = text.replace(char, entity)
    return "<p>" + text.replace("\n", "<br>") + "</p>"


_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&#x27;"))


def side_label(side: str | None) -> str:
    if side == "right":
        return ui_style.tr("Right side")
    if side == "left":
        return ui_style.tr("Left side")
    return ""


def picture_card(palette: QPalette) -> QColor:
    """Behind the pose drawings, which are dark lines with light halos: always a light card,
    a little dimmed in a dark scheme so it does not glare."""
    return QColor("#cdd4da") if is_dark(palette) else QColor("#eef1f3")
