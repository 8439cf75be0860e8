"""Names and purposes from files show as the characters they are, and open no file.

A routine named ``<img src="…">`` made Qt read that file as an image; with /dev/zero
it ran out of memory on every start. Each screen is shown with such names, and the
kernel is asked whether the named file was opened.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QToolTip
from pytestqt.qtbot import QtBot

from stretchdesk.core.cautions import caution_groups
from stretchdesk.core.library import Library, load_library
from stretchdesk.ui.cautions import CautionsDialog
from stretchdesk.ui.main_window import MainWindow
from stretchdesk.ui.plain_text import plain_title, plain_tooltip
from tests.core.clock import FakeClock
from tests.core.factory import TWO_SIDED, make_data, routine_text, write
from tests.ui.conftest import MakeWindow, advance
from tests.ui.file_opens import FileOpens


@pytest.fixture
def probe(tmp_path: Path) -> Path:
    """A real image, in a folder of its own: rich text naming it would load it."""
    folder = tmp_path / "watched"
    folder.mkdir()
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    path = folder / "probe.png"
    assert image.save(str(path))
    return path


@pytest.fixture
def opens(probe: Path) -> Iterator[FileOpens]:
    watch = FileOpens(probe.parent)
    yield watch
    watch.close()


def names(probe: Path) -> dict[str, str]:
    return {  # a routine's name is short: it names the image relative to the working folder
        "routine": f'<img src="{probe.name}"> Evening',
        "purpose": f"<b>bold?</b> <img src='{probe}'> & more",
        "stretch": f"<i>knees</i><img src=\"{probe}\">",
        "caution": f"Stop if <img src='{probe}'> hurts",
    }


@pytest.fixture
def marked_up(tmp_path: Path, probe: Path, monkeypatch: pytest.MonkeyPatch) -> Library:
    """A library whose stretch, routine and caution texts look like HTML."""
    monkeypatch.chdir(probe.parent)
    text = names(probe)
    data = make_data(tmp_path / "data")
    stretch = TWO_SIDED.replace("name: Both knees", f"name: '{text['stretch']}'")
    write(data / "stretches" / "both-knees.yaml",
          stretch + f"cautions: [\"{text['caution']}\"]\n")
    mine = tmp_path / "mine"
    routine = routine_text("evening", "{stretch: both-knees, reps: 1, hold_seconds: 5}")
    write(mine / "evening.yaml", routine.replace(
        "name: Routine evening", f"name: '{text['routine']}'").replace(
        "purpose: Testing.", f"purpose: \"{text['purpose']}\""))
    write(mine / "broken.yaml", f"id: '{text['routine']}'\n")  # its message quotes the id
    return load_library(data, extra_dirs=[mine])


def shows_literally(label: QLabel, text: str) -> None:
    """`label` shows `text` as characters: plain format, and as wide as the text itself."""
    assert label.text() == text
    assert label.textFormat() == Qt.TextFormat.PlainText
    label.setWordWrap(False)
    assert label.sizeHint().width() >= label.fontMetrics().horizontalAdvance(text)


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen tooltip
def test_every_screen_shows_marked_up_names_as_text_and_opens_no_file(
    qtbot: QtBot, make_window: MakeWindow, clock: FakeClock, marked_up: Library, probe: Path,
    opens: FileOpens
) -> None:
    text = names(probe)
    window = make_window(lib=marked_up)
    picker = window.picker
    assert picker.select("evening")
    window.grab()
    details = picker.details
    assert picker.row_text("evening").startswith(text["routine"] + "  (yours)\n") or (
        picker.row_text("evening").startswith(text["routine"] + "\n"))
    for label, expected in ((details.purpose_label, text["purpose"]),
                            (details.name_label, text["routine"] + "  (yours)")):
        shows_literally(label, expected)
    assert text["stretch"] in details.overview.row_labels(0)[0].text()
    assert details.overview.row_labels(0)[0].textFormat() == Qt.TextFormat.PlainText
    panel = picker.problems_panel
    assert panel is not None
    [detail] = panel.detail_labels()
    assert text["routine"] in detail.text()
    assert detail.textFormat() == Qt.TextFormat.PlainText
    [file_label] = panel.file_labels()
    tip = QTextDocument()
    tip.setHtml(file_label.toolTip())
    assert tip.toPlainText() == marked_up.problems[0].file  # character for character

    # The tooltip of the routine's row: marked up so that it shows every character.
    row = next(picker.rows.item(n) for n in range(picker.rows.rowCount())
               if picker.rows.item(n).data() == "evening")
    document = QTextDocument()
    document.setHtml(row.toolTip())
    assert document.toPlainText() == text["purpose"]
    QToolTip.showText(window.mapToGlobal(QPoint(40, 40)), row.toolTip(), window)
    qtbot.waitUntil(QToolTip.isVisible)
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.grab()
    QToolTip.hideText()

    # The cautions dialog before the start.
    dialog = CautionsDialog(text["routine"], caution_groups(marked_up.routines["evening"],
                                                            marked_up), window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.grab()
    shown = "\n".join(_rendered(label) for label in dialog.findChildren(QLabel))
    assert text["routine"] in shown and text["caution"] in shown
    dialog.close()

    # The session screen and the window title.
    window.controller.start_routine("evening", ask_cautions=False)
    advance(window, clock, 0)
    window.grab()
    shows_literally(window.session_view.stretch_label, text["stretch"])
    assert window.windowHandle().title() == f"{text['routine']} — StretchDesk"
    window.session_view.show_caption(f"Next up: {text['stretch']}")
    shows_literally(window.session_view.caption_label, f"Next up: {text['stretch']}")
    window.statusBar().showMessage(text["purpose"])
    window.grab()

    # The summary at the end.
    advance(window, clock, 60)
    assert window.page is window.finish_view
    window.grab()
    shows_literally(window.finish_view.routine_label, text["routine"])

    assert opens.names() == []


def _rendered(label: QLabel) -> str:
    """What `label` shows, as characters (rich text rendered, plain text as it is)."""
    if label.textFormat() == Qt.TextFormat.PlainText:
        return label.text()
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


@pytest.mark.parametrize("name", ["Stretch [*] break", "[*]", "a [*][*] b"])
def test_a_window_title_shows_brackets_and_stars_as_written(
    make_window: MakeWindow, name: str
) -> None:
    window: MainWindow = make_window()
    window.setWindowTitle(plain_title(name))
    assert window.windowHandle().title() == name


# Line and paragraph breaks and other control characters aside (rich text has its own).
@given(st.text(st.characters(exclude_categories=("Cc", "Cs", "Zl", "Zp"))))
def test_a_tooltip_reads_back_as_exactly_the_text_it_was_given(text: str) -> None:
    document = QTextDocument()
    document.setHtml(plain_tooltip(text))
    assert document.toPlainText() == text.replace("\xa0", " ")  # (toPlainText's own rule)


def test_a_tooltip_escapes_every_character_markup_is_made_of() -> None:
    tip = plain_tooltip('<b a="1" b=\'2\'>&amp;</b>')
    assert tip == ('<p style="white-space: pre-wrap">'
                   "&lt;b a=&quot;1&quot; b=&#x27;2&#x27;&gt;&amp;amp;&lt;/b&gt;</p>")
