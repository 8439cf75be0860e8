"""Renders the routine editor to PNG files, for the docs and for looking at.

    python -m tools.editor_screenshots OUTDIR [--size 1280x800] [--text-scale 1.5]
        [--suffix -150]

Writes editor-empty, editor-filled, editor-problems and editor-import (each with
`--suffix` added) using the shipped library and a private routine folder, so nothing of
the person's is read or written.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from stretchdesk.ui.editor.commands import SetText
    from stretchdesk.ui.editor.thumbnails import Thumbnails
    from stretchdesk.ui.editor.window import RoutineEditor

ROUTINE = ("single-knee-to-chest", "supine-spinal-twist", "cat-cow", "childs-pose",
           "pelvic-tilt")


def _settle(app: QApplication, thumbnails: Thumbnails | None) -> None:
    """Lets the window paint and its pictures be drawn (they follow its first paint)."""
    deadline = time.monotonic() + 5.0
    for _ in range(10):
        app.processEvents()
    while thumbnails is not None and thumbnails.busy and time.monotonic() < deadline:
        time.sleep(0.01)
        app.processEvents()
    app.processEvents()


def render(out: Path, width: int, height: int, text_scale: float, suffix: str) -> list[Path]:
    """Writes the editor's pictures to `out`; returns their paths."""
    home = Path(tempfile.mkdtemp(prefix="stretchdesk-shots-"))
    for name in ("DATA", "CONFIG", "CACHE"):
        os.environ[f"STRETCHDESK_{name}_DIR"] = str(home / name.lower())
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName("StretchDesk")
    from stretchdesk import paths
    from stretchdesk.controller.app_controller import AppController
    from stretchdesk.controller.library_service import LibraryService
    from stretchdesk.controller.settings_keeper import SettingsKeeper
    from stretchdesk.core.library import load_library
    from stretchdesk.core.model import Level
    from stretchdesk.core.settings import Settings
    from stretchdesk.core.settings_store import SettingsStore
    from stretchdesk.ui.editor.import_preview import ImportPreview
    from stretchdesk.ui.main_window import MainWindow
    from stretchdesk.ui.sharing import import_facts

    folder = paths.user_routines_dir()
    service = LibraryService(lambda: load_library(paths.data_dir(), [folder]), folder)
    keeper = SettingsKeeper(SettingsStore(home / "config", lambda: 0.0))
    controller = AppController(service, keeper, Settings(text_scale=text_scale))
    window = MainWindow(controller)
    window.resize(width, height)
    window.show()
    written: list[Path] = []

    def shot(widget: QWidget, name: str) -> None:
        _settle(app, window.routines.thumbnails)
        path = out / f"{name}{suffix}.png"
        widget.grab().save(str(path))
        written.append(path)

    window.routines.new_routine()
    editor = window.routines.editor
    assert editor is not None
    editor.resize(width, height)
    shot(editor, "editor-empty")
    for stretch_id in ROUTINE:
        editor.add_stretch(stretch_id)
    editor.stack.push(_text(editor, "name", "Evening back"))
    editor.stack.push(_text(editor, "purpose", "Loosen the lower back and hips before bed."))
    editor.items.choose(0)
    editor.change_item(editor.model.draft.items[0].key, "hold_seconds", 45.0)
    editor.items.choose(1)
    shot(editor, "editor-filled")
    filled = replace(editor.model.draft.routine(controller.library.stretches, "evening-back"),
                     name="Evening back")
    editor.stack.push(_text(editor, "name", "Desk break"))
    editor.items.choose(2)
    editor.change_item(editor.model.draft.items[2].key, "hold_seconds", 900.0)
    shot(editor, "editor-problems")
    preview = ImportPreview(import_facts(controller, filled, "evening-back.stretchdesk.yaml",
                                         1), window)
    preview.show()
    shot(preview, "editor-import")
    preview.close()
    editor.stack.setClean()
    editor.close()
    assert controller.settings.level is Level.INTERMEDIATE
    return written


def _text(editor: RoutineEditor, field: str, text: str) -> SetText:
    """The undo step of typing `text` into the name or purpose."""
    from stretchdesk.ui.editor.commands import SetText

    return SetText(editor.model, field, text)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.editor_screenshots")
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--text-scale", type=float, default=1.0)
    parser.add_argument("--suffix", default="")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    for path in render(args.out, width, height, args.text_scale, args.suffix):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
