"""The history's two figures: a phase's commit on the GUI thread, and the screen opening
over ten years of daily sessions (about 3,650 sessions and 185,000 phases, made up).

Both run in a process of their own under the benchmark's Xvfb (benchmarks/history_probe.py):
the commits into a copy of the ten-year file, the opening once per new process (modules
not yet imported, as the first time a person presses H) and then again in that process.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from benchmarks.figures import Figure, Target, median, not_measured, percentile
from benchmarks.sandbox import REPO, Sandbox
from stretchdesk.core.history.synthetic import make_history

COMMIT_P95 = Target(2.0)
OPEN = Target(200.0)
YEARS_DAYS = 3650
LAST_DAY = date(2026, 5, 14)
ZONE = ZoneInfo("Europe/Paris")


@dataclass(frozen=True)
class HistoryResult:
    """What the probes reported (None: a probe failed; `problem` says why)."""

    sessions: int
    phases: int
    file_mib: float
    commits: dict[str, object] | None
    opens: list[dict[str, object]]
    problem: str = ""


def _probe(sandbox: Sandbox, mode: str, folder: Path) -> dict[str, object] | None:
    done = subprocess.run([sandbox.python, "-m", "benchmarks.history_probe", mode, str(folder)],
                          env=sandbox.env, cwd=REPO, capture_output=True, text=True,
                          timeout=600, check=False)
    if done.returncode != 0:
        (sandbox.logs / f"history-{mode}.txt").write_text(done.stdout + done.stderr)
        return None
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def measure_history(sandbox: Sandbox, open_runs: int) -> HistoryResult:
    """Makes ten years of history, then runs the commit probe once and the open probe
    `open_runs` times."""
    ten_years = sandbox.root / "history-10y"
    sessions, phases = make_history(ten_years, sandbox.library(), LAST_DAY, YEARS_DAYS, ZONE,
                                    every_day=True)
    size = (ten_years / "history.sqlite3").stat().st_size / 2**20
    recording = sandbox.root / "history-commits"
    shutil.copytree(ten_years, recording)
    commits = _probe(sandbox, "commits", recording)
    opens = [found for _ in range(open_runs)
             if (found := _probe(sandbox, "open", ten_years)) is not None]
    problem = "" if commits and len(opens) == open_runs else f"a probe failed: see {sandbox.logs}"
    return HistoryResult(sessions, phases, size, commits, opens, problem)


def _numbers(data: dict[str, object] | None, key: str) -> list[float]:
    values = (data or {}).get(key)
    return [float(v) for v in values] if isinstance(values, list) else []


def history_figures(result: HistoryResult) -> list[Figure]:
    """Commit p95 and the first opening (with targets); the rest for context."""
    figures = []
    phase_ms = _numbers(result.commits, "phase_ms")
    if phase_ms:
        figures.append(Figure(
            "history_commit_p95", f"History: commit per phase, p95 of {len(phase_ms)}", "ms",
            percentile(phase_ms, 0.95), target=COMMIT_P95,
            note=f"on the GUI thread, into a {result.file_mib:.0f} MiB file",
            detail={"median_ms": round(median(phase_ms), 3),
                    "p99_ms": round(percentile(phase_ms, 0.99), 3),
                    "max_ms": round(max(phase_ms), 3),
                    "all_saved": bool((result.commits or {}).get("saved"))}))
        end_ms = _numbers(result.commits, "end_ms")
        figures.append(Figure("history_session_end", "History: end of session, median", "ms",
                              median(end_ms), note="last commit + WAL checkpoint",
                              detail={"max_ms": round(max(end_ms), 3)}))
    else:
        figures.append(not_measured("history_commit_p95", "History: commit per phase, p95",
                                    "ms", result.problem or "no result", COMMIT_P95))
    first = [float(o["first_ms"]) for o in result.opens if isinstance(o.get("first_ms"), float)]
    if first:
        again = [v for o in result.opens for v in _numbers(o, "again_ms")]
        parts = [o.get("first_parts") for o in result.opens]
        figures.append(Figure(
            "history_open", f"History screen opens, 10 years, median of {len(first)}", "ms",
            median(first), target=OPEN,
            note=f"{result.sessions} sessions, {result.phases} phases; first open",
            detail={"runs_ms": [round(v, 1) for v in first], "parts_ms": parts}))
        figures.append(Figure("history_open_again", "History screen opens again, median", "ms",
                              median(again), note="modules loaded, file in the page cache"))
    else:
        figures.append(not_measured("history_open", "History screen opens, 10 years", "ms",
                                    result.problem or "no result", OPEN))
    return figures
