"""What the main window shows about safety and about the stretches, on request.

The warning signs (W or the picker's button, and once at first start), the guide to a
routine's stretches from the picker (I or a click), and the "about this stretch"
overlay during a session (I). Each is built when first asked for: the routine list
shows sooner without them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from stretchdesk.core.cautions import position_notes
from stretchdesk.core.stretch_guide import routine_overview

if TYPE_CHECKING:
    from stretchdesk.ui.guide_dialog import GuideDialog
    from stretchdesk.ui.guide_overlay import GuideOverlay
    from stretchdesk.ui.main_window import MainWindow
    from stretchdesk.ui.safety_dialog import SafetyDialog

FIRST_START_ALSO = str(QT_TRANSLATE_NOOP("AboutScreens", "Also keep in mind"))


class AboutScreens:
    """Opens the warning signs and the stretch guides for one main window."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.overlay: GuideOverlay | None = None

    @property
    def _text_scale(self) -> float:
        return self._window.look.choice.text_scale  # the setting times the desktop's

    def show_safety(self, first_start: bool = False) -> SafetyDialog | None:
        """The warning signs, with the notes on the positions the routine in question uses
        (the one selected in the picker; at first start, every routine's).

        The dialog is window-modal and returns at once; None when the library has no
        safety words.
        """
        from stretchdesk.ui.safety_dialog import SafetyDialog

        window = self._window
        library = window.controller.library
        if library.safety is None:
            return None
        also: tuple[str, list[str]] | None = None
        if first_start:
            also = (QCoreApplication.translate("AboutScreens", FIRST_START_ALSO),
                    position_notes(library.routines.values(), library))
        else:
            routine = library.routines.get(window.selected_routine_id or "")
            also = (QCoreApplication.translate("AboutScreens", "For “{routine}”").format(
                routine=routine.name), position_notes([routine], library)) \
                if routine is not None else None
        dialog = SafetyDialog(library.safety, also, first_start=first_start,
                              text_scale=self._text_scale, parent=window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_guides(self, routine_id: str, index: int = 0) -> GuideDialog | None:
        """The guide to each stretch of `routine_id` at the person's level, from `index`."""
        from stretchdesk.ui.appearance import dark_palette
        from stretchdesk.ui.guide_dialog import GuideDialog

        c = self._window.controller
        routine = c.library.routines.get(routine_id)
        if routine is None:
            return None
        guides = routine_overview(routine, c.library, c.settings.level, c.library.muscle_areas)
        if not guides:
            return None
        dialog = GuideDialog(routine.name, guides, c.library.muscle_areas, index,
                             text_scale=self._text_scale, dark=dark_palette(),
                             parent=self._window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def toggle_overlay(self) -> None:
        """I during a session: opens "about this stretch" over the picture, or closes it."""
        session = self._window.controller.session
        if session is None:
            return
        from stretchdesk.ui.appearance import dark_palette

        overlay = self._session_overlay()
        if overlay.is_open:
            overlay.close_guide()
        else:
            overlay.set_dark(dark_palette())
            overlay.open_for(session.phase.stretch_id, self._text_scale)

    def close_overlay(self) -> bool:
        """Closes the session's guide if it is open; whether it was (Esc closes it first)."""
        if self.overlay is None or not self.overlay.is_open:
            return False
        self.overlay.close_guide()
        return True

    def _session_overlay(self) -> GuideOverlay:
        if self.overlay is None:
            from stretchdesk.ui.guide_overlay import GuideOverlay

            c, view = self._window.controller, self._window.session_view
            overlay = self.overlay = GuideOverlay(
                view, (view.pose_panel,), lambda: c.library.stretches,
                lambda: c.library.muscle_areas)
            c.phase_started.connect(overlay.follow)
            c.session_started.connect(lambda *_: overlay.close_guide())
            c.session_ended.connect(lambda _summary: overlay.close_guide())
        return self.overlay
