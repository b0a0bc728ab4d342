"""Choosing a pose library file, and telling the person everything wrong with a broken one."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from stretchplayer.core.i18n import Context

ui_library = Context("ui_library")

# Seams for tests: no real modal dialog.
ChooseFile = Callable[[QWidget], Path | None]
ShowProblems = Callable[[QWidget, Path, Sequence[str]], None]

SHOWN = 12  # problems listed in the dialog itself; all of them under "Show Details…"


def choose_library_file(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        ui_library.tr("Open pose library"),
        str(Path.home()),
        ui_library.tr("Pose libraries (*.json);;All files (*)"),
    )
    return Path(name) if name else None


def problems_text(path: Path, problems: Sequence[str]) -> tuple[str, str]:
    """(headline, the problems listed) for the dialog: every problem, one a line."""
    n = len(problems)
    headline = ui_library.tr(
        "%s cannot be used as a pose library: %s. Your current poses stay."
    ) % (path.name, ui_library.tr("%n problem(s)", "", n))
    listed = [f"• {problem}" for problem in problems[:SHOWN]]
    if n > SHOWN:
        listed.append(ui_library.tr("… and %s more (Show Details…)") % (n - SHOWN))
    # A blank line between problems: each one wraps, and must still read as one.
    return headline, "\n\n".join(listed)


def show_library_problems(parent: QWidget, path: Path, problems: Sequence[str]) -> None:
    problems_box(parent, path, problems).exec()


def problems_box(parent: QWidget | None, path: Path, problems: Sequence[str]) -> QMessageBox:
    headline, listed = problems_text(path, problems)
    box = QMessageBox(
        QMessageBox.Icon.Warning, ui_library.tr("Pose library not opened"), headline, parent=parent
    )
    # A file's name and its problems quote the file: text, never markup ("<b>" must not
    # bolden). Set before the informative text, whose label takes the same format.
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(listed)
    if len(problems) > SHOWN:
        box.setDetailedText("\n".join(problems))
    return box
