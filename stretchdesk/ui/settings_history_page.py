"""The History page: the back check-in, the weekly goal and the rest days (issue 17)."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from stretchdesk.core.settings import Settings, Weekday
from stretchdesk.core.settings_schema import BOUNDS
from stretchdesk.translation_marks import QT_TRANSLATE_NOOP
from stretchdesk.ui.settings_page import (
    MINUTES,
    BoundedSpinBox,
    Change,
    SettingsPage,
    day_name,
    hint,
    set_field,
)

CHECK_IN_TEXT = QT_TRANSLATE_NOOP("HistoryPage",
                                  "As&k how my back feels before and after each routine")
CHECK_IN_HINT = QT_TRANSLATE_NOOP(
    "HistoryPage",
    "From 0 (no pain) to 10 (the worst), with one key: the question shows on the first "
    "Starting position and on the finish screen, and never holds the routine up. The "
    "history screen charts the answers.")
GOAL_HINT = QT_TRANSLATE_NOOP(
    "HistoryPage",
    "Minutes of stretching a week; the history screen shows how this week is going.")
REST_HINT = QT_TRANSLATE_NOOP(
    "HistoryPage", "A rest day never breaks your streak, and a routine on one still counts.")


class HistoryPage(SettingsPage):
    """Whether to ask how the back feels, the weekly goal in minutes, and the rest days."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)

        check_box = QGroupBox(self.tr("Back check-in"), self)
        check_layout = QVBoxLayout(check_box)
        self.back_check_in = QCheckBox(self.tr(CHECK_IN_TEXT), check_box)
        check_layout.addWidget(self.back_check_in)
        check_layout.addWidget(hint(self.tr(CHECK_IN_HINT), check_box))
        layout.addWidget(check_box)

        goal_box = QGroupBox(self.tr("Progress"), self)
        form = QFormLayout(goal_box)
        self.weekly_goal = BoundedSpinBox(BOUNDS["weekly_goal_minutes"], suffix=MINUTES, step=10,
                                          parent=goal_box)
        self.weekly_goal.setSpecialValueText(self.tr("No goal"))  # 0 minutes
        self.weekly_goal.setAccessibleName(self.tr("Weekly goal in minutes"))
        goal_label = QLabel(self.tr("Weekly &goal:"), goal_box)
        goal_label.setBuddy(self.weekly_goal)
        goal_row = QHBoxLayout()
        goal_row.addWidget(self.weekly_goal)
        goal_row.addWidget(hint(self.tr(GOAL_HINT), goal_box), 1)
        form.addRow(goal_label, goal_row)
        days_row = QHBoxLayout()
        self.rest_days: dict[Weekday, QCheckBox] = {}
        for day in Weekday:
            box = QCheckBox(day_name(day), goal_box)
            box.setAccessibleName(self.tr("Rest day: {day}").format(
                day=day_name(day, QLocale.FormatType.LongFormat)))
            box.toggled.connect(lambda _on: self.report(self._rest_days_change()))
            days_row.addWidget(box)
            self.rest_days[day] = box
        days_row.addStretch(1)
        form.addRow(self.tr("Rest days:"), days_row)
        form.addRow(hint(self.tr(REST_HINT), goal_box))
        layout.addWidget(goal_box)
        layout.addStretch(1)

        self.back_check_in.toggled.connect(
            lambda on: self.report(set_field("back_check_in", on)))
        self.weekly_goal.valueChanged.connect(
            lambda value: self.report(set_field("weekly_goal_minutes", value)))

    def show_settings(self, settings: Settings) -> None:
        """Shows the check-in, the goal and the rest days."""
        self.back_check_in.setChecked(settings.back_check_in)
        self.weekly_goal.setValue(settings.weekly_goal_minutes)
        for day, box in self.rest_days.items():
            box.setChecked(day in settings.rest_days)

    def _rest_days_change(self) -> Change:
        days = frozenset(day for day, box in self.rest_days.items() if box.isChecked())
        return set_field("rest_days", days)
