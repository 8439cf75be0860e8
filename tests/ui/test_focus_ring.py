"""The keyboard focus shows as a thick ring that follows Tab, in every window."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from stretchdesk.core.settings import Contrast, Theme
from stretchdesk.ui.focus_ring import GAP, WIDTH
from stretchdesk.ui.high_contrast import FOCUS_WIDTH
from stretchdesk.ui.main_window import MainWindow
from stretchdesk.ui.settings_dialog import SettingsDialog


def ring_colour_at_left_edge(window: QWidget, control: QWidget, width: int) -> QColor:
    """The colour on screen in the middle of the ring's left side."""
    image = window.grab().toImage()
    middle = control.mapTo(window, QPoint(0, control.height() // 2))
    return image.pixelColor(middle.x() - GAP - width + 1, middle.y())


def active(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_the_focused_control_has_a_ring_that_follows_tab(
        window: MainWindow, qtbot: QtBot) -> None:
    active(qtbot, window)
    window.picker.focus_list()
    ring = window.look.ring.ring
    assert ring is not None and ring.widget() is window.picker.routine_list
    assert ring.isVisible()
    highlight = QApplication.palette().color(QPalette.ColorRole.Highlight)
    assert ring_colour_at_left_edge(window, window.picker.routine_list, WIDTH) == highlight
    qtbot.keyClick(window.picker.routine_list, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not window.picker.routine_list
    assert window.look.ring.ring is not None and window.look.ring.ring.widget() is focused


def test_high_contrast_makes_the_ring_wider_and_yellow_on_black(
        window: MainWindow, qtbot: QtBot) -> None:
    active(qtbot, window)
    c = window.controller
    c.apply_settings(replace(c.settings, contrast=Contrast.HIGH, theme=Theme.DARK))
    window.picker.focus_list()
    ring = window.look.ring.ring
    assert ring is not None and ring.width_px == FOCUS_WIDTH  # type: ignore[attr-defined]
    colour = ring_colour_at_left_edge(window, window.picker.routine_list, FOCUS_WIDTH)
    assert colour == QColor("#ffd700")


def test_dialogs_get_the_ring_too(window: MainWindow, qtbot: QtBot) -> None:
    dialog = SettingsDialog(window.controller.settings, window.controller.library, (), window)
    qtbot.addWidget(dialog)
    dialog.show()
    active(qtbot, dialog)
    dialog.display.text_scale.setFocus()
    ring = window.look.ring.ring
    assert ring is not None and ring.widget() is dialog.display.text_scale
    assert ring.window() is dialog
