"""Making the folders StretchPlayer's files go in, the moment a writer first needs one."""

from __future__ import annotations

import errno
import os
from pathlib import Path


def make_folder(folder: Path) -> None:
    """Make `folder` and its parents if missing; raises OSError if that cannot be done.

    A file standing where a folder goes raises NotADirectoryError, as opening a path through
    it does: mkdir's own "File exists" reads as if a name had been refused.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError as exc:
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), exc.filename) from None
