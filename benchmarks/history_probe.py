"""Measures the history inside one GUI process, as the app would meet it; prints JSON.

    python -m benchmarks.history_probe commits FOLDER   each phase's commit on this thread,
                                                        through the app's controller
    python -m benchmarks.history_probe open FOLDER      the history screen, first and again

FOLDER holds a history.sqlite3 (the benchmark makes ten years of it). The QApplication
lives on this thread, so what is timed here is what the GUI thread would wait for.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from stretchdesk import paths
from stretchdesk.core.library import load_library
from stretchdesk.core.model import Library
from stretchdesk.core.settings import Level, Settings

ZONE = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 5, 14, 20, tzinfo=ZONE).timestamp()  # the evening of the last day
SESSIONS = 40  # sessions recorded by the commit probe (each with a checkpoint at its end)
WARM_OPENS = 5
ROUTINE = "after-sitting"


class _HandClock:
    """The session's clock, moved by hand to each phase's end (no waiting)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def commits(folder: Path) -> dict[str, object]:
    """Runs SESSIONS sessions of a real routine through the app's controller, as the app
    records them (driver events, HistoryKeeper, SessionRecorder, one commit per phase),
    timing the history's part of each batch of events on this thread."""
    from stretchdesk.controller.app_controller import AppController
    from stretchdesk.controller.library_service import LibraryService
    from stretchdesk.controller.settings_keeper import SettingsKeeper
    from stretchdesk.core.events import Event, Finished, PhaseStarted
    from stretchdesk.core.session_state import SessionState
    from stretchdesk.core.settings_store import SettingsStore

    app = QApplication.instance() or QApplication(sys.argv[:1])
    library = load_library(paths.data_dir())
    clock = _HandClock()
    wall = [NOW]
    controller = AppController(
        LibraryService(lambda: library, folder / "routines"),
        SettingsKeeper(SettingsStore(folder / "config", lambda: wall[0])),
        Settings(level=Level.INTERMEDIATE), clock=clock, wall_clock=lambda: wall[0])
    controller.open_history(folder, zone=lambda: ZONE)
    keeper = controller.history
    assert keeper is not None
    phase_ms: list[float] = []
    end_ms: list[float] = []
    start_ms: list[float] = []
    take, begin = keeper.take, keeper.begin

    def timed_take(events: Iterable[Event], ask_back: bool) -> None:
        events = list(events)
        began = time.perf_counter()
        take(events, ask_back)
        spent = (time.perf_counter() - began) * 1000
        if any(isinstance(e, Finished) for e in events):
            end_ms.append(spent)
        elif any(isinstance(e, PhaseStarted) and e.index > 0 for e in events):
            phase_ms.append(spent)

    def timed_begin(*args: object, **kwargs: object) -> None:
        began = time.perf_counter()
        begin(*args, **kwargs)  # type: ignore[arg-type]
        start_ms.append((time.perf_counter() - began) * 1000)

    keeper.take = timed_take  # type: ignore[method-assign]
    keeper.begin = timed_begin  # type: ignore[method-assign]
    for _ in range(SESSIONS):
        controller.start_routine(ROUTINE, ask_cautions=False)
        session = controller.session
        assert session is not None
        while session.state is SessionState.RUNNING:
            wall[0] += session.deadline - clock.now
            clock.now = session.deadline  # the phase's end: the next tick starts the next
            controller.driver.tick()
            app.processEvents()  # the GUI thread's own work between two phases
        wall[0] += 3600
    saved = not keeper.store.unsaved
    problem = str(keeper.store.problem or "")
    controller.shut_down()
    return {"phase_ms": phase_ms, "end_ms": end_ms, "start_ms": start_ms, "saved": saved,
            "problem": problem}


class _Painted(QObject):
    """Notes when every one of some widgets has been painted once."""

    def __init__(self, widgets: list[QWidget], loop: QEventLoop) -> None:
        super().__init__()
        self._waiting: set[QObject] = set(widgets)
        self._loop = loop
        for widget in widgets:
            widget.installEventFilter(self)
        self.at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched in self._waiting:
            self._waiting.discard(watched)
            if not self._waiting and self.at is None:
                self.at = time.perf_counter()
                QTimer.singleShot(0, self._loop.quit)
        return False


def _open_screen(folder: Path, library: Library,
                 window: QStackedWidget) -> tuple[float, dict[str, float]]:
    """Opens the history (store, statistics, screen) in `window` and waits for its paint.

    As in the app, the screen is a page of a window already on screen. The history's
    core is loaded already (the app opens the store at start, to offer to resume a
    session cut short); the screen's modules are not, the first time.
    """
    from stretchdesk.core.history import HistoryStore

    began = time.perf_counter()
    from stretchdesk.ui.history.feed import HistoryFeed
    from stretchdesk.ui.history.history_view import HistoryView

    imported = time.perf_counter()
    store = HistoryStore(folder, now=NOW)
    feed = HistoryFeed(store, library.stretches, lambda: NOW, ZONE, rest_weekdays={6},
                       weekly_goal_minutes=60)
    statistics = feed.statistics()
    counted = time.perf_counter()
    view = HistoryView()
    view.show_statistics(statistics)
    loop = QEventLoop()
    painted = _Painted([view.calendar, view.routines, view.areas, view.scores], loop)
    QTimer.singleShot(10_000, loop.quit)
    window.addWidget(view)
    window.setCurrentWidget(view)
    loop.exec()
    done = painted.at if painted.at is not None else float("nan")
    window.setCurrentIndex(0)
    window.removeWidget(view)
    view.deleteLater()
    store.close()
    return (done - began) * 1000, {"import_ms": (imported - began) * 1000,
                                   "statistics_ms": (counted - imported) * 1000,
                                   "screen_ms": (done - counted) * 1000}


def opens(folder: Path) -> dict[str, object]:
    """The first opening in this process (modules not loaded yet), then WARM_OPENS more."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    library = load_library(paths.data_dir())  # the running app has its library already
    window = QStackedWidget()  # the main window, showing the routine list
    window.addWidget(QWidget())
    window.resize(1280, 800)
    loop = QEventLoop()
    shown = _Painted([window.widget(0)], loop)
    QTimer.singleShot(10_000, loop.quit)
    window.show()
    loop.exec()
    assert shown.at is not None, "the window never showed"
    first, parts = _open_screen(folder, library, window)
    again = []
    for _ in range(WARM_OPENS):
        again.append(_open_screen(folder, library, window)[0])
        app.processEvents()
    return {"first_ms": first, "first_parts": parts, "again_ms": again}


def main() -> int:
    """Runs the mode named on the command line."""
    mode, folder = sys.argv[1], Path(sys.argv[2])
    result = commits(folder) if mode == "commits" else opens(folder)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
