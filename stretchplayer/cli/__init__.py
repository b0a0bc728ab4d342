"""The command line: argparse first, Qt only inside the commands that need it."""

from stretchplayer.cli.main import main

__all__ = ["main"]
