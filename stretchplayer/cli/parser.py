"""The command line's grammar: argparse only, so parsing never imports Qt."""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from stretchplayer import __version__
from stretchplayer.core.fields import ON_COMMAND_LINE, Field
from stretchplayer.core.i18n import QT_TRANSLATE_NOOP, Context

cli = Context("cli")
argparse_ = Context("argparse")

# argparse's own words, which it looks up through gettext's `_`: given to it from the same
# catalogue (see `speak_argparse`), so `--help` and its errors are in one language.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
)


def speak_argparse() -> None:
    """Let argparse's own words come from the catalogue (English: they are its own)."""
    argparse._ = lambda text: argparse_.tr(text)  # type: ignore[attr-defined]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line, not argparse's usage block: the usage is one --help away.
        self.exit(
            2,
            cli.tr("%(prog)s: error: %(message)s (see --help)\n")
            % {"prog": self.prog, "message": message},
        )


def number(field: Field[float]) -> Callable[[str], float]:
    low, high = field.limits

    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                cli.tr("expected a number of %(unit)s, got %(text)s")
                % {"unit": field.shown_unit, "text": repr(text)}
            ) from None
        if not math.isfinite(value) or not low <= value <= high:
            raise argparse.ArgumentTypeError(
                cli.tr("expected %(unit)s from %(low)s to %(high)s, got %(text)s")
                % {
                    "unit": field.shown_unit,
                    "low": f"{low:g}",
                    "high": f"{high:g}",
                    "text": repr(text),
                }
            )
        return value

    parse.__name__ = field.unit  # argparse names the type in its own messages
    return parse


def add_setting(parser: argparse.ArgumentParser, field: Field[Any]) -> None:
    """An option that overrides one saved setting for this run (None when not given)."""
    if field.flag is None:
        raise ValueError(f"{field.name} is not on the command line")
    if field.choices:
        described = ", ".join(
            f"{value} = {label.lower()}" for value, label in field.shown_choices()
        )
        parser.add_argument(
            field.flag,
            dest=field.name,
            choices=field.values(),
            help=cli.tr("%(help)s: %(described)s (default %(default)s, or as saved in Preferences)")
            % {"help": field.shown_help, "described": described, "default": field.default},
        )
        return
    low, high = field.limits
    parser.add_argument(
        field.flag,
        dest=field.name,
        type=number(field),
        metavar=field.symbol.upper(),
        help=cli.tr(
            "%(help)s, %(low)s to %(high)s %(symbol)s "
            "(default %(default)s %(symbol)s, or as saved in Preferences)"
        )
        % {
            "help": field.shown_help,
            "low": f"{low:g}",
            "high": f"{high:g}",
            "symbol": field.shown_symbol,
            "default": f"{field.default:g}",
        },
    )


def speed(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            cli.tr("expected a number like 20, got %s") % repr(text)
        ) from None
    if not math.isfinite(value) or not 0.1 <= value <= 1000:
        raise argparse.ArgumentTypeError(
            cli.tr("expected a speed from 0.1 to 1000, got %s") % repr(text)
        )
    return value


def pose_ids(text: str) -> list[str]:
    ids = [part.strip() for part in text.split(",")]
    if not all(ids):
        raise argparse.ArgumentTypeError(
            cli.tr("expected pose ids separated by commas, got %s") % repr(text)
        )
    twice = sorted({i for i in ids if ids.count(i) > 1})
    if twice:
        # A session does each pose once, as the window's list can show it.
        raise argparse.ArgumentTypeError(
            cli.tr("expected each pose once, got %s more than once") % ", ".join(twice)
        )
    return ids


def breath_counts(text: str) -> dict[str, int]:
    """`half-split=6,calf-stretch=12`: a breath count per pose."""
    counts: dict[str, int] = {}
    for part in text.split(","):
        pose, sep, n = part.partition("=")
        if not (sep and pose.strip() and n.strip().isdigit() and 1 <= int(n) <= 100):
            raise argparse.ArgumentTypeError(
                cli.tr("expected ID=BREATHS pairs (1 to 100) separated by commas, got %s")
                % repr(text)
            )
        counts[pose.strip()] = int(n)
    return counts


