"""RoutineActions: the main window's side of the person's own routines.

New, Duplicate, Edit and Delete (with a few seconds to undo), Import (from a menu, a
file dropped on the window) and Export, from the picker's buttons and keys. The editor
and the dialogs are imported when first used, so the routine list opens no later for
them. Saving, deleting and importing go through the library service; every view hears
the library change.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMainWindow

from stretchdesk import paths
from stretchdesk.core.model import Routine
from stretchdesk.timers import TimerFactory, qt_timer
from stretchdesk.ui.picker import RoutinePicker
from stretchdesk.ui.push_button import push_button

if TYPE_CHECKING:
    from stretchdesk.controller.app_controller import AppController
    from stretchdesk.core.draft_file import DraftFile
    from stretchdesk.core.routine_draft import RoutineDraft
    from stretchdesk.core.routine_folder import DeletedRoutine
    from stretchdesk.ui.editor.thumbnails import Thumbnails
    from stretchdesk.ui.editor.window import RoutineEditor

UNDO_DELETE_MS = 10_000  # how long a deleted routine can be brought back
SHAREABLE = (".yaml", ".yml")

translate = QCoreApplication.translate


class RoutineActions(QObject):
    """Carries out the picker's routine buttons and keys for `window`.

    `actions` names each one for ui/keys.py's table (and is added to the window's
    `actions`, when given).
    """

    def __init__(self, window: QMainWindow, picker: RoutinePicker, controller: AppController,
                 timers: TimerFactory = qt_timer,
                 actions: dict[str, Callable[[], object]] | None = None) -> None:
        super().__init__(window)
        self.window, self.picker, self.controller = window, picker, controller
        self._drafts: DraftFile | None = None
        self.editor: RoutineEditor | None = None
        self._timers = timers
        self._thumbnails: Thumbnails | None = None
        self._deleted: DeletedRoutine | None = None
        self._undo_timer = timers(self, "routine undo")
        self._undo_timer.timeout.connect(self.forget_deleted)
        # Made now, before the window shows: a status bar made later would stay hidden,
        # and with it every notice (a deletion's Undo, what was imported).
        window.statusBar()
        self.undo_button = push_button(translate("RoutineActions", "Undo  (Ctrl+Z)"), window)
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_button.hide()
        self.actions: dict[str, Callable[[], object]] = {
            "new_routine": self.new_routine, "duplicate_routine": self.duplicate_routine,
            "edit_routine": self.edit_routine, "delete_routine": self.delete_routine,
            "undo_delete": self.undo_delete, "import_routine": self.import_routine,
            "export_routine": self.export_routine,
        }
        if actions is not None:
            actions.update(self.actions)
        buttons = picker.routine_buttons
        for signal, action in ((buttons.new_requested, "new_routine"),
                               (buttons.duplicate_requested, "duplicate_routine"),
                               (buttons.edit_requested, "edit_routine"),
                               (buttons.delete_requested, "delete_routine"),
                               (buttons.import_requested, "import_routine"),
                               (buttons.export_requested, "export_routine")):
            signal.connect(self.actions[action])
        picker.routine_list.selectionModel().currentChanged.connect(self.show_selection)
        controller.library_changed.connect(self.show_selection)
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        self.show_selection()

    @property
    def drafts(self) -> DraftFile:
        """The file that keeps the editor's unsaved work (made when first needed)."""
        if self._drafts is None:
            from stretchdesk.core.draft_file import DraftFile

            self._drafts = DraftFile(paths.user_data_dir())
        return self._drafts

    @property
    def thumbnails(self) -> Thumbnails | None:
        """The editor's stretch pictures (None until the editor first opens)."""
        return self._thumbnails

    def show_selection(self, *_args: object) -> None:
        """Fits the buttons to the routine selected now."""
        routine = self.selected()
        self.picker.routine_buttons.show_selection(routine is not None,
                                                   routine is not None and routine.user)

    def selected(self) -> Routine | None:
        """The routine selected in the picker."""
        routine_id = self.picker.selected_routine_id
        return self.controller.library.routines.get(routine_id) if routine_id else None

    def notice(self, text: str, timeout_ms: int = 8000) -> None:
        """Tells the person something in the window's status bar."""
        self.window.statusBar().showMessage(text, timeout_ms)

    # -- the editor ----------------------------------------------------------------------

    def new_routine(self) -> None:
        """Ctrl+N: the editor, on an empty routine."""
        from stretchdesk.core.routine_draft import RoutineDraft

        self.open_editor(RoutineDraft(), unsaved=False)

    def duplicate_routine(self) -> None:
        """Ctrl+D: the editor, on a copy of the selected routine (saved as a new one)."""
        from stretchdesk.core.routine_draft import RoutineDraft
        from stretchdesk.core.routine_writer import copy_name

        routine = self.selected()
        if routine is not None:
            names = [r.name for r in self.controller.library.routines.values()]
            self.open_editor(RoutineDraft.from_routine(
                routine, as_copy_named=copy_name(routine.name, names)), unsaved=True)

    def edit_routine(self) -> None:
        """Ctrl+E: the editor, on the selected routine (a preset: on a copy of it)."""
        from stretchdesk.core.routine_draft import RoutineDraft

        routine = self.selected()
        if routine is None:
            return
        if not routine.user:
            self.notice(translate(
                "RoutineActions", "“{name}” comes with StretchDesk and cannot be changed; "
                "here is a copy of it to change.").format(name=routine.name))
            self.duplicate_routine()
            return
        self.open_editor(RoutineDraft.from_routine(routine), unsaved=False)

    def open_editor(self, draft: RoutineDraft, unsaved: bool) -> RoutineEditor | None:
        """Opens the editor on `draft`; first offers back a draft left unsaved last time.

        One editor at a time: while one is open, it is brought to the front instead.
        Making and showing it is ui/editor/opening.py's.
        """
        if self.editor is not None:
            self.editor.raise_()
            self.editor.activateWindow()
            self.notice(translate("RoutineActions",
                                  "Finish or close the routine you are editing first."))
            return None
        from stretchdesk.ui.editor.opening import draft_to_edit, open_routine_editor
        from stretchdesk.ui.editor.thumbnails import Thumbnails

        draft, unsaved = draft_to_edit(self.window, self.drafts, draft, unsaved)
        if self._thumbnails is None:
            self._thumbnails = Thumbnails(ratio=self.window.devicePixelRatioF(), parent=self)
        self.editor = open_routine_editor(
            self.window, self.controller, draft, unsaved, self.drafts, self._thumbnails,
            self._timers, on_saved=self.picker.select, on_closed=self._editor_closed)
        return self.editor

    def _editor_closed(self) -> None:
        self.editor = None
        self.window.activateWindow()  # the keyboard goes back to the routine list
        self.picker.focus_list()

    def close_editor(self) -> bool:
        """Closes the editor (asking about unsaved changes); False when the person stayed."""
        return self.editor is None or self.editor.close()

    # -- deleting ------------------------------------------------------------------------

    def delete_routine(self) -> None:
        """Delete: asks, then deletes the selected routine of the person's (undo: Ctrl+Z)."""
        from stretchdesk.core.routine_folder import RoutineSaveError
        from stretchdesk.ui.editor.questions import Answer, DeleteRoutine

        routine = self.selected()
        if routine is None:
            return
        if not routine.user:
            self.notice(translate(
                "RoutineActions", "“{name}” comes with StretchDesk and cannot be deleted."
            ).format(name=routine.name))
            return
        editing = self.editor.model.draft.editing if self.editor is not None else None
        if editing is not None and editing.id == routine.id:
            self.notice(translate(
                "RoutineActions", "“{name}” is open in the editor; close it there first."
            ).format(name=routine.name))
            return
        if DeleteRoutine.ask(self.window, routine.name) is not Answer.DELETE:
            return
        self.forget_deleted()  # only the latest deletion can be undone
        try:
            self._deleted = self.controller.library_service.delete_routine(routine.id)
        except RoutineSaveError as exc:
            self.notice(str(exc), 0)
            return
        self.notice(translate("RoutineActions", "Deleted “{name}”.").format(name=routine.name),
                    UNDO_DELETE_MS)
        self.window.statusBar().addPermanentWidget(self.undo_button)
        self.undo_button.show()
        self._undo_timer.start(UNDO_DELETE_MS)

    def undo_delete(self) -> None:
        """Ctrl+Z (or Undo) within a few seconds: brings the deleted routine back."""
        from stretchdesk.core.routine_folder import RoutineSaveError

        deleted, self._deleted = self._deleted, None
        self._end_undo()
        if deleted is None:
            return
        try:
            routine = self.controller.library_service.restore_routine(deleted)
        except RoutineSaveError as exc:
            self.notice(str(exc), 0)
            return
        self.picker.select(routine.id)
        self.notice(translate("RoutineActions", "“{name}” is back.").format(name=routine.name))

    def forget_deleted(self) -> None:
        """The undo time is over: the deleted routine goes for good."""
        deleted, self._deleted = self._deleted, None
        self._end_undo()
        if deleted is not None:
            self.controller.library_service.forget_deleted(deleted)

    def _end_undo(self) -> None:
        self._undo_timer.stop()
        self.undo_button.hide()
        self.window.statusBar().removeWidget(self.undo_button)

    # -- sharing -------------------------------------------------------------------------

    def import_routine(self) -> None:
        """Ctrl+O: choose a shared routine file, see what it holds, and add it."""
        from stretchdesk.ui.sharing import FileChooser

        file = FileChooser.open_routine(self.window)
        if file:
            self.import_file(Path(file))

    def import_file(self, path: Path) -> None:
        """Shows a preview of the routine in `path`, and adds it as the person chooses."""
        from stretchdesk.core.routine_folder import ImportHow
        from stretchdesk.ui.sharing import import_with_preview

        imported = import_with_preview(self.window, self.controller, path)
        if imported is not None:
            self.picker.select(imported.routine.id)
            how = {ImportHow.NEW: translate("RoutineActions", "Imported: “{name}”."),
                   ImportHow.COPY: translate("RoutineActions", "Imported as a copy: “{name}”."),
                   ImportHow.REPLACED: translate("RoutineActions",
                                                 "Imported in place of yours: “{name}”."),
                   }[imported.how]
            self.notice(how.format(name=imported.routine.name))

    def export_routine(self) -> None:
        """Ctrl+Shift+E: saves the selected routine as a file to share."""
        from stretchdesk.ui.sharing import export_routine

        routine = self.selected()
        if routine is not None:
            done = export_routine(self.window, routine)
            if done:
                self.notice(done)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Files dropped on the window are imported (one at a time, each previewed)."""
        if watched is self.window and isinstance(event, QDragEnterEvent | QDropEvent):
            files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
            files = [f for f in files if f.suffix in SHAREABLE]
            if not files:
                return False
            event.acceptProposedAction()
            if event.type() == QEvent.Type.Drop:
                for file in files:
                    self.import_file(file)
            return True
        return super().eventFilter(watched, event)
