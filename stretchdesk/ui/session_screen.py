"""Builds the guided session screen and ties it to the app controller.

The main window builds its session screen only when a first session starts (the
routine list shows sooner without it); this is that building: the view, its control
bar's buttons bound to the window's actions, and the controller's signals that move it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from stretchdesk.core.session_state import SessionState
from stretchdesk.ui.appearance import dark_palette
from stretchdesk.ui.session_access import SessionDescriber
from stretchdesk.ui.session_view import SessionView

if TYPE_CHECKING:
    from stretchdesk.controller.app_controller import AppController
    from stretchdesk.ui.main_window import MainWindow

# Which of the window's actions each button of the control bar asks for.
BAR_ACTIONS = (
    ("back", "back"), ("toggle_pause", "toggle_pause"), ("skip", "skip"),
    ("shorter", "shorter"), ("longer", "longer"), ("stop_requested", "stop"),
    ("mute_requested", "toggle_mute"), ("settings_requested", "request_settings"),
    ("fullscreen_requested", "toggle_fullscreen"),
)


def build_session_view(window: MainWindow, controller: AppController,
                       actions: dict[str, Callable[[], object]]) -> SessionView:
    """A session screen in `window`'s pages, in its look, driven by `controller`."""
    c = controller
    view = SessionView(c.library.stretches, window)
    window.pages.addWidget(view)
    view.set_text_scale(window.look.choice.text_scale)
    view.figure.set_reduced_motion(window.look.choice.reduced_motion)  # type: ignore[attr-defined]
    clock = getattr(view.figure, "clock", None)  # (none where the figure is a placeholder)
    if clock is not None:  # frames keep out of the way of the session's cues
        clock.next_event_in = c.driver.seconds_to_next_event
    view.set_dark(dark_palette())
    bar = view.controls
    bar.set_muted(c.muted)
    if c.sound is not None and not c.sound.audible:
        bar.set_no_sound(c.sound.missing)
    bar.set_fullscreen(window.isFullScreen())
    for signal_name, action in BAR_ACTIONS:
        getattr(bar, signal_name).connect(actions[action])
    c.phase_started.connect(view.show_phase)
    c.remaining_changed.connect(view.show_remaining)
    c.caption.connect(view.show_caption)
    SessionDescriber(view, c)  # the ring and picture in words, for screen readers
    if c.driver.event_log is not None:  # --event-log: when each phase is on screen
        from stretchdesk.ui.frame_log import log_frames

        log_frames(window, c)
    return view


def show_session_now(view: SessionView, controller: AppController) -> None:
    """Draws the running session's phase, time left and pause state afresh (after new
    settings re-planned it, or the look changed its colours)."""
    session = controller.session
    if session is None or session.phase is None:
        return
    view.show_phase(session.index, session.phase)
    view.show_remaining(session.remaining, session.phase_seconds)
    view.set_paused(session.state is SessionState.PAUSED)
