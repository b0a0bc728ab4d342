"""The language: chosen from the environment or --language, one catalogue for every layer."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from stretchplayer.core import i18n, wording
from tests.helpers import run_cli

SHIPPED = ("de", "en", "es", "fr")
ROOT = Path(__file__).resolve().parent.parent


def test_the_four_languages_are_shipped() -> None:
    assert set(SHIPPED) <= set(i18n.available())


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANG": "es_MX.UTF-8"}, "es"),
        ({"LC_ALL": "fr_CA.UTF-8", "LANG": "de_DE.UTF-8"}, "fr"),
        ({"LANGUAGE": "ja:fr", "LANG": "de_DE.UTF-8"}, "fr"),
        ({"LANG": "ja_JP.UTF-8"}, "en"),
    ],
)
def test_the_environment_chooses_as_gettext_does(environ: dict[str, str], expected: str) -> None:
    assert i18n.from_environment(environ) == expected


def test_language_overrides_the_environment_and_unknown_codes_fall_back_with_one_line() -> None:
    assert i18n.choose("es", {"LANG": "de_DE.UTF-8"}) == ("es", "")
    assert i18n.choose("system", {"LANG": "de_DE.UTF-8"}) == ("de", "")
    code, notice = i18n.choose("xx")
    assert code == "en"
    assert notice.startswith("unknown language 'xx'; using English (available: de, en, es, fr")


def test_plurals_follow_each_language() -> None:
    assert [wording.poses(n) for n in (0, 1, 2)] == ["0 poses", "1 pose", "2 poses"]
    i18n.set_language("de")
    assert [wording.poses(n) for n in (0, 1, 2)] == ["0 Übungen", "1 Übung", "2 Übungen"]
    i18n.set_language("fr")  # French counts 0 as singular
    assert [wording.breaths(n) for n in (0, 1, 2)] == [
        "0 respiration",
        "1 respiration",
        "2 respirations",
    ]


def test_the_command_line_speaks_the_language_asked_for() -> None:
    result = run_cli("--language", "de", "plan", "--breath-in", "99")
    assert result.returncode == 2
    assert result.stderr == (
        "stretchplayer plan: Fehler: Argument --breath-in: erwartet 1 bis 30 Sekunden, "
        "erhalten: '99' (siehe --help)\n"
    )
    helped = run_cli("plan", "--help", env={"LANG": "es_ES.UTF-8"})
    assert "mostrar esta ayuda y salir" in helped.stdout
    unknown = run_cli("--language", "xx", "list", "--json")
    assert unknown.returncode == 0
    assert unknown.stderr.count("\n") == 1
    assert "unknown language 'xx'; using English" in unknown.stderr


def _messages(path: Path) -> list[ElementTree.Element]:
    return list(ElementTree.parse(path).getroot().iter("message"))


@pytest.mark.parametrize("code", i18n.available())  # a language added later is checked too
def test_every_catalogue_is_complete_with_nothing_obsolete(code: str, tmp_path: Path) -> None:
    """Run lupdate on today's sources into a copy: nothing new, nothing vanished, nothing
    unfinished. (`pyside6-lupdate` is the tool that reports untranslated strings.)"""
    lupdate = str(Path(sys.executable).parent / "pyside6-lupdate")
    shipped = i18n.catalogue_path(code)
    copy = tmp_path / shipped.name
    shutil.copy(shipped, copy)
    extra = ["-pluralonly"] if code == i18n.SOURCE else []
    subprocess.run(
        [
            lupdate,
            "-extensions",
            "py",
            "-locations",
            "none",
            *extra,
            "stretchplayer",
            "-ts",
            str(copy),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=120,
    )
    for message in _messages(copy):
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") is None, f"{code}: {translation.get('type')}: {source!r}"
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        assert all(forms), f"{code}: empty translation of {source!r}"
        # The same %-placeholders in the translation as in the source (a plural form may
        # spell its number out: "ein Problem" for "%n problem(s)").
        wanted = sorted(re.findall(r"%(?:\([a-z_]+\))?[sr]", source or ""))
        for form in forms:
            assert sorted(re.findall(r"%(?:\([a-z_]+\))?[sr]", form or "")) == wanted, source
            if message.get("numerus") != "yes":
                assert ("%n" in (form or "")) == ("%n" in (source or "")), source


def test_the_built_in_routine_is_named_in_the_language_and_answers_to_its_english_name() -> None:
    from stretchplayer.storage.routines import find_routine, with_builtin

    ids = ["a", "b", "c", "d", "e", "f", "g"]
    assert with_builtin([], ids)[0].name == "All seven"
    i18n.set_language("de")
    routines = with_builtin([], ids)
    assert routines[0].name == "Alle sieben"
    assert find_routine(routines, "All seven") is routines[0]  # remembered before the switch
