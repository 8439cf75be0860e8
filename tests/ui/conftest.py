"""Fixtures for the main window's tests: the shipped library, a fake clock, a ready window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from stretchdesk import paths
from stretchdesk.controller.app_controller import AppController
from stretchdesk.controller.library_service import LibraryService
from stretchdesk.controller.settings_keeper import SettingsKeeper
from stretchdesk.core import language
from stretchdesk.core.cautions import CautionAnswer
from stretchdesk.core.library import Library, load_library
from stretchdesk.core.settings import Settings
from stretchdesk.core.settings_store import SettingsStore
from stretchdesk.timers import TimerFactory, qt_timer
from stretchdesk.ui import launch as launch_module
from stretchdesk.ui.cautions import CautionsDialog
from stretchdesk.ui.figure_view import FigureView
from stretchdesk.ui.main_window import MainWindow
from stretchdesk.ui.stop_dialog import StopQuestion
from stretchdesk.ui.translation import install_translators
from tests.core.clock import FakeClock


@pytest.fixture(autouse=True)
def standard_look() -> Iterator[None]:
    """Puts back what a test's high contrast or text size changed app-wide."""
    from PySide6.QtWidgets import QApplication

    from stretchdesk.ui import phase_style

    app = QApplication.instance() or QApplication([])  # the one pytest-qt's qapp reuses
    assert isinstance(app, QApplication)
    palette, font = app.palette(), app.font()
    yield
    app.setStyleSheet("")
    app.setPalette(palette)
    app.setFont(font)
    phase_style.use_high_contrast(False)


@pytest.fixture(scope="session")
def library() -> Library:
    return load_library(paths.data_dir())


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def cautions_asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answers the cautions dialog with "Start" and records the routines it was shown for."""
    asked: list[str] = []

    def ask(cls: type, parent: object, name: str, cautions: object) -> CautionAnswer:
        asked.append(name)
        return CautionAnswer(start=True, hide_next_time=False)

    monkeypatch.setattr(CautionsDialog, "ask", classmethod(ask))
    return asked


@pytest.fixture
def stop_asked() -> list[bool]:
    """Records each stop question: True when it asked about quitting the app."""
    return []


@pytest.fixture
def stop_answers(monkeypatch: pytest.MonkeyPatch, stop_asked: list[bool]) -> list[bool]:
    """The answers the stop question gives, in order (append before pressing Esc)."""
    answers: list[bool] = []

    def ask(cls: type, parent: object, quitting: bool = False) -> bool:
        stop_asked.append(quitting)
        return answers.pop(0)

    monkeypatch.setattr(StopQuestion, "ask", classmethod(ask))
    return answers


MakeController = Callable[..., AppController]
MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def make_controller(library: Library, clock: FakeClock, tmp_path: Path) -> MakeController:
    """Builds an AppController on the fake clock, saving its settings under `tmp_path`."""

    def make(settings: Settings | None = None, speed: float = 1.0,
             lib: Library | None = None, timers: TimerFactory = qt_timer) -> AppController:
        service = LibraryService(lambda: lib or library, tmp_path / "routines", timers=timers)
        keeper = SettingsKeeper(SettingsStore(tmp_path / "config", lambda: 0.0))
        return AppController(service, keeper, settings or Settings(), clock=clock, speed=speed,
                             timers=timers)

    return make


@pytest.fixture
def make_window(
    qtbot: QtBot, make_controller: MakeController, cautions_asked: list[str]
) -> MakeWindow:
    """Builds a shown MainWindow on the fake clock; keyword arguments size and set it up."""

    def make(width: int = 1280, height: int = 800, settings: Settings | None = None,
             speed: float = 1.0, lib: Library | None = None,
             timers: TimerFactory = qt_timer) -> MainWindow:
        window = MainWindow(make_controller(settings, speed, lib, timers))
        qtbot.addWidget(window)
        window.resize(width, height)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def window(make_window: MakeWindow) -> MainWindow:
    return make_window()


def advance(window: MainWindow, clock: FakeClock, seconds: float) -> None:
    """Moves the fake clock on and lets the driver catch up, as its timer would."""
    clock.advance(seconds)
    window.controller.driver.tick()


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> list[MainWindow]:
    """Runs launch() without its event loop and keeps the window it opened."""
    windows: list[MainWindow] = []

    class Recorded(MainWindow):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            windows.append(self)
            qtbot.addWidget(self)

    def run_briefly(app: QApplication) -> int:
        for _ in range(3):
            QApplication.processEvents()
        return 0

    monkeypatch.setattr(launch_module, "MainWindow", Recorded)
    monkeypatch.setattr(QApplication, "exec", run_briefly)
    return windows


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    """The run in French for one test, as `LANG=fr_FR.UTF-8` starts it: the interface's
    translators (each .qm built again from its .ts when stale; never while fresh, as a
    loaded translator maps its file) and the core's phrases. English again after it."""
    from tools import translations

    stale = [area for area in translations.areas()
             if not (translations.COMPILED / f"{area}_fr.qm").is_file()
             or (translations.COMPILED / f"{area}_fr.qm").stat().st_mtime
             < translations.ts_file(area, "fr").stat().st_mtime]
    if stale:
        translations.compile_all()
    assert install_translators(qapp, "fr") >= 1
    language.set_current("fr")
    yield
    language.set_current(language.ENGLISH)
    install_translators(qapp, language.ENGLISH)


@pytest.fixture
def shown_figure(qtbot: QtBot) -> FigureView:
    """The figure on screen at 640×360, drawn from the body model (no picture files)."""
    widget = FigureView(images_dir=Path("/nonexistent"))
    widget.resize(640, 360)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
