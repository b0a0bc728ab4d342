"""Named routines: an ordered choice of poses, with optional pacing of its own, in routines.json.

    {"routines": {"Morning": {"poses": ["calf-stretch", "half-split"],
                              "pacing": {"breath_in": 5},
                              "breaths": {"half-split": 6}}}}

"breaths" holds a breath count per pose, instead of the library's, for this routine only.

A routine is applied on top of the settings, so it only needs the values it changes. The file
is read as tolerantly as settings.json: a bad routine or a bad override is skipped with a
warning (and kept in the file by a save), a file of the wrong shape is moved aside, and
keys this version does not know, at the top or in a routine, survive a save.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from stretchplayer.core.guest import printable
from stretchplayer.core.i18n import QT_TRANSLATE_NOOP, Context, in_every_language
from stretchplayer.core.library import MAX_BREATHS
from stretchplayer.core.model import Pose
from stretchplayer.storage import paths
from stretchplayer.storage.jsonfile import (
    describe,
    move_aside_saying,
    read_json_object,
    then,
    write_json_atomic,
)
from stretchplayer.storage.settings import Invalid, Settings, check_value, shown

routines_errors = Context("routines_errors")

NAME_LIMIT = 80  # characters in a routine's name, so the picker and the CLI's table show it whole

# The settings a routine may override: how the session is paced, not how the app behaves.
PACING_KEYS = ("breath_in", "breath_out", "countdown", "rest", "first_side", "spoken_breaths")


def _none() -> str:
    return routines_errors.tr("starting with no routines")


@dataclass(frozen=True)
class Routine:
    name: str
    poses: list[str]
    pacing: dict[str, Any] = field(default_factory=dict)
    breaths: dict[str, int] = field(default_factory=dict)
    # What the file held for this routine that could not be used (a bad override, a key this
    # version does not know), as written: a save writes it back, so a typo costs nothing but
    # the warning. "pacing" and "breaths" hold only their bad entries when they were objects,
    # else their whole value. Not part of what the routine is, so not compared.
    unread: dict[str, object] = field(default_factory=dict, compare=False, repr=False)

    def apply(self, settings: Settings) -> Settings:
        """The settings for a session of this routine."""
        return replace(settings, selected_poses=list(self.poses), **self.pacing)

    def saved_as(
        self,
        name: str,
        poses: Sequence[str],
        pacing: Mapping[str, Any] | None = None,
        breaths: Mapping[str, int] | None = None,
    ) -> Routine:
        """A routine saved from this one: these poses, and what this one had that is not
        given (its pacing, and the breath counts of the poses it keeps); under this one's own
        name, what it held that could not be read too (the person never saw it to change)."""
        return Routine(
            name,
            list(poses),
            {**self.pacing, **(pacing or {})},
            {p: n for p, n in self.breaths.items() if p in poses} | dict(breaths or {}),
            dict(self.unread) if name == self.name else {},
        )

    def held(self, poses: Iterable[Pose]) -> tuple[Pose, ...]:
        """`poses` with this routine's own breath counts where it has one."""
        return tuple(
            replace(p, breaths=self.breaths[p.id]) if p.id in self.breaths else p for p in poses
        )


def load_routines(
    path: Path | None = None, *, now: datetime | None = None
) -> tuple[list[Routine], list[str]]:
    """Read routines in file order, never failing: (routines, one line per problem)."""
    path = path or paths.routines_file()
    data, warning = read_json_object(path, fallback=_none(), now=now)
    if data is None:
        return [], [warning] if warning else []
    entries = data.get("routines", {})
    if not isinstance(entries, dict):
        problem = f"{path}: routines: " + (
            routines_errors.tr("expected an object of named routines, got %s") % describe(entries)
        )
        return [], [then(problem, move_aside_saying(path, now), _none())]

    routines: list[Routine] = []
    warnings: list[str] = []
    for name, entry in entries.items():
        # The name as a terminal may show it: a key can hold anything JSON can.
        place = f'{path}: routines."{printable(name, 60)}"'
        routine = _routine(name, entry, place, warnings)
        if routine is not None:
            routines.append(routine)
    return routines, warnings


