"""UnreadableFiles: the person's routine files the app cannot read, with what is wrong.

Each is listed with its file, line, field and the problem, and a button that opens a
copy of what can still be used in the editor; the file itself is never written to.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from stretchdesk.core.errors import LibraryError

MOST_SHOWN = 5  # more would push the routine off the screen; the picker lists them all


class UnreadableFiles(QFrame):
    """A box listing unreadable routine files (hidden when there are none).

    Signals:
        open_copy_requested(str): open a copy of this file in the editor.
    """

    open_copy_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unreadableFiles")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self._rows = QGridLayout()
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addLayout(self._rows)
        self.buttons: list[QPushButton] = []
        self.hide()

    def show_problems(self, problems: Sequence[LibraryError]) -> None:
        """Lists `problems` (each about one file), or hides the box when there are none."""
        while self._rows.count():
            taken = self._rows.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons = []
        self.setVisible(bool(problems))
        if not problems:
            return
        count = len(problems)
        self.heading.setText(
            self.tr("%n of your routine files cannot be read. They are left as they are; "
                    "open a copy to carry on with what can still be used.", "", count)
            if count > 1 else self.tr("One of your routine files cannot be read. It is left "
                                      "as it is; open a copy to carry on with what can still "
                                      "be used."))
        for row, problem in enumerate(problems[:MOST_SHOWN]):
            text = QLabel(str(problem), self)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            button = QPushButton(self.tr("Open a copy"), self)
            button.setToolTip(self.tr("Opens what can be used from this file as a new routine"))
            button.clicked.connect(
                lambda _checked=False, file=problem.file: self.open_copy_requested.emit(file))
            self._rows.addWidget(text, row, 0)
            self._rows.addWidget(button, row, 1, Qt.AlignmentFlag.AlignTop)
            self.buttons.append(button)
