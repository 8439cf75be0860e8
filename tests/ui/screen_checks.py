"""Checks of what a person would see as broken: text cut off, widgets drawn over each other."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot

from stretchdesk.ui.countdown_ring import STROKE
from stretchdesk.ui.main_window import MainWindow
from stretchdesk.ui.step_layout import WRAP
from stretchdesk.ui.step_list import StepList


def settle(qtbot: QtBot, window: QWidget) -> None:
    """Lets pending layout and paint events run."""
    QApplication.processEvents()
    qtbot.wait(1)
    QApplication.processEvents()


def clipped_text(window: MainWindow) -> list[str]:
    """Every visible piece of text that does not get the room it needs."""
    problems: list[str] = []
    inside = QRect(0, 0, window.width(), window.height())
    for label in window.findChildren(QLabel):
        if not label.isVisibleTo(window) or not label.text():
            continue
        name = f"{label.objectName() or 'label'} {label.text()[:40]!r}"
        if label.wordWrap():
            need = QSize(label.minimumSizeHint().width(), label.heightForWidth(label.width()))
        else:
            need = label.minimumSizeHint()
        if need.width() > label.width() or need.height() > label.height():
            problems.append(f"{name}: needs {need.toTuple()}, has {label.size().toTuple()}")
        box = QRect(label.mapTo(window, label.rect().topLeft()), label.size())
        if not inside.contains(box) and not in_scroll_area(label):
            problems.append(f"{name}: outside the window at {box.getRect()}")
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window) and button.sizeHint().width() > button.width():
            problems.append(f"button {button.text()!r}: needs {button.sizeHint().width()} px, "
                            f"has {button.width()}")
    view = window.session_view
    if view.isVisibleTo(window):
        if not view.steps.fits:
            problems.append("the step list does not fit")
        problems += overflowing_steps(view.steps)
        ring = view.ring
        inner = min(ring.width(), ring.height()) * (1 - 2 * STROKE)
        digits = QFontMetricsF(ring.digit_font).tightBoundingRect(ring.seconds_text)
        if digits.width() > inner or digits.height() > inner:
            problems.append(f"the seconds {ring.seconds_text} do not fit in the ring")
    return problems


def overflowing_steps(steps: StepList) -> list[str]:
    """Every heading or step whose words run past the list's edge (a word too long for a
    narrow column is not wrapped, and the list cuts it off)."""
    problems: list[str] = []
    fonts = steps.fonts
    for line in steps.lines:
        font = fonts.heading if line.heading else fonts.current if line.current else fonts.other
        room = line.rect
        box = QFontMetricsF(font).boundingRect(QRectF(room.x(), 0, room.width(), 1e6), WRAP,
                                               line.text)
        if box.right() > steps.viewport().width() + 0.5:
            problems.append(f"step {line.text[:40]!r} runs to {box.right():.0f} px in a list "
                            f"{steps.viewport().width()} px wide")
    return problems


def in_scroll_area(widget: QWidget) -> bool:
    """Whether `widget` sits in a scroll area (it may be scrolled out of view)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def overlapping_siblings(window: QWidget, parents: list[QWidget]) -> list[str]:
    """Pairs of visible widgets with the same parent (one of `parents`) that overlap."""
    problems: list[str] = []
    for parent in parents:
        children = [c for c in parent.findChildren(QWidget)
                    if c.parentWidget() is parent and c.isVisibleTo(window)
                    and not c.isWindow() and c.width() > 0 and c.height() > 0]
        for i, first in enumerate(children):
            for second in children[i + 1:]:
                if first.geometry().intersects(second.geometry()):
                    problems.append(f"{describe(first)} overlaps {describe(second)}")
    return problems


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
    return f"{type(widget).__name__} {widget.objectName()!r} {text[:30]!r} {widget.geometry()}"


def clipped(window: QWidget) -> list[str]:
    """Every visible label or button of `window` (a dialog or a screen of its own) that does
    not get the room it needs, and whether the window itself fits."""
    problems: list[str] = []
    inside = QRect(0, 0, window.width(), window.height())
    for label in window.findChildren(QLabel):
        if not label.isVisibleTo(window) or not label.text():
            continue
        name = f"{label.objectName() or 'label'} {label.text()[:40]!r}"
        need = (QSize(label.minimumSizeHint().width(), label.heightForWidth(label.width()))
                if label.wordWrap() else label.minimumSizeHint())
        if need.width() > label.width() or need.height() > label.height():
            problems.append(f"{name}: needs {need.toTuple()}, has {label.size().toTuple()}")
        box = QRect(label.mapTo(window, label.rect().topLeft()), label.size())
        if not inside.contains(box) and not in_scroll_area(label):
            problems.append(f"{name}: outside the window at {box.getRect()}")
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window) and button.sizeHint().width() > button.width():
            problems.append(f"button {button.text()!r}: needs {button.sizeHint().width()} px, "
                            f"has {button.width()}")
    if window.width() > inside.width() or window.minimumSizeHint().width() > inside.width():
        problems.append(f"the window needs {window.minimumSizeHint().width()} px")
    return problems
