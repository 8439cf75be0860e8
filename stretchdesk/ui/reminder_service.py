"""Reminders in the running app: the runner, its notifications, the tray, and the controller.

Made when first needed (reminders_on_demand.py), never before the first window is on
screen, so the desktop modules never slow it. A reminder's Start, or a routine
picked in the tray, brings the window up and starts the routine through the app
controller; every session that ends counts as a break; new settings re-arm the
reminders; what the scheduler must remember is kept in window.ini as it changes (a
logout may end the app without a quit), and again on quit.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from stretchdesk.core.reminders.calendar import Moment
from stretchdesk.core.reminders.reminder import Reminder
from stretchdesk.core.session_state import SessionState
from stretchdesk.core.settings import Settings
from stretchdesk.desktop import clocks
from stretchdesk.desktop.reminder_notifier import ReminderNotifier
from stretchdesk.desktop.runner import ReminderRunner
from stretchdesk.desktop.tray_icon import TrayIcon
from stretchdesk.timers import TimerFactory, qt_timer
from stretchdesk.ui import window_dialogs
from stretchdesk.ui.login_start import keep_login_start
from stretchdesk.ui.main_window import MainWindow
from stretchdesk.ui.reminder_desktop import DesktopServices, ReminderDesktop
from stretchdesk.ui.reminder_memory import ReminderMemory
from stretchdesk.ui.tray_presence import TrayPresence

if TYPE_CHECKING:
    from stretchdesk.core.event_log import EventLog

__all__ = ["ReminderService", "today_minutes"]

_ACTIVE = (SessionState.RUNNING, SessionState.PAUSED)
SERVER_WAIT_MS = 3000  # a notification server that has not answered by then is not waited for


def today_minutes(folder: Path, now: float) -> int | None:
    """Today's minutes of stretching from the history file (0 when there is none yet)."""
    from stretchdesk.core.history.database import FILE_NAME
    from stretchdesk.core.history.statistics import read_statistics
    from stretchdesk.core.history.store import HistoryStore

    if not (folder / FILE_NAME).exists():
        return 0
    store = HistoryStore(folder, now)
    try:
        statistics = read_statistics(store, now, clocks.local_zone())
        return None if store.problem is not None else round(
            statistics.minutes_on(statistics.today))
    finally:
        store.close()


