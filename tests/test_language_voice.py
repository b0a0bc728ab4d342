"""The voice speaks the language in use: a voice picked for it, its own measured durations."""

from __future__ import annotations

import json
import wave
from pathlib import Path

import pytest

from stretchplayer.core import i18n
from stretchplayer.voice.render_worker import SpeechCache
from stretchplayer.voice.tts import Voice, VoiceConfig, pick_voice
from tests.helpers import needs_espeak, run_cli

ESPEAK_VOICES = [
    Voice("gmw/en", "English (Great Britain)", "en-gb"),
    Voice("gmw/de", "German", "de"),
    Voice("roa/es-419", "Spanish (Latin America)", "es-419"),
    Voice("roa/es", "Spanish (Spain)", "es"),
    Voice("roa/fr-be", "French (Belgium)", "fr-be"),
    Voice("roa/fr", "French (France)", "fr-fr"),
]


@pytest.mark.parametrize(
    ("language", "voice"),
    [("de", "gmw/de"), ("es", "roa/es"), ("fr", "roa/fr"), ("pt", None)],
)
def test_a_voice_is_picked_for_the_language(language: str, voice: str | None) -> None:
    assert pick_voice(language, ESPEAK_VOICES) == voice


def test_english_clips_keep_their_cache_names_and_other_languages_get_their_own(
    tmp_path: Path,
) -> None:
    cache = SpeechCache(tmp_path)
    english = cache.path_for("Inhale", VoiceConfig("", 170, "en"))
    assert english == cache.path_for("Inhale", VoiceConfig("", 170))  # English in use (conftest)
    assert cache.path_for("Inhale", VoiceConfig("", 170, "de")) != english
    i18n.set_language("fr")
    assert VoiceConfig().language == "fr"


@needs_espeak
@pytest.mark.slow
def test_a_german_plan_and_export_are_german_in_words_and_voice(tmp_path: Path) -> None:
    env = {"LANG": "de_DE.UTF-8"}
    planned = run_cli("-v", "plan", "--voice", "--json", "--poses", "calf-stretch", env=env)
    assert planned.returncode == 0, planned.stderr
    # The clips are rendered (and cached, for the export too) by espeak-ng's German voice.
    assert "speaking de with the voice gmw/de" in planned.stderr
    cues = json.loads(planned.stdout)["cues"]
    texts = [c["text"] for c in cues]
    assert texts[0] == "Mach dich bereit"
    assert "Tritt mit dem rechten Fuß nach hinten" in " ".join(texts)
    assert "Tritt mit dem linken Fuß nach hinten" in " ".join(texts)
    assert "Seitenwechsel: linke Seite" in texts
    assert cues[-1]["text"] == "Gut gemacht!"
    # Spoken slots never overlap: each cue starts after the one before has been said.
    out = tmp_path / "de.wav"
    done = run_cli("export-audio", "--out", str(out), "--poses", "calf-stretch", env=env)
    assert done.returncode == 0, done.stderr
    assert "gesprochene Ansagen" in done.stdout
    with wave.open(str(out)) as w:
        seconds = w.getnframes() / w.getframerate()
    total = json.loads(planned.stdout)["total_seconds"]
    assert abs(seconds - total) <= 0.001


@needs_espeak
@pytest.mark.slow
@pytest.mark.parametrize("code", ["de", "es", "fr"])
def test_speech_made_room_for_itself_in_each_language(code: str) -> None:
    """Durations are measured in each language's own voice: with them the session is longer
    than without, and no spoken cue's slot is shorter than its speech."""
    voiced = json.loads(run_cli("--language", code, "plan", "--voice", "--json").stdout)
    silent = json.loads(run_cli("--language", code, "plan", "--json").stdout)
    assert voiced["total_seconds"] > silent["total_seconds"]
