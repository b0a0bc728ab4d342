"""Small shared test helpers (no fixtures: those live in conftest.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent

# The public pose ids, in the seed's order (a contract: see DESIGN.md).
POSE_IDS = [
    "calf-stretch",
    "standing-forward-fold",
    "lizard-pose",
    "supine-hamstring-stretch",
    "half-split",
    "pyramid-pose",
    "seated-forward-fold",
]


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def run_cli(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run `python -m stretchplayer ARGS` the way a user would, without a display."""
    environment = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "stretchplayer", *args],
        capture_output=True,
        text=True,
        env=environment,
        cwd=cwd or REPO,
        timeout=timeout,
    )


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def shipped_library_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((REPO / "data" / "poses.json").read_text(encoding="utf-8"))
    return data
