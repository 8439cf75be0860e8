"""In French, nothing is cut off, elided or drawn over at 800x600, 1280x800 and 1920x1080.

French runs about 20 % longer than English (issue 19). The main screens are walked with
French translators installed and the library loaded in French: the routine list, the
cautions before a routine, each phase of a session, the finish screen, and every page of
the Settings window. Until every area's French has landed this mostly checks English
text; it tightens by itself as the translations arrive.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from stretchdesk import paths
from stretchdesk.core import language
from stretchdesk.core.cautions import caution_groups, routine_cautions
from stretchdesk.core.library import Library, load_library
from stretchdesk.core.settings import Settings
from stretchdesk.core.timeline import PhaseKind
from stretchdesk.ui.cautions import CautionsDialog
from stretchdesk.ui.main_window import MainWindow
from stretchdesk.ui.settings_dialog import SettingsDialog
from stretchdesk.ui.translation import install_translators
from tests.core.clock import FakeClock
from tests.ui.conftest import MakeWindow, advance
from tests.ui.screen_checks import clipped_text, in_scroll_area, overlapping_siblings, settle

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SIZES = [QSize(800, 600), QSize(1280, 800), QSize(1920, 1080)]
SETTINGS_SIZE = QSize(820, 640)  # the Settings window's own size, where the screen has room


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    """French for this test: the run's language and Qt's translators (tests/conftest.py
    puts English back after it)."""
    language.set_current("fr")
    install_translators(qapp, "fr")
    yield


@pytest.fixture
def french_library(french: None) -> Library:
    return load_library(paths.data_dir())


@pytest.fixture
def french_window(make_window: MakeWindow, french_library: Library) -> MakeWindow:
    def make(width: int, height: int) -> MainWindow:
        return make_window(width, height, lib=french_library)
    return make


# -- what counts as cut off ---------------------------------------------------------------


def cut_off(root: QWidget) -> list[str]:
    """Every visible text under `root` (a window or dialog) that lacks the room it needs:
    labels (one line: their width; wrapped: their height for that width), buttons, tab
    titles that Qt would elide, and group box titles."""
    problems: list[str] = []
    inside = QRect(0, 0, root.width(), root.height())
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text():
            continue
        name = f"label {label.objectName()!r} {label.text()[:50]!r}"
        if label.wordWrap():
            need = QSize(label.minimumSizeHint().width(), label.heightForWidth(label.width()))
        else:
            need = label.minimumSizeHint()
        if need.width() > label.width() or need.height() > label.height():
            problems.append(f"{name}: needs {need.toTuple()}, has {label.size().toTuple()}")
        box = QRect(label.mapTo(root, label.rect().topLeft()), label.size())
        if not inside.contains(box) and not in_scroll_area(label):
            problems.append(f"{name}: outside the window at {box.getRect()}")
    for button in root.findChildren(QAbstractButton):
        if button.isVisibleTo(root) and button.text() and (
                button.sizeHint().width() > button.width()):
            problems.append(f"button {button.text()!r}: needs {button.sizeHint().width()} px, "
                            f"has {button.width()}")
    for bar in root.findChildren(QTabBar):
        if not bar.isVisibleTo(root):
            continue
        for index in range(bar.count()):
            if bar.tabRect(index).width() < bar.tabSizeHint(index).width():
                problems.append(f"tab {bar.tabText(index)!r} is elided")
    for group in root.findChildren(QGroupBox):
        if group.isVisibleTo(root) and group.title():
            need = group.fontMetrics().horizontalAdvance(group.title().replace("&", ""))
            if need > group.width():
                problems.append(f"group {group.title()!r}: needs {need} px, has {group.width()}")
    return problems


def main_screen_problems(window: MainWindow) -> list[str]:
    problems = clipped_text(window) + cut_off(window)
    parents: list[QWidget] = [window.picker, window.picker.details]
    if window.session_view.isVisibleTo(window):
        view = window.session_view
        parents += [view, view.banner, view.controls, view.pose_panel]
    if window.finish_view.isVisibleTo(window):
        parents.append(window.finish_view)
    problems += overlapping(window, parents)
    return sorted(set(problems))


def overlapping(root: QWidget, parents: list[QWidget]) -> list[str]:
    """Siblings drawn over each other, but for the focus ring, which is drawn around the
    focused widget on purpose (ui/focus_ring.py)."""
    return [p for p in overlapping_siblings(root, parents) if "'focusRing'" not in p]


# -- the screens --------------------------------------------------------------------------

Screen = Callable[[MainWindow, FakeClock], None]


def to_phase(kind: PhaseKind, pause: bool = False) -> Screen:
    def go(window: MainWindow, clock: FakeClock) -> None:
        window.controller.start_routine("morning-stiffness")
        session = window.controller.driver.session
        assert session is not None
        while session.phase.kind is not kind:
            window.controller.driver.skip()
        advance(window, clock, 1.0)
        if pause:
            window.controller.toggle_pause()
    return go


def to_finish(window: MainWindow, clock: FakeClock) -> None:
    window.controller.start_routine("desk-break")
    window.controller.extend(5.0)
    session = window.controller.driver.session
    assert session is not None
    advance(window, clock, session.timeline.total_seconds + 10)


SCREENS: dict[str, Screen] = {
    "picker": lambda window, clock: window.picker.select("gentle-beginner"),
    "prepare": to_phase(PhaseKind.PREPARE),
    "hold": to_phase(PhaseKind.HOLD),
    "release": to_phase(PhaseKind.RELEASE),
    "switch": to_phase(PhaseKind.SWITCH),
    "rest": to_phase(PhaseKind.REST),
    "paused": to_phase(PhaseKind.HOLD, pause=True),
    "finish": to_finish,
}


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
@pytest.mark.parametrize("screen", list(SCREENS))
def test_no_french_text_is_cut_off_or_overlapping(
    french_window: Callable[[int, int], MainWindow], clock: FakeClock, qtbot: QtBot,
    screen: str, size: QSize,
) -> None:
    window = french_window(size.width(), size.height())
    SCREENS[screen](window, clock)
    settle(qtbot, window)
    assert window.size() == size  # the layout did not force the window bigger
    assert main_screen_problems(window) == []


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_the_french_cautions_can_be_read(
    qtbot: QtBot, french_library: Library, size: QSize
) -> None:
    ids = sorted(r.id for r in french_library.routines.values()
                 if routine_cautions(r, french_library))
    assert ids
    for routine_id in ids:
        routine = french_library.routines[routine_id]
        dialog = CautionsDialog(routine.name, caution_groups(routine, french_library),
                                room=size)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        settle(qtbot, dialog)
        problems = cut_off(dialog)
        for label in dialog.caution_labels:  # scrolled: each gets every line it needs
            if label.height() < label.heightForWidth(label.width()):
                problems.append(f"caution {label.text()[:50]!r} is cut short")
        assert problems == [], routine_id
        dialog.close()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_every_french_settings_page_leaves_its_text_room(
    qtbot: QtBot, french_library: Library, size: QSize
) -> None:
    dialog = SettingsDialog(Settings(), french_library, ("Français (France)", "English"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(min(size.width(), SETTINGS_SIZE.width()),
                  min(size.height(), SETTINGS_SIZE.height()))
    found: dict[str, list[str]] = {}
    for page in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(page)
        settle(qtbot, dialog)
        widget = dialog.tabs.widget(page)
        problems = cut_off(dialog) + overlapping(dialog, [widget])
        if problems:
            found[dialog.tabs.tabText(page)] = sorted(set(problems))
    assert found == {}


def test_the_check_catches_cut_off_text_in_a_dialog(qtbot: QtBot, french_library: Library) -> None:
    dialog = SettingsDialog(Settings(), french_library, ())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentWidget(dialog.display)
    dialog.display.language.note.setWordWrap(False)
    dialog.display.language.note.setFixedWidth(40)
    dialog.close_button.setFixedWidth(10)
    settle(qtbot, dialog)
    problems = cut_off(dialog)
    assert any("languageNote" in p for p in problems)
    assert any(p.startswith("button") for p in problems)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_the_french_warning_signs_guides_and_history_leave_their_text_room(
    french_window: Callable[[int, int], MainWindow], qtbot: QtBot, size: QSize,
    tmp_path: Path,
) -> None:
    window = french_window(size.width(), size.height())
    window.picker.select("gentle-beginner")
    found: dict[str, list[str]] = {}
    safety = window.about.show_safety(first_start=True)
    guides = window.about.show_guides("gentle-beginner")
    for name, dialog in (("warning signs", safety), ("stretch guide", guides)):
        assert dialog is not None
        qtbot.waitExposed(dialog)
        settle(qtbot, dialog)
        if problems := cut_off(dialog):
            found[name] = problems
        dialog.close()
    window.controller.open_history(tmp_path / "history")
    window.history.open()
    assert window.history.showing
    settle(qtbot, window)
    if problems := main_screen_problems(window):
        found["history"] = problems
    assert found == {}
