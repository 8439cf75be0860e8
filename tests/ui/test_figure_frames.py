"""What a pose change costs: the clock wakes only for frames, a frame repaints only where
the body moved, and outlines of parts holding still are not worked out again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, QRectF
from PySide6.QtGui import QGuiApplication, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from stretchdesk.figure import LIGHT, Transition, key_pose
from stretchdesk.figure.picture import scene_picture
from stretchdesk.ui import figure_frame
from stretchdesk.ui.figure_pacing import FramePacer
from stretchdesk.ui.figure_painter import paint_picture
from stretchdesk.ui.figure_view import FigureView


class PaintedAreas(QObject):
    """Records the area of every paint event a widget gets."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.areas: list[QRect] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            assert isinstance(event, QPaintEvent)
            self.areas.append(event.region().boundingRect())
        return False


@pytest.fixture
def view(shown_figure: FigureView) -> FigureView:
    return shown_figure


def on_screen(view: FigureView) -> QImage:
    """What the window shows now (its backing store), not a fresh painting."""
    shot = QGuiApplication.primaryScreen().grabWindow(view.winId()).toImage()
    return shot.convertToFormat(QImage.Format.Format_RGB32)


def test_the_clock_wakes_only_when_a_frame_is_due(qtbot: QtBot, view: FigureView) -> None:
    """A movement of ~1.2 s draws ~24 frames; Qt's animation clock woke 72 times for it."""
    view.show_pose("lying-hamstring-stretch", "start")
    drawn = view.frames_drawn
    with qtbot.waitSignal(view.pose_shown, timeout=5000):
        view.show_pose("lying-hamstring-stretch", "hold")
    frames = view.frames_drawn - drawn
    assert frames >= 10
    assert view.clock.wakes <= frames + 2  # each frame, and the end
    assert view.clock.next_wake_in() is None  # and then nothing is due


def test_between_two_frames_the_clock_sleeps_until_the_next(view: FigureView) -> None:
    view.show_pose("lying-hamstring-stretch", "start")
    view.show_pose("lying-hamstring-stretch", "hold")
    view.clock.seek(400)  # a frame, in the fast middle of the movement
    waiting = view.clock.next_wake_in()
    assert waiting is not None
    assert 20 <= waiting <= 40  # the next 1/30 s, not Qt's 16 ms tick


def test_the_pacer_names_the_first_time_it_wants_a_frame() -> None:
    pacer, check = FramePacer(), FramePacer()
    pacer.start(1200)
    check.start(1200)
    last, frames = 0, 0
    while (due := pacer.next_frame_ms()) < 1200:
        # Asked every ms from the last frame on, the pacer says yes first at `due`.
        first = next(ms for ms in range(last + 1, 1200)
                     if check.wants_frame(ms, check.eased_at(ms)))
        assert due == first
        assert pacer.wants_frame(due, pacer.eased_at(due))
        last, frames = due, frames + 1
    assert 20 <= frames <= 30


def test_a_frame_repaints_only_where_the_body_moved(qtbot: QtBot, view: FigureView) -> None:
    """One leg rises; the head, the far end of the mat and the margins are not painted
    again, yet what the window shows is what painting it all would give."""
    view.show_pose("lying-hamstring-stretch", "start")
    qtbot.wait(20)
    painted = PaintedAreas(view)
    before = on_screen(view)
    view.show_pose("lying-hamstring-stretch", "hold")
    view.clock.seek(500)
    qtbot.waitUntil(lambda: bool(painted.areas))
    area = painted.areas[-1]
    assert area.width() * area.height() < 0.6 * view.width() * view.height()
    after = on_screen(view)
    assert after != before
    whole = view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    assert after == whole


def test_a_swing_to_the_other_side_repaints_the_whole_view(qtbot: QtBot,
                                                           view: FigureView) -> None:
    view.show_pose("lying-hamstring-stretch", "start")
    qtbot.wait(20)
    painted = PaintedAreas(view)
    view.show_pose("lying-hamstring-stretch", "start", mirrored=True)
    view.clock.seek(500)
    qtbot.waitUntil(lambda: bool(painted.areas))
    assert painted.areas[-1] == view.rect()


def outlines_for(movement: Transition, progress: float) -> int:
    """How many outlines painting the frame at `progress` had to work out."""
    image = QImage(480, 360, QImage.Format.Format_RGB32)
    count = figure_frame.outlines_made
    painter = QPainter(image)
    paint_picture(painter, scene_picture(movement.scene_at(progress), LIGHT),
                  QRectF(image.rect()))
    painter.end()
    return figure_frame.outlines_made - count


def test_outlines_of_parts_holding_still_are_kept(qapp: object,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Lifting one leg: the torso, the head and the other leg are not outlined again."""
    movement = Transition(key_pose("lying-hamstring-stretch", "start"),
                          key_pose("lying-hamstring-stretch", "hold"))
    with monkeypatch.context() as keeping_none:
        keeping_none.setattr(figure_frame, "OUTLINES_KEPT", 0)
        every_outline = outlines_for(movement, 0.55)
    outlines_for(movement, 0.50)
    assert outlines_for(movement, 0.50) == 0  # the same frame again: nothing new
    assert outlines_for(movement, 0.55) <= 0.6 * every_outline


def test_outlines_are_let_go_once_the_body_stands_still(
        qtbot: QtBot, view: FigureView, monkeypatch: pytest.MonkeyPatch) -> None:
    """Kept outlines serve the frames of one movement; a still figure hands them back."""
    handed_back: list[bool] = []
    monkeypatch.setattr("stretchdesk.freed_memory.give_back", lambda: handed_back.append(True))
    view.show_pose("lying-hamstring-stretch", "start")
    view.show_pose("lying-hamstring-stretch", "hold")
    view.clock.seek(600)
    view.repaint()
    assert len(figure_frame._outlines) > 0  # mid-movement: kept for the next frame
    handed_back.clear()
    with qtbot.waitSignal(view.pose_shown, timeout=5000):
        pass
    view.repaint()
    assert len(figure_frame._outlines) == 0
    assert handed_back == [True]
    view.repaint()  # a still figure painted again makes them again and lets them go
    assert len(figure_frame._outlines) == 0
    assert handed_back == [True, True]


def test_furniture_pictures_are_let_go_once_the_figure_stands_still(
        qtbot: QtBot, view: FigureView, monkeypatch: pytest.MonkeyPatch) -> None:
    """A block of furniture is painted once per movement and laid down from its kept
    picture in each frame; a still figure has no next frame, and hands it back."""
    handed_back: list[bool] = []
    monkeypatch.setattr("stretchdesk.freed_memory.give_back", lambda: handed_back.append(True))
    view.show_pose("double-knee-to-chest", "start")
    view.show_pose("double-knee-to-chest", "hold")
    for ms in (500, 600):  # two frames painted to the same place: the second is steady
        view.clock.seek(ms)
        view.repaint()
    kept = view._kept
    assert any(picture is not None for picture in kept._kept.values())  # kept for the next
    handed_back.clear()
    with qtbot.waitSignal(view.pose_shown, timeout=5000):
        pass
    view.repaint()
    assert not kept._kept and not kept._used
    assert handed_back == [True]
