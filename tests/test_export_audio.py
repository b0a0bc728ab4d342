"""export-audio: the session as one WAV, as long as `plan --voice` says, speech at the cues."""

from __future__ import annotations

import array
import itertools
import json
import math
import sys
import wave
from pathlib import Path
from typing import Any

import pytest

from stretchplayer.engine.timeline import Cue, Timeline
from stretchplayer.session.audio_export import RATE, export_session
from stretchplayer.session.narration import Policy
from stretchplayer.storage.settings import Settings, save_settings
from stretchplayer.voice import wav
from stretchplayer.voice.chimes import CHIMES, chime_path
from tests.fakes import write_tone
from tests.helpers import needs_espeak, run_cli


def rms(path: Path, start: float, end: float) -> float:
    """Loudness of [start, end) seconds of a 16-bit mono WAV, reading only that window."""
    with wave.open(str(path)) as w:
        w.setpos(max(0, round(start * RATE)))
        frames = w.readframes(round((end - start) * RATE))
    samples = array.array("h")
    samples.frombytes(frames)
    if sys.byteorder != "little":
        samples.byteswap()
    return math.sqrt(sum(s * s for s in samples) / max(1, len(samples)))


def plan(*args: str) -> dict[str, Any]:
    done = run_cli("plan", "--voice", "--json", *args)
    assert done.returncode == 0, done.stderr
    data: dict[str, Any] = json.loads(done.stdout)  # nothing else on stdout
    return data


def export(out: Path, *args: str) -> str:
    done = run_cli("export-audio", "--out", str(out), *args)
    assert done.returncode == 0, done.stderr
    return done.stdout


@needs_espeak
@pytest.mark.slow
def test_the_export_is_exactly_as_long_as_plan_voice_says(tmp_path: Path) -> None:
    out = tmp_path / "session.wav"
    planned = plan()
    summary = export(out)
    with wave.open(str(out)) as w:
        assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (1, 2, RATE)
        seconds = w.getnframes() / w.getframerate()
    # plan rounds to the millisecond; the file is whole frames.
    assert abs(seconds - planned["total_seconds"]) <= 0.0005 + 1 / RATE
    assert planned["total_seconds"] > 20 * 60  # all seven poses
    assert "spoken cues" in summary
    no_voice = json.loads(run_cli("plan", "--json").stdout)
    assert planned["total_seconds"] > no_voice["total_seconds"]  # speech made room for itself


@needs_espeak
@pytest.mark.slow
def test_speech_and_chimes_sit_at_their_cue_times(tmp_path: Path) -> None:
    args = ("--poses", "calf-stretch,seated-forward-fold", "--breath-in", "3", "--breath-out", "3")
    out = tmp_path / "two.wav"
    planned = plan(*args)
    export(out, *args)
    cues = planned["cues"]
    with wave.open(str(out)) as w:
        assert abs(w.getnframes() / RATE - planned["total_seconds"]) <= 0.0005 + 1 / RATE

    # Spoken cues that follow a quiet second: loud just after their time, quiet just before.
    checked = 0
    for before, cue in itertools.pairwise(cues):
        if cue["kind"] not in ("pose", "switch", "rest", "hold", "done") or not cue["say"]:
            continue
        assert cue["t"] - before["t"] >= 1.0
        quiet = rms(out, cue["t"] - 0.5, cue["t"] - 0.02)
        loud = rms(out, cue["t"], cue["t"] + 0.5)
        assert loud > 500 and quiet < 50, f"{cue['kind']} at {cue['t']}: {loud=:.0f} {quiet=:.0f}"
        checked += 1
    assert checked >= 6

    # Breath 5 is past the spoken ones (3 by default): a soft chime, then quiet.
    fifth = next(c for c in cues if c["kind"] == "breath" and c["n"] == 5)
    assert rms(out, fifth["t"], fifth["t"] + 0.3) > 300
    assert rms(out, fifth["t"] + 1.2, fifth["t"] + 2.5) < 50


@needs_espeak
@pytest.mark.slow
def test_the_export_takes_the_saved_pacing_like_plan(tmp_path: Path) -> None:
    save_settings(Settings(breath_in=6.0, countdown=2.0))
    args = ("--poses", "seated-forward-fold")
    out = tmp_path / "saved.wav"
    planned = plan(*args)
    export(out, *args)
    with wave.open(str(out)) as w:
        assert abs(w.getnframes() / RATE - planned["total_seconds"]) <= 0.0005 + 1 / RATE
    as_before = plan(*args, "--breath-in", "4", "--countdown", "10")
    assert planned["total_seconds"] != as_before["total_seconds"]


@needs_espeak
def test_plan_voice_prints_clean_json_and_caches_speech(stretchplayer_home: Path) -> None:
    planned = plan("--poses", "calf-stretch")
    assert planned["cues"][0]["kind"] == "countdown"
    assert list((stretchplayer_home / "cache" / "speech").glob("*.wav"))


ESPEAK_GONE = """
import ctypes, sys
real = ctypes.cdll.LoadLibrary
def load(name, *a, **k):
    if "espeak" in str(name):
        raise OSError(f"{name}: cannot open shared object file: No such file or directory")
    return real(name, *a, **k)
ctypes.cdll.LoadLibrary = load
from stretchplayer.cli import main
raise SystemExit(main(sys.argv[1:]))
"""


