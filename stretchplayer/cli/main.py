"""`stretchplayer`: parse, then run one command; every user error is one line on stderr."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from stretchplayer.cli.errors import UserError
from stretchplayer.cli.parser import build_parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from stretchplayer.cli import commands

    handlers: dict[str | None, Callable[[argparse.Namespace], int]] = {
        None: commands.open_window,
        "list": commands.list_poses,
        "plan": commands.plan,
        "play": commands.play,
        "validate": commands.validate,
        "export-audio": commands.export_audio,
        "history": commands.history,
    }
    try:
        return handlers[args.command](args)
    except UserError as exc:
        print(f"stretchplayer: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away: not an error worth a traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
