"""Where rendered utterances are kept, one WAV per (text, voice, rate)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from stretchplayer.storage.paths import cache_dir
from stretchplayer.voice.base import VoiceConfig

# Bump when the way clips are made changes (e.g. trimming), so old clips are not reused.
FORMAT = "v1"


class SpeechCache:
    """File names for rendered speech. Creating the folder is left to the first writer."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = (root or cache_dir()) / "speech"

    def path_for(self, text: str, config: VoiceConfig, engine: str = "pyttsx3") -> Path:
        key = "\0".join((FORMAT, engine, config.voice_id, str(config.rate), text))
        return self.root / f"{hashlib.sha256(key.encode('utf-8')).hexdigest()[:32]}.wav"
