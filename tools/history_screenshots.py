"""Renders the history screen over a made-up year, light and dark, to PNG files.

    python -m tools.history_screenshots OUTDIR [--size 1280x800] [--text-scale 1.5]

Writes history.png and history-dark.png. The year is synthetic (core/history/synthetic.py)
and ends on a fixed day, so the pictures are the same every time.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from stretchdesk import paths
from stretchdesk.core.history import HistoryStore
from stretchdesk.core.history.synthetic import make_history
from stretchdesk.core.library import load_library
from stretchdesk.ui.history.feed import HistoryFeed
from stretchdesk.ui.history.history_view import HistoryView

ZONE = ZoneInfo("Europe/Paris")
LAST_DAY = date(2026, 5, 14)  # a Thursday
NOW = datetime(2026, 5, 14, 19, 30, tzinfo=ZONE).timestamp()
SUNDAY = 6


def dark_palette() -> QPalette:
    """A plain dark palette (what a dark desktop theme gives Qt)."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in ((roles.Window, "#202124"), (roles.WindowText, "#e8eaed"),
                         (roles.Base, "#17181a"), (roles.AlternateBase, "#2a2b2e"),
                         (roles.Text, "#e8eaed"), (roles.Button, "#303134"),
                         (roles.ButtonText, "#e8eaed"), (roles.Highlight, "#8ab4f8"),
                         (roles.HighlightedText, "#202124"), (roles.ToolTipBase, "#303134"),
                         (roles.ToolTipText, "#e8eaed"), (roles.Light, "#4a4b4e"),
                         (roles.Mid, "#3c3d40"), (roles.Dark, "#121314")):
        palette.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7f8184"))
    return palette


def render(out: Path, width: int, height: int, text_scale: float) -> list[Path]:
    """Writes history.png and history-dark.png into `out`; returns them."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    library = load_library(paths.data_dir())
    written = []
    with tempfile.TemporaryDirectory(prefix="stretchdesk-history-") as folder:
        make_history(Path(folder), library, LAST_DAY, 365, ZONE, seed=5)
        store = HistoryStore(Path(folder), now=NOW)
        feed = HistoryFeed(store, library.stretches, lambda: NOW, ZONE,
                           rest_weekdays={SUNDAY}, weekly_goal_minutes=60)
        light = app.palette()
        for name, palette in (("history", light), ("history-dark", dark_palette())):
            app.setPalette(palette)
            view = HistoryView()
            view.set_text_scale(text_scale)
            feed.show_in(view)
            view.resize(width, height)
            view.show()
            for _ in range(3):
                app.processEvents()
            path = out / f"{name}.png"
            view.grab().save(str(path))
            written.append(path)
            view.close()
            view.deleteLater()
        app.setPalette(light)
        store.close()
    return written


def main(argv: list[str] | None = None) -> int:
    """Parses the command line and renders."""
    parser = argparse.ArgumentParser(prog="python -m tools.history_screenshots")
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--text-scale", type=float, default=1.0)
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.lower().split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    for path in render(args.out, width, height, args.text_scale):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
