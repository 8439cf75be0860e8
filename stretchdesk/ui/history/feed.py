"""HistoryFeed: reads a HistoryStore into a HistoryView, and writes the exports it asks for."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection, Mapping
from datetime import tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from stretchdesk.core.history import HistoryStatistics, HistoryStore, read_statistics
from stretchdesk.core.history.body_areas import areas_by_stretch
from stretchdesk.core.model import Stretch
from stretchdesk.ui.history.history_view import HistoryView

if TYPE_CHECKING:
    from stretchdesk.core.history.export import Exported


class ExportCounts(QObject):
    """The export's counted words (a QObject: Qt's plural forms come through `self.tr`)."""

    def exported(self, sessions: int, phases: int, file: Path) -> str:
        """ "Exported 12 sessions (140 phases) to /home/…/history.csv."."""
        # The English reads as it always has; other languages pick their plural by `sessions`.
        return self.tr("Exported %n sessions ({phases} phases) to {file}.", "", sessions).format(
            phases=QLocale().toString(phases), file=file)


class HistoryFeed:
    """The one link between the history file and the history screen.

    `clock` gives the wall-clock time (time.time in the app) and `zone` the person's time
    zone; rest days (Monday = 0) and the weekly goal come from the person's settings; the
    week begins on `first_weekday` (Monday = 0), by default where the locale begins it.
    """

    def __init__(self, store: HistoryStore, stretches: Mapping[str, Stretch],
                 clock: Callable[[], float], zone: tzinfo, *,
                 rest_weekdays: Collection[int] = (), weekly_goal_minutes: float = 0.0,
                 first_weekday: int | None = None) -> None:
        self.store = store
        self.clock = clock
        self.zone = zone
        self.rest_weekdays = frozenset(rest_weekdays)
        self.weekly_goal_minutes = weekly_goal_minutes
        if first_weekday is None:
            first_weekday = QLocale().firstDayOfWeek().value - 1  # Qt counts Monday as 1
        self.first_weekday = first_weekday
        self._areas = areas_by_stretch(stretches)
        self._views: list[HistoryView] = []

    def statistics(self) -> HistoryStatistics:
        """The statistics now."""
        return read_statistics(self.store, self.clock(), self.zone,
                               rest_weekdays=self.rest_weekdays,
                               weekly_goal_minutes=self.weekly_goal_minutes,
                               areas=self._areas, first_weekday=self.first_weekday)

    def show_in(self, view: HistoryView) -> None:
        """Fills `view` with the statistics now, and answers its export requests."""
        view.show_statistics(self.statistics())
        view.show_notice(str(self.store.problem) if self.store.problem else "")
        if view not in self._views:
            self._views.append(view)
            view.export_requested.connect(lambda path: view.show_notice(self.export(path)))

    def export(self, path: Path) -> str:
        """Writes the history to `path` (replacing a file there); says how it went."""
        # Loaded when first asked for: opening the screen does not wait for it.
        from stretchdesk.core.history.export import ExportError, export_history

        translate = QCoreApplication.translate

        def write(connection: sqlite3.Connection) -> Exported | str:
            try:
                return export_history(connection, path, overwrite=True)
            except ExportError as error:
                return translate("HistoryFeed", "Not exported: {reason}").format(reason=error)

        unreadable: Exported | str = translate(
            "HistoryFeed", "Not exported: the history file {file} cannot be read.").format(
            file=self.store.path)
        done = self.store.read(write, unreadable)
        if isinstance(done, str):
            return done
        return ExportCounts().exported(done.sessions, done.phases, done.path)
