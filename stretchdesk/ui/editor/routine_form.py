"""RoutineForm: the routine's name and purpose, what it needs, and its length at each level.

The text fields ask for changes (`name_edited`, `purpose_edited`) rather than making
them, so each becomes an undo step; `show_draft` puts the draft's values back without
asking again. Problems are said under the field they are about, as the person types.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from stretchdesk.core.model import Level
from stretchdesk.core.routine_draft import DraftProblems
from stretchdesk.core.words import format_duration
from stretchdesk.ui.editor.item_panel import problem_label, show_problem


def lengths_text(lengths: Mapping[Level, float], yours: Level) -> str:
    """"beginner 5:30 · intermediate 6:50 (your level) · advanced 10:10"."""
    return " · ".join(
        f"{level.value} {format_duration(seconds)}{' (your level)' if level is yours else ''}"
        for level, seconds in lengths.items())


class RoutineForm(QWidget):
    """Name, purpose, needs and lengths of the routine being edited.

    Signals:
        name_edited(str): the person typed in the name.
        purpose_edited(str): the person typed in the purpose.
    """

    name_edited = Signal(str)
    purpose_edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.name.setObjectName("routineName")
        self.name.setPlaceholderText("What you will call it, e.g. Evening back")
        self.name_problem = problem_label(self, "nameProblem")
        self.purpose = QLineEdit(self)
        self.purpose.setObjectName("routinePurpose")
        self.purpose.setPlaceholderText("What it is for, in a sentence")
        self.purpose_problem = problem_label(self, "purposeProblem")
        self.needs = QLabel(self)
        self.needs.setTextFormat(Qt.TextFormat.PlainText)
        self.lengths = QLabel(self)
        self.lengths.setObjectName("routineLengths")
        self.lengths.setTextFormat(Qt.TextFormat.PlainText)
        self.lengths.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        name_label = QLabel("&Name", self)
        name_label.setBuddy(self.name)
        purpose_label = QLabel("&Purpose", self)
        purpose_label.setBuddy(self.purpose)
        form.addRow(name_label, self.name)
        form.addRow("", self.name_problem)
        form.addRow(purpose_label, self.purpose)
        form.addRow("", self.purpose_problem)
        form.addRow("Needs", self.needs)
        form.addRow("Length", self.lengths)
        self.name.textEdited.connect(self.name_edited)
        self.purpose.textEdited.connect(self.purpose_edited)

    def show_draft(self, name: str, purpose: str, needs: tuple[str, ...],
                   lengths: Mapping[Level, float], yours: Level,
                   problems: DraftProblems) -> None:
        """Shows the draft's values (the cursor stays where it is while typing)."""
        for field, text in ((self.name, name), (self.purpose, purpose)):
            if field.text() != text:
                field.setText(text)
        self.needs.setText(", ".join(needs) if needs else "nothing but a little space")
        self.lengths.setText(lengths_text(lengths, yours) if any(lengths.values())
                             else "no stretches yet")
        show_problem(self.name_problem, problems.name)
        show_problem(self.purpose_problem, problems.purpose)
