"""What each command does. Qt is imported inside the commands that need it, never at the top."""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import os
import sys
from pathlib import Path

from stretchplayer.cli.errors import UserError
from stretchplayer.core import i18n
from stretchplayer.core.fields import ON_COMMAND_LINE
from stretchplayer.core.guest import printable, summarise
from stretchplayer.core.i18n import Context
from stretchplayer.core.library import LibraryError, load_library
from stretchplayer.core.model import Library, Pose, UnknownPoseError
from stretchplayer.core.translation import translate_library, translated_library
from stretchplayer.core.wording import clock
from stretchplayer.core.wording import poses as count_poses
from stretchplayer.engine.pacing import SpeechTime, no_speech
from stretchplayer.engine.timeline import Timeline, build_timeline
from stretchplayer.session.pacing import pacing_for
from stretchplayer.storage import paths
from stretchplayer.storage.routines import (
    Routine,
    RoutineError,
    builtin_name,
    checked_name,
    delete_routine,
    find_routine,
    load_routines,
    missing_poses,
    put_routine,
    rename_routine,
    save_routines,
    unreadable_names,
    with_builtin,
)
from stretchplayer.storage.settings import Settings, load_settings

log = logging.getLogger(__name__)
cli = Context("cli")


def load(args: argparse.Namespace) -> Library:
    path: Path | None = getattr(args, "library", None)
    log.info("pose library: %s", path or "the built-in one")
    try:
        return load_library(path)
    except LibraryError as exc:
        raise library_error(exc) from None


def library_error(exc: LibraryError) -> UserError:
    """A library's problems (or its figures') as a command's one error: the line, or a count
    and the lines, summarised."""
    lines = exc.lines()
    if len(lines) == 1:
        return UserError(lines[0])
    return UserError(cli.tr("%s problems:") % i18n.grouped(exc.count) + "\n" + "\n".join(lines))


def chosen_poses(args: argparse.Namespace, library: Library) -> tuple[Pose, ...]:
    try:
        poses = library.select(args.poses)
    except UnknownPoseError as exc:
        raise UserError(f"--poses: {exc}") from None
    routine: Routine | None = getattr(args, "chosen_routine", None)
    return routine.held(poses) if routine is not None else poses


def warn(lines: list[str]) -> None:
    """Warnings on stderr: terminal-safe, and a flood summarised after the first few."""
    for line in summarise(lines):
        print(f"stretchplayer: {printable(line)}", file=sys.stderr)


def saved_routines() -> list[Routine]:
    routines, warnings = load_routines()
    warn(warnings)
    return routines


def chosen_routine(args: argparse.Namespace, library: Library) -> Routine | None:
    """The routine --routine names, with only the poses this library has (None without it)."""
    name: str | None = getattr(args, "routine", None)
    if name is None:
        return None
    if getattr(args, "poses", None) is not None:
        raise UserError(cli.tr("--routine and --poses: expected one or the other, not both"))
    try:
        routine = find_routine(with_builtin(saved_routines(), library.ids), name)
    except RoutineError as exc:
        raise UserError(f"--routine: {exc}") from None
    missing = missing_poses(routine, library.ids)
    if missing:
        problem = cli.tr('routine "%s": poses not in this library: %s') % (name, ", ".join(missing))
        if len(missing) == len(routine.poses):
            raise UserError(cli.tr("--routine: %s; nothing left to do") % problem)
        warn([cli.tr("%s; doing the others (the routine is kept as saved)") % problem])
    log.info("routine %r: %s", name, ", ".join(routine.poses))
    return dataclasses.replace(routine, poses=[p for p in routine.poses if p not in missing])


def settings_for_run(args: argparse.Namespace) -> Settings:
    """The saved settings (what Preferences shows), then the routine's pacing and poses
    (--routine), then this run's options on top; nothing saved."""
    settings, warnings = load_settings()
    warn(warnings)
    routine = chosen_routine(args, load(args))
    if routine is not None:
        settings = routine.apply(settings)
        args.poses = routine.poses
        args.chosen_routine = routine  # its breath counts, for chosen_poses
    given = {f.name: getattr(args, f.name) for f in ON_COMMAND_LINE}
    given = {name: value for name, value in given.items() if value is not None}
    log.info("settings: %s", paths.settings_file())
    if given:
        log.info("for this run only: %s", ", ".join(f"{k}={v}" for k, v in given.items()))
    return dataclasses.replace(settings, **given)


