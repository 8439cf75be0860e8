"""push_button(): a QPushButton with its text, made the way that keeps the first window quick.

Handed a text and a parent, PySide weighs every QPushButton constructor, the one that
takes an icon among them, and so builds QIcon's class with its 151 theme icon names
(~2.5 ms) before the routine list can show. Made with its parent alone and given its
text after, a button leaves QIcon for later.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget


def push_button(text: str, parent: QWidget | None = None) -> QPushButton:
    """A push button showing `text`, a child of `parent`."""
    button = QPushButton(parent)
    button.setText(text)
    return button
