"""Speech engine faults on the command line (issue 9): the session goes on, silently."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from stretchplayer.cli.main import main
from stretchplayer.voice import render_worker
from stretchplayer.voice.render_worker import RenderWorker, SpeechCache
from stretchplayer.voice.tts import EngineError, VoiceConfig, split_for_speech
from tests.helpers import REPO, needs_espeak

SHORT = ("--poses", "calf-stretch", "--breath-in", "1", "--breath-out", "1", "--countdown", "2")


def test_play_voice_goes_on_silently_when_the_engine_fails(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(self: object, *args: object, **kwargs: object) -> None:
        raise EngineError("the espeak-ng speech library is missing or broken")

    monkeypatch.setattr(render_worker.BlockingVoice, "__init__", broken)
    assert main(["play", "--text", "--voice", "--json", "--speed", "100", *SHORT]) == 0
    out, err = capsys.readouterr()
    lines = [json.loads(line) for line in out.splitlines()]
    assert lines[-1]["kind"] == "done"
    assert err.splitlines() == [
        "stretchplayer: --voice: the espeak-ng speech library is missing or broken; "
        "the session goes on silently."
    ]


@needs_espeak
@pytest.mark.slow
def test_a_full_disk_renders_in_memory_without_a_traceback_or_a_wait(tmp_path: Path) -> None:
    """A read-only or full cache cannot be made as root here, so the cache is a file: every
    write under it fails, as on a full disk, and the speech is kept in memory instead."""
    home = tmp_path / "home"
    home.mkdir()
    (home / "cache").write_text("not a folder")
    env = {"STRETCHPLAYER_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    scratch = set(Path("/dev/shm").glob("stretchplayer-speech-*"))
    began = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "stretchplayer", "plan", "--voice", "--json", *SHORT],
        capture_output=True, text=True, cwd=REPO, env=env, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert json.loads(done.stdout)["total_seconds"] > 0
    assert time.monotonic() - began < 8
    # The speech kept in memory (this run could cache none) is gone with the process.
    assert set(Path("/dev/shm").glob("stretchplayer-speech-*")) <= scratch


def test_the_validator_states_the_cap_on_a_text(tmp_path: Path) -> None:
    data = json.loads((REPO / "data" / "poses.json").read_text(encoding="utf-8"))
    data["poses"][0]["steps"][0] = "Breathe. " * 6000  # ~50,000 characters
    library = tmp_path / "long.json"
    library.write_text(json.dumps(data), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "stretchplayer", "validate", str(library)],
        capture_output=True, text=True, cwd=REPO, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.strip().endswith(
        "poses[0] (calf-stretch).steps[0]: text of 54,000 characters; expected at most 1,000"
    ), done.stderr


def test_long_texts_are_cut_between_sentences_then_words() -> None:
    text = "Bend your knee. " * 40 + "x" * 1200
    pieces = split_for_speech(text, 500)
    assert all(len(p) <= 500 for p in pieces)
    assert pieces[0].endswith("knee.")  # whole sentences while they fit
    assert pieces[-2:] == ["x" * 500, "x" * 200]  # a "word" too long is cut anyway
    assert "".join("".join(pieces).split()) == "".join(text.split())  # nothing lost
    assert split_for_speech("  Short.  ") == ["Short."]
    assert split_for_speech("   ") == []


@needs_espeak
@pytest.mark.slow
def test_five_thousand_words_render_in_pieces_instead_of_crashing(tmp_path: Path) -> None:
    """One utterance of 5,000 words makes espeak-ng crash the process (measured); in pieces it
    renders in about 2 s, as one clip."""
    worker = RenderWorker(cache=SpeechCache(tmp_path), timeout=60)
    try:
        rendered = worker.render("stretch " * 5000, VoiceConfig()).result(120)
    finally:
        worker.close()
    assert rendered.duration > 1000  # seconds: all of it, not the first piece
