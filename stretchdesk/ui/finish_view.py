"""FinishView: what was done in the session, and the way back to the routines."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from stretchdesk.core.session_summary import SessionSummary
from stretchdesk.core.words import format_duration
from stretchdesk.ui.phase_banner import PhaseBanner
from stretchdesk.ui.phase_style import COMPLETE, STOPPED
from stretchdesk.ui.plain_text import show_plain
from stretchdesk.ui.type_scale import Role, base_length, pixel_size, sized_font


def format_seconds(seconds: float) -> str:
    """A hold length as a person says it: "35 s"."""
    return f"{seconds:g} s"


def _signed_seconds(seconds: float) -> str:
    sign = "+" if seconds > 0 else "\N{MINUS SIGN}"
    return f"{sign}{abs(round(seconds))} s"


class FinishView(QWidget):
    """Shows a SessionSummary: stretches done, time, holds changed or skipped.

    When holds were changed with + / −, it offers to keep the new lengths for those
    stretches next time (the K key or the button).

    Signals:
        back_requested(): the person wants the routine list again (Enter or Esc).
        remember_requested(tuple): keep these (stretch id, seconds) holds from now on.
    """

    back_requested = Signal()
    remember_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("finishView")
        self.banner = PhaseBanner(self)
        self.routine_label = QLabel(self)
        self.routine_label.setWordWrap(True)
        self._rows: dict[str, tuple[QLabel, QLabel]] = {}
        grid = QGridLayout()
        grid.setColumnStretch(2, 1)
        for row, key in enumerate(("stretches", "time", "extended", "skipped")):
            name, value = QLabel(self), QLabel(self)
            name.setObjectName(f"{key}Name")
            value.setObjectName(f"{key}Value")
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self._rows[key] = (name, value)
        self.back_button = QPushButton("Back to routines  (Enter)", self)
        self.back_button.setToolTip("Back to the routine list (Enter or Esc)")
        self.back_button.setAccessibleName("Back to routines")
        self.back_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.back_button.clicked.connect(self.back_requested)
        self.remember_label = QLabel(self)
        self.remember_label.setWordWrap(True)
        self.remember_label.setObjectName("rememberLabel")
        show_plain(self.routine_label, self.remember_label)  # a routine's and stretches' names
        self.remember_button = QPushButton("Keep these holds next time  (K)", self)
        self.remember_button.setToolTip("Use the holds you changed with + and − from now on (K)")
        self.remember_button.setAccessibleName("Keep these holds next time")
        self.remember_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.remember_button.clicked.connect(self.remember)
        self._changed: tuple[tuple[str, float], ...] = ()
        self._column = QVBoxLayout()
        self._column.addWidget(self.routine_label)
        self._column.addLayout(grid)
        self._column.addSpacing(12)
        self._column.addWidget(self.remember_label)
        self._column.addWidget(self.remember_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._column.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._column.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.banner)
        outer.addLayout(self._column, 1)
        self._grid = grid
        self._base = 0.0
        self._text_scale = 1.0

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
        changes = ", ".join(
            f"{names.get(sid, sid)} {format_seconds(sec)}" for sid, sec in self._changed
        )
        self.remember_label.setText(f"New holds: {changes}" if changes else "")
        self.remember_label.setVisible(bool(changes))
        self.remember_button.setVisible(bool(changes))
        self.remember_button.setEnabled(bool(changes))
        self.banner.show_look(COMPLETE if summary.completed else STOPPED)
        self.routine_label.setText(routine_name)
        extended = "none"
        if summary.holds_extended or summary.holds_shortened:
            parts = []
            if summary.holds_extended:
                parts.append(f"{summary.holds_extended} longer")
            if summary.holds_shortened:
                parts.append(f"{summary.holds_shortened} shorter")
            extended = ", ".join(parts) + f" ({_signed_seconds(summary.seconds_added)})"
        values = {
            "stretches": (f"{summary.stretches_done} of {summary.stretches_total}",
                          "Stretches done"),
            "time": (format_duration(summary.seconds), "Time stretching"),
            "extended": (extended, "Holds changed"),
            "skipped": (str(summary.holds_skipped) if summary.holds_skipped else "none",
                        "Holds skipped"),
        }
        for key, (value, name) in values.items():
            self._rows[key][0].setText(name)
            self._rows[key][1].setText(value)

    def remember(self) -> None:
        """Asks to keep the changed holds (once per summary)."""
        if not self._changed or not self.remember_button.isEnabled():
            return
        self.remember_requested.emit(self._changed)
        self.remember_button.setEnabled(False)
        self.remember_label.setText(self.remember_label.text().replace(
            "New holds:", "Kept for next time:", 1))

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

    def _apply_base(self, base: float) -> None:
        self._base = base
        font, scale = self.font(), self._text_scale
        self.banner.set_base(base, scale)
        self.routine_label.setFont(
            sized_font(font, pixel_size(Role.STRETCH_NAME, base, scale)))
        row_px = pixel_size(Role.STEPS, base, scale) + 4
        for name, value in self._rows.values():
            name.setFont(sized_font(font, row_px))
            value.setFont(sized_font(font, row_px, bold=True))
        caption = pixel_size(Role.CAPTION, base, scale)
        for widget in (self.back_button, self.remember_label, self.remember_button):
            widget.setFont(sized_font(font, caption))
        self.remember_button.setMinimumHeight(round(caption * 2.2))
        self.back_button.setMinimumHeight(round(caption * 2.2))
        margin = round(base * 0.05)
        self._column.setContentsMargins(margin, margin, margin, margin)
        self._column.setSpacing(round(base * 0.03))
        self._grid.setHorizontalSpacing(round(base * 0.05))
        self._grid.setVerticalSpacing(round(base * 0.015))
