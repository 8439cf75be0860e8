"""The history screen in French: the calendar's month and weekdays, the cards, the week's
goal, the charts' words and axis, and the export dialog and message."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from types import MappingProxyType, SimpleNamespace
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from stretchdesk.core.history import HistoryStatistics, history_statistics
from stretchdesk.core.history.queries import BackScore, DayTotal, HistoryTotals, RoutineTotal
from stretchdesk.ui.history.export_dialog import ExportFileDialog
from stretchdesk.ui.history.feed import ExportCounts
from stretchdesk.ui.history.history_view import HistoryView
from stretchdesk.ui.translation import install_translators
from tests.ui.conftest import MakeWindow
from tests.ui.screen_checks import clipped, settle
from tools import translations

TODAY = date(2026, 5, 14)  # a Thursday
PARIS = ZoneInfo("Europe/Paris")
SUNDAY = 6
NB = "\u00a0"  # French puts a no-break space before a colon, "min", "h"
THIN = "\u202f"  # and a narrow one before ; ? ! %


SOURCE = translations.ts_file("history", "fr")
COMPILED = translations.COMPILED / "history_fr.qm"



def test_the_french_file_is_complete() -> None:
    text = SOURCE.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert 'type="obsolete"' not in text and 'type="vanished"' not in text
    assert "<numerusform></numerusform>" not in text


def _statistics() -> HistoryStatistics:
    # Every day for 45 days but 11 May (a Monday), each a minute longer going back.
    days = {TODAY - timedelta(days=n): (10.0 + n, 1) for n in range(45) if n != 3}
    totals = HistoryTotals(
        tuple(DayTotal(d, minutes * 60, finished) for d, (minutes, finished)
              in sorted(days.items())),
        (RoutineTotal("before-bed", "Before bed", 300.0, 2),),
        MappingProxyType({"pelvic-tilt": 600.0}),
        (BackScore(TODAY - timedelta(days=40), 0.0, 6, 3), BackScore(TODAY, 1.0, 5, None)))
    return history_statistics(totals, TODAY, rest_weekdays={SUNDAY}, weekly_goal_minutes=60,
                              areas={"pelvic-tilt": ("Belly and waist",)}, first_weekday=0)


@pytest.fixture
def view(qtbot: QtBot, french: None) -> HistoryView:
    made = HistoryView()
    qtbot.addWidget(made)
    made.resize(1280, 800)
    made.show_statistics(_statistics())
    made.show()
    qtbot.waitExposed(made)
    return made


def test_the_calendar_names_the_month_and_weekdays_in_french(view: HistoryView) -> None:
    assert view.month_label.text() == "Mai 2026"
    assert view.calendar.weekday_header() == [
        "lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
    assert view.calendar.day_text(TODAY) == (
        f"14 mai, 10{NB}min, routine terminée, aujourd’hui")
    assert view.calendar.accessibleName() == "Calendrier, Mai 2026"
    view.calendar.previous_month()
    assert view.month_label.text() == "Avril 2026"
    assert view.previous_button.toolTip() == "Mois précédent (←)"


def test_the_cards_and_the_weeks_goal_read_in_french(view: HistoryView) -> None:
    assert view.title.text() == "Votre historique"
    assert (view.current.name.text(), view.current.value.text()) == ("Série en cours", "3 jours")
    assert view.best.value.text() == "41 jours"
    assert (view.today.name.text(), view.today.value.text()) == ("Aujourd’hui", f"10{NB}min")
    assert view.week_bar.text() == f"33 sur 60{NB}min (55{THIN}%)"
    assert view.week_name.text() == (
        f"Cette semaine, depuis le lun. 11 mai   Jours de repos{NB}: dim.")
    assert view.export_button.text() == "Exporter…  (E)"
    assert view.back_button.text() == "Retour  (Échap)"


def test_the_charts_titles_words_and_axis_are_in_french(view: HistoryView) -> None:
    assert view.routines_title.text() == "Par routine, depuis le 17 avr."
    assert view.routines.accessibleName() == "Minutes par routine, 4 dernières semaines"
    assert view.routines.text() == f"Before bed 5{NB}min"  # a routine's name stays its own
    assert view.scores_title.text().startswith("Votre dos (0 aucune douleur, 10 la pire)")
    assert view.scores.text() == (
        f"2 séances notées{THIN}; moyenne avant{NB}: 5,5, après{NB}: 3,0 "
        "(0 aucune douleur, 10 la pire)")
    assert [name for _, name in view.scores.month_labels()] == [
        "mars", "avr.", "mai"]
    assert view.legend.text().startswith(f"Nombre{NB}: minutes")


def test_the_export_dialog_and_its_message_are_in_french(
        view: HistoryView, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    asked: list[tuple[str, str]] = []

    def save_file_name(parent: QWidget, caption: str, folder: str,
                       filters: str) -> tuple[str, str]:
        asked.append((caption, filters))
        return str(tmp_path / "mon-historique"), "Tableur CSV (*.csv)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_file_name))
    chosen = ExportFileDialog.ask(view, tmp_path / "stretchdesk-history.csv")
    assert asked == [("Exporter l’historique", "Tableur CSV (*.csv);;JSON (*.json)")]
    assert chosen == tmp_path / "mon-historique.csv"  # the French file type gives its suffix
    counts = ExportCounts()
    assert counts.exported(1, 12, Path("/tmp/h.csv")) == (
        f"1 séance exportée (phases{NB}: 12) vers /tmp/h.csv.")
    assert counts.exported(3, 40, Path("/tmp/h.csv")).startswith("3 séances exportées")


def test_english_comes_back_with_the_english_translators(qtbot: QtBot, qapp: QApplication,
                                                         french: None) -> None:
    install_translators(qapp, "en")
    made = HistoryView()
    qtbot.addWidget(made)
    made.show_statistics(_statistics())
    assert made.month_label.text() == "May 2026"
    assert made.current.value.text() == "3 days"
    assert made.week_bar.text() == "33 of 60 min (55 %)"
    assert made.calendar.weekday_header()[0] == "Mon"


def test_a_narrow_calendar_heads_its_columns_with_initials(view: HistoryView) -> None:
    metrics = QFontMetricsF(view.calendar.font())
    assert view.calendar.weekday_header(metrics, 1000.0)[0] == "lun."
    assert view.calendar.weekday_header(metrics, 5.0) == ["L", "M", "M", "J", "V", "S", "D"]


@pytest.mark.parametrize("size", [(1280, 800), (800, 600)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_french_history_fits(qtbot: QtBot, french: None, size: tuple[int, int]) -> None:
    made = HistoryView()
    qtbot.addWidget(made)
    made.resize(*size)
    made.show_statistics(_statistics())
    made.show()
    qtbot.waitExposed(made)
    settle(qtbot, made)
    assert clipped(made) == []


def test_the_resume_offer_says_when_in_french(french: None, make_window: MakeWindow,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    screens = make_window().history
    now = datetime(2026, 5, 14, 19, 30, tzinfo=PARIS)
    history = SimpleNamespace(zone=lambda: PARIS, wall_clock=now.timestamp)
    monkeypatch.setattr(screens, "_controller", SimpleNamespace(history=history))

    def began(day: int, hour: int, minute: int) -> Any:
        started = datetime(2026, 5, day, hour, minute, tzinfo=PARIS).timestamp()
        return SimpleNamespace(open_session=SimpleNamespace(started_at=started))

    assert screens._when(began(14, 8, 10)) == "Vous l’avez commencée aujourd’hui à 8 h 10"
    assert screens._when(began(13, 21, 5)) == "Vous l’avez commencée hier à 21 h 05"
    assert screens._when(began(11, 7, 0)) == "Vous l’avez commencée le lundi 11 mai à 7 h 00"
