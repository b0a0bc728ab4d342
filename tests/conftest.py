"""Shared test setup: no real display, never the real home folder, and the shared fixtures.

Fixtures used by more than one test module live here; the fakes they hand out live in
fakes.py, and plain helpers in helpers.py.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from stretchplayer.core.library import load_library
from stretchplayer.core.model import Library
from tests.fakes import FakeClock

# Before any Qt application exists: widgets render offscreen unless a display is asked for.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def stretchplayer_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, routines and history go to a fresh folder for each test."""
    home = tmp_path / "stretchplayer-home"
    home.mkdir()
    monkeypatch.setenv("STRETCHPLAYER_HOME", str(home))
    return home


@pytest.fixture
def clock() -> FakeClock:
    """A fresh fake monotonic clock (at 1000.0) for each test; move it with advance()."""
    return FakeClock()


@pytest.fixture(scope="session")
def library() -> Library:
    """The shipped pose library, loaded once: it is frozen dataclasses and tuples all the way."""
    return load_library()
