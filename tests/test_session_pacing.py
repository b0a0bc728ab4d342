"""The one way from settings to pacing, shared by the window and the command line."""

from __future__ import annotations

from dataclasses import fields

from stretchplayer.engine.pacing import Pacing
from stretchplayer.session.pacing import pacing_for
from stretchplayer.storage.settings import Settings


def test_pacing_for_settings() -> None:
    assert pacing_for(Settings(first_side="pose")).first_side is None
    assert pacing_for(Settings(first_side="left")).first_side == "left"
    assert pacing_for(Settings(breath_in=5.0)).breath_in == 5.0


def test_default_settings_pace_like_the_default_pacing() -> None:
    # So a person who never opened Preferences gets exactly the engine's defaults.
    assert pacing_for(Settings()) == Pacing()


def test_every_pacing_setting_reaches_the_pacing() -> None:
    changed = Settings(breath_in=5.5, breath_out=6.5, countdown=3.0, rest=25.0, first_side="right")
    pacing = pacing_for(changed)
    shared = {f.name for f in fields(Settings)} & {f.name for f in fields(Pacing)}
    assert shared == {"breath_in", "breath_out", "countdown", "rest", "first_side"}
    for name in shared:
        assert getattr(pacing, name) == getattr(changed, name), name


def test_speech_is_passed_through() -> None:
    def speech(kind: str, text: str) -> float:
        return 2.0

    assert pacing_for(Settings(), speech).speech is speech