def build_parser() -> argparse.ArgumentParser:
    common: _Parser = _Parser(
        add_help=False
    )  # options every command takes, before or after its name
    common.add_argument(
        "--library",
        type=Path,
        metavar="FILE",
        default=argparse.SUPPRESS,
        help=cli.tr("use this pose library instead of the built-in one"),
    )
    common.add_argument(
        "--language",
        metavar="CODE",
        default=argparse.SUPPRESS,
        help=cli.tr(
            "speak and write in this language (e.g. de, es, fr; default: as the desktop is set)"
        ),
    )
    common.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=argparse.SUPPRESS,
        help=cli.tr("tell what StretchPlayer is doing on stderr; -vv for every detail"),
    )
    session = _Parser(add_help=False)
    session.add_argument(
        "--poses",
        type=pose_ids,
        metavar="ID,ID,...",
        help=cli.tr("the poses to do, in this order (default: all; see 'list')"),
    )
    session.add_argument(
        "--routine",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help=cli.tr(
            "do the poses of this saved routine, in its order, at its pacing (see 'routines')"
        ),
    )
    for field in ON_COMMAND_LINE:
        add_setting(session, field)
    voice = _Parser(add_help=False)
    voice.add_argument(
        "--voice",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=cli.tr("speak the cues (default: off)"),
    )
    json_flag = _Parser(add_help=False)
    json_flag.add_argument(
        "--json", action="store_true", help=cli.tr("print JSON for other programs")
    )

    parser = _Parser(
        prog="stretchplayer",
        parents=[common],
        description=cli.tr(
            "A hands-free guide through a routine of hamstring stretches. "
            "With no command, opens the window."
        ),
    )
    parser.add_argument("--version", action="version", version=f"stretchplayer {__version__}")
    parser.add_argument(
        "--routine",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help=cli.tr("open the window with this saved routine chosen (see 'routines')"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.add_parser(
        "list", parents=[common, json_flag], help=cli.tr("list the poses in the library")
    )
    commands.add_parser(
        "plan",
        parents=[common, session, voice, json_flag],
        help=cli.tr("show the session's timeline, every cue with its time"),
    )
    play = commands.add_parser(
        "play",
        parents=[common, session, voice, json_flag],
        help=cli.tr("play a session without a window"),
    )
    play.add_argument(
        "--text",
        action="store_true",
        required=True,
        help=cli.tr("print each cue as it fires (required: the only mode without a window)"),
    )
    play.add_argument(
        "--speed",
        type=speed,
        default=1.0,
        metavar="X",
        help=cli.tr("play X times faster (e.g. 20 for a preview)"),
    )
    validate = commands.add_parser(
        "validate", parents=[common], help=cli.tr("check a pose library file")
    )
    validate.add_argument("file", type=Path, metavar="FILE")
    export = commands.add_parser(
        "export-audio",
        parents=[common, session],
        help=cli.tr("write the whole session, spoken, as one WAV file"),
    )
    export.add_argument("--out", type=Path, required=True, metavar="FILE.wav")
    commands.add_parser(
        "history", parents=[common, json_flag], help=cli.tr("past sessions and the current streak")
    )
    add_routines(commands, common, json_flag)
    add_figure(
        commands.add_parser(
            "figure", parents=[common], help=cli.tr("draw a pose's figure to PNG or SVG")
        )
    )
    return parser


def add_routines(
    commands: argparse._SubParsersAction[_Parser],
    common: _Parser,
    json_flag: _Parser,
) -> None:
    routines = commands.add_parser(
        "routines",
        parents=[common, json_flag],
        help=cli.tr("list the saved routines; save, delete or rename one"),
        description=cli.tr("With no action, lists the routines (the built-in one first)."),
    )
    actions = routines.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser)
    save = actions.add_parser(
        "save",
        parents=[common],
        help=cli.tr("save (or replace) a routine: poses in order, and any pacing of its own"),
    )
    save.add_argument(
        "name",
        metavar="NAME",
        help=cli.tr(
            "its name; a saved routine of that name is replaced, keeping the pacing and "
            "breath counts of its own that are not given here"
        ),
    )
    save.add_argument(
        "--poses",
        type=pose_ids,
        required=True,
        metavar="ID,ID,...",
        help=cli.tr("the routine's poses, in this order (see 'list')"),
    )
    save.add_argument(
        "--breaths",
        type=breath_counts,
        default={},
        metavar="ID=N,...",
        help=cli.tr(
            "hold these poses for N breaths in this routine (default: as the library says)"
        ),
    )
    for field in ON_COMMAND_LINE:
        add_setting(save, field)
    delete = actions.add_parser("delete", parents=[common], help=cli.tr("delete a saved routine"))
    delete.add_argument("name", metavar="NAME", help=cli.tr("the saved routine to delete"))
    rename = actions.add_parser("rename", parents=[common], help=cli.tr("rename a saved routine"))
    rename.add_argument("old", metavar="OLD", help=cli.tr("the saved routine's name now"))
    rename.add_argument("new", metavar="NEW", help=cli.tr("its new name, not taken by another"))


def breath(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan  # refused below, with the same words
    if not math.isfinite(value) or not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(
            cli.tr("expected a number from 0 to 1, got %s") % repr(text)
        )
    return value


def _counting_number(text: str, not_a_number: str, too_small: str) -> int:
    """`text` as a whole number from 1; the messages are given translated, with a %s for it."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(not_a_number % repr(text)) from None
    if value < 1:
        raise argparse.ArgumentTypeError(too_small % repr(text))
    return value


def step_number(text: str) -> int:
    return _counting_number(
        text,
        cli.tr("expected a step number like 1, got %s"),
        cli.tr("expected a step number from 1, got %s"),
    )


def pixels(text: str) -> int:
    return _counting_number(
        text,
        cli.tr("expected a width in pixels like 880, got %s"),
        cli.tr("expected a width of at least 1 pixel, got %s"),
    )


def add_figure(figure: argparse.ArgumentParser) -> None:
    figure.add_argument("--pose", required=True, metavar="ID", help=cli.tr("the pose (see 'list')"))
    moment = figure.add_mutually_exclusive_group()
    moment.add_argument(
        "--step",
        type=step_number,
        metavar="N",
        help=cli.tr("setup step N, from 1 (default: the hold)"),
    )
    moment.add_argument("--hold", action="store_true", help=cli.tr("the hold (the default)"))
    figure.add_argument(
        "--side",
        choices=("left", "right"),
        help=cli.tr("which side of a two-sided pose (default: the side it starts on)"),
    )
    figure.add_argument(
        "--breath",
        type=breath,
        metavar="F",
        help=cli.tr("during the hold, the breath from 0 (empty lungs) to 1 (full)"),
    )
    figure.add_argument(
        "--width",
        type=pixels,
        default=880,
        metavar="PX",
        help=cli.tr("image width (default 880)"),
    )
    figure.add_argument("--dark", action="store_true", help=cli.tr("colours for a dark background"))
    figure.add_argument("--out", type=Path, required=True, metavar="FILE.png|FILE.svg")
