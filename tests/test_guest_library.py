"""Every input is a guest (issue #10): a pose library from anyone gives one clear line per
problem with its place, never a traceback, a hang or an unbounded read.

The families measured in the issue are generated here: nesting depths, digit counts, code
points. A Hypothesis strategy of malformed JSON must only ever give the validation error.
"""

from __future__ import annotations

import copy
import json
import os
import stat
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stretchplayer.core.guest import (
    MAX_DEPTH,
    MAX_DIGITS,
    MAX_LINES,
    ReadError,
    parse_json,
    printable,
    read_limited,
    summarise,
    text_problem,
)
from stretchplayer.core.library import (
    MAX_BYTES,
    MAX_PROBLEMS,
    MAX_TEXT_CHARS,
    LibraryError,
    is_image_name,
    load_library,
    parse_library,
)
from tests.helpers import REPO, shipped_library_data, write_json

SHIPPED = (REPO / "data" / "poses.json").read_text(encoding="utf-8")


def terminal_safe(line: str) -> bool:
    """No character that moves a terminal's cursor, ends a line or reorders the text."""
    return not any(
        unicodedata.category(c) in ("Cc", "Cs", "Zl", "Zp")
        or 0x202A <= ord(c) <= 0x202E
        or 0x2066 <= ord(c) <= 0x2069
        for c in line
    )


def problems_of(raw: bytes | str) -> list[str]:
    data = raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else raw
    with pytest.raises(LibraryError) as info:
        parse_library(data, "poses.json")
    lines = [str(p) for p in info.value.problems]
    for line in lines:
        assert "\n" not in line and terminal_safe(line), line
    return lines


# -- nesting: anywhere in the file, at any depth past the limit ----------------------------------


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 999, 1000, 1001, 5000, 100_000])
@pytest.mark.parametrize("where", ["whole", "in a pose", "at the end"])
def test_deep_nesting_is_one_line_with_its_place(depth: int, where: str) -> None:
    deep = "[" * depth + "]" * depth
    if where == "whole":
        text = deep
    elif where == "in a pose":
        text = SHIPPED.replace('"equipment": []', f'"equipment": {deep}', 1)
    else:
        text = SHIPPED.rstrip()[:-1] + f', "extra": {deep}}}'
    assert deep in text
    [line] = problems_of(text)
    assert f"nested more than {MAX_DEPTH} deep" in line
    assert line.startswith("poses.json: ") and line.split(": ")[1].count(":") == 1  # line:col


def test_nesting_within_the_limit_is_checked_as_usual() -> None:
    depth = MAX_DEPTH - 3  # inside the document, the poses list and a pose
    text = SHIPPED.replace('"equipment": []', f'"equipment": {"[" * depth + "]" * depth}', 1)
    lines = problems_of(text)
    assert any("equipment[0]: expected a non-empty string, got a list" in s for s in lines)


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    data = shipped_library_data()
    data["poses"][0]["purpose"] = "[" * 900 + ' {"quoted \\" bracket ['
    library = parse_library(json.dumps(data).encode())
    assert library.poses[0].purpose.startswith("[[[")


# -- numbers: Python refuses to convert more than 4,300 digits -----------------------------------


@pytest.mark.parametrize("digits", [MAX_DIGITS + 1, 5000, 50_000, 500_000])
def test_a_number_with_too_many_digits_is_one_line(digits: int) -> None:
    text = SHIPPED.replace('"breaths": 10', f'"breaths": {"9" * digits}', 1)
    [line] = problems_of(text)
    assert f"a number with {digits:,} digits; expected at most {MAX_DIGITS:,}" in line


@pytest.mark.parametrize("digits", [20, 400, MAX_DIGITS])
def test_a_long_number_within_the_limit_is_out_of_range(digits: int) -> None:
    text = SHIPPED.replace('"breaths": 10', f'"breaths": {"9" * digits}', 1)
    [line] = problems_of(text)
    assert "hold.breaths: expected a whole number from 1 to 100" in line
    assert len(line) < 300  # the number is not quoted in full


