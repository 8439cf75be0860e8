"""A controller on a fake clock and fake timers, with a fake view: no window at all."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from stretchdesk import paths
from stretchdesk.audio.player import SilentPlayer
from stretchdesk.controller.app_controller import AppController
from stretchdesk.controller.library_service import LibraryService
from stretchdesk.controller.settings_keeper import SettingsKeeper
from stretchdesk.core.cautions import CautionAnswer
from stretchdesk.core.library import Library, load_library
from stretchdesk.core.settings import Settings
from stretchdesk.core.settings_store import SettingsStore
from tests.core.clock import FakeClock
from tests.helpers.timers import FakeTimers


@dataclass
class FakeView:
    """Answers the controller's questions as a person would, and keeps what it was asked."""

    answer: CautionAnswer = field(default_factory=lambda: CautionAnswer(True, False))
    asked: list[str] = field(default_factory=list)

    def ask_cautions(self, routine_name: str,
                     groups: list[tuple[str, list[str]]]) -> CautionAnswer:
        self.asked.append(routine_name)
        return self.answer


@pytest.fixture(scope="session")
def library() -> Library:
    return load_library(paths.data_dir())


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def timers() -> FakeTimers:
    return FakeTimers()


@pytest.fixture
def store(tmp_path: Path) -> SettingsStore:
    return SettingsStore(tmp_path / "config", lambda: 0.0)


@pytest.fixture
def view() -> FakeView:
    return FakeView()


@pytest.fixture
def player() -> SilentPlayer:
    return SilentPlayer()


@pytest.fixture
def controller(library: Library, clock: FakeClock, timers: FakeTimers, store: SettingsStore,
               view: FakeView, player: SilentPlayer, tmp_path: Path) -> AppController:
    service = LibraryService(lambda: library, tmp_path / "routines", timers=timers)
    made = AppController(service, SettingsKeeper(store), Settings(), clock=clock, timers=timers)
    made.set_view(view)
    made.attach_sound(player)
    return made
