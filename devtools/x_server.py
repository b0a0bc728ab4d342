"""A private X server for the tests and the benchmarks: Xvfb on a display it picks itself.

`-displayfd` makes Xvfb choose a free display and write its number once it accepts clients: a
fixed number can collide with another server or a stale lock.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator


@contextlib.contextmanager
def xvfb(screen: str = "1280x800x24") -> Iterator[str]:
    """Run Xvfb with one screen of this size and depth; yields its DISPLAY (":N")."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", screen, "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        pass_fds=(write_end,),
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as announced:
            number = announced.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)
