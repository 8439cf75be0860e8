"""The routine editor, walked as a screen reader walks it: every control named, every
drawn part saying what it shows."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from stretchdesk.ui.main_window import MainWindow
from tests.ui.access_tree import named, problems
from tests.ui.editor.keyboard import add_by_search, open_editor


def test_the_editor_is_named_throughout(qtbot: QtBot, editing_window: MainWindow) -> None:
    editor = open_editor(qtbot, editing_window)
    assert problems(editor) == []
    add_by_search(qtbot, editor, "cat")
    add_by_search(qtbot, editor, "single knee")
    assert problems(editor) == []
    names = set(named(editor))
    assert {"Name", "Purpose", "Stretches in this routine", "Stretches to add"} <= names
    assert {"Reset hold", "Reset repetitions", "Reset side order"} <= names
