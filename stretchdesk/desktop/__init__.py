"""Desktop integration for reminders: notifications, idle time, busy screens, tray, autostart.

Nothing in stretchdesk/core imports this package; it turns the Qt-free reminder scheduler
into timers, D-Bus calls and X11 queries.
"""
