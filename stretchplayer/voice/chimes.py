"""The chimes: their names and their files (no Qt, so export-audio can use them too)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from stretchplayer.core.resources import asset_path

Chime = Literal["inhale", "exhale", "transition", "countdown"]
CHIMES: tuple[Chime, ...] = ("inhale", "exhale", "transition", "countdown")


def chime_path(name: Chime) -> Path:
    """A small WAV made by scripts/make_chimes.py."""
    return asset_path(f"chimes/{name}.wav")
