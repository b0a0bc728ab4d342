"""Every number and choice a person can set, one row each.

The engine's `Pacing`, the settings file's rules, the command-line options and the Preferences
dialog all read their defaults, limits, units and wording from `FIELDS`, so changing a limit
or a default here changes it everywhere at once. Only the person's pose selection (a list, not
a single value) is left to the settings module.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, Literal, TypeVar, get_args

from stretchplayer.core import i18n
from stretchplayer.core.i18n import QT_TRANSLATE_NOOP

FirstSide = Literal["pose", "right", "left"]  # "pose": each pose starts on the side it describes
Verbosity = Literal["full", "key", "chimes", "silent"]
Theme = Literal["system", "light", "dark"]

T = TypeVar("T")


@dataclass(frozen=True)
class Field(Generic[T]):
    """One setting: what it holds, what it may hold, and how people see it."""

    name: str  # the key in settings.json and the attribute of Settings
    kind: type[object]  # what settings.json holds: float, int, bool or str
    default: T
    label: str  # in Preferences; "&" marks the keyboard shortcut
    range: tuple[float, float] | None = None  # inclusive; numbers only
    unit: str = ""  # in messages: "expected a number from 1 to 30 seconds"
    symbol: str = ""  # after a number on screen: "4.0 s"
    step: float = 1  # one press of a spin box's arrow
    choices: tuple[tuple[T, str], ...] = ()  # (value, what a person reads), in menu order
    flag: str | None = None  # the command-line option that overrides it for one run
    help: str = ""  # the option's help; the range and default are added where it is shown
    # How a choice's label reads in the language in use; None: translated ("fields" context).
    show: Callable[[str], str] | None = None

    @property
    def shown_label(self) -> str:
        """The label in the language in use."""
        return i18n.translate("fields", self.label)

    @property
    def shown_help(self) -> str:
        return i18n.translate("fields", self.help)

    @property
    def shown_unit(self) -> str:
        return i18n.translate("fields", self.unit)

    @property
    def shown_symbol(self) -> str:
        return i18n.translate("fields", self.symbol)

    def shown_choices(self) -> tuple[tuple[T, str], ...]:
        """The choices with what a person reads in the language in use."""
        show = self.show or (lambda label: i18n.translate("fields", label))
        return tuple((value, show(label)) for value, label in self.choices)

    @property
    def limits(self) -> tuple[float, float]:
        """The inclusive range of a number field (a programming error for any other)."""
        if self.range is None:
            raise TypeError(f"{self.name} has no range: it is not a number")
        return self.range

    def choice(self, value: object) -> T:
        """`value` as one of this field's choices; ValueError if it is none of them."""
        for known, _ in self.choices:
            if value == known:
                return known
        raise ValueError(f"{self.name}: expected one of {', '.join(self.values())}, got {value!r}")

    def values(self) -> tuple[str, ...]:
        return tuple(str(value) for value, _ in self.choices)


def _labelled(literal: object, labels: Mapping[T, str]) -> tuple[tuple[T, str], ...]:
    # The Literal is what the type checker sees, the labels what people see: they must agree.
    if tuple(labels) != get_args(literal):
        raise AssertionError(f"labels {tuple(labels)} do not match {get_args(literal)}")
    return tuple(labels.items())


