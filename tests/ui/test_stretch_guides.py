"""What the data knows about each stretch, on screen: what each works in the picker, the
guide to a routine's stretches (a click or I), "about this stretch" during a session (I),
and the next stretch's key tip while resting."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from stretchdesk.core.library import Library
from stretchdesk.core.model import ModificationKind
from stretchdesk.core.session import SessionState
from stretchdesk.core.settings import Settings
from stretchdesk.core.stretch_guide import works
from stretchdesk.core.timeline import PhaseKind, session_items
from stretchdesk.core.words import PAUSED_WORD, phase_word
from stretchdesk.ui.guide_dialog import GuideDialog
from stretchdesk.ui.guide_overlay import GuideOverlay
from stretchdesk.ui.main_window import MainWindow
from stretchdesk.ui.session_view import SessionView
from tests.core.clock import FakeClock
from tests.ui.conftest import MakeWindow, advance

Key = Qt.Key


def activated(window: MainWindow, qtbot: QtBot) -> MainWindow:
    """`window`, made the active one, as a window a person has just opened is."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def open_guides(window: MainWindow) -> GuideDialog:
    dialogs = [d for d in window.findChildren(GuideDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def overlay(window: MainWindow) -> GuideOverlay:
    assert window.about.overlay is not None
    return window.about.overlay


def run_to(window: MainWindow, clock: FakeClock, kind: PhaseKind) -> None:
    """Lives through phases on the fake clock, as a person would, until `kind` begins."""
    session = window.controller.session
    assert session is not None
    while session.phase.kind is not kind:
        advance(window, clock, session.remaining)


def shows_phase_of_session(view: SessionView, window: MainWindow) -> None:
    """The session screen shows the phase the session is really in."""
    session = window.controller.session
    assert session is not None
    stretch = window.controller.library.stretches[session.phase.stretch_id]
    paused = session.state is SessionState.PAUSED
    assert view.banner.phase_word == (PAUSED_WORD if paused else phase_word(session.phase.kind))
    steps = {PhaseKind.HOLD: stretch.steps.hold, PhaseKind.RELEASE: stretch.steps.release,
             PhaseKind.REST: stretch.steps.prepare, PhaseKind.PREPARE: stretch.steps.prepare,
             PhaseKind.SWITCH: stretch.steps.prepare}[session.phase.kind]
    assert view.steps.highlighted_steps == steps
    assert view.ring.seconds_text == str(math.ceil(session.remaining - 1e-9))


# -- the picker ----------------------------------------------------------------------------


def test_details_list_what_each_stretch_works_in_plain_words(
    window: MainWindow, library: Library
) -> None:
    routine = library.routines["after-sitting"]
    window.select_routine(routine.id)
    stretches = [library.stretches[item.stretch_id]
                 for _, item in session_items(routine, library, Settings().level)]
    assert window.picker.details.overview.rows == tuple(
        (f"{n}. {s.name}", ", ".join(works(s, library.muscle_areas)))
        for n, s in enumerate(stretches, start=1))
    areas = " ".join(area for _, area in window.picker.details.overview.rows)
    assert "lower back" in areas and "erector spinae" not in areas  # plain words


def test_a_click_on_a_stretch_opens_its_guide(window: MainWindow, qtbot: QtBot,
                                              library: Library) -> None:
    routine = library.routines["after-sitting"]
    window.select_routine(routine.id)
    _name, works_text = window.picker.details.overview.row_labels(1)
    qtbot.mouseClick(works_text, Qt.MouseButton.LeftButton)  # the second stretch's row
    dialog = open_guides(window)
    second = session_items(routine, library, Settings().level)[1][1].stretch_id
    assert dialog.index == 1 and dialog.guide.stretch_id == second
    assert dialog.view.name_label.text() == library.stretches[second].name
    dialog.accept()


def test_i_in_the_picker_opens_the_guides_and_arrows_go_through_them(
    window: MainWindow, qtbot: QtBot, library: Library
) -> None:
    routine = library.routines["desk-break"]
    ids = [item.stretch_id for _, item in session_items(routine, library, Settings().level)]
    activated(window, qtbot).select_routine(routine.id)
    qtbot.keyClick(window, Key.Key_I)
    dialog = open_guides(window)
    first = library.stretches[ids[0]]
    assert dialog.view.name_label.text() == first.name
    assert dialog.view.section_items("tips") == first.tips
    qtbot.waitUntil(dialog.isActiveWindow)  # as a dialog just opened is
    qtbot.keyClick(dialog, Key.Key_Right)
    assert dialog.guide.stretch_id == ids[1]
    qtbot.keyClick(dialog, Key.Key_Left)
    qtbot.keyClick(dialog, Key.Key_Left)  # no further than the first
    assert dialog.guide.stretch_id == ids[0]
    qtbot.keyClick(dialog, Key.Key_I)
    assert not dialog.isVisible()


# -- during a session ----------------------------------------------------------------------


@pytest.fixture
def holding(window: MainWindow, clock: FakeClock, qtbot: QtBot) -> MainWindow:
    """Eight seconds into the first hold of the desk-break routine."""
    activated(window, qtbot).controller.start_routine("desk-break")
    run_to(window, clock, PhaseKind.HOLD)
    advance(window, clock, 8.0)
    return window


def test_i_opens_the_guide_to_the_current_stretch(holding: MainWindow, qtbot: QtBot,
                                                  library: Library) -> None:
    session = holding.controller.session
    assert session is not None
    stretch = library.stretches[session.phase.stretch_id]
    qtbot.keyClick(holding, Key.Key_I)
    guide = overlay(holding)
    assert guide.is_open and guide.stretch_id == stretch.id
    view = guide.view
    assert view.section_items("tips") == stretch.tips
    assert view.section_items("mistakes") == stretch.mistakes
    for kind, name in ((ModificationKind.EASIER, "easier"), (ModificationKind.HARDER, "harder")):
        assert view.section_items(name) == tuple(
            f"{m.when}: {m.do}" for m in stretch.modifications_of(kind))
    muscles = " ".join(view.section_items("muscles"))
    assert all(m in muscles for m in stretch.primary_muscles + stretch.secondary_muscles)
    assert ", ".join(works(stretch, library.muscle_areas)) in view.works_label.text()
    assert view.poses_on_screen == {(stretch.id, "start"), (stretch.id, "hold")}
    # Beside it the session's real state stays in view: banner, seconds, buttons.
    screen = holding.session_view
    for widget in (screen.banner, screen.ring, screen.controls):
        assert not guide.geometry().intersects(widget.geometry())
    assert guide.geometry() == screen.pose_panel.geometry()  # over the picture and steps


def test_the_session_runs_on_under_the_guide_and_closing_shows_it_as_it_is(
    holding: MainWindow, qtbot: QtBot, clock: FakeClock, library: Library
) -> None:
    session = holding.controller.session
    assert session is not None
    first = session.phase.stretch_id
    qtbot.keyClick(holding, Key.Key_I)
    run_to(holding, clock, PhaseKind.RELEASE)  # the hold ends on time while reading
    assert holding.controller.state is SessionState.RUNNING
    assert holding.session_view.banner.phase_word == "Release"
    run_to(holding, clock, PhaseKind.REST)  # resting: the guide turns to what comes next
    assert overlay(holding).is_open
    assert overlay(holding).stretch_id == session.phase.stretch_id != first
    advance(holding, clock, 2.5)
    qtbot.keyClick(holding, Key.Key_I)
    assert not overlay(holding).isVisible()
    shows_phase_of_session(holding.session_view, holding)


def test_space_pauses_under_the_guide_and_esc_closes_it_first(
    holding: MainWindow, qtbot: QtBot, clock: FakeClock, stop_answers: list[bool]
) -> None:
    qtbot.keyClick(holding, Key.Key_I)
    qtbot.keyClick(holding, Key.Key_Space)
    assert holding.controller.state is SessionState.PAUSED
    assert holding.session_view.banner.phase_word == "Paused"  # in view beside the guide
    advance(holding, clock, 30.0)
    qtbot.keyClick(holding, Key.Key_Escape)  # closes the guide; no question to stop
    assert not overlay(holding).isVisible()
    assert holding.controller.state is SessionState.PAUSED
    shows_phase_of_session(holding.session_view, holding)
    qtbot.keyClick(holding, Key.Key_I)
    assert overlay(holding).is_open  # opens again, on the same stretch
    assert overlay(holding).view.poses_on_screen


def test_rest_shows_the_next_stretchs_key_tip(window: MainWindow, clock: FakeClock,
                                              library: Library) -> None:
    window.controller.start_routine("gentle-beginner")
    view = window.session_view
    run_to(window, clock, PhaseKind.HOLD)
    assert not view.next_tip.isVisible()
    run_to(window, clock, PhaseKind.REST)
    following = library.stretches["single-knee-to-chest"]
    assert view.next_tip.isVisible()
    assert following.tips[0] in view.next_tip.text()
    # The tip takes none of the current steps' room: they are all there, whole.
    assert view.steps.highlighted_steps == following.steps.prepare and view.steps.fits
    assert view.next_tip.geometry().bottom() < view.steps.geometry().top()
    run_to(window, clock, PhaseKind.PREPARE)
    assert not view.next_tip.isVisible()


def test_the_tip_is_plain_text(make_window: MakeWindow, library: Library) -> None:
    stretch = library.stretches["single-knee-to-chest"]
    marked = {**library.stretches, stretch.id: replace(stretch, tips=("<b>bold</b>",))}
    window = make_window(lib=replace(library, stretches=marked))
    window.controller.start_routine("gentle-beginner")
    while window.controller.session and window.controller.session.phase.kind \
            is not PhaseKind.REST:
        window.controller.skip()
    assert window.session_view.next_tip.textFormat() is Qt.TextFormat.PlainText
    assert "<b>bold</b>" in window.session_view.next_tip.text()


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (800, 600), (1920, 1080)])
@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_the_guide_reads_at_every_size_scrolling_in_its_place(
    make_window: MakeWindow, clock: FakeClock, qtbot: QtBot, width: int, height: int,
    scale: float
) -> None:
    window = activated(make_window(width, height, settings=Settings(text_scale=scale)), qtbot)
    window.controller.start_routine("after-sitting")
    run_to(window, clock, PhaseKind.HOLD)
    qtbot.keyClick(window, Key.Key_I)
    guide = overlay(window)
    qtbot.waitUntil(lambda: guide.geometry() == window.session_view.pose_panel.geometry())
    inside = guide.rect()
    for label in guide.findChildren(QLabel):
        if label.isVisibleTo(guide) and label.text():
            assert label.heightForWidth(label.width()) <= label.height() or \
                not label.wordWrap(), label.text()  # wrapped, never cut short
            assert label.mapTo(guide, label.rect().topLeft()).x() >= 0
            assert label.mapTo(guide, label.rect().topRight()).x() <= inside.right()
    assert guide.close_button.sizeHint().width() <= guide.close_button.width()
    scroll = guide.view.text_scroll
    bar = scroll.verticalScrollBar()
    bar.setValue(bar.maximum())  # the last section can be scrolled into view
    last = guide.view.lists["cautions"]
    assert last.mapTo(scroll.viewport(), last.rect().bottomLeft()).y() \
        <= scroll.viewport().height()


