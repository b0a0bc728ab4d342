"""One thread that owns the one speech engine and renders utterances to cached WAV files.

pyttsx3 blocks in `runAndWait()` and is not thread-safe, so the engine is created and used on
this thread alone, and nobody else ever waits on it: every job returns a `Future` at once.
Results arrive on the worker thread (Qt users forward them with a queued signal).

A job that runs past its time limit makes the worker `stalled()`. The thread cannot be killed
(it is stuck in C), so whoever notices calls `abandon()`: every waiting job fails at once, the
stuck thread is left behind as a daemon, and a later retry starts a new worker.

`BlockingVoice` is the same worker for the command line (plan --voice, export-audio), which
may simply wait: nothing else is going on there.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import itertools
import logging
import os
import queue
import shutil
import tempfile
import threading
import time
import wave
from collections.abc import Callable
from concurrent.futures import Future, InvalidStateError
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from stretchplayer.storage.paths import cache_dir
from stretchplayer.voice import wav
from stretchplayer.voice.tts import (
    Engine,
    EngineError,
    Pyttsx3Engine,
    Voice,
    VoiceConfig,
    describe_failure,
    shorten,
    split_for_speech,
    voice_errors,
)

log = logging.getLogger(__name__)
T = TypeVar("T")

RENDER_TIMEOUT = 10.0  # a render takes ~15 ms here; this is for a wedged engine, not a slow one
_names = itertools.count(1)


def unreadable(exc: BaseException) -> str:
    return voice_errors.tr("the speech engine wrote an unreadable file (%s)") % exc


@dataclass(frozen=True)
class Rendered:
    text: str
    config: VoiceConfig
    path: Path
    duration: float  # seconds, from the WAV header


@dataclass
class _Job:
    run: Callable[[Engine], Any]
    future: Future[Any]
    limit: float  # seconds this job may take before the worker counts as stalled


class RenderWorker:
    def __init__(
        self,
        make_engine: Callable[[], Engine] = Pyttsx3Engine,
        cache: SpeechCache | None = None,
        timeout: float = RENDER_TIMEOUT,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.cache = cache or SpeechCache()
        self.timeout = timeout
        self._make_engine = make_engine
        self._clock = clock
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._pending: list[_Job] = []  # queued or running, for abandon()
        self._current: tuple[_Job, float] | None = None  # the running job and its start
        self._failure: str | None = None
        self._engine_name: Future[str] = Future()
        self._scratch: Path | None = None  # uncached clips, in memory; made when needed
        self._uncached = False  # said once: clips are not cached
        self._thread = threading.Thread(
            target=self._main, name=f"stretchplayer-speech-{next(_names)}", daemon=True
        )
        self._thread.start()

    # -- asking ---------------------------------------------------------------------------------

    @property
    def ready(self) -> Future[str]:
        """Resolves to the engine's name once it is up, or fails with EngineError."""
        return self._engine_name

    @property
    def failure(self) -> str | None:
        """Why this worker gave up (one line), or None while it works."""
        return self._failure

    def render(self, text: str, config: VoiceConfig) -> Future[Rendered]:
        """The utterance as a WAV file in the cache (rendered now, or found from before)."""
        return self._submit(lambda engine: self._render(engine, text, config), self.timeout)

    def speak(self, text: str, config: VoiceConfig, volume: float, limit: float) -> Future[None]:
        """Say it through the engine's own audio (the fallback); resolves when it is said."""
        return self._submit(lambda engine: engine.speak(text, config, volume), limit)

    def voices(self) -> Future[list[Voice]]:
        return self._submit(lambda engine: engine.voices(), self.timeout)

    def stalled(self) -> bool:
        """True once the running job has taken longer than its limit."""
        with self._lock:
            current = self._current
        return current is not None and self._clock() - current[1] > current[0].limit

    def abandon(self, reason: str) -> None:
        """Give up on this worker: fail every waiting job with `reason`, accept no more."""
        with self._lock:
            if self._failure is None:
                self._failure = reason
            jobs, self._pending = self._pending, []
        for job in jobs:
            _fail(job.future, EngineError(reason))
        _fail(self._engine_name, EngineError(reason))
        self._jobs.put(None)

    def close(self, wait: float = 0.0) -> None:
        """Finish the running job, drop the rest and end the thread (waiting up to `wait` s)."""
        self.abandon("the speech worker was closed")
        if wait > 0:
            self._thread.join(wait)
        # Clips kept in memory are no one's once the worker is closed. A job still running
        # (a hung engine) may yet write there: then the thread cleans up when it ends, or exit.
        with self._lock:
            running = self._current is not None
        if self._scratch is not None and not running:
            shutil.rmtree(self._scratch, ignore_errors=True)

    # -- the worker thread ------------------------------------------------------------------------

    def _submit(self, run: Callable[[Engine], T], limit: float) -> Future[T]:
        future: Future[T] = Future()
        job = _Job(run, future, limit)
        with self._lock:
            failure = self._failure
            if failure is None:
                self._pending.append(job)
        if failure is not None:
            future.set_exception(EngineError(failure))
        else:
            self._jobs.put(job)
        return future

    def _main(self) -> None:
        # Starting the engine is watched like a job: it can hang too (behind a hung engine).
        with self._lock:
            self._current = (
                _Job(lambda engine: None, self._engine_name, self.timeout),
                self._clock(),
            )
        try:
            engine = self._make_engine()
        except Exception as exc:
            reason = str(exc) if isinstance(exc, EngineError) else describe_failure(exc)
            log.info("the speech engine did not start: %s", reason, exc_info=exc)
            self.abandon(reason)
            return
        finally:
            with self._lock:
                self._current = None
        with contextlib.suppress(InvalidStateError):
            self._engine_name.set_result(engine.name)
        while (job := self._jobs.get()) is not None and self._failure is None:
            try:
                runnable = job.future.set_running_or_notify_cancel()
            except RuntimeError:  # abandon() failed it just now
                runnable = False
            if not runnable:
                self._forget(job)
                continue
            with self._lock:
                self._current = (job, self._clock())
            try:
                result = job.run(engine)
            except Exception as exc:
                log.info("a speech job failed: %s", exc, exc_info=not isinstance(exc, EngineError))
                _fail(job.future, exc if isinstance(exc, EngineError) else EngineError(str(exc)))
            else:
                with contextlib.suppress(InvalidStateError):  # abandoned while it ran
                    job.future.set_result(result)
            finally:
                with self._lock:
                    self._current = None
                self._forget(job)
        if self._scratch is not None:  # the thread that wrote there cleans up
            shutil.rmtree(self._scratch, ignore_errors=True)

    def _forget(self, job: _Job) -> None:
        with self._lock, contextlib.suppress(ValueError):
            self._pending.remove(job)

    def _render(self, engine: Engine, text: str, config: VoiceConfig) -> Rendered:
        path = self.cache.path_for(text, config, engine.name)
        if path.exists():
            try:
                return Rendered(text, config, path, wav.duration(path))
            except Exception as exc:  # wave.Error, EOFError, OSError: render it again
                log.info("re-rendering the unreadable cache file %s: %s", path, exc)
        # The engine writes to scratch space in memory, never to the cache: on a full disk or
        # a read-only home, pyttsx3's espeak driver fails inside a callback, prints a traceback
        # and never returns (measured: the render then hangs until the 10 s limit).
        # A folder per render, removed at once, so a process killed mid-session leaves nothing.
        work = Path(tempfile.mkdtemp(prefix="stretchplayer-render-", dir=_memory()))
        raw = work / f"{path.stem}.raw"
        part = raw.with_suffix(".part")
        pieces = split_for_speech(text)
        try:
            if len(pieces) <= 1:
                engine.render(text, raw, config)
            else:
                self._render_pieces(engine, pieces, raw, config)
            try:
                wav.trim_tail(raw, part)
            except Exception as exc:
                raise EngineError(unreadable(exc)) from None
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                # Unique names: the window and a command line may cache the same text at once.
                copy = path.with_name(f"{path.stem}.{os.getpid()}.{threading.get_ident()}.part")
                try:
                    shutil.copyfile(part, copy)
                    copy.replace(path)
                finally:
                    with contextlib.suppress(OSError):
                        copy.unlink()
            except OSError as exc:
                # Not cached (full disk, read-only home): the clip stays in memory for this run.
                if not self._uncached:
                    log.info("speech is not cached (%s): kept in memory", exc.strerror or exc)
                self._uncached = True
                kept = self._scratch_dir() / path.name
                part.replace(kept)
                return Rendered(text, config, kept, wav.duration(kept))
        finally:
            shutil.rmtree(work, ignore_errors=True)
        return Rendered(text, config, path, wav.duration(path))

    def _render_pieces(
        self, engine: Engine, pieces: list[str], raw: Path, config: VoiceConfig
    ) -> None:
        """A long text, rendered sentence by sentence and joined into one WAV at `raw`."""
        with wave.open(str(raw), "wb") as out:
            for i, piece in enumerate(pieces):
                path = raw.with_suffix(f".{i}.piece")
                try:
                    engine.render(piece, path, config)
                    with wave.open(str(path), "rb") as w:
                        if i == 0:
                            out.setparams(w.getparams())
                        out.writeframes(w.readframes(w.getnframes()))
                except (wave.Error, EOFError) as exc:
                    raise EngineError(unreadable(exc)) from None
                finally:
                    with contextlib.suppress(OSError):
                        path.unlink()

    def _scratch_dir(self) -> Path:
        """Where clips that could not be cached are kept for this run (made when needed)."""
        if self._scratch is None:
            self._scratch = Path(tempfile.mkdtemp(prefix="stretchplayer-speech-", dir=_memory()))
            # Also at exit: this thread is a daemon, so it may never reach its own clean-up.
            atexit.register(shutil.rmtree, self._scratch, True)
        return self._scratch


