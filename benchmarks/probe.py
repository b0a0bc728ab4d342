"""The child process of the window rows: one measurement per run, its result one JSON line.

    python -m benchmarks.probe MODE [ARGS]

Modes (each prints `{"...": ...}` on stdout and exits):
  first-window app|bare|replica|imports [modules|costs]
                          peak memory when the first window has painted; the parent times
                          the process from its spawn to this line. The app then prints a
                          second line once what it does after its first paint (voice,
                          history, media controls, icon) is done. imports: the bare window
                          after importing what the app imports before its first paint.
                          With `modules`, the line also lists the app's modules then loaded;
                          with `costs`, it says how many Python enums and dataclasses were
                          made by then and the milliseconds that took (start_costs())
  cpu app|mat|fold|bare|animated|native SECS
                          CPU time of the whole process (all threads) and of the children
                          it runs (the sound output's pacat) while a session plays
                          past its countdown (voice off), or in the hold of the seated forward
                          fold (fold), or while a bare window sits idle, or while a bare
                          window animates a circle and a card as big as the app's (animated:
                          repainted from Python; native: scaled by Qt, no Python per frame);
                          and, when the benchmark started a sound server for it, that
                          server's over the same seconds
  stall SECS [idle]       the longest event-loop stall while the real speech engine renders
                          (fresh cache: every utterance of the session), the session running
  history-window          seconds to open the History window on the seeded 3,650 sessions
  session-memory SPEED    RSS at the first window, after one whole session and after a second
                          (played SPEED times faster on a scaled clock, voice off)

The caller sets STRETCHPLAYER_HOME to a scratch folder and the display (Xvfb or offscreen).
"""

from __future__ import annotations

import gc
import sys

from benchmarks.costs import COSTS, start_costs

# The app's first window is timed from the real start: `stretchplayer.cli.main.main` turns
# automatic collection off (collection_held) before anything it runs imports Qt, so the app's
# run of this probe does the same before the imports below; and so do the replica's and the
# imports', which are measured against the app's and must not pay for collections it does not.
if sys.argv[1:2] == ["first-window"] and sys.argv[2:3] != ["bare"]:
    gc.disable()

# Asked for, the enums and dataclasses made are timed from here: before PySide6 is imported.
if sys.argv[1:2] == ["first-window"] and sys.argv[3:4] == ["costs"]:
    start_costs()

import json
import math
import os
import resource
import time
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget

if TYPE_CHECKING:
    from stretchplayer.app import StretchApp


# Set by the benchmark when it has started a sound server for the probes: that server's pid.
SERVER_PID = "STRETCHPLAYER_BENCH_SOUND_SERVER_PID"


def emit(**result: object) -> None:
    print(json.dumps(result), flush=True)


def peak_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def process_cpu_seconds(pid: int) -> float | None:
    """CPU time so far of any running process, all its threads (Linux's /proc); None once it
    has ended, or where there is no /proc."""
    try:
        # The fields after the command's closing parenthesis, from state on: utime and stime
        # are the 12th and 13th (proc(5)'s 14th and 15th).
        stat = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return None
    return (int(stat[11]) + int(stat[12])) / os.sysconf("SC_CLK_TCK")


def children_cpu_seconds() -> dict[int, float]:
    """CPU time so far of each process this one started and that still runs (the sound
    output's `pacat`), and of theirs: the app's work that getrusage counts only once a child
    has exited and been waited for. Linux's /proc; nothing elsewhere."""
    found: dict[int, float] = {}
    todo = [os.getpid()]
    while todo:
        pid = todo.pop()
        for listing in Path(f"/proc/{pid}/task").glob("*/children"):
            try:
                children = [int(child) for child in listing.read_text().split()]
            except OSError:  # the thread or the process has just ended
                continue
            for child in children:
                seconds = process_cpu_seconds(child)
                if seconds is not None:
                    found[child] = seconds
                    todo.append(child)
    return found


def sound_server_cpu_seconds() -> float | None:
    """CPU time so far of the private sound server the benchmark started for this probe (its
    pid in SERVER_PID), None without one. Not the app's process, but work its sound makes."""
    pid = os.environ.get(SERVER_PID)
    return process_cpu_seconds(int(pid)) if pid else None


class FirstPaint(QObject):
    """Calls `then` once, right after the first paint of any top-level window."""

    def __init__(self, then: Callable[[], None]) -> None:
        super().__init__()
        self._then: Callable[[], None] | None = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._then is not None
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.isWindow()
        ):
            then, self._then = self._then, None
            QTimer.singleShot(0, then)
        return False


