"""FigureView: big picture, eased movement between poses, still when idle, placeholders."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QCoreApplication, QRect, QRectF, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QTransform
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from stretchdesk.figure import (
    DARK,
    LIGHT,
    Scene,
    Theme,
    Transition,
    ease_in_out,
    key_pose,
    pose_names,
    scene_svg,
    stretch_ids,
)
from stretchdesk.ui.figure_view import FigureView
from stretchdesk.ui.pose_frame import pose_frame
from tests.ui.drawn import drawn_box
from tests.ui.figure_pixels import difference


@pytest.fixture
def view(qtbot: QtBot, tmp_path: Path) -> FigureView:
    widget = FigureView(stretch_names={"cat-cow": "Cat–cow"}, images_dir=tmp_path)
    widget.resize(480, 360)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def snapshot(view: FigureView) -> QImage:
    return view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def finish_animation(view: FigureView) -> None:
    """Jump the running animation to its end, as the clock would after ~1.2 s."""
    view.clock.seek(view.clock.duration_ms)


def test_first_pose_appears_at_once_and_says_so(qtbot: QtBot, view: FigureView) -> None:
    with qtbot.waitSignal(view.pose_shown, timeout=1000) as shown:
        view.show_pose("cat-cow", "start")
    assert shown.args == ["cat-cow", "start", False]
    assert not view.is_animating()
    assert view.placeholder_text() is None


def test_picture_keeps_its_shape_and_fills_the_widget(view: FigureView) -> None:
    view.show_pose("cat-cow", "start")
    aspect = view.frame_aspect()
    for width, height in [(800, 300), (300, 800), (640, 480)]:
        view.resize(width, height)
        area = view.picture_rect()
        assert area.width() / area.height() == pytest.approx(aspect)
        assert area.width() == pytest.approx(width) or area.height() == pytest.approx(height)


@pytest.mark.parametrize("stretch_id", stretch_ids())
def test_the_body_fills_a_place_of_the_pictures_shape(view: FigureView,
                                                      stretch_id: str) -> None:
    """Given a place of its frame's shape, the poses of a stretch use nearly all of it."""
    view.show_pose(stretch_id, "start", animate=False)
    view.resize(720, max(1, round(720 / view.frame_aspect())))
    drawn = QRect()
    for pose in pose_names(stretch_id):
        view.show_pose(stretch_id, pose, animate=False)
        drawn = drawn.united(drawn_box(snapshot(view)))
    assert drawn.width() >= 0.9 * view.width()
    assert drawn.height() >= 0.85 * view.height()


def test_a_lying_stretch_is_wide_and_a_sitting_one_tall(view: FigureView) -> None:
    view.show_pose("single-knee-to-chest", "start")
    assert view.frame_aspect() > 2.5
    view.show_pose("seated-spinal-twist", "start")
    assert view.frame_aspect() < 0.8


