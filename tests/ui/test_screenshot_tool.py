"""The screenshot tool (tools/screenshots.py) shows each phase's pose itself, not a frame
on the way to it: the docs' pictures of the switch phase once showed the stretch before."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

from PySide6.QtWidgets import QApplication

from stretchdesk.ui.figure_view import FigureView
from stretchdesk.ui.main_window import MainWindow
from tools.screenshots import _settle


def test_settling_ends_the_pose_change_before_the_picture_is_taken(
        shown_figure: FigureView) -> None:
    view = shown_figure
    view.show_pose("lying-hamstring-stretch", "start")
    view.show_pose("lying-hamstring-stretch", "hold")
    assert view.is_animating()
    window = cast(MainWindow, SimpleNamespace(session_view=SimpleNamespace(figure=view)))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    _settle(app, window)
    assert not view.is_animating()
    assert view.shown_progress == 1.0
