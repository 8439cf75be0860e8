"""Marks English text for Qt's translation where it is written down, translated where shown.

PySide6's own QT_TRANSLATE_NOOP is typed as returning `object`; this one returns the
`str` it is given, so tables of marked text keep their type. pyside6-lupdate finds the
marks by name, wherever the function comes from.
"""

from __future__ import annotations

__all__ = ["QT_TRANSLATE_NOOP"]


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks `source` for translation in `context` (a class or module name); returns it."""
    return source
