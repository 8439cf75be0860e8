"""Reminders and the tray in the app: the window, the controller, the memory, the settings.

The desktop here is offscreen Qt with the tray said to be there (the real tray host,
dunst and bus are in tests/desktop/test_app_reminders.py); the reminder clocks and every
timer are fakes, fired by hand.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from stretchdesk.core.history.synthetic import make_history, synthetic_sessions
from stretchdesk.core.library import Library
from stretchdesk.core.reminders.settings import (
    EVERY_DAY,
    DeskBreak,
    ReminderSettings,
    RoutineReminder,
)
from stretchdesk.core.session_state import SessionState
from stretchdesk.core.settings import Settings
from stretchdesk.ui.main_window import MainWindow
from stretchdesk.ui.reminder_desktop import DesktopServices
from stretchdesk.ui.reminder_memory import ReminderMemory
from stretchdesk.ui.reminder_service import ReminderService, today_minutes
from stretchdesk.ui.tray_presence import KEPT_IN_TRAY, TRAY_LOOK_MS, TRAY_WAIT_MS
from tests.core.reminder_clocks import FakeClocks, paris
from tests.helpers.timers import FakeTimers
from tests.ui.conftest import MakeController

# Offscreen Qt has no tray; showing the icon there says so, which is not our fault.
# (Nor are its words about size hints and raising a window.)
pytestmark = pytest.mark.qt_log_ignore("systemTrayWindowChanged",
                                       "This plugin does not support (propagateSizeHints|raise)")

MORNING = RoutineReminder("morning-stiffness", time(7, 30), EVERY_DAY)
BED = RoutineReminder("before-bed", time(22, 0), EVERY_DAY)
DESK = DeskBreak(enabled=True)
NONE = ReminderSettings()


class Idle:
    """Seconds since the last keyboard or mouse input, as the test says."""

    method = "a test's idle counter"

    def __init__(self) -> None:
        self.seconds = 0.0

    def idle_seconds(self) -> float:
        return self.seconds


class Desktop:
    """A desktop with a tray (or not) and no notification server: reminders are tray
    messages."""

    def __init__(self) -> None:
        self.tray = True
        self.busy = False
        self.idle: Idle | None = Idle()

    def services(self) -> DesktopServices:
        return DesktopServices(None, self.idle, lambda: self.busy, None, lambda: self.tray)


class App:
    """A window, its controller and the reminders, on fake clocks and timers."""

    def __init__(self, window: MainWindow, service: ReminderService, clocks: FakeClocks,
                 timers: FakeTimers, messages: list[tuple[str, str]]) -> None:
        self.window = window
        self.service = service
        self.clocks = clocks
        self.timers = timers
        self.messages = messages

    @property
    def controller(self):  # type: ignore[no-untyped-def]
        return self.window.controller

    def apply(self, reminders: ReminderSettings) -> None:
        self.controller.apply_settings(replace(self.controller.settings, reminders=reminders))

    def check_after(self, seconds: float) -> None:
        """Time passes and the reminder timer goes off."""
        self.clocks.advance(seconds)
        self.timers.fire("reminders")

    def menu(self) -> list[str]:
        """The menu as the person sees it when they open it."""
        self.service.tray.menu.aboutToShow.emit()
        return [a.text() for a in self.service.tray.actions() if not a.isSeparator()]


@pytest.fixture
def quits(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Each time the app was told to quit."""
    asked: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda *_: asked.append(True))
    return asked


@pytest.fixture
def desktop() -> Desktop:
    return Desktop()


@pytest.fixture
def make_app(qtbot: QtBot, make_controller: MakeController, cautions_asked: list[str],
             desktop: Desktop, tmp_path: Path, quits: list[bool]) -> Iterator[Callable[..., App]]:
    made: list[App] = []

    def make(reminders: ReminderSettings = NONE, *, hidden: bool = False,
             at: datetime | None = None, today: int | None = 7) -> App:
        window = MainWindow(make_controller(Settings(reminders=reminders)))
        qtbot.addWidget(window)
        if not hidden:
            window.show()
        clocks = FakeClocks(at or paris(2026, 11, 2, 7, 29))
        timers = FakeTimers()
        pixmap = QPixmap(16, 16)
        pixmap.fill()
        service = ReminderService(window, desktop.services(), ReminderMemory(tmp_path / "config"),
                                  QIcon(pixmap), clock=clocks.now, today=lambda: today,
                                  timers=timers, parent=window)
        messages: list[tuple[str, str]] = []
        service.tray.show_message = lambda title, body: messages.append((title, body))  # type: ignore[method-assign]
        service.start(hidden)
        app = App(window, service, clocks, timers, messages)
        made.append(app)
        return app

    yield make
    for app in made:
        app.service.shut_down()


