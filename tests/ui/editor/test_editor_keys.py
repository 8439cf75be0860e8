"""The routine editor driven by the keyboard alone: a routine built from scratch, reordered,
a hold overridden, undone and redone, saved, found in the picker, and started, with the
overridden hold in the session's timeline."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from stretchdesk.core.model import Level
from stretchdesk.core.timeline import PhaseKind
from stretchdesk.ui.main_window import MainWindow
from tests.ui.editor.keyboard import (
    ALT,
    CTRL,
    SHIFT,
    Key,
    add_by_search,
    open_editor,
    press,
    stretch_ids,
    type_text,
)


def test_a_routine_built_with_keys_alone_is_saved_found_and_started(
    qtbot: QtBot, editing_window: MainWindow,
) -> None:
    window = editing_window
    editor = open_editor(qtbot, window)
    assert QApplication.focusWidget() is editor.stretch_list.search

    add_by_search(qtbot, editor, "cat")
    add_by_search(qtbot, editor, "single knee")
    add_by_search(qtbot, editor, "pelvic")
    assert stretch_ids(editor) == ["cat-cow", "single-knee-to-chest", "pelvic-tilt"]

    press(qtbot, Key.Key_N, ALT)  # the Name field, by its label's mnemonic
    assert QApplication.focusWidget() is editor.form.name
    type_text(qtbot, "Evening back")
    press(qtbot, Key.Key_P, ALT)
    type_text(qtbot, "Loosen up before bed.")
    assert (editor.model.draft.name, editor.model.draft.purpose) == (
        "Evening back", "Loosen up before bed.")

    # Reorder: the knee stretch first.
    press(qtbot, Key.Key_I, ALT)
    assert QApplication.focusWidget() is editor.items.view
    press(qtbot, Key.Key_Home)
    press(qtbot, Key.Key_Down)
    assert editor.items.current_row == 1
    press(qtbot, Key.Key_Up, ALT)
    assert stretch_ids(editor) == ["single-knee-to-chest", "cat-cow", "pelvic-tilt"]
    assert editor.items.current_row == 0

    # Override the knee stretch's hold: it shows the inherited 30 s until then.
    inherited = window.controller.library.stretches["single-knee-to-chest"].hold_for(
        Level.INTERMEDIATE)
    assert editor.item_panel.hold.value() == inherited
    assert editor.item_panel.hold_from.text() == "Inherited from intermediate level"
    press(qtbot, Key.Key_H, ALT)
    assert QApplication.focusWidget() is editor.item_panel.hold
    press(qtbot, Key.Key_A, CTRL)
    type_text(qtbot, "45")
    assert editor.model.draft.items[0].hold_seconds == 45
    assert editor.item_panel.hold_from.text().startswith(f"Your own; inherited: {inherited:g} s")
    assert "hold 45 s (set here)" in editor.model.data(editor.model.index(0))

    # Undo and redo, with the keyboard still in the hold field: typing "45" is one step.
    press(qtbot, Key.Key_Z, CTRL)
    assert editor.model.draft.items[0].hold_seconds is None
    assert editor.item_panel.hold.value() == inherited
    press(qtbot, Key.Key_Z, CTRL | SHIFT)
    assert editor.model.draft.items[0].hold_seconds == 45
    assert editor.item_panel.hold.value() == 45

    assert editor.isWindowModified()
    press(qtbot, Key.Key_S, CTRL)
    assert not editor.isWindowModified()
    assert editor.status.text() == "Saved “Evening back”: it is in the routine list."
    saved = window.controller.library.routines["evening-back"]
    assert saved.user and [i.hold_seconds for i in saved.items] == [45, None, None]

    with qtbot.waitSignal(editor.closed):
        press(qtbot, Key.Key_Escape)
    assert window.routines.editor is None

    # Found in the picker, under the person's own routines, selected.
    assert window.picker.selected_routine_id == "evening-back"
    assert window.picker.row_text("evening-back").startswith("Evening back\n")
    rows = [window.picker.rows.item(r).text() for r in range(window.picker.rows.rowCount())]
    assert rows.index("Your routines") < rows.index(window.picker.row_text("evening-back"))

    # Started through the controller: its session holds the knee stretch for 45 s.
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, Key.Key_Return)
    session = window.controller.session
    assert session is not None and window.controller.routine == saved
    holds = {(p.stretch_id, p.seconds) for p in session.timeline if p.kind is PhaseKind.HOLD}
    assert ("single-knee-to-chest", 45) in holds
    assert ("cat-cow", window.controller.library.stretches["cat-cow"].hold_for(
        Level.INTERMEDIATE)) in holds


def test_items_are_removed_duplicated_and_moved_down_with_keys(
    qtbot: QtBot, editing_window: MainWindow,
) -> None:
    editor = open_editor(qtbot, editing_window)
    add_by_search(qtbot, editor, "cat")
    add_by_search(qtbot, editor, "pelvic")
    press(qtbot, Key.Key_I, ALT)
    press(qtbot, Key.Key_Home)
    press(qtbot, Key.Key_D, CTRL)  # a copy under it
    assert stretch_ids(editor) == ["cat-cow", "cat-cow", "pelvic-tilt"]
    assert editor.items.current_row == 1
    press(qtbot, Key.Key_Down, ALT)
    assert stretch_ids(editor) == ["cat-cow", "pelvic-tilt", "cat-cow"]
    press(qtbot, Key.Key_Delete)
    assert stretch_ids(editor) == ["cat-cow", "pelvic-tilt"]
    for expected in (["cat-cow", "pelvic-tilt", "cat-cow"],
                     ["cat-cow", "cat-cow", "pelvic-tilt"], ["cat-cow", "pelvic-tilt"]):
        press(qtbot, Key.Key_Z, CTRL)
        assert stretch_ids(editor) == expected
    assert editor.undo_action.text() == "&Undo Add Pelvic tilt"


def test_enter_on_the_list_and_arrows_from_the_search_box_choose_what_is_added(
    qtbot: QtBot, editing_window: MainWindow,
) -> None:
    editor = open_editor(qtbot, editing_window)
    first, second = editor.stretch_list.shown_ids()[:2]
    press(qtbot, Key.Key_Down)  # from the search box into the list
    assert editor.stretch_list.current_stretch_id() == second
    press(qtbot, Key.Key_Up)
    editor.stretch_list.view.setFocus()
    press(qtbot, Key.Key_Return)
    assert stretch_ids(editor) == [first]


def test_repetitions_and_side_order_are_set_and_reset_with_keys(
    qtbot: QtBot, editing_window: MainWindow,
) -> None:
    editor = open_editor(qtbot, editing_window)
    add_by_search(qtbot, editor, "single knee")
    panel = editor.item_panel
    stretch = editing_window.controller.library.stretches["single-knee-to-chest"]
    assert panel.side_from.text() == "Inherited from the stretch"
    press(qtbot, Key.Key_D, ALT)
    assert QApplication.focusWidget() is panel.side_order
    press(qtbot, Key.Key_Down)  # alternate -> one side first
    item = editor.model.draft.items[0]
    assert item.side_order is not None and item.side_order is not stretch.side_order
    assert panel.side_from.text().startswith("Your own; inherited: alternate sides")
    press(qtbot, Key.Key_R, ALT)
    press(qtbot, Key.Key_A, CTRL)
    type_text(qtbot, "4")
    assert editor.model.draft.items[0].reps == 4
    assert "4 times each side (set here)" in editor.model.data(editor.model.index(0))
    routine = editor.model.draft.routine(editing_window.controller.library.stretches)
    holds = [(p.side, p.rep) for p in editing_window.controller.timeline_for(routine)
             if p.kind is PhaseKind.HOLD]
    first = holds[0][0]
    assert holds[:4] == [(first, 1), (first, 2), (first, 3), (first, 4)]  # one side first
    press(qtbot, Key.Key_Tab)  # to the repetitions' Reset
    assert QApplication.focusWidget() is panel.reps_reset
    press(qtbot, Key.Key_Space)
    assert editor.model.draft.items[0].reps is None
    assert panel.reps.value() == stretch.reps_for(Level.INTERMEDIATE)
    assert not panel.reps_reset.isEnabled()
    panel.side_reset.setFocus()
    press(qtbot, Key.Key_Space)
    assert editor.model.draft.items[0].side_order is None
    press(qtbot, Key.Key_Z, CTRL)
    assert editor.model.draft.items[0].side_order is not None
    assert editor.undo_action.text() == "&Undo Reset the repetitions of Single knee to chest"
