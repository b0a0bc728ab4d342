"""`stretchplayer`: parse, then run one command; every user error is one line on stderr."""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from stretchplayer.cli.errors import UserError, drop_output
from stretchplayer.core import i18n
from stretchplayer.core.guest import printable

LOG_FORMAT = "stretchplayer: %(levelname)s: %(module)s: %(message)s"

log = logging.getLogger(__name__)


def configure_logging(verbose: int) -> None:
    """Log to stderr: warnings by default, INFO with -v, DEBUG (other libraries' too) with -vv."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if h.get_name() == "stretchplayer"]:
        root.removeHandler(handler)  # main() run twice in one process must not print twice
    handler = logging.StreamHandler(sys.stderr)
    handler.set_name("stretchplayer")
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose >= 2 else logging.WARNING)
    ours = logging.DEBUG if verbose >= 2 else logging.INFO if verbose == 1 else logging.WARNING
    logging.getLogger("stretchplayer").setLevel(ours)


def requested_language(argv: Sequence[str]) -> str | None:
    """--language CODE (or =CODE) from the arguments, else the language saved in Preferences.

    Read before parsing, so that --help and argparse's errors are already in that language."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--language" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--language="):
            return arg.partition("=")[2]
    from stretchplayer.storage.settings import saved_language

    return saved_language()


def choose_language(argv: Sequence[str]) -> None:
    """Set the language for this run: one line on stderr for a code that is not shipped."""
    code, notice = i18n.choose(requested_language(argv))
    i18n.set_language(code)
    if code != i18n.SOURCE:
        from stretchplayer.cli.parser import speak_argparse

        speak_argparse()
    if notice:
        print(f"stretchplayer: {notice}", file=sys.stderr)


def parse(argv: Sequence[str]) -> argparse.Namespace:
    """The command and its options; a plain `stretchplayer` (no arguments) opens the window."""
    if not argv:
        # What the parser makes of no arguments, without building it: its ten subcommands and
        # their options cost ~6 ms of every start of the window.
        return argparse.Namespace(command=None)
    from stretchplayer.cli.parser import build_parser

    return build_parser().parse_args(argv)


@contextmanager
def collection_held() -> Iterator[None]:
    """Python's automatic garbage collection off while a command runs, as it was after.

    Starting up makes ~34,000 objects that live as long as the process (modules, classes, Qt's
    wrappers and enums) and almost no garbage: CPython's collector would walk them ~60 times
    before the window first paints, for ~10 ms of the start and a few hundred objects freed.
    The window and `play --text` run on and collect on their GUI thread instead
    (app/collector.py); every other command is short and ends with its process.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def main(argv: Sequence[str] | None = None) -> int:
    with collection_held():  # before anything below imports Qt
        return _main(list(sys.argv[1:] if argv is None else argv))


def _main(argv: list[str]) -> int:
    choose_language(argv)
    args = parse(argv)
    configure_logging(getattr(args, "verbose", 0))
    from stretchplayer.cli import commands
    from stretchplayer.storage.leftovers import clean_leftovers

    clean_leftovers()  # what a save or a render killed half-way left behind

    handlers: dict[str | None, Callable[[argparse.Namespace], int]] = {
        None: commands.open_window,
        "list": commands.list_poses,
        "plan": commands.plan,
        "play": commands.play,
        "validate": commands.validate,
        "export-audio": commands.export_audio,
        "history": commands.history,
        "routines": commands.routines,
        "figure": commands.figure,
    }
    try:
        return handlers[args.command](args)
    except UserError as exc:
        # Each line made safe for the terminal: a message may quote a file's contents.
        text = "\n".join(printable(line) for line in str(exc).split("\n"))
        print(f"stretchplayer: {text}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away: not an error worth a traceback.
        log.debug("stdout was closed by its reader; stopping")
        drop_output(sys.stdout)
        return 0
