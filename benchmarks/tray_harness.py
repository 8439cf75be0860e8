"""A process waiting in the tray with reminders armed, for the `tray` benchmark part.

It builds what the app will have while its window is closed: the library, the tray
icon and menu, the notification client, the idle reader, the busy probe, the wake
watcher and the reminder runner with a routine reminder and the desk break armed. It
prints one `armed …` line, then waits. (The full app wiring comes with the controller.)
"""

from __future__ import annotations

import os
import sys
from datetime import datetime, timedelta

from PySide6.QtDBus import QDBusConnection
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from stretchdesk import paths
from stretchdesk.core.library import load_library
from stretchdesk.core.reminders.settings import (
    EVERY_DAY,
    DeskBreak,
    ReminderSettings,
    RoutineReminder,
)
from stretchdesk.desktop.bus_link import BusError, BusLink
from stretchdesk.desktop.busy import BusyProbe
from stretchdesk.desktop.idle import find_idle_reader
from stretchdesk.desktop.notifications import NotificationClient
from stretchdesk.desktop.reminder_notifier import ReminderNotifier
from stretchdesk.desktop.runner import ReminderRunner
from stretchdesk.desktop.sleep_watch import SleepWatcher
from stretchdesk.desktop.tray_icon import TrayIcon
from stretchdesk.desktop.tray_menu import RoutineEntry, tray_menu
from stretchdesk.desktop.xlib import XDisplay


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    library = load_library(paths.data_dir())
    names = {rid: routine.name for rid, routine in library.routines.items()}
    icon = QIcon()
    for png in paths.window_icon_files().values():
        icon.addFile(str(png))
    tray = TrayIcon(icon)
    tray.show_menu(tray_menu([RoutineEntry(rid, name) for rid, name in names.items()],
                             recent=["desk-break"], reminders_on=True))
    if TrayIcon.available():
        tray.show()
    bus = QDBusConnection.sessionBus() if os.environ.get("DBUS_SESSION_BUS_ADDRESS") else None
    client = None
    try:
        client = NotificationClient(BusLink()) if bus is not None else None
    except BusError:
        client = None
    if client is not None:
        client.probe()
    display = XDisplay.open()
    in_three_hours = (datetime.now() + timedelta(hours=3)).time().replace(second=0,
                                                                          microsecond=0)
    settings = ReminderSettings(
        routines=(RoutineReminder("morning-stiffness", in_three_hours, EVERY_DAY),),
        desk_break=DeskBreak(enabled=True))
    runner = ReminderRunner(settings, ReminderNotifier(client, tray), names.__getitem__,
                            idle=find_idle_reader(bus, display), busy=BusyProbe(bus, display),
                            sleep_watcher=SleepWatcher())
    runner.start()
    print(f"armed timer_ms={runner.timer.interval()} tray={'shown' if tray.visible else 'none'} "
          f"idle={runner.idle_method.replace(' ', '_') or 'none'} "
          f"bus={'yes' if client is not None else 'no'}", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
