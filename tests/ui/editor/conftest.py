"""Fixtures for the routine editor's tests: a window whose library really reloads from a
private routine folder, fake timers, and answers for the editor's questions."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from stretchdesk import paths
from stretchdesk.controller.app_controller import AppController
from stretchdesk.controller.library_service import LibraryService
from stretchdesk.controller.settings_keeper import SettingsKeeper
from stretchdesk.core.library import load_library
from stretchdesk.core.settings import Settings
from stretchdesk.core.settings_store import SettingsStore
from stretchdesk.ui.editor import questions
from stretchdesk.ui.editor.questions import Answer
from stretchdesk.ui.main_window import MainWindow
from tests.core.clock import FakeClock
from tests.helpers.timers import FakeTimers


@dataclass
class Answers:
    """What the editor's questions answer (in order), and what each was asked."""

    given: dict[str, list[Answer]] = field(default_factory=dict)
    asked: list[tuple[str, str]] = field(default_factory=list)
    told: list[str] = field(default_factory=list)
    unexpected: list[str] = field(default_factory=list)

    def next(self, question: str, about: str) -> Answer:
        self.asked.append((question, about))
        queue = self.given.get(question, [])
        if not queue:  # failed at the end of the test (a failure inside Qt would be lost)
            self.unexpected.append(f"{question} was asked ({about!r}) with no answer given")
            return Answer.CANCEL
        return queue.pop(0)

    def give(self, question: str, *answers: Answer) -> None:
        self.given.setdefault(question, []).extend(answers)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Iterator[Answers]:
    """Answers every question of the editor from the test; records what NotDone told."""
    made = Answers()
    for name in ("UnsavedChanges", "ChangedOnDisk", "RestoreDraft", "DeleteRoutine"):
        def ask(cls: type, parent: object, text: str, _name: str = name) -> Answer:
            return made.next(_name, text)

        monkeypatch.setattr(getattr(questions, name), "ask", classmethod(ask))

    def tell(cls: type, parent: object, title: str, text: str) -> None:
        made.told.append(text)

    monkeypatch.setattr(questions.NotDone, "tell", classmethod(tell))
    yield made
    assert made.unexpected == []


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The person's data and cache folders, for this test only."""
    monkeypatch.setenv("STRETCHDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("STRETCHDESK_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path


@pytest.fixture
def timers() -> FakeTimers:
    return FakeTimers()


MakeEditingWindow = Callable[..., MainWindow]


@pytest.fixture
def make_editing_window(qtbot: QtBot, home: Path, timers: FakeTimers, clock: FakeClock,
                        cautions_asked: list[str],
                        answers: Answers) -> MakeEditingWindow:
    """A shown main window whose routine folder is `home`/data/routines.

    At the end, an editor still open is closed with its changes let go, so that closing
    the window asks nothing.
    """

    def make(settings: Settings | None = None, width: int = 1280,
             height: int = 800) -> MainWindow:
        folder = paths.user_routines_dir()
        service = LibraryService(lambda: load_library(paths.data_dir(), [folder]), folder,
                                 timers=timers)
        keeper = SettingsKeeper(SettingsStore(home / "config", lambda: 0.0))
        controller = AppController(service, keeper, settings or Settings(), clock=clock,
                                   timers=timers)
        window = MainWindow(controller, timers=timers)
        qtbot.addWidget(window, before_close_func=let_go)
        window.resize(width, height)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def let_go(window: MainWindow) -> None:
    """Closes the window's editor, if one is open, letting its changes go."""
    editor = window.routines.editor
    if editor is not None:
        editor.stack.setClean()
        editor.close()


@pytest.fixture
def editing_window(make_editing_window: MakeEditingWindow) -> MainWindow:
    return make_editing_window()
