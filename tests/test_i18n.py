"""The language: chosen from the environment or --language, one catalogue for every layer."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
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
    # On a German desktop, a code that is not shipped falls back to German, and says so in it.
    assert i18n.choose("xx", {"LANG": "de_DE.UTF-8"}) == (
        "de",
        "unbekannte Sprache 'xx'; es wird Deutsch verwendet (verfügbar: de, en, es, fr)",
    )


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


@pytest.mark.parametrize("code", i18n.available())
def test_the_words_for_a_session_skipped_through_fit_the_closing_words_time(code: str) -> None:
    """The closing slot is planned for "Well done…"; what replaces it must be said in less."""
    i18n.set_language(code)
    assert wording.skipped_through() != wording.well_done()
    assert len(wording.skipped_through()) < len(wording.well_done()) / 2


# -- plural rules: a language added with a .ts file alone counts right --------------------------


def _catalogue(code: str, forms: list[str]) -> str:
    numerus = "".join(f"<numerusform>{form}</numerusform>" for form in forms)
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{code}"><context><name>wording</name>'
        '<message numerus="yes"><source>%n pose(s)</source>'
        f"<translation>{numerus}</translation></message></context></TS>\n"
    )


@pytest.fixture
def catalogues(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A catalogue folder of our own, as a translator's checkout would have it."""
    folder = tmp_path / "i18n"
    shutil.copytree(i18n.catalogue_dir(), folder)
    monkeypatch.setattr(i18n, "catalogue_dir", lambda: folder)
    i18n.available.cache_clear()
    yield folder
    i18n.available.cache_clear()


@pytest.mark.parametrize(
    ("code", "forms", "expected"),
    [
        # Polish: 1, 2-4 (not 12-14), the rest.
        (
            "pl",
            ["%n ćwiczenie", "%n ćwiczenia", "%n ćwiczeń"],
            {
                1: "1 ćwiczenie",
                3: "3 ćwiczenia",
                5: "5 ćwiczeń",
                13: "13 ćwiczeń",
                22: "22 ćwiczenia",
            },
        ),
        # Romanian, a rule no shipped language uses: 1, 0 and 2-19 (by hundreds), the rest.
        (
            "ro",
            ["%n exercițiu", "%n exerciții", "%n de exerciții"],
            {1: "1 exercițiu", 0: "0 exerciții", 119: "119 exerciții", 20: "20 de exerciții"},
        ),
        # Japanese: one form for every count.
        ("ja", ["%n ポーズ"], {0: "0 ポーズ", 1: "1 ポーズ", 7: "7 ポーズ"}),
        # Brazilian Portuguese counts 0 as singular, as French does.
        ("pt_BR", ["%n postura", "%n posturas"], {0: "0 postura", 1: "1 postura", 2: "2 posturas"}),
    ],
)
def test_a_language_added_as_a_catalogue_alone_gets_its_plurals_right(
    catalogues: Path, code: str, forms: list[str], expected: dict[int, str]
) -> None:
    (catalogues / f"stretchplayer_{code}.ts").write_text(_catalogue(code, forms), encoding="utf-8")
    assert code in i18n.available()
    i18n.set_language(code.lower())  # as a locale name spells it: pt_br finds pt_BR
    assert i18n.language() == code
    assert {n: wording.poses(n) for n in expected} == expected


@pytest.mark.parametrize(
    ("code", "counts"),
    [
        ("ru", {1: 0, 2: 1, 4: 1, 5: 2, 11: 2, 12: 2, 21: 0, 22: 1, 111: 2}),
        ("cs", {1: 0, 2: 1, 4: 1, 5: 2, 22: 2}),
        ("lt", {1: 0, 2: 1, 10: 2, 11: 2, 21: 0, 29: 1}),
        ("lv", {0: 2, 1: 0, 2: 1, 11: 1, 21: 0}),
        ("sl", {1: 0, 2: 1, 3: 2, 5: 3, 101: 0, 102: 1}),
        ("ar", {0: 0, 1: 1, 2: 2, 3: 3, 10: 3, 11: 4, 99: 4, 100: 5, 102: 5, 103: 3}),
        ("cy", {0: 0, 1: 1, 2: 2, 5: 2, 6: 3, 7: 4}),
        ("ga", {1: 0, 2: 1, 3: 2}),
        ("gd", {1: 0, 11: 0, 2: 1, 12: 1, 3: 2, 19: 2, 20: 3}),
        ("mt", {1: 0, 0: 1, 10: 1, 11: 2, 19: 2, 20: 3}),
        ("is", {1: 0, 11: 1, 21: 0, 2: 1}),
        ("mk", {1: 0, 2: 1, 3: 2, 11: 0}),
        ("fr", {0: 0, 1: 0, 2: 1}),
        ("de", {0: 1, 1: 0, 2: 1}),
        ("zh", {0: 0, 1: 0, 2: 0}),
    ],
)
def test_the_plural_rules_pick_qts_forms(code: str, counts: dict[int, int]) -> None:
    rule = i18n.plural_rule(code)
    assert {n: rule(n) for n in counts} == counts


def test_a_language_without_a_known_rule_counts_as_english_does(
    caplog: pytest.LogCaptureFixture,
) -> None:
    rule = i18n.plural_rule("xx")
    assert [rule(n) for n in (0, 1, 2)] == [1, 0, 1]
    assert "no plural rule is known for 'xx'" in caplog.text


def test_every_plural_rule_has_as_many_forms_as_lupdate_gives_the_language(
    tmp_path: Path,
) -> None:
    """The table in core/i18n.py and Qt's (which decides how many forms a new catalogue gets)
    agree for every language in ours: one lupdate run fills an empty catalogue per language."""
    source = tmp_path / "plural.py"
    source.write_text('c = Context("c")\nc.tr("%n pose(s)", "", 3)\n', encoding="utf-8")
    files = []
    for code in sorted(i18n.PLURAL_FAMILIES):
        files.append(tmp_path / f"t_{code}.ts")
        files[-1].write_text(
            f'<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1" language="{code}"></TS>\n',
            encoding="utf-8",
        )
    lupdate = str(Path(sys.executable).parent / "pyside6-lupdate")
    subprocess.run(
        [lupdate, "-extensions", "py", str(source), "-ts", *map(str, files)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    wrong = {}
    for code, file in zip(sorted(i18n.PLURAL_FAMILIES), files, strict=True):
        given = file.read_text(encoding="utf-8").count("<numerusform")
        rule = i18n.plural_rule(code)
        ours = max(rule(n) for n in range(1000)) + 1
        if given != ours:
            wrong[code] = (given, ours)
    assert len(files) > 100
    assert wrong == {}
