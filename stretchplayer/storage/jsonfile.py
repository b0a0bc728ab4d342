"""Small JSON files that survive crashes and hand edits: atomic writes, tolerant reads.

A save never leaves a half-written file: the new text goes to a temporary file in the same
folder (so the final rename stays on one filesystem), is flushed to disk, then replaces the old
file in one step. A file that cannot be understood is never deleted or overwritten: it is moved
aside to `<name>.corrupt-YYYYmmdd-HHMMSS`, so the person can still recover it, and the reader
returns one line saying which file, where, and what was expected, for the caller to show.
Reading goes through `core.guest`: regular files only, a hard byte limit, guarded parsing.
Hidden temporary files left by a save that was killed half-way are removed by the next read.
"""

from __future__ import annotations

import json
import logging
import os
import stat
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

from stretchplayer.core.guest import ReadError, TooLarge, parse_json, printable, read_limited
from stretchplayer.core.i18n import Context
from stretchplayer.storage.folders import make_folder
from stretchplayer.storage.leftovers import remove_stale

# The library's context: the words a file's problems share ("a list") are one entry.
problems = Context("problems")

CORRUPT_INFIX = ".corrupt-"
MAX_BYTES = 1024 * 1024  # settings and routines are a few kilobytes

log = logging.getLogger(__name__)


