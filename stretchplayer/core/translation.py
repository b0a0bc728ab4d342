"""A pose library's texts in another language: `poses.<code>.json` beside `poses.json` (stdlib).

One file per language, keyed by pose id and field, so a translator edits JSON and no Python:

    {"version": 1, "language": "de",
     "side_words": {"base": {"right": "rechts", "left": "links"},
                    "dem": {"right": "rechten", "left": "linken"}, ...},
     "about": {"title": ..., "paragraphs": [...], "advice": ..., "safety": [...]},
     "poses": {"calf-stretch": {"name": ..., "purpose": ..., "equipment": [...],
                                "steps": [...], "hold": ..., "rhythm": {...}, "release": ...}}}

Side words change form in some languages ("mit dem rechten Fuß", "das linke Bein"), so a text
names the form it needs after a colon, `{side:dem}`, `{other:base}`, and `side_words` gives each
form's word for each side (`{side}` alone is the form "base"). The file is validated as strictly
as `poses.json` (every problem one line: file, place, what was expected): unknown ids or fields,
lists of another length than the English ones, a form no side word is given for, a text that
drops the sides its English names. An entry left out is shown in English, with one warning.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from pathlib import Path
from typing import Any

from stretchplayer.core.i18n import Context
from stretchplayer.core.library import (
    MISSING,
    SCHEMA_VERSION,
    LibraryError,
    _Checker,
    _kind,
    read_library_file,
)
from stretchplayer.core.model import (
    BASE_FORM,
    ENGLISH_SIDE_WORDS,
    PLACEHOLDER,
    SIDE_PLACEHOLDERS,
    SIDES,
    About,
    Library,
    Pose,
    Rhythm,
    SideWords,
    split_placeholder,
)

problems = Context("problems")

log = logging.getLogger(__name__)

POSE_FIELDS = frozenset({"name", "purpose", "equipment", "steps", "hold", "rhythm", "release"})


def translation_path(library: Path, code: str) -> Path:
    """Where the translation of the library in `library` into `code` is kept."""
    return library.with_name(f"{library.stem}.{code}.json")


def translate_library(library: Library, code: str, path: Path) -> Library:
    """`library` with the texts of `path`; raises LibraryError listing every problem."""
    name = str(path)
    raw = read_library_file(path)
    checker = _TranslationChecker(name, library)
    translated = checker.document(checker.parse(raw), code)
    if checker.problems or translated is None:
        raise LibraryError(checker.problems, checker.count)
    if checker.untranslated:
        shown = ", ".join(checker.untranslated[:5])
        more = len(checker.untranslated) - 5
        log.warning(
            "%s: %d text(s) not translated, shown in English: %s%s",
            name,
            len(checker.untranslated),
            shown,
            f" and {more} more" if more > 0 else "",
        )
    return translated


class _TranslationChecker(_Checker):
    def __init__(self, name: str, english: Library) -> None:
        super().__init__(name)
        self.english = english
        self.untranslated: list[str] = []
        self.words: SideWords = ()

    def document(self, data: Any, code: str) -> Library | None:
        doc = self.fields(data, "", {"version", "language", "side_words", "poses"}, {"about"})
        if doc is None:
            return None
        version = doc.get("version")
        if version is not MISSING and version != SCHEMA_VERSION:
            self.problem(
                "version", problems.tr("expected %s, got %s") % (SCHEMA_VERSION, repr(version))
            )
        language = doc.get("language")
        if language is not MISSING and language != code:
            self.problem(
                "language",
                problems.tr("expected %s (the file's name says so), got %s")
                % (repr(code), repr(language)),
            )
        self.words = self.side_words(doc.get("side_words"))
        about = self.about_texts(doc.get("about"))
        poses = self.pose_texts(doc.get("poses"))
        if self.problems:
            return None
        return dataclasses.replace(self.english, about=about, poses=poses)

    # -- side words ----------------------------------------------------------------------------

    def side_words(self, value: Any) -> SideWords:
        if value is MISSING:
            return ()
        if not isinstance(value, dict) or not value:
            self.problem(
                "side_words", problems.tr("expected an object of forms, got %s") % _kind(value)
            )
            return ()
        words: list[tuple[str, str, str]] = []
        for form, sides in value.items():
            place = f"side_words.{form}"
            if not form.isidentifier() or form.startswith("_"):
                self.problem(
                    place, problems.tr("expected a form name of letters, digits and _ (e.g. 'dem')")
                )
                continue
            obj = self.fields(sides, place, set(SIDES))
            if obj is None:
                continue
            right = self.text(obj.get("right"), f"{place}.right")
            left = self.text(obj.get("left"), f"{place}.left")
            if right and left:
                words.append((form, right, left))
        return tuple(words)

    def allowed(self, two_sided: bool) -> frozenset[str]:
        if not two_sided:
            return frozenset()
        forms = {form for form, _, _ in self.words}
        names = {f"{word}:{form}" for word in SIDE_PLACEHOLDERS for form in forms}
        if BASE_FORM in forms:
            names |= SIDE_PLACEHOLDERS
        return frozenset(names)

    # -- texts ---------------------------------------------------------------------------------

    def one(
        self, value: Any, place: str, english: str, placeholders: frozenset[str] = frozenset()
    ) -> str:
        """A translated text, or the English one (noted) when it is left out."""
        if value is MISSING:
            self.untranslated.append(place)
            return _in_english(english)
        text = self.text(value, place, placeholders)
        if text and _names_sides(english) and not _names_sides(text):
            self.problem(
                place,
                problems.tr(
                    "expected the side placeholders of the English text ({side} or {other}, "
                    "with a form), so that the other side reads right too"
                ),
            )
        if text and "{breaths}" in english and "{breaths}" not in text:
            self.problem(place, problems.tr("expected {breaths}, as in the English text"))
        return text or _in_english(english)

    def many(
        self,
        value: Any,
        place: str,
        english: tuple[str, ...],
        placeholders: frozenset[str] = frozenset(),
    ) -> tuple[str, ...]:
        if value is MISSING:
            if english:
                self.untranslated.append(place)
            return tuple(_in_english(e) for e in english)
        if not isinstance(value, list):
            self.problem(place, problems.tr("expected a list of strings, got %s") % _kind(value))
            return english
        if len(value) != len(english):
            self.problem(
                place,
                problems.tr("expected %s entries, as in English, got %s")
                % (len(english), len(value)),
            )
            return english
        return tuple(
            self.one(v, f"{place}[{i}]", e, placeholders)
            for i, (v, e) in enumerate(zip(value, english, strict=True))
        )

    def about_texts(self, value: Any) -> About:
        english = self.english.about
        obj = self.fields(value, "about", set(), {"title", "paragraphs", "advice", "safety"})
        if obj is None:
            self.untranslated.append("about")
            return english
        return About(
            title=self.one(obj.get("title"), "about.title", english.title),
            paragraphs=self.many(obj.get("paragraphs"), "about.paragraphs", english.paragraphs),
            advice=self.one(obj.get("advice"), "about.advice", english.advice),
            safety=self.many(obj.get("safety"), "about.safety", english.safety),
        )

    def pose_texts(self, value: Any) -> tuple[Pose, ...]:
        poses = self.english.poses
        if value is MISSING:
            return poses
        if not isinstance(value, dict):
            self.problem(
                "poses", problems.tr("expected an object keyed by pose id, got %s") % _kind(value)
            )
            return poses
        self.place_entries(value, "poses")
        for pose_id in [p for p in value if p not in self.english.ids]:  # in the file's order
            self.problem(
                f"poses.{pose_id}",
                problems.tr("unknown pose id; expected one of: %s") % ", ".join(self.english.ids),
            )
        return tuple(self.translated_pose(p, value.get(p.id, MISSING)) for p in poses)

    def translated_pose(self, pose: Pose, value: Any) -> Pose:
        place = f"poses.{pose.id}"
        obj = self.fields(value, place, set(), POSE_FIELDS)
        if obj is None:
            self.untranslated.append(place)
            return pose
        get = obj.get
        sides = self.allowed(pose.two_sided)
        rhythm = pose.rhythm
        if rhythm is not None:
            r = self.fields(
                get("rhythm"), f"{place}.rhythm", set(), {"summary", "inhale", "exhale"}
            )
            if r is None:
                self.untranslated.append(f"{place}.rhythm")
            else:
                rhythm = Rhythm(
                    summary=self.one(
                        r.get("summary"), f"{place}.rhythm.summary", rhythm.summary, sides
                    ),
                    inhale=self.one(
                        r.get("inhale"), f"{place}.rhythm.inhale", rhythm.inhale, sides
                    ),
                    exhale=self.one(
                        r.get("exhale"), f"{place}.rhythm.exhale", rhythm.exhale, sides
                    ),
                )
        elif "rhythm" in obj:
            self.problem(
                f"{place}.rhythm", problems.tr("expected no rhythm: the English pose has none")
            )
        return dataclasses.replace(
            pose,
            name=self.one(get("name"), f"{place}.name", pose.name),
            purpose=self.one(get("purpose"), f"{place}.purpose", pose.purpose),
            equipment=self.many(get("equipment"), f"{place}.equipment", pose.equipment),
            steps=self.many(get("steps"), f"{place}.steps", pose.steps, sides),
            hold_text=self.one(get("hold"), f"{place}.hold", pose.hold_text, sides | {"breaths"}),
            rhythm=rhythm,
            release=self.one(get("release"), f"{place}.release", pose.release, sides),
            side_words=(*self.words, *ENGLISH_FORMS) if pose.two_sided else pose.side_words,
        )


# A text left in English keeps the English side words ("your right foot"), whatever the
# translation's words are: its placeholders are moved to this form, which no translation names.
ENGLISH_FORM = "_en"
ENGLISH_FORMS: SideWords = tuple((ENGLISH_FORM, r, le) for _, r, le in ENGLISH_SIDE_WORDS)


def _in_english(text: str) -> str:
    def moved(match: re.Match[str]) -> str:
        word, form = split_placeholder(match.group(1))
        if word in SIDE_PLACEHOLDERS and form == BASE_FORM:
            return "{" + f"{word}:{ENGLISH_FORM}" + "}"
        return match.group(0)

    return PLACEHOLDER.sub(moved, text)


def _names_sides(text: str) -> bool:
    return any(split_placeholder(n)[0] in SIDE_PLACEHOLDERS for n in PLACEHOLDER.findall(text))


_TRANSLATION_NAME = re.compile(r"^(?P<stem>.+)\.(?P<code>[a-z]{2,3}(?:_[A-Za-z]{2})?)\.json$")


def translated_library(path: Path) -> tuple[Path, str] | None:
    """(the English library, the language) when `path` is a translation beside its library
    ("poses.de.json" next to "poses.json"); None for any other file."""
    found = _TRANSLATION_NAME.match(path.name)
    if found is None:
        return None
    english = path.with_name(f"{found['stem']}.json")
    return (english, found["code"]) if english.is_file() else None