def test_without_espeak_export_audio_fails_with_one_line(tmp_path: Path) -> None:
    # The track is the voice: without one there is nothing worth writing.
    import subprocess

    out = tmp_path / "x.wav"
    done = subprocess.run(
        [sys.executable, "-c", ESPEAK_GONE, "export-audio", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "libespeak-ng1" in lines[0], done.stderr
    assert not out.exists()


def test_without_espeak_plan_voice_says_so_once_and_plans_silently() -> None:
    # Like the window and `play --voice`: a voice that cannot start leaves a silent session.
    import subprocess

    done = subprocess.run(
        [sys.executable, "-c", ESPEAK_GONE, "plan", "--voice", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "libespeak-ng1" in lines[0], done.stderr
    assert "goes on silently" in lines[0]
    silent = run_cli("plan", "--json")
    assert json.loads(done.stdout) == json.loads(silent.stdout)


@pytest.mark.parametrize(
    ("out", "message"),
    [
        ("{tmp}/folder.wav", "{tmp}/folder.wav is a folder"),
        ("{tmp}/missing/x.wav", "the folder {tmp}/missing does not exist"),
        ("{tmp}/notes.txt/x.wav", "{tmp}/notes.txt is a file, not a folder"),
    ],
)
@pytest.mark.parametrize("command", [["export-audio"], ["figure", "--pose", "calf-stretch"]])
def test_a_bad_out_path_is_one_line(
    tmp_path: Path, out: str, message: str, command: list[str]
) -> None:
    (tmp_path / "notes.txt").write_text("mine\n")
    if command[0] == "figure":
        out, message = out.replace(".wav", ".png"), message.replace(".wav", ".png")
    (tmp_path / "folder.wav").mkdir()
    (tmp_path / "folder.png").mkdir()
    done = run_cli(*command, "--out", out.format(tmp=tmp_path))
    assert done.returncode == 1
    assert message.format(tmp=tmp_path) in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert (tmp_path / "notes.txt").read_text() == "mine\n"


# -- the mixer, with made-up clips (no speech engine needed) -------------------------------


def cue(t: float, kind: str, say: str | None = None, **extra: Any) -> Cue:
    return Cue(t=t, kind=kind, text=say or kind, say=say, **extra)  # type: ignore[arg-type]


def frames(path: Path) -> array.array[int]:
    samples = array.array("h")
    samples.frombytes(wav.read_mono16(path))
    return samples


def test_overlapping_clips_are_mixed_and_the_end_is_cut(tmp_path: Path) -> None:
    clips = {"long": tmp_path / "long.wav", "short": tmp_path / "short.wav"}
    write_tone(clips["long"], 1.0, level=0.3)
    write_tone(clips["short"], 0.4, level=0.3)
    timeline = Timeline(
        cues=(cue(0.0, "pose", "long"), cue(0.5, "step", "short"), cue(1.2, "done", "long")),
        spans=(),
        total=1.5,
    )
    out = tmp_path / "mix.wav"
    summary = export_session(timeline, Policy(), lambda text: clips[text], out)
    samples = frames(out)
    assert len(samples) == summary.frames == round(1.5 * RATE)
    alone = max(abs(s) for s in samples[: round(0.45 * RATE)])
    both = max(abs(s) for s in samples[round(0.5 * RATE) : round(0.9 * RATE)])
    assert both > 1.8 * alone  # the same tone in phase, summed
    assert max(abs(s) for s in samples[round(1.02 * RATE) : round(1.19 * RATE)]) == 0
    assert summary.spoken == 3


def test_sounds_in_another_format_are_converted_to_the_export_format(tmp_path: Path) -> None:
    # A library's own chime or an engine's clip may come at any rate.
    other = tmp_path / "other.wav"
    write_tone(other, 0.75, rate=16000)
    converted = wav.read_mono16(other)
    assert abs(len(converted) / 2 / RATE - 0.75) < 0.001
    assert max(abs(s) for s in array.array("h", converted)) > 0.25 * 32767


def test_the_shipped_chimes_need_no_converting(tmp_path: Path) -> None:
    with wave.open(str(chime_path("inhale"))) as w:
        assert (w.getframerate(), w.getnchannels(), w.getsampwidth()) == (RATE, 1, 2)
    breath = cue(0.0, "breath", "Inhale", n=9, phase="inhale", breaths=10)
    timeline = Timeline(cues=(breath,), spans=(), total=2.0)
    out = tmp_path / "chime.wav"
    summary = export_session(timeline, Policy(spoken_breaths=3), lambda text: Path("unused"), out)
    assert (summary.spoken, summary.chimes) == (0, 1)
    assert rms(out, 0.05, 0.4) > 300


def test_the_shipped_chimes_are_small_soft_wavs() -> None:
    for name in CHIMES:
        path = chime_path(name)
        assert path.stat().st_size < 2 * RATE * 1.25  # under 1.25 s of 16-bit mono
        with wave.open(str(path)) as w:
            assert w.getnchannels() == 1 and w.getsampwidth() == 2
        peak = max(abs(s) for s in frames(path))
        assert 0.2 * 32767 < peak < 0.4 * 32767
