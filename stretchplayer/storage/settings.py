"""The person's preferences, kept in settings.json and forgiving of hand edits.

Modelled on mu-editor's settings: the file holds only what differs from the defaults (so a
better default in a later version reaches everyone who never changed it), keys this version
does not know are carried through a save untouched (so an older and a newer StretchPlayer can
share one file), and one bad value costs only that value, with a warning, never the rest.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from stretchplayer.storage import paths
from stretchplayer.storage.jsonfile import describe, read_json_object, write_json_atomic

FIRST_SIDES = ("pose", "right", "left")
VERBOSITIES = ("full", "key", "chimes", "silent")


@dataclass(frozen=True)
class Settings:
    """Immutable so it can be shared freely; change it with `dataclasses.replace`."""

    breath_in: float = 4.0
    breath_out: float = 4.0
    countdown: float = 10.0
    rest: float = 10.0
    first_side: str = "pose"  # "pose" follows the seed's side; see FIRST_SIDES
    voice_enabled: bool = True
    voice_id: str = ""  # empty: the speech engine's default voice
    voice_rate: int = 170  # words per minute
    voice_volume: float = 0.9
    verbosity: str = "full"  # see VERBOSITIES
    spoken_breaths: int = 3  # breaths per hold that say "inhale/exhale" before chimes take over
    chimes: bool = True
    selected_poses: list[str] | None = None  # None: every pose, in library order
    theme: str = "system"


class Invalid(ValueError):
    """A value a setting cannot take; the message says what was expected."""


Rule = Callable[[object], object]


def _number(low: float, high: float, unit: str) -> Rule:
    def check(value: object) -> float:
        # bool is an int to Python but never a duration to a person.
        # Range first: float() of a 400-digit JSON integer would overflow. NaN fails it too.
        if isinstance(value, int | float) and not isinstance(value, bool) and low <= value <= high:
            return float(value)
        raise Invalid(f"expected a number from {low:g} to {high:g}{unit}")

    return check


def _integer(low: int, high: int, unit: str) -> Rule:
    def check(value: object) -> int:
        # 170.0 is what some editors and languages write for 170.
        if (
            isinstance(value, int | float)
            and not isinstance(value, bool)
            and low <= value <= high
            and float(value).is_integer()
        ):
            return int(value)
        raise Invalid(f"expected a whole number from {low} to {high}{unit}")

    return check


def _boolean(value: object) -> bool:
    if isinstance(value, bool):
        return value
    raise Invalid("expected true or false")


def _choice(*options: str) -> Rule:
    def check(value: object) -> str:
        if isinstance(value, str) and value in options:
            return value
        raise Invalid("expected one of " + ", ".join(f'"{o}"' for o in options))

    return check


def _text(value: object) -> str:
    if isinstance(value, str):
        return value
    raise Invalid("expected a string")


def _name(value: object) -> str:
    if isinstance(value, str) and value.strip():
        return value
    raise Invalid("expected a non-empty string")


def _pose_ids(value: object) -> list[str] | None:
    # Which ids exist is the library's business; here only the shape is checked.
    if value is None:
        return None
    if isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value):
        return list(value)
    raise Invalid("expected null or a list of pose ids (strings)")


RULES: dict[str, Rule] = {
    "breath_in": _number(1, 30, " seconds"),
    "breath_out": _number(1, 30, " seconds"),
    "countdown": _number(0, 300, " seconds"),
    "rest": _number(0, 600, " seconds"),
    "first_side": _choice(*FIRST_SIDES),
    "voice_enabled": _boolean,
    "voice_id": _text,
    "voice_rate": _integer(50, 400, " words per minute"),
    "voice_volume": _number(0, 1, ""),
    "verbosity": _choice(*VERBOSITIES),
    "spoken_breaths": _integer(0, 100, " breaths"),
    "chimes": _boolean,
    "selected_poses": _pose_ids,
    "theme": _name,
}

DEFAULTS = Settings()


def check_value(key: str, value: object) -> object:
    """The value a setting would hold, normalised (4 -> 4.0); raises Invalid or KeyError.

    For other layers that take settings from people (the CLI's --breath-in, a preferences
    dialog), so every entry point accepts exactly what the file accepts.
    """
    return RULES[key](value)


def load_settings(
    path: Path | None = None, *, now: datetime | None = None
) -> tuple[Settings, list[str]]:
    """Read settings, never failing: (settings, one line per problem found and worked around)."""
    path = path or paths.settings_file()
    data, warning = read_json_object(path, now=now)
    warnings = [warning] if warning else []
    if data is None:
        return DEFAULTS, warnings

    values: dict[str, Any] = {}
    for key, rule in RULES.items():
        if key not in data:
            continue
        try:
            values[key] = rule(data[key])
        except Invalid as exc:
            default = getattr(DEFAULTS, key)
            warnings.append(
                f"{path}: {key}: {exc}, got {shown(data[key])}; using the default {shown(default)}"
            )
    return Settings(**values), warnings


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write what differs from the defaults, keeping keys this version does not know.

    Raises OSError if the file cannot be written; the previous file is then left as it was.
    """
    path = path or paths.settings_file()
    # Read the unknown keys from disk now rather than at load time: another StretchPlayer
    # (older or newer) may have saved since. A corrupt file is moved aside by this read,
    # so even then nothing is overwritten that could not be recovered.
    on_disk, warning = read_json_object(path, fallback="settings not saved")
    if warning is not None and path.exists():
        # Unreadable and still in place: writing would replace what we could not read.
        raise OSError(warning)
    kept = {k: v for k, v in (on_disk or {}).items() if k not in RULES}
    current = asdict(settings)
    changed = {k: v for k, v in current.items() if v != getattr(DEFAULTS, k)}
    write_json_atomic(path, {**changed, **kept})


def shown(value: object) -> str:
    """A value as it looks in the JSON file, shortened to fit a one-line warning."""
    if isinstance(value, bool) or value is None:
        return "true" if value is True else "false" if value is False else "null"
    if isinstance(value, str | int | float):
        text = repr(value) if not isinstance(value, str) else f'"{value}"'
        return text if len(text) <= 40 else text[:37] + "..."
    return describe(value)
