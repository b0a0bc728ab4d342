"""Two costs of a start that a profiler inflates and spreads over many callers, timed as they
happen: PySide6 makes a Python enum of every enum a Qt class declares, all at once when Python
first touches the class (QStyle's fifteen, QGradient's 180-member Preset), and each dataclass
has its methods written out and compiled, one `exec` each. The probe installs this before it
imports PySide6 when asked for (`first-window KIND costs`); nothing else uses it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

# Filled in as they happen: qt_enums, qt_enums_ms, dataclasses, dataclasses_ms.
COSTS: dict[str, float] = {}


def start_costs() -> None:
    """Count and time, from now on, every enum made by a call to its type (PySide6's way:
    Python's and ours are class statements) and every dataclass of the app's; reported by
    the first-window line."""
    # Imported here, not above: the probe imports this module in every run, and the bare
    # window's start must not pay for dataclasses when it never uses them.
    import dataclasses
    import enum
    from time import perf_counter

    def timed(
        key: str, function: Callable[..., Any], counted: Callable[[Any], bool]
    ) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            began = perf_counter()
            made = function(*args, **kwargs)
            if counted(made):
                COSTS[key] = COSTS.get(key, 0) + 1
                COSTS[key + "_ms"] = COSTS.get(key + "_ms", 0.0) + 1000 * (perf_counter() - began)
            return made

        return run

    def ours(made: Any) -> bool:
        return str(made.__module__).startswith("stretchplayer")

    # Private names of Python 3.11 to at least 3.13; where one is missing, no figure for it.
    create = getattr(enum.EnumType, "_create_", None)
    if create is not None:
        setattr(enum.EnumType, "_create_", timed("qt_enums", create, lambda _: True))  # noqa: B010
    process = getattr(dataclasses, "_process_class", None)
    if process is not None:
        setattr(dataclasses, "_process_class", timed("dataclasses", process, ours))  # noqa: B010
