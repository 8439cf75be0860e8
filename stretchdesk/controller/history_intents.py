"""HistoryIntents: the history's intents for the app controller (issue 17).

Opening the person's history, the offer to carry on a session cut short, and leaving the
session in progress to be resumed when the app closes. The recording itself is the
HistoryKeeper's (controller/history_keeper.py), which the controller starts with each
session.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from stretchdesk.controller.app_controller import AppController
    from stretchdesk.controller.driver import SessionDriver
    from stretchdesk.controller.history_keeper import HistoryKeeper
    from stretchdesk.core.history.resume import ResumeOffer


class HistoryIntents:
    """open_history, resume_offer and interrupt, mixed into AppController.

    The controller provides `_wall_clock` (seconds since the epoch) and `_driver`.
    """

    history: HistoryKeeper | None = None  # opened after the first paint
    _wall_clock: Callable[[], float]
    _driver: SessionDriver | None

    def open_history(self, folder: Path, zone: Callable[[], tzinfo] | None = None) -> None:
        """Opens the person's history in `folder`: every session is recorded from now on.

        `zone` gives the person's time zone (by default the system's, read each time).
        """
        from stretchdesk.controller.history_keeper import HistoryKeeper

        controller = cast("AppController", self)
        self.history = (HistoryKeeper(folder, controller, wall_clock=self._wall_clock,
                                      zone=zone) if zone is not None else
                        HistoryKeeper(folder, controller, wall_clock=self._wall_clock))

    def resume_offer(self) -> ResumeOffer | None:
        """The session cut short that the person may carry on, if there is one (turn it
        down with history.discard, answer the back question with history.answer_back)."""
        return self.history.offer() if self.history is not None else None

    def interrupt(self) -> None:
        """Ends the session as the app closes, leaving it in the history to be resumed."""
        if self.history is not None:
            self.history.leave_open()
        if self._driver is not None:
            self._driver.stop()
