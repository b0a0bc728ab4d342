from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from stretchplayer.storage import paths


def test_home_variable_puts_every_file_in_that_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path))
    assert paths.config_dir() == tmp_path
    assert paths.data_dir() == tmp_path
    assert paths.settings_file() == tmp_path / "settings.json"
    assert paths.routines_file() == tmp_path / "routines.json"
    assert paths.history_file() == tmp_path / "history.sqlite3"


def test_without_home_variable_the_platform_folders_are_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(paths.HOME_ENV, raising=False)
    config = Path(platformdirs.user_config_dir("stretchplayer", appauthor=False))
    data = Path(platformdirs.user_data_dir("stretchplayer", appauthor=False))
    assert paths.settings_file() == config / "settings.json"
    assert paths.routines_file() == config / "routines.json"
    assert paths.history_file() == data / "history.sqlite3"
    assert "stretchplayer" in paths.settings_file().parent.name.lower()


def test_an_empty_home_variable_counts_as_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.HOME_ENV, "")
    expected = Path(platformdirs.user_config_dir("stretchplayer", appauthor=False))
    assert paths.config_dir() == expected


def test_home_variable_expands_the_tilde(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("USERPROFILE", str(tmp_path))  # what expanduser reads on Windows
    monkeypatch.setenv(paths.HOME_ENV, "~/sp")
    assert paths.history_file() == tmp_path / "sp" / "history.sqlite3"


def test_asking_for_paths_creates_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "not-yet"
    monkeypatch.setenv(paths.HOME_ENV, str(home))
    paths.settings_file()
    paths.routines_file()
    paths.history_file()
    assert not home.exists()


def test_rendered_speech_is_cached_under_the_home_folder(stretchplayer_home: Path) -> None:
    from stretchplayer.voice.render_worker import SpeechCache
    from stretchplayer.voice.tts import VoiceConfig

    assert paths.cache_dir() == stretchplayer_home / "cache"
    clip = SpeechCache().path_for("Inhale", VoiceConfig("", 170))
    assert clip.parent == stretchplayer_home / "cache" / "speech"
