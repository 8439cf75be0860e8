"""Times the routine editor inside one StretchDesk process, and prints what it found as JSON.

    python -m benchmarks.editor_probe ROUTINES OPENINGS

Run by benchmarks/editor.py under the sandbox's Xvfb with its own data and cache folders.
The routine folder gets ROUTINES routines of the person's (if it has none yet); the main
window opens as the app opens it (its sound and folder watch joining after it is shown);
then the editor is opened on one of those routines
OPENINGS times (the first opening imports the editor and finds the picture cache empty
or not), each timed from the Edit key's action to the end of the editor's first paint.
Then, in an open editor, every keystroke of typing in the search box (and each change
of the place filter) is timed to the end of the list's repaint.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from stretchdesk import paths

if TYPE_CHECKING:
    from stretchdesk.ui.editor.window import RoutineEditor

TYPED = "seated knee"


class FirstPaint(QObject):
    """Notes the moment `widget` has been painted (its paint event handled)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.at: float | None = None
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.at is None:
            QApplication.postEvent(self, QEvent(QEvent.Type.User))
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.User and self.at is None:
            self.at = time.perf_counter()  # the paint event that was pending is done
            return True
        return super().event(event)


def write_routines(count: int) -> None:
    """`count` routines of the person's, 3 to 6 stretches each, unless there are some."""
    from stretchdesk.core.library import load_library
    from stretchdesk.core.model import Routine, RoutineItem
    from stretchdesk.core.routine_writer import routine_yaml

    folder = paths.user_routines_dir()
    if folder.is_dir() and any(folder.iterdir()):
        return
    folder.mkdir(parents=True, exist_ok=True)
    stretches = sorted(load_library(paths.data_dir()).stretches)
    for n in range(count):
        items = tuple(RoutineItem(stretches[(n + k) % len(stretches)], 20 + k)
                      for k in range(3 + n % 4))
        routine = Routine(f"own-{n:03d}", f"Own routine {n:03d}", "For the benchmark.", items)
        (folder / f"{routine.id}.yaml").write_text(routine_yaml(routine), encoding="utf-8")


def main(argv: list[str]) -> int:
    count, openings = int(argv[0]), int(argv[1])
    write_routines(count)
    app = QApplication(sys.argv[:1])
    from stretchdesk.controller.app_controller import AppController
    from stretchdesk.controller.settings_keeper import SettingsKeeper
    from stretchdesk.ui.launch import library_service
    from stretchdesk.ui.main_window import MainWindow

    service = library_service()
    controller = AppController(service, SettingsKeeper())
    window = MainWindow(controller)
    window.resize(1280, 800)
    window.show()
    while window.windowHandle() is None or not window.windowHandle().isExposed():
        app.processEvents()
    # What the app does once the routine list is on screen (ui/launch.py, finish_setup):
    # the editor opens into a window in that state.
    from stretchdesk.audio.player import make_player

    service.watch()
    controller.attach_sound(make_player(paths.sounds_dir()))
    for _ in range(20):
        app.processEvents()
    own = sorted(r.id for r in controller.library.routines.values() if r.user)
    target = own[len(own) // 2]
    opens: list[float] = []
    for _ in range(openings):
        window.select_routine(target)
        started = time.perf_counter()
        window.routines.edit_routine()
        editor = window.routines.editor
        assert editor is not None
        painted = FirstPaint(editor.centralWidget())
        while painted.at is None:
            app.processEvents()
        opens.append((painted.at - started) * 1000)
        thumbnails = window.routines._thumbnails
        drawn = thumbnails.drawn if thumbnails is not None else 0
        editor.stack.setClean()
        editor.close()
        for _ in range(5):
            app.processEvents()
    from stretchdesk.core.routine_draft import RoutineDraft

    editor = window.routines.open_editor(RoutineDraft(), unsaved=False)
    assert editor is not None
    for _ in range(60):  # every picture on screen drawn, as a person would see it
        app.processEvents()
    keystrokes = filter_times(editor)
    print(json.dumps({"routines": len(own), "opens_ms": opens, "pictures_drawn": drawn,
                      "filter_ms": keystrokes}), flush=True)
    editor.stack.setClean()
    editor.close()
    return 0


def filter_times(editor: RoutineEditor) -> list[float]:
    """Milliseconds from each change of the filter to the end of the list's repaint."""
    stretch_list = editor.stretch_list
    viewport = stretch_list.view.viewport()
    times: list[float] = []

    def timed(change: Callable[[], object]) -> None:
        started = time.perf_counter()
        change()
        viewport.repaint()  # paints now, as the next frame would
        times.append((time.perf_counter() - started) * 1000)

    for n in [*range(1, len(TYPED) + 1), *range(len(TYPED) - 1, -1, -1)]:
        timed(partial(stretch_list.search.setText, TYPED[:n]))  # typing, then deleting
    for index in (1, 2, 3, 0):
        timed(partial(stretch_list.place.setCurrentIndex, index))
    return times


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
