"""How fast export-audio is: seconds of audio written per second of wall time, for the whole
seven-pose session, against a baseline measured in the same run: writing the same number of
silent frames with the `wave` module in one-second chunks, the least any WAV writer must do.

    python scripts/bench_export.py [--repeat N] [--keep FILE.wav]

Speech is rendered (or found in the cache) before the timing starts, and reported separately:
the first run on a machine renders every utterance, later runs reuse the cache.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import wave
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from stretchplayer.core.library import load_library
from stretchplayer.engine.pacing import Pacing
from stretchplayer.engine.timeline import build_timeline
from stretchplayer.session.audio_export import RATE, WIDTH, export_session
from stretchplayer.session.narration import Policy, speech_time
from stretchplayer.voice.render_worker import BlockingVoice
from stretchplayer.voice.tts import VoiceConfig


def write_silence(path: Path, frames: int) -> None:
    chunk = bytes(RATE * WIDTH)
    with path.open("wb") as file, wave.open(file, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(WIDTH)
        w.setframerate(RATE)
        w.setnframes(frames)
        left = frames * WIDTH
        while left > 0:
            w.writeframesraw(chunk[: min(left, len(chunk))])
            left -= len(chunk)


def timed(action: object) -> float:
    start = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description="Benchmark export-audio.")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each (default 5)")
    parser.add_argument("--keep", type=Path, help="also keep the exported WAV here")
    args = parser.parse_args()

    poses = load_library().poses
    started = time.perf_counter()
    voice, policy = BlockingVoice(VoiceConfig()), Policy()
    timeline = build_timeline(poses, Pacing(speech=speech_time(policy, voice)))
    for cue in timeline.cues:  # every clip the export will read, rendered now
        words = policy.words(cue)
        if words:
            voice.clip(words)
    prepare = time.perf_counter() - started
    audio = timeline.total

    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "session.wav"
        silence = Path(folder) / "silence.wav"
        frames = round(audio * RATE)
        exports, baselines = [], []
        for _ in range(args.repeat):
            baselines.append(timed(lambda: write_silence(silence, frames)))
            exports.append(timed(lambda: export_session(timeline, policy, voice.clip, out)))
        size = out.stat().st_size
        if args.keep:
            out.replace(args.keep)
    voice.close()

    export, baseline = statistics.median(exports), statistics.median(baselines)
    print(f"session: {len(poses)} poses, {audio:.1f} s of audio, {size / 1e6:.1f} MB WAV")
    print(f"speech ready (render or cache, engine start included): {prepare:.2f} s")
    print(
        f"export (median of {args.repeat}): {export * 1000:.0f} ms = {audio / export:,.0f} s of audio per s"
    )
    print(
        f"baseline, silence only:   {baseline * 1000:.0f} ms = {audio / baseline:,.0f} s of audio per s"
    )
    print(f"ratio export / baseline: {export / baseline:.2f}")


if __name__ == "__main__":
    main()
