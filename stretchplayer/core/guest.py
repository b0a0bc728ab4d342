"""Reading what people hand us: the one bounded reader, a guarded JSON parser, safe text.

Every file StretchPlayer reads that a person can edit or share (a pose library, settings,
routines, a pose drawing) comes through `read_limited`: it opens only regular files, never
waits on a FIFO, and reads at most a fixed number of bytes however large the file claims (or
does not claim) to be. `parse_json` then refuses what would crash or stall Python's parser
(nesting deeper than anything we write, integers longer than any we use) with one line and a
place, before the parser sees it. `printable` makes any text safe to print to a terminal, and
`text_problem` says why a string is not fit to be shown or spoken.

Stdlib only: the library loader (core) and the storage layer both use it. The messages are
in the language in use; code that needs to know which problem it was reads `ReadError.kind`,
never the words.
"""

from __future__ import annotations

import json
import os
import re
import stat
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from stretchplayer.core.i18n import QT_TRANSLATE_NOOP, Context, grouped

# The context the library's own problems use: the words they share ("a list") are one entry.
problems = Context("problems")

MAX_DEPTH = 32  # our files nest 5 deep; Python's parser recurses and breaks near 1,000
MAX_DIGITS = 4300  # Python's own limit for int(); a run of digits longer than this is refused
# Problems (or warnings) listed in a terminal before the rest are counted in one more line:
# the one limit for `validate`, every command's errors and the window's notice tooltip. The
# problems dialog lists fewer (ui/library_dialogs.py) for its height, and counts the rest too.
MAX_LINES = 20

# Bidirectional overrides and isolates reorder what a terminal or a label shows.
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Characters that move a terminal's cursor or end a line where none should end.
_UNSAFE = frozenset(("Cc", "Cs", "Zl", "Zp"))

_KINDS = {
    stat.S_IFDIR: QT_TRANSLATE_NOOP("problems", "a folder"),
    stat.S_IFCHR: QT_TRANSLATE_NOOP("problems", "a device"),
    stat.S_IFBLK: QT_TRANSLATE_NOOP("problems", "a device"),
    stat.S_IFIFO: QT_TRANSLATE_NOOP("problems", "a pipe (FIFO)"),
    stat.S_IFSOCK: QT_TRANSLATE_NOOP("problems", "a socket"),
}
_NOT_REGULAR = QT_TRANSLATE_NOOP("problems", "not a regular file")

# Python's JSON parser says what it expected in English: each of its messages (those of 3.11
# to 3.14) as a sentence of the catalogue. The English entry is the parser's own words, so an
# English message is exactly what Python said; an unknown one is shown as Python said it. Two
# are in our words instead (`json_message`): the delimiter, of which Python names only the
# comma, and the unterminated string, whose message ends in a dangling "at".
_JSON_MESSAGES = {
    "Expecting value": QT_TRANSLATE_NOOP("problems", "Expecting value"),
    "Expecting ',' delimiter": QT_TRANSLATE_NOOP("problems", "Expecting ',' delimiter"),
    "Expecting ':' delimiter": QT_TRANSLATE_NOOP("problems", "Expecting ':' delimiter"),
    "Expecting property name enclosed in double quotes": QT_TRANSLATE_NOOP(
        "problems", "Expecting property name enclosed in double quotes"
    ),
    "Invalid control character at": QT_TRANSLATE_NOOP("problems", "Invalid control character at"),
    "Invalid \\uXXXX escape": QT_TRANSLATE_NOOP("problems", "Invalid uXXXX escape"),
    "Invalid \\escape": QT_TRANSLATE_NOOP("problems", "Invalid escape"),
    "Extra data": QT_TRANSLATE_NOOP("problems", "Extra data"),
    "Illegal trailing comma before end of object": QT_TRANSLATE_NOOP(
        "problems", "Illegal trailing comma before end of object"
    ),
    "Illegal trailing comma before end of array": QT_TRANSLATE_NOOP(
        "problems", "Illegal trailing comma before end of array"
    ),
}
# Python's own parser (not the C one) quotes what it found: "Invalid \\escape: 'x'".
_JSON_QUOTING = (
    (
        re.compile(r"Invalid control character (.+) at"),
        QT_TRANSLATE_NOOP("problems", "Invalid control character %s at"),
    ),
    (re.compile(r"Invalid \\escape: (.+)"), QT_TRANSLATE_NOOP("problems", "Invalid escape %s")),
)

