"""The person's preferences, kept in settings.json and forgiving of hand edits.

Modelled on mu-editor's settings: the file holds only what differs from the defaults (so a
better default in a later version reaches everyone who never changed it), keys this version
does not know are carried through a save untouched (so an older and a newer StretchPlayer can
share one file), and one bad value costs only that value, with a warning, never the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from stretchplayer.core import fields
from stretchplayer.core.fields import FirstSide, Theme, Verbosity
from stretchplayer.core.guest import ReadError, parse_json, printable, read_limited
from stretchplayer.core.i18n import Context, translate
from stretchplayer.storage import paths
from stretchplayer.storage.jsonfile import MAX_BYTES, describe, read_json_object, write_json_atomic

settings_errors = Context("settings_errors")


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
    language: str = fields.LANGUAGE.default  # "system", or a shipped language's code
    day_start: int = fields.DAY_START.default
    show_streak: bool = fields.SHOW_STREAK.default
    reduce_motion: bool = fields.REDUCE_MOTION.default
    routine: str | None = None  # the routine last chosen in the window, by name
    library: str | None = None  # the pose library last opened in the window; None: built-in
    window_geometry: str | None = None  # the window's size and place (Qt's saveGeometry, base64)
    splitter_sizes: list[int] | None = None  # the pose list's and the step panel's widths


# What the window remembers rather than what a person sets: no row in the fields table.
REMEMBERED = ("selected_poses", "routine", "library", "window_geometry", "splitter_sizes")


class Invalid(ValueError):
    """A value a setting cannot take; the message says what was expected."""


Rule = Callable[[object], object]


def _range(low: float, high: float, unit: str) -> dict[str, str]:
    """The words of "from 1 to 30 seconds", in the language in use (the unit is the field's)."""
    return {"low": f"{low:g}", "high": f"{high:g}", "unit": translate("fields", unit)}


def _number(low: float, high: float, unit: str) -> Rule:
    def check(value: object) -> float:
        # bool is an int to Python but never a duration to a person.
        # Range first: float() of a 400-digit JSON integer would overflow. NaN fails it too.
        if isinstance(value, int | float) and not isinstance(value, bool) and low <= value <= high:
            return float(value)
        raise _out_of_range(low, high, unit, whole=False)

    return check


def _integer(low: float, high: float, unit: str) -> Rule:
    def check(value: object) -> int:
        # 170.0 is what some editors and languages write for 170.
        if (
            isinstance(value, int | float)
            and not isinstance(value, bool)
            and low <= value <= high
            and float(value).is_integer()
        ):
            return int(value)
        raise _out_of_range(low, high, unit, whole=True)

    return check


def _out_of_range(low: float, high: float, unit: str, whole: bool) -> Invalid:
    if whole:
        expected = (
            settings_errors.tr("expected a whole number from %(low)s to %(high)s %(unit)s")
            if unit
            else settings_errors.tr("expected a whole number from %(low)s to %(high)s")
        )
    else:
        expected = (
            settings_errors.tr("expected a number from %(low)s to %(high)s %(unit)s")
            if unit
            else settings_errors.tr("expected a number from %(low)s to %(high)s")
        )
    return Invalid(expected % _range(low, high, unit))


def _boolean(value: object) -> bool:
    if isinstance(value, bool):
        return value
    raise Invalid(settings_errors.tr("expected true or false"))


def _choice(*options: str) -> Rule:
    def check(value: object) -> str:
        if isinstance(value, str) and value in options:
            return value
        raise Invalid(
            settings_errors.tr("expected one of %s") % ", ".join(f'"{o}"' for o in options)
        )

    return check


def _text(value: object) -> str:
    if isinstance(value, str):
        return value
    raise Invalid(settings_errors.tr("expected a string"))


def _pose_ids(value: object) -> list[str] | None:
    # Which ids exist is the library's business; here only the shape is checked.
    if value is None:
        return None
    if isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value):
        return list(value)
    raise Invalid(settings_errors.tr("expected null or a list of pose ids (strings)"))


def _optional_text(value: object) -> str | None:
    if value is None or (isinstance(value, str) and value.strip()):
        return value
    raise Invalid(settings_errors.tr("expected null or a non-empty string"))


def _sizes(value: object) -> list[int] | None:
    if value is None:
        return None
    if (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= 100_000 for v in value)
    ):
        return list(value)
    raise Invalid(settings_errors.tr("expected null or two widths in pixels"))


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
    "routine": _optional_text,
    "library": _optional_text,
    "window_geometry": _optional_text,
    "splitter_sizes": _sizes,
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
                f"{path}: {key}: "
                + settings_errors.tr("%(problem)s, got %(value)s; using the default %(default)s")
                % {"problem": exc, "value": shown(data[key]), "default": shown(default)}
            )
    return Settings(**values), warnings


def save_settings(
    settings: Settings, path: Path | None = None, *, set_here: Collection[str] = ()
) -> None:
    """Write what differs from the defaults, keeping keys this version does not know and
    values it cannot use, unless `settings` sets that key to something other than the default
    or the key is in `set_here`: set by the person, though maybe to the default, which alone
    is not written.

    Raises OSError if the file cannot be written; the previous file is then left as it was.
    """
    path = path or paths.settings_file()
    # Read the unknown keys from disk now rather than at load time: another StretchPlayer
    # (older or newer) may have saved since. A corrupt file is moved aside by this read,
    # so even then nothing is overwritten that could not be recovered.
    on_disk, warning = read_json_object(path, fallback=settings_errors.tr("settings not saved"))
    if warning is not None and path.exists():
        # Unreadable and still in place: writing would replace what we could not read.
        raise OSError(warning)
    current = asdict(settings)
    changed = {k: v for k, v in current.items() if v != getattr(DEFAULTS, k)}
    # A value this version cannot use was read as its default and warned about; it is still
    # the person's (a typo to mend, or a newer version's wider range), so it stays as written
    # until they set that setting to something else here.
    kept = {
        k: v
        for k, v in (on_disk or {}).items()
        if k not in RULES or (k not in changed and k not in set_here and not _usable(k, v))
    }
    write_json_atomic(path, {**changed, **kept}, ours=changed)


def _usable(key: str, value: object) -> bool:
    try:
        RULES[key](value)
    except Invalid:
        return False
    return True


def shown(value: object) -> str:
    """A value as it looks in the JSON file, shortened to fit a one-line warning."""
    if isinstance(value, bool) or value is None:
        return "true" if value is True else "false" if value is False else "null"
    if isinstance(value, str | int | float):
        text = repr(value) if not isinstance(value, str) else f'"{value}"'
        return printable(text if len(text) <= 40 else text[:37] + "...")
    return describe(value)


def saved_language(path: Path | None = None) -> str:
    """The language saved in Preferences, read before anything else and touching nothing: a
    file that cannot be read or holds no valid choice says "system" (load_settings, later,
    reports and repairs what is wrong)."""
    path = path or paths.settings_file()
    try:
        data = parse_json(read_limited(path, MAX_BYTES))
    except (ReadError, OSError):
        return fields.LANGUAGE.default
    value = data.get("language") if isinstance(data, dict) else None
    known = isinstance(value, str) and value in fields.LANGUAGE.values()
    return str(value) if known else fields.LANGUAGE.default
