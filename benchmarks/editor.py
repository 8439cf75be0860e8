"""The routine editor: how soon it opens with 200 of the person's routines in the folder,
and whether filtering the stretch list keeps up with typing (one frame, 16 ms).

Probe processes (benchmarks/editor_probe.py) each open the editor five times. Five
start from empty folders (no picture cache: the first opening after installing); five
more share a folder whose cache an earlier run filled (every later run). The machine is
shared, so each first opening is the median of five processes, with all in the JSON.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from benchmarks.figures import Figure, Target, median, not_measured, percentile
from benchmarks.sandbox import REPO, Sandbox

OPEN_TARGET = Target(150.0)
FRAME_TARGET = Target(16.0)
OWN_ROUTINES = 200
OPENINGS = 5
PROCESSES = 5


def _probe(sandbox: Sandbox, home: Path) -> dict[str, object]:
    env = {**sandbox.env, "STRETCHDESK_DATA_DIR": str(home / "data"),
           "STRETCHDESK_CACHE_DIR": str(home / "cache")}
    done = subprocess.run(
        [sandbox.python, "-m", "benchmarks.editor_probe", str(OWN_ROUTINES), str(OPENINGS)],
        env=env, cwd=REPO, capture_output=True, text=True, timeout=180)
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"the editor probe failed ({done.returncode}): "
                           f"{(done.stderr or done.stdout)[-400:]}")
    found = json.loads(lines[-1])
    assert isinstance(found, dict)
    return found


def _numbers(found: dict[str, object], key: str) -> list[float]:
    values = found[key]
    assert isinstance(values, list)
    return [float(v) for v in values]


def measure_editor(sandbox: Sandbox) -> list[Figure]:
    """Opening times (first in a run, with and without the picture cache; again) and
    the slowest filter keystroke."""
    try:
        fresh = [_probe(sandbox, sandbox.root / f"editor-fresh-{n}") for n in range(PROCESSES)]
        later = [_probe(sandbox, sandbox.root / "editor-fresh-0") for _ in range(PROCESSES)]
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        why = str(exc)
        return [not_measured("editor_open", "Editor opens (200 own routines)", "ms", why,
                             OPEN_TARGET),
                not_measured("editor_filter", "Stretch list filter, slowest key", "ms", why,
                             FRAME_TARGET)]
    cold = [_numbers(run, "opens_ms") for run in fresh]
    warm = [_numbers(run, "opens_ms") for run in later]
    again = [ms for opens in cold + warm for ms in opens[1:]]
    keys = [ms for run in fresh + later for ms in _numbers(run, "filter_ms")]
    routines = int(str(later[0]["routines"]))
    return [
        Figure("editor_open_first", "Editor opens, first time after installing", "ms",
               median([o[0] for o in cold]), target=OPEN_TARGET,
               note=f"median of {PROCESSES} runs; {routines} own routines; pictures drawn after",
               detail={"first_ms": [o[0] for o in cold], "opens_ms": cold,
                       "pictures_drawn": [run["pictures_drawn"] for run in fresh]}),
        Figure("editor_open", "Editor opens, first time in a run", "ms",
               median([o[0] for o in warm]), target=OPEN_TARGET,
               note=f"median of {PROCESSES} runs; picture cache on disk",
               detail={"first_ms": [o[0] for o in warm], "opens_ms": warm,
                       "pictures_drawn": [run["pictures_drawn"] for run in later]}),
        Figure("editor_reopen", "Editor opens again in the same run", "ms", median(again),
               target=OPEN_TARGET, note="median", detail={"max_ms": max(again)}),
        Figure("editor_filter", "Stretch list filter, slowest key", "ms", max(keys),
               target=FRAME_TARGET, note="typing, deleting, place filter; to the repaint",
               detail={"p95_ms": round(percentile(keys, 0.95), 3),
                       "median_ms": round(median(keys), 3), "changes": len(keys)}),
    ]
