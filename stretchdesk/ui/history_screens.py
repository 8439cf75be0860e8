"""The main window's side of the history (issue 17): the history screen, the back check-in
on the session and finish screens, today's minutes and streak, and the offer to resume.

The history screen and its modules are loaded when first opened (H), and the store is
opened by the controller after the first paint: the routine list never waits for them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QObject, QTime
from PySide6.QtWidgets import QWidget

from stretchdesk.core.session_state import SessionState
from stretchdesk.ui import keys

if TYPE_CHECKING:
    from PySide6.QtGui import QShortcut

    from stretchdesk.controller.app_controller import AppController
    from stretchdesk.core.history.check_in import BackCheckIn
    from stretchdesk.core.history.resume import ResumeOffer
    from stretchdesk.ui.history.feed import HistoryFeed
    from stretchdesk.ui.history.history_view import HistoryView
    from stretchdesk.ui.main_window import MainWindow


class HistoryScreens(QObject):
    """Opens the history screen for one main window and shows the back check-in on it.

    `actions` are the key actions it carries out (ui/keys.py names them): H, and the
    answers 0 to 10 while the back question shows. A child of the window: when the window
    goes, so do its links to the controller.
    """

    def __init__(self, window: MainWindow, controller: AppController) -> None:
        super().__init__(window)
        self._window, self._controller = window, controller
        self.view: HistoryView | None = None
        self._came_from: QWidget | None = None
        self._check_in_keys: list[QShortcut] = []
        self.check_in: BackCheckIn | None = None
        controller.check_in_changed.connect(self._show_check_in)
        controller.session_ended.connect(self._show_today)
        controller.settings_changed.connect(self._settings_changed)

    def actions(self) -> dict[str, Callable[[], object]]:
        """The key actions, by the names keys.BINDINGS gives them."""
        made: dict[str, Callable[[], object]] = {"show_history": self.open}
        for score in range(11):
            made[f"back_score_{score}"] = partial(self.answer, score)
        return made

    def use_keys(self, shortcuts: dict[keys.Where, list[QShortcut]]) -> None:
        """The window's shortcuts: the check-in's answer keys work only while it shows."""
        self._check_in_keys = shortcuts[keys.Where.CHECK_IN]
        self.update_keys()

    # -- the history screen --------------------------------------------------------------

    @property
    def showing(self) -> bool:
        """Whether the history screen is the page on show."""
        return self.view is not None and self._window.page is self.view

    def open(self) -> None:
        """Shows the history screen (H), counted now with the person's goal and rest days."""
        history = self._controller.history
        if history is None or self.showing:
            return  # the history opens with the first paint; H before then does nothing
        view = self.view
        if view is None:
            from stretchdesk.ui.history.history_view import HistoryView

            view = self.view = HistoryView(self._window)
            view.back_requested.connect(self.close)
            view.export_requested.connect(lambda path: view.show_notice(self._feed().export(path)))
            self._window.pages.addWidget(view)
        view.set_text_scale(self._controller.settings.text_scale)
        self._feed().show_in(view)
        self._came_from = self._window.page
        self._window.show_page(view)

    def close(self) -> None:
        """Esc or Back: the screen the history was opened from."""
        if self.showing:
            self._window.show_page(self._came_from or self._window.picker)

    def _feed(self) -> HistoryFeed:
        from stretchdesk.ui.history.feed import HistoryFeed

        history = self._controller.history
        assert history is not None
        settings = self._controller.settings
        return HistoryFeed(history.store, self._controller.library.stretches,
                           history.wall_clock, history.zone(),
                           rest_weekdays=settings.rest_days,
                           weekly_goal_minutes=settings.weekly_goal_minutes)

    def _settings_changed(self, _settings: object = None) -> None:
        if self.showing and self.view is not None:  # a goal changed from the screen's Settings
            self.view.set_text_scale(self._controller.settings.text_scale)
            self._feed().show_in(self.view)

    # -- the back check-in and the finish screen -----------------------------------------

    def answer(self, score: int) -> None:
        """A digit key (or T for 10) while the back question shows."""
        if self._controller.history is not None:
            self._controller.history.answer_back(score)

    def _show_check_in(self, check_in: BackCheckIn | None) -> None:
        from stretchdesk.core.history.check_in import CheckInMoment

        self.check_in = check_in
        moment = check_in.moment if check_in is not None else None
        self._window.session_view.check_in.show_check_in(
            check_in if moment is CheckInMoment.BEFORE else None)
        after = check_in if moment is CheckInMoment.AFTER else None
        # The finish screen is built when first needed: not for the question before going
        # (after the first phase), which would keep it through the session unseen.
        if after is not None or self._window.finish_view_built:
            self._window.finish_view.show_check_in(after)
        self.update_keys()

    def update_keys(self) -> None:
        """Turns the answer keys on while a back question is on the page shown (the
        session and finish screens each have a CheckInPanel, `check_in`)."""
        panel = getattr(self._window.page, "check_in", None)
        on = getattr(panel, "check_in", None) is not None
        for shortcut in self._check_in_keys:
            shortcut.setEnabled(on)

    def _show_today(self, _summary: object = None) -> None:
        history = self._controller.history
        if history is None:
            return
        c = self._controller
        statistics = history.statistics(c.settings, c.library)
        self._window.finish_view.show_today(
            (statistics.minutes_on(statistics.today), statistics.streaks.current))

    # -- resuming ------------------------------------------------------------------------

    def offer_resume(self) -> None:
        """At start: offers to carry on the latest session cut short, if there is one."""
        from stretchdesk.ui.resume_dialog import ResumeQuestion

        offer = self._controller.resume_offer()
        if offer is not None:
            ResumeQuestion.offer(self._window, offer.question, self._when(offer),
                                 lambda resume: self._answered(offer, resume))

    def _answered(self, offer: ResumeOffer, resume: bool) -> None:
        c = self._controller
        if c.history is None or c.state in (SessionState.RUNNING, SessionState.PAUSED):
            return  # another session began meanwhile: the offer stays for next time
        if resume:
            c.start_routine(offer.routine.id, offer.level, ask_cautions=False, resume=offer)
        else:
            c.history.discard(offer)

    def _when(self, offer: ResumeOffer) -> str:
        history = self._controller.history
        assert history is not None
        zone = history.zone()
        began = datetime.fromtimestamp(offer.open_session.started_at, zone)
        today = datetime.fromtimestamp(history.wall_clock(), zone).date()
        locale = QLocale()
        # The formats are translated too: each language writes its dates and times its way.
        at = locale.toString(QTime(began.hour, began.minute), self.tr("HH:mm"))
        if began.date() == today:
            return self.tr("You began it today at {time}").format(time=at)
        if began.date() == today - timedelta(days=1):
            return self.tr("You began it yesterday at {time}").format(time=at)
        day = locale.toString(QDate(began.year, began.month, began.day), self.tr("dddd dd MMMM"))
        return self.tr("You began it on {day} at {time}").format(day=day, time=at)
