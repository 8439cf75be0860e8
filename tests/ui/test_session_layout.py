"""The session screen uses its room for what matters from the mat: a big picture, big
current steps, and every text size on offer laid out without cut-off or overlapping text."""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from stretchdesk.core.library import Library
from stretchdesk.core.settings import Settings
from stretchdesk.core.settings_schema import BOUNDS
from stretchdesk.core.timeline import PhaseKind
from stretchdesk.ui.main_window import MainWindow
from stretchdesk.ui.pose_placement import Arrangement
from stretchdesk.ui.step_list import StepList, StepSection
from tests.core.clock import FakeClock
from tests.ui.conftest import MakeWindow, advance
from tests.ui.drawn import drawn_box
from tests.ui.screen_checks import clipped_text, overlapping_siblings, settle

SIZES = [QSize(1280, 800), QSize(1920, 1080)]
size_id = lambda s: f"{s.width()}x{s.height()}"  # noqa: E731


def still(window: MainWindow) -> None:
    """Ends the picture's movement, as the clock would after a second or so."""
    figure = window.session_view.figure
    figure.clock.seek(figure.clock.duration_ms)  # type: ignore[attr-defined]


def each_phase(window: MainWindow, routine_id: str) -> list[int]:
    """Starts `routine_id` and returns its phase indexes; go_to moves between them."""
    window.controller.start_routine(routine_id)
    session = window.controller.driver.session
    assert session is not None
    return list(range(len(session.timeline)))


def go_to(window: MainWindow, index: int) -> None:
    session = window.controller.driver.session
    assert session is not None
    while session.index < index:
        window.controller.driver.skip()


@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_the_picture_fills_its_place(make_window: MakeWindow, library: Library,
                                     qtbot: QtBot, size: QSize) -> None:
    """For every stretch the body, in its starting position and its hold, covers nearly
    all of the picture's place, and that place is a good share of the room it shares
    with the steps."""
    window = make_window(size.width(), size.height())
    seen: set[str] = set()
    for routine in library.routines.values():
        if {i.stretch_id for i in routine.items} <= seen:
            continue
        for index in each_phase(window, routine.id):
            go_to(window, index)
            session = window.controller.driver.session
            assert session is not None
            phase = session.phase
            if phase.stretch_id in seen or phase.kind is not PhaseKind.PREPARE:
                continue
            view = window.session_view
            drawn = QRect()
            for kind in (PhaseKind.PREPARE, PhaseKind.HOLD):
                while session.phase.kind is not kind:
                    window.controller.driver.skip()
                still(window)
                settle(qtbot, window)
                drawn = drawn.united(drawn_box(view.figure.grab().toImage()))
            figure, panel = view.figure.size(), view.pose_panel.size()
            name = phase.stretch_id
            assert drawn.width() >= 0.85 * figure.width(), name
            assert drawn.height() >= 0.85 * figure.height(), name
            share = figure.width() * figure.height() / (panel.width() * panel.height())
            assert share >= 0.2, (name, share)
            seen.add(phase.stretch_id)
        window.controller.stop()
        window.back_to_picker()
    shown = {p.stretch_id for r in library.routines.values()
             for p in window.controller.timeline_for(r)}  # at this level
    assert seen == shown


