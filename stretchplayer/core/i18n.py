"""Which language StretchPlayer speaks, and the one catalogue of its sentences (stdlib only).

The catalogue is Qt's: one `data/i18n/stretchplayer_<code>.ts` per language, made and updated by
`pyside6-lupdate`, edited with Qt Linguist. It is read here, with the standard library, so the
same entries serve the command line (which parses before Qt is imported), the core's shared
sentences (which may import nothing but the standard library) and the widgets' `tr()` (through
a QTranslator in `ui/translator.py` that asks `lookup`). One catalogue, one reader.

Code calls `Context("name").tr(source, disambiguation, n)` on a module-level object whose
variable name is the context (`wording = Context("wording")` ... `wording.tr("...")`): that is
the shape `pyside6-lupdate` extracts, plurals (`%n`) included. English is the source language;
`stretchplayer_en.ts` holds only its plural forms (`lupdate -pluralonly`).
"""

from __future__ import annotations

import logging
import os
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path

from stretchplayer.core.resources import data_path

SOURCE = "en"
SYSTEM = "system"  # the settings value: follow LANGUAGE / LC_ALL / LC_MESSAGES / LANG

log = logging.getLogger(__name__)

# Which plural form a count takes, by language (Qt's own table, for the languages most likely
# to be added; a language not here uses the English rule and should be added in one line).
_PLURALS: dict[str, Callable[[int], int]] = {
    "fr": lambda n: 0 if n <= 1 else 1,
    "pt_br": lambda n: 0 if n <= 1 else 1,
    "ja": lambda n: 0,
    "zh": lambda n: 0,
    "ko": lambda n: 0,
    "vi": lambda n: 0,
    "tr": lambda n: 0,
    "ru": lambda n: _slavic(n),
    "uk": lambda n: _slavic(n),
    "pl": lambda n: 0 if n == 1 else 1 if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else 2,
    "cs": lambda n: 0 if n == 1 else 1 if 2 <= n <= 4 else 2,
}


def _slavic(n: int) -> int:
    if n % 10 == 1 and n % 100 != 11:
        return 0
    return 1 if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else 2


def catalogue_dir() -> Path:
    return data_path("i18n")


def catalogue_path(code: str) -> Path:
    return catalogue_dir() / f"stretchplayer_{code}.ts"


@cache
def available() -> tuple[str, ...]:
    """The languages shipped: English and every language with a catalogue, sorted."""
    folder = catalogue_dir()
    found = {p.stem.removeprefix("stretchplayer_") for p in folder.glob("stretchplayer_*.ts")}
    return tuple(sorted(found | {SOURCE}))


def match(code: str) -> str | None:
    """The shipped language a locale name or code means ("de_AT.UTF-8" -> "de"), or None."""
    base = code.split(".")[0].split("@")[0].replace("-", "_").lower()
    if base in ("c", "posix"):
        return SOURCE
    for candidate in (base, base.split("_")[0]):
        if candidate in available():
            return candidate
    return None


def from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language the environment asks for, as gettext reads it; English when none is shipped."""
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if not value:
            continue
        for item in value.split(":") if name == "LANGUAGE" else [value]:
            found = match(item) if item else None
            if found is not None:
                return found
        if name != "LANGUAGE":
            return SOURCE  # the locale is set, to a language not shipped: English, silently
    return SOURCE


def choose(requested: str | None, environ: Mapping[str, str] | None = None) -> tuple[str, str]:
    """The language to use and a one-line notice ("" when none): `requested` (--language or
    the saved setting) wins; "system" or None follows the environment."""
    if requested is None or requested == SYSTEM or not requested.strip():
        return from_environment(environ), ""
    found = match(requested)
    if found is None:
        names = ", ".join(available())
        return SOURCE, f"unknown language {requested!r}; using English (available: {names})"
    return found, ""


def _english_plural(n: int) -> int:
    return int(n != 1)


# The language in use: set once at start (cli/main.py), before anything is worded.
_language = SOURCE
_entries: dict[tuple[str, str, str], tuple[str, ...]] = {}
_plural: Callable[[int], int] = _english_plural


def language() -> str:
    """The language in use now."""
    return _language


def set_language(code: str) -> None:
    """Use this shipped language from now on (English for a code that is not shipped)."""
    global _language, _entries, _plural
    code = match(code) or SOURCE
    _language = code
    _entries = dict(load_catalogue(catalogue_path(code)))
    _plural = _PLURALS.get(code, _PLURALS.get(code.split("_")[0], _english_plural))


@cache
def load_catalogue(path: Path) -> tuple[tuple[tuple[str, str, str], tuple[str, ...]], ...]:
    """The finished translations of one .ts file: (context, source, comment) -> forms.
    Unfinished, obsolete and vanished entries are left out (their source is used instead)."""
    if not path.is_file():
        return ()
    root = ElementTree.parse(path).getroot()
    found: list[tuple[tuple[str, str, str], tuple[str, ...]]] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") is not None:
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if not forms:
                forms = [translation.text or ""]
            if not all(forms):
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found.append((key, tuple(forms)))
    return tuple(found)


def lookup(context: str, source: str, disambiguation: str = "", n: int = -1) -> str | None:
    """The translation, with "%n" still in it (Qt replaces it itself), or None."""
    forms = _entries.get((context, source, disambiguation or ""))
    if not forms:
        return None
    return forms[min(_plural(n), len(forms) - 1)] if n >= 0 else forms[0]


def translate(context: str, source: str, disambiguation: str = "", n: int = -1) -> str:
    text = lookup(context, source, disambiguation, n) or source
    return text.replace("%n", str(n)) if n >= 0 else text


class Context:
    """The sentences of one part of the program; name the variable as the context."""

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, source: str, disambiguation: str = "", n: int = -1) -> str:
        return translate(self.name, source, disambiguation, n)


def native_name(code: str) -> str:
    """A shipped language's name in itself ("Deutsch"), from its own catalogue."""
    for (context, source, _), forms in load_catalogue(catalogue_path(code)):
        if (context, source) == ("language", "English"):
            return forms[0]
    return "English" if code == SOURCE else code


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name lupdate reads
    """Marks a sentence for the catalogue where it is defined; translated where it is shown."""
    del context
    return source


# Translators: this language's name, in itself ("Deutsch"), for the Preferences' menu.
QT_TRANSLATE_NOOP("language", "English")