def session_timeline(
    args: argparse.Namespace, settings: Settings, speech: SpeechTime = no_speech
) -> Timeline:
    library = load(args)
    return build_timeline(chosen_poses(args, library), pacing_for(settings, speech))


def list_poses(args: argparse.Namespace) -> int:
    library = load(args)
    if args.json:
        rows = [
            {
                "id": p.id,
                "name": p.name,
                "sides": "both" if p.two_sided else "none",
                "breaths": p.breaths,
                "equipment": list(p.equipment),
                "posture": p.posture,
                "first_side": p.first_side,
                "purpose": p.purpose,
                "steps": len(p.steps),
            }
            for p in library.poses
        ]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    width = max(len(p.id) for p in library.poses)
    for p in library.poses:
        extra = f"  [{', '.join(p.equipment)}]" if p.equipment else ""
        print(printable(f"{p.id:<{width}}  {p.name} — {p.sides_label}{extra}"))
    return 0


def plan(args: argparse.Namespace) -> int:
    timeline, _ = voiced_timeline(args, settings_for_run(args))
    if args.json:
        print(json.dumps(timeline.to_json(), indent=2, ensure_ascii=False))
        return 0
    sides = {"right": cli.tr("right"), "left": cli.tr("left")}
    kinds = cue_kinds()
    width = max(9, *map(len, kinds.values()))
    for cue in timeline.cues:
        side = f" ({sides[cue.side]})" if cue.side else ""
        shown = side if cue.kind in ("pose", "switch") else ""
        print(printable(f"{clock(cue.t):>6}  {kinds[cue.kind]:<{width}} {cue.text}{shown}"))
    print(
        cli.tr("total %s (%s s, %s)")
        % (clock(timeline.total), f"{timeline.total:.1f}", count_poses(len(timeline.spans)))
    )
    return 0


def cue_kinds() -> dict[str, str]:
    """The second column of `plan`: each kind of cue, in the language in use (`plan --json`
    keeps the names)."""
    return {
        "countdown": cli.tr("countdown", "plan column"),
        "pose": cli.tr("pose", "plan column"),
        "step": cli.tr("step", "plan column"),
        "hold": cli.tr("hold", "plan column"),
        "breath": cli.tr("breath", "plan column"),
        "release": cli.tr("release", "plan column"),
        "switch": cli.tr("switch", "plan column"),
        "rest": cli.tr("rest", "plan column"),
        "done": cli.tr("done", "plan column"),
    }


def validate(args: argparse.Namespace) -> int:
    translation = translated_library(args.file)
    try:
        if translation is not None:
            return validate_translation(args.file, *translation)
        library = load_library(args.file)
    except LibraryError as exc:
        for line in exc.lines():
            print(line, file=sys.stderr)
        return 1
    from stretchplayer.core.keyframes import load_figures

    try:
        load_figures(library)  # the figures beside it are checked as strictly
    except LibraryError as exc:
        for line in exc.lines():
            print(line, file=sys.stderr)
        return 1
    two = sum(p.two_sided for p in library.poses)
    print(
        printable(
            # "1 poses" in English, as it always was (stretchplayer_en.ts keeps it).
            cli.tr(
                "%s: valid — %n pose(s) (%s on both sides), schema version %s",
                "",
                len(library.poses),
            )
            % (args.file, two, library.version)
        )
    )
    return 0


def validate_translation(path: Path, english: Path, code: str) -> int:
    """`validate poses.de.json`: the translation checked against the library beside it."""
    translate_library(load_library(english, language=i18n.SOURCE), code, path)
    print(printable(cli.tr("%s: valid — the %s texts of %s") % (path, code, english.name)))
    return 0


