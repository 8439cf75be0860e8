"""The history in the main window: H opens the screen, the back check-in is answered with
one key, the finish screen shows today, a session cut short is offered again."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from pytestqt.qtbot import QtBot

from stretchdesk.controller.app_controller import AppController
from stretchdesk.controller.library_service import LibraryService
from stretchdesk.controller.settings_keeper import SettingsKeeper
from stretchdesk.core.history import HistoryStore
from stretchdesk.core.library import Library
from stretchdesk.core.settings import Settings, Weekday
from stretchdesk.core.settings_store import SettingsStore
from stretchdesk.core.timeline import PhaseKind
from stretchdesk.ui.main_window import MainWindow
from stretchdesk.ui.resume_dialog import ResumeQuestion
from tests.core.clock import FakeClock
from tests.core.history.sessions import PARIS, local, record, rows
from tests.ui.conftest import advance
from tests.ui.screen_checks import clipped_text, settle

Key = Qt.Key
NOW = local(PARIS, 2026, 3, 5, 19, 0)  # a Thursday evening
ROUTINE = "gentle-beginner"

MakeHistoryWindow = Callable[..., MainWindow]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def make_history_window(qtbot: QtBot, library: Library, clock: FakeClock, tmp_path: Path,
                        data: Path, cautions_asked: list[str]) -> MakeHistoryWindow:
    """A shown window whose controller keeps its history in `data`, at NOW in Paris."""

    def make(settings: Settings | None = None, size: QSize | None = None) -> MainWindow:
        service = LibraryService(lambda: library, tmp_path / "routines")
        keeper = SettingsKeeper(SettingsStore(tmp_path / "config", lambda: 0.0))
        controller = AppController(service, keeper, settings or Settings(), clock=clock,
                                   wall_clock=lambda: NOW)
        window = MainWindow(controller)
        qtbot.addWidget(window)
        window.resize(size or QSize(1280, 800))
        window.show()
        qtbot.waitExposed(window)
        controller.open_history(data, zone=lambda: PARIS)
        return window

    return make


@pytest.fixture
def window(make_history_window: MakeHistoryWindow) -> MainWindow:
    return make_history_window()


def finish(window: MainWindow, clock: FakeClock) -> None:
    """Lives through the session to its end."""
    session = window.controller.session
    assert session is not None
    while window.controller.session is session and session.state.value == "running":
        advance(window, clock, session.remaining)


# -- the history screen ----------------------------------------------------------------


def test_h_opens_the_history_from_the_routines_and_esc_goes_back(
        window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Key.Key_H)
    view = window.history.view
    assert view is not None and window.page is view
    assert view.title.text() == "Your history"
    qtbot.keyClick(window, Key.Key_Escape)
    assert window.page is window.picker
    qtbot.mouseClick(window.picker.history_button, Qt.MouseButton.LeftButton)
    assert window.page is view


def test_the_finish_screen_opens_the_history_and_shows_today(
        window: MainWindow, qtbot: QtBot, clock: FakeClock, data: Path) -> None:
    store = HistoryStore(data, NOW)
    for day in (2, 3, 4):  # Monday to Wednesday, a routine each day
        record(store, local(PARIS, 2026, 3, day, 8), minutes=10)
    store.close()
    window.controller.start_routine(ROUTINE)
    finish(window, clock)
    assert window.page is window.finish_view
    summary = window.controller.last_summary
    assert summary is not None
    minutes = round(summary.seconds / 60)
    assert window.finish_view.value_text("today") == f"{minutes} min  ·  a 4-day streak"
    qtbot.keyClick(window, Key.Key_H)
    assert window.page is window.history.view
    qtbot.keyClick(window, Key.Key_Escape)
    assert window.page is window.finish_view
    qtbot.mouseClick(window.finish_view.history_button, Qt.MouseButton.LeftButton)
    assert window.page is window.history.view


def test_the_weekly_goal_and_rest_days_change_what_the_history_shows(
        window: MainWindow, qtbot: QtBot, data: Path) -> None:
    store = HistoryStore(data, NOW)
    for day in (1, 2, 4):  # Sunday, Monday, Wednesday: Tuesday missed
        record(store, local(PARIS, 2026, 3, day, 8), minutes=10)
    store.close()
    controller = window.controller
    qtbot.keyClick(window, Key.Key_H)
    view = window.history.view
    assert view is not None and view.statistics is not None
    assert view.statistics.week is not None and view.statistics.week.goal_minutes == 60
    assert view.current.value.text() == "1 day"  # Tuesday broke it
    controller.apply_settings(replace(controller.settings, weekly_goal_minutes=150,
                                      rest_days=frozenset({Weekday.TUESDAY})))
    assert view.statistics.week is not None and view.statistics.week.goal_minutes == 150
    assert view.current.value.text() == "3 days"  # a rest day never breaks it
    assert "Rest days: Tue" in view.week_name.text()


# -- the back check-in -----------------------------------------------------------------


def test_the_back_question_is_answered_with_one_key_on_the_first_phase(
        window: MainWindow, qtbot: QtBot, clock: FakeClock, data: Path) -> None:
    window.controller.start_routine(ROUTINE)
    panel = window.session_view.check_in
    assert panel.isVisible() and panel.question_label.text() == "How does your back feel?"
    assert "0 = no pain, 10 = the worst" in panel.hint_label.text()
    assert "T for 10" in panel.hint_label.text()
    qtbot.keyClick(window, Key.Key_3)
    assert "your answer: 3" in panel.hint_label.text() and panel.scale.answer == 3
    qtbot.keyClick(window, Key.Key_T)
    assert panel.scale.answer == 10
    assert window.session_view.ring.seconds_text == "10"
    qtbot.keyClick(window, Key.Key_Minus)  # the session's own keys still do their part
    assert window.session_view.ring.seconds_text == "5"
    assert panel.scale.answer == 10
    advance(window, clock, 5.0)  # the starting position ends: the question goes
    assert window.session_view.banner.phase_word == "Hold"
    assert not panel.isVisible()
    qtbot.keyClick(window, Key.Key_5)
    assert rows(data / "history.sqlite3", "SELECT back_before FROM session") == [(10,)]


def test_the_finish_screen_is_built_when_the_session_ends_not_before(
        window: MainWindow, clock: FakeClock) -> None:
    # Built when the question before went (after the first phase), the finish screen
    # held its widgets and code through the whole session, unseen until its end.
    window.controller.start_routine(ROUTINE)
    assert window.session_view.check_in.isVisible()
    advance(window, clock, 10.0)  # the starting position ends: the question goes
    assert window.session_view.banner.phase_word == "Hold"
    assert not window.session_view.check_in.isVisible()
    assert not window.finish_view_built
    finish(window, clock)
    assert window.page is window.finish_view
    assert window.finish_view.check_in.isVisible()  # the question after is on it


def test_the_question_after_is_on_the_finish_screen(
        window: MainWindow, qtbot: QtBot, clock: FakeClock, data: Path) -> None:
    window.controller.start_routine(ROUTINE)
    qtbot.keyClick(window, Key.Key_6, Qt.KeyboardModifier.KeypadModifier)
    finish(window, clock)
    panel = window.finish_view.check_in
    assert panel.isVisible()
    assert panel.question_label.text() == "How does your back feel now?"
    assert "before: 6" in panel.hint_label.text()
    qtbot.keyClick(window, Key.Key_2)
    assert panel.scale.answer == 2
    assert rows(data / "history.sqlite3", "SELECT back_before, back_after FROM session") == [
        (6, 2)]


@pytest.mark.parametrize(("width", "height", "scale"), [
    (720, 540, 1.0), (800, 600, 1.5), (1280, 800, 1.5), (1920, 1080, 1.0), (1920, 1200, 1.0)])
def test_the_questions_leave_every_text_its_room(
        make_history_window: MakeHistoryWindow, qtbot: QtBot, clock: FakeClock,
        width: int, height: int, scale: float) -> None:
    window = make_history_window(Settings(text_scale=scale), QSize(width, height))
    window.controller.start_routine(ROUTINE)
    qtbot.keyClick(window, Key.Key_7)
    settle(qtbot, window)
    assert window.session_view.check_in.isVisible()
    assert clipped_text(window) == []
    window.controller.skip()
    window.controller.extend(5.0)  # a hold changed: the finish screen offers to keep it
    finish(window, clock)
    assert window.finish_view.remember_button.isVisible()
    qtbot.keyClick(window, Key.Key_T)
    settle(qtbot, window)
    assert window.finish_view.check_in.isVisible()
    assert window.finish_view.value_text("today")
    assert clipped_text(window) == []


def test_digits_do_nothing_without_the_question(
        make_history_window: MakeHistoryWindow, qtbot: QtBot, clock: FakeClock,
        data: Path) -> None:
    window = make_history_window(replace(Settings(), back_check_in=False))
    window.controller.start_routine(ROUTINE)
    assert not window.session_view.check_in.isVisible()
    qtbot.keyClick(window, Key.Key_4)
    finish(window, clock)
    assert not window.finish_view.check_in.isVisible()
    qtbot.keyClick(window, Key.Key_4)
    assert rows(data / "history.sqlite3", "SELECT back_before, back_after FROM session") == [
        (None, None)]


# -- resuming --------------------------------------------------------------------------


@pytest.fixture
def resume_asked(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Answers the resume question with Enter (resume); notes what it asked."""
    asked: list[tuple[str, str]] = []

    def offer(cls: type, parent: object, question: str, when: str,
              answered: Callable[[bool], object]) -> None:
        asked.append((question, when))
        answered(True)

    monkeypatch.setattr(ResumeQuestion, "offer", classmethod(offer))
    return asked


