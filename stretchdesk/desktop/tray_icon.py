"""The tray icon and its menu (QSystemTrayIcon), a view that sends intents as signals.

It starts nothing itself: the app controller listens to its signals. Routine names come
from files and are shown as written (an `&` is not taken as a shortcut marker).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from stretchdesk.desktop.tray_menu import RoutineEntry, TrayMenu, pause_label, today_label

__all__ = ["TrayIcon"]


def _plain(text: str) -> str:
    """Menu text that shows `text` as it is (QAction reads `&` as a shortcut marker)."""
    return text.replace("&", "&&")


class TrayIcon(QObject):
    """The icon in the desktop's tray, with the StretchDesk menu.

    Signals: `start_routine(str routine_id)`, `open_window()` (also on a click on the
    icon), `pause_for_hour()`, `pause_until_tomorrow()`, `resume_reminders()`,
    `open_settings()`, `quit_requested()`, `message_clicked()` (the fallback message).
    """

    start_routine = Signal(str)
    open_window = Signal()
    pause_for_hour = Signal()
    pause_until_tomorrow = Signal()
    resume_reminders = Signal()
    open_settings = Signal()
    quit_requested = Signal()
    message_clicked = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menu = QMenu()
        self._tray = QSystemTrayIcon(icon, self)
        self._tray.setToolTip("StretchDesk")
        self._tray.setContextMenu(self.menu)
        self._tray.activated.connect(self._on_activated)
        self._tray.messageClicked.connect(self.message_clicked)
        self.show_menu(TrayMenu(routines=()))

    @staticmethod
    def available() -> bool:
        """Whether the desktop has a tray to put the icon in."""
        return QSystemTrayIcon.isSystemTrayAvailable()

    @property
    def visible(self) -> bool:
        """Whether the icon is shown."""
        return self._tray.isVisible()

    def show(self) -> None:
        """Puts the icon in the tray."""
        self._tray.show()

    def hide(self) -> None:
        """Takes the icon out of the tray."""
        self._tray.hide()

    def geometry(self) -> tuple[int, int, int, int]:
        """Where the icon is on the screen (x, y, width, height), as the tray reports it."""
        rect = self._tray.geometry()
        return rect.x(), rect.y(), rect.width(), rect.height()

    def show_message(self, title: str, body: str) -> None:
        """A message from the icon: the fallback where notifications have no buttons."""
        self._tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 0)

    def show_menu(self, content: TrayMenu, now: datetime | None = None) -> None:
        """Rebuilds the menu for `content` (`now` words the pause line)."""
        menu = self.menu
        menu.clear()
        for entry in content.routines:
            self._add_routine(menu, entry)
        if content.more:
            more = menu.addMenu(self.tr("More routines"))
            for entry in content.more:
                self._add_routine(more, entry)
        if content.routines or content.more:
            menu.addSeparator()
        menu.addAction(self.tr("Open StretchDesk")).triggered.connect(self.open_window)
        if content.today_minutes is not None:
            menu.addAction(today_label(content.today_minutes)).setEnabled(False)
        if content.reminders_on:
            self._add_pause(menu, content, now or datetime.now().astimezone())
        menu.addAction(self.tr("Settings…")).triggered.connect(self.open_settings)
        menu.addSeparator()
        menu.addAction(self.tr("Quit StretchDesk")).triggered.connect(self.quit_requested)

    def actions(self) -> list[QAction]:
        """Every action in the menu and its submenus, in order (for tests and a11y)."""
        found: list[QAction] = []
        stack = [self.menu]
        while stack:
            for action in stack.pop(0).actions():
                found.append(action)
                submenu = action.menu()
                if isinstance(submenu, QMenu):
                    stack.append(submenu)
        return found

    def _add_routine(self, menu: QMenu, entry: RoutineEntry) -> None:
        action = menu.addAction(_plain(entry.name))
        action.setData(entry.routine_id)
        action.triggered.connect(lambda: self.start_routine.emit(entry.routine_id))

    def _add_pause(self, menu: QMenu, content: TrayMenu, now: datetime) -> None:
        if content.paused_until is not None:
            menu.addAction(pause_label(content.paused_until, now)).setEnabled(False)
            menu.addAction(self.tr("Resume reminders")).triggered.connect(self.resume_reminders)
            return
        pause = menu.addMenu(self.tr("Pause reminders"))
        pause.addAction(self.tr("For 1 hour")).triggered.connect(self.pause_for_hour)
        pause.addAction(self.tr("Until tomorrow")).triggered.connect(self.pause_until_tomorrow)

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_window.emit()
