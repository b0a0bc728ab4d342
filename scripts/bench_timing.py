"""Benchmark: how close to plan cues fire, and how fast the command line starts.

Prints figures and ratios against baselines measured in the same run (machines are noisy):
- cue lateness of SessionController over a whole session at --speed X, against a bare
  single-shot precise QTimer armed for the same deadlines (the floor Qt itself gives us);
- drift: lateness of the last tenth of the cues minus the first tenth (should stay ~0);
- `stretchplayer list --json` start-up time against a bare `python -c pass`.

Usage: python scripts/bench_timing.py [--speed 20] [--poses ID,ID]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

from PySide6.QtCore import QCoreApplication, Qt, QTimer

from stretchplayer.core.library import load_library
from stretchplayer.engine.timeline import Cue, Timeline, build_timeline
from stretchplayer.session.controller import SessionController


def controller_lateness(timeline: Timeline, speed: float) -> list[float]:
    app = QCoreApplication.instance() or QCoreApplication([])
    controller = SessionController(timeline, time.monotonic, speed)
    late: list[float] = []
    start = time.monotonic()

    def on_cue(cue: Cue, stale: bool) -> None:
        late.append(time.monotonic() - start - cue.t / speed)

    controller.cueReached.connect(on_cue)
    controller.finished.connect(app.quit)
    controller.start()
    app.exec()
    return late


def raw_timer_lateness(deadlines: list[float]) -> list[float]:
    app = QCoreApplication.instance() or QCoreApplication([])
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    late: list[float] = []
    start = time.monotonic()
    pending = list(deadlines)

    def fire() -> None:
        now = time.monotonic() - start
        while pending and pending[0] <= now:
            late.append(now - pending.pop(0))
        if pending:
            timer.start(max(0, int((pending[0] - (time.monotonic() - start)) * 1000) + 1))
        else:
            app.quit()

    timer.timeout.connect(fire)
    timer.start(0)
    app.exec()
    return late


def startup(argv: list[str], runs: int = 5) -> float:
    best = float("inf")
    for _ in range(runs):
        began = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True)
        best = min(best, time.perf_counter() - began)
    return best


def describe(name: str, late: list[float]) -> tuple[float, float]:
    ms = sorted(x * 1000 for x in late)
    p99 = ms[min(len(ms) - 1, int(len(ms) * 0.99))]
    print(
        f"{name:<28} n={len(ms):4d}  median {statistics.median(ms):6.2f} ms  p99 {p99:6.2f} ms  max {ms[-1]:6.2f} ms"
    )
    return statistics.median(ms), p99


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--speed", type=float, default=20.0)
    parser.add_argument("--poses", default="calf-stretch,lizard-pose,seated-forward-fold")
    args = parser.parse_args()
    library = load_library()
    timeline = build_timeline(library.select(args.poses.split(",")))
    print(
        f"session {timeline.total:.0f} s at speed {args.speed:g} = {timeline.total / args.speed:.1f} s of wall time, {len(timeline.cues)} cues"
    )
    ours = controller_lateness(timeline, args.speed)
    raw = raw_timer_lateness([c.t / args.speed for c in timeline.cues])
    our_median, our_p99 = describe("SessionController", ours)
    raw_median, raw_p99 = describe("bare PreciseTimer (baseline)", raw)
    tenth = max(1, len(ours) // 10)
    drift = statistics.mean(ours[-tenth:]) - statistics.mean(ours[:tenth])
    print(f"drift (last tenth - first tenth): {drift * 1000:+.2f} ms")
    print(
        f"ratio median ours/baseline: {our_median / max(raw_median, 1e-6):.2f}   p99: {our_p99 / max(raw_p99, 1e-6):.2f}"
    )
    bare = startup([sys.executable, "-c", "pass"])
    cli = startup([sys.executable, "-m", "stretchplayer", "list", "--json"])
    print(
        f"start-up: list --json {cli * 1000:.0f} ms, bare python {bare * 1000:.0f} ms, ratio {cli / bare:.2f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
