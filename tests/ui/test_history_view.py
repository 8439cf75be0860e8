"""The history screen: what it says, its keys, its export button, and the feed behind it."""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta
from pathlib import Path
from types import MappingProxyType
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from stretchdesk import paths
from stretchdesk.core.history import (
    HistoryStatistics,
    HistoryStore,
    Outcome,
    RecordedPhase,
    history_statistics,
)
from stretchdesk.core.history.queries import BackScore, DayTotal, HistoryTotals, RoutineTotal
from stretchdesk.core.library import load_library
from stretchdesk.core.timeline import PhaseKind
from stretchdesk.ui.history.export_dialog import ExportFileDialog
from stretchdesk.ui.history.feed import HistoryFeed
from stretchdesk.ui.history.history_view import HistoryView

PARIS = ZoneInfo("Europe/Paris")
TODAY = date(2026, 5, 14)  # a Thursday
SUNDAY = 6


def _statistics(days: dict[date, tuple[float, int]], *, goal: float = 60,
                routines: tuple[RoutineTotal, ...] = (),
                scores: tuple[BackScore, ...] = ()) -> HistoryStatistics:
    totals = HistoryTotals(
        tuple(DayTotal(d, minutes * 60, finished) for d, (minutes, finished)
              in sorted(days.items())),
        routines, MappingProxyType({"pelvic-tilt": 600.0}), scores)
    return history_statistics(totals, TODAY, rest_weekdays={SUNDAY},
                              weekly_goal_minutes=goal,
                              areas={"pelvic-tilt": ("Belly and waist",)})


def _month_of_sessions() -> HistoryStatistics:
    days = {TODAY - timedelta(days=n): (10.0 + n, 1) for n in range(0, 45) if n != 3}
    return _statistics(days, routines=(
        RoutineTotal("mine", "<b>My</b> routine", 600.0, 3),
        RoutineTotal("before-bed", "Before bed", 300.0, 2)),
        scores=(BackScore(TODAY - timedelta(days=2), 0.0, 6, 3),
                BackScore(TODAY, 1.0, 5, None)))


@pytest.fixture
def view(qtbot: QtBot) -> HistoryView:
    made = HistoryView()
    qtbot.addWidget(made)
    made.resize(1280, 800)
    made.show_statistics(_month_of_sessions())
    made.show()
    qtbot.waitExposed(made)
    return made


def test_the_cards_show_streaks_today_and_the_week_against_its_goal(view: HistoryView) -> None:
    # Every day for 45 days but 11 May (a Monday): the streak since then is 3 days.
    assert view.current.value.text() == "3 days"
    assert view.best.value.text() == "41 days"
    assert view.today.value.text() == "10 min"
    # This week (Mon 11 to Thu 14): 11 May missed, 12 + 11 + 10 = 33 of 60.
    assert view.week_bar.text() == "33 of 60 min (55 %)"
    assert "Rest days: Sun" in view.week_name.text()


def test_the_calendar_opens_on_this_month_and_says_what_each_day_holds(
        view: HistoryView) -> None:
    assert view.month_label.text() == "May 2026"
    assert view.calendar.day_text(TODAY) == "14 May, 10 min, routine finished, today"
    assert view.calendar.day_text(date(2026, 5, 11)) == "11 May"
    assert view.calendar.day_text(date(2026, 5, 10)) == "10 May, 14 min, routine finished"
    assert view.calendar.accessibleDescription() == (
        "13 days with a finished routine, 218 minutes in all")


def test_arrow_keys_change_the_month_between_the_first_session_and_now(
        qtbot: QtBot, view: HistoryView) -> None:
    assert view.calendar.hasFocus()
    qtbot.keyClick(view.calendar, Qt.Key.Key_Right)  # no month after this one
    assert view.month_label.text() == "May 2026" and not view.next_button.isEnabled()
    qtbot.keyClick(view.calendar, Qt.Key.Key_Left)
    assert view.month_label.text() == "April 2026"
    assert view.calendar.day_text(date(2026, 4, 26)) == "26 April, 28 min, routine finished"
    qtbot.keyClick(view.calendar, Qt.Key.Key_PageUp)
    assert view.month_label.text() == "March 2026"  # the first session was on 31 March
    assert not view.previous_button.isEnabled()
    qtbot.keyClick(view.calendar, Qt.Key.Key_Left)
    assert view.month_label.text() == "March 2026"
    qtbot.keyClick(view.calendar, Qt.Key.Key_Home)
    assert view.month_label.text() == "May 2026"
    view.previous_button.click()
    assert view.month_label.text() == "April 2026"


def test_the_month_on_show_stays_when_new_statistics_come(view: HistoryView) -> None:
    view.calendar.previous_month()
    view.show_statistics(_month_of_sessions())
    assert view.month_label.text() == "April 2026"


