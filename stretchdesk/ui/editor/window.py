"""RoutineEditor: the window where a person builds or changes one of their own routines.

Left, the stretch library (stretch_list); right, the routine: name and purpose, its
stretches in order, and the chosen one's hold, repetitions and side order. Every
change is an undo step (Ctrl+Z, Ctrl+Shift+Z), is checked as it is made, and is kept
in the draft file shortly after, so a crash loses nothing. Saving goes through the
library service (saving.py); the window only reads the controller otherwise.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from stretchdesk.core.draft_file import DraftFile
from stretchdesk.core.item_defaults import inherited
from stretchdesk.core.model import Level, Library
from stretchdesk.core.routine_draft import DraftItem, DraftProblems, RoutineDraft
from stretchdesk.core.settings import Settings
from stretchdesk.timers import TimerFactory
from stretchdesk.ui.editor import commands
from stretchdesk.ui.editor.draft_model import DraftModel, describe_item
from stretchdesk.ui.editor.item_list import ItemList
from stretchdesk.ui.editor.item_panel import ItemPanel, show_problem
from stretchdesk.ui.editor.menu_keys import UndoKeys, build_menus
from stretchdesk.ui.editor.routine_form import RoutineForm
from stretchdesk.ui.editor.saving import Saver
from stretchdesk.ui.editor.stretch_list import StretchList
from stretchdesk.ui.editor.thumbnails import Thumbnails
from stretchdesk.ui.editor.unreadable_files import UnreadableFiles
from stretchdesk.ui.plain_text import plain_title

if TYPE_CHECKING:
    from stretchdesk.controller.app_controller import AppController

AUTOSAVE_MS = 1000  # the draft file is written this long after the last change


class RoutineEditor(QMainWindow):
    """Edits one RoutineDraft of the person's.

    Signals:
        saved(str): the routine with this id was saved (the library has it).
        closed(): the window closed; nothing of it is wanted any more.
    """

    saved = Signal(str)
    closed = Signal()

    def __init__(self, controller: AppController, draft: RoutineDraft, drafts: DraftFile,
                 timers: TimerFactory, thumbnails: Thumbnails,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setObjectName("routineEditor")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.controller = controller
        self.drafts = drafts
        self._base_points = self.font().pointSizeF()
        self.stack = QUndoStack(self)
        library = controller.library
        self.model = DraftModel(draft, library.stretches, thumbnails, self._describe, self)
        self.stretch_list = StretchList(library.stretches, thumbnails, self,
                                        areas=library.muscle_areas)
        self.form = RoutineForm(self)
        self.items = ItemList(self.model, thumbnails, self)
        self.item_panel = ItemPanel(self)
        self.unreadable = UnreadableFiles(self)
        self.status = QLabel(self)
        self.status.setObjectName("editorStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save  (Ctrl+S)"), self)
        self.close_button = QPushButton(self.tr("Close  (Esc)"), self)
        self.saver = Saver(self)
        self._build_layout()
        self.undo_action, self.redo_action, self.save_action = build_menus(self)
        self._undo_keys = UndoKeys(self)
        for field in (self.form.name, self.form.purpose, self.item_panel.hold,
                      self.item_panel.reps, self.stretch_list.search):
            field.installEventFilter(self._undo_keys)
        self._autosave = timers(self, "editor draft")
        self._autosave.timeout.connect(self.keep_draft)
        self._connect()
        self.set_text_scale(controller.settings.text_scale)
        self.resize(1180, 760)
        self._library_changed(library)

    # -- building ------------------------------------------------------------------------

    def _build_layout(self) -> None:
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.addWidget(self.unreadable)
        column.addWidget(self.form)
        column.addWidget(self.items, 1)
        column.addWidget(self.item_panel)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)
        column.addLayout(bottom)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.stretch_list)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        split.setSizes([440, 740])
        split.setContentsMargins(8, 8, 8, 8)
        self.setCentralWidget(split)

    def _connect(self) -> None:
        c = self.controller
        self.stretch_list.add_requested.connect(self.add_stretch)
        self.form.name_edited.connect(lambda t: self.stack.push(
            commands.SetText(self.model, "name", t)))
        self.form.purpose_edited.connect(lambda t: self.stack.push(
            commands.SetText(self.model, "purpose", t)))
        self.items.remove_requested.connect(self.remove_item)
        self.items.move_requested.connect(self.move_item)
        self.items.duplicate_requested.connect(self.duplicate_item)
        self.items.current_changed.connect(lambda _row: self._refresh())
        self.model.add_requested.connect(self.add_stretch)
        self.model.move_requested.connect(
            lambda key, row: self.move_item(self.model.draft.index_of(key), row))
        self.model.changed.connect(self._refresh)
        self.item_panel.change_requested.connect(self.change_item)
        self.unreadable.open_copy_requested.connect(lambda f: self.saver.open_copy(Path(f)))
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)
        self.stack.cleanChanged.connect(self._clean_changed)
        self.stack.indexChanged.connect(self._draft_changed)
        c.library_changed.connect(self._library_changed)
        c.settings_changed.connect(self._settings_changed)

    def _clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def _draft_changed(self, _index: int) -> None:
        self._autosave.start(AUTOSAVE_MS)

    def _settings_changed(self, settings: Settings) -> None:
        self.set_text_scale(settings.text_scale)
        self.model.refresh()
        self._refresh()

    def set_text_scale(self, scale: float) -> None:
        """Text `scale` times the desktop's size (the person's Settings choice)."""
        font = self.font()
        font.setPointSizeF(self._base_points * scale)
        self.setFont(font)

    # -- the person's changes (each an undo step) ----------------------------------------

    def add_stretch(self, stretch_id: str, row: int = -1) -> None:
        """Adds a stretch after the chosen item (at `row` when given)."""
        if row < 0:
            row = self.items.current_row + 1 if self.items.current_row >= 0 else len(
                self.model.draft.items)
        name = self.controller.library.stretches[stretch_id].name
        # The undo step's text follows "Undo" / "Redo" in the Edit menu.
        self.stack.push(commands.AddItem(self.model, row, DraftItem(stretch_id),
                                         self.tr("Add {name}").format(name=name)))
        self.items.choose(row)

    def remove_item(self, row: int) -> None:
        """Removes the item at `row`."""
        self.stack.push(commands.RemoveItem(
            self.model, row, self.tr("Remove {name}").format(name=self._name_at(row))))
        self.items.choose(min(row, len(self.model.draft.items) - 1))

    def move_item(self, row: int, target: int) -> None:
        """Moves the item at `row` to `target`."""
        if row == target:
            return
        key = self.model.draft.items[row].key
        self.stack.push(commands.MoveItem(
            self.model, key, target, self.tr("Move {name}").format(name=self._name_at(row))))
        self.items.choose(target)

    def duplicate_item(self, row: int) -> None:
        """Adds a copy of the item at `row` (with its own values) under it."""
        original = self.model.draft.items[row]
        copy = DraftItem(original.stretch_id, original.hold_seconds, original.reps,
                         original.side_order)
        self.stack.push(commands.AddItem(self.model, row + 1, copy,
                                         self.tr("Duplicate {name}").format(
                                             name=self._name_at(row))))
        self.items.choose(row + 1)

    def change_item(self, key: int, field: str, value: object) -> None:
        """Sets (or, with None, resets) one value of the item with `key`."""
        row = self.model.draft.index_of(key)
        if getattr(self.model.draft.items[row], field) == value:
            return
        self.stack.push(commands.ChangeItem(self.model, key, field, value,
                                            self._change_text(field, value is None, row)))

    def _change_text(self, field: str, reset: bool, row: int) -> str:
        """The undo step's text for changing (or resetting) one value of an item."""
        texts = {
            ("hold_seconds", False): self.tr("Change the hold of {name}"),
            ("hold_seconds", True): self.tr("Reset the hold of {name}"),
            ("reps", False): self.tr("Change the repetitions of {name}"),
            ("reps", True): self.tr("Reset the repetitions of {name}"),
            ("side_order", False): self.tr("Change the side order of {name}"),
            ("side_order", True): self.tr("Reset the side order of {name}"),
        }
        return texts[field, reset].format(name=self._name_at(row))

    def save(self) -> bool:
        """Ctrl+S: saves the routine when it has no problems (else says the first)."""
        return self.saver.save()

    def keep_draft(self) -> None:
        """Writes the draft file (or removes it when there is nothing unsaved)."""
        self.saver.keep_draft()

    def find_stretch(self) -> None:
        """Ctrl+F: the keyboard to the search box, its text chosen to type over."""
        self.stretch_list.search.setFocus()
        self.stretch_list.search.selectAll()

    # -- showing -------------------------------------------------------------------------

    def _name_at(self, row: int) -> str:
        stretch = self.controller.library.stretches.get(self.model.draft.items[row].stretch_id)
        return stretch.name if stretch is not None else self.model.draft.items[row].stretch_id

    def _describe(self, item: DraftItem) -> str:
        return describe_item(item, self.controller.library.stretches, self.controller.settings)

    def problems(self) -> DraftProblems:
        """What stops the routine from being saved now."""
        return self.model.draft.problems(self.controller.library)

    def _refresh(self) -> None:
        c, draft = self.controller, self.model.draft
        problems = self.problems()
        routine = draft.routine(c.library.stretches)
        lengths = {level: c.timeline_for(routine, level).total_seconds if routine.items else 0.0
                   for level in Level}
        self.form.show_draft(draft.name, draft.purpose, routine.needs, lengths,
                             c.settings.level, problems)
        show_problem(self.items.problem,
                     " ".join([problems.items, *problems.stretches.values()]).strip())
        row = self.items.current_row
        item = draft.items[row] if 0 <= row < len(draft.items) else None
        stretch = c.library.stretches.get(item.stretch_id) if item is not None else None
        self.item_panel.show_item(
            item, stretch, inherited(stretch, c.settings) if stretch is not None else None,
            problems.holds.get(item.key, "") if item is not None else "",
            problems.reps.get(item.key, "") if item is not None else "")
        self._show_title()

    def _show_title(self) -> None:
        name = self.model.draft.name.strip() or self.tr("New routine")
        self.setWindowTitle(self.tr("{name}[*] — Routine editor").format(name=plain_title(name)))

    def show_status(self, text: str) -> None:
        """Says something under the routine (saved, not saved and why...)."""
        self.status.setText(text)

    def _library_changed(self, library: Library) -> None:
        folder = self.controller.library_service.folder
        self.unreadable.show_problems([
            p for p in library.problems
            if Path(p.file).parent == folder and Path(p.file).suffix in (".yaml", ".yml")])
        self.saver.library_changed(library)
        self._refresh()

    # -- closing -------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.saver.may_close():
            event.ignore()
            return
        self._autosave.stop()
        self.closed.emit()
        super().closeEvent(event)
