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
from stretchplayer.voice.tts import EngineError
from tests.helpers import REPO
from tests.test_speech_support import needs_espeak

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
    began = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "stretchplayer", "plan", "--voice", "--json", *SHORT],
        capture_output=True, text=True, cwd=REPO, env=env, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert json.loads(done.stdout)["total_seconds"] > 0
    assert time.monotonic() - began < 8
