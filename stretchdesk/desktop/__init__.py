"""Desktop integration for reminders: notifications, idle time, busy screens, tray, autostart.

Nothing in stretchdesk/core imports this package; it turns the Qt-free reminder scheduler
into timers, D-Bus calls and X11 queries.
"""

from stretchdesk.qt_refcounts import keep_constants_alive

keep_constants_alive()  # before any call into Qt: PySide6 6.12 on Python 3.11 (qt_refcounts)