def describe(value: object) -> str:
    """Name a JSON value's kind the way a person reads it, for "expected X, got Y" messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return problems.tr("a boolean")
    if isinstance(value, int | float):
        return problems.tr("a number")
    if isinstance(value, str):
        return problems.tr("an empty string") if not value.strip() else problems.tr("a string")
    if isinstance(value, list):
        return problems.tr("a list") if value else problems.tr("an empty list")
    if isinstance(value, dict):
        return problems.tr("an object")
    return type(value).__name__


def aside_path(path: Path, now: datetime) -> Path:
    """A free name beside `path` for a file we refuse to read; never one that already exists."""
    base = f"{path.name}{CORRUPT_INFIX}{now:%Y%m%d-%H%M%S}"
    candidate = path.with_name(base)
    n = 2
    # Two failures within one second (a crash loop) must not overwrite the first copy.
    while candidate.exists():
        candidate = path.with_name(f"{base}-{n}")
        n += 1
    return candidate


def linked_file(path: Path) -> Path:
    """The file `path` names: where it points if it is a link (maybe to a file not yet
    there), else `path` itself. A file kept elsewhere on purpose (with the person's dotfiles,
    say) is read, written and moved aside there, and the link stays."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def move_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename `path` to a free `.corrupt-` name and return it; raises OSError if it cannot.

    Through a link, the file it points to is moved, in its own folder, and the link stays:
    the file is kept there on purpose (with the person's dotfiles, say), and the next save
    writes through the link (`write_json_atomic`). Moving the link itself made that save a
    file of our own, cutting the settings off from their home.
    """
    path = linked_file(path)
    target = aside_path(path, now or datetime.now())
    path.replace(target)
    return target


def aside_name(path: Path, aside: Path) -> str:
    """How a warning about `path` names where it was moved: by name when beside it, in full
    when a link took it elsewhere (the person would look for it beside `path`)."""
    return aside.name if aside.parent == path.parent else str(aside)


def top_level() -> str:
    """The place of a problem with the whole file."""
    return problems.tr("top level")


def then(*parts: str) -> str:
    """What was wrong, what was done about it and what happens now, as one sentence
    ("…; moved it aside to …; using defaults"): each language punctuates it its own way."""
    return problems.tr("%s; %s") % (parts[0], then(*parts[1:])) if len(parts) > 1 else parts[0]


def read_json_object(
    path: Path, *, fallback: str | None = None, now: datetime | None = None
) -> tuple[dict[str, Any] | None, str | None]:
    """Return (object, warning) from a file that should hold one JSON object.

    A missing file is normal (first run): (None, None). An unreadable one gives (None, warning)
    and stays where it is. One that is not a JSON object is moved aside: (None, warning).
    `fallback` ends the warning, saying what the caller does instead ("using defaults").
    """
    fallback = problems.tr("using defaults") if fallback is None else fallback
    remove_leftovers(path)
    problem: tuple[str, str] | None
    try:
        raw = read_limited(path, MAX_BYTES)
    except FileNotFoundError:
        return None, None
    except TooLarge as exc:
        data, problem = None, (top_level(), exc.message)  # a regular file: moved aside below
    except ReadError as exc:
        # A device, a FIFO, a folder: not ours to move; not read, and left as it is.
        return None, printable(f"{path}: {then(str(exc), fallback)}")
    except OSError as exc:
        reason = problems.tr("cannot read file (%s)") % (exc.strerror or exc)
        return None, printable(f"{path}: {then(reason, fallback)}")
    else:
        data, problem = _parse(raw)
    if problem is None:
        if isinstance(data, dict):
            return data, None
        problem = (top_level(), problems.tr("expected a JSON object, got %s") % describe(data))

    place, expected = problem
    fate = move_aside_saying(path, now)
    return None, printable(f"{path}: {place}: {then(expected, fate, fallback)}")


def move_aside_saying(path: Path, now: datetime | None = None) -> str:
    """Move `path` aside (as move_aside) and say what became of it, for a warning: "moved it
    aside to …", or why it could not be."""
    try:
        aside = move_aside(path, now)
    except OSError as exc:
        return problems.tr("could not move it aside (%s)") % (exc.strerror or exc)
    return problems.tr("moved it aside to %s") % aside_name(path, aside)


def _parse(raw: bytes) -> tuple[object, tuple[str, str] | None]:
    """(value, None) for good JSON, else (None, (place, what was expected))."""
    if not raw.decode("utf-8-sig", errors="replace").strip():
        # A crash on a filesystem without atomic rename can leave an empty file behind.
        return None, (top_level(), problems.tr("expected a JSON object, got an empty file"))
    try:
        return parse_json(raw), None
    except ReadError as exc:
        message = exc.message
        if exc.kind == ReadError.INVALID_JSON:
            message = problems.tr("expected valid JSON (%s)") % exc.detail
        return None, (exc.place or top_level(), message)


def remove_leftovers(path: Path, now: float | None = None) -> list[Path]:
    """Remove the hidden temporary files a killed save of `path` left beside it; the removed.

    Only old ones (see `remove_stale`): a younger one may be another StretchPlayer's save
    in progress.
    """
    return remove_stale(path.parent, f".{path.name}.*.tmp", now)


def write_json_atomic(path: Path, data: object, *, ours: object = None) -> None:
    """Replace `path` with `data` as JSON, all or nothing; raises OSError (old file intact).

    Without `ours`, all of `data` must be strict JSON (ValueError for NaN or infinity). With
    it, only `ours` (the part this app made) must be: the rest was read from the file and goes
    back as it was written, NaN included, since a save must not cost the person a value.
    """
    # Serialise first: a value that cannot be written must not cost us the old file.
    if ours is not None:
        json.dumps(ours, allow_nan=False)
    strict = ours is None
    payload = (json.dumps(data, indent=2, ensure_ascii=False, allow_nan=not strict) + "\n").encode()
    if not path.is_symlink():
        make_folder(path.parent)
    # Written where a link points, as editors do: replacing the link with a file of its own
    # cut the settings off from their home, silently, at the first save.
    path = linked_file(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(payload)
            f.flush()
            os.fsync(f.fileno())
        _keep_mode(path, tmp)
        tmp.replace(path)
    except BaseException:
        try:
            tmp.unlink()
        except OSError as exc:
            # The save's own error is what matters; a leftover hidden file only needs a note.
            log.debug("could not remove the temporary file %s: %s", tmp, exc)
        raise
    _fsync_dir(path.parent)


def _keep_mode(old: Path, new: Path) -> None:
    # mkstemp makes 0600 files; a file the person made readable to others should stay so.
    try:
        new.chmod(stat.S_IMODE(old.stat().st_mode))
    except FileNotFoundError:
        pass  # the first save: 0600 is the right start for a file in a private folder
    except OSError as exc:
        log.info("%s: could not keep its permissions (%s); saved as readable by you only", old, exc)


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open a folder, and has no need.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError as exc:
        log.debug("cannot open %s to flush the rename to disk: %s", folder, exc)
        return
    try:
        os.fsync(fd)
    except OSError as exc:
        # The file itself was flushed; only a crash in the next moments could lose the rename.
        log.debug("could not flush the folder %s: %s", folder, exc)
    finally:
        os.close(fd)
