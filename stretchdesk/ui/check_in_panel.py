"""CheckInPanel: "How does your back feel?" and a 0–10 scale, answered with one key.

A strip across the session screen (on the routine's first phase) and the finish screen,
in type sized like the steps so it reads from the mat. It only shows a BackCheckIn; the
window turns the keys into answers.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from stretchdesk.core.history.check_in import LOWEST, WORST, BackCheckIn, CheckInMoment
from stretchdesk.core.words import BACK_TEN_KEY, back_answer, back_keys, back_scale
from stretchdesk.ui.type_scale import MIN_PIXELS, Role, pixel_size, sized_font

TINT = QColor("#0f766e")  # apart from every phase's colour: this is a question, not a phase
BOX_SHARE = 1.6  # a box is this many times the question's type
GAP_SHARE = 0.18  # of a box, between two boxes


class ScoreScale(QWidget):
    """The boxes 0 to 10, the answer filled in; the key for 10 is written under its box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scoreScale")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.answer: int | None = None
        self._box = 40.0
        self._font = QFont(self.font())

    def set_box(self, pixels: float, font: QFont) -> None:
        """Sizes the boxes (`pixels` wide, at most) and their digits."""
        self._box, self._font = pixels, font
        self.updateGeometry()
        self.update()

    def set_answer(self, answer: int | None) -> None:
        """Fills in box `answer` (None: none)."""
        self.answer = answer
        self.update()

    def _box_size(self) -> float:
        count = WORST - LOWEST + 1
        room = self.width() / (count + GAP_SHARE * (count - 1))
        return max(8.0, min(self._box, room))

    def _small_font(self, box: float) -> QFont:
        small = QFont(self._font)
        small.setPixelSize(max(MIN_PIXELS, round(box * 0.34)))
        return small

    def _height(self) -> int:
        """The boxes and, under the last, its key."""
        under = QFontMetricsF(self._small_font(self._box)).height()
        return round(self._box + under + 2)

    def sizeHint(self) -> QSize:
        count = WORST - LOWEST + 1
        width = self._box * (count + GAP_SHARE * (count - 1))
        return QSize(round(width), self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(round(self._box * 6), self._height())

    def paintEvent(self, event: QPaintEvent) -> None:
        box = self._box_size()
        gap = box * GAP_SHARE
        text = self.palette().color(QPalette.ColorRole.WindowText)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self._font)
        font.setPixelSize(max(MIN_PIXELS, round(box * 0.5)))
        font.setBold(True)
        small = self._small_font(box)
        under_height = QFontMetricsF(small).height() + 2
        for score in range(LOWEST, WORST + 1):
            rect = QRectF(score * (box + gap) + 1, 1, box - 2, box - 2)
            chosen = score == self.answer
            painter.setPen(QPen(TINT if chosen else text, 3 if chosen else 1.5))
            painter.setBrush(TINT if chosen else Qt.GlobalColor.transparent)
            painter.drawRoundedRect(rect, box * 0.15, box * 0.15)
            painter.setFont(font)
            painter.setPen(QColor("white") if chosen else text)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(score))
            if score == WORST:  # no key says 10: the one that does is written under it
                painter.setFont(small)
                painter.setPen(text)
                under = QRectF(0, rect.bottom() + 1, rect.right(), under_height)
                painter.drawText(under, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                                 self.tr("key {key}").format(key=BACK_TEN_KEY))


class CheckInPanel(QFrame):
    """The question, what the scale means and which keys answer it, and the scale."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkInPanel")
        self.setStyleSheet(
            f"#checkInPanel {{ background: rgba({TINT.red()}, {TINT.green()}, {TINT.blue()}, 30);"
            f" border-left: 6px solid {TINT.name()}; border-radius: 4px; }}")
        self.question_label = QLabel(self)
        self.question_label.setObjectName("checkInQuestion")
        self.hint_label = QLabel(self)
        self.hint_label.setObjectName("checkInHint")
        for label in (self.question_label, self.hint_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        self.scale = ScoreScale(self)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.question_label)
        words.addWidget(self.hint_label)
        row = QHBoxLayout(self)
        row.addLayout(words, 1)
        row.addWidget(self.scale, 0, Qt.AlignmentFlag.AlignVCenter)
        self.check_in: BackCheckIn | None = None
        self.hide()

    def show_check_in(self, check_in: BackCheckIn | None) -> None:
        """Shows `check_in` (None hides the panel)."""
        self.check_in = check_in
        if check_in is None:
            self.hide()
            return
        self.question_label.setText(check_in.question)
        parts = [back_scale(), back_answer(check_in.answer)
                 if check_in.answer is not None else back_keys()]
        if check_in.before is not None and check_in.moment is CheckInMoment.AFTER:
            parts.append(self.tr("before: {score}").format(
                score=QLocale().toString(check_in.before)))
        self.hint_label.setText("  ·  ".join(parts))
        self.scale.set_answer(check_in.answer)
        self.show()

    def set_base(self, base: float, text_scale: float = 1.0) -> None:
        """Sizes the type like the session's steps (`base`, see type_scale)."""
        pixels = pixel_size(Role.STEPS, base, text_scale)
        self.question_label.setFont(sized_font(self.font(), pixels, bold=True))
        self.hint_label.setFont(sized_font(self.font(), max(MIN_PIXELS, round(pixels * 0.75))))
        # The boxes follow the window, not the text size: larger text wants the words'
        # room, and a box's digit is already larger than the words.
        unscaled = pixel_size(Role.STEPS, base)
        self.scale.set_box(max(unscaled * BOX_SHARE, pixels * 1.25), self.font())
        margin = round(pixels * 0.5)
        layout = self.layout()
        if layout is not None:
            layout.setContentsMargins(margin + 6, round(margin * 0.6), margin,
                                      round(margin * 0.6))
            layout.setSpacing(margin)
