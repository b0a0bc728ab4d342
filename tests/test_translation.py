"""The poses in other languages: poses.<code>.json files, validated, mirrored side by side."""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import pytest

from stretchplayer.core import i18n
from stretchplayer.core.library import LibraryError, default_library_path, load_library
from stretchplayer.core.model import PLACEHOLDER, SIDE_PLACEHOLDERS, Library, split_placeholder
from stretchplayer.core.translation import translation_path
from tests.helpers import run_cli

# Every language shipped, a language added later included.
TRANSLATED = tuple(code for code in i18n.available() if code != i18n.SOURCE)
SWAP = {"side": "other", "other": "side", "Side": "Other", "Other": "Side"}


def _swapped(template: str) -> str:
    """The template with {side} and {other} exchanged, forms kept."""

    def swap(match: re.Match[str]) -> str:
        word, form = split_placeholder(match.group(1))
        if word not in SIDE_PLACEHOLDERS:
            return match.group(0)
        return "{" + SWAP[word] + (":" + form if ":" in match.group(1) else "") + "}"

    return PLACEHOLDER.sub(swap, template)


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_shipped_translation_validates_and_leaves_nothing_in_english(
    code: str, library: Library, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        translated = load_library(language=code)
    assert caplog.records == []  # no entry left to fall back to English
    for english, pose in zip(library.poses, translated.poses, strict=True):
        assert pose.id == english.id
        assert pose.name != english.name
        assert pose.purpose != english.purpose
        assert len(pose.steps) == len(english.steps)
        assert all(a != b for a, b in zip(pose.steps, english.steps, strict=True))
        assert pose.equipment == () or pose.equipment != english.equipment
    assert translated.about.title != library.about.title
    assert len(translated.about.safety) == len(library.about.safety)


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_second_side_is_the_first_with_the_side_words_swapped_in_their_forms(
    code: str,
) -> None:
    translated = load_library(language=code)
    for pose in (p for p in translated.poses if p.two_sided):
        first, second = pose.sides()
        assert first is not None and second is not None
        templates = [*pose.steps, pose.release]
        for template in templates:
            assert pose.fill(template, second) == pose.fill(_swapped(template), first)
            # every form used is given for both sides, so nothing is left unfilled
            assert "{" not in pose.fill(template, first)
        words = {w for form, r, le in pose.side_words for w in (r, le) if not form.startswith("_")}
        english = {"right", "left", "Right", "Left"}
        for template in templates:
            for side in (first, second):
                text = pose.fill(template, side)
                assert not english & set(re.findall(r"\w+", text)), text
        assert words


def test_german_side_words_take_the_form_the_noun_needs() -> None:
    german = load_library(language="de")
    calf = german.get("calf-stretch")
    assert "mit dem rechten Fuß" in calf.steps_for("right")[1]
    assert "mit dem linken Fuß" in calf.steps_for("left")[1]
    lizard = german.get("lizard-pose")
    assert "das linke Bein" in lizard.steps_for("right")[0]
    assert "das rechte Bein" in lizard.steps_for("left")[0]


def _write(folder: Path, code: str, data: object) -> Path:
    english = folder / "poses.json"
    english.write_bytes(default_library_path().read_bytes())
    translation_path(english, code).write_text(json.dumps(data), encoding="utf-8")
    return english


def test_a_translation_is_validated_as_strictly_as_the_library(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "de",
        {
            "version": 1,
            "language": "de",
            "side_words": {"en": {"right": "rechten", "left": "linken"}},
            "poses": {
                "calf-stretch": {
                    "name": "Wadendehnung",
                    "steps": ["Eins.", "Tritt mit dem {side:em} Fuß zurück.", "Drei."],
                    "release": "Komm zurück.",
                    "colour": "blue",
                },
                "lizard-pose": {"steps": ["nur einer"]},
                "no-such-pose": {},
            },
        },
    )
    with pytest.raises(LibraryError) as caught:
        load_library(path, language="de")
    name = str(translation_path(path, "de"))
    assert caught.value.lines() == [  # in the file's order
        f"{name}: poses.calf-stretch.steps[1]: unknown placeholder {{side:em}}; expected "
        "{Other:en}, {Side:en}, {other:en}, {side:en}",
        f"{name}: poses.calf-stretch.release: expected the side placeholders of the English "
        "text ({side} or {other}, with a form), so that the other side reads right too",
        f"{name}: poses.calf-stretch.colour: unknown field; expected one of: equipment, hold, "
        "name, purpose, release, rhythm, steps",
        f"{name}: poses.lizard-pose.steps: expected 4 entries, as in English, got 1",
        f"{name}: poses.no-such-pose: unknown pose id; expected one of: calf-stretch, "
        "standing-forward-fold, lizard-pose, supine-hamstring-stretch, half-split, "
        "pyramid-pose, seated-forward-fold",
    ]


def test_missing_entries_fall_back_to_english_with_one_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = _write(
        tmp_path,
        "de",
        {
            "version": 1,
            "language": "de",
            "side_words": {"en": {"right": "rechten", "left": "linken"}},
            "poses": {"calf-stretch": {"name": "Wadendehnung"}},
        },
    )
    with caplog.at_level(logging.WARNING):
        library = load_library(path, language="de")
    assert len(caplog.records) == 1
    assert "not translated, shown in English" in caplog.records[0].getMessage()
    calf = library.get("calf-stretch")
    assert calf.name == "Wadendehnung"
    # English text left over keeps English side words
    assert calf.steps_for("left")[1].startswith("Step back with your left foot")


def test_the_language_in_use_translates_the_built_in_library() -> None:
    i18n.set_language("es")
    assert load_library().get("half-split").name == "Medio split"
    i18n.set_language("en")
    assert load_library().get("half-split").name == "Half split"


def test_validate_checks_a_translation_against_the_library_beside_it(tmp_path: Path) -> None:
    for code in TRANSLATED:
        shipped = default_library_path().with_name(f"poses.{code}.json")
        done = run_cli("validate", str(shipped))
        assert (done.returncode, done.stderr) == (0, "")
        assert done.stdout == f"{shipped}: valid — the {code} texts of poses.json\n"
    broken = _write(tmp_path, "fr", {"version": 1, "language": "fr", "side_words": {}, "poses": {}})
    translation = translation_path(broken, "fr")
    translation.write_text('{"version": 2, "language": "fr", "poses": {}}', encoding="utf-8")
    done = run_cli("validate", str(translation))
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"{translation}: version: expected 1, got 2",
        f"{translation}: side_words: missing required field",  # after what the file has
    ]
