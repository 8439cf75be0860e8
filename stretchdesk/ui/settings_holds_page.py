"""The Holds page: the person's level, where hold lengths come from, and each stretch's hold."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from stretchdesk.core.model import Level, Library
from stretchdesk.core.settings import HoldMode, Settings
from stretchdesk.core.settings_schema import HOLD_BOUNDS, forget_hold, remember_hold
from stretchdesk.ui.settings_hold_table import HoldTable, level_name
from stretchdesk.ui.settings_page import (
    SECONDS,
    BoundedSpinBox,
    SettingsPage,
    hint,
    set_field,
)


class HoldsPage(SettingsPage):
    """Level, follow-the-level or one fixed hold, and the per-stretch hold table."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        self.level = QComboBox(self)
        for level in Level:
            self.level.addItem(level_name(level), level)
        self.level_hint = hint("", self)
        level_row = QHBoxLayout()
        level_row.addWidget(self.level)
        level_row.addWidget(self.level_hint, 1)
        level_label = QLabel(self.tr("&Level:"), self)
        level_label.setBuddy(self.level)
        form.addRow(level_label, level_row)

        self.follow_level = QRadioButton(self.tr("&Follow the level"), self)
        self.fixed_hold = QRadioButton(self.tr("Same length for &every stretch:"), self)
        self.fixed_seconds = BoundedSpinBox(HOLD_BOUNDS, suffix=SECONDS, step=5, parent=self)
        self.fixed_seconds.setAccessibleName(self.tr("Hold length for every stretch"))
        self._mode = QButtonGroup(self)
        self._mode.addButton(self.follow_level)
        self._mode.addButton(self.fixed_hold)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.follow_level)
        mode_row.addSpacing(16)
        mode_row.addWidget(self.fixed_hold)
        mode_row.addWidget(self.fixed_seconds)
        mode_row.addStretch(1)
        form.addRow(self.tr("Hold length:"), mode_row)

        self.table = HoldTable(tuple(library.stretches.values()))
        scroll = QScrollArea(self)
        scroll.setWidget(self.table)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        # Tab goes straight from the controls above into the first stretch's hold; the
        # scroll area keeps the focused row in view.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(scroll, 1)
        layout.addWidget(hint(self.tr(
            "Change a stretch's hold to make it your own; Reset gives it back to the setting "
            "above. A routine that sets its own hold for a stretch still uses that."), self))

        self.level.currentIndexChanged.connect(
            lambda _: self.report(set_field("level", self.level.currentData())))
        self.follow_level.toggled.connect(self._on_mode)
        self.fixed_seconds.valueChanged.connect(
            lambda _: self.report(set_field("hold_seconds", self.fixed_seconds.setting())))
        self.table.hold_edited.connect(
            lambda sid, seconds: self.report(lambda s: remember_hold(s, sid, seconds)))
        self.table.hold_reset.connect(lambda sid: self.report(lambda s: forget_hold(s, sid)))

    def show_settings(self, settings: Settings) -> None:
        """Shows the level, the hold mode and every stretch's hold."""
        self.level.setCurrentIndex(self.level.findData(settings.level))
        self.level_hint.setText(self._level_summary(settings.level))
        fixed = settings.hold_mode is HoldMode.FIXED
        (self.fixed_hold if fixed else self.follow_level).setChecked(True)
        self.fixed_seconds.set_setting(settings.hold_seconds)
        self.fixed_seconds.setEnabled(fixed)
        self.table.show_settings(settings)

    def _on_mode(self) -> None:
        mode = HoldMode.LEVEL if self.follow_level.isChecked() else HoldMode.FIXED
        self.fixed_seconds.setEnabled(mode is HoldMode.FIXED)
        self.report(set_field("hold_mode", mode))

    def _level_summary(self, level: Level) -> str:
        """What `level` means across the library, e.g. "holds of 15–45 s, 2–3 times"."""
        stretches = self._library.stretches.values()
        holds = [s.hold_for(level) for s in stretches if level in s.hold_seconds]
        reps = [s.reps_for(level) for s in stretches if level in s.reps]
        if not holds or not reps:
            return ""
        hold_span = _span(min(holds), max(holds))
        reps_span = _span(min(reps), max(reps))
        return self.tr("Holds of {holds} s, {reps} times per side; each stretch is below.",
                       "", max(reps)).format(holds=hold_span, reps=reps_span)


def _span(low: float, high: float) -> str:
    locale = QLocale()
    return (locale.toString(float(low)) if low == high
            else f"{locale.toString(float(low))}–{locale.toString(float(high))}")
