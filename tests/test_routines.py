from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from stretchplayer.storage.routines import Routine, load_routines, save_routines
from stretchplayer.storage.settings import Settings
from tests.helpers import write_json

NOW = datetime(2026, 3, 14, 7, 30, 5)
MORNING = Routine("Morning", ["calf-stretch", "standing-forward-fold"], {"breath_in": 5.0})
EVENING = Routine("Evening", ["seated-forward-fold", "supine-hamstring-stretch"])


@pytest.fixture
def file(stretchplayer_home: Path) -> Path:
    return stretchplayer_home / "routines.json"


def test_no_file_no_routines(file: Path) -> None:
    assert load_routines(file) == ([], [])


def test_routines_survive_a_round_trip_in_order(stretchplayer_home: Path) -> None:
    save_routines([MORNING, EVENING])
    assert load_routines() == ([MORNING, EVENING], [])
    assert json.loads((stretchplayer_home / "routines.json").read_text(encoding="utf-8")) == {
        "routines": {
            "Morning": {
                "poses": ["calf-stretch", "standing-forward-fold"],
                "pacing": {"breath_in": 5.0},
            },
            "Evening": {"poses": ["seated-forward-fold", "supine-hamstring-stretch"]},
        }
    }


def test_a_routine_applies_its_poses_and_pacing_over_the_settings() -> None:
    settings = Settings(breath_out=6.0, voice_rate=150)
    applied = MORNING.apply(settings)
    assert applied.selected_poses == ["calf-stretch", "standing-forward-fold"]
    assert applied.breath_in == 5.0
    assert applied.breath_out == 6.0
    assert applied.voice_rate == 150


def test_a_bad_routine_is_skipped_and_a_bad_override_ignored(file: Path) -> None:
    file.write_text(
        json.dumps(
            {
                "routines": {
                    "Broken": {"poses": "calf-stretch"},
                    "Quick": {
                        "poses": ["pyramid-pose"],
                        "pacing": {"breath_in": 99, "rest": 5, "voice_rate": 200},
                    },
                }
            }
        ),
        encoding="utf-8",
    )
    routines, warnings = load_routines(file)
    assert routines == [Routine("Quick", ["pyramid-pose"], {"rest": 5.0})]
    assert warnings == [
        f'{file}: routines."Broken".poses: expected a non-empty list of pose ids, got a string;'
        " skipped this routine",
        f'{file}: routines."Quick".pacing.breath_in: expected a number from 1 to 30 seconds,'
        " got 99; ignored",
        f'{file}: routines."Quick".pacing.voice_rate: expected one of breath_in, breath_out,'
        " countdown, rest, first_side, spoken_breaths; ignored",
    ]


def test_unknown_top_level_keys_survive_a_save(file: Path) -> None:
    file.write_text('{"version": 2, "shared_with": ["a"], "routines": {}}', encoding="utf-8")
    save_routines([EVENING], file)
    data = json.loads(file.read_text(encoding="utf-8"))
    assert data["version"] == 2
    assert data["shared_with"] == ["a"]
    assert list(data["routines"]) == ["Evening"]


def test_a_routine_that_cannot_be_read_survives_saving_another(file: Path) -> None:
    """It is never offered, so nothing replaced or deleted it: a save had dropped it for good."""
    bad = {"poses": "calf-stretch"}  # a string, not a list
    file.write_text(
        json.dumps({"routines": {"Typo": bad, "Morning": {"poses": ["calf-stretch"]}}}),
        encoding="utf-8",
    )
    routines, warnings = load_routines(file)
    assert [r.name for r in routines] == ["Morning"] and len(warnings) == 1
    save_routines([EVENING], file)  # Morning deleted, Evening saved
    data = json.loads(file.read_text(encoding="utf-8"))
    assert data["routines"] == {
        "Evening": {"poses": EVENING.poses},
        "Typo": bad,
    }
    save_routines([Routine("Typo", ["half-split"])], file)  # saved over by name: replaced
    data = json.loads(file.read_text(encoding="utf-8"))
    assert data["routines"] == {"Typo": {"poses": ["half-split"]}}


def test_bad_overrides_stay_in_the_file_as_written_when_routines_are_saved(file: Path) -> None:
    """Unusable, but the person's: ignored with a warning, never dropped by a save."""
    typo = {
        "poses": ["calf-stretch"],
        "pacing": {"breath_in": 5, "rest": 1e9, "tempo": 3},
        "breaths": {"calf-stretch": 6, "x": "x"},
        "note": "after work",
    }
    odd = {"poses": ["half-split"], "pacing": "fast", "breaths": [1]}
    file.write_text(json.dumps({"routines": {"Typo": typo, "Odd": odd}}), encoding="utf-8")
    routines, warnings = load_routines(file)
    assert len(warnings) == 5
    save_routines([*routines, EVENING], file)  # another routine saved
    routines, _ = load_routines(file)
    save_routines([r if r.name != "Typo" else replace(r, name="Later") for r in routines], file)
    data = json.loads(file.read_text(encoding="utf-8"))
    assert data["routines"] == {
        "Later": {**typo, "pacing": {"breath_in": 5.0, "rest": 1e9, "tempo": 3}},
        "Odd": odd,
        "Evening": {"poses": EVENING.poses},
    }
    assert len(load_routines(file)[1]) == 5, "still unusable, still said"


