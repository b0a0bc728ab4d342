from __future__ import annotations

import json
import os
from dataclasses import fields, replace
from datetime import datetime
from pathlib import Path

import pytest

from stretchplayer.storage.settings import RULES, Settings, load_settings, save_settings
from tests.helpers import linked_to_dotfiles

NOW = datetime(2026, 3, 14, 7, 30, 5)


@pytest.fixture
def file(stretchplayer_home: Path) -> Path:
    return stretchplayer_home / "settings.json"


def written(path: Path) -> object:
    return json.loads(path.read_text(encoding="utf-8"))


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "settings.json")


def test_first_run_gives_defaults_quietly_and_writes_nothing(file: Path) -> None:
    settings, warnings = load_settings(file)
    assert settings == Settings()
    assert warnings == []
    assert not file.exists()


def test_every_setting_survives_a_round_trip(file: Path) -> None:
    changed = Settings(
        breath_in=5.5,
        breath_out=6.0,
        countdown=3.0,
        rest=20.0,
        first_side="left",
        voice_enabled=False,
        voice_id="english-us",
        voice_rate=150,
        voice_volume=0.5,
        verbosity="chimes",
        spoken_breaths=0,
        chimes=False,
        selected_poses=["half-split", "calf-stretch"],
        theme="dark",
        keep_awake=False,
        day_start=0,
        show_streak=False,
        language="de",
        routine="Morning",
        library="/home/me/poses.json",
        window_geometry="AdnQywADAAA=",
        splitter_sizes=[300, 900],
        reduce_motion=True,
    )
    # Every field differs from its default, so this really exercises each one.
    assert all(getattr(changed, f.name) != getattr(Settings(), f.name) for f in fields(Settings))
    save_settings(changed, file)
    assert load_settings(file) == (changed, [])


def test_default_path_is_under_the_home_variable(stretchplayer_home: Path) -> None:
    save_settings(Settings(breath_in=6.0))
    assert (stretchplayer_home / "settings.json").exists()
    assert load_settings()[0].breath_in == 6.0


def test_only_values_that_differ_from_the_defaults_are_written(file: Path) -> None:
    save_settings(Settings(), file)
    assert written(file) == {}
    save_settings(Settings(breath_in=5.0, selected_poses=["lizard-pose"]), file)
    assert written(file) == {"breath_in": 5.0, "selected_poses": ["lizard-pose"]}
    # Going back to a default drops the key, so a better default in a later version applies.
    save_settings(Settings(selected_poses=["lizard-pose"]), file)
    assert written(file) == {"selected_poses": ["lizard-pose"]}


def test_unknown_keys_survive_a_save(file: Path) -> None:
    file.write_text(
        json.dumps({"future_option": {"nested": [1, 2]}, "breath_in": 5, "zzz": None}),
        encoding="utf-8",
    )
    settings, warnings = load_settings(file)
    assert warnings == []
    save_settings(replace(settings, rest=30.0), file)
    assert written(file) == {
        "breath_in": 5.0,
        "rest": 30.0,
        "future_option": {"nested": [1, 2]},
        "zzz": None,
    }


def test_a_bad_value_stays_in_the_file_as_written_when_another_setting_is_saved(
    file: Path,
) -> None:
    file.write_text(json.dumps({"breath_in": "slow", "rest": 1e9, "mystery": 1}), encoding="utf-8")
    settings, warnings = load_settings(file)
    assert len(warnings) == 2
    save_settings(replace(settings, voice_enabled=False), file)
    assert written(file) == {"voice_enabled": False, "breath_in": "slow", "rest": 1e9, "mystery": 1}
    # Still unusable, still said: the save changed nothing about it.
    assert load_settings(file)[0].breath_in == Settings().breath_in


def test_a_bad_value_gives_way_once_that_setting_is_set_anew(file: Path) -> None:
    file.write_text(json.dumps({"breath_in": "slow", "rest": 1e9}), encoding="utf-8")
    settings, _ = load_settings(file)
    save_settings(replace(settings, breath_in=6.0), file)
    assert written(file) == {"breath_in": 6.0, "rest": 1e9}
    assert load_settings(file)[1] != []


def test_a_bad_value_gives_way_once_that_setting_is_set_even_to_its_default(file: Path) -> None:
    file.write_text(json.dumps({"breath_in": "slow", "rest": 1e9}), encoding="utf-8")
    settings, _ = load_settings(file)
    save_settings(settings, file, set_here={"breath_in"})
    assert written(file) == {"rest": 1e9}


