"""StretchOverview: a routine's stretches in the picker's details, each with what it works.

A click on a stretch asks for its guide; I does the same from the keyboard (for the
first stretch, then ← and → move on).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QEnterEvent, QMouseEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from stretchdesk.ui.type_scale import sized_font

ROW_TIP = str(QT_TRANSLATE_NOOP("StretchOverview", "More about this stretch (I)"))
# Qt.TextFormat.PlainText as its number: the details show with the first window, which
# stays clear of PySide's Qt namespace (see picker.py).
PLAIN_TEXT = 0


class _StretchRow(QLabel):
    """One clickable piece of a row: the name, or what it works."""

    clicked = Signal()
    _hand = False

    def enterEvent(self, event: QEnterEvent) -> None:
        # The hand says it can be clicked; set on the first hover, long after the first
        # paint, which stays clear of the Qt namespace.
        if not self._hand:
            from PySide6.QtCore import Qt

            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self._hand = True
        super().enterEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class StretchOverview(QWidget):
    """Numbered stretch names, each beside the body areas it works, in plain words.

    Signals:
        stretch_clicked(int): the person clicked the stretch at this (0-based) place.
    """

    stretch_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stretchOverview")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(0, 5)
        self._grid.setColumnStretch(1, 4)
        self._rows: list[tuple[QLabel, QLabel]] = []
        self._pixels = 16

    @property
    def rows(self) -> tuple[tuple[str, str], ...]:
        """Each row's stretch text and what it works, as shown."""
        return tuple((name.text(), works.text()) for name, works in self._rows)

    def show_stretches(self, names: Sequence[str], works: Sequence[Sequence[str]]) -> None:
        """Lists `names`, each with the areas in `works` (the same order)."""
        for pair in self._rows:
            for label in pair:
                self._grid.removeWidget(label)
                label.hide()
                label.deleteLater()
        self._rows = []
        for number, (name, areas) in enumerate(zip(names, works, strict=True)):
            pair = (self._row_label(f"{number + 1}. {name}", number),
                    self._row_label(", ".join(areas), number))
            self._grid.addWidget(pair[0], number, 0)
            self._grid.addWidget(pair[1], number, 1)
            self._rows.append(pair)
        self.set_pixel_size(self._pixels)

    def row_labels(self, index: int) -> tuple[QLabel, QLabel]:
        """Row `index`'s two labels: the numbered name and what it works."""
        return self._rows[index]

    def _row_label(self, text: str, index: int) -> _StretchRow:
        label = _StretchRow(self)
        label.setProperty("textFormat", PLAIN_TEXT)  # the name comes from a file
        label.setWordWrap(True)
        label.setText(text)
        label.setToolTip(QCoreApplication.translate("StretchOverview", ROW_TIP))
        label.clicked.connect(lambda: self.stretch_clicked.emit(index))
        return label

    def set_pixel_size(self, pixels: int) -> None:
        """Sizes the rows: names at `pixels`, what they work a little smaller and slanted."""
        self._pixels = pixels
        works_font = sized_font(self.font(), max(12, round(pixels * 0.9)))
        works_font.setItalic(True)
        for name, works in self._rows:
            name.setFont(sized_font(self.font(), pixels))
            works.setFont(works_font)
        self._grid.setHorizontalSpacing(round(pixels * 0.8))
        self._grid.setVerticalSpacing(round(pixels * 0.35))
