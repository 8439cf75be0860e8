"""The Qt-free heart of StretchDesk: model, library, settings, timeline and session.

Nothing in this package imports Qt, reads the clock or sleeps; time is passed in.
"""
