"""The picker's routine buttons and keys: New, Duplicate, Edit, Delete (with undo), Import
(a menu, a dropped file) and Export; presets stay read-only."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from stretchdesk import paths
from stretchdesk.core.model import Level, Routine, RoutineItem
from stretchdesk.core.routine_exchange import export_text, read_shared_routine
from stretchdesk.core.routine_writer import routine_yaml
from stretchdesk.ui import sharing
from stretchdesk.ui.editor.import_preview import ImportChoice, ImportFacts, ImportPreview
from stretchdesk.ui.editor.questions import Answer
from stretchdesk.ui.main_window import MainWindow
from tests.core.factory import write
from tests.helpers.timers import FakeTimers
from tests.ui.editor.conftest import Answers, MakeEditingWindow
from tests.ui.editor.keyboard import CTRL, Key, open_editor, press

MINE = Routine("evening", "Evening", "For the evening.", (RoutineItem("cat-cow", 40),),
               needs=("floor",))


def folder() -> Path:
    return paths.user_routines_dir()


@pytest.fixture
def with_mine(make_editing_window: MakeEditingWindow) -> MainWindow:
    """A window whose person has one routine of their own, selected."""
    write(folder() / "evening.yaml", routine_yaml(MINE))
    window = make_editing_window()
    assert window.select_routine("evening")
    return window


def test_buttons_fit_the_selection_and_presets_stay_read_only(
    qtbot: QtBot, with_mine: MainWindow, answers: Answers,
) -> None:
    buttons = with_mine.picker.routine_buttons
    assert buttons.edit_button.text() == "Edit  (Ctrl+E)" and buttons.delete_button.isEnabled()
    with_mine.select_routine("desk-break")
    assert buttons.edit_button.text() == "Duplicate to change it  (Ctrl+E)"
    with_mine.resize(720, 540)  # too narrow for the keys: the tooltips keep them
    qtbot.waitUntil(lambda: buttons.edit_button.text() == "Duplicate to change it")
    assert buttons.edit_button.toolTip().endswith("(Ctrl+E)")
    assert not buttons.delete_button.isEnabled()
    preset = Path(with_mine.controller.library.routines["desk-break"].source_file)
    before = preset.read_bytes()
    qtbot.keyClick(with_mine, Key.Key_Delete)
    assert answers.asked == []  # nothing to confirm: a preset is not deleted
    assert "cannot be deleted" in with_mine.statusBar().currentMessage()
    editor = open_editor(qtbot, with_mine, "edit")
    draft = editor.model.draft
    assert (draft.name, draft.editing) == ("Desk break (copy)", None)
    assert editor.isWindowModified()  # a copy not saved yet
    press(qtbot, Key.Key_S, CTRL)
    assert with_mine.controller.library.routines["desk-break-copy"].user
    assert preset.read_bytes() == before


def test_duplicate_starts_a_new_routine_from_any_routine(qtbot: QtBot,
                                                         with_mine: MainWindow) -> None:
    editor = open_editor(qtbot, with_mine, "duplicate")
    assert editor.model.draft.name == "Evening (copy)"
    assert [i.hold_seconds for i in editor.model.draft.items] == [40]
    press(qtbot, Key.Key_S, CTRL)
    assert set(with_mine.controller.library.routines) >= {"evening", "evening-copy"}


def test_edit_changes_the_persons_own_routine_in_place(qtbot: QtBot,
                                                       with_mine: MainWindow) -> None:
    editor = open_editor(qtbot, with_mine, "edit")
    assert editor.model.draft.editing == with_mine.controller.library.routines["evening"]
    assert not editor.isWindowModified()
    editor.form.name.setFocus()
    press(qtbot, Key.Key_End)
    qtbot.keyClicks(editor.form.name, " calm")
    press(qtbot, Key.Key_S, CTRL)
    assert with_mine.controller.library.routines["evening"].name == "Evening calm"
    assert sorted(p.name for p in folder().iterdir()) == ["evening.yaml"]


def test_delete_asks_and_can_be_undone_for_a_while(qtbot: QtBot, with_mine: MainWindow,
                                                   answers: Answers,
                                                   timers: FakeTimers) -> None:
    path = folder() / "evening.yaml"
    original = path.read_bytes()
    answers.give("DeleteRoutine", Answer.CANCEL, Answer.DELETE, Answer.DELETE)
    qtbot.keyClick(with_mine, Key.Key_Delete)
    assert answers.asked == [("DeleteRoutine", "Evening")] and path.exists()
    qtbot.keyClick(with_mine, Key.Key_Delete)
    assert "evening" not in with_mine.picker.facts and not path.exists()
    undo = with_mine.routines.undo_button
    assert undo.isVisible() and with_mine.statusBar().currentMessage() == "Deleted “Evening”."
    assert timers.running("routine undo")[0].interval() == 10_000
    qtbot.keyClick(with_mine, Key.Key_Z, CTRL)
    assert path.read_bytes() == original and with_mine.picker.selected_routine_id == "evening"
    assert not undo.isVisible() and timers.running("routine undo") == []
    qtbot.keyClick(with_mine, Key.Key_Delete)
    timers.fire("routine undo")  # the time to undo is over
    assert not undo.isVisible()
    assert not path.exists() and list((folder() / ".deleted").iterdir()) == []
    qtbot.keyClick(with_mine, Key.Key_Z, CTRL)  # nothing left to undo
    assert "evening" not in with_mine.controller.library.routines


def test_a_routine_open_in_the_editor_is_not_deleted(qtbot: QtBot, with_mine: MainWindow,
                                                     answers: Answers) -> None:
    open_editor(qtbot, with_mine, "edit")
    with_mine.routines.delete_routine()
    assert answers.asked == [] and (folder() / "evening.yaml").exists()
    assert "open in the editor" in with_mine.statusBar().currentMessage()


@dataclass
class Previews:
    """The import previews shown, each answered with the next of `choices`."""

    shown: list[ImportFacts] = field(default_factory=list)
    choices: list[ImportChoice] = field(default_factory=list)

    def choose(self, *choices: ImportChoice) -> None:
        self.choices.extend(choices)


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> Previews:
    made = Previews()

    def ask(cls: type, parent: object, facts: ImportFacts) -> ImportChoice:
        made.shown.append(facts)
        return made.choices.pop(0)

    monkeypatch.setattr(ImportPreview, "ask", classmethod(ask))
    return made


def test_import_from_the_menu_shows_a_preview_first(qtbot: QtBot, with_mine: MainWindow,
                                                    previews: Previews,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    shared = Routine("evening-back", "Evening back", "Loosen up.",
                     (RoutineItem("single-knee-to-chest", 45), RoutineItem("cat-cow")))
    file = write(tmp_path / "evening-back.stretchdesk.yaml", export_text(shared))
    monkeypatch.setattr(sharing.FileChooser, "open_routine", classmethod(lambda c, p: str(file)))
    previews.choose(ImportChoice.CANCEL, ImportChoice.IMPORT)
    qtbot.keyClick(with_mine, Key.Key_O, CTRL)
    assert "evening-back" not in with_mine.controller.library.routines  # cancelled
    facts = previews.shown[0]
    assert (facts.name, facts.format_version, facts.same_id) == ("Evening back", 1, None)
    assert facts.stretch_names == ("Single knee to chest", "Cat-cow")
    c = with_mine.controller
    assert facts.lengths == {lv: c.timeline_for(shared, lv).total_seconds for lv in Level}
    qtbot.keyClick(with_mine, Key.Key_O, CTRL)
    assert with_mine.picker.selected_routine_id == "evening-back"
    assert with_mine.statusBar().currentMessage() == "Imported: “Evening back”."


def test_the_same_id_imports_as_a_copy_or_replaces_the_persons_own(
    qtbot: QtBot, with_mine: MainWindow, previews: Previews, tmp_path: Path,
) -> None:
    incoming = Routine("evening", "Evening, shared", "Shared.", (RoutineItem("pelvic-tilt"),))
    file = write(tmp_path / "evening.yaml", routine_yaml(incoming))
    previews.choose(ImportChoice.COPY, ImportChoice.REPLACE)
    with_mine.routines.import_file(file)
    assert previews.shown[0].same_id == "Evening" and previews.shown[0].same_id_is_yours
    assert previews.shown[0].format_version is None  # a plain routine file
    library = with_mine.controller.library
    assert library.routines["evening-shared"].name == "Evening, shared"
    assert library.routines["evening"].name == "Evening"
    with_mine.routines.import_file(file)
    assert previews.shown[1].name_taken  # the copy has the name now: no replacing over that
    assert with_mine.controller.library.routines["evening"].name == "Evening"


def test_a_presets_id_is_offered_only_as_a_copy(with_mine: MainWindow, tmp_path: Path,
                                                previews: Previews) -> None:
    preset = with_mine.controller.library.routines["desk-break"]
    file = write(tmp_path / "desk.yaml", Path(preset.source_file).read_text(encoding="utf-8"))
    previews.choose(ImportChoice.COPY)
    with_mine.routines.import_file(file)
    assert previews.shown[0].same_id == "Desk break" and not previews.shown[0].same_id_is_yours
    assert with_mine.picker.selected_routine_id == "desk-break-copy"


def test_a_refused_file_says_why_and_changes_nothing(with_mine: MainWindow, tmp_path: Path,
                                                     answers: Answers,
                                                     previews: Previews) -> None:
    file = write(tmp_path / "bad.yaml", "stretchdesk_format: 7\nroutine: {}\n")
    before = sorted(p.name for p in folder().iterdir())
    with_mine.routines.import_file(file)
    assert previews.shown == []
    assert len(answers.told) == 1 and "made by a newer StretchDesk" in answers.told[0]
    assert str(file) in answers.told[0]
    assert sorted(p.name for p in folder().iterdir()) == before


def drag_enter(at: QPointF, *rest: Any) -> QDragEnterEvent:
    """A drag entering at `at`: Qt 6.12 takes the point as a QPointF (the QPoint form is
    deprecated there), earlier releases only as a QPoint."""
    try:
        return QDragEnterEvent(at, *rest)
    except TypeError:
        return QDragEnterEvent(at.toPoint(), *rest)


def test_a_file_dropped_on_the_window_is_imported(with_mine: MainWindow, tmp_path: Path,
                                                  previews: Previews) -> None:
    shared = Routine("dropped", "Dropped", "Dropped in.", (RoutineItem("cat-cow"),))
    file = write(tmp_path / "dropped.stretchdesk.yaml", export_text(shared))
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(file))])
    at, actions = QPointF(200, 200), Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = drag_enter(at, actions, data, buttons, keys)
    QApplication.sendEvent(with_mine, enter)
    assert enter.isAccepted()
    previews.choose(ImportChoice.IMPORT)
    QApplication.sendEvent(with_mine, QDropEvent(at, actions, data, buttons, keys))
    assert previews.shown[0].name == "Dropped"
    assert with_mine.picker.selected_routine_id == "dropped"
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(tmp_path / "picture.png"))])
    refused = drag_enter(at, actions, other, buttons, keys)
    refused.setAccepted(False)
    QApplication.sendEvent(with_mine, refused)
    assert not refused.isAccepted()


def test_export_writes_a_file_that_imports_as_the_same_routine(
    qtbot: QtBot, with_mine: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    suggested: list[str] = []

    def save_export(cls: type, parent: object, name: str) -> str:
        suggested.append(name)
        return str(tmp_path / "to-share")

    monkeypatch.setattr(sharing.FileChooser, "save_export", classmethod(save_export))
    qtbot.keyClick(with_mine, Key.Key_E, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert suggested == ["evening.stretchdesk.yaml"]
    written = tmp_path / "to-share.stretchdesk.yaml"
    assert with_mine.statusBar().currentMessage() == f"Exported “Evening” to {written}"
    shared = read_shared_routine(written, with_mine.controller.library.stretches)
    assert shared.routine == MINE and shared.format_version == 1