@pytest.mark.parametrize("there", [True, False], ids=["linked", "dangling"])
def test_a_linked_settings_file_is_saved_where_the_link_points(
    file: Path, tmp_path: Path, there: bool
) -> None:
    """Settings kept with the person's dotfiles: the first save replaced the link with a file."""
    target = linked_to_dotfiles(file, tmp_path / "dotfiles", "stretchplayer.json")
    if there:
        target.write_text(json.dumps({"rest": 5.0, "mystery": 1}), encoding="utf-8")
    settings, warnings = load_settings(file)
    assert warnings == []
    save_settings(replace(settings, breath_in=6.0), file)
    assert file.is_symlink() and file.resolve() == target
    expected = {"breath_in": 6.0, "rest": 5.0, "mystery": 1} if there else {"breath_in": 6.0}
    assert written(target) == expected
    assert [p.name for p in file.parent.iterdir()] == [file.name]  # no temporary file left


def test_nan_written_by_hand_survives_a_save_as_written(file: Path) -> None:
    file.write_text('{"breath_in": NaN, "future": Infinity}', encoding="utf-8")
    settings, _ = load_settings(file)
    save_settings(replace(settings, rest=30.0), file)
    text = file.read_text(encoding="utf-8")
    assert '"breath_in": NaN' in text and '"future": Infinity' in text
    assert load_settings(file)[0].rest == 30.0


def test_whole_numbers_are_accepted_where_decimals_are_expected(file: Path) -> None:
    file.write_text('{"breath_in": 5, "voice_rate": 180.0}', encoding="utf-8")
    settings, warnings = load_settings(file)
    assert warnings == []
    assert settings.breath_in == 5.0
    assert isinstance(settings.breath_in, float)
    assert settings.voice_rate == 180
    assert isinstance(settings.voice_rate, int)


@pytest.mark.parametrize(
    ("key", "bad", "expected"),
    [
        ("breath_in", "slow", "expected a number from 1 to 30 seconds"),
        ("breath_in", True, "expected a number from 1 to 30 seconds"),
        ("breath_out", 0, "expected a number from 1 to 30 seconds"),
        ("countdown", -1, "expected a number from 0 to 300 seconds"),
        ("countdown", 10**400, "expected a number from 0 to 300 seconds"),
        ("voice_rate", 170.5, "expected a whole number from 50 to 400 words per minute"),
        ("voice_rate", "fast", "expected a whole number from 50 to 400 words per minute"),
        ("voice_volume", 2, "expected a number from 0 to 1"),
        ("first_side", "middle", 'expected one of "pose", "right", "left"'),
        ("verbosity", None, 'expected one of "full", "key", "chimes", "silent"'),
        ("voice_enabled", "yes", "expected true or false"),
        ("chimes", 1, "expected true or false"),
        ("spoken_breaths", -2, "expected a whole number from 0 to 100 breaths"),
        ("selected_poses", "calf-stretch", "expected null or a list of pose ids"),
        ("selected_poses", ["calf-stretch", 3], "expected null or a list of pose ids"),
        ("voice_id", 7, "expected a string"),
        ("theme", "", 'expected one of "system", "light", "dark"'),
        ("theme", "solarized", 'expected one of "system", "light", "dark"'),
    ],
    ids=lambda v: str(v)[:20],
)
def test_a_bad_value_falls_back_to_its_default_with_a_warning(
    file: Path, key: str, bad: object, expected: str
) -> None:
    file.write_text(json.dumps({key: bad, "rest": 25}), encoding="utf-8")
    settings, warnings = load_settings(file)
    assert getattr(settings, key) == getattr(Settings(), key)
    assert settings.rest == 25.0, "one bad value must not cost the others"
    [warning] = warnings
    assert "\n" not in warning
    assert warning.startswith(f"{file}: {key}: {expected}")
    assert "using the default" in warning
    assert file.read_text(encoding="utf-8") == json.dumps({key: bad, "rest": 25})


def test_nan_from_a_hand_edit_is_refused(file: Path) -> None:
    file.write_text('{"breath_in": NaN}', encoding="utf-8")
    settings, [warning] = load_settings(file)
    assert settings.breath_in == 4.0
    assert "breath_in" in warning


