"""Shows text a person or a shared file wrote as the characters it is, never as markup.

A QLabel, a tooltip and a message box guess: text that starts like HTML is shown as
rich text, so a routine named ``<img src="/dev/zero">`` would make Qt open that file
(and run out of memory reading it). Every widget that shows such text goes through
here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (imported for the types only: the first window has no message box)
    from PySide6.QtWidgets import QLabel, QMessageBox

# Qt.TextFormat.PlainText as its number: the routine list is the first screen and stays
# clear of PySide's Qt namespace, whose first use costs some 14 ms (see picker.py).
_PLAIN_TEXT = 0
# What markup would read as markup, as entities (the routine list's tooltips are made
# before the first paint, and the html module costs a few milliseconds to import).
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def show_plain(*widgets: QLabel | QMessageBox) -> None:
    """Makes each label or message box show its text literally, whatever it looks like."""
    for widget in widgets:
        widget.setProperty("textFormat", _PLAIN_TEXT)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` literally, line breaks and spaces included.

    Tooltips have no text format of their own: they guess. This one is marked up, with
    every character of `text` escaped, so the guess is always right.
    """
    return f'<p style="white-space: pre-wrap">{text.translate(_ESCAPES)}</p>'


def plain_title(text: str) -> str:
    """`text` for setWindowTitle, which hides "[*]" (its mark for unsaved changes)."""
    return text.replace("[*]", "[*][*]")