# -- text that cannot be printed, shown or spoken ------------------------------------------------

LONE = ["\ud800", "\udbff", "\udc00", "\udfff"]
CONTROL = ["\x00", "\x07", "\x1b", "\x7f", "\x9b", "\u202e", "\u2066"]


@pytest.mark.parametrize("char", LONE + CONTROL, ids=lambda c: f"U+{ord(c):04X}")
@pytest.mark.parametrize("field", ["name", "steps", "id", "equipment"])
def test_lone_surrogates_and_control_characters_are_refused_with_their_place(
    tmp_path: Path, char: str, field: str
) -> None:
    data = shipped_library_data()
    pose = data["poses"][1]
    value = f"Stand {char}tall"
    if field == "steps":
        pose["steps"][0] = value
    elif field == "equipment":
        pose["equipment"] = [value]
    else:
        pose[field] = value
    raw = json.dumps(data)  # ensure_ascii: "\ud800" arrives escaped, as measured
    lines = problems_of(raw)
    place = {"steps": "steps[0]", "equipment": "equipment[0]"}.get(field, field)
    kind = "lone surrogate" if char in LONE else "control character"
    [line] = [s for s in lines if f".{place}:" in s]
    assert f"character {value.index(char) + 1} is a" in line
    assert kind in line and f"U+{ord(char):04X}" in line


def test_a_key_with_escape_sequences_is_shown_escaped() -> None:
    data = shipped_library_data()
    data["poses"][0]["\x1b]0;owned\x07"] = 1
    [line] = problems_of(json.dumps(data))
    assert "unknown field" in line and "\\x1b]0;owned\\x07" in line


def test_text_longer_than_the_cap_is_refused() -> None:
    data = shipped_library_data()
    data["poses"][0]["steps"][0] = "Breathe. " * 6000  # about 50,000 characters
    [line] = problems_of(json.dumps(data))
    assert "steps[0]: text of 54,000 characters" in line
    assert f"expected at most {MAX_TEXT_CHARS:,}" in line


def test_text_problem_and_printable() -> None:
    assert text_problem("Lizard pose 🦎 with a joiner \u200d") is None
    assert (
        text_problem("a\nb") == "character 2 is a control character (U+000A); expected plain text"
    )
    assert printable("\x1b[31mred\x1b[0m\n") == "\\x1b[31mred\\x1b[0m\\x0a"
    assert printable("\ud800 \u202e") == "\\ud800 \\u202e"
    assert printable("x" * 100, 10) == "x" * 9 + "…"


# -- images --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "image",
    ["/etc/passwd.svg", "../../secret.svg", "poses/../../x.svg", "a\\b.svg", "C:x.svg", ".h.svg"],
)
def test_an_image_outside_the_library_folder_is_refused(image: str) -> None:
    assert not is_image_name(image)
    data = shipped_library_data()
    data["poses"][0]["image"] = image
    [line] = problems_of(json.dumps(data))
    assert ".image: expected the file name of an SVG beside the library" in line


def test_an_image_in_a_subfolder_is_fine() -> None:
    assert is_image_name("drawings/lizard-pose.svg")


def test_a_drawing_that_is_not_there_is_a_problem_naming_the_pose_and_the_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from stretchplayer.cli.main import main

    data = shipped_library_data()
    data["poses"][2]["image"] = "drawings/lizard.svg"
    library = write_json(tmp_path / "poses.json", data)
    assert main(["validate", str(library)]) == 1
    assert capsys.readouterr().err == (
        f"{library}: poses[2] (lizard-pose).image: no file {tmp_path}/drawings/lizard.svg; "
        "expected the pose's drawing there (or a shipped one of that name)\n"
    )
    # Beside the library, or shipped under that name (the other six): valid.
    (tmp_path / "drawings").mkdir()
    (tmp_path / "drawings" / "lizard.svg").write_text("<svg/>", encoding="utf-8")
    assert main(["validate", str(library)]) == 0
    assert "valid — 7 poses" in capsys.readouterr().out


# -- shortened lists of problems -----------------------------------------------------------------


