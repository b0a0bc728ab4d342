"""A D-Bus int64 ("x") inside a variant, which PySide6 alone cannot make from a small int.

MPRIS wants `mpris:length` as an int64 in the a{sv} Metadata. PySide6 turns a Python int into
a QVariant of int (D-Bus int32) whenever it fits in 32 bits, which a session under 35 minutes
does, and its `QDBusArgument << int` picks the quint16 overload; neither can be told the type.
So the number is written with QtDBus's own `QDBusArgument::operator<<(qlonglong)`, an exported
function of libQt6DBus, called through ctypes on the argument's C++ object. A QDBusArgument
placed in a map goes out as a variant of what it holds, so clients read int64.

Where that function cannot be found (another Qt build, another platform), the plain int goes
out as before (int32 under 2**31, int64 above) and one line is logged.
"""

from __future__ import annotations

import ctypes
import functools
import logging
from typing import Any

import shiboken6
from PySide6.QtDBus import QDBusArgument

log = logging.getLogger(__name__)

QT_DBUS = "libQt6DBus.so.6"  # by its soname: the copy PySide6.QtDBus has already loaded
APPEND_INT64 = "_ZN13QDBusArgumentlsEx"  # QDBusArgument::operator<<(qlonglong), Itanium ABI


@functools.cache
def _append_int64() -> Any:
    """The C++ `QDBusArgument &QDBusArgument::operator<<(qlonglong)`, or None."""
    try:
        function = ctypes.CDLL(QT_DBUS)[APPEND_INT64]
    except (OSError, AttributeError) as error:
        log.warning("media controls send lengths as plain numbers: %s", error)
        return None
    function.argtypes = [ctypes.c_void_p, ctypes.c_longlong]
    function.restype = ctypes.c_void_p
    return function


def int64(value: int) -> QDBusArgument | int:
    """`value` as a QDBusArgument holding one int64, or the int itself where that cannot be made."""
    append = _append_int64()
    if append is None:
        return value
    argument = QDBusArgument()
    (address,) = shiboken6.getCppPointer(argument)
    append(address, value)
    return argument