def _routine(name: str, entry: object, where: str, warnings: list[str]) -> Routine | None:
    if not name.strip():
        warnings.append(
            f"{where}: " + routines_errors.tr("expected a non-empty name; skipped this routine")
        )
        return None
    if not _fits(name):
        # What `routines save` and the window refuse: one line of 100 000 characters would
        # flood the CLI's table and the picker. Skipped, it stays in the file as written.
        warnings.append(
            f"{where}: "
            + routines_errors.tr(
                "expected a name of one line, at most %s characters; skipped this routine"
            )
            % NAME_LIMIT
        )
        return None
    if not isinstance(entry, dict):
        warnings.append(
            f"{where}: "
            + routines_errors.tr("expected an object, got %s; skipped this routine")
            % describe(entry)
        )
        return None
    poses = entry.get("poses")
    if not (
        isinstance(poses, list) and poses and all(isinstance(p, str) and p.strip() for p in poses)
    ):
        warnings.append(
            f"{where}.poses: "
            + routines_errors.tr(
                "expected a non-empty list of pose ids, got %s; skipped this routine"
            )
            % describe(poses)
        )
        return None
    twice = sorted({p for p in poses if poses.count(p) > 1})
    if twice:
        # The window lists each pose once, so it would play this routine shorter than the
        # command line did: both do each pose once, where it first comes.
        warnings.append(
            f"{where}.poses: "
            + routines_errors.tr("expected each pose once, got %s more than once; done once")
            % ", ".join(printable(p, 60) for p in twice)
        )
        poses = list(dict.fromkeys(poses))
    unread: dict[str, object] = {k: v for k, v in entry.items() if k not in ENTRY_KEYS}
    overrides = entry.get("pacing", {})
    if not isinstance(overrides, dict):
        warnings.append(
            f"{where}.pacing: "
            + routines_errors.tr("expected an object, got %s; using the settings")
            % describe(overrides)
        )
        unread["pacing"] = overrides
        overrides = {}
    pacing: dict[str, Any] = {}
    bad: dict[str, object] = {}
    for key, value in overrides.items():
        if key not in PACING_KEYS:
            warnings.append(
                f"{where}.pacing.{printable(key, 60)}: "
                + routines_errors.tr("expected one of %s; ignored") % ", ".join(PACING_KEYS)
            )
            bad[key] = value
            continue
        try:
            pacing[key] = check_value(key, value)
        except Invalid as exc:
            warnings.append(
                f"{where}.pacing.{key}: "
                + routines_errors.tr("%(problem)s, got %(value)s; ignored")
                % {"problem": exc, "value": shown(value)}
            )
            bad[key] = value
    if bad:
        unread["pacing"] = bad
    breaths = _breaths(entry.get("breaths", {}), where, warnings, unread)
    return Routine(name, list(poses), pacing, breaths, unread)


# The keys of a routine's entry this version reads; any other is kept as written.
ENTRY_KEYS = ("poses", "pacing", "breaths")


def _breaths(
    value: object, where: str, warnings: list[str], unread: dict[str, object]
) -> dict[str, int]:
    if not isinstance(value, dict):
        warnings.append(
            f"{where}.breaths: "
            + routines_errors.tr("expected an object, got %s; ignored") % describe(value)
        )
        unread["breaths"] = value
        return {}
    counts: dict[str, int] = {}
    bad: dict[str, object] = {}
    for pose, n in value.items():
        if isinstance(n, int) and not isinstance(n, bool) and 1 <= n <= MAX_BREATHS:
            counts[pose] = n
        else:
            bad[pose] = n
            warnings.append(
                f'{where}.breaths."{printable(pose, 60)}": '
                + routines_errors.tr(
                    "expected a whole number from 1 to %(most)s, got %(value)s; using the library's"
                )
                % {"most": MAX_BREATHS, "value": shown(n)}
            )
    if bad:
        unread["breaths"] = bad
    return counts


