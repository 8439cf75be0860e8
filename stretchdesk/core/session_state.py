"""SessionState: where a session is in its life.

Its own module so the main window can name the states without loading the state
machine and its events, which only the first session needs (start-up time).
"""

from __future__ import annotations

from enum import Enum


class SessionState(Enum):
    """Where a session is in its life."""

    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"
