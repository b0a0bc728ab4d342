"""Text to speech: the voice settings a clip depends on, the engine (pyttsx3), and estimates.

Facts measured with pyttsx3 2.99 on Linux (see DESIGN.md): `runAndWait()` blocks, one
utterance per `runAndWait()`, `stop()` cannot interrupt, `say()` plays through `aplay`, and
`save_to_file()` works headless and fast. So an engine is used by one thread only (the render
worker), one utterance at a time, and mostly to render files.

Estimates: the numbers were fitted to espeak-ng 1.51 via pyttsx3 2.99 on the 79 utterances of
the seven-pose session at 80–400 words per minute (clips trimmed as the cache keeps them), so
that every estimate is at least 10 % over the measured length; on average it is about 30 %
over. An over-estimate only makes a slot a little long until the real rendering arrives; an
under-estimate would let the next cue talk over this one.
"""

from __future__ import annotations

import logging
import re
import shutil
import sys
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from stretchplayer.core import i18n
from stretchplayer.core.fields import VOICE_RATE
from stretchplayer.core.i18n import QT_TRANSLATE_NOOP, Context

# The speech engine's problems reach the person in the voice's notice and on the command line.
voice_errors = Context("voice_errors")

DEFAULT_RATE = VOICE_RATE.default  # words per minute


@dataclass(frozen=True)
class Voice:
    id: str
    name: str
    language: str = ""


@dataclass(frozen=True)
class VoiceConfig:
    """What changes the sound of an utterance, so also what a rendered clip is cached by.

    Volume is not here: it is applied at playback, so one rendering serves every volume.
    """

    voice_id: str = ""  # empty: a voice for `language` (the engine's default for English)
    rate: int = DEFAULT_RATE
    language: str = field(default_factory=i18n.language)  # what the texts are written in

    @property
    def cache_words(self) -> tuple[str, ...]:
        """What a rendered clip's cache name depends on (English as before languages came)."""
        language = () if self.language in ("", i18n.SOURCE) else (self.language,)
        return (self.voice_id, str(self.rate), *language)


log = logging.getLogger(__name__)

INSTALL_HINT = QT_TRANSLATE_NOOP(
    "voice_errors", "on Debian or Ubuntu: sudo apt-get install libespeak-ng1"
)

# pyttsx3.init() hands every caller the same engine, and espeak-ng is one per process. The app
# has one render worker, but a retry after a hang (or a test) may briefly have two: they take
# turns here, and a worker stuck behind a hung one times out like the hung one.
_ONE_AT_A_TIME = threading.Lock()
_default_voice: str | None = None
_language_voices: dict[str, str | None] = {}  # a language's voice, looked up once per process


def pick_voice(language: str, voices: list[Voice]) -> str | None:
    """The voice to speak `language` with: the one whose language is exactly it, else the
    first of that language's regional voices ("fr" -> "fr-fr"); None when there is none."""
    wanted = language.lower().replace("_", "-")
    base = wanted.split("-")[0]

    def spoken(voice: Voice) -> str:
        return voice.language.lower().replace("_", "-")

    for test in (
        lambda v: spoken(v) == wanted,
        lambda v: v.id.rsplit("/", 1)[-1].lower() == wanted,
        lambda v: spoken(v) == f"{base}-{base}",
        lambda v: spoken(v).split("-")[0] == base,
    ):
        for voice in voices:
            if test(voice):
                return voice.id
    return None


class EngineError(Exception):
    """The speech engine cannot do what was asked; the message is one line for a person."""


class Engine(Protocol):
    """What the render worker needs from a speech engine (tests inject broken ones)."""

    name: str

    def render(self, text: str, target: Path, config: VoiceConfig) -> None:
        """Write `text`, spoken, to the WAV file `target`."""
        ...

    def speak(self, text: str, config: VoiceConfig, volume: float) -> None:
        """Say `text` out loud and return when done (the fallback when rendering fails)."""
        ...

    def voices(self) -> list[Voice]: ...