def test_twenty_thousand_broken_poses_are_summarised(tmp_path: Path) -> None:
    data = shipped_library_data()
    data["poses"] = [{"id": f"p{i}"} for i in range(20_000)]
    with pytest.raises(LibraryError) as info:
        load_library(write_json(tmp_path / "poses.json", data))
    assert info.value.count == 20_000 * 9  # nine missing fields in each pose
    assert len(info.value.problems) == MAX_PROBLEMS  # the rest only counted: memory stays small
    lines = info.value.lines()
    assert len(lines) == MAX_LINES + 1
    assert lines[-1] == f"… and {info.value.count - MAX_LINES:,} more"
    assert str(info.value).count("\n") == MAX_LINES


def test_summarise() -> None:
    assert summarise(["a", "b"], 3) == ["a", "b"]
    assert summarise(["a", "b", "c"], 3) == ["a", "b", "c"]
    assert summarise(["a", "b", "c", "d"], 3) == ["a", "b", "c", "… and 1 more"]
    assert summarise(["a", "b", "c"], 3, total=1000) == ["a", "b", "c", "… and 997 more"]
    assert summarise(["a", "b"], 3, total=1000) == ["a", "b", "… and 998 more"]


# -- files that are not files --------------------------------------------------------------------


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_a_device_is_not_read(device: str) -> None:
    if not Path(device).exists():
        pytest.skip(f"{device} does not exist here")
    with pytest.raises(LibraryError) as info:
        load_library(Path(device))
    assert str(info.value) == f"{device}: expected a regular file, got a device"


def test_a_folder_is_not_read(tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match="expected a regular file, got a folder"):
        load_library(tmp_path)


def test_the_limit_is_on_the_bytes_read_not_the_size_reported(tmp_path: Path) -> None:
    big = tmp_path / "poses.json"
    with big.open("wb") as f:
        f.truncate(60 * 1024 * 1024)  # sparse: costs no disk
    with pytest.raises(LibraryError) as info:
        load_library(big)
    assert f"file is larger than {MAX_BYTES:,} bytes" in str(info.value)
    with pytest.raises(ReadError):
        read_limited(big, 10)
    exact = tmp_path / "exact"
    exact.write_bytes(b"x" * 10)
    assert read_limited(exact, 10) == b"x" * 10


_READ_FIFO = """
import sys
from pathlib import Path
from stretchplayer.core.library import LibraryError, load_library
try:
    load_library(Path(sys.argv[1]))
except LibraryError as exc:
    print(exc)
"""


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "poses.json"
    os.mkfifo(fifo)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    # In a child with a timeout: if this ever regresses, the suite fails instead of hanging.
    result = subprocess.run(
        [sys.executable, "-c", _READ_FIFO, str(fifo)],
        capture_output=True,
        text=True,
        timeout=30,
        cwd=REPO,
    )
    assert result.stdout.strip() == f"{fifo}: expected a regular file, got a pipe (FIFO)"
    assert result.stderr == ""


# -- anything malformed gives the validation error, and only that --------------------------------


def _mutate(text: str, edits: list[tuple[int, int, str]]) -> str:
    for position, length, insert in edits:
        at = position % (len(text) + 1)
        text = text[:at] + insert + text[at + length :]
    return text


_JUNK = st.sampled_from(
    [
        "[" * 1200,
        "{" * 50,
        "]",
        "}",
        '"',
        "\\",
        "\\ud800",
        "\\udc00",
        '"\\ud83d"',
        "9" * 5000,
        "1e99999",
        "-",
        "NaN",
        "Infinity",
        "null",
        "true",
        ",",
        ":",
        "\x00",
        "\x1b[2J",
        "\u202e",
        "\ufeff",
        '{"a":1,"a":2}',
        "<b>bold</b>",
    ]
)
_EDITS = st.lists(
    st.tuples(st.integers(0, 10**6), st.integers(0, 40), st.one_of(_JUNK, st.text(max_size=8))),
    min_size=1,
    max_size=4,
)


