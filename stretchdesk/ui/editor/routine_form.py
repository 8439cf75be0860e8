"""RoutineForm: the routine's name and purpose, what it needs, and its length at each level.

The text fields ask for changes (`name_edited`, `purpose_edited`) rather than making
them, so each becomes an undo step; `show_draft` puts the draft's values back without
asking again. Problems are said under the field they are about, as the person types.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from stretchdesk.core.model import Level
from stretchdesk.core.routine_draft import DraftProblems
from stretchdesk.core.words import format_duration
from stretchdesk.ui.editor.item_panel import problem_label, show_problem

LEVEL_NAMES = {Level.BEGINNER: str(QT_TRANSLATE_NOOP("RoutineForm", "beginner")),
               Level.INTERMEDIATE: str(QT_TRANSLATE_NOOP("RoutineForm", "intermediate")),
               Level.ADVANCED: str(QT_TRANSLATE_NOOP("RoutineForm", "advanced"))}


def lengths_text(lengths: Mapping[Level, float], yours: Level) -> str:
    """"beginner 5:30 · intermediate 6:50 (your level) · advanced 10:10"."""
    translate = QCoreApplication.translate
    return " · ".join(
        (translate("RoutineForm", "{level} {duration} (your level)") if level is yours
         else translate("RoutineForm", "{level} {duration}")).format(
            level=translate("RoutineForm", LEVEL_NAMES[level]),
            duration=format_duration(seconds))
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
        self.name.setPlaceholderText(self.tr("What you will call it, e.g. Evening back"))
        self.name_problem = problem_label(self, "nameProblem")
        self.purpose = QLineEdit(self)
        self.purpose.setObjectName("routinePurpose")
        self.purpose.setPlaceholderText(self.tr("What it is for, in a sentence"))
        self.purpose_problem = problem_label(self, "purposeProblem")
        self.needs = QLabel(self)
        self.needs.setTextFormat(Qt.TextFormat.PlainText)
        self.lengths = QLabel(self)
        self.lengths.setObjectName("routineLengths")
        self.lengths.setTextFormat(Qt.TextFormat.PlainText)
        self.lengths.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        name_label = QLabel(self.tr("&Name"), self)
        name_label.setBuddy(self.name)
        purpose_label = QLabel(self.tr("&Purpose"), self)
        purpose_label.setBuddy(self.purpose)
        form.addRow(name_label, self.name)
        form.addRow("", self.name_problem)
        form.addRow(purpose_label, self.purpose)
        form.addRow("", self.purpose_problem)
        form.addRow(self.tr("Needs"), self.needs)
        form.addRow(self.tr("Length"), self.lengths)
        self.name.textEdited.connect(self.name_edited)
        self.purpose.textEdited.connect(self.purpose_edited)

    def show_draft(self, name: str, purpose: str, needs: tuple[str, ...],
                   lengths: Mapping[Level, float], yours: Level,
                   problems: DraftProblems) -> None:
        """Shows the draft's values (the cursor stays where it is while typing)."""
        for field, text in ((self.name, name), (self.purpose, purpose)):
            if field.text() != text:
                field.setText(text)
        self.needs.setText(", ".join(needs) if needs else self.tr("nothing but a little space"))
        self.lengths.setText(lengths_text(lengths, yours) if any(lengths.values())
                             else self.tr("no stretches yet"))
        show_problem(self.name_problem, problems.name)
        show_problem(self.purpose_problem, problems.purpose)
