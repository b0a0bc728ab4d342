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
from stretchplayer.core.fields import ON_COMMAND_LINE
from stretchplayer.core.library import LibraryError, load_library
from stretchplayer.core.model import Library, Pose, UnknownPoseError
from stretchplayer.core.wording import clock, count
from stretchplayer.engine.pacing import SpeechTime, no_speech
from stretchplayer.engine.timeline import Timeline, build_timeline
from stretchplayer.session.pacing import pacing_for
from stretchplayer.storage import paths
from stretchplayer.storage.settings import Settings, load_settings

log = logging.getLogger(__name__)


def load(args: argparse.Namespace) -> Library:
    path: Path | None = getattr(args, "library", None)
    log.info("pose library: %s", path or "the built-in one")
    try:
        return load_library(path)
    except LibraryError as exc:
        raise UserError(
            str(exc) if len(exc.problems) == 1 else f"{len(exc.problems)} problems:\n{exc}"
        ) from None


def chosen_poses(args: argparse.Namespace, library: Library) -> tuple[Pose, ...]:
    try:
        return library.select(args.poses)
    except UnknownPoseError as exc:
        raise UserError(f"--poses: {exc}") from None


def settings_for_run(args: argparse.Namespace) -> Settings:
    """The saved settings (what Preferences shows) with this run's options on top, unsaved."""
    settings, warnings = load_settings()
    for warning in warnings:
        print(f"stretchplayer: {warning}", file=sys.stderr)
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
        print(f"{p.id:<{width}}  {p.name} — {p.sides_label}{extra}")
    return 0


def plan(args: argparse.Namespace) -> int:
    timeline = voiced_timeline(args, settings_for_run(args))
    if args.json:
        print(json.dumps(timeline.to_json(), indent=2, ensure_ascii=False))
        return 0
    for cue in timeline.cues:
        side = f" ({cue.side})" if cue.side else ""
        print(
            f"{clock(cue.t):>6}  {cue.kind:<9} {cue.text}{side if cue.kind in ('pose', 'switch') else ''}"
        )
    print(
        f"total {clock(timeline.total)} ({timeline.total:.1f} s, {count(len(timeline.spans), 'pose')})"
    )
    return 0


def validate(args: argparse.Namespace) -> int:
    try:
        library = load_library(args.file)
    except LibraryError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    two = sum(p.two_sided for p in library.poses)
    print(
        f"{args.file}: valid — {len(library.poses)} poses ({two} on both sides), schema version {library.version}"
    )
    return 0


def voiced_timeline(args: argparse.Namespace, settings: Settings) -> Timeline:
    """The session; with --voice, timed by the real voice, whose engine is closed afterwards
    so that only one engine is ever running (a player starts its own)."""
    if not args.voice:
        return session_timeline(args, settings)
    # Rendering here, and waiting for it, is fine outside the window: ~15 ms an utterance
    # (cached after the first time), and the timeline gets the voice's exact durations.
    from stretchplayer.session.narration import Policy, speech_time
    from stretchplayer.voice.render_worker import BlockingVoice
    from stretchplayer.voice.tts import EngineError, VoiceConfig

    try:
        voice = BlockingVoice(VoiceConfig(settings.voice_id, settings.voice_rate))
    except EngineError as exc:
        raise UserError(f"--voice: {exc}") from None
    try:
        speech = speech_time(Policy.for_command_line(settings), voice)
        return session_timeline(args, settings, speech)
    except EngineError as exc:
        raise UserError(f"--voice: {exc}") from None
    finally:
        voice.close()


def play(args: argparse.Namespace) -> int:
    settings = settings_for_run(args)
    voice = args.voice
    try:
        timeline = voiced_timeline(args, settings)
    except UserError as exc:
        if not voice or not str(exc).startswith("--voice:"):
            raise
        # Like the window: a speech engine that fails leaves the session, silent, on time.
        print(f"stretchplayer: {exc}; the session goes on silently.", file=sys.stderr)
        voice = False
        timeline = session_timeline(args, settings)
    quiet_qt_logs(args)
    from stretchplayer.cli.headless_player import play_text

    return play_text(timeline, args.speed, args.json, voice=settings if voice else None)


def export_audio(args: argparse.Namespace) -> int:
    from stretchplayer.session.audio_export import export_session
    from stretchplayer.session.narration import Policy, speech_time
    from stretchplayer.voice.render_worker import BlockingVoice
    from stretchplayer.voice.tts import EngineError, VoiceConfig

    out: Path = args.out
    if out.is_dir():
        raise UserError(f"--out: {out} is a folder; expected a file name such as session.wav")
    if not out.parent.is_dir():
        raise UserError(f"--out: the folder {out.parent} does not exist")
    poses = chosen_poses(args, load(args))  # the person's mistakes before the engine's
    settings = settings_for_run(args)
    policy = Policy.for_command_line(settings)
    try:
        voice = BlockingVoice(VoiceConfig(settings.voice_id, settings.voice_rate))
    except EngineError as exc:
        raise UserError(f"export-audio: cannot speak: {exc}") from None
    try:
        # The same timeline as `plan --voice`: same settings, same rendered durations.
        timeline = build_timeline(poses, pacing_for(settings, speech_time(policy, voice)))
        summary = export_session(timeline, policy, voice.clip, out)
    except EngineError as exc:
        raise UserError(f"export-audio: {exc}") from None
    except OSError as exc:
        raise UserError(f"export-audio: cannot write {out}: {exc.strerror or exc}") from None
    finally:
        voice.close()
    print(
        f"{out}: {clock(summary.seconds)} ({summary.seconds:.1f} s) of audio, "
        f"{summary.spoken} spoken cues, {summary.chimes} chimes"
    )
    return 0


def history(args: argparse.Namespace) -> int:
    from stretchplayer.storage.history import History, HistoryError

    with History() as past:
        for warning in past.warnings:
            print(f"stretchplayer: {warning}", file=sys.stderr)
        try:
            if args.json:
                print(json.dumps(past.to_json(limit=None), indent=2))
                return 0
            sessions = past.sessions(limit=30)
            streak = past.streak()
        except HistoryError as exc:
            raise UserError(str(exc)) from None
    days = "day" if streak == 1 else "days"
    print(f"Streak: {streak} {days} in a row. Stretch once a day to keep it going.")
    if not sessions:
        print("No sessions yet: run `stretchplayer` and press Space to start.")
    for session in sessions:
        done = "done" if session.completed else "stopped early"
        when = session.started_at.strftime("%a %d %b %Y %H:%M")
        print(
            f"{when}  {clock(session.duration_s):>6}  {count(len(session.poses), 'pose')}, {done}"
        )
    return 0


def open_window(args: argparse.Namespace) -> int:
    library = load(args)  # before Qt: a broken library is reported like in every command
    quiet_qt_logs(args)
    from stretchplayer.app import run

    return run(library)


def quiet_qt_logs(args: argparse.Namespace) -> None:
    """Qt Multimedia reports every missing optional library (pipewire, VA-API) on stderr.

    Those lines mean nothing to a person on a mat and would break `--json` readers; a
    developer who wants them asks for every detail (-vv) or sets QT_LOGGING_RULES, which
    this leaves alone.
    """
    if getattr(args, "verbose", 0) < 2:
        os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")
