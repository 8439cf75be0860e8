"""Feeds generated hostile files of one kind to the real loader, one case at a time.

Run as ``python -m tests.core.fuzz_worker KIND COUNT REPORT``. Each case is checked
for the promises of docs/data-format.md ("When a file is bad") and its CPU time is
measured (user CPU, not wall time: the machine may be busy with other work; a case over
the cap is timed twice more and its best time counts). Memory is
capped, not sampled: the process may grow by at most MAX_CASE_BYTES over what it held
before the first case, so a case needing more fails with MemoryError; the kernel's
high-water mark of the process (cases and Hypothesis together, VmHWM) is reported. REPORT gets
a JSON summary: cases, outcomes, the slowest case, the peak memory, and any failure.

It runs in its own process so that the memory cap stays out of the test run that
started it. Hypothesis builds its tables of characters on first use (over 200 MB at
peak) and keeps them in .hypothesis/; a child process builds them before the first case,
so that a fresh clone's first run does not count them as the cases' memory.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import HypothesisException

from stretchdesk.core.document_cache import DocumentCache
from stretchdesk.core.errors import UnexpectedFileError
from stretchdesk.core.library import LibraryError, load_library
from stretchdesk.core.model import Level
from stretchdesk.core.settings import Settings
from stretchdesk.core.settings_schema import settings_from_document
from stretchdesk.core.settings_store import SettingsStore
from stretchdesk.core.timeline import build_timeline
from stretchdesk.core.yaml_source import parse_document
from tests.core.factory import ONE_SIDED, ROCKING, TWO_SIDED, routine_text, write
from tests.core.hostile_yaml import GOOD_SETTINGS, Generated, documents

MAX_CASE_SECONDS = 1.0
MAX_CASE_BYTES = 200_000_000

Check = Callable[[Generated], str]


def routine_check(root: Path) -> Check:
    """A bad routine file beside a good one: the good one always loads."""
    data = root / "data"
    write(data / "stretches" / "side-reach.yaml", ONE_SIDED.format(order="alternate"))
    write(data / "stretches" / "both-knees.yaml", TWO_SIDED)
    write(data / "stretches" / "rocking.yaml", ROCKING)
    write(data / "routines" / "mixed.yaml", routine_text("mixed", "side-reach", "both-knees"))
    mine = root / "mine"
    write(mine / "a-good.yaml", routine_text("good-one", "both-knees"))
    bad = mine / "generated.yaml"
    # As the app does: files unchanged since the last load are not parsed again.
    cache = DocumentCache(root / "documents.cache", "fuzz")

    def check(doc: Generated) -> str:
        bad.write_bytes(doc.data)
        lib = load_library(data, [mine], cache)
        assert "good-one" in lib.routines, f"a bad file hid a good one: {lib.problems}"
        for problem in lib.problems:
            assert not isinstance(problem, UnexpectedFileError), str(problem)
            assert problem.file == str(bad) and problem.message, str(problem)
        for routine in lib.routines.values():
            build_timeline(routine, lib, Settings(level=Level.ADVANCED))
        return "loaded" if "generated" in lib.routines else "refused, named"

    return check


def stretch_check(root: Path) -> Check:
    """A bad stretch file among good ones: a LibraryError naming that very file, or a load."""
    data = root / "data"
    write(data / "stretches" / "side-reach.yaml", ONE_SIDED.format(order="alternate"))
    write(data / "stretches" / "rocking.yaml", ROCKING)
    write(data / "routines" / "reach.yaml", routine_text("reach", "side-reach", "rocking"))
    bad = data / "stretches" / "zz-generated.yaml"  # read last: a clash is reported on it
    cache = DocumentCache(root / "documents.cache", "fuzz")

    def check(doc: Generated) -> str:
        bad.write_bytes(doc.data)
        try:
            lib = load_library(data, (), cache)
        except UnexpectedFileError:
            raise
        except LibraryError as exc:
            assert exc.file == str(bad) and exc.message, str(exc)
            str(exc)
            return "refused, named"
        assert {"reach"} <= set(lib.routines)
        for routine in lib.routines.values():
            build_timeline(routine, lib, Settings(level=Level.ADVANCED))
        return "loaded"

    return check


def settings_check(root: Path) -> Check:
    """A bad settings file: never a crash; the values it did not damage are kept."""
    folder = root / "config"
    good, _ = settings_from_document(parse_document("good", "\n".join(
        f"{k}: {v}" for k, v in GOOD_SETTINGS.items())), skip=frozenset({"version"}))
    defaults = Settings()

    def check(doc: Generated) -> str:
        if folder.exists():
            for leftover in folder.iterdir():
                leftover.unlink()
        folder.mkdir(exist_ok=True)
        (folder / "settings.yaml").write_bytes(doc.data)
        store = SettingsStore(folder, lambda: 1_795_000_000.0)
        loaded = store.load()
        if store.kept_as is not None and not (folder / "settings.yaml").exists():
            assert store.notice and "defaults are in use" in store.notice, store.notice
            assert store.kept_as.read_bytes() == doc.data  # nothing the person wrote is lost
            assert loaded == defaults
            return "set aside whole, told"
        damaged = doc.replaced & {"*", "version"}  # a version 1 file holds other units
        for f in fields(Settings):
            if f.name not in doc.replaced and not damaged:
                assert getattr(loaded, f.name) == getattr(good, f.name), (
                    f"a bad value hid {f.name}: {store.notice}")
        return "kept, corrected" if store.notice else "loaded"

    return check


CHECKS = {"routine": routine_check, "stretch": stretch_check, "settings": settings_check}


ROUND = 1000  # cases per Hypothesis run: its bookkeeping grows ~20 MB per 1000 examples


def run(kind: str, count: int) -> dict[str, Any]:
    """Checks `count` generated files of `kind`; the summary for the report.

    The cases are drawn in rounds of ROUND, each a fresh Hypothesis run, so that the
    harness's own memory stays small: a case is timed and capped, not the harness.
    """
    outcomes: Counter[str] = Counter()
    slowest = (0.0, b"")
    longest = 0.0
    failure = None
    _fill_hypothesis_caches()
    with tempfile.TemporaryDirectory(prefix="stretchdesk-fuzz-") as tmp:
        check = CHECKS[kind](Path(tmp))
        before = _statm()[1]

        def one_case(doc: Generated) -> None:
            nonlocal slowest, longest
            _cap_growth()
            wall = time.perf_counter()
            outcome, seconds = _timed(check, doc)
            longest = max(longest, time.perf_counter() - wall)
            for _ in range(2):  # over the cap: was it the case, or the machine?
                if seconds < MAX_CASE_SECONDS:
                    break
                seconds = min(seconds, _timed(check, doc)[1])
            outcomes[outcome] += 1
            if seconds > slowest[0]:
                slowest = (seconds, doc.data)
            assert seconds < MAX_CASE_SECONDS, f"a case took {seconds:.2f} s of CPU"

        while failure is None and sum(outcomes.values()) < count:
            cases = min(ROUND, count - sum(outcomes.values()))
            round_of = settings(max_examples=cases, deadline=None, database=None,
                                phases=[Phase.generate, Phase.shrink],
                                suppress_health_check=list(HealthCheck))(
                given(documents(kind))(one_case))
            try:
                round_of()
            except (AssertionError, HypothesisException, Exception) as exc:
                notes = "\n".join(getattr(exc, "__notes__", []))  # the falsifying example
                failure = f"{type(exc).__name__}: {exc}\n{notes}"
            finally:
                _uncap()
    peak = _high_water_mark()
    return {
        "kind": kind, "cases": sum(outcomes.values()), "outcomes": dict(outcomes),
        "max_case_cpu_seconds": slowest[0], "slowest_case": _preview(slowest[1]),
        "max_case_wall_seconds": longest,
        "rss_before_cases": before, "peak_rss": peak, "failure": failure,
    }


def _fill_hypothesis_caches() -> None:
    """Has a child process draw one text, so Hypothesis's character tables are on disk."""
    subprocess.run(
        [sys.executable, "-W", "ignore", "-c",
         "from hypothesis import strategies as st; st.text().example()"],
        check=True)


