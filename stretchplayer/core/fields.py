"""Every number and choice a person can set, one row each.

The engine's `Pacing`, the settings file's rules, the command-line options and the Preferences
dialog all read their defaults, limits, units and wording from `FIELDS`, so changing a limit
or a default here changes it everywhere at once. Only the person's pose selection (a list, not
a single value) is left to the settings module.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Generic, Literal, TypeVar, get_args

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
    "Breathe &in for",
    range=(1.0, 30.0),
    unit="seconds",
    symbol="s",
    step=0.5,
    flag="--breath-in",
    help="how long each inhale lasts",
)
BREATH_OUT = Field[float](
    "breath_out",
    float,
    4.0,
    "Breathe &out for",
    range=(1.0, 30.0),
    unit="seconds",
    symbol="s",
    step=0.5,
    flag="--breath-out",
    help="how long each exhale lasts",
)
COUNTDOWN = Field[float](
    "countdown",
    float,
    10.0,
    "&Get ready for",
    range=(0.0, 300.0),
    unit="seconds",
    symbol="s",
    flag="--countdown",
    help="time to get ready before the first pose",
)
REST = Field[float](
    "rest",
    float,
    10.0,
    "&Rest between poses",
    range=(0.0, 600.0),
    unit="seconds",
    symbol="s",
    flag="--rest",
    help="rest between poses (more when moving to or from the floor)",
)
FIRST_SIDE = Field[FirstSide](
    "first_side",
    str,
    "pose",
    "Two-sided poses &start on",
    choices=_labelled(
        FirstSide,
        {"pose": "As each pose describes", "right": "Right side first", "left": "Left side first"},
    ),
    flag="--first-side",
    help="the side two-sided poses start on",
)
VOICE_ENABLED = Field[bool]("voice_enabled", bool, True, "&Speak the instructions")
VOICE_ID = Field[str]("voice_id", str, "", "&Voice")  # empty: the speech engine's default
VOICE_RATE = Field[int](
    "voice_rate",
    int,
    170,
    "Spea&king rate",
    range=(50, 400),
    unit="words per minute",
    symbol="words/min",
    step=10,
)
VOICE_VOLUME = Field[float]("voice_volume", float, 0.9, "Vo&lume", range=(0.0, 1.0), step=0.01)
VERBOSITY = Field[Verbosity](
    "verbosity",
    str,
    "full",
    "S&ay",
    choices=_labelled(
        Verbosity,
        {
            "full": "Every instruction",
            "key": "Key moments only",
            "chimes": "Chimes only",
            "silent": "Nothing",
        },
    ),
)
SPOKEN_BREATHS = Field[int](  # per hold, before chimes take over
    "spoken_breaths",
    int,
    3,
    "Say inhale/exhale for the first",
    range=(0, 100),
    unit="breaths",
    symbol="breaths",
)
CHIMES = Field[bool]("chimes", bool, True, "Soft &chimes mark the breaths")
THEME = Field[Theme](
    "theme",
    str,
    "system",
    "&Theme",
    choices=_labelled(Theme, {"system": "As the desktop is set", "light": "Light", "dark": "Dark"}),
)

KEEP_AWAKE = Field[bool]("keep_awake", bool, True, "Keep the screen a&wake while a session runs")

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
)
BY_NAME: dict[str, Field[Any]] = {f.name: f for f in FIELDS}
ON_COMMAND_LINE: tuple[Field[Any], ...] = tuple(f for f in FIELDS if f.flag is not None)