def test_a_reminder_in_the_tray_starts_its_routine_with_the_window_brought_up(
        make_app: Callable[..., App], qtbot: QtBot) -> None:
    app = make_app(ReminderSettings(routines=(MORNING,)), hidden=True)
    first_show: list[bool] = []
    app.service.presence.before_first_show = lambda: first_show.append(True)
    assert not app.window.isVisible() and app.service.tray.visible
    app.check_after(60)
    assert app.messages == [("Time to stretch", "“Morning stiffness” is planned for now.")]
    app.service.tray.message_clicked.emit()  # the person clicks the tray's message
    assert app.window.isVisible() and first_show == [True]
    assert app.controller.routine.id == "morning-stiffness"
    assert app.controller.state is SessionState.RUNNING
    assert app.window.page is app.window.session_view


def test_closing_the_window_keeps_the_app_in_the_tray_and_says_so_once(
        make_app: Callable[..., App], quits: list[bool], tmp_path: Path) -> None:
    app = make_app(ReminderSettings(desk_break=DESK))
    assert app.service.tray.visible  # reminders are on
    app.window.close()
    assert quits == [] and app.service.tray.visible
    assert app.messages == [KEPT_IN_TRAY]
    assert app.window.windowHandle() is not None
    app.timers.fire("releasing the closed window")  # its backing store goes while hidden
    assert app.window.windowHandle() is None
    app.service.tray.open_window.emit()  # a click on the icon
    assert app.window.isVisible() and app.window.windowHandle() is not None
    app.window.close()
    assert quits == [] and app.messages == [KEPT_IN_TRAY]  # said once, ever
    assert ReminderMemory(tmp_path / "config").told_closing_keeps_tray


@pytest.mark.parametrize("why", ["setting off", "no tray", "no reminders"])
def test_otherwise_closing_the_window_quits_as_it_always_did(
        make_app: Callable[..., App], quits: list[bool], desktop: Desktop, why: str) -> None:
    reminders = ReminderSettings(desk_break=DESK, close_to_tray=why != "setting off")
    if why == "no reminders":
        reminders = ReminderSettings()
    desktop.tray = why != "no tray"
    app = make_app(reminders)
    app.window.close()
    assert quits == [True] and app.messages == []


def test_the_icon_shows_while_reminders_are_on_or_the_window_is_hidden(
        make_app: Callable[..., App], desktop: Desktop) -> None:
    app = make_app()
    assert not app.service.tray.visible  # a window and nothing else: no reminders
    app.apply(ReminderSettings(routines=(MORNING,)))
    assert app.service.tray.visible
    app.apply(ReminderSettings(routines=(replace(MORNING, enabled=False),)))
    assert not app.service.tray.visible
    desktop.tray = False
    hidden = make_app(hidden=True)
    assert not hidden.service.tray.visible


