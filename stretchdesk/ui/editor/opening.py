"""Opening the routine editor from the main window, once RoutineActions has said it may.

The work left unsaved last time is offered back first (RestoreDraft), then the editor
window is made on the draft, its stretch pictures drawn only after its first paint, and
shown with the keyboard in the stretch search. Imported at the first opening, like the
rest of this package; which draft to open, and one editor at a time, are RoutineActions'.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from stretchdesk.timers import TimerFactory
from stretchdesk.ui.editor.questions import Answer, RestoreDraft
from stretchdesk.ui.editor.thumbnails import Thumbnails
from stretchdesk.ui.editor.window import RoutineEditor
from stretchdesk.ui.first_paint import after_first_paint

if TYPE_CHECKING:
    from stretchdesk.controller.app_controller import AppController
    from stretchdesk.core.draft_file import DraftFile
    from stretchdesk.core.routine_draft import RoutineDraft


def draft_to_edit(window: QWidget, drafts: DraftFile, draft: RoutineDraft,
                  unsaved: bool) -> tuple[RoutineDraft, bool]:
    """The draft to open and whether it holds unsaved work: the one left last time, when
    the person takes it back (it is discarded when they do not), else `draft`."""
    left = drafts.load()
    if left is None:
        return draft, unsaved
    if RestoreDraft.ask(window, left.name) is Answer.RESTORE:
        return left, True
    drafts.discard()
    return draft, unsaved


def open_routine_editor(window: QWidget, controller: AppController, draft: RoutineDraft,
                        unsaved: bool, drafts: DraftFile, thumbnails: Thumbnails,
                        timers: TimerFactory, *, on_saved: Callable[[str], object],
                        on_closed: Callable[[], object]) -> RoutineEditor:
    """Makes and shows the editor on `draft` over `window`; `unsaved` work is kept in the
    draft file at once. `on_saved` hears each routine id saved, `on_closed` the closing."""
    thumbnails.hold()  # the editor's first paint comes before any picture is drawn
    editor = RoutineEditor(controller, draft, drafts, timers, thumbnails, window)
    after_first_paint(editor, thumbnails.draw_queued, timers=timers)
    if unsaved:
        editor.saver.start(draft, unsaved=True)
    editor.saved.connect(on_saved)
    editor.closed.connect(on_closed)
    editor.show()
    editor.stretch_list.search.setFocus()
    return editor