def _check_only_validation_errors(raw: bytes) -> None:
    try:
        library = parse_library(raw, "poses.json")
    except LibraryError as exc:
        assert exc.problems
        for problem in exc.problems:
            line = str(problem)
            assert line.startswith("poses.json: ")
            assert "\n" not in line and terminal_safe(line)
    else:
        for pose in library.poses:
            for text in (pose.name, pose.purpose, *pose.steps, pose.release):
                assert text_problem(text) is None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_EDITS)
def test_a_mutated_library_only_ever_gives_the_validation_error(edits: list[Any]) -> None:
    _check_only_validation_errors(_mutate(SHIPPED, edits).encode("utf-8", "surrogatepass"))


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=6),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner),
    max_leaves=12,
)


@settings(max_examples=100, deadline=None)
@given(_json, st.binary(max_size=6), st.integers(0, 200))
def test_arbitrary_json_and_bytes_only_ever_give_the_validation_error(
    value: object, noise: bytes, cut: int
) -> None:
    text = json.dumps(value)
    _check_only_validation_errors(text.encode())
    _check_only_validation_errors(text.encode()[:cut] + noise)
    data = copy.deepcopy(shipped_library_data())
    data["poses"][0]["hold"] = value
    _check_only_validation_errors(json.dumps(data).encode())


def test_parse_json_reports_a_place_for_syntax() -> None:
    with pytest.raises(ReadError) as info:
        parse_json(b'{\n  "a": }')
    assert (info.value.place, info.value.message) == ("2:8", "invalid JSON: Expecting value")


def test_a_truncated_library_names_the_place_what_was_expected_and_the_likely_cause(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from stretchplayer.cli.main import main

    whole = json.dumps(shipped_library_data(), indent=2)
    # Cut after a pose's last field: the object is open, its closing brace never came.
    cut = whole.index('"release"', whole.index('"pyramid-pose"'))
    cut = whole.index("\n", cut)
    library = tmp_path / "library.json"
    library.write_text(whole[:cut] + "\n", encoding="utf-8")
    line = whole[:cut].count("\n") + 2
    assert main(["validate", str(library)]) == 1
    assert capsys.readouterr().err == (
        f"{library}: {line}:1: invalid JSON: expected ',' or '}}'; the file may be cut short\n"
    )


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        ('{"a": [1 2]}', "1:10", "invalid JSON: expected ',' or ']'"),
        ('{"a": {"b": 1}\n "c": 2}', "2:2", "invalid JSON: expected ',' or '}'"),
        (
            '{"a": "open',
            "1:7",
            "invalid JSON: expected '\"' to end the string that starts here; "
            "the file may be cut short",
        ),
        ('{"a": [1, ', "1:11", "invalid JSON: Expecting value; the file may be cut short"),
    ],
)
def test_broken_json_says_what_was_expected(text: str, place: str, expected: str) -> None:
    with pytest.raises(ReadError) as info:
        parse_json(text.encode())
    assert (info.value.place, info.value.message) == (place, expected)


_PATHOLOGICAL = """
from stretchplayer.core.library import MAX_BYTES, LibraryError, parse_library
half = MAX_BYTES // 2
shapes = [
    b'["' + b'\\\\"' * (half - 1),  # every quote escaped: an unterminated string to the end
    b'"' * MAX_BYTES,
    b"[" * MAX_BYTES,
    b"9" * MAX_BYTES,
    b'{"poses": [' + b",".join([b"{}"] * (MAX_BYTES // 3 - 10)) + b"]}",
]
for raw in shapes:
    try:
        parse_library(raw[:MAX_BYTES])
    except LibraryError as exc:
        print(exc.lines()[0][:40])
"""


def test_the_worst_shapes_of_a_full_size_file_finish(tmp_path: Path) -> None:
    # In a child with a timeout: a quadratic scan (an unterminated string re-scanned from every
    # quote) would take hours on these, and must fail the suite rather than hang it.
    result = subprocess.run(
        [sys.executable, "-c", _PATHOLOGICAL],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
    )
    assert result.stderr == ""
    assert len(result.stdout.splitlines()) == 5