def test_started_hidden_without_a_tray_the_window_opens_minimised_after_a_wait(
        make_app: Callable[..., App], desktop: Desktop) -> None:
    desktop.tray = False
    app = make_app(ReminderSettings(desk_break=DESK), hidden=True)
    for _ in range(TRAY_WAIT_MS // TRAY_LOOK_MS - 1):
        app.timers.fire("looking for a tray")  # at login the panel may come up later
        assert not app.window.isVisible()
    app.timers.fire("looking for a tray")
    assert app.window.isVisible() and app.window.isMinimized()
    assert app.timers.running("looking for a tray") == []


def test_the_menu_has_the_favourites_then_the_last_used_then_today_and_pause(
        make_app: Callable[..., App], library: Library) -> None:
    app = make_app(ReminderSettings(routines=(BED, MORNING), desk_break=DESK), today=12)
    app.controller.start_routine("hips-and-hamstrings")
    app.controller.stop()
    menu = app.menu()
    names = {r.name for r in library.routines.values()}
    routines = [text for text in menu if text.replace("&&", "&") in names]
    assert routines[:4] == ["Morning stiffness", "Before bed", "Desk break",
                            "Hips and hamstrings"]
    assert routines[4:] == sorted(routines[4:], key=lambda n: [
        r.name for r in library.routines.values()].index(n.replace("&&", "&")))
    assert {"Open StretchDesk", "Today: 12 min of stretching", "Pause reminders",
            "Settings…", "Quit StretchDesk"} <= set(menu)


def test_a_pause_from_the_tray_is_kept_across_a_restart_or_a_kill(
        make_app: Callable[..., App], qtbot: QtBot) -> None:
    app = make_app(ReminderSettings(routines=(MORNING,)), at=paris(2026, 11, 2, 9, 0))
    app.service.tray.pause_until_tomorrow.emit()
    assert "Reminders paused until tomorrow" in app.menu()
    # Kept at once, not only on quitting: a logout may end the app without a quit.
    again = make_app(ReminderSettings(routines=(MORNING,)), at=paris(2026, 11, 2, 9, 5))
    assert again.service.runner.paused_until == paris(2026, 11, 3, 0, 0)
    assert "Reminders paused until tomorrow" in again.menu()
    again.service.tray.resume_reminders.emit()
    assert again.service.runner.paused_until is None and "Pause reminders" in again.menu()


def test_a_reminder_shown_is_not_shown_again_after_a_restart(
        make_app: Callable[..., App]) -> None:
    app = make_app(ReminderSettings(routines=(MORNING,)))
    app.check_after(60)
    assert len(app.messages) == 1
    app.service.shut_down()
    again = make_app(ReminderSettings(routines=(MORNING,)), at=paris(2026, 11, 2, 7, 31))
    again.timers.fire("reminders")
    assert again.messages == []


def test_new_settings_arm_the_reminders_at_once(make_app: Callable[..., App],
                                                desktop: Desktop) -> None:
    desktop.idle = None  # no idle time: the count runs on the clock
    app = make_app()
    assert app.timers.running("reminders") == []  # nothing to remind of
    app.apply(ReminderSettings(desk_break=DeskBreak(enabled=True, after_minutes=10)))
    assert len(app.timers.running("reminders")) == 1
    assert app.service.runner.scheduler.next_check(app.clocks.now()) == 600
    app.check_after(600)
    assert app.messages == [("Time for a desk break", "You have been at the computer for "
                                                      "10 minutes. Stretch with “Desk break”.")]
    app.apply(ReminderSettings(desk_break=DeskBreak(enabled=True, after_minutes=10,
                                                    routine_id="before-bed")))
    app.check_after(600)
    assert app.messages[-1][1].endswith("Stretch with “Before bed”.")
    app.service.tray.message_clicked.emit()
    assert app.controller.routine.id == "before-bed"


def test_time_away_of_the_chosen_length_starts_the_count_again(
        make_app: Callable[..., App], desktop: Desktop) -> None:
    app = make_app(ReminderSettings(desk_break=DeskBreak(enabled=True, idle_reset_minutes=10)))
    scheduler = app.service.runner.scheduler
    app.clocks.advance(20 * 60)
    assert desktop.idle is not None
    desktop.idle.seconds = 6 * 60  # six minutes away: not a break of ten
    app.service.runner.check()
    assert scheduler.used_seconds(app.clocks.now()) == 20 * 60
    app.apply(ReminderSettings(desk_break=DeskBreak(enabled=True, idle_reset_minutes=5)))
    assert scheduler.used_seconds(app.clocks.now()) == 0  # now six minutes are a break
    assert app.service.desktop.idle == "a test's idle counter"


def test_a_session_counts_as_a_break_and_a_reminder_waits_for_its_end(
        make_app: Callable[..., App]) -> None:
    app = make_app(ReminderSettings(routines=(MORNING,), desk_break=DESK))
    app.clocks.advance(45 * 60)
    app.controller.start_routine("before-bed")
    app.check_after(60)  # 07:30 falls during the session: the reminder waits
    assert app.messages == []
    app.controller.stop()
    runner = app.service.runner
    assert runner.scheduler.used_seconds(app.clocks.now()) == 0  # the desk count restarted
    app.check_after(60)
    assert app.messages == [("Time to stretch", "“Morning stiffness” was planned for 07:30.")]


def test_the_tray_asks_before_replacing_a_running_session(
        make_app: Callable[..., App], stop_answers: list[bool]) -> None:
    app = make_app(ReminderSettings(desk_break=DESK))
    app.controller.start_routine("before-bed")
    stop_answers.append(False)
    app.service.tray.start_routine.emit("desk-break")
    assert app.controller.routine.id == "before-bed"
    assert app.controller.state is SessionState.RUNNING
    stop_answers.append(True)
    app.service.tray.start_routine.emit("desk-break")
    assert app.controller.routine.id == "desk-break"


def test_the_tray_opens_settings_at_the_reminders_page(
        make_app: Callable[..., App], monkeypatch: pytest.MonkeyPatch) -> None:
    from stretchdesk.ui.settings_dialog import SettingsDialog

    shown: list[str] = []

    def exec_(dialog: SettingsDialog) -> int:
        shown.append(dialog.tabs.tabText(dialog.tabs.currentIndex()))
        shown.append(dialog.reminders.idle_note.text())
        return 0

    monkeypatch.setattr(SettingsDialog, "exec", exec_)
    app = make_app(ReminderSettings(desk_break=DESK))
    app.service.tray.open_settings.emit()
    assert shown == ["Re&minders", "Time away from the keyboard and mouse is read from a "
                                   "test's idle counter."]


def test_todays_minutes_come_from_the_history_file(
        tmp_path: Path, library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Paris")
    zone = ZoneInfo("Europe/Paris")
    folder = tmp_path / "data"
    assert today_minutes(folder, 0.0) == 0  # no history yet: nothing read, nothing made
    assert not folder.exists()
    day = date(2026, 11, 2)
    make_history(folder, library, day, 3, zone, every_day=True)
    sessions = list(synthetic_sessions(library, day, 3, zone, every_day=True))
    expected = sum(p.actual_seconds for s in sessions if s.header.local_day == day.isoformat()
                   for p, _ in s.phases) / 60
    assert expected > 0
    late_that_day = datetime(2026, 11, 2, 23, 59, tzinfo=zone).timestamp()
    assert today_minutes(folder, late_that_day) == round(expected)
    next_day = (datetime(2026, 11, 2, 23, 59, tzinfo=zone) + timedelta(days=1)).timestamp()
    assert today_minutes(folder, next_day) == 0


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    """French translators and locale for one test (compiled by `make`, or here when the
    .qm file is missing or older than its .ts); English after."""
    from stretchdesk.ui.translation import COMPILED, install_translators
    from tools.translations import SOURCES, compile_all

    qm, ts = COMPILED / "settings_fr.qm", SOURCES / "settings_fr.ts"
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        compile_all()
    assert install_translators(qapp, "fr") >= 1
    yield
    install_translators(qapp, "en")


def test_in_french_the_tray_its_messages_and_reminders_speak_french(
        french: None, make_app: Callable[..., App]) -> None:
    app = make_app(ReminderSettings(routines=(MORNING,), desk_break=DESK))
    app.check_after(60)
    assert app.messages == [("C’est l’heure de s’étirer",
                             "La routine «\u00a0Morning stiffness\u00a0» est prévue maintenant.")]
    assert {"Autres routines", "Ouvrir StretchDesk", "Aujourd’hui\u00a0: 7\u00a0min d’étirement",
            "Suspendre les rappels", "Paramètres…", "Quitter StretchDesk", "Pendant 1 heure",
            "Jusqu’à demain"} <= set(app.menu())
    app.window.close()
    assert app.messages[-1] == (
        "StretchDesk fonctionne toujours",
        "Vos rappels restent actifs pendant qu’il attend dans la zone de notification. "
        "Quittez-le depuis le menu de son icône, ou changez ce réglage dans Paramètres, "
        "Rappels.")
