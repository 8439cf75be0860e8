"""ExportFileDialog: asks where to write the history export (the format follows the name)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

SUFFIXES = (".csv", ".json")


def filters() -> dict[str, str]:
    """The dialog's file types (in the interface's language) and their suffixes."""
    return {QCoreApplication.translate("ExportFileDialog", "CSV spreadsheet (*.csv)"): ".csv",
            QCoreApplication.translate("ExportFileDialog", "JSON (*.json)"): ".json"}


class ExportFileDialog:
    """The save dialog for an export, behind `ask()` so tests can answer it."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        """The file the person chose (they agreed to replace it if it exists), or None."""
        kinds = filters()
        name, chosen = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("ExportFileDialog", "Export history"),
            str(suggested), ";;".join(kinds))
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in SUFFIXES:
            path = path.with_name(path.name + kinds.get(chosen, ".csv"))
        return path
