"""The first window waits only for what the routine list needs (docs/performance.md).

Every module imported and every PySide enum built before the window shows is start-up
time. These tests run the real command in a fresh interpreter up to the moment its
window is shown, and look at what had been loaded by then and what the window holds.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from stretchdesk import paths
from stretchdesk.core.library import load_library
from stretchdesk.core.newcomer import gentlest_routine
from tests.conftest import REPO, app_env

# Runs `stretchdesk` and, the moment the window has been shown, prints what was loaded.
AT_SHOW = """
import gc, os, sys
from stretchdesk import app, dataclass_code, paths
dataclass_code.remember(paths.cache_dir() / app.DATACLASS_CODE)  # as app.main does, first
import PySide6.QtCore as qtcore
import PySide6.QtGui
import PySide6.QtWidgets
eager_namespace = "Qt" in vars(qtcore)
from stretchdesk.ui import main_window

original_show = main_window.MainWindow.show

seen = {}

def show(self):
    original_show(self)
    seen.update({
        "modules": sorted(sys.modules),
        "qt_namespace": "Qt" in vars(qtcore),
        "widget_types_resolved": "TabPosition" in vars(
            vars(PySide6.QtWidgets).get("QTabWidget", object)),
        "eager_namespace": eager_namespace,
        "rows": {rid: self.picker.row_text(rid) for rid in self.picker.facts},
        "details": self.picker.details.name_label.text(),
        "start_enabled": self.picker.details.start_button.isEnabled(),
        "style_sheets": [w.objectName() for w in self.findChildren(PySide6.QtWidgets.QWidget)
                         if w.styleSheet()],
        "collecting": gc.isenabled(),
        "dataclass_methods_compiled": dataclass_code.active().compiled,
    })

main_window.MainWindow.show = show

# The first window counts until it has been painted (a window is mapped only then): what
# its first paint builds is start-up time as well.
from stretchdesk.ui import first_paint
original_after_first_paint = first_paint.after_first_paint

def after_first_paint(window, action, *args, **kwargs):
    def painted():
        seen["qt_namespace_at_paint"] = "Qt" in vars(qtcore)
        seen["widget_types_resolved_at_paint"] = "TabPosition" in vars(
            vars(PySide6.QtWidgets).get("QTabWidget", object))
        seen["theme_icons_at_paint"] = "ThemeIcon" in vars(
            vars(PySide6.QtGui).get("QIcon", object))
        dataclass_code.save()  # as the start does once the window has been painted
        print(repr(seen), flush=True)
        os._exit(0)
    original_after_first_paint(window, painted, *args, **kwargs)

first_paint.after_first_paint = after_first_paint
from stretchdesk.app import main
main([])
"""

# Loaded later, when a session starts or a dialog opens; never for the routine list.
NOT_AT_START = (
    "yaml", "stretchdesk.core.session", "stretchdesk.core.events",
    "stretchdesk.core.phase_record", "stretchdesk.core.session_summary",
    "stretchdesk.core.event_log", "stretchdesk.core.cues",
    "stretchdesk.controller.driver", "stretchdesk.controller.wake_plan",
    "stretchdesk.controller.cue_output", "stretchdesk.controller.caution_gate",
    "stretchdesk.ui.session_view", "stretchdesk.ui.finish_view", "stretchdesk.ui.cautions",
    "stretchdesk.ui.stop_dialog", "stretchdesk.ui.settings_dialog",
    "stretchdesk.ui.screen_awake", "stretchdesk.audio",
    "stretchdesk.figure", "PySide6.QtMultimedia", "PySide6.QtTextToSpeech",
    # The routine editor and sharing: only once the person asks for them.
    "stretchdesk.ui.editor", "stretchdesk.ui.sharing", "stretchdesk.core.routine_draft",
    "stretchdesk.core.routine_folder", "stretchdesk.core.routine_writer",
    "stretchdesk.core.routine_exchange", "stretchdesk.core.draft_file", "PySide6.QtSvg",
    # Reminders and the tray: D-Bus, X11 and the scheduler join after the first paint.
    "stretchdesk.desktop", "jeepney", "PySide6.QtDBus", "stretchdesk.ui.reminder_service",
    "stretchdesk.ui.reminder_desktop", "stretchdesk.ui.reminder_memory",
    "stretchdesk.ui.tray_presence", "stretchdesk.ui.login_start",
    "stretchdesk.core.reminders.scheduler", "stretchdesk.core.reminders.calendar",
    "stretchdesk.core.reminders.usage", "stretchdesk.core.reminders.state",
    "stretchdesk.core.reminders.reminder",
    "stretchdesk.core.history", "zoneinfo",
    # The history (issue 17): the store opens after the first paint, the screen on H.
    "sqlite3", "stretchdesk.controller.history_keeper", "stretchdesk.ui.history",
    "stretchdesk.ui.check_in_panel", "stretchdesk.ui.resume_dialog",
    # The focus ring (QStyle's proxy), high contrast, digests, HTML: not needed to
    # show the routine list.
    "stretchdesk.ui.focus_ring", "stretchdesk.ui.high_contrast", "stretchdesk.ui.phase_style",
    "hashlib", "html",
)


def start_once(home: Path) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", AT_SHOW], env=app_env(home), cwd=REPO,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    seen = ast.literal_eval(done.stdout.strip().splitlines()[-1])
    assert isinstance(seen, dict)
    return seen


@pytest.fixture(scope="module")
def starts(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, object], ...]:
    """The first start on a fresh machine and the next one, with one routine of the person's."""
    home = tmp_path_factory.mktemp("home")
    mine = home / "data" / "routines"
    mine.mkdir(parents=True)
    (mine / "mine.yaml").write_text(
        "id: my-evening\nname: My evening\npurpose: Mine.\nneeds: [floor]\n"
        "items:\n  - stretch: childs-pose\n", encoding="utf-8")
    return start_once(home), start_once(home)


