"""Choosing a pose library file, and telling the person everything wrong with a broken one."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from stretchplayer.core.guest import summarise
from stretchplayer.core.i18n import Context, grouped
from stretchplayer.ui import style

ui_library = Context("ui_library")

# Seams for tests: no real modal dialog.
ChooseFile = Callable[[QWidget], Path | None]
ShowProblems = Callable[[QWidget, Path, Sequence[str], int | None], None]

# Problems listed in the dialog itself: fewer than a terminal's MAX_LINES (core/guest.py),
# because each wraps over two or three lines with a blank line after it, and twenty of them
# would make the box taller than a laptop's screen. The rest are counted below the list and
# are all under "Show Details…".
SHOWN = 12


def choose_library_file(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        ui_library.tr("Open pose library"),
        str(Path.home()),
        ui_library.tr("Pose libraries (*.json);;All files (*)"),
    )
    return Path(name) if name else None


def problems_text(path: Path, problems: Sequence[str], total: int | None = None) -> tuple[str, str]:
    """(headline, the problems listed) for the dialog: the first SHOWN, one a line, then how
    many more. `total` is how many there were in all when only the first were kept
    (core/library.py keeps MAX_PROBLEMS)."""
    n = len(problems) if total is None else total
    headline = ui_library.tr(
        "%s cannot be used as a pose library: %s. Your current poses stay."
    ) % (path.name, ui_library.tr("%n problem(s)", "", n))
    listed = [f"• {problem}" for problem in problems[:SHOWN]]
    if n > SHOWN:
        listed.append(ui_library.tr("… and %s more (Show Details…)") % grouped(n - SHOWN))
    # A blank line between problems: each one wraps, and must still read as one.
    return headline, "\n\n".join(listed)


def show_library_problems(
    parent: QWidget, path: Path, problems: Sequence[str], total: int | None = None
) -> None:
    problems_box(parent, path, problems, total).exec()


def problems_box(
    parent: QWidget | None, path: Path, problems: Sequence[str], total: int | None = None
) -> QMessageBox:
    headline, listed = problems_text(path, problems, total)
    box = QMessageBox(
        QMessageBox.Icon.Warning, ui_library.tr("Pose library not opened"), headline, parent=parent
    )
    # A file's name and its problems quote the file: text, never markup ("<b>" must not
    # bolden). Set before the informative text, whose label takes the same format.
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(listed)
    n = len(problems) if total is None else total
    if n > SHOWN:
        # Every problem kept, and a count of any that were only counted.
        box.setDetailedText("\n".join(summarise(problems, len(problems), n)))
    style.without_icons(box.buttons())
    return box
