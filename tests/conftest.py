"""Shared test setup: no real display, and never the real home folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Before any Qt import: widgets render offscreen unless a display is asked for explicitly.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def stretchplayer_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, routines and history go to a fresh folder for each test."""
    home = tmp_path / "stretchplayer-home"
    home.mkdir()
    monkeypatch.setenv("STRETCHPLAYER_HOME", str(home))
    return home
