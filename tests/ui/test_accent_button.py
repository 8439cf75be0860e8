"""The Start button paints its own accent blue (no style sheet on the first window)."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from stretchdesk.ui.accent_button import DISABLED, FILL, AccentButton


def colour_inside(button: QWidget) -> QColor:
    """The colour a few pixels in from the left edge, halfway down (clear of the text)."""
    return button.grab().toImage().pixelColor(4, button.height() // 2)


def test_it_is_blue_with_white_text_and_greyed_when_it_cannot_be_used(qtbot: QtBot) -> None:
    button = AccentButton("Start  (Enter)")
    qtbot.addWidget(button)
    button.resize(button.sizeHint())
    assert colour_inside(button) == QColor(FILL)
    image = button.grab().toImage()
    colours = {image.pixelColor(x, button.height() // 2).name()
               for x in range(button.width())}
    assert "#ffffff" in colours  # the words
    button.setEnabled(False)
    assert colour_inside(button) == QColor(DISABLED)
    assert button.styleSheet() == ""
    assert button.style().metaObject().className() != "QStyleSheetStyle"


def test_its_size_leaves_room_for_the_words(qtbot: QtBot) -> None:
    button = AccentButton("Start  (Enter)")
    qtbot.addWidget(button)
    hint = button.sizeHint()
    metrics = button.fontMetrics()
    assert hint.width() > metrics.horizontalAdvance(button.text())
    assert hint.height() > metrics.height()


def test_a_style_sheet_draws_it_while_one_is_given(qtbot: QtBot) -> None:
    button = AccentButton("Start")
    qtbot.addWidget(button)
    button.resize(200, 60)
    button.draw_with_style_sheet("QPushButton { background: #00ff00; border: none; }")
    assert colour_inside(button) == QColor("#00ff00")
    button.draw_with_style_sheet("")
    assert button.styleSheet() == ""
    assert colour_inside(button) == QColor(FILL)
