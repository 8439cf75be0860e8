"""The stop question reads from the mat, carries on with Enter or Esc, stops only on its
own key; Ctrl+Q quits from anywhere, asking first during a session."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from stretchdesk.core.session import SessionState
from stretchdesk.ui.main_window import MainWindow
from stretchdesk.ui.stop_dialog import StopQuestion
from tests.core.clock import FakeClock
from tests.ui.conftest import MakeWindow, advance
from tests.ui.screen_checks import settle

Key = Qt.Key


def shown_question(qtbot: QtBot, parent: MainWindow, quitting: bool = False) -> StopQuestion:
    question = StopQuestion(parent, quitting)  # closed with its window at the test's end
    question.open()
    qtbot.waitExposed(question)
    settle(qtbot, question)
    return question


@pytest.mark.parametrize("key", [Key.Key_Return, Key.Key_Enter, Key.Key_Escape])
def test_enter_and_escape_carry_on(window: MainWindow, qtbot: QtBot, key: Key) -> None:
    question = shown_question(qtbot, window)
    with qtbot.waitSignal(question.finished):
        qtbot.keyClick(question.focusWidget() or question, key)
    assert not question.stop_chosen


@pytest.mark.parametrize(("quitting", "key"), [(False, Key.Key_S), (True, Key.Key_Q)])
def test_only_the_named_key_or_button_stops(make_window: MakeWindow, qtbot: QtBot,
                                             quitting: bool, key: Key) -> None:
    window = make_window()
    question = shown_question(qtbot, window, quitting)
    assert question.stop_keys.text() == f"{question.stop_key} key"
    with qtbot.waitSignal(question.finished):
        qtbot.keyClick(question.focusWidget() or question, key)
    assert question.stop_chosen
    again = shown_question(qtbot, window, quitting)
    with qtbot.waitSignal(again.finished):
        qtbot.mouseClick(again.stop_button, Qt.MouseButton.LeftButton)
    assert again.stop_chosen


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1920, 1080)])
def test_the_question_is_large_and_nothing_in_it_is_cut(make_window: MakeWindow, qtbot: QtBot,
                                                         width: int, height: int) -> None:
    window = make_window(width, height)
    question = shown_question(qtbot, window)
    assert question.width() >= 0.5 * width
    heading = question.heading
    assert QFontMetricsF(heading.font()).capHeight() >= 0.045 * height  # like the phase word
    assert question.body.font().pixelSize() >= 0.035 * height
    assert heading.width() >= heading.fontMetrics().horizontalAdvance(heading.text())
    assert question.windowTitle() == "Stop?"  # short: no window manager shortens it
    for button in question.findChildren(QPushButton):
        assert button.width() >= button.sizeHint().width(), button.text()
    assert question.carry_on_button.isDefault()


@pytest.fixture
def quits(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Records the controller's quit (which would end the test run's application)."""
    made: list[bool] = []
    monkeypatch.setattr(window.controller, "quit", lambda: made.append(True))
    return made


def test_ctrl_q_on_the_picker_quits_at_once(window: MainWindow, qtbot: QtBot,
                                            quits: list[bool], stop_asked: list[bool]) -> None:
    qtbot.keyClick(window, Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert quits == [True]
    assert stop_asked == []


def test_ctrl_q_in_a_session_asks_first(window: MainWindow, qtbot: QtBot, clock: FakeClock,
                                        quits: list[bool], stop_answers: list[bool],
                                        stop_asked: list[bool]) -> None:
    window.controller.start_routine("gentle-beginner")
    advance(window, clock, 1.0)
    stop_answers.append(False)
    qtbot.keyClick(window, Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert stop_asked == [True]  # asked about quitting, not just stopping
    assert window.controller.state is SessionState.RUNNING
    assert quits == []
    stop_answers.append(True)
    qtbot.keyClick(window, Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.state is SessionState.STOPPED
    assert quits == [True]
