"""Dependencies: pinned where the code depends on their internals, bounded where the test
command fails on their output, and none of the test tools in a plain `pip install .`."""

from __future__ import annotations

import importlib.metadata
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from stretchplayer.voice import tts
from tests.helpers import REPO

PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _requirement(name: str, requirements: list[str]) -> str:
    (found,) = [r for r in requirements if re.match(rf"{name}\b", r, re.IGNORECASE)]
    return found


def test_pyttsx3_is_pinned_to_the_release_whose_internals_are_patched() -> None:
    assert _requirement("pyttsx3", PROJECT["dependencies"]) == f"pyttsx3=={tts.PATCHED_PYTTSX3}"
    assert tts.installed_pyttsx3_version() == tts.PATCHED_PYTTSX3


def test_the_version_is_read_without_importing_importlib_metadata() -> None:
    # That import alone took ~47 ms of the speech worker's start, holding the GIL.
    code = (
        "import sys; from stretchplayer.voice import tts; "
        "print(tts.installed_pyttsx3_version(), 'importlib.metadata' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert done.stdout.split() == [tts.PATCHED_PYTTSX3, "False"]


@pytest.mark.parametrize("folders", [[], ["pyttsx3-2.98.dist-info", "pyttsx3-2.99.dist-info"]])
def test_without_one_dist_info_folder_the_version_comes_from_the_installed_metadata(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, folders: list[str]
) -> None:
    """An install that is not a wheel's (none beside the package), or a stale folder left
    beside the real one: the folder names cannot say, importlib.metadata can."""
    import pyttsx3

    (tmp_path / "pyttsx3").mkdir()
    for name in folders:
        (tmp_path / name).mkdir()
    monkeypatch.setattr(pyttsx3, "__file__", str(tmp_path / "pyttsx3" / "__init__.py"))
    assert tts.installed_pyttsx3_version() == importlib.metadata.version("pyttsx3")


def test_another_pyttsx3_is_refused_with_a_clear_one_line_error() -> None:
    tts.check_pyttsx3_version(tts.PATCHED_PYTTSX3)
    with pytest.raises(tts.EngineError) as caught:
        tts.check_pyttsx3_version("2.98")
    message = str(caught.value)
    assert "pyttsx3 2.98 is installed" in message
    assert "pip install pyttsx3==2.99" in message
    assert "\n" not in message


def test_the_engine_checks_the_version_before_patching(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tts, "installed_pyttsx3_version", lambda: "2.90")
    try:
        engine = tts.Pyttsx3Engine()
    except tts.EngineError as exc:
        # Without espeak the engine fails before the check; with it, at the check.
        assert "2.90" in str(exc) or "espeak" in str(exc)
    else:  # pragma: no cover - a driver-less pyttsx3 is not patched, so not checked
        assert getattr(getattr(engine._engine, "proxy", None), "_module", None) is None


def test_lint_and_type_tools_are_bounded_to_one_release_series() -> None:
    for name in ("ruff", "mypy", "import-linter"):
        requirement = _requirement(name, PROJECT["optional-dependencies"]["test"])
        assert "<" in requirement, requirement


def test_a_plain_install_pulls_in_no_test_tools() -> None:
    names = {re.split(r"[<>=!~; ]", r, maxsplit=1)[0].lower() for r in PROJECT["dependencies"]}
    assert names == {"pyside6", "pyttsx3", "platformdirs"}