# One pass over the text: strings (skipped), brackets (depth), runs of digits (length).
_TOKENS = re.compile(
    # The closing quote is optional so that an unterminated string runs to the end in one
    # match: otherwise every later quote would start a new scan to the end (quadratic time).
    r'"[^"\\]*(?:\\.[^"\\]*)*"?|[\[\]{}]|\d{' + str(MAX_DIGITS + 1) + ",}",
    re.DOTALL,
)


class ReadError(Exception):
    """A file that was not read; `place` and `message` make one line after the file's name.

    `kind` says which problem it was, for code (one of the constants below); `detail` is,
    for INVALID_JSON, what the parser expected, in the language in use."""

    NOT_REGULAR = "not regular"
    TOO_LARGE = "too large"
    NOT_UTF8 = "not UTF-8"
    EMPTY = "empty"
    TOO_DEEP = "too deep"
    LONG_NUMBER = "long number"
    INVALID_JSON = "invalid JSON"

    def __init__(self, place: str, message: str, kind: str = "", detail: str = "") -> None:
        super().__init__(f"{place}: {message}" if place else message)
        self.place = place
        self.message = message
        self.kind = kind
        self.detail = detail


class TooLarge(ReadError):
    """A regular file larger than the limit: unlike a device or a FIFO, one we could move aside."""


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes.

    Raises FileNotFoundError for a missing file (often normal: a first run), ReadError for
    anything that is not a regular file or is too large, and OSError when it cannot be read.
    Opening never blocks (a FIFO would wait for a writer forever) and the limit is enforced
    on the bytes read, not on the size reported (a device reports 0 and never ends).
    """
    data = _read_regular(path, limit + 1)
    if len(data) > limit:
        raise TooLarge(
            "",
            problems.tr("file is larger than %s bytes; expected at most that") % grouped(limit),
            ReadError.TOO_LARGE,
        )
    return data


def read_head(path: Path, count: int) -> bytes:
    """The first `count` bytes (or fewer) of a regular file, e.g. to check its kind.

    Raises as `read_limited` does, except that a longer file is fine.
    """
    return _read_regular(path, count)


def _read_regular(path: Path, most: int) -> bytes:
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
    except OSError:
        os.close(fd)
        raise
    if not stat.S_ISREG(mode):
        os.close(fd)
        kind = problems.tr(_KINDS.get(stat.S_IFMT(mode), _NOT_REGULAR))
        raise ReadError(
            "", problems.tr("expected a regular file, got %s") % kind, ReadError.NOT_REGULAR
        )
    chunks: list[bytes] = []
    size = 0
    with os.fdopen(fd, "rb", buffering=0) as f:
        while size < most:
            chunk = f.read(min(1 << 16, most - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    return b"".join(chunks)


def parse_json(
    raw: bytes, *, object_pairs_hook: Callable[[list[tuple[str, Any]]], Any] | None = None
) -> Any:
    """Decode UTF-8 (a BOM allowed) and parse JSON; ReadError with a place for anything wrong."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReadError(
            problems.tr("byte %s") % exc.start,
            problems.tr("expected UTF-8 text"),
            ReadError.NOT_UTF8,
        ) from None
    if not text.strip():
        raise ReadError("", problems.tr("file is empty; expected a JSON object"), ReadError.EMPTY)
    _check_shape(text)
    try:
        return json.loads(text, object_pairs_hook=object_pairs_hook)
    except json.JSONDecodeError as exc:
        detail = json_message(exc.msg, _inside(text, exc.pos))
        # Nothing but blanks after the place (or a string never closed) is a file that was
        # cut short, most often by a copy or a download that stopped: say so, as the cure
        # is another copy rather than an edit at that place.
        if not text[exc.pos :].strip() or exc.msg.startswith("Unterminated string"):
            detail = problems.tr("%s; the file may be cut short") % detail
        place = f"{exc.lineno}:{exc.colno}"
        raise ReadError(place, _invalid(detail), ReadError.INVALID_JSON, detail) from None
    except (RecursionError, ValueError, OverflowError) as exc:  # kept out above; never a crash
        detail = printable(str(exc), 80)
        raise ReadError("", _invalid(detail), ReadError.INVALID_JSON, detail) from None


