"""Saver: the editor's dealings with files, made so that nothing the person made is lost.

Saving goes through the library service, which refuses to write over a file that
cannot be read or that changed since it was opened; the person then chooses (replace
it, or save theirs as a new routine). The draft file keeps unsaved work between
changes; closing with unsaved changes asks first. A file the app cannot read is opened
only as a copy, and a routine changed by hand while it is open is shown as it now is
when nothing is unsaved (and saving asks which to keep when something is).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from stretchdesk.core.model import Library, Routine
from stretchdesk.core.routine_draft import DraftProblems, RoutineDraft
from stretchdesk.core.routine_folder import RoutineChanged, RoutineSaveError
from stretchdesk.core.routine_salvage import salvage
from stretchdesk.core.routine_writer import copy_name
from stretchdesk.ui.editor.questions import Answer, ChangedOnDisk, NotDone, UnsavedChanges

if TYPE_CHECKING:
    from stretchdesk.ui.editor.window import RoutineEditor


def _same(a: Routine, b: Routine) -> bool:
    """Whether two routines hold the same (wherever they were read from)."""
    return replace(a, source_file="", user=False) == replace(b, source_file="", user=False)


class Saver:
    """Saves, keeps the draft, and guards closing, for one RoutineEditor."""

    def __init__(self, editor: RoutineEditor) -> None:
        self.editor = editor

    def save(self, as_new: bool = False) -> bool:
        """Saves the routine (a new one with `as_new`); False when it was not saved."""
        e = self.editor
        draft, library = e.model.draft, e.controller.library
        problems = draft.problems(library)
        if not problems.ok:
            e.show_status(QCoreApplication.translate(
                "EditorSaving", "Not saved yet. {problem}").format(problem=problems.messages()[0]))
            self._focus(problems)
            return False
        routine = draft.routine(library.stretches)
        try:
            saved = self._write(routine, None if as_new else draft.editing)
        except RoutineSaveError as exc:
            e.show_status(QCoreApplication.translate("EditorSaving", "Not saved."))
            NotDone.tell(e, QCoreApplication.translate("EditorSaving", "Not saved"), str(exc))
            return False
        if saved is None:
            e.show_status(QCoreApplication.translate("EditorSaving", "Not saved."))
            return False
        draft.editing = saved
        if saved.name != draft.name:
            e.model.set_name(saved.name)  # saved as a copy: it has a name of its own
        e.stack.setClean()
        e.drafts.discard()
        e.show_status(QCoreApplication.translate(
            "EditorSaving", "Saved “{name}”: it is in the routine list.").format(name=saved.name))
        e.saved.emit(saved.id)
        return True

    def _write(self, routine: Routine, previous: Routine | None) -> Routine | None:
        """Writes through the service; asks when the file changed meanwhile (None: cancel)."""
        e = self.editor
        service = e.controller.library_service
        if previous is None:
            return service.save_routine(self._as_new(routine))
        try:
            return service.save_routine(routine, previous)
        except RoutineChanged as exc:
            answer = ChangedOnDisk.ask(e, str(exc))
            if answer is Answer.REPLACE:
                return service.save_routine(routine, exc.on_disk)
            if answer is Answer.SAVE_AS_NEW:
                return service.save_routine(self._as_new(routine))
            return None

    def _as_new(self, routine: Routine) -> Routine:
        """`routine` as a new one: no id yet, and a name no other routine has."""
        names = [r.name for r in self.editor.controller.library.routines.values()]
        taken = routine.name.casefold() in {n.casefold() for n in names}
        name = copy_name(routine.name, names) if taken else routine.name
        return replace(routine, id="", name=name, source_file="")

    def _focus(self, problems: DraftProblems) -> None:
        e = self.editor
        if problems.name:
            e.form.name.setFocus()
        elif problems.purpose:
            e.form.purpose.setFocus()
        elif problems.items:
            e.stretch_list.search.setFocus()
        else:
            bad = next(iter({**problems.reps, **problems.holds, **problems.stretches}))
            e.items.choose(e.model.draft.index_of(bad))
            (e.item_panel.reps if bad in problems.reps and bad not in problems.holds
             else e.item_panel.hold).setFocus()

    def keep_draft(self) -> None:
        """Keeps the unsaved draft in the draft file (removes the file when all is saved)."""
        e = self.editor
        if e.stack.isClean():
            e.drafts.discard()
            return
        try:
            e.drafts.save(e.model.draft)
        except OSError as exc:
            e.show_status(QCoreApplication.translate(
                "EditorSaving", "Your changes could not be kept in {file} ({reason}); save the "
                "routine to keep them.").format(file=e.drafts.path, reason=exc.strerror or exc))

    def may_close(self) -> bool:
        """Whether the window may close: asks first when something is unsaved."""
        e = self.editor
        if not e.stack.isClean():
            answer = UnsavedChanges.ask(e, e.model.draft.name)
            if answer is Answer.CANCEL or (answer is Answer.SAVE and not self.save()):
                return False
        e.drafts.discard()
        return True

    def open_copy(self, path: Path) -> None:
        """Opens what can be used of an unreadable file as a new routine (the file stays)."""
        e = self.editor
        if not e.stack.isClean():
            answer = UnsavedChanges.ask(e, e.model.draft.name)
            if answer is Answer.CANCEL or (answer is Answer.SAVE and not self.save()):
                return
        library = e.controller.library
        self.start(salvage(path, library.stretches, {r.name for r in library.routines.values()}),
                   unsaved=True)
        e.show_status(QCoreApplication.translate(
            "EditorSaving", "A copy of {file}: the file itself is left as it is. Save to keep "
            "the copy.").format(file=path.name))

    def start(self, draft: RoutineDraft, unsaved: bool) -> None:
        """Edits `draft` from now on, with no undo history (`unsaved`: not saved yet)."""
        e = self.editor
        e.model.set_draft(draft)
        e.stack.clear()
        if unsaved:
            e.stack.resetClean()
        e.items.choose(0)

    def library_changed(self, library: Library) -> None:
        """Notices the edited routine's file changing, or going, outside the editor."""
        e = self.editor
        editing = e.model.draft.editing
        if editing is None:
            return
        now = library.routines.get(editing.id)
        if now is None or now.source_file != editing.source_file:
            e.show_status(QCoreApplication.translate(
                "EditorSaving", "This routine's file is gone (deleted or moved outside the "
                "editor). Save it as a new routine to keep it (Ctrl+Shift+S)."))
        elif not _same(now, editing):
            if e.stack.isClean():
                self.start(RoutineDraft.from_routine(now), unsaved=False)
                e.show_status(QCoreApplication.translate(
                    "EditorSaving", "Its file was changed outside the editor; this is how it is "
                    "now."))
            else:
                e.show_status(QCoreApplication.translate(
                    "EditorSaving", "Its file was changed outside the editor; saving will ask "
                    "which version to keep."))
