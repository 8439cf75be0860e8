"""A session's first frame waits only for the session screen, and the session keeps only
what it needs (docs/performance.md).

The session screen is built when the first session starts, so whatever building it
costs is time between Enter and the first frame. These tests run the real command in a
fresh interpreter into a session and look at what building the screen did, and at what
the process holds 1.5 s into the session.
"""

from __future__ import annotations

import ast
import compileall
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, app_env

# Starts a session; prints what PySide had built once the session screen was, and ends
# 1.5 s into it.
IN_SESSION = """
import os, sys
from stretchdesk import app, dataclass_code, paths
dataclass_code.remember(paths.cache_dir() / app.DATACLASS_CODE)  # as app.main does, first
import PySide6.QtWidgets
from PySide6.QtCore import QTimer
from stretchdesk.ui import session_screen

original_build = session_screen.build_session_view
seen = {}

def build(*args, **kwargs):
    view = original_build(*args, **kwargs)
    seen["widget_types_resolved"] = "TabPosition" in vars(
        vars(PySide6.QtWidgets).get("QTabWidget", object))
    # Ended as a killed process ends, mid-session: no quitting to save anything then.
    QTimer.singleShot(1500, report)
    return view

def report():
    seen["modules"] = sorted(sys.modules)
    seen["dataclass_texts_in_memory"] = dataclass_code.active().in_memory
    seen["memory_given_back"] = freed_memory.given_back
    seen["memory_given_back_by"] = givers
    print(repr(seen), flush=True)
    os._exit(0)

session_screen.build_session_view = build

# Who handed memory back: the start (launch.py), and a still figure its outlines.
from stretchdesk import freed_memory
givers = []
original_give_back = freed_memory.give_back

def give_back():
    givers.append(sys._getframe(1).f_code.co_filename.rsplit("/", 1)[-1])
    return original_give_back()

freed_memory.give_back = give_back

# As a person starts one: from the routine list, once the window is up (not --start).
from stretchdesk.ui import first_paint
original_after_first_paint = first_paint.after_first_paint

started = []

def after_first_paint(window, action, *args, **kwargs):
    def then_start():
        action()
        QTimer.singleShot(100, lambda: window.controller.start_routine(
            "desk-break", ask_cautions=False))
    first = not started  # the window's: later ones (the session screen's) run as they are
    started.append(window)
    original_after_first_paint(window, then_start if first else action, *args, **kwargs)

first_paint.after_first_paint = after_first_paint
from stretchdesk.app import main
main(["--routine", "desk-break", "--speed", "2"])
"""

# A later run: defining the session screen's classes again, from the kept code.
LATER = """
from stretchdesk import app, dataclass_code, paths
kept = dataclass_code.remember(paths.cache_dir() / app.DATACLASS_CODE)
import stretchdesk.ui.session_screen
import stretchdesk.ui.figure_view  # (the session view imports it when it is built)
print(kept.compiled)
"""


def run(script: str, home: Path) -> str:
    done = subprocess.run([sys.executable, "-c", script], env=app_env(home), cwd=REPO,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip().splitlines()[-1]


@pytest.fixture(scope="module")
def session_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, object], Path]:
    home = tmp_path_factory.mktemp("home")
    # Compiled as an installed app's modules are: compiling one on import loads
    # unicodedata for its \N{...} escapes, which the run itself never needs.
    compileall.compile_dir(REPO / "stretchdesk", quiet=1)
    seen = ast.literal_eval(run(IN_SESSION, home))
    assert isinstance(seen, dict)
    return seen, home


def test_the_session_screen_is_built_before_pyside_resolves_every_widget_type(
    session_run: tuple[dict[str, object], Path]
) -> None:
    # Asking a scroll area for the viewport Qt made has PySide resolve every widget class
    # (~60 enums, ~20 ms between Enter and the first frame); the step list has its own.
    seen, _home = session_run
    assert seen["widget_types_resolved"] is False


def test_a_session_keeps_the_code_of_its_screens_dataclasses(
    session_run: tuple[dict[str, object], Path]
) -> None:
    # The session screen's modules define some forty dataclasses (~1 ms each to compile);
    # the run that first built the screen keeps their code for the next one, even when
    # it is killed before it quits.
    _seen, home = session_run
    assert int(run(LATER, home)) == 0


# Loaded for something a session of the shipped routines never does, in English: the XML
# parser checks a stretch's picture file (every shipped stretch is drawn from the body
# model), Unicode's tables sort names with accents. Each stays mapped once loaded.
NOT_IN_SESSION = ("xml", "pyexpat", "_elementtree", "unicodedata")


def test_a_session_loads_no_module_it_does_not_use(
    session_run: tuple[dict[str, object], Path]
) -> None:
    seen, _home = session_run
    modules = seen["modules"]
    assert isinstance(modules, list)
    assert [m for m in modules if m.split(".")[0] in NOT_IN_SESSION] == []


def test_a_session_keeps_its_dataclass_code_on_disk_only(
    session_run: tuple[dict[str, object], Path]
) -> None:
    # Saved once the session's first frame is painted; kept in memory, the texts and
    # code of every class defined so far stay there for the whole run (~0.3 MiB).
    seen, _home = session_run
    assert seen["dataclass_texts_in_memory"] == 0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc")
def test_what_the_start_freed_is_given_back_once_the_session_shows(
    session_run: tuple[dict[str, object], Path]
) -> None:
    # Freed by starting the session and left resident by malloc, otherwise counted
    # against the session for as long as it runs (freed_memory.py).
    seen, _home = session_run
    givers = seen["memory_given_back_by"]
    assert isinstance(givers, list)
    assert givers.count("launch.py") == 1  # no voice in this run: only the first frame
    assert set(givers) <= {"launch.py", "figure_view.py"}  # and the still figure's outlines
    assert seen["memory_given_back"] == len(givers)
