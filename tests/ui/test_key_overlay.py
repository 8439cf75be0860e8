"""? or F1 lists every key of the window, from the same table that makes the shortcuts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from stretchdesk.core.session_state import SessionState
from stretchdesk.ui import keys
from stretchdesk.ui.key_overlay import KeysDialog, key_rows
from stretchdesk.ui.main_window import MainWindow
from tests.ui.access_tree import problems

Key = Qt.Key


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[SessionState]:
    """Replaces the modal list: records the session's state each time it would show."""
    states: list[SessionState] = []

    def show_keys(cls: type, parent: MainWindow) -> None:
        states.append(parent.controller.state)

    monkeypatch.setattr(KeysDialog, "show_keys", classmethod(show_keys))
    return states


def test_every_key_of_the_table_is_said_in_words() -> None:
    actions = {binding.action for binding in keys.BINDINGS}
    assert actions == set(keys.ACTION_WORDS)
    assert all(binding.where in keys.WHERE_WORDS for binding in keys.BINDINGS)


def test_the_list_shows_each_screen_s_keys_from_the_table(qtbot: QtBot) -> None:
    dialog = KeysDialog()
    qtbot.addWidget(dialog)
    rows = dialog.rows()
    assert ("Space", "Pause or resume") in rows
    assert ("Right or N", "Skip to the next phase") in rows
    assert ("Enter", "Start the routine chosen in the list") in rows
    assert ("? or F1", "This list of keys") in rows
    headings = [heading for heading, words in rows if not words]
    assert headings == [*keys.WHERE_WORDS.values(), "In lists and dialogs"]
    # One row for each binding and each of the controls' own keys, under its heading.
    assert len(rows) == len(headings) + len(keys.BINDINGS) + len(keys.CONTROL_KEYS)
    assert sum(len(group) for _, group in key_rows()) == len(rows) - len(headings)


def test_the_list_is_read_by_a_screen_reader_and_closes_with_its_own_key(
        qtbot: QtBot) -> None:
    dialog = KeysDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert problems(dialog) == []
    assert dialog.focusWidget() is dialog.tree  # arrows go through the rows at once
    qtbot.keyClick(dialog.tree, Key.Key_F1)
    assert not dialog.isVisible()


@pytest.mark.parametrize("key", [Key.Key_F1, Key.Key_Question])
def test_f1_and_question_mark_open_it_on_every_screen(
        window: MainWindow, qtbot: QtBot, shown: list[SessionState], key: Key) -> None:
    qtbot.keyClick(window, key)
    window.controller.start_routine("desk-break")
    qtbot.keyClick(window, key)
    window.controller.stop()
    assert window.page is window.finish_view
    qtbot.keyClick(window, key)
    # The session waited while the list was open, and carried on after.
    assert shown == [SessionState.IDLE, SessionState.PAUSED, SessionState.STOPPED]


def test_a_running_session_carries_on_after_the_list(
        window: MainWindow, qtbot: QtBot, shown: list[SessionState]) -> None:
    window.controller.start_routine("desk-break")
    qtbot.keyClick(window, Key.Key_F1)
    assert window.controller.state is SessionState.RUNNING


def test_a_paused_session_stays_paused_after_the_list(
        window: MainWindow, qtbot: QtBot, shown: list[SessionState]) -> None:
    window.controller.start_routine("desk-break")
    window.controller.pause()
    qtbot.keyClick(window, Key.Key_F1)
    assert window.controller.state is SessionState.PAUSED
