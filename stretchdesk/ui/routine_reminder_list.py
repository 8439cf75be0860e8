"""The list of routine reminders on the Reminders page: add, remove, and edit the one chosen.

Each line reads as a sentence ("Morning stiffness at 07:30 on weekdays") with a tick box
that switches it on or off; below the list, the chosen reminder's routine, time of day
and days. A reminder always keeps at least one day, and two identical reminders are
never made: the list never holds what the settings file would refuse.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import time

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from stretchdesk.core.reminders.settings import (
    MAX_ROUTINE_REMINDERS,
    WEEKDAYS,
    RoutineReminder,
    Weekday,
    days_phrase,
)
from stretchdesk.ui.settings_page import day_name, hint

__all__ = ["RoutineReminderList", "reminder_line"]

_FIRST_TIME = time(7, 30)


def reminder_line(reminder: RoutineReminder, name: str) -> str:
    """A reminder as the list shows it."""
    return QCoreApplication.translate("RoutineReminderList", "{routine} at {time} {days}").format(
        routine=name, time=f"{reminder.at:%H:%M}", days=days_phrase(reminder.days))


def missing_routine(routine_id: str) -> str:
    """How a reminder names a routine since deleted."""
    return QCoreApplication.translate("RoutineReminderList", "{routine} (not found)").format(
        routine=routine_id)


class RoutineReminderList(QWidget):
    """Routine reminders, edited in place.

    Signals: `edited(tuple)`, the whole new tuple of RoutineReminder after each change.
    """

    edited = Signal(tuple)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reminders: tuple[RoutineReminder, ...] = ()
        self._names: Mapping[str, str] = {}
        self._filling = False
        self.model = QStandardItemModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Routine reminders"))
        # Room for five reminders (a person sets a handful; more scroll): the page's other
        # settings stay in sight.
        line = self.view.fontMetrics().height() + 6
        self.view.setMinimumHeight(3 * line)
        self.view.setMaximumHeight(5 * line + 8)
        self.add = QPushButton(self.tr("Add a remi&nder"), self)
        self.remove = QPushButton(self.tr("Remo&ve"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)

        self.routine = QComboBox(self)
        self.at = QTimeEdit(self)
        self.at.setDisplayFormat("HH:mm")
        self.at.setKeyboardTracking(False)  # a typed time counts once it is complete
        self.days: dict[Weekday, QCheckBox] = {}
        day_row = QHBoxLayout()
        for day in Weekday:
            box = QCheckBox(day_name(day), self)
            box.setAccessibleName(day_name(day, QLocale.FormatType.LongFormat))
            self.days[day] = box
            day_row.addWidget(box)
            box.toggled.connect(self._on_days)
        day_row.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        routine_label = QLabel(self.tr("R&outine:"), self)
        routine_label.setBuddy(self.routine)
        at_label = QLabel(self.tr("Time o&f day:"), self)
        at_label.setBuddy(self.at)
        form.addRow(routine_label, self.routine)
        form.addRow(at_label, self.at)
        form.addRow(self.tr("Days:"), day_row)
        self.problem = hint("", self)
        self.problem.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addLayout(form)
        layout.addWidget(self.problem)

        self.add.clicked.connect(self._on_add)
        self.remove.clicked.connect(self._on_remove)
        self.model.itemChanged.connect(self._on_ticked)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._show_chosen())
        self.routine.currentIndexChanged.connect(lambda _: self._on_routine())
        self.at.timeChanged.connect(lambda _: self._on_time())
        self._show_chosen()

    @property
    def chosen(self) -> int:
        """The row of the reminder being edited, or -1."""
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def show_reminders(self, reminders: tuple[RoutineReminder, ...],
                       names: Mapping[str, str]) -> None:
        """Shows `reminders`; `names` gives each routine's name by id (library order)."""
        row = self.chosen
        self._reminders, self._names = reminders, names
        self._filling = True
        try:
            # Rows are updated in place: this may run inside the model's own itemChanged.
            self.model.setRowCount(len(reminders))
            for i, reminder in enumerate(reminders):
                item = self.model.item(i)
                if item is None:
                    item = QStandardItem()
                    item.setCheckable(True)
                    item.setEditable(False)
                    self.model.setItem(i, item)
                item.setText(reminder_line(reminder, self._name(reminder.routine_id)))
                item.setCheckState(_ticked(reminder.enabled))
            self.routine.clear()
            for rid, name in names.items():
                self.routine.addItem(name, rid)
            for reminder in reminders:  # a routine since deleted stays named
                if self.routine.findData(reminder.routine_id) < 0:
                    self.routine.addItem(missing_routine(reminder.routine_id),
                                         reminder.routine_id)
        finally:
            self._filling = False
        if reminders:
            self.view.setCurrentIndex(self.model.index(min(max(row, 0), len(reminders) - 1), 0))
        self.add.setEnabled(bool(names) and len(reminders) < MAX_ROUTINE_REMINDERS)
        self._show_chosen()

    def _name(self, routine_id: str) -> str:
        name = self._names.get(routine_id)
        return name if name is not None else missing_routine(routine_id)

    def _show_chosen(self) -> None:
        row = self.chosen
        editing = 0 <= row < len(self._reminders)
        for widget in (self.routine, self.at, self.remove, *self.days.values()):
            widget.setEnabled(editing)
        if not editing:
            return
        reminder = self._reminders[row]
        self._filling = True
        try:
            self.routine.setCurrentIndex(self.routine.findData(reminder.routine_id))
            self.at.setTime(QTime(reminder.at.hour, reminder.at.minute))
            for day, box in self.days.items():
                box.setChecked(day in reminder.days)
        finally:
            self._filling = False

    def _change(self, row: int, new: RoutineReminder) -> None:
        """Puts `new` in place of the reminder at `row`, unless it repeats another one."""
        if any(i != row and r.key == new.key for i, r in enumerate(self._reminders)):
            self.problem.setText(self.tr("That reminder is in the list already."))
            self.problem.show()
            self._show_chosen()
            return
        self.problem.hide()
        reminders = list(self._reminders)
        reminders[row] = new
        self.edited.emit(tuple(reminders))

    def _edit(self, **changes: object) -> None:
        row = self.chosen
        if self._filling or not 0 <= row < len(self._reminders):
            return
        old = self._reminders[row]
        values: dict[str, object] = {"routine_id": old.routine_id, "at": old.at,
                                     "days": old.days, "enabled": old.enabled, **changes}
        self._change(row, RoutineReminder(**values))  # type: ignore[arg-type]

    def _on_routine(self) -> None:
        routine_id = self.routine.currentData()
        if isinstance(routine_id, str):
            self._edit(routine_id=routine_id)

    def _on_time(self) -> None:
        chosen = self.at.time()
        self._edit(at=time(chosen.hour(), chosen.minute()))

    def _on_days(self) -> None:
        if self._filling:
            return
        days = frozenset(day for day, box in self.days.items() if box.isChecked())
        if not days:  # a reminder needs a day: the last one cannot be taken away
            self._show_chosen()
            return
        self._edit(days=days)

    def _on_ticked(self, item: QStandardItem) -> None:
        if self._filling:
            return
        row = item.row()
        old = self._reminders[row]
        enabled = item.checkState() == _ticked(True)
        if enabled != old.enabled:
            self.view.setCurrentIndex(item.index())
            self._edit(enabled=enabled)

    def _on_add(self) -> None:
        routine_id = next(iter(self._names))
        taken = {r.key for r in self._reminders}
        at = _FIRST_TIME
        for hour in range(24):  # the first time from 07:30 on, hour by hour, not yet used
            at = time((_FIRST_TIME.hour + hour) % 24, _FIRST_TIME.minute)
            if RoutineReminder(routine_id, at, WEEKDAYS).key not in taken:
                break
        self.problem.hide()
        self.edited.emit((*self._reminders, RoutineReminder(routine_id, at, WEEKDAYS)))
        # The page has shown the new list by now: choose the new reminder to edit it.
        self.view.setCurrentIndex(self.model.index(len(self._reminders) - 1, 0))
        self.routine.setFocus()

    def _on_remove(self) -> None:
        row = self.chosen
        if 0 <= row < len(self._reminders):
            self.problem.hide()
            self.edited.emit(self._reminders[:row] + self._reminders[row + 1:])


def _ticked(on: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
