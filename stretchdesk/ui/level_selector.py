"""LevelSelector: three buttons for beginner, intermediate and advanced."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget

from stretchdesk.core.model import Level
from stretchdesk.translation_marks import QT_TRANSLATE_NOOP
from stretchdesk.ui.push_button import push_button

LEVEL_WORDS = {
    Level.BEGINNER: QT_TRANSLATE_NOOP("LevelSelector", "&Beginner"),
    Level.INTERMEDIATE: QT_TRANSLATE_NOOP("LevelSelector", "&Intermediate"),
    Level.ADVANCED: QT_TRANSLATE_NOOP("LevelSelector", "&Advanced"),
}

# Whole sentences per level ({key} is the button's access key).
LEVEL_TIPS = {
    Level.BEGINNER: QT_TRANSLATE_NOOP("LevelSelector",
                                      "Hold lengths for the beginner level (Alt+{key})"),
    Level.INTERMEDIATE: QT_TRANSLATE_NOOP("LevelSelector",
                                          "Hold lengths for the intermediate level (Alt+{key})"),
    Level.ADVANCED: QT_TRANSLATE_NOOP("LevelSelector",
                                      "Hold lengths for the advanced level (Alt+{key})"),
}


def access_key(text: str) -> str:
    """The letter after the `&` in a label ("B" for "&Beginner"), upper case."""
    clean = text.replace("&&", "")
    at = clean.find("&")
    return clean[at + 1].upper() if 0 <= at < len(clean) - 1 else ""


class LevelSelector(QWidget):
    """Picks the level whose hold lengths the routines use (Alt+B, Alt+I, Alt+A).

    Signals:
        level_changed(Level): the person picked another level.
    """

    level_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[Level, QPushButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.caption = QLabel(self.tr("Level:"), self)
        row.addWidget(self.caption)
        row.addSpacing(8)
        for level, english in LEVEL_WORDS.items():
            word = self.tr(english)
            button = push_button(word, self)
            button.setCheckable(True)
            button.setToolTip(self.tr(LEVEL_TIPS[level]).format(key=access_key(word)))
            self._group.addButton(button)
            self.buttons[level] = button
            row.addWidget(button)
            button.toggled.connect(lambda on, lv=level: self._picked(lv, on))
        self._level = Level.INTERMEDIATE
        self.buttons[self._level].setChecked(True)
        self._mark()

    @property
    def level(self) -> Level:
        """The level picked."""
        return self._level

    def set_level(self, level: Level) -> None:
        """Shows `level` as picked without announcing it."""
        self._level = level
        self.buttons[level].blockSignals(True)
        self.buttons[level].setChecked(True)
        self.buttons[level].blockSignals(False)
        self._mark()

    def _mark(self) -> None:
        """Bold type on the picked level, so it stands out in more than shading."""
        for level, button in self.buttons.items():
            font = button.font()
            font.setBold(level is self._level)
            button.setFont(font)

    def set_pixel_size(self, pixels: int) -> None:
        """Sizes the caption and buttons' type."""
        font = QFont(self.font())
        font.setPixelSize(pixels)
        self.caption.setFont(font)
        for button in self.buttons.values():
            button.setFont(font)
            button.setMinimumHeight(round(pixels * 2.2))
        self._mark()

    def _picked(self, level: Level, on: bool) -> None:
        if on and level is not self._level:
            self._level = level
            self._mark()
            self.level_changed.emit(level)
