"""Every performance figure of StretchPlayer beside its baseline (same run) and its goal.

    python -m benchmarks [--quick] [--only NAME,NAME] [--runs N] [--no-xvfb]

Window rows run under a private Xvfb server (started here, `xvfb` package) unless --no-xvfb
(then the current DISPLAY, or offscreen). Each row runs its measurement and its baseline
alternately and reports medians; ratios are what to compare across machines. --quick makes
every row shorter (fewer runs, shorter sessions): for a smoke run, not for RESULTS.md.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import wave
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


@dataclass
class Row:
    name: str
    measure: str
    figure: str
    baseline: str
    goal: str
    met: bool | None  # None: no goal of its own (context)


@dataclass
class Options:
    quick: bool
    runs: int
    env: dict[str, str]


# --- processes ------------------------------------------------------------------------------


def scratch_env(base: dict[str, str], home: Path) -> dict[str, str]:
    env = dict(base)
    env["STRETCHPLAYER_HOME"] = str(home)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def run_probe(
    env: dict[str, str], *args: str, timeout: float = 600
) -> tuple[float, dict[str, float]]:
    """Spawn the probe; the seconds from spawn to its JSON line, and that line."""
    return run_probe_lines(env, 1, *args, timeout=timeout)[0]


def run_probe_lines(
    env: dict[str, str], count: int, *args: str, timeout: float = 600
) -> list[tuple[float, dict[str, float]]]:
    """Spawn the probe; for each of its first `count` JSON lines, the seconds from spawn to
    it, and the line. A probe that fails has the end of its stderr printed."""
    lines: list[tuple[float, dict[str, float]]] = []
    # Its stderr goes to a file, read only if it fails: a pipe nobody reads could fill and
    # stall it. With faulthandler, a crash leaves the Python stack of every thread there.
    with tempfile.TemporaryFile() as errors:
        began = time.perf_counter()
        with subprocess.Popen(
            [PYTHON, "-X", "faulthandler", "-m", "benchmarks.probe", *args],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
        ) as child:
            assert child.stdout is not None
            for _ in range(count):
                line = child.stdout.readline()
                if not line:
                    break
                lines.append((time.perf_counter() - began, json.loads(line)))
            try:
                child.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                child.kill()
        if len(lines) < count:
            errors.seek(0)
            said = errors.read().decode("utf-8", "replace").splitlines()
            print(f"probe {' '.join(args)} failed; the end of what it said:", file=sys.stderr)
            print("\n".join(said[-40:]), file=sys.stderr)
            raise RuntimeError(
                f"probe {' '.join(args)} printed {len(lines)} of {count} lines "
                f"(exit {child.returncode})"
            )
    return lines


def cli(env: dict[str, str], *args: str) -> float:
    began = time.perf_counter()
    subprocess.run(
        [PYTHON, "-m", "stretchplayer", *args], cwd=ROOT, env=env, check=True, capture_output=True
    )
    return time.perf_counter() - began


def bare_python(env: dict[str, str]) -> float:
    began = time.perf_counter()
    subprocess.run([PYTHON, "-c", "pass"], env=env, check=True)
    return time.perf_counter() - began


@contextlib.contextmanager
def xvfb(enabled: bool) -> Iterator[dict[str, str]]:
    env = dict(os.environ)
    if not enabled or shutil.which("Xvfb") is None:
        env.setdefault("QT_QPA_PLATFORM", "offscreen" if "DISPLAY" not in env else "xcb")
        yield env
        return
    from devtools.x_server import xvfb as x_server  # as the tests start theirs: a free display

    with x_server("1920x1080x24") as display:
        env["DISPLAY"] = display
        env["QT_QPA_PLATFORM"] = "xcb"
        yield env


@contextlib.contextmanager
def sound_server(env: dict[str, str], folder: Path) -> Iterator[tuple[dict[str, str], bool]]:
    """`env` with a private PulseAudio null sink when one can start here (True), as the tests
    use (devtools/sound_server.py), so the app's sound output streams as on a desktop; else
    `env` unchanged (False): its sound program finds no server and retries now and then."""
    from devtools.sound_server import SoundServer, available

    if available() is not None:
        yield env, False
        return
    server = SoundServer(folder)
    try:
        server.start()
    except (OSError, RuntimeError):  # it would not start: measure without one
        server.stop()
        yield env, False
        return
    from benchmarks.probe import SERVER_PID

    try:
        yield {**env, **server.env, SERVER_PID: str(server.pid)}, True
    finally:
        server.stop()


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def mib(kib: float) -> str:
    return f"{kib / 1024:.0f} MiB"


# --- rows -----------------------------------------------------------------------------------


def measured_costs(env: dict[str, str], kind: str, runs: int = 3) -> dict[str, float]:
    """What the first-window probe of `kind` says with `costs`: the median of each figure."""
    said = [run_probe(env, "first-window", kind, "costs")[1] for _ in range(runs)]
    keys = {key for line in said for key in line if key != "peak_kib"}
    return {key: statistics.median(line.get(key, 0) for line in said) for key in sorted(keys)}


def startup_and_memory(opt: Options) -> list[Row]:
    times: dict[str, list[float]] = {
        "app": [],
        "bare": [],
        "ready": [],
        "replica": [],
        "imports": [],
    }
    peaks: dict[str, list[float]] = {"app": [], "bare": []}
    with tempfile.TemporaryDirectory() as home:
        env = scratch_env(opt.env, Path(home))
        run_probe_lines(env, 2, "first-window", "app")  # writes settings, warms the disk
        for _ in range(opt.runs):
            took, out = run_probe(env, "first-window", "bare")
            times["bare"].append(took)
            peaks["bare"].append(out["peak_kib"])
            times["replica"].append(run_probe(env, "first-window", "replica")[0])
            times["imports"].append(run_probe(env, "first-window", "imports")[0])
            (took, out), (ready, _) = run_probe_lines(env, 2, "first-window", "app")
            times["app"].append(took)
            times["ready"].append(ready)
            peaks["app"].append(out["peak_kib"])
        costs = {kind: measured_costs(env, kind) for kind in ("bare", "replica", "app")}
    t_app, t_bare = statistics.median(times["app"]), statistics.median(times["bare"])
    t_ready, t_replica = statistics.median(times["ready"]), statistics.median(times["replica"])
    t_imports = statistics.median(times["imports"])
    m_app, m_bare = statistics.median(peaks["app"]), statistics.median(peaks["bare"])

    def made(kind: str, what: str) -> str:
        """How many of `what` the probe of `kind` made, and in how long: "225 in 29 ms"."""
        said = costs[kind]
        return f"{said.get(what, 0):.0f} in {said.get(what + '_ms', 0):.0f} ms"

    return [
        Row(
            "startup",
            f"start to first window (median of {opt.runs} alternating)",
            ms(t_app),
            f"{ms(t_bare)} bare window; {t_app / t_bare:.2f}×",
            "≤ 1.3×",
            t_app / t_bare <= 1.3,
        ),
        Row(
            "startup",
            "for context: the same window as stock widgets, from the shortest plain script "
            "(benchmarks/replica.py), a floor under the app's",
            ms(t_replica),
            f"{ms(t_bare)} bare window; {t_replica / t_bare:.2f}×",
            "—",
            None,
        ),
        Row(
            "startup",
            "for context: the bare window after importing what the app has imported by its "
            "first paint, and running nothing else of it (the app's cost in imports alone)",
            ms(t_imports),
            f"{ms(t_bare)} bare window; {t_imports / t_bare:.2f}×",
            "—",
            None,
        ),
        Row(
            "startup",
            "for context: two costs inside the starts above, timed as they happen in runs of "
            "their own (median of 3): PySide6 making a Python enum of every enum of each Qt "
            "class first touched, and the app's dataclasses having their methods compiled",
            f"enums {made('app', 'qt_enums')}; dataclasses {made('app', 'dataclasses')}",
            f"bare window: enums {made('bare', 'qt_enums')}; "
            f"replica: enums {made('replica', 'qt_enums')}",
            "—",
            None,
        ),
        Row(
            "startup",
            "start until what the app does after its first paint is done "
            "(voice, history, media controls)",
            ms(t_ready),
            f"{ms(t_bare)} bare window; {t_ready / t_bare:.2f}×",
            "—",
            None,
        ),
        Row(
            "memory",
            "peak memory at first window",
            mib(m_app),
            f"{mib(m_bare)} bare window; {m_app / m_bare:.2f}×",
            "≤ 1.3×",
            m_app / m_bare <= 1.3,
        ),
    ]


CPU_KINDS = ("bare", "animated", "native", "app", "mat", "fold")


def cpu_playing(opt: Options) -> list[Row]:
    seconds = 8.0 if opt.quick else 30.0
    # Each kind once per round, the rounds one after another: a busy spell of the neighbours
    # on this VM then lifts one round of every kind, and the median leaves it out.
    rounds = 1 if opt.quick else 3
    used: dict[str, list[float]] = {kind: [] for kind in CPU_KINDS}
    children: dict[str, list[float]] = {kind: [] for kind in CPU_KINDS}
    server: dict[str, list[float]] = {kind: [] for kind in CPU_KINDS}
    with (
        tempfile.TemporaryDirectory() as home,
        sound_server(scratch_env(opt.env, Path(home)), Path(home) / "sound") as (env, sound),
    ):
        for _ in range(rounds):
            for kind in CPU_KINDS:
                out = run_probe(env, "cpu", kind, str(seconds))[1]
                used[kind].append(out["cpu"])
                children[kind].append(out["children"])
                if out.get("server") is not None:
                    server[kind].append(out["server"])
    cpu = {kind: statistics.median(values) for kind, values in used.items()}

    def served(kind: str) -> str:
        # The sound server mixes what the app streams; it is not the app's process and on a
        # desktop serves every app, so it is said beside the figure, not added to it.
        if not server[kind]:
            return ""
        return f"; the sound server {statistics.median(server[kind]):.2%} besides"

    def figure(kind: str) -> str:
        # The process's own CPU and its children's (the sound output's pacat): both are the
        # app's work, though getrusage alone would count the child only once it has exited.
        pacat = statistics.median(children[kind])
        return f"{cpu[kind]:.2%} (pacat {pacat:.2%} of it){served(kind)}"

    runs = (
        f"median of {rounds} alternating runs of {seconds:g} s" if rounds > 1 else f"{seconds:g} s"
    )
    # The chimes of the breaths play with the voice off: through a sound server when there is
    # one, as on a desktop (the mixer then streams to it).
    sound_words = "chimes to a PulseAudio null sink" if sound else "no sound server here"
    # The floor under the goal on this machine: what any window pays to repaint two areas as
    # big as the pacer and the figure at the app's fastest frame rate, drawing almost nothing.
    # And the floor under any QWidget app that moves them without running Python per frame.
    # Two decimals: the rows sit within a tenth of their goal, where rounding would hide which
    # side of it they are on.
    base = (
        f"{cpu['animated']:.2%} bare window animating a circle and a card of the same sizes"
        f" 20 times a second, the app's fastest; {cpu['native']:.2%} the same moved by Qt"
        f" alone, no Python"
        f" per frame; {cpu['bare']:.2%} idle{served('bare')}"
    )
    return [
        Row(
            "cpu",
            f"CPU while a session plays, the app and its child processes ({runs}, voice off, "
            f"{sound_words})",
            figure("app"),
            base,
            "≤ 3 %",
            cpu["app"] <= 0.03,
        ),
        Row(
            "cpu-mat",
            "CPU while playing, mat mode",
            figure("mat"),
            base,
            "≤ 3 %",
            cpu["mat"] <= 0.03,
        ),
        Row(
            "cpu-fold",
            f"CPU while holding the seated forward fold ({runs} of breaths: the figure folds"
            " with each one)",
            figure("fold"),
            base,
            "≤ 3 %",
            cpu["fold"] <= 0.03,
        ),
    ]


def lateness(late: list[float]) -> tuple[float, float, float]:
    values = sorted(late)
    p99 = values[min(len(values) - 1, int(len(values) * 0.99))]
    return statistics.median(values), p99, values[-1]


def play_lateness(env: dict[str, str], args: list[str], limit: float | None) -> list[float]:
    """`play --text --json`'s own lateness (measured minus planned), stopped after `limit` s."""
    child = subprocess.Popen(
        [PYTHON, "-m", "stretchplayer", "play", "--text", "--json", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    late: list[float] = []
    began = time.monotonic()
    with child:
        assert child.stdout is not None
        for line in child.stdout:
            cue = json.loads(line)
            if not cue.get("stale"):
                late.append(cue["at"] - cue["t"])
            if limit is not None and time.monotonic() - began > limit:
                child.kill()
                break
    return late


def bare_timer_lateness(deadlines: list[float]) -> list[float]:
    """The floor: a bare single-shot PreciseTimer armed for the same deadlines (in a child)."""
    code = (
        "import json,sys,time\n"
        "from PySide6.QtCore import QCoreApplication,Qt,QTimer\n"
        "d=json.loads(sys.stdin.read());app=QCoreApplication([]);t=QTimer();t.setSingleShot(True)\n"
        "t.setTimerType(Qt.TimerType.PreciseTimer);late=[];s=time.monotonic()\n"
        "def fire():\n"
        " now=time.monotonic()-s\n"
        " while d and d[0]<=now: late.append(now-d.pop(0))\n"
        " if d: t.start(max(0,int((d[0]-(time.monotonic()-s))*1000)+1))\n"
        " else: app.quit()\n"
        "t.timeout.connect(fire);t.start(0);app.exec();print(json.dumps(late))\n"
    )
    done = subprocess.run(
        [PYTHON, "-c", code],
        input=json.dumps(deadlines),
        capture_output=True,
        text=True,
        check=True,
    )
    return list(json.loads(done.stdout))


def drift(late: list[float]) -> str:
    """How much later the last tenth of a whole session's cues fired than its first tenth: a
    clock that counted ticks or chained intervals would fall behind here."""
    tenth = max(1, len(late) // 10)
    moved = statistics.mean(late[-tenth:]) - statistics.mean(late[:tenth])
    return f"drift {moved * 1000:+.1f} ms"


def fmt_late(late: list[float]) -> str:
    p50, p99, worst = lateness(late)
    return (
        f"p50 {p50 * 1000:.1f} / p99 {p99 * 1000:.1f} / max {worst * 1000:.1f} ms (n={len(late)})"
    )


def cue_lateness(opt: Options) -> list[Row]:
    rows: list[Row] = []
    poses = "calf-stretch,lizard-pose" if opt.quick else None
    fast = ["--speed", "20", *(["--poses", poses] if poses else [])]
    slow = ["--poses", "seated-forward-fold"]
    slow_limit = (
        30.0 if opt.quick else 90.0
    )  # the first minute and a half: countdown, steps, breaths
    with tempfile.TemporaryDirectory() as home:
        env = scratch_env(opt.env, Path(home))
        env["QT_QPA_PLATFORM"] = "offscreen"
        for label, args, limit in (
            ("speed 20, " + ("2 poses" if poses else "all poses"), fast, None),
            (f"normal speed, one pose, first {slow_limit:g} s", slow, slow_limit),
        ):
            off = play_lateness(env, args, limit)
            plan = subprocess.run(
                [
                    PYTHON,
                    "-m",
                    "stretchplayer",
                    "plan",
                    "--json",
                    *[a for a in args if a != "--speed" and a != "20"],
                ],
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            speed = 20.0 if "--speed" in args else 1.0
            deadlines = [c["t"] / speed for c in json.loads(plan.stdout)["cues"]]
            if limit is not None:
                deadlines = [d for d in deadlines if d <= limit]
            floor = bare_timer_lateness(deadlines)
            # The voice speaks to a sound server when one can start here, as on a desktop;
            # without one it renders and times its speech all the same, and plays it nowhere.
            # The server runs for this run only: its sink's thread would be noise in the others.
            with sound_server(env, Path(home) / "sound") as (voiced, sound):
                on = play_lateness(voiced, [*args, "--voice"], limit)
            heard = (
                "speech to a PulseAudio null sink" if sound else "no sound server: speech unheard"
            )
            base = f"bare PreciseTimer {fmt_late(floor)}"
            for voice, late in (("off", off), ("on", on)):
                _, p99, worst = lateness(late)
                rows.append(
                    Row(
                        f"late-{'fast' if speed > 1 else 'normal'}-{voice}",
                        f"cue lateness, {label}, voice {voice}"
                        + (f" ({heard})" if voice == "on" else ""),
                        fmt_late(late) + (f"; {drift(late)}" if limit is None else ""),
                        base,
                        "p99 ≤ 5 ms, max ≤ 20 ms",
                        p99 <= 0.005 and worst <= 0.020,
                    )
                )
    return rows


def wav_seconds(path: Path) -> float:
    with wave.open(str(path), "rb") as w:
        return w.getnframes() / w.getframerate()


def write_silence(path: Path, frames: int, rate: int) -> None:
    chunk = bytes(rate * 2)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        left = frames * 2
        while left > 0:
            w.writeframesraw(chunk[: min(left, len(chunk))])
            left -= len(chunk)


def export_audio(opt: Options) -> list[Row]:
    with tempfile.TemporaryDirectory() as home:
        env = scratch_env(opt.env, Path(home))
        out = Path(home) / "session.wav"
        cold = cli(env, "export-audio", "--out", str(out))
        warm = statistics.median(cli(env, "export-audio", "--out", str(out)) for _ in range(3))
        audio = wav_seconds(out)
        with wave.open(str(out), "rb") as w:
            frames, rate = w.getnframes(), w.getframerate()
        began = time.perf_counter()
        write_silence(Path(home) / "silence.wav", frames, rate)
        silence = time.perf_counter() - began
    return [
        Row(
            "export",
            f"export-audio, whole routine ({audio:,.0f} s of audio), cold cache",
            f"{cold:.2f} s ({audio / cold:,.0f}×)",
            f"warm {warm:.2f} s; writing the silence alone {silence:.2f} s",
            "≥ 100× cold",
            audio / cold >= 100,
        )
    ]


def big_library(path: Path, count: int) -> None:
    shipped = json.loads((ROOT / "data" / "poses.json").read_text(encoding="utf-8"))
    poses = []
    for i in range(count):
        pose = dict(shipped["poses"][i % len(shipped["poses"])])
        pose["id"] = f"{pose['id']}-{i}"
        poses.append(pose)
    shipped["poses"] = poses
    path.write_text(json.dumps(shipped), encoding="utf-8")


def seed_history(home: Path, count: int) -> None:
    code = (
        "import sys\nfrom datetime import datetime, timedelta\n"
        "from stretchplayer.storage.history import History\n"
        "h=History();c=h._conn\n"  # one transaction: record() commits each, 10 s here
        "start=datetime(2016,1,1,7,0)\n"
        "with c:\n"
        " c.executemany('INSERT INTO sessions (started_at, day, duration_s, poses, completed) VALUES (?,?,?,?,?)',"
        " [((start+timedelta(days=i)).isoformat(),(start+timedelta(days=i)).date().isoformat(),900.0,"
        '\'["calf-stretch","lizard-pose"]\',1) for i in range(int(sys.argv[1]))])\n'
        "h.close()\n"
    )
    env = scratch_env(dict(os.environ), home)
    subprocess.run([PYTHON, "-c", code, str(count)], cwd=ROOT, env=env, check=True)


def storage_rows(opt: Options) -> list[Row]:
    runs = 3 if opt.quick else 7
    with tempfile.TemporaryDirectory() as home:
        env = scratch_env(opt.env, Path(home))
        library = Path(home) / "big.json"
        big_library(library, 500)
        seed_history(Path(home), 3650)
        bare, validate, history = [], [], []
        for _ in range(runs):
            bare.append(bare_python(env))
            validate.append(cli(env, "validate", str(library)))
            history.append(cli(env, "history"))
        _, window = run_probe(env, "history-window")
    b, v, h = (statistics.median(x) for x in (bare, validate, history))
    return [
        Row(
            "validate",
            "validate a 500-pose library (whole process)",
            f"{v:.2f} s",
            f"bare python {b:.2f} s",
            "≤ 0.5 s",
            v <= 0.5,
        ),
        Row(
            "history",
            "`history` with 3,650 sessions (whole process)",
            f"{h:.2f} s",
            f"bare python {b:.2f} s",
            "≤ 0.3 s",
            h <= 0.3,
        ),
        Row(
            "history-window",
            "open the History window, 3,650 sessions",
            ms(window["seconds"]),
            "(in the running app)",
            "≤ 100 ms",
            window["seconds"] <= 0.1,
        ),
    ]


def stall_row(opt: Options) -> list[Row]:
    seconds = 10.0 if opt.quick else 20.0
    runs = 1 if opt.quick else 3
    idle: list[float] = []
    busy: list[float] = []
    rendered = texts = 0.0
    for _ in range(runs):  # alternating; each run its own fresh cache
        with tempfile.TemporaryDirectory() as home:
            env = scratch_env(opt.env, Path(home))
            _, quiet = run_probe(env, "stall", str(seconds), "idle")
            _, out = run_probe(env, "stall", str(seconds))
        idle.append(quiet["stall"])
        busy.append(out["stall"])
        rendered, texts = min(rendered or out["rendered"], out["rendered"]), out["texts"]
    worst, baseline = statistics.median(busy), statistics.median(idle)
    return [
        Row(
            "stall",
            "longest event-loop stall while the real engine starts and renders a fresh cache "
            f"({seconds:g} s, session playing, median of {runs})",
            f"{ms(worst)} ({rendered:.0f} of {texts:.0f} texts rendered)",
            f"{ms(baseline)} with nothing rendering (a 2 ms precise ticker)",
            "≤ 16 ms",
            worst <= 0.016,
        )
    ]


def memory_after_session(opt: Options) -> list[Row]:
    speed = "200" if opt.quick else "50"
    with tempfile.TemporaryDirectory() as home:
        env = scratch_env(opt.env, Path(home))
        _, out = run_probe(env, "session-memory", speed)
    growth = out["after_two_kib"] - out["after_one_kib"]
    return [
        Row(
            "memory-session",
            f"RSS after one / two whole sessions (×{speed} clock)",
            f"{mib(out['after_one_kib'])} / {mib(out['after_two_kib'])} (+{growth / 1024:.1f} MiB)",
            f"{mib(out['first_window_kib'])} at first window",
            "second session grows ≤ 2 MiB",
            growth <= 2048,
        )
    ]


ROWS: dict[str, Callable[[Options], list[Row]]] = {
    "startup": startup_and_memory,
    "cpu": cpu_playing,
    "lateness": cue_lateness,
    "export": export_audio,
    "storage": storage_rows,
    "stall": stall_row,
    "memory-session": memory_after_session,
}


def machine() -> str:
    cpu = "?"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return f"{platform.node()}: {cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, Python {platform.python_version()}"


def table(rows: list[Row]) -> str:
    head = ("measure", "figure", "baseline (same run)", "goal", "met")
    cells = [head] + [
        (
            r.measure,
            r.figure,
            r.baseline,
            r.goal,
            "—" if r.met is None else "yes" if r.met else "NO",
        )
        for r in rows
    ]
    lines = ["| " + " | ".join(c) + " |" for c in cells]
    lines.insert(1, "|" + "|".join("---" for _ in head) + "|")
    return "\n".join(lines)


def compile_bytecode() -> None:
    """Write the bytecode of the app and its probes, as an installed package has it. Where
    PYTHONDONTWRITEBYTECODE is set (this VM sets it), a module edited since its last
    compile was compiled again on every start it was timed in: a start-up row read 2.07×
    instead of 1.74× after a day of edits."""
    import compileall

    for package in ("stretchplayer", "benchmarks"):
        compileall.compile_dir(ROOT / package, quiet=1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--quick", action="store_true", help="shorter rows, for a smoke run")
    parser.add_argument("--only", help=f"comma-separated groups of rows: {', '.join(ROWS)}")
    parser.add_argument("--runs", type=int, help="alternating runs for start-up (default 7)")
    parser.add_argument("--no-xvfb", action="store_true", help="use the current display")
    args = parser.parse_args(argv)
    names = args.only.split(",") if args.only else list(ROWS)
    for name in names:
        if name not in ROWS:
            parser.error(f"unknown row group {name!r}; expected one of {', '.join(ROWS)}")
    rows: list[Row] = []
    began = datetime.now()
    compile_bytecode()
    with xvfb(not args.no_xvfb) as env:
        options = Options(args.quick, args.runs or (3 if args.quick else 7), env)
        for name in names:
            started = time.perf_counter()
            try:
                new = ROWS[name](options)
            except RuntimeError as exc:
                # A probe that crashed or said nothing: one row says so, and the rest still run
                # (one crash, 20 minutes in, would otherwise lose the whole table).
                new = [Row(name, f"{name} rows", f"not measured: {exc}", "—", "—", False)]
            rows += new
            for row in new:
                print(
                    f"{row.measure}: {row.figure} [{row.baseline}] goal {row.goal}", file=sys.stderr
                )
            print(f"  ({name}: {time.perf_counter() - started:.0f} s)", file=sys.stderr)
    took = timedelta(seconds=round((datetime.now() - began).total_seconds()))
    print(
        f"StretchPlayer benchmarks, {began:%Y-%m-%d %H:%M}, {took} ({'quick' if args.quick else 'full'})"
    )
    print(machine())
    print()
    print(table(rows))
    return 0 if all(r.met is not False for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
