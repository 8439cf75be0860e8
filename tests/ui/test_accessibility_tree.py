"""Every screen and dialog, walked as a screen reader walks it: nothing nameless, nothing mute.

The walk (tests/ui/access_tree.py) fails on a control a person can focus that has no
accessible name, and on a widget we paint ourselves that says nothing in words (no
description and no value). Each screen is walked as it shows in use: the routine list,
every phase of a session, paused, the summary, every page of Settings, the cautions and
the list of keys.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from types import MappingProxyType

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from stretchdesk.core.history import history_statistics
from stretchdesk.core.history.queries import BackScore, DayTotal, HistoryTotals, RoutineTotal
from stretchdesk.core.library import Library
from stretchdesk.core.settings import Settings
from stretchdesk.core.timeline import PhaseKind
from stretchdesk.ui.cautions import CautionsDialog
from stretchdesk.ui.history.history_view import HistoryView
from stretchdesk.ui.key_overlay import KeysDialog
from stretchdesk.ui.main_window import MainWindow
from stretchdesk.ui.settings_dialog import SettingsDialog
from stretchdesk.ui.stop_dialog import StopQuestion
from tests.core.clock import FakeClock
from tests.ui.access_tree import named, problems, visible_nodes
from tests.ui.conftest import MakeWindow, advance
from tests.ui.test_problems_panel import library_with_broken_files


def shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_routine_list_is_named_throughout(window: MainWindow) -> None:
    assert problems(window) == []
    nodes = named(window)
    assert {"Routines", "Start", "Settings", "Beginner", "Intermediate", "Advanced"} <= set(nodes)


def test_every_phase_of_a_session_is_named_and_described(
        window: MainWindow, clock: FakeClock) -> None:
    c = window.controller
    c.start_routine("desk-break")
    seen = set()
    while c.session is not None and c.session.phase is not None and len(seen) < 5:
        kind = c.session.phase.kind
        if kind not in seen:
            seen.add(kind)
            assert problems(window) == [], kind
        c.skip()
    assert seen == set(PhaseKind)
    c.pause()
    assert problems(window) == []
    ring = named(window)["Time left in this phase"]
    assert ring.description.startswith("Paused, ")


def test_the_ring_the_picture_and_the_steps_say_what_they_show(
        window: MainWindow, clock: FakeClock, library: Library) -> None:
    c = window.controller
    c.start_routine("desk-break")
    advance(window, clock, 10.5)  # into the first hold
    phase = c.session.phase
    stretch = library.stretches[phase.stretch_id]
    nodes = named(window)
    ring = nodes["Time left in this phase"].description
    assert ring.startswith("Hold, ") and " seconds left, " in ring and stretch.name in ring
    pictures = [n for n in visible_nodes(window) if n.name.startswith("Picture: ")]
    assert len(pictures) == 1
    assert pictures[0].name.startswith(f"Picture: {stretch.name}, the stretch held")
    assert stretch.steps.hold[0] in pictures[0].description
    steps = nodes["Steps"].description
    assert all(step in steps for step in stretch.steps.hold)
    assert nodes["Phase"].description.startswith("Hold")


def test_the_summary_is_named(window: MainWindow, clock: FakeClock) -> None:
    c = window.controller
    c.start_routine("desk-break")
    advance(window, clock, 10.5)
    c.extend(5.0)  # a changed hold: the summary offers to keep it
    c.stop()
    assert window.page is window.finish_view
    assert problems(window) == []
    assert "Keep these holds next time" in named(window)


@pytest.mark.parametrize("page", range(4))
def test_every_settings_page_is_named(qtbot: QtBot, library: Library, page: int) -> None:
    dialog = SettingsDialog(Settings(), library, ("English", "Deutsch"))
    shown(qtbot, dialog)
    dialog.tabs.setCurrentIndex(page)
    assert problems(dialog) == []


def test_the_cautions_dialog_is_named(qtbot: QtBot) -> None:
    dialog = CautionsDialog("Desk break", [("Do not do these stretches if", ["You are hurt."])])
    shown(qtbot, dialog)
    assert problems(dialog) == []
    assert {"Start", "Not now"} <= set(named(dialog))


def test_the_keys_list_is_named(qtbot: QtBot) -> None:
    dialog = shown(qtbot, KeysDialog())
    assert problems(dialog) == []


def test_the_history_screen_and_its_charts_say_what_they_show(qtbot: QtBot) -> None:
    today = date(2026, 5, 14)
    days = tuple(DayTotal(today - timedelta(days=n), 600.0 + n * 60, 1) for n in range(20))
    totals = HistoryTotals(days, (RoutineTotal("before-bed", "Before bed", 900.0, 3),),
                           MappingProxyType({"pelvic-tilt": 600.0}),
                           (BackScore(today - timedelta(days=2), 0.0, 6, 3),
                            BackScore(today, 1.0, 5, None)))
    statistics = history_statistics(totals, today, rest_weekdays={6}, weekly_goal_minutes=60,
                                    areas={"pelvic-tilt": ("Belly and waist",)})
    view = HistoryView()
    view.resize(1280, 800)
    view.show_statistics(statistics)
    shown(qtbot, view)
    assert problems(view) == []


def test_the_warning_signs_and_the_stretch_guide_are_named(window: MainWindow,
                                                          qtbot: QtBot) -> None:
    safety = window.about.show_safety(first_start=True)
    assert safety is not None
    qtbot.waitExposed(safety)
    assert problems(safety) == []
    safety.close()
    guide = window.about.show_guides("desk-break", 1)
    assert guide is not None
    qtbot.waitExposed(guide)
    assert problems(guide) == []


def test_about_this_stretch_over_the_session_is_named(window: MainWindow) -> None:
    window.controller.start_routine("desk-break")
    window.about.toggle_overlay()
    assert window.about.overlay is not None and window.about.overlay.is_open
    assert problems(window) == []


def test_the_stop_question_is_named(window: MainWindow, qtbot: QtBot) -> None:
    question = StopQuestion(window)
    shown(qtbot, question)
    assert problems(question) == []
    assert {"Carry on", "Stop"} <= set(named(question))


def test_unusable_routine_files_are_listed_with_names(make_window: MakeWindow,
                                                     tmp_path: Path) -> None:
    window = make_window(lib=library_with_broken_files(tmp_path / "routines", 3))
    assert window.picker.problems_panel is not None
    assert problems(window) == []


def focus_order(start: QWidget) -> list[str]:
    """What a screen reader names each control Tab visits from `start`, until it is back."""
    order, widget = [], start
    while True:
        order.append(QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name))
        widget = widget.nextInFocusChain()
        while not (widget.isVisible() and widget.isEnabled()
                   and widget.focusPolicy().value & 1):  # Qt.FocusPolicy.TabFocus
            widget = widget.nextInFocusChain()
        if widget is start or len(order) > 40:
            return order


def test_tab_reads_the_routine_list_in_order(window: MainWindow) -> None:
    order = focus_order(window.picker.routine_list)
    # The list, what the chosen routine is, Start, the warning signs; then the buttons
    # for the person's own routines; last the row above: the levels and Settings.
    assert order[:4] == ["Routines", "About this routine", "Start", "Warning signs"]
    assert order[-4:] == ["Beginner", "Intermediate", "Advanced", "Settings"]
    assert "New" in order and "Import" in order
