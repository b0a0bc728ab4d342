"""PySide6 reads every module imported after it in full, to learn whether it mentions PySide6.

Its feature switches (`from __feature__ import snake_case`) are set per module, so on each
import shibokensupport.feature calls `inspect.getsource(module)` and searches the text for
"PySide6". The text stays in `linecache`: by the window's first paint that is ~100 modules and
1.8 million characters, ~10 ms and ~4 MiB of every start, for what a search of the file's bytes
answers the same way. No module of ours uses `__feature__`; the answer is kept exact anyway.

Only the check is replaced, and only where it exists as expected (PySide6 6.4 to at least
6.11); otherwise, or for a module without a .py file (a frozen bundle), PySide6's own runs.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

Check = Callable[[ModuleType], bool]


def scan_sources_cheaply() -> None:
    """Make PySide6's per-import check a byte search of the module's file (idempotent)."""
    import PySide6.QtCore  # noqa: F401  (loads shibokensupport, whose check this replaces)

    feature = sys.modules.get("shibokensupport.feature")
    original: Check | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, "bytes_only", False):
        return
    setattr(feature, "_mod_uses_pyside", _byte_search(original))  # noqa: B010 (a private name)


def _byte_search(original: Check) -> Check:
    def uses_pyside(module: ModuleType) -> bool:
        file = getattr(module, "__file__", None)
        if not isinstance(file, str) or not file.endswith(".py"):
            return original(module)
        try:
            return b"PySide6" in Path(file).read_bytes()
        except OSError:
            return original(module)

    uses_pyside.bytes_only = True  # type: ignore[attr-defined]
    return uses_pyside
