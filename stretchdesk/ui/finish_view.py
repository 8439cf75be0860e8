"""FinishView: what was done in the session, and the way back to the routines."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stretchdesk.core.history.check_in import BackCheckIn
from stretchdesk.core.session_summary import SessionSummary
from stretchdesk.core.words import format_duration
from stretchdesk.ui.check_in_panel import CheckInPanel
from stretchdesk.ui.phase_banner import PhaseBanner
from stretchdesk.ui.phase_style import COMPLETE, STOPPED
from stretchdesk.ui.plain_text import show_plain
from stretchdesk.ui.type_scale import Role, base_length, pixel_size, sized_font

SMALLEST_SCALE = 0.6  # the type shrinks to fit the screen, never below this share


def _seconds_text(number: str) -> str:
    return QCoreApplication.translate("FinishView", "{seconds} s").format(seconds=number)


def format_seconds(seconds: float) -> str:
    """A hold length as a person says it: "35 s" (the number as the language writes it)."""
    return _seconds_text(QLocale().toString(float(seconds), "g", 6))


def _signed_seconds(seconds: float) -> str:
    sign = "+" if seconds > 0 else "\N{MINUS SIGN}"
    return sign + _seconds_text(QLocale().toString(abs(round(seconds))))


class FinishView(QWidget):
    """Shows a SessionSummary: stretches done, time, holds changed or skipped.

    When holds were changed with + / −, it offers to keep the new lengths for those
    stretches next time (the K key or the button). With the history, it shows today's
    minutes and streak, the back question after the routine, and a way to the history.

    Signals:
        back_requested(): the person wants the routine list again (Enter or Esc).
        remember_requested(tuple): keep these (stretch id, seconds) holds from now on.
        history_requested(): the person wants the history screen (H).
    """

    back_requested = Signal()
    remember_requested = Signal(object)
    history_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("finishView")
        self.banner = PhaseBanner(self)
        self.routine_label = QLabel(self)
        self.routine_label.setWordWrap(True)
        self._rows: dict[str, tuple[QLabel, QLabel]] = {}
        grid = QGridLayout()
        grid.setColumnStretch(2, 1)
        for row, key in enumerate(("stretches", "time", "extended", "skipped", "today")):
            name, value = QLabel(self), QLabel(self)
            name.setObjectName(f"{key}Name")
            value.setObjectName(f"{key}Value")
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self._rows[key] = (name, value)
        self.back_button = QPushButton(self.tr("Back to routines  (Enter)"), self)
        self.back_button.setToolTip(self.tr("Back to the routine list (Enter or Esc)"))
        self.back_button.setAccessibleName(self.tr("Back to routines"))
        self.back_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.back_button.clicked.connect(self.back_requested)
        self.remember_label = QLabel(self)
        self.remember_label.setWordWrap(True)
        self.remember_label.setObjectName("rememberLabel")
        show_plain(self.routine_label, self.remember_label)  # a routine's and stretches' names
        self.remember_button = QPushButton(self.tr("Keep these holds next time  (K)"), self)
        self.remember_button.setToolTip(
            self.tr("Use the holds you changed with + and − from now on (K)"))
        self.remember_button.setAccessibleName(self.tr("Keep these holds next time"))
        self.remember_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.remember_button.clicked.connect(self.remember)
        self.history_button = QPushButton(self.tr("History  (H)"), self)
        self.history_button.setToolTip(
            self.tr("Your streak, minutes and back scores over time (H)"))
        self.history_button.setAccessibleName(self.tr("History"))
        self.history_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.history_button.clicked.connect(self.history_requested)
        self.check_in = CheckInPanel(self)  # how the back feels after the routine
        self._changed: tuple[tuple[str, float], ...] = ()
        self._changes = ""  # the changed holds, in words
        self._column = QVBoxLayout()
        self._column.addWidget(self.routine_label)
        self._column.addLayout(grid)
        self._column.addSpacing(12)
        self._column.addWidget(self.check_in)
        self._column.addWidget(self.remember_label)
        buttons = QHBoxLayout()  # one row: the screen has the back question to hold too
        buttons.addWidget(self.remember_button)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)
        self._column.addLayout(buttons)
        self._column.addStretch(1)
        self._buttons = buttons
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.banner)
        outer.addLayout(self._column, 1)
        self._grid = grid
        self._base = 0.0
        self._text_scale = 1.0
        self.show_today(None)

    @property
    def title(self) -> str:
        """The headline: "Routine complete" or "Stopped early"."""
        return self.banner.phase_word

    def value_text(self, key: str) -> str:
        """The value shown on row `key` (stretches, time, extended, skipped)."""
        return self._rows[key][1].text()

    def show_summary(
        self,
        summary: SessionSummary,
        routine_name: str,
        stretch_names: Mapping[str, str] | None = None,
    ) -> None:
        """Shows `summary` of a session of `routine_name`."""
        names = stretch_names or {}
        self._changed = summary.changed_holds
        changes = self._changes = ", ".join(
            self.tr("{stretch} {seconds}").format(stretch=names.get(sid, sid),
                                                  seconds=format_seconds(sec))
            for sid, sec in self._changed
        )
        self.remember_label.setText(self.tr("New holds: {holds}").format(holds=changes)
                                    if changes else "")
        self.remember_label.setVisible(bool(changes))
        self.remember_button.setVisible(bool(changes))
        self.remember_button.setEnabled(bool(changes))
        self.banner.show_look(COMPLETE if summary.completed else STOPPED)
        self.routine_label.setText(routine_name)
        number = QLocale().toString
        extended = self.tr("none", "holds changed")
        if summary.holds_extended or summary.holds_shortened:
            parts = []
            if summary.holds_extended:
                parts.append(self.tr("%n longer", "", summary.holds_extended))
            if summary.holds_shortened:
                parts.append(self.tr("%n shorter", "", summary.holds_shortened))
            extended = self.tr("{changes} ({seconds})").format(
                changes=", ".join(parts), seconds=_signed_seconds(summary.seconds_added))
        values = {
            "stretches": (self.tr("{done} of {total}").format(
                done=number(summary.stretches_done), total=number(summary.stretches_total)),
                self.tr("Stretches done")),
            "time": (format_duration(summary.seconds), self.tr("Time stretching")),
            "extended": (extended, self.tr("Holds changed")),
            "skipped": (number(summary.holds_skipped) if summary.holds_skipped
                        else self.tr("none", "holds skipped"), self.tr("Holds skipped")),
        }
        for key, (value, name) in values.items():
            self._rows[key][0].setText(name)
            self._rows[key][1].setText(value)
        self._refit()

    def show_today(self, today: tuple[float, int] | None) -> None:
        """Shows today's minutes and the current streak in days (None: no history)."""
        for label in self._rows["today"]:
            label.setVisible(today is not None)
        if today is not None:
            minutes, streak = today
            self._rows["today"][0].setText(self.tr("Today"))
            text = (self.tr("{minutes} min  ·  a %n-day streak", "", streak) if streak > 1 else
                    self.tr("{minutes} min  ·  your streak begins") if streak else
                    self.tr("{minutes} min  ·  no streak yet"))
            self._rows["today"][1].setText(text.format(minutes=QLocale().toString(round(minutes))))
        self._refit()

    def remember(self) -> None:
        """Asks to keep the changed holds (once per summary)."""
        if not self._changed or not self.remember_button.isEnabled():
            return
        self.remember_requested.emit(self._changed)
        self.remember_button.setEnabled(False)
        self.remember_label.setText(
            self.tr("Kept for next time: {holds}").format(holds=self._changes))

    def set_text_scale(self, scale: float) -> None:
        """Makes the summary's text `scale` times its size (a setting)."""
        if abs(scale - self._text_scale) > 1e-6:
            self._text_scale = scale
            if self._base:
                self._apply_base(self._base)

    def resizeEvent(self, event: QResizeEvent) -> None:
        base = base_length(event.size().width(), event.size().height())
        if abs(base - self._base) >= 1:
            self._apply_base(base)
        super().resizeEvent(event)

    def show_check_in(self, check_in: BackCheckIn | None) -> None:
        """Shows the back question after the routine (None: none)."""
        self.check_in.show_check_in(check_in)
        self._refit()

    def _refit(self) -> None:
        """Sizes the type again: what the screen holds has changed."""
        if self._base:
            self._apply_base(self._base)

    def _apply_base(self, base: float) -> None:
        """Type for a window of `base` (type_scale), at the person's text size, or smaller
        where all the screen holds would not fit at that size."""
        self._base = base
        scale = self._text_scale
        while True:
            self._size_type(base, scale)
            if scale <= SMALLEST_SCALE or self._fits():
                return
            scale = max(SMALLEST_SCALE, scale * 0.9)

    def _fits(self) -> bool:
        layout = self.layout()
        if layout is None or self.height() <= 0:
            return True
        layout.invalidate()
        width = self.width()
        need = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
                else layout.totalSizeHint().height())
        margins = self._column.contentsMargins()
        room = width - margins.left() - margins.right()
        shown = [b for b in (self.remember_button, self.back_button, self.history_button)
                 if not b.isHidden()]
        row = sum(b.sizeHint().width() for b in shown) + self._buttons.spacing() * len(shown)
        return need <= self.height() and row <= room

    def _size_type(self, base: float, scale: float) -> None:
        font = self.font()
        self.banner.set_base(base, scale)
        self.routine_label.setFont(
            sized_font(font, pixel_size(Role.STRETCH_NAME, base, scale)))
        row_px = pixel_size(Role.STEPS, base, scale) + 4
        for name, value in self._rows.values():
            name.setFont(sized_font(font, row_px))
            value.setFont(sized_font(font, row_px, bold=True))
        caption = pixel_size(Role.CAPTION, base, scale)
        for widget in (self.back_button, self.remember_label, self.remember_button,
                       self.history_button):
            widget.setFont(sized_font(font, caption))
        for button in (self.remember_button, self.back_button, self.history_button):
            button.setMinimumHeight(round(caption * 2.2))
        self.check_in.set_base(base, scale)
        margin = round(base * 0.05)
        self._column.setContentsMargins(margin, margin, margin, margin)
        self._column.setSpacing(round(base * 0.03))
        self._grid.setHorizontalSpacing(round(base * 0.05))
        self._grid.setVerticalSpacing(round(base * 0.015))