def _timed(check: Check, doc: Generated) -> tuple[str, float]:
    """The outcome of `check(doc)` and the CPU seconds this thread spent on it in user space.

    User time only: the kernel's time (writing the file, reclaiming memory for other
    processes on a busy machine) is not the loader's cost.
    """
    before = resource.getrusage(resource.RUSAGE_THREAD).ru_utime
    outcome = check(doc)
    return outcome, resource.getrusage(resource.RUSAGE_THREAD).ru_utime - before


def _high_water_mark() -> int:
    """The most this process has held resident, in bytes (VmHWM).

    Not getrusage's ru_maxrss: a process started with vfork and exec (as subprocess
    starts it) inherits its parent's high-water mark there, so under pytest it would
    report the test run's memory, not this worker's.
    """
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


def _statm() -> tuple[int, int]:
    """The process's (address space, resident) size in bytes."""
    with open("/proc/self/statm") as statm:
        size, resident = (int(n) * resource.getpagesize() for n in statm.read().split()[:2])
    return size, resident


def _cap_growth() -> None:
    """Lets the process grow by at most MAX_CASE_BYTES from now: more is a MemoryError."""
    limit = _statm()[0] + MAX_CASE_BYTES
    resource.setrlimit(resource.RLIMIT_AS, (limit, resource.RLIM_INFINITY))


def _uncap() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))


def _preview(data: bytes) -> str:
    return repr(data[:160]) + (f" … ({len(data)} bytes)" if len(data) > 160 else "")


if __name__ == "__main__":
    kind_arg, count_arg, report_arg = sys.argv[1:4]
    summary = run(kind_arg, int(count_arg))
    Path(report_arg).write_text(json.dumps(summary, indent=1), encoding="utf-8")
    sys.exit(1 if summary["failure"] else 0)
