"""The app's place in the tray: when the icon shows, what its menu holds, and the window.

The icon shows while reminders are on, and whenever the window is out of sight (started
with --tray, or closed while reminders keep the app running): a person who uses no
reminders has a window and nothing else, while a hidden app is never left without a
way back. Closing the window while reminders are on and "keep in the tray" is chosen
hides it instead of quitting, and the tray says so the first time ever. Where the desktop
has no tray, closing quits, as it always did.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QApplication

from stretchdesk.controller.app_controller import AppController
from stretchdesk.core.reminders.settings import ReminderSettings
from stretchdesk.desktop.tray_icon import TrayIcon
from stretchdesk.desktop.tray_menu import RoutineEntry, TrayMenu, tray_menu
from stretchdesk.timers import TimerFactory, qt_timer
from stretchdesk.translation_marks import QT_TRANSLATE_NOOP
from stretchdesk.ui.main_window import MainWindow
from stretchdesk.ui.reminder_memory import ReminderMemory

__all__ = ["KEPT_IN_TRAY", "TRAY_WAIT_MS", "TrayPresence", "favourite_routines"]

TRAY_WAIT_MS = 15_000  # at login the panel may come up after the app: wait this long for it
TRAY_LOOK_MS = 1_000  # how often to look for it meanwhile (only then)
KEPT_IN_TRAY = (QT_TRANSLATE_NOOP("TrayPresence", "StretchDesk is still running"),
                QT_TRANSLATE_NOOP("TrayPresence",
                                  "Your reminders stay on while it waits in the tray. Quit "
                                  "from the tray icon's menu, or change this in Settings, "
                                  "Reminders."))


def favourite_routines(reminders: ReminderSettings) -> list[str]:
    """The routines the person has reminders for: their favourites, first in the menu.

    Routine reminders in the order of their time of day, then the desk break's routine.
    """
    ids = [r.routine_id for r in sorted(reminders.routines, key=lambda r: r.at) if r.enabled]
    if reminders.desk_break.enabled:
        ids.append(reminders.desk_break.routine_id)
    return list(dict.fromkeys(ids))


class TrayPresence(QObject):
    """Shows and hides the tray icon and the window, and fills the icon's menu.

    `today_minutes` reads today's minutes of stretching (None: no history to read);
    `paused_until` says until when reminders are paused. `before_first_show` runs once,
    just before the window is shown for the first time (the app started in the tray sets
    up sound then). Signals: `window_shown()` each time the window is brought up.
    """

    window_shown = Signal()

    def __init__(self, window: MainWindow, tray: TrayIcon | None,
                 tray_available: Callable[[], bool], memory: ReminderMemory,
                 today_minutes: Callable[[], int | None],
                 paused_until: Callable[[], datetime | None], *,
                 timers: TimerFactory = qt_timer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._controller: AppController = window.controller
        self.tray = tray
        self._available = tray_available
        self._memory = memory
        self._today_minutes = today_minutes
        self._paused_until = paused_until
        self.before_first_show: Callable[[], object] | None = None
        self._look = timers(self, "looking for a tray")
        self._look.timeout.connect(self._look_for_tray)
        self._release = timers(self, "releasing the closed window")
        self._release.timeout.connect(self._release_window)
        self._looked_ms = 0
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._app = app
        # Closing the window decides here whether the app goes on (see eventFilter): a
        # dialog opened from the tray while the window is hidden must not end it either.
        app.setQuitOnLastWindowClosed(False)
        self.destroyed.connect(lambda: app.setQuitOnLastWindowClosed(True))
        window.installEventFilter(self)
        if tray is not None:
            tray.menu.aboutToShow.connect(self.refresh_menu)
        c = self._controller
        c.library_changed.connect(self.refresh_menu)
        c.settings_changed.connect(self.update)
        self.update()

    @property
    def reminders(self) -> ReminderSettings:
        """The reminder settings in use."""
        return self._controller.settings.reminders

    @property
    def has_tray(self) -> bool:
        """Whether the desktop has a tray to wait in now."""
        return self.tray is not None and self._available()

    @property
    def keeps_running_on_close(self) -> bool:
        """Whether closing the window leaves the app in the tray."""
        return self.has_tray and self.reminders.active and self.reminders.close_to_tray

    @property
    def in_tray(self) -> bool:
        """Whether the app is out of sight, waiting in the tray."""
        return self.has_tray and not self._window.isVisible()

    def update(self, _settings: object = None) -> None:
        """Shows or hides the icon (and refreshes its menu)."""
        wanted = self.has_tray and (self.reminders.active or not self._window.isVisible())
        if self.tray is not None:
            self.refresh_menu()
            if wanted and not self.tray.visible:
                self.tray.show()
            elif not wanted and self.tray.visible:
                self.tray.hide()

    def menu_content(self) -> TrayMenu:
        """What the menu offers now."""
        c = self._controller
        entries = [RoutineEntry(rid, routine.name) for rid, routine in c.library.routines.items()]
        reminders = self.reminders
        return tray_menu(entries, favourite_routines(reminders), self._memory.recent_routines(),
                         today_minutes=self._today_minutes(), reminders_on=reminders.active,
                         paused_until=self._paused_until() if reminders.active else None)

    def refresh_menu(self, _library: object = None) -> None:
        """Rebuilds the menu (the routines, today's minutes, the pause line)."""
        if self.tray is not None:
            self.tray.show_menu(self.menu_content())

    # -- the window ----------------------------------------------------------------------

    def start_hidden(self) -> None:
        """Starts out of sight in the tray (--tray); without a tray, waits a little for one,
        then shows the window minimised: the reminders need it open."""
        if self.has_tray:
            self.update()
            return
        self._looked_ms = 0
        self._look.start(TRAY_LOOK_MS)

    def show_window(self) -> None:
        """Brings the window up, in front (from the tray, or for a routine started there)."""
        first, self.before_first_show = self.before_first_show, None
        if first is not None:
            first()
        window = self._window
        if window.isMinimized():
            window.showNormal()
        else:
            window.show()
        window.raise_()
        window.activateWindow()
        self.update()
        self.window_shown.emit()

    def _look_for_tray(self) -> None:
        self._looked_ms += TRAY_LOOK_MS
        if self.has_tray:
            self.update()
        elif self._looked_ms >= TRAY_WAIT_MS:
            first, self.before_first_show = self.before_first_show, None
            if first is not None:
                first()
            self._window.showMinimized()
            self.update()
        else:
            self._look.start(TRAY_LOOK_MS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A hide the window system did not cause (a minimise is spontaneous) is a close.
        if (watched is self._window and event.type() == QEvent.Type.Hide
                and not event.spontaneous() and not self._window.isVisible()):
            self._window_closed()
        return False

    def _window_closed(self) -> None:
        if not self.keeps_running_on_close:
            self._app.quit()  # as without a tray: closing the window ends the app
            return
        self.update()
        self._release.start(0)  # once the close is over
        if not self._memory.told_closing_keeps_tray:
            assert self.tray is not None
            self.tray.show_message(*(self.tr(text) for text in KEPT_IN_TRAY))
            self._memory.note_told_closing_keeps_tray()

    def _release_window(self) -> None:
        """Lets the window system's window go while out of sight: its backing store alone
        is width × height × 4 bytes (4 MiB at 1280×800). Showing it again makes a new one."""
        if not self._window.isVisible():
            self._window.destroy()