def cut_short(make: MakeHistoryWindow, clock: FakeClock, phases: int) -> MainWindow:
    """A window whose session ran `phases` phases, then was closed."""
    window = make()
    window.controller.start_routine(ROUTINE)
    for _ in range(phases):
        session = window.controller.session
        assert session is not None
        advance(window, clock, session.remaining)
    window.close()
    return window


def test_a_window_closed_mid_session_offers_it_next_time(
        make_history_window: MakeHistoryWindow, clock: FakeClock, data: Path,
        resume_asked: list[tuple[str, str]]) -> None:
    first = cut_short(make_history_window, clock, 3)
    timeline = first.controller.session.timeline  # type: ignore[union-attr]
    first.controller.shut_down()
    window = make_history_window()
    window.history.offer_resume()
    ((question, when),) = resume_asked
    phase = timeline[3]
    assert question.startswith("Resume Gentle lower-back relief: ")
    assert window.controller.library.stretches[phase.stretch_id].name.lower() in question.lower()
    assert when.startswith("You began it today at 19:00")
    assert window.page is window.session_view
    session = window.controller.session
    assert session is not None and session.index == 3
    assert window.session_view.banner.phase_word == {
        PhaseKind.HOLD: "Hold", PhaseKind.RELEASE: "Release", PhaseKind.SWITCH: "Switch sides",
        PhaseKind.REST: "Rest", PhaseKind.PREPARE: "Starting position"}[phase.kind]
    finish(window, clock)
    assert rows(data / "history.sqlite3", "SELECT count(*), outcome FROM session") == [
        (1, "finished")]


