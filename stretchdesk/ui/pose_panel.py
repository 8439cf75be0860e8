"""PosePanel: the illustration and the steps, sharing one area so the picture is big."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from stretchdesk.ui.pose_placement import Arrangement, Placement, StepsNeed, place
from stretchdesk.ui.step_layout import Fold, ladder
from stretchdesk.ui.step_list import StepList

DEFAULT_ASPECT = 4 / 3


class PosePanel(QWidget):
    """Lays out the picture at its own shape and as large as it can be, the steps in the
    rest (see `place`); told the picture's shape whenever the stretch changes."""

    def __init__(self, figure: QWidget, steps: StepList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("posePanel")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.figure, self.steps = figure, steps
        figure.setParent(self)
        steps.setParent(self)
        self._aspect = DEFAULT_ASPECT
        self._gap = 12
        self._placement = place(1, 1, self._aspect, 0, self._steps_need())
        # (every phase's steps, the panel's size, the picture's shape, the gap, the step
        # sizes) -> where the two go: every phase of a stretch shares one answer.
        self._placed: dict[tuple[object, ...], Placement] = {}

    @property
    def arrangement(self) -> Arrangement:
        """Whether the steps are under or beside the picture."""
        return self._placement.arrangement

    def set_aspect(self, aspect: float) -> None:
        """The picture's width over its height (its stretch's frame)."""
        if aspect > 0 and abs(aspect - self._aspect) > 1e-6:
            self._aspect = aspect
            self._relayout()

    def relayout(self) -> None:
        """Places the two again (the steps shown changed, so may the room they need)."""
        self._relayout()

    def set_gap(self, gap: int) -> None:
        """The space between the picture and the steps."""
        self._gap = gap
        self._relayout()

    def sizeHint(self) -> QSize:
        steps = self.steps.sizeHint()
        return QSize(steps.width(), steps.height() * 2)

    def minimumSizeHint(self) -> QSize:
        steps = self.steps.minimumSizeHint()
        return QSize(steps.width(), steps.height() * 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def _steps_need(self) -> StepsNeed:
        """What the steps ask for: the sizes the list itself may pick, from a little under
        their full size with the other sections folded to their headings (the picture is
        worth more than the last few pixels of type and the other phases' steps) down to
        the current section alone at the floor size; the list takes more when there is
        room left."""
        sizes = ladder(self.steps.largest_pixels(), self.steps.smallest_pixels())
        folded = [size for size in sizes if size[0] is Fold.HEADINGS]
        alone = [size for size in sizes if size[0] is Fold.OTHERS_HIDDEN]
        return StepsNeed(self.steps.needed_height, (folded[-1], *alone))

    def _relayout(self) -> None:
        need = self._steps_need()
        key = (self.steps.turns, self.width(), self.height(), self._aspect, self._gap,
               need.tries)
        if key not in self._placed:
            if len(self._placed) > 32:
                self._placed.clear()
            self._placed[key] = place(self.width(), self.height(), self._aspect, self._gap,
                                      need)
        self._placement = self._placed[key]
        self.figure.setGeometry(self._placement.figure)
        self.steps.setGeometry(self._placement.steps)
