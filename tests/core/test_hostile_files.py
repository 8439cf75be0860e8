"""Ten thousand hostile files of each kind: no crash, nothing good hidden, bounded cost.

Each kind (stretch, routine, settings) runs in a worker process of its own
(tests/core/fuzz_worker.py), all three at once; see that module for what each case
checks and how time and memory are measured. STRETCHDESK_FUZZ_CASES sets the number of
cases per kind for a quicker run by hand; the suite always runs the full number.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

import pytest

from tests.conftest import REPO
from tests.core.fuzz_worker import MAX_CASE_BYTES, MAX_CASE_SECONDS

CASES = int(os.environ.get("STRETCHDESK_FUZZ_CASES", "10000"))
KINDS = ("stretch", "routine", "settings")


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """The three workers' summaries, run side by side."""
    folder = tmp_path_factory.mktemp("fuzz")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    workers = {
        kind: subprocess.Popen(
            [sys.executable, "-m", "tests.core.fuzz_worker", kind, str(CASES),
             str(folder / f"{kind}.json")],
            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        for kind in KINDS
    }
    out: dict[str, dict[str, Any]] = {}
    try:
        for kind, worker in workers.items():
            output, _ = worker.communicate(timeout=1200)
            report = folder / f"{kind}.json"
            assert report.exists(), f"the {kind} worker died:\n{output[-3000:]}"
            out[kind] = json.loads(report.read_text(encoding="utf-8"))
    finally:  # a worker that ran over its time is stopped, and its pipe closed
        for worker in workers.values():
            worker.kill()
            worker.communicate()
    return out


@pytest.mark.slow
@pytest.mark.parametrize("kind", KINDS)
def test_hostile_files_never_crash_or_hide_a_good_one(
    reports: dict[str, dict[str, Any]], kind: str
) -> None:
    report = reports[kind]
    assert report["failure"] is None, report["failure"]
    assert report["cases"] >= CASES
    assert report["max_case_cpu_seconds"] < MAX_CASE_SECONDS, report["slowest_case"]
    assert report["peak_rss"] - report["rss_before_cases"] < MAX_CASE_BYTES
    # The generated files reach both sides: some load, most are refused and named.
    assert len(report["outcomes"]) >= 2, report["outcomes"]