def voiced_timeline(args: argparse.Namespace, settings: Settings) -> tuple[Timeline, bool]:
    """The session, and whether the voice times it. With --voice, the real voice's lengths
    (its engine is closed afterwards, so that only one engine ever runs: a player starts its
    own); a voice that fails is one line on stderr, and the session goes on silently, as in
    the window."""
    if not args.voice:
        return session_timeline(args, settings), False
    # Rendering here, and waiting for it, is fine outside the window: ~15 ms an utterance
    # (cached after the first time), and the timeline gets the voice's exact durations.
    from stretchplayer.session.narration import Policy, speech_time
    from stretchplayer.voice.render_worker import BlockingVoice
    from stretchplayer.voice.tts import EngineError, VoiceConfig

    try:
        voice = BlockingVoice(VoiceConfig(settings.voice_id, settings.voice_rate))
        try:
            speech = speech_time(Policy.for_command_line(settings), voice)
            return session_timeline(args, settings, speech), True
        finally:
            voice.close()
    except EngineError as exc:
        warn([cli.tr("--voice: %s; the session goes on silently.") % exc])
        return session_timeline(args, settings), False


def play(args: argparse.Namespace) -> int:
    settings = settings_for_run(args)
    timeline, voice = voiced_timeline(args, settings)
    quiet_qt_logs(args)
    from stretchplayer.cli.headless_player import play_text

    return play_text(
        timeline,
        args.speed,
        args.json,
        voice=settings if voice else None,
        routine=getattr(args, "routine", None),
    )


def check_out_folder(out: Path) -> None:
    """Say now, before any work, when the folder `--out` names cannot take the file."""
    folder = out.parent
    if folder.is_dir():
        return
    if folder.exists():
        raise UserError(cli.tr("--out: %s is a file, not a folder") % folder)
    raise UserError(cli.tr("--out: the folder %s does not exist") % folder)


def export_audio(args: argparse.Namespace) -> int:
    from stretchplayer.session.audio_export import export_session
    from stretchplayer.session.narration import Policy, speech_time
    from stretchplayer.voice.render_worker import BlockingVoice
    from stretchplayer.voice.tts import EngineError, VoiceConfig

    out: Path = args.out
    if out.is_dir():
        raise UserError(
            cli.tr("--out: %s is a folder; expected a file name such as session.wav") % out
        )
    check_out_folder(out)
    settings = settings_for_run(args)  # the person's mistakes before the engine's
    poses = chosen_poses(args, load(args))
    policy = Policy.for_command_line(settings)
    try:
        voice = BlockingVoice(VoiceConfig(settings.voice_id, settings.voice_rate))
    except EngineError as exc:
        raise UserError(cli.tr("export-audio: cannot speak: %s") % exc) from None
    try:
        # The same timeline as `plan --voice`: same settings, same rendered durations.
        timeline = build_timeline(poses, pacing_for(settings, speech_time(policy, voice)))
        summary = export_session(timeline, policy, voice.clip, out)
    except EngineError as exc:
        raise UserError(f"export-audio: {exc}") from None
    except OSError as exc:
        raise UserError(
            cli.tr("export-audio: cannot write %s: %s") % (out, exc.strerror or exc)
        ) from None
    finally:
        voice.close()
    print(
        printable(
            cli.tr("%s: %s (%s s) of audio, %s spoken cues, %s chimes")
            % (
                out,
                clock(summary.seconds),
                f"{summary.seconds:.1f}",
                summary.spoken,
                summary.chimes,
            )
        )
    )
    return 0