def test_a_bad_override_gives_way_once_that_very_value_is_set_anew(file: Path) -> None:
    entry = {"poses": ["calf-stretch"], "pacing": {"rest": 1e9, "countdown": -1}, "breaths": []}
    file.write_text(json.dumps({"routines": {"Typo": entry}}), encoding="utf-8")
    [routine], _ = load_routines(file)
    mended = replace(routine, pacing={"rest": 30.0}, breaths={"calf-stretch": 4})
    save_routines([mended], file)
    data = json.loads(file.read_text(encoding="utf-8"))
    assert data["routines"]["Typo"] == {
        "poses": ["calf-stretch"],
        "pacing": {"rest": 30.0, "countdown": -1},
        "breaths": {"calf-stretch": 4},
    }


def test_a_corrupt_file_is_moved_aside(file: Path) -> None:
    file.write_text('{"routines": {"Morning": ', encoding="utf-8")
    routines, [warning] = load_routines(file, now=NOW)
    assert routines == []
    aside = file.with_name("routines.json.corrupt-20260314-073005")
    assert aside.read_text(encoding="utf-8") == '{"routines": {"Morning": '
    assert warning.startswith(f"{file}: 1:26: expected valid JSON")
    assert "starting with no routines" in warning


def test_routines_of_the_wrong_shape_are_moved_aside(file: Path) -> None:
    file.write_text('{"routines": ["Morning"]}', encoding="utf-8")
    routines, [warning] = load_routines(file, now=NOW)
    assert routines == []
    assert warning.startswith(f"{file}: routines: expected an object of named routines")
    assert file.with_name("routines.json.corrupt-20260314-073005").exists()
    assert not file.exists()


def test_two_routines_with_one_name_are_refused_before_writing(file: Path) -> None:
    save_routines([MORNING], file)
    before = file.read_bytes()
    with pytest.raises(ValueError, match="Morning"):
        save_routines([MORNING, Routine("Morning", ["half-split"])], file)
    assert file.read_bytes() == before


def test_breath_counts_survive_a_round_trip_and_bad_ones_are_dropped(file: Path) -> None:
    short = Routine("Short", ["half-split"], {}, {"half-split": 4})
    save_routines([short], file)
    assert load_routines(file) == ([short], [])
    file.write_text(
        json.dumps({"routines": {"S": {"poses": ["half-split"], "breaths": {"half-split": 0}}}}),
        encoding="utf-8",
    )
    [routine], [warning] = load_routines(file)
    assert routine.breaths == {}
    assert 'breaths."half-split": expected a whole number from 1 to 100, got 0' in warning


def test_a_pose_listed_twice_is_done_once_and_said_once(file: Path) -> None:
    """The window lists each pose once: the command line must not play the routine longer."""
    write_json(
        file, {"routines": {"Twice": {"poses": ["calf-stretch", "half-split", "calf-stretch"]}}}
    )
    routines, warnings = load_routines(file)
    assert [r.poses for r in routines] == [["calf-stretch", "half-split"]]
    assert warnings == [
        f'{file}: routines."Twice".poses: expected each pose once, got calf-stretch more than'
        " once; done once"
    ]


def test_a_name_the_save_command_refuses_is_skipped_with_one_warning_and_kept(file: Path) -> None:
    """A hand-edited name of 100 000 characters flooded `routines` and the picker with one line."""
    long_name = "x" * 100_000
    file.write_text(
        json.dumps(
            {
                "routines": {
                    long_name: {"poses": ["calf-stretch"]},
                    "two\nlines": {"poses": ["calf-stretch"]},
                    "Morning": {"poses": ["calf-stretch"]},
                }
            }
        ),
        encoding="utf-8",
    )
    routines, warnings = load_routines(file)
    assert [r.name for r in routines] == ["Morning"]
    assert len(warnings) == 2 and all("at most 80 characters" in w for w in warnings)
    assert all(len(w) < 300 for w in warnings)  # the place is shortened too
    save_routines([EVENING], file)
    kept = json.loads(file.read_text(encoding="utf-8"))["routines"]
    assert set(kept) == {"Evening", long_name, "two\nlines"}
