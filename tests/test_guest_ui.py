"""Every input is a guest (issue #10), in the window: a library's words are shown as written,
never as markup; its drawings come only from its own folder or the shipped ones, bounded;
notices that arrive together are all seen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from stretchplayer.app import StretchApp
from stretchplayer.core.library import load_library
from stretchplayer.core.model import Library
from stretchplayer.core.resources import assets_dir
from stretchplayer.engine.timeline import build_timeline
from stretchplayer.storage.settings import Settings
from stretchplayer.ui.pictures import MAX_SIDE, MAX_SVG_BYTES, PosePictures
from stretchplayer.ui.step_panel import StepPanel
from tests.fakes import FakeClock
from tests.helpers import shipped_library_data, write_json

MARKUP = [
    "<b>bold</b>",
    '<a href="https://example.com">a link</a>',
    "<img src=/etc/hostname>",
    "<h1>big</h1>",
]


def markup_library(folder: Path) -> Library:
    data = shipped_library_data()
    pose = data["poses"][0]
    pose["name"] = f"Calf {MARKUP[0]} {MARKUP[2]}"
    pose["steps"] = [f"Step {m}" for m in MARKUP]
    pose["purpose"] = f"Purpose {MARKUP[1]}"
    pose["release"] = f"Release {MARKUP[3]}"
    data["poses"] = [pose]
    data["about"]["advice"] = f"Advice {MARKUP[2]}"
    return load_library(write_json(folder / "poses.json", data))


def labels_with_markup(widget: QWidget) -> list[QLabel]:
    return [
        label
        for label in widget.findChildren(QLabel)
        if any(m in label.text() for m in MARKUP) or "<img" in label.text()
    ]


def test_the_step_panel_shows_markup_as_plain_text(qtbot: QtBot, tmp_path: Path) -> None:
    library = markup_library(tmp_path)
    panel = StepPanel(PosePictures.for_library(library), library.about.advice)
    qtbot.addWidget(panel)
    timeline = build_timeline(library.poses)
    seen: set[str] = set()
    for cue in timeline.cues:
        panel.show_cue(cue, timeline)
        for label in labels_with_markup(panel):
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
            seen.add(label.text())
    # The name, every step and the release were shown, tags and all, as written.
    assert any(s == "Calf <b>bold</b> <img src=/etc/hostname>" for s in seen)
    for m in MARKUP:
        assert any(m in s for s in seen), m


def test_the_pose_list_tooltip_is_plain_text(qtbot: QtBot, tmp_path: Path) -> None:
    library = markup_library(tmp_path)
    stretch = StretchApp(library, Settings(), [], clock=FakeClock())
    qtbot.addWidget(stretch.window)
    item = stretch.window.pose_list.view.item(0)
    assert item.text() == "Calf <b>bold</b> <img src=/etc/hostname>"
    assert item.toolTip().startswith(
        "<p>Purpose &lt;a href=&quot;https://example.com&quot;&gt;a link&lt;/a&gt;<br>"
    )
    for label in labels_with_markup(stretch.window):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.text()


def test_notices_that_arrive_together_are_all_seen(qtbot: QtBot, library: Library) -> None:
    warnings = [f"settings.json: key{i}: expected a number; using the default" for i in range(9)]
    warnings[3] = 'settings.json: theme: got "<b>dark</b>"; using the default'
    stretch = StretchApp(library, Settings(), warnings, clock=FakeClock())
    qtbot.addWidget(stretch.window)
    label = stretch.window.findChild(QLabel, "notice")
    assert label is not None and label.textFormat() == Qt.TextFormat.PlainText
    assert stretch.window.notice() == f"{warnings[0]} (and 8 more: point here to read)"
    tip = label.toolTip()
    for i in range(9):
        assert f"key{i}:" in tip or i == 3
    assert "&lt;b&gt;dark&lt;/b&gt;" in tip
    stretch.window.show_notice("Voice unavailable")  # a moment later, from the voice
    # It does not hide them: it counts them, and the earlier ones are still there to read.
    assert stretch.window.notice() == "Voice unavailable (and 9 more: point here to read)"
    assert "key0:" in label.toolTip()


# -- drawings ------------------------------------------------------------------------------------

DRAWING = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d">'
    b'<rect width="10" height="10" fill="red"/></svg>'
)


def drawing(path: Path, width: int = 240, height: int = 200, extra: bytes = b"") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(DRAWING % (width, height) + extra)
    return path


def test_a_drawing_beside_the_library_is_used_before_the_shipped_one(tmp_path: Path) -> None:
    own = drawing(tmp_path / "lib" / "calf-stretch.svg", 100, 300)
    drawing(tmp_path / "lib" / "drawings" / "fold.svg")
    pictures = PosePictures([tmp_path / "lib", assets_dir()])
    assert pictures.locate("calf-stretch.svg") == own.resolve()
    assert pictures.aspect("calf-stretch.svg") == pytest.approx(1 / 3)
    assert pictures.locate("drawings/fold.svg") is not None
    assert pictures.locate("half-split.svg") == (assets_dir() / "half-split.svg").resolve()


@pytest.mark.parametrize("name", ["../secret.svg", "/abs/secret.svg", "x/../../secret.svg"])
def test_a_drawing_outside_the_folder_is_never_opened(tmp_path: Path, name: str) -> None:
    drawing(tmp_path / "secret.svg")
    drawing(tmp_path / "abs" / "secret.svg")
    pictures = PosePictures([tmp_path / "lib"])
    (tmp_path / "lib").mkdir()
    assert pictures.locate(name.replace("/abs", str(tmp_path / "abs"))) is None
    assert pictures.pixmap(name, QSize(50, 50)) is None


def test_a_link_leading_out_of_the_folder_is_not_followed(tmp_path: Path) -> None:
    secret = drawing(tmp_path / "secret.svg")
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "calf.svg").symlink_to(secret)
    assert PosePictures([tmp_path / "lib"]).locate("calf.svg") is None


def test_oversized_huge_and_outward_looking_drawings_are_not_shown(tmp_path: Path) -> None:
    big = tmp_path / "big.svg"
    with big.open("wb") as f:  # 60 MB, as measured; sparse, and only the limit is ever read
        f.write(DRAWING % (240, 200))
        f.truncate(60 * 1024 * 1024)
    assert big.stat().st_size > MAX_SVG_BYTES
    drawing(tmp_path / "wide.svg", MAX_SIDE + 1, 10)
    drawing(tmp_path / "linked.svg", extra=b'<image href="/etc/hostname.png"/>')
    drawing(tmp_path / "xlinked.svg", extra=b"<image xlink:href='file:///etc/x.png'/>")
    drawing(tmp_path / "css.svg", extra=b'<style>@import "/etc/x.css";</style>')
    (tmp_path / "sheet.svg").write_bytes(
        b'<?xml-stylesheet type="text/css" href="/etc/x.css"?>' + DRAWING % (10, 10)
    )
    (tmp_path / "entity.svg").write_bytes(
        b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]>' + DRAWING % (10, 10)
    )
    pictures = PosePictures([tmp_path])
    names = ["big", "wide", "linked", "xlinked", "css", "sheet", "entity"]
    for name in (f"{n}.svg" for n in names):
        assert pictures.locate(name) is not None
        assert pictures.pixmap(name, QSize(50, 50)) is None, name
    drawing(tmp_path / "ok.svg")
    assert pictures.pixmap("ok.svg", QSize(50, 50)) is not None


def test_a_librarys_drawings_are_read_once_each_and_only_when_shown(
    tmp_path: Path, library: Library
) -> None:
    pictures = PosePictures.for_library(library)
    assert pictures._renderers == {}  # nothing read before the window's first paint
    first = library.poses[0].image
    assert pictures.pixmap(first, QSize(50, 50)) is not None
    assert pictures.pixmap(first, QSize(80, 80)) is not None
    assert list(pictures._renderers) == [first]


def test_the_window_uses_the_drawings_beside_a_shared_library(qtbot: QtBot, tmp_path: Path) -> None:
    data = shipped_library_data()
    data["poses"][0]["image"] = "mine.svg"
    drawing(tmp_path / "mine.svg", 300, 100)
    library = load_library(write_json(tmp_path / "poses.json", data))
    stretch = StretchApp(library, Settings(), [], clock=FakeClock())
    qtbot.addWidget(stretch.window)
    pictures = PosePictures.for_library(library)
    assert pictures.aspect("mine.svg") == pytest.approx(3.0)
