"""Small rules both roots share: how the narrator hears the session, what a choice saves."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from stretchplayer.core import wording
from stretchplayer.core.model import Library
from stretchplayer.engine.timeline import Cue
from stretchplayer.session.controller import SessionController
from stretchplayer.session.narration import Narrator


def selection_to_save(library: Library, ids: Sequence[str]) -> list[str] | None:
    """None when every pose is ticked in the shipped order, so poses added later show up too."""
    return None if list(ids) == list(library.ids) else list(ids)


def connect_narration(controller: SessionController, narrator: Narrator) -> None:
    """The narrator hears each cue and each change of state, and keeps its own pause state."""

    def on_cue(cue: Cue, stale: bool) -> None:
        if cue.kind == "done" and not controller.counts_when_finished():
            # Heard as the window shows it: a session skipped through is not praised.
            cue = replace(cue, say=wording.skipped_through())
        narrator.on_cue(cue, stale)

    controller.cueReached.connect(on_cue)
    controller.stateChanged.connect(narrator.on_state)