def test_a_sitting_stretch_has_its_steps_beside_it_a_lying_one_below(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.controller.start_routine("desk-break")  # starts with a stretch done on a chair
    settle(qtbot, window)
    panel = window.session_view.pose_panel
    assert panel.arrangement is Arrangement.SIDE
    assert panel.figure.height() >= 0.9 * panel.height()
    window.controller.stop()
    window.back_to_picker()
    window.controller.start_routine("gentle-beginner")  # starts lying down
    settle(qtbot, window)
    assert panel.arrangement is Arrangement.STACKED
    assert panel.figure.width() >= 0.6 * panel.width()


@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_current_steps_are_large_and_never_smaller_than_any_other_step_text(
    make_window: MakeWindow, library: Library, size: QSize
) -> None:
    window = make_window(size.width(), size.height())
    current: dict[str, list[int]] = defaultdict(list)
    others: dict[str, list[int]] = defaultdict(list)
    for routine in library.routines.values():
        for index in each_phase(window, routine.id):
            go_to(window, index)
            session = window.controller.driver.session
            assert session is not None
            steps = window.session_view.steps
            key = session.phase.stretch_id
            current[key].append(steps.step_font.pixelSize())
            others[key] += [steps.fonts.heading.pixelSize(), steps.fonts.other.pixelSize()]
            assert steps.fits, (routine.id, index)
        window.controller.stop()
        window.back_to_picker()
    for stretch_id, sizes in current.items():
        assert min(sizes) >= 18, stretch_id
        assert min(sizes) >= max(others[stretch_id]), stretch_id


def test_long_steps_scroll_at_a_readable_size_instead_of_shrinking(qtbot: QtBot) -> None:
    steps = StepList()
    qtbot.addWidget(steps)
    steps.resize(500, 200)
    steps.set_base(720)
    steps.show()
    long = tuple(f"Step {n}: keep breathing slowly and let the knee come closer" for n in range(12))
    steps.show_sections((StepSection("Get into position", ("Lie down.",), False),
                         StepSection("Hold", long, True),
                         StepSection("Release", ("Let go.",), False)))
    assert steps.step_font.pixelSize() == steps.smallest_pixels() >= 18
    assert not steps.fits
    bar = steps.verticalScrollBar()
    assert bar.maximum() > 0
    top = next(line.rect.top() for line in steps.lines if line.current)
    assert bar.value() <= top < bar.value() + steps.viewport().height()  # "Now: Hold" in view
    bar.setValue(bar.maximum())
    bottom = max(line.rect.bottom() for line in steps.lines)
    assert bottom <= bar.value() + steps.viewport().height() + 1  # the last step can be read


def offered_scales() -> list[float]:
    """Every text size the Settings window offers (5 % steps)."""
    low, high = BOUNDS["text_scale"].low, BOUNDS["text_scale"].high
    return [n / 100 for n in range(round(low * 100), round(high * 100) + 1, 5)]


@pytest.mark.parametrize("scale", offered_scales(), ids=lambda s: f"{round(s * 100)}%")
def test_every_text_size_lays_out_without_cut_off_or_overlapping_text(
    make_window: MakeWindow, clock: FakeClock, qtbot: QtBot, scale: float
) -> None:
    window = make_window(1280, 800, settings=Settings(text_scale=scale))
    window.controller.start_routine("gentle-beginner")
    view = window.session_view
    session = window.controller.driver.session
    assert session is not None
    looked_at: set[tuple[PhaseKind, bool]] = set()
    while session.index < len(session.timeline) - 1:
        phase = session.phase
        seen = (phase.kind, phase.side is not None)
        if seen not in looked_at:
            looked_at.add(seen)
            advance(window, clock, 0.5)
            view.show_caption("Starting position: single knee to chest, left side")
            for paused in (False, True):
                if paused:
                    window.controller.toggle_pause()
                settle(qtbot, window)
                where = f"{phase.kind.name} {phase.side} paused={paused}"
                assert clipped_text(window) == [], where
                parents = [view, view.banner, view.controls, view.pose_panel]
                assert overlapping_siblings(window, parents) == [], where
                banner = view.banner
                for label in (banner.phase_label, banner.side_label):
                    if label.isVisibleTo(window):
                        assert label.width() >= label.fontMetrics().horizontalAdvance(
                            label.text()), where
            window.controller.toggle_pause()
        window.controller.driver.skip()
    assert (PhaseKind.PREPARE, True) in looked_at  # "Starting position" with "Left side"
    assert (PhaseKind.SWITCH, True) in looked_at


def test_the_title_stays_on_one_line_at_150_percent(make_window: MakeWindow,
                                                    qtbot: QtBot) -> None:
    window = make_window(1280, 800, settings=Settings(text_scale=1.5))
    window.controller.start_routine("morning-stiffness")
    settle(qtbot, window)
    title: QLabel = window.session_view.stretch_label
    assert title.height() <= title.fontMetrics().lineSpacing() * 1.5
    assert title.font().pixelSize() >= window.session_view.progress_label.font().pixelSize()