def application() -> QApplication:
    return cast("QApplication | None", QApplication.instance()) or QApplication(sys.argv[:1])


def bare_window() -> QWidget:
    window = QWidget()
    window.setWindowTitle("bare")
    label = QLabel("A bare PySide6 window", window)
    label.move(20, 20)
    window.resize(1280, 800)
    window.show()
    return window


class Breathing(QWidget):
    """A plain PySide6 widget that fills itself and draws a circle of the size it is told."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.radius = 0.0
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor("#f4f4f8"))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#3d7fc4"))
        painter.drawEllipse(QPointF(self.width() / 2, self.height() / 2), self.radius, self.radius)
        painter.end()


def animated_window() -> tuple[QWidget, QTimer]:
    """The least a window showing a breathing session can do: a bare window in which a circle
    the size of the app's pacer and a card the size of its figure repaint whole at the app's
    fastest frame rate (FRAME_MS), each frame a little bigger or smaller (1280x800, as the
    app's rows). The app itself paints a frame only when something will have moved."""
    from stretchplayer.ui.main_window import FRAME_MS

    window = bare_window()
    circle, card = Breathing(window), Breathing(window)
    circle.setGeometry(860, 150, 382, 396)  # the pacer's size in the app at this window size
    card.setGeometry(340, 150, 478, 263)  # the figure's card
    for widget in (circle, card):
        widget.show()
    began = time.monotonic()

    def frame() -> None:
        fullness = (1 - math.cos(time.monotonic() - began)) / 2
        circle.radius = 80 + 100 * fullness
        card.radius = 40 + 80 * fullness
        circle.update()
        card.update()

    timer = QTimer()
    timer.setInterval(FRAME_MS)
    timer.timeout.connect(frame)
    timer.start()
    return window, timer


def native_window() -> tuple[QWidget, list[object]]:
    """The same circle and card as animated_window's, moved with no Python at all per frame:
    items of a QGraphicsScene that Qt scales itself (QGraphicsItemAnimation over a QTimeLine
    ticking at the app's fastest frame rate). The floor of a frame without Python here."""
    from PySide6.QtCore import QEasingCurve, QTimeLine
    from PySide6.QtWidgets import (
        QGraphicsEllipseItem,
        QGraphicsItemAnimation,
        QGraphicsScene,
        QGraphicsView,
    )

    from stretchplayer.ui.main_window import FRAME_MS

    window = bare_window()
    keep: list[object] = []
    # (x, y, width, height, smallest radius, largest radius), as animated_window's.
    for x, y, width, height, low, high in (
        (860, 150, 382, 396, 80, 180),
        (340, 150, 478, 263, 40, 120),
    ):
        scene = QGraphicsScene(0, 0, width, height)
        view = QGraphicsView(scene, window)
        view.setGeometry(x, y, width, height)
        view.setFrameShape(QGraphicsView.Shape.NoFrame)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setBackgroundBrush(QColor("#f4f4f8"))
        for bar in (view.setHorizontalScrollBarPolicy, view.setVerticalScrollBarPolicy):
            bar(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        item = QGraphicsEllipseItem(-high, -high, 2 * high, 2 * high)
        item.setPos(width / 2, height / 2)
        item.setPen(Qt.PenStyle.NoPen)
        item.setBrush(QColor("#3d7fc4"))
        scene.addItem(item)
        view.show()
        breath = QTimeLine(round(2000 * math.pi))  # animated_window's breath: 2 pi seconds
        breath.setUpdateInterval(FRAME_MS)
        breath.setLoopCount(0)
        breath.setEasingCurve(QEasingCurve.Type.InOutSine)
        animation = QGraphicsItemAnimation()
        animation.setItem(item)
        animation.setTimeLine(breath)
        animation.setScaleAt(0.0, low / high, low / high)
        animation.setScaleAt(1.0, 1.0, 1.0)
        breath.start()
        keep += [scene, view, item, breath, animation]
    return window, keep


# What the app has imported by its first paint, modules of its own and (through them) of
# Python, PySide6 and others: the imports' probe loads the same (test_benchmarks checks).
APP_IMPORTS = (
    "stretchplayer.cli.main",
    "stretchplayer.cli.commands",
    "stretchplayer.app",
    "stretchplayer.ui.main_window",
    "stretchplayer.ui.translator",
    "stretchplayer.desktop.single_instance",
)


def loaded_modules() -> list[str]:
    return sorted(sys.modules)


def first_window(kind: str, list_modules: bool = False) -> None:
    app = application()

    def listed() -> dict[str, object]:
        # COSTS is empty unless asked for (`costs`): then the enums and dataclasses made so far.
        return {"modules": loaded_modules(), **COSTS} if list_modules else dict(COSTS)

    def report() -> None:
        emit(peak_kib=peak_kib(), **listed())
        app.exit(0)

    # Each side hears of its own window's first paint only. An app-wide Python event filter
    # would itself cost the app ~30 ms that no user pays: PySide6 wraps every object an event
    # goes to, and the pose list's scroll area sends some to Qt's private gesture manager,
    # whose unknown class makes PySide6 set up every QtGui and QtWidgets class.
    if kind in ("bare", "replica", "imports"):
        window: QWidget
        if kind == "replica":
            from benchmarks.replica import replica_window

            window = replica_window()
        else:
            if kind == "imports":
                import importlib

                for name in APP_IMPORTS:
                    importlib.import_module(name)
            window = bare_window()
        painted = FirstPaint(report)
        window.installEventFilter(painted)
        app.exec()
        return
    # The composition root first, as the real start-up imports it before any widget module
    # (it spares them PySide6's reading of each module's source: app/source_scan.py).
    import stretchplayer.app  # noqa: F401
    from stretchplayer.ui import main_window

    build = main_window.MainWindow.__init__

    # Whether the app's after-first-paint work has run yet: it loads the media controls.
    def deferred_done() -> bool:
        return "stretchplayer.desktop.bus" in sys.modules

    painted = FirstPaint(
        lambda: emit(peak_kib=peak_kib(), deferred_done=deferred_done(), **listed())
    )

    def ready() -> None:
        emit(deferred_done=deferred_done())
        app.exit(0)

    def build_and_listen(self: main_window.MainWindow, *args: Any, **kwargs: Any) -> None:
        build(self, *args, **kwargs)
        # The first line as the bare window's: queued at the first paint, before the work the
        # app defers until then (installed last, this filter sees the paint first). The second
        # once that work is done: the firstPainted slots run in turn, this one first.
        self.installEventFilter(painted)
        self.firstPainted.connect(lambda: QTimer.singleShot(0, ready))

    main_window.MainWindow.__init__ = build_and_listen  # type: ignore[method-assign]
    # The real start-up path of `stretchplayer` with no command (QApplication already made:
    # run() reuses it, so nothing is skipped).
    from stretchplayer.cli.main import main

    main([])


def stretch_app(voice: bool, clock: Callable[[], float] = time.monotonic) -> StretchApp:
    """The window as run() builds it, with the voice on or off."""
    import dataclasses

    from stretchplayer.app import StretchApp
    from stretchplayer.cli.main import choose_language
    from stretchplayer.core.library import load_library
    from stretchplayer.storage.settings import load_settings

    choose_language([])  # as the command line does first: "10 breaths", not "10 breath(s)"
    settings, warnings = load_settings()
    settings = dataclasses.replace(settings, voice_enabled=voice)
    stretch = StretchApp(load_library(), settings, warnings, clock)
    stretch.window.resize(1280, 800)
    stretch.window.show()
    return stretch


def later(app: QApplication, seconds: float, action: Callable[[], None]) -> None:
    QTimer.singleShot(round(seconds * 1000), action)


FOLD = "seated-forward-fold"


def cpu(kind: str, seconds: float) -> None:
    app = application()
    keep: list[object] = []
    if kind == "bare":
        keep.append(bare_window())
    elif kind == "animated":
        keep.extend(animated_window())
    elif kind == "native":
        keep.extend(native_window())
    else:
        stretch = stretch_app(voice=False)
        keep.append(stretch)
        if kind == "mat":
            stretch.window.mat_mode.set_active(True)
        controller = stretch.controller
        controller.start()
        controller.next_pose()  # past the countdown: the first pose
        if kind == "fold":  # the hold of a pose whose whole upper body moves with the breath
            while (cue := controller.position().cue) is not None and cue.pose != FOLD:
                controller.next_pose()
    began: list[float] = []
    children_began: dict[int, float] = {}
    server_began: list[float | None] = [None]

    def measure() -> None:
        if kind == "fold" and controller.position().breath is None:
            later(app, 0.2, measure)  # its steps first
            return
        began[:] = [time.monotonic(), cpu_seconds()]
        children_began.update(children_cpu_seconds())
        server_began[:] = [sound_server_cpu_seconds()]
        later(app, seconds, done)

    def done() -> None:
        wall, used = time.monotonic() - began[0], cpu_seconds() - began[1]
        # A child that ended during the run loses its share here: the app's pacat runs on.
        children = sum(
            now - children_began.get(pid, 0.0) for pid, now in children_cpu_seconds().items()
        )
        server_now, server_then = sound_server_cpu_seconds(), server_began[0]
        server = (
            (server_now - server_then) / wall
            if server_now is not None and server_then is not None
            else None
        )
        emit(cpu=(used + children) / wall, children=children / wall, server=server)
        app.exit(0)

    later(app, 2.0, measure)  # let the first paints and layouts settle
    app.exec()


def stall(seconds: float, render: bool = True) -> None:
    """The window plays a session while the real pyttsx3 engine renders every utterance of it
    on its worker thread (into the fresh cache of STRETCHPLAYER_HOME), as the voice does when
    it has an audio device; a 2 ms precise ticker on the GUI thread records its longest gap."""
    from stretchplayer.engine.timeline import build_timeline
    from stretchplayer.session.narration import Policy
    from stretchplayer.storage.settings import Settings
    from stretchplayer.voice.render_worker import RenderWorker
    from stretchplayer.voice.tts import VoiceConfig

    app = application()
    stretch = stretch_app(voice=False)
    stretch.controller.start()
    policy = Policy.from_settings(Settings(), voice=True)
    texts = sorted(
        {w for c in build_timeline(stretch.library.poses).cues if (w := policy.words(c))}
    )
    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.setInterval(2)
    last = [time.monotonic()]
    worst = [0.0]
    jobs: list[Future[object]] = []

    def tick() -> None:
        now = time.monotonic()
        worst[0] = max(worst[0], now - last[0] - 0.002)
        last[0] = now

    def begin() -> None:
        last[0] = time.monotonic()
        ticker.start()
        if not render:  # the baseline: the same window and session, nothing rendering
            return
        worker = RenderWorker()
        jobs.extend(cast("Future[object]", worker.render(t, VoiceConfig())) for t in texts)

    def done() -> None:
        rendered = sum(1 for j in jobs if j.done() and j.exception() is None)
        emit(stall=worst[0], rendered=rendered, texts=len(texts))
        app.exit(0)

    # Measured from half a second after the window's first paint: start-up and that paint
    # (14-22 ms here, on the GUI thread, whatever renders) are the start-up row's. The engine
    # itself starts inside the measured time, as it does when the voice is switched on.
    painted = FirstPaint(lambda: later(app, 0.5, begin))
    app.installEventFilter(painted)
    ticker.timeout.connect(tick)
    later(app, seconds, done)
    app.exec()


def history_window() -> None:
    app = application()
    stretch = stretch_app(voice=False)

    def open_it() -> None:
        began = time.perf_counter()
        dialog = stretch.show_history()
        dialog.repaint()
        app.processEvents()
        emit(seconds=time.perf_counter() - began)
        app.exit(0)

    QTimer.singleShot(200, open_it)
    app.exec()


def session_memory(speed: float) -> None:
    app = application()
    zero = time.monotonic()
    stretch = stretch_app(voice=False, clock=lambda: zero + (time.monotonic() - zero) * speed)
    readings: list[int] = []

    def play() -> None:
        readings.append(rss_kib())
        if len(readings) == 3:
            emit(first_window_kib=readings[0], after_one_kib=readings[1], after_two_kib=readings[2])
            app.exit(0)
            return
        stretch.controller.start()

    stretch.controller.finished.connect(lambda: QTimer.singleShot(500, play))
    QTimer.singleShot(500, play)
    app.exec()


def main(argv: list[str]) -> None:
    mode, *rest = argv
    if mode == "first-window":
        first_window(rest[0], list_modules=rest[1:] == ["modules"])
    elif mode == "cpu":
        cpu(rest[0], float(rest[1]))
    elif mode == "stall":
        stall(float(rest[0]), render=rest[1:] != ["idle"])
    elif mode == "history-window":
        history_window()
    elif mode == "session-memory":
        session_memory(float(rest[0]))
    else:
        raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
