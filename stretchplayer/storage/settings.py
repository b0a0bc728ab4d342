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

from stretchplayer.core import fields
from stretchplayer.core.fields import FirstSide, Theme, Verbosity
from stretchplayer.storage import paths
from stretchplayer.storage.jsonfile import describe, read_json_object, write_json_atomic


@dataclass(frozen=True)
class Settings:
    """Immutable so it can be shared freely; change it with `dataclasses.replace`.

    One attribute per row of `core.fields.FIELDS` (defaults, limits and wording are there),
    plus the pose selection.
    """

    breath_in: float = fields.BREATH_IN.default
    breath_out: float = fields.BREATH_OUT.default
    countdown: float = fields.COUNTDOWN.default
    rest: float = fields.REST.default
    first_side: FirstSide = fields.FIRST_SIDE.default
    voice_enabled: bool = fields.VOICE_ENABLED.default
    voice_id: str = fields.VOICE_ID.default
    voice_rate: int = fields.VOICE_RATE.default
    voice_volume: float = fields.VOICE_VOLUME.default
    verbosity: Verbosity = fields.VERBOSITY.default
    spoken_breaths: int = fields.SPOKEN_BREATHS.default
    chimes: bool = fields.CHIMES.default
    selected_poses: list[str] | None = None  # None: every pose, in library order
    theme: Theme = fields.THEME.default
    keep_awake: bool = fields.KEEP_AWAKE.default


class Invalid(ValueError):
    """A value a setting cannot take; the message says what was expected."""


Rule = Callable[[object], object]


def _number(low: float, high: float, unit: str) -> Rule:
    suffix = f" {unit}" if unit else ""

    def check(value: object) -> float:
        # bool is an int to Python but never a duration to a person.
        # Range first: float() of a 400-digit JSON integer would overflow. NaN fails it too.
        if isinstance(value, int | float) and not isinstance(value, bool) and low <= value <= high:
            return float(value)
        raise Invalid(f"expected a number from {low:g} to {high:g}{suffix}")

    return check


def _integer(low: float, high: float, unit: str) -> Rule:
    suffix = f" {unit}" if unit else ""

    def check(value: object) -> int:
        # 170.0 is what some editors and languages write for 170.
        if (
            isinstance(value, int | float)
            and not isinstance(value, bool)
            and low <= value <= high
            and float(value).is_integer()
        ):
            return int(value)
        raise Invalid(f"expected a whole number from {low:g} to {high:g}{suffix}")

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


def _pose_ids(value: object) -> list[str] | None:
    # Which ids exist is the library's business; here only the shape is checked.
    if value is None:
        return None
    if isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value):
        return list(value)
    raise Invalid("expected null or a list of pose ids (strings)")


def _rule(field: fields.Field[Any]) -> Rule:
    if field.choices:
        return _choice(*field.values())
    if field.kind is bool:
        return _boolean
    if field.kind is int:
        return _integer(*field.limits, field.unit)
    if field.kind is float:
        return _number(*field.limits, field.unit)
    return _text


RULES: dict[str, Rule] = {
    **{field.name: _rule(field) for field in fields.FIELDS},
    "selected_poses": _pose_ids,
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
