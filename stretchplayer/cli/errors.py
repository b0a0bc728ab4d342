"""The one error type of the command line."""

from __future__ import annotations


class UserError(Exception):
    """A mistake in what the user asked for: reported as one line, never a traceback."""
