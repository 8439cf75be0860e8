"""The person's history: sessions recorded phase by phase in SQLite, and what they add up to.

    store = HistoryStore(paths.user_data_dir(), now=time.time(), on_problem=show_once)
    recording = store.start_session(routine.id, routine.name, level.value, time.time(), zone)
    recording.record_phase(RecordedPhase(...), time.time())     # as each phase ends
    recording.end(Outcome.FINISHED, time.time())
    stats = read_statistics(store, time.time(), zone, rest_weekdays=..., ...)

Qt-free and clock-free: every time is passed in.
"""

from stretchdesk.core.history.recording import SessionRecording
from stretchdesk.core.history.records import (
    OpenSession,
    Outcome,
    ProblemKind,
    RecordedPhase,
    SessionHeader,
    StoreProblem,
)
from stretchdesk.core.history.statistics import (
    HistoryStatistics,
    Share,
    Streaks,
    WeekProgress,
    history_statistics,
    local_today,
    read_statistics,
)
from stretchdesk.core.history.store import HistoryStore

__all__ = [
    "HistoryStatistics",
    "HistoryStore",
    "OpenSession",
    "Outcome",
    "ProblemKind",
    "RecordedPhase",
    "SessionHeader",
    "SessionRecording",
    "Share",
    "StoreProblem",
    "Streaks",
    "WeekProgress",
    "history_statistics",
    "local_today",
    "read_statistics",
]
