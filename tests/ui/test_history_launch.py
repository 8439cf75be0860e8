"""The start of the app and the history: a session cut short is offered once the window is
up (after the warning signs the first time), unless a routine was asked to start."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from stretchdesk.core.history import HistoryStore
from stretchdesk.core.library import Library
from stretchdesk.core.session_state import SessionState
from stretchdesk.launch_options import LaunchOptions
from stretchdesk.ui import launch as launch_module
from stretchdesk.ui.first_start import READ_KEY
from stretchdesk.ui.launch import launch
from stretchdesk.ui.main_window import MainWindow
from stretchdesk.ui.resume_dialog import ResumeQuestion
from stretchdesk.ui.safety_dialog import SafetyDialog
from tests.core.history.sessions import PARIS, T0, phase, rows

Start = Callable[..., MainWindow]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def start_app(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, tmp_path: Path,
              data: Path) -> Start:
    """Starts the app as the command does, in folders of its own; returns its window once
    the start is over (sound and history attached)."""
    monkeypatch.setenv("STRETCHDESK_CONFIG_DIR", str(tmp_path / "config"))
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "settings.yaml").write_text("version: 4\nsound_mode: silent\n")
    monkeypatch.setenv("STRETCHDESK_DATA_DIR", str(data))
    windows: list[MainWindow] = []

    class Recorded(MainWindow):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            windows.append(self)
            qtbot.addWidget(self)

    monkeypatch.setattr(launch_module, "MainWindow", Recorded)
    monkeypatch.setattr(QApplication, "exec", lambda _app: 0)

    def start(*args: str) -> MainWindow:
        assert launch(LaunchOptions(start="--start" in args,
                                    routine="desk-break" if args else None)) == 0
        window = windows[-1]
        qtbot.waitUntil(lambda: window.controller.history is not None, timeout=5000)
        return window

    return start


def cut_short(data: Path) -> None:
    """A session of After long sitting that ended two phases, then the app was killed."""
    store = HistoryStore(data, T0)
    recording = store.start_session("after-sitting", "After long sitting", "intermediate",
                                    T0, PARIS)
    recording.record_phase(phase(0, stretch="knees-to-chest-hug"), T0 + 10)
    store.close()


def signs_confirmed(tmp_path: Path, library: Library) -> None:
    assert library.safety is not None
    state = QSettings(str(tmp_path / "config" / "window.ini"), QSettings.Format.IniFormat)
    state.setValue(READ_KEY, library.safety.fingerprint)
    state.sync()


def offers(window: MainWindow) -> list[ResumeQuestion]:
    return [d for d in window.findChildren(ResumeQuestion) if d.isVisible()]


def test_the_start_offers_the_session_cut_short(start_app: Start, data: Path,
                                                tmp_path: Path, library: Library) -> None:
    cut_short(data)
    signs_confirmed(tmp_path, library)
    window = start_app()
    (offer,) = offers(window)
    assert offer.heading.text().startswith("Resume After long sitting: ")
    offer.reject()  # Esc: let it go
    assert rows(data / "history.sqlite3", "SELECT outcome FROM session") == [("interrupted",)]


def test_the_first_time_the_warning_signs_come_first(start_app: Start, data: Path) -> None:
    cut_short(data)
    window = start_app()
    (signs,) = [d for d in window.findChildren(SafetyDialog) if d.isVisible()]
    assert offers(window) == []
    signs.reject()
    assert len(offers(window)) == 1


def test_a_routine_asked_for_starts_and_the_offer_waits(start_app: Start, data: Path,
                                                        tmp_path: Path, library: Library,
                                                        qtbot: QtBot) -> None:
    cut_short(data)
    signs_confirmed(tmp_path, library)
    window = start_app("--start")
    qtbot.waitUntil(lambda: window.controller.state is SessionState.RUNNING, timeout=5000)
    assert offers(window) == []
    assert window.page is window.session_view
    window.controller.shut_down()
    assert rows(data / "history.sqlite3", "SELECT routine_id, outcome FROM session "
                                         "ORDER BY id") == [("after-sitting", None),
                                                            ("desk-break", None)]