def _memory() -> Path | None:
    """A folder in memory (tmpfs) if there is one; else None: the system's temporary folder."""
    memory = Path("/dev/shm")
    return memory if memory.is_dir() and os.access(memory, os.W_OK) else None


def _fail(future: Future[Any], exc: BaseException) -> None:
    with contextlib.suppress(InvalidStateError):
        if not future.done():
            future.set_exception(exc)


# Bump when the way clips are made changes (e.g. trimming), so old clips are not reused.
FORMAT = "v1"


class SpeechCache:
    """File names for rendered speech. Creating the folder is left to the first writer."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = (root or cache_dir()) / "speech"

    def path_for(self, text: str, config: VoiceConfig, engine: str = "pyttsx3") -> Path:
        key = "\0".join((FORMAT, engine, *config.cache_words, text))
        return self.root / f"{hashlib.sha256(key.encode('utf-8')).hexdigest()[:32]}.wav"


class BlockingVoice:
    """Render now and wait: speech for the command line, which has nothing else to do.

    The same worker and cache as the window, so the durations (and so the timeline) are the
    window's, and a render that hangs still ends in an error instead of a frozen command.
    Raises EngineError (one line) when the engine cannot start or a render fails.
    """

    def __init__(self, config: VoiceConfig, worker: RenderWorker | None = None) -> None:
        self.config = config
        self._worker = worker or RenderWorker()
        self._done: dict[str, Rendered] = {}
        self.engine_name = self._wait(self._worker.ready, "starting")

    def rendered(self, text: str) -> Rendered:
        done = self._done.get(text)
        if done is None:
            done = self._done[text] = self._wait(self._worker.render(text, self.config), text)
        return done

    def duration(self, text: str) -> float:
        """Exact seconds, rendering `text` first if need be (this is the blocking voice)."""
        return self.rendered(text).duration if text.strip() else 0.0

    def clip(self, text: str) -> Path:
        return self.rendered(text).path

    def close(self) -> None:
        self._worker.close()

    def _wait(self, future: Future[T], what: str) -> T:
        # The first wait includes starting the engine; later ones wait behind nothing.
        try:
            return future.result(timeout=self._worker.timeout + 1.0)
        except FutureTimeout:
            if what == "starting":
                reason = (
                    voice_errors.tr(
                        "the speech engine stopped responding (nothing for %s s while starting)"
                    )
                    % f"{self._worker.timeout:g}"
                )
            else:
                reason = voice_errors.tr(
                    "the speech engine stopped responding (nothing for %s s while saying %s)"
                ) % (f"{self._worker.timeout:g}", shorten(what))
            self._worker.abandon(reason)
            raise EngineError(reason) from None
        except EngineError:
            raise
        except Exception as exc:
            raise EngineError(describe_failure(exc)) from None
