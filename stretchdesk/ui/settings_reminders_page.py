"""The Reminders page: routines at set times, the desk break, starting at login, the tray.

Beside the choices it says what this desktop offers: where time away from the keyboard
is read from (or that the desk-break count uses wall time), how a reminder appears,
and, where there is no tray, why reminders need the window open. Starting at login
writes or removes the autostart entry the moment it is ticked, and says so if it cannot.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from stretchdesk.core.limits import Bounds
from stretchdesk.core.model import Library
from stretchdesk.core.reminders.settings import (
    AFTER_MINUTES,
    IDLE_RESET_MINUTES,
    ReminderSettings,
    RoutineReminder,
)
from stretchdesk.core.settings import Settings
from stretchdesk.ui.routine_reminder_list import RoutineReminderList, missing_routine
from stretchdesk.ui.settings_page import (
    MINUTES,
    BoundedSpinBox,
    SettingsPage,
    hint,
    name_order,
)

if TYPE_CHECKING:
    from stretchdesk.ui.reminder_desktop import ReminderDesktop

__all__ = ["LoginStart", "RemindersPage"]

LoginStart = Callable[[bool], "str | None"]


def _reminders(change: Callable[[ReminderSettings], ReminderSettings]) -> Callable[
        [Settings], Settings]:
    """A Settings change that changes only the reminders."""
    return lambda settings: replace(settings, reminders=change(settings.reminders))


def _desk(**values: Any) -> Callable[[Settings], Settings]:
    return _reminders(lambda r: replace(r, desk_break=replace(r.desk_break, **values)))


class RemindersPage(SettingsPage):
    """Every reminder setting, and what the desktop offers them.

    `login_start(wanted)` writes or removes the autostart entry and returns what went
    wrong (or None); `set_desktop` fills in what the desktop offers, once it is known.
    """

    def __init__(self, library: Library, login_start: LoginStart,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._login_start = login_start
        order = name_order()
        self._names = {rid: r.name for rid, r in sorted(library.routines.items(),
                                                         key=lambda item: order(item[1].name))}
        inner = QWidget(self)
        layout = QVBoxLayout(inner)

        desk = QGroupBox(self.tr("A break from the desk"), inner)
        desk_form = QFormLayout(desk)
        self.desk_enabled = QCheckBox(self.tr("Remind me to take a desk &break"), desk)
        desk_form.addRow(self.desk_enabled)
        self.after = BoundedSpinBox(Bounds(AFTER_MINUTES.low, AFTER_MINUTES.high), suffix=MINUTES,
                                    step=5, parent=desk)
        self.after.setAccessibleName(self.tr("Minutes of use before the desk-break reminder"))
        self.desk_routine = QComboBox(desk)
        for rid, name in self._names.items():
            self.desk_routine.addItem(name, rid)
        self.idle_reset = BoundedSpinBox(Bounds(IDLE_RESET_MINUTES.low, IDLE_RESET_MINUTES.high),
                                         suffix=MINUTES, parent=desk)
        self.idle_reset.setAccessibleName(self.tr("Time away that counts as a break"))
        self.idle_note = hint("", desk)
        for text, field, words in (
            (self.tr("&After:"), self.after, self.tr("of use at the computer")),
            (self.tr("Ro&utine:"), self.desk_routine, self.tr("opened by the reminder")),
            (self.tr("Time a&way that counts as a break:"), self.idle_reset,
             self.tr("without keyboard or mouse")),
        ):
            label = QLabel(text, desk)
            label.setBuddy(field)
            row = QHBoxLayout()
            row.addWidget(field)
            row.addWidget(hint(words, desk), 1)
            desk_form.addRow(label, row)
        desk_form.addRow(self.idle_note)
        layout.addWidget(desk)

        timed = QGroupBox(self.tr("Routines at set times"), inner)
        timed_layout = QVBoxLayout(timed)
        self.routines = RoutineReminderList(timed)
        timed_layout.addWidget(self.routines)
        layout.addWidget(timed)

        background = QGroupBox(self.tr("Waiting in the background"), inner)
        background_layout = QVBoxLayout(background)
        self.start_at_login = QCheckBox(
            self.tr("Start StretchDesk when I &log in (quietly, in the tray)"), background)
        self.login_problem = hint("", background)
        self.login_problem.hide()
        self.close_to_tray = QCheckBox(
            self.tr("&Keep StretchDesk in the tray when its window is closed while reminders "
                    "are on"),
            background)
        self.tray_note = hint("", background)
        self.shown_note = hint("", background)
        for widget in (self.start_at_login, self.login_problem, self.close_to_tray,
                       self.tray_note, self.shown_note):
            background_layout.addWidget(widget)
        layout.addWidget(background)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        QVBoxLayout(self).addWidget(scroll)
        self.set_desktop(None)

        self.desk_enabled.toggled.connect(lambda on: self.report(_desk(enabled=on)))
        self.after.valueChanged.connect(lambda v: self.report(_desk(after_minutes=v)))
        self.idle_reset.valueChanged.connect(lambda v: self.report(_desk(idle_reset_minutes=v)))
        self.desk_routine.currentIndexChanged.connect(lambda _: self._on_desk_routine())
        self.routines.edited.connect(self._on_routines)
        self.start_at_login.toggled.connect(self._on_login)
        self.close_to_tray.toggled.connect(
            lambda on: self.report(_reminders(lambda r: replace(r, close_to_tray=on))))

    def set_desktop(self, desktop: ReminderDesktop | None) -> None:
        """Says what the desktop offers, or nothing while it is not known yet."""
        for label, text in ((self.idle_note, desktop.idle_words if desktop else ""),
                            (self.tray_note, desktop.tray_words if desktop else ""),
                            (self.shown_note, desktop.shown_words if desktop else "")):
            label.setText(text)
            label.setVisible(bool(text))
        self.close_to_tray.setEnabled(desktop is None or desktop.tray)

    def show_settings(self, settings: Settings) -> None:
        """Shows the reminder settings."""
        reminders = settings.reminders
        desk = reminders.desk_break
        self.desk_enabled.setChecked(desk.enabled)
        self.after.set_setting(desk.after_minutes)
        self.idle_reset.set_setting(desk.idle_reset_minutes)
        if self.desk_routine.findData(desk.routine_id) < 0:  # a routine since deleted
            self.desk_routine.addItem(missing_routine(desk.routine_id), desk.routine_id)
        self.desk_routine.setCurrentIndex(self.desk_routine.findData(desk.routine_id))
        for widget in (self.after, self.desk_routine, self.idle_reset):
            widget.setEnabled(desk.enabled)
        self.routines.show_reminders(reminders.routines, self._names)
        self.start_at_login.setChecked(reminders.start_at_login)
        self.close_to_tray.setChecked(reminders.close_to_tray)

    def _on_desk_routine(self) -> None:
        routine_id = self.desk_routine.currentData()
        if isinstance(routine_id, str):
            self.report(_desk(routine_id=routine_id))

    def _on_routines(self, routines: tuple[RoutineReminder, ...]) -> None:
        self.report(_reminders(lambda r: replace(r, routines=routines)))

    def _on_login(self, wanted: bool) -> None:
        if self._loading:
            return
        problem = self._login_start(wanted)
        self.login_problem.setText(problem or "")
        self.login_problem.setVisible(bool(problem))
        if problem and wanted:  # not written: the setting stays as it really is
            with self.loading():
                self.start_at_login.setChecked(False)
            return
        self.report(_reminders(lambda r: replace(r, start_at_login=wanted)))
