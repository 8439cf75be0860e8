"""Keys for the editor tests: pressed where the keyboard is, as a person would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from stretchdesk.ui.editor.window import RoutineEditor
from stretchdesk.ui.main_window import MainWindow

Key = Qt.Key
NONE = Qt.KeyboardModifier.NoModifier
CTRL, ALT, SHIFT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier,
                    Qt.KeyboardModifier.ShiftModifier)


def press(qtbot: QtBot, key: Key, modifier: Qt.KeyboardModifier = NONE) -> None:
    """A key press where the keyboard is now (the focused widget of the active window)."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard"
    qtbot.keyClick(target, key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    """Types `text` where the keyboard is."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard"
    qtbot.keyClicks(target, text)


def add_by_search(qtbot: QtBot, editor: RoutineEditor, words: str) -> None:
    """Ctrl+F, the words, Enter: adds the first stretch that matches."""
    press(qtbot, Key.Key_F, CTRL)
    assert QApplication.focusWidget() is editor.stretch_list.search
    type_text(qtbot, words)
    press(qtbot, Key.Key_Return)


def stretch_ids(editor: RoutineEditor) -> list[str]:
    """The stretches of the routine being edited, in order."""
    return [item.stretch_id for item in editor.model.draft.items]


def open_editor(qtbot: QtBot, window: MainWindow, key: str = "new") -> RoutineEditor:
    """Presses the key of New (Ctrl+N) or Edit (Ctrl+E) and waits for the editor."""
    letter = {"new": Qt.Key.Key_N, "edit": Qt.Key.Key_E, "duplicate": Qt.Key.Key_D}[key]
    window.activateWindow()  # the keys go to the window the person is looking at
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, letter, Qt.KeyboardModifier.ControlModifier)
    editor = window.routines.editor
    assert editor is not None, "no editor opened"
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor
