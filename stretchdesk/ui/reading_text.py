"""Blocks of plain text for the screens a person reads at arm's length: warning signs and
the guide to a stretch. Text from the data files is always shown as plain text.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from stretchdesk.ui.type_scale import base_length

BULLET = "•"
READING = 0.026  # body text as a fraction of the window's base length (as the picker's)
MIN_READING_PIXELS = 15


def reading_pixels(width: int, height: int, text_scale: float = 1.0) -> int:
    """The body text size for reading in a window of width x height, times the text scale."""
    return round(max(MIN_READING_PIXELS, base_length(width, height) * READING) * text_scale)


def plain_label(text: str, parent: QWidget | None = None, name: str = "") -> QLabel:
    """A word-wrapped label that shows `text` exactly as written, never as rich text."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


def font_at(template: QFont, pixels: int, bold: bool = False, italic: bool = False) -> QFont:
    """A copy of `template` at `pixels`, bold or italic if asked."""
    font = QFont(template)
    font.setPixelSize(pixels)
    font.setBold(bold)
    font.setItalic(italic)
    return font


class BulletList(QWidget):
    """Items one under another, each after a bullet, wrapped with a hanging indent."""

    def __init__(self, items: Iterable[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(1, 1)
        self.labels: list[QLabel] = []
        self._pixels = 0
        self.set_items(items)

    @property
    def items(self) -> tuple[str, ...]:
        """The items shown, in order."""
        return tuple(label.text() for label in self.labels)

    def set_items(self, items: Iterable[str]) -> None:
        """Shows `items` in place of what was shown."""
        while self._grid.count():
            taken = self._grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.labels = []
        for row, item in enumerate(items):
            bullet = QLabel(BULLET, self)
            bullet.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
            label = plain_label(item, self)
            self._grid.addWidget(bullet, row, 0)
            self._grid.addWidget(label, row, 1)
            self.labels.append(label)
        if self._pixels:
            self.set_pixel_size(self._pixels)

    def set_pixel_size(self, pixels: int) -> None:
        """Sizes the text (and the gaps with it)."""
        self._pixels = pixels
        font = font_at(self.font(), pixels)
        for index in range(self._grid.count()):
            taken = self._grid.itemAt(index)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.setFont(font)
        self._grid.setHorizontalSpacing(round(pixels * 0.5))
        self._grid.setVerticalSpacing(round(pixels * 0.3))
