"""The offer, at start, to carry on a session that was cut short (issue 17)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from stretchdesk.translation_marks import QT_TRANSLATE_NOOP
from stretchdesk.ui.stop_dialog import BODY_SHARE, CARRY_ON_STYLE, HEADING_SHARE, WIDTH_SHARE
from stretchdesk.ui.type_scale import sized_font

DISCARD_STYLE = (
    "QPushButton { border: 2px solid palette(mid); border-radius: 8px; padding: 0.4em 1.2em; }")
EXPLAINED = QT_TRANSLATE_NOOP(
    "ResumeQuestion", "{when}. Enter carries on from the start of that phase, as part of the "
    "same session. Esc lets it go: it stays in your history as interrupted.")


class ResumeQuestion(QDialog):
    """Asks, in type readable from the mat, whether to resume a session cut short.

    Enter resumes (the default button); Esc, or closing the dialog, lets it go. It is
    window-modal and never blocks: the app runs on while it waits for the answer. The
    question names the routine and the phase (core.words.resume_question); `when` says
    when the session began.
    """

    def __init__(self, question: str, when: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resumeQuestion")
        self.setModal(True)
        self.setWindowTitle(self.tr("Resume?"))
        self.heading = QLabel(question, self)
        self.heading.setObjectName("resumeHeading")
        self.body = QLabel(self.tr(EXPLAINED).format(when=when), self)
        for label in (self.heading, self.body):
            label.setTextFormat(Qt.TextFormat.PlainText)  # a routine's name, as written
            label.setWordWrap(True)
        self.resume_button = QPushButton(self.tr("Resume"), self)
        self.resume_button.setObjectName("resumeNow")
        self.resume_button.setStyleSheet(CARRY_ON_STYLE)
        self.discard_button = QPushButton(self.tr("Let it go"), self)
        self.discard_button.setObjectName("discard")
        self.discard_button.setStyleSheet(DISCARD_STYLE)
        for button in (self.resume_button, self.discard_button):
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.discard_button.setAutoDefault(False)
        self.resume_button.setDefault(True)
        self.resume_button.setFocus()
        self.resume_button.clicked.connect(self.accept)
        self.discard_button.clicked.connect(self.reject)
        self.resume_keys = QLabel(self.tr("Enter"), self)
        self.discard_keys = QLabel(self.tr("Esc"), self)
        buttons = QGridLayout()
        buttons.addWidget(self.resume_button, 0, 0)
        buttons.addWidget(self.discard_button, 0, 2)
        buttons.addWidget(self.resume_keys, 1, 0, Qt.AlignmentFlag.AlignHCenter)
        buttons.addWidget(self.discard_keys, 1, 2, Qt.AlignmentFlag.AlignHCenter)
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
        """Type and width follow the window behind, as the stop question's do."""
        height = parent.height() if parent is not None else 800
        width = parent.width() if parent is not None else 1280
        body = max(18, round(height * BODY_SHARE))
        self.heading.setFont(sized_font(self.font(), max(26, round(height * HEADING_SHARE * 0.8)),
                                        bold=True))
        self.body.setFont(sized_font(self.font(), body))
        for button in (self.resume_button, self.discard_button):
            button.setFont(sized_font(self.font(), body, bold=True))
            button.setMinimumHeight(round(body * 2.4))
        for label in (self.resume_keys, self.discard_keys):
            label.setFont(sized_font(self.font(), max(14, round(body * 0.7))))
        margin = round(body * 1.2)
        layout = self.layout()
        if layout is not None:
            layout.setContentsMargins(margin, margin, margin, margin)
            layout.setSpacing(round(body * 0.6))
        self.setMinimumWidth(min(width, max(round(width * WIDTH_SHARE), 560)))
        if layout is not None:  # a window does not ask its wrapped labels for their height
            self.setMinimumHeight(layout.totalHeightForWidth(self.minimumWidth()))

    @classmethod
    def offer(cls, parent: QWidget | None, question: str, when: str,
              answered: Callable[[bool], object]) -> None:
        """Opens the question (window-modal; it returns at once) and calls `answered` with
        True to resume, False to let it go (tests replace this method)."""
        dialog = cls(question, when, parent)
        dialog.finished.connect(
            lambda result: answered(result == QDialog.DialogCode.Accepted.value))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
