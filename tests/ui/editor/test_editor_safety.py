"""Nothing the person makes in the editor is lost: a draft survives a crash and is offered
back, closing asks, files that cannot be read or that changed by hand are never written
over, and problems are said in words as they are typed."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from stretchdesk import paths
from stretchdesk.core.draft_file import DRAFT_FILE
from stretchdesk.core.model import Level, Routine, RoutineItem
from stretchdesk.core.routine_writer import routine_yaml
from stretchdesk.core.words import format_duration
from stretchdesk.ui.editor.questions import Answer
from stretchdesk.ui.main_window import MainWindow
from tests.core.factory import routine_text, write
from tests.helpers.timers import FakeTimers
from tests.ui.editor.conftest import Answers, MakeEditingWindow
from tests.ui.editor.keyboard import (
    ALT,
    CTRL,
    Key,
    add_by_search,
    open_editor,
    press,
    stretch_ids,
    type_text,
)


def draft_path() -> Path:
    return paths.user_data_dir() / DRAFT_FILE


def test_a_draft_survives_a_crash_and_is_offered_back(
    qtbot: QtBot, make_editing_window: MakeEditingWindow, answers: Answers,
    timers: FakeTimers,
) -> None:
    first = make_editing_window()
    editor = open_editor(qtbot, first)
    add_by_search(qtbot, editor, "cat")
    press(qtbot, Key.Key_N, ALT)
    type_text(qtbot, "Unfinished")
    assert timers.running("editor draft")[0].interval() == 1000
    timers.fire("editor draft")
    assert draft_path().is_file()
    editor.hide()  # the app dies here: nothing is saved or closed
    first.routines.editor = None

    second = make_editing_window()  # the next run
    answers.give("RestoreDraft", Answer.RESTORE)
    restored = open_editor(qtbot, second)
    assert answers.asked == [("RestoreDraft", "Unfinished")]
    assert (restored.model.draft.name, stretch_ids(restored)) == ("Unfinished", ["cat-cow"])
    assert restored.form.name.text() == "Unfinished" and restored.isWindowModified()
    answers.give("UnsavedChanges", Answer.DISCARD)
    restored.close()
    assert not draft_path().exists()


def test_a_draft_let_go_is_gone(qtbot: QtBot, make_editing_window: MakeEditingWindow,
                                answers: Answers, timers: FakeTimers) -> None:
    window = make_editing_window()
    editor = open_editor(qtbot, window)
    add_by_search(qtbot, editor, "cat")
    timers.fire("editor draft")
    editor.hide()
    window.routines.editor = None
    answers.give("RestoreDraft", Answer.DISCARD)
    fresh = open_editor(qtbot, window)
    assert stretch_ids(fresh) == [] and not draft_path().exists()


def test_closing_with_unsaved_changes_asks_first(qtbot: QtBot, editing_window: MainWindow,
                                                 answers: Answers) -> None:
    editor = open_editor(qtbot, editing_window)
    add_by_search(qtbot, editor, "cat")
    answers.give("UnsavedChanges", Answer.CANCEL, Answer.CANCEL, Answer.SAVE, Answer.SAVE)
    press(qtbot, Key.Key_Escape)
    assert editor.isVisible() and editing_window.routines.editor is editor
    editing_window.close()  # the main window asks too, and stays while the editor does
    assert editing_window.isVisible() and editor.isVisible()
    press(qtbot, Key.Key_Escape)  # Save, but the routine has no name yet: not saved
    assert editor.isVisible()
    assert editor.status.text() == "Not saved yet. Give the routine a name."
    assert QApplication.focusWidget() is editor.form.name
    type_text(qtbot, "Quick")
    press(qtbot, Key.Key_P, ALT)
    type_text(qtbot, "A quick one.")
    with qtbot.waitSignal(editor.closed):
        press(qtbot, Key.Key_Escape)
    assert editing_window.controller.library.routines["quick"].name == "Quick"
    assert [q for q, _ in answers.asked] == ["UnsavedChanges"] * 4


def test_problems_are_said_in_words_next_to_their_field_as_they_are_typed(
    qtbot: QtBot, editing_window: MainWindow,
) -> None:
    editor = open_editor(qtbot, editing_window)
    form, panel = editor.form, editor.item_panel
    assert form.name_problem.text() == "Give the routine a name."
    assert editor.items.problem.text().startswith("Add at least one stretch")
    press(qtbot, Key.Key_N, ALT)
    type_text(qtbot, "Desk brea")
    assert form.name_problem.isHidden()
    type_text(qtbot, "k")
    assert form.name_problem.isVisibleTo(editor)
    assert form.name_problem.text() == (
        "“Desk break” is already the name of another routine; choose another.")
    add_by_search(qtbot, editor, "cat")
    assert editor.items.problem.isHidden()
    press(qtbot, Key.Key_H, ALT)
    press(qtbot, Key.Key_A, CTRL)
    type_text(qtbot, "3600")
    assert panel.hold_problem.isVisibleTo(editor)
    assert panel.hold_problem.text().startswith("The hold is 3600 seconds; it must be")
    press(qtbot, Key.Key_S, CTRL)
    assert editor.status.text().startswith("Not saved yet. “Desk break” is already")
    assert "desk-break-2" not in editing_window.controller.library.routines


def test_lengths_at_each_level_follow_the_routine(qtbot: QtBot,
                                                  editing_window: MainWindow) -> None:
    editor = open_editor(qtbot, editing_window)
    assert editor.form.lengths.text() == "no stretches yet"
    add_by_search(qtbot, editor, "pelvic")
    c = editing_window.controller
    routine = editor.model.draft.routine(c.library.stretches)
    seconds = {lv: c.timeline_for(routine, lv).total_seconds for lv in Level}
    assert editor.form.lengths.text() == (
        f"beginner {format_duration(seconds[Level.BEGINNER])} · intermediate "
        f"{format_duration(seconds[Level.INTERMEDIATE])} (your level) · advanced "
        f"{format_duration(seconds[Level.ADVANCED])}")
    before = seconds[Level.INTERMEDIATE]
    press(qtbot, Key.Key_H, ALT)
    press(qtbot, Key.Key_Up)  # one second longer per hold
    assert format_duration(before) not in editor.form.lengths.text().split(" · ")[1]


def test_a_file_that_cannot_be_read_is_shown_and_opened_only_as_a_copy(
    qtbot: QtBot, make_editing_window: MakeEditingWindow,
) -> None:
    broken = write(paths.user_routines_dir() / "mine.yaml", (
        "id: mine\nname: Mine\npurpose: Mine.\nitems:\n  - stretch: cat-cow\n"
        "    hold_seconds: 20\n  - stretch: pelvic-tilt\n    reps: lots\n"))
    original = broken.read_bytes()
    window = make_editing_window()
    editor = open_editor(qtbot, window)
    box = editor.unreadable
    assert box.isVisibleTo(editor) and len(box.buttons) == 1
    shown = box.findChildren(type(editor.status))[1].text()
    assert shown.startswith(f"{broken}:8: routines[mine].items[1].reps:")
    box.buttons[0].setFocus()
    press(qtbot, Key.Key_Space)
    draft = editor.model.draft
    assert (draft.name, draft.editing) == ("Mine (copy)", None)
    assert [(i.stretch_id, i.hold_seconds, i.reps) for i in draft.items] == [
        ("cat-cow", 20.0, None), ("pelvic-tilt", None, None)]
    press(qtbot, Key.Key_S, CTRL)
    assert window.controller.library.routines["mine-copy"].name == "Mine (copy)"
    assert broken.read_bytes() == original


def test_a_routine_changed_by_hand_is_shown_as_it_is_now_or_never_overwritten(
    qtbot: QtBot, make_editing_window: MakeEditingWindow, answers: Answers,
) -> None:
    path = write(paths.user_routines_dir() / "mine.yaml", routine_text("mine", "cat-cow"))
    window = make_editing_window()
    window.select_routine("mine")
    editor = open_editor(qtbot, window, "edit")
    service = window.controller.library_service
    path.write_text(routine_text("mine", "pelvic-tilt"), encoding="utf-8")
    service.reload()  # what the folder watch does shortly after a change
    assert stretch_ids(editor) == ["pelvic-tilt"] and not editor.isWindowModified()
    add_by_search(qtbot, editor, "cat")  # now an unsaved change...
    by_hand = routine_text("mine", "childs-pose")
    path.write_text(by_hand, encoding="utf-8")  # ...and another change by hand
    service.reload()
    assert stretch_ids(editor) == ["pelvic-tilt", "cat-cow"]
    assert "saving will ask" in editor.status.text()
    answers.give("ChangedOnDisk", Answer.SAVE_AS_NEW)
    press(qtbot, Key.Key_S, CTRL)
    assert path.read_text(encoding="utf-8") == by_hand
    copy = window.controller.library.routines["routine-mine-copy"]
    assert (copy.name, [i.stretch_id for i in copy.items]) == (
        "Routine mine (copy)", ["pelvic-tilt", "cat-cow"])
    assert editor.model.draft.editing == copy and editor.form.name.text() == copy.name


def test_text_from_people_and_files_is_shown_as_plain_text(
    qtbot: QtBot, make_editing_window: MakeEditingWindow,
) -> None:
    markup = "<b>Bold</b> &amp; <i>more</i> [*]"
    routine = Routine("marked", markup, f"<i>{markup}</i>", (RoutineItem("cat-cow"),))
    write(paths.user_routines_dir() / "marked.yaml", routine_yaml(routine))
    window = make_editing_window()
    window.select_routine("marked")
    editor = open_editor(qtbot, window, "edit")
    assert editor.form.name.text() == markup
    assert editor.windowTitle().startswith("<b>Bold</b> &amp; <i>more</i> [*][*][*]")
    editor.form.name.setFocus()
    press(qtbot, Key.Key_A, CTRL)
    type_text(qtbot, "Desk break")
    label = editor.form.name_problem
    assert label.textFormat().name == "PlainText" and "“Desk break”" in label.text()


def test_a_settings_change_shows_new_inherited_values(qtbot: QtBot,
                                                     editing_window: MainWindow) -> None:
    editor = open_editor(qtbot, editing_window)
    add_by_search(qtbot, editor, "single knee")
    c = editing_window.controller
    c.apply_settings(replace(c.settings, level=Level.ADVANCED))
    stretch = c.library.stretches["single-knee-to-chest"]
    assert editor.item_panel.hold.value() == stretch.hold_for(Level.ADVANCED)
    assert editor.item_panel.hold_from.text() == "Inherited from advanced level"
    assert "(your level)" in editor.form.lengths.text().split(" · ")[2]
