"""QT_TRANSLATE_NOOP for module-level strings, typed str -> str and free of Qt.

PySide's own marker is typed as returning `object`, which would make every table of
marked words untyped; this one returns its text as a `str`. lupdate finds the strings by
the marker's name, whichever module defines it, so both extract the same way. The text is
translated where it is shown: `QCoreApplication.translate(context, text)` or `self.tr`.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks `text` for translation in `context`; returns it unchanged."""
    return text