def history(args: argparse.Namespace) -> int:
    from stretchplayer.storage.history import History, HistoryError

    settings, warnings = load_settings()
    warn(warnings)
    with History(reading=True) as past:
        warn(past.warnings)
        try:
            if args.json:
                # allow_nan=False: the rows were checked on reading; never print what is not JSON.
                print(
                    json.dumps(
                        past.to_json(limit=None, day_start=settings.day_start),
                        indent=2,
                        allow_nan=False,
                    )
                )
                return 0
            sessions = past.sessions(limit=30)
            streak = past.streak(day_start=settings.day_start)
        except HistoryError as exc:
            raise UserError(str(exc)) from None
    if settings.show_streak and streak:
        print(
            cli.tr("Streak: %n day(s) in a row. Stretch once a day to keep it going.", "", streak)
        )
    elif settings.show_streak and sessions:
        # A streak of 0 days has nothing to keep going.
        print(cli.tr("No streak yet: finish a session once a day to start one."))
    if not sessions:
        print(cli.tr("No sessions yet: run `stretchplayer` and press Space to start."))
    for session in sessions:
        done = cli.tr("done") if session.completed else cli.tr("stopped early")
        # A format, so a language can write dates its way (and without English day names).
        when = session.started_at.strftime(cli.tr("%a %d %b %Y %H:%M"))
        how = f", {session.routine}" if session.routine else ""
        how += cli.tr(", in the terminal") if session.played == "text" else ""
        # The routine's name comes from a file that may have been edited: terminal-safe.
        print(
            printable(
                f"{when}  {clock(session.duration_s):>6}  "
                f"{count_poses(len(session.poses))}, {done}{how}"
            )
        )
    return 0


def figure(args: argparse.Namespace) -> int:
    """Draw one moment of a pose's figure to a PNG or an SVG (DESIGN.md section 4)."""
    from stretchplayer.core.figure import moment
    from stretchplayer.core.keyframes import load_figures
    from stretchplayer.core.model import UnknownPoseError

    library = load(args)
    try:
        (pose,) = library.select([args.pose])
    except UnknownPoseError as exc:
        raise UserError(f"--pose: {exc}") from None
    try:
        figures = load_figures(library)
    except LibraryError as exc:
        raise library_error(exc) from None
    shape = figures.get(pose.id)
    if shape is None:
        raise UserError(
            cli.tr("--pose: %s has no figure in this library; it is drawn from %s")
            % (pose.id, pose.image)
        )
    if args.step is not None and args.step > len(pose.steps):
        raise UserError(
            cli.tr("--step: expected 1 to %(most)s for %(pose)s, got %(step)s")
            % {"most": len(pose.steps), "pose": pose.id, "step": args.step}
        )
    if args.side is not None and not pose.two_sided:
        raise UserError(cli.tr("--side: %s is done once, not on each side") % pose.id)
    if args.breath is not None and args.step is not None:
        raise UserError(cli.tr("--breath: the figure breathes during the hold; leave out --step"))
    out: Path = args.out
    if out.suffix.lower() not in (".png", ".svg"):
        raise UserError(
            cli.tr("--out: expected a file name ending in .png or .svg, got %s") % out.name
        )
    if out.is_dir():
        raise UserError(
            cli.tr("--out: %s is a folder; expected a file name such as figure.png") % out
        )
    check_out_folder(out)
    step = None if args.step is None else args.step - 1
    posed = moment(shape, step, breath=args.breath)
    side = args.side or pose.first_side
    if pose.two_sided and side != (pose.first_side or "right"):
        posed = posed.mirrored()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from stretchplayer.ui.figure_export import write_figure

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    try:
        write_figure(posed, out, args.width, args.dark)
    except OSError as exc:
        raise UserError(cli.tr("--out: cannot write %s: %s") % (out, exc.strerror or exc)) from None
    what = cli.tr("step %s") % args.step if args.step is not None else cli.tr("hold")
    where = ""
    if pose.two_sided:
        where = cli.tr(", left side") if side == "left" else cli.tr(", right side")
    print(printable(f"{out}: {pose.id}, {what}{where}"))
    return 0


def open_window(args: argparse.Namespace) -> int:
    library = load(args)  # before Qt: a broken library is reported like in every command
    routine = chosen_routine(args, library)
    quiet_qt_logs(args)
    from stretchplayer.app import run

    return run(
        library,
        routine=routine.name if routine else None,
        library_file=getattr(args, "library", None),
    )


