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

# Which plural form a count takes. The rules are Qt's own (Qt Linguist's numerus table, the
# one `lupdate` uses to decide how many <numerusform>s a .ts file gets), for every language Qt
# knows, so that a new catalogue's forms and the rule that picks among them always agree: a
# translator adds a language with a .ts file alone. Each rule maps a count to a form's index.
PLURAL_RULES: dict[str, Callable[[int], int]] = {
    "one form": lambda n: 0,
    "english": lambda n: 0 if n == 1 else 1,
    "french": lambda n: 0 if n <= 1 else 1,
    "latvian": lambda n: 0 if n % 10 == 1 and n % 100 != 11 else 1 if n != 0 else 2,
    "icelandic": lambda n: 0 if n % 10 == 1 and n % 100 != 11 else 1,
    "irish": lambda n: 0 if n == 1 else 1 if n == 2 else 2,
    "gaelic": lambda n: 0 if n in (1, 11) else 1 if n in (2, 12) else 2 if 2 < n < 20 else 3,
    "slovak": lambda n: 0 if n == 1 else 1 if 2 <= n <= 4 else 2,
    "macedonian": lambda n: 0 if n % 10 == 1 else 1 if n % 10 == 2 else 2,
    "lithuanian": lambda n: (
        0 if n % 10 == 1 and n % 100 != 11 else 1 if n % 10 >= 2 and not 10 <= n % 100 <= 19 else 2
    ),
    "russian": lambda n: (
        0
        if n % 10 == 1 and n % 100 != 11
        else 1
        if 2 <= n % 10 <= 4 and not 10 <= n % 100 <= 19
        else 2
    ),
    "polish": lambda n: 0 if n == 1 else 1 if 2 <= n % 10 <= 4 and not 10 <= n % 100 <= 19 else 2,
    "romanian": lambda n: 0 if n == 1 else 1 if n == 0 or 0 < n % 100 < 20 else 2,
    "slovenian": lambda n: (
        0 if n % 100 == 1 else 1 if n % 100 == 2 else 2 if n % 100 in (3, 4) else 3
    ),
    "maltese": lambda n: (
        0 if n == 1 else 1 if n == 0 or 1 <= n % 100 <= 10 else 2 if 11 <= n % 100 <= 19 else 3
    ),
    "welsh": lambda n: 0 if n == 0 else 1 if n == 1 else 2 if 2 <= n <= 5 else 3 if n == 6 else 4,
    "arabic": lambda n: (
        0
        if n == 0
        else 1
        if n == 1
        else 2
        if n == 2
        else 3
        if 3 <= n % 100 <= 10
        else 4
        if n % 100 >= 11
        else 5
    ),
}

# The rule of each language, by its code (ISO 639, as a catalogue's file name and a locale
# name spell it): the languages of Qt's table. A regional code ("pt_br") is looked up first,
# then its language ("pt"). A code not here counts as English does (and a log line says so).
_FAMILIES = {
    "one form": "bi bo dz fa fj gn hu id ja jv ko ms my na om su th tr tt vi yo za zh",
    "english": (
        "aa ab af am as ay az ba bg bn ca co da de el en eo es et eu fi fo fur fy gl gu ha he "
        "hi ia ie it ka kk kl km kn ks ku kw ky la lb ln lo mg ml mn mr nb ne nl nn no nso "
        "oc or pa ps pt qu rm rn rw sd si sn so sq ss st sv sw ta te tg tk tn to ts ug ur uz vo "
        "wo xh yi zu"
    ),
    # Qt lists Filipino twice (French-style, then its own rule): lupdate takes the first.
    "french": "br fil fr hy pt_br ti tl wa",
    "latvian": "lv",
    "icelandic": "is",
    "irish": "dv ga gv ik iu mi sa se sm",
    "gaelic": "gd",
    "slovak": "cs sk",
    "macedonian": "mk",
    "lithuanian": "lt",
    "russian": "be bs hr ru sr uk",
    "polish": "pl",
    "romanian": "ro",
    "slovenian": "sl",
    "maltese": "mt",
    "welsh": "cy",
    "arabic": "ar",
}
PLURAL_FAMILIES: dict[str, str] = {
    code: family for family, codes in _FAMILIES.items() for code in codes.split()
}


def plural_family(code: str) -> str | None:
    """The name of the plural rule a language follows ("pt_BR" -> "french"), or None."""
    code = code.replace("-", "_").lower()
    return PLURAL_FAMILIES.get(code) or PLURAL_FAMILIES.get(code.split("_")[0])


def plural_rule(code: str) -> Callable[[int], int]:
    """Which form a count takes in a language: Qt's rule for it, else English's."""
    family = plural_family(code)
    if family is None:
        log.warning("no plural rule is known for %r; counting as English does", code)
        return _english_plural
    return PLURAL_RULES[family]


def catalogue_dir() -> Path:
    return data_path("i18n")


def catalogue_path(code: str) -> Path:
    return catalogue_dir() / f"stretchplayer_{code}.ts"


@cache
def available() -> tuple[str, ...]:
    """The languages shipped: English and every language with a catalogue, sorted.

    Cached: the folder is listed once a run, however often a menu asks (Preferences asks
    once for each language it names)."""
    folder = catalogue_dir()
    found = {p.stem.removeprefix("stretchplayer_") for p in folder.glob("stretchplayer_*.ts")}
    return tuple(sorted(found | {SOURCE}))


def match(code: str) -> str | None:
    """The shipped language a locale name or code means ("de_AT.UTF-8" -> "de"), or None."""
    base = code.split(".")[0].split("@")[0].replace("-", "_").lower()
    if base in ("c", "posix"):
        return SOURCE
    shipped = {code.lower(): code for code in available()}  # "pt_br" finds stretchplayer_pt_BR.ts
    for candidate in (base, base.split("_")[0]):
        if candidate in shipped:
            return shipped[candidate]
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
    the saved setting) wins; "system" or None follows the environment, as does a language
    that is not shipped (with a notice, in the language used instead)."""
    if requested is None or requested == SYSTEM or not requested.strip():
        return from_environment(environ), ""
    found = match(requested)
    if found is None:
        instead = from_environment(environ)
        notice = _in_language(instead, "language", _UNKNOWN) % (
            repr(requested),
            native_name(instead),
            ", ".join(available()),
        )
        return instead, notice
    return found, ""


def _in_language(code: str, context: str, source: str) -> str:
    """A sentence in a shipped language other than the one in use (for a notice said before
    the language is set)."""
    for (found_context, found_source, _), forms in load_catalogue(catalogue_path(code)):
        if (found_context, found_source) == (context, source):
            return forms[0]
    return source


def in_every_language(context: str, source: str) -> set[str]:
    """`source` and what every shipped language makes of it (for a name that must be told
    apart in all of them, whichever is in use when it is read)."""
    return {source, *(_in_language(code, context, source) for code in available())}


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
    _plural = plural_rule(code)


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


numbers = Context("numbers")


def grouped(n: int) -> str:
    """`n` with its digits grouped as the language in use writes them: 1,048,576 in English,
    1.048.576 in German."""
    return f"{n:,}".replace(",", numbers.tr(",", "thousands separator"))


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
_UNKNOWN = QT_TRANSLATE_NOOP("language", "unknown language %s; using %s (available: %s)")
