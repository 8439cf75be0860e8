"""The routines `make bench` writes for itself are ones the app loads.

A routine the app refuses shows up on the benchmark's first window as a problems panel
(one the person would not have) and leaves the part that meant to run it measuring
nothing: its 2 s holds became refused once holds had to be 5 s at least.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from benchmarks import run as bench_run
from benchmarks.cues import CUE_ROUTINE, PHASE_SECONDS, SPEED, cue_settings
from benchmarks.sandbox import Sandbox


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    made = Sandbox(":0", None)  # (its folders only: nothing is started)
    yield made
    made.remove()


@pytest.mark.parametrize("plan", [bench_run.FULL, bench_run.QUICK], ids=["full", "quick"])
def test_every_routine_the_benchmark_writes_loads_without_a_problem(
    sandbox: Sandbox, plan: bench_run.Plan
) -> None:
    bench_run._write_routines(sandbox, plan)
    library = sandbox.library()
    assert library.problems == []
    written = {path.stem for path in (sandbox.data / "routines").glob("*.yaml")}
    assert len(written) == 3 and written <= set(library.routines)


def test_the_cue_routine_runs_two_seconds_a_phase(sandbox: Sandbox) -> None:
    bench_run._write_routines(sandbox, bench_run.FULL)
    timeline = sandbox.timeline(CUE_ROUTINE, cue_settings(sandbox))
    assert {phase.seconds for phase in timeline} == {PHASE_SECONDS}
    assert PHASE_SECONDS / SPEED == 2.0