def test_tab_reaches_every_part_in_reading_order(qtbot: QtBot, view: HistoryView) -> None:
    order = [view.calendar, view.previous_button, view.routines, view.areas, view.scores,
             view.export_button, view.back_button]  # "next" is off: this is the last month
    reached = []
    for _ in order:
        reached.append(view.focusWidget())
        view.focusNextChild()
    assert reached == order


def test_names_from_files_are_shown_as_plain_text(view: HistoryView) -> None:
    assert view.routines.text() == "<b>My</b> routine 10 min; Before bed 5 min"
    assert view.areas.text() == "Belly and waist 10 min"
    assert view.title.textFormat() == Qt.TextFormat.PlainText


def test_the_back_chart_says_its_averages_and_its_scale(view: HistoryView) -> None:
    assert view.scores.text() == ("2 sessions with a score; average before 5.5, after 3.0 "
                                  "(0 no pain, 10 the worst)")


def test_no_history_yet_says_so_instead_of_empty_charts(qtbot: QtBot) -> None:
    view = HistoryView()
    qtbot.addWidget(view)
    view.show_statistics(_statistics({}, goal=0))
    assert (view.current.value.text(), view.best.value.text()) == ("0 days", "0 days")
    assert view.week_bar.text() == "No weekly goal set"
    assert view.routines.accessibleDescription() == "No sessions in the last 4 weeks."
    assert view.scores.text().startswith("No back scores yet")
    assert view.month_label.text() == "May 2026"


def test_escape_asks_to_go_back(qtbot: QtBot, view: HistoryView) -> None:
    with qtbot.waitSignal(view.back_requested):
        qtbot.keyClick(view.calendar, Qt.Key.Key_Escape)


def test_e_asks_for_a_file_and_then_for_the_export(
        qtbot: QtBot, view: HistoryView, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    answers: list[Path | None] = [None, tmp_path / "mine.json"]
    asked: list[Path] = []

    def ask(cls: type, parent: QWidget | None, suggested: Path) -> Path | None:
        asked.append(suggested)
        return answers.pop(0)

    monkeypatch.setattr(ExportFileDialog, "ask", classmethod(ask))
    chosen: list[Path] = []
    view.export_requested.connect(chosen.append)
    qtbot.keyClick(view.calendar, Qt.Key.Key_E)  # cancelled: nothing is written
    assert chosen == []
    view.export_button.click()
    assert chosen == [tmp_path / "mine.json"]
    assert asked[0].name == "stretchdesk-history-2026-05-14.csv"


def test_the_screen_fits_1280_by_800_with_text_at_150_percent(qtbot: QtBot,
                                                              view: HistoryView) -> None:
    view.set_text_scale(1.5)
    hint = view.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 800


def _store_with_a_session(folder: Path) -> tuple[HistoryStore, float]:
    start = datetime(2026, 5, 14, 8, tzinfo=PARIS).timestamp()
    store = HistoryStore(folder, now=start)
    recording = store.start_session("before-bed", "Before bed", "beginner", start, PARIS)
    recording.record_phase(RecordedPhase(0, "pelvic-tilt", PhaseKind.HOLD, None, 1, 120.0,
                                         120.0), start + 120)
    recording.set_back_before(5)
    recording.end(Outcome.FINISHED, start + 120)
    return store, start


def test_the_feed_fills_the_view_from_the_store_and_writes_its_exports(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store, start = _store_with_a_session(tmp_path / "data")
    library = load_library(paths.data_dir())
    feed = HistoryFeed(store, library.stretches, lambda: start + 3600, PARIS,
                       rest_weekdays={SUNDAY}, weekly_goal_minutes=30)
    view = HistoryView()
    qtbot.addWidget(view)
    feed.show_in(view)
    assert view.today.value.text() == "2 min"
    assert view.current.value.text() == "1 day"
    assert view.areas.text() == "Belly and waist 2 min"
    assert view.notice.isHidden()
    target = tmp_path / "out.csv"
    target.write_text("an older export\n")  # the dialog asked before replacing it
    monkeypatch.setattr(ExportFileDialog, "ask", classmethod(lambda cls, p, s: target))
    view.export()
    assert view.notice.text() == f"Exported 1 sessions (1 phases) to {target}."
    with target.open(newline="") as handle:
        assert [row["record"] for row in csv.DictReader(handle)] == ["session", "phase"]
    view.export_requested.emit(tmp_path / "no-such-folder" / "out.csv")
    assert view.notice.text().startswith("Not exported:")
    store.close()


def test_the_feed_shows_a_problem_with_the_history_file(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "history.sqlite3").write_bytes(b"not a database at all" * 300)
    store = HistoryStore(folder, now=0.0)
    feed = HistoryFeed(store, {}, lambda: 0.0, PARIS)
    view = HistoryView()
    qtbot.addWidget(view)
    feed.show_in(view)
    assert view.notice.isVisibleTo(view)
    assert "was damaged" in view.notice.text()
    assert view.notice.textFormat() == Qt.TextFormat.PlainText
    store.close()
