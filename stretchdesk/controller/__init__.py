"""The app controller: the one place that starts, watches and records sessions.

`AppController` (app_controller.py) owns the library service, the settings, the session
driver and the cue output; views send it intents and render its signals. See
docs/architecture.md. Nothing is imported here: the first window loads only what it needs.
"""

from stretchdesk.qt_refcounts import keep_constants_alive

keep_constants_alive()  # before any call into Qt: PySide6 6.12 on Python 3.11 (qt_refcounts)
