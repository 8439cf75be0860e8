"""The question asked before a session is stopped early, or the app quit during one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from stretchdesk.ui.type_scale import sized_font

STOPPED = 2  # the dialog's result when the person chose to stop (Accepted/Rejected are 1/0)
HEADING_SHARE = 0.07  # of the window's height: read from the mat like the phase word
BODY_SHARE = 0.04
WIDTH_SHARE = 0.6  # of the window's width

CARRY_ON_STYLE = (
    "QPushButton { background: #1d5fc9; color: white; border: none; border-radius: 8px;"
    " padding: 0.4em 1.2em; } QPushButton:hover { background: #174fa8; }")
STOP_STYLE = (
    "QPushButton { background: #b3261e; color: white; border: none; border-radius: 8px;"
    " padding: 0.4em 1.2em; } QPushButton:hover { background: #8c1d18; }")


class StopQuestion(QDialog):
    """Asks, in type big enough to read from the floor, whether to stop the routine.

    Enter and Esc both carry on (the safe answer is the easy one); S (or Q when quitting)
    stops. The window title is short, so no window manager cuts it; the question itself
    is in the dialog.
    """

    def __init__(self, parent: QWidget | None = None, quitting: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("stopQuestion")
        self.setModal(True)
        key = "Q" if quitting else "S"
        self.stop_key = key
        self.setWindowTitle(self.tr("Quit?") if quitting else self.tr("Stop?"))
        self.heading = QLabel(
            self.tr("Quit StretchDesk?") if quitting else self.tr("Stop the routine?"), self)
        self.heading.setObjectName("stopHeading")
        self.heading.setWordWrap(True)
        self.body = QLabel(
            self.tr("StretchDesk closes; next time it offers to carry on from this stretch. The "
               "countdown waits while you decide.") if quitting else
            self.tr("If anything hurts, stop. The countdown waits while you decide."), self)
        self.body.setWordWrap(True)
        self.carry_on_button = QPushButton(self.tr("Carry on"), self)
        self.carry_on_button.setObjectName("carryOn")
        self.carry_on_button.setStyleSheet(CARRY_ON_STYLE)
        self.stop_button = QPushButton(self.tr("Quit") if quitting else self.tr("Stop"), self)
        self.stop_button.setObjectName("stopNow")
        self.stop_button.setStyleSheet(STOP_STYLE)
        for button in (self.carry_on_button, self.stop_button):
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        # Enter presses the default button: carrying on. Only the named key stops.
        self.stop_button.setAutoDefault(False)
        self.carry_on_button.setDefault(True)
        self.carry_on_button.setFocus()
        self.carry_on_button.clicked.connect(self.reject)
        self.stop_button.clicked.connect(self.stop)
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.activated.connect(self.stop)
        if quitting:
            again = QShortcut(QKeySequence("Ctrl+Q"), self)
            again.activated.connect(self.stop)

        # Under each button, the key that presses it, for those on the floor.
        self.carry_on_keys = QLabel(self.tr("Enter or Esc"), self)
        self.stop_keys = QLabel(self.tr("{key} key").format(key=key), self)
        buttons = QGridLayout()
        buttons.addWidget(self.carry_on_button, 0, 0)
        buttons.addWidget(self.stop_button, 0, 2)
        buttons.addWidget(self.carry_on_keys, 1, 0, Qt.AlignmentFlag.AlignHCenter)
        buttons.addWidget(self.stop_keys, 1, 2, Qt.AlignmentFlag.AlignHCenter)
        buttons.setColumnStretch(0, 3)
        buttons.setColumnMinimumWidth(1, 24)
        buttons.setColumnStretch(2, 2)
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addWidget(self.body)
        column.addSpacing(16)
        column.addLayout(buttons)
        self._size_for(parent)

    def _size_for(self, parent: QWidget | None) -> None:
        """Type and width follow the window behind: larger in mat mode."""
        height = parent.height() if parent is not None else 800
        width = parent.width() if parent is not None else 1280
        body = max(18, round(height * BODY_SHARE))
        self.heading.setFont(sized_font(self.font(), max(28, round(height * HEADING_SHARE)),
                                        bold=True))
        self.body.setFont(sized_font(self.font(), body))
        for button in (self.carry_on_button, self.stop_button):
            button.setFont(sized_font(self.font(), body, bold=True))
            button.setMinimumHeight(round(body * 2.4))
        for label in (self.carry_on_keys, self.stop_keys):
            label.setFont(sized_font(self.font(), max(14, round(body * 0.7))))
        margin = round(body * 1.2)
        layout = self.layout()
        if layout is not None:
            layout.setContentsMargins(margin, margin, margin, margin)
            layout.setSpacing(round(body * 0.6))
        self.setMinimumWidth(min(width, max(round(width * WIDTH_SHARE), 560)))

    def stop(self) -> None:
        """Closes the question with the answer "stop"."""
        self.done(STOPPED)

    @property
    def stop_chosen(self) -> bool:
        """Whether the person chose to stop."""
        return self.result() == STOPPED

    @classmethod
    def ask(cls, parent: QWidget | None, quitting: bool = False) -> bool:
        """True when the person wants to stop (tests replace this method)."""
        dialog = cls(parent, quitting)
        dialog.exec()
        return dialog.stop_chosen

