"""How fast the History window opens with ten years of daily sessions (3,650 of them).

    python scripts/bench_history.py [--sessions N] [--repeat N]

Fills a fresh history in a temporary STRETCHPLAYER_HOME, then times what Ctrl+H does: the
queries (streak, recent sessions, twelve weeks of minutes, pose counts) and building and
painting the window offscreen. Prints the median and the worst of the repeats.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=3650)
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        os.environ["STRETCHPLAYER_HOME"] = home
        from PySide6.QtWidgets import QApplication

        from stretchplayer.app import StretchApp
        from stretchplayer.core.library import load_library
        from stretchplayer.storage.history import History
        from stretchplayer.storage.settings import Settings

        library = load_library()
        ids = list(library.ids)
        now = datetime.now()
        started = time.perf_counter()
        with History() as past:
            for n in range(args.sessions):
                poses = ids[n % 3 :] if n % 5 else ids[:2]
                past.record(now - timedelta(days=n, hours=n % 7), 600 + n % 300, poses, n % 9 != 0)
        filled = time.perf_counter() - started
        app = QApplication.instance() or QApplication([])
        stretch = StretchApp(library, Settings(voice_enabled=False))
        times = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            dialog = stretch.show_history()
            dialog.grab()  # lays out and paints everything, as showing it would
            app.processEvents()
            times.append(time.perf_counter() - started)
            dialog.close()
            app.processEvents()
        stretch.voice.shutdown()
        stretch.history.close()
    print(f"{args.sessions} sessions recorded in {filled:.2f} s")
    print(
        f"History window with {args.sessions} sessions: median {statistics.median(times) * 1000:.0f} ms,"
        f" worst {max(times) * 1000:.0f} ms ({args.repeat} opens)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
