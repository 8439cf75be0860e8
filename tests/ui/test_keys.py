"""Every key of the session, sent to the window as a key press, does what it says."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from stretchdesk.core.session import SessionState
from stretchdesk.core.timeline import PhaseKind
from stretchdesk.ui.main_window import MainWindow
from tests.core.clock import FakeClock
from tests.ui.conftest import advance

Key = Qt.Key
KEYPAD = Qt.KeyboardModifier.KeypadModifier


@pytest.fixture
def running(window: MainWindow, clock: FakeClock) -> MainWindow:
    """A window two seconds into the gentle routine's first starting position (10 s)."""
    window.controller.start_routine("gentle-beginner")
    advance(window, clock, 1.0)
    return window


def index(window: MainWindow) -> int:
    assert window.controller.driver.session is not None
    return window.controller.driver.session.index


@pytest.mark.parametrize("key", [Key.Key_Space])
def test_space_pauses_and_resumes(running: MainWindow, qtbot: QtBot, key: Key) -> None:
    qtbot.keyClick(running, key)
    assert running.controller.driver.state is SessionState.PAUSED
    assert running.session_view.banner.phase_word == "Paused"
    assert running.session_view.controls.pause_button.text() == "Resume"
    qtbot.keyClick(running, key)
    assert running.controller.driver.state is SessionState.RUNNING
    assert running.session_view.controls.pause_button.text() == "Pause"