class Pyttsx3Engine:
    """pyttsx3's engine for this platform. Create, and then use, in one thread only."""

    name = "pyttsx3"

    def __init__(self) -> None:
        try:
            import pyttsx3
        except ImportError as exc:
            raise EngineError(not_installed(exc)) from None
        global _default_voice
        try:
            with _ONE_AT_A_TIME:
                self._engine: Any = pyttsx3.init()
                if _default_voice is None:  # before anyone chose a voice: the engine's own
                    _default_voice = str(self._engine.getProperty("voice") or "")
        except Exception as exc:
            raise EngineError(describe_failure(exc)) from None
        driver = getattr(getattr(self._engine, "proxy", None), "_module", None)
        if driver is not None:
            check_pyttsx3_version(installed_pyttsx3_version())
            self.name = f"{driver.__name__.rsplit('.', 1)[-1]} via pyttsx3"
            _quieten(driver)
            _never_cancel(self._engine)
        # A list, not a bound method, receives the errors: pyttsx3 keeps its callbacks, and a
        # callback pointing back here would make a cycle that outlives this object, whose late
        # collection would then unhook the espeak callback from the next engine.
        self._errors: list[BaseException] = []
        errors = self._errors
        self._engine.connect("error", lambda name=None, exception=None: errors.append(exception))

    def render(self, text: str, target: Path, config: VoiceConfig) -> None:
        # Volume 1: it is applied at playback, so one file serves every volume.
        self._run(config, 1.0, lambda: self._engine.save_to_file(text, str(target)))
        if not target.exists() or target.stat().st_size <= 44:
            raise EngineError(
                voice_errors.tr("the speech engine wrote no audio for %s") % shorten(text)
            )

    def speak(self, text: str, config: VoiceConfig, volume: float) -> None:
        self._run(config, volume, lambda: self._engine.say(text))

    def voice_for(self, language: str) -> str | None:
        """The installed voice for a language ("de" -> espeak-ng's "gmw/de"), once looked up;
        None for English (the engine's own default, as always) or when none is installed."""
        if language in ("", i18n.SOURCE):
            return None
        if language not in _language_voices:
            _language_voices[language] = pick_voice(language, self._voices())
            if _language_voices[language] is None:
                log.warning("no %s voice is installed; speaking with the default voice", language)
            else:
                log.info("speaking %s with the voice %s", language, _language_voices[language])
        return _language_voices[language]

    def voices(self) -> list[Voice]:
        with _ONE_AT_A_TIME:
            return self._voices()

    def _voices(self) -> list[Voice]:
        found = []
        for v in self._engine.getProperty("voices") or ():
            languages = getattr(v, "languages", None) or []
            language = languages[0] if languages else ""
            if isinstance(language, bytes):
                language = language.decode("utf-8", "replace")
            found.append(Voice(id=str(v.id), name=str(v.name or v.id), language=str(language)))
        return found

    def _run(self, config: VoiceConfig, volume: float, queue: Any) -> None:
        # The properties are set every time: they belong to the process-wide engine, which
        # another worker (a retry after a hang, a test) may have used meanwhile.
        with _ONE_AT_A_TIME:
            self._errors.clear()
            try:
                self._engine.setProperty("rate", config.rate)
                voice = config.voice_id or self.voice_for(config.language) or _default_voice
                if voice:
                    self._engine.setProperty("voice", voice)
                self._engine.setProperty("volume", volume)
                queue()
                self._engine.runAndWait()
                self._wait_for_driver()
            except Exception as exc:
                raise EngineError(describe_failure(exc)) from None
            if self._errors:
                raise EngineError(describe_failure(self._errors[0]))

    def _wait_for_driver(self) -> None:
        """espeak-ng synthesizes on a thread of its own, and pyttsx3's loop can return before
        it is done (measured: on a busy machine, about one render in a few hundred). The
        driver clears `_speaking` after writing the file; until then the file is not there,
        and the next render would take over the unfinished one's buffer and file name."""
        driver = getattr(getattr(self._engine, "proxy", None), "_driver", None)
        while getattr(driver, "_speaking", False):
            time.sleep(0.002)


# espeak-ng crashes the process (a segmentation fault, not an error) on one utterance of about
# 50,000 characters or 5,000 words; it renders sentences of any sane length. Longer texts are
# rendered in pieces of at most this many characters, cut between sentences where possible.
PIECE = 500
_SENTENCE_END = re.compile(r"(?<=[.!?…;:])\s+")


def split_for_speech(text: str, limit: int = PIECE) -> list[str]:
    """`text` in pieces of at most `limit` characters: whole sentences, else whole words."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return [text] if text else []
    return _pack((part for s in _SENTENCE_END.split(text) for part in _fit(s, limit)), limit)


def _fit(sentence: str, limit: int) -> list[str]:
    """A sentence too long for one piece, cut between words (a word too long, anywhere)."""
    if len(sentence) <= limit:
        return [sentence]
    words = sentence.split(" ")
    return _pack((w[i : i + limit] for w in words for i in range(0, len(w), limit)), limit)


def _pack(parts: Iterable[str], limit: int) -> list[str]:
    """Parts (each at most `limit` long) joined by spaces, greedily, into pieces of at most
    `limit` characters."""
    pieces: list[str] = []
    current = ""
    for part in parts:
        if current and len(current) + 1 + len(part) > limit:
            pieces.append(current)
            current = part
        else:
            current = f"{current} {part}" if current else part
    if current:
        pieces.append(current)
    return pieces


def say_can_be_heard() -> str | None:
    """Why pyttsx3's own `say()` would make no sound here, or None if it should work."""
    # On Linux pyttsx3 plays each utterance with `aplay` and ignores its failure.
    if sys.platform == "linux" and shutil.which("aplay") is None:
        return voice_errors.tr(
            "pyttsx3 needs the aplay program to speak (on Debian or Ubuntu: alsa-utils)"
        )
    return None


