"""The editor's menus and their keys, and Ctrl+Z / Ctrl+Shift+Z reaching the undo stack
from a text field."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence

if TYPE_CHECKING:
    from stretchdesk.ui.editor.window import RoutineEditor


class UndoKeys(QObject):
    """Lets Ctrl+Z and Ctrl+Shift+Z reach the editor's undo stack from a text field.

    A line edit (a spin box's too) would otherwise take them for its own undo, which
    knows nothing of the routine's other changes.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and (event.matches(QKeySequence.StandardKey.Undo)
                     or event.matches(QKeySequence.StandardKey.Redo))):
            event.ignore()
            return True
        return False


def build_menus(editor: RoutineEditor) -> tuple[QAction, QAction, QAction]:
    """Routine (save, save as new, close) and Edit (undo, redo, find); returns the undo,
    redo and save actions."""
    translate = QCoreApplication.translate
    routine = editor.menuBar().addMenu(translate("EditorMenus", "&Routine"))
    save = routine.addAction(translate("EditorMenus", "&Save"), editor.save)
    save.setShortcut(QKeySequence("Ctrl+S"))
    save_new = routine.addAction(translate("EditorMenus", "Save as a &new routine"),
                                 lambda: editor.saver.save(True))
    save_new.setShortcut(QKeySequence("Ctrl+Shift+S"))
    close = routine.addAction(translate("EditorMenus", "&Close"), editor.close)
    close.setShortcuts([QKeySequence("Ctrl+W"), QKeySequence("Esc")])
    edit = editor.menuBar().addMenu(translate("EditorMenus", "&Edit"))
    # Qt puts the step's text after these: "&Undo Add Cat-cow".
    undo = editor.stack.createUndoAction(editor, translate("EditorMenus", "&Undo"))
    undo.setShortcuts([QKeySequence("Ctrl+Z")])
    redo = editor.stack.createRedoAction(editor, translate("EditorMenus", "&Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    edit.addAction(undo)
    edit.addAction(redo)
    edit.addSeparator()
    find = edit.addAction(translate("EditorMenus", "&Find a stretch"), editor.find_stretch)
    find.setShortcut(QKeySequence("Ctrl+F"))
    return undo, redo, save
