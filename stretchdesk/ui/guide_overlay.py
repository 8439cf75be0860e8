"""GuideOverlay: "about this stretch" (I) during a session, laid over the picture and steps.

Opening it pauses nothing. A person presses I mid-hold to check their form or find an
easier version; the hold goes on whether they read or not, as a printed sheet beside
the mat would let it, and pausing by itself would quietly lengthen the hold and need a
second key to undo. So the phase banner, the seconds ring, the caption and the buttons
stay in view beside it and keep showing the session's real state, and Space still
pauses. The overlay follows the session: when the next stretch comes up (its rest
included), it shows that one. I, Esc or its Close button closes it, and the current
step is there again as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stretchdesk.core.model import Stretch
from stretchdesk.core.stretch_guide import stretch_guide
from stretchdesk.core.timeline import Phase
from stretchdesk.translation_marks import QT_TRANSLATE_NOOP
from stretchdesk.ui.guide_view import StretchGuideView
from stretchdesk.ui.reading_text import font_at, plain_label, reading_pixels

TITLE = QT_TRANSLATE_NOOP("GuideOverlay", "About this stretch")
# What moves the picture or the steps, and the event that places the overlay after it.
MOVED = (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.LayoutRequest)
PLACE = QEvent.Type(QEvent.registerEventType())
CLOSE = QT_TRANSLATE_NOOP("GuideOverlay", "Close  (I)")


class GuideOverlay(QFrame):
    """The guide to the stretch on screen, covering the widgets it is given (the session
    view's picture and steps) and nothing else.

    Signals:
        closed(): the person closed it.
    """

    closed = Signal()

    def __init__(self, host: QWidget, covered: Sequence[QWidget],
                 stretches: Callable[[], Mapping[str, Stretch]],
                 areas: Callable[[], Mapping[str, str]]) -> None:
        super().__init__(host)
        self.setObjectName("guideOverlay")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)  # the steps underneath must not show through
        self._host = host
        self._covered = tuple(covered)
        self._stretches, self._areas = stretches, areas
        self._text_scale = 1.0
        self._place_pending = False
        self.stretch_id = ""
        self.title_label = plain_label(self.tr(TITLE), self)
        self.close_button = QPushButton(self.tr(CLOSE), self)
        self.close_button.setToolTip(self.tr("Close and see the steps again (I or Esc)"))
        self.close_button.clicked.connect(self.close_guide)
        self.view = StretchGuideView({k: s.name for k, s in stretches().items()}, self)
        self.view.name_label.hide()  # the session's own title names the stretch above it
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.close_button)
        self._layout = QVBoxLayout(self)
        # It takes the picture's and steps' room, whatever its contents would like.
        self._layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._layout.addLayout(top)
        self._layout.addWidget(self.view, 1)
        for widget in (host, *self._covered):
            widget.installEventFilter(self)
        self.hide()

    @property
    def is_open(self) -> bool:
        """Whether the guide is on screen."""
        return self.isVisible()

    def open_for(self, stretch_id: str, text_scale: float = 1.0) -> None:
        """Shows the guide to `stretch_id` over the picture and steps."""
        self._text_scale = text_scale
        self._show_stretch(stretch_id)
        self._place()
        self.show()
        self.raise_()
        self.view.text_scroll.setFocus()  # Up, Down, Page Up and Page Down scroll it

    def close_guide(self) -> None:
        """Hides the guide; the picture and steps show again."""
        if self.isVisible():
            self.hide()
            self._host.setFocus()
            self.closed.emit()

    def follow(self, _index: int, phase: Phase) -> None:
        """A phase began: an open guide turns to its stretch (a closed one does nothing)."""
        if self.isVisible() and phase.stretch_id != self.stretch_id:
            self._show_stretch(phase.stretch_id)

    def set_dark(self, dark: bool) -> None:
        """Draws the pictures for a dark background."""
        self.view.set_dark(dark)

    def _show_stretch(self, stretch_id: str) -> None:
        self.stretch_id = stretch_id
        self.view.show_guide(stretch_guide(self._stretches()[stretch_id], self._areas()),
                             self._areas())

    # -- place and size ------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.isVisible() and event.type() in MOVED and not self._place_pending:
            # Placed once the layout has moved everything: a posted event comes after
            # the one that moves them (a LayoutRequest) is done.
            self._place_pending = True
            QCoreApplication.postEvent(self, QEvent(PLACE))
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() == PLACE:
            self._place_pending = False
            if self.isVisible():
                self._place()
            return True
        return super().event(event)

    def _place(self) -> None:
        """Covers the picture and the steps, wherever the session's layout put them."""
        area = QRect()
        for widget in self._covered:
            if widget.isVisibleTo(self._host):
                corner = widget.mapTo(self._host, widget.rect().topLeft())
                area = area.united(QRect(corner, widget.size()))
        if area.isEmpty():
            area = self._host.rect()
        if area != self.geometry():
            self.setGeometry(area)
        pixels = reading_pixels(self._host.width(), self._host.height(), self._text_scale)
        self.title_label.setFont(font_at(self.font(), round(pixels * 0.9), italic=True))
        self.close_button.setFont(font_at(self.font(), pixels))
        self.view.set_pixel_size(pixels)
        margin = round(pixels * 0.7)
        self._layout.setContentsMargins(margin, round(margin * 0.6), margin, margin)
