"""Open the window, Preferences, History and About on the one screen this process has (an
offscreen screen of a given size, see test_screen_fit.py); print, as JSON, the room on the
screen and, for each, its size, the buttons that are not wholly inside it, the form labels
that crowd their field (less than GAP pixels between them, side by side) and the parts of a
layout drawn over each other (squeezed below what they need)."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime, timedelta

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFormLayout,
    QLabel,
    QWidget,
)

from stretchplayer.app import StretchApp
from stretchplayer.core import i18n
from stretchplayer.core.library import load_library
from stretchplayer.storage.history import Session
from stretchplayer.storage.settings import Settings
from stretchplayer.ui import translator
from stretchplayer.ui.about_dialog import AboutDialog
from stretchplayer.ui.history_dialog import HistoryDialog
from stretchplayer.ui.preferences import PreferencesDialog
from tests.fakes import FakeClock

GAP = 10  # pixels: closer than this, a label reads as part of its field


def _looked_at(widget: QWidget) -> dict[str, object]:
    widget.show()
    QApplication.processEvents()
    inside = widget.rect()
    cut = [
        button.text() or button.accessibleName() or button.toolTip()
        for button in widget.findChildren(QAbstractButton)
        if button.isVisibleTo(widget)
        and not inside.contains(QRect(button.mapTo(widget, button.rect().topLeft()), button.size()))
    ]
    return {
        "size": [widget.width(), widget.height()],
        "cut": cut,
        "crowded": _crowded(widget),
        "overlapping": _overlapping(widget),
    }


def _overlapping(widget: QWidget) -> list[str]:
    """Items of one layout that are shown over each other, each pair named by its parts."""
    found = []
    holders = [widget, *widget.findChildren(QWidget)]
    layouts = [w.layout() for w in holders if w.isVisibleTo(widget) or w is widget]
    while layouts:
        layout = layouts.pop()
        if layout is None:
            continue
        items = [layout.itemAt(i) for i in range(layout.count())]
        shown = []
        for item in items:
            if item is None or item.isEmpty():
                continue
            part = item.widget()
            if part is not None and not part.isVisibleTo(widget):
                continue
            layouts.append(item.layout())
            shown.append(item)
        for i, first in enumerate(shown):
            for second in shown[i + 1 :]:
                if first.geometry().intersects(second.geometry()):
                    found.append(f"{_name(first)} / {_name(second)}")
    return found


def _name(item: object) -> str:
    part = item.widget() or item.layout()  # type: ignore[attr-defined]
    return part.objectName() or type(part).__name__


def _crowded(widget: QWidget) -> list[str]:
    crowded = []
    for form in widget.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            words = label.widget() if label is not None else None
            if label is None or field is None or not isinstance(words, QLabel):
                continue
            left, right = label.geometry(), field.geometry()
            beside = left.top() < right.bottom() and right.top() < left.bottom()
            shown = words.text().replace("&", "")  # a mnemonic mark is not drawn
            text = min(words.fontMetrics().horizontalAdvance(shown), left.width())
            if beside and right.left() - (left.left() + text) < GAP:
                crowded.append(words.text())
    return crowded


def _long_history(parent: QWidget) -> HistoryDialog:
    """Every part of History shown: the table, the pose counts, "the latest 100 of 400"."""
    today = date(2026, 12, 4)
    started = [datetime(2026, 12, 4, 7) - timedelta(days=n) for n in range(100)]
    poses = ["calf-stretch", "half-split"]
    sessions = [Session(at, 900.0, poses, True) for at in started]
    minutes = {at.date(): 15.0 for at in started}
    return HistoryDialog(
        12,
        sessions,
        "To gain the full benefit of these stretches, do them once a day.",
        parent,
        today=today,
        minutes=minutes,
        poses=[(p, 400) for p in poses],
        names={"calf-stretch": "Calf stretch", "half-split": "Half split"},
        total=400,
    )


def main() -> None:
    app = QApplication(sys.argv[:1])
    i18n.set_language(sys.argv[1] if len(sys.argv) > 1 else "en")
    translator.install(app)
    library = load_library()
    stretch = StretchApp(library, Settings(voice_enabled=False), [], clock=FakeClock())
    available = app.primaryScreen().availableGeometry()
    seen = {
        "screen": [available.width(), available.height()],
        "window": _looked_at(stretch.window),
        "preferences": _looked_at(PreferencesDialog(Settings(), parent=stretch.window)),
        "history": _looked_at(HistoryDialog(3, [], "", stretch.window)),
        "history, a long one": _looked_at(_long_history(stretch.window)),
        "about": _looked_at(AboutDialog(library.about, stretch.window)),
    }
    print(json.dumps(seen))


if __name__ == "__main__":
    main()
