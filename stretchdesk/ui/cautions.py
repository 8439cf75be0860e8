"""The cautions shown before a routine starts, and the dialog that shows them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from stretchdesk.core.model import Library, Routine


def routine_cautions(routine: Routine, library: Library) -> list[str]:
    """Every caution of the routine's stretches, each once, in the order they come up."""
    seen: dict[str, None] = {}
    for item in routine.items:
        for caution in library.stretches[item.stretch_id].cautions:
            seen.setdefault(caution, None)
    return list(seen)


@dataclass(frozen=True)
class CautionAnswer:
    """What the person decided: whether to start, and whether to see these again."""

    start: bool
    hide_next_time: bool


class CautionsDialog(QDialog):
    """Lists a routine's cautions before it starts; Enter starts, Esc goes back."""

    def __init__(self, routine_name: str, cautions: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Before you start: {routine_name}")
        heading = QLabel(f"<b>Before you start {routine_name}</b>", self)
        body = QLabel("\n".join(f"•  {caution}" for caution in cautions), self)
        body.setWordWrap(True)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide_box = QCheckBox("Don't show these again for this routine", self)
        buttons = QDialogButtonBox(self)
        start = buttons.addButton("Start", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton("Not now", QDialogButtonBox.ButtonRole.RejectRole)
        start.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(heading)
        column.addWidget(body)
        column.addSpacing(8)
        column.addWidget(self.hide_box)
        column.addWidget(buttons)
        font = self.font()
        font.setPixelSize(max(15, font.pixelSize()))
        self.setFont(font)
        self.setMinimumWidth(560)

    @classmethod
    def ask(cls, parent: QWidget | None, routine_name: str, cautions: list[str]) -> CautionAnswer:
        """Shows the dialog and waits for the answer (tests replace this method)."""
        dialog = cls(routine_name, cautions, parent)
        start = dialog.exec() == QDialog.DialogCode.Accepted
        return CautionAnswer(start=start, hide_next_time=start and dialog.hide_box.isChecked())
