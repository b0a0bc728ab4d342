"""Temporary files that a save or a speech render killed half-way left behind, removed at start.

A save writes `.<name>.<random>.tmp` beside the file and renames it; a render writes
`<hash>.<pid>.<thread>.raw` and `.part` beside its clip. Each removes its own on failure, but
a process killed at the wrong moment cannot, and nothing else would ever look at them.
"""

from __future__ import annotations

import logging
import stat
import time
from pathlib import Path

from stretchplayer.storage import paths

STALE_SECONDS = 600  # a save or a render takes well under a second; older ones were abandoned

log = logging.getLogger(__name__)


def remove_stale(folder: Path, pattern: str, now: float | None = None) -> list[Path]:
    """Remove the regular files in `folder` matching `pattern` older than STALE_SECONDS."""
    cutoff = (time.time() if now is None else now) - STALE_SECONDS
    removed = []
    try:
        found = sorted(folder.glob(pattern))
    except OSError:
        return []
    for leftover in found:
        try:
            info = leftover.lstat()
            if stat.S_ISREG(info.st_mode) and info.st_mtime < cutoff:
                leftover.unlink()
                removed.append(leftover)
        except OSError as exc:
            log.debug("could not remove the leftover %s: %s", leftover, exc)
    if removed:
        log.info("removed %d leftover temporary file(s) in %s", len(removed), folder)
    return removed


def clean_leftovers(now: float | None = None) -> list[Path]:
    """Remove the abandoned temporary files of settings, routines and the speech cache."""
    removed: list[Path] = []
    for file in (paths.settings_file(), paths.routines_file()):
        removed += remove_stale(file.parent, f".{file.name}.*.tmp", now)
    speech = paths.cache_dir() / "speech"
    for pattern in ("*.raw", "*.part"):
        removed += remove_stale(speech, pattern, now)
    return removed