def _invalid(detail: str) -> str:
    return problems.tr("invalid JSON: %s") % detail


def json_message(message: str, inside: str = "") -> str:
    """What Python's JSON parser said (`JSONDecodeError.msg`), in the language in use.

    `inside` is the bracket open at the place ("{" or "["): with it, a missing delimiter
    names the bracket that could also close there, since Python names only the comma."""
    if message == "Expecting ',' delimiter" and inside:
        return (
            problems.tr("expected ',' or '}'")
            if inside == "{"
            else problems.tr("expected ',' or ']'")
        )
    if message == "Unterminated string starting at":
        # Python's words end with a dangling "at": the place is in the line's start already.
        return problems.tr("expected '\"' to end the string that starts here")
    known = _JSON_MESSAGES.get(message)
    if known is not None:
        return _or_python(problems.tr(known), known, message)
    for pattern, source in _JSON_QUOTING:
        found = pattern.fullmatch(message)
        if found is not None:
            return _or_python(problems.tr(source), source, message, found.group(1))
    return message


def _or_python(translated: str, source: str, message: str, *quoted: str) -> str:
    # Untranslated (English): Python's own words, exactly, rather than the catalogue's key.
    return message if translated == source else translated % quoted if quoted else translated


def _check_shape(text: str) -> None:
    depth = 0
    for match in _TOKENS.finditer(text):
        token = match.group()
        if token[0] in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise ReadError(
                    _line_col(text, match.start()),
                    problems.tr("nested more than %s deep; expected a flatter file") % MAX_DEPTH,
                    ReadError.TOO_DEEP,
                )
        elif token[0] in "]}":
            depth -= 1
        elif token[0] != '"':
            raise ReadError(
                _line_col(text, match.start()),
                problems.tr("a number with %s digits; expected at most %s")
                % (grouped(len(token)), grouped(MAX_DIGITS)),
                ReadError.LONG_NUMBER,
            )


def _inside(text: str, offset: int) -> str:
    """The bracket ("{" or "[") still open at `offset` in `text`, or "" at the top level."""
    open_brackets: list[str] = []
    for match in _TOKENS.finditer(text, 0, offset):
        token = match.group()
        if token[0] in "[{":
            open_brackets.append(token)
        elif token[0] in "]}" and open_brackets:
            open_brackets.pop()
    return open_brackets[-1] if open_brackets else ""


def _line_col(text: str, offset: int) -> str:
    line = text.count("\n", 0, offset) + 1
    return f"{line}:{offset - (text.rfind(chr(10), 0, offset) + 1) + 1}"


def text_problem(text: str) -> str | None:
    """Why `text` cannot be shown or spoken as it is, with the character's place; else None."""
    for index, char in enumerate(text, 1):
        category = unicodedata.category(char)
        if category == "Cs":
            return problems.tr("character %s is a lone surrogate (%s); expected text") % (
                index,
                f"U+{ord(char):04X}",
            )
        if category == "Cc" or char in _BIDI:
            return problems.tr("character %s is a control character (%s); expected plain text") % (
                index,
                f"U+{ord(char):04X}",
            )
    return None


def printable(text: str, limit: int | None = None) -> str:
    """`text` with every control character, lone surrogate and bidi override made visible
    (as \\x1b, \\ud800, \\u202e), so printing it cannot drive a terminal; newlines and tabs
    too, so one line stays one line. Shortened to `limit` characters with "…" if given."""
    if limit is not None and len(text) > limit:
        text = text[: max(limit - 1, 0)] + "…"
    if text.isprintable():
        return text
    out = []
    for char in text:
        if unicodedata.category(char) in _UNSAFE or char in _BIDI:
            code = ord(char)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(char)  # other invisible letters (a joiner in an emoji) are harmless
    return "".join(out)


def summarise(lines: Sequence[str], limit: int = MAX_LINES, total: int | None = None) -> list[str]:
    """The first `limit` lines, then "… and N more" for the rest, if there are any.

    `total` is how many lines there were in all, when only the first few were kept.
    """
    total = len(lines) if total is None else total
    shown = min(limit, len(lines), total)
    if total <= shown:
        return list(lines[:shown])
    return [*lines[:shown], more_line(total - shown)]


def more_line(count: int) -> str:
    """The line that counts what a list leaves out: "… and 21 more"."""
    return problems.tr("… and %s more") % grouped(count)
