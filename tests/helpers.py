"""Shared test helpers that are not stand-ins: paths, pose ids, the CLI runner, files, markers.

Fakes, stubs and recording doubles live in fakes.py; fixtures live in conftest.py.
"""

from __future__ import annotations

import ctypes
import itertools
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

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


def _espeak_present() -> bool:
    for name in ("libespeak-ng.so.1", "libespeak-ng.1.dylib", "libespeak.so.1"):
        try:
            ctypes.CDLL(name)
        except OSError:
            continue
        return True
    return False


# For tests of the real speech engine. CI installs libespeak-ng1 (scripts/setup.sh), so these
# run there; skipped only where the library is genuinely missing.
needs_espeak = pytest.mark.skipif(not _espeak_present(), reason="libespeak-ng is not installed")


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


def intervals(times: list[float]) -> Iterator[float]:
    """The gaps between consecutive times."""
    return (b - a for a, b in itertools.pairwise(times))
