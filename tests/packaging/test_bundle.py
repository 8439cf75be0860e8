"""The PyInstaller desktop bundle: it works on its own, with every Qt part the app uses and no more.

Building the bundle takes longer than the rest of the suite together, so these tests run
from `make dist-test`, which builds it first and names it in STRETCHDESK_BUNDLE.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

from tests.packaging.helpers import REPO, run_self_test

BUNDLE = Path(os.environ.get("STRETCHDESK_BUNDLE", REPO / "dist" / "StretchDesk")).resolve()
pytestmark = pytest.mark.skipif(
    "STRETCHDESK_BUNDLE" not in os.environ,
    reason="the desktop bundle is built and tested by `make dist-test`",
)
# What a person downloads: the bundle was 187 MB when these tests were written. A Qt
# module slipping back in (QML, WebEngine, 3D) adds tens to hundreds of MB.
MAX_BUNDLE_MB = 230
# Qt libraries and bindings the app never uses; each was left out on purpose.
LEFT_OUT = (
    "libQt6WebEngine", "libQt6Pdf", "libQt63D", "libQt6Charts", "libQt6DataVisualization",
    "libQt6Quick3D", "libQt6QuickControls2", "libQt6VirtualKeyboard", "libQt6Bluetooth",
    "libQt6Nfc", "libQt6Positioning", "libQt6Location", "libQt6Sensors", "libQt6SerialPort",
    "libQt6Sql", "libQt6Test", "libQt6Designer", "libQt6Help", "libQt6Graphs",
    "QtQml.", "QtQuick.", "QtWebEngineCore.", "QtPdf.", "Qt3DCore.", "QtCharts.",
    "QtBluetooth.", "QtPositioning.", "QtSql.", "QtTest.", "QtDesigner.",
    # the FFmpeg media backend and what it loads (chimes need none of it)
    "libffmpegmediaplugin", "libavcodec", "libavformat", "libQt6Quick.", "libQt6Qml.",
)


def qt_modules_the_app_imports() -> set[str]:
    """Every PySide6 module named in an import anywhere in the stretchdesk package."""
    found: set[str] = set()
    for path in (REPO / "stretchdesk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                if node.module == "PySide6":
                    found |= {alias.name for alias in node.names if alias.name.startswith("Qt")}
                elif node.module.startswith("PySide6.Qt"):
                    found.add(node.module.split(".")[1])
            elif isinstance(node, ast.Import):
                found |= {a.name.split(".")[1] for a in node.names
                          if a.name.startswith("PySide6.Qt")}
    return found


def test_the_bundle_passes_its_self_test_on_its_own(tmp_path: Path) -> None:
    run = run_self_test([BUNDLE / "stretchdesk", "--self-test"], tmp_path)

    assert run.returncode == 0, run.stdout + run.stderr
    inside = BUNDLE / "_internal"
    assert run.line("files") == (
        f"ok  files: data in {inside / 'data'}, assets in {inside / 'assets'}"
    )
    # Qt Multimedia (sound effects need no media backend) and the speech plugin came along.
    assert run.warnings("sounds") in ([], ["warn sounds: no audio output device; the app will "
                                           "run silently"])
    assert "speechd" in run.line("voice")


def test_the_bundle_lists_the_routines(tmp_path: Path) -> None:
    done = subprocess.run([BUNDLE / "stretchdesk", "--list"], cwd=tmp_path, capture_output=True,
                          text=True, timeout=60, check=False)

    assert done.returncode == 0, done.stderr
    for routine in (REPO / "data" / "routines").glob("*.yaml"):
        assert routine.stem in done.stdout


def test_every_qt_module_the_app_imports_is_in_the_bundle() -> None:
    bindings = BUNDLE / "_internal" / "PySide6"
    needed = qt_modules_the_app_imports()
    assert {"QtCore", "QtGui", "QtWidgets", "QtSvg"} <= needed
    missing = sorted(m for m in needed if not list(bindings.glob(f"{m}.*.so")))
    assert not missing, f"add {missing} to QT_MODULES_USED in packaging/stretchdesk.spec"


def test_unused_qt_modules_are_left_out_and_the_bundle_stays_small() -> None:
    files = [p for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink()]
    unwanted = sorted(p.name for p in files if p.name.startswith(LEFT_OUT))
    assert unwanted == []
    megabytes = sum(p.stat().st_size for p in files) / 1e6
    assert megabytes < MAX_BUNDLE_MB, f"the bundle is {megabytes:.0f} MB"


@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="xvfb-run is not installed")
def test_the_bundle_runs_on_an_x11_display(tmp_path: Path) -> None:
    # The offscreen platform hides a missing xcb plugin or library; a real X server doesn't.
    run = run_self_test(["xvfb-run", "-a", BUNDLE / "stretchdesk", "--self-test"], tmp_path,
                        {"QT_QPA_PLATFORM": "xcb"})

    assert run.returncode == 0, run.stdout + run.stderr
    assert run.line("qt").endswith("platform xcb")


def test_the_download_carries_the_bundle_and_its_menu_entry() -> None:
    (archive,) = BUNDLE.parent.glob("StretchDesk-*-linux-x86_64.tar.gz")
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
    assert "StretchDesk/stretchdesk" in names
    assert "StretchDesk/README.txt" in names
    assert "StretchDesk/share/install-desktop-entry.sh" in names
    assert "StretchDesk/share/io.github.stretchdesk.StretchDesk.desktop" in names
    assert any(n.startswith("StretchDesk/share/icons/") and n.endswith(".png") for n in names)


def test_the_bundle_carries_the_translations_of_the_app_and_of_qt() -> None:
    """Where ui/translation.py looks: beside the package's code, and Qt's own folder."""
    inside = BUNDLE / "_internal"
    for ts in (REPO / "translations").glob("*_*.ts"):
        assert (inside / "stretchdesk" / "translations" / f"{ts.stem}.qm").is_file(), ts.name
    languages = {ts.stem.rsplit("_", 1)[1] for ts in (REPO / "translations").glob("*_*.ts")}
    qt_kept = {path.name for path in inside.rglob("Qt/translations/*.qm")}
    assert {f"qtbase_{code}.qm" for code in languages} <= qt_kept
    assert len(qt_kept) <= len(languages)  # not every language Qt has (7 MB)


def test_the_bundle_lists_the_routines_on_a_french_system(tmp_path: Path) -> None:
    done = subprocess.run([BUNDLE / "stretchdesk", "--list"], cwd=tmp_path, capture_output=True,
                          text=True, timeout=60, check=False,
                          env={**os.environ, "LANG": "fr_FR.UTF-8", "LANGUAGE": ""})
    assert done.returncode == 0, done.stderr
    assert "desk-break" in done.stdout