BREATH_IN = Field[float](
    "breath_in",
    float,
    4.0,
    QT_TRANSLATE_NOOP("fields", "Breathe &in for"),
    range=(1.0, 30.0),
    unit=QT_TRANSLATE_NOOP("fields", "seconds"),
    symbol=QT_TRANSLATE_NOOP("fields", "s"),
    step=0.5,
    flag="--breath-in",
    help=QT_TRANSLATE_NOOP("fields", "how long each inhale lasts"),
)
BREATH_OUT = Field[float](
    "breath_out",
    float,
    4.0,
    QT_TRANSLATE_NOOP("fields", "Breathe &out for"),
    range=(1.0, 30.0),
    unit=QT_TRANSLATE_NOOP("fields", "seconds"),
    symbol=QT_TRANSLATE_NOOP("fields", "s"),
    step=0.5,
    flag="--breath-out",
    help=QT_TRANSLATE_NOOP("fields", "how long each exhale lasts"),
)
COUNTDOWN = Field[float](
    "countdown",
    float,
    10.0,
    QT_TRANSLATE_NOOP("fields", "&Get ready for"),
    range=(0.0, 300.0),
    unit=QT_TRANSLATE_NOOP("fields", "seconds"),
    symbol=QT_TRANSLATE_NOOP("fields", "s"),
    flag="--countdown",
    help=QT_TRANSLATE_NOOP("fields", "time to get ready before the first pose"),
)
REST = Field[float](
    "rest",
    float,
    10.0,
    QT_TRANSLATE_NOOP("fields", "&Rest between poses"),
    range=(0.0, 600.0),
    unit=QT_TRANSLATE_NOOP("fields", "seconds"),
    symbol=QT_TRANSLATE_NOOP("fields", "s"),
    flag="--rest",
    help=QT_TRANSLATE_NOOP("fields", "rest between poses (more when moving to or from the floor)"),
)
FIRST_SIDE = Field[FirstSide](
    "first_side",
    str,
    "pose",
    QT_TRANSLATE_NOOP("fields", "Two-sided poses &start on"),
    choices=_labelled(
        FirstSide,
        {
            "pose": QT_TRANSLATE_NOOP("fields", "As each pose describes"),
            "right": QT_TRANSLATE_NOOP("fields", "Right side first"),
            "left": QT_TRANSLATE_NOOP("fields", "Left side first"),
        },
    ),
    flag="--first-side",
    help=QT_TRANSLATE_NOOP("fields", "the side two-sided poses start on"),
)
VOICE_ENABLED = Field[bool](
    "voice_enabled", bool, True, QT_TRANSLATE_NOOP("fields", "&Speak the instructions")
)
VOICE_ID = Field[str](
    "voice_id", str, "", QT_TRANSLATE_NOOP("fields", "&Voice")
)  # empty: the speech engine's default
VOICE_RATE = Field[int](
    "voice_rate",
    int,
    170,
    QT_TRANSLATE_NOOP("fields", "Spea&king rate"),
    range=(50, 400),
    unit=QT_TRANSLATE_NOOP("fields", "words per minute"),
    symbol=QT_TRANSLATE_NOOP("fields", "words/min"),
    step=10,
)
VOICE_VOLUME = Field[float](
    "voice_volume", float, 0.9, QT_TRANSLATE_NOOP("fields", "Vo&lume"), range=(0.0, 1.0), step=0.01
)
VERBOSITY = Field[Verbosity](
    "verbosity",
    str,
    "full",
    QT_TRANSLATE_NOOP("fields", "S&ay"),
    choices=_labelled(
        Verbosity,
        {
            "full": QT_TRANSLATE_NOOP("fields", "Every instruction"),
            "key": QT_TRANSLATE_NOOP("fields", "Key moments only"),
            "chimes": QT_TRANSLATE_NOOP("fields", "Chimes only"),
            "silent": QT_TRANSLATE_NOOP("fields", "Nothing"),
        },
    ),
)
SPOKEN_BREATHS = Field[int](  # per hold, before chimes take over
    "spoken_breaths",
    int,
    3,
    QT_TRANSLATE_NOOP("fields", "Say inhale/exhale for the first"),
    range=(0, 100),
    unit=QT_TRANSLATE_NOOP("fields", "breaths"),
    symbol=QT_TRANSLATE_NOOP("fields", "breaths"),
)
CHIMES = Field[bool](
    "chimes", bool, True, QT_TRANSLATE_NOOP("fields", "Soft &chimes mark the breaths")
)
THEME = Field[Theme](
    "theme",
    str,
    "system",
    QT_TRANSLATE_NOOP("fields", "&Theme"),
    choices=_labelled(
        Theme,
        {
            "system": QT_TRANSLATE_NOOP("fields", "As the desktop is set"),
            "light": QT_TRANSLATE_NOOP("fields", "Light"),
            "dark": QT_TRANSLATE_NOOP("fields", "Dark"),
        },
    ),
)
DAY_START = Field[int](  # a session before this hour counts for the day before
    "day_start",
    int,
    4,
    QT_TRANSLATE_NOOP("fields", "A new &day starts at"),
    range=(0, 12),
    unit=QT_TRANSLATE_NOOP("fields", "o'clock"),
    symbol=QT_TRANSLATE_NOOP("fields", "o'clock"),
)
SHOW_STREAK = Field[bool](
    "show_streak", bool, True, QT_TRANSLATE_NOOP("fields", "Show t&he streak of days in a row")
)

KEEP_AWAKE = Field[bool](
    "keep_awake",
    bool,
    True,
    QT_TRANSLATE_NOOP("fields", "Keep the screen a&wake while a session runs"),
)
REDUCE_MOTION = Field[bool](
    "reduce_motion",
    bool,
    False,
    QT_TRANSLATE_NOOP("fields", "Reduce &motion: the figure shows each step still"),
)


def _language_name(label: str) -> str:
    """A language code's choice reads as the language's name in itself, from its own
    catalogue: read when the choice is shown, not on every start."""
    if label in i18n.available():
        return i18n.native_name(label)
    return i18n.translate("fields", label)


# The languages are the catalogues shipped (core/i18n.py), each named in itself, so a new
# language needs no line here; "system" follows LANGUAGE / LC_ALL / LANG.
LANGUAGE = Field[str](
    "language",
    str,
    i18n.SYSTEM,
    QT_TRANSLATE_NOOP("fields", "La&nguage"),
    choices=(
        (i18n.SYSTEM, QT_TRANSLATE_NOOP("fields", "As the desktop is set")),
        *tuple((code, code) for code in i18n.available()),
    ),
    show=_language_name,
)

FIELDS: tuple[Field[Any], ...] = (
    BREATH_IN,
    BREATH_OUT,
    COUNTDOWN,
    REST,
    FIRST_SIDE,
    VOICE_ENABLED,
    VOICE_ID,
    VOICE_RATE,
    VOICE_VOLUME,
    VERBOSITY,
    SPOKEN_BREATHS,
    CHIMES,
    THEME,
    KEEP_AWAKE,
    LANGUAGE,
    DAY_START,
    SHOW_STREAK,
    REDUCE_MOTION,
)
BY_NAME: dict[str, Field[Any]] = {f.name: f for f in FIELDS}
ON_COMMAND_LINE: tuple[Field[Any], ...] = tuple(f for f in FIELDS if f.flag is not None)
