"""Load and validate a pose library (poses.json), reporting every problem with its place.

Stdlib only. A problem names the file, the place (line:column for JSON syntax; the pose id or
index and the field for structure) and what was expected, so a person editing the file by hand
can fix it from one line.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Set
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

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
from stretchplayer.core.resources import data_path

SCHEMA_VERSION = 1
MAX_BYTES = 1024 * 1024  # a pose library is a few kilobytes; anything near this is not one
MAX_BREATHS = 100
# Every text is read aloud: 2,000 characters is two minutes of speech, far more than a step
# needs. (The speech engine renders any length in sentences; this keeps a session sane.)
MAX_TEXT = 2000
# Stands for a field that is absent: reported once as missing, not again as the wrong type.
MISSING: Any = object()


@dataclass(frozen=True)
class Problem:
    file: str
    place: str
    message: str

    def __str__(self) -> str:
        return (
            f"{self.file}: {self.place}: {self.message}"
            if self.place
            else f"{self.file}: {self.message}"
        )


class LibraryError(Exception):
    """A library that cannot be used; `problems` lists every reason, one line each."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


def default_library_path() -> Path:
    return data_path("poses.json")


def load_library(path: Path | None = None) -> Library:
    """Read, parse and validate a library; raise LibraryError listing all its problems."""
    path = path or default_library_path()
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise LibraryError(
                [Problem(name, "", f"file is {size} bytes; expected at most {MAX_BYTES}")]
            )
        raw = path.read_bytes()
    except LibraryError:
        raise
    except OSError as exc:
        raise LibraryError(
            [Problem(name, "", f"cannot read file ({exc.strerror or exc})")]
        ) from None
    return parse_library(raw, name, path)


def parse_library(raw: bytes, name: str = "<library>", path: Path | None = None) -> Library:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LibraryError([Problem(name, f"byte {exc.start}", "expected UTF-8 text")]) from None
    if not text.strip():
        raise LibraryError([Problem(name, "", "file is empty; expected a JSON object")])
    checker = _Checker(name)
    try:
        data = json.loads(text, object_pairs_hook=checker.object_without_duplicates)
    except json.JSONDecodeError as exc:
        raise LibraryError(
            [Problem(name, f"{exc.lineno}:{exc.colno}", f"invalid JSON: {exc.msg}")]
        ) from None
    library = checker.library(data, path)
    if checker.problems or library is None:
        raise LibraryError(checker.problems)
    return library


