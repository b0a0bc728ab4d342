"""The one error type of the command line, and what it does when its reader goes away."""

from __future__ import annotations

import os
from typing import TextIO


class UserError(Exception):
    """A mistake in what the user asked for: reported as one line, never a traceback."""


def drop_output(stream: TextIO) -> None:
    """The reader of `stream` went away (`| head`): the rest of the output goes nowhere, so
    that neither the next write nor Python's flush at exit fails again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, stream.fileno())
    finally:
        os.close(devnull)
