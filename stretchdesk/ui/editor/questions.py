"""The questions the editor and the routine actions ask, each behind a classmethod `ask()`.

Tests replace `ask` with an answer; the app shows a message box. Text a person or a
shared file wrote (a routine's name) is shown as plain text.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


class Answer(Enum):
    """What the person chose."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"
    REPLACE = "replace"
    SAVE_AS_NEW = "save as new"
    RESTORE = "restore"
    DELETE = "delete"


def _ask(parent: QWidget | None, title: str, text: str,
         buttons: list[tuple[str, QMessageBox.ButtonRole, Answer]],
         icon: QMessageBox.Icon = QMessageBox.Icon.Question,
         default: int = 0) -> Answer:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    made: dict[object, Answer] = {}
    for index, (label, role, answer) in enumerate(buttons):
        button = box.addButton(label, role)
        made[button] = answer
        if index == default:
            box.setDefaultButton(button)
    box.exec()
    clicked = box.clickedButton()
    answer = made.get(clicked, Answer.CANCEL) if clicked is not None else Answer.CANCEL
    box.deleteLater()
    return answer


class UnsavedChanges:
    """Closing an editor with changes not saved: save them, let them go, or stay."""

    @classmethod
    def ask(cls, parent: QWidget | None, name: str) -> Answer:
        """Save, Discard or Cancel."""
        shown = f"“{name}”" if name.strip() else "this new routine"
        return _ask(parent, "Unsaved changes", f"Save the changes to {shown}?", [
            ("&Save", QMessageBox.ButtonRole.AcceptRole, Answer.SAVE),
            ("&Don't save", QMessageBox.ButtonRole.DestructiveRole, Answer.DISCARD),
            ("&Cancel", QMessageBox.ButtonRole.RejectRole, Answer.CANCEL),
        ])


class ChangedOnDisk:
    """Saving over a routine file that was changed since the editor opened it."""

    @classmethod
    def ask(cls, parent: QWidget | None, message: str) -> Answer:
        """Replace the file's version, save as a new routine, or Cancel."""
        return _ask(parent, "The routine changed", (
            f"{message}.\n\nReplace that version with yours, or keep it and save yours as "
            "a new routine?"), [
            ("Save as a &new routine", QMessageBox.ButtonRole.AcceptRole, Answer.SAVE_AS_NEW),
            ("&Replace it", QMessageBox.ButtonRole.DestructiveRole, Answer.REPLACE),
            ("&Cancel", QMessageBox.ButtonRole.RejectRole, Answer.CANCEL),
        ], QMessageBox.Icon.Warning)


class RestoreDraft:
    """A routine left unsaved last time (the app closed or crashed): take it up again?"""

    @classmethod
    def ask(cls, parent: QWidget | None, name: str) -> Answer:
        """Restore or Discard."""
        shown = f"“{name}”" if name.strip() else "a new routine"
        return _ask(parent, "Unsaved routine", (
            f"You were editing {shown} and it was not saved. Carry on with it?"), [
            ("&Restore it", QMessageBox.ButtonRole.AcceptRole, Answer.RESTORE),
            ("&Discard it", QMessageBox.ButtonRole.DestructiveRole, Answer.DISCARD),
        ])


class DeleteRoutine:
    """Deleting one of the person's routines (it can be undone for a few seconds)."""

    @classmethod
    def ask(cls, parent: QWidget | None, name: str) -> Answer:
        """Delete or Cancel."""
        return _ask(parent, "Delete routine", (
            f"Delete your routine “{name}”? You can undo this for a few seconds."), [
            ("&Delete", QMessageBox.ButtonRole.DestructiveRole, Answer.DELETE),
            ("&Cancel", QMessageBox.ButtonRole.RejectRole, Answer.CANCEL),
        ], QMessageBox.Icon.Warning, default=1)


class NotDone:
    """Tells the person that something was not done, and why (one OK button)."""

    @classmethod
    def tell(cls, parent: QWidget | None, title: str, text: str) -> None:
        """Shows `text` until the person presses OK."""
        _ask(parent, title, text, [("OK", QMessageBox.ButtonRole.AcceptRole, Answer.CANCEL)],
             QMessageBox.Icon.Warning)