def save_routines(routines: Iterable[Routine], path: Path | None = None) -> None:
    """Write all routines, in order; raises ValueError on a repeated name, OSError on failure."""
    path = path or paths.routines_file()
    entries: dict[str, object] = {}
    ours: dict[str, object] = {}
    for routine in routines:
        if routine.name in entries:
            raise ValueError(f'routine "{routine.name}": expected a unique name')
        ours[routine.name] = _ours(routine)
        entries[routine.name] = _entry(routine)
    on_disk, warning = read_json_object(path, fallback=routines_errors.tr("routines not saved"))
    if warning is not None and path.exists():
        # Unreadable and still in place: writing would replace what we could not read.
        raise OSError(warning)
    for name, entry in _unreadable(on_disk).items():
        # A routine that could not be read was never offered, so nothing here replaced or
        # deleted it: it stays as written, for the person to mend (a save had dropped it).
        if name not in entries:
            entries[name] = entry
    kept = {k: v for k, v in (on_disk or {}).items() if k != "routines"}
    write_json_atomic(path, {"routines": entries, **kept}, ours=ours)


def unreadable_names(path: Path | None = None) -> list[str]:
    """The names of the entries in routines.json that cannot be read: never offered, kept as
    written by every save, and so names a rename must not take, and a save replaces only
    saying so."""
    on_disk, _ = read_json_object(path or paths.routines_file(), fallback="")
    return list(_unreadable(on_disk))


def _unreadable(on_disk: dict[str, Any] | None) -> dict[str, object]:
    """The entries of a routines.json's contents that cannot be read, by name, as written."""
    stored = (on_disk or {}).get("routines")
    entries = stored if isinstance(stored, dict) else {}
    return {name: e for name, e in entries.items() if _routine(name, e, "", []) is None}


def _ours(routine: Routine) -> dict[str, object]:
    """What this version writes for `routine`: its poses and the overrides it can use."""
    body: dict[str, object] = {"poses": list(routine.poses)}
    if routine.pacing:
        body["pacing"] = dict(routine.pacing)
    if routine.breaths:
        body["breaths"] = dict(routine.breaths)
    return body


def _entry(routine: Routine) -> dict[str, object]:
    """The routine's entry in the file: ours, with what could not be read back as written,
    except where the routine now sets that very value."""
    body = _ours(routine)
    usable: dict[str, dict[str, Any]] = {"pacing": routine.pacing, "breaths": dict(routine.breaths)}
    for key, value in routine.unread.items():
        if key not in usable:
            body[key] = value  # a key this version does not know
        elif isinstance(value, dict):
            mine = usable[key]
            body[key] = {**mine, **{k: v for k, v in value.items() if k not in mine}}
        elif not usable[key]:
            body[key] = value  # "pacing": "fast" stays, until the routine has pacing of its own
    return body


# -- the built-in routine and the operations the command line and the window share -------------

# The built-in routine's name, in the language in use ("All seven", "Alle sieben").
_BUILTIN_NAMES = (
    QT_TRANSLATE_NOOP("routines_errors", "All zero"),
    QT_TRANSLATE_NOOP("routines_errors", "All one"),
    QT_TRANSLATE_NOOP("routines_errors", "All two"),
    QT_TRANSLATE_NOOP("routines_errors", "All three"),
    QT_TRANSLATE_NOOP("routines_errors", "All four"),
    QT_TRANSLATE_NOOP("routines_errors", "All five"),
    QT_TRANSLATE_NOOP("routines_errors", "All six"),
    QT_TRANSLATE_NOOP("routines_errors", "All seven"),
    QT_TRANSLATE_NOOP("routines_errors", "All eight"),
    QT_TRANSLATE_NOOP("routines_errors", "All nine"),
    QT_TRANSLATE_NOOP("routines_errors", "All ten"),
    QT_TRANSLATE_NOOP("routines_errors", "All eleven"),
    QT_TRANSLATE_NOOP("routines_errors", "All twelve"),
)


class RoutineError(ValueError):
    """A routine operation that cannot be done; the message is one line for the person."""


def builtin_name(pose_count: int, english: bool = False) -> str:
    """The name of the routine of every pose, in library order: "All seven" for the seed's,
    in the language in use unless `english`."""
    if pose_count < len(_BUILTIN_NAMES):
        name = _BUILTIN_NAMES[pose_count]
        return name if english else routines_errors.tr(name)
    return f"All {pose_count}" if english else routines_errors.tr("All %s") % pose_count


def builtin_routine(pose_ids: Sequence[str]) -> Routine:
    """Every pose of the library, in its order; never saved, never deleted."""
    return Routine(builtin_name(len(pose_ids)), list(pose_ids))


