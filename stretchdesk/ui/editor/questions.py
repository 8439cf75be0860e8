"""The questions the editor and the routine actions ask, each behind a classmethod `ask()`.

Tests replace `ask` with an answer; the app shows a message box. Text a person or a
shared file wrote (a routine's name) is shown as plain text.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
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
        text = (QCoreApplication.translate("EditorQuestions", "Save the changes to “{name}”?")
                .format(name=name) if name.strip() else
                QCoreApplication.translate("EditorQuestions",
                                           "Save the changes to this new routine?"))
        return _ask(parent, QCoreApplication.translate("EditorQuestions", "Unsaved changes"),
                    text, [
            (QCoreApplication.translate("EditorQuestions", "&Save"),
             QMessageBox.ButtonRole.AcceptRole, Answer.SAVE),
            (QCoreApplication.translate("EditorQuestions", "&Don't save"),
             QMessageBox.ButtonRole.DestructiveRole, Answer.DISCARD),
            (QCoreApplication.translate("EditorQuestions", "&Cancel"),
             QMessageBox.ButtonRole.RejectRole, Answer.CANCEL),
        ])


class ChangedOnDisk:
    """Saving over a routine file that was changed since the editor opened it."""

    @classmethod
    def ask(cls, parent: QWidget | None, message: str) -> Answer:
        """Replace the file's version, save as a new routine, or Cancel."""
        return _ask(parent, QCoreApplication.translate("EditorQuestions", "The routine changed"),
                    QCoreApplication.translate(
                        "EditorQuestions",
                        "{message}.\n\nReplace that version with yours, or keep it and save "
                        "yours as a new routine?").format(message=message), [
            (QCoreApplication.translate("EditorQuestions", "Save as a &new routine"),
             QMessageBox.ButtonRole.AcceptRole, Answer.SAVE_AS_NEW),
            (QCoreApplication.translate("EditorQuestions", "&Replace it"),
             QMessageBox.ButtonRole.DestructiveRole, Answer.REPLACE),
            (QCoreApplication.translate("EditorQuestions", "&Cancel"),
             QMessageBox.ButtonRole.RejectRole, Answer.CANCEL),
        ], QMessageBox.Icon.Warning)


class RestoreDraft:
    """A routine left unsaved last time (the app closed or crashed): take it up again?"""

    @classmethod
    def ask(cls, parent: QWidget | None, name: str) -> Answer:
        """Restore or Discard."""
        text = (QCoreApplication.translate(
            "EditorQuestions", "You were editing “{name}” and it was not saved. Carry on with it?"
        ).format(name=name) if name.strip() else QCoreApplication.translate(
            "EditorQuestions", "You were editing a new routine and it was not saved. "
            "Carry on with it?"))
        return _ask(parent, QCoreApplication.translate("EditorQuestions", "Unsaved routine"),
                    text, [
            (QCoreApplication.translate("EditorQuestions", "&Restore it"),
             QMessageBox.ButtonRole.AcceptRole, Answer.RESTORE),
            (QCoreApplication.translate("EditorQuestions", "&Discard it"),
             QMessageBox.ButtonRole.DestructiveRole, Answer.DISCARD),
        ])


class DeleteRoutine:
    """Deleting one of the person's routines (it can be undone for a few seconds)."""

    @classmethod
    def ask(cls, parent: QWidget | None, name: str) -> Answer:
        """Delete or Cancel."""
        return _ask(parent, QCoreApplication.translate("EditorQuestions", "Delete routine"),
                    QCoreApplication.translate(
                        "EditorQuestions",
                        "Delete your routine “{name}”? You can undo this for a few seconds."
                    ).format(name=name), [
            (QCoreApplication.translate("EditorQuestions", "&Delete"),
             QMessageBox.ButtonRole.DestructiveRole, Answer.DELETE),
            (QCoreApplication.translate("EditorQuestions", "&Cancel"),
             QMessageBox.ButtonRole.RejectRole, Answer.CANCEL),
        ], QMessageBox.Icon.Warning, default=1)


class NotDone:
    """Tells the person that something was not done, and why (one OK button)."""

    @classmethod
    def tell(cls, parent: QWidget | None, title: str, text: str) -> None:
        """Shows `text` until the person presses OK."""
        _ask(parent, title, text, [(QCoreApplication.translate("EditorQuestions", "OK"),
                                    QMessageBox.ButtonRole.AcceptRole, Answer.CANCEL)],
             QMessageBox.Icon.Warning)
