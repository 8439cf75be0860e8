"""Sound and speech for cues: chime synthesis and players behind the CuePlayer protocol."""

from stretchdesk.qt_refcounts import keep_constants_alive

keep_constants_alive()  # before any call into Qt: PySide6 6.12 on Python 3.11 (qt_refcounts)