def test_a_corrupt_file_is_moved_aside_and_defaults_are_used(file: Path) -> None:
    bad = b'{"breath_in": 5,\n  "rest": }\n'
    file.write_bytes(bad)
    settings, warnings = load_settings(file, now=NOW)
    assert settings == Settings()
    aside = file.with_name("settings.json.corrupt-20260314-073005")
    assert aside.read_bytes() == bad, "the person's text must still be there to recover"
    assert not file.exists()
    [warning] = warnings
    assert "\n" not in warning
    assert warning.startswith(f"{file}: 2:11: expected valid JSON")
    assert aside.name in warning
    assert "using defaults" in warning


@pytest.mark.parametrize(
    ("content", "place", "expected"),
    [
        (b"[1, 2]", "top level", "expected a JSON object, got a list"),
        (b"", "top level", "expected a JSON object, got an empty file"),
        (b'{"rest": "\xff"}', "byte 10", "expected UTF-8 text"),
    ],
)
def test_a_file_of_the_wrong_shape_is_moved_aside(
    file: Path, content: bytes, place: str, expected: str
) -> None:
    file.write_bytes(content)
    settings, [warning] = load_settings(file, now=NOW)
    assert settings == Settings()
    assert warning.startswith(f"{file}: {place}: {expected}")
    assert file.with_name("settings.json.corrupt-20260314-073005").read_bytes() == content


def test_corruption_twice_in_one_second_keeps_both_copies(file: Path) -> None:
    file.write_text("{first", encoding="utf-8")
    load_settings(file, now=NOW)
    file.write_text("{second", encoding="utf-8")
    load_settings(file, now=NOW)
    assert file.with_name("settings.json.corrupt-20260314-073005").read_text() == "{first"
    assert file.with_name("settings.json.corrupt-20260314-073005-2").read_text() == "{second"


def test_saving_after_a_corrupt_load_keeps_the_corrupt_copy(file: Path) -> None:
    file.write_text("{oops", encoding="utf-8")
    settings, _ = load_settings(file, now=NOW)
    save_settings(replace(settings, rest=12.0), file)
    assert load_settings(file) == (Settings(rest=12.0), [])
    assert leftovers(file.parent) == ["settings.json.corrupt-20260314-073005"]


def test_save_creates_the_folder_and_leaves_no_temporary_files(stretchplayer_home: Path) -> None:
    file = stretchplayer_home / "deep" / "er" / "settings.json"
    save_settings(Settings(rest=3.0), file)
    save_settings(Settings(rest=4.0), file)
    assert written(file) == {"rest": 4.0}
    assert leftovers(file.parent) == []


def test_a_failed_save_leaves_the_old_file_whole(
    file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_settings(Settings(breath_in=5.0), file)
    before = file.read_bytes()

    def refuse(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError, match="No space left"):
        save_settings(Settings(breath_in=7.0), file)
    monkeypatch.undo()
    assert file.read_bytes() == before
    assert leftovers(file.parent) == []
    assert load_settings(file)[0].breath_in == 5.0


def test_a_value_that_cannot_be_written_costs_nothing(file: Path) -> None:
    save_settings(Settings(breath_in=5.0), file)
    before = file.read_bytes()
    with pytest.raises(ValueError):
        save_settings(Settings(breath_in=float("nan")), file)
    assert file.read_bytes() == before
    assert leftovers(file.parent) == []


def test_every_setting_has_a_rule() -> None:
    assert set(RULES) == {f.name for f in fields(Settings)}
    for f in fields(Settings):
        assert RULES[f.name](getattr(Settings(), f.name)) == getattr(Settings(), f.name)


def test_a_corrupt_linked_settings_file_is_moved_aside_where_it_lives(
    file: Path, tmp_path: Path
) -> None:
    """The link stays, so the next save goes back with the person's dotfiles."""
    dotfiles = tmp_path / "dotfiles"
    target = linked_to_dotfiles(file, dotfiles, "stretchplayer.json")
    target.write_text("{not json", encoding="utf-8")
    settings, [warning] = load_settings(file, now=datetime(2026, 12, 5, 7, 0, 0))
    aside = dotfiles / "stretchplayer.json.corrupt-20261205-070000"
    assert aside.read_text(encoding="utf-8") == "{not json"  # kept, for the person to mend
    assert warning.startswith(f"{file}: ")
    assert f"moved it aside to {aside}; using defaults" in warning
    assert file.is_symlink() and not target.exists()
    save_settings(replace(settings, breath_in=6.0), file)
    assert file.is_symlink() and written(target) == {"breath_in": 6.0}
    assert sorted(p.name for p in file.parent.iterdir()) == [file.name]
