"""ExportFileDialog: asks where to write the history export (the format follows the name)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

FILTERS = {"CSV spreadsheet (*.csv)": ".csv", "JSON (*.json)": ".json"}


class ExportFileDialog:
    """The save dialog for an export, behind `ask()` so tests can answer it."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        """The file the person chose (they agreed to replace it if it exists), or None."""
        name, chosen = QFileDialog.getSaveFileName(
            parent, "Export history", str(suggested), ";;".join(FILTERS))
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in FILTERS.values():
            path = path.with_name(path.name + FILTERS.get(chosen, ".csv"))
        return path