def test_esc_on_the_offer_lets_the_session_go(
        make_history_window: MakeHistoryWindow, clock: FakeClock, data: Path,
        qtbot: QtBot) -> None:
    cut_short(make_history_window, clock, 2).controller.shut_down()
    window = make_history_window()
    window.history.offer_resume()
    (dialog,) = window.findChildren(ResumeQuestion)
    assert dialog.isVisible() and dialog.isModal()
    qtbot.keyClick(dialog, Key.Key_Escape)
    assert window.page is window.picker
    assert rows(data / "history.sqlite3", "SELECT outcome FROM session") == [("interrupted",)]


def test_the_resume_question_resumes_on_enter(qtbot: QtBot) -> None:
    dialog = ResumeQuestion("Resume Desk break: seated spinal twist, left side?",
                            "You began it today at 08:10")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Key.Key_Return)
    assert dialog.result() == ResumeQuestion.DialogCode.Accepted
    again = ResumeQuestion("Resume?", "You began it today at 08:10")
    qtbot.addWidget(again)
    again.show()
    qtbot.keyClick(again, Key.Key_Escape)
    assert again.result() == ResumeQuestion.DialogCode.Rejected


def test_the_answer_keys_are_no_other_keys_of_the_session_or_finish_screen() -> None:
    from stretchdesk.ui.keys import BINDINGS, Where

    def keys_of(*places: Where) -> set[str]:
        return {seq.toString() for b in BINDINGS if b.where in places for seq in b.keys}

    answers = keys_of(Where.CHECK_IN)
    assert answers == {*"0123456789", "T"}
    assert answers.isdisjoint(keys_of(Where.SESSION, Where.FINISH, Where.EVERYWHERE))
