"""The question asked before a session is stopped early."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class StopQuestion:
    """Asks whether to stop the routine; Enter stops, Esc carries on."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        """True when the person wants to stop (tests replace this method)."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Stop the routine?")
        box.setText("Stop the routine now?")
        box.setInformativeText("If something hurts, stop. Press Esc to carry on instead.")
        stop = box.addButton("Stop", QMessageBox.ButtonRole.DestructiveRole)
        carry_on = box.addButton("Carry on", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stop)
        box.setEscapeButton(carry_on)
        box.exec()
        return box.clickedButton() is stop
