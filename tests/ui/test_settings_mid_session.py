"""Settings opened mid-session: the screen shows the session's real state afterwards."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from stretchdesk.core.model import Level
from stretchdesk.core.session import SessionState
from stretchdesk.ui.main_window import MainWindow
from stretchdesk.ui.settings_dialog import SettingsDialog
from tests.core.clock import FakeClock
from tests.ui.conftest import advance


def test_changing_the_level_in_settings_leaves_the_session_paused_and_shown_so(
    window: MainWindow, qtbot: QtBot, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = window.controller
    controller.start_routine("gentle-beginner")
    session = controller.session
    assert session is not None
    advance(window, clock, session.remaining + 3.0)  # 3 s into the first hold
    assert window.session_view.banner.phase_word == "Hold"
    shown_before = window.session_view.ring.seconds_text

    def change_level(dialog: SettingsDialog) -> int:
        page = dialog.holds
        page.level.setCurrentIndex(page.level.findData(Level.ADVANCED))  # as a person picks
        return 0

    monkeypatch.setattr(SettingsDialog, "exec", change_level)
    qtbot.keyClick(window, Qt.Key.Key_S)  # S: Settings, the session pauses first

    assert controller.settings.level is Level.ADVANCED
    assert controller.state is SessionState.PAUSED
    view = window.session_view
    assert view.banner.phase_word == "Paused"
    assert view.controls.pause_button.text() == "Resume"
    assert view.ring.paused
    assert view.controls.settings_button.isVisibleTo(view)
    advance(window, clock, 5.0)  # time passes: a paused countdown stays where it was
    assert view.ring.seconds_text == shown_before

    qtbot.keyClick(window, Qt.Key.Key_Space)  # and Space carries on
    assert controller.state is SessionState.RUNNING
    assert view.banner.phase_word == "Hold"
    assert view.controls.pause_button.text() == "Pause"
    assert not view.ring.paused
    before = session.remaining
    advance(window, clock, 2.0)
    assert session.remaining == pytest.approx(before - 2.0)
