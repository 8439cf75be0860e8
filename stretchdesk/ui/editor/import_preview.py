"""ImportPreview: what a shared routine holds, shown before it is added to the person's.

Its name, purpose, stretches and length at each level, and, when a routine of theirs
or a preset already has its id, the choice: import it as a copy, or replace their own
(a preset is never replaced). Everything from the file is shown as plain text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stretchdesk.core.model import Level
from stretchdesk.ui.editor.routine_form import lengths_text


class ImportChoice(Enum):
    """What to do with a routine to import."""

    IMPORT = "import"  # under its own id (nothing has it)
    COPY = "copy"
    REPLACE = "replace"
    CANCEL = "cancel"


@dataclass(frozen=True)
class ImportFacts:
    """What the preview tells about a routine read from a file."""

    file: str
    format_version: int | None  # None: a plain routine file
    name: str
    purpose: str
    stretch_names: tuple[str, ...]
    lengths: Mapping[Level, float]
    your_level: Level
    same_id: str | None = None  # the name of the routine that has its id already
    same_id_is_yours: bool = False
    name_taken: bool = False  # another routine is called the same


class ImportPreview(QDialog):
    """Shows ImportFacts and the choices they allow."""

    def __init__(self, facts: ImportFacts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.setWindowTitle(self.tr("Import a routine"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.choice = ImportChoice.CANCEL
        source = (self.tr("From {file}, a StretchDesk export (format {version})").format(
            file=Path(facts.file).name, version=facts.format_version)
            if facts.format_version is not None
            else self.tr("From {file}, a routine file").format(file=Path(facts.file).name))
        column = QVBoxLayout(self)
        self.labels: list[QLabel] = []
        for text, name in (
            (source, "importSource"),
            (facts.name, "importName"),
            (facts.purpose, "importPurpose"),
            ("\n".join(f"{n}. {s}" for n, s in enumerate(facts.stretch_names, start=1)),
             "importStretches"),
            (self.tr("Length: {lengths}").format(
                lengths=lengths_text(facts.lengths, facts.your_level)), "importLengths"),
            (self._clash_text(facts), "importClash"),
        ):
            label = QLabel(text, self)
            label.setObjectName(name)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setVisible(bool(text))
            column.addWidget(label)
            self.labels.append(label)
        font = self.labels[1].font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.labels[1].setFont(font)
        self.buttons = QDialogButtonBox(self)
        clash = facts.same_id is not None or facts.name_taken
        if not clash:
            self._add(self.tr("&Import"), ImportChoice.IMPORT, default=True)
        else:
            self._add(self.tr("Import as a &copy"), ImportChoice.COPY, default=True)
            if facts.same_id is not None and facts.same_id_is_yours:
                self._add(self.tr("&Replace yours"), ImportChoice.REPLACE)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.clicked.connect(self.reject)
        column.addWidget(self.buttons)

    @staticmethod
    def _clash_text(facts: ImportFacts) -> str:
        if facts.same_id is not None and facts.same_id_is_yours:
            return QCoreApplication.translate(
                "ImportPreview", "Your routine “{name}” has the same id. Import this one as a "
                "copy beside it, or replace yours with it?").format(name=facts.same_id)
        if facts.same_id is not None:
            return QCoreApplication.translate(
                "ImportPreview", "“{name}” has the same id and cannot be replaced; this one can "
                "be imported as a copy.").format(name=facts.same_id)
        if facts.name_taken:
            return QCoreApplication.translate(
                "ImportPreview",
                "A routine of this name is there already; this one is imported as a copy.")
        return ""

    def _add(self, text: str, choice: ImportChoice, default: bool = False) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        button.setDefault(default)
        button.setAutoDefault(default)
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: ImportChoice) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, facts: ImportFacts) -> ImportChoice:
        """Shows the preview and returns what the person chose."""
        dialog = cls(facts, parent)
        dialog.exec()
        choice = dialog.choice
        dialog.deleteLater()
        return choice