def routines(args: argparse.Namespace) -> int:
    """`routines`: list them; `routines save|delete|rename`: change routines.json."""
    library = load(args)
    saved = saved_routines()
    builtin = builtin_name(len(library.ids))
    action: str | None = args.action
    try:
        if action is None:
            return list_routines(args, library, saved)
        if action == "save":
            name = checked_name(args.name, builtin)
            old = next((r for r in saved if r.name == name), None)
            unread = name in unreadable_names()
            chosen_poses(args, library)  # every id must be in the library
            pacing = {f.name: getattr(args, f.name) for f in ON_COMMAND_LINE}
            stray = [p for p in args.breaths if p not in args.poses]
            if stray:
                raise RoutineError(cli.tr("--breaths: not among --poses: %s") % ", ".join(stray))
            given = {k: v for k, v in pacing.items() if v is not None}
            # As in the window: saving over a routine keeps what it had that this command does
            # not set (it dropped it without a word). `routines delete` first starts afresh.
            routine = (
                old.saved_as(name, args.poses, given, args.breaths)
                if old is not None
                else Routine(name, list(args.poses), given, dict(args.breaths))
            )
            changed = put_routine(saved, routine)
            done = cli.tr('saved routine "%s": %s') % (name, count_poses(len(routine.poses)))
            if unread:
                # It was never offered, but it was the person's: say it goes.
                done = cli.tr('replaced routine "%s": %s (it could not be read)') % (
                    name,
                    count_poses(len(routine.poses)),
                )
            elif old is not None:
                # Saving over a routine is how a script changes one (the window asks first):
                # said, with what it was, so a slip of the name can be undone.
                done = cli.tr('replaced routine "%s": %s (it had %s)') % (
                    name,
                    count_poses(len(routine.poses)),
                    ",".join(old.poses),
                )
        elif action == "delete":
            changed = delete_routine(saved, args.name, builtin)
            done = cli.tr('deleted routine "%s"') % args.name
        else:
            changed = rename_routine(saved, args.old, args.new, builtin, unreadable_names())
            done = cli.tr('renamed routine "%s" to "%s"') % (args.old, args.new.strip())
    except RoutineError as exc:
        raise UserError(f"routines {action}: {exc}") from None
    try:
        save_routines(changed)
    except OSError as exc:
        if exc.strerror is None:
            # A routines.json that could not be read and is still in place: the message
            # already names it and says nothing was saved.
            raise UserError(f"routines {action}: {exc}") from None
        raise UserError(
            cli.tr("routines %s: %s: not saved (%s)")
            % (action, paths.routines_file(), exc.strerror)
        ) from None
    print(printable(done))
    return 0


def list_routines(args: argparse.Namespace, library: Library, saved: list[Routine]) -> int:
    builtin = with_builtin([], library.ids)[0]
    if args.json:
        # The saved routines only (DESIGN.md section 4); the built-in one is every pose of `list`.
        rows = [routine_json(r, library) for r in saved if r.name != builtin.name]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    for routine in with_builtin(saved, library.ids):
        missing = missing_poses(routine, library.ids)
        extra = cli.tr(" (built in)") if routine.name == builtin.name else ""
        pacing = ", ".join(
            [f"{k} {v}" for k, v in routine.pacing.items()]
            # "1 breaths" in English, as it always was (stretchplayer_en.ts keeps it).
            + [
                p + " " + cli.tr("%n breath(s)", "routine pacing", n)
                for p, n in routine.breaths.items()
            ]
        )
        # Names and ids come from a file someone may have shared: terminal-safe, like `list`.
        print(
            printable(
                f"{routine.name}{extra}: {', '.join(routine.poses)}"
                + (f" [{pacing}]" if pacing else "")
            )
        )
        if missing:
            print(printable(cli.tr("  not in this library: %s") % ", ".join(missing)))
    return 0


def routine_json(routine: Routine, library: Library) -> dict[str, object]:
    return {
        "name": routine.name,
        "poses": list(routine.poses),
        "pacing": dict(routine.pacing),
        "breaths": dict(routine.breaths),
        "missing": missing_poses(routine, library.ids),
    }


def quiet_qt_logs(args: argparse.Namespace) -> None:
    """Qt Multimedia reports every missing optional library (pipewire, VA-API) on stderr.

    Those lines mean nothing to a person on a mat and would break `--json` readers; a
    developer who wants them asks for every detail (-vv) or sets QT_LOGGING_RULES, which
    this leaves alone.
    """
    if getattr(args, "verbose", 0) < 2:
        os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")
