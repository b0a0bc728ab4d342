"""Load and validate a pose library (poses.json), reporting every problem with its place.

Stdlib only. A problem names the file, the place (line:column for JSON syntax; the pose id or
index and the field for structure) and what was expected, so a person editing the file by hand
can fix it from one line.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence, Set
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, cast

from stretchplayer.core.guest import (
    MAX_LINES,
    ReadError,
    parse_json,
    printable,
    read_limited,
    summarise,
    text_problem,
)
from stretchplayer.core.i18n import QT_TRANSLATE_NOOP, Context, grouped
from stretchplayer.core.model import (
    PLACEHOLDER,
    POSTURES,
    SIDE_PLACEHOLDERS,
    SIDES,
    About,
    Library,
    Pose,
    Posture,
    Rhythm,
    Side,
)
from stretchplayer.core.resources import assets_dir, data_path

problems = Context("problems")

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
MAX_BYTES = 1024 * 1024  # a pose library is a few kilobytes; anything near this is not one
MAX_BREATHS = 100
# The longest text a pose may carry (a step, a name, a paragraph): the shipped ones stay under
# 300 characters; a 50,000-character step would fill the screen and keep the voice talking for
# minutes. (The speech engine renders any length in sentences; this keeps a session sane.)
MAX_TEXT_CHARS = 1000
MAX_PROBLEMS = 1000  # kept to report; the rest are only counted, so memory stays small
# Stands for a field that is absent: reported once as missing, not again as the wrong type.
MISSING: Any = object()


@dataclass(frozen=True)
class Problem:
    file: str
    place: str
    message: str

    def __str__(self) -> str:
        # Safe to print: a place can quote a key from the file, and a path can hold anything.
        return printable(
            f"{self.file}: {self.place}: {self.message}"
            if self.place
            else f"{self.file}: {self.message}"
        )


class LibraryError(Exception):
    """A library that cannot be used; `problems` lists the reasons, one line each.

    At most MAX_PROBLEMS are kept (a shared file of 20,000 broken poses has 220,000);
    `count` is how many there were in all.
    """

    def __init__(self, problems: list[Problem], count: int | None = None) -> None:
        self.problems = problems
        self.count = len(problems) if count is None else count
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        """One line per problem, the rest summarised after the first few (see `summarise`)."""
        return summarise([str(p) for p in self.problems[:MAX_LINES]], total=self.count)


def default_library_path() -> Path:
    return data_path("poses.json")


def load_library(path: Path | None = None, language: str | None = None) -> Library:
    """Read, parse and validate a library; raise LibraryError listing all its problems.

    Its texts are in `language` (default: the language in use, core/i18n.py) where a
    translation file is beside it (core/translation.py), validated as strictly."""
    from stretchplayer.core import i18n
    from stretchplayer.core.translation import translate_library, translation_path

    library = _load_english(path or default_library_path())
    code = i18n.language() if language is None else language
    if code == i18n.SOURCE or library.path is None:
        return library
    translated = translation_path(library.path, code)
    if not translated.exists():
        log.info("%s: no translation into %s; the poses are in English", translated, code)
        return library
    return translate_library(library, code, translated)


def _load_english(path: Path) -> Library:
    return parse_library(read_library_file(path), str(path), path)


def read_library_file(path: Path) -> bytes:
    """The bytes of a library's file (the library, a translation, its figures), read as a guest:
    a regular file of at most MAX_BYTES; LibraryError with one line otherwise."""
    name = str(path)
    try:
        return read_limited(path, MAX_BYTES)
    except ReadError as exc:
        raise LibraryError([Problem(name, exc.place, exc.message)]) from None
    except OSError as exc:
        raise LibraryError(
            [Problem(name, "", problems.tr("cannot read file (%s)") % (exc.strerror or exc))]
        ) from None


def parse_library(raw: bytes, name: str = "<library>", path: Path | None = None) -> Library:
    """The library in `raw`; with its `path`, each pose's drawing must also be found beside it
    or among the shipped ones (without one, as for bytes from elsewhere, names are checked)."""
    checker = _Checker(name, image_folders(path) if path is not None else None)
    library = checker.library(checker.parse(raw), path)
    if checker.problems or library is None:
        raise LibraryError(checker.problems, checker.count)
    return library


class _Checker:
    """Walks the parsed JSON once, collecting problems instead of stopping at the first."""

    def __init__(self, name: str, image_folders: Sequence[Path] | None = None) -> None:
        self.name = name
        self.image_folders = image_folders  # where a pose's drawing must be; None: not checked
        # Problems are found in the order the checks run (a pose's sides before its steps,
        # say), but listed in the order of the file, which is how a person fixes them. Each
        # place the walk reaches gets its position in the file: the index of each key in its
        # object and of each entry in its list, from the top down.
        self._order: dict[str, tuple[int, ...]] = {"": ()}
        self._kept: list[_Found] = []
        self.count = 0  # all the problems found; only the first MAX_PROBLEMS are kept

    @property
    def problems(self) -> list[Problem]:
        """The problems kept, in the order of the file (those found first first, at one place)."""
        return [found.problem for found in sorted(self._kept, key=lambda f: (f.order, f.seq))]

    def parse(self, raw: bytes) -> Any:
        """The JSON in `raw` (duplicate keys reported as problems), parsed as a guest; one
        LibraryError line when it is not JSON at all. For the library and the files beside it."""
        try:
            return parse_json(raw, object_pairs_hook=self.object_without_duplicates)
        except ReadError as exc:
            raise LibraryError([Problem(self.name, exc.place, exc.message)]) from None

    def problem(self, place: str, message: str, order: tuple[int, ...] | None = None) -> None:
        self.count += 1
        if len(self._kept) < MAX_PROBLEMS:
            at = self.order_of(place) if order is None else order
            self._kept.append(_Found(at, self.count, Problem(self.name, place, message)))

    def order_of(self, place: str) -> tuple[int, ...]:
        """Where `place` is in the file: its own position if the walk reached it, else its
        nearest enclosing object's or list's (so a missing field is listed with its object)."""
        while place not in self._order:
            cut = max(place.rfind("."), place.rfind("["))
            if cut <= 0:
                return ()
            place = place[:cut]
        return self._order[place]

    def at(self, place: str, order: tuple[int, ...]) -> None:
        """Record that `place` is at `order` in the file (see order_of)."""
        self._order[place] = order

    def place_entries(
        self, obj: dict[str, Any], place: str
    ) -> tuple[tuple[int, ...], dict[str, int]]:
        """Record where each key of `obj` (at `place`) is in the file, as `place.key`; its
        order and where each key is among its keys."""
        base = self.order_of(place)
        positions = obj.positions if isinstance(obj, _Parsed) else {k: i for i, k in enumerate(obj)}
        for key, index in positions.items():
            self.at(f"{place}.{key}" if place else key, (*base, index))
        return base, positions

    def object_without_duplicates(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        seen = _Parsed()
        for index, (key, value) in enumerate(pairs):
            if key in seen:
                # json gives no position here: reported with the key alone, and named with
                # its object's place (and put in file order) when the walk reaches it.
                message = problems.tr(_DUPLICATE)
                self.problem(problems.tr("key %s") % _shown(key), message, (_NOT_REACHED,))
                if self._kept and self._kept[-1].seq == self.count:
                    seen.duplicates.append((key, index, self._kept[-1]))
            seen[key] = value
            seen.positions[key] = index
        return seen

    # -- field helpers -------------------------------------------------------------------------

    def fields(
        self, obj: Any, place: str, required: Set[str], optional: Set[str] = frozenset()
    ) -> _Fields | None:
        if obj is MISSING:
            return None
        if not isinstance(obj, dict):
            self.problem(place, problems.tr("expected an object, got %s") % _kind(obj))
            return None
        base, positions = self.place_entries(obj, place)
        if isinstance(obj, _Parsed):
            for key, index, found in obj.duplicates:
                shown = printable(key, 40)
                where = f"{place}.{shown}" if place else shown
                found.problem = Problem(self.name, where, found.problem.message)
                found.order = (*base, index)
        known = required | optional
        for key in [k for k in obj if k not in known]:  # in the file's order
            import difflib  # only for a misspelt key

            close = difflib.get_close_matches(key, known, n=1)
            hint = problems.tr("did you mean %s? ") % repr(close[0]) if close else ""
            shown = printable(key, 40)
            self.problem(
                f"{place}.{shown}" if place else shown,
                problems.tr("unknown field; %sexpected one of: %s")
                % (hint, ", ".join(sorted(known))),
                (*base, positions[key]),  # its place's name may be shortened: not looked up
            )
        for key in sorted(required - obj.keys()):
            # Listed after what the object has (a misspelt key first, then the key it missed).
            self.problem(
                f"{place}.{key}" if place else key,
                problems.tr("missing required field"),
                (*base, _NOT_REACHED),
            )
        return _Fields(obj)

    def text(self, value: Any, place: str, placeholders: frozenset[str] = frozenset()) -> str:
        if value is MISSING:
            return ""
        if not isinstance(value, str) or not value.strip():
            self.problem(place, problems.tr("expected a non-empty string, got %s") % _kind(value))
            return ""
        problem = text_problem(value)
        if problem is not None:
            self.problem(place, problem)
            return ""
        if len(value) > MAX_TEXT_CHARS:
            self.problem(
                place,
                problems.tr("text of %s characters; expected at most %s")
                % (grouped(len(value)), grouped(MAX_TEXT_CHARS)),
            )
            return ""
        for name in PLACEHOLDER.findall(value):
            if name not in placeholders:
                allowed = ", ".join("{" + p + "}" for p in sorted(placeholders))
                self.problem(
                    place,
                    problems.tr("unknown placeholder %s; expected %s")
                    % ("{" + name + "}", allowed or problems.tr("none here")),
                )
        return value.strip()

    def texts(
        self,
        value: Any,
        place: str,
        placeholders: frozenset[str] = frozenset(),
        allow_empty: bool = False,
    ) -> tuple[str, ...]:
        if value is MISSING:
            return ()
        if not isinstance(value, list):
            self.problem(place, problems.tr("expected a list of strings, got %s") % _kind(value))
            return ()
        if not value and not allow_empty:
            self.problem(place, problems.tr("expected at least one entry"))
        base = self.order_of(place)
        for i in range(len(value)):
            self.at(f"{place}[{i}]", (*base, i))
        return tuple(self.text(v, f"{place}[{i}]", placeholders) for i, v in enumerate(value))

    def choice(self, value: Any, place: str, options: tuple[str, ...]) -> str:
        if value is MISSING:
            return options[0]
        if value not in options:
            self.problem(
                place,
                problems.tr("expected one of %s, got %s")
                % (", ".join(map(repr, options)), _shown(value)),
            )
            return options[0]
        return cast("str", value)

    # -- the document --------------------------------------------------------------------------

    def library(self, data: Any, path: Path | None) -> Library | None:
        doc = self.fields(data, "", {"version", "about", "poses"})
        if doc is None:
            return None
        version = doc.get("version")
        if version is not MISSING and version != SCHEMA_VERSION:
            self.problem(
                "version", problems.tr("expected %s, got %s") % (SCHEMA_VERSION, _shown(version))
            )
        about = self.about(doc.get("about"))
        poses = self.poses(doc.get("poses"))
        if about is None or self.problems:
            return None
        return Library(path=path, version=SCHEMA_VERSION, about=about, poses=poses)

    def about(self, value: Any) -> About | None:
        obj = self.fields(value, "about", {"title", "paragraphs", "advice", "safety"})
        if obj is None:
            return None
        return About(
            title=self.text(obj.get("title"), "about.title"),
            paragraphs=self.texts(obj.get("paragraphs"), "about.paragraphs"),
            advice=self.text(obj.get("advice"), "about.advice"),
            safety=self.texts(obj.get("safety"), "about.safety"),
        )

    def poses(self, value: Any) -> tuple[Pose, ...]:
        if value is MISSING:
            return ()
        if not isinstance(value, list) or not value:
            self.problem(
                "poses", problems.tr("expected a non-empty list of poses, got %s") % _kind(value)
            )
            return ()
        poses: list[Pose] = []
        seen: set[str] = set()
        for index, item in enumerate(value):
            pose_id = item.get("id") if isinstance(item, dict) else None
            shown = f" ({printable(pose_id, 40)})" if isinstance(pose_id, str) else ""
            place = f"poses[{index}]{shown}"
            self.at(place, (*self.order_of("poses"), index))
            pose = self.pose(item, place)
            if pose is None:
                continue
            if pose.id in seen:
                self.problem(
                    f"{place}.id",
                    problems.tr("duplicate id %s; expected each id once") % repr(pose.id),
                )
            seen.add(pose.id)
            poses.append(pose)
        return tuple(poses)

    def pose(self, value: Any, place: str) -> Pose | None:
        required = {
            "id",
            "name",
            "purpose",
            "posture",
            "sides",
            "equipment",
            "image",
            "steps",
            "hold",
            "release",
        }
        obj = self.fields(value, place, required, {"first_side"})
        if obj is None:
            return None
        get = obj.get
        pose_id = self.text(get("id"), f"{place}.id")
        if pose_id and not _is_slug(pose_id):
            self.problem(
                f"{place}.id",
                problems.tr("expected lowercase letters, digits and hyphens (e.g. 'lizard-pose')"),
            )
        sides = self.choice(get("sides"), f"{place}.sides", ("both", "none"))
        two_sided = sides == "both"
        first_side: Side | None = None
        if two_sided and "sides" in obj:
            if "first_side" not in obj:
                self.problem(
                    f"{place}.first_side",
                    problems.tr("missing; expected 'right' or 'left' on a pose with sides 'both'"),
                )
            first_side = cast("Side", self.choice(get("first_side"), f"{place}.first_side", SIDES))
        elif "first_side" in obj:
            self.problem(
                f"{place}.first_side",
                problems.tr("expected no first_side on a pose with sides 'none'"),
            )
        words = SIDE_PLACEHOLDERS if two_sided else frozenset()
        image = self.text(get("image"), f"{place}.image")
        if image and not is_image_name(image):
            self.problem(
                f"{place}.image",
                problems.tr(
                    "expected the file name of an SVG beside the library or in its folders, "
                    "with no '..' (e.g. 'lizard-pose.svg')"
                ),
            )
            image = ""
        elif image and self.image_folders and find_image(image, self.image_folders) is None:
            # A drawing that is not there would leave an empty frame in the window and the
            # figure: say so now, naming the file the library's own folder was searched for.
            self.problem(
                f"{place}.image",
                problems.tr(
                    "no file %s; expected the pose's drawing there (or a shipped one of that name)"
                )
                % printable(str(self.image_folders[0] / image)),
            )
        breaths, hold_text, rhythm = self.hold(get("hold"), f"{place}.hold", words)
        return Pose(
            id=pose_id,
            name=self.text(get("name"), f"{place}.name"),
            purpose=self.text(get("purpose"), f"{place}.purpose"),
            posture=cast("Posture", self.choice(get("posture"), f"{place}.posture", POSTURES)),
            two_sided=two_sided,
            first_side=first_side,
            equipment=self.texts(get("equipment"), f"{place}.equipment", allow_empty=True),
            image=image,
            steps=self.texts(get("steps"), f"{place}.steps", words),
            breaths=breaths,
            hold_text=hold_text,
            rhythm=rhythm,
            release=self.text(get("release"), f"{place}.release", words),
        )

    def hold(self, value: Any, place: str, words: frozenset[str]) -> tuple[int, str, Rhythm | None]:
        obj = self.fields(value, place, {"breaths", "text"}, {"rhythm"})
        if obj is None:
            return 0, "", None
        breaths = obj.get("breaths")
        if breaths is MISSING:
            breaths = 0
        elif (
            isinstance(breaths, bool)
            or not isinstance(breaths, int)
            or not 1 <= breaths <= MAX_BREATHS
        ):
            self.problem(
                f"{place}.breaths",
                problems.tr("expected a whole number from 1 to %s, got %s")
                % (MAX_BREATHS, _shown(breaths)),
            )
            breaths = 0
        text = self.text(obj.get("text"), f"{place}.text", words | {"breaths"})
        rhythm = None
        if "rhythm" in obj:
            r = self.fields(obj["rhythm"], f"{place}.rhythm", {"summary", "inhale", "exhale"})
            if r is not None:
                rhythm = Rhythm(
                    summary=self.text(r.get("summary"), f"{place}.rhythm.summary", words),
                    inhale=self.text(r.get("inhale"), f"{place}.rhythm.inhale", words),
                    exhale=self.text(r.get("exhale"), f"{place}.rhythm.exhale", words),
                )
        return breaths, text, rhythm


_DUPLICATE = QT_TRANSLATE_NOOP("problems", "duplicate key; expected each key once per object")
_NOT_REACHED = 1 << 62  # the order of a problem the walk never placed: after all the others


@dataclass
class _Found:
    """A problem kept, with where it is in the file (see _Checker.order_of) and when found."""

    order: tuple[int, ...]
    seq: int
    problem: Problem


class _Parsed(dict[str, Any]):
    """A JSON object as parsed: where each key was among the object's keys (the last of a
    duplicated one), and its duplicated keys, each with its position and its problem."""

    def __init__(self) -> None:
        super().__init__()
        self.positions: dict[str, int] = {}
        self.duplicates: list[tuple[str, int, _Found]] = []


class _Fields(dict[str, Any]):
    """A checked JSON object whose absent fields read as MISSING."""

    def get(self, key: str, default: Any = MISSING) -> Any:
        return super().get(key, default)


def _kind(value: Any) -> str:
    names: dict[type, str] = {
        dict: problems.tr("an object"),
        list: problems.tr("a list"),
        str: problems.tr("a string"),
        bool: problems.tr("a boolean"),
        type(None): "null",
    }
    if isinstance(value, str) and not value.strip():
        return problems.tr("an empty string")
    if isinstance(value, list) and not value:
        return problems.tr("an empty list")
    return names.get(
        type(value),
        problems.tr("a number") if isinstance(value, int | float) else type(value).__name__,
    )


def is_image_name(name: str) -> bool:
    """A relative path to an SVG that cannot leave the library's folder: no root, no drive,
    no backslash, no '..' and no empty or hidden parts."""
    if not name.endswith(".svg") or "\\" in name or ":" in name or name.startswith("/"):
        return False
    parts = PurePosixPath(name).parts
    return bool(parts) and all(part and not part.startswith(".") for part in parts)


def image_folders(library_path: Path | None) -> list[Path]:
    """Where a library's drawings are looked up, in order: its own folder, then the shipped
    drawings (so a shared library can use a drawing StretchPlayer has by its name)."""
    own = [library_path.parent] if library_path is not None else []
    return [*own, assets_dir()]


def find_image(image: str, folders: Sequence[Path]) -> Path | None:
    """The file `image` names inside one of `folders` (the first found), or None; never one
    outside them (see `is_image_name`; a link leading out is not followed either)."""
    if not is_image_name(image):
        return None
    for folder in folders:
        try:
            root = folder.resolve()
            path = (root / image).resolve()
        except (OSError, RuntimeError):  # a loop of links
            continue
        if path.is_relative_to(root) and path.is_file():
            return path
    return None


def _shown(value: Any) -> str:
    """A value from the file, short and safe to print, for "got X" in a message."""
    if isinstance(value, str | int | float | bool) or value is None:
        return printable(repr(value), 60)
    return _kind(value)


def _is_slug(text: str) -> bool:
    return text[0].isalpha() and all(
        c.isascii() and (c.islower() or c.isdigit() or c == "-") for c in text
    )
