"""What each command does. Qt is imported inside the commands that need it, never at the top."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from stretchplayer.cli.errors import UserError
from stretchplayer.core.library import LibraryError, load_library
from stretchplayer.core.model import Library, Pose, UnknownPoseError
from stretchplayer.core.wording import clock, count
from stretchplayer.engine.pacing import Pacing, SpeechTime, no_speech
from stretchplayer.engine.timeline import Timeline, build_timeline


def load(args: argparse.Namespace) -> Library:
    path: Path | None = getattr(args, "library", None)
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


def pacing_from(args: argparse.Namespace, speech: SpeechTime = no_speech) -> Pacing:
    return Pacing(
        breath_in=args.breath_in,
        breath_out=args.breath_out,
        countdown=args.countdown,
        rest=args.rest,
        first_side=args.first_side,
        speech=speech,
    )


def session_timeline(args: argparse.Namespace, speech: SpeechTime = no_speech) -> Timeline:
    library = load(args)
    return build_timeline(chosen_poses(args, library), pacing_from(args, speech))


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
    timeline = voiced_timeline(args)
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


def voiced_timeline(args: argparse.Namespace) -> Timeline:
    """The session; with --voice, timed by the real voice, whose engine is closed afterwards
    so that only one engine is ever running (a player starts its own)."""
    if not args.voice:
        return session_timeline(args)
    # Rendering here, and waiting for it, is fine outside the window: ~15 ms an utterance
    # (cached after the first time), and the timeline gets the voice's exact durations.
    from stretchplayer.session.narration import Policy, speech_time
    from stretchplayer.storage.settings import load_settings
    from stretchplayer.voice.render_worker import BlockingVoice
    from stretchplayer.voice.tts import EngineError, VoiceConfig

    settings = load_settings()[0]
    try:
        voice = BlockingVoice(VoiceConfig(settings.voice_id, settings.voice_rate))
    except EngineError as exc:
        raise UserError(f"--voice: {exc}") from None
    try:
        return session_timeline(args, speech_time(Policy.for_command_line(settings), voice))
    except EngineError as exc:
        raise UserError(f"--voice: {exc}") from None
    finally:
        voice.close()


def play(args: argparse.Namespace) -> int:
    timeline = voiced_timeline(args)
    quiet_qt_logs()
    from stretchplayer.cli.headless_player import play_text

    voice = None
    if args.voice:
        from stretchplayer.storage.settings import load_settings

        voice, warnings = load_settings()
        for warning in warnings:
            print(f"stretchplayer: {warning}", file=sys.stderr)
    return play_text(timeline, args.speed, args.json, voice)


def export_audio(args: argparse.Namespace) -> int:
    from stretchplayer.session.audio_export import export_session
    from stretchplayer.session.narration import Policy, speech_time
    from stretchplayer.storage.settings import load_settings
    from stretchplayer.voice.render_worker import BlockingVoice
    from stretchplayer.voice.tts import EngineError, VoiceConfig

    out: Path = args.out
    if out.is_dir():
        raise UserError(f"--out: {out} is a folder; expected a file name such as session.wav")
    if not out.parent.is_dir():
        raise UserError(f"--out: the folder {out.parent} does not exist")
    poses = chosen_poses(args, load(args))  # the person's mistakes before the engine's
    settings = load_settings()[0]
    policy = Policy.for_command_line(settings)
    try:
        voice = BlockingVoice(VoiceConfig(settings.voice_id, settings.voice_rate))
    except EngineError as exc:
        raise UserError(f"export-audio: cannot speak: {exc}") from None
    try:
        # The same timeline as `plan --voice`: same settings, same rendered durations.
        timeline = build_timeline(poses, pacing_from(args, speech_time(policy, voice)))
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
    quiet_qt_logs()
    from stretchplayer.app import run

    return run(library)


def quiet_qt_logs() -> None:
    """Qt Multimedia reports every missing optional library (pipewire, VA-API) on stderr.

    Those lines mean nothing to a person on a mat and would break `--json` readers; a
    developer who wants them sets QT_LOGGING_RULES, which this leaves alone.
    """
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")