class _Checker:
    """Walks the parsed JSON once, collecting problems instead of stopping at the first."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.problems: list[Problem] = []

    def problem(self, place: str, message: str) -> None:
        self.problems.append(Problem(self.name, place, message))

    def object_without_duplicates(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        seen: dict[str, Any] = {}
        for key, value in pairs:
            if key in seen:
                # json gives no position here; the key names the place well enough.
                self.problem(f"key {key!r}", "duplicate key; expected each key once per object")
            seen[key] = value
        return seen

    # -- field helpers -------------------------------------------------------------------------

    def fields(
        self, obj: Any, place: str, required: Set[str], optional: Set[str] = frozenset()
    ) -> _Fields | None:
        if obj is MISSING:
            return None
        if not isinstance(obj, dict):
            self.problem(place, f"expected an object, got {_kind(obj)}")
            return None
        known = required | optional
        for key in sorted(obj.keys() - known):
            close = difflib.get_close_matches(key, known, n=1)
            hint = f"did you mean {close[0]!r}? " if close else ""
            self.problem(
                f"{place}.{key}" if place else key,
                f"unknown field; {hint}expected one of: {', '.join(sorted(known))}",
            )
        for key in sorted(required - obj.keys()):
            self.problem(f"{place}.{key}" if place else key, "missing required field")
        return _Fields(obj)

    def text(self, value: Any, place: str, placeholders: frozenset[str] = frozenset()) -> str:
        if value is MISSING:
            return ""
        if not isinstance(value, str) or not value.strip():
            self.problem(place, f"expected a non-empty string, got {_kind(value)}")
            return ""
        if len(value.strip()) > MAX_TEXT:
            self.problem(
                place, f"text is {len(value.strip())} characters; expected at most {MAX_TEXT}"
            )
        for name in PLACEHOLDER.findall(value):
            if name not in placeholders:
                allowed = ", ".join("{" + p + "}" for p in sorted(placeholders)) or "none here"
                self.problem(place, f"unknown placeholder {{{name}}}; expected {allowed}")
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
            self.problem(place, f"expected a list of strings, got {_kind(value)}")
            return ()
        if not value and not allow_empty:
            self.problem(place, "expected at least one entry")
        return tuple(self.text(v, f"{place}[{i}]", placeholders) for i, v in enumerate(value))

    def choice(self, value: Any, place: str, options: tuple[str, ...]) -> str:
        if value is MISSING:
            return options[0]
        if value not in options:
            self.problem(place, f"expected one of {', '.join(map(repr, options))}, got {value!r}")
            return options[0]
        return cast("str", value)

    # -- the document --------------------------------------------------------------------------

    def library(self, data: Any, path: Path | None) -> Library | None:
        doc = self.fields(data, "", {"version", "about", "poses"})
        if doc is None:
            return None
        version = doc.get("version")
        if version is not MISSING and version != SCHEMA_VERSION:
            self.problem("version", f"expected {SCHEMA_VERSION}, got {version!r}")
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
            self.problem("poses", f"expected a non-empty list of poses, got {_kind(value)}")
            return ()
        poses: list[Pose] = []
        seen: set[str] = set()
        for index, item in enumerate(value):
            pose_id = item.get("id") if isinstance(item, dict) else None
            place = f"poses[{index}]" + (f" ({pose_id})" if isinstance(pose_id, str) else "")
            pose = self.pose(item, place)
            if pose is None:
                continue
            if pose.id in seen:
                self.problem(f"{place}.id", f"duplicate id {pose.id!r}; expected each id once")
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
                f"{place}.id", "expected lowercase letters, digits and hyphens (e.g. 'lizard-pose')"
            )
        sides = self.choice(get("sides"), f"{place}.sides", ("both", "none"))
        two_sided = sides == "both"
        first_side: Side | None = None
        if two_sided and "sides" in obj:
            if "first_side" not in obj:
                self.problem(
                    f"{place}.first_side",
                    "missing; expected 'right' or 'left' on a pose with sides 'both'",
                )
            first_side = cast("Side", self.choice(get("first_side"), f"{place}.first_side", SIDES))
        elif "first_side" in obj:
            self.problem(
                f"{place}.first_side", "expected no first_side on a pose with sides 'none'"
            )
        words = SIDE_PLACEHOLDERS if two_sided else frozenset()
        image = self.text(get("image"), f"{place}.image")
        if image and not image.endswith(".svg"):
            self.problem(
                f"{place}.image",
                "expected the file name of an SVG in assets/ (e.g. 'lizard-pose.svg')",
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
                f"expected a whole number from 1 to {MAX_BREATHS}, got {breaths!r}",
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


class _Fields(dict[str, Any]):
    """A checked JSON object whose absent fields read as MISSING."""

    def get(self, key: str, default: Any = MISSING) -> Any:
        return super().get(key, default)


def _kind(value: Any) -> str:
    names: dict[type, str] = {
        dict: "an object",
        list: "a list",
        str: "a string",
        bool: "a boolean",
        type(None): "null",
    }
    if isinstance(value, str) and not value.strip():
        return "an empty string"
    if isinstance(value, list) and not value:
        return "an empty list"
    return names.get(
        type(value), "a number" if isinstance(value, int | float) else type(value).__name__
    )


def _is_slug(text: str) -> bool:
    return text[0].isalpha() and all(
        c.isascii() and (c.islower() or c.isdigit() or c == "-") for c in text
    )
