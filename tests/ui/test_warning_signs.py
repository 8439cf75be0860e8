"""The warning signs: at first start until the person confirms them (remembered across
restarts), and from the picker with W or its button at any time."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from stretchdesk.core.library import Library
from stretchdesk.core.settings import Settings
from stretchdesk.launch_options import LaunchOptions
from stretchdesk.ui import launch as launch_module
from stretchdesk.ui.first_start import READ_KEY, show_warning_signs_once
from stretchdesk.ui.launch import launch
from stretchdesk.ui.main_window import MainWindow
from stretchdesk.ui.safety_dialog import SafetyDialog
from tests.ui.conftest import MakeWindow

Start = Callable[..., MainWindow]


def pregnancy_note(library: Library) -> str:
    return library.cautions.cautions["pregnancy-lying-on-back"].sentence


def open_dialog(window: MainWindow) -> SafetyDialog | None:
    dialogs = [d for d in window.findChildren(SafetyDialog) if d.isVisible()]
    assert len(dialogs) <= 1
    return dialogs[0] if dialogs else None


@pytest.fixture
def start_app(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, tmp_path: Path) -> Start:
    """Starts the app as the command does, in a config folder of its own, and returns its
    window once the start is over (sound attached); each call is one more start."""
    monkeypatch.setenv("STRETCHDESK_CONFIG_DIR", str(tmp_path / "config"))
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
        qtbot.waitUntil(lambda: window.controller.has_sound, timeout=5000)
        return window

    return start


def test_first_start_shows_the_warning_signs_until_they_are_confirmed(
    start_app: Start, qtbot: QtBot, library: Library
) -> None:
    assert library.safety is not None
    first = start_app()
    dialog = open_dialog(first)
    assert dialog is not None and dialog.first_start
    assert dialog.signs_shown == library.safety.red_flags
    assert dialog.not_advice.text() == library.safety.not_medical_advice
    assert pregnancy_note(library) in dialog.also_shown  # most routines lie on the back
    dialog.reject()  # closed without confirming: shown again at the next start
    second = start_app()
    dialog = open_dialog(second)
    assert dialog is not None and dialog.first_start
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert open_dialog(second) is None
    third = start_app()  # a restart: the confirmation was kept
    assert open_dialog(third) is None


def test_a_routine_started_from_the_command_line_is_not_held_up(start_app: Start) -> None:
    window = start_app("--start")
    assert open_dialog(window) is None
    assert window.page is window.session_view
    assert open_dialog(start_app()) is not None  # and still not confirmed


def test_a_changed_list_of_signs_is_shown_again(
    make_window: MakeWindow, library: Library, tmp_path: Path
) -> None:
    assert library.safety is not None
    state = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    dialog = show_warning_signs_once(make_window(), state)
    assert dialog is not None
    dialog.accept()
    assert state.value(READ_KEY) == library.safety.fingerprint
    assert show_warning_signs_once(make_window(), state) is None
    signs = (*library.safety.red_flags, "a sign added in a later version")
    changed = replace(library, safety=replace(library.safety, red_flags=signs))
    dialog = show_warning_signs_once(make_window(lib=changed), state)
    assert dialog is not None and dialog.signs_shown == signs


def test_w_shows_them_from_the_picker_with_the_routines_own_notes(
    window: MainWindow, qtbot: QtBot, library: Library
) -> None:
    window.activateWindow()  # as a window a person has just opened is
    qtbot.waitUntil(window.isActiveWindow)
    window.select_routine("morning-stiffness")
    qtbot.keyClick(window, Qt.Key.Key_W)
    dialog = open_dialog(window)
    assert dialog is not None and not dialog.first_start
    assert library.safety is not None and dialog.signs_shown == library.safety.red_flags
    assert dialog.also_shown == (pregnancy_note(library),)  # it is done lying down
    assert dialog.confirm_button.text() == "Close"
    dialog.accept()


def test_the_button_shows_them_and_the_pregnancy_note_only_where_it_applies(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.select_routine("standing-only")
    qtbot.mouseClick(window.picker.safety_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(window)
    assert dialog is not None
    assert dialog.also_shown == ()  # nothing here is done on the back
    dialog.accept()


def test_w_does_nothing_during_a_session(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.controller.start_routine("desk-break")
    qtbot.keyClick(window, Qt.Key.Key_W)
    assert open_dialog(window) is None


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (800, 600)])
def test_readable_at_half_again_the_text_size_scrolling_within_the_window(
    make_window: MakeWindow, width: int, height: int
) -> None:
    window = make_window(width, height, settings=Settings(text_scale=1.5))
    dialog = window.about.show_safety(first_start=True)
    assert dialog is not None
    assert dialog.width() <= width and dialog.height() <= height
    pixels = dialog.signs.labels[0].font().pixelSize()
    assert pixels >= 22  # 150 % of a body size of at least 15 px
    viewport = dialog.body_scroll.viewport()
    assert dialog.body.width() <= viewport.width()  # wrapped, never cut off at the side
    bar = dialog.body_scroll.verticalScrollBar()
    bar.setValue(bar.maximum())  # what does not fit scrolls into view
    last = dialog.not_advice
    assert last.mapTo(viewport, last.rect().bottomLeft()).y() <= viewport.height()
    dialog.accept()
