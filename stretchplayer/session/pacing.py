"""The one way from the person's settings to the engine's pacing, for the window and the CLI."""

from __future__ import annotations

from stretchplayer.engine.pacing import Pacing, SpeechTime, no_speech
from stretchplayer.storage.settings import Settings


def pacing_for(settings: Settings, speech: SpeechTime = no_speech) -> Pacing:
    """The session pacing the person chose; "pose" lets each pose start on its own side."""
    return Pacing(
        breath_in=settings.breath_in,
        breath_out=settings.breath_out,
        countdown=settings.countdown,
        rest=settings.rest,
        first_side=None if settings.first_side == "pose" else settings.first_side,
        speech=speech,
    )