@pytest.mark.parametrize(("width", "height", "scale"), [
    (1280, 800, 1.0), (1920, 1080, 1.0), (800, 600, 1.5), (1280, 800, 2.0), (720, 540, 2.0),
])
def test_the_tip_never_takes_the_steps_room(
    make_window: MakeWindow, clock: FakeClock, qtbot: QtBot, width: int, height: int,
    scale: float
) -> None:
    window = make_window(width, height, settings=Settings(text_scale=scale))
    window.controller.start_routine("gentle-beginner")
    run_to(window, clock, PhaseKind.REST)
    view = window.session_view
    for _ in range(3):  # the layout, then the tip's look at the room it left
        QApplication.processEvents()
    assert view.steps.fits
    tip = view.next_tip
    if width >= 800 and height >= 600:  # a tip under "Next up", on one line
        assert tip.isVisible()
        lines = tip.heightForWidth(tip.width()) - 2 * tip.margin()
        assert lines < 2 * tip.fontMetrics().lineSpacing()


def test_the_tip_gives_way_to_steps_that_need_the_room(
    make_window: MakeWindow, clock: FakeClock, qtbot: QtBot, library: Library
) -> None:
    following = library.stretches["single-knee-to-chest"]
    wordy = tuple(f"{step} Take your time over this, there is no hurry at all here."
                  for step in following.steps.prepare * 2)
    long_steps = replace(following, steps=replace(following.steps, prepare=wordy))
    window = make_window(800, 600, lib=replace(
        library, stretches={**library.stretches, following.id: long_steps}))
    window.controller.start_routine("gentle-beginner")
    run_to(window, clock, PhaseKind.REST)
    tip = window.session_view.next_tip
    qtbot.waitUntil(lambda: not tip.isVisible())
    assert tip.tip == following.tips[0]  # it was there; the steps came first
