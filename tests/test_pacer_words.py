"""The pacer's word stays inside its circle, as big as fits, in every language and in mat mode."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import cast

import pytest
from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from stretchplayer.core import i18n
from stretchplayer.core.model import Library
from stretchplayer.engine.pacing import Pacing
from stretchplayer.engine.timeline import Cue, build_timeline
from stretchplayer.session.controller import SessionController
from stretchplayer.ui import circle_words, translator
from stretchplayer.ui.breath_pacer import WORDS, BreathPacer
from tests.fakes import FakeClock


@pytest.fixture(params=["en", "de", "es", "fr"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    i18n.set_language(request.param)
    translator.install(qapp)
    yield request.param
    i18n.set_language(i18n.SOURCE)
    translator.install(qapp)


def letters_outside(image: QImage, radius: float, square: float) -> list[tuple[int, int]]:
    """Pixels of the square round the circle's middle, clear of the circle's soft edge, that
    are not the background (sampled between the circle and the dashed ring above it)."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    cx, cy = image.width() / 2, image.height() / 2
    background = image.pixel(round(cx), round(cy - (radius + square / 2) / 2))
    wrong: list[tuple[int, int]] = []
    for y in range(math.floor(cy - square / 2), math.ceil(cy + square / 2)):
        row = cast(memoryview, image.constScanLine(y)).cast("I")
        dy = y + 0.5 - cy
        half = math.sqrt(max(0.0, (radius + 2) ** 2 - dy**2))
        for x in range(math.floor(cx - square / 2), math.ceil(cx + square / 2)):
            if abs(x + 0.5 - cx) > half and row[x] != background:
                wrong.append((x, y))
    return wrong


@pytest.mark.parametrize("mat", [False, True])  # the window's, and mat mode's bigger type
def test_every_word_stays_inside_the_circle(
    qtbot: QtBot, library: Library, clock: FakeClock, language: str, mat: bool
) -> None:
    timeline = build_timeline(library.poses, Pacing(breath_in=4, breath_out=6))
    controller = SessionController(timeline, clock)
    pacer = BreathPacer()
    pacer.set_source(controller.position)
    pacer.set_mat_mode(mat)
    pacer.resize(300, 300)
    qtbot.addWidget(pacer)
    firsts: dict[str | None, Cue] = {}
    for cue in timeline.cues:
        firsts.setdefault(cue.kind if cue.kind != "breath" else cue.phase, cue)
    smallest = pacer.diameter()  # before the session: empty lungs
    controller.start()
    shown: dict[str, list[tuple[int, int]]] = {}
    for cue in sorted(firsts.values(), key=lambda cue: cue.t):
        # Each kind of moment once, when its circle is the smallest: an exhale at its end.
        t = cue.t + cue.duration - 0.05 if cue.phase == "exhale" else cue.t + 0.01
        clock.advance(t - controller.elapsed())
        controller.update()
        assert pacer.diameter() == pytest.approx(smallest, abs=2), pacer.word()
        shown[pacer.word()] = letters_outside(pacer.grab().toImage(), smallest / 2, smallest * 1.2)
    controller.pause()
    shown[pacer.word()] = letters_outside(pacer.grab().toImage(), smallest / 2, smallest * 1.2)
    assert len([word for word in shown if word]) >= 8, shown.keys()
    assert {word: pixels[:3] for word, pixels in shown.items() if pixels} == {}


def test_mat_mode_sets_the_breath_word_a_quarter_bigger_or_more(
    qtbot: QtBot, library: Library, clock: FakeClock, language: str
) -> None:
    """Read from the floor: at the size mat mode gives the pacer at 1024x600, "Einatmen" was
    22 px, smaller than the breath count under it."""
    timeline = build_timeline(library.poses, Pacing(breath_in=4, breath_out=6))
    controller = SessionController(timeline, clock)
    pacer = BreathPacer()
    pacer.set_source(controller.position)
    pacer.resize(250, 250)
    qtbot.addWidget(pacer)
    controller.start()
    inhale = next(c for c in timeline.cues if c.kind == "breath")
    clock.advance(inhale.t + 0.1)
    controller.update()
    window = pacer.word_pixels()
    pacer.set_mat_mode(True)
    assert pacer.word_pixels() >= 1.25 * window, pacer.word()
    # ... and a long word may break where its translation allows ("Ein-/atmen", was 22 px).
    assert pacer.word_pixels() >= 26, pacer.word()
    pacer.set_mat_mode(False)
    assert pacer.word_pixels() == window


def test_each_moment_has_its_own_word_and_setting_up_is_not_getting_ready(
    qapp: QApplication, language: str
) -> None:
    """In Spanish the setup steps said "Prepárate", as the countdown does: a second countdown."""
    words = [qapp.translate("ui_pacer", w) for w in WORDS.values() if w]
    assert len(set(words)) == len(words), words
    get_ready = qapp.translate("wording", "Get ready")
    assert get_ready not in words


BASE = QFont("DejaVu Sans")


def test_a_long_word_breaks_where_it_may_and_reads_bigger_for_it(qapp: QApplication) -> None:
    font, lines = circle_words.fit("Installez-vous", 120, 40, BASE)
    assert lines == ["Installez-", "vous"]
    one_line = circle_words.fit("Installezvous", 120, 40, BASE)[0]
    assert font.pixelSize() > one_line.pixelSize() * 1.3
    # A soft hyphen is where a translator allows a break: a hyphen there, unseen elsewhere.
    assert circle_words.fit("Seiten\u00adwechsel", 120, 40, BASE)[1] == ["Seiten-", "wechsel"]
    assert circle_words.fit("Seiten\u00adwechsel", 1000, 40, BASE)[1] == ["Seitenwechsel"]
    assert circle_words.fit("Switch sides", 120, 40, BASE)[1] == ["Switch", "sides"]
    assert circle_words.fit("Hold", 120, 40, BASE)[1] == ["Hold"]
    assert circle_words.fit("Nord- und Süd", 1000, 40, BASE)[1] == ["Nord- und Süd"]


def test_bigger_type_never_sets_a_word_smaller(qapp: QApplication) -> None:
    for word in ("Set up", "Get into position", "Cambia de lado", "Changez de côté", "Exhale"):
        for diameter in (60, 120, 375):
            window = circle_words.fit(word, diameter, diameter * 0.22, BASE)[0]
            mat = circle_words.fit(word, diameter, diameter * 0.22 * 1.35, BASE)[0]
            assert mat.pixelSize() >= window.pixelSize(), (word, diameter)


def test_text_too_long_for_any_size_is_set_on_one_line_at_the_least(
    qapp: QApplication,
) -> None:
    font, lines = circle_words.fit("Rindfleischetikettierungsüberwachung", 40, 30, BASE)
    assert lines == ["Rindfleischetikettierungsüberwachung"]
    assert font.pixelSize() == 10
    assert circle_words.fit("", 120, 40, BASE)[1] == []
