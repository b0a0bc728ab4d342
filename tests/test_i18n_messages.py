"""A person whose desktop speaks German reads no English: the file problems, the settings'
and routines' warnings, Python's own JSON messages, the history's and the speech engine's."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from stretchplayer.core import i18n
from stretchplayer.core.guest import ReadError, json_message, parse_json
from stretchplayer.storage.history import History
from stretchplayer.storage.jsonfile import MAX_BYTES, read_json_object
from stretchplayer.storage.routines import load_routines
from stretchplayer.storage.settings import load_settings
from tests.helpers import run_cli, shipped_library_data, write_json

GERMAN = {"LANG": "de_DE.UTF-8"}

# Broken JSON that makes Python's parser say each thing it can say (3.11 to 3.14).
BROKEN = [
    '{"a": 1,\n "b" 2}',  # ':' delimiter
    '{"a": 1\n "b": 2}',  # ',' delimiter
    '{"a": }',  # value
    "{a: 1}",  # property name
    '{"a": "open',  # unterminated string
    '{"a": "x\ty"}',  # control character
    '{"a": "\\q"}',  # escape
    '{"a": "\\u12"}',  # \\uXXXX escape
    "{} {}",  # extra data
    '{"a": 1,}',  # trailing comma (object)
    "[1, 2,]",  # trailing comma (array)
]


@pytest.mark.parametrize("text", BROKEN)
def test_pythons_json_messages_are_translated_and_english_stays_pythons_own(text: str) -> None:
    with pytest.raises(json.JSONDecodeError) as info:
        json.loads(text)
    python_says = info.value.msg
    if python_says != "Unterminated string starting at":  # said in our words: a dangling "at"
        assert json_message(python_says) == python_says  # English: exactly what Python said
    i18n.set_language("de")
    german = json_message(python_says)
    assert german != python_says
    assert not any(word in german for word in ("Expecting", "Invalid", "Extra", "Illegal"))
    with pytest.raises(ReadError) as read:
        parse_json(text.encode())
    assert read.value.kind == ReadError.INVALID_JSON
    assert read.value.place == f"{info.value.lineno}:{info.value.colno}"  # the place is kept
    assert read.value.message.startswith("ungültiges JSON: ")
    assert not any(word in read.value.message for word in ("Expecting", "Invalid", "expected"))


def test_an_unknown_json_message_is_shown_as_python_wrote_it() -> None:
    i18n.set_language("de")
    assert json_message("Something new in Python 3.20") == "Something new in Python 3.20"


def test_validate_in_german_names_the_file_and_the_place(tmp_path: Path) -> None:
    broken = tmp_path / "poses.json"
    broken.write_text('{"version": 1\n  "about": {}}', encoding="utf-8")
    result = run_cli("validate", str(broken), env=GERMAN)
    assert result.returncode == 1
    assert result.stderr == f"{broken}: 2:3: ungültiges JSON: ',' oder '}}' erwartet\n"

    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    result = run_cli("--language", "de", "validate", str(fifo), timeout=30)
    assert result.returncode == 1
    assert result.stderr == f"{fifo}: erwartet eine normale Datei, erhalten: eine Pipe (FIFO)\n"

    large = tmp_path / "large.json"
    large.write_bytes(b" " * (2 * 1024 * 1024))
    result = run_cli("--language", "de", "validate", str(large))
    assert result.returncode == 1
    assert result.stderr == (
        f"{large}: die Datei ist größer als 1.048.576 Bytes; erwartet höchstens so viel\n"
    )


def test_validate_in_german_reports_a_library_nested_too_deep_or_with_control_characters(
    tmp_path: Path,
) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 40 + "]" * 40, encoding="utf-8")
    result = run_cli("--language", "de", "validate", str(deep))
    assert result.stderr == (
        f"{deep}: 1:33: mehr als 32 Ebenen tief verschachtelt; erwartet eine flachere Datei\n"
    )
    data = shipped_library_data()
    data["poses"][0]["name"] = "Calf\x1b[2J"
    library = write_json(tmp_path / "poses.json", data)
    result = run_cli("--language", "de", "validate", str(library))
    assert result.returncode == 1
    assert result.stderr == (
        f"{library}: poses[0] (calf-stretch).name: Zeichen 5 ist ein Steuerzeichen (U+001B); "
        "erwartet reinen Text\n"
    )


def test_a_german_settings_file_with_bad_values_warns_in_german(stretchplayer_home: Path) -> None:
    file = write_json(stretchplayer_home / "settings.json", {"theme": "solarized", "breath_in": 99})
    result = run_cli("plan", "--poses", "calf-stretch", env=GERMAN)
    assert result.returncode == 0
    assert result.stderr.splitlines() == [
        f"stretchplayer: {file}: breath_in: erwartet eine Zahl von 1 bis 30 Sekunden, "
        "erhalten: 99; der Standardwert 4.0 wird verwendet",
        f'stretchplayer: {file}: theme: erwartet eines von "system", "light", "dark", '
        'erhalten: "solarized"; der Standardwert "system" wird verwendet',
    ]


def test_a_settings_file_that_is_not_json_is_reported_in_the_language_in_use(
    stretchplayer_home: Path,
) -> None:
    """storage/jsonfile.py words a syntax error by its kind, not by parsing English words."""
    file = stretchplayer_home / "settings.json"
    file.write_text('{"theme" "dark"}', encoding="utf-8")
    i18n.set_language("fr")
    _, [warning] = load_settings(file)
    aside = next(stretchplayer_home.glob("settings.json.corrupt-*"))
    assert warning == (
        f"{file}: 1:10: JSON valide attendu (deux-points attendu) ; "
        f"mis de côté sous le nom {aside.name} ; valeurs par défaut utilisées"
    )
    file.write_bytes(b" " * (MAX_BYTES + 1))
    i18n.set_language("es")
    _, warning_es = read_json_object(file)
    assert warning_es is not None
    assert warning_es.startswith(
        f"{file}: nivel superior: el archivo ocupa más de 1.048.576 bytes;"
    )
    assert warning_es.endswith("; se usan los valores predeterminados")


def test_routines_warnings_are_in_german(stretchplayer_home: Path) -> None:
    file = write_json(
        stretchplayer_home / "routines.json",
        {"routines": {"Morgens": {"poses": ["half-split"], "breaths": {"half-split": 0}}}},
    )
    i18n.set_language("de")
    routines, warnings = load_routines(file)
    assert [r.name for r in routines] == ["Morgens"]
    assert warnings == [
        f'{file}: routines."Morgens".breaths."half-split": erwartet eine ganze Zahl von 1 bis '
        "100, erhalten: 0; der Wert der Bibliothek wird verwendet"
    ]


def test_a_history_that_is_a_device_warns_in_german(stretchplayer_home: Path) -> None:
    file = stretchplayer_home / "history.sqlite3"
    file.symlink_to("/dev/zero")
    i18n.set_language("de")
    with History(file) as history:
        assert history.warnings == [
            f"{file}: kann den Verlauf nicht öffnen (erwartet eine normale Datei, erhalten: "
            "ein Gerät); die Einheiten dieses Laufs werden nicht gespeichert"
        ]


def _english_phrases(text: str) -> set[str]:
    """Every run of four plain lowercase words in a help text: a sentence, not an option."""
    words = text.split()
    return {
        " ".join(run)
        for run in (words[i : i + 4] for i in range(len(words) - 3))
        if all(re.fullmatch(r"[a-z]+", word) for word in run)
    }


@pytest.mark.parametrize("command", ["figure", "routines", "validate", "plan"])
def test_a_commands_help_in_german_has_no_english_sentence_left(command: str) -> None:
    english = run_cli(command, "--help")
    german = run_cli(command, "--help", env=GERMAN)
    assert english.returncode == german.returncode == 0
    phrases = _english_phrases(english.stdout)
    assert len(phrases) > 5  # the English help has sentences to compare
    flat = " ".join(german.stdout.split())
    assert sorted(p for p in phrases if p in flat) == []


def test_the_figure_command_speaks_german(tmp_path: Path) -> None:
    helped = run_cli("--language", "de", "figure", "--help").stdout
    assert "Bildbreite (Standard 880)" in helped
    assert "beim Halten der Atem von 0 (Lunge leer) bis 1 (voll)" in helped
    commands = run_cli("--language", "de", "--help").stdout
    assert "die Figur einer Übung als PNG oder SVG zeichnen" in commands

    out = tmp_path / "figur.svg"
    wrong = run_cli(
        "--language", "de", "figure", "--pose", "half-split", "--breath", "2", "--out", str(out)
    )
    assert wrong.returncode == 2
    assert "Argument --breath: erwartet eine Zahl von 0 bis 1, erhalten: '2'" in wrong.stderr
    steps = run_cli(
        "--language", "de", "figure", "--pose", "calf-stretch", "--step", "99", "--out", str(out)
    )
    assert steps.returncode == 1
    assert re.fullmatch(
        r"stretchplayer: --step: erwartet 1 bis \d+ für calf-stretch, erhalten: 99\n", steps.stderr
    )
    kind = run_cli(
        "--language", "de", "figure", "--pose", "calf-stretch", "--out", str(tmp_path / "f.gif")
    )
    assert kind.stderr == (
        "stretchplayer: --out: erwartet einen Dateinamen auf .png oder .svg, erhalten: f.gif\n"
    )
    drawn = run_cli(
        "--language",
        "de",
        "figure",
        "--pose",
        "half-split",
        "--step",
        "2",
        "--side",
        "left",
        "--out",
        str(out),
    )
    assert drawn.returncode == 0, drawn.stderr
    assert drawn.stdout == f"{out}: half-split, Schritt 2, linke Seite\n"
    assert out.read_bytes().startswith(b"<?xml")


def test_a_speech_engine_that_fails_is_reported_in_german(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from stretchplayer.cli.main import main
    from stretchplayer.voice import render_worker
    from stretchplayer.voice.tts import EngineError, describe_failure

    def broken(self: object, *args: object, **kwargs: object) -> None:
        raise EngineError(describe_failure(OSError("libespeak-ng.so.1: cannot open shared object")))

    monkeypatch.setattr(render_worker.BlockingVoice, "__init__", broken)
    assert main(["--language", "de", "plan", "--voice", "--poses", "calf-stretch"]) == 0
    _, err = capsys.readouterr()
    assert err.splitlines() == [
        "stretchplayer: --voice: die Sprachbibliothek espeak-ng konnte nicht geladen werden "
        "(unter Debian oder Ubuntu: sudo apt-get install libespeak-ng1); "
        "die Einheit läuft ohne Ton weiter."
    ]


def test_the_voices_and_the_sounds_notices_are_in_french() -> None:
    from stretchplayer.voice.output import (
        SoundNotice,
        back_notice,
        lost_notice,
        output_program_problem,
    )
    from stretchplayer.voice.tts import EngineError, check_pyttsx3_version, describe_failure

    i18n.set_language("fr")
    with pytest.raises(EngineError) as info:
        check_pyttsx3_version("2.90")
    assert str(info.value) == (
        "pyttsx3 2.90 est installé, mais la voix de StretchPlayer a besoin de pyttsx3 2.99 "
        "(pip install pyttsx3==2.99)"
    )
    assert describe_failure(RuntimeError("boom")) == "le moteur vocal a échoué : 'boom'"
    assert output_program_problem(["no-such-sound-program"]) == (
        "le programme de son no-such-sound-program n'est pas installé "
        "(sous Debian ou Ubuntu : sudo apt-get install pulseaudio-utils)"
    )
    assert lost_notice("x").startswith("Pas de son : x. La séance continue en silence")
    assert back_notice() == SoundNotice("Le son est revenu.", back=True)


def test_a_broken_figures_file_is_reported_in_german(tmp_path: Path) -> None:
    library = write_json(tmp_path / "poses.json", shipped_library_data())
    figures = write_json(
        tmp_path / "poses.figures.json",
        {"version": 1, "figures": [{"pose": "calf-stretch", "steps": [], "hold": {}}]},
    )
    result = run_cli("--language", "de", "validate", str(library))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{figures}: figures[0] (calf-stretch).steps: erwartet eine nicht leere Liste von "
        "Schlüsselbildern, erhalten: eine leere Liste",
        f"{figures}: figures[0] (calf-stretch).stretched: Pflichtfeld fehlt",
    ]


def test_plan_names_each_kind_of_cue_in_german_and_keeps_its_json_names() -> None:
    english = run_cli("plan", "--poses", "calf-stretch").stdout.splitlines()
    german = run_cli("--language", "de", "plan", "--poses", "calf-stretch").stdout.splitlines()
    assert english[0].split()[1] == "countdown"
    assert [line.split()[1] for line in german[:5]] == ["Countdown"] * 4 + ["Übung"]
    assert {line.split()[1] for line in german[:-1]} >= {"Schritt", "Halten", "Atem", "Ende"}
    planned = json.loads(run_cli("--language", "de", "plan", "--json").stdout)
    assert {cue["kind"] for cue in planned["cues"]} >= {"countdown", "pose", "breath", "done"}


def test_numbers_are_grouped_as_each_language_writes_them() -> None:
    assert i18n.grouped(1048576) == "1,048,576"
    i18n.set_language("de")
    assert i18n.grouped(1048576) == "1.048.576"
    i18n.set_language("fr")
    assert i18n.grouped(4300) == "4\u202f300"
    assert i18n.grouped(999) == "999"
