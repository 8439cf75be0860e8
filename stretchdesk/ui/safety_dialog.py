"""The warning signs: when to see a doctor instead of stretching, and that the app is not
medical advice. Shown once at first start (see first_start.py) and from the picker (W)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from stretchdesk.core.safety import SafetyNotes
from stretchdesk.ui.reading_text import BulletList, font_at, plain_label, reading_pixels

FIRST_START_HEADING = str(QT_TRANSLATE_NOOP("SafetyDialog", "Welcome to StretchDesk"))
FIRST_START_INTRO = str(QT_TRANSLATE_NOOP(
    "SafetyDialog", "Please read this once before your first stretch."))
HEADING = str(QT_TRANSLATE_NOOP("SafetyDialog", "Warning signs"))
AGAIN_HINT = str(QT_TRANSLATE_NOOP(
    "SafetyDialog", "You can read this again at any time: press W in the routine list."))
READ_IT = str(QT_TRANSLATE_NOOP("SafetyDialog", "I have read this"))
CLOSE = str(QT_TRANSLATE_NOOP("SafetyDialog", "Close"))
WIDTH_IN_LINES = 44  # the dialog's width, in body text sizes: about 80 characters a line
SHARE_OF_WINDOW = 0.92  # at most this much of the window it opens over


def _tr(text: str) -> str:
    """One of the constants above, in the language of the run."""
    return QCoreApplication.translate("SafetyDialog", text)


class SafetyDialog(QDialog):
    """The red flags ("see a doctor now"), the notes about positions the routines use
    (lying on the back in later pregnancy), and the "not medical advice" note.

    At first start the person confirms it with "I have read this" (accepted); from the
    picker the same words have a Close button. Everything scrolls when it does not fit.
    """

    def __init__(self, notes: SafetyNotes, also: tuple[str, Sequence[str]] | None = None, *,
                 first_start: bool = False, text_scale: float = 1.0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyDialog")
        self.setWindowTitle(_tr(HEADING))
        self.first_start = first_start
        self.heading = plain_label(_tr(FIRST_START_HEADING if first_start else HEADING), self)
        self.intro = plain_label(_tr(FIRST_START_INTRO), self)
        self.intro.setVisible(first_start)

        body = QWidget(self)
        self.flags_heading = plain_label(notes.red_flags_heading, body, "redFlagsHeading")
        self.signs = BulletList(notes.red_flags, body)
        self.signs.setObjectName("redFlags")
        self.why = plain_label(notes.red_flags_why, body)
        also_heading, also_notes = also if also and also[1] else ("", ())
        self.also_heading = plain_label(also_heading, body)
        self.also = BulletList(also_notes, body)
        self.also_heading.setVisible(bool(also_notes))
        self.also.setVisible(bool(also_notes))
        self.not_advice = plain_label(notes.not_medical_advice, body, "notMedicalAdvice")
        self.not_advice.setFrameShape(QFrame.Shape.StyledPanel)
        column = self._column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.flags_heading, self.signs, self.why, self.also_heading, self.also,
                       self.not_advice):
            column.addWidget(widget)
        column.addStretch(1)
        self.body = body
        self.body_scroll = QScrollArea(self)
        self.body_scroll.setAccessibleName(_tr(HEADING))
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body_scroll.setWidget(body)

        self.hint = plain_label(_tr(AGAIN_HINT) if first_start else "", self)
        self.hint.setVisible(first_start)
        buttons = QDialogButtonBox(self)
        self.confirm_button: QPushButton = buttons.addButton(
            _tr(READ_IT if first_start else CLOSE), QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout = self._layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.body_scroll, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self._size_for(parent, text_scale)
        self.body_scroll.setFocus()  # arrows and Page Up/Down scroll, Enter confirms

    @property
    def signs_shown(self) -> tuple[str, ...]:
        """The warning signs listed."""
        return self.signs.items

    @property
    def also_shown(self) -> tuple[str, ...]:
        """The notes about the routines' positions, when they apply (else empty)."""
        return self.also.items if self.also.isVisibleTo(self) else ()

    def _size_for(self, parent: QWidget | None, text_scale: float) -> None:
        """Type sized for the window it opens over; as wide as reads well, as tall as fits."""
        window = parent.window() if parent is not None else None
        room = window.size() if window is not None else QSize(1280, 800)
        pixels = reading_pixels(room.width(), room.height(), text_scale)
        font = self.font()
        self.setFont(font_at(font, pixels))
        self.heading.setFont(font_at(font, round(pixels * 1.4), bold=True))
        for label in (self.flags_heading, self.also_heading):
            label.setFont(font_at(font, pixels, bold=True))
        for bullets in (self.signs, self.also):
            bullets.set_pixel_size(pixels)
        for label in (self.intro, self.why, self.not_advice, self.hint):
            label.setFont(font_at(font, pixels))
        self.not_advice.setMargin(round(pixels * 0.6))
        self._column.setSpacing(round(pixels * 0.7))
        width = min(round(room.width() * SHARE_OF_WINDOW), pixels * WIDTH_IN_LINES)
        bar = self.body_scroll.verticalScrollBar().sizeHint().width()
        margins = self._layout.contentsMargins()
        inner = width - margins.left() - margins.right() - bar
        # The rest of the dialog, the body at its width, and a line to spare for rounding.
        wanted = self.sizeHint().height() - self.body_scroll.sizeHint().height() \
            + self._column.heightForWidth(inner) + pixels
        self.resize(width, min(wanted, round(room.height() * SHARE_OF_WINDOW)))