def test_the_first_window_is_the_whole_routine_list_with_details(
    starts: tuple[dict[str, object], ...]
) -> None:
    library = load_library(paths.data_dir())
    for seen in starts:
        rows = seen["rows"]
        assert isinstance(rows, dict)
        assert set(rows) == {*library.routines, "my-evening"}
        assert rows["my-evening"].startswith("My evening\n")
        # A first run (and no routine chosen before) starts at the gentlest routine.
        gentlest = library.routines[gentlest_routine(library) or ""]
        assert seen["details"] == gentlest.name and seen["start_enabled"]


def test_the_second_start_reads_no_yaml(starts: tuple[dict[str, object], ...]) -> None:
    first, second = starts
    assert "yaml" in first["modules"]  # type: ignore[operator]  # the cache was made then
    assert "yaml" not in second["modules"]  # type: ignore[operator]


def test_sessions_dialogs_and_sound_are_loaded_after_the_window_shows(
    starts: tuple[dict[str, object], ...]
) -> None:
    modules = starts[1]["modules"]
    assert isinstance(modules, list)
    early = [m for m in modules if m in NOT_AT_START or m.startswith(
        tuple(f"{name}." for name in NOT_AT_START))]
    assert early == []


def test_the_window_shows_before_pyside_builds_its_qt_namespace(
    starts: tuple[dict[str, object], ...]
) -> None:
    # The first use of PySide6.QtCore.Qt turns ~90 C++ enums into Python ones (~14 ms).
    # The picker's modules avoid it; a `Qt.` in them brings that cost back to every start.
    if starts[0]["eager_namespace"]:
        pytest.skip("this PySide builds its Qt namespace on import: nothing to avoid")
    assert starts[0]["qt_namespace"] is False
    assert starts[1]["qt_namespace"] is False
    # Painting it must not build the namespace either: QPainter.setPen, QBrush(QColor)
    # and QPalette(...) all match a `Qt` enum overload and build it (accent_button.py).
    assert starts[1]["qt_namespace_at_paint"] is False


def test_the_window_shows_before_pyside_resolves_every_widget_type(
    starts: tuple[dict[str, object], ...]
) -> None:
    # The first widget that Qt made and Python is handed (a scroll area's viewport(), say)
    # makes PySide resolve every widget class to find its type, building ~60 enums of
    # classes the window never uses (tab widgets among them): ~20 ms of the first window.
    assert starts[1]["widget_types_resolved"] is False
    assert starts[1]["widget_types_resolved_at_paint"] is False


def test_the_window_shows_before_pyside_builds_the_theme_icon_names(
    starts: tuple[dict[str, object], ...]
) -> None:
    # QIcon's class brings its ThemeIcon enum, 151 names (~2.5 ms): the window's icon is
    # set once the routine list has been painted.
    assert starts[1]["theme_icons_at_paint"] is False


def test_the_window_shows_without_a_style_sheet(
    starts: tuple[dict[str, object], ...]
) -> None:
    # The first style sheet set in the app costs ~9 ms (Qt builds its style-sheet style).
    assert starts[1]["style_sheets"] == []


def test_the_second_start_compiles_no_dataclass_method(
    starts: tuple[dict[str, object], ...]
) -> None:
    # Some thirty classes, ~1 ms each to compile: the first start keeps their code.
    first, second = (seen["dataclass_methods_compiled"] for seen in starts)
    assert isinstance(first, int) and first > 100
    assert second == 0


def test_the_garbage_collector_rests_while_the_window_opens(
    starts: tuple[dict[str, object], ...]
) -> None:
    # Nothing made while starting is garbage; sweeping it again and again costs ~5 ms.
    assert starts[1]["collecting"] is False
