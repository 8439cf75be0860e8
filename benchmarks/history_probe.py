"""Measures the history inside one GUI process, as the app would meet it; prints JSON.

    python -m benchmarks.history_probe commits FOLDER   each phase's commit on this thread
    python -m benchmarks.history_probe open FOLDER      the history screen, first and again

FOLDER holds a history.sqlite3 (the benchmark makes ten years of it). The QApplication
lives on this thread, so what is timed here is what the GUI thread would wait for.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from stretchdesk import paths
from stretchdesk.core.library import load_library
from stretchdesk.core.model import Library
from stretchdesk.core.settings import Level, Settings
from stretchdesk.core.timeline import build_timeline

ZONE = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 5, 14, 20, tzinfo=ZONE).timestamp()  # the evening of the last day
SESSIONS = 40  # sessions recorded by the commit probe (each with a checkpoint at its end)
WARM_OPENS = 5
ROUTINE = "after-sitting"


def commits(folder: Path) -> dict[str, object]:
    """Records SESSIONS sessions of a real routine into the history, timing every call."""
    from stretchdesk.core.history import HistoryStore, Outcome, RecordedPhase

    app = QApplication.instance() or QApplication(sys.argv[:1])
    library = load_library(paths.data_dir())
    timeline = build_timeline(library.routines[ROUTINE], library,
                              Settings(level=Level.INTERMEDIATE))
    store = HistoryStore(folder, now=NOW)
    phase_ms, end_ms, start_ms = [], [], []
    moment = NOW
    saved = True
    for _ in range(SESSIONS):
        began = time.perf_counter()
        recording = store.start_session(ROUTINE, "After long sitting", "intermediate", moment,
                                        ZONE)
        start_ms.append((time.perf_counter() - began) * 1000)
        for index, phase in enumerate(timeline):
            moment += phase.seconds
            record = RecordedPhase(index, phase.stretch_id, phase.kind, phase.side, phase.rep,
                                   phase.seconds, phase.seconds)
            began = time.perf_counter()
            saved = recording.record_phase(record, moment) and saved
            phase_ms.append((time.perf_counter() - began) * 1000)
            app.processEvents()  # the GUI thread's own work between two phases
        began = time.perf_counter()
        recording.end(Outcome.FINISHED, moment)
        end_ms.append((time.perf_counter() - began) * 1000)
        moment += 3600
    store.close()
    return {"phase_ms": phase_ms, "end_ms": end_ms, "start_ms": start_ms, "saved": saved,
            "problem": str(store.problem or "")}


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