def not_installed(exc: ImportError) -> str:
    return voice_errors.tr("the speech engine pyttsx3 is not installed (%s)") % exc


def describe_failure(exc: BaseException | None) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    hint = voice_errors.tr(INSTALL_HINT)
    if "espeak" in text.lower() and ("install" in text.lower() or "initiali" in text.lower()):
        return voice_errors.tr("the espeak-ng speech library is missing or broken (%s)") % hint
    if isinstance(exc, OSError) and "espeak" in text.lower():
        return voice_errors.tr("the espeak-ng speech library could not be loaded (%s)") % hint
    return voice_errors.tr("the speech engine failed: %s") % shorten(text, 120)


def shorten(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


# The one pyttsx3 release whose driver internals _never_cancel, _quieten and _wait_for_driver
# were written for (pyproject.toml pins it): 2.90 and 2.98 both fail with them.
PATCHED_PYTTSX3 = "2.99"


def installed_pyttsx3_version() -> str:
    """Read from the name of the one `pyttsx3-<version>.dist-info` folder beside the package,
    as wheels install it (and the bundle copies it). importlib.metadata says the same, but its
    import alone took ~47 ms here (email, zipfile, csv …), holding the GIL on the speech
    worker just as the window has painted; it remains the way for any other kind of install."""
    import pyttsx3

    found = list(Path(pyttsx3.__file__).parent.parent.glob("pyttsx3-*.dist-info"))
    if len(found) == 1:
        return found[0].name.removeprefix("pyttsx3-").removesuffix(".dist-info")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("pyttsx3")
    except PackageNotFoundError:  # a bundle built without its metadata
        return "of an unknown version"


def check_pyttsx3_version(found: str) -> None:
    """Refuse to patch the internals of a pyttsx3 they were not written for."""
    if found != PATCHED_PYTTSX3:
        raise EngineError(
            voice_errors.tr(
                "pyttsx3 %(found)s is installed, but StretchPlayer's voice needs pyttsx3 "
                "%(needed)s (pip install pyttsx3==%(needed)s)"
            )
            % {"found": found, "needed": PATCHED_PYTTSX3}
        )


def _never_cancel(engine: Any) -> None:
    """Keep runAndWait() from cancelling espeak-ng's queue.

    runAndWait() begins by calling the driver's stop(), which cancels espeak-ng's queue if
    it is busy. espeak-ng applies property changes (rate, voice) through that same queue on
    its own thread, so the cancel could drop a new rate, or leave a flag that cancels the
    next utterance halfway (measured: a few renders in a hundred came out at the old rate or
    empty). stop() cannot interrupt speech usefully anyway (see DESIGN.md), and nothing
    here needs it, so the espeak driver's stop() is made a no-op for this engine.
    """
    driver = getattr(getattr(engine, "proxy", None), "_driver", None)
    if driver is not None and hasattr(driver, "_stopping"):
        driver.stop = lambda: None
        driver._stopping = False


def _quieten(driver: Any) -> None:
    """pyttsx3's espeak driver prints "Audio saved to …" on every render, which would corrupt
    `plan --json` and `play --json`. A module-level `print` shadows the builtin for that module
    only; its messages go to the log instead."""
    if not hasattr(driver, "print"):
        driver.print = lambda *args, **kwargs: log.debug(" ".join(map(str, args)))


_LETTERS = re.compile(r"[^\W\d_]")
_DIGITS = re.compile(r"\d")
_PAUSES = re.compile(r"[.,;:!?—–]")

# espeak-ng speaks no slower than 80 words a minute (50 sounds like 80); 450 is its top.
_SLOWEST, _FASTEST = 80, 450


def estimate_seconds(text: str, rate: int = DEFAULT_RATE) -> float:
    if not text.strip():
        return 0.0
    letters = len(_LETTERS.findall(text))
    # A digit is read as a word ("7" -> "seven"): count it as several letters.
    digits = len(_DIGITS.findall(text))
    pauses = len(_PAUSES.findall(text))
    at_default = 0.4 + 0.07 * (letters + 4 * digits) + 0.36 * pauses
    effective = min(max(rate, _SLOWEST), _FASTEST)
    return at_default * DEFAULT_RATE / effective
