"""The Qt-free heart of StretchDesk: model, library, settings, timeline, session, and
what a session leaves behind (phase records, summary, event log).

Nothing in this package imports Qt, reads the clock or sleeps; time is passed in.
"""
