"""Routines in the window: save the ticked poses under a name, pick, rename, delete, restart."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QMessageBox,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from stretchplayer.app import StretchApp
from stretchplayer.core import i18n
from stretchplayer.core.model import Library
from stretchplayer.storage.history import History
from stretchplayer.storage.settings import Settings, load_settings
from stretchplayer.ui import style
from stretchplayer.ui.name_dialog import NameDialog, ask_name, question_box
from stretchplayer.ui.pose_row import CURRENT_ROLE, ID_ROLE
from stretchplayer.ui.routine_bar import confirm
from tests.fakes import FakeClock
from tests.helpers import POSE_IDS, run_cli

MORNING = ["half-split", "calf-stretch", "pyramid-pose", "lizard-pose"]


class Answers:
    """Stands in for the name dialog and the delete question: no real modal."""

    def __init__(self, *names: str | None, yes: bool = True) -> None:
        self.names = list(names)
        self.yes = yes
        self.asked: list[str] = []

    def ask(
        self,
        parent: object,
        title: str,
        label: str,
        text: str,
        *,
        taken: Sequence[str],
        replace: bool,
    ) -> str | None:
        self.asked.append(title)
        return self.names.pop(0)

    def sure(self, parent: object, question: str) -> bool:
        self.asked.append(question)
        return self.yes


def make(qtbot: QtBot, library: Library, answers: Answers | None, **kwargs: object) -> StretchApp:
    """The window, its routine dialogs answered by `answers` (None: the real dialogs)."""
    settings, _ = load_settings()
    stretch = StretchApp(
        library,
        settings,
        clock=kwargs.get("clock") or FakeClock(),  # type: ignore[arg-type]
        routine=kwargs.get("routine"),  # type: ignore[arg-type]
    )
    qtbot.addWidget(stretch.window)
    if answers is not None:
        stretch.window.routine_bar.ask = answers.ask
        stretch.window.routine_bar.sure = answers.sure
    return stretch


def tick_only(stretch: StretchApp, ids: list[str]) -> None:
    pose_list = stretch.window.pose_list
    pose_list.none_button.click()
    for n, pose_id in enumerate(ids):
        pose_list.move_pose(pose_list.order().index(pose_id), n)
        pose_list.set_checked(pose_id, True)


def test_save_morning_in_the_window_and_find_it_after_a_restart(
    qtbot: QtBot, library: Library
) -> None:
    stretch = make(qtbot, library, Answers("Morning"))
    bar = stretch.window.routine_bar
    assert bar.names() == ["All seven"]
    tick_only(stretch, MORNING)
    assert bar.current() is None  # the person's own choice
    bar.save_button.click()
    assert bar.names() == ["All seven", "Morning"]
    assert bar.current() == "Morning"
    assert stretch.window.notice() == 'Saved the routine "Morning".'
    stretch.window.close()

    again = make(qtbot, library, Answers())
    assert again.window.routine_bar.current() == "Morning"
    assert again.window.chosen_ids() == MORNING
    assert [s.pose.id for s in again.controller.timeline.spans] == MORNING
    # ...and the command line sees the same routine.
    listed = json.loads(run_cli("routines", "--json").stdout)
    assert listed[0]["name"] == "Morning" and listed[0]["poses"] == MORNING


def test_saving_over_a_routine_in_the_window_keeps_what_it_could_not_read(
    qtbot: QtBot, library: Library, stretchplayer_home: Path
) -> None:
    file = stretchplayer_home / "routines.json"
    typo = {"poses": ["calf-stretch"], "pacing": {"rest": 1e9}, "breaths": {"x": "x"}}
    file.write_text(json.dumps({"routines": {"Morning": typo}}), encoding="utf-8")
    stretch = make(qtbot, library, Answers("Morning"), routine="Morning")
    tick_only(stretch, MORNING)
    stretch.window.routine_bar.save_button.click()
    # (and the start's two notices about the file, read or not, counted after it)
    assert stretch.window.notice().startswith('Replaced the routine "Morning".')
    saved = json.loads(file.read_text(encoding="utf-8"))["routines"]["Morning"]
    assert saved == {"poses": MORNING, "pacing": {"rest": 1e9}, "breaths": {"x": "x"}}


def test_picking_a_routine_ticks_its_poses_and_paces_by_it(qtbot: QtBot, library: Library) -> None:
    run_cli("routines", "save", "Quick", "--poses", "pyramid-pose", "--breath-in", "2")
    stretch = make(qtbot, library, Answers())
    bar = stretch.window.routine_bar
    everything = stretch.controller.timeline.total
    bar.combo.activated.emit(bar.names().index("Quick"))
    assert stretch.window.chosen_ids() == ["pyramid-pose"]
    quick = stretch.controller.timeline.total
    assert quick < everything / 5
    assert load_settings()[0].routine == "Quick"

    bar.combo.activated.emit(0)  # the built-in "All seven"
    assert stretch.window.chosen_ids() == POSE_IDS
    assert not bar.more.isEnabled()  # the built-in one cannot be renamed or deleted


def test_a_routine_picked_mid_session_keeps_the_pose_being_done_marked(
    qtbot: QtBot, library: Library
) -> None:
    run_cli("routines", "save", "Reversed", "--poses", ",".join(reversed(POSE_IDS)))
    stretch = make(qtbot, library, Answers())
    controller, pose_list = stretch.controller, stretch.window.pose_list
    controller.start()
    controller.next_pose()
    controller.next_pose()  # the second pose
    doing = controller.position().pose_index
    assert doing == 1
    bar = stretch.window.routine_bar
    bar.combo.activated.emit(bar.names().index("Reversed"))
    assert pose_list.order() == list(reversed(POSE_IDS))  # listed in the routine's order
    view = pose_list.view
    marked = [
        view.item(i).data(ID_ROLE) for i in range(view.count()) if view.item(i).data(CURRENT_ROLE)
    ]
    assert marked == [POSE_IDS[1]]


def test_ticking_by_hand_leaves_the_routine_and_its_pacing(qtbot: QtBot, library: Library) -> None:
    run_cli("routines", "save", "Slow", "--poses", "pyramid-pose", "--breath-in", "20")
    stretch = make(qtbot, library, Answers(), routine="Slow")
    slow = stretch.controller.timeline.total
    stretch.window.pose_list.set_checked("calf-stretch", True)
    assert stretch.window.routine_bar.current() is None
    assert load_settings()[0].routine is None
    stretch.window.pose_list.set_checked("calf-stretch", False)
    assert stretch.controller.timeline.total < slow  # the usual 4 s breaths again


def test_leaving_a_paced_routine_after_the_end_keeps_well_done_until_start_or_stop(
    qtbot: QtBot, library: Library
) -> None:
    run_cli("routines", "save", "Slow", "--poses", "pyramid-pose", "--breath-in", "20")
    clock = FakeClock()
    stretch = make(qtbot, library, Answers(), routine="Slow", clock=clock)
    controller, window = stretch.controller, stretch.window
    panel, pose_list = window.step_panel, window.pose_list

    def state() -> str:  # read afresh each time (mypy would keep the first answer)
        return controller.state.value

    slow = controller.timeline
    window.play_action.trigger()
    clock.advance(slow.total + 1)
    controller.update()
    assert panel.instruction.text().startswith("Well done")

    pose_list.set_checked("pyramid-pose", False)  # leaves "Slow" and its 20 s breaths
    assert panel.hint.text() == "Tick a pose to go again"
    pose_list.set_checked("calf-stretch", True)
    # The end of the session stays on screen; the new choice waits for the next start.
    assert state() == "finished"
    assert panel.instruction.text().startswith("Well done")
    assert panel.hint.text() == "Press Space to go again"
    assert controller.timeline is slow
    assert window.transport.play_button.text() == "Start again"
    window.play_action.trigger()
    assert state() == "running"
    assert [s.pose.id for s in controller.timeline.spans] == ["calf-stretch"]

    # Stop, after another end: the screen shows the poses ticked since.
    clock.advance(controller.timeline.total + 1)
    controller.update()
    pose_list.set_checked("half-split", True)
    assert panel.instruction.text().startswith("Well done")
    window.stop_action.trigger()
    assert state() == "idle"
    assert [s.pose.id for s in controller.timeline.spans] == ["calf-stretch", "half-split"]
    assert panel.instruction.text() == "Ready when you are"


def test_rename_and_delete_in_the_window(qtbot: QtBot, library: Library) -> None:
    run_cli("routines", "save", "Morning", "--poses", "calf-stretch")
    answers = Answers("Dawn")
    stretch = make(qtbot, library, answers, routine="Morning")
    bar = stretch.window.routine_bar
    bar.rename_action.trigger()
    assert bar.names() == ["All seven", "Dawn"] and bar.current() == "Dawn"
    assert [r["name"] for r in json.loads(run_cli("routines", "--json").stdout)] == ["Dawn"]
    assert stretch.window.notice() == 'Renamed the routine "Morning" to "Dawn".'

    answers.yes = False
    bar.delete_action.trigger()
    assert bar.names() == ["All seven", "Dawn"]
    answers.yes = True
    bar.delete_action.trigger()
    assert bar.names() == ["All seven"]
    assert stretch.window.chosen_ids() == ["calf-stretch"]  # still ticked, as own choice
    assert json.loads(run_cli("routines", "--json").stdout) == []


def test_save_as_rename_and_delete_have_keys_and_a_place_in_the_file_menu(
    qtbot: QtBot, library: Library
) -> None:
    run_cli("routines", "save", "Morning", "--poses", "calf-stretch")
    answers = Answers("Evening", "Dusk")
    stretch = make(qtbot, library, answers, routine="Morning")
    window = stretch.window
    bar = window.routine_bar
    save, rename, delete = bar.routine_actions()
    assert save.shortcut() == QKeySequence("Ctrl+Shift+S")
    assert rename.shortcut() == QKeySequence("F2")
    assert delete.shortcut() == QKeySequence("Ctrl+Shift+Del")  # never a bare Del
    assert "(Ctrl+Shift+S)" in bar.save_button.toolTip()
    assert bar.save_button.text() == "Save as…"  # a button shows an action without its "…"
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    routine_menu = next(a.menu() for a in file_menu.actions() if a.menu())
    assert isinstance(routine_menu, QMenu) and routine_menu.title() == "Routine"
    assert routine_menu.actions() == [save, rename, delete]
    assert file_menu.actions()[-1] is window.quit_action  # Quit last in File, as on a desktop

    with qtbot.waitActive(window):  # window shortcuts answer in the active window
        window.show()
        window.activateWindow()
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    focus = window.focusWidget() or window
    QTest.keyClick(focus, Qt.Key.Key_S, ctrl_shift)
    assert bar.current() == "Evening" and "Evening" in bar.names()
    QTest.keyClick(focus, Qt.Key.Key_F2)
    assert bar.current() == "Dusk" and "Evening" not in bar.names()
    QTest.keyClick(focus, Qt.Key.Key_Delete, ctrl_shift)
    assert "Dusk" not in bar.names()
    assert answers.asked == [
        "Save routine",
        "Rename routine",
        'Delete the routine "Dusk"? Your history keeps it.',
    ]
    QTest.keyClick(focus, Qt.Key.Key_Delete)  # a bare Del asks nothing
    assert len(answers.asked) == 3


def test_return_in_the_delete_question_keeps_the_routine(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[bool] = []

    def answer_with_return() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.defaultButton() is box.button(QMessageBox.StandardButton.No))
        QTest.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer_with_return)
    assert confirm(parent, 'Delete the routine "Morning"?') is False
    assert seen == [True]


def _in_the_dialog(act: Callable[[NameDialog], None]) -> list[str]:
    """Do `act` in the name dialog once it is up; what its notice said, as it closed."""
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NameDialog)
        act(dialog)
        seen.append(dialog.hint.text() if dialog.hint.isVisibleTo(dialog) else "")

    QTimer.singleShot(0, answer)
    return seen


def test_a_name_too_long_is_refused_in_place_and_the_typing_is_kept(
    qtbot: QtBot, library: Library
) -> None:
    stretch = make(qtbot, library, None)  # the real dialog, typed into
    bar = stretch.window.routine_bar
    typed = "Evening & <b>more</b> " + "x" * 100

    def type_then_press_ok(dialog: NameDialog) -> None:
        QTest.keyClicks(dialog.field, typed)
        QTest.keyClick(dialog.field, Qt.Key.Key_Return)

    seen = _in_the_dialog(type_then_press_ok)
    bar.save_button.click()
    assert seen == ["80 of at most 80 characters"]
    kept = typed[:80].strip()
    assert bar.names() == ["All seven", kept]  # the first 80 typed, markup and all, kept
    assert stretch.window.notice() == f'Saved the routine "{kept}".'


def test_the_length_counter_informs_and_only_what_stops_ok_looks_like_an_error(
    qtbot: QtBot,
) -> None:
    dialog = NameDialog(None, "Save routine", "Keep as:", "", refused="All seven", taken=["Dusk"])
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    window = dialog.palette().color(QPalette.ColorRole.Window)

    def notice() -> tuple[bool, str, QColor]:
        shown = dialog.hint.text() if dialog.hint.isVisibleTo(dialog) else ""
        return ok.isEnabled(), shown, dialog.hint.palette().color(QPalette.ColorRole.WindowText)

    # Opened empty: a prompt, not an error (nothing has been done wrong yet).
    assert notice() == (False, "Type a name for the routine.", style.dim_text(dialog.palette()))
    errors = []
    for text in ("all seven", "Dusk"):
        dialog.field.setText(text)
        errors.append(notice())
    dialog.field.setText("x" * 69)
    assert notice()[:2] == (True, "")  # a name well short of the limit: no counter
    dialog.field.setText("x" * 72)
    assert notice()[:2] == (True, "72 of at most 80 characters")
    QTest.keyClicks(dialog.field, "y" * 20)  # typing on stops at the limit
    enabled, counter, counter_color = notice()
    assert (enabled, counter) == (True, "80 of at most 80 characters")

    error_color = style.error(dialog.palette())
    assert [(enabled, color) for enabled, _, color in errors] == [(False, error_color)] * 2
    # The counter is quieter than the errors, yet readable, and not in their colour.
    assert counter_color == style.dim_text(dialog.palette())
    assert counter_color != error_color
    assert style.contrast(counter_color, window) >= 3
    assert style.contrast(error_color, window) >= 4.5


def test_an_empty_or_built_in_name_cannot_be_confirmed(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    states: list[tuple[bool, str]] = []

    def try_names(dialog: NameDialog) -> None:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        for text in ("   ", "all SEVEN", "Dusk"):
            dialog.field.setText(text)
            states.append(
                (ok.isEnabled(), dialog.hint.text() if dialog.hint.isVisibleTo(dialog) else "")
            )
        dialog.field.clear()
        QTest.keyClick(dialog.field, Qt.Key.Key_Return)  # refused: the dialog stays...
        states.append((dialog.isVisible(), ""))
        dialog.reject()

    _in_the_dialog(try_names)
    assert ask_name(parent, "Save routine", "Keep as:", "", refused="All seven") is None
    assert states == [
        (False, "Type a name for the routine."),
        (False, '"all SEVEN" is built in; choose another name.'),
        (True, ""),
        (True, ""),
    ]


def test_names_are_shown_as_typed_not_as_markup(qtbot: QtBot) -> None:
    name = "Evening & <b>more</b>"
    dialog = NameDialog(None, "Rename routine", f'New name for "{name}":', name)
    qtbot.addWidget(dialog)
    labels = [label for label in dialog.findChildren(QLabel) if label.text()]
    assert [label.text() for label in labels] == [f'New name for "{name}":']
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    box = question_box(None, "Delete routine", f'Delete the routine "{name}"?')
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText and name in box.text()


def test_saving_over_a_routine_that_cannot_be_read_says_it_replaces_it(
    qtbot: QtBot, library: Library, stretchplayer_home: Path
) -> None:
    file = stretchplayer_home / "routines.json"
    file.write_text(json.dumps({"routines": {"Kaputt": {"poses": "x"}}}), encoding="utf-8")
    stretch = make(qtbot, library, None)

    def type_name(dialog: NameDialog) -> None:
        dialog.field.setText("Kaputt")
        dialog.accept()

    seen = _in_the_dialog(type_name)
    stretch.window.routine_bar.save_button.click()
    assert seen == ['This replaces your routine "Kaputt".']
    assert stretch.window.notice().startswith('Replaced the routine "Kaputt".')


def test_the_built_in_name_cannot_be_taken(qtbot: QtBot, library: Library) -> None:
    stretch = make(qtbot, library, Answers("All seven"))
    stretch.window.routine_bar.save_button.click()
    assert "built in" in stretch.window.notice()
    assert stretch.window.routine_bar.names() == ["All seven"]


def test_a_routine_missing_poses_keeps_them_and_says_which(
    qtbot: QtBot, library: Library, stretchplayer_home: Path
) -> None:
    (stretchplayer_home / "routines.json").write_text(
        json.dumps({"routines": {"Old": {"poses": ["gone-pose", "half-split"]}}}),
        encoding="utf-8",
    )
    stretch = make(qtbot, library, Answers(), routine="Old")
    assert stretch.window.chosen_ids() == ["half-split"]
    assert "gone-pose" in stretch.window.notice()
    data = json.loads((stretchplayer_home / "routines.json").read_text(encoding="utf-8"))
    assert data["routines"]["Old"]["poses"] == ["gone-pose", "half-split"]


def test_a_window_session_records_its_routine(qtbot: QtBot, library: Library) -> None:
    run_cli("routines", "save", "One", "--poses", "seated-forward-fold")
    clock = FakeClock()
    stretch = StretchApp(library, Settings(voice_enabled=False), clock=clock, routine="One")
    qtbot.addWidget(stretch.window)
    stretch.controller.start()
    clock.advance(stretch.controller.timeline.total + 1)
    stretch.controller.update()
    [session] = History().sessions()
    assert session.routine == "One" and session.played == "window" and session.completed


def test_a_routines_breath_counts_pace_the_window_and_survive_saving_over_it(
    qtbot: QtBot, library: Library
) -> None:
    run_cli("routines", "save", "Short", "--poses", "half-split", "--breaths", "half-split=3")
    stretch = make(qtbot, library, Answers("Short"), routine="Short")
    [span] = stretch.controller.timeline.spans
    assert span.pose.breaths == 3
    stretch.window.routine_bar.save_button.click()  # saved over: keeps its breath counts
    assert json.loads(run_cli("routines", "--json").stdout)[0]["breaths"] == {"half-split": 3}
    assert stretch.window.notice() == 'Replaced the routine "Short".'  # as the dialog said


@pytest.mark.parametrize("code", ["en", "de", "es", "fr"])
def test_the_routine_picker_shows_its_choices_whole_at_the_default_size(
    qtbot: QtBot, library: Library, code: str
) -> None:
    # German's "Deine eigene Auswahl" was cut to "Deine eigene Auswah" by the buttons beside it.
    i18n.set_language(code)
    stretch = StretchApp(library, Settings(voice_enabled=False), clock=FakeClock())
    qtbot.addWidget(stretch.window)
    stretch.window.show()
    qtbot.waitExposed(stretch.window)
    combo = stretch.window.routine_bar.combo
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    shown = [combo.placeholderText(), *stretch.window.routine_bar.names()]
    assert shown[0] != "" and len(shown) > 1
    for text in shown:
        assert combo.fontMetrics().horizontalAdvance(text) <= field.width(), (text, field.width())


def test_a_long_routine_name_ends_with_an_ellipsis_and_leaves_the_sidebar_as_it_was(
    qtbot: QtBot, library: Library
) -> None:
    long_name = "Evening stretch after a long day at the desk, a run and a cycle home"
    stretch = StretchApp(library, Settings(voice_enabled=False), clock=FakeClock())
    qtbot.addWidget(stretch.window)
    stretch.window.show()
    qtbot.waitExposed(stretch.window)
    side = stretch.window.routine_bar.width()
    run_cli("routines", "save", long_name, "--poses", "pyramid-pose")
    again = make(qtbot, library, None, routine=long_name)
    again.window.show()
    qtbot.waitExposed(again.window)
    combo = again.window.routine_bar.combo
    assert combo.currentText() == long_name
    assert again.window.routine_bar.width() == side
    shown = combo.shown_text()
    assert shown.endswith("…") and long_name.startswith(shown[:-1])
    assert len(shown) > 12


def test_saving_over_a_routine_says_it_replaces_it_and_a_rename_cannot_take_its_name(
    qtbot: QtBot, library: Library
) -> None:
    run_cli("routines", "save", "Morning", "--poses", "pyramid-pose")
    run_cli("routines", "save", "Dusk", "--poses", "half-split")
    stretch = make(qtbot, library, None, routine="Dusk")
    bar = stretch.window.routine_bar
    seen: list[tuple[str, bool, str]] = []

    def type_name(dialog: NameDialog) -> None:
        dialog.field.setText("Morning")
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen.append((ok.text(), ok.isEnabled(), dialog.hint.text()))
        dialog.reject()

    _in_the_dialog(type_name)
    bar.save_button.click()
    _in_the_dialog(type_name)
    bar.rename_action.trigger()
    assert seen == [
        ("Replace", True, 'This replaces your routine "Morning".'),
        ("OK", False, '"Morning" is another routine\'s name; choose another.'),
    ]


def test_the_rename_question_shows_an_ampersand_in_the_name(qtbot: QtBot) -> None:
    name = "Evening & more"
    dialog = NameDialog(None, "Rename routine", f'New name for "{name}":', name)
    qtbot.addWidget(dialog)
    (question,) = [label for label in dialog.findChildren(QLabel) if label.text()]
    # A label with a buddy reads "&" as a shortcut marker, and drops it from what it shows.
    assert question.text() == f'New name for "{name}":' and question.buddy() is None


def test_save_as_waits_for_a_ticked_pose(qtbot: QtBot, library: Library) -> None:
    stretch = make(qtbot, library, Answers())
    bar = stretch.window.routine_bar
    stretch.window.pose_list.none_button.click()
    assert not bar.save_action.isEnabled() and not bar.save_button.isEnabled()
    stretch.window.pose_list.set_checked("half-split", True)
    assert bar.save_action.isEnabled()


def test_a_first_start_shows_the_built_in_routine_with_every_pose_ticked(
    qtbot: QtBot, library: Library, stretchplayer_home: Path
) -> None:
    assert not any(stretchplayer_home.iterdir())  # nothing saved: a first start
    stretch = make(qtbot, library, Answers())
    bar = stretch.window.routine_bar
    assert stretch.window.chosen_ids() == POSE_IDS
    assert bar.current() == "All seven" and bar.combo.currentText() == "All seven"
    assert not bar.rename_action.isEnabled()  # the built-in one is not renamed or deleted
    # Unticking one makes it the person's own choice; ticking it again, the built-in again.
    pose_list = stretch.window.pose_list
    pose_list.set_checked("lizard-pose", False)
    assert bar.current() is None
    pose_list.set_checked("lizard-pose", True)
    assert bar.current() == "All seven"
    assert load_settings()[0].routine == "All seven"
