"""GuideDialog: the guide to each stretch of a routine, opened from the picker (I or a click).

One stretch at a time: ← and → (or Page Up and Page Down, or the buttons) move between
the routine's stretches, I or Esc closes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QLocale, QSize
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from stretchdesk.core.stretch_guide import StretchGuide
from stretchdesk.ui.guide_view import StretchGuideView
from stretchdesk.ui.reading_text import font_at, plain_label, reading_pixels

SHARE_OF_WINDOW = 0.92  # the dialog's size, as a share of the window it opens over


class GuideDialog(QDialog):
    """Shows the guides of a routine's stretches, starting at `index`."""

    def __init__(self, routine_name: str, guides: Sequence[StretchGuide],
                 areas: Mapping[str, str], index: int = 0, *, text_scale: float = 1.0,
                 dark: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("The stretches of {routine}").format(routine=routine_name))
        self._guides = tuple(guides)
        self._areas = areas
        self.index = 0
        names = {g.stretch_id: g.name for g in guides}
        self.view = StretchGuideView(names, self)
        self.view.set_dark(dark)
        self.routine_label = plain_label(routine_name, self)
        self.position_label = plain_label("", self, "guidePosition")
        self.previous_button = QPushButton(self.tr("← Previous"), self)
        self.next_button = QPushButton(self.tr("Next →"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.previous_button.setToolTip(self.tr("The stretch before (← or Page Up)"))
        self.next_button.setToolTip(self.tr("The next stretch (→ or Page Down)"))
        self.close_button.setToolTip(self.tr("Close (I or Esc)"))
        self.previous_button.clicked.connect(lambda: self.show_index(self.index - 1))
        self.next_button.clicked.connect(lambda: self.show_index(self.index + 1))
        self.close_button.clicked.connect(self.accept)
        for keys, step in ((("Left", "PgUp"), -1), (("Right", "PgDown"), 1)):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.activated.connect(lambda step=step: self.show_index(self.index + step))
        QShortcut(QKeySequence("I"), self).activated.connect(self.accept)
        top = QHBoxLayout()
        top.addWidget(self.routine_label, 1)
        top.addWidget(self.position_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.view, 1)
        column.addLayout(buttons)
        self._size_for(parent, text_scale)
        self.show_index(index)

    @property
    def guide(self) -> StretchGuide:
        """The guide shown."""
        return self._guides[self.index]

    def show_index(self, index: int) -> None:
        """Shows the routine's stretch number `index` (0-based), kept within the routine."""
        self.index = max(0, min(index, len(self._guides) - 1))
        self.view.show_guide(self.guide, self._areas)
        locale = QLocale()
        self.position_label.setText(self.tr("Stretch {number} of {count}").format(
            number=locale.toString(self.index + 1), count=locale.toString(len(self._guides))))
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self._guides) - 1)
        self.view.text_scroll.setFocus()  # Up, Down and the page keys scroll

    def _size_for(self, parent: QWidget | None, text_scale: float) -> None:
        window = parent.window() if parent is not None else None
        room = window.size() if window is not None else QSize(1280, 800)
        pixels = reading_pixels(room.width(), room.height(), text_scale)
        font = self.font()
        self.view.set_pixel_size(pixels)
        self.routine_label.setFont(font_at(font, pixels, italic=True))
        self.position_label.setFont(font_at(font, pixels))
        for button in (self.previous_button, self.next_button, self.close_button):
            button.setFont(font_at(font, pixels))
        self.resize(round(room.width() * SHARE_OF_WINDOW), round(room.height() * SHARE_OF_WINDOW))
