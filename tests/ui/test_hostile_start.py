"""The real app, started on a routine folder full of hostile files and one good routine.

It must start, list the shipped routines and the good one, name every bad file, run
the good routine to its end, and never open a file that a routine's text names (or the
pipe, the device and the huge file in the folder). strace records every file the
process and its threads open.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage, QTextDocument

from stretchdesk import paths
from stretchdesk.core.library import load_library
from tests.conftest import REPO
from tests.core.hostile_files import fill

# Runs `stretchdesk` and, when its window is shown, prints what the routine list holds.
AT_SHOW = """
import json, sys
from stretchdesk.ui import main_window

original_show = main_window.MainWindow.show

def show(self):
    original_show(self)
    picker = self.picker
    print(json.dumps({
        "rows": {rid: picker.row_text(rid) for rid in picker.facts},
        "problems": [[label.toolTip(), detail.text()] for label, detail in zip(
            picker.problems_panel.file_labels(), picker.problems_panel.detail_labels())],
        "name": picker.details.name_label.text(),
        "purpose": picker.details.purpose_label.text(),
    }), flush=True)

main_window.MainWindow.show = show
from stretchdesk.app import main
sys.exit(main(sys.argv[1:]))
"""

OPEN_CALL = re.compile(r'open(?:at2?)?\((?:[^,]+, )?"((?:[^"\\]|\\.)*)"')


@pytest.fixture(scope="module")
def started(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Starts the app under strace on the hostile folder; what it showed and opened."""
    if shutil.which("strace") is None:
        pytest.fail("strace is missing: run scripts/system-deps.sh")
    home = tmp_path_factory.mktemp("home")
    watched = home / "watched"
    watched.mkdir()
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    for name in ("probe.png", "probe2.png"):
        assert image.save(str(watched / name))
    mine = home / "data" / "routines"
    expected = fill(mine, home / "outside", encoded=False)
    name = '<img src="probe.png"> <b>Evening</b>'  # relative to the working folder
    purpose = f"<img src='{watched / 'probe2.png'}'> & <i>breathe</i>"
    (mine / "markup.yaml").write_text(
        f"id: markup\nname: '{name}'\npurpose: \"{purpose}\"\nneeds: [floor]\n"
        "items:\n  - {stretch: childs-pose, hold_seconds: 5, reps: 1}\n", encoding="utf-8")
    config = home / "config"
    config.mkdir()
    (config / "settings.yaml").write_text("version: 2\nsound_mode: silent\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env.update({
        "QT_QPA_PLATFORM": "offscreen",
        "STRETCHDESK_CONFIG_DIR": str(config),
        "STRETCHDESK_DATA_DIR": str(home / "data"),
        "STRETCHDESK_CACHE_DIR": str(home / "cache"),
        "PYTHONPATH": str(REPO),
        "PULSE_SERVER": f"unix:{home / 'no-sound-server'}",  # the shared one is not ours
    })
    trace, events = home / "opens.trace", home / "events.jsonl"
    done = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=open,openat,openat2", "-o", str(trace),
         sys.executable, "-c", AT_SHOW, "--routine", "markup", "--start", "--speed", "1000",
         "--quit-when-done", "--event-log", str(events)],
        env=env, cwd=watched, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-3000:]
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    opened = [OPEN_CALL.search(line) for line in trace.read_text().splitlines()]
    return {
        "shown": shown, "expected": expected, "name": name, "purpose": purpose,
        "opened": [m.group(1) for m in opened if m], "home": home,
        "events": [json.loads(line) for line in events.read_text().splitlines()],
    }


def test_the_app_lists_every_good_routine(started: dict[str, Any]) -> None:
    rows = started["shown"]["rows"]
    shipped = load_library(paths.data_dir()).routines
    assert set(rows) == {*shipped, "markup"}
    assert rows["markup"].startswith(started["name"] + "\n")
    assert started["shown"]["name"] == started["name"] + "  (yours)"
    assert started["shown"]["purpose"] == started["purpose"]


def test_the_app_names_every_bad_file(started: dict[str, Any], qapp: object) -> None:
    problems = started["shown"]["problems"]
    expected: dict[Path, str] = started["expected"]
    named = set()
    for tooltip, detail in problems:
        document = QTextDocument()
        document.setHtml(tooltip)
        named.add(document.toPlainText())
        assert detail and "the-secret-words" not in detail  # a linked file is never quoted
    assert named == {str(path) for path in expected}


def test_the_good_routine_runs_to_its_end(started: dict[str, Any]) -> None:
    kinds = [event.get("event") for event in started["events"]]
    assert "finished" in kinds, kinds


def test_no_file_named_in_a_text_or_unfit_to_read_is_opened(started: dict[str, Any]) -> None:
    home: Path = started["home"]
    mine = home / "data" / "routines"
    never = {
        "probe.png", "probe2.png", "/dev/zero",  # named inside a routine's text
        str(mine / "pipe.yaml"), str(mine / "to-dev-zero.yaml"),  # would block or never end
        str(mine / "to-big.yaml"), str(home / "outside" / "big.yaml"),  # 1.2 GB
        str(mine / "to-private.yaml"), str(home / "outside" / "private.txt"),
    }
    opened: list[str] = started["opened"]
    assert any(path.endswith("routines/markup.yaml") for path in opened)  # the trace works
    assert [path for path in opened if path in never or Path(path).name in never] == []
