"""PySide6 6.12 on Python 3.11 takes a reference to None on every call that returns
nothing, and one to True on every signal emit; StretchDesk keeps both alive
(stretchdesk/qt_refcounts.py)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import PySide6
import pytest

from stretchdesk.qt_refcounts import keep_constants_alive, needs_keeping

AFFECTED = needs_keeping(sys.version_info[:2], tuple(PySide6.__version_info__[:2]))

# Far more calls than the references None and True start with (a few thousand each).
CALLS = 50_000

CALLS_INTO_QT = textwrap.dedent(f"""
    {{setup}}
    from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

    class Ticker(QObject):
        ticked = Signal(int)

    app = QCoreApplication([])
    timer, ticker = QTimer(), Ticker()
    ticker.ticked.connect(lambda n: None)
    for n in range({CALLS}):
        timer.stop()  # returns nothing
        ticker.ticked.emit(n)
    print("done")
""")


def calls_into_qt(setup: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", CALLS_INTO_QT.format(setup=setup)],
                          capture_output=True, text=True, timeout=120, check=False)


def test_only_python_before_3_12_with_pyside_6_12_or_later_needs_it() -> None:
    assert needs_keeping((3, 11), (6, 12))
    assert needs_keeping((3, 11), (6, 13))
    assert not needs_keeping((3, 11), (6, 11))
    assert not needs_keeping((3, 12), (6, 12))
    assert not needs_keeping((3, 13), (6, 12))


def test_a_program_that_loads_stretchdesk_survives_many_calls_into_qt() -> None:
    run = calls_into_qt("import stretchdesk.timers")
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.split() == ["done"]


@pytest.mark.skipif(not AFFECTED, reason="this Python and PySide6 keep None intact")
def test_without_it_this_pyside_aborts_the_interpreter() -> None:
    # What the guard is for: the same calls with nothing of StretchDesk loaded.
    run = calls_into_qt("")
    assert run.returncode != 0
    assert "_dealloc" in run.stderr


def test_it_is_done_once_and_only_where_needed() -> None:
    before = sys.getrefcount(None)
    kept = keep_constants_alive()
    assert kept is AFFECTED
    # A second call does not raise the count again.
    assert abs(sys.getrefcount(None) - before) < 1_000
    if AFFECTED:
        assert sys.getrefcount(None) > 1 << 59
        assert sys.getrefcount(True) > 1 << 59
