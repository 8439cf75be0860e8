"""SessionDescriber: keeps the session screen's drawn parts described for screen readers.

The ring, the picture and the banner are painted, so a screen reader cannot read them
as it reads a label. This listener of the app controller gives each an accessible name
and a description in words, from the same words as the screen and from the stretch
data: the ring says "Hold, 23 seconds left, Cat-cow, round 1 of 3", the picture says the
pose. The ring's words change once a second at most (when its number does); they are
there to be read, never announced (see Announcer).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from stretchdesk.core.reader_words import (
    banner_words,
    pose_description,
    pose_name,
    time_left_words,
)
from stretchdesk.core.session_state import SessionState
from stretchdesk.translation_marks import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from stretchdesk.controller.app_controller import AppController
    from stretchdesk.core.timeline import Phase, Timeline
    from stretchdesk.ui.session_view import SessionView

RING_NAME = QT_TRANSLATE_NOOP("SessionDescriber", "Time left in this phase")
BANNER_NAME = QT_TRANSLATE_NOOP("SessionDescriber", "Phase")


class SessionDescriber(QObject):
    """Names and describes the session view's ring, picture and banner as the session goes."""

    def __init__(self, view: SessionView, controller: AppController) -> None:
        super().__init__(view)
        self._view = view
        self._controller = controller
        self._phase: Phase | None = None
        self._shown: tuple[int, bool] | None = None  # (whole seconds, paused) described
        view.ring.setAccessibleName(self.tr(RING_NAME))
        view.banner.setAccessibleName(self.tr(BANNER_NAME))
        view.figure.setAccessibleName(self.tr("Picture of the stretch"))
        view.figure.setAccessibleDescription(
            self.tr("The stretch's picture shows once a routine starts."))
        view.ring.setAccessibleDescription(self.tr("The seconds left show once a routine starts."))
        c = controller
        c.phase_started.connect(self._phase_started)
        c.remaining_changed.connect(self._remaining_changed)
        c.state_changed.connect(self._state_changed)
        c.timeline_changed.connect(self._timeline_changed)

    def _paused(self) -> bool:
        return self._controller.state is SessionState.PAUSED

    def _stretch_name(self, phase: Phase) -> str:
        stretch = self._controller.library.stretches.get(phase.stretch_id)
        return stretch.name if stretch is not None else phase.stretch_id

    def _phase_started(self, _index: int, phase: Phase) -> None:
        self._phase = phase
        self._shown = None
        self._describe_picture(phase)
        self._describe_banner()
        self._describe_ring(phase.seconds)

    def _timeline_changed(self, _timeline: Timeline) -> None:
        session = self._controller.session
        if session is not None and session.phase is not None:
            self._phase_started(session.index, session.phase)
            self._describe_ring(session.remaining)

    def _remaining_changed(self, remaining: float, _length: float) -> None:
        self._describe_ring(remaining)

    def _state_changed(self, _state: SessionState) -> None:
        session = self._controller.session
        if self._phase is not None and session is not None:
            self._describe_banner()
            self._describe_ring(session.remaining)

    def _describe_banner(self) -> None:
        if self._phase is not None:
            self._view.banner.setAccessibleDescription(banner_words(self._phase, self._paused()))

    def _describe_ring(self, remaining: float) -> None:
        phase = self._phase
        if phase is None:
            return
        shown = (max(0, math.ceil(remaining - 1e-9)), self._paused())
        if shown == self._shown:
            return  # the same words: no change for a screen reader to hear about
        self._shown = shown
        self._view.ring.setAccessibleDescription(
            time_left_words(phase, self._stretch_name(phase), remaining, shown[1]))

    def _describe_picture(self, phase: Phase) -> None:
        from stretchdesk.ui.session_view import pose_for

        stretch = self._controller.library.stretches.get(phase.stretch_id)
        if stretch is None:
            return
        pose, mirrored = pose_for(phase)
        figure = self._view.figure
        figure.setAccessibleName(pose_name(stretch, pose, mirrored))
        figure.setAccessibleDescription(pose_description(stretch, pose))
