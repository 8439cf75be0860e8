"""The editor's undo steps: each change to the draft, done and undone through DraftModel.

Typing a name or purpose, or a number into a hold, is one step per field, not one per
key: consecutive changes of the same field merge (`mergeWith`) until another kind of
change comes between.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from stretchdesk.core.routine_draft import DraftItem
from stretchdesk.ui.editor.draft_model import DraftModel

# Command ids for merging (QUndoCommand.id): one per kind of text, one for item changes.
_NAME, _PURPOSE, _ITEM = 1, 2, 3


class SetText(QUndoCommand):
    """Changes the routine's name or purpose."""

    def __init__(self, model: DraftModel, field: str, text: str) -> None:
        super().__init__(QCoreApplication.translate("EditorSteps", "Change the name")
                         if field == "name"
                         else QCoreApplication.translate("EditorSteps", "Change the purpose"))
        self.model, self.field = model, field
        self.old = model.draft.name if field == "name" else model.draft.purpose
        self.new = text

    def _set(self, text: str) -> None:
        if self.field == "name":
            self.model.set_name(text)
        else:
            self.model.set_purpose(text)

    def redo(self) -> None:
        self._set(self.new)

    def undo(self) -> None:
        self._set(self.old)

    def id(self) -> int:
        return _NAME if self.field == "name" else _PURPOSE

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetText) or other.field != self.field:
            return False
        self.new = other.new
        return True


class AddItem(QUndoCommand):
    """Adds an item (a stretch, or a copy of an item) at a row."""

    def __init__(self, model: DraftModel, row: int, item: DraftItem, text: str) -> None:
        super().__init__(text)
        self.model, self.row, self.item = model, row, item

    def redo(self) -> None:
        self.model.insert_item(self.row, self.item)

    def undo(self) -> None:
        self.model.remove_item(self.model.draft.index_of(self.item.key))


class RemoveItem(QUndoCommand):
    """Takes an item out of the routine."""

    def __init__(self, model: DraftModel, row: int, text: str) -> None:
        super().__init__(text)
        self.model, self.row = model, row
        self.item = model.draft.items[row]

    def redo(self) -> None:
        self.model.remove_item(self.model.draft.index_of(self.item.key))

    def undo(self) -> None:
        self.model.insert_item(self.row, self.item)


class MoveItem(QUndoCommand):
    """Moves an item to another place in the routine."""

    def __init__(self, model: DraftModel, key: int, target: int, text: str) -> None:
        super().__init__(text)
        self.model, self.key, self.target = model, key, target
        self.source = model.draft.index_of(key)

    def redo(self) -> None:
        self.model.move_item(self.model.draft.index_of(self.key), self.target)

    def undo(self) -> None:
        self.model.move_item(self.model.draft.index_of(self.key), self.source)


class ChangeItem(QUndoCommand):
    """Changes an item's hold, repetitions or side order (None: back to inherited)."""

    def __init__(self, model: DraftModel, key: int, field: str, value: Any, text: str) -> None:
        super().__init__(text)
        self.model, self.key, self.field = model, key, field
        row = model.draft.index_of(key)
        self.old = model.draft.items[row]
        self.new = model.draft.change(row, **{field: value})

    def redo(self) -> None:
        self.model.replace_item(self.model.draft.index_of(self.key), self.new)

    def undo(self) -> None:
        self.model.replace_item(self.model.draft.index_of(self.key), self.old)

    def id(self) -> int:
        return _ITEM

    def mergeWith(self, other: QUndoCommand) -> bool:
        # Typing 4, then 45, into one hold is one change; a reset or another field is not.
        if (not isinstance(other, ChangeItem) or (other.key, other.field) != (self.key, self.field)
                or other.new_value is None or self.new_value is None):
            return False
        self.new = other.new
        return True

    @property
    def new_value(self) -> Any:
        """The value this step sets."""
        return getattr(self.new, self.field)
