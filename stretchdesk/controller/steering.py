"""Steering: the intents that steer the session in progress, for the app controller.

While a session is getting ready (its sounds still loading), what the person asks for is
held and done, in order, the moment it runs: a key pressed under "Getting ready…" is
not lost.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from stretchdesk.controller.driver import SessionDriver


class Steering:
    """Pause, resume, skip, back, extend and stop, held while the session gets ready.

    Mixed into AppController, which provides the `driver` and calls `_hold()` when a
    session is set up and `_run_held(start)` when it starts.
    """

    _held: list[Callable[[], None]] | None = None

    @property
    def driver(self) -> SessionDriver:
        """The session driver (the controller's)."""
        raise NotImplementedError

    @property
    def getting_ready(self) -> bool:
        """Whether a session is set up and waits for its sounds before its first phase."""
        return self._held is not None

    def _hold(self, holding: bool) -> None:
        """From now on, intents wait for the session to run (or, False, are done at once)."""
        self._held = [] if holding else None

    def _run_held(self, start: Callable[[], None]) -> None:
        """Starts the session with `start`, then does what was asked meanwhile."""
        held, self._held = self._held or [], None
        start()
        for intent in held:
            intent()

    def _steer(self, intent: Callable[[], None]) -> None:
        """Does `intent` now, or as soon as the session runs when it is getting ready."""
        if self._held is not None:
            self._held.append(intent)
        else:
            intent()

    def pause(self) -> None:
        """Freezes the countdown of a running session."""
        self._steer(self.driver.pause)

    def resume(self) -> None:
        """Carries a paused session on."""
        self._steer(self.driver.resume)

    def toggle_pause(self) -> None:
        """Pauses a running session, resumes a paused one."""
        self._steer(self.driver.toggle)

    def skip(self) -> None:
        """On to the next phase now."""
        self._steer(self.driver.skip)

    def back(self) -> None:
        """Restarts the phase, or goes to the previous one near its start."""
        self._steer(self.driver.back)

    def extend(self, seconds: float) -> None:
        """Lengthens (negative: shortens) the current phase by `seconds`."""
        self._steer(lambda: self.driver.extend(seconds))

    def stop(self) -> None:
        """Ends the session early."""
        self._steer(self.driver.stop)