def test_new_pose_is_reached_by_an_eased_movement_that_then_stops(
    qtbot: QtBot, view: FigureView
) -> None:
    view.show_pose("single-knee-to-chest", "start")
    still_start = snapshot(view)
    view.show_pose("single-knee-to-chest", "hold")
    assert view.is_animating()
    assert 1000 <= view.clock.duration_ms <= 2000
    assert snapshot(view) == still_start  # it begins where the picture was

    view.clock.seek(view.clock.duration_ms // 2)
    middle = snapshot(view)
    assert middle != still_start

    with qtbot.waitSignal(view.pose_shown, timeout=1000) as shown:
        finish_animation(view)
    assert shown.args == ["single-knee-to-chest", "hold", False]
    assert not view.is_animating()
    assert not view.clock.is_running()
    end = snapshot(view)
    assert end not in (middle, still_start)

    fresh = FigureView(images_dir=Path("/nonexistent"))
    qtbot.addWidget(fresh)
    fresh.resize(480, 360)
    fresh.show_pose("single-knee-to-chest", "hold", animate=False)
    assert snapshot(fresh) == end  # the movement lands exactly on the pose


def as_svg_showed_it(view: FigureView, scene: Scene, theme: Theme, frame: QRectF,
                     behind: QColor) -> QImage:
    """The view's area as QSvgRenderer drew the scene there, fitting the stretch's frame."""
    image = QImage(view.size(), QImage.Format.Format_RGB32)
    image.fill(behind)
    renderer = QSvgRenderer(QByteArray(scene_svg(scene, theme).encode("utf-8")))
    renderer.setViewBox(frame)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setClipRect(QRectF(image.rect()))
    renderer.render(painter, view.picture_rect())
    painter.end()
    return image


def test_the_picture_on_screen_looks_as_its_svg_did(qtbot: QtBot) -> None:
    window = QWidget()  # inside a window, away from its corner, as in the session screen
    qtbot.addWidget(window)
    view = FigureView(window, images_dir=Path("/nonexistent"))
    view.setGeometry(QRect(30, 20, 720, 300))
    window.resize(780, 340)
    window.show()
    qtbot.waitExposed(window)
    behind = view.palette().window().color()

    def on_screen() -> QImage:
        shot = window.grab().toImage().copy(view.geometry())  # the window as a whole
        return shot.convertToFormat(QImage.Format.Format_RGB32)

    start, hold = (key_pose("single-knee-to-chest", pose) for pose in ("start", "hold"))
    frame = pose_frame("single-knee-to-chest", False)
    view.show_pose("single-knee-to-chest", "start", animate=False)
    view.show_pose("single-knee-to-chest", "hold")
    view.clock.seek(view.clock.duration_ms // 2)
    middle = Transition(start, hold).scene_at(0.5)
    expected = as_svg_showed_it(view, middle, LIGHT, frame, behind)
    first = on_screen()
    assert difference(first, expected).within_tolerance
    assert on_screen() == first  # painted again from the mat's kept picture: the same
    view.show_pose("single-knee-to-chest", "hold", mirrored=True, animate=False)
    view.set_dark(True)
    frame = pose_frame("single-knee-to-chest", True)
    expected = as_svg_showed_it(view, hold.mirrored().scene(), DARK, frame, behind)
    assert difference(on_screen(), expected).within_tolerance


def test_nothing_runs_while_the_pose_is_held(qtbot: QtBot, view: FigureView) -> None:
    view.show_pose("cat-cow", "start")
    view.show_pose("cat-cow", "hold")
    finish_animation(view)
    frames: list[object] = []
    view.clock.due.connect(frames.append)
    for _ in range(20):
        QCoreApplication.processEvents()
    assert frames == []
    assert not view.clock.is_running()
    assert not [t for t in view.findChildren(QTimer) if t.isActive()]


def test_asking_for_the_pose_already_shown_changes_nothing(view: FigureView) -> None:
    view.show_pose("cat-cow", "hold")
    view.show_pose("cat-cow", "hold")
    assert not view.is_animating()


def test_without_animation_the_new_pose_shows_at_once(view: FigureView) -> None:
    view.show_pose("cat-cow", "start")
    view.show_pose("cat-cow", "hold", animate=False)
    assert not view.is_animating()


def test_a_new_pose_mid_movement_continues_from_where_the_body_is(view: FigureView) -> None:
    view.show_pose("cat-cow", "start")
    view.show_pose("cat-cow", "hold")
    view.clock.seek(600)
    midway = snapshot(view)
    view.show_pose("cat-cow", "start")
    assert view.is_animating()
    assert snapshot(view) == midway  # no jump back to the old end point
    finish_animation(view)
    assert not view.is_animating()


def test_the_other_side_is_the_left_right_flip(qtbot: QtBot, view: FigureView) -> None:
    view.show_pose("single-knee-to-chest", "hold", animate=False)
    left = snapshot(view)
    view.show_pose("single-knee-to-chest", "hold", mirrored=True, animate=False)
    right = snapshot(view)
    assert right != left
    flipped = left.transformed(QTransform().scale(-1, 1))
    assert mismatch(flipped, right) < 0.01


def mismatch(a: QImage, b: QImage) -> float:
    """Share of pixels that differ clearly (anti-aliasing may differ by a shade)."""
    differ = 0
    for y in range(0, a.height(), 2):
        for x in range(0, a.width(), 2):
            ca, cb = a.pixelColor(x, y), b.pixelColor(x, y)
            if abs(ca.red() - cb.red()) + abs(ca.green() - cb.green()) > 60:
                differ += 1
    return differ / ((a.height() // 2) * (a.width() // 2))


def test_dark_theme_redraws_in_other_colours(view: FigureView) -> None:
    view.show_pose("cat-cow", "start")
    light = snapshot(view)
    view.set_dark(True)
    assert snapshot(view) != light
    view.set_dark(False)
    assert snapshot(view) == light


def test_unknown_stretch_shows_a_placeholder_with_its_name(qtbot: QtBot, view: FigureView) -> None:
    with qtbot.waitSignal(view.picture_missing, timeout=1000) as missing:
        view.show_pose("wall-angel", "hold")
    assert missing.args == ["wall-angel", "hold"]
    assert view.placeholder_text() == "Wall angel"
    assert not view.is_animating()
    view.grab()  # paints without raising


def test_known_name_is_used_on_the_placeholder(view: FigureView) -> None:
    view.show_pose("cat-cow", "middle")  # a pose that does not exist
    assert view.placeholder_text() == "Cat–cow"


def test_a_broken_picture_file_gives_the_placeholder(view: FigureView, tmp_path: Path) -> None:
    (tmp_path / "wall-angel-hold.svg").write_text("<svg><path d=", encoding="utf-8")
    view.show_pose("wall-angel", "hold")
    assert view.placeholder_text() == "Wall angel"
    view.grab()


def test_a_picture_file_stands_in_for_a_stretch_the_model_does_not_know(
    view: FigureView, tmp_path: Path
) -> None:
    (tmp_path / "wall-angel-hold.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 30">'
        '<rect x="0" y="0" width="20" height="30" fill="#000"/></svg>',
        encoding="utf-8",
    )
    view.show_pose("wall-angel", "hold")
    assert view.placeholder_text() is None
    left_half_dark = snapshot(view)
    view.show_pose("wall-angel", "hold", mirrored=True)
    assert snapshot(view) != left_half_dark


def test_after_a_placeholder_a_real_pose_shows_again(view: FigureView) -> None:
    view.show_pose("wall-angel", "hold")
    view.show_pose("cat-cow", "hold")
    assert view.placeholder_text() is None
    assert not view.is_animating()  # nothing on screen to move from


def test_a_movement_draws_frames_where_the_body_moves(view: FigureView) -> None:
    """Never more than 30 frames a second; at its fastest the body moves no further
    between two frames than at a steady 30 a second, yet fewer frames are drawn."""
    view.show_pose("cat-cow", "start")
    view.show_pose("cat-cow", "hold")
    drawn_before = view.frames_drawn
    duration = view.clock.duration_ms
    steady = duration * 30 // 1000
    shown: list[tuple[int, float]] = [(0, 0.0)]
    for ms in range(0, duration, 4):  # a clock ticking faster than that
        view.clock.seek(ms)
        if view.frames_drawn - drawn_before > len(shown) - 1:
            shown.append((ms, view.shown_progress))
    view.clock.seek(duration)
    frames = view.frames_drawn - drawn_before
    assert not view.is_animating()
    assert frames <= 0.75 * steady
    gaps = [b[0] - a[0] for a, b in pairwise(shown)]
    steps = [b[1] - a[1] for a, b in pairwise(shown)]
    assert len({ms * 30 // 1000 for ms, _ in shown}) == len(shown)  # one a 30th of a second
    assert max(steps) <= 1.05 * (ease_in_out(0.5 + 0.5 / steady) - ease_in_out(0.5 - 0.5 / steady))
    assert max(gaps) <= 120  # the slow ends of the movement still move now and then