class ReminderService(QObject):
    """Runs the reminders and the tray for `window` and its controller.

    `services` are the desktop's (reminder_desktop.find_desktop_services); `memory` is
    window.ini's reminders part. With `event_log`, each reminder shown and answered is a
    line of the --event-log file.
    """

    def __init__(self, window: MainWindow, services: DesktopServices, memory: ReminderMemory,
                 icon: QIcon, *, event_log: EventLog | None = None,
                 clock: Callable[[], Moment] = clocks.now,
                 today: Callable[[], int | None] = lambda: None,
                 timers: TimerFactory = qt_timer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.controller = c = window.controller
        self.services = services
        self.memory = memory
        self._log = event_log
        self.tray = TrayIcon(icon, self)
        self.notifier = ReminderNotifier(services.client, self.tray, self)
        # Before the runner's own: the answer is written down before what it starts.
        self.notifier.answered.connect(self._on_answered)
        self.runner = ReminderRunner(
            c.settings.reminders, self.notifier, self._routine_name, idle=services.idle,
            busy=self._busy, clock=clock, sleep_watcher=services.sleep_watcher,
            state=memory.scheduler_state(), timers=timers, parent=self)
        self._applied = c.settings.reminders
        self._armed = False
        self._server_wait = timers(self, "waiting for the notification server")
        self._server_wait.timeout.connect(self._arm)
        self.presence = TrayPresence(window, self.tray, services.tray_available, memory, today,
                                     lambda: self.runner.paused_until, timers=timers,
                                     parent=self)
        self.runner.start_routine.connect(self.start_routine)
        self.runner.reminder_shown.connect(self._on_shown)
        self.runner.paused_changed.connect(self._remember)
        self.notifier.answered.connect(self._remember)  # after the runner took the answer
        t = self.tray
        for signal, slot in (
            (t.start_routine, self._start_from_tray), (t.open_window, self.presence.show_window),
            (t.pause_for_hour, self.runner.pause_for_hour),
            (t.pause_until_tomorrow, self.runner.pause_until_tomorrow),
            (t.resume_reminders, self.runner.resume), (t.open_settings, self.open_settings),
            (t.quit_requested, window.quit),
            (c.settings_changed, self._settings_changed), (c.session_ended, self._session_ended),
            (c.session_started, self._session_started),
        ):
            signal.connect(slot)
        window.reminder_desktop = lambda: self.desktop
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shut_down)

    @property
    def desktop(self) -> ReminderDesktop:
        """What the desktop offers reminders now (for the Reminders page)."""
        client = self.services.client
        has_tray = self.presence.has_tray
        shown = ("notification" if client is not None and client.actions_supported else
                 "tray message" if has_tray else "")
        return ReminderDesktop(has_tray, self.runner.idle_method, shown)

    def start(self, hidden: bool = False) -> str | None:
        """Puts the icon up and arms the reminders; `hidden` keeps the window out of sight.

        The first check waits for the notification server to say whether it shows
        buttons (a millisecond or so; at most SERVER_WAIT_MS), so that a reminder due at
        once is not shown as a tray message for want of an answer. Returns what went
        wrong with the login entry, if anything, for the person.
        """
        if hidden:
            self.presence.start_hidden()
        self.presence.update()
        client = self.services.client
        if client is not None and client.capabilities is None:
            client.ready.connect(self._arm)
            self._server_wait.start(SERVER_WAIT_MS)
        else:
            self._arm()
        return keep_login_start(self._applied.start_at_login)

    def _arm(self) -> None:
        if self._armed:
            return
        self._armed = True
        self._server_wait.stop()
        self.runner.start()
        if self._applied.active or self.tray.visible:  # a window alone has nothing to say
            self._write("reminders", tray="shown" if self.tray.visible else "none",
                        idle=self.runner.idle_method or "wall time",
                        notifications=self.desktop.shown_as or "none")

    # -- intents -------------------------------------------------------------------------

    def start_routine(self, routine_id: str) -> None:
        """Brings the window up and starts `routine_id` (asking first if one is under way)."""
        if routine_id not in self.controller.library.routines:
            return  # deleted since the reminder was set
        self.presence.show_window()
        if not window_dialogs.ask_to_stop(self.window, self.controller):
            return
        self.controller.start_routine(routine_id)

    def _start_from_tray(self, routine_id: str) -> None:
        self._write("tray_start", routine=routine_id)
        self.start_routine(routine_id)

    def open_settings(self) -> None:
        """The Settings window at its Reminders page."""
        self.window.open_settings(page="reminders")

    def shut_down(self) -> None:
        """Keeps what the scheduler remembers and lets go of the desktop (quitting)."""
        self._remember()
        self.runner.stop()
        self.tray.hide()
        self.services.close()

    # -- what happened -------------------------------------------------------------------

    def _busy(self) -> bool:
        """The person is stretching already, or another app is full screen, or Do Not
        Disturb is on: a reminder waits (and comes once, after)."""
        return self.controller.state in _ACTIVE or self.services.busy()

    def _routine_name(self, routine_id: str) -> str:
        routine = self.controller.library.routines.get(routine_id)
        return routine.name if routine is not None else routine_id

    def _settings_changed(self, settings: Settings) -> None:
        if settings.reminders != self._applied:
            self._applied = settings.reminders
            self.runner.apply(settings.reminders)

    def _session_started(self, routine: object, _timeline: object) -> None:
        routine_id = getattr(routine, "id", None)
        if isinstance(routine_id, str):
            self.memory.note_used(routine_id)

    def _session_ended(self, _summary: object) -> None:
        self.runner.note_break()
        self.presence.refresh_menu()  # today's minutes

    def _on_shown(self, reminder: Reminder) -> None:
        self._write("reminder_shown", kind=reminder.kind, routine=reminder.routine_id,
                    late=reminder.late, shown_as=self.notifier.method or "none")
        self._remember()

    def _on_answered(self, reminder: Reminder, answer: str) -> None:
        self._write("reminder_answered", answer=answer, routine=reminder.routine_id)

    def _remember(self, *_answer: object) -> None:
        self.memory.keep_scheduler_state(self.runner.scheduler.state())
        self.presence.refresh_menu()

    def _write(self, event: str, **fields: object) -> None:
        if self._log is not None:
            self._log.write(event, **fields)

