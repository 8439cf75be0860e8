"""The picture gets the room the steps leave: seen from the mat at 1920x1080 with text at
150 %, in English and French, and in a small window, without cutting off any text or
drawing the picture over the steps, the caption or the ring."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from stretchdesk import paths
from stretchdesk.core import language
from stretchdesk.core.library import load_library
from stretchdesk.core.settings import Settings
from stretchdesk.core.timeline import PhaseKind
from stretchdesk.ui.main_window import MainWindow
from stretchdesk.ui.pose_placement import Arrangement
from stretchdesk.ui.translation import install_translators
from tests.ui.conftest import MakeWindow
from tests.ui.drawn import drawn_box
from tests.ui.screen_checks import clipped_text, overlapping_siblings, settle

# Lying, kneeling, on all fours, seated and standing stretches between them.
ROUTINES = ("after-sitting", "desk-break", "hips-and-hamstrings")
LEAST_SHARE = 0.45  # of the panel's width (beside the steps) or height (over them)
LEAST_AREA = 0.19  # of the panel: what the body itself covers, in its two poses


@pytest.fixture(params=["en", "fr"])
def language_code(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The run in English, then in French (about a fifth longer); English again after."""
    code: str = request.param
    language.set_current(code)
    install_translators(qapp, code)
    yield code
    language.set_current(language.ENGLISH)
    install_translators(qapp, language.ENGLISH)


def in_view(widget: QWidget, view: QWidget) -> QRect:
    """`widget`'s rectangle in `view`'s coordinates."""
    return QRect(widget.mapTo(view, widget.rect().topLeft()), widget.size())


def picture_problems(window: MainWindow) -> list[str]:
    """The picture drawn over anything else the session shows."""
    view = window.session_view
    picture = in_view(view.figure, view)
    others = {"steps": view.steps, "ring": view.ring, "caption": view.caption_label,
              "back question": view.check_in, "tip": view.next_tip, "buttons": view.controls,
              "title": view.stretch_label, "progress": view.progress_label}
    return [f"the picture {picture.getRect()} is over the {name} {in_view(w, view).getRect()}"
            for name, w in others.items()
            if w.isVisibleTo(window) and picture.intersects(in_view(w, view))]


def stretches_shown(window: MainWindow, qtbot: QtBot) -> Iterator[str]:
    """Walks ROUTINES; at the starting position and the hold of each stretch not seen
    before, yields once the screen has settled with the pose still."""
    seen: set[str] = set()
    controller = window.controller
    for routine_id in ROUTINES:
        controller.start_routine(routine_id)
        session = controller.driver.session
        assert session is not None
        while True:
            phase = session.phase
            if phase.stretch_id not in seen and phase.kind in (PhaseKind.PREPARE,
                                                               PhaseKind.HOLD):
                figure = window.session_view.figure
                figure.clock.seek(figure.clock.duration_ms)  # type: ignore[attr-defined]
                settle(qtbot, window)
                yield phase.stretch_id
                if phase.kind is PhaseKind.HOLD:
                    seen.add(phase.stretch_id)
            if session.index >= len(session.timeline) - 1:
                break
            controller.driver.skip()
        controller.stop()
        window.back_to_picker()


def test_at_150_percent_the_picture_takes_the_room_the_steps_leave(
    make_window: MakeWindow, qtbot: QtBot, language_code: str
) -> None:
    """From the mat, text at 150 %: the picture keeps LEAST_SHARE of the side it shares
    with the steps, unless its own shape fills the other side or the steps have shrunk
    to their floor for it; the body covers LEAST_AREA of the panel; the steps fit at a
    size no smaller than their floor, and nothing is cut off or drawn over."""
    window = make_window(1920, 1080, settings=Settings(text_scale=1.5),
                         lib=load_library(paths.data_dir()))
    view = window.session_view
    panel, steps = view.pose_panel, view.steps
    drawn: dict[str, QRect] = {}
    covers: dict[str, float] = {}
    for stretch_id in stretches_shown(window, qtbot):
        where = f"{stretch_id} ({language_code})"
        picture = view.figure.geometry()
        if panel.arrangement is Arrangement.SIDE:
            share, fills_other_side = picture.width() / panel.width(), (
                picture.height() >= panel.height() - 1)
        else:
            share, fills_other_side = picture.height() / panel.height(), (
                picture.width() >= panel.width() - 1)
        at_floor = steps.step_font.pixelSize() <= steps.smallest_pixels()
        assert share > LEAST_SHARE - 0.005 or fills_other_side or at_floor, (where, share)
        assert clipped_text(window) == [], where
        assert picture_problems(window) == [], where
        assert overlapping_siblings(window, [view, panel]) == [], where
        # The body in both poses (the panel is at its hold's size by the second).
        body = drawn_box(view.figure.grab().toImage()).translated(picture.topLeft())
        drawn[stretch_id] = drawn.get(stretch_id, QRect()).united(body)
        covers[stretch_id] = (drawn[stretch_id].width() * drawn[stretch_id].height()
                              / (panel.width() * panel.height()))
    assert len(covers) >= 10
    assert {k: round(v, 3) for k, v in covers.items() if v < LEAST_AREA} == {}


@pytest.mark.parametrize("scale", [1.0, 1.5], ids=["100%", "150%"])
def test_in_a_small_window_nothing_is_cut_off_or_drawn_over(
    make_window: MakeWindow, qtbot: QtBot, language_code: str, scale: float
) -> None:
    """At 800x600 every phase of stretches of every shape fits: no text cut off, no word
    running past the steps' edge, the picture over nothing else."""
    window = make_window(800, 600, settings=Settings(text_scale=scale),
                         lib=load_library(paths.data_dir()))
    view = window.session_view
    for stretch_id in stretches_shown(window, qtbot):
        where = f"{stretch_id} ({language_code}, {scale:.0%})"
        assert clipped_text(window) == [], where
        assert picture_problems(window) == [], where
        assert overlapping_siblings(window, [view, view.pose_panel]) == [], where