def with_builtin(saved: Sequence[Routine], pose_ids: Sequence[str]) -> list[Routine]:
    """The built-in routine first, then the saved ones (a saved one of the same name is hidden)."""
    builtin = builtin_routine(pose_ids)
    return [builtin, *(r for r in saved if r.name != builtin.name)]


def known_names(routines: Sequence[Routine]) -> str:
    # Quoted as the sentence around the list quotes the name asked for („…“ in German).
    quoted = routines_errors.tr('"%s"', "a routine's name in the list of known routines")
    return ", ".join(quoted % r.name for r in routines) or routines_errors.tr("none")


def find_routine(routines: Sequence[Routine], name: str) -> Routine:
    """The routine called `name`; RoutineError listing the known names if there is none."""
    for routine in routines:
        if routine.name == name:
            return routine
    for routine in routines:
        # The built-in routine answers to its English name in every language, so a routine
        # remembered (or scripted with --routine) before a change of language still works.
        count = len(routine.poses)
        if routine.name == builtin_name(count) and name == builtin_name(count, english=True):
            return routine
    raise RoutineError(
        routines_errors.tr('no routine named "%s"; known routines: %s')
        % (name, known_names(routines))
    )


def missing_poses(routine: Routine, pose_ids: Sequence[str]) -> list[str]:
    """The routine's poses the library does not have (the routine itself is kept intact)."""
    known = set(pose_ids)
    return [p for p in routine.poses if p not in known]


def _fits(name: str) -> bool:
    """A name the picker and the command line's table show whole: one line, not too long."""
    return "\n" not in name and len(name) <= NAME_LIMIT


def checked_name(name: str, builtin: str) -> str:
    name = name.strip()
    if not name:
        raise RoutineError(routines_errors.tr("expected a routine name, got an empty one"))
    if not _fits(name):
        raise RoutineError(
            routines_errors.tr("expected a routine name of one line, at most %s characters")
            % NAME_LIMIT
        )
    if name.casefold() == builtin.casefold():
        raise RoutineError(routines_errors.tr('"%s" is built in; choose another name') % builtin)
    # The built-in's name in another language: a routine saved so would be hidden behind the
    # built-in whenever that language is in use ("Alle sieben", saved in English).
    for source in (s for s in _BUILTIN_NAMES if builtin in (s, routines_errors.tr(s))):
        names = in_every_language("routines_errors", source)
        if name.casefold() in {n.casefold() for n in names}:
            raise RoutineError(routines_errors.tr('"%s" is built in; choose another name') % name)
    return name


def put_routine(saved: Sequence[Routine], routine: Routine) -> list[Routine]:
    """`saved` with `routine` in it: replacing the one of the same name in place, else last."""
    if any(r.name == routine.name for r in saved):
        return [routine if r.name == routine.name else r for r in saved]
    return [*saved, routine]


def delete_routine(saved: Sequence[Routine], name: str, builtin: str) -> list[Routine]:
    if name == builtin:
        raise RoutineError(routines_errors.tr('"%s" is built in and cannot be deleted') % builtin)
    _must_exist(saved, name, builtin)
    return [r for r in saved if r.name != name]


def rename_routine(
    saved: Sequence[Routine],
    old: str,
    new: str,
    builtin: str,
    unreadable: Collection[str] = (),
) -> list[Routine]:
    """`saved` with `old` renamed `new`; `unreadable` names entries of the file that could not
    be read, which the new name must not take (the save would write over them)."""
    if old == builtin:
        raise RoutineError(routines_errors.tr('"%s" is built in and cannot be renamed') % builtin)
    _must_exist(saved, old, builtin)
    new = checked_name(new, builtin)
    if new != old and new in unreadable:
        raise RoutineError(
            routines_errors.tr(
                'routines.json has a routine named "%s" that cannot be read; mend or remove'
                " it there, or choose another name"
            )
            % new
        )
    if new != old and any(r.name == new for r in saved):
        raise RoutineError(
            routines_errors.tr(
                'a routine named "%s" already exists; delete it first or choose another name'
            )
            % new
        )
    return [replace(r, name=new) if r.name == old else r for r in saved]


def _must_exist(saved: Sequence[Routine], name: str, builtin: str) -> None:
    find_routine([builtin_routine_named(builtin), *saved], name)


def builtin_routine_named(name: str) -> Routine:
    return Routine(name, [])
