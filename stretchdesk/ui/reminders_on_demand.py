"""Starts the reminders and the tray when they are first needed, never with the window.

A person who sets no reminders pays nothing for them: no D-Bus, X11 or scheduler code is
loaded. They start after the first paint when reminders are on, when the person turns
one on, when the Settings window wants to say what the desktop offers them, or at once
when the app starts in the tray (--tray). Until then the routines started are still
noted, so the tray menu knows the last used ones from its first showing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from stretchdesk import paths
from stretchdesk.core.settings import Settings
from stretchdesk.ui.main_window import MainWindow
from stretchdesk.ui.reminder_memory import ReminderMemory

if TYPE_CHECKING:
    from stretchdesk.core.event_log import EventLog
    from stretchdesk.ui.reminder_desktop import ReminderDesktop
    from stretchdesk.ui.reminder_service import ReminderService

__all__ = ["RemindersOnDemand"]


class RemindersOnDemand(QObject):
    """Holds the ReminderService once made (`service`), and makes it when it is needed.

    `before_first_show` is passed on to the tray (see TrayPresence): with --tray, what
    the first window needs is set up only when it is first shown.
    """

    def __init__(self, window: MainWindow, event_log: EventLog | None,
                 before_first_show: Callable[[], object] | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._log = event_log
        self._before_first_show = before_first_show
        self.memory = ReminderMemory(paths.config_dir())
        self.service: ReminderService | None = None
        c = window.controller
        c.session_started.connect(self._session_started)
        c.settings_changed.connect(self._settings_changed)
        window.reminder_desktop = self.desktop

    def start(self, hidden: bool = False) -> None:
        """Starts the reminders now if they are on, or if the app is to wait in the tray."""
        if hidden or self._window.controller.settings.reminders.active:
            self._open(hidden)

    def desktop(self) -> ReminderDesktop:
        """What the desktop offers reminders (looking it up starts them, idle if all off)."""
        return self._open().desktop

    def _open(self, hidden: bool = False) -> ReminderService:
        if self.service is not None:
            return self.service
        import time

        from PySide6.QtWidgets import QApplication, QStyle

        from stretchdesk.ui.reminder_desktop import find_desktop_services
        from stretchdesk.ui.reminder_service import ReminderService, today_minutes

        window = self._window
        icon = QApplication.windowIcon()
        if icon.isNull():  # the app's own icon files are missing: any icon beats an empty slot
            icon = window.style().standardIcon(QStyle.StandardPixmap.SP_ComputerIcon)
        service = self.service = ReminderService(
            window, find_desktop_services(window), self.memory, icon, event_log=self._log,
            today=lambda: today_minutes(paths.user_data_dir(), time.time()), parent=window)
        service.presence.before_first_show = self._before_first_show if hidden else None
        problem = service.start(hidden)
        if problem:
            window.show_notice(problem, 15000)
        return service

    def _settings_changed(self, settings: Settings) -> None:
        if self.service is None and settings.reminders.active:
            self._open()

    def _session_started(self, routine: object, _timeline: object) -> None:
        routine_id = getattr(routine, "id", None)
        if self.service is None and isinstance(routine_id, str):  # else the service notes it
            self.memory.note_used(routine_id)
