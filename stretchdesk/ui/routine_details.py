"""RoutineDetails: the selected routine's purpose, length, stretches and needs."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from stretchdesk.core.words import format_duration


@dataclass(frozen=True)
class RoutineFacts:
    """What the picker tells about one routine at the current level."""

    id: str
    name: str
    purpose: str
    seconds: float
    stretch_names: tuple[str, ...]
    needs: tuple[str, ...]
    level_word: str
    caution_count: int
    cautions_hidden: bool
    user: bool

    @property
    def needs_text(self) -> str:
        """"Needs: floor, desk", or a note that nothing is needed."""
        if not self.needs:
            return "Needs nothing but a little space"
        text = "Needs: " + ", ".join(self.needs)
        return text if "floor" in self.needs else text + " (no floor)"

    @property
    def summary_line(self) -> str:
        """The one line the routine list shows under the name."""
        count = len(self.stretch_names)
        return (f"{format_duration(self.seconds)}  ·  {count} stretch"
                f"{'es' if count != 1 else ''}  ·  {', '.join(self.needs) or 'anywhere'}")


class RoutineDetails(QWidget):
    """Shows one RoutineFacts and a Start button.

    Signals:
        start_requested(): the person pressed Start.
    """

    start_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routineDetails")
        self.name_label = QLabel(self)
        self.name_label.setObjectName("routineName")
        self.purpose_label = QLabel(self)
        self.length_label = QLabel(self)
        self.length_label.setObjectName("routineLength")
        self.needs_label = QLabel(self)
        self.stretches_label = QLabel(self)
        self.cautions_label = QLabel(self)
        self.cautions_label.setObjectName("cautionsNote")
        for label in (self.name_label, self.purpose_label, self.needs_label,
                      self.stretches_label, self.cautions_label, self.length_label):
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.start_button = QPushButton("Start  (Enter)", self)
        self.start_button.setObjectName("startButton")
        # The one thing to do on this screen, so it looks like it.
        self.start_button.setStyleSheet(
            "QPushButton { background: #1d5fc9; color: white; border: none;"
            " border-radius: 6px; padding: 0.3em 1.2em; }"
            "QPushButton:hover { background: #174fa8; }"
            "QPushButton:disabled { background: #9aa7b8; }")
        self.start_button.setToolTip("Start this routine (Enter)")
        self.start_button.clicked.connect(self.start_requested)
        column = QVBoxLayout(self)
        column.addWidget(self.name_label)
        column.addWidget(self.purpose_label)
        column.addSpacing(8)
        column.addWidget(self.length_label)
        column.addWidget(self.needs_label)
        column.addSpacing(8)
        column.addWidget(self.stretches_label)
        column.addWidget(self.cautions_label)
        column.addStretch(1)
        button_row = QHBoxLayout()  # keeps the button its own width, on the left
        button_row.addWidget(self.start_button)
        button_row.addStretch(1)
        column.addLayout(button_row)
        self._facts: RoutineFacts | None = None

    @property
    def facts(self) -> RoutineFacts | None:
        """What is shown."""
        return self._facts

    def show_facts(self, facts: RoutineFacts | None) -> None:
        """Shows `facts` (None: nothing selected)."""
        self._facts = facts
        self.start_button.setEnabled(facts is not None)
        if facts is None:
            for label in self.findChildren(QLabel):
                label.clear()
            return
        self.name_label.setText(facts.name + ("  (yours)" if facts.user else ""))
        self.purpose_label.setText(facts.purpose)
        self.length_label.setText(f"{format_duration(facts.seconds)} at {facts.level_word} level")
        self.needs_label.setText(facts.needs_text)
        self.stretches_label.setText(
            "\n".join(f"{n}. {name}" for n, name in enumerate(facts.stretch_names, start=1)))
        if not facts.caution_count:
            self.cautions_label.clear()
        elif facts.cautions_hidden:
            self.cautions_label.setText("You chose not to see this routine's cautions again.")
        else:
            self.cautions_label.setText(
                "⚠ Read the cautions for these stretches before you begin; "
                "they are shown when you start.")