def test_space_still_pauses_after_a_button_was_clicked(running: MainWindow,
                                                       qtbot: QtBot) -> None:
    qtbot.mouseClick(running.session_view.controls.longer_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(running, Key.Key_Space)
    assert running.controller.driver.state is SessionState.PAUSED


@pytest.mark.parametrize("key", [Key.Key_Right, Key.Key_N])
def test_right_and_n_skip(running: MainWindow, qtbot: QtBot, key: Key) -> None:
    qtbot.keyClick(running, key)
    assert index(running) == 1
    assert running.session_view.banner.phase_word == "Hold"


@pytest.mark.parametrize("key", [Key.Key_Left, Key.Key_P])
def test_left_and_p_go_back(running: MainWindow, qtbot: QtBot, key: Key) -> None:
    qtbot.keyClick(running, Key.Key_Right)
    qtbot.keyClick(running, key)  # just after the hold began: back to the starting position
    assert index(running) == 0
    assert running.session_view.banner.phase_word == "Starting position"


def test_left_restarts_a_phase_well_under_way(running: MainWindow, qtbot: QtBot,
                                              clock: FakeClock) -> None:
    advance(running, clock, 5.0)
    qtbot.keyClick(running, Key.Key_Left)
    assert index(running) == 0
    assert running.session_view.ring.seconds_text == "10"


@pytest.mark.parametrize(("key", "modifier"), [
    (Key.Key_Plus, Qt.KeyboardModifier.NoModifier),
    (Key.Key_Equal, Qt.KeyboardModifier.NoModifier),
    (Key.Key_Plus, KEYPAD),
])
def test_plus_adds_five_seconds(running: MainWindow, qtbot: QtBot, key: Key,
                                modifier: Qt.KeyboardModifier) -> None:
    assert running.session_view.ring.seconds_text == "9"
    qtbot.keyClick(running, key, modifier)
    assert running.session_view.ring.seconds_text == "14"


@pytest.mark.parametrize(("key", "modifier"), [
    (Key.Key_Minus, Qt.KeyboardModifier.NoModifier),
    (Key.Key_Minus, KEYPAD),
])
def test_minus_takes_five_seconds(running: MainWindow, qtbot: QtBot, key: Key,
                                  modifier: Qt.KeyboardModifier) -> None:
    qtbot.keyClick(running, key, modifier)
    assert running.session_view.ring.seconds_text == "4"


@pytest.mark.parametrize("key", [Key.Key_F, Key.Key_F11])
def test_f_and_f11_toggle_mat_mode(running: MainWindow, qtbot: QtBot, key: Key) -> None:
    qtbot.keyClick(running, key)
    qtbot.waitUntil(running.isFullScreen)
    assert running.session_view.controls.fullscreen_button.text() == "Leave mat mode"
    qtbot.keyClick(running, key)
    qtbot.waitUntil(lambda: not running.isFullScreen())


def test_escape_leaves_mat_mode_before_anything_else(
    running: MainWindow, qtbot: QtBot, stop_answers: list[bool]
) -> None:
    qtbot.keyClick(running, Key.Key_F)
    qtbot.waitUntil(running.isFullScreen)
    qtbot.keyClick(running, Key.Key_Escape)
    qtbot.waitUntil(lambda: not running.isFullScreen())
    assert running.controller.driver.state is SessionState.RUNNING  # nothing was asked or stopped


def test_escape_asks_and_stops(running: MainWindow, qtbot: QtBot,
                               stop_answers: list[bool]) -> None:
    stop_answers.append(True)
    qtbot.keyClick(running, Key.Key_Escape)
    assert running.controller.driver.state is SessionState.STOPPED
    assert running.page is running.finish_view
    assert running.finish_view.title == "Stopped early"


def test_escape_answered_no_carries_on(running: MainWindow, qtbot: QtBot,
                                       stop_answers: list[bool]) -> None:
    stop_answers.append(False)
    qtbot.keyClick(running, Key.Key_Escape)
    assert running.controller.driver.state is SessionState.RUNNING
    assert running.page is running.session_view


def test_m_mutes_and_shows_it(running: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(running.controller.muted_changed) as muted:
        qtbot.keyClick(running, Key.Key_M)
    assert muted.args == [True]
    button = running.session_view.controls.mute_button
    assert (button.text(), button.isChecked()) == ("Muted", True)
    with qtbot.waitSignal(running.controller.muted_changed) as unmuted:
        qtbot.keyClick(running, Key.Key_M)
    assert unmuted.args == [False]
    assert button.text() == "Sound on"


@pytest.mark.parametrize("sequence", ["S", "Ctrl+,"])
def test_s_opens_settings_and_pauses(running: MainWindow, qtbot: QtBot, sequence: str,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from stretchdesk.ui.settings_dialog import SettingsDialog

    states_while_open: list[SessionState] = []
    monkeypatch.setattr(SettingsDialog, "exec",
                        lambda dialog: states_while_open.append(running.controller.state) or 0)
    if sequence == "S":
        qtbot.keyClick(running, Key.Key_S)
    else:
        qtbot.keyClick(running, Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert states_while_open == [SessionState.PAUSED]
    assert running.controller.driver.state is SessionState.PAUSED
    assert running.session_view.controls.settings_button.isVisibleTo(running)


def test_session_keys_do_nothing_on_the_picker(window: MainWindow, qtbot: QtBot) -> None:
    selected = window.picker.selected_routine_id
    for key in (Key.Key_Space, Key.Key_N, Key.Key_Plus):
        qtbot.keyClick(window, key)
    assert window.page is window.picker
    assert window.controller.driver.state is SessionState.IDLE
    assert window.picker.selected_routine_id == selected


def test_enter_starts_the_selected_routine(window: MainWindow, qtbot: QtBot) -> None:
    window.picker.select("desk-break")
    qtbot.keyClick(window.picker.routine_list, Key.Key_Return)
    assert window.page is window.session_view
    assert window.controller.routine is not None and window.controller.routine.id == "desk-break"


@pytest.mark.parametrize("key", [Key.Key_Return, Key.Key_Escape])
def test_enter_or_escape_leave_the_summary(running: MainWindow, qtbot: QtBot,
                                           clock: FakeClock, key: Key) -> None:
    session = running.controller.driver.session
    assert session is not None
    advance(running, clock, session.timeline.total_seconds)
    assert running.page is running.finish_view
    qtbot.keyClick(running, key)
    assert running.page is running.picker


def test_every_session_button_names_its_key(running: MainWindow) -> None:
    controls = running.session_view.controls
    expected = {
        controls.back_button: "Left", controls.pause_button: "Space",
        controls.skip_button: "Right", controls.shorter_button: "-",
        controls.longer_button: "+", controls.mute_button: "(M)",
        controls.fullscreen_button: "F11", controls.settings_button: "S or Ctrl+,",
        controls.stop_button: "Esc",
    }
    for button, key in expected.items():
        assert key in button.toolTip(), button.text()
    assert all(b.focusPolicy() == Qt.FocusPolicy.NoFocus
               for b in controls.findChildren(QToolButton))


def test_buttons_do_what_their_keys_do(running: MainWindow, qtbot: QtBot) -> None:
    controls = running.session_view.controls
    qtbot.mouseClick(controls.skip_button, Qt.MouseButton.LeftButton)
    assert running.session_view.banner.phase_word == "Hold"
    qtbot.mouseClick(controls.pause_button, Qt.MouseButton.LeftButton)
    assert running.controller.driver.state is SessionState.PAUSED
    session = running.controller.driver.session
    assert session is not None and session.phase.kind is PhaseKind.HOLD
