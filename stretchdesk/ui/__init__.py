"""The views: the main window, its screens and dialogs, and `launch`, which starts the app.

Views render what the AppController (stretchdesk/controller) says and send it intents.
"""

from stretchdesk.qt_refcounts import keep_constants_alive

keep_constants_alive()  # before any call into Qt: PySide6 6.12 on Python 3.11 (qt_refcounts)
