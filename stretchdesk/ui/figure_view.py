"""FigureView: the stretch illustration, shown large, moving smoothly between poses."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QRectF, QSize, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from stretchdesk import freed_memory, paths
from stretchdesk.figure import (
    DARK,
    DURATION_SECONDS,
    LIGHT,
    KeyPose,
    Scene,
    Theme,
    Transition,
    UnknownPose,
    ease_in_out,
    key_pose,
)
from stretchdesk.figure.picture import Picture, scene_picture
from stretchdesk.ui import figure_frame
from stretchdesk.ui.figure_clock import MovementClock
from stretchdesk.ui.figure_damage import Damage, moving_rect
from stretchdesk.ui.figure_layers import KeptPictures
from stretchdesk.ui.figure_pacing import FramePacer
from stretchdesk.ui.figure_painter import paint_picture
from stretchdesk.ui.figure_stand_in import (
    ASPECT,
    paint_placeholder,
    readable_name,
    svg_aspect,
    svg_picture,
)
from stretchdesk.ui.pose_frame import between, pose_frame

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer


class FigureView(QWidget):
    """Shows one pose of a stretch, as large as fits, keeping the picture's shape.

    The stretch's frame (see pose_frame) fills the widget, keeping its shape; when the
    stretch changes, the frame moves to the new one along with the body.
    A new pose is reached by moving the body from the pose on screen over about 1.2 s,
    eased at both ends; in between changes nothing runs (no timer, no CPU). Frames are
    drawn where the body moves (figure_pacing), the clock waking only for them
    (figure_clock), each painted straight from the body model (figure_painter), looking
    as the shipped SVG files do, and only where the body moved (figure_damage). A stretch
    the model does not know is shown from its SVG file if there is one, else as a
    placeholder with the stretch's name (figure_stand_in).

    Signals:
        pose_shown(str, str, bool): stretch id, pose name and mirrored, once the pose is
            fully on screen (after its animation, or at once when not animated).
        picture_missing(str, str): stretch id and pose name that had no usable picture;
            the placeholder is on screen.
    """

    pose_shown = Signal(str, str, bool)
    picture_missing = Signal(str, str)

    def __init__(
        self,
        parent: QWidget | None = None,
        stretch_names: Mapping[str, str] | None = None,
        images_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._names: dict[str, str] = dict(stretch_names or {})
        self._images_dir = images_dir if images_dir is not None else paths.images_dir()
        self._theme: Theme = LIGHT
        self._file_picture: QSvgRenderer | None = None  # a stretch the model lacks
        self._flip_file = False  # a picture read from a file is mirrored by the painter
        self._placeholder: str | None = None
        self._wanted: tuple[str, str, bool] | None = None
        self._on_screen: KeyPose | None = None  # the body model now shown, if any
        self._scene: Scene | None = None
        self._picture: Picture | None = None  # the scene's marks, made when first painted
        self._kept = KeptPictures()  # furniture, painted once while it and the view stay
        self._transition: Transition | None = None
        self._pacer = FramePacer()
        self._eased = 0.0  # how far along its movement the frame on screen is (eased)
        self._view_from: QRectF | None = None  # the page area shown when a movement began
        self._view_to: QRectF | None = None  # the page area of the stretch being shown
        self.frames_drawn = 0  # scenes handed to the painter, for tests
        self.reduced_motion = False  # every new pose at once, never moving there
        self._damage = Damage()  # what a frame leaves as it was
        self.clock = MovementClock(round(DURATION_SECONDS * 1000), self)
        self.clock.due.connect(self._on_frame)
        self.clock.finished.connect(self._on_finished)

    # --- what the session view calls -------------------------------------------------

    def show_pose(
        self, stretch_id: str, pose: str, mirrored: bool = False, animate: bool = True
    ) -> None:
        """Show `pose` of `stretch_id` (mirrored = the other side), moving there if asked."""
        wanted = (stretch_id, pose, mirrored)
        if wanted == self._wanted:
            return
        self._wanted = wanted
        try:
            target = key_pose(stretch_id, pose)
        except UnknownPose:
            self._show_file_or_placeholder(stretch_id, pose, mirrored)
            return
        if mirrored:
            target = target.mirrored()
        self._placeholder = None
        start = self._on_screen_now()
        view = self._view_now()
        self._view_to = pose_frame(stretch_id, mirrored)
        self._view_from = view if view is not None else self._view_to
        self.clock.stop()
        if animate and not self.reduced_motion and start is not None and start != target:
            self._transition = Transition(start, target)
            self._on_screen = target
            self._pacer.start(self.clock.duration_ms)
            self._eased = 0.0
            # The movement's first frame looks as the picture on screen already does.
            self._draw_scene(self._transition.scene_at(0.0), repaint=False)
            self.clock.start()
            self.clock.wake_at(self._pacer.next_frame_ms())
        else:
            self._transition = None
            self._on_screen = target
            self._draw_scene(target.scene())
            self.pose_shown.emit(stretch_id, pose, mirrored)

    def set_reduced_motion(self, reduced: bool) -> None:
        """No movement from now on (a setting, or the desktop's): a moving body lands now."""
        self.reduced_motion = reduced
        if reduced and self.is_animating():
            self.clock.stop()
            self._on_finished()

    def set_dark(self, dark: bool) -> None:
        """Draw with the colours meant for a dark background."""
        theme = DARK if dark else LIGHT
        if theme is self._theme:
            return
        self._theme = theme
        self._picture = None
        self._damage.forget()
        self.update()

    def frame_aspect(self) -> float:
        """Width over height of the picture being shown (its stretch's frame)."""
        if self._placeholder is None and self._view_to is not None:
            return self._view_to.width() / self._view_to.height()
        if self._placeholder is None and self._file_picture is not None:
            return svg_aspect(self._file_picture)
        return ASPECT

    @property
    def shown_progress(self) -> float:
        """How far along its movement (eased, 0 to 1) the frame on screen is; 1 when still."""
        return self._eased if self.is_animating() else 1.0

    def is_animating(self) -> bool:
        return self.clock.is_running()

    def placeholder_text(self) -> str | None:
        """The text on screen when no picture could be shown, else None."""
        return self._placeholder

    # --- frames ------------------------------------------------------------------------

    def _on_screen_now(self) -> KeyPose | None:
        """The body as it is drawn right now, mid-movement included."""
        if self._scene is None or self._on_screen is None:
            return None
        if self._transition is None or not self.is_animating():
            return self._on_screen
        scene = self._scene
        end = self._transition.end
        return KeyPose(scene.pose, scene.camera, end.props, end.areas, straps=end.straps)

    def _view_now(self) -> QRectF | None:
        """The page area on screen now: between two stretches' frames while moving."""
        if self._view_to is None or self._view_from is None:
            return self._view_to
        if self._transition is None or not self.is_animating():
            return self._view_to
        return between(self._view_from, self._view_to, self._eased)

    def _on_frame(self, ms: int) -> None:
        if self._transition is None:
            return
        value = ms / self.clock.duration_ms
        eased = ease_in_out(value)
        if self._pacer.wants_frame(ms, eased):
            self._eased = eased
            self._draw_scene(self._transition.scene_at(value))
        self.clock.wake_at(self._pacer.next_frame_ms())

    def _on_finished(self) -> None:
        if self._transition is None or self._wanted is None:
            return
        self._draw_scene(self._transition.end.scene())
        self._transition = None
        self.pose_shown.emit(*self._wanted)

    def _draw_scene(self, scene: Scene, repaint: bool = True) -> None:
        self._scene = scene
        self._picture = None  # made from the scene when it is painted
        self._file_picture = None
        area = self._changed_area(scene) if self.isVisible() else None
        if repaint:
            self.frames_drawn += 1
            if area is None:
                self.update()
            else:
                self.update(area)

    def _changed_area(self, scene: Scene) -> QRect | None:
        """The part of the view the scene changes from the frame before (None: all)."""
        view = self._view_now()
        if view is None:
            self._damage.forget()
            return None
        self._picture = scene_picture(scene, self._theme)
        target = self.picture_rect(view.width() / view.height())
        still = (scene.camera, scene.props, view.getRect(), target.getRect(),
                 self._theme.name)
        return self._damage.next_frame(still, moving_rect(self._picture, view, target))

    def _show_file_or_placeholder(self, stretch_id: str, pose: str, mirrored: bool) -> None:
        self.clock.stop()
        self._damage.forget()
        self._transition = None
        self._on_screen = None
        self._scene = None
        self._picture = None
        self._file_picture = None
        self._view_from = self._view_to = None
        picture = svg_picture(self._images_dir / f"{stretch_id}-{pose}.svg")
        if picture is not None:
            self._file_picture = picture
            self._placeholder = None
            self._flip_file = mirrored
            self.update()
            self.pose_shown.emit(stretch_id, pose, mirrored)
            return
        self._placeholder = self._names.get(stretch_id) or readable_name(stretch_id)
        self.update()
        self.picture_missing.emit(stretch_id, pose)

    # --- Qt ----------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(480, 360)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 120)

    def picture_rect(self, aspect: float | None = None) -> QRectF:
        """The largest area of the picture's shape centred in the widget: where it goes."""
        aspect = aspect or self.frame_aspect()
        area = QRectF(self.rect())
        width = min(area.width(), area.height() * aspect)
        height = width / aspect
        return QRectF(area.center().x() - width / 2, area.center().y() - height / 2, width, height)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._wanted is None:
            return  # nothing asked for yet
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        view = self._view_now()
        # A moving body may reach past its frame for a moment: it may use the whole
        # widget, and never spills beyond it.
        painter.setClipRect(QRectF(self.rect()))
        if self._scene is not None and view is not None:
            if self._picture is None:
                self._picture = scene_picture(self._scene, self._theme)
            target = self.picture_rect(view.width() / view.height())
            view_box = (view.left(), view.top(), view.right(), view.bottom())
            paint_picture(painter, self._picture, target, view_box, self._kept)
            if self._transition is None and (figure_frame.forget_outlines() | self._kept.forget()):
                freed_memory.give_back()  # still: outlines and furniture both go (`|`, not or)
        elif self._file_picture is not None:
            target = self.picture_rect()
            if self._flip_file:
                painter.translate(target.center().x() * 2, 0)
                painter.scale(-1, 1)
            self._file_picture.render(painter, target)
        else:
            text = self.tr("{name}\n(picture not available)").format(name=self._placeholder or "")
            paint_placeholder(painter, self.picture_rect(ASPECT), self.font(),
                              QColor(self._theme.placeholder_text), text)
        painter.end()
