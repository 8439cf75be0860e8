"""UndoKeys: Ctrl+Z and Ctrl+Shift+Z in a text field undo the routine, not the field."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence


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
